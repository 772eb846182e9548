import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-XTWZ36C2.js";
import "./chunk-Q46OPBXK.js";
import "./chunk-LCGDAIYG.js";
import "./chunk-LNQU25LY.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-ER6UUF6L.js.map
