// Every real-world file in ../shared/data/junit gives the counts expected.json lists, or the expected error.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { JUnitReadError, mergeReports, readReport, type FileReport } from '../../src/junit/index.js';
import { haveShared, sharedDir } from './helpers.js';

interface Expected {
  producer: string;
  category: 'junit' | 'invalid-xml' | 'not-junit';
  expect: { tests: number; passed: number; failed: number; errored: number; skipped: number; flaky_markers: number } | string;
  suite_attributes_disagree?: Record<string, number | null>;
}

const expected: Record<string, Expected> = haveShared
  ? (JSON.parse(readFileSync(path.join(sharedDir, 'expected.json'), 'utf8')) as Record<string, Expected>)
  : {};
const files = Object.keys(expected).filter((k) => k !== '_about');

describe('shared real-world JUnit files', { skip: haveShared ? false : 'no ../shared/data/junit' }, () => {
  test('the folder holds 49 files and expected.json covers each', () => {
    const onDisk = readdirSync(sharedDir).filter((f) => f.endsWith('.xml')).sort();
    assert.equal(onDisk.length, 49);
    assert.deepEqual(onDisk, [...files].sort());
  });

  for (const f of files) {
    const e = expected[f] as Expected;
    test(`${f} (${e.producer})`, async () => {
      const file = path.join(sharedDir, f);
      if (typeof e.expect === 'string') {
        await assert.rejects(readReport(file), (err: unknown) => {
          assert.ok(err instanceof JUnitReadError, 'a JUnitReadError');
          assert.equal(err.reason, e.category);
          assert.equal(err.file, file);
          assert.ok(err.message.startsWith(`${file}:${err.line}:${err.column}: `), err.message);
          assert.ok(!err.message.includes('\n'), 'one line');
          return true;
        });
        return;
      }
      const r = await readReport(file);
      assert.equal(r.format, 'junit');
      const c = r.counts;
      assert.deepEqual(
        { tests: c.tests, passed: c.passed, failed: c.failed, errored: c.errored, skipped: c.skipped, flaky_markers: c.flakyMarkers },
        e.expect,
      );
      assert.equal(c.passed + c.failed + c.errored + c.skipped, c.tests);
      const b = r.byTest;
      assert.equal(b.passed + b.failed + b.errored + b.skipped + b.flaky, b.tests);
      // Every attribute figure expected.json lists that differs from the counts is reported.
      const countOf: Record<string, number> = { tests: c.tests, failures: c.failed, errors: c.errored, skipped: c.skipped };
      for (const [attr, value] of Object.entries(e.suite_attributes_disagree ?? {})) {
        if (value === null || value === countOf[attr]) continue;
        assert.ok(
          r.disagreements.some((d) => d.attribute === attr && d.attributeValue === value),
          `disagreement on ${attr}=${value} reported: ${JSON.stringify(r.disagreements)}`,
        );
      }
      // Every non-passing test is listed (these files are small), with a name.
      assert.equal(r.casesDropped, 0);
      const fa = r.fromAttributes;
      const fromAttrs = fa ? fa.failed + fa.errored : 0;
      assert.equal(r.cases.filter((k) => k.status !== 'skipped').length, b.failed + b.errored + b.flaky - fromAttrs);
    });
  }

  test('one unreadable file does not stop the others from counting', async () => {
    const reports: FileReport[] = [];
    const errors: JUnitReadError[] = [];
    for (const f of files) {
      try {
        reports.push(await readReport(path.join(sharedDir, f)));
      } catch (err) {
        if (err instanceof JUnitReadError) errors.push(err);
        else throw err;
      }
    }
    assert.equal(errors.length, files.filter((f) => typeof expected[f]?.expect === 'string').length);
    const total = files.reduce((n, f) => {
      const x = expected[f]?.expect;
      return typeof x === 'object' ? n + x.tests : n;
    }, 0);
    assert.equal(reports.reduce((n, r) => n + r.counts.tests, 0), total);
    const merged = mergeReports(reports);
    assert.ok(merged.counts.tests > 0 && merged.counts.tests <= total);
  });
});
