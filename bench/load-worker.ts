/**
 * Runs the built-in load engine once in its own process and prints its figures as one JSON line.
 * Used by bench/load.ts so the generator never shares an event loop with the bench driver or a server.
 * Usage: node --import tsx bench/load-worker.ts '{"url":"http://127.0.0.1:8080/","model":{…},"durationMs":10000}'
 */
import { runEngine } from '../src/jobs/load/engine.js';
import { maxMs, percentileMs } from '../src/jobs/load/histogram.js';
import { prepareRequest } from '../src/jobs/load/http1.js';
import type { LoadModel } from '../src/jobs/load/types.js';

interface WorkerConfig {
  url: string;
  model: LoadModel;
  durationMs: number;
  connections?: number;
  timeoutMs?: number;
}

async function main(): Promise<void> {
  const cfg = JSON.parse(process.argv[2] ?? '{}') as WorkerConfig;
  const url = new URL(cfg.url);
  const req = prepareRequest(url, 'GET', url.pathname === '/' ? '/' : '', [], undefined);
  const o = await runEngine({
    host: url.hostname,
    port: Number(url.port || 80),
    requests: [req],
    weights: [1],
    model: cfg.model,
    durationMs: cfg.durationMs,
    timeoutMs: cfg.timeoutMs ?? 10_000,
    connections: cfg.connections ?? (cfg.model.type === 'closed' ? cfg.model.vus : 256),
    isOk: (s) => s >= 200 && s < 400,
  });
  process.stdout.write(
    `${JSON.stringify({
      requests: o.requests,
      errors: o.errors,
      errorsByClass: o.errorsByClass,
      achievedRps: o.achievedRps,
      requestedRps: o.requestedRps ?? null,
      p50: percentileMs(o.histogram, 50),
      p99: percentileMs(o.histogram, 99),
      max: maxMs(o.histogram),
      elapsedMs: o.elapsedMs,
    })}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
