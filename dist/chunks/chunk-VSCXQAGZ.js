import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  duration,
  junitGlobs
} from "./chunk-MDZGSRUX.js";
import {
  slug
} from "./chunk-HJDUQUJH.js";
import {
  collectReports,
  junitGlobs as junitGlobs2,
  mergeReports,
  warmUpReaderUntil
} from "./chunk-TTFJPRAO.js";
import {
  formatDuration,
  isInside,
  toPosix
} from "./chunk-AQHYNQJM.js";
import {
  execFile,
  runCommand
} from "./chunk-JDGJSJQP.js";
import {
  asSecretRedactor
} from "./chunk-J6EVNFCH.js";
import {
  existsSync,
  node_path_default,
  readdir,
  statSync
} from "./chunk-FUU55JNM.js";

// src/core/repo-files.ts
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".integration-gate", "dist", "build", "target", ".venv", "vendor"]);
var MAX_WALK_FILES = 2e5;
var RepoFileIndex = class _RepoFileIndex {
  byStem = /* @__PURE__ */ new Map();
  files;
  constructor(files) {
    const set = /* @__PURE__ */ new Set();
    for (const f of files) {
      set.add(f);
      const base = node_path_default.posix.basename(f);
      const stem = base.includes(".") ? base.slice(0, base.indexOf(".")) : base;
      const key = stem.toLowerCase();
      const list = this.byStem.get(key);
      if (list) list.push(f);
      else this.byStem.set(key, [f]);
    }
    this.files = set;
  }
  /**
   * Lists the files under `root`: `git ls-files` when it is in a git checkout (tracked files, and untracked ones
   * that are not ignored), else one walk. Git is started only when a `.git` is there: starting it costs ~15 ms.
   */
  static async load(root) {
    const viaGit = !inGitCheckout(root) ? void 0 : await new Promise((resolve) => {
      execFile(
        "git",
        ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        { cwd: root, maxBuffer: 512 * 1024 * 1024, timeout: 3e4 },
        (err, stdout) => resolve(err ? void 0 : stdout.split("\0").filter(Boolean))
      );
    });
    if (viaGit) return new _RepoFileIndex(viaGit);
    const out = [];
    const walk = async (dir, rel) => {
      if (out.length >= MAX_WALK_FILES) return;
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const e of entries) {
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) await walk(node_path_default.join(dir, e.name), r);
        } else if (e.isFile()) out.push(r);
      }
    };
    await walk(root, "");
    return new _RepoFileIndex(out);
  }
  /**
   * Finds the file of a class or module named in dotted, slashed or `::` form, e.g. `com.acme.PaymentsTest`,
   * `tests/test_refund.py::TestRefund`, `PaymentsTest`. Tries the longest qualified suffix first; a bare name
   * must be unique.
   */
  findByName(name) {
    const segs = name.split(/[./\\:]+|::/).filter((s) => /^[\w$-]+$/.test(s));
    for (let end = segs.length; end >= 1; end--) {
      const last = segs[end - 1];
      if (!last) continue;
      const candidates = this.byStem.get(last.toLowerCase());
      if (!candidates) continue;
      const qual = segs.slice(0, end).join("/").toLowerCase();
      const qualified = candidates.filter((f) => {
        const noExt = f.slice(0, f.length - node_path_default.posix.extname(f).length).toLowerCase();
        return noExt === qual || noExt.endsWith(`/${qual}`);
      });
      if (end > 1 && qualified.length > 0) return shortest(qualified);
      if (end === 1 || end === segs.length) {
        if (candidates.length === 1) return candidates[0];
      }
    }
    return void 0;
  }
  /**
   * Finds the file a path names when it is not a path of this listing (`demo/FlakyTest.java` from a Java frame,
   * `calc_test.go` from `go test`, `/home/runner/work/app/web/a.test.js` from another machine): the files that
   * end with the longest tail of it; one is taken; among several, the one whose folders end with the most
   * segments of a class or package name in `scopes` (`example.com/shop/calc`, `com.x.FooTest`). A tie is no
   * answer. A path of the listing itself is returned as it is.
   */
  findByTail(file, scopes = []) {
    if (this.files.has(file)) return file;
    const parts = file.split(/[\\/]/).filter((p) => p !== "" && p !== "." && p !== ".." && !/^[A-Za-z]:$/.test(p));
    const base = parts[parts.length - 1];
    if (!base) return void 0;
    const stem = base.includes(".") ? base.slice(0, base.indexOf(".")) : base;
    const listed = this.byStem.get(stem.toLowerCase());
    if (!listed) return void 0;
    const named = listed.filter((f) => f === base || f.endsWith(`/${base}`));
    for (let k = parts.length; k >= 1; k--) {
      const tail = parts.slice(parts.length - k).join("/");
      const candidates = named.filter((f) => f === tail || f.endsWith(`/${tail}`));
      if (candidates.length === 1) return candidates[0];
      if (candidates.length > 1) return bestForScope(candidates, [...scopes]);
    }
    return void 0;
  }
};
function bestForScope(candidates, scopes) {
  let best;
  let bestScore = 0;
  let tie = false;
  for (const c of candidates) {
    const dirs = c.split("/").slice(0, -1);
    let score = 0;
    for (const scope of scopes) score = Math.max(score, sharedSegments(dirs, scope.split(/[./\\:]+/).filter(Boolean)));
    if (score > bestScore) {
      best = c;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) {
      tie = true;
    }
  }
  return bestScore > 0 && !tie ? best : void 0;
}
function sharedSegments(dirs, scope) {
  let best = 0;
  for (const s of [scope, scope.slice(0, -1)]) {
    let n = 0;
    while (n < s.length && n < dirs.length && dirs[dirs.length - 1 - n] === s[s.length - 1 - n]) n++;
    best = Math.max(best, n);
  }
  return best;
}
function inGitCheckout(dir) {
  for (let d = node_path_default.resolve(dir); ; d = node_path_default.dirname(d)) {
    if (existsSync(node_path_default.join(d, ".git"))) return true;
    if (node_path_default.dirname(d) === d) return false;
  }
}
function shortest(list) {
  return [...list].sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
}
var indexCache = /* @__PURE__ */ new Map();
function repoFileIndex(root) {
  const key = node_path_default.resolve(root);
  let p = indexCache.get(key);
  if (!p) {
    p = RepoFileIndex.load(key);
    indexCache.set(key, p);
  }
  return p;
}

