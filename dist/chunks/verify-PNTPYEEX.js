import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-XQONL4PY.js";
import "./chunk-AU2PUHDS.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-7WNJQ25N.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-PNTPYEEX.js.map
