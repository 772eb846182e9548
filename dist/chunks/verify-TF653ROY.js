import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-U23N7YHT.js";
import "./chunk-VBMS5J44.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-CC45JZIB.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-TF653ROY.js.map
