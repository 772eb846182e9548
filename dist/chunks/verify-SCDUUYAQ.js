import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-UXZFACPF.js";
import "./chunk-LNQU25LY.js";
import "./chunk-Q46OPBXK.js";
import "./chunk-LCGDAIYG.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-SCDUUYAQ.js.map
