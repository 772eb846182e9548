import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-WKODX7O5.js";
import "./chunk-B4LUXIU2.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-CC45JZIB.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-FQQU2CZJ.js.map
