// Dialects and counting rules, on small inline documents and the TRX / NUnit 3 fixtures.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { readReport, readReportBuffer } from '../../src/junit/index.js';
import { fixturesDir } from './helpers.js';

const xml = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;

test('<testsuite> root, nested suites, suite paths and several failures per case', () => {
  const r = readReportBuffer('x.xml', xml(`
<testsuite name="outer" tests="4">
  <testsuite name="inner">
    <testcase classname="a.B" name="one" time="1,5"><failure message="first" type="AssertionError">body 1</failure><failure message="second"/></testcase>
    <testcase classname="a.B" name="two" time="0.25s"/>
  </testsuite>
  <testcase classname="a.C" name="three"><error message="boom"/></testcase>
  <testcase classname="a.C" name="four" status="notrun"/>
</testsuite>`));
  assert.deepEqual(r.counts, { tests: 4, passed: 1, failed: 1, errored: 1, skipped: 1, flaky: 0, flakyMarkers: 0 });
  const one = r.cases.find((c) => c.name === 'one');
  assert.deepEqual(one?.suite, ['outer', 'inner']);
  assert.equal(one?.message, 'first');
  assert.equal(one?.type, 'AssertionError');
  assert.equal(one?.details, 'body 1');
  assert.equal(one?.failureCount, 2);
  assert.equal(one?.durationMs, 1500);
  assert.deepEqual(r.cases.find((c) => c.name === 'three')?.suite, ['outer']);
  assert.deepEqual(r.disagreements, []);
});

test('cases win over suite attributes; the disagreement is recorded', () => {
  const r = readReportBuffer('x.xml', xml(`
<testsuites tests="10" failures="0">
  <testsuite name="s" tests="3" failures="0" errors="0" skipped="0">
    <testcase name="a"/><testcase name="b"><failure/></testcase>
  </testsuite>
</testsuites>`));
  assert.equal(r.counts.tests, 2);
  assert.deepEqual(r.disagreements, [
    { suite: 's', attribute: 'tests', attributeValue: 3, fromCases: 2 },
    { suite: 's', attribute: 'failures', attributeValue: 0, fromCases: 1 },
    { suite: '(root)', attribute: 'tests', attributeValue: 10, fromCases: 2 },
    { suite: '(root)', attribute: 'failures', attributeValue: 0, fromCases: 1 },
  ]);
});

test('a suite with no cases takes its counts from its attributes (once, not also from its parent)', () => {
  const r = readReportBuffer('x.xml', xml(`
<testsuites tests="9" failures="2">
  <testsuite name="listed" tests="2"><testcase name="a"/><testcase name="b"><failure/></testcase></testsuite>
  <testsuite name="summary-only" tests="7" failures="1" errors="1" skipped="2" disabled="1"/>
</testsuites>`));
  assert.deepEqual(r.counts, { tests: 9, passed: 3, failed: 2, errored: 1, skipped: 3, flaky: 0, flakyMarkers: 0 });
  assert.deepEqual(r.fromAttributes, { tests: 7, passed: 2, failed: 1, errored: 1, skipped: 3, flaky: 0, flakyMarkers: 0 });
  assert.equal(r.byTest.tests, 9);
});

test('disabled/notrun/skipped statuses skip; bazel-style status="run" does not', () => {
  const r = readReportBuffer('x.xml', xml(`<testsuite><testcase name="a" status="disabled"/><testcase name="b" status="NOTRUN"/><testcase name="c" status="run"/></testsuite>`));
  assert.equal(r.counts.skipped, 2);
  assert.equal(r.counts.passed, 1);
});

test('skipped cases are listed up to maxSkippedKept, with their reason', () => {
  const body = Array.from({ length: 5 }, (_, i) => `<testcase name="s${i}"><skipped message="why ${i}"/></testcase>`).join('');
  const r = readReportBuffer('x.xml', xml(`<testsuite>${body}</testsuite>`), { maxSkippedKept: 2 });
  assert.equal(r.counts.skipped, 5);
  assert.deepEqual(r.cases.map((c) => [c.name, c.status, c.message]), [['s0', 'skipped', 'why 0'], ['s1', 'skipped', 'why 1']]);
});

