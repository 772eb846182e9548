/**
 * JUnit reader benchmark: generates a big report, then times in separate child processes (a) a bare streaming
 * XML tokenizer (saxes, only counting events) and (b) our reader, and prints both with the ratio.
 *
 *   node --import tsx bench/junit.ts                       500,000 cases, ~93 MB (the file)
 *   node --import tsx bench/junit.ts --cases 50000 --size 4MB
 *   node --import tsx bench/junit.ts --file some.xml --runs 9
 *
 * Targets (issue 3): reader ≤ 1.5 × the bare tokenizer's time, and < 150 MB peak RSS.
 * Each measurement runs in its own process (peak RSS = process.resourceUsage().maxRSS), from a bundle of
 * bench/junit-child.ts built with esbuild and run with plain node — as the shipped dist/ runs, without the
 * TypeScript loader's ~40 MB. Every mode runs --runs times (default 5), interleaved; medians are printed.
 * Times cover reading the file only, not process start-up; wall and CPU time are both shown.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleChild } from './junit-child-bundle.js';
import { generateJUnit, parseSize } from './junit-gen.js';

interface Sample {
  mode: string;
  /** Wall time of reading the file (not process start-up). */
  ms: number;
  /** CPU time (user + system) of the same span: steadier than wall time on a busy machine. */
  cpuMs: number;
  maxRssMB: number;
  summary: string;
}

const MODES = ['bare', 'bare+text', 'reader'] as const;
type Mode = (typeof MODES)[number];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function arg(argv: string[], k: string): string | undefined {
  const i = argv.indexOf(k);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: string[]): Promise<void> {
  const runs = Number(arg(argv, '--runs') ?? 5);
  let file = arg(argv, '--file');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'junit-bench-'));
  const samples: Sample[] = [];
  try {
    if (!file) {
      file = path.join(tmp, 'big.xml');
      const cases = Number(arg(argv, '--cases') ?? 500_000);
      const size = arg(argv, '--size');
      const t = performance.now();
      const g = generateJUnit(file, { cases, ...(size ? { size: parseSize(size) } : {}) });
      console.log(`generated ${file}: ${(g.bytes / 1e6).toFixed(1)} MB, ${g.cases} cases (${g.failing} failing with stack traces and system-out) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    } else {
      console.log(`file ${file}: ${(statSync(file).size / 1e6).toFixed(1)} MB`);
    }
    const child = await bundleChild(tmp);
    for (let i = 0; i < runs; i++) {
      for (const mode of MODES) {
        const res = spawnSync(process.execPath, [child, mode, file], { encoding: 'utf8' });
        if (res.status !== 0) throw new Error(`${mode} run failed: ${res.stderr}`);
        const line = res.stdout.trim().split('\n').pop() ?? '';
        samples.push(JSON.parse(line) as Sample);
      }
    }
  } finally {
    if (!argv.includes('--keep')) rmSync(tmp, { recursive: true, force: true });
    else console.log(`kept ${tmp}`);
  }
  const stats = new Map<Mode, { ms: number; cpuMs: number; rss: number; summary: string }>();
  for (const mode of MODES) {
    const mine = samples.filter((s) => s.mode === mode);
    stats.set(mode, {
      ms: median(mine.map((s) => s.ms)),
      cpuMs: median(mine.map((s) => s.cpuMs)),
      rss: median(mine.map((s) => s.maxRssMB)),
      summary: mine[0]?.summary ?? '',
    });
  }
  const load = os.loadavg()[0]?.toFixed(1) ?? '?';
  console.log(`\nmedian of ${runs} runs each (node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${load}):`);
  console.log('  mode          wall      cpu   peak RSS');
  for (const mode of MODES) {
    const s = stats.get(mode);
    if (s) {
      console.log(`  ${mode.padEnd(10)} ${(s.ms / 1000).toFixed(2).padStart(6)} s ${(s.cpuMs / 1000).toFixed(2).padStart(6)} s ${s.rss.toFixed(0).padStart(6)} MB   ${s.summary}`);
    }
  }
  const reader = stats.get('reader');
  const base = stats.get('bare');
  const baseText = stats.get('bare+text');
  if (reader && base && baseText) {
    const ratio = reader.ms / base.ms;
    const cpuRatio = reader.cpuMs / base.cpuMs;
    console.log(`\nreader / bare tokenizer: ${ratio.toFixed(2)}× wall, ${cpuRatio.toFixed(2)}× cpu (target ≤ 1.5×)   [vs bare+text: ${(reader.ms / baseText.ms).toFixed(2)}× wall]`);
    console.log(`reader peak RSS: ${reader.rss.toFixed(0)} MB (target < 150 MB)`);
    const ok = ratio <= 1.5 && reader.rss < 150;
    console.log(ok ? 'targets met' : 'TARGETS MISSED');
    if (!ok) process.exitCode = 1;
  }
}

await main(process.argv.slice(2));
