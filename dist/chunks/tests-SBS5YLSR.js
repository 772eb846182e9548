import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  testsKind,
  testsMetrics,
  workspaceRelative
} from "./chunk-ZA7PX4C7.js";
import "./chunk-RTHMOI7B.js";
import "./chunk-JMA2NBMB.js";
import "./chunk-RDJF3BB2.js";
import "./chunk-TPPMNSY6.js";
import "./chunk-F3P35SXK.js";
import "./chunk-DFCWCU3C.js";
import "./chunk-WKKANZA3.js";
import "./chunk-7JDYXFT2.js";
import "./chunk-FTISGSZM.js";
export {
  testsKind,
  testsMetrics,
  workspaceRelative
};
//# sourceMappingURL=tests-SBS5YLSR.js.map
