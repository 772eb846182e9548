// The reader's warm-up while a test command runs (src/junit/read.ts, warmUpReaderUntil): it starts only once
// the wait has lasted a while, stops as soon as it is told (at most one more read), within its bound, and
// leaves what the reader reads unchanged.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readReportBuffer, warmUpReaderUntil } from '../../src/junit/read.js';

const doc = `<?xml version="1.0"?>
<testsuites><testsuite name="s"><testcase name="a" classname="c"/><testcase name="b" classname="c"><failure message="m">at c.b(C.java:3)</failure></testcase><testcase name="a" classname="c"/></testsuite></testsuites>`;

test('warm-up: stops when told, after exactly the reads allowed, and within its time bound', async () => {
  assert.equal(await warmUpReaderUntil(() => true, { afterMs: 0 }), 0, 'already over: no read');
  let asked = 0;
  assert.equal(await warmUpReaderUntil(() => ++asked > 3, { afterMs: 0 }), 3, 'three reads, then stop');
  assert.equal(await warmUpReaderUntil(() => false, { afterMs: 0, maxMs: 0 }), 0, 'no time: no read');
  // Never told to stop: the time bound ends it (how many reads fit depends on the machine).
  assert.ok(Number.isInteger(await warmUpReaderUntil(() => false, { afterMs: 0, maxMs: 30 })));
});

test('warm-up: a wait that ends within the pause makes no read, and ends the pause at once', async () => {
  let done = false;
  const wake = new Promise<void>((resolve) => setTimeout(() => ((done = true), resolve()), 5));
  const t0 = performance.now();
  assert.equal(await warmUpReaderUntil(() => done, { afterMs: 10_000, wake }), 0);
  assert.ok(performance.now() - t0 < 5_000, 'the pause ended when the wait did, not after 10 s');
  // A failed wait ends it too.
  const failed = Promise.reject(new Error('spawn failed'));
  assert.equal(await warmUpReaderUntil(() => true, { afterMs: 10_000, wake: failed }), 0);
  // The pause passes, the wait goes on: reading starts.
  let asked = 0;
  assert.equal(await warmUpReaderUntil(() => ++asked > 2, { afterMs: 5 }), 2);
});

test('warm-up does not change what the reader reads', async () => {
  const before = readReportBuffer('x.xml', doc);
  await warmUpReaderUntil(() => false, { afterMs: 0, maxMs: 20 });
  const after = readReportBuffer('x.xml', doc);
  assert.deepEqual({ ...after, runIndex: undefined }, { ...before, runIndex: undefined });
  assert.deepEqual(after.counts, { tests: 3, passed: 2, failed: 1, errored: 0, skipped: 0, flaky: 0, flakyMarkers: 0 });
});
