// The JUnit XML we write (src/report/junit-xml.ts, hand-written) read back by a strict XML parser (saxes) and by
// our own reader: every untrusted string comes back as it was (characters XML cannot carry as U+FFFD), and the
// counts match what was written.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SaxesParser } from 'saxes';
import { readReportBuffer } from '../../src/junit/read.js';
import { junitXml, type JUnitSuiteOut } from '../../src/report/junit-xml.js';

interface Parsed {
  elements: Array<{ name: string; attributes: Record<string, string>; text: string }>;
}

function parse(doc: string): Parsed {
  const p = new SaxesParser({ xmlns: false });
  const elements: Parsed['elements'] = [];
  const stack: Parsed['elements'] = [];
  p.on('opentag', (t) => {
    const e = { name: t.name, attributes: { ...(t.attributes as Record<string, string>) }, text: '' };
    elements.push(e);
    stack.push(e);
  });
  p.on('closetag', () => void stack.pop());
  p.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  p.on('cdata', () => assert.fail('no CDATA is written'));
  p.on('error', (e) => {
    throw e;
  });
  p.write(doc).close();
  return { elements };
}

const HOSTILE = [
  'plain',
  'a & b < c > d "quoted" \'single\'',
  ']]> and <![CDATA[ inside',
  '&amp; &#65; &unknown;',
  'tab\there\nnewline\r\ncrlf\rcr',
  '  leading and trailing  ',
  'emoji 🚀 and ü and 中文',
  '</testcase><testcase name="injected"/>',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>',
];
/** Characters XML 1.0 cannot carry, each replaced by U+FFFD. */
const UNREPRESENTABLE: Array<[string, string]> = [
  ['nul\u0000x', 'nul\uFFFDx'],
  ['bell\u0007 esc\u001b', 'bell\uFFFD esc\uFFFD'],
  ['lone high \uD83D x', 'lone high \uFFFD x'],
  ['lone low \uDE80 x', 'lone low \uFFFD x'],
  ['non-characters \uFFFE\uFFFF', 'non-characters \uFFFD\uFFFD'],
];

test('every attribute value and text comes back exactly through a strict XML parser', () => {
  const pairs: Array<[string, string]> = [...HOSTILE.map((s): [string, string] => [s, s]), ...UNREPRESENTABLE];
  for (const [input, expected] of pairs) {
    const suites: JUnitSuiteOut[] = [
      {
        name: input,
        cases: [
          { classname: input, name: input, file: input, failure: { message: input, type: input, text: input }, stdout: input },
          { classname: 'c', name: 'skipped', skipped: { message: input } },
        ],
      },
    ];
    const { elements } = parse(junitXml(suites, input));
    const byName = (n: string): Parsed['elements'] => elements.filter((e) => e.name === n);
    const label = JSON.stringify(input);
    assert.equal(byName('testsuites')[0]?.attributes.name, expected, label);
    assert.equal(byName('testsuite')[0]?.attributes.name, expected, label);
    const [tc] = byName('testcase');
    assert.deepEqual(tc?.attributes, { classname: expected, name: expected, file: expected }, label);
    const [failure] = byName('failure');
    assert.deepEqual(failure?.attributes, { message: expected, type: expected }, label);
    assert.equal(failure?.text, expected, label);
    assert.equal(byName('system-out')[0]?.text, expected, label);
    assert.equal(byName('skipped')[0]?.attributes.message, expected, label);
  }
});

test('counts: our reader and the written totals agree', () => {
  const suites: JUnitSuiteOut[] = [
    {
      name: 'gates',
      cases: [
        { classname: 'gates.critical', name: 'a >= 1', failure: { message: 'below', type: 'threshold' } },
        { classname: 'gates.major', name: 'b <= 2', stdout: 'pass: ok' },
        { classname: 'gates.minor', name: 'c', failure: { message: 'no data', type: 'no-data', text: 'why' } },
      ],
    },
    { name: 'contract', cases: [{ classname: 'contract', name: 'GET /x', skipped: { message: 'not reachable' } }, { classname: 'contract', name: 'GET /y', stdout: '' }] },
  ];
  const xml = junitXml(suites, 'run');
  const report = readReportBuffer('gates.xml', xml);
  assert.deepEqual(report.counts, { tests: 5, passed: 2, failed: 2, errored: 0, skipped: 1, flaky: 0, flakyMarkers: 0 });
  assert.deepEqual(report.disagreements, [], 'the written suite attributes match the cases');
  const root = parse(xml).elements[0];
  assert.deepEqual(root?.attributes, { name: 'run', tests: '5', failures: '2', errors: '0', skipped: '1' });
  assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /);
});

test('no suites: an empty, valid document', () => {
  const xml = junitXml([]);
  assert.deepEqual(parse(xml).elements, [{ name: 'testsuites', attributes: { tests: '0', failures: '0', errors: '0', skipped: '0' }, text: '' }]);
  assert.equal(readReportBuffer('empty.xml', xml).counts.tests, 0);
});
