import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-MXVNENA6.js";
import "./chunk-WQACEPJI.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-FUU55JNM.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-IKXNLCST.js.map
