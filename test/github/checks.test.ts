import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildAnnotations } from '../../src/github/annotations.js';
import { checkConclusion, checkSummary, checkTitle, completeCheckRun, startCheckRun, CHECK_SUMMARY_LIMIT } from '../../src/github/checks.js';
import { makeRecord } from '../../fixtures/github/records.js';
import { MAX_LIST_ROWS } from '../../src/report/markdown.js';
import { HEAD_SHA, startHarness, type Harness } from '../../fixtures/github/harness.js';

describe('check run', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.close();
  });

  it('maps decisions to conclusions and titles', () => {
    assert.equal(checkConclusion('GO'), 'success');
    assert.equal(checkConclusion('CONDITIONAL'), 'neutral');
    assert.equal(checkConclusion('CONDITIONAL', 'failure'), 'failure');
    assert.equal(checkConclusion('NO-GO'), 'failure');
    assert.equal(checkConclusion('crash'), 'failure');
    assert.equal(checkTitle(makeRecord()), 'NO-GO · 2 of 7 gates failed');
    assert.equal(checkTitle(makeRecord({ gates: ['pass', 'warn', 'pass'] })), 'CONDITIONAL · 1 of 3 gates warned');
    assert.equal(checkTitle(makeRecord({ gates: ['pass', 'pass'] })), 'GO · 2 of 2 gates passed');
  });

  it('sends 120 annotations in 3 requests, none lost, and completes with the last one', async () => {
    // Every other one with a stack trace (raw_details): the harness checks each request against GitHub's schema.
    const record = makeRecord({ failedTests: 120, details: (i) => (i % 2 ? `Error: boom ${i}\n    at t (test/payments-${i}.test.ts:${i + 1}:3)` : undefined) });
    const started = await startCheckRun(h.client, { owner: 'acme', repo: 'shop' }, { name: 'payments', headSha: HEAD_SHA });
    const plan = await buildAnnotations(record, { repoRoot: h.dir, fallbackPath: 'integration-gate.yml' });
    assert.equal(plan.annotations.length, 120);
    const before = h.github.requestsFor('checks/update').length;
    const done = await completeCheckRun(h.client, { owner: 'acme', repo: 'shop' }, {
      name: 'payments',
      headSha: HEAD_SHA,
      checkRunId: started.id,
      title: checkTitle(record),
      summary: checkSummary(record, { annotationsTotal: 120, annotationsOmitted: 0, annotationCap: 1000 }),
      conclusion: checkConclusion(record.gates.decision),
      annotations: plan.annotations,
    });
    const updates = h.github.requestsFor('checks/update').slice(before);
    assert.equal(updates.length, 3);
    assert.deepEqual(
      updates.map((u) => ((u.body as { output: { annotations?: unknown[] } }).output.annotations ?? []).length),
      [50, 50, 20],
    );
    // Only the last request completes the run.
    assert.deepEqual(updates.map((u) => (u.body as { conclusion?: string }).conclusion), [undefined, undefined, 'failure']);
    const run = h.github.checkRuns.get(started.id);
    assert.ok(run);
    assert.equal(run.annotations.length, 120);
    assert.equal(run.annotations.filter((a) => typeof a['raw_details'] === 'string' && a['raw_details'].startsWith('Error: boom')).length, 60);
    assert.deepEqual(
      new Set(run.annotations.map((a) => a['path'])),
      new Set(Array.from({ length: 120 }, (_, i) => `test/payments-${i}.test.ts`)),
    );
    assert.equal(run.status, 'completed');
    assert.equal(run.conclusion, 'failure');
    assert.equal(run.output.title, 'NO-GO · 2 of 7 gates failed');
    assert.equal(done.annotationsSent, 120);
    assert.deepEqual(h.github.violations, []);
  });

  it('cuts a summary that would exceed 65,535 characters and keeps the totals and gates', () => {
    const record = makeRecord({ failedTests: 3000, message: (i) => `assertion failed in case ${i}: ${'x'.repeat(280)}` });
    const summary = checkSummary(record, { annotationsTotal: 3000, annotationsOmitted: 2000, annotationCap: 1000 });
    assert.ok(summary.length <= CHECK_SUMMARY_LIMIT, `summary is ${summary.length} chars`);
    // At most MAX_LIST_ROWS failures (each fits here), then how many more.
    assert.equal(summary.split('\n').filter((l) => l.startsWith('| ❌ |')).length, MAX_LIST_ROWS);
    assert.match(summary, new RegExp(`… and ${3000 - MAX_LIST_ROWS} more`));
    assert.match(summary, /\*\*Gates\*\* 5 passed · 0 warned · 2 failed of 7/);
    assert.match(summary, /### Failures \(3000\)/);
    for (let i = 0; i < 7; i++) assert.ok(summary.includes(`\`tests.metric_${i}\``), `gate ${i} in the table`);
    assert.match(summary, /… and \d+ more/);
    assert.match(summary, /2000 of 3000 annotations were left out past the cap of 1000/);
  });

  it('accepts a cut summary at the API (validated against the OpenAPI description)', async () => {
    const record = makeRecord({ failedTests: 3000, message: (i) => `case ${i} ${'y'.repeat(300)}` });
    const done = await completeCheckRun(h.client, { owner: 'acme', repo: 'shop' }, {
      name: 'payments',
      headSha: HEAD_SHA,
      title: checkTitle(record),
      summary: checkSummary(record, { annotationsTotal: 3000, annotationsOmitted: 0, annotationCap: 5000 }),
      conclusion: 'failure',
      annotations: [],
    });
    assert.equal(h.github.checkRuns.get(done.id)?.status, 'completed');
    assert.deepEqual(h.github.violations, []);
  });

  it('retries a 502 and then succeeds', async () => {
    h.github.faults.push({ method: 'POST', path: /\/check-runs$/, status: 502, times: 1 });
    const before = h.github.requestsFor('checks/create').length;
    const started = await startCheckRun(h.client, { owner: 'acme', repo: 'shop' }, { name: 'retry', headSha: HEAD_SHA });
    const creates = h.github.requestsFor('checks/create').slice(before);
    assert.deepEqual(creates.map((r) => r.status), [502, 201]);
    assert.ok(h.github.checkRuns.has(started.id));
  });

  it('waits out a secondary rate limit and then succeeds', async () => {
    h.github.faults.push({
      method: 'POST',
      path: /\/check-runs$/,
      status: 403,
      times: 1,
      headers: { 'retry-after': '1' },
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    });
    const before = h.github.requestsFor('checks/create').length;
    const started = await startCheckRun(h.client, { owner: 'acme', repo: 'shop' }, { name: 'throttled', headSha: HEAD_SHA });
    assert.deepEqual(h.github.requestsFor('checks/create').slice(before).map((r) => r.status), [403, 201]);
    assert.ok(h.github.checkRuns.has(started.id));
  });

  it('creates the run when none was started, still 50 per request', async () => {
    const record = makeRecord({ failedTests: 51 });
    const plan = await buildAnnotations(record, { repoRoot: h.dir, fallbackPath: 'integration-gate.yml' });
    const done = await completeCheckRun(h.client, { owner: 'acme', repo: 'shop' }, {
      name: 'fresh',
      headSha: HEAD_SHA,
      title: checkTitle(record),
      summary: 'x',
      conclusion: 'failure',
      annotations: plan.annotations,
    });
    assert.equal(done.requests, 2);
    const run = h.github.checkRuns.get(done.id);
    assert.equal(run?.annotations.length, 51);
    assert.equal(run?.conclusion, 'failure');
    assert.deepEqual(h.github.violations, []);
  });
});
