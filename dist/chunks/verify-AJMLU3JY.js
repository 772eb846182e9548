import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-IBTY2PRS.js";
import "./chunk-LNQU25LY.js";
import "./chunk-JA3JPOEF.js";
import "./chunk-LCGDAIYG.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-AJMLU3JY.js.map