test('no message attribute: the first line of the text is the message (jest-junit failures, Surefire assumptions)', () => {
  const r = readReportBuffer('x.xml', xml(`<testsuite>
  <testcase name="jest"><failure>

  TypeError: boom &lt;x&gt;
    at Object.&lt;anonymous&gt; (/repo/__tests__/a.test.js:11:11)</failure></testcase>
  <testcase name="attr wins"><failure message="from attribute">text line</failure></testcase>
  <testcase name="assumed"><skipped type="org.opentest4j.TestAbortedException"><![CDATA[org.opentest4j.TestAbortedException: Assumption failed: not on CI
	at demo.BasicTest.assumptionSkipped(BasicTest.java:37)]]></skipped></testcase>
  <testcase name="bare skip"><skipped/></testcase>
  <testcase name="bare failure"><failure/></testcase>
</testsuite>`));
  const msg = new Map(r.cases.map((c) => [c.name, c.message]));
  assert.equal(msg.get('jest'), 'TypeError: boom <x>');
  assert.equal(r.cases.find((c) => c.name === 'jest')?.line, 11);
  assert.equal(msg.get('attr wins'), 'from attribute');
  assert.equal(msg.get('assumed'), 'org.opentest4j.TestAbortedException: Assumption failed: not on CI');
  assert.equal(msg.get('bare skip'), undefined);
  assert.equal(msg.get('bare failure'), undefined);
  assert.equal(r.counts.skipped, 2);
  assert.equal(r.counts.failed, 3);
});

test("PHPUnit: the body's first line only names the test; the message is the next one", () => {
  const r = readReportBuffer('x.xml', xml(`<testsuite name="CalcTest" file="/r/tests/CalcTest.php" tests="2" assertions="2">
  <testcase name="testAdd" class="Demo\\CalcTest" classname="Demo.CalcTest" file="/r/tests/CalcTest.php" line="16" assertions="1"><failure type="PHPUnit\\Framework\\ExpectationFailedException">Demo\\CalcTest::testAdd
Failed asserting that 4 is identical to 5.

/r/tests/CalcTest.php:18</failure></testcase>
  <testcase name="testSum with data set &quot;one&quot; (1, 1, 3)" class="Demo\\CalcTest" file="/r/tests/CalcTest.php" line="30" assertions="1"><failure>Demo\\CalcTest::testSum with data set "one" (1, 1, 3)
Failed asserting that 2 is identical to 3.</failure></testcase>
</testsuite>`));
  assert.deepEqual(r.cases.map((c) => [c.message, c.file, c.line]), [
    ['Failed asserting that 4 is identical to 5.', '/r/tests/CalcTest.php', 16],
    ['Failed asserting that 2 is identical to 3.', '/r/tests/CalcTest.php', 30],
  ]);
});

test('Go (gotestsum, go-junit-report): message="Failed" gives way to the first line of the output past go test\'s framing', () => {
  const r = readReportBuffer('x.xml', xml(`<testsuites><testsuite name="example.com/calc" tests="3" failures="3">
  <testcase classname="example.com/calc" name="TestAdd"><failure message="Failed" type="">=== RUN   TestAdd&#xA;    calc_test.go:17: Add(2,2) = 4, want 5&#xA;--- FAIL: TestAdd (0.00s)&#xA;</failure></testcase>
  <testcase classname="example.com/calc" name="TestSub"><failure message="Failed" type="">=== RUN   TestSub&#xA;--- FAIL: TestSub (0.00s)&#xA;</failure></testcase>
  <testcase classname="example.com/calc" name="TestMul"><failure message="wrong product">=== RUN   TestMul&#xA;    calc_test.go:30: 6 != 7&#xA;</failure></testcase>
</testsuite></testsuites>`));
  assert.deepEqual(r.cases.map((c) => [c.name, c.message, c.file, c.line]), [
    ['TestAdd', 'calc_test.go:17: Add(2,2) = 4, want 5', 'calc_test.go', 17],
    ['TestSub', 'Failed', undefined, undefined],
    ['TestMul', 'wrong product', 'calc_test.go', 30],
  ]);
});