// src/jobs/tests/sources.ts
var URL_LIKE = /^[a-z][a-z0-9+.-]+:/i;
async function findSources(workspace, wanted) {
  const found = /* @__PURE__ */ new Map();
  const missing = /* @__PURE__ */ new Map();
  const present = /* @__PURE__ */ new Set();
  for (const { file, scope } of wanted) {
    if (file === "" || present.has(file)) continue;
    let scopes = missing.get(file);
    if (!scopes) {
      if (file.includes(":") && URL_LIKE.test(file)) continue;
      if (!node_path_default.isAbsolute(file) && !file.includes("..") && existsSync(`${workspace}/${file}`)) {
        present.add(file);
        continue;
      }
      missing.set(file, scopes = /* @__PURE__ */ new Set());
    }
    if (scope) scopes.add(scope);
  }
  if (missing.size === 0) return found;
  const index = await repoFileIndex(workspace).catch(() => void 0);
  if (!index) return found;
  for (const [file, scopes] of missing) {
    const pick = index.findByTail(file, scopes);
    if (pick !== void 0) found.set(file, pick);
  }
  return found;
}

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
      junit: junitGlobs("Glob(s) of the JUnit XML files the command writes."),
      cwd: { type: "string", description: "Working folder, relative to the workspace (default: the workspace)." },
      env: { type: "object", additionalProperties: { type: "string" }, description: "Extra environment variables." },
      timeout: duration("Time limit; on expiry the whole process tree is killed (default 10m)."),
      keep: {
        type: "object",
        additionalProperties: false,
        description: "How much of each failure the results keep (run.json, reports, annotations); the raw JUnit goes into the bundle whole.",
        properties: {
          message: { type: "integer", minimum: 64, maximum: 1048576, description: "Bytes of a failure message (default 1024)." },
          details: { type: "integer", minimum: 256, maximum: 16777216, description: "Bytes of a failure's stack trace or text (default 8192)." },
          cases: { type: "integer", minimum: 1, maximum: 1e6, description: "Failing tests listed per report file (default 5000; the counts stay exact)." }
        }
      }
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
      const junit = junitGlobs2(t.junit, `${p}/junit`, ctx.fail);
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
        read: readOptions(t.keep),
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
  await warmUpReaderUntil(running);
  const outcome = await running;
  const { fresh, stale, files: collected, reports, unreadable } = await collectReports(plan.junit, {
    cwd: plan.cwd,
    since: startedAt.getTime(),
    bundleDir: plan.evidenceDir,
    producer: plan.jobId,
    ctx,
    read: plan.read
  });
  const evidence = [logRel, ...collected.map((f) => f.bundlePath)];
  const files = collected.flatMap(
    ({ file, bundlePath, report }) => report ? [{
      file,
      bundlePath,
      counts: report.counts,
      ...report.producer ? { producer: report.producer } : {},
      disagreements: report.disagreements,
      ...report.suiteFailures ? { suiteFailures: report.suiteFailures } : {}
    }] : []
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
    const folders = plan.junit.filter((p) => !/[*?[\]{}]/.test(p) && isFolder(node_path_default.resolve(plan.cwd, p)));
    const folderNote = folders.length ? `; ${folders.map((p) => `'${p}'`).join(", ")} ${folders.length === 1 ? "is a folder" : "are folders"}: match the files in it, such as ${folders[0]?.replace(/\/+$/, "")}/**/*.xml` : "";
    const noJunit = `'${cmd}' wrote no JUnit file matching ${plan.junit.join(", ")}${staleNote}${folderNote}; check the reporter's output path`;
    error = error ? `${error}; ${noJunit}` : noJunit;
  }
  const outside = suiteFailureCount(files);
  if (error) findings.push({ level: "failure", title: `${plan.integration}: ${cmd}`, message: error, evidence: logRel });
  else if (commandFailed) {
    const why = outside > 0 ? `; it reports ${outside} failure${outside === 1 ? "" : "s"} outside its test cases (listed below)` : "";
    findings.push({
      level: "failure",
      title: `${plan.integration}: ${cmd}`,
      message: `exited with code ${outcome.exitCode ?? outcome.signal} although its JUnit shows no failed test${why} (see ${logRel})`,
      evidence: logRel
    });
  }
  for (const u of unreadable) {
    findings.push({ level: "failure", title: "unreadable JUnit file", message: u.error, file: u.file, ...u.line ? { line: u.line } : {} });
  }
  const toWorkspace = workspaceRelativeTo(ctx.workspace, plan.cwd);
  const relPaths = /* @__PURE__ */ new Map();
  const rel = (file) => {
    let r = relPaths.get(file);
    if (r === void 0) relPaths.set(file, r = toWorkspace(file));
    return r;
  };
  const located = [];
  for (let i = 0; i < merged.cases.length; i++) {
    const c = merged.cases[i];
    if (c.status === "failed" || c.status === "errored" || c.status === "flaky") {
      const finding = {
        level: c.status === "flaky" ? "warning" : "failure",
        title: caseTitle(c),
        message: c.status === "flaky" ? `${flakyHistory(c.runs)}${c.message ? ` \u2014 ${c.message}` : ""}` : c.message ?? c.type ?? c.status,
        ...c.file ? { file: rel(c.file) } : {},
        ...c.line ? { line: c.line } : {},
        ...c.details ? { case: i } : {}
      };
      findings.push(finding);
      if (finding.file) located.push({ finding, scope: c.classname ?? c.suite[c.suite.length - 1] });
    }
  }
  for (const f of files) {
    if (f.counts.tests === 0 && merged.counts.tests === 0) {
      findings.push({ level: "warning", title: f.file, message: "the report holds no test cases: did the test files load, and did the filter match any test?", file: f.file });
    }
    for (const sf of f.suiteFailures ?? []) {
      const finding = {
        level: "warning",
        title: `${f.file} \u203A ${sf.suite}`,
        message: sf.kind === "element" ? `${sf.message} (a failure outside any test case; not counted as a test)` : sf.message,
        file: sf.file ? rel(sf.file) : f.file,
        ...sf.line ? { line: sf.line } : {}
      };
      findings.push(finding);
      if (sf.file) located.push({ finding });
    }
  }
  const sources = await findSources(ctx.workspace, located.map(({ finding, scope }) => ({ file: finding.file, ...scope ? { scope } : {} })));
  for (const { finding } of located) {
    const found = sources.get(finding.file);
    if (found) finding.file = found;
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
function isFolder(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
var PLAIN_RELATIVE = /^(?:[\w@+-][\w@+.-]*\/)*[\w@+-][\w@+.-]*$/;
function workspaceRelativeTo(workspace, cwd) {
  const base = node_path_default.sep === "/" && isInside(workspace, cwd) ? toPosix(node_path_default.relative(workspace, cwd)) : void 0;
  return (file) => {
    if (base !== void 0 && PLAIN_RELATIVE.test(file)) return base === "" ? file : `${base}/${file}`;
    return workspaceRelative(workspace, cwd, file);
  };
}
function workspaceRelative(workspace, cwd, file) {
  let p = file.startsWith("file://") ? decodeURIComponent(file.slice("file://".length)) : file;
  if (!node_path_default.isAbsolute(p)) p = node_path_default.resolve(cwd, p);
  return isInside(workspace, p) ? toPosix(node_path_default.relative(workspace, p)) : file;
}
function readOptions(keep) {
  return {
    ...keep?.message !== void 0 ? { maxMessageBytes: keep.message } : {},
    ...keep?.details !== void 0 ? { maxDetailsBytes: keep.details } : {},
    ...keep?.cases !== void 0 ? { maxCasesKept: keep.cases } : {}
  };
}
function suiteFailureCount(files) {
  return files.reduce((n, f) => n + (f.suiteFailures?.length ?? 0), 0);
}
function caseTitle(c) {
  const scope = describePath(c) ?? c.classname ?? c.suite[c.suite.length - 1];
  return scope && !c.name.startsWith(scope) ? `${scope} \u203A ${c.name}` : c.name;
}
function describePath(c) {
  if (!c.classname?.includes(" > ")) return void 0;
  const parts = c.classname.split(" > ");
  const tail = c.suite.slice(-parts.length);
  return tail.length === parts.length && parts.every((p, i) => p === tail[tail.length - 1 - i]) ? tail.join(" \u203A ") : void 0;
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
    count("suite_failures", (r) => suiteFailureCount(r.files), "failures JUnit files report outside their test cases");
    count("command_failures", (r) => r.metrics.command_failures ?? 0, "test commands that timed out, wrote no JUnit, or exited non-zero with no failed test");
  };
  if (results.length > 0) put("", results);
  for (const r of results) put(`@${r.jobId}`, [r]);
  return out;
}
function flakyHistory(runs) {
  return runs > 1 ? `flaky: failed, then passed (${runs} runs)` : "flaky: failed, then passed on a rerun";
}

export {
  testsKind,
  workspaceRelativeTo,
  workspaceRelative,
  testsMetrics
};
//# sourceMappingURL=chunk-VSCXQAGZ.js.map
