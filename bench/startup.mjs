#!/usr/bin/env node
// Cold start of the bundled Action: spawns `node <entry>` N times and measures the time from spawn to its
// first line of output (stdout or stderr), then kills it. Prints each run and the median.
//
//   node bench/startup.mjs [entry=dist/index.js] [--runs 15] [--timeout 10000] [-- extra args for the entry]
//
// Target (issue 4): median under 150 ms on this machine. The entry gets a minimal, inert GitHub Actions
// environment (no token, a temp GITHUB_OUTPUT/GITHUB_STEP_SUMMARY) so it starts the way it does on a runner.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const own = dash === -1 ? argv : argv.slice(0, dash);
const passThrough = dash === -1 ? [] : argv.slice(dash + 1);
const flag = (name, def) => {
  const i = own.indexOf(name);
  return i === -1 ? def : Number(own[i + 1]);
};
const entry = own.find((a, i) => !a.startsWith('--') && !own[i - 1]?.startsWith('--')) ?? 'dist/index.js';
const runs = flag('--runs', 15);
const timeoutMs = flag('--timeout', 10_000);

const dir = mkdtempSync(path.join(tmpdir(), 'ig-bench-'));
for (const f of ['output', 'summary', 'env', 'state']) writeFileSync(path.join(dir, f), '');
const env = {
  ...process.env,
  GITHUB_ACTIONS: 'true',
  GITHUB_OUTPUT: path.join(dir, 'output'),
  GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
  GITHUB_ENV: path.join(dir, 'env'),
  GITHUB_STATE: path.join(dir, 'state'),
  GITHUB_WORKSPACE: process.cwd(),
  RUNNER_TEMP: dir,
};

function once() {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [entry, ...passThrough], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let done = false;
    const finish = (err, ms, line) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      if (err) reject(err);
      else resolve({ ms, line });
    };
    const onData = (buf) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      finish(null, ms, buf.toString('utf8').split('\n')[0].slice(0, 100));
    };
    child.stdout.once('data', onData);
    child.stderr.once('data', onData);
    child.once('error', (err) => finish(err));
    child.once('exit', (code) => finish(new Error(`${entry} exited with ${code} before printing anything`)));
    const timer = setTimeout(() => finish(new Error(`no output from ${entry} within ${timeoutMs} ms`)), timeoutMs);
  });
}

const times = [];
try {
  await once(); // warm the file-system cache; not counted
  for (let i = 0; i < runs; i++) {
    const { ms, line } = await once();
    times.push(ms);
    console.log(`run ${String(i + 1).padStart(2)}: ${ms.toFixed(1)} ms  ${JSON.stringify(line)}`);
  }
} catch (err) {
  console.error(`bench/startup: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (times.length > 0) {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  console.log(`median cold start to first log line: ${median.toFixed(1)} ms over ${times.length} runs (min ${sorted[0].toFixed(1)}, max ${sorted[sorted.length - 1].toFixed(1)})`);
}