test("bats: the message is the failed command (past the place line, which gives the location); a skip's reason is its text", () => {
  const r = readReportBuffer('x.xml', xml(`<testsuites time="0.05"><testsuite name="./cli.bats" tests="2" failures="1" skipped="1">
    <testcase classname="./cli.bats" name="fails" time="0.011">
        <failure type="failure">(in test file ./cli.bats, line 10)
  \`[ &quot;$output&quot; = &quot;goodbye&quot; ]&#39; failed</failure>
    </testcase>
    <testcase classname="./cli.bats" name="skips" time="0"><skipped>not on this machine &lt;&amp;&gt;</skipped></testcase>
</testsuite></testsuites>`));
  assert.deepEqual(r.cases.map((c) => [c.name, c.status, c.message, c.file, c.line]), [
    ['fails', 'failed', '`[ "$output" = "goodbye" ]\' failed', './cli.bats', 10],
    ['skips', 'skipped', 'not on this machine <&>', undefined, undefined],
  ]);
});

test('Boost.Test: message="failure" gives way to its "- message:" item, past the headings and the place items', () => {
  const r = readReportBuffer('x.xml', xml(`<testsuite tests="1" errors="0" failures="1" id="0" name="calc">
<testcase assertions="1" classname="outer.inner" name="deep_fail" time="0.000151">
<failure message="failure" type="fatal error"><![CDATA[
ASSERTION FAILURE:
- file   : calc_test.cpp
- line   : 21
- message: critical check 1 == 2 has failed [1 != 2]

]]></failure></testcase></testsuite>`));
  assert.deepEqual(r.cases.map((c) => [c.message, c.file, c.line]), [['critical check 1 == 2 has failed [1 != 2]', 'calc_test.cpp', 21]]);
});

test("pytest's report of a failure: its last run of `E   ` lines is the message (old pytest put the report in the attribute)", () => {
  const r = readReportBuffer('x.xml', xml(`<testsuite name="pytest" tests="4">
<testcase classname="test_spark.SparkTests" name="old_attribute" file="test_spark.py" line="813"><failure message="self = &lt;test_spark.SparkTests testMethod=test_rsh_events&gt;

    def test_rsh_events(self):
&gt;       self.do_test_rsh_events(3)

test_spark.py:821:${' '}
_ _ _ _ _ _ _ _ _ _ _ _
test_spark.py:852: in do_test_rsh
    self.assertEqual(expected_result, res)
E   AssertionError: 143 != 0">same report</failure></testcase>
<testcase classname="test_calc" name="long_text"><failure>def test_long():
&gt;       assert f() == 2
E       assert 1 == 2
E        +  where 1 = f()

test_calc.py:5: AssertionError</failure></testcase>
<testcase classname="test_calc" name="chained"><error>def test_chain():
        try:
&gt;           {}['k']
E           KeyError: 'k'

test_calc.py:12: KeyError

The above exception was the direct cause of the following exception:

    def test_chain():
&gt;       raise ValueError('wrapped')
E       ValueError: wrapped

test_calc.py:14: ValueError</error></testcase>
<testcase classname="t" name="not_pytest"><failure message="E   looks like a marker, but no place line follows">x</failure></testcase>
</testsuite>`));
  assert.deepEqual(r.cases.map((c) => [c.name, c.message]), [
    ['old_attribute', 'AssertionError: 143 != 0'],
    ['long_text', 'assert 1 == 2\n+  where 1 = f()'],
    ['chained', 'ValueError: wrapped'],
    ['not_pytest', 'E   looks like a marker, but no place line follows'],
  ]);
  assert.match(r.cases[1]?.details ?? '', /^def test_long/, 'the report stays whole in the details');
});

