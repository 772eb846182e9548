import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-J3XQF3RX.js";
import "./chunk-JD3UH2ED.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-5NF5IWDF.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-67NVYYK7.js.map
