import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  require_yauzl
} from "./chunk-M4XMPIJU.js";
import "./chunk-FTISGSZM.js";
export default require_yauzl();
//# sourceMappingURL=yauzl-FWKZIZLE.js.map