test("pytest's line attribute counts from 0 (xunit1): read as the def's line", () => {
  const r = readReportBuffer('x.xml', xml(`<testsuites name="pytest tests"><testsuite name="pytest" tests="2" failures="2">
  <testcase classname="test_outcomes" name="test_first" file="test_outcomes.py" line="0"><failure message="assert 1 == 2">x</failure></testcase>
  <testcase classname="test_outcomes" name="test_assert_fail" file="test_outcomes.py" line="10"><failure message="assert 3 == 4">y</failure></testcase>
</testsuite></testsuites>`));
  assert.equal(r.producer, 'pytest');
  assert.deepEqual(r.cases.map((c) => [c.name, c.file, c.line]), [['test_first', 'test_outcomes.py', 1], ['test_assert_fail', 'test_outcomes.py', 11]]);
  // Another producer's line attribute is read as written.
  const other = readReportBuffer('x.xml', xml('<testsuite name="t"><testcase name="a" file="a.cpp" line="10"><failure/></testcase></testsuite>'));
  assert.equal(other.cases[0]?.line, 10);
});

test("GoogleTest's root has a disabled count and no skipped one: GTEST_SKIP cases on top of it are no disagreement", () => {
  const r = readReportBuffer('x.xml', xml(`<testsuites tests="3" failures="0" disabled="1" errors="0" name="AllTests">
  <testsuite name="S" tests="3" failures="0" disabled="1" skipped="1" errors="0">
    <testcase name="ok" status="run" result="completed" classname="S"/>
    <testcase name="DISABLED_off" status="notrun" result="suppressed" classname="S"/>
    <testcase name="skips" status="run" result="skipped" classname="S"><skipped message="not here"/></testcase>
  </testsuite>
</testsuites>`));
  assert.equal(r.counts.skipped, 2);
  assert.deepEqual(r.disagreements, []);
  // A disabled count the cases do not reach is still a disagreement.
  const short = readReportBuffer('x.xml', xml('<testsuites disabled="3"><testsuite name="S"><testcase name="a" status="notrun"/></testsuite></testsuites>'));
  assert.deepEqual(short.disagreements, [{ suite: '(root)', attribute: 'skipped', attributeValue: 3, fromCases: 1 }]);
});

test('maxCasesKept bounds the list, counts stay exact', () => {
  const body = Array.from({ length: 50 }, (_, i) => `<testcase name="f${i}"><failure message="m"/></testcase>`).join('');
  const r = readReportBuffer('x.xml', xml(`<testsuite>${body}</testsuite>`), { maxCasesKept: 10 });
  assert.equal(r.counts.failed, 50);
  assert.equal(r.byTest.failed, 50);
  assert.equal(r.cases.length, 10);
  assert.equal(r.casesDropped, 40);
});

test('messages and details are truncated to the configured bytes, on a character boundary', () => {
  const long = 'é'.repeat(5000);
  const r = readReportBuffer('x.xml', xml(`<testsuite><testcase name="t"><failure message="${long}">${long}<![CDATA[${long}]]></failure></testcase></testsuite>`), {
    maxMessageBytes: 101,
    maxDetailsBytes: 300,
  });
  const c = r.cases[0];
  assert.ok(c?.message && Buffer.byteLength(c.message) <= 101, `message ${Buffer.byteLength(c?.message ?? '')} bytes`);
  assert.ok(c?.details && Buffer.byteLength(c.details) <= 300);
  assert.ok(c.message.endsWith('… [truncated]') && !c.message.includes('\uFFFD'));
});

