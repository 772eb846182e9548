// What the tests job makes of JUnit files, through the CLI. What a file says outside its test cases reaches
// the reviewer, with reports real tools wrote (fixtures/junit/live): tape's crash that tap-junit left only in a
// suite attribute, Deno's empty report of a test file that did not load, busted's spec file that did not load
// (an <error> outside any test case, with its place). None of them is counted as a test; each is a warning,
// and the command failure says why. And `keep:` sets how much of each failure the results keep, while the raw
// file goes into the bundle whole.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { readBundleFile } from '../../src/evidence/verify.js';
import { CLI, ROOT, runNode } from '../helpers/demo.js';

const live = path.join(ROOT, 'fixtures', 'junit', 'live');

test('failures outside the test cases and empty reports are warnings in the summary, with their places', async (t) => {
  const ws = mkdtempSync(path.join(tmpdir(), 'ig-outside-'));
  t.after(() => rmSync(ws, { recursive: true, force: true }));
  for (const [from, to] of [
    ['runtimes/tape-crash.xml', 'reports/tape-crash.xml'],
    ['runtimes/deno-load-error.xml', 'reports/deno-load-error.xml'],
    ['runtimes/deno-load-error.xml', 'deno/report.xml'],
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
      '      - { command: "touch deno/report.xml; exit 1", junit: "deno/*.xml", timeout: 30s }',
      'gates:',
      '  integration.suite_failures: { max: 0, severity: minor }',
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
  // An empty report: said where its job read no test at all (beside reports with tests, empty ones are usual).
  assert.match(md, /\| ⚠️ \| deno\/report\.xml \| js `deno\/report\.xml` \| the report holds no test cases/);
  assert.doesNotMatch(md, /reports\/deno-load-error\.xml \| js/);
  assert.match(md, /\| ⚠️ \| lua\/busted\.xml › \(root\) \| js `spec\/syntax_spec\.lua:2` \| spec\/syntax\\_spec\.lua:2: &lt;name&gt; expected near &#39;=&#39; \(a failure outside any test case/);
  const run = JSON.parse(readFileSync(path.join(ws, 'out', 'evidence', 'run.json'), 'utf8')) as {
    results: Array<{ files: Array<{ file: string; suiteFailures?: Array<{ kind: string }> }> }>;
  };
  const files = run.results.flatMap((x) => x.files);
  assert.deepEqual(files.find((f) => f.file === 'lua/busted.xml')?.suiteFailures?.map((s) => s.kind), ['element', 'element', 'element']);
  // The bundle's HTML report lists every file with its producer, counts and what its attributes say otherwise.
  const html = readFileSync(path.join(ws, 'out', 'evidence', 'report', 'index.html'), 'utf8');
  assert.match(html, /<h2>JUnit files \(4\)<\/h2>/);
  assert.match(html, /<td><code>reports\/<wbr>tape-crash\.<wbr>xml<\/code><\/td><td>tap-junit<\/td><td>1<\/td><td>1<\/td><td>0<\/td><td>0<\/td><td>0<\/td><td>0<\/td><td>Tap-Junit-Suite: <code>failures<\/code> says 1, its cases 0/);
  assert.match(html, /\(root\): spec\/syntax_spec\.lua:2: &lt;name&gt; expected near &#39;=&#39;/);
  // A gate on them, if the manifest asks (none by default); evaluate re-derives it from the raw files.
  assert.match(md, /\| `integration\.suite_failures` \| 4 \| <= 0 \| minor \| ❌ fail/);
  const again = await runNode(CLI, ['evaluate', path.join(ws, 'out', 'INTEGRATION-EVIDENCE.zip')], { cwd: ws });
  assert.equal(again.code, 0, again.stdout + again.stderr);
  assert.match(again.stdout, /re-derived from raw evidence: .*integration\.suite_failures/);
});

test('keep: sets how much of each failure run.json keeps; the raw JUnit in the bundle is whole; a bad value is a manifest error', async (t) => {
  const ws = mkdtempSync(path.join(tmpdir(), 'ig-keep-'));
  t.after(() => rmSync(ws, { recursive: true, force: true }));
  const long = 'x'.repeat(5000);
  const cases = Array.from({ length: 5 }, (_, i) => `<testcase classname="C" name="t${i}"><failure message="m${i} ${long}">trace ${i} ${long}</failure></testcase>`).join('');
  mkdirSync(path.join(ws, 'reports'));
  writeFileSync(path.join(ws, 'reports', 'r.xml'), `<testsuite name="s">${cases}</testsuite>`);
  const manifest = (keep: string): string =>
    `version: 1\nname: keep\nintegrations:\n  - name: k\n    tests:\n      - { command: "touch reports/r.xml", junit: "reports/*.xml", timeout: 30s, keep: ${keep} }\n`;
  writeFileSync(path.join(ws, 'integration-gate.yml'), manifest('{ message: 100, details: 300, cases: 3 }'));
  const r = await runNode(CLI, ['run', '--out', 'out'], { cwd: ws });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  const run = JSON.parse(readFileSync(path.join(ws, 'out', 'evidence', 'run.json'), 'utf8')) as {
    results: Array<{ counts: { failed: number }; cases: Array<{ message: string; details: string }> }>;
  };
  const result = run.results[0];
  assert.equal(result?.counts.failed, 5, 'the counts stay exact');
  assert.equal(result?.cases.length, 3, 'three failing tests listed');
  for (const c of result?.cases ?? []) {
    assert.ok(Buffer.byteLength(c.message) <= 100 && c.message.endsWith('[truncated]'), c.message);
    assert.ok(Buffer.byteLength(c.details) <= 300 && c.details.endsWith('[truncated]'), c.details);
  }
  const raw = await readBundleFile(path.join(ws, 'out', 'INTEGRATION-EVIDENCE.zip'), 'tests/k-1/junit/reports/r.xml');
  assert.equal(raw?.toString(), readFileSync(path.join(ws, 'reports', 'r.xml'), 'utf8'));
  // Out of range: the manifest's file, line and column, exit 2.
  writeFileSync(path.join(ws, 'integration-gate.yml'), manifest('{ message: 10 }'));
  const bad = await runNode(CLI, ['run', '--out', 'out'], { cwd: ws });
  assert.equal(bad.code, 2, bad.stdout + bad.stderr);
  assert.match(bad.stderr, /integration-gate\.yml:6:\d+: integrations\[0\]\.tests\[0\]\.keep\.message: must be >= 64; found number 10$/m);
});

test('the terminal lists what the tests job found under its line: unreadable files with their place, failures, flaky tests; secrets redacted', async (t) => {
  const ws = mkdtempSync(path.join(tmpdir(), 'ig-term-'));
  t.after(() => rmSync(ws, { recursive: true, force: true }));
  mkdirSync(path.join(ws, 'reports'));
  writeFileSync(
    path.join(ws, 'reports', 'TEST-calc.xml'),
    `<testsuite name="calc" tests="3">
  <testcase classname="demo.CalcTest" name="adds" file="src/calc.test.ts" line="7"><failure message="expected 4 to be 5 with token hunter2-token">at x</failure></testcase>
  <testcase classname="demo.CalcTest" name="retries"><failure message="first">at x</failure></testcase>
  <testcase classname="demo.CalcTest" name="retries"/>
  <testcase classname="demo.CalcTest" name="evil&#155;2Jname"><failure message="line one&#10;line two"/></testcase>
</testsuite>\n`,
  );
  writeFileSync(path.join(ws, 'reports', 'TEST-broken.xml'), '<testsuite name="b">\n  <testcase name="x" classname="a <b"/>\n</testsuite>\n');
  writeFileSync(
    path.join(ws, 'integration-gate.yml'),
    'version: 1\nname: term\nsecrets: [CALC_TOKEN]\nintegrations:\n  - name: calc\n    tests:\n      - { command: "touch reports/*.xml", junit: "reports/*.xml", timeout: 30s }\n',
  );
  const r = await runNode(CLI, ['run', '--out', 'out'], { cwd: ws, env: { CALC_TOKEN: 'hunter2-token' } });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  const lines = r.stdout.split('\n');
  const job = lines.findIndex((l) => l.startsWith('✖ calc/tests#1 — failed'));
  assert.ok(job >= 0, r.stdout);
  assert.deepEqual(lines.slice(job + 1, job + 5), [
    '    ✖ unreadable JUnit file — reports/TEST-broken.xml:2:35: invalid XML: "<" is not allowed in attribute values (write &lt;); the file is not well-formed XML; fix the producer (or its escaping) and rerun',
    '    ✖ src/calc.test.ts:7 demo.CalcTest › adds — expected 4 to be 5 with token ***',
    '    ✖ demo.CalcTest › evil?2Jname — line one line two', // U+009B (CSI, allowed in XML) made harmless
    '    ⚠ demo.CalcTest › retries — flaky: failed, then passed (2 runs) — first',
  ]);
  assert.doesNotMatch(r.stdout, /hunter2/);
  assert.match(r.stdout, /\nreport: out\/evidence\/report\/index\.html\n/);
  // The HTML report shows each failed test's stack trace under it, through the finding's link to its case.
  const html = readFileSync(path.join(ws, 'out', 'evidence', 'report', 'index.html'), 'utf8');
  assert.match(html, /expected 4 to be 5 with token \*\*\*<details><summary>stack trace<\/summary><pre>at x<\/pre><\/details>/);
});

test("Bun's class (describe blocks innermost first) is titled in the suites' order; another class as written", async (t) => {
  const ws = mkdtempSync(path.join(tmpdir(), 'ig-bun-'));
  t.after(() => rmSync(ws, { recursive: true, force: true }));
  mkdirSync(path.join(ws, 'reports'));
  copyFileSync(path.join(live, 'runtimes', 'bun.xml'), path.join(ws, 'reports', 'bun.xml'));
  writeFileSync(
    path.join(ws, 'reports', 'other.xml'),
    '<testsuite name="a"><testsuite name="b"><testcase classname="x &gt; b" name="kept as written"><failure message="m"/></testcase></testsuite></testsuite>\n',
  );
  writeFileSync(path.join(ws, 'integration-gate.yml'), 'version: 1\nname: bun\nintegrations:\n  - name: js\n    tests:\n      - { command: "touch reports/*.xml", junit: "reports/*.xml", timeout: 30s }\n');
  const r = await runNode(CLI, ['run', '--out', 'out'], { cwd: ws });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /\n {4}✖ basic\.test\.ts:42 outer <suite> & "quotes" › inner ünïcödé ✓ › deep fail with <tag> & "amp" — expect\(received\)\.toBe\(expected\)/);
  assert.match(r.stdout, /\n {4}✖ x > b › kept as written — m\n/);
});

test('junit: naming a folder matches no file, and the error says it is a folder and how to match its files', async (t) => {
  const ws = mkdtempSync(path.join(tmpdir(), 'ig-folder-'));
  t.after(() => rmSync(ws, { recursive: true, force: true }));
  mkdirSync(path.join(ws, 'target', 'surefire-reports'), { recursive: true });
  writeFileSync(path.join(ws, 'integration-gate.yml'), 'version: 1\nname: folder\nintegrations:\n  - name: j\n    tests:\n      - { command: "echo \'<testsuite name=\\"s\\"><testcase name=\\"t\\"/></testsuite>\' > target/surefire-reports/TEST-s.xml", junit: target/surefire-reports/, timeout: 20s }\n');
  const r = await runNode(CLI, ['run', '--out', 'out'], { cwd: ws });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /wrote no JUnit file matching target\/surefire-reports\/; 'target\/surefire-reports\/' is a folder: match the files in it, such as target\/surefire-reports\/\*\*\/\*\.xml; check the reporter's output path/);
});
