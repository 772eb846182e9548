// The hand-written tokenizer (src/junit/xml.ts) against saxes (strict XML 1.0, no namespaces): the same
// element / attribute / text stream on every well-formed document, a rejection of every malformed one —
// on the shared real-world files, on generated documents and on random mutations of them, each fed whole
// and in small pieces (so every construct is also cut by chunk ends).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { SaxesParser } from 'saxes';
import { MAX_TOKEN, XmlTokenizer, type XmlHandler, type XmlTag } from '../../src/junit/xml.js';
import { fixturesDir, haveShared, sharedDir } from './helpers.js';

type Ev = string;

/** Events as comparable strings; adjacent text merged; text outside the root element ignored. */
class Recorder {
  readonly ev: Ev[] = [];
  private text = '';
  depth = 0;
  addText(s: string): void {
    if (this.depth > 0) this.text += s;
  }
  flush(): void {
    if (this.text !== '') this.ev.push(`T:${JSON.stringify(this.text)}`);
    this.text = '';
  }
  open(name: string, attrs: Array<[string, string]>): void {
    this.flush();
    this.depth++;
    this.ev.push(`O:${name} ${JSON.stringify(attrs)}`);
  }
  close(): void {
    this.flush();
    this.depth--;
    this.ev.push('C');
  }
}

function withSaxes(doc: string): Ev[] | Error {
  const r = new Recorder();
  const p = new SaxesParser({ xmlns: false, position: true });
  p.on('opentag', (t) => r.open(t.name, Object.entries(t.attributes as Record<string, string>)));
  p.on('closetag', () => r.close());
  p.on('text', (t) => r.addText(t));
  p.on('cdata', (t) => r.addText(t));
  p.on('doctype', () => {
    throw new Error('doctype');
  });
  try {
    p.write(doc);
    p.close();
  } catch (e) {
    return e as Error;
  }
  r.flush();
  return r.ev;
}

/**
 * The tokenizer's events. `quiet`: a handler like the report builder's, which wants no text (then text is
 * only checked) and takes some empty elements whole (those with an odd-length name).
 */
function withMine(doc: string, piece: number, asciiHint = false, quiet = false): Ev[] | Error {
  const r = new Recorder();
  const open = (t: XmlTag): void => r.open(t.name, t.names.slice(0, t.count).map((n, i) => [n, t.values[i] as string]));
  const h: XmlHandler = {
    wantsText: !quiet,
    open,
    close: () => r.close(),
    text: (s) => r.addText(s),
    doctype: () => {
      throw new Error('doctype');
    },
  };
  if (quiet) {
    h.empty = (t) => {
      if (t.name.length % 2 === 0) return false;
      open(t);
      r.close();
      return true;
    };
  }
  const tok = new XmlTokenizer(h);
  try {
    for (let i = 0; i < doc.length; i += piece) {
      const part = doc.slice(i, i + piece);
      tok.write(part, asciiHint && /^[\x00-\x7f]*$/.test(part));
    }
    tok.close();
  } catch (e) {
    return e as Error;
  }
  r.flush();
  return r.ev;
}

const PIECES = [1 << 30, 1, 2, 3, 7, 64, 1000];
/** Pieces also read with the quiet handler. */
const QUIET_PIECES = new Set([1 << 30, 1, 7, 13]);

function compare(doc: string, label: string, pieces = PIECES): 'ok' | 'bad' {
  const want = withSaxes(doc);
  for (const piece of pieces) {
    for (const quiet of QUIET_PIECES.has(piece) ? [false, true] : [false]) {
      const got = withMine(doc, piece, false, quiet);
      const how = `piece ${piece}${quiet ? ', quiet' : ''}`;
      if (want instanceof Error) {
        assert.ok(got instanceof Error, `${label}: saxes rejects (${want.message}) but the tokenizer accepts (${how}):\n${doc}`);
      } else {
        assert.ok(!(got instanceof Error), `${label}: saxes accepts but the tokenizer rejects (${how}): ${String(got)}\n${doc}`);
        assert.deepEqual(got, quiet ? want.filter((e) => !e.startsWith('T:')) : want, `${label}: different events (${how})\n${doc}`);
      }
    }
  }
  return want instanceof Error ? 'bad' : 'ok';
}

/** Decodes a report file the way read.ts does (BOM / UTF-16 / UTF-8). */
function decodeFile(buf: Buffer): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  const s = buf.toString('utf8');
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

function reportFiles(): string[] {
  const out: string[] = [];
  for (const dir of [sharedDir, fixturesDir]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (/\.(xml|trx)$/i.test(f)) out.push(path.join(dir, f));
  }
  return out;
}

