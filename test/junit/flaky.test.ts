// Reruns: within a file (repeated cases, surefire's flaky elements) and across files (mergeReports).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeReports, readReportBuffer } from '../../src/junit/index.js';
import { withoutPassScan } from '../../src/junit/pass-scan.js';

const suite = (cases: string): string => `<?xml version="1.0"?><testsuites><testsuite name="s">${cases}</testsuite></testsuites>`;
const pass = (name: string, cls = 'C'): string => `<testcase classname="${cls}" name="${name}"/>`;
const fail = (name: string, msg = 'broke', cls = 'C'): string => `<testcase classname="${cls}" name="${name}"><failure message="${msg}"/></testcase>`;
const err = (name: string): string => `<testcase classname="C" name="${name}"><error message="crash"/></testcase>`;
const skip = (name: string): string => `<testcase classname="C" name="${name}"><skipped/></testcase>`;
/** Reading a document with the WebAssembly pass scan and without it: every rule must hold both ways. */
const BOTH_WAYS = [
  ['with the WebAssembly scan', (doc: string) => readReportBuffer('a.xml', doc)],
  ['without it', (doc: string) => withoutPassScan(() => readReportBuffer('a.xml', doc))],
] as const;

test('failed then passed in the same file is flaky: counted once, listed by name, not a failure', () => {
  const r = readReportBuffer('a.xml', suite(fail('t') + pass('other') + err('t') + pass('t')));
  assert.deepEqual(r.counts, { tests: 4, passed: 2, failed: 1, errored: 1, skipped: 0, flaky: 1, flakyMarkers: 0 });
  assert.deepEqual(r.byTest, { tests: 2, passed: 1, failed: 0, errored: 0, skipped: 0, flaky: 1, flakyMarkers: 0 });
  assert.deepEqual(r.cases.map((c) => [c.name, c.status, c.runs, c.message]), [['t', 'flaky', 3, 'broke']]);
});

test('failed on every run is a failure (errored if any run errored)', () => {
  const r = readReportBuffer('a.xml', suite(fail('t') + fail('t') + fail('u') + err('u')));
  assert.deepEqual(r.byTest, { tests: 2, passed: 0, failed: 1, errored: 1, skipped: 0, flaky: 0, flakyMarkers: 0 });
  assert.deepEqual(r.cases.map((c) => [c.name, c.status, c.runs]), [['t', 'failed', 2], ['u', 'errored', 2]]);
});

test('passed then failed is a failure: rerun tools only rerun what failed', () => {
  const r = readReportBuffer('a.xml', suite(pass('t') + fail('t')));
  assert.equal(r.byTest.failed, 1);
  assert.equal(r.byTest.flaky, 0);
  assert.deepEqual(r.cases.map((c) => [c.status, c.runs]), [['failed', 2]]);
  // … and failed, passed, failed again: the last run decides.
  const r2 = readReportBuffer('a.xml', suite(fail('t') + pass('t') + fail('t')));
  assert.deepEqual(r2.cases.map((c) => [c.status, c.runs]), [['failed', 3]]);
});

test('same name in another class or suite is another test', () => {
  const r = readReportBuffer('a.xml', suite(fail('t', 'm', 'A') + pass('t', 'B')));
  assert.deepEqual(r.byTest, { tests: 2, passed: 1, failed: 1, errored: 0, skipped: 0, flaky: 0, flakyMarkers: 0 });
});

