import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-FTISGSZM.js";

// builtin-require:node:stream
var m = __require("node:stream");
var Transform = /* @__PURE__ */ (() => m.Transform)();

export {
  Transform
};
//# sourceMappingURL=chunk-JQCPZYZA.js.map
