// The terminal reporter: what a job found, under its line — one line each, failures first, the first few.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../src/core/types.js';
import { MAX_TERMINAL_FINDINGS, TerminalReporter } from '../../src/report/terminal.js';

function reporter(tty = false): { term: TerminalReporter; lines: () => string[] } {
  let text = '';
  const out = { isTTY: tty, write: (s: string) => ((text += s), true) } as unknown as NodeJS.WriteStream;
  return { term: new TerminalReporter(out), lines: () => text.split('\n').slice(0, -1) };
}

test('findings: failures before warnings, one line each with their place, the rest counted', () => {
  const { term, lines } = reporter();
  const findings: Finding[] = [
    { level: 'warning', title: 'a.B › flaky one', message: 'flaky: failed, then passed on a rerun', file: 'src/a.ts', line: 3 },
    ...Array.from({ length: 12 }, (_, i): Finding => ({ level: 'failure', title: `a.B › fails ${i}`, message: `expected ${i}`, file: 'src/a.ts', line: 10 + i })),
  ];
  term.findings(findings);
  const out = lines();
  assert.equal(out.length, MAX_TERMINAL_FINDINGS + 1);
  assert.equal(out[0], '    ✖ src/a.ts:10 a.B › fails 0 — expected 0');
  assert.ok(out.slice(0, MAX_TERMINAL_FINDINGS).every((l) => l.startsWith('    ✖ ')), 'ten failures come before the warning');
  assert.equal(out[MAX_TERMINAL_FINDINGS], '    … and 3 more (the HTML report in the evidence bundle lists all)');
});

test('findings: untrusted text stays on its line, without control characters; long messages are cut', () => {
  const { term, lines } = reporter();
  term.findings([
    { level: 'failure', title: 'evil\u001b[2J\rname', message: `line one\n  line two\r\n${'x'.repeat(400)}` },
    { level: 'failure', title: 'unreadable JUnit file', message: 'r/x.xml:11:22: invalid XML: unclosed tag', file: 'r/x.xml', line: 11 },
    { level: 'warning', title: 'r/y.xml › suite', message: 'its attributes count 1 failure', file: 'r/y.xml' },
    { level: 'failure', title: 'emoji', message: `${'y'.repeat(298)}😀 and more` },
  ]);
  const out = lines();
  assert.equal(out.length, 4, 'one line per finding');
  assert.equal(out[0]?.includes('\u001b'), false);
  assert.match(out[0] ?? '', /^ {4}✖ evil\?\[2J name — line one line two x+…$/);
  assert.equal((out[0] ?? '').split(' — ')[1]?.length, 300, 'the message is cut to 300 characters, the ellipsis included');
  assert.equal(out[1], '    ✖ unreadable JUnit file — r/x.xml:11:22: invalid XML: unclosed tag', 'no place where the message starts with it');
  assert.match(out[2] ?? '', /^ {4}✖ emoji — y+…$/, 'not cut inside a surrogate pair');
  assert.equal(out[3], '    ⚠ r/y.xml › suite — its attributes count 1 failure', 'no place where the title starts with it and there is no line');
  const { term: t2, lines: l2 } = reporter();
  t2.findings([{ level: 'failure', title: 'basic.test.ts › adds', message: 'expected 5', file: 'basic.test.ts', line: 7 }]);
  assert.deepEqual(l2(), ['    ✖ basic.test.ts:7 basic.test.ts › adds — expected 5'], 'the line is worth the repetition');
});

test('findings: colours only on a terminal; nothing printed for none', () => {
  const noColor = process.env.NO_COLOR;
  delete process.env.NO_COLOR;
  const tty = reporter(true);
  if (noColor !== undefined) process.env.NO_COLOR = noColor;
  tty.term.findings([{ level: 'failure', title: 't', message: 'm' }]);
  assert.match(tty.lines()[0] ?? '', /\u001b\[31m✖\u001b\[0m t — m/);
  const plain = reporter();
  plain.term.findings([]);
  assert.deepEqual(plain.lines(), []);
});
