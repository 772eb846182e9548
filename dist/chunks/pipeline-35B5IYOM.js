import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  BUNDLE_NAME,
  TOOL,
  collectMetrics,
  redactDeep,
  runPipeline
} from "./chunk-VLV2L34P.js";
import "./chunk-URA27PR3.js";
import "./chunk-KNXESN2U.js";
import "./chunk-CFZVG6YB.js";
import "./chunk-3TLJE56K.js";
import "./chunk-TEH4O767.js";
import "./chunk-NAPEE2LL.js";
import "./chunk-QB6OZEIA.js";
import "./chunk-PRXSYS3D.js";
import "./chunk-OZCQ3BNU.js";
import "./chunk-IMLPNHWE.js";
import "./chunk-MPL7D26P.js";
import "./chunk-64KMYWYM.js";
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
//# sourceMappingURL=pipeline-35B5IYOM.js.map
