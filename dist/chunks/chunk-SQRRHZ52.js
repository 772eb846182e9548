import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-FTISGSZM.js";

// builtin-require:node:stream
var m = __require("node:stream");
var node_stream_default = m;
var Readable = /* @__PURE__ */ (() => m.Readable)();
var Writable = /* @__PURE__ */ (() => m.Writable)();
var Transform = /* @__PURE__ */ (() => m.Transform)();

export {
  node_stream_default,
  Readable,
  Writable,
  Transform
};
//# sourceMappingURL=chunk-SQRRHZ52.js.map
