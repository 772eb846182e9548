import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { JobContext, Redactor } from '../../core/types.js';
import { errorMessage } from '../../core/errors.js';
import { isInside, toPosix } from '../../core/paths.js';
import { formatDuration } from '../../core/units.js';
import { runCommand } from '../../process/run.js';
import { SecretRedactor } from '../../process/redact.js';
import { readReport } from '../../junit/read.js';
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

/** runCommand redacts with a SecretRedactor; wrap any other Redactor so its secrets are still removed. */
function streamRedactor(r: Redactor): SecretRedactor {
  if (r instanceof SecretRedactor) return r;
  return new (class extends SecretRedactor {
    override redact(text: string): string {
      return r.redact(super.redact(text));
    }
  })();
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
    redactor: streamRedactor(ctx.redactor),
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
  const found = await glob(plan.junit, { cwd: plan.cwd, absolute: true, onlyFiles: true, dot: true });
  const fresh: string[] = [];
  for (const f of found.sort()) {
    if (!isInside(ctx.workspace, f)) continue;
    // Only files written by this run: a stale report must not count.
    if ((await stat(f)).mtimeMs >= started - 2000) fresh.push(f);
  }
  for (const f of fresh) {
    const rel = toPosix(path.relative(ctx.workspace, f));
    const bundlePath = ctx.evidence.unique(`${dir}/junit/${path.basename(f)}`);
    await ctx.evidence.copyFile(f, bundlePath, { kind: 'junit', producer: jobId });
    try {
      const report = await readReport(f);
      const c = report.counts;
      result.files.push({ file: rel, bundlePath, tests: c.tests, passed: c.passed + c.flaky, failed: c.failed, errored: c.errored, skipped: c.skipped });
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
    } catch (err) {
      result.failed += 1;
      result.failures.push({ name: rel, message: `unreadable JUnit: ${ctx.redactor.redact(errorMessage(err))}` });
    }
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