test('every report file: the same events as saxes, whole and in pieces', { skip: !haveShared && 'no shared data' }, () => {
  const files = reportFiles();
  assert.ok(files.length >= 49, `only ${files.length} files`);
  for (const f of files) {
    const doc = decodeFile(readFileSync(f));
    if (doc.includes('<!DOCTYPE')) continue;
    compare(doc, path.basename(f), [1 << 30, 1, 13, 4096]);
  }
});

// ------------------------------------------------------------------ generated documents

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gen(seed: number): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const NAMES = ['a', 'testcase', 'testsuite', 'x:y', '_n', 'é', 'n-1.2', 'ns:test-case', 'Ω', 'a·b', '𐀀x'];
  const WS = [' ', '  ', '\n', '\t', '\r\n', '\r', ' \n '];
  const TEXT = ['hello', ' ', '\n', '\r\n', '\r', '\t', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#65;', '&#x1F600;', '&#xe9;', '>', ']', ']]', 'é', '😀', '"', "'", 'x]>', '&#13;', '&#10;', '&#9;'];
  const attrValue = (q: string): string => {
    let v = '';
    const n = Math.floor(r() * 5);
    for (let i = 0; i < n; i++) {
      const t = pick([...TEXT.filter((x) => x !== '"' && x !== "'"), q === '"' ? "'" : '"', '<'.replace('<', '&lt;')]);
      v += t;
    }
    return v;
  };
  const el = (depth: number): string => {
    const name = pick(NAMES);
    let s = `<${name}`;
    const used = new Set<string>();
    const na = Math.floor(r() * 4);
    for (let i = 0; i < na; i++) {
      const an = pick(['name', 'classname', 'time', 'b', 'x:y', 'é', 'message']);
      if (used.has(an)) continue;
      used.add(an);
      const q = r() < 0.8 ? '"' : "'";
      s += `${pick(WS)}${an}${r() < 0.8 ? '' : pick(WS)}=${r() < 0.8 ? '' : pick(WS)}${q}${attrValue(q)}${q}`;
    }
    if (r() < 0.3) s += pick(WS);
    if (depth > 4 || r() < 0.3) return `${s}/>`;
    s += '>';
    const n = Math.floor(r() * 5);
    for (let i = 0; i < n; i++) {
      const k = r();
      if (k < 0.4) s += el(depth + 1);
      else if (k < 0.75) s += pick(TEXT.filter((t) => t !== 'x]>' && t !== ']]')) + (r() < 0.5 ? ' ' : '');
      else if (k < 0.85) s += `<![CDATA[${pick(['', 'a]b', '<x>&amp;', ']]', ']', '\r\nz', 'é'])}]]>`;
      else if (k < 0.93) s += `<!--${pick(['', ' c ', '-a', 'a-b', '<x>', '\r\n'])}-->`;
      else s += `<?${pick(['pi', 'xml-stylesheet', 'p'])}${pick(['', ' data', ' a?b', '\n'])}?>`;
    }
    return `${s}</${name}${r() < 0.2 ? pick(WS) : ''}>`;
  };
  let doc = '';
  if (r() < 0.5) doc += pick(['<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-8"?>', "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>", '<?xml version = "1.0"\nencoding="ISO-8859-1"?>']);
  if (r() < 0.3) doc += pick(WS) + '<!-- prolog -->';
  if (r() < 0.2) doc += '<?pi before?>';
  doc += pick(['', '\n', '\r\n']) + el(0) + pick(['', '\n', '<!-- end -->', '<?pi after?>\n']);
  return doc;
}

const MUTATIONS = ['<', '>', '&', '"', "'", '/', ']]>', '!', '?', '-', '--', ';', '=', ' ', '&#0;', '&#xD800;', '&bogus;', '\u0001', '\uFFFE', '<!DOCTYPE x>', '<![CDATA[', '<?xml version="1.0"?>', 'é', '&#', ':'];

function mutate(doc: string, seed: number): string {
  const r = rng(seed);
  let s = doc;
  const n = 1 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(r() * (s.length + 1));
    const k = r();
    if (k < 0.35) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(r() * 3));
    else if (k < 0.85) s = s.slice(0, at) + (MUTATIONS[Math.floor(r() * MUTATIONS.length)] as string) + s.slice(at);
    else s = s.slice(0, at); // truncation
  }
  return s;
}

test('generated well-formed documents: the same events as saxes, whole and in pieces', () => {
  let ok = 0;
  for (let seed = 1; seed <= 400; seed++) if (compare(gen(seed), `gen ${seed}`) === 'ok') ok++;
  assert.ok(ok >= 380, `only ${ok} of 400 generated documents were well-formed`);
});

