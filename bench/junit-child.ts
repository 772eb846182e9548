/**
 * One measurement, in its own process (bench/junit.ts bundles this file with esbuild and runs it with plain
 * node, the way the shipped dist/ runs): `node child.mjs <bare|bare+text|reader> <file>` prints one JSON line.
 */
import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import { readReport } from '../src/junit/read.js';

/** (a) the bare tokenizer: saxes with default options over a UTF-8 file stream, only counting events. */
async function bare(file: string, withText: boolean): Promise<string> {
  const parser = new SaxesParser();
  let open = 0;
  let close = 0;
  let text = 0;
  let cdata = 0;
  parser.on('opentag', () => open++);
  parser.on('closetag', () => close++);
  parser.on('cdata', () => cdata++);
  if (withText) parser.on('text', () => text++);
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
    parser.write(chunk as string);
  }
  parser.close();
  return `${open} open, ${close} close, ${cdata} cdata${withText ? `, ${text} text` : ''} events`;
}

async function reader(file: string): Promise<string> {
  const r = await readReport(file);
  const c = r.counts;
  return `${c.tests} tests: ${c.passed} passed, ${c.failed} failed, ${c.errored} errored, ${c.skipped} skipped; ${r.cases.length} cases kept`;
}

const [mode, file] = process.argv.slice(2);
if (!mode || !file) throw new Error('usage: child <bare|bare+text|reader> <file>');
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const summary = mode === 'reader' ? await reader(file) : await bare(file, mode === 'bare+text');
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ mode, ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB, summary })}\n`);
