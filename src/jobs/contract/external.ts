import type { JobContext } from '../../core/types.js';
import { formatDuration } from '../../core/units.js';
import { runCommand } from '../../process/run.js';
import { asSecretRedactor } from '../../process/redact.js';
import { collectReports } from '../junit-files.js';
import type { ContractCommandPlan } from './config.js';

/** What the external contract command produced, counted into the contract results. */
export interface ExternalOutcome {
  command: string;
  exitCode: number | null;
  timedOut: boolean;
  log: string;
  files: Array<{ file: string; bundlePath: string; tests: number; passed: number; failed: number; errored: number; skipped: number }>;
  /** One entry per counted test case that did not pass, plus command-level problems. */
  failures: Array<{ name: string; message: string; file?: string; line?: number }>;
  passed: number;
  failed: number;
  skipped: number;
  /** A problem that means the command produced no measurement. */
  error?: string;
}

export async function runExternal(plan: ContractCommandPlan, dir: string, jobId: string, baseUrl: string, ctx: JobContext): Promise<ExternalOutcome> {
  const started = Date.now();
  const log = `${dir}/command.log`;
  const logAbs = await ctx.evidence.reserve(log, { kind: 'log', producer: jobId });
  ctx.log.info(`$ ${plan.run}`);
  const outcome = await runCommand({
    command: plan.run,
    cwd: plan.cwd,
    env: { ...ctx.env, INTEGRATION_GATE_BASE_URL: baseUrl },
    timeoutMs: plan.timeoutMs,
    stdoutFile: logAbs,
    stderrFile: logAbs,
    redactor: asSecretRedactor(ctx.redactor),
    signal: ctx.signal,
  });
  const result: ExternalOutcome = {
    command: plan.run,
    exitCode: outcome.exitCode,
    timedOut: outcome.timedOut,
    log,
    files: [],
    failures: [],
    passed: 0,
    failed: 0,
    skipped: 0,
  };
  const { fresh, files, unreadable } = await collectReports(plan.junit, { cwd: plan.cwd, since: started, bundleDir: dir, producer: jobId, ctx });
  for (const { file, bundlePath, report } of files) {
    if (!report) continue;
    const c = report.counts;
    result.files.push({ file, bundlePath, tests: c.tests, passed: c.passed + c.flaky, failed: c.failed, errored: c.errored, skipped: c.skipped });
    result.passed += c.passed + c.flaky;
    result.failed += c.failed + c.errored;
    result.skipped += c.skipped;
    for (const tc of report.cases) {
      if (tc.status !== 'failed' && tc.status !== 'errored') continue;
      result.failures.push({
        name: [tc.classname, tc.name].filter(Boolean).join(' › '),
        message: ctx.redactor.redact(tc.message ?? tc.status),
        ...(tc.file ? { file: tc.file } : {}),
        ...(tc.line ? { line: tc.line } : {}),
      });
    }
  }
  for (const u of unreadable) {
    result.failed += 1;
    result.failures.push({ name: u.file, message: `unreadable JUnit: ${u.error}` });
  }
  const cmd = plan.run.length > 80 ? `${plan.run.slice(0, 77)}…` : plan.run;
  if (outcome.timedOut) {
    result.error = `'${cmd}' did not finish within ${formatDuration(plan.timeoutMs)}; its process tree was killed (see ${log})`;
  } else if (outcome.spawnError) {
    result.error = `'${cmd}' could not start: ${outcome.spawnError}`;
  } else if (fresh.length === 0) {
    result.error = `'${cmd}' wrote no JUnit file matching ${plan.junit.join(', ')} (exit ${outcome.exitCode ?? outcome.signal}); check its reporter's output path (see ${log})`;
  }
  if (result.error) {
    result.failed += 1;
    result.failures.push({ name: cmd, message: result.error });
  } else if (outcome.exitCode !== 0 && result.failures.length === 0) {
    result.failed += 1;
    result.failures.push({ name: cmd, message: `exited with code ${outcome.exitCode ?? outcome.signal} although its JUnit shows no failure (see ${log})` });
  }
  return result;
}
