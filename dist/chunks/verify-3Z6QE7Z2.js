import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-ZA4YYOWM.js";
import "./chunk-C26QVYOT.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-RHIY2DA2.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-3Z6QE7Z2.js.map
