import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, rm, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { evaluateGates } from '../../src/gates/evaluate.js';
import { K6_EXIT_CODES, loadKind, parseK6Summary, type LoadJobPlan, type LoadResult } from '../../src/jobs/load/index.js';
import { jobContext, planContext, REPO } from './helpers.js';

const BIN = path.join(REPO, 'fixtures/k6/bin');
const RECORDED = path.join(REPO, 'fixtures/k6/recorded');

function plan(script: string, extra: Record<string, unknown> = {}): LoadJobPlan {
  const [p] = loadKind.toPlans([{ engine: 'k6', script, ...extra }], '/integrations/0/load', planContext());
  assert.ok(p);
  return p;
}

async function runK6(script: string, env: Record<string, string>, extra: Record<string, unknown> = {}): Promise<{ result: LoadResult; files: string[]; plan: LoadJobPlan }> {
  const p = plan(script, extra);
  const ctx = await jobContext({ jobId: p.jobId, evidenceDir: p.evidenceDir, env: { ...process.env, PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}`, ...env } });
  try {
    const result = await loadKind.run(p, ctx);
    return { result, files: ctx.sink.list().map((f) => f.path), plan: p };
  } finally {
    await ctx.cleanup();
  }
}

/** Expected figures, read off the recorded summary exports by hand. */
const EXPECTED = {
  'v0.48.0/fail': { rc: 99, p95: 52.2094302, med: 1.2178175, max: 54.147172, requests: 990, errorRate: 1 / 3, passed: 1, total: 4 },
  'v0.48.0/pass': { rc: 0, p95: 52.3604629, med: 27.413003500000002, max: 54.382723, requests: 660, errorRate: 0, passed: 3, total: 3 },
  'v0.48.0/nohandle': { rc: 0, p95: 52.6680619, med: 32.7064265, max: 55.234444, requests: 660, errorRate: 0, passed: 3, total: 3 },
  'v1.3.0/fail': { rc: 99, p95: 52.00313725, med: 0.8734230000000001, max: 53.280133, requests: 990, errorRate: 1 / 3, passed: 1, total: 4 },
  'v1.3.0/pass': { rc: 0, p95: 52.4795356, med: 27.6017765, max: 55.221881, requests: 660, errorRate: 0, passed: 3, total: 3 },
  'v1.3.0/nohandle': { rc: 0, p95: 52.5115531, med: 27.2195895, max: 54.264818, requests: 660, errorRate: 0, passed: 3, total: 3 },
} as const;

const SCRIPTS = { fail: 'fixtures/k6/scripts/script-fail.js', pass: 'fixtures/k6/scripts/script-pass.js', nohandle: 'fixtures/k6/scripts/script-pass-nohandle.js' };

describe('k6 engine replaying recorded k6 runs', () => {
  for (const [key, want] of Object.entries(EXPECTED)) {
    const [version, kase] = key.split('/') as [string, keyof typeof SCRIPTS];
    it(`${key}: metrics, thresholds, status and decision`, async () => {
      const { result: r, files, plan: p } = await runK6(SCRIPTS[kase], { K6_STANDIN_VERSION: version });
      assert.equal(r.exitCode, want.rc);
      assert.equal(r.status, want.rc === 99 ? 'failed' : 'passed', r.error);
      assert.equal(r.metrics.p95_ms, want.p95);
      assert.equal(r.metrics.p50_ms, want.med);
      assert.equal(r.metrics.max_ms, want.max);
      assert.equal(r.metrics.p99_ms, null); // the recorded runs predate --summary-trend-stats
      assert.equal(r.metrics.requests, want.requests);
      assert.equal(r.metrics.error_rate, want.errorRate);
      assert.equal(r.metrics.reliability, 1 - want.errorRate);
      assert.equal(r.metrics.k6_thresholds, want.passed / want.total);
      assert.equal(r.thresholds?.length, want.total);
      assert.ok(files.includes(`${p.evidenceDir}/k6-summary-export.json`));
      assert.ok(r.evidence.includes(`${p.evidenceDir}/k6-stdout.log`));

      // Gates: the seed defaults plus the script's thresholds.
      const gates = evaluateGates(loadKind.metrics([r]), loadKind.defaultGates([p]));
      const thresholdGate = gates.gates.find((g) => g.spec.metric === `load.k6_thresholds@${p.jobId}`);
      assert.equal(thresholdGate?.status, want.rc === 99 ? 'fail' : 'pass');
      if (kase === 'fail') {
        // 1/3 of requests failed: reliability (critical) fails → NO-GO.
        assert.equal(gates.decision, 'NO-GO');
        const crossed = r.findings.filter((f) => f.level === 'failure').map((f) => f.title).sort();
        assert.deepEqual(crossed, [
          'k6 threshold crossed: checks rate>0.99',
          'k6 threshold crossed: http_req_duration p(95)<20',
          'k6 threshold crossed: http_req_failed rate<0.05',
        ]);
        assert.equal(r.metrics['k6_threshold:http_req_duration{name:health}:p(95)<500'], 1);
        assert.equal(r.metrics['k6_threshold:http_req_duration:p(95)<20'], 0);
      } else {
        // Thresholds pass; the recorded runs did ~130 rps with p95 ~52 ms: every default gate passes.
        assert.equal(gates.decision, 'GO', JSON.stringify(gates.gates.map((g) => [g.spec.metric, g.status, g.value])));
      }
    });
  }

  it('passes the summary flags (p(99) included) and BASE_URL, and keeps secrets off the command line', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ig-k6-'));
    try {
      const argsOut = path.join(dir, 'args.json');
      const envOut = path.join(dir, 'env.json');
      process.env.IG_K6_SECRET = 'top-secret-token';
      const { result: r } = await runK6(SCRIPTS.pass, { K6_STANDIN_ARGS_OUT: argsOut, K6_STANDIN_ENV_OUT: envOut }, {
        url: 'http://127.0.0.1:18080',
        k6: { args: ['--vus', '3'], env: { TEST_TOKEN: { fromEnv: 'IG_K6_SECRET' } } },
      });
      assert.equal(r.status, 'passed');
      const args = JSON.parse(await readFile(argsOut, 'utf8')) as string[];
      assert.equal(args[0], 'run');
      assert.equal(args[args.indexOf('--summary-trend-stats') + 1], 'avg,min,med,max,p(90),p(95),p(99)');
      assert.ok(args.includes('--summary-export'));
      assert.deepEqual(args.slice(-3), ['--vus', '3', path.join(REPO, SCRIPTS.pass)]);
      assert.ok(!args.join(' ').includes('top-secret-token'));
      const env = JSON.parse(await readFile(envOut, 'utf8')) as Record<string, string>;
      assert.equal(env.BASE_URL, 'http://127.0.0.1:18080');
      assert.equal(env.TEST_TOKEN, 'top-secret-token');
    } finally {
      delete process.env.IG_K6_SECRET;
      await rm(dir, { recursive: true, force: true });
    }
  });

  for (const code of [104, 107, 108]) {
    it(`exit ${code} is an error with its meaning, not a measurement`, async () => {
      const { result: r } = await runK6(SCRIPTS.pass, { K6_STANDIN_EXIT: String(code) });
      assert.equal(r.status, 'errored');
      assert.equal(r.exitCode, code);
      assert.ok(r.error?.includes(`k6 exited with ${code}: ${K6_EXIT_CODES[code]}`), r.error);
      assert.equal(r.metrics.p95_ms, null);
      const gates = evaluateGates(loadKind.metrics([r]), loadKind.defaultGates([plan(SCRIPTS.pass)]));
      assert.equal(gates.decision, 'NO-GO'); // no data fails closed
    });
  }

  it('k6 missing: errored, naming grafana/setup-k6-action and the built-in engine', async () => {
    const p = plan(SCRIPTS.pass);
    const ctx = await jobContext({ env: { ...process.env, PATH: '/nonexistent' } });
    try {
      const r = await loadKind.run(p, ctx);
      assert.equal(r.status, 'errored');
      assert.match(r.error ?? '', /k6 is not on PATH/);
      assert.match(r.error ?? '', /grafana\/setup-k6-action/);
      assert.match(r.error ?? '', /engine: builtin/);
    } finally {
      await ctx.cleanup();
    }
  });

  it('a k6 that exits 0 without a summary export is an error', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ig-k6-'));
    try {
      await writeFile(path.join(dir, 'k6'), '#!/bin/sh\nexit 0\n');
      await chmod(path.join(dir, 'k6'), 0o755);
      const ctx = await jobContext({ env: { ...process.env, PATH: `${dir}${path.delimiter}${process.env.PATH ?? ''}` } });
      const r = await loadKind.run(plan(SCRIPTS.pass), ctx);
      await ctx.cleanup();
      assert.equal(r.status, 'errored');
      assert.match(r.error ?? '', /no summary export/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('k6 summary parsing', () => {
  it('reads handleSummary data with the opposite threshold polarity to the same verdicts', async () => {
    for (const version of ['v0.48.0', 'v1.3.0']) {
      for (const kase of ['pass', 'fail']) {
        const exp = parseK6Summary(JSON.parse(await readFile(path.join(RECORDED, version, `${kase}.summary-export.json`), 'utf8')));
        const hs = parseK6Summary(JSON.parse(await readFile(path.join(RECORDED, version, `${kase}.handle-summary.json`), 'utf8')));
        assert.equal(exp.format, 'summary-export');
        assert.equal(hs.format, 'handle-summary');
        assert.deepEqual(hs.thresholds, exp.thresholds, `${version}/${kase}`);
        assert.equal(hs.errorRate, exp.errorRate);
        assert.equal(hs.failedRequests, exp.failedRequests);
        assert.equal(hs.duration?.p95, exp.duration?.p95);
      }
    }
  });

  it('reads p(99) when k6 was asked for it', () => {
    const s = parseK6Summary({ metrics: { http_req_duration: { med: 1, 'p(95)': 2, 'p(99)': 3, max: 4 }, http_reqs: { count: 10, rate: 5 } } });
    assert.equal(s.duration?.p99, 3);
    assert.equal(s.errorRate, undefined);
  });

  it('rejects what is not a k6 summary', () => {
    assert.throws(() => parseK6Summary({ foo: 1 }), /not a k6 summary/);
    assert.throws(() => parseK6Summary({ metrics: { checks: { value: 1, thresholds: { 'rate>0.9': 'yes' } } } }), /expected a boolean/);
  });
});
