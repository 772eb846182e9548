// Reports written by real test tools (Node 20/24, jest, mocha, vitest, gotestsum, Maven Surefire, pytest,
// unittest-xml-reporting, bats, RSpec, Rust libtest, CTest, GoogleTest, Boost.Test, Catch2, PHPUnit; Playwright Test,
// cucumber-js, karma; bun, deno, jasmine, tap-junit over node:test / tape / AVA TAP; Ant junit / junitreport /
// junitlauncher, the JUnit Platform console launcher, TestNG's reporters, Surefire 2 with JUnit 4 and TestNG; EUnit,
// Common Test, Perl TAP::Formatter::JUnit / TAP::Harness::JUnit, busted, Qt Test, testthat, nose2, python junitxml; Gradle 4
// with JUnit 4, pytest-rerunfailures, pytest-subtests, and NUnit 2 XML from Mono's nunit-console, which must be rejected;
// behave, pytest-bdd, doctest, CppUTest, minitest-reporters; WebdriverIO, TestCafe and Nightwatch in headless chromium)
// with designed outcomes, kept in fixtures/junit/live: each gives the
// counts fixtures/junit/live/expected.json lists (worked out from the file by the owners' rule with count.py, no
// project code), or is rejected (invalid XML, or another format: not-junit); failing cases carry the file and line listed in `failures_at`.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { JUnitReadError, readReport, type FileReport, type TestCase } from '../../src/junit/index.js';
import { fixturesDir } from './helpers.js';

const liveDir = path.join(fixturesDir, 'live');

interface Expect {
  tests: number;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
  flaky: number;
  flaky_markers: number;
}

interface FailureAt {
  name: string;
  classname?: string;
  file: string | null;
  line: number | null;
  from: 'stack' | 'attribute';
  /** Which of several same-named cases (0-based, document order), where the file does not fold them. */
  nth?: number;
}

interface Entry {
  producer: string;
  expect?: Expect;
  /** Flaky tests with reruns folded (byTest.flaky), where it differs from expect.flaky (marker passes only). */
  flaky_by_test?: number;
  error?: 'invalid-xml' | 'not-junit';
  failures_at?: FailureAt[];
}

const expected = JSON.parse(readFileSync(path.join(liveDir, 'expected.json'), 'utf8')) as Record<string, Entry>;
const files = Object.keys(expected).filter((k) => !k.startsWith('_'));
const groups = ['jsgo', 'jvm', 'native', 'web', 'runtimes', 'jvm2', 'misc', 'more', 'bdd', 'e2e'];

/** Every report below a group folder (the test sources under src/ are not reports). */
function reportsOnDisk(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel)).flatMap((e) => {
    const r = rel ? `${rel}/${e}` : e;
    if (statSync(path.join(dir, r)).isDirectory()) return e === 'src' ? [] : reportsOnDisk(dir, r);
    return e.endsWith('.xml') ? [r] : [];
  });
}

function basename(p: string): string {
  return p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
}

/**
 * The listed case: exact name (and classname when given), else the one case whose name ends with it; `nth`
 * picks one of several cases of that name (in document order) where the file does not fold them.
 */
function findCase(r: FileReport, fa: FailureAt): TestCase {
  const ofClass = r.cases.filter((c) => fa.classname === undefined || (c.classname ?? '') === fa.classname);
  const exact = ofClass.filter((c) => c.name === fa.name);
  const found = exact.length > 0 ? exact : ofClass.filter((c) => c.name.endsWith(fa.name));
  if (fa.nth !== undefined) {
    assert.ok(fa.nth < found.length, `case ${fa.nth} of ${found.length} named ${JSON.stringify(fa.name)}`);
    return found[fa.nth] as TestCase;
  }
  assert.equal(found.length, 1, `one case named ${JSON.stringify(fa.name)}: ${JSON.stringify(found.map((c) => c.name))}`);
  return found[0] as TestCase;
}

async function check(rel: string, e: Entry): Promise<FileReport | undefined> {
  const file = path.join(liveDir, rel);
  if (e.error) {
    await assert.rejects(readReport(file), (err: unknown) => {
      assert.ok(err instanceof JUnitReadError, `${rel}: a JUnitReadError, got ${String(err)}`);
      assert.equal(err.reason, e.error, `${rel}: ${err.message}`);
      return true;
    });
    return undefined;
  }
  assert.ok(e.expect, `${rel}: expected.json gives expect or error`);
  const r = await readReport(file);
  const c = r.counts;
  const { flaky, ...perCase } = e.expect;
  assert.deepEqual(
    { tests: c.tests, passed: c.passed, failed: c.failed, errored: c.errored, skipped: c.skipped, flaky_markers: c.flakyMarkers },
    perCase,
    `${rel}: counts`,
  );
  // The reader's flaky figure is per test: a marker pass is one, and so is a test that failed and then passed.
  assert.equal(r.byTest.flaky, e.flaky_by_test ?? flaky, `${rel}: flaky tests`);
  assert.equal(c.flaky, r.byTest.flaky, `${rel}: counts.flaky is the per-test figure`);
  for (const fa of e.failures_at ?? []) {
    const k = findCase(r, fa);
    const where = `${rel}: ${fa.name} (${fa.from})`;
    assert.equal(k.file === undefined ? null : basename(k.file), fa.file === null ? null : basename(fa.file), `${where}: file ${k.file}`);
    assert.equal(k.line ?? null, fa.line, `${where}: line`);
  }
  return r;
}

describe('live reports (fixtures/junit/live)', () => {
  test('expected.json lists every report on disk, and only those', () => {
    const onDisk = groups.flatMap((g) => reportsOnDisk(path.join(liveDir, g)).map((f) => `${g}/${f}`)).sort();
    assert.deepEqual(onDisk, [...files].sort());
    assert.ok(files.length >= 150, `${files.length} reports`);
  });

  for (const g of groups) {
    describe(g, () => {
      for (const rel of files.filter((f) => f.startsWith(`${g}/`))) {
        const e = expected[rel] as Entry;
        test(`${rel.slice(g.length + 1)} (${e.producer})`, async () => {
          await check(rel, e);
        });
      }
    });
  }

  test('node24-dupnames.xml: two different tests with the same name, told apart by their file attribute, are not folded', async () => {
    const r = await readReport(path.join(liveDir, 'jsgo', 'node24-dupnames.xml'));
    assert.equal(r.byTest.tests, 2);
    assert.equal(r.byTest.failed, 1);
    assert.equal(r.byTest.flaky, 0);
  });
});
