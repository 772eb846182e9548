import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  __export,
  __require
} from "./chunk-FTISGSZM.js";

// builtin-require:fs
var fs_exports = {};
__export(fs_exports, {
  Dir: () => Dir,
  Dirent: () => Dirent,
  F_OK: () => F_OK,
  FileReadStream: () => FileReadStream,
  FileWriteStream: () => FileWriteStream,
  R_OK: () => R_OK,
  ReadStream: () => ReadStream,
  Stats: () => Stats,
  W_OK: () => W_OK,
  WriteStream: () => WriteStream,
  X_OK: () => X_OK,
  _toUnixTimestamp: () => _toUnixTimestamp,
  access: () => access,
  accessSync: () => accessSync,
  appendFile: () => appendFile,
  appendFileSync: () => appendFileSync,
  chmod: () => chmod,
  chmodSync: () => chmodSync,
  chown: () => chown,
  chownSync: () => chownSync,
  close: () => close,
  closeSync: () => closeSync,
  constants: () => constants,
  copyFile: () => copyFile,
  copyFileSync: () => copyFileSync,
  cp: () => cp,
  cpSync: () => cpSync,
  createReadStream: () => createReadStream,
  createWriteStream: () => createWriteStream,
  default: () => fs_default,
  exists: () => exists,
  existsSync: () => existsSync,
  fchmod: () => fchmod,
  fchmodSync: () => fchmodSync,
  fchown: () => fchown,
  fchownSync: () => fchownSync,
  fdatasync: () => fdatasync,
  fdatasyncSync: () => fdatasyncSync,
  fstat: () => fstat,
  fstatSync: () => fstatSync,
  fsync: () => fsync,
  fsyncSync: () => fsyncSync,
  ftruncate: () => ftruncate,
  ftruncateSync: () => ftruncateSync,
  futimes: () => futimes,
  futimesSync: () => futimesSync,
  lchmod: () => lchmod,
  lchmodSync: () => lchmodSync,
  lchown: () => lchown,
  lchownSync: () => lchownSync,
  link: () => link,
  linkSync: () => linkSync,
  lstat: () => lstat,
  lstatSync: () => lstatSync,
  lutimes: () => lutimes,
  lutimesSync: () => lutimesSync,
  mkdir: () => mkdir,
  mkdirSync: () => mkdirSync,
  mkdtemp: () => mkdtemp,
  mkdtempSync: () => mkdtempSync,
  open: () => open,
  openAsBlob: () => openAsBlob,
  openSync: () => openSync,
  opendir: () => opendir,
  opendirSync: () => opendirSync,
  promises: () => promises,
  read: () => read,
  readFile: () => readFile,
  readFileSync: () => readFileSync,
  readSync: () => readSync,
  readdir: () => readdir,
  readdirSync: () => readdirSync,
  readlink: () => readlink,
  readlinkSync: () => readlinkSync,
  readv: () => readv,
  readvSync: () => readvSync,
  realpath: () => realpath,
  realpathSync: () => realpathSync,
  rename: () => rename,
  renameSync: () => renameSync,
  rm: () => rm,
  rmSync: () => rmSync,
  rmdir: () => rmdir,
  rmdirSync: () => rmdirSync,
  stat: () => stat,
  statSync: () => statSync,
  statfs: () => statfs,
  statfsSync: () => statfsSync,
  symlink: () => symlink,
  symlinkSync: () => symlinkSync,
  truncate: () => truncate,
  truncateSync: () => truncateSync,
  unlink: () => unlink,
  unlinkSync: () => unlinkSync,
  unwatchFile: () => unwatchFile,
  utimes: () => utimes,
  utimesSync: () => utimesSync,
  watch: () => watch,
  watchFile: () => watchFile,
  write: () => write,
  writeFile: () => writeFile,
  writeFileSync: () => writeFileSync,
  writeSync: () => writeSync,
  writev: () => writev,
  writevSync: () => writevSync
});
var m = __require("fs");
var fs_default = m;
var appendFile = /* @__PURE__ */ (() => m.appendFile)();
var appendFileSync = /* @__PURE__ */ (() => m.appendFileSync)();
var access = /* @__PURE__ */ (() => m.access)();
var accessSync = /* @__PURE__ */ (() => m.accessSync)();
var chown = /* @__PURE__ */ (() => m.chown)();
var chownSync = /* @__PURE__ */ (() => m.chownSync)();
var chmod = /* @__PURE__ */ (() => m.chmod)();
var chmodSync = /* @__PURE__ */ (() => m.chmodSync)();
var close = /* @__PURE__ */ (() => m.close)();
var closeSync = /* @__PURE__ */ (() => m.closeSync)();
var copyFile = /* @__PURE__ */ (() => m.copyFile)();
var copyFileSync = /* @__PURE__ */ (() => m.copyFileSync)();
var cp = /* @__PURE__ */ (() => m.cp)();
var cpSync = /* @__PURE__ */ (() => m.cpSync)();
var createReadStream = /* @__PURE__ */ (() => m.createReadStream)();
var createWriteStream = /* @__PURE__ */ (() => m.createWriteStream)();
var exists = /* @__PURE__ */ (() => m.exists)();
var existsSync = /* @__PURE__ */ (() => m.existsSync)();
var fchown = /* @__PURE__ */ (() => m.fchown)();
var fchownSync = /* @__PURE__ */ (() => m.fchownSync)();
var fchmod = /* @__PURE__ */ (() => m.fchmod)();
var fchmodSync = /* @__PURE__ */ (() => m.fchmodSync)();
var fdatasync = /* @__PURE__ */ (() => m.fdatasync)();
var fdatasyncSync = /* @__PURE__ */ (() => m.fdatasyncSync)();
var fstat = /* @__PURE__ */ (() => m.fstat)();
var fstatSync = /* @__PURE__ */ (() => m.fstatSync)();
var fsync = /* @__PURE__ */ (() => m.fsync)();
var fsyncSync = /* @__PURE__ */ (() => m.fsyncSync)();
var ftruncate = /* @__PURE__ */ (() => m.ftruncate)();
var ftruncateSync = /* @__PURE__ */ (() => m.ftruncateSync)();
var futimes = /* @__PURE__ */ (() => m.futimes)();
var futimesSync = /* @__PURE__ */ (() => m.futimesSync)();
var lchown = /* @__PURE__ */ (() => m.lchown)();
var lchownSync = /* @__PURE__ */ (() => m.lchownSync)();
var lchmod = /* @__PURE__ */ (() => m.lchmod)();
var lchmodSync = /* @__PURE__ */ (() => m.lchmodSync)();
var link = /* @__PURE__ */ (() => m.link)();
var linkSync = /* @__PURE__ */ (() => m.linkSync)();
var lstat = /* @__PURE__ */ (() => m.lstat)();
var lstatSync = /* @__PURE__ */ (() => m.lstatSync)();
var lutimes = /* @__PURE__ */ (() => m.lutimes)();
var lutimesSync = /* @__PURE__ */ (() => m.lutimesSync)();
var mkdir = /* @__PURE__ */ (() => m.mkdir)();
var mkdirSync = /* @__PURE__ */ (() => m.mkdirSync)();
var mkdtemp = /* @__PURE__ */ (() => m.mkdtemp)();
var mkdtempSync = /* @__PURE__ */ (() => m.mkdtempSync)();
var open = /* @__PURE__ */ (() => m.open)();
var openSync = /* @__PURE__ */ (() => m.openSync)();
var openAsBlob = /* @__PURE__ */ (() => m.openAsBlob)();
var readdir = /* @__PURE__ */ (() => m.readdir)();
var readdirSync = /* @__PURE__ */ (() => m.readdirSync)();
var read = /* @__PURE__ */ (() => m.read)();
var readSync = /* @__PURE__ */ (() => m.readSync)();
var readv = /* @__PURE__ */ (() => m.readv)();
var readvSync = /* @__PURE__ */ (() => m.readvSync)();
var readFile = /* @__PURE__ */ (() => m.readFile)();
var readFileSync = /* @__PURE__ */ (() => m.readFileSync)();
var readlink = /* @__PURE__ */ (() => m.readlink)();
var readlinkSync = /* @__PURE__ */ (() => m.readlinkSync)();
var realpath = /* @__PURE__ */ (() => m.realpath)();
var realpathSync = /* @__PURE__ */ (() => m.realpathSync)();
var rename = /* @__PURE__ */ (() => m.rename)();
var renameSync = /* @__PURE__ */ (() => m.renameSync)();
var rm = /* @__PURE__ */ (() => m.rm)();
var rmSync = /* @__PURE__ */ (() => m.rmSync)();
var rmdir = /* @__PURE__ */ (() => m.rmdir)();
var rmdirSync = /* @__PURE__ */ (() => m.rmdirSync)();
var stat = /* @__PURE__ */ (() => m.stat)();
var statfs = /* @__PURE__ */ (() => m.statfs)();
var statSync = /* @__PURE__ */ (() => m.statSync)();
var statfsSync = /* @__PURE__ */ (() => m.statfsSync)();
var symlink = /* @__PURE__ */ (() => m.symlink)();
var symlinkSync = /* @__PURE__ */ (() => m.symlinkSync)();
var truncate = /* @__PURE__ */ (() => m.truncate)();
var truncateSync = /* @__PURE__ */ (() => m.truncateSync)();
var unwatchFile = /* @__PURE__ */ (() => m.unwatchFile)();
var unlink = /* @__PURE__ */ (() => m.unlink)();
var unlinkSync = /* @__PURE__ */ (() => m.unlinkSync)();
var utimes = /* @__PURE__ */ (() => m.utimes)();
var utimesSync = /* @__PURE__ */ (() => m.utimesSync)();
var watch = /* @__PURE__ */ (() => m.watch)();
var watchFile = /* @__PURE__ */ (() => m.watchFile)();
var writeFile = /* @__PURE__ */ (() => m.writeFile)();
var writeFileSync = /* @__PURE__ */ (() => m.writeFileSync)();
var write = /* @__PURE__ */ (() => m.write)();
var writeSync = /* @__PURE__ */ (() => m.writeSync)();
var writev = /* @__PURE__ */ (() => m.writev)();
var writevSync = /* @__PURE__ */ (() => m.writevSync)();
var Dirent = /* @__PURE__ */ (() => m.Dirent)();
var Stats = /* @__PURE__ */ (() => m.Stats)();
var ReadStream = /* @__PURE__ */ (() => m.ReadStream)();
var WriteStream = /* @__PURE__ */ (() => m.WriteStream)();
var FileReadStream = /* @__PURE__ */ (() => m.FileReadStream)();
var FileWriteStream = /* @__PURE__ */ (() => m.FileWriteStream)();
var _toUnixTimestamp = /* @__PURE__ */ (() => m._toUnixTimestamp)();
var Dir = /* @__PURE__ */ (() => m.Dir)();
var opendir = /* @__PURE__ */ (() => m.opendir)();
var opendirSync = /* @__PURE__ */ (() => m.opendirSync)();
var F_OK = /* @__PURE__ */ (() => m.F_OK)();
var R_OK = /* @__PURE__ */ (() => m.R_OK)();
var W_OK = /* @__PURE__ */ (() => m.W_OK)();
var X_OK = /* @__PURE__ */ (() => m.X_OK)();
var constants = /* @__PURE__ */ (() => m.constants)();
var promises = /* @__PURE__ */ (() => m.promises)();

// builtin-require:path
var m2 = __require("path");
var resolve = /* @__PURE__ */ (() => m2.resolve)();
var normalize = /* @__PURE__ */ (() => m2.normalize)();
var isAbsolute = /* @__PURE__ */ (() => m2.isAbsolute)();
var join = /* @__PURE__ */ (() => m2.join)();
var relative = /* @__PURE__ */ (() => m2.relative)();
var dirname = /* @__PURE__ */ (() => m2.dirname)();
var basename = /* @__PURE__ */ (() => m2.basename)();
var extname = /* @__PURE__ */ (() => m2.extname)();
var sep = /* @__PURE__ */ (() => m2.sep)();
var posix = /* @__PURE__ */ (() => m2.posix)();

export {
  createReadStream,
  createWriteStream,
  existsSync,
  lstatSync,
  readdir,
  readdirSync,
  readFileSync,
  realpath,
  realpathSync,
  stat,
  statSync,
  constants,
  promises,
  fs_exports,
  resolve,
  normalize,
  isAbsolute,
  join,
  relative,
  dirname,
  basename,
  extname,
  sep,
  posix
};
//# sourceMappingURL=chunk-KF4DEGM7.js.map