test('the file attribute tells apart tests that share every name; a rerun repeats its file and still folds', async () => {
  // Node's reporter: every top-level test has classname "test"; `works` in a.test.mjs and in b.test.mjs are two tests.
  const at = (file: string, body = ''): string =>
    body ? `<testcase name="works" classname="test" file="${file}">${body}</testcase>` : `<testcase name="works" classname="test" file="${file}"/>`;
  const failure = '<failure message="1 !== 2"/>';
  for (const [label, read] of BOTH_WAYS) {
    // A failure in one file and a pass in another: a failure, not a flaky test.
    const two = await read(suite(at('/r/a.test.mjs', failure) + at('/r/b.test.mjs')));
    assert.deepEqual([two.byTest.tests, two.byTest.failed, two.byTest.flaky], [2, 1, 0], label);
    // The same file twice: a rerun (failed then passed: flaky; passed then failed: a failure of one test).
    const rerun = await read(suite(at('/r/a.test.mjs', failure) + at('/r/a.test.mjs')));
    assert.deepEqual([rerun.byTest.tests, rerun.byTest.flaky], [1, 1], label);
    const later = await read(suite(at('/r/a.test.mjs') + at('/r/a.test.mjs', failure)));
    assert.deepEqual([later.byTest.tests, later.byTest.failed, later.cases[0]?.runs], [1, 1, 2], label);
    // `filepath` when there is no `file`; an empty one is no file (as the case without the attribute).
    const fp = await read(suite(`<testcase name="t" filepath="x.py"/><testcase name="t" filepath="y.py"><failure/></testcase>`));
    assert.equal(fp.byTest.tests, 2, label);
    const empty = await read(suite(`<testcase name="t" file=""/><testcase name="t"><failure/></testcase>`));
    assert.deepEqual([empty.byTest.tests, empty.byTest.failed], [1, 1], label);
  }
  // Across files too: the same test in two reports folds only when the file matches.
  const a = readReportBuffer('a.xml', suite(at('/r/a.test.mjs', failure)));
  assert.equal(mergeReports([a, readReportBuffer('b.xml', suite(at('/r/b.test.mjs')))]).counts.failed, 1);
  assert.equal(mergeReports([a, readReportBuffer('c.xml', suite(at('/r/a.test.mjs')))]).counts.flaky, 1);
});

test('id and group attributes tell apart tests that share every name (tap-junit, Common Test); reruns repeat them', async () => {
  for (const [label, read] of BOTH_WAYS) {
    // tap-junit numbers tape's assertions, whose default names repeat: a failure, then another test's pass.
    const tap = await read(suite('<testcase name="should be equal" id="1"><failure/></testcase><testcase name="should be equal" id="2"/>'));
    assert.deepEqual([tap.byTest.tests, tap.byTest.failed, tap.byTest.flaky], [2, 1, 0], label);
    // Common Test: init_per_group is a case of every group.
    const ct = await read(
      suite('<testcase group="broken" name="init_per_group"><failure message="failed!"/></testcase><testcase group="ok" name="init_per_group"/>'),
    );
    assert.deepEqual([ct.byTest.tests, ct.byTest.failed, ct.byTest.flaky], [2, 1, 0], label);
    // A rerun repeats its id and group: still folded.
    const rerun = await read(suite('<testcase group="g" id="1" name="t"><failure/></testcase><testcase name="t" id="1" group="g"/>'));
    assert.deepEqual([rerun.byTest.tests, rerun.byTest.flaky], [1, 1], label);
  }
});

