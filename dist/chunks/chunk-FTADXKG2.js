import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-FTISGSZM.js";

// src/core/errors.ts
var ExitCode = {
  GO: 0,
  NO_GO: 1,
  /** Bad input or configuration: manifest, flags, inputs, unreadable bundle. */
  USAGE: 2,
  /** `verify` found a hash mismatch, a missing or an extra file. */
  VERIFY_FAILED: 3,
  /** An unexpected internal error (a bug in integration-gate). */
  INTERNAL: 70
};
var UserError = class extends Error {
  name = "UserError";
  constructor(message, options) {
    super(message, options);
  }
};
var ManifestError = class extends UserError {
  constructor(file, line, col, key, detail) {
    super(`${file}:${line}:${col}: ${key ? `${key}: ` : ""}${detail}`);
    this.file = file;
    this.line = line;
    this.col = col;
    this.key = key;
    this.detail = detail;
  }
  file;
  line;
  col;
  key;
  detail;
  name = "ManifestError";
};
function errorMessage(err) {
  if (err instanceof Error) return err.message;
  if (typeof err === "string") return err;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}

// builtin-require:node:stream/promises
var m = __require("node:stream/promises");
var pipeline = /* @__PURE__ */ (() => m.pipeline)();

export {
  ExitCode,
  UserError,
  ManifestError,
  errorMessage,
  pipeline
};
//# sourceMappingURL=chunk-FTADXKG2.js.map
