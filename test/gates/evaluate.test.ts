import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GateSpec, MetricSet } from '../../src/core/types.js';
import { evaluateGates } from '../../src/gates/evaluate.js';

const gate = (metric: string, op: GateSpec['op'], threshold: number, severity: GateSpec['severity'] = 'critical', warnBand = 0.1): GateSpec => ({
  metric,
  op,
  threshold,
  severity,
  warnBand,
  origin: 'manifest',
});
const metrics = (values: Record<string, number | null>, unit: 'ratio' | 'ms' = 'ratio'): MetricSet =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v, unit, basis: 'test', sources: [] }]));

test('all gates pass → GO', () => {
  const r = evaluateGates(metrics({ 'integration.success_rate': 1 }), [gate('integration.success_rate', '>=', 0.9)]);
  assert.equal(r.decision, 'GO');
  assert.equal(r.counts.passed, 1);
});

test('a failed critical gate → NO-GO', () => {
  const r = evaluateGates(metrics({ 'integration.success_rate': 0.875 }), [gate('integration.success_rate', '>=', 0.9)]);
  assert.equal(r.decision, 'NO-GO');
  assert.equal(r.gates[0]?.status, 'fail');
  assert.match(r.headline, /1 critical gate failed: integration\.success_rate/);
});

test('a failed major gate → CONDITIONAL', () => {
  const r = evaluateGates(metrics({ 'load.p95_ms': 1200 }, 'ms'), [gate('load.p95_ms', '<=', 1000, 'major')]);
  assert.equal(r.decision, 'CONDITIONAL');
});

test('within 10 % of the threshold on the passing side → warning → CONDITIONAL', () => {
  const r = evaluateGates(metrics({ 'load.p95_ms': 950 }, 'ms'), [gate('load.p95_ms', '<=', 1000, 'critical')]);
  assert.equal(r.gates[0]?.status, 'warn');
  assert.equal(r.decision, 'CONDITIONAL');
  const ok = evaluateGates(metrics({ 'load.p95_ms': 850 }, 'ms'), [gate('load.p95_ms', '<=', 1000, 'critical')]);
  assert.equal(ok.decision, 'GO');
});

test('warn band for a min gate: 95 % against 90 % warns, 100 % does not', () => {
  assert.equal(evaluateGates(metrics({ m: 0.95 }), [gate('m', '>=', 0.9)]).gates[0]?.status, 'warn');
  assert.equal(evaluateGates(metrics({ m: 1 }), [gate('m', '>=', 0.9)]).gates[0]?.status, 'pass');
});

test('a threshold at the best value (100 %) has no warn band', () => {
  assert.equal(evaluateGates(metrics({ m: 1 }), [gate('m', '>=', 1)]).gates[0]?.status, 'pass');
  assert.equal(evaluateGates(metrics({ m: 0 }, 'ms'), [gate('m', '<=', 0)]).gates[0]?.status, 'pass');
});

test('warn band 0 disables warnings', () => {
  assert.equal(evaluateGates(metrics({ m: 0.91 }), [gate('m', '>=', 0.9, 'critical', 0)]).gates[0]?.status, 'pass');
});

test('a gate without data fails closed', () => {
  const r = evaluateGates(metrics({ 'integration.success_rate': null }), [gate('integration.success_rate', '>=', 0.9)]);
  assert.equal(r.gates[0]?.status, 'fail');
  assert.match(r.gates[0]?.reason ?? '', /no data/);
  assert.equal(r.decision, 'NO-GO');
  const missing = evaluateGates({}, [gate('load.p95_ms', '<=', 1000, 'minor')]);
  assert.equal(missing.gates[0]?.status, 'fail');
  assert.equal(missing.decision, 'CONDITIONAL');
});

test('no gates at all fails closed', () => {
  assert.equal(evaluateGates({}, []).decision, 'NO-GO');
});

test('equals and strict operators', () => {
  assert.equal(evaluateGates(metrics({ m: 3 }), [gate('m', '==', 3)]).decision, 'GO');
  assert.equal(evaluateGates(metrics({ m: 3 }), [gate('m', '<', 3)]).decision, 'NO-GO');
  assert.equal(evaluateGates(metrics({ m: 3 }), [gate('m', '>', 2, 'critical', 0)]).decision, 'GO');
});
