// runCommand (src/process/run.ts) against real shells: where output goes with and without secrets to redact,
// exit codes, timeouts, and a command that cannot start.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { runCommand } from '../../src/process/run.js';
import { SecretRedactor } from '../../src/process/redact.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ig-run-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const env = { PATH: process.env.PATH };
const both = 'echo out-1; echo err-1 >&2; echo out-2; printf "no newline" >&2';

test('nothing to redact: the command writes its log itself, stdout and stderr interleaved as written', async () => {
  const log = path.join(dir, 'direct.log');
  const o = await runCommand({ command: `${both}; exit 3`, cwd: dir, env, timeoutMs: 10_000, stdoutFile: log, stderrFile: log, redactor: new SecretRedactor() });
  assert.equal(o.exitCode, 3);
  assert.equal(o.timedOut, false);
  assert.equal(readFileSync(log, 'utf8'), 'out-1\nerr-1\nout-2\nno newline');
});

test('nothing to redact, separate files: each stream in its own file; a file written before is replaced', async () => {
  const out = path.join(dir, 'out.log');
  const err = path.join(dir, 'err.log');
  for (let i = 0; i < 2; i++) {
    const o = await runCommand({ command: both, cwd: dir, env, timeoutMs: 10_000, stdoutFile: out, stderrFile: err, redactor: new SecretRedactor() });
    assert.equal(o.exitCode, 0);
  }
  assert.equal(readFileSync(out, 'utf8'), 'out-1\nout-2\n');
  assert.equal(readFileSync(err, 'utf8'), 'err-1\nno newline');
});

test('a secret registered: output is redacted before it reaches the log, on both streams', async () => {
  const log = path.join(dir, 'redacted.log');
  const secret = 's3cr3t-token-value';
  const o = await runCommand({
    command: `echo "token=${secret}"; echo "again ${secret}" >&2`,
    cwd: dir, env, timeoutMs: 10_000, stdoutFile: log, stderrFile: log, redactor: new SecretRedactor([secret]),
  });
  assert.equal(o.exitCode, 0);
  const text = readFileSync(log, 'utf8');
  assert.ok(!text.includes(secret), text);
  assert.match(text, /token=\*\*\*/);
  assert.match(text, /again \*\*\*/);
});

test('a reader along (onStdout) gets stdout as it comes, also with nothing to redact', async () => {
  const seen: string[] = [];
  const log = path.join(dir, 'along.log');
  const o = await runCommand({ command: both, cwd: dir, env, timeoutMs: 10_000, stdoutFile: log, stderrFile: log, redactor: new SecretRedactor(), onStdout: (t) => seen.push(t) });
  assert.equal(o.exitCode, 0);
  assert.equal(seen.join(''), 'out-1\nout-2\n');
  assert.match(readFileSync(log, 'utf8'), /err-1/);
});

test('no log file: output is dropped; the exit code still counts', async () => {
  const o = await runCommand({ command: `${both}; exit 5`, cwd: dir, env, timeoutMs: 10_000, redactor: new SecretRedactor() });
  assert.equal(o.exitCode, 5);
});

test('a command over its time is stopped (its whole group) and says so; what it wrote stays in the log', async () => {
  const log = path.join(dir, 'slow.log');
  const t0 = Date.now();
  const o = await runCommand({ command: 'echo started; sleep 30 & sleep 30', cwd: dir, env, timeoutMs: 300, killGraceMs: 200, stdoutFile: log, stderrFile: log, redactor: new SecretRedactor() });
  assert.equal(o.timedOut, true);
  assert.ok(Date.now() - t0 < 10_000);
  assert.equal(readFileSync(log, 'utf8'), 'started\n');
});

test('a working folder that does not exist: a spawn error that says so, not "sh not found"', async () => {
  const o = await runCommand({ command: 'true', cwd: path.join(dir, 'missing'), env, timeoutMs: 10_000, stdoutFile: path.join(dir, 'x.log'), stderrFile: path.join(dir, 'x.log'), redactor: new SecretRedactor() });
  assert.match(o.spawnError ?? '', /working folder .*missing does not exist/);
});
