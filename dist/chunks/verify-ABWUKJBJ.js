import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-NSNDUUVM.js";
import "./chunk-WTCMY2GG.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-CC45JZIB.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-ABWUKJBJ.js.map
