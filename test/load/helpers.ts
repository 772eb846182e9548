import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ManifestError } from '../../src/core/errors.js';
import { resolveInside } from '../../src/core/paths.js';
import type { JobContext } from '../../src/core/types.js';
import { parseDuration } from '../../src/core/units.js';
import { StagingSink } from '../../src/evidence/sink.js';
import type { PlanContext } from '../../src/jobs/kind.js';
import { SecretRedactor } from '../../src/process/redact.js';

export const REPO = path.resolve(import.meta.dirname, '..', '..');

/** A PlanContext like the loader's: fail() throws a ManifestError naming the pointer. */
export function planContext(over: Partial<PlanContext> = {}): PlanContext {
  const workspace = over.workspace ?? REPO;
  const fail = (pointer: string, detail: string): never => {
    throw new ManifestError('integration-gate.yml', 1, 1, pointer, detail);
  };
  return {
    file: 'integration-gate.yml',
    workspace,
    integration: 'payments-api',
    service: { name: 'api', url: 'http://127.0.0.1:3000', managed: true },
    fail,
    resolvePath(pointer, userPath) {
      try {
        return resolveInside(workspace, userPath, 'path');
      } catch (err) {
        return fail(pointer, (err as Error).message);
      }
    },
    duration(pointer, value) {
      const ms = parseDuration(value);
      if (ms === undefined) return fail(pointer, `expected a duration, found ${JSON.stringify(value)}`);
      return ms;
    },
    ...over,
  };
}

export interface TestJobContext extends JobContext {
  sink: StagingSink;
  logs: string[];
  progress: string[];
  cleanup(): Promise<void>;
}

export async function jobContext(over: Partial<JobContext> = {}): Promise<TestJobContext> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ig-load-'));
  const sink = new StagingSink(root);
  const logs: string[] = [];
  const progress: string[] = [];
  return {
    workspace: REPO,
    integration: 'payments-api',
    jobId: 'payments-api/load#1',
    evidenceDir: 'load/payments-api-1',
    evidence: sink,
    redactor: new SecretRedactor(),
    log: { info: (m) => logs.push(m), warn: (m) => logs.push(m), progress: (m) => progress.push(m) },
    signal: new AbortController().signal,
    env: process.env,
    sink,
    logs,
    progress,
    cleanup: () => rm(root, { recursive: true, force: true }),
    ...over,
  };
}

export interface TestServer {
  url: string;
  port: number;
  hits: number;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 (random port). */
export async function startServer(handler: (req: http.IncomingMessage, res: http.ServerResponse, n: number) => void): Promise<TestServer> {
  const state = { hits: 0 };
  const server = http.createServer((req, res) => {
    state.hits++;
    handler(req, res, state.hits);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get hits() {
      return state.hits;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on (bound, then released). */
export async function freePort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}
