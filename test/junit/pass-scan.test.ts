// The WebAssembly accelerator for runs of plain passing cases (src/junit/pass-scan.ts, wasm/pass-scan.ts) must
// never change what the reader says: every shared real-world report, and thousands of generated and mutated
// ones (odd attributes, entities, control characters, non-ASCII, broken markup, chunk boundaries), read with it
// and without it give the same report — or the same error, at the same place.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { readReportBuffer } from '../../src/junit/read.js';
import { PassFilter, countLineFeeds, firstForbiddenByte, scanPasses, setFilterBit, sortHashes, withoutPassScan } from '../../src/junit/pass-scan.js';
import { PASS_SCAN_WASM } from '../../src/junit/pass-scan.wasm.js';
import { haveShared, repoRoot, sharedDir } from './helpers.js';

type Outcome = { report: unknown } | { error: string };

function outcome(file: string, data: Buffer): Outcome {
  try {
    return { report: readReportBuffer(file, data) };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

async function bothWays(file: string, data: Buffer): Promise<{ fast: Outcome; plain: Outcome }> {
  const fast = outcome(file, data);
  const plain = await withoutPassScan(() => outcome(file, data));
  return { fast, plain };
}

test('the committed module is what wasm/pass-scan.ts compiles to (npm run wasm)', async () => {
  const { compilePassScan } = (await import(path.join(repoRoot, 'scripts', 'wasm.mjs'))) as { compilePassScan: () => Buffer };
  assert.equal(compilePassScan().toString('base64'), PASS_SCAN_WASM, 'run `npm run wasm` and commit src/junit/pass-scan.wasm.ts');
});

test('it runs, and takes plain passing cases', () => {
  const doc = Buffer.from('<testcase name="a" classname="c"/>\n <testcase classname="c" name="b" time="0.1" />\n<testcase name="x">');
  const run = scanPasses(doc, 0, doc.length, 1, 2, new PassFilter());
  assert.ok(run, 'WebAssembly is available here');
  assert.equal(run.count, 2);
  assert.equal(run.end, doc.indexOf('<testcase name="x"'));
});

test('a case whose hash is in the filter ends the run before it, also after the filter changed', () => {
  const doc = Buffer.from('<testcase name="a" classname="c"/>\n<testcase name="b" classname="c"/>\n<testcase name="d" classname="c"/>\n');
  const filter = new PassFilter();
  const first = scanPasses(doc, 0, doc.length, 1, 2, filter);
  assert.ok(first && first.count === 3);
  const hashB = first.hashes[1] as number;
  const hashD = first.hashes[2] as number;
  setFilterBit(filter, hashD);
  const stopD = scanPasses(doc, 0, doc.length, 1, 2, filter);
  assert.deepEqual([stopD?.count, stopD?.end], [2, doc.indexOf('<testcase name="d"')]);
  // Another filter (another file read in between), then back: each scan uses the filter it is given.
  const other = new PassFilter();
  setFilterBit(other, hashB);
  assert.equal(scanPasses(doc, 0, doc.length, 1, 2, other)?.count, 1);
  setFilterBit(filter, hashB);
  assert.equal(scanPasses(doc, 0, doc.length, 1, 2, filter)?.count, 1);
  assert.equal(scanPasses(doc, 0, doc.length, 1, 2, new PassFilter())?.count, 3);
});

test('the forbidden-byte scan finds the first C0 control other than TAB, LF, CR, wherever it is', () => {
  const rand = prng(99);
  for (let i = 0; i < 3000; i++) {
    const len = Math.floor(rand() * 300);
    const bytes = Buffer.alloc(len);
    for (let j = 0; j < len; j++) bytes[j] = 32 + Math.floor(rand() * 95);
    // Allowed controls sprinkled in; now and then a forbidden one.
    for (let k = Math.floor(rand() * 4); k > 0 && len > 0; k--) bytes[Math.floor(rand() * len)] = [9, 10, 13][Math.floor(rand() * 3)] as number;
    if (rand() < 0.7 && len > 0) bytes[Math.floor(rand() * len)] = [0, 1, 8, 11, 12, 14, 31][Math.floor(rand() * 7)] as number;
    const from = Math.floor(rand() * (len + 1));
    let want = len;
    for (let j = from; j < len; j++) {
      const c = bytes[j] as number;
      if (c < 32 && c !== 9 && c !== 10 && c !== 13) {
        want = j;
        break;
      }
    }
    assert.equal(firstForbiddenByte(bytes, from), want, `case ${i}: ${bytes.toString('hex')} from ${from}`);
  }
});

test('every shared report reads the same with the accelerator and without', { skip: !haveShared && 'no ../shared/data/junit' }, async () => {
  const files = readdirSync(sharedDir).filter((f) => f !== 'expected.json');
  assert.ok(files.length >= 49);
  for (const f of files) {
    const { fast, plain } = await bothWays(f, readFileSync(path.join(sharedDir, f)));
    assert.deepEqual(fast, plain, f);
  }
});

/** A small deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A report of mostly plain passing cases in several spellings, with failures, skips and nested suites. */
function generated(rand: () => number, cases: number): string {
  const spell = [
    (n: string, c: string) => `<testcase name="${n}" classname="${c}" time="0.01"/>`,
    (n: string, c: string) => `<testcase classname='${c}' name='${n}'/>`,
    (n: string, c: string) => `<testcase\n    name = "${n}"\tclassname="${c}"\r\n  />`,
    (n: string, c: string) => `<testcase name="${n}" class="${c}" file="src/${c}.js" line="7"/>`,
    (n: string) => `<testcase name="${n}"/>`,
    (n: string, c: string) => `<testcase name="${n}" classname="${c}" classname2="x" a:b="y" _z.-9="w"/>`,
    (n: string, c: string) => `<testcase name="${n}" classname="${c}"></testcase>`,
    // id and group are part of the identity: the scan leaves such tags to the JavaScript.
    (n: string, c: string) => `<testcase id="${n.length % 3}" name="${n}" classname="${c}"/>`,
    (n: string, c: string) => `<testcase name="${n}" classname="${c}" group="g${n.length % 2}"/>`,
    (n: string, c: string) => `<testcase name="${n}" classname="${c}"><skipped/></testcase>`,
    (n: string, c: string) => `<testcase name="${n}" classname="${c}"><failure message="boom">at ${c}.${n}(X.java:3)</failure></testcase>`,
  ];
  let s = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="g">\n';
  let open = 0;
  for (let i = 0; i < cases; i++) {
    if (i % 200 === 0) {
      while (open > 0) {
        s += '</testsuite>\n';
        open--;
      }
      s += `<testsuite name="s${i}" tests="200">\n`;
      open++;
      if (rand() < 0.3) {
        s += `<testsuite name="inner${i}">\n`;
        open++;
      }
    }
    const k = rand();
    const f = spell[k < 0.6 ? 0 : Math.floor(rand() * spell.length)] as (n: string, c: string) => string;
    // Reruns: some names repeat (a pass after a failure of the same test is flaky).
    const name = rand() < 0.05 ? `t${Math.floor(i / 2)}` : `t${i}`;
    s += `${f(name, `com.acme.C${i % 7}`)}${rand() < 0.5 ? '\n' : ' '}`;
  }
  while (open > 0) {
    s += '</testsuite>\n';
    open--;
  }
  return `${s}</testsuites>\n`;
}

const MUTATIONS = [
  '&amp;', '&lt;', '&#65;', '&bogus;', '\t', '\n', '\r', '\r\n', 'é', '\u2028', '<', '>', '"', "'", '=', '/', ' ',
  ' status="skipped"', ' status="passed"', ' name="dup"', ' name=""', ' classname=""', ' class="K"', 'x', '\u0001', '\u0000',
  ' id="7"', ' group="g"', ' ids="x"', ' grou="x"',
  ' statu="x"', ' statuss="x"', ' Status="x"', ' classnam="y"', ' classnamex="y"', ' clas="y"', ' nam="z"', ' names="z"', ' n="1"',
  '<testcase name="n" classname="c"/>', '</testsuite>', '<!-- c -->', '<![CDATA[x]]>', ']]>', '<?pi?>', '\uFFFE', '\uD800',
];

function mutate(doc: string, rand: () => number, times: number): string {
  let s = doc;
  for (let m = 0; m < times; m++) {
    // Mostly inside or next to a test case tag, where the accelerator reads.
    let at = Math.floor(rand() * s.length);
    if (rand() < 0.8) {
      const t = s.indexOf('<testcase', at);
      if (t >= 0) at = t + Math.floor(rand() * 60);
    }
    at = Math.min(at, s.length);
    if (rand() < 0.25) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(rand() * 3));
    else s = s.slice(0, at) + (MUTATIONS[Math.floor(rand() * MUTATIONS.length)] as string) + s.slice(at);
  }
  return s;
}

test('generated reports read the same both ways, unmutated and with 1–3 mutations each (2,000 documents)', async () => {
  const rand = prng(20261121);
  let errors = 0;
  let reports = 0;
  for (let i = 0; i < 2000; i++) {
    const doc = generated(rand, 20 + Math.floor(rand() * 200));
    const text = i % 4 === 0 ? doc : mutate(doc, rand, 1 + Math.floor(rand() * 3));
    const { fast, plain } = await bothWays(`g${i}.xml`, Buffer.from(text));
    assert.deepEqual(fast, plain, `document ${i}:\n${text.slice(0, 2000)}`);
    if ('error' in fast) errors++;
    else reports++;
  }
  // Both kinds of outcome were exercised.
  assert.ok(errors > 200 && reports > 600, `${errors} errors, ${reports} reports`);
});

test('large reports (several 256 KB chunks, runs cut at chunk ends) read the same both ways', async () => {
  const rand = prng(7);
  for (let i = 0; i < 24; i++) {
    const doc = generated(rand, 8000 + Math.floor(rand() * 6000));
    const text = i % 3 === 0 ? doc : mutate(doc, rand, 1 + Math.floor(rand() * 4));
    const { fast, plain } = await bothWays(`big${i}.xml`, Buffer.from(text));
    assert.deepEqual(fast, plain, `large document ${i}`);
  }
});

test('around chunk ends: a character split between chunks, a BOM, a tag cut in two — the same both ways', async () => {
  const CHUNK = 256 * 1024;
  const cases = (from: number, n: number): string => Array.from({ length: n }, (_, i) => `<testcase name="t${from + i}" classname="c.K"/>\n`).join('');
  const head = '<testsuites>\n<testsuite name="s">\n';
  const tail = '</testsuite>\n</testsuites>\n';
  for (const shift of [-3, -2, -1, 0, 1, 2, 3]) {
    for (const filler of ['é', '€', '😀', 'x']) {
      // A comment with a multi-byte character ending right at (or around) the first chunk's end, then cases.
      let prefix = `${head}${cases(0, 100)}<!-- `;
      const pad = CHUNK + shift - Buffer.byteLength(prefix) - Buffer.byteLength(filler);
      prefix += 'p'.repeat(Math.max(0, pad)) + filler + ' -->\n';
      for (const bom of ['', '\uFEFF']) {
        const doc = Buffer.from(`${bom}${prefix}${cases(100, 8000)}${tail}`);
        const { fast, plain } = await bothWays(`edge-${shift}-${filler}${bom ? '-bom' : ''}.xml`, doc);
        assert.deepEqual(fast, plain, `shift ${shift}, filler ${filler}, bom ${bom !== ''}`);
        assert.ok('report' in fast && (fast.report as { counts: { tests: number } }).counts.tests === 8100);
      }
    }
    // A test case tag cut by the chunk end.
    const lead = `${head}${cases(0, 10)}`;
    const doc = Buffer.from(`${lead}${'<!--' + 'q'.repeat(CHUNK + shift - Buffer.byteLength(lead) - 30) + '-->'}\n${cases(10, 6000)}${tail}`);
    const { fast, plain } = await bothWays(`cut-${shift}.xml`, doc);
    assert.deepEqual(fast, plain, `cut, shift ${shift}`);
  }
});

test('long runs (beyond one batch of 8,192), with reruns of failed tests inside them — the same both ways', async () => {
  const rand = prng(42);
  for (let i = 0; i < 6; i++) {
    const n = 9000 + Math.floor(rand() * 20000);
    let body = '<testcase name="f1" classname="c.K"><failure message="x"/></testcase>\n<testcase name="f2" classname="c.K"><error/></testcase>\n';
    for (let k = 0; k < n; k++) body += `<testcase name="${k === 8500 ? 'f1' : k === 20000 ? 'f2' : `t${k}`}" classname="c.K" time="0.001"/>\n`;
    const doc = `<testsuites>\n<testsuite name="s">\n${body}</testsuite>\n</testsuites>\n`;
    const text = i < 2 ? doc : mutate(doc, rand, 1 + Math.floor(rand() * 3));
    const { fast, plain } = await bothWays(`long${i}.xml`, Buffer.from(text));
    assert.deepEqual(fast, plain, `long document ${i} (${n} cases)`);
    if (i < 2) {
      const counts = (fast as { report: { byTest: { flaky: number; tests: number } } }).report.byTest;
      assert.equal(counts.flaky, n > 20000 ? 2 : 1, 'the reruns that passed are flaky');
    }
  }
});


test('runs of tags alike but for their values (the skeleton path), with tricky values — the same both ways', async () => {
  const rand = prng(314159);
  // Spellings that differ only outside the values: quotes, white space, attribute order, extra attributes.
  const skeletons: Array<(n: string, c: string) => string> = [
    (n, c) => `<testcase name="${n}" classname="${c}" time="0.5"/>`,
    (n, c) => `<testcase name='${n}' classname='${c}'/>`,
    (n, c) => `<testcase classname="${c}" name="${n}" />`,
    (n, c) => `<testcase  name = "${n}"\tclass="${c}"\n/>`,
    (n, c) => `<testcase name="${n}" classname="${c}" status="passed"/>`,
    (n, c) => `<testcase name="${n}" name="${c}"/>`,
    (n, c) => `<testcase name="${n}" classname="${c}" file="${c}.js"></testcase>`,
  ];
  const pieces = ['a', 'Z', '0', '.', ' ', '-', "'", '"', '<', '>', '&amp;', '&', '=', '/', '\t', 'é', '', 'x y', '[1]', '\u007f'];
  const value = (): string => {
    let v = '';
    for (let k = Math.floor(rand() * 4); k >= 0; k--) v += rand() < 0.85 ? String.fromCharCode(97 + Math.floor(rand() * 26)) : (pieces[Math.floor(rand() * pieces.length)] as string);
    return v;
  };
  let errors = 0;
  for (let i = 0; i < 1500; i++) {
    const main = skeletons[Math.floor(rand() * skeletons.length)] as (n: string, c: string) => string;
    let body = '';
    const n = 5 + Math.floor(rand() * 60);
    for (let k = 0; k < n; k++) {
      const f = rand() < 0.9 ? main : (skeletons[Math.floor(rand() * skeletons.length)] as (n: string, c: string) => string);
      // Mostly plain values; some names repeat (reruns) or are empty.
      const r = rand();
      const name = r < 0.7 ? `t${k}` : r < 0.8 ? `t${Math.floor(k / 2)}` : r < 0.95 ? value() : '';
      const cls = rand() < 0.8 ? 'com.acme.K' : value();
      body += `${f(name, cls)}${rand() < 0.9 ? '\n' : ''}`;
    }
    const doc = `<testsuites>\n<testsuite name="s">\n<testcase name="t1" classname="com.acme.K"><failure/></testcase>\n${body}</testsuite>\n</testsuites>\n`;
    const { fast, plain } = await bothWays(`alike${i}.xml`, Buffer.from(doc));
    assert.deepEqual(fast, plain, `document ${i}:\n${doc}`);
    if ('error' in fast) errors++;
  }
  assert.ok(errors > 100 && errors < 1400, `${errors} of 1500 rejected: both outcomes exercised`);
});

test('hashes sort as numbers, and their distinct values are counted, as the typed-array sort would', () => {
  const rand = prng(2718);
  for (const n of [0, 1, 2, 3, 17, 1000, 5000, 1 << 17]) {
    for (const dupes of [0, 0.3]) {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        // Identity hashes: integers in [1, 2^53); some small, some repeated.
        values[i] = i > 0 && rand() < dupes ? (values[Math.floor(rand() * i)] as number) : rand() < 0.1 ? 1 + Math.floor(rand() * 5000) : 1 + Math.floor(rand() * 2 ** 53 - 1);
      }
      const want = Float64Array.from(values).sort();
      const distinct = new Set(want).size;
      const got = Float64Array.from(values);
      assert.equal(sortHashes(got), distinct, `n ${n}`);
      assert.deepEqual(got, want, `n ${n}`);
    }
  }
  assert.equal(sortHashes(new Float64Array((1 << 17) + 1)), undefined, 'larger arrays are left to the caller');
});

test('line feeds are counted, and the last found, as a loop over the bytes would', () => {
  const rand = prng(161803);
  for (let i = 0; i < 2000; i++) {
    const len = Math.floor(rand() * 200);
    const bytes = Buffer.alloc(len);
    for (let j = 0; j < len; j++) bytes[j] = rand() < 0.1 ? 10 : 32 + Math.floor(rand() * 95);
    const end = Math.floor(rand() * (len + 1));
    let count = 0;
    let last = -1;
    for (let j = 0; j < end; j++) {
      if (bytes[j] === 10) {
        count++;
        last = j;
      }
    }
    assert.deepEqual(countLineFeeds(bytes, end), { count, last }, `case ${i}`);
  }
});

test("the input region lies beyond all of the module's own data (nothing it writes overlaps what it reads)", () => {
  const x = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(PASS_SCAN_WASM, 'base64')), { env: { abort: () => undefined } }).exports as unknown as {
    inputOffset(): number;
    dataEnd(): number;
  };
  assert.ok(x.inputOffset() >= x.dataEnd(), `input at ${x.inputOffset()}, data up to ${x.dataEnd()}`);
  assert.equal(x.inputOffset() % 65536, 0);
});
