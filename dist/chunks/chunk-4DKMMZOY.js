import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  baseResult,
  resolveValue
} from "./chunk-4J3PJH5E.js";
import {
  runCommand
} from "./chunk-JDGJSJQP.js";
import {
  asSecretRedactor
} from "./chunk-J6EVNFCH.js";
import {
  errorMessage
} from "./chunk-FTADXKG2.js";
import {
  accessSync,
  constants2 as constants,
  node_path_default,
  readFile,
  stat
} from "./chunk-FUU55JNM.js";

// src/jobs/load/k6.ts
var K6_TREND_STATS = "avg,min,med,max,p(90),p(95),p(99)";
var K6_EXIT_CODES = {
  97: "cloud test run failed",
  98: "could not get cloud test progress",
  99: "thresholds crossed",
  100: "setup() timed out",
  101: "teardown() timed out",
  102: "generic timeout",
  103: "engine error",
  104: "invalid configuration (options or flags)",
  105: "aborted from outside (signal or REST API)",
  106: "cannot start the REST API (port in use?)",
  107: "script error (an exception in the script)",
  108: "script aborted (test.abort() called)",
  109: "k6 crashed (Go panic)",
  110: "marked as failed by the script (exec.test.fail())"
};
var K6_INSTALL_HINT = "install k6 in the workflow with 'uses: grafana/setup-k6-action@v1' before this step, or use 'engine: builtin' (embedded, nothing to install)";
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
var K6SummaryError = class extends Error {
  name = "K6SummaryError";
};
function parseK6Summary(json) {
  if (!isObj(json) || !isObj(json.metrics)) throw new K6SummaryError('not a k6 summary: no "metrics" object');
  const metrics = json.metrics;
  const handle = Object.values(metrics).some((m) => isObj(m) && isObj(m.values) && typeof m.type === "string");
  const values = (name) => {
    const m = metrics[name];
    if (!isObj(m)) return void 0;
    return handle ? isObj(m.values) ? m.values : void 0 : m;
  };
  const trend = (name) => {
    const v = values(name);
    if (!v) return void 0;
    const t = {};
    const set = (k, key) => {
      const x = num(v[key]);
      if (x !== void 0) t[k] = x;
    };
    set("avg", "avg");
    set("min", "min");
    set("med", "med");
    set("max", "max");
    set("p90", "p(90)");
    set("p95", "p(95)");
    set("p99", "p(99)");
    return t;
  };
  const out = { format: handle ? "handle-summary" : "summary-export", thresholds: [] };
  const d = trend("http_req_duration");
  if (d) out.duration = d;
  const reqs = values("http_reqs");
  if (reqs) {
    const c = num(reqs.count);
    const r = num(reqs.rate);
    if (c !== void 0) out.requests = c;
    if (r !== void 0) out.rps = r;
  }
  const failed = values("http_req_failed");
  if (failed) {
    const rate = num(handle ? failed.rate : failed.value);
    if (rate !== void 0) out.errorRate = rate;
    const p = num(failed.passes);
    if (p !== void 0) out.failedRequests = p;
  }
  const checks = values("checks");
  if (checks) {
    const rate = num(handle ? checks.rate : checks.value);
    if (rate !== void 0) out.checksRate = rate;
    const p = num(checks.passes);
    const f = num(checks.fails);
    if (p !== void 0) out.checksPassed = p;
    if (f !== void 0) out.checksFailed = f;
  }
  const it = values("iterations");
  if (it && num(it.count) !== void 0) out.iterations = num(it.count);
  const vus = values("vus_max");
  if (vus && num(vus.max) !== void 0) out.vusMax = num(vus.max);
  for (const [metric, m] of Object.entries(metrics)) {
    if (!isObj(m) || !isObj(m.thresholds)) continue;
    for (const [expression, verdict] of Object.entries(m.thresholds)) {
      let passed;
      if (handle) {
        if (!isObj(verdict) || typeof verdict.ok !== "boolean") throw new K6SummaryError(`threshold ${metric} '${expression}': expected { ok: boolean }`);
        passed = verdict.ok;
      } else {
        if (typeof verdict !== "boolean") throw new K6SummaryError(`threshold ${metric} '${expression}': expected a boolean`);
        passed = !verdict;
      }
      out.thresholds.push({ metric, expression, passed });
    }
  }
  out.thresholds.sort((a, b) => a.metric === b.metric ? a.expression.localeCompare(b.expression) : a.metric.localeCompare(b.metric));
  return out;
}
function findOnPath(cmd, envPath) {
  for (const dir of (envPath ?? "").split(node_path_default.delimiter)) {
    if (!dir) continue;
    const p = node_path_default.join(dir, cmd);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
    }
  }
  return void 0;
}
function shellQuote(s) {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
async function runK6(plan, ctx) {
  const started = Date.now();
  const result = baseResult(plan, "k6", started);
  const fail = (error) => ({ ...result, status: "errored", error, durationMs: Date.now() - started });
  const k6 = findOnPath("k6", ctx.env.PATH);
  if (!k6) return fail(`k6 is not on PATH: ${K6_INSTALL_HINT}`);
  try {
    await stat(plan.script);
  } catch {
    return fail(`k6 script '${plan.scriptRel}' not found in the workspace`);
  }
  const producer = { producer: plan.jobId };
  const exportRel = `${plan.evidenceDir}/k6-summary-export.json`;
  const exportAbs = await ctx.evidence.reserve(exportRel, { kind: "raw", ...producer });
  const stdoutRel = `${plan.evidenceDir}/k6-stdout.log`;
  const stderrRel = `${plan.evidenceDir}/k6-stderr.log`;
  const stdoutAbs = await ctx.evidence.reserve(stdoutRel, { kind: "log", ...producer });
  const stderrAbs = await ctx.evidence.reserve(stderrRel, { kind: "log", ...producer });
  result.evidence.push(stdoutRel, stderrRel);
  const env = { ...ctx.env };
  for (const [k, v] of plan.env) {
    const value = resolveValue(v, ctx);
    if (value === void 0) return fail(`k6.env.${k}: environment variable '${typeof v === "string" ? "" : v.fromEnv}' is not set`);
    env[k] = value;
  }
  if (plan.url && env.BASE_URL === void 0) env.BASE_URL = plan.url;
  env.K6_NO_USAGE_REPORT = "true";
  const argv = ["run", "--summary-export", exportAbs, "--summary-trend-stats", K6_TREND_STATS, ...plan.args, plan.script];
  const command = [k6, ...argv].map(shellQuote).join(" ");
  ctx.log.info(`${plan.jobId}: k6 ${argv.map(shellQuote).join(" ")}`);
  let lastProgress = 0;
  const outcome = await runCommand({
    command,
    cwd: ctx.workspace,
    env,
    timeoutMs: plan.timeoutMs,
    stdoutFile: stdoutAbs,
    stderrFile: stderrAbs,
    redactor: asSecretRedactor(ctx.redactor),
    signal: ctx.signal,
    onStdout: (text) => {
      const m = /running \(([^)]+)\), ([^\n]*)/g;
      let last = null;
      for (let x = m.exec(text); x; x = m.exec(text)) last = x;
      if (last && Date.now() - lastProgress > 1e3) {
        lastProgress = Date.now();
        ctx.log.progress(`${plan.jobId} k6 ${last[1]} ${last[2]}`);
      }
    }
  });
  const durationMs = Date.now() - started;
  result.exitCode = outcome.exitCode;
  if (outcome.spawnError) return fail(`could not start k6: ${outcome.spawnError}`);
  if (outcome.exitCode === 127) return fail(`k6 could not be run (exit 127: not found): ${K6_INSTALL_HINT}`);
  if (outcome.aborted) return fail("k6 run aborted (the run was cancelled)");
  if (outcome.timedOut) return fail(`k6 did not finish within ${Math.round(plan.timeoutMs / 1e3)}s and was stopped; raise the job's 'timeout' or shorten the script`);
  let summary;
  let summaryError;
  try {
    summary = parseK6Summary(JSON.parse(await readFile(exportAbs, "utf8")));
    result.evidence.unshift(exportRel);
  } catch (err) {
    summaryError = err.code === "ENOENT" ? "k6 wrote no summary export" : `unreadable summary export: ${errorMessage(err)}`;
  }
  const code = outcome.exitCode;
  const measured = code === 0 || code === 99;
  if (summary) applySummary(result, summary, plan, exportRel);
  result.durationMs = durationMs;
  if (!measured) {
    const meaning = code !== null ? K6_EXIT_CODES[code] ?? "unknown error" : `killed by ${outcome.signal ?? "a signal"}`;
    const tail = await lastLines(stderrAbs, 3);
    return {
      ...result,
      status: "errored",
      error: `k6 exited with ${code ?? outcome.signal}: ${meaning}${tail ? ` \u2014 ${tail}` : ""} (see ${stderrRel})`
    };
  }
  if (!summary) return { ...result, status: "errored", error: `${summaryError ?? "no summary"} although k6 exited with ${code}` };
  const crossed = summary.thresholds.filter((t) => !t.passed);
  if (code === 99 && crossed.length === 0) {
    result.findings.push({ level: "warning", title: "k6 exit 99 without a crossed threshold in the summary", message: "k6 reported crossed thresholds (exit 99), but the summary export shows none; treating the run as failed.", evidence: exportRel });
  }
  result.status = code === 99 || crossed.length > 0 ? "failed" : "passed";
  if (result.status === "failed") result.error = `k6 thresholds crossed: ${crossed.map((t) => `${t.metric} ${t.expression}`).join(", ") || "see the k6 log"}`;
  return result;
}
function applySummary(result, s, plan, evidence) {
  const d = s.duration ?? {};
  const m = result.metrics;
  m.p50_ms = d.med ?? null;
  m.p90_ms = d.p90 ?? null;
  m.p95_ms = d.p95 ?? null;
  m.p99_ms = d.p99 ?? null;
  m.max_ms = d.max ?? null;
  m.rps = s.rps ?? null;
  m.requests = s.requests ?? null;
  m.error_rate = s.errorRate ?? null;
  m.reliability = s.errorRate !== void 0 ? 1 - s.errorRate : null;
  m.errors = s.failedRequests ?? (s.errorRate !== void 0 && s.requests !== void 0 ? Math.round(s.errorRate * s.requests) : null);
  if (s.checksRate !== void 0) m.checks_rate = s.checksRate;
  const passed = s.thresholds.filter((t) => t.passed).length;
  m.k6_thresholds = s.thresholds.length > 0 ? passed / s.thresholds.length : 1;
  for (const t of s.thresholds) m[`k6_threshold:${t.metric}:${t.expression}`] = t.passed ? 1 : 0;
  result.thresholds = s.thresholds;
  if (s.failedRequests !== void 0 && s.failedRequests > 0) result.errorsByClass = { "http_req_failed": s.failedRequests };
  const ms = (v) => v === void 0 ? "n/a" : `${v.toFixed(1)} ms`;
  result.facts = [
    ["engine", `k6 (${s.format})`],
    ["requests", s.requests !== void 0 ? String(s.requests) : "n/a"],
    ["throughput", s.rps !== void 0 ? `${s.rps.toFixed(1)} rps` : "n/a"],
    ["p50 / p95 / p99", `${ms(d.med)} / ${ms(d.p95)} / ${d.p99 === void 0 ? "n/a (not in the summary)" : ms(d.p99)}`],
    ["max", ms(d.max)],
    ["error rate", s.errorRate !== void 0 ? `${(s.errorRate * 100).toFixed(2)} %` : "n/a"],
    ...s.checksRate !== void 0 ? [["checks", `${(s.checksRate * 100).toFixed(2)} % (${s.checksPassed ?? "?"} passed, ${s.checksFailed ?? "?"} failed)`]] : [],
    ["thresholds", s.thresholds.length === 0 ? "none in the script" : `${passed} of ${s.thresholds.length} passed`]
  ];
  const findings = s.thresholds.filter((t) => !t.passed).map((t) => ({
    level: "failure",
    title: `k6 threshold crossed: ${t.metric} ${t.expression}`,
    message: `The script's threshold '${t.expression}' on ${t.metric} was crossed (${plan.scriptRel}).`,
    file: plan.scriptRel,
    evidence
  }));
  if (d.p99 === void 0 && s.duration) {
    findings.push({ level: "notice", title: "p99 not in the k6 summary", message: `Run with '--summary-trend-stats' including p(99) to get p99 (integration-gate passes ${K6_TREND_STATS}).`, evidence });
  }
  result.findings.push(...findings);
}
async function lastLines(file, n) {
  try {
    const text = await readFile(file, "utf8");
    return text.trim().split("\n").slice(-n).join(" | ").slice(0, 400);
  } catch {
    return "";
  }
}

export {
  K6_TREND_STATS,
  K6_EXIT_CODES,
  K6_INSTALL_HINT,
  K6SummaryError,
  parseK6Summary,
  findOnPath,
  shellQuote,
  runK6,
  applySummary
};
//# sourceMappingURL=chunk-4DKMMZOY.js.map
