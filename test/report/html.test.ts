// The HTML report in the bundle: failures first, a failed test's stack trace folded out under it (escaped,
// the first ones only), the run's figures at the top, empty sections left out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MetricUnit, MetricValue } from '../../src/core/types.js';
import { renderHtml } from '../../src/report/html.js';
import { makeRecord } from '../../fixtures/github/records.js';

test('findings: failures first, each with its stack trace in a <details>, escaped; long paths may wrap', () => {
  const record = makeRecord({
    failedTests: 2,
    file: (i) => (i === 0 ? 'src/test/java/com/acme/payments/RefundTest.java' : undefined),
    details: (i) => (i === 0 ? 'AssertionError: <script>alert(1)</script>\n\tat com.acme.RefundTest.t(RefundTest.java:9)' : undefined),
  });
  const result = record.results[0];
  assert.ok(result);
  result.findings.unshift({ level: 'warning', title: 'PaymentsTest › flaky', message: 'flaky: failed, then passed (2 runs)' });
  const html = renderHtml(record);
  const rows = [...html.matchAll(/<tr><td><span class="(fail|warn)">/g)].map((m) => m[1]);
  assert.deepEqual(rows, ['fail', 'fail', 'warn'], 'the warning listed first in the job comes after its failures');
  assert.match(
    html,
    /expected 200, got 500 \(case 0\)<details><summary>stack trace<\/summary><pre>AssertionError: &lt;script&gt;alert\(1\)&lt;\/script&gt;\n\tat com\.acme\.RefundTest\.t\(RefundTest\.java:9\)<\/pre><\/details><\/td>/,
  );
  assert.equal(html.match(/<details>/g)?.length, 1, 'a finding without a trace has none');
  assert.doesNotMatch(html, /<script>/);
  assert.match(html, /<code>src\/<wbr>test\/<wbr>java\/<wbr>com\/<wbr>acme\/<wbr>payments\/<wbr>RefundTest\.<wbr>java:1<\/code>/);
});

test('stack traces: the first 100 findings that have one, each cut at 16,000 characters', () => {
  const html = renderHtml(makeRecord({ failedTests: 150, details: (i) => (i === 0 ? 'y'.repeat(20_000) : `Error ${i}`) }));
  assert.equal(html.match(/<details>/g)?.length, 100);
  assert.match(html, new RegExp(`<pre>${'y'.repeat(16_000)}\\n… \\(cut; run\\.json and the raw file have it whole\\)</pre>`));
  assert.match(html, /<pre>Error 99<\/pre>/);
  assert.doesNotMatch(html, /<pre>Error 100<\/pre>/);
});

test('the figures at the top; no Preflight or Services section when there were none', () => {
  const record = makeRecord({ failedTests: 1 });
  const metric = (value: number, unit: MetricUnit): MetricValue => ({ value, unit, basis: '', sources: [] });
  record.metrics = {
    'integration.tests': metric(10, 'count'),
    'integration.failed': metric(1, 'count'),
    'integration.skipped': metric(2, 'count'),
    'integration.flaky': metric(1, 'count'),
    'integration.success_rate': metric(0.875, 'ratio'),
  };
  const html = renderHtml(record);
  assert.match(html, /<p><strong>Tests<\/strong> 10 · 1 failed · 2 skipped · 1 flaky · success 87\.5%<br><strong>Gates<\/strong> 5 passed · 0 warned · 2 failed of 7<br><strong>Jobs<\/strong> 1 \(0 errored\)<\/p>/);
  assert.doesNotMatch(html, /<h2>(Preflight|Services)<\/h2>/);
  record.preflight.checks.push({ type: 'env', target: 'API_KEY', ok: false, detail: 'not set' } as (typeof record.preflight.checks)[number]);
  assert.match(renderHtml(record), /<h2>Preflight<\/h2>/);
});
