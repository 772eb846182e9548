import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);

// src/jobs/load/result.ts
var CORE_METRICS = ["p50_ms", "p90_ms", "p95_ms", "p99_ms", "max_ms", "rps", "error_rate", "reliability", "requests", "errors"];
function baseResult(plan, engine, startedMs) {
  return {
    kind: "load",
    jobId: plan.jobId,
    integration: plan.integration,
    title: plan.title,
    status: "errored",
    startedAt: new Date(startedMs).toISOString(),
    durationMs: 0,
    metrics: Object.fromEntries(CORE_METRICS.map((k) => [k, null])),
    findings: [],
    facts: [],
    evidence: [],
    engine,
    name: plan.name,
    timeline: [],
    errorsByClass: {}
  };
}
function resolveValue(v, ctx) {
  if (typeof v === "string") return v;
  const value = ctx.env[v.fromEnv];
  if (value !== void 0 && value !== "") ctx.redactor.add(value);
  return value === "" ? void 0 : value;
}
function unitOf(key) {
  if (key.endsWith("_ms")) return "ms";
  if (key === "rps" || key.startsWith("limit_")) return "rps";
  if (key === "requests" || key === "errors") return "count";
  if (key === "cpu_percent_max") return "percent";
  if (key === "memory_bytes_max") return "bytes";
  return "ratio";
}
function sourcesOf(r) {
  return r.evidence.filter((e) => /summary|api-limits/.test(e)).slice(0, 3);
}
function loadMetrics(results) {
  const set = {};
  for (const r of results) {
    for (const [k, v] of Object.entries(r.metrics)) {
      set[`load.${k}@${r.jobId}`] = { value: v, unit: unitOf(k), basis: basisOf(k, r), sources: sourcesOf(r) };
    }
  }
  if (results.length === 0) return set;
  const sources = results.flatMap(sourcesOf);
  const ids = results.map((r) => r.jobId).join(", ");
  const vals = (k) => results.map((r) => r.metrics[k] ?? null);
  const allKnown = (xs) => xs.every((x) => x !== null);
  for (const k of ["p50_ms", "p90_ms", "p95_ms", "p99_ms", "max_ms"]) {
    const xs = vals(k);
    set[`load.${k}`] = { value: allKnown(xs) ? Math.max(...xs) : null, unit: "ms", basis: `worst of ${results.length} load job(s): ${ids}${allKnown(xs) ? "" : " \u2014 a job has no data"}`, sources };
  }
  const rps = vals("rps");
  set["load.rps"] = { value: allKnown(rps) ? Math.min(...rps) : null, unit: "rps", basis: `lowest throughput of ${results.length} load job(s)${allKnown(rps) ? "" : " \u2014 a job has no data"}`, sources };
  const req = vals("requests");
  const err = vals("errors");
  const total = allKnown(req) ? req.reduce((a, b) => a + b, 0) : null;
  const errors = allKnown(err) ? err.reduce((a, b) => a + b, 0) : null;
  const rate = total !== null && errors !== null && total > 0 ? errors / total : null;
  set["load.requests"] = { value: total, unit: "count", basis: `requests over ${results.length} load job(s)`, sources };
  set["load.errors"] = { value: errors, unit: "count", basis: `failed requests over ${results.length} load job(s)`, sources };
  set["load.error_rate"] = { value: rate, unit: "ratio", basis: rate === null ? "no data: no request completed in some load job" : `${errors} failed of ${total} requests`, sources };
  set["load.reliability"] = { value: rate === null ? null : 1 - rate, unit: "ratio", basis: rate === null ? "no data" : `1 - ${errors}/${total}`, sources };
  for (const k of ["cpu_percent_max", "memory_bytes_max"]) {
    const withKey = results.filter((r) => k in r.metrics);
    if (withKey.length === 0) continue;
    const xs = withKey.map((r) => r.metrics[k] ?? null);
    set[`load.${k}`] = { value: allKnown(xs) ? Math.max(...xs) : null, unit: unitOf(k), basis: `highest over ${withKey.length} load job(s) that sampled the service`, sources };
  }
  return set;
}
function basisOf(k, r) {
  const n = r.metrics.requests;
  if (r.status === "errored" && r.metrics[k] === null) return `no data: ${r.error ?? "the job did not measure"}`;
  if (k.startsWith("k6_threshold:")) return `k6 threshold ${k.slice("k6_threshold:".length)}: 1 = passed, 0 = crossed`;
  if (k === "k6_thresholds") return "share of the k6 script's thresholds that passed";
  if (k === "limit_rps") return "limits discovery: highest rate that held";
  if (k === "limit_failed_rps") return "limits discovery: first rate that did not hold";
  if (r.limits) return `${r.engine}, at the highest rate that held (${n ?? 0} requests)`;
  return `${r.engine}, ${n ?? 0} requests`;
}
function loadDefaultGates(plans) {
  if (plans.length === 0) return [];
  const gates = [
    { metric: "load.p95_ms", op: "<=", threshold: 1e3, severity: "major", warnBand: 0.1, origin: "default", description: "p95 latency under 1000 ms (worst load job)" },
    { metric: "load.rps", op: ">=", threshold: 100, severity: "major", warnBand: 0.1, origin: "default", description: "sustained throughput of at least 100 rps (lowest load job)" },
    { metric: "load.reliability", op: ">=", threshold: 0.99, severity: "critical", warnBand: 0, origin: "default", description: "at least 99 % of load requests succeed" }
  ];
  for (const p of plans) {
    for (const g of p.gates) {
      gates.push({ metric: `load.${g.metric}@${p.jobId}`, op: g.op, threshold: g.threshold, severity: g.severity, warnBand: g.warnBand, origin: "job", description: `${p.jobId}: ${g.metric} ${g.op} ${g.threshold}` });
    }
    if (p.engine === "k6" && !p.gates.some((g) => g.metric === "k6_thresholds")) {
      gates.push({ metric: `load.k6_thresholds@${p.jobId}`, op: ">=", threshold: 1, severity: p.thresholdSeverity, warnBand: 0, origin: "job", description: `thresholds of ${p.scriptRel}` });
    }
  }
  return gates;
}
function crossedJobGates(plan, metrics) {
  const out = [];
  for (const g of plan.gates) {
    const v = metrics[g.metric];
    if (v === null || v === void 0) out.push(`${g.metric}: no data`);
    else if (g.op === "<=" ? v > g.threshold : v < g.threshold) out.push(`${g.metric} ${fmt(v)} (want ${g.op} ${g.threshold})`);
  }
  return out;
}
function fmt(v) {
  return Number.isInteger(v) ? String(v) : v < 10 ? v.toFixed(3) : v.toFixed(1);
}
function mdCell(text) {
  return text.replace(/[\\`*_{}[\]<>|#]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}

export {
  baseResult,
  resolveValue,
  loadMetrics,
  loadDefaultGates,
  crossedJobGates,
  fmt,
  mdCell
};
//# sourceMappingURL=chunk-4J3PJH5E.js.map
