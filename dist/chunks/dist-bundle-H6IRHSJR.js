import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  VERSION,
  retry
} from "./chunk-EDFN2QMA.js";
import "./chunk-BB6BXVRU.js";
import "./chunk-F3NEB4WO.js";
import "./chunk-FTISGSZM.js";
export {
  VERSION,
  retry
};
//# sourceMappingURL=dist-bundle-H6IRHSJR.js.map
