import { statSync } from 'node:fs';
import path from 'node:path';
import type { Finding, GateSpec, JobContext, JobResultBase, MetricSet } from '../../core/types.js';
import { isInside, toPosix } from '../../core/paths.js';
import { formatDuration } from '../../core/units.js';
import { duration, junitGlobs } from '../../manifest/schema-parts.js';
import { slug } from '../../evidence/sink.js';
import { runCommand } from '../../process/run.js';
import { asSecretRedactor } from '../../process/redact.js';
import type { Counts, FileReport, ReadOptions, TestCase } from '../../junit/model.js';
import { mergeReports, warmUpReaderUntil } from '../../junit/read.js';
import type { JobKindModule, JobPlanBase } from '../kind.js';
import { collectReports, junitGlobs as junitFiles, type UnreadableFile } from '../junit-files.js';
import { findSources } from './sources.js';

/**
 * Integration test commands that write JUnit XML. Each command runs with a timeout (process tree killed on
 * expiry), its output is redacted into a log, and the JUnit files it wrote during this run are read.
 * A command that wrote no JUnit is a failed result, never a silent pass.
 */

export interface TestsJobPlan extends JobPlanBase {
  kind: 'tests';
  command: string;
  junit: string[];
  cwd: string;
  env: Record<string, string>;
  timeoutMs: number;
  serviceUrl?: string;
  /** `keep:` — how much of each failure the results keep (the reader's defaults where not given). */
  read: ReadOptions;
}

export type { UnreadableFile };

export interface TestsResult extends JobResultBase {
  kind: 'tests';
  command: string;
  exitCode: number | null;
  timedOut: boolean;
  counts: Counts;
  files: Array<{
    file: string;
    bundlePath: string;
    counts: Counts;
    producer?: string;
    disagreements: FileReport['disagreements'];
    /** Failures the file reports outside its test cases (not in the counts). */
    suiteFailures?: FileReport['suiteFailures'];
  }>;
  unreadable: UnreadableFile[];
  /** Non-passing cases (failed, errored, flaky). */
  cases: TestCase[];
  log: string;
}

const schema = {
  type: 'array',
  minItems: 1,
  description: 'Test commands that write JUnit XML.',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['command', 'junit'],
    properties: {
      name: { type: 'string', description: 'Label for reports (default: the command).' },
      command: { type: 'string', minLength: 1, description: 'Shell command that runs the tests (npm run test:integration, pytest …).' },
      junit: junitGlobs('Glob(s) of the JUnit XML files the command writes.'),
      cwd: { type: 'string', description: 'Working folder, relative to the workspace (default: the workspace).' },
      env: { type: 'object', additionalProperties: { type: 'string' }, description: 'Extra environment variables.' },
      timeout: duration('Time limit; on expiry the whole process tree is killed (default 10m).'),
      keep: {
        type: 'object',
        additionalProperties: false,
        description: 'How much of each failure the results keep (run.json, reports, annotations); the raw JUnit goes into the bundle whole.',
        properties: {
          message: { type: 'integer', minimum: 64, maximum: 1048576, description: 'Bytes of a failure message (default 1024).' },
          details: { type: 'integer', minimum: 256, maximum: 16777216, description: 'Bytes of a failure\'s stack trace or text (default 8192).' },
          cases: { type: 'integer', minimum: 1, maximum: 1000000, description: 'Failing tests listed per report file (default 5000; the counts stay exact).' },
        },
      },
    },
  },
};

const ZERO: Counts = { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, flakyMarkers: 0 };

