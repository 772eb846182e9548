import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ManifestError } from '../../src/core/errors.js';
import type { JobContext } from '../../src/core/types.js';
import { StagingSink } from '../../src/evidence/sink.js';
import { SecretRedactor } from '../../src/process/redact.js';
import type { PlanContext } from '../../src/jobs/kind.js';
import { contractKind, type ContractJobPlan } from '../../src/jobs/contract/index.js';
import { resolveInside } from '../../src/core/paths.js';
import { parseDuration } from '../../src/core/units.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEMO_SPEC = 'fixtures/demo/openapi.yaml';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface Started {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts a real process and waits until `readyPath` answers (or the process prints `readyText`). */
export async function startProcess(cmd: string, args: string[], env: Record<string, string>, url: string, readyPath: string, timeoutMs = 20_000): Promise<Started> {
  const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${cmd} exited early (${child.exitCode}): ${output}`);
    try {
      const res = await fetch(`${url}${readyPath}`, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.status < 500) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${cmd} not ready within ${timeoutMs}ms: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, child, stop };
}

export async function startDemo(env: Record<string, string> = {}): Promise<Started> {
  const port = await freePort();
  return startProcess(process.execPath, ['fixtures/demo/server.mjs'], { PORT: String(port), ...env }, `http://127.0.0.1:${port}`, '/health');
}

export function planContext(service?: { name: string; url?: string; managed: boolean }): PlanContext {
  return {
    file: 'integration-gate.yml',
    workspace: ROOT,
    integration: 'payments-api',
    ...(service ? { service } : {}),
    fail(pointer: string, detail: string): never {
      throw new ManifestError('integration-gate.yml', 1, 1, pointer, detail);
    },
    resolvePath(_pointer: string, userPath: string): string {
      return resolveInside(ROOT, userPath, 'path');
    },
    duration(pointer: string, value: unknown): number {
      const ms = parseDuration(value);
      if (ms === undefined) throw new ManifestError('integration-gate.yml', 1, 1, pointer, `bad duration ${String(value)}`);
      return ms;
    },
  };
}

export interface Harness {
  ctx: JobContext;
  sink: StagingSink;
  redactor: SecretRedactor;
  logs: string[];
  readJson(rel: string): Promise<Record<string, unknown>>;
  cleanup(): Promise<void>;
}

export async function harness(plan: ContractJobPlan, serviceUrl: string | undefined, env: Record<string, string> = {}): Promise<Harness> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ig-contract-'));
  const sink = new StagingSink(dir);
  const redactor = new SecretRedactor();
  const logs: string[] = [];
  const ctx: JobContext = {
    workspace: ROOT,
    integration: plan.integration,
    jobId: plan.jobId,
    evidenceDir: plan.evidenceDir,
    evidence: sink,
    redactor,
    log: { info: (m) => logs.push(m), warn: (m) => logs.push(m), progress: () => {} },
    signal: new AbortController().signal,
    env: { PATH: process.env.PATH, ...env },
    ...(serviceUrl ? { service: { name: 'api', url: serviceUrl } } : {}),
  };
  return {
    ctx,
    sink,
    redactor,
    logs,
    readJson: async (rel) => JSON.parse(await readFile(path.join(dir, rel), 'utf8')) as Record<string, unknown>,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Plans the manifest value against a managed service at `url` (writes on). */
export function plan(raw: Record<string, unknown>, url?: string, managed = true): ContractJobPlan {
  const plans = contractKind.toPlans(raw, '/integrations/0/contract', planContext(url ? { name: 'api', url, managed } : undefined));
  const p = plans[0];
  if (!p) throw new Error('no plan');
  return p;
}

/** The flow documented in docs/contract.md for the demo manifest. */
export const DEMO_FLOW = {
  name: 'payment round trip',
  steps: [
    { id: 'create', operation: 'createPayment', body: { amount: 1250, currency: 'EUR', description: 'Order 1042' }, status: 201, outputs: { id: '$response.body#/id' } },
    {
      id: 'read',
      link: 'GetPaymentById',
      status: 200,
      survives: { from: 'create', fields: ['amount', 'currency', 'description'] },
      equals: { '$response.body#/id': '$steps.create.outputs.id', '$response.body#/status': 'pending' },
    },
    { id: 'delete', operation: 'deletePayment', params: { paymentId: '$steps.create.outputs.id' }, status: 204 },
    { id: 'gone', operation: 'getPayment', params: { paymentId: '$steps.create.outputs.id' }, status: 404 },
  ],
};
