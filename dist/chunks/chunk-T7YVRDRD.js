import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-FTISGSZM.js";

// builtin-require:node:buffer
var m = __require("node:buffer");
var node_buffer_default = m;
var isAscii = /* @__PURE__ */ (() => m.isAscii)();

export {
  node_buffer_default,
  isAscii
};
//# sourceMappingURL=chunk-T7YVRDRD.js.map