export const testsKind: JobKindModule<TestsJobPlan, TestsResult> = {
  kind: 'tests',
  key: 'tests',
  schema,
  toPlans(raw, pointer, ctx) {
    const items = raw as Array<Record<string, unknown>>;
    return items.map((t, i) => {
      const p = `${pointer}/${i}`;
      const name = typeof t.name === 'string' ? t.name : undefined;
      const id = `${ctx.integration}/tests#${i + 1}`;
      const cwd = ctx.resolvePath(`${p}/cwd`, typeof t.cwd === 'string' ? t.cwd : '.');
      const junit = junitFiles(t.junit, `${p}/junit`, ctx.fail);
      return {
        kind: 'tests' as const,
        jobId: id,
        integration: ctx.integration,
        evidenceDir: `tests/${slug(ctx.integration)}-${i + 1}`,
        title: name ?? (t.command as string),
        command: t.command as string,
        junit,
        cwd,
        env: (t.env as Record<string, string> | undefined) ?? {},
        timeoutMs: t.timeout === undefined ? 600_000 : ctx.duration(`${p}/timeout`, t.timeout),
        read: readOptions(t.keep as { message?: number; details?: number; cases?: number } | undefined),
        ...(ctx.service?.url ? { serviceUrl: ctx.service.url } : {}),
      };
    });
  },

  async run(plan, ctx) {
    return runTests(plan, ctx);
  },

  metrics(results) {
    return testsMetrics(results);
  },

  defaultGates(): GateSpec[] {
    return [
      { metric: 'integration.success_rate', op: '>=', threshold: 0.9, severity: 'critical', warnBand: 0.1, origin: 'default', description: 'Protocol 9: integration success rate' },
      { metric: 'integration.unreadable_files', op: '<=', threshold: 0, severity: 'critical', warnBand: 0, origin: 'default', description: 'every JUnit file must be readable' },
      { metric: 'integration.command_failures', op: '<=', threshold: 0, severity: 'major', warnBand: 0, origin: 'default', description: 'test commands must finish in time, write JUnit, and not fail without a failed test' },
    ];
  },
};

