import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  testsKind,
  testsMetrics,
  workspaceRelative
} from "./chunk-TWEOBI3F.js";
import "./chunk-2YICRRF5.js";
import "./chunk-GPPN67R3.js";
import "./chunk-6FZA43OI.js";
import "./chunk-437VEWKB.js";
import "./chunk-EGBR6HOK.js";
import "./chunk-YUGL3LD2.js";
import "./chunk-J6EVNFCH.js";
import "./chunk-7JDYXFT2.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-7WNJQ25N.js";
import "./chunk-FTISGSZM.js";
export {
  testsKind,
  testsMetrics,
  workspaceRelative
};
//# sourceMappingURL=tests-5VX3CYPA.js.map
