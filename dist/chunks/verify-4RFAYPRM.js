import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-IY4ICNA4.js";
import "./chunk-2T7ALZKQ.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-QHCKSGG6.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-4RFAYPRM.js.map
