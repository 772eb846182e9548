// Malformed, hostile and odd inputs: a clear JUnitReadError naming file:line:col, quickly, never a pass.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { after, test } from 'node:test';
import { MAX_SUITE_PATH } from '../../src/junit/builder.js';
import { MAX_ATTRIBUTES } from '../../src/junit/xml.js';
import { JUnitReadError, mergeReports, readReport, readReportBuffer, type ReadErrorReason } from '../../src/junit/index.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'junit-robust-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function file(name: string, data: string | Buffer): string {
  const p = path.join(tmp, name);
  writeFileSync(p, data);
  return p;
}

async function rejects(p: string, reason: ReadErrorReason, line?: number): Promise<JUnitReadError> {
  let caught: unknown;
  try {
    await readReport(p);
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof JUnitReadError, `expected a JUnitReadError, got ${String(caught)}`);
  assert.equal(caught.reason, reason, caught.message);
  assert.equal(caught.file, p);
  assert.ok(caught.message.startsWith(p), caught.message);
  assert.ok(!caught.message.includes('\n'));
  if (line !== undefined) assert.equal(caught.line, line, caught.message);
  return caught;
}

const OK = '<testsuite name="s"><testcase name="a"/><testcase name="b"><failure message="x"/></testcase></testsuite>';

test('billion laughs is refused at the DOCTYPE, fast, without expanding anything', async () => {
  const lol = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('\n ')}
]>
<testsuite><testcase name="&lol9;"/></testsuite>`;
  const t = performance.now();
  const e = await rejects(file('lol.xml', lol), 'dtd', 2);
  assert.ok(performance.now() - t < 1000);
  assert.match(e.message, /DOCTYPE/);
});

test('XXE (external entity) is refused and reads no other file', async () => {
  const secret = file('secret.txt', 'TOP-SECRET');
  const e = await rejects(file('xxe.xml', `<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file://${secret}">]><testsuite><testcase name="&x;"/></testsuite>`), 'dtd');
  assert.ok(!e.message.includes('TOP-SECRET'));
});

test('a DOCTYPE split across read chunks is still refused before parsing it', () => {
  const pad = `<!--${' '.repeat(256 * 1024 - 8)}-->`;
  assert.throws(() => readReportBuffer('x.xml', `<?xml version="1.0"?>${pad}<!DOCTYPE a [<!ENTITY b "c">]><testsuite/>`), (e: unknown) => e instanceof JUnitReadError && e.reason === 'dtd');
});

test('undefined entities (no DTD to define them) are invalid XML', async () => {
  await rejects(file('ent.xml', '<testsuite><testcase name="&nope;"/></testsuite>'), 'invalid-xml', 1);
});

test('truncated files and unclosed CDATA name the file and say it ended early', async () => {
  const e = await rejects(file('trunc.xml', `<?xml version="1.0"?>\n<testsuite>\n<testcase name="a">\n<failure><![CDATA[stack`), 'invalid-xml');
  assert.match(e.message, /ends early|truncated/);
});

test('"<" inside an attribute value is invalid XML, at its line', async () => {
  await rejects(file('lt.xml', '<testsuites>\n<testsuite>\n<testcase name="a" time="<<computed>>"/>\n</testsuite>\n</testsuites>'), 'invalid-xml', 3);
});

test('empty and whitespace-only files', async () => {
  await rejects(file('empty.xml', ''), 'empty');
  await rejects(file('blank.xml', '  \n\t\n'), 'empty');
  await rejects(file('decl-only.xml', '<?xml version="1.0"?>\n'), 'invalid-xml');
});

test('not JUnit: another root element, named with a hint', async () => {
  const e = await rejects(file('nunit2.xml', '<?xml version="1.0"?>\n<test-results total="1"/>'), 'not-junit', 2);
  assert.match(e.message, /NUnit 2/);
  await rejects(file('html.xml', '<html><body/></html>'), 'not-junit');
});

