import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);

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
function oneLine(text, max) {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = /[\ud800-\udbff]/.test(t.charAt(max - 2)) ? max - 2 : max - 1;
  return `${t.slice(0, cut)}\u2026`;
}
function escapeMd(text, maxLength = 300) {
  const s = oneLine(text, maxLength);
  return escapeHtml(
    s.replace(/([\\`*_{}[\]#+!|~])/g, "\\$1").replace(/^(\s*)([-=])/, "$1\\$2").replace(/@(?=[A-Za-z0-9])/g, "@\u200B")
    // no @-mentions from test names
  );
}
function mdCode(text, maxLength = 200) {
  let s = text.replace(/\r?\n|\r/g, " ");
  if (s.length > maxLength) s = `${s.slice(0, maxLength - 1)}\u2026`;
  return `\`${s.replace(/`/g, "'").replace(/\|/g, "\\|")}\``;
}

export {
  evaluateGates,
  formatValue,
  escapeHtml,
  oneLine,
  escapeMd,
  mdCode
};
//# sourceMappingURL=chunk-GOZZUDSB.js.map
