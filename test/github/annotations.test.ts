import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { RepoFileIndex } from '../../src/core/repo-files.js';
import { buildAnnotations, locateInStack, repoRelative } from '../../src/github/annotations.js';
import { makeRecord } from '../../fixtures/github/records.js';

describe('annotations', () => {
  let root: string;
  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'ig-ann-'));
    for (const f of ['src/test/java/com/acme/PaymentsTest.java', 'src/test/java/com/other/PaymentsTest.java', 'tests/test_refund.py', 'test/orders.test.ts']) {
      await mkdir(path.dirname(path.join(root, f)), { recursive: true });
      await writeFile(path.join(root, f), '');
    }
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('makes paths repo-relative and refuses paths outside the repository', () => {
    assert.equal(repoRelative(root, path.join(root, 'test', 'a.ts')), 'test/a.ts');
    assert.equal(repoRelative(root, './test/a.ts'), 'test/a.ts');
    assert.equal(repoRelative(root, `${root}-other/a.ts`), undefined);
    assert.equal(repoRelative(root, '/etc/passwd'), undefined);
  });

  it('resolves classes through one listing', async () => {
    const idx = await RepoFileIndex.load(root);
    assert.equal(idx.findByName('com.acme.PaymentsTest'), 'src/test/java/com/acme/PaymentsTest.java');
    assert.equal(idx.findByName('PaymentsTest'), undefined, 'ambiguous bare name');
    assert.equal(idx.findByName('tests.test_refund.TestRefund'), 'tests/test_refund.py');
    assert.equal(idx.findByName('tests/test_refund.py::TestRefund'), 'tests/test_refund.py');
  });

  it('reads file and line from stack traces', async () => {
    const idx = await RepoFileIndex.load(root);
    assert.deepEqual(locateInStack(`Error: x\n    at Object.<anonymous> (${root}/test/orders.test.ts:42:7)`, root), { file: 'test/orders.test.ts', line: 42 });
    assert.deepEqual(locateInStack(`Traceback:\n  File "${root}/tests/test_refund.py", line 9, in test_a`, root), { file: 'tests/test_refund.py', line: 9 });
    assert.equal(locateInStack('expected 1.5:2 to equal 3', root), undefined);
    assert.deepEqual(locateInStack('at com.acme.OrdersTest.run(OrdersTest.java:3)\nat x(orders.test.ts:5)', root, idx), { file: 'test/orders.test.ts', line: 5 });
  });

  it("carries a failed test's stack trace as raw details, and is placed by it where the finding has no file", async () => {
    const record = makeRecord({
      failedTests: 3,
      file: (i) => (i === 2 ? undefined : `test/orders.test.ts`),
      details: (i) => (i === 1 ? undefined : `AssertionError: no\n    at Context.<anonymous> (${root}/test/orders.test.ts:${40 + i}:7)`),
      message: (i) => (i === 0 ? 'x'.repeat(5000) : 'expected 200'),
    });
    const plan = await buildAnnotations(record, { repoRoot: root, fallbackPath: 'integration-gate.yml' });
    const [long, plain, placed] = plan.annotations;
    assert.equal(long?.raw_details, `${'x'.repeat(5000)}\n\nAssertionError: no\n    at Context.<anonymous> (${root}/test/orders.test.ts:40:7)`, 'the whole message, then the trace');
    assert.equal(plain?.raw_details, undefined, 'no trace, a short message: nothing more to show');
    assert.match(placed?.raw_details ?? '', /^AssertionError: no\n/);
    assert.deepEqual([placed?.path, placed?.start_line], ['test/orders.test.ts', 42], 'placed by the frame in its trace');
  });

  it('builds every annotation, loading the file index at most once', async () => {
    let loads = 0;
    const record = makeRecord({
      failedTests: 40,
      file: () => undefined,
      line: () => 12,
      title: (i) => (i % 2 ? `com.acme.PaymentsTest.case${i}` : `Unknown thing ${i}`),
      message: () => 'boom',
    });
    const plan = await buildAnnotations(record, {
      repoRoot: root,
      fallbackPath: 'integration-gate.yml',
      cap: 30,
      index: async () => {
        loads++;
        return RepoFileIndex.load(root);
      },
    });
    assert.equal(loads, 1);
    assert.equal(plan.annotations.length, 30);
    assert.equal(plan.omitted, 10);
    assert.equal(plan.annotations[1]?.path, 'src/test/java/com/acme/PaymentsTest.java');
    assert.equal(plan.annotations[1]?.start_line, 12);
    assert.equal(plan.annotations[0]?.path, 'integration-gate.yml');
    assert.equal(plan.annotations[0]?.annotation_level, 'failure');
  });
});
