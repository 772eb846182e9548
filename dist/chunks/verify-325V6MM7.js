import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-T4VHSSFN.js";
import "./chunk-W2EEJAAR.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-55DZVSBZ.js";
import "./chunk-FTISGSZM.js";
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-325V6MM7.js.map
