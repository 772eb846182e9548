import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-OR5FKYGH.js";
import "./chunk-SHTYXMSR.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-EWD7SYHJ.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-MCWOQ5LY.js.map
