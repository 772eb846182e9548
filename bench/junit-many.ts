/**
 * Many small JUnit files (surefire and Gradle write one per test class; big projects have thousands): the whole
 * CLI on a folder of them, from start to exit, and its peak RSS. No target in the issue; it keeps the per-file
 * costs honest (they were ~1.3 ms a file: stats and copies waited for one by one, 400 KB of buffers a file, a
 * radix sort's fixed cost, yazl's quadratic walk over the bundle's entries).
 *
 *   npm run bundle && node --import tsx bench/junit-many.ts [--files 5000] [--runs 5] [--dir /dev/shm] [--cli dist/cli.js ...]
 *
 * Several `--cli` (e.g. a copy of dist/ from before a change) are run interleaved, for an A/B in the same run.
 * `--dir` picks the file system (creating files costs ~0.6 ms each on this machine's disk, ~20 µs on tmpfs:
 * the bundle's staging folder gets a copy of every file).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const argv = process.argv.slice(2);
const flag = (name: string): string[] => argv.flatMap((a, i) => (a === name && argv[i + 1] ? [argv[i + 1] as string] : []));
const files = Number(flag('--files')[0] ?? 5000) || 5000;
const runs = Number(flag('--runs')[0] ?? 5) || 5;
const clis = (flag('--cli').length > 0 ? flag('--cli') : ['dist/cli.js']).map((c) => path.resolve(c));
const dir = mkdtempSync(path.join(flag('--dir')[0] ?? tmpdir(), 'ig-many-bench-'));

// Ten cases a class; one class in ten has a failing case with a stack trace, one in twenty a skipped case.
mkdirSync(path.join(dir, 'reports'));
let cases = 0;
let bytes = 0;
for (let i = 0; i < files; i++) {
  const cls = `com.acme.m${i % 50}.Service${i}Test`;
  const body: string[] = [];
  for (let j = 0; j < 10; j++) {
    cases++;
    if (j === 3 && i % 10 === 0) {
      body.push(
        `  <testcase name="handles case ${j}" classname="${cls}" time="0.0${j}">\n` +
          `    <failure message="expected: &lt;200&gt; but was: &lt;500&gt;" type="org.opentest4j.AssertionFailedError">org.opentest4j.AssertionFailedError: expected: &lt;200&gt; but was: &lt;500&gt;\n` +
          `\tat ${cls}.handlesCase${j}(Service${i}Test.java:${40 + j})\n\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)\n</failure>\n  </testcase>`,
      );
    } else if (j === 7 && i % 20 === 0) {
      body.push(`  <testcase name="handles case ${j}" classname="${cls}" time="0"><skipped message="disabled"/></testcase>`);
    } else {
      body.push(`  <testcase name="handles case ${j}" classname="${cls}" time="0.0${j}"/>`);
    }
  }
  const failures = i % 10 === 0 ? 1 : 0;
  const skipped = i % 20 === 0 ? 1 : 0;
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="${cls}" tests="10" failures="${failures}" errors="0" skipped="${skipped}" time="0.45">\n` +
    `  <properties><property name="java.version" value="21.0.2"/></properties>\n${body.join('\n')}\n</testsuite>\n`;
  bytes += Buffer.byteLength(xml);
  writeFileSync(path.join(dir, 'reports', `TEST-${cls}.xml`), xml);
}
// The test command only refreshes the files' times: the run reads JUnit written during the run.
writeFileSync(
  path.join(dir, 'integration-gate.yml'),
  `version: 1\nname: many\nintegrations:\n  - name: many\n    tests:\n      - { command: "touch reports/*.xml", junit: "reports/*.xml", timeout: 120s }\n`,
);

interface Sample {
  ms: number;
  jobS: number;
  mb: number;
}

function run(cli: string): Sample {
  rmSync(path.join(dir, 'out'), { recursive: true, force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', 'maxrss_kb=%M', process.execPath, cli, 'run', '--out', 'out'], {
    cwd: dir,
    env: { PATH: process.env.PATH },
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const job = /many\/tests#1 — \w+ in ([\d.]+)s; tests (\d+)/.exec(r.stdout);
  if (!job || Number(job[2]) !== cases || !existsSync(path.join(dir, 'out', 'INTEGRATION-EVIDENCE.zip'))) {
    throw new Error(`${cli}: exit ${r.status}, expected ${cases} tests and a bundle\n${r.stdout}${r.stderr}`);
  }
  return { ms, jobS: Number(job[1]), mb: Number(/maxrss_kb=(\d+)/.exec(r.stderr)?.[1]) / 1024 };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
console.log(`${files} files, ${cases} cases, ${(bytes / 1024 / 1024).toFixed(1)} MB, in ${dir}; ${runs} runs of each CLI, interleaved (Node ${process.version})\n`);
const samples = new Map<string, Sample[]>(clis.map((c) => [c, []]));
for (let i = 0; i < runs; i++) for (const cli of clis) samples.get(cli)?.push(run(cli));
for (const [cli, s] of samples) {
  console.log(
    `${path.relative(process.cwd(), cli) || cli}: whole CLI median ${(median(s.map((x) => x.ms)) / 1000).toFixed(2)} s ` +
      `(fastest ${(Math.min(...s.map((x) => x.ms)) / 1000).toFixed(2)}), tests job ${median(s.map((x) => x.jobS)).toFixed(2)} s, ` +
      `${median(s.map((x) => x.mb)).toFixed(0)} MB peak RSS`,
  );
}
rmSync(dir, { recursive: true, force: true });
