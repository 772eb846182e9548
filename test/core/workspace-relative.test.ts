// Failure locations in reports are workspace-relative (src/jobs/tests/index.ts): the shortcut for plain
// relative paths gives exactly what resolving them gives, and everything else still goes through resolving.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { workspaceRelative, workspaceRelativeTo } from '../../src/jobs/tests/index.js';

const ws = '/work/ws';
const files = [
  'com/acme/FooTest.java',
  'FooTest.java',
  'src/test/kotlin/a-b_c+d@e/Spec.kt',
  'a.b/c.d/e',
  './x/y.js',
  '../outside/y.js',
  '../../etc/passwd',
  'a/../b.js',
  'a/./b.js',
  'a//b.js',
  'a/b/',
  '.github/workflows/ci.yml',
  'a/.hidden/b.js',
  '/work/ws/sub/z.py',
  '/work/ws',
  '/work/wsother/z.py',
  '/elsewhere/z.py',
  'file:///work/ws/sub/url%20space.ts',
  'file:///tmp/x.ts',
  'with space/x.ts',
  'tilde~/x.ts',
  'ünïcode/x.ts',
  '',
];

test('the shortcut agrees with resolving, for every folder and path shape', () => {
  for (const cwd of ['/work/ws', '/work/ws/sub', '/work/ws/sub/deeper', '/work/wsother', '/elsewhere', '/work']) {
    const fast = workspaceRelativeTo(ws, cwd);
    for (const f of files) assert.equal(fast(f), workspaceRelative(ws, cwd, f), `cwd ${cwd}, file '${f}'`);
  }
});

test('what reports show', () => {
  const fromSub = workspaceRelativeTo(ws, '/work/ws/services/api');
  assert.equal(fromSub('com/acme/FooTest.java'), 'services/api/com/acme/FooTest.java');
  assert.equal(fromSub('../web/a.test.ts'), 'services/web/a.test.ts');
  assert.equal(fromSub('/work/ws/x.go'), 'x.go');
  // Outside the workspace: left as the producer wrote it.
  assert.equal(fromSub('/usr/lib/x.py'), '/usr/lib/x.py');
  assert.equal(fromSub('../../../x.py'), '../../../x.py');
});
