import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-TAKTE4KB.js";
import "./chunk-6GZCIX6H.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-GKSSO3RQ.js.map
