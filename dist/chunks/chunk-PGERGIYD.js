import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-FTISGSZM.js";

// builtin-require:node:fs/promises
var m = __require("node:fs/promises");
var access = /* @__PURE__ */ (() => m.access)();
var copyFile = /* @__PURE__ */ (() => m.copyFile)();
var open = /* @__PURE__ */ (() => m.open)();
var rename = /* @__PURE__ */ (() => m.rename)();
var rm = /* @__PURE__ */ (() => m.rm)();
var mkdir = /* @__PURE__ */ (() => m.mkdir)();
var readdir = /* @__PURE__ */ (() => m.readdir)();
var stat = /* @__PURE__ */ (() => m.stat)();
var realpath = /* @__PURE__ */ (() => m.realpath)();
var writeFile = /* @__PURE__ */ (() => m.writeFile)();
var appendFile = /* @__PURE__ */ (() => m.appendFile)();
var readFile = /* @__PURE__ */ (() => m.readFile)();
var constants = /* @__PURE__ */ (() => m.constants)();

export {
  access,
  copyFile,
  open,
  rename,
  rm,
  mkdir,
  readdir,
  stat,
  realpath,
  writeFile,
  appendFile,
  readFile,
  constants
};
//# sourceMappingURL=chunk-PGERGIYD.js.map
