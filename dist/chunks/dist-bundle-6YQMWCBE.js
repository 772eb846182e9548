import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  VERSION,
  retry
} from "./chunk-JIAYIE7L.js";
import "./chunk-YBYXID2H.js";
import "./chunk-HA7UJ5TY.js";
import "./chunk-FTISGSZM.js";
export {
  VERSION,
  retry
};
//# sourceMappingURL=dist-bundle-6YQMWCBE.js.map
