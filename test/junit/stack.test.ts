// Source locations from stack traces, for producers that write no file/line attributes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locateInStack, parseDurationMs, readReportBuffer } from '../../src/junit/index.js';

test('Java: the frame of the test class, as a package path', () => {
  const trace = `org.opentest4j.AssertionFailedError: expected: <1> but was: <2>
	at org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:55)
	at com.x.util.Helper.check(Helper.java:10)
	at com.x.Foo.bar(Foo.java:42)
	at java.base/java.lang.reflect.Method.invoke(Method.java:580)`;
  assert.deepEqual(locateInStack(trace, { classname: 'com.x.Foo' }), { file: 'com/x/Foo.java', line: 42 });
  // Without a class hint: the first frame outside test frameworks and the JDK.
  assert.deepEqual(locateInStack(trace), { file: 'com/x/util/Helper.java', line: 10 });
  // Inner classes and Kotlin.
  assert.deepEqual(locateInStack('\tat com.x.FooTest$Nested.t(FooTest.kt:7)', { classname: 'com.x.FooTest' }), { file: 'com/x/FooTest.kt', line: 7 });
});

test('Python: pytest location lines, else the deepest traceback frame in the project', () => {
  assert.deepEqual(locateInStack(`def test_x():
>       assert 1 == 2
E       assert 1 == 2

tests/test_x.py:12: AssertionError`), { file: 'tests/test_x.py', line: 12 });
  assert.deepEqual(locateInStack(`Traceback (most recent call last):
  File "/repo/tests/test_api.py", line 30, in test_get
    client.get()
  File "/repo/app/client.py", line 12, in get
    raise ValueError()
  File "/usr/lib/python3.12/site-packages/requests/api.py", line 5, in get
ValueError`), { file: '/repo/app/client.py', line: 12 });
  assert.deepEqual(locateInStack('  File "x.py", line 12, in <module>'), { file: 'x.py', line: 12 });
});

test("pytest: a collection error's frame in Python's own library (not site-packages) is skipped too", () => {
  const text = `ImportError while importing test module '/r/tests/test_broken_import.py'.
Traceback:
/root/.pyenv/versions/3.11.7/lib/python3.11/importlib/__init__.py:126: in import_module
    return _bootstrap._gcd_import(name[level:], package, level)
tests/test_broken_import.py:1: in <module>
    import nonexistent_module_xyz  # noqa
E   ModuleNotFoundError: No module named 'nonexistent_module_xyz'`;
  assert.deepEqual(locateInStack(text), { file: 'tests/test_broken_import.py', line: 1 });
  assert.deepEqual(locateInStack('  File "/usr/lib/python3.12/unittest/case.py", line 5, in run\n  File "/r/t/test_x.py", line 9, in test_a'), { file: '/r/t/test_x.py', line: 9 });
});

test('JavaScript / TypeScript: the first frame outside node_modules and node internals', () => {
  assert.deepEqual(locateInStack(`Error: expect(received).toBe(expected)
    at Object.<anonymous> (/path/file.js:10:5)
    at Promise.then.completed (/repo/node_modules/jest-circus/build/utils.js:298:28)`), { file: '/path/file.js', line: 10 });
  assert.deepEqual(locateInStack(`AssertionError [ERR_ASSERTION]: nope
    at node:internal/test_runner/test:1:1
    at file:///repo/test/a.test.mjs:4:3`), { file: '/repo/test/a.test.mjs', line: 4 });
  assert.deepEqual(locateInStack('    at /repo/src/x.ts:7:1'), { file: '/repo/src/x.ts', line: 7 });
});

test("vitest's frames (` ❯ file:line:col`, with or without a function name), also when the file is given", () => {
  // As vitest 4's junit reporter writes them (the body of a <failure>).
  const body = `AssertionError: expected 1 to be 2 // Object.is equality

- Expected
+ Received

- 2
+ 1

 ❯ node_modules/@vitest/runner/dist/index.js:10:3
 ❯ helper test/util.ts:3:9
 ❯ test/basic.test.js:13:38`;
  assert.deepEqual(locateInStack(body), { file: 'test/util.ts', line: 3 });
  assert.deepEqual(locateInStack(body, { file: 'test/basic.test.js' }), { file: 'test/basic.test.js', line: 13 });
  assert.deepEqual(locateInStack('TypeError: boom\n ❯ test/basic.test.js:17:11'), { file: 'test/basic.test.js', line: 17 });
});

