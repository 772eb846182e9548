import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  Transform
} from "./chunk-SQRRHZ52.js";
import {
  __require
} from "./chunk-FTISGSZM.js";

// builtin-require:node:string_decoder
var m = __require("node:string_decoder");
var StringDecoder = /* @__PURE__ */ (() => m.StringDecoder)();

// src/process/redact.ts
var MIN_SECRET_LENGTH = 4;
var SecretRedactor = class {
  secrets = [];
  pattern;
  constructor(values = []) {
    for (const v of values) this.add(v);
  }
  add(value) {
    if (!value || value.length < MIN_SECRET_LENGTH || this.secrets.includes(value)) return;
    this.secrets.push(value);
    this.secrets.sort((a, b) => b.length - a.length);
    this.pattern = new RegExp(this.secrets.map(escapeRegExp).join("|"), "g");
  }
  redact(text) {
    return this.pattern ? text.replace(this.pattern, "***") : text;
  }
  /** Whether any secret is registered (without one, redacting is the identity). */
  get active() {
    return this.pattern !== void 0;
  }
  get longest() {
    return this.secrets[0]?.length ?? 0;
  }
  /** Moves `cut` back to the start of any secret occurrence that straddles it. */
  safeCut(text, cut) {
    if (!this.pattern) return cut;
    this.pattern.lastIndex = 0;
    for (const m2 of text.matchAll(this.pattern)) {
      if (m2.index < cut && m2.index + m2[0].length > cut) return m2.index;
      if (m2.index >= cut) break;
    }
    return cut;
  }
};
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var RedactStream = class extends Transform {
  constructor(redactor) {
    super({ decodeStrings: true });
    this.redactor = redactor;
  }
  redactor;
  held = "";
  decoder = new StringDecoder("utf8");
  _transform(chunk, _enc, done) {
    const text = this.held + this.decoder.write(chunk);
    const keep = Math.max(0, this.redactor.longest - 1);
    let cut = text.length - keep;
    const nl = text.lastIndexOf("\n");
    if (nl >= 0 && nl + 1 >= cut) cut = nl + 1;
    cut = this.redactor.safeCut(text, cut);
    if (cut <= 0) {
      this.held = text;
      done();
      return;
    }
    this.held = text.slice(cut);
    done(null, this.redactor.redact(text.slice(0, cut)));
  }
  _flush(done) {
    done(null, this.redactor.redact(this.held + this.decoder.end()));
  }
};
var LineRedactor = class extends SecretRedactor {
  constructor(inner) {
    super();
    this.inner = inner;
  }
  inner;
  redact(text) {
    return this.inner.redact(text);
  }
  get active() {
    return true;
  }
  get longest() {
    return 1;
  }
  safeCut(text, cut) {
    const nl = text.lastIndexOf("\n", cut - 1);
    return nl >= 0 ? nl + 1 : 0;
  }
};
function asSecretRedactor(r) {
  return r instanceof SecretRedactor ? r : new LineRedactor(r);
}
function redactingTransform(r) {
  const s = asSecretRedactor(r);
  return s.active ? new RedactStream(s) : void 0;
}

export {
  StringDecoder,
  SecretRedactor,
  RedactStream,
  asSecretRedactor,
  redactingTransform
};
//# sourceMappingURL=chunk-PZNFXMKH.js.map