test('mutated documents: rejected exactly when saxes rejects them, else the same events', () => {
  let bad = 0;
  let n = 0;
  for (let seed = 1; seed <= 300; seed++) {
    const doc = gen(seed);
    for (let m = 0; m < 8; m++) {
      n++;
      if (compare(mutate(doc, seed * 100 + m), `mutation ${seed}/${m}`, [1 << 30, 1, 5, 64]) === 'bad') bad++;
    }
  }
  // Most mutations break the document; both outcomes must be exercised.
  assert.ok(bad > n / 3 && bad < n, `${bad} of ${n} mutations malformed`);
});

/**
 * Many start tags of a few elements, alike but for small changes (the tokenizer records and reuses their
 * shapes); about one document in four has one error in one tag.
 */
function alike(seed: number): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const NAMES = ['testcase', 'testcases', 'tc', 't', 'a', 'ab', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9'];
  const ATTRS = ['name', 'classname', 'time', 'file', 'line', 'n', 'nam'];
  const WS = [' ', '  ', '\n', '\t', '\r\n', ' '.repeat(300)];
  const VALUES = ['t1', 't2', 'com.example.Some.LongClassName', '0.012', '', 'a &amp; b', 'x\ty', 'x\ny', 'x\r\ny', '&#65;'];
  const names = r() < 0.5 ? NAMES.slice(0, 3) : NAMES;
  const n = 5 + Math.floor(r() * 40);
  const bad = r() < 0.25 ? Math.floor(r() * n) : -1;
  let doc = '<root>';
  for (let i = 0; i < n; i++) {
    const name = pick(names);
    let attrs = ATTRS.slice(0, 1 + Math.floor(r() * 3));
    if (r() < 0.1) attrs = [...attrs].reverse();
    if (r() < 0.03) attrs = Array.from({ length: 18 }, (_, k) => `a${k}`);
    const error = i === bad ? pick(['duplicate', '<', 'entity']) : '';
    if (error === 'duplicate') attrs = [...attrs, attrs[0] as string];
    let t = `<${name}`;
    for (const a of attrs) {
      const q = r() < 0.9 ? '"' : "'";
      let v = r() < 0.9 ? pick(VALUES.slice(0, 5)) : pick(VALUES);
      if (error === '<' || error === 'entity') v += error === '<' ? 'a<b' : '&bad;';
      t += `${r() < 0.9 ? ' ' : pick(WS)}${a}${r() < 0.95 ? '' : pick(WS)}=${r() < 0.95 ? '' : pick(WS)}${q}${v}${q}`;
    }
    if (r() < 0.6) t += `${r() < 0.8 ? '' : pick(WS)}/>`;
    else t += `${r() < 0.8 ? '' : pick(WS)}>${r() < 0.5 ? '' : pick(['x', ' ', '&lt;'])}</${name}>`;
    doc += (r() < 0.8 ? '\n' : '') + t;
  }
  return `${doc}\n</root>`;
}

test('start tags alike but for small changes: the same events as saxes, whole and in pieces', () => {
  let ok = 0;
  for (let seed = 1; seed <= 300; seed++) if (compare(alike(seed), `alike ${seed}`) === 'ok') ok++;
  assert.ok(ok > 180 && ok < 270, `${ok} of 300 well-formed`);
});

test('big documents in big chunks (constructs cut by chunk ends are finished on a joined head)', () => {
  const parts: string[] = [];
  for (let seed = 1; seed <= 2000; seed++) parts.push(gen(seed).replace(/^<\?xml[^>]*>/, ''));
  const ascii = `<root>${parts.join('\n')}</root>`.replace(/[^\x00-\x7f]/g, 'x');
  const doc = `<root>${parts.join('\n')}</root>`;
  assert.ok(doc.length > 100_000);
  for (const d of [doc, ascii]) {
    const want = withSaxes(d);
    assert.ok(!(want instanceof Error), String(want));
    for (const piece of [16_000, 16_385, 40_000, 65_537]) {
      assert.deepEqual(withMine(d, piece, true), want, `piece ${piece}`);
    }
  }
  // a forbidden character in an ASCII chunk, and an unpaired surrogate just before one
  for (const bad of [`${doc.slice(0, 50_000)}\u0001${doc.slice(50_000)}`, `${doc.slice(0, 39_999)}\uD800${doc.slice(39_999)}`]) {
    for (const piece of [16_385, 40_000]) assert.ok(withMine(bad, piece, true) instanceof Error);
  }
});