test('Go: t.Errorf lines and panics, preferring _test.go files', () => {
  assert.deepEqual(locateInStack(`=== RUN   TestAdd
    file_test.go:12: got 3, want 4
--- FAIL: TestAdd (0.00s)`), { file: 'file_test.go', line: 12 });
  assert.deepEqual(locateInStack(`panic: boom
goroutine 7 [running]:
	/usr/local/go/src/runtime/panic.go:770 +0x132
	/repo/pkg/calc.go:9 +0x1d
	/repo/pkg/calc_test.go:21 +0x25`), { file: '/repo/pkg/calc_test.go', line: 21 });
});

test("bats: the place line of a failed command, or of a failed setup", () => {
  assert.deepEqual(locateInStack("(in test file test/cli.bats, line 10)\n  `[ \"$output\" = \"x\" ]' failed"), { file: 'test/cli.bats', line: 10 });
  assert.deepEqual(locateInStack("(from function `setup' in test file ./other.bats, line 2)\n  `false' failed"), { file: './other.bats', line: 2 });
});

test('Boost.Test: the file and line items of its JUnit log (an unknown place, line 0, is passed over)', () => {
  const text = 'UNCAUGHT EXCEPTION:\n- file: unknown location\n- line: 0\n\nLast checkpoint:\n- message: "x"\n- file: calc_test.cpp\n- line: 14\n';
  assert.deepEqual(locateInStack(text), { file: 'calc_test.cpp', line: 14 });
  assert.deepEqual(locateInStack('\nASSERTION FAILURE:\n- file   : calc_test.cpp\n- line   : 11\n- message: broken\n'), { file: 'calc_test.cpp', line: 11 });
});

test("Rust: libtest's should_panic that did not panic names its place in the message", () => {
  assert.deepEqual(locateInStack('test did not panic as expected at src/lib.rs:42:8'), { file: 'src/lib.rs', line: 42 });
});

test('.NET, Rust and C/C++ forms', () => {
  assert.deepEqual(locateInStack('   at App.Tests.CalcTests.Adds() in /src/App.Tests/CalcTests.cs:line 27'), { file: '/src/App.Tests/CalcTests.cs', line: 27 });
  assert.deepEqual(locateInStack("thread 'tests::adds' panicked at src/lib.rs:10:5:\nassertion failed"), { file: 'src/lib.rs', line: 10 });
  assert.deepEqual(locateInStack("thread 'main' panicked at 'boom', src/main.rs:3:9"), { file: 'src/main.rs', line: 3 });
  assert.deepEqual(locateInStack('/home/ci/src/test_calc.cpp:31: FAILED:\n  REQUIRE( add(1, 1) == 3 )'), { file: '/home/ci/src/test_calc.cpp', line: 31 });
  assert.equal(locateInStack('nothing here'), undefined);
  assert.equal(locateInStack(undefined), undefined);
});

test('the reader fills file/line from the trace only when the attributes have none', () => {
  const r = readReportBuffer('x.xml', `<testsuite>
    <testcase classname="com.x.Foo" name="a"><failure>at com.x.Foo.a(Foo.java:42)</failure></testcase>
    <testcase classname="com.x.Foo" name="b" file="src/Foo.java" line="7"><failure>at com.x.Foo.b(Foo.java:42)</failure></testcase>
    <testcase classname="t" name="c" file="tests/test_c.py"><failure>tests/test_c.py:9: AssertionError</failure></testcase>
  </testsuite>`);
  assert.deepEqual(r.cases.map((c) => [c.name, c.file, c.line]), [
    ['a', 'com/x/Foo.java', 42],
    ['b', 'src/Foo.java', 7],
    ['c', 'tests/test_c.py', 9],
  ]);
});

test('durations: seconds, decimal commas, units, time spans; junk is no duration', () => {
  assert.equal(parseDurationMs('0.123'), 123);
  assert.equal(parseDurationMs('1,5'), 1500);
  assert.equal(parseDurationMs('1,234.5'), 1234500);
  assert.equal(parseDurationMs('1.4e-05'), 0.014);
  // What the file says, without the binary noise of × 1000 (0.16699999999999998, 1000.9999999999999).
  assert.equal(parseDurationMs('0.000167'), 0.167);
  assert.equal(parseDurationMs('1,001'), 1001);
  assert.equal(parseDurationMs('120ms'), 120);
  assert.equal(parseDurationMs('1.5 s'), 1500);
  assert.equal(parseDurationMs('1m30s'), 90000);
  assert.equal(parseDurationMs('00:00:01.2500000'), 1250);
  assert.equal(parseDurationMs('1.02:00:00'), 93600000);
  assert.equal(parseDurationMs('<<computed>>'), undefined);
  assert.equal(parseDurationMs('-1'), undefined);
  assert.equal(parseDurationMs(''), undefined);
  assert.equal(parseDurationMs(undefined), undefined);
});

