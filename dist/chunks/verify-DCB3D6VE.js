import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-SKIOLOVO.js";
import "./chunk-LNQU25LY.js";
import "./chunk-HDAVNSEG.js";
import "./chunk-3TLJE56K.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-DCB3D6VE.js.map
