import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-FTISGSZM.js";

// builtin-require:node:url
var m = __require("node:url");
var fileURLToPath = /* @__PURE__ */ (() => m.fileURLToPath)();

export {
  fileURLToPath
};
//# sourceMappingURL=chunk-2H7CLORF.js.map