test("Java frames behind a class loader or module (`app//`, `java.base@17.0.15/`); Ant's own frames are not the test's", () => {
  const trace = `java.lang.AssertionError: expected:<1> but was:<2>
	at java.base@17.0.15/java.lang.Thread.sleep(Native Method)
	at app//org.junit.Assert.fail(Assert.java:89)
	at app//demo.CalcTest.timesOut(CalcTest.java:57)`;
  assert.deepEqual(locateInStack(trace, { classname: 'demo.CalcTest' }), { file: 'demo/CalcTest.java', line: 57 });
  assert.deepEqual(locateInStack(trace), { file: 'demo/CalcTest.java', line: 57 });
  const ant = `java.lang.AssertionError: Expected exception: java.lang.IllegalStateException
	at org.apache.tools.ant.taskdefs.optional.junitlauncher.LauncherSupport.fireEnd(LauncherSupport.java:144)
	at demo.util.Checks.run(Checks.java:12)`;
  assert.deepEqual(locateInStack(ant), { file: 'demo/util/Checks.java', line: 12 });
});

test('JavaScript places in text that lost its line breaks (tap-junit): frames in parentheses, then node:test TAP locations', () => {
  const tape =
    'operator: equal expected: 3 actual: 2 at: Test.<anonymous> (/w/tap/defaults.test.js:6:5) stack: Error: should be strictly equal ' +
    '    at Test.assert [as _assert] (/w/node_modules/tape/lib/test.js:548:48)     at Test.<anonymous> (/w/tap/defaults.test.js:6:5)';
  assert.deepEqual(locateInStack(tape), { file: '/w/tap/defaults.test.js', line: 6 });
  const nodeTap =
    "location: '/w/basic.test.mjs:8:1' failureType: testCodeFailure error: boom code: ERR_TEST_FAILURE stack: TestContext.<anonymous> (file:///w/basic.test.mjs:9:10) Test.runInAsyncScope (node:async_hooks:214:14)";
  assert.deepEqual(locateInStack(nodeTap), { file: '/w/basic.test.mjs', line: 9 });
  assert.deepEqual(locateInStack('type: suite location: /w/basic.test.mjs:25:1 failureType: subtestsFailed'), { file: '/w/basic.test.mjs', line: 25 });
});

test('Perl (`at t/basic.t line 8.`) and Erlang (`(calc_tests.erl, line 10)`, innermost first)', () => {
  assert.deepEqual(locateInStack("not ok 2 - ok fails\n\n#   Failed test 'ok fails'\n#   at t/basic.t line 8."), { file: 't/basic.t', line: 8 });
  const eunit = `::in function calc_tests:sub_test/0 (calc_tests.erl, line 10)
in call from eunit_test:run_testfun/1 (eunit_test.erl, line 71)
**error:{assertEqual,[{module,calc_tests},{line,10}]}`;
  assert.deepEqual(locateInStack(eunit), { file: 'calc_tests.erl', line: 10 });
});

