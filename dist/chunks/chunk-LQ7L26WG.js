import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  collectReports,
  junitGlobs,
  mergeReports,
  warmUpReader
} from "./chunk-VJ5QE53V.js";
import {
  asSecretRedactor,
  runCommand
} from "./chunk-YX3AB5YE.js";
import {
  slug
} from "./chunk-62YDUC7Q.js";
import {
  DURATION_PATTERN,
  formatDuration,
  isInside,
  toPosix
} from "./chunk-BCAJTNXO.js";

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

// src/jobs/tests/index.ts
import path from "node:path";

// src/manifest/schema-parts.ts
var duration = (description) => ({
  type: "string",
  pattern: DURATION_PATTERN,
  description: `${description} A duration: 250ms, 30s, 10m, 1h, 1m30s.`
});
var junitGlobs2 = (description) => ({
  anyOf: [{ type: "string", minLength: 1 }, { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 }],
  description: `${description} Relative to cwd; only files written during this run count.`
});

// src/jobs/tests/index.ts
var schema = {
  type: "array",
  minItems: 1,
  description: "Test commands that write JUnit XML.",
  items: {
    type: "object",
    additionalProperties: false,
    required: ["command", "junit"],
    properties: {
      name: { type: "string", description: "Label for reports (default: the command)." },
      command: { type: "string", minLength: 1, description: "Shell command that runs the tests (npm run test:integration, pytest \u2026)." },
      junit: junitGlobs2("Glob(s) of the JUnit XML files the command writes."),
      cwd: { type: "string", description: "Working folder, relative to the workspace (default: the workspace)." },
      env: { type: "object", additionalProperties: { type: "string" }, description: "Extra environment variables." },
      timeout: duration("Time limit; on expiry the whole process tree is killed (default 10m).")
    }
  }
};
var ZERO = { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, flakyMarkers: 0 };
var testsKind = {
  kind: "tests",
  key: "tests",
  schema,
  toPlans(raw, pointer, ctx) {
    const items = raw;
    return items.map((t, i) => {
      const p = `${pointer}/${i}`;
      const name = typeof t.name === "string" ? t.name : void 0;
      const id = `${ctx.integration}/tests#${i + 1}`;
      const cwd = ctx.resolvePath(`${p}/cwd`, typeof t.cwd === "string" ? t.cwd : ".");
      const junit = junitGlobs(t.junit, `${p}/junit`, ctx.fail);
      return {
        kind: "tests",
        jobId: id,
        integration: ctx.integration,
        evidenceDir: `tests/${slug(ctx.integration)}-${i + 1}`,
        title: name ?? t.command,
        command: t.command,
        junit,
        cwd,
        env: t.env ?? {},
        timeoutMs: t.timeout === void 0 ? 6e5 : ctx.duration(`${p}/timeout`, t.timeout),
        ...ctx.service?.url ? { serviceUrl: ctx.service.url } : {}
      };
    });
  },
  async run(plan, ctx) {
    return runTests(plan, ctx);
  },
  metrics(results) {
    return testsMetrics(results);
  },
  defaultGates() {
    return [
      { metric: "integration.success_rate", op: ">=", threshold: 0.9, severity: "critical", warnBand: 0.1, origin: "default", description: "Protocol 9: integration success rate" },
      { metric: "integration.unreadable_files", op: "<=", threshold: 0, severity: "critical", warnBand: 0, origin: "default", description: "every JUnit file must be readable" },
      { metric: "integration.command_failures", op: "<=", threshold: 0, severity: "major", warnBand: 0, origin: "default", description: "test commands must finish in time, write JUnit, and not fail without a failed test" }
    ];
  }
};
async function runTests(plan, ctx) {
  const startedAt = /* @__PURE__ */ new Date();
  const logRel = `${plan.evidenceDir}/command.log`;
  const logAbs = await ctx.evidence.reserve(logRel, { kind: "log", producer: plan.jobId });
  ctx.log.info(`$ ${plan.command}`);
  const running = runCommand({
    command: plan.command,
    cwd: plan.cwd,
    env: {
      ...ctx.env,
      ...plan.env,
      ...plan.serviceUrl ? { INTEGRATION_GATE_SERVICE_URL: plan.serviceUrl } : {}
    },
    timeoutMs: plan.timeoutMs,
    stdoutFile: logAbs,
    stderrFile: logAbs,
    redactor: asSecretRedactor(ctx.redactor),
    signal: ctx.signal
  });
  warmUpReader();
  const outcome = await running;
  const { fresh, stale, files: collected, reports, unreadable } = await collectReports(plan.junit, {
    cwd: plan.cwd,
    since: startedAt.getTime(),
    bundleDir: plan.evidenceDir,
    producer: plan.jobId,
    ctx
  });
  const evidence = [logRel, ...collected.map((f) => f.bundlePath)];
  const files = collected.flatMap(
    ({ file, bundlePath, report }) => report ? [{ file, bundlePath, counts: report.counts, ...report.producer ? { producer: report.producer } : {}, disagreements: report.disagreements }] : []
  );
  const merged = reports.length > 0 ? mergeReports(reports) : { counts: { ...ZERO }, cases: [] };
  const findings = [];
  let error;
  const cmd = plan.command.length > 80 ? `${plan.command.slice(0, 77)}\u2026` : plan.command;
  const failedTests = merged.counts.failed + merged.counts.errored;
  const commandFailed = outcome.timedOut || outcome.spawnError !== void 0 || fresh.length === 0 || outcome.exitCode !== 0 && failedTests === 0;
  if (outcome.timedOut) {
    error = `'${cmd}' did not finish within ${formatDuration(plan.timeoutMs)}; its process tree was killed (raise timeout, or find what hangs in ${logRel})`;
  } else if (outcome.spawnError) {
    error = `'${cmd}' could not start: ${outcome.spawnError}`;
  } else if (outcome.exitCode === 127) {
    error = `'${cmd}' failed: command not found (exit 127); check the command and PATH (${logRel})`;
  }
  if (fresh.length === 0) {
    const staleNote = stale.length ? `; ${stale.length} matching file(s) are older than this run and were ignored` : "";
    const noJunit = `'${cmd}' wrote no JUnit file matching ${plan.junit.join(", ")}${staleNote}; check the reporter's output path`;
    error = error ? `${error}; ${noJunit}` : noJunit;
  }
  if (error) findings.push({ level: "failure", title: `${plan.integration}: ${cmd}`, message: error, evidence: logRel });
  else if (commandFailed) {
    findings.push({
      level: "failure",
      title: `${plan.integration}: ${cmd}`,
      message: `exited with code ${outcome.exitCode ?? outcome.signal} although its JUnit shows no failed test (see ${logRel})`,
      evidence: logRel
    });
  }
  for (const u of unreadable) {
    findings.push({ level: "failure", title: `unreadable JUnit: ${u.file}`, message: u.error, file: u.file });
  }
  for (const c of merged.cases) {
    if (c.status === "failed" || c.status === "errored" || c.status === "flaky") {
      findings.push({
        level: c.status === "flaky" ? "warning" : "failure",
        title: caseTitle(c),
        message: c.status === "flaky" ? `flaky: failed then passed (${c.runs} runs)${c.message ? ` \u2014 ${c.message}` : ""}` : c.message ?? c.type ?? c.status,
        ...c.file ? { file: workspaceRelative(ctx.workspace, plan.cwd, c.file) } : {},
        ...c.line ? { line: c.line } : {}
      });
    }
  }
  const counts = merged.counts;
  const executed = counts.tests - counts.skipped;
  const rate = executed > 0 ? (counts.passed + counts.flaky) / executed : null;
  const status = error ? "errored" : commandFailed || unreadable.length > 0 || failedTests > 0 ? "failed" : "passed";
  return {
    kind: "tests",
    jobId: plan.jobId,
    integration: plan.integration,
    title: plan.title,
    status,
    ...error ? { error } : {},
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    metrics: {
      success_rate: rate,
      tests: counts.tests,
      passed: counts.passed,
      failed: counts.failed,
      errored: counts.errored,
      skipped: counts.skipped,
      flaky: counts.flaky,
      unreadable_files: unreadable.length,
      command_failures: commandFailed ? 1 : 0
    },
    findings,
    facts: [
      ["tests", String(counts.tests)],
      ["passed", String(counts.passed)],
      ["failed", String(counts.failed + counts.errored)],
      ["skipped", String(counts.skipped)],
      ["flaky", String(counts.flaky)],
      ["success rate", rate === null ? "no data" : `${(rate * 100).toFixed(1)}%`],
      ["exit code", outcome.timedOut ? "timed out" : String(outcome.exitCode ?? outcome.signal)]
    ],
    evidence,
    command: plan.command,
    exitCode: outcome.exitCode,
    timedOut: outcome.timedOut,
    counts,
    files,
    unreadable,
    cases: merged.cases,
    log: logRel
  };
}
function workspaceRelative(workspace, cwd, file) {
  let p = file.startsWith("file://") ? decodeURIComponent(file.slice("file://".length)) : file;
  if (!path.isAbsolute(p)) p = path.resolve(cwd, p);
  return isInside(workspace, p) ? toPosix(path.relative(workspace, p)) : file;
}
function caseTitle(c) {
  const scope = c.classname ?? c.suite[c.suite.length - 1];
  return scope && !c.name.startsWith(scope) ? `${scope} \u203A ${c.name}` : c.name;
}
function testsMetrics(results) {
  const out = {};
  const rateOf = (rs) => {
    const tests = rs.reduce((a, r) => a + r.counts.tests, 0);
    const skipped = rs.reduce((a, r) => a + r.counts.skipped, 0);
    const ok = rs.reduce((a, r) => a + r.counts.passed + r.counts.flaky, 0);
    const flaky = rs.reduce((a, r) => a + r.counts.flaky, 0);
    const executed = tests - skipped;
    return {
      value: executed > 0 ? ok / executed : null,
      basis: executed > 0 ? `${ok} passed of ${executed} executed (${skipped} skipped${flaky ? `, ${flaky} flaky counted as passed` : ""})` : `no data: 0 tests executed${rs.some((r) => r.error) ? ` (${rs.find((r) => r.error)?.error})` : ""}`
    };
  };
  const files = (rs) => rs.flatMap((r) => [...r.files.map((f) => f.bundlePath), r.log]);
  const put = (suffix, rs) => {
    const rate = rateOf(rs);
    out[`integration.success_rate${suffix}`] = { value: rate.value, unit: "ratio", basis: rate.basis, sources: files(rs) };
    const count = (name, pick, basis) => {
      out[`integration.${name}${suffix}`] = { value: rs.reduce((a, r) => a + pick(r), 0), unit: "count", basis, sources: files(rs) };
    };
    count("tests", (r) => r.counts.tests, "test cases read from JUnit");
    count("failed", (r) => r.counts.failed + r.counts.errored, "failed or errored test cases");
    count("skipped", (r) => r.counts.skipped, "skipped test cases");
    count("flaky", (r) => r.counts.flaky, "tests that failed and then passed on a rerun");
    count("unreadable_files", (r) => r.unreadable.length, "JUnit files that could not be read");
    count("command_failures", (r) => r.metrics.command_failures ?? 0, "test commands that timed out, wrote no JUnit, or exited non-zero with no failed test");
  };
  if (results.length > 0) put("", results);
  for (const r of results) put(`@${r.jobId}`, [r]);
  return out;
}

export {
  evaluateGates,
  formatValue,
  duration,
  junitGlobs2 as junitGlobs,
  testsKind,
  testsMetrics
};
//# sourceMappingURL=chunk-LQ7L26WG.js.map
