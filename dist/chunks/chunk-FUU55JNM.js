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
var mkdtemp = /* @__PURE__ */ (() => m.mkdtemp)();
var writeFile = /* @__PURE__ */ (() => m.writeFile)();
var appendFile = /* @__PURE__ */ (() => m.appendFile)();
var readFile = /* @__PURE__ */ (() => m.readFile)();
var constants = /* @__PURE__ */ (() => m.constants)();

// builtin-require:node:path
var m2 = __require("node:path");
var node_path_default = m2;

// builtin-require:node:fs
var m3 = __require("node:fs");
var accessSync = /* @__PURE__ */ (() => m3.accessSync)();
var closeSync = /* @__PURE__ */ (() => m3.closeSync)();
var createReadStream = /* @__PURE__ */ (() => m3.createReadStream)();
var createWriteStream = /* @__PURE__ */ (() => m3.createWriteStream)();
var existsSync = /* @__PURE__ */ (() => m3.existsSync)();
var openSync = /* @__PURE__ */ (() => m3.openSync)();
var readdirSync = /* @__PURE__ */ (() => m3.readdirSync)();
var readSync = /* @__PURE__ */ (() => m3.readSync)();
var readFileSync = /* @__PURE__ */ (() => m3.readFileSync)();
var realpathSync = /* @__PURE__ */ (() => m3.realpathSync)();
var statSync = /* @__PURE__ */ (() => m3.statSync)();
var writeFileSync = /* @__PURE__ */ (() => m3.writeFileSync)();
var constants2 = /* @__PURE__ */ (() => m3.constants)();

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
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  constants,
  node_path_default,
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
  constants2
};
//# sourceMappingURL=chunk-FUU55JNM.js.map
