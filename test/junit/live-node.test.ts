// A live producer: Node's own JUnit reporter (`node --test --test-reporter=junit`), run now by the Node that
// runs this suite (CI runs it under Node 20 and Node 24, whose reporters differ: Node 24 writes a `file`
// attribute, Node 20 does not, so there the file and line come from the stack trace). The test file's outcomes
// are designed; the reader must give them back. (No '"' in names or messages: Node's reporter escapes it twice,
// writing `&amp;quot;`, so it reads back as `&quot;` — the file's own text, which the reader keeps as written.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { readReport } from '../../src/junit/index.js';

const SAMPLE = `import { test, describe, it } from 'node:test';
import assert from 'node:assert/strict';
test('passes', () => {});
test('fails', () => { assert.equal(1, 2); });
test('skipped', { skip: 'not today' }, () => {});
test('todo', { todo: 'later' }, () => {});
describe('outer', () => {
  describe('inner <b> & ✓', () => {
    it('deep pass', () => {});
    it('deep fail', () => { throw new Error('boom <y> & z'); });
  });
  it('outer pass', () => { console.log('out <x>'); });
});
test('parent', async (t) => {
  await t.test('child ok', () => {});
  await t.test('child bad', () => { assert.ok(false); });
});
`;

test(`Node ${process.version}'s junit reporter: counts, suite paths, failure lines, skip reasons`, async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-node-junit-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const source = path.join(dir, 'sample.test.mjs');
  const out = path.join(dir, 'junit.xml');
  writeFileSync(source, SAMPLE);
  // Without NODE_TEST_CONTEXT: a child of a test runner would report to its parent, not to the file.
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=junit', `--test-reporter-destination=${out}`, source], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
  assert.equal(run.status, 1, `the sample has failing tests, so node --test exits 1: ${run.stderr}`);
  assert.match(readFileSync(out, 'utf8'), /^<\?xml/);

  const r = await readReport(out);
  assert.equal(r.format, 'junit');
  assert.deepEqual(r.counts, { tests: 9, passed: 4, failed: 3, errored: 0, skipped: 2, flaky: 0, flakyMarkers: 0 });
  const byName = new Map(r.cases.map((c) => [c.name, c]));
  // Failures: where the assertion is (line in SAMPLE), in the test file, with the suite path of describe/t.test.
  for (const [name, line, suite] of [
    ['fails', 4, []],
    ['deep fail', 10, ['outer', 'inner <b> & ✓']],
    ['child bad', 16, ['parent']],
  ] as const) {
    const c = byName.get(name);
    assert.equal(c?.status, 'failed', name);
    assert.deepEqual(c?.suite, suite, name);
    assert.equal(c?.file, source, name);
    assert.equal(c?.line, line, name);
  }
  assert.match(byName.get('fails')?.message ?? '', /^Expected values to be strictly equal:/);
  assert.equal(byName.get('deep fail')?.message, 'boom <y> & z');
  assert.equal(byName.get('skipped')?.status, 'skipped');
  assert.equal(byName.get('skipped')?.message, 'not today');
  assert.equal(byName.get('todo')?.message, 'later');
  // Node's suites count their direct children only ('outer' says 2: a suite and a test); the cases win and the
  // difference is recorded, not hidden.
  assert.deepEqual(r.disagreements, [{ suite: 'outer', attribute: 'tests', attributeValue: 2, fromCases: 3 }]);
});
