import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-5JBDO6YG.js";
import "./chunk-LNQU25LY.js";
import "./chunk-Q2FYZREV.js";
import "./chunk-3TLJE56K.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-NC3MIWTX.js.map
