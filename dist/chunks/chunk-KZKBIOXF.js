import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-FTISGSZM.js";

// builtin-require:node:crypto
var m = __require("node:crypto");
var createHash = /* @__PURE__ */ (() => m.createHash)();
var createHmac = /* @__PURE__ */ (() => m.createHmac)();

export {
  createHash,
  createHmac
};
//# sourceMappingURL=chunk-KZKBIOXF.js.map
