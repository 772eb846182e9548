import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-FTISGSZM.js";

// builtin-require:node:stream/promises
var m = __require("node:stream/promises");
var pipeline = /* @__PURE__ */ (() => m.pipeline)();

export {
  pipeline
};
//# sourceMappingURL=chunk-WWD3VH5O.js.map
