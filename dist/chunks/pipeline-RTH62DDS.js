import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  BUNDLE_NAME,
  TOOL,
  collectMetrics,
  redactDeep,
  runPipeline
} from "./chunk-3AAQAZQZ.js";
import "./chunk-URA27PR3.js";
import "./chunk-UIIWXJN2.js";
import "./chunk-JA3JPOEF.js";
import "./chunk-LCGDAIYG.js";
import "./chunk-TEH4O767.js";
import "./chunk-NAPEE2LL.js";
import "./chunk-QB6OZEIA.js";
import "./chunk-OWIZSECY.js";
import "./chunk-7AUML3AN.js";
import "./chunk-33IVEUGG.js";
import "./chunk-ATBLEE6H.js";
import "./chunk-YC2KF4ME.js";
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
//# sourceMappingURL=pipeline-RTH62DDS.js.map