test("TestNG's reporters (signed in a comment before the root): a repeated name is not a rerun — every case counts", async () => {
  // JUnitReportReporter writes cases in hash order, and a data provider's rows share the method's name:
  // rows passed, failed, passed and a retried test passed-then-failed, in that order in the file.
  const doc = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by org.testng.reporters.JUnitReportReporter -->
<testsuite hostname="vm" failures="2" tests="5" name="demong.NgTest" time="0.2" errors="0" timestamp="22 Nov 2026 01:08:18 GMT">
  <testcase classname="demong.NgTest" name="wordLength" time="0.002"/>
  <testcase classname="demong.NgTest" name="wordLength" time="0.000"><failure message="expected [3] but found [4]" type="java.lang.AssertionError"/></testcase>
  <testcase classname="demong.NgTest" name="flakyRetried" time="0.000"/>
  <testcase classname="demong.NgTest" name="wordLength" time="0.002"/>
  <testcase classname="demong.NgTest" name="flakyRetried" time="0.001"><failure message="first attempt" type="java.lang.AssertionError"/></testcase>
</testsuite>`;
  for (const [label, read] of BOTH_WAYS) {
    const r = await read(doc);
    assert.equal(r.producer, 'testng (JUnitReportReporter)', label);
    assert.deepEqual(r.byTest, { tests: 5, passed: 3, failed: 2, errored: 0, skipped: 0, flaky: 0, flakyMarkers: 0 }, label);
    assert.deepEqual(r.cases.map((c) => [c.name, c.status, c.runs]), [['wordLength', 'failed', 1], ['flakyRetried', 'failed', 1]], label);
  }
  // Without the signature, the same cases are read as reruns (the rule for everyone else).
  const unsigned = readReportBuffer('a.xml', doc.replace(/<!--.*-->/, ''));
  assert.equal(unsigned.byTest.flaky, 1);
});

test("Surefire's TestNG provider (suite TestSuite, TestNG on the test class path): data-provider rows are not folded either", async () => {
  const doc = (classPath: string, suite = 'TestSuite'): string => `<?xml version="1.0" encoding="UTF-8"?>
<testsuite xsi:noNamespaceSchemaLocation="https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="${suite}" tests="3" failures="1">
  <properties>
    <property name="java.version" value="17"/>
    <property name="surefire.test.class.path" value="${classPath}"/>
  </properties>
  <testcase name="wordLength" classname="demong.NgTest" time="0"><failure message="expected [3] but found [4]"/></testcase>
  <testcase name="wordLength" classname="demong.NgTest" time="0.005"/>
  <testcase name="wordLength" classname="demong.NgTest" time="0"/>
</testsuite>`;
  const testng = '/w/target/test-classes:/root/.m2/repository/org/testng/testng/7.8.0/testng-7.8.0.jar:/w/x.jar';
  for (const [label, read] of BOTH_WAYS) {
    const r = await read(doc(testng));
    assert.equal(r.producer, 'surefire (testng)', label);
    assert.deepEqual([r.byTest.tests, r.byTest.failed, r.byTest.flaky], [3, 1, 0], label);
  }
  // JUnit on the class path, or another suite name (the JUnit Platform's TestNG engine names suites by class): folded.
  assert.equal(readReportBuffer('a.xml', doc('/w/target/test-classes:/root/.m2/repository/junit/junit/4.13.2/junit-4.13.2.jar')).byTest.flaky, 1);
  assert.equal(readReportBuffer('a.xml', doc(testng, 'demong.NgTest')).byTest.flaky, 1);
});

test('producers that never write a rerun as a case (jest-junit, mocha, vitest, Playwright…): a pass after a failure of the same name in one file is another test; a rerun in another file still folds', async () => {
  // jest-junit names suites by their describe title: two test files with the same describe and test titles.
  const jest = (body: string): string => `<?xml version="1.0"?><testsuites name="jest tests"><testsuite name="GET /health">${body}</testsuite></testsuites>`;
  const failing = '<testcase classname="GET /health returns 200" name="GET /health returns 200"><failure>Error: expected 200, got 500</failure></testcase>';
  const passing = '<testcase classname="GET /health returns 200" name="GET /health returns 200"/>';
  for (const [label, read] of BOTH_WAYS) {
    const r = await read(jest(failing + passing));
    assert.equal(r.producer, 'jest-junit', label);
    assert.deepEqual([r.byTest.failed, r.byTest.flaky], [1, 0], label);
    // Reading the same as a rerun is still right across files: the failing run's file, then the rerun's.
    const merged = mergeReports([await read(jest(failing)), await read(jest(passing))]);
    assert.deepEqual([merged.counts.failed, merged.counts.flaky], [0, 1], label);
  }
  // A producer that does write reruns as cases (gotestsum, Gradle): in one file, failed then passed is flaky.
  assert.equal(readReportBuffer('a.xml', suite(fail('t') + pass('t'))).byTest.flaky, 1);
});

test('nameless cases are separate tests, never reruns of each other', () => {
  const r = readReportBuffer('a.xml', suite('<testcase/><testcase><failure/></testcase>'));
  assert.deepEqual(r.byTest, { tests: 2, passed: 1, failed: 1, errored: 0, skipped: 0, flaky: 0, flakyMarkers: 0 });
});

test('skipped runs do not change the outcome of runs that ran', () => {
  const r = readReportBuffer('a.xml', suite(skip('a') + pass('a') + skip('b') + fail('b') + skip('c') + skip('c')));
  assert.deepEqual(r.byTest, { tests: 3, passed: 1, failed: 1, errored: 0, skipped: 1, flaky: 0, flakyMarkers: 0 });
  assert.deepEqual(r.cases.map((c) => [c.name, c.status]), [['b', 'failed'], ['c', 'skipped']]);
});

test('surefire flakyFailure/rerunFailure: a pass with markers is flaky; with a failure it is failed', () => {
  const r = readReportBuffer('a.xml', suite(`
    <testcase classname="C" name="flaky"><flakyFailure message="first try" type="java.lang.AssertionError"><stackTrace>java.lang.AssertionError: first try
	at com.x.CTest.flaky(CTest.java:17)</stackTrace><system-out>noise that is not kept</system-out></flakyFailure><flakyError message="second"/></testcase>
    <testcase classname="C" name="always"><failure message="final"/><rerunFailure message="again"/><rerunFailure message="again"/></testcase>`));
  assert.deepEqual(r.counts, { tests: 2, passed: 1, failed: 1, errored: 0, skipped: 0, flaky: 1, flakyMarkers: 4 });
  assert.deepEqual(r.byTest, { tests: 2, passed: 0, failed: 1, errored: 0, skipped: 0, flaky: 1, flakyMarkers: 4 });
  const flaky = r.cases.find((c) => c.name === 'flaky');
  assert.equal(flaky?.status, 'flaky');
  assert.equal(flaky?.message, 'first try');
  assert.equal(flaky?.type, 'java.lang.AssertionError');
  assert.ok(flaky?.details?.includes('CTest.java:17') && !flaky.details.includes('noise'));
  assert.equal(flaky?.file, 'com/x/CTest.java');
  assert.equal(flaky?.line, 17);
  assert.equal(r.cases.find((c) => c.name === 'always')?.message, 'final');
});

test('mergeReports: a failure in one file and a pass in a later file of the same run is flaky', () => {
  const first = readReportBuffer('run-1.xml', suite(fail('t') + pass('ok') + fail('hard')));
  const second = readReportBuffer('run-2.xml', suite(pass('t') + fail('hard') + pass('new')));
  const m = mergeReports([first, second]);
  assert.deepEqual(m.counts, { tests: 4, passed: 2, failed: 1, errored: 0, skipped: 0, flaky: 1, flakyMarkers: 0 });
  assert.deepEqual(m.cases.map((c) => [c.name, c.status, c.runs]), [['t', 'flaky', 2], ['hard', 'failed', 2]]);
  // The inputs are not modified.
  assert.equal(first.cases[0]?.status, 'failed');
  // Order matters: a pass followed by a failure in a later file is a failure.
  const rev = mergeReports([second, first]);
  assert.equal(rev.cases.find((c) => c.name === 't')?.status, 'failed');
});

test('mergeReports adds attribute-only counts and reports re-read from JSON as they are', () => {
  const a = readReportBuffer('a.xml', '<testsuite name="x" tests="3" failures="1"/>');
  const b = readReportBuffer('b.xml', suite(fail('t')));
  const fromJson = JSON.parse(JSON.stringify(readReportBuffer('c.xml', suite(pass('p') + fail('q'))))) as typeof b;
  const m = mergeReports([a, b, fromJson]);
  assert.deepEqual(m.counts, { tests: 6, passed: 3, failed: 3, errored: 0, skipped: 0, flaky: 0, flakyMarkers: 0 });
  assert.deepEqual(m.cases.map((c) => c.name).sort(), ['q', 't']);
});

test("a suite's hostname tells apart suites of the same name (Playwright's projects); a rerun on the same host still folds", async () => {
  // Playwright writes each project's run of a spec file as a suite named after the file, the project as its hostname.
  const doc = (hosts: [string, string], root = '<testsuites id="" name="">'): string => `<?xml version="1.0"?>${root}
<testsuite name="api.spec.ts" hostname="${hosts[0]}"><testcase name="fails only in alpha" classname="api.spec.ts"><failure message="alpha is broken"/></testcase></testsuite>
<testsuite name="api.spec.ts" hostname="${hosts[1]}"><testcase name="fails only in alpha" classname="api.spec.ts" time="0.1"/></testsuite>
</testsuites>`;
  for (const [label, read] of BOTH_WAYS) {
    const projects = await read(doc(['alpha', 'beta']));
    assert.equal(projects.producer, 'playwright', label);
    assert.deepEqual([projects.byTest.tests, projects.byTest.failed, projects.byTest.flaky], [2, 1, 0], label);
    // (Playwright never writes a rerun as a case of its own, so an unsigned file shows the same host folding.)
    const sameHost = await read(doc(['alpha', 'alpha'], '<testsuites>'));
    assert.deepEqual([sameHost.byTest.tests, sameHost.byTest.flaky], [1, 1], label);
  }
});

test("testthat (one case per expectation, each failure signed ('file.R:line')): a failed expectation then a passing one is not flaky", async () => {
  const doc = (srcref: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="calc" hostname="vm" tests="4" failures="1">
    <testcase time="0.01" classname="calc" name="adds"/>
    <testcase time="0.49" classname="calc" name="several_expectations"><failure type="failure" message="FALSE is not TRUE${srcref}">FALSE is not TRUE</failure></testcase>
    <testcase time="0.02" classname="calc" name="several_expectations"/>
    <testcase time="0.02" classname="calc" name="several_expectations"/>
  </testsuite>
</testsuites>`;
  for (const [label, read] of BOTH_WAYS) {
    const r = await read(doc(" ('test-calc.R:25')"));
    assert.equal(r.producer, 'testthat', label);
    assert.deepEqual([r.byTest.failed, r.byTest.flaky], [1, 0], label);
    assert.deepEqual(r.cases.map((c) => [c.name, c.status, c.file, c.line]), [['several_expectations', 'failed', 'test-calc.R', 25]], label);
  }
  // Unsigned, the same cases are reruns by the rule.
  assert.equal(readReportBuffer('a.xml', doc('')).byTest.flaky, 1);
});

test("Node's reporter, known by its failure types: Node 20's same-named tests in two files (no file attribute) are not a rerun", async () => {
  const doc = `<?xml version="1.0" encoding="utf-8"?>
<testsuites>
	<testcase name="shared name" time="0.003" classname="test" failure="1 !== 2"><failure type="testCodeFailure" message="1 !== 2">Error [ERR_TEST_FAILURE]: 1 !== 2</failure></testcase>
	<testcase name="shared name" time="0.001" classname="test"/>
</testsuites>`;
  for (const [label, read] of BOTH_WAYS) {
    const r = await read(doc);
    assert.equal(r.producer, 'node:test', label);
    assert.deepEqual([r.byTest.failed, r.byTest.flaky], [1, 0], label);
  }
  // Another failure type is nobody's in particular: the rule for reruns applies.
  assert.equal(readReportBuffer('a.xml', doc.replace('testCodeFailure', 'AssertionError')).byTest.flaky, 1);
});
