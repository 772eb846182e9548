import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  testsKind,
  testsMetrics,
  workspaceRelative
} from "./chunk-JPQ5SSHN.js";
import "./chunk-RTHMOI7B.js";
import "./chunk-F3P35SXK.js";
import "./chunk-CH346BB3.js";
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
//# sourceMappingURL=tests-2I5ZWY5A.js.map
