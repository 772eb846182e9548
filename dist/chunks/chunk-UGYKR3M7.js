import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-FTISGSZM.js";

// builtin-require:node:path
var m = __require("node:path");
var node_path_default = m;
var dirname = /* @__PURE__ */ (() => m.dirname)();

// builtin-require:node:fs
var m2 = __require("node:fs");
var node_fs_default = m2;
var accessSync = /* @__PURE__ */ (() => m2.accessSync)();
var closeSync = /* @__PURE__ */ (() => m2.closeSync)();
var createReadStream = /* @__PURE__ */ (() => m2.createReadStream)();
var createWriteStream = /* @__PURE__ */ (() => m2.createWriteStream)();
var existsSync = /* @__PURE__ */ (() => m2.existsSync)();
var openSync = /* @__PURE__ */ (() => m2.openSync)();
var readdirSync = /* @__PURE__ */ (() => m2.readdirSync)();
var readSync = /* @__PURE__ */ (() => m2.readSync)();
var readFileSync = /* @__PURE__ */ (() => m2.readFileSync)();
var realpathSync = /* @__PURE__ */ (() => m2.realpathSync)();
var statSync = /* @__PURE__ */ (() => m2.statSync)();
var writeFileSync = /* @__PURE__ */ (() => m2.writeFileSync)();
var constants = /* @__PURE__ */ (() => m2.constants)();

export {
  node_path_default,
  dirname,
  node_fs_default,
  accessSync,
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  openSync,
  readdirSync,
  readSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
  constants
};
//# sourceMappingURL=chunk-UGYKR3M7.js.map
