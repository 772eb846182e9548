import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-VIV3NWXU.js";
import "./chunk-FFPITBXL.js";
import "./chunk-SFZ4OI7T.js";
import "./chunk-3WBQF65N.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-Q2JL4AI6.js.map
