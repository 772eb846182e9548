import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-FTISGSZM.js";

// builtin-require:node:child_process
var m = __require("node:child_process");
var execFile = /* @__PURE__ */ (() => m.execFile)();
var spawn = /* @__PURE__ */ (() => m.spawn)();

export {
  execFile,
  spawn
};
//# sourceMappingURL=chunk-LB7AMZPR.js.map