test('not JUnit and not well-formed either: invalid XML, at the error, still naming the root', async () => {
  // Real (EnricoMi's NUnit-issue47367.xml): NUnit 2 with raw quotes inside an attribute value, at line 3.
  const e = await rejects(file('nunit2-broken.xml', '<?xml version="1.0"?>\n<test-results total="1">\n<test-case name="a("x")"/>\n</test-results>\n'), 'invalid-xml', 3);
  assert.match(e.message, /its root element <test-results> is not a test report's either \(this is NUnit 2 XML/);
  // Well-formed to the end: not JUnit, at the root.
  await rejects(file('html-2.xml', '<html>\n<body>\n<p>x</p>\n</body>\n</html>\n'), 'not-junit', 1);
});

test('JUnit with a namespace prefix is refused, not read as a report without test cases', async () => {
  const e = await rejects(file('prefixed.xml', '<j:testsuites xmlns:j="urn:x"><j:testsuite name="s"><j:testcase name="a"><j:failure/></j:testcase></j:testsuite></j:testsuites>'), 'not-junit', 1);
  assert.match(e.message, /namespace prefix/);
});

test('missing file and directory are io errors', async () => {
  await rejects(path.join(tmp, 'nope.xml'), 'io');
  await rejects(tmp, 'io');
});

test('UTF-8 with BOM, UTF-16 LE and BE (with BOM), and a declared single-byte encoding are read', async () => {
  const doc = `<?xml version="1.0" encoding="UTF-16"?>\n<testsuite name="ü"><testcase name="é 😀"/><testcase name="b"><failure message="x"/></testcase></testsuite>`;
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(doc, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  for (const [name, data] of [
    ['bom8.xml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(doc.replace('UTF-16', 'UTF-8'))])],
    ['utf16le.xml', le],
    ['utf16be.xml', be],
    ['utf16-declared-but-utf8.xml', Buffer.from(doc)],
  ] as const) {
    const r = await readReport(file(name, data));
    assert.equal(r.counts.tests, 2, name);
    assert.deepEqual(r.cases[0]?.suite, ['ü'], name);
  }
  const latin1 = Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?><testsuite name="caf\xe9"><testcase name="a"><failure/></testcase></testsuite>`, 'latin1');
  assert.deepEqual((await readReport(file('latin1.xml', latin1))).cases[0]?.suite, ['café']);
  await rejects(file('weird-enc.xml', '<?xml version="1.0" encoding="x-no-such"?><testsuite/>'), 'invalid-xml', 1);
});

test('absurd nesting is refused instead of growing a stack', () => {
  const deep = '<testsuites>' + '<testsuite>'.repeat(20_000);
  assert.throws(() => readReportBuffer('deep.xml', deep), (e: unknown) => e instanceof JUnitReadError && e.reason === 'not-junit');
});

test("beyond the tokenizer's limits (a 1 MB element name, 10,001 attributes): refused as no test report, not called malformed", async () => {
  // (A name is checked against MAX_TOKEN when it runs past the data at hand: one that long always does.)
  const long = await rejects(file('long-name.xml', `<testsuite name="s">\n<${'x'.repeat(1 << 20)}/></testsuite>`), 'not-junit', 2);
  assert.match(long.message, /: element name longer than 4096 characters: beyond this reader's limits/);
  const attrs = Array.from({ length: MAX_ATTRIBUTES + 1 }, (_, i) => `a${i}="v"`).join(' ');
  const many = await rejects(file('many-attrs.xml', `<testsuite name="s"><testcase name="a" ${attrs}/></testsuite>`), 'not-junit', 1);
  assert.match(many.message, /more than 10000 attributes on one element: beyond this reader's limits/);
  assert.doesNotMatch(many.message, /well-formed/);
});

test('suites nested thousands deep: exact counts, suite paths capped (outermost names, …, innermost), reruns still fold', () => {
  // Uncapped, every suite's path copied its parent's: 9,000 nested suites (360 KB) cost 590 MB and 1.2 s.
  const depth = 5_000;
  const nest = (inner: string, failing: boolean): string =>
    '<testsuites>' +
    Array.from({ length: depth }, (_, i) => `<testsuite name="s${i}"${i === 2 ? ' tests="99"' : ''}>`).join('') +
    `<testcase classname="c" name="deepest">${failing ? '<failure message="m"/>' : ''}</testcase>${inner}` +
    '</testsuite>'.repeat(depth) +
    '</testsuites>';
  const r = readReportBuffer('deep.xml', nest('<testcase classname="c" name="other"><error/></testcase>', true));
  assert.deepEqual(r.counts, { tests: 2, passed: 0, failed: 1, errored: 1, skipped: 0, flaky: 0, flakyMarkers: 0 });
  const deepest = r.cases.find((c) => c.name === 'deepest');
  assert.equal(deepest?.suite.length, MAX_SUITE_PATH);
  assert.deepEqual(deepest?.suite.slice(0, 3), ['s0', 's1', 's2']);
  assert.deepEqual(deepest?.suite.slice(-2), ['…', `s${depth - 1}`]);
  // A disagreement's label is the capped path too.
  assert.deepEqual(r.disagreements.map((d) => [d.suite, d.attribute, d.attributeValue, d.fromCases]), [['s0 › s1 › s2', 'tests', 99, 2]]);
  // Identity keeps every name: the same test in a later file is its rerun (flaky), and the same name one level
  // shallower (same capped path but for its innermost name) is another test.
  const merged = mergeReports([r, readReportBuffer('deep-2.xml', nest('', false))]);
  assert.equal(merged.cases.find((c) => c.name === 'deepest')?.status, 'flaky');
  // NUnit 3 nests <test-suite> the same way.
  const n3 =
    '<test-run id="2" testcasecount="1" result="Failed" total="1" passed="0" failed="1" skipped="0">' +
    '<test-suite type="TestSuite" name="n">'.repeat(depth) +
    '<test-case id="1" name="t" fullname="N.t" result="Failed"><failure><message>m</message></failure></test-case>' +
    '</test-suite>'.repeat(depth) +
    '</test-run>';
  const nunit = readReportBuffer('deep-nunit3.xml', n3);
  assert.equal(nunit.counts.failed, 1);
  assert.ok((nunit.cases[0]?.suite.length ?? Infinity) <= MAX_SUITE_PATH, String(nunit.cases[0]?.suite.length));
});

test('a huge system-out (CDATA, 40 MB) is streamed past with bounded memory', async () => {
  const p = path.join(tmp, 'huge.xml');
  const line = 'log line with <angle> brackets and & ampersands\n'.repeat(1000);
  const chunks = [`<testsuite name="s"><testcase name="a"><failure message="m">trace</failure><system-out><![CDATA[`];
  for (let i = 0; i < 850; i++) chunks.push(line);
  chunks.push(']]></system-out></testcase><testcase name="b"/></testsuite>');
  writeFileSync(p, chunks.join(''));
  chunks.length = 0;
  // What counts is what the reader keeps alive, not garbage V8 has not collected yet (decoded 256 KB chunks
  // wait for a major GC): a sample over the bound is taken again after a full collection. Large strings live
  // outside V8's heap (Node makes strings over ~1 MB external), so `external` counts too.
  const gc = exposedGc();
  const used = (): number => {
    const m = process.memoryUsage();
    return m.heapUsed + m.external;
  };
  gc();
  const before = used();
  let peak = before;
  const timer = setInterval(() => {
    let now = used();
    if (now - before >= 30e6) {
      gc();
      now = used();
    }
    peak = Math.max(peak, now);
  }, 1);
  const r = await readReport(p);
  clearInterval(timer);
  assert.equal(r.counts.tests, 2);
  // Keeping the 40 MB of text would be ≥ 40 MB live.
  assert.ok(peak - before < 30e6, `live memory grew by ${((peak - before) / 1e6).toFixed(1)} MB`);
});

test('a huge attribute value (40 MB, split over many chunks) is kept only up to the text limit', async () => {
  const p = path.join(tmp, 'huge-attr.xml');
  writeFileSync(p, `<testsuite name="s"><testcase name="a"><failure message="${'m &amp; '.repeat(5_000_000)}">trace</failure></testcase></testsuite>`);
  const r = await readReport(p, { maxMessageBytes: 100 });
  assert.equal(r.counts.failed, 1);
  assert.ok((r.cases[0]?.message?.length ?? 0) <= 100);
  assert.match(r.cases[0]?.message ?? '', /^m & m & /);
});

test('an error deep in a many-chunk file is reported at its line, and the file is closed', async () => {
  const rows = Array.from({ length: 30_000 }, (_, i) => `<testcase name="t${i}" classname="c.K"/>`);
  rows[20_000] = '<testcase name="bad" classname="c.K" time="1" time="2"/>';
  const p = file('deep-error.xml', `<testsuite name="s">\n${rows.join('\n')}\n</testsuite>\n`);
  const fds = (): number => readdirSync('/proc/self/fd').length;
  const before = fds();
  for (let i = 0; i < 20; i++) {
    await assert.rejects(readReport(p), (e: unknown) => e instanceof JUnitReadError && e.reason === 'invalid-xml' && /deep-error\.xml:20002:/.test(e.message));
  }
  // Another read of a good many-chunk file in the same state works (nothing left over from the failed ones).
  const good = file('deep-good.xml', `<testsuite name="s">\n${rows.filter((_, i) => i !== 20_000).join('\n')}\n</testsuite>\n`);
  assert.equal((await readReport(good)).counts.tests, 29_999);
  assert.ok(fds() <= before, `file handles leaked: ${before} before, ${fds()} after`);
});

test('other files still count when one is broken (no shared state between reads)', async () => {
  const good = file('good.xml', OK);
  const bad = file('bad.xml', '<testsuite><testcase name="x">');
  const results = await Promise.allSettled([readReport(good), readReport(bad), readReport(good)]);
  assert.deepEqual(results.map((x) => x.status), ['fulfilled', 'rejected', 'fulfilled']);
  for (const x of results) if (x.status === 'fulfilled') assert.equal(x.value.counts.failed, 1);
});

/** V8's full collection (exposed on demand; the test runner does not start Node with --expose-gc). */
function exposedGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
