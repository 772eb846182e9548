import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-LI4HJ44V.js";
import "./chunk-2YF4Z2LB.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-TXDIQJFY.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-SF42Q3RZ.js.map
