/**
 * JUnit XML that we write (the gates, the contract checks). Written here rather than with an XML builder: the
 * document has one fixed shape and only needs escaping, while xmlbuilder (161 KB bundled) cost every run ~10 ms
 * of start-up just to load (bench/cli-junit.ts). test/report/junit-xml.test.ts parses what this writes with a
 * strict XML parser (saxes) and with our reader, on hostile text, and gets every string back.
 *
 * Escaping: text and attribute values go out as character data, never CDATA (texts are untrusted and may
 * contain `]]>`); `&`, `<`, `>` and `"` are escaped everywhere, TAB/LF/CR in attribute values and CR in text as
 * character references (so a parser's normalisation keeps them); characters XML 1.0 cannot carry (C0 controls
 * other than TAB/LF/CR, lone surrogates, U+FFFE/U+FFFF) become U+FFFD.
 *
 * Shape: `<testsuites>` with totals, one `<testsuite>` per suite with its counts, `<testcase classname name
 * [file]>` holding `<failure message type>text</failure>`, `<skipped message/>` and `<system-out>`.
 */
export interface JUnitCaseOut {
  classname: string;
  name: string;
  file?: string;
  failure?: { message: string; type: string; text?: string };
  skipped?: { message: string };
  stdout?: string;
}

export interface JUnitSuiteOut {
  name: string;
  cases: JUnitCaseOut[];
}

export function junitXml(suites: JUnitSuiteOut[], name?: string): string {
  const count = (cases: JUnitCaseOut[], pick: (c: JUnitCaseOut) => unknown): number => cases.filter(pick).length;
  const all = suites.flatMap((s) => s.cases);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const root = `<testsuites${attrs({ name, tests: all.length, failures: count(all, (c) => c.failure), errors: 0, skipped: count(all, (c) => c.skipped) })}`;
  if (suites.length === 0) return `${out[0]}\n${root}/>\n`;
  out.push(`${root}>`);
  for (const suite of suites) {
    const { cases } = suite;
    out.push(`  <testsuite${attrs({ name: suite.name, tests: cases.length, failures: count(cases, (c) => c.failure), errors: 0, skipped: count(cases, (c) => c.skipped) })}>`);
    for (const c of cases) {
      const open = `    <testcase${attrs({ classname: c.classname, name: c.name, file: c.file })}`;
      const children: string[] = [];
      if (c.failure) {
        const f = `<failure${attrs({ message: c.failure.message, type: c.failure.type })}`;
        children.push(c.failure.text ? `${f}>${text(c.failure.text)}</failure>` : `${f}/>`);
      }
      if (c.skipped) children.push(`<skipped${attrs({ message: c.skipped.message })}/>`);
      if (c.stdout !== undefined) children.push(c.stdout ? `<system-out>${text(c.stdout)}</system-out>` : '<system-out/>');
      if (children.length === 0) out.push(`${open}/>`);
      else out.push(`${open}>`, ...children.map((x) => `      ${x}`), '    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

/** ` a="v" b="w"` for the defined values, in order. */
function attrs(values: Record<string, string | number | undefined>): string {
  let s = '';
  for (const [k, v] of Object.entries(values)) if (v !== undefined) s += ` ${k}="${attr(String(v))}"`;
  return s;
}

/** What XML 1.0 cannot carry: C0 controls but TAB/LF/CR, U+FFFE/U+FFFF, and surrogates not in a pair. */
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xmlChars(s: string): string {
  return s.replace(NOT_XML, '\uFFFD');
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };

function text(s: string): string {
  return xmlChars(s).replace(/[&<>\r]/g, (ch) => TEXT_ESCAPES[ch] as string);
}

function attr(s: string): string {
  return xmlChars(s).replace(/[&<>"\t\n\r]/g, (ch) => ATTR_ESCAPES[ch] as string);
}
