import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_LIST_ROWS, renderMarkdown } from '../../src/report/markdown.js';
import { makeRecord } from '../../fixtures/github/records.js';

test(`a list shows at most ${MAX_LIST_ROWS} rows, then says how many more there are and where they all are`, () => {
  const record = makeRecord({ failedTests: 500 });
  record.bundle = { name: 'INTEGRATION-EVIDENCE.zip', path: 'out/INTEGRATION-EVIDENCE.zip', files: 9 };
  const md = renderMarkdown(record, { maxChars: 1_000_000, flavor: 'summary' });
  const failures = record.results.flatMap((r) => r.findings).filter((f) => f.level === 'failure').length;
  assert.ok(failures > MAX_LIST_ROWS);
  assert.equal(md.split('\n').filter((l) => l.startsWith('| ❌ |')).length, MAX_LIST_ROWS);
  assert.ok(md.includes(`\n… and ${failures - MAX_LIST_ROWS} more — see \`report/index.html\` in \`INTEGRATION-EVIDENCE.zip\``), md.slice(-800));
  // Under the cap, every row is shown and nothing is said about more.
  const few = makeRecord({ failedTests: 5 });
  const small = renderMarkdown(few, { maxChars: 1_000_000, flavor: 'summary' });
  assert.equal(small.split('\n').filter((l) => l.startsWith('| ❌ |')).length, few.results.flatMap((r) => r.findings).filter((f) => f.level === 'failure').length);
  assert.doesNotMatch(small, /… and \d+ more/);
});

test('within a size limit, rows are filled while they fit; the head, gates and totals are never cut', () => {
  const record = makeRecord({ failedTests: 500, message: (i) => `assertion failed in case ${i}: ${'x'.repeat(200)}` });
  for (const maxChars of [4_000, 20_000]) {
    const md = renderMarkdown(record, { maxChars, flavor: 'check' });
    assert.ok(md.length <= maxChars, `${md.length} > ${maxChars}`);
    const shown = md.split('\n').filter((l) => l.startsWith('| ❌ |')).length;
    assert.ok(shown > 0 && shown < MAX_LIST_ROWS, `${shown} rows in ${maxChars} chars`);
    const failures = record.results.flatMap((r) => r.findings).filter((f) => f.level === 'failure').length;
    assert.ok(md.includes(`… and ${failures - shown} more`), md.slice(-300));
    for (let i = 0; i < record.gates.gates.length; i++) assert.ok(md.includes(`\`tests.metric_${i}\``), `gate ${i}`);
  }
});
