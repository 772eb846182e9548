import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);

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

// src/core/paths.ts
import path from "node:path";
function isInside(root, p) {
  const r = path.resolve(root);
  const q = path.resolve(p);
  return q === r || (q + path.sep).startsWith(r + path.sep);
}
function toPosix(p) {
  return p.split(path.sep).join("/");
}

// src/core/units.ts
var DURATION_UNITS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
var DURATION_PATTERN = "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$";
var RATE_PATTERN = "^[0-9]+(\\.[0-9]+)?/(s|m|h)$";
var PERCENT_PATTERN = "^-?[0-9]+(\\.[0-9]+)?%$";
function parseDuration(text) {
  if (typeof text !== "string") return void 0;
  const s = text.trim();
  if (!new RegExp(DURATION_PATTERN).test(s)) return void 0;
  let total = 0;
  for (const m of s.matchAll(/([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)/g)) {
    total += Number(m[1]) * DURATION_UNITS[m[2]];
  }
  return Math.round(total);
}
function parseRate(text) {
  if (typeof text !== "string") return void 0;
  const m = /^([0-9]+(?:\.[0-9]+)?)\/(s|m|h)$/.exec(text.trim());
  if (!m) return void 0;
  const per = m[2] === "s" ? 1 : m[2] === "m" ? 60 : 3600;
  return Number(m[1]) / per;
}
function parsePercentOrNumber(value) {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value !== "string") return void 0;
  const s = value.trim();
  if (!new RegExp(PERCENT_PATTERN).test(s)) return void 0;
  return Number(s.slice(0, -1)) / 100;
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(ms < 1e4 ? 2 : 1)}s`;
  const m = Math.floor(ms / 6e4);
  const s = Math.round(ms % 6e4 / 1e3);
  return `${m}m${s ? `${s}s` : ""}`;
}

// src/gates/evaluate.ts
function evaluateGates(metrics, specs) {
  const gates = specs.map((spec) => evaluateGate(spec, metrics));
  const failed = gates.filter((g) => g.status === "fail");
  const warned = gates.filter((g) => g.status === "warn");
  const criticalFailed = failed.filter((g) => g.spec.severity === "critical");
  const decision = criticalFailed.length > 0 ? "NO-GO" : failed.length + warned.length > 0 ? "CONDITIONAL" : "GO";
  const headline = decision === "NO-GO" ? `${criticalFailed.length} critical gate${criticalFailed.length === 1 ? "" : "s"} failed: ${criticalFailed.map((g) => g.spec.metric).join(", ")}` : decision === "CONDITIONAL" ? [failed.length ? `${failed.length} non-critical gate${failed.length === 1 ? "" : "s"} failed` : "", warned.length ? `${warned.length} near threshold` : ""].filter(Boolean).join(", ") : gates.length === 0 ? "no gates configured" : `all ${gates.length} gates passed`;
  return {
    decision: gates.length === 0 ? "NO-GO" : decision,
    headline: gates.length === 0 ? "no gates configured: nothing was verified (fails closed)" : headline,
    gates,
    counts: {
      total: gates.length,
      passed: gates.filter((g) => g.status === "pass").length,
      warned: warned.length,
      failed: failed.length,
      criticalFailed: criticalFailed.length
    }
  };
}
function evaluateGate(spec, metrics) {
  const m = metrics[spec.metric];
  const unit = m?.unit ?? "count";
  const sources = m?.sources ?? [];
  if (!m || m.value === null || !Number.isFinite(m.value)) {
    const why = m ? m.basis : `no job produced metric ${spec.metric}`;
    return { spec, value: null, unit, status: "fail", reason: `no data (${why}): fails closed`, sources };
  }
  const v = m.value;
  const t = spec.threshold;
  const pass = compare(v, spec.op, t);
  let status = pass ? "pass" : "fail";
  if (pass && spec.warnBand > 0 && (spec.op === ">=" || spec.op === ">" || spec.op === "<=" || spec.op === "<")) {
    const best = spec.op.startsWith(">") ? unit === "ratio" && v >= 1 : v <= 0;
    const near = Math.abs(v - t) <= spec.warnBand * Math.abs(t);
    if (near && !best) status = "warn";
  }
  const shown = `${formatValue(v, unit)} ${spec.op} ${formatValue(t, unit)}`;
  const reason = status === "fail" ? `${formatValue(v, unit)} is not ${spec.op} ${formatValue(t, unit)} (${m.basis})` : status === "warn" ? `${shown}, but within ${Math.round(spec.warnBand * 100)}% of the threshold (${m.basis})` : `${shown} (${m.basis})`;
  return { spec, value: v, unit, status, reason, sources };
}
function compare(v, op, t) {
  switch (op) {
    case ">=":
      return v >= t;
    case "<=":
      return v <= t;
    case ">":
      return v > t;
    case "<":
      return v < t;
    case "==":
      return Math.abs(v - t) <= 1e-9 * Math.max(1, Math.abs(t));
  }
}
function formatValue(v, unit) {
  if (v === null) return "no data";
  switch (unit) {
    case "ratio":
      return `${trim(v * 100)}%`;
    case "percent":
      return `${trim(v)}%`;
    case "ms":
      return `${trim(v)} ms`;
    case "rps":
      return `${trim(v)} rps`;
    case "bytes":
      return v >= 1024 * 1024 ? `${trim(v / 1024 / 1024)} MiB` : `${trim(v / 1024)} KiB`;
    case "count":
      return trim(v);
  }
}
function trim(n) {
  if (Number.isInteger(n)) return String(n);
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1).replace(/\.0$/, "") : n.toFixed(2).replace(/\.?0+$/, "");
}

// src/report/escape.ts
var HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => HTML[c]);
}
function escapeMd(text, maxLength = 300) {
  let s = text.replace(/\r?\n|\r/g, " ").replace(/\s+/g, " ").trim();
  if (s.length > maxLength) s = `${s.slice(0, maxLength - 1)}\u2026`;
  return escapeHtml(s).replace(/([\\`*_{}[\]()#+!|~])/g, "\\$1").replace(/^(\s*)([-=])/, "$1\\$2").replace(/@(?=[A-Za-z0-9])/g, "@\u200B");
}
function mdCode(text, maxLength = 200) {
  let s = text.replace(/\r?\n|\r/g, " ");
  if (s.length > maxLength) s = `${s.slice(0, maxLength - 1)}\u2026`;
  return `\`${s.replace(/`/g, "'").replace(/\|/g, "\\|")}\``;
}

export {
  ExitCode,
  UserError,
  ManifestError,
  errorMessage,
  isInside,
  toPosix,
  DURATION_PATTERN,
  RATE_PATTERN,
  PERCENT_PATTERN,
  parseDuration,
  parseRate,
  parsePercentOrNumber,
  formatDuration,
  evaluateGates,
  formatValue,
  escapeHtml,
  escapeMd,
  mdCode
};
//# sourceMappingURL=chunk-3GW7GSR3.js.map