test('producers are recognised from their markers', async () => {
  assert.equal(readReportBuffer('x', xml('<testsuites name="jest tests"><testsuite name="a"><testcase name="t"/></testsuite></testsuites>')).producer, 'jest-junit');
  assert.equal(readReportBuffer('x', xml('<testsuites><testsuite name="pytest"><testcase name="t"/></testsuite></testsuites>')).producer, 'pytest');
  assert.equal(readReportBuffer('x', xml('<testsuites name="nextest-run"><testsuite name="a"><testcase name="t"/></testsuite></testsuites>')).producer, 'cargo-nextest');
  assert.equal(readReportBuffer('x', xml('<testsuites name="vitest tests"><testsuite name="a"><testcase name="t"/></testsuite></testsuites>')).producer, 'vitest');
  assert.equal(readReportBuffer('x', xml('<testsuite name="rspec" tests="1"><testcase name="t"/></testsuite>')).producer, 'rspec (rspec_junit_formatter)');
});

test('TRX: outcomes, data-driven inner results, reruns by test id, class names from definitions', async () => {
  const r = await readReport(path.join(fixturesDir, 'dotnet-retry.trx'));
  assert.equal(r.format, 'trx');
  assert.deepEqual(r.counts, { tests: 8, passed: 3, failed: 3, errored: 1, skipped: 1, flaky: 1, flakyMarkers: 0 });
  assert.deepEqual(r.byTest, { tests: 7, passed: 2, failed: 2, errored: 1, skipped: 1, flaky: 1, flakyMarkers: 0 });
  assert.deepEqual(r.disagreements, []);
  const neg = r.cases.find((c) => c.name === 'Payments.Tests.LedgerTests.Rejects_negative');
  assert.equal(neg?.classname, 'Payments.Tests.LedgerTests');
  assert.equal(neg?.message, 'Assert.Equal() Failure\nExpected: 400\nActual:   200');
  assert.equal(neg?.file, '/src/Payments.Tests/LedgerTests.cs');
  assert.equal(neg?.line, 42);
  assert.equal(neg?.durationMs, 45);
  const retried = r.cases.find((c) => c.name.endsWith('.Retried'));
  assert.equal(retried?.status, 'flaky');
  assert.equal(retried?.runs, 2);
  assert.equal(r.cases.find((c) => c.name.endsWith('Times_out'))?.status, 'errored');
  assert.equal(r.durationMs, 2500);
});

test('NUnit 3: results and labels, suite path, failure message and stack trace (not assertions)', async () => {
  const r = await readReport(path.join(fixturesDir, 'nunit3.xml'));
  assert.equal(r.format, 'nunit3');
  assert.deepEqual(r.counts, { tests: 5, passed: 2, failed: 1, errored: 1, skipped: 1, flaky: 0, flakyMarkers: 0 });
  assert.deepEqual(r.disagreements, []);
  const neg = r.cases.find((c) => c.name === 'Rejects_negative');
  assert.deepEqual(neg?.suite, ['Payments.Tests.dll', 'LedgerTests']);
  assert.equal(neg?.classname, 'Payments.Tests.LedgerTests');
  assert.equal(neg?.message, 'Expected: 400\n  But was:  200');
  assert.equal(neg?.line, 42);
  assert.equal(r.cases.find((c) => c.name === 'Throws')?.status, 'errored');
  assert.equal(r.cases.find((c) => c.name === 'Ignored')?.message, 'not ready');
  assert.equal(r.producer, 'nunit3 (engine 3.16.3.0)');
});

test('reports serialise to JSON without the run index', () => {
  const r = readReportBuffer('x.xml', xml('<testsuite><testcase name="a"><failure/></testcase></testsuite>'));
  const json = JSON.parse(JSON.stringify(r)) as Record<string, unknown>;
  assert.equal('runIndex' in json, false);
  assert.ok(r.runIndex);
});