async function runTests(plan: TestsJobPlan, ctx: JobContext): Promise<TestsResult> {
  const startedAt = new Date();
  const logRel = `${plan.evidenceDir}/command.log`;
  const logAbs = await ctx.evidence.reserve(logRel, { kind: 'log', producer: plan.jobId });
  ctx.log.info(`$ ${plan.command}`);
  const running = runCommand({
    command: plan.command,
    cwd: plan.cwd,
    env: {
      ...ctx.env,
      ...plan.env,
      ...(plan.serviceUrl ? { INTEGRATION_GATE_SERVICE_URL: plan.serviceUrl } : {}),
    },
    timeoutMs: plan.timeoutMs,
    stdoutFile: logAbs,
    stderrFile: logAbs,
    redactor: asSecretRedactor(ctx.redactor),
    signal: ctx.signal,
  });
  // The reader warms up while the command runs (once it has run a while, and up to a bound).
  await warmUpReaderUntil(running);
  const outcome = await running;

  const { fresh, stale, files: collected, reports, unreadable } = await collectReports(plan.junit, {
    cwd: plan.cwd,
    since: startedAt.getTime(),
    bundleDir: plan.evidenceDir,
    producer: plan.jobId,
    ctx,
    read: plan.read,
  });
  const evidence = [logRel, ...collected.map((f) => f.bundlePath)];
  const files: TestsResult['files'] = collected.flatMap(({ file, bundlePath, report }) =>
    report
      ? [{
          file, bundlePath, counts: report.counts, ...(report.producer ? { producer: report.producer } : {}), disagreements: report.disagreements,
          ...(report.suiteFailures ? { suiteFailures: report.suiteFailures } : {}),
        }]
      : [],
  );
  const merged = reports.length > 0 ? mergeReports(reports) : { counts: { ...ZERO }, cases: [] };

  const findings: Finding[] = [];
  let error: string | undefined;
  const cmd = plan.command.length > 80 ? `${plan.command.slice(0, 77)}…` : plan.command;
  // A runner exits non-zero when tests fail: that is explained by the failed tests. A command failure is
  // what the JUnit cannot explain: a timeout, a start failure, no JUnit, or a non-zero exit with no failed test.
  const failedTests = merged.counts.failed + merged.counts.errored;
  const commandFailed =
    outcome.timedOut || outcome.spawnError !== undefined || fresh.length === 0 || (outcome.exitCode !== 0 && failedTests === 0);
  if (outcome.timedOut) {
    error = `'${cmd}' did not finish within ${formatDuration(plan.timeoutMs)}; its process tree was killed (raise timeout, or find what hangs in ${logRel})`;
  } else if (outcome.spawnError) {
    error = `'${cmd}' could not start: ${outcome.spawnError}`;
  } else if (outcome.exitCode === 127) {
    error = `'${cmd}' failed: command not found (exit 127); check the command and PATH (${logRel})`;
  }
  if (fresh.length === 0) {
    const staleNote = stale.length ? `; ${stale.length} matching file(s) are older than this run and were ignored` : '';
    // A folder matches no file: say so (its files are not taken as they come — a report folder also holds
    // files that are not JUnit, such as failsafe-summary.xml).
    const folders = plan.junit.filter((p) => !/[*?[\]{}]/.test(p) && isFolder(path.resolve(plan.cwd, p)));
    const folderNote = folders.length
      ? `; ${folders.map((p) => `'${p}'`).join(', ')} ${folders.length === 1 ? 'is a folder' : 'are folders'}: match the files in it, such as ${folders[0]?.replace(/\/+$/, '')}/**/*.xml`
      : '';
    const noJunit = `'${cmd}' wrote no JUnit file matching ${plan.junit.join(', ')}${staleNote}${folderNote}; check the reporter's output path`;
    error = error ? `${error}; ${noJunit}` : noJunit;
  }
  const outside = suiteFailureCount(files);
  if (error) findings.push({ level: 'failure', title: `${plan.integration}: ${cmd}`, message: error, evidence: logRel });
  else if (commandFailed) {
    const why = outside > 0 ? `; it reports ${outside} failure${outside === 1 ? '' : 's'} outside its test cases (listed below)` : '';
    findings.push({
      level: 'failure',
      title: `${plan.integration}: ${cmd}`,
      message: `exited with code ${outcome.exitCode ?? outcome.signal} although its JUnit shows no failed test${why} (see ${logRel})`,
      evidence: logRel,
    });
  }
  for (const u of unreadable) {
    findings.push({ level: 'failure', title: 'unreadable JUnit file', message: u.error, file: u.file, ...(u.line ? { line: u.line } : {}) });
  }
  // Failures mostly share a few files: each file's workspace path is worked out once.
  const toWorkspace = workspaceRelativeTo(ctx.workspace, plan.cwd);
  const relPaths = new Map<string, string>();
  const rel = (file: string): string => {
    let r = relPaths.get(file);
    if (r === undefined) relPaths.set(file, (r = toWorkspace(file)));
    return r;
  };
  const located: Array<{ finding: Finding; scope?: string }> = [];
  for (let i = 0; i < merged.cases.length; i++) {
    const c = merged.cases[i] as TestCase;
    if (c.status === 'failed' || c.status === 'errored' || c.status === 'flaky') {
      const finding: Finding = {
        level: c.status === 'flaky' ? 'warning' : 'failure',
        title: caseTitle(c),
        message: c.status === 'flaky' ? `${flakyHistory(c.runs)}${c.message ? ` — ${c.message}` : ''}` : (c.message ?? c.type ?? c.status),
        ...(c.file ? { file: rel(c.file) } : {}),
        ...(c.line ? { line: c.line } : {}),
        ...(c.details ? { case: i } : {}),
      };
      findings.push(finding);
      if (finding.file) located.push({ finding, scope: c.classname ?? c.suite[c.suite.length - 1] });
    }
  }
  // Failures outside the test cases (a script that died, a spec file that did not load): not counted (the
  // counts are the test cases'), but shown — they are why a command failed with no failed test.
  for (const f of files) {
    // When the job read no test at all, each report says so: mostly test files that did not load (Deno and
    // Playwright write an empty <testsuites tests="0"> when an import fails), or a filter that matched nothing.
    // (Beside reports with tests, an empty one is usual: the JUnit console launcher writes one per engine.)
    if (f.counts.tests === 0 && merged.counts.tests === 0) {
      findings.push({ level: 'warning', title: f.file, message: 'the report holds no test cases: did the test files load, and did the filter match any test?', file: f.file });
    }
    for (const sf of f.suiteFailures ?? []) {
      const finding: Finding = {
        level: 'warning',
        title: `${f.file} › ${sf.suite}`,
        message: sf.kind === 'element' ? `${sf.message} (a failure outside any test case; not counted as a test)` : sf.message,
        file: sf.file ? rel(sf.file) : f.file,
        ...(sf.line ? { line: sf.line } : {}),
      };
      findings.push(finding);
      if (sf.file) located.push({ finding });
    }
  }
  // Locations that are not workspace paths (Java's package paths, Go's bare file names, another machine's
  // absolute paths) are looked up in the workspace, so annotations land on the pull request's diff.
  const sources = await findSources(ctx.workspace, located.map(({ finding, scope }) => ({ file: finding.file as string, ...(scope ? { scope } : {}) })));
  for (const { finding } of located) {
    const found = sources.get(finding.file as string);
    if (found) finding.file = found;
  }

  const counts = merged.counts;
  const executed = counts.tests - counts.skipped;
  const rate = executed > 0 ? (counts.passed + counts.flaky) / executed : null;
  const status = error ? 'errored' : commandFailed || unreadable.length > 0 || failedTests > 0 ? 'failed' : 'passed';
  return {
    kind: 'tests',
    jobId: plan.jobId,
    integration: plan.integration,
    title: plan.title,
    status,
    ...(error ? { error } : {}),
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
      command_failures: commandFailed ? 1 : 0,
    },
    findings,
    facts: [
      ['tests', String(counts.tests)],
      ['passed', String(counts.passed)],
      ['failed', String(counts.failed + counts.errored)],
      ['skipped', String(counts.skipped)],
      ['flaky', String(counts.flaky)],
      ['success rate', rate === null ? 'no data' : `${(rate * 100).toFixed(1)}%`],
      ['exit code', outcome.timedOut ? 'timed out' : String(outcome.exitCode ?? outcome.signal)],
    ],
    evidence,
    command: plan.command,
    exitCode: outcome.exitCode,
    timedOut: outcome.timedOut,
    counts,
    files,
    unreadable,
    cases: merged.cases,
    log: logRel,
  };
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** A plain relative path: segments of ordinary characters, none empty, none starting with '.'. */
const PLAIN_RELATIVE = /^(?:[\w@+-][\w@+.-]*\/)*[\w@+-][\w@+.-]*$/;

