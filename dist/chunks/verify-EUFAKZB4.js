import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-ZN7ZWBPJ.js";
import "./chunk-LNQU25LY.js";
import "./chunk-CFZVG6YB.js";
import "./chunk-3TLJE56K.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-EUFAKZB4.js.map
