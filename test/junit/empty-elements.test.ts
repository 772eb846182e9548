// The reader takes a plain passing <testcase .../> in one call (XmlHandler.empty) instead of open and close:
// the report must be exactly the one the long way gives, which `<testcase ...></testcase>` takes.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { mergeReports, readReportBuffer } from '../../src/junit/index.js';
import { fixturesDir, sharedDir } from './helpers.js';

/** The document with every empty <testcase/> written out as <testcase></testcase>. */
function expand(doc: string): string {
  return doc.replace(/<testcase((?:\s+[^\s=<>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/>/g, '<testcase$1></testcase>');
}

function same(file: string, doc: string | Buffer): void {
  const text = typeof doc === 'string' ? doc : doc.toString('utf8');
  const long = expand(text);
  if (long === text) return;
  const read = (d: string | Buffer): unknown => {
    try {
      const r = readReportBuffer(file, d);
      return { r, merged: mergeReports([r]) };
    } catch (err) {
      return String(err);
    }
  };
  assert.deepEqual(read(typeof doc === 'string' ? doc : doc), read(long), file);
}

test('empty <testcase/> elements: the same report as written out', () => {
  const suite = (cases: string, attrs = ''): string => `<?xml version="1.0"?><testsuites><testsuite name="s"${attrs}>${cases}</testsuite></testsuites>`;
  const docs = [
    suite('<testcase classname="C" name="a"/><testcase classname="C" name="b" time="0.5"/>'),
    // reruns: a pass after a failure of the same test (flaky), and before one (failed)
    suite('<testcase classname="C" name="a"><failure/></testcase><testcase classname="C" name="a"/><testcase classname="C" name="b"/><testcase classname="C" name="b"><error/></testcase>'),
    // class instead of classname (a rerun tells whether it counts); no class; no name (each its own test)
    suite('<testcase class="K" name="a"><failure/></testcase><testcase class="K" name="a"/><testcase name="b"/>'),
    suite('<testcase classname="C"/><testcase classname="C"/><testcase name=""/><testcase name=""/>'),
    // status (skipped, Bazel's "run"); file and line
    suite('<testcase name="c" status="disabled"/>'),
    suite('<testcase name="d" status="run" duration="1"/><testcase name="e" file="x.js" line="3"/><testcase name="f" status="passed"/>'),
    // nested suites, and cases straight under <testsuites>
    `<testsuites><testcase name="top"/><testsuite name="o"><testsuite name="i"><testcase name="x"/></testsuite><testcase name="y"/></testsuite></testsuites>`,
    `<testsuite name="root"><testcase name="a"/><testcase name="a"/></testsuite>`,
    // classname changes from case to case, flaky markers before a pass of the same test
    suite('<testcase classname="A" name="t"/><testcase classname="B" name="t"/><testcase classname="A" name="t"><flakyFailure/></testcase><testcase classname="A" name="t"/>'),
    suite('<testcase classname="C" name="a"/>', ' tests="5" failures="1"'),
    // not JUnit: TRX / NUnit elements that happen to be called testcase
    '<test-run><test-suite name="s"><test-case name="a" result="Passed"/><testcase name="b"/></test-suite></test-run>',
  ];
  for (const [i, d] of docs.entries()) same(`doc${i}.xml`, d);
});

test('empty <testcase/> elements in real report files: the same report as written out', () => {
  let n = 0;
  for (const dir of [sharedDir, fixturesDir]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!/\.(xml|trx)$/i.test(f)) continue;
      const buf = readFileSync(path.join(dir, f));
      if (buf[0] === 0xff || buf[0] === 0xfe || buf[1] === 0) continue; // UTF-16: the pattern is for UTF-8
      same(f, buf);
      n++;
    }
  }
  assert.ok(n > 0);
});
