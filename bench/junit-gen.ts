/**
 * Generates a large JUnit XML file like a big Java monorepo writes: suites of 100 cases, 1 % of them failing
 * with a stack trace and system-out. Deterministic (same arguments → same bytes).
 *
 *   node --import tsx bench/junit-gen.ts --cases 500000 --out /tmp/big.xml            (~93 MB)
 *   node --import tsx bench/junit-gen.ts --cases 50000 --size 4MB --out /tmp/50k.xml   (the CLI target file)
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface GenOptions {
  cases: number;
  /** Fraction of cases that fail (default 0.01). */
  failingRatio?: number;
  /** Approximate file size in bytes (default: 186 bytes per case, ~93 MB for 500,000 cases). */
  size?: number;
  casesPerSuite?: number;
}

export interface GenResult {
  file: string;
  bytes: number;
  cases: number;
  failing: number;
  suites: number;
}

const BYTES_PER_CASE = 186;

function frame(i: number, k: number): string {
  const pkgs = ['service', 'repository', 'controller', 'client', 'codec'];
  const p = pkgs[(i + k) % pkgs.length] as string;
  return `\tat com.example.${p}.Impl${k % 7}.handle${k}(Impl${k % 7}.java:${10 + ((i * 7 + k * 13) % 400)})\n`;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

function passingCase(i: number, cls: string): string {
  return `<testcase name="t${i}" classname="${cls}" time="0.012"/>\n`;
}

function failingCase(i: number, s: number, cls: string, frames: number, outLines: number): string {
  const msg = `expected:<${i}> but was:<${i + 1}> in "case ${i}" & more`;
  let b = `<testcase name="t${i}" classname="${cls}" time="0.123">\n`;
  b += `   <failure message="${escapeAttr(msg)}" type="org.opentest4j.AssertionFailedError">org.opentest4j.AssertionFailedError: ${escapeAttr(msg)}\n`;
  b += `\tat org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:55)\n`;
  b += `\tat ${cls}.t${i}(S${s}.java:${20 + (i % 300)})\n`;
  for (let k = 0; k < frames; k++) b += frame(i, k);
  b += '</failure>\n   <system-out><![CDATA[';
  for (let k = 0; k < outLines; k++) b += `12:00:00.${String(k).padStart(3, '0')} [main] INFO com.example.Service - request ${i}/${k} handled <ok>\n`;
  return b + ']]></system-out>\n</testcase>\n';
}

export function generateJUnit(file: string, opts: GenOptions): GenResult {
  const cases = Math.max(1, Math.floor(opts.cases));
  const ratio = opts.failingRatio ?? 0.01;
  const perSuite = opts.casesPerSuite ?? 100;
  const size = opts.size ?? cases * BYTES_PER_CASE;
  const failEvery = ratio > 0 ? Math.max(1, Math.round(1 / ratio)) : Infinity;
  const failing = Number.isFinite(failEvery) ? Math.floor((cases - 1) / failEvery) + 1 : 0;

  // Failing cases get at most 16 % of the budget: frames and output lines shrink for small sizes.
  const failBudget = failing > 0 ? (size * 0.16) / failing : 0;
  const frames = Math.max(3, Math.min(20, Math.floor((failBudget - 450) / 75)));
  const outLines = Math.max(1, Math.min(10, Math.floor(frames / 2)));
  const failLen = failing > 0 ? failingCase(123456, 1234, 'm234.S1234', frames, outLines).length : 0;
  // Passing cases fill the rest: the class name gets more package segments to reach the size.
  const suitesCount = Math.ceil(cases / perSuite);
  const overhead = suitesCount * 200 + 200;
  const basePass = passingCase(123456, 'm234.S1234').length;
  const passingBudget = (size - failing * failLen - overhead) / Math.max(1, cases - failing);
  const pad = Math.max(0, Math.round(passingBudget - basePass));
  const padding = 'com.example.integration.payments.ledger.reconciliation.settlement.'.repeat(Math.ceil(pad / 60) + 1).slice(0, pad).replace(/\.?[^.]*$/, '.').replace(/^\.$/, '');

  const fd = openSync(file, 'w');
  let buf = '';
  let bytes = 0;
  const flush = (force: boolean): void => {
    if (buf.length > (force ? 0 : 1 << 20)) {
      bytes += writeSync(fd, buf);
      buf = '';
    }
  };
  let suites = 0;
  try {
    buf += '<?xml version="1.0" encoding="UTF-8"?>\n';
    buf += `<testsuites name="generated" tests="${cases}" failures="${failing}" errors="0" time="${(cases * 0.012).toFixed(3)}">\n`;
    for (let i = 0; i < cases; i++) {
      if (i % perSuite === 0) {
        if (i > 0) buf += ' </testsuite>\n';
        const n = Math.min(perSuite, cases - i);
        const f = Number.isFinite(failEvery) ? Math.floor((i + n - 1) / failEvery) - Math.ceil(i / failEvery) + 1 : 0;
        const s = suites++;
        buf += ` <testsuite name="${padding}m${s % 1000}.S${s}" tests="${n}" failures="${f}" errors="0" skipped="0" time="${(n * 0.012).toFixed(3)}" timestamp="2024-05-01T12:00:00" hostname="runner-1">\n`;
      }
      const s = suites - 1;
      const cls = `${padding}m${s % 1000}.S${s}`;
      buf += i % failEvery === 0 ? failingCase(i, s, cls, frames, outLines) : passingCase(i, cls);
      flush(false);
    }
    buf += ' </testsuite>\n</testsuites>\n';
    flush(true);
  } finally {
    closeSync(fd);
  }
  return { file, bytes, cases, failing, suites };
}

export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(s.trim());
  if (!m) throw new Error(`bad size "${s}" (e.g. 4MB, 93MB)`);
  const unit = (m[2] ?? 'b').toLowerCase();
  const mult = unit.startsWith('g') ? 1e9 : unit.startsWith('m') ? 1e6 : unit.startsWith('k') ? 1e3 : 1; // decimal, like `ls -h --si`
  return Math.round(Number(m[1]) * mult);
}

function main(argv: string[]): void {
  const get = (k: string): string | undefined => {
    const i = argv.indexOf(k);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const cases = Number(get('--cases') ?? 500_000);
  const out = path.resolve(get('--out') ?? `junit-${cases}.xml`);
  const size = get('--size');
  const ratio = get('--failing-ratio');
  const res = generateJUnit(out, {
    cases,
    ...(size ? { size: parseSize(size) } : {}),
    ...(ratio ? { failingRatio: Number(ratio) } : {}),
  });
  console.log(`${res.file}: ${(res.bytes / 1e6).toFixed(1)} MB, ${res.cases} cases (${res.failing} failing) in ${res.suites} suites`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv.slice(2));
