import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  isInside
} from "./chunk-PSTDYEJV.js";
import {
  pipeline
} from "./chunk-WWD3VH5O.js";
import {
  UserError
} from "./chunk-7JDYXFT2.js";
import {
  copyFile,
  mkdir,
  writeFile
} from "./chunk-PGERGIYD.js";
import {
  createReadStream,
  createWriteStream,
  node_path_default,
  writeFileSync
} from "./chunk-UGYKR3M7.js";

// src/evidence/sink.ts
var HOLD_FILE_MAX = 8 * 1024 * 1024;
var HOLD_BUDGET = 64 * 1024 * 1024;
var WRITE_SYNC_MAX = 64 * 1024;
var StagingSink = class {
  constructor(root) {
    this.root = root;
  }
  root;
  files = /* @__PURE__ */ new Map();
  /** Files handed to the bundle writer: final, never written again. */
  sealed = /* @__PURE__ */ new Set();
  /** Bytes held in `data` of files not yet sealed. */
  held = 0;
  /** Folders made (or being made) in the staging folder: each is made once, not once per file in it. */
  dirs = /* @__PURE__ */ new Map();
  /** Registered files, in registration order. */
  list() {
    return [...this.files.values()];
  }
  has(rel) {
    return this.files.has(normalize(rel));
  }
  unique(rel) {
    const n = normalize(rel);
    if (!this.files.has(n)) return n;
    const ext = node_path_default.posix.extname(n);
    const base = n.slice(0, n.length - ext.length);
    for (let i = 2; ; i++) {
      const candidate = `${base}-${i}${ext}`;
      if (!this.files.has(candidate)) return candidate;
    }
  }
  /**
   * Marks every file registered so far as final and returns those not sealed before (registration order),
   * with the bytes of those written by `writeText` or `writeBytes` (handed over: the sink keeps no copy).
   */
  seal() {
    const fresh = [...this.files.values()].filter((f) => !this.sealed.has(f.path));
    for (const f of fresh) this.sealed.add(f.path);
    return fresh.map((f) => {
      if (f.data === void 0) return f;
      this.held -= f.data.length;
      const { data: _data, ...meta } = f;
      this.files.set(f.path, meta);
      return f;
    });
  }
  async reserve(rel, meta, data) {
    const n = normalize(rel);
    if (this.sealed.has(n)) throw new Error(`evidence file '${n}' is already in the bundle and cannot be written again`);
    const abs = node_path_default.join(this.root, ...n.split("/"));
    if (!isInside(this.root, abs)) throw new UserError(`evidence path '${rel}' escapes the bundle`);
    const before = this.files.get(n)?.data;
    if (before) this.held -= before.length;
    if (data) this.held += data.length;
    this.files.set(n, { path: n, ...meta, ...data ? { data } : {} });
    const dir = node_path_default.dirname(abs);
    let made = this.dirs.get(dir);
    if (!made) this.dirs.set(dir, made = mkdir(dir, { recursive: true }));
    await made;
    return abs;
  }
  /**
   * Writes a text file. Its bytes are registered at once, with the file: `seal()` may hand them to the bundle
   * before they are on disk (the write is awaited before the run ends).
   */
  async writeText(rel, text, meta) {
    return this.writeBytes(rel, Buffer.from(text, "utf8"), meta);
  }
  /** Writes a file of these bytes; like `writeText`, the bytes are registered at once for the bundle. */
  async writeBytes(rel, data, meta) {
    const hold = data.length <= HOLD_FILE_MAX && this.held + data.length <= HOLD_BUDGET;
    const n = normalize(rel);
    const reserved = this.reserve(n, meta, hold ? data : void 0);
    const written = reserved.then((abs) => data.length <= WRITE_SYNC_MAX ? writeFileSync(abs, data) : writeFile(abs, data));
    const file = this.files.get(n);
    if (!hold && file) file.written = written.then(noop, noop);
    await written;
    return n;
  }
  async writeJson(rel, value, meta) {
    return this.writeText(rel, `${JSON.stringify(value, null, 2)}
`, meta);
  }
  async copyFile(src, rel, meta, transform) {
    const abs = await this.reserve(rel, meta);
    if (transform) await pipeline(createReadStream(src), transform, createWriteStream(abs));
    else await copyFile(src, abs);
    return normalize(rel);
  }
};
function normalize(rel) {
  const p = node_path_default.posix.normalize(rel.replace(/\\/g, "/")).replace(/^\/+/, "");
  if (p === "" || p === "." || p.startsWith("../") || p === "..") {
    throw new UserError(`evidence path '${rel}' is not a path inside the bundle`);
  }
  return p;
}
function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "job";
}
function noop() {
}

export {
  StagingSink,
  slug
};
//# sourceMappingURL=chunk-C2K4CITZ.js.map
