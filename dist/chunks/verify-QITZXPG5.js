import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-XQS47JD2.js";
import "./chunk-FFPITBXL.js";
import "./chunk-GEQ4DLB5.js";
import "./chunk-FDIPIYCH.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-QITZXPG5.js.map
