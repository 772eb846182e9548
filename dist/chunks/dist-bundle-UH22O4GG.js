import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  VERSION,
  retry
} from "./chunk-M5ESP6S3.js";
import "./chunk-HT4AOEJV.js";
import "./chunk-N36Y77FA.js";
import "./chunk-FTISGSZM.js";
export {
  VERSION,
  retry
};
//# sourceMappingURL=dist-bundle-UH22O4GG.js.map
