#!/usr/bin/env node
// Runs the test suite with Node's own test runner (TypeScript through tsx).
// Usage: node scripts/test.mjs [dir-or-file ...]   (default: test/)
// Node 20's `--test` does not take globs, so test files are listed here.
// Bounded: a test fails after TEST_TIMEOUT_MS (Node's --test-timeout), and the whole run, with every process
// it started, is killed after SUITE_TIMEOUT_MS (a hang must fail CI in minutes, not at CI's own limit).
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function collect(p, out) {
  const st = statSync(p);
  if (st.isDirectory()) {
    for (const e of readdirSync(p).sort()) collect(path.join(p, e), out);
  } else if (/\.test\.ts$/.test(p)) {
    out.push(p);
  }
  return out;
}

const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('--'));
const roots = args.filter((a) => !a.startsWith('--'));
const files = (roots.length ? roots : ['test']).flatMap((r) => collect(r, []));
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const TEST_TIMEOUT_MS = 5 * 60_000;
const SUITE_TIMEOUT_MS = 30 * 60_000;
const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', `--test-timeout=${TEST_TIMEOUT_MS}`, ...flags, ...files],
  // Its own process group, so a timeout kills the test files' processes too.
  { stdio: 'inherit', detached: true, env: { ...process.env, NODE_NO_WARNINGS: '1' } },
);
const killAll = (signal) => {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
};
const watchdog = setTimeout(() => {
  console.error(`tests: the run took over ${SUITE_TIMEOUT_MS / 60_000} minutes; every test process is killed (exit 1)`);
  killAll('SIGKILL');
  process.exit(1);
}, SUITE_TIMEOUT_MS);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    killAll('SIGKILL');
    process.exit(1);
  });
}
child.on('exit', (code) => {
  clearTimeout(watchdog);
  killAll('SIGKILL'); // anything a test file left running
  process.exit(code ?? 1);
});
