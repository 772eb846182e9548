import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { ManifestError } from '../../src/core/errors.js';
import { loadKind, type LoadResult } from '../../src/jobs/load/index.js';
import type { BuiltinLoadPlan, K6LoadPlan } from '../../src/jobs/load/types.js';
import { planContext } from './helpers.js';

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
const validate = ajv.compile(loadKind.schema);
const valid = (v: unknown): boolean => validate(v) === true;

describe('load schema', () => {
  it('accepts the documented shapes', () => {
    assert.ok(valid([{ rate: '200/s', duration: '30s', requests: [{ method: 'GET', path: '/payments' }] }]), JSON.stringify(validate.errors));
    assert.ok(valid([{ name: 'mix', vus: 10, think: '100ms', iterations: 1000, requests: [{ path: '/a', weight: 3, headers: { 'x-api-key': { fromEnv: 'API_KEY' } } }, { method: 'POST', path: '/b', body: { amount: 1 } }] }]));
    assert.ok(valid([{ stages: [{ duration: '10s', target: '100/s' }, { duration: '20s', target: '300/s' }], requests: [{ path: '/' }], expect: { status: [200, 201] } }]));
    assert.ok(valid([{ requests: [{ path: '/quotes' }], limits: { start: '50/s', max: '1000/s', step: '2s', status: [429], status_max: '1%', p95_ms: 500 }, gates: { limit_rps: { min: 100 } } }]));
    assert.ok(valid([{ engine: 'k6', script: 'perf/a.js', k6: { args: ['--vus', '5'], env: { TOKEN: { fromEnv: 'T' } }, thresholds_severity: 'critical' }, timeout: '10m' }]));
    assert.ok(valid([{ rate: '10/s', duration: '1s', requests: [{ path: '/' }], gates: { p95_ms: { max: 500, severity: 'critical', warn: '10%' }, error_rate: { max: '1%' } } }]));
  });

  it('rejects bad values with schema errors', () => {
    const bad: unknown[] = [
      [{ rate: '200 rps', duration: '30s', requests: [{ path: '/' }] }],
      [{ rate: '200/s', duration: '30 seconds', requests: [{ path: '/' }] }],
      [{ rate: '200/s', duration: '30s', requests: [{ path: 'no-slash' }] }],
      [{ rate: '200/s', duration: '30s', requests: [{ path: '/' }], unknown: 1 }],
      [{ engine: 'k6' }],
      [{ rate: '200/s', duration: '30s' }],
      [{ rate: '10/s', duration: '1s', requests: [{ path: '/' }], gates: { p95: { max: 1 } } }],
      [{ rate: '10/s', duration: '1s', requests: [{ path: '/' }], gates: { p95_ms: { max: 1, min: 0 } } }],
      [{ rate: '10/s', duration: '1s', requests: [{ path: '/', headers: { 'x-key': { env: 'A' } } }] }],
      [{ requests: [{ path: '/' }], limits: { start: 'fast' } }],
    ];
    for (const b of bad) assert.equal(valid(b), false, JSON.stringify(b));
  });

  it('describes every property (editor autocomplete)', () => {
    const missing: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}/${i}`));
      if (typeof node !== 'object' || node === null) return;
      const o = node as Record<string, unknown>;
      if (o.properties && typeof o.properties === 'object') {
        for (const [k, v] of Object.entries(o.properties as Record<string, Record<string, unknown>>)) {
          if (typeof v.description !== 'string' && !v.const) missing.push(`${at}/${k}`);
        }
      }
      for (const [k, v] of Object.entries(o)) if (k !== 'if') walk(v, `${at}/${k}`);
    };
    walk(loadKind.schema, '');
    assert.deepEqual(missing, []);
  });
});

describe('load plans', () => {
  it('builds ids, evidence folders, models and titles', () => {
    const plans = loadKind.toPlans(
      [
        { rate: '200/s', duration: '30s', requests: [{ path: '/payments' }] },
        { name: 'quotes', requests: [{ path: '/quotes' }], limits: {} },
        { engine: 'k6', script: 'fixtures/k6/scripts/script-pass.js' },
        { vus: 5, iterations: 100, requests: [{ path: '/a' }] },
      ],
      '/integrations/0/load',
      planContext(),
    );
    assert.deepEqual(plans.map((p) => p.jobId), ['payments-api/load#1', 'payments-api/load:quotes', 'payments-api/load#3', 'payments-api/load#4']);
    assert.deepEqual(plans.map((p) => p.evidenceDir), ['load/payments-api-1', 'load/payments-api-quotes', 'load/payments-api-3', 'load/payments-api-4']);
    const [open, limits, k6, closed] = plans as [BuiltinLoadPlan, BuiltinLoadPlan, K6LoadPlan, BuiltinLoadPlan];
    assert.equal(open.url, 'http://127.0.0.1:3000');
    assert.deepEqual(open.model, { type: 'open', rate: 200, stages: [] });
    assert.equal(open.durationMs, 30_000);
    assert.equal(open.title, 'builtin 200/s for 30s · GET /payments');
    assert.equal(limits.limits?.statuses[0], 429);
    assert.match(limits.title, /^limits discovery · GET \/quotes/);
    assert.equal(k6.engine, 'k6');
    assert.ok(k6.script.endsWith('fixtures/k6/scripts/script-pass.js'));
    assert.deepEqual(closed.model, { type: 'closed', vus: 5, thinkMs: 0 });
    assert.equal(closed.connections, 5);
  });

  const failsAt = (job: Record<string, unknown>, pointer: RegExp, ctx = planContext()): void => {
    assert.throws(
      () => loadKind.toPlans([job], '/integrations/0/load', ctx),
      (err: unknown) => err instanceof ManifestError && pointer.test(err.key),
      JSON.stringify(job),
    );
  };

  it('reports semantic errors at the right pointer', () => {
    failsAt({ engine: 'k6', script: '../outside.js' }, /\/0\/script$/);
    failsAt({ rate: '10/s', duration: '1s', url: 'http://example.com', requests: [{ path: '/' }] }, /\/0\/url$/);
    failsAt({ rate: '10/s', requests: [{ path: '/' }] }, /\/0$/);
    failsAt({ rate: '0/s', duration: '1s', requests: [{ path: '/' }] }, /\/0\/rate$/);
    failsAt({ rate: '10/s', duration: '2h', requests: [{ path: '/' }] }, /\/0$/);
    failsAt({ rate: '10/s', duration: '1s', requests: [{ path: '/', headers: { Host: 'x' } }] }, /headers\/Host$/);
    failsAt({ rate: '10/s', duration: '1s', requests: [{ path: '/', body: 'x' }] }, /requests\/0\/body$/);
    failsAt({ stages: [{ duration: '1s', target: '5/s' }], duration: '2s', requests: [{ path: '/' }] }, /\/0\/duration$/);
    failsAt({ engine: 'k6', script: 'a.js', k6: { args: ['--summary-export=x.json'] } }, /k6\/args\/0$/);
    failsAt({ engine: 'k6', script: 'a.js', requests: [{ path: '/' }] }, /\/0\/requests$/);
    failsAt({ rate: '200/s', vus: 3, duration: '30s', requests: [{ path: '/' }] }, /\/0\/rate$/);
    failsAt({ rate: '200/s', duration: '30s', script: 'a.js', requests: [{ path: '/' }] }, /\/0\/script$/);
    failsAt({ rate: '10/s', duration: '1s', requests: [{ path: '/' }] }, /\/0$/, planContext({ service: { name: 'x', managed: false } }));
    assert.throws(() => loadKind.toPlans([{ name: 'a', rate: '1/s', duration: '1s', requests: [{ path: '/' }] }, { name: 'a', rate: '1/s', duration: '1s', requests: [{ path: '/' }] }], '/l', planContext()), /duplicate/);
  });

  it('allows remote targets only on purpose', () => {
    const [p] = loadKind.toPlans([{ url: 'http://api.internal:8080', allow_remote: true, rate: '1/s', duration: '1s', requests: [{ path: '/' }] }], '/l', planContext());
    assert.equal(p?.url, 'http://api.internal:8080');
  });
});

describe('load gates and metrics', () => {
  const plans = loadKind.toPlans(
    [
      { name: 'a', rate: '200/s', duration: '1s', requests: [{ path: '/' }], gates: { p95_ms: { max: 300, severity: 'critical' }, error_rate: { max: '1%' } } },
      { engine: 'k6', name: 'b', script: 'fixtures/k6/scripts/script-pass.js', k6: { thresholds_severity: 'critical' } },
    ],
    '/l',
    planContext(),
  );

  it('seeds defaults, job gates and the k6 thresholds gate', () => {
    const gates = loadKind.defaultGates(plans);
    assert.deepEqual(
      gates.map((g) => [g.metric, g.op, g.threshold, g.severity, g.origin]),
      [
        ['load.p95_ms', '<=', 1000, 'major', 'default'],
        ['load.rps', '>=', 100, 'major', 'default'],
        ['load.reliability', '>=', 0.99, 'critical', 'default'],
        ['load.p95_ms@payments-api/load:a', '<=', 300, 'critical', 'job'],
        ['load.error_rate@payments-api/load:a', '<=', 0.01, 'major', 'job'],
        ['load.k6_thresholds@payments-api/load:b', '>=', 1, 'critical', 'job'],
      ],
    );
    assert.deepEqual(loadKind.defaultGates([]), []);
  });

  const result = (jobId: string, m: Record<string, number | null>): LoadResult => ({
    kind: 'load', jobId, integration: 'payments-api', title: jobId, status: 'passed', startedAt: '', durationMs: 1,
    metrics: m, findings: [], facts: [], evidence: [`load/${jobId}/summary.json`], engine: 'builtin', name: jobId, timeline: [], errorsByClass: {},
  });

  it('aggregates: worst latency, lowest rps, total error rate', () => {
    const set = loadKind.metrics([
      result('x', { p50_ms: 5, p90_ms: 8, p95_ms: 10, p99_ms: 20, max_ms: 30, rps: 200, requests: 1000, errors: 10, error_rate: 0.01, reliability: 0.99, cpu_percent_max: 40 }),
      result('y', { p50_ms: 7, p90_ms: 9, p95_ms: 12, p99_ms: 15, max_ms: 50, rps: 120, requests: 3000, errors: 0, error_rate: 0, reliability: 1 }),
    ]);
    assert.equal(set['load.p95_ms']?.value, 12);
    assert.equal(set['load.max_ms']?.value, 50);
    assert.equal(set['load.rps']?.value, 120);
    assert.equal(set['load.error_rate']?.value, 10 / 4000);
    assert.equal(set['load.reliability']?.value, 1 - 10 / 4000);
    assert.equal(set['load.cpu_percent_max']?.value, 40);
    assert.equal(set['load.memory_bytes_max'], undefined);
    assert.equal(set['load.p95_ms@x']?.value, 10);
    assert.equal(set['load.p95_ms@x']?.unit, 'ms');
    assert.equal(set['load.rps@y']?.unit, 'rps');
    assert.deepEqual(set['load.p95_ms@x']?.sources, ['load/x/summary.json']);
  });

  it('a job without data makes the aggregate null (gates fail closed)', () => {
    const set = loadKind.metrics([
      result('x', { p95_ms: 10, rps: 200, requests: 1000, errors: 0 }),
      { ...result('y', { p95_ms: null, rps: null, requests: null, errors: null }), status: 'errored', error: 'k6 is not on PATH' },
    ]);
    assert.equal(set['load.p95_ms']?.value, null);
    assert.equal(set['load.rps']?.value, null);
    assert.equal(set['load.reliability']?.value, null);
    assert.match(set['load.p95_ms@y']?.basis ?? '', /k6 is not on PATH/);
  });
});
