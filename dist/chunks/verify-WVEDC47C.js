import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-LZXNPLGV.js";
import "./chunk-VWFTDXMP.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-SFSRUL5A.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-WVEDC47C.js.map
