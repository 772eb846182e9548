import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  slug
} from "./chunk-HJDUQUJH.js";
import {
  formatDuration,
  parsePercentOrNumber,
  parseRate
} from "./chunk-AQHYNQJM.js";
import {
  node_path_default
} from "./chunk-FUU55JNM.js";

// src/jobs/load/plan.ts
var MAX_JOB_MS = 60 * 6e4;
var DEFAULT_TIMEOUT_MS = 1e4;
var DEFAULT_K6_TIMEOUT_MS = 30 * 6e4;
var DEFAULT_CONNECTIONS = 256;
var ITERATIONS_ONLY_CAP_MS = 10 * 6e4;
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var GATE_KEYS = /* @__PURE__ */ new Set([
  "p50_ms",
  "p90_ms",
  "p95_ms",
  "p99_ms",
  "max_ms",
  "rps",
  "error_rate",
  "reliability",
  "requests",
  "cpu_percent_max",
  "memory_bytes_max",
  "limit_rps",
  "k6_thresholds"
]);
function toPlans(raw, pointer, ctx) {
  if (!Array.isArray(raw)) ctx.fail(pointer, "expected a list of load jobs");
  const plans = [];
  const names = /* @__PURE__ */ new Set();
  raw.forEach((item, i) => {
    const p = `${pointer}/${i}`;
    if (!isObject(item)) ctx.fail(p, "expected a load job (a mapping)");
    const name = typeof item.name === "string" ? item.name : String(i + 1);
    if (names.has(name)) ctx.fail(`${p}/name`, `duplicate load job name '${name}' in integration '${ctx.integration}'`);
    names.add(name);
    const jobId = typeof item.name === "string" ? `${ctx.integration}/load:${name}` : `${ctx.integration}/load#${i + 1}`;
    const evidenceDir = `load/${slug(`${ctx.integration}-${name}`)}`;
    const url = typeof item.url === "string" ? item.url : ctx.service?.url;
    const gates = planGates(item.gates, `${p}/gates`, ctx);
    const common = {
      kind: "load",
      jobId,
      integration: ctx.integration,
      evidenceDir,
      name,
      ...url !== void 0 ? { url } : {},
      gates,
      allowRemote: item.allow_remote === true
    };
    const only = (keys, what) => {
      for (const k of keys) if (item[k] !== void 0) ctx.fail(`${p}/${k}`, `'${k}' ${what}`);
    };
    if (item.engine === "k6") {
      only(["requests", "rate", "stages", "vus", "think", "duration", "iterations", "connections", "expect", "limits"], "applies to the built-in engine only; with engine: k6 the script sets the load");
    } else {
      only(["script", "k6"], "applies to engine: k6 only");
      if (typeof item.vus === "number") only(["rate", "stages", "limits"], "is for the open model; 'vus' selects the closed model \u2014 use one of them");
    }
    if (url !== void 0) checkUrl(url, typeof item.url === "string" ? `${p}/url` : p, item.allow_remote === true, ctx);
    if (item.engine === "k6") plans.push(planK6(item, p, ctx, common));
    else {
      if (url === void 0) {
        ctx.fail(p, `no target: set 'url' on the job or give integration '${ctx.integration}' a service with a url`);
      }
      plans.push(planBuiltin(item, p, ctx, common));
    }
  });
  return plans;
}
function checkUrl(url, pointer, allowRemote, ctx) {
  let u;
  try {
    u = new URL(url);
  } catch {
    ctx.fail(pointer, `'${url}' is not a valid URL`);
  }
  if (!allowRemote && !isLoopback(u.hostname)) {
    ctx.fail(pointer, `target host '${u.hostname}' is not on the loopback interface; set allow_remote: true to load-test it on purpose`);
  }
}
function isLoopback(host) {
  const h = host.replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
function planBuiltin(item, p, ctx, common) {
  const requests = item.requests.map((r, j) => planRequest(r, `${p}/requests/${j}`, ctx));
  const timeoutMs = item.timeout !== void 0 ? ctx.duration(`${p}/timeout`, item.timeout) : DEFAULT_TIMEOUT_MS;
  if (timeoutMs <= 0) ctx.fail(`${p}/timeout`, "must be more than 0");
  const iterations = typeof item.iterations === "number" ? item.iterations : void 0;
  let durationMs = item.duration !== void 0 ? ctx.duration(`${p}/duration`, item.duration) : void 0;
  if (durationMs !== void 0 && durationMs <= 0) ctx.fail(`${p}/duration`, "must be more than 0");
  let model;
  const limits = item.limits !== void 0 ? planLimits(item.limits, `${p}/limits`, ctx, common.gates) : void 0;
  if (typeof item.vus === "number") {
    const thinkMs = item.think !== void 0 ? ctx.duration(`${p}/think`, item.think) : 0;
    model = { type: "closed", vus: item.vus, thinkMs };
    if (durationMs === void 0 && iterations === void 0) ctx.fail(p, "a closed-model job needs 'duration' or 'iterations'");
    durationMs ??= ITERATIONS_ONLY_CAP_MS;
  } else {
    if (item.think !== void 0) ctx.fail(`${p}/think`, "'think' applies to the closed model only (set 'vus')");
    const rate = item.rate !== void 0 ? rateAt(`${p}/rate`, item.rate, ctx) : void 0;
    const stages = Array.isArray(item.stages) ? item.stages.map((s, k) => {
      const sp = `${p}/stages/${k}`;
      const st = s;
      return { durationMs: ctx.duration(`${sp}/duration`, st.duration), target: rateAt(`${sp}/target`, st.target, ctx, true) };
    }) : [];
    if (rate === void 0 && stages.length === 0 && !limits) {
      ctx.fail(p, "say how much load: 'rate' (open model), 'stages' (ramping rate), 'vus' (closed model) or 'limits' (discovery)");
    }
    model = { type: "open", rate: rate ?? 0, stages };
    if (limits) {
      durationMs = 0;
    } else if (stages.length > 0) {
      const total = stages.reduce((a, s) => a + s.durationMs, 0);
      if (durationMs !== void 0 && durationMs !== total) ctx.fail(`${p}/duration`, `stages last ${formatDuration(total)}; drop 'duration' or make it match`);
      durationMs = total;
    } else if (durationMs === void 0) {
      if (iterations === void 0) ctx.fail(p, "an open-model job needs 'duration' or 'iterations'");
      durationMs = Math.ceil(iterations / rate * 1e3);
    }
  }
  if (limits && (durationMs ?? 0) > 0) ctx.fail(`${p}/duration`, "a limits-discovery job runs its own steps ('limits.step'); drop 'duration'");
  const bound = limits ? estimateLimitsMs(limits) : durationMs;
  if (bound > MAX_JOB_MS) ctx.fail(p, `the job would run ${formatDuration(bound)}; the most a load job may run is ${formatDuration(MAX_JOB_MS)}`);
  const expectStatus = isObject(item.expect) && Array.isArray(item.expect.status) ? item.expect.status : void 0;
  const connections = model.type === "closed" ? model.vus : typeof item.connections === "number" ? item.connections : DEFAULT_CONNECTIONS;
  if (model.type === "closed" && item.connections !== void 0) ctx.fail(`${p}/connections`, "in the closed model each VU has one connection; use 'vus'");
  const plan = {
    ...common,
    engine: "builtin",
    title: "",
    requests,
    model,
    durationMs,
    ...iterations !== void 0 ? { iterations } : {},
    timeoutMs,
    connections,
    ...expectStatus ? { expectStatus } : {},
    ...limits ? { limits } : {}
  };
  plan.title = builtinTitle(plan);
  return plan;
}
function rateAt(pointer, value, ctx, allowZero = false) {
  const r = parseRate(value);
  if (r === void 0 || !Number.isFinite(r)) ctx.fail(pointer, `expected a rate such as '200/s', found ${JSON.stringify(value)}`);
  if (r < 0 || !allowZero && r === 0) ctx.fail(pointer, "the rate must be more than 0");
  if (r > 1e6) ctx.fail(pointer, "the rate must be at most 1000000/s");
  return r;
}
function planRequest(raw, p, ctx) {
  const r = raw;
  const method = typeof r.method === "string" ? r.method : "GET";
  const headers = [];
  if (isObject(r.headers)) {
    for (const [k, v] of Object.entries(r.headers)) {
      if (/^(host|content-length|transfer-encoding|connection)$/i.test(k)) {
        ctx.fail(`${p}/headers/${k}`, "the engine sets this header itself");
      }
      headers.push([k, v]);
    }
  }
  let body;
  if (typeof r.body === "string") body = r.body;
  else if (r.body !== void 0) {
    body = JSON.stringify(r.body);
    if (!headers.some(([k]) => k.toLowerCase() === "content-type")) headers.push(["content-type", "application/json"]);
  }
  if (body !== void 0 && (method === "GET" || method === "HEAD")) ctx.fail(`${p}/body`, `a ${method} request has no body`);
  return { method, path: r.path, headers, ...body !== void 0 ? { body } : {}, weight: typeof r.weight === "number" ? r.weight : 1 };
}
function ratioAt(pointer, value, fallback, ctx) {
  if (value === void 0) return fallback;
  const v = parsePercentOrNumber(value);
  if (v === void 0 || v < 0 || v > 1) ctx.fail(pointer, `expected a share such as '1%' or 0.01, found ${JSON.stringify(value)}`);
  return v;
}
function planLimits(raw, p, ctx, gates) {
  const l = raw;
  const startRate = l.start !== void 0 ? rateAt(`${p}/start`, l.start, ctx) : 10;
  const maxRate = l.max !== void 0 ? rateAt(`${p}/max`, l.max, ctx) : 2e3;
  if (maxRate < startRate) ctx.fail(`${p}/max`, "must be at least the start rate");
  const slaGate = gates.find((g) => g.metric === "p95_ms" && g.op === "<=");
  return {
    startRate,
    maxRate,
    factor: typeof l.factor === "number" ? l.factor : 2,
    stepMs: l.step !== void 0 ? ctx.duration(`${p}/step`, l.step) : 2e3,
    resolution: Math.max(5e-3, ratioAt(`${p}/resolution`, l.resolution, 0.05, ctx)),
    statuses: Array.isArray(l.status) ? l.status : [429],
    statusMax: ratioAt(`${p}/status_max`, l.status_max, 0.01, ctx),
    errorRate: ratioAt(`${p}/error_rate`, l.error_rate, 0.01, ctx),
    p95Ms: typeof l.p95_ms === "number" ? l.p95_ms : slaGate?.threshold ?? 1e3,
    pauseMs: l.pause !== void 0 ? ctx.duration(`${p}/pause`, l.pause) : 250
  };
}
function maxLimitSteps(l) {
  const coarse = Math.ceil(Math.log(l.maxRate / l.startRate) / Math.log(l.factor)) + 1;
  const fine = Math.max(0, Math.ceil(Math.log(Math.log(l.factor) / Math.log(1 + l.resolution)) / Math.log(2)) + 1);
  return coarse + fine + (1 + fine);
}
function estimateLimitsMs(l) {
  return maxLimitSteps(l) * (l.stepMs + l.pauseMs);
}
function planGates(raw, p, ctx) {
  if (!isObject(raw)) return [];
  const out = [];
  for (const [metric, spec] of Object.entries(raw)) {
    if (!GATE_KEYS.has(metric)) ctx.fail(`${p}/${metric}`, `unknown load metric '${metric}'`);
    const s = spec;
    const isMax = s.max !== void 0;
    const bound = isMax ? s.max : s.min;
    const threshold = parsePercentOrNumber(bound);
    if (threshold === void 0) ctx.fail(`${p}/${metric}/${isMax ? "max" : "min"}`, `expected a number or a percentage, found ${JSON.stringify(bound)}`);
    const warnBand = s.warn !== void 0 ? parsePercentOrNumber(s.warn) ?? 0 : 0;
    out.push({ metric, op: isMax ? "<=" : ">=", threshold, severity: s.severity ?? "major", warnBand });
  }
  return out;
}
function planK6(item, p, ctx, common) {
  const scriptRel = item.script;
  const script = ctx.resolvePath(`${p}/script`, scriptRel);
  const k6 = isObject(item.k6) ? item.k6 : {};
  const args = Array.isArray(k6.args) ? k6.args : [];
  for (const [j, a] of args.entries()) {
    if (/^--summary-export(=|$)/.test(a) || /^--summary-trend-stats(=|$)/.test(a)) {
      ctx.fail(`${p}/k6/args/${j}`, `'${a}' is set by integration-gate (it reads the summary export itself)`);
    }
  }
  const env = isObject(k6.env) ? Object.entries(k6.env).map(([k, v]) => [k, v]) : [];
  const timeoutMs = item.timeout !== void 0 ? ctx.duration(`${p}/timeout`, item.timeout) : DEFAULT_K6_TIMEOUT_MS;
  if (timeoutMs > MAX_JOB_MS) ctx.fail(`${p}/timeout`, `at most ${formatDuration(MAX_JOB_MS)}`);
  return {
    ...common,
    engine: "k6",
    title: `k6 ${node_path_default.posix.normalize(scriptRel.replace(/\\/g, "/"))}`,
    script,
    scriptRel,
    args,
    env,
    timeoutMs,
    thresholdSeverity: k6.thresholds_severity ?? "major"
  };
}
function human(ms) {
  if (ms < 1e3 || ms % 1e3 !== 0) return ms < 1e3 ? `${ms}ms` : `${(ms / 1e3).toFixed(1)}s`;
  const s = ms / 1e3;
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return `${m}m${s % 60 ? `${s % 60}s` : ""}`;
}
function fmtRate(r) {
  return `${Number.isInteger(r) ? r : r.toFixed(1)}/s`;
}
function builtinTitle(plan) {
  const first = plan.requests[0];
  const what = plan.requests.length === 1 ? `${first.method} ${first.path}` : `${plan.requests.length} requests`;
  if (plan.limits) return `limits discovery \xB7 ${what} \xB7 ${fmtRate(plan.limits.startRate)}\u2192${fmtRate(plan.limits.maxRate)}`;
  const m = plan.model;
  const load = m.type === "closed" ? `${m.vus} VUs${m.thinkMs ? ` (think ${human(m.thinkMs)})` : ""}` : m.stages.length > 0 ? `${fmtRate(m.rate)}\u2192${fmtRate(m.stages[m.stages.length - 1].target)} in ${m.stages.length} stages` : fmtRate(m.rate);
  const bound = plan.iterations !== void 0 ? `${plan.iterations} requests` : `for ${human(plan.durationMs)}`;
  return `builtin ${load} ${bound} \xB7 ${what}`;
}

export {
  toPlans,
  isLoopback,
  maxLimitSteps,
  fmtRate
};
//# sourceMappingURL=chunk-6O6HUQ7W.js.map
