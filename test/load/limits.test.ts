import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadKind } from '../../src/jobs/load/index.js';
import { freePort, jobContext, planContext, REPO, startServer } from './helpers.js';

async function waitFor(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > end) throw new Error(`${url} not up after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('limits discovery against the demo service', () => {
  let child: ChildProcess;
  let url: string;
  const LIMIT = 150; // the demo's default DEMO_QUOTES_RPS
  before(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [path.join(REPO, 'fixtures/demo/server.mjs')], {
      env: { ...process.env, PORT: String(port), DEMO_QUOTES_RPS: String(LIMIT) },
      stdio: 'ignore',
    });
    await waitFor(`${url}/health`, 5000);
  });
  after(() => {
    child.kill('SIGTERM');
  });

  it('finds the GET /quotes limiter rate within 10 %, writes api-limits.md, samples the service', async () => {
    const [plan] = loadKind.toPlans(
      [{ name: 'quotes-limit', url, requests: [{ path: '/quotes?currency=EUR' }], limits: { start: '100/s', factor: 1.5, max: '400/s', step: '1s', pause: '200ms' } }],
      '/integrations/0/load',
      planContext(),
    );
    assert.ok(plan);
    const ctx = await jobContext({ jobId: plan.jobId, evidenceDir: plan.evidenceDir, service: { name: 'demo', url, ...(child.pid !== undefined ? { pid: child.pid } : {}) } });
    try {
      const r = await loadKind.run(plan, ctx);
      assert.equal(r.status, 'passed', r.error);
      const held = r.limits?.highestHeld ?? 0;
      assert.ok(Math.abs(held - LIMIT) / LIMIT <= 0.1, `limit found ${held}/s, limiter at ${LIMIT}/s: ${JSON.stringify(r.limits?.steps)}`);
      assert.ok((r.limits?.firstFailed ?? 0) > held);
      assert.match(r.limits?.reason ?? '', /429/);
      assert.equal(r.metrics.limit_rps, held);
      // The job's figures are those of the highest rate that held: no 429s to speak of.
      assert.ok((r.metrics.error_rate ?? 1) <= 0.01);
      assert.equal(r.limits?.report, 'api-limits.md');
      const md = await readFile(path.join(ctx.sink.root, 'api-limits.md'), 'utf8');
      assert.match(md, /\| payments-api · GET \/quotes\?currency=EUR \| \d+(\.\d)?\/s \|/);
      assert.match(md, /## Steps/);
      // The service was sampled from /proc while the load ran.
      assert.ok((r.metrics.memory_bytes_max ?? 0) > 10 * 1024 * 1024, String(r.metrics.memory_bytes_max));
      assert.ok((r.metrics.cpu_percent_max ?? -1) >= 0);
      assert.ok(r.timeline.length >= (r.limits?.steps.length ?? 0));
    } finally {
      await ctx.cleanup();
    }
  });

  it('the demo /slow endpoint and a passing load job', async () => {
    const [plan] = loadKind.toPlans(
      [{ url, rate: '100/s', duration: '1s', requests: [{ path: '/health', weight: 4 }, { path: '/slow' }], gates: { p95_ms: { max: 500 } } }],
      '/integrations/0/load',
      planContext(),
    );
    assert.ok(plan);
    const ctx = await jobContext();
    try {
      const r = await loadKind.run(plan, ctx);
      assert.equal(r.status, 'passed', r.error);
      assert.equal(r.metrics.errors, 0);
      assert.ok((r.metrics.p99_ms ?? 0) >= 150, `p99 ${r.metrics.p99_ms}`); // /slow answers after 150 ms
    } finally {
      await ctx.cleanup();
    }
  });
});

describe('limits discovery confirms a failure before it counts', () => {
  const limits = { start: '100/s', factor: 2, max: '200/s', step: '500ms', pause: '100ms' };

  it('a one-off hiccup (429s for the first 30 requests) does not set the limit: the repeat holds and discovery goes on', async () => {
    const server = await startServer((_req, res, n) => {
      res.writeHead(n <= 30 ? 429 : 200, { 'content-type': 'application/json' });
      res.end('{}');
    });
    const [plan] = loadKind.toPlans([{ name: 'hiccup', url: server.url, requests: [{ path: '/' }], limits }], '/integrations/0/load', planContext());
    assert.ok(plan);
    const ctx = await jobContext({ jobId: plan.jobId, evidenceDir: plan.evidenceDir });
    try {
      const r = await loadKind.run(plan, ctx);
      const steps = r.limits?.steps ?? [];
      assert.deepEqual(
        steps.map((s) => [s.rate, s.held, s.repeat ?? false]),
        [
          [100, false, false],
          [100, true, true],
          [200, true, false],
        ],
        JSON.stringify(steps),
      );
      assert.equal(r.limits?.highestHeld, 200);
      assert.equal(r.limits?.firstFailed, null);
      const md = await readFile(path.join(ctx.sink.root, 'api-limits.md'), 'utf8');
      assert.match(md, /\| held on repeat: the failure before is not confirmed \|/);
      assert.match(md, /a failed rate was run once more to confirm it/);
    } finally {
      await ctx.cleanup();
      await server.close();
    }
  });

  it('a rate that fails twice is the first failed rate', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(429, { 'content-type': 'application/json' });
      res.end('{}');
    });
    const [plan] = loadKind.toPlans([{ name: 'always-limited', url: server.url, requests: [{ path: '/' }], limits }], '/integrations/0/load', planContext());
    assert.ok(plan);
    const ctx = await jobContext({ jobId: plan.jobId, evidenceDir: plan.evidenceDir });
    try {
      const r = await loadKind.run(plan, ctx);
      assert.deepEqual(
        (r.limits?.steps ?? []).map((s) => [s.rate, s.held, s.repeat ?? false]),
        [
          [100, false, false],
          [100, false, true],
        ],
      );
      assert.equal(r.limits?.highestHeld, null);
      assert.equal(r.limits?.firstFailed, 100);
      assert.match(r.limits?.reason ?? '', /429 on 100\.0 %/);
      const md = await readFile(path.join(ctx.sink.root, 'api-limits.md'), 'utf8');
      assert.match(md, /failed again \(confirmed\): 429/);
    } finally {
      await ctx.cleanup();
      await server.close();
    }
  });
});