test('hand-picked malformed documents are rejected (as saxes does)', () => {
  const cases = [
    '', '   ', '<a>', '<a></b>', '<a/><b/>', 'x<a/>', '<a/>x', '<a b="1" b="2"/>', '<a b=1/>', '<a b/>', '<a b="<"/>',
    '<a b="1"c="2"/>', '<a>&nope;</a>', '<a>&#0;</a>', '<a>&#xD800;</a>', '<a>&#;</a>', '<a>& b</a>', '<a>]]></a>',
    '<a><!-- a -- b --></a>', '<a><!-- a ---></a>', '<![CDATA[x]]><a/>', '<a/><![CDATA[x]]>', '<a><![CDATA[x</a>',
    ' <?xml version="1.0"?><a/>', '<a/><?xml version="1.0"?>', '<?xml?><a/>', '<?xml version="2.0"?><a/>',
    '<?xml version="1.0" standalone="maybe"?><a/>', '<?XML version="1.0"?><a/>', '<a><?XmL x?></a>', '<a><? x?></a>',
    '<1a/>', '< a/>', '<a / >', '<a></ a>', '<a>\u0000</a>', '<a>\uFFFF</a>', '<a>\uDC00</a>', '<a x="\u0001"/>',
    '<a><!x></a>', '<a><!DOCTYPE a></a>', '</a>', '<a>x</a >y', '<a:b></a:c>', '<a><b></a></b>', '<a/',
    '<a x="1', '<a><![CDATA[', '<a><!--', '<a><?pi', '<a>&amp', '<a>&#x41', '<a x="&#x41"/>',
  ];
  for (const doc of cases) {
    assert.ok(withSaxes(doc) instanceof Error, `saxes accepts ${JSON.stringify(doc)}`);
    for (const piece of [1 << 30, 1, 3]) {
      assert.ok(withMine(doc, piece) instanceof Error, `accepted ${JSON.stringify(doc)} (piece ${piece})`);
      assert.ok(withMine(doc, piece, false, true) instanceof Error, `accepted ${JSON.stringify(doc)} (piece ${piece}, quiet)`);
    }
  }
});

test('stricter than saxes: an unpaired surrogate is refused (saxes takes the next character as its pair)', () => {
  for (const doc of ['<a>\uD800 </a>', '<a x="\uD800 "/>', '<a>\uDC00</a>', '<a><![CDATA[\uD800]]></a>']) {
    for (const piece of [1 << 30, 1]) assert.ok(withMine(doc, piece) instanceof Error, JSON.stringify(doc));
  }
});

test('errors name the line and column of the offending character', () => {
  const err = withMine('<a>\n  <b x="1"\n     y="<"/>\n</a>', 1 << 30);
  assert.ok(err instanceof Error);
  assert.match(err.message, /^3:9: /);
  const crlf = withMine('<a>\r\n\r\n <b>&nope;</b></a>', 5);
  assert.ok(crlf instanceof Error);
  assert.match(crlf.message, /^3:5: /);
});

test('memory stays bounded: a huge attribute value is kept only up to the limit, long tokens are refused', () => {
  let seen = '';
  const h: XmlHandler = {
    wantsText: false,
    open: (t) => {
      seen = t.get('v') ?? '';
    },
    close: () => undefined,
    text: () => undefined,
    doctype: () => undefined,
  };
  const tok = new XmlTokenizer(h, 1000);
  tok.write('<a v="');
  for (let i = 0; i < 100; i++) tok.write('x&amp;'.repeat(10_000));
  tok.write('"/>');
  tok.close();
  assert.equal(seen.length, 1000);
  assert.equal(seen.slice(0, 4), 'x&x&');
  const long = new XmlTokenizer(h);
  assert.throws(() => {
    long.write('<a>&#');
    for (let i = 0; i < 10; i++) long.write('0'.repeat(MAX_TOKEN));
  }, /reference/);
});

test('comments before the root element reach prologComment whole, however the input is cut; later ones do not', () => {
  const doc = '<?xml version="1.0"?>\n<!-- Generated by org.testng.reporters.JUnitReportReporter -->\n<!---->\n<r><!-- inside --></r>\n<!-- after -->';
  for (const piece of [1 << 30, 1, 2, 3, 7]) {
    const seen: string[] = [];
    const tok = new XmlTokenizer({ wantsText: false, open: () => undefined, close: () => undefined, text: () => undefined, doctype: () => undefined, prologComment: (t) => seen.push(t) });
    for (let i = 0; i < doc.length; i += piece) tok.write(doc.slice(i, i + piece), true);
    tok.close();
    assert.deepEqual(seen, [' Generated by org.testng.reporters.JUnitReportReporter ', ''], `pieces of ${piece}`);
  }
});