test('the place only in the message (testthat), a line with the file in the class or suite (Deno), messages of tracebacks', () => {
  const r = readReportBuffer('x.xml', `<testsuites name="deno test">
  <testsuite name="calc">
    <testcase classname="calc" name="adds"><failure type="failure" message="2 + 2 not equal to 5. ('test-calc.R:6')">2 + 2 not equal to 5.
1/1 mismatches</failure></testcase>
  </testsuite>
  <testsuite name="./basic_test.ts">
    <testcase name="fails" classname="./basic_test.ts" line="8" col="6"><failure message="boom">at file:///w/basic_test.ts:9:3</failure></testcase>
  </testsuite>
  <testsuite name="tests/login.spec.ts">
    <testcase name="logs in" classname="login › logs in" line="12"><failure message="x"/></testcase>
  </testsuite>
  <testsuite name="demo.CalcTest">
    <testcase name="java" classname="demo.CalcTest" line="3"><failure message="x"/></testcase>
  </testsuite>
  <testsuite name="py">
    <testcase classname="test_calc.CalcTest" name="test_sub"><failure>Traceback (most recent call last):
  File "/w/test_calc.py", line 9, in test_sub
    self.assertEqual(3 - 1, 1)
AssertionError: 2 != 1

first difference</failure></testcase>
    <testcase classname="test_calc.CalcTest" name="test_chain"><error>Traceback (most recent call last):
  File "/w/test_calc.py", line 12, in test_chain
    {}['k']
KeyError: 'k'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/w/test_calc.py", line 14, in test_chain
    raise ValueError('wrapped')
ValueError: wrapped</error></testcase>
    <testcase classname="calc_tests" name="sub_test"><error type="error">
::in function calc_tests:sub_test/0 (calc_tests.erl, line 10)
in call from eunit_test:run_testfun/1 (eunit_test.erl, line 71)
**error:badarith
</error></testcase>
  </testsuite>
</testsuites>`);
  const at = (name: string): unknown => {
    const c = r.cases.find((x) => x.name === name);
    return [c?.file, c?.line, c?.message];
  };
  assert.equal(r.producer, 'deno');
  assert.deepEqual(at('adds'), ['test-calc.R', 6, "2 + 2 not equal to 5. ('test-calc.R:6')"]);
  assert.deepEqual(at('fails'), ['./basic_test.ts', 8, 'boom']);
  assert.deepEqual(at('logs in'), ['tests/login.spec.ts', 12, 'x']);
  assert.deepEqual(at('java'), [undefined, 3, 'x'], 'a Java class is not a path');
  assert.deepEqual(at('test_sub'), ['/w/test_calc.py', 9, 'AssertionError: 2 != 1']);
  assert.deepEqual(at('test_chain'), ['/w/test_calc.py', 14, 'ValueError: wrapped']);
  assert.deepEqual(at('sub_test'), ['calc_tests.erl', 10, '**error:badarith']);
});

test("a JavaScript place standing alone (Playwright's heading of a test.fail that passed)", () => {
  assert.deepEqual(locateInStack('api.spec.ts:51:1 expected failure (test.fail) that passes unexpectedly'), { file: 'api.spec.ts', line: 51 });
  assert.deepEqual(locateInStack('  [api] › tests/api.spec.ts:51:1 › expected failure ─────'), { file: 'tests/api.spec.ts', line: 51 });
  assert.equal(locateInStack('version 1.2.3:4 of x.js'), undefined, 'a line needs its column');
});

test("a failure's own file and line (CxxTest: the case's line is the test's, the failure's the assertion's) win where the case has no file", () => {
  const r = readReportBuffer('x.xml', `<testsuite name="calc">
  <testcase classname="CalcTest" name="testAddEqualsFails" line="15"><failure file="CalcTest.h" line="16" type="failedAssertEquals">Error: Expected (add(2, 2) == 5), found (4 != 5)</failure></testcase>
  <testcase classname="CalcTest" name="keepsItsOwn" file="tests/own.h" line="30"><failure file="CalcTest.h" line="31">x</failure></testcase>
</testsuite>`);
  assert.deepEqual(r.cases.map((c) => [c.name, c.file, c.line]), [
    ['testAddEqualsFails', 'CalcTest.h', 16],
    ['keepsItsOwn', 'tests/own.h', 30],
  ]);
});

test("behave's step place (`Location: features/calc.feature:14`) where the failure has no traceback", () => {
  assert.deepEqual(
    locateInStack('Failing step: Then the result is 5 ... failed in 0.000s\nLocation: features/calc.feature:14\nAssertion Failed: expected 5, got 4'),
    { file: 'features/calc.feature', line: 14 },
  );
});

test("WebdriverIO: a failure with no text is placed from the case's <system-err>; file:// file attributes are paths; TestCafe's hook heading passed over", () => {
  const r = readReportBuffer('x.xml', `<testsuites><testsuite name="shop">
  <testcase classname="chrome.shop" name="clicks" file="file://./specs/basic.e2e.js">
    <failure message="Cannot read properties of null (reading 'click')"/>
    <system-out><![CDATA[COMMAND: GET /session/1/element - {}]]></system-out>
    <system-err><![CDATA[
TypeError: Cannot read properties of null (reading 'click')
    at Context.<anonymous> (file:///w/specs/basic.e2e.js:24:13)
]]></system-err>
  </testcase>
  <testcase classname="Shop" name="hook"><failure>1) - Error in fixture.beforeEach hook -
Error: beforeEach exploded

Browser: Chrome 156</failure></testcase>
  <testcase classname="Shop" name="passes"><system-err>at x (/w/other.js:1:1)</system-err></testcase>
</testsuite></testsuites>`);
  assert.deepEqual(r.cases.map((c) => [c.name, c.file, c.line, c.message]), [
    ['clicks', './specs/basic.e2e.js', 24, "Cannot read properties of null (reading 'click')"],
    ['hook', undefined, undefined, 'Error: beforeEach exploded'],
  ]);
});
