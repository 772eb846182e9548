// What a JUnit file says outside its test cases reaches the reviewer, through the CLI, with reports real tools
// wrote (fixtures/junit/live): tape's crash that tap-junit left only in a suite attribute, Deno's empty report
// of a test file that did not load, busted's spec file that did not load (an <error> outside any test case,
// with its place). None of them is counted as a test; each is a warning, and the command failure says why.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { CLI, ROOT, runNode } from '../helpers/demo.js';

const live = path.join(ROOT, 'fixtures', 'junit', 'live');

test('failures outside the test cases and empty reports are warnings in the summary, with their places', async (t) => {
  const ws = mkdtempSync(path.join(tmpdir(), 'ig-outside-'));
  t.after(() => rmSync(ws, { recursive: true, force: true }));
  for (const [from, to] of [
    ['runtimes/tape-crash.xml', 'reports/tape-crash.xml'],
    ['runtimes/deno-load-error.xml', 'reports/deno-load-error.xml'],
    ['misc/busted.xml', 'lua/busted.xml'],
  ] as const) {
    mkdirSync(path.dirname(path.join(ws, to)), { recursive: true });
    copyFileSync(path.join(live, from), path.join(ws, to));
  }
  mkdirSync(path.join(ws, 'spec'));
  writeFileSync(path.join(ws, 'spec', 'syntax_spec.lua'), 'local = 1\n');
  writeFileSync(
    path.join(ws, 'integration-gate.yml'),
    [
      'version: 1',
      'name: outside',
      'integrations:',
      '  - name: js',
      '    tests:',
      '      - { command: "touch reports/*.xml; exit 1", junit: "reports/*.xml", timeout: 30s }',
      '      - { command: "touch lua/busted.xml; exit 1", junit: "lua/*.xml", timeout: 30s }',
      '',
    ].join('\n'),
  );
  const summary = path.join(ws, 'summary.md');
  const r = await runNode(CLI, ['run', '--out', 'out'], { cwd: ws, env: { GITHUB_STEP_SUMMARY: summary } });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  const md = readFileSync(summary, 'utf8');
  // Counted: the test cases only (tape-crash's one pass, busted's 12 cases).
  assert.match(md, /\*\*Tests\*\* 13 · 6 failed · 2 skipped/);
  assert.match(md, /exited with code 1 although its JUnit shows no failed test; it reports 1 failure outside its test cases/);
  assert.match(md, /\| ⚠️ \| reports\/tape-crash\.xml › Tap-Junit-Suite \| js `reports\/tape-crash\.xml` \| its attributes count 1 failure, but none of its test cases failed/);
  assert.match(md, /\| ⚠️ \| reports\/deno-load-error\.xml \| js `reports\/deno-load-error\.xml` \| the report holds no test cases/);
  assert.match(md, /\| ⚠️ \| lua\/busted\.xml › \(root\) \| js `spec\/syntax_spec\.lua:2` \| spec\/syntax\\_spec\.lua:2: &lt;name&gt; expected near &#39;=&#39; \(a failure outside any test case/);
  const run = JSON.parse(readFileSync(path.join(ws, 'out', 'evidence', 'run.json'), 'utf8')) as {
    results: Array<{ files: Array<{ file: string; suiteFailures?: Array<{ kind: string }> }> }>;
  };
  const files = run.results.flatMap((x) => x.files);
  assert.deepEqual(files.find((f) => f.file === 'lua/busted.xml')?.suiteFailures?.map((s) => s.kind), ['element', 'element', 'element']);
});
