import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-WQJYR4Q2.js";
import "./chunk-43WI4AFG.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-CC45JZIB.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-IF43A5VC.js.map
