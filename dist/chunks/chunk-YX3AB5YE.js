import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  killTree,
  track,
  untrack
} from "./chunk-PXA4U2FX.js";

// src/process/redact.ts
import { Transform } from "node:stream";
import { StringDecoder } from "node:string_decoder";
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
    for (const m of text.matchAll(this.pattern)) {
      if (m.index < cut && m.index + m[0].length > cut) return m.index;
      if (m.index >= cut) break;
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

// src/process/run.ts
import { spawn } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { pipeline } from "node:stream/promises";
async function runCommand(opts) {
  const started = Date.now();
  const child = spawn("/bin/sh", ["-c", opts.command], {
    cwd: opts.cwd,
    env: opts.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"]
  });
  let spawnError;
  child.on("error", (e) => {
    spawnError = e.code === "ENOENT" && opts.cwd !== void 0 && !existsSync(opts.cwd) ? `its working folder ${opts.cwd} does not exist` : e.message;
  });
  if (child.pid !== void 0) track(child.pid);
  const sinks = [];
  const sameFile = opts.stdoutFile !== void 0 && opts.stdoutFile === opts.stderrFile;
  const shared = sameFile ? createWriteStream(opts.stdoutFile) : void 0;
  const attach = (src, file, onText) => {
    if (!src) return;
    const redact = new RedactStream(opts.redactor);
    if (onText) redact.on("data", (d) => onText(d.toString()));
    if (shared) {
      src.pipe(redact).pipe(shared, { end: false });
      sinks.push(new Promise((resolve) => redact.on("end", () => resolve())));
    } else if (file) {
      sinks.push(pipeline(src, redact, createWriteStream(file)));
    } else {
      src.pipe(redact).resume();
      sinks.push(new Promise((resolve) => redact.on("end", () => resolve())));
    }
  };
  attach(child.stdout, opts.stdoutFile, opts.onStdout);
  attach(child.stderr, opts.stderrFile);
  let timedOut = false;
  let aborted = false;
  const stop = () => {
    if (child.pid !== void 0) void killTree(child.pid, opts.killGraceMs ?? 2e3);
  };
  const timer = setTimeout(() => {
    timedOut = true;
    stop();
  }, opts.timeoutMs);
  const onAbort = () => {
    aborted = true;
    stop();
  };
  opts.signal?.addEventListener("abort", onAbort, { once: true });
  const { code, sig } = await new Promise((resolve) => {
    child.on("exit", (c, s) => resolve({ code: c, sig: s }));
    child.on("error", () => resolve({ code: null, sig: null }));
  });
  clearTimeout(timer);
  opts.signal?.removeEventListener("abort", onAbort);
  if (child.pid !== void 0) {
    await killTree(child.pid, 500);
    untrack(child.pid);
  }
  await Promise.allSettled(sinks);
  if (shared) await new Promise((resolve) => shared.end(() => resolve()));
  return {
    exitCode: code,
    signal: sig,
    timedOut,
    aborted,
    ...spawnError !== void 0 ? { spawnError } : {},
    durationMs: Date.now() - started,
    ...child.pid !== void 0 ? { pid: child.pid } : {}
  };
}

export {
  SecretRedactor,
  RedactStream,
  asSecretRedactor,
  redactingTransform,
  runCommand
};
//# sourceMappingURL=chunk-YX3AB5YE.js.map
