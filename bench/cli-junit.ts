/**
 * Whole-CLI benchmark (issue 3's second target): a 4 MB JUnit file with 50,000 cases, `node dist/cli.js run`
 * from process start to the job summary written, and the CLI process's peak RSS. Target: under 0.3 s and
 * 100 MB. Runs the bundled CLI (what users run), N times, prints each run and the median.
 *
 *   npm run bundle && node --import tsx bench/cli-junit.ts [--runs 10]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateJUnit } from './junit-gen.js';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 10) || 10;
const dir = mkdtempSync(path.join(tmpdir(), 'ig-cli-bench-'));
const junit = path.join(dir, 'big.xml');
const gen = generateJUnit(junit, { cases: 50_000, size: 4 * 1024 * 1024 });
// The test command only refreshes the file's mtime: the run reads JUnit written during the run.
writeFileSync(
  path.join(dir, 'integration-gate.yml'),
  `version: 1\nname: bench\nintegrations:\n  - name: big\n    tests:\n      - { command: "touch big.xml", junit: big.xml, timeout: 30s }\n`,
);
// Reports the process's own peak RSS on exit (preloaded into the CLI process).
const rssHook = path.join(dir, 'rss.mjs');
writeFileSync(rssHook, "process.on('exit', () => process.stderr.write(`maxrss_kb=${process.resourceUsage().maxRSS}\\n`));\n");
const cli = path.resolve('dist/cli.js');

const times: number[] = [];
const rss: number[] = [];
for (let i = 0; i < runs; i++) {
  const summary = path.join(dir, `summary-${i}.md`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', rssHook, cli, 'run', '--out', 'out'], {
    cwd: dir,
    env: { PATH: process.env.PATH, GITHUB_STEP_SUMMARY: summary },
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const kb = Number(/maxrss_kb=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  if (!readFileSync(summary, 'utf8').includes('## ')) throw new Error(`run ${i}: no summary written\n${r.stdout}${r.stderr}`);
  times.push(ms);
  rss.push(kb / 1024);
  console.log(`run ${String(i + 1).padStart(2)}: ${ms.toFixed(0)} ms, peak RSS ${(kb / 1024).toFixed(0)} MB, exit ${r.status}`);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
console.log(
  `CLI on ${(gen.bytes / 1024 / 1024).toFixed(1)} MB / ${gen.cases} cases: median ${median(times).toFixed(0)} ms (target < 300), ` +
    `peak RSS median ${median(rss).toFixed(0)} MB (target < 100), ${runs} runs`,
);
