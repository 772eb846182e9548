// Failure locations that are not workspace paths are found in the workspace (src/jobs/tests/sources.ts), so
// annotations land on the pull request's diff: on real files in a temporary workspace, and through the CLI
// with a report Surefire wrote (fixtures/junit/live), whose frames name `demo/FlakyTest.java`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { findSources } from '../../src/jobs/tests/sources.js';
import { CLI, ROOT, runNode } from '../helpers/demo.js';

function workspace(files: string[]): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'ig-sources-'));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(ws, f)), { recursive: true });
    writeFileSync(path.join(ws, f), '// source\n');
  }
  return ws;
}

test('a location is matched by its trailing path; the class or package settles a tie; dependencies are not searched', async (t) => {
  const ws = workspace([
    'src/test/java/demo/FlakyTest.java',
    'svc/shop/calc/calc_test.go',
    'svc/bank/calc/calc_test.go',
    'web/test/basic.test.mjs',
    'node_modules/dep/only_in_deps.go',
    'a/Same.java',
    'b/Same.java',
  ]);
  t.after(() => rmSync(ws, { recursive: true, force: true }));
  const found = await findSources(ws, [
    { file: 'demo/FlakyTest.java', scope: 'demo.FlakyTest' },
    { file: 'calc_test.go', scope: 'example.com/svc/shop/calc' },
    { file: 'svc/calc_test.go' }, // no file has that tail but its name, twice, and no scope to choose: unresolved
    { file: '/home/runner/work/app/web/test/basic.test.mjs' }, // another machine's checkout
    { file: 'D:\\a\\app\\app\\src\\test\\java\\demo\\FlakyTest.java' }, // a Windows runner's
    { file: 'web/test/basic.test.mjs' }, // already a workspace path
    { file: 'only_in_deps.go' },
    { file: 'Same.java', scope: 'x.Same' }, // two folders, neither matches the package: unresolved
    { file: 'Missing.java' },
  ]);
  assert.deepEqual(Object.fromEntries(found), {
    'demo/FlakyTest.java': 'src/test/java/demo/FlakyTest.java',
    'D:\\a\\app\\app\\src\\test\\java\\demo\\FlakyTest.java': 'src/test/java/demo/FlakyTest.java',
    'calc_test.go': 'svc/shop/calc/calc_test.go',
    '/home/runner/work/app/web/test/basic.test.mjs': 'web/test/basic.test.mjs',
  });
});

test("in a git checkout, git's listing is searched: tracked files and untracked ones it does not ignore", async (t) => {
  const ws = workspace(['src/test/java/demo/Tracked.java', 'generated/demo/Untracked.java', 'new/demo/Fresh.java']);
  writeFileSync(path.join(ws, '.gitignore'), 'generated/\n');
  t.after(() => rmSync(ws, { recursive: true, force: true }));
  const git = (...args: string[]): void => {
    const r = spawnSync('git', args, { cwd: ws, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  };
  git('init', '-q');
  git('add', 'src/test/java/demo/Tracked.java');
  const found = await findSources(ws, [{ file: 'demo/Tracked.java' }, { file: 'demo/Untracked.java' }, { file: 'demo/Fresh.java' }]);
  assert.deepEqual(Object.fromEntries(found), { 'demo/Tracked.java': 'src/test/java/demo/Tracked.java', 'demo/Fresh.java': 'new/demo/Fresh.java' });
  // The same workspace seen from a folder inside it (a job's working folder): paths stay relative to it.
  const inner = await findSources(path.join(ws, 'src'), [{ file: 'demo/Tracked.java' }]);
  assert.deepEqual(Object.fromEntries(inner), { 'demo/Tracked.java': 'test/java/demo/Tracked.java' });
});

test('the CLI: Surefire frames (demo/FlakyTest.java) are annotated at the source file in the workspace', async (t) => {
  const ws = workspace(['src/test/java/demo/FlakyTest.java']);
  t.after(() => rmSync(ws, { recursive: true, force: true }));
  const report = path.join(ROOT, 'fixtures', 'junit', 'live', 'jvm', 'surefire-3.5.4_jupiter-5.11.4_rerun2', 'TEST-demo.FlakyTest.xml');
  mkdirSync(path.join(ws, 'target'));
  copyFileSync(report, path.join(ws, 'target', 'TEST-demo.FlakyTest.xml'));
  writeFileSync(
    path.join(ws, 'integration-gate.yml'),
    'version: 1\nname: sources\nintegrations:\n  - name: java\n    tests:\n      - { command: "touch target/TEST-demo.FlakyTest.xml", junit: "target/*.xml", timeout: 30s }\n',
  );
  const summary = path.join(ws, 'summary.md');
  const r = await runNode(CLI, ['run', '--out', 'out'], { cwd: ws, env: { GITHUB_STEP_SUMMARY: summary } });
  assert.equal(r.code, 1, r.stdout + r.stderr); // the report has failures
  const md = readFileSync(summary, 'utf8');
  assert.match(md, /alwaysFails \| java `src\/test\/java\/demo\/FlakyTest\.java:50`/);
  assert.match(md, /failsOnceThenPasses \| java `src\/test\/java\/demo\/FlakyTest\.java:35`/);
  assert.doesNotMatch(md, /`demo\/FlakyTest\.java/);
});