/**
 * workspaceRelative for one test command's folder, with a shortcut for the common case (a plain relative
 * path, such as `com/acme/FooTest.java`, under a folder inside the workspace): joined as text, not resolved.
 */
export function workspaceRelativeTo(workspace: string, cwd: string): (file: string) => string {
  const base = path.sep === '/' && isInside(workspace, cwd) ? toPosix(path.relative(workspace, cwd)) : undefined;
  return (file) => {
    if (base !== undefined && PLAIN_RELATIVE.test(file)) return base === '' ? file : `${base}/${file}`;
    return workspaceRelative(workspace, cwd, file);
  };
}

/** Paths in reports are workspace-relative: `file:///ws/a.js` and `/ws/a.js` become `a.js`. */
export function workspaceRelative(workspace: string, cwd: string, file: string): string {
  let p = file.startsWith('file://') ? decodeURIComponent(file.slice('file://'.length)) : file;
  if (!path.isAbsolute(p)) p = path.resolve(cwd, p);
  return isInside(workspace, p) ? toPosix(path.relative(workspace, p)) : file;
}

/** The manifest's `keep:` as the reader's options. */
function readOptions(keep: { message?: number; details?: number; cases?: number } | undefined): ReadOptions {
  return {
    ...(keep?.message !== undefined ? { maxMessageBytes: keep.message } : {}),
    ...(keep?.details !== undefined ? { maxDetailsBytes: keep.details } : {}),
    ...(keep?.cases !== undefined ? { maxCasesKept: keep.cases } : {}),
  };
}

