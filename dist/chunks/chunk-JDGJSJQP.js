import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  killTree,
  track,
  untrack
} from "./chunk-NOZHGZDD.js";
import {
  RedactStream
} from "./chunk-J6EVNFCH.js";
import {
  pipeline
} from "./chunk-FTADXKG2.js";
import {
  closeSync,
  createWriteStream,
  existsSync,
  openSync
} from "./chunk-FUU55JNM.js";
import {
  __require
} from "./chunk-FTISGSZM.js";

// builtin-require:node:child_process
var m = __require("node:child_process");
var execFile = /* @__PURE__ */ (() => m.execFile)();
var spawn = /* @__PURE__ */ (() => m.spawn)();

// src/process/run.ts
async function runCommand(opts) {
  const started = Date.now();
  const direct = !opts.redactor.active && opts.onStdout === void 0;
  const sameFile = opts.stdoutFile !== void 0 && opts.stdoutFile === opts.stderrFile;
  const fds = [];
  let stdio = ["ignore", "pipe", "pipe"];
  if (direct) {
    const out = opts.stdoutFile !== void 0 ? openSync(opts.stdoutFile, "w") : "ignore";
    if (typeof out === "number") fds.push(out);
    const err = sameFile ? out : opts.stderrFile !== void 0 ? openSync(opts.stderrFile, "w") : "ignore";
    if (typeof err === "number" && !sameFile) fds.push(err);
    stdio = ["ignore", out, err];
  }
  let child;
  try {
    child = spawn("/bin/sh", ["-c", opts.command], {
      cwd: opts.cwd,
      env: opts.env,
      detached: true,
      stdio
    });
  } finally {
    for (const fd of fds) closeSync(fd);
  }
  let spawnError;
  child.on("error", (e) => {
    spawnError = e.code === "ENOENT" && opts.cwd !== void 0 && !existsSync(opts.cwd) ? `its working folder ${opts.cwd} does not exist` : e.message;
  });
  if (child.pid !== void 0) track(child.pid);
  const sinks = [];
  const shared = sameFile && !direct ? createWriteStream(opts.stdoutFile) : void 0;
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
  execFile,
  spawn,
  runCommand
};
//# sourceMappingURL=chunk-JDGJSJQP.js.map
