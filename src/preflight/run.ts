import { runCommand } from '../process/run.js';
import { httpProbe, tcpProbe } from '../process/probe.js';
import type { SecretRedactor } from '../process/redact.js';
import type { CheckOutcome, PreflightReport } from '../core/types.js';
import type { PreflightPlan } from '../manifest/plan.js';
import { access, constants } from 'node:fs/promises';
import path from 'node:path';

/**
 * Protocol 9 gate 1: the environment checks. Values of env vars are never printed — only whether they are set.
 * All checks run (so the report lists every problem at once); any failure halts the run before the jobs.
 */
export async function runPreflight(
  checks: PreflightPlan[],
  opts: { env: Record<string, string | undefined>; cwd: string; redactor: SecretRedactor; signal: AbortSignal },
): Promise<PreflightReport> {
  const outcomes: CheckOutcome[] = [];
  for (const check of checks) {
    const started = Date.now();
    const o = await runOne(check, opts);
    outcomes.push({ ...o, durationMs: Date.now() - started });
  }
  return { ok: outcomes.every((o) => o.ok), checks: outcomes };
}

async function runOne(
  check: PreflightPlan,
  opts: { env: Record<string, string | undefined>; cwd: string; redactor: SecretRedactor; signal: AbortSignal },
): Promise<Omit<CheckOutcome, 'durationMs'>> {
  switch (check.type) {
    case 'env': {
      const missing = check.vars.filter((v) => !opts.env[v]);
      return {
        type: 'env',
        target: check.vars.join(', '),
        ok: missing.length === 0,
        detail: missing.length === 0 ? `set (${check.vars.length} variable${check.vars.length === 1 ? '' : 's'}; values not shown)` : `not set or empty: ${missing.join(', ')}; set them in the job's env or secrets`,
      };
    }
    case 'http': {
      const res = await httpProbe(check.url, check.timeoutMs);
      const ok = res.status !== undefined && (check.status ? check.status.includes(res.status) : res.status < 400);
      return {
        type: 'http',
        target: check.url,
        ok,
        detail: res.status !== undefined ? `answered ${res.status}${ok ? '' : `; expected ${check.status ? check.status.join(' or ') : '2xx or 3xx'}`}` : `no answer: ${res.error}`,
      };
    }
    case 'tcp': {
      const res = await tcpProbe(check.host, check.port, check.timeoutMs);
      return { type: 'tcp', target: `${check.host}:${check.port}`, ok: res.ok, detail: res.ok ? 'accepted a connection' : `cannot connect: ${res.error}` };
    }
    case 'command': {
      const found = await onPath(check.command, opts.env.PATH ?? '');
      return { type: 'command', target: check.command, ok: found !== undefined, detail: found ? `found at ${found}` : `'${check.command}' is not on PATH; install it in an earlier step` };
    }
    case 'run': {
      const out = await runCommand({ command: check.command, cwd: opts.cwd, env: opts.env, timeoutMs: check.timeoutMs, redactor: opts.redactor, signal: opts.signal });
      const ok = out.exitCode === 0 && !out.timedOut;
      return {
        type: 'run',
        target: opts.redactor.redact(check.command),
        ok,
        detail: out.timedOut ? `did not finish within ${check.timeoutMs}ms` : ok ? 'exited 0' : `exited with ${out.exitCode ?? out.signal}${out.exitCode === 127 ? ' (command not found)' : ''}`,
      };
    }
  }
}

async function onPath(command: string, pathVar: string): Promise<string | undefined> {
  for (const dir of pathVar.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, command);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // keep looking
    }
  }
  return undefined;
}
