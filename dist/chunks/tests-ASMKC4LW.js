import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  testsKind,
  testsMetrics,
  workspaceRelative
} from "./chunk-OMT5LDBH.js";
import "./chunk-RTHMOI7B.js";
import "./chunk-F3P35SXK.js";
import "./chunk-BRSH5QLN.js";
import "./chunk-DFCWCU3C.js";
import "./chunk-UJXRCSWE.js";
import "./chunk-WKKANZA3.js";
import "./chunk-TPPMNSY6.js";
import "./chunk-7JDYXFT2.js";
import "./chunk-FTISGSZM.js";
export {
  testsKind,
  testsMetrics,
  workspaceRelative
};
//# sourceMappingURL=tests-ASMKC4LW.js.map