/** How many failures the files report outside their test cases. */
function suiteFailureCount(files: TestsResult['files']): number {
  return files.reduce((n, f) => n + (f.suiteFailures?.length ?? 0), 0);
}

function caseTitle(c: TestCase): string {
  const scope = describePath(c) ?? c.classname ?? c.suite[c.suite.length - 1];
  return scope && !c.name.startsWith(scope) ? `${scope} › ${c.name}` : c.name;
}

/**
 * Bun writes a test's describe blocks into its class innermost first (`inner > outer`), and the same blocks as
 * nested suites, outermost first: where the class is exactly the enclosing suites reversed, the title takes
 * them in the suites' order (`outer › inner`). Any other class is shown as written.
 */
function describePath(c: TestCase): string | undefined {
  if (!c.classname?.includes(' > ')) return undefined;
  const parts = c.classname.split(' > ');
  const tail = c.suite.slice(-parts.length);
  return tail.length === parts.length && parts.every((p, i) => p === tail[tail.length - 1 - i]) ? tail.join(' › ') : undefined;
}

export function testsMetrics(results: TestsResult[]): MetricSet {
  const out: MetricSet = {};
  const rateOf = (rs: TestsResult[]): { value: number | null; basis: string } => {
    const tests = rs.reduce((a, r) => a + r.counts.tests, 0);
    const skipped = rs.reduce((a, r) => a + r.counts.skipped, 0);
    const ok = rs.reduce((a, r) => a + r.counts.passed + r.counts.flaky, 0);
    const flaky = rs.reduce((a, r) => a + r.counts.flaky, 0);
    const executed = tests - skipped;
    return {
      value: executed > 0 ? ok / executed : null,
      basis: executed > 0
        ? `${ok} passed of ${executed} executed (${skipped} skipped${flaky ? `, ${flaky} flaky counted as passed` : ''})`
        : `no data: 0 tests executed${rs.some((r) => r.error) ? ` (${rs.find((r) => r.error)?.error})` : ''}`,
    };
  };
  const files = (rs: TestsResult[]): string[] => rs.flatMap((r) => [...r.files.map((f) => f.bundlePath), r.log]);
  const put = (suffix: string, rs: TestsResult[]): void => {
    const rate = rateOf(rs);
    out[`integration.success_rate${suffix}`] = { value: rate.value, unit: 'ratio', basis: rate.basis, sources: files(rs) };
    const count = (name: string, pick: (r: TestsResult) => number, basis: string): void => {
      out[`integration.${name}${suffix}`] = { value: rs.reduce((a, r) => a + pick(r), 0), unit: 'count', basis, sources: files(rs) };
    };
    count('tests', (r) => r.counts.tests, 'test cases read from JUnit');
    count('failed', (r) => r.counts.failed + r.counts.errored, 'failed or errored test cases');
    count('skipped', (r) => r.counts.skipped, 'skipped test cases');
    count('flaky', (r) => r.counts.flaky, 'tests that failed and then passed on a rerun');
    count('unreadable_files', (r) => r.unreadable.length, 'JUnit files that could not be read');
    count('suite_failures', (r) => suiteFailureCount(r.files), 'failures JUnit files report outside their test cases');
    count('command_failures', (r) => r.metrics.command_failures ?? 0, 'test commands that timed out, wrote no JUnit, or exited non-zero with no failed test');
  };
  if (results.length > 0) put('', results);
  for (const r of results) put(`@${r.jobId}`, [r]);
  return out;
}

/**
 * What a flaky test went through: reruns written as cases of their own (`runs` of them), or — one case
 * (Surefire's flakyFailure / rerunFailure, Marathon) — failed attempts recorded inside the case that passed.
 */
function flakyHistory(runs: number): string {
  return runs > 1 ? `flaky: failed, then passed (${runs} runs)` : 'flaky: failed, then passed on a rerun';
}
