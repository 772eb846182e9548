import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  require_yauzl
} from "./chunk-LNQU25LY.js";
import "./chunk-FTISGSZM.js";
export default require_yauzl();
//# sourceMappingURL=yauzl-T6IWBOHN.js.map