test("<aborted> (Ant junitlauncher's legacy XML: an assumption failed) is skipped, with its message", () => {
  const r = readReportBuffer('x.xml', xml(`<testsuite name="demo.CalcTest" tests="2" skipped="0" failures="0" errors="0">
  <testcase name="onWindows" classname="demo.CalcTest" time="0.001"><aborted message="only on Windows" type="org.junit.AssumptionViolatedException">org.junit.AssumptionViolatedException: only on Windows</aborted></testcase>
  <testcase name="adds" classname="demo.CalcTest" time="0.001"/>
</testsuite>`));
  assert.deepEqual(r.counts, { tests: 2, passed: 1, failed: 0, errored: 0, skipped: 1, flaky: 0, flakyMarkers: 0 });
  assert.deepEqual(r.cases.map((c) => [c.name, c.status, c.message]), [['onWindows', 'skipped', 'only on Windows']]);
});

test('producers named by their roots and suites: bun, deno, tap-junit (bun suites carry assertions= and file=, as PHPUnit\'s do)', () => {
  const producer = (doc: string): string | undefined => readReportBuffer('x.xml', xml(doc)).producer;
  assert.equal(producer('<testsuites name="bun test"><testsuite name="a.test.ts" file="a.test.ts" assertions="1"><testcase name="t"/></testsuite></testsuites>'), 'bun');
  assert.equal(producer('<testsuites name="deno test"><testsuite name="./a_test.ts"><testcase name="t"/></testsuite></testsuites>'), 'deno');
  assert.equal(producer('<testsuites name="r.xml"><testsuite name="Tap-Junit-Suite"><testcase name="t" id="1"/></testsuite></testsuites>'), 'tap-junit');
  assert.equal(producer('<testsuites><testsuite name="CalcTest" file="/t/CalcTest.php" assertions="2"><testcase name="t"/></testsuite></testsuites>'), 'phpunit');
});

test('failures outside the test cases are reported (not counted): suite-level elements with their place, attributes no case explains', () => {
  const r = readReportBuffer('x.xml', xml(`<testsuites tests="3" failures="1" errors="2">
  <error>spec/syntax_spec.lua:2: &lt;name&gt; expected near '='</error>
  <testsuite name="Run 1 of 1" tests="2" failures="1" errors="1">
    <testcase name="adds" classname="spec/calc_spec.lua:2"/>
    <testcase name="fails" classname="spec/calc_spec.lua:6"><failure message="nope"/></testcase>
    <error>spec/setup_spec.lua:3: setup exploded
stack traceback:
	spec/setup_spec.lua:3: in function &lt;spec/setup_spec.lua:2&gt;</error>
  </testsuite>
  <testsuite name="dies_t" tests="1" failures="0" errors="1">
    <testcase name="1 - before the die"/>
    <error message="Dubious, test returned 255 (wstat 65280, 0xff00)" />
  </testsuite>
  <testsuite name="Tap-Junit-Suite" tests="1" failures="1">
    <testcase name="first assertion" id="1"/>
  </testsuite>
  <testsuite name="rerun" tests="1" failures="1">
    <testcase name="flaky" classname="C"><flakyFailure message="first try"/></testcase>
  </testsuite>
</testsuites>`));
  assert.deepEqual(r.counts, { tests: 5, passed: 4, failed: 1, errored: 0, skipped: 0, flaky: 1, flakyMarkers: 1 });
  assert.deepEqual(r.suiteFailures, [
    { suite: '(root)', kind: 'element', message: "spec/syntax_spec.lua:2: <name> expected near '='", file: 'spec/syntax_spec.lua', line: 2 },
    { suite: 'Run 1 of 1', kind: 'element', message: 'spec/setup_spec.lua:3: setup exploded', file: 'spec/setup_spec.lua', line: 3 },
    { suite: 'dies_t', kind: 'element', message: 'Dubious, test returned 255 (wstat 65280, 0xff00)' },
    {
      suite: 'Tap-Junit-Suite',
      kind: 'attributes',
      message: 'its attributes count 1 failure, but none of its test cases failed: a test may have crashed before it was written',
    },
  ]);
  // None where there is nothing outside the cases.
  assert.equal(readReportBuffer('y.xml', xml('<testsuite tests="1" failures="1"><testcase name="a"><failure/></testcase></testsuite>')).suiteFailures, undefined);
});
