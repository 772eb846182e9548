import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  BUNDLE_NAME,
  TOOL,
  collectMetrics,
  redactDeep,
  runPipeline
} from "./chunk-Y2OGYSQG.js";
import "./chunk-URA27PR3.js";
import "./chunk-AWHHHTOR.js";
import "./chunk-Q2FYZREV.js";
import "./chunk-3TLJE56K.js";
import "./chunk-TEH4O767.js";
import "./chunk-NAPEE2LL.js";
import "./chunk-QB6OZEIA.js";
import "./chunk-RM4XAQRL.js";
import "./chunk-JFECQQE4.js";
import "./chunk-IJQMLGDA.js";
import "./chunk-JBSWQUZN.js";
import "./chunk-B6SP6O5C.js";
import "./chunk-HIFI45R2.js";
import "./chunk-7MKRVRR7.js";
import "./chunk-4J3PJH5E.js";
import "./chunk-UVR4YFCP.js";
import "./chunk-7JDYXFT2.js";
import "./chunk-FTISGSZM.js";
export {
  BUNDLE_NAME,
  TOOL,
  collectMetrics,
  redactDeep,
  runPipeline
};
//# sourceMappingURL=pipeline-NTJXJPMN.js.map
