import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  VERSION,
  retry
} from "./chunk-DCM4W4UZ.js";
import "./chunk-HA7UJ5TY.js";
import "./chunk-YBYXID2H.js";
import "./chunk-FTISGSZM.js";
export {
  VERSION,
  retry
};
//# sourceMappingURL=dist-bundle-X7G3IGBS.js.map
