import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-IUJJZWZ3.js";
import "./chunk-LNQU25LY.js";
import "./chunk-G6GV4B26.js";
import "./chunk-3TLJE56K.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-TIPXSUAH.js.map
