import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLI, ROOT, demoWorkspace, processesWith, runNode } from '../helpers/demo.js';

const HANG = path.join(ROOT, 'test', 'helpers', 'hang.mjs');
import { readZip } from '../helpers/zip.js';

const SECRET = 'demo-secret-key-e2e-5f1c';
const env = { DEMO_API_KEY: SECRET };
const bundleOf = (dir: string): string => path.join(dir, '.integration-gate', 'demo-payments', 'INTEGRATION-EVIDENCE.zip');

test('the whole demo (contract, tests, load, limits) ends GO with a bundle that verify accepts, and no secret anywhere', async () => {
  const ws = await demoWorkspace(undefined, { load: true });
  const summary = path.join(ws.dir, 'summary.md');
  const r = await runNode(CLI, ['run', '--manifest', ws.manifest], { cwd: ws.dir, env: { ...env, GITHUB_STEP_SUMMARY: summary } });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /GO — all \d+ gates passed/);
  assert.doesNotMatch(r.stdout, /\u001b\[/, 'no ANSI codes when not a TTY');
  const zip = bundleOf(ws.dir);
  const v = await runNode(CLI, ['verify', zip], { cwd: ws.dir });
  assert.equal(v.code, 0, v.stderr);
  assert.match(v.stdout, /^ok: \d+ files verified/);
  const entries = await readZip(zip);
  for (const name of [
    'integration-evidence-manifest.json',
    'integration-signoff.json',
    'integration-scope-matrix.json',
    'environment-validation-report.json',
    'integration-test-plan.md',
    'tests/test-execution-report.json',
    'defect-log.csv',
    'gates/gate-report.json',
    'gates/junit.xml',
    'forward-recommendations.md',
    'report/index.html',
    'run.json',
    'services/api.log',
  ]) {
    assert.ok(entries.has(name), `${name} in the bundle`);
  }
  assert.ok([...entries.keys()].some((k) => /^tests\/payments-api-1\/junit\/.+\.xml$/.test(k)), 'raw JUnit in the bundle');
  for (const name of ['contract/contract-validation-results.json', 'contract/contract-validation-config.json', 'api-limits.md']) {
    assert.ok(entries.has(name), `${name} in the bundle`);
  }
  assert.ok([...entries.keys()].some((k) => k.startsWith('load/')), 'load evidence in the bundle');
  const limits = (entries.get('api-limits.md') as Buffer).toString();
  assert.match(limits, /quotes/);
  for (const [name, data] of entries) assert.ok(!data.includes(SECRET), `secret leaked into ${name}`);
  assert.ok(!r.stdout.includes(SECRET));
  const md = readFileSync(summary, 'utf8');
  assert.match(md, /^## ✅ GO — demo-payments/);
  assert.match(md, /\*\*Contract\*\* 100%/);
  assert.match(md, /\*\*Load\*\* p95/);
  assert.match(md, /```mermaid\nxychart-beta/);
  assert.ok(!md.includes(SECRET));
  const signoff = JSON.parse((entries.get('integration-signoff.json') as Buffer).toString());
  assert.equal(signoff.decision, 'GO');
  const recorded = JSON.parse((entries.get('run.json') as Buffer).toString()) as { bundle: { files: number } };
  assert.equal(recorded.bundle.files, entries.size, 'run.json counts every file of the bundle');
  assert.equal(processesWith(`${ws.dir}/fixtures/demo/server.mjs`).length, 0, 'service stopped');
});

test('one failing demo test: NO-GO, exit 1, the test named in the summary and the defect log', async () => {
  const ws = await demoWorkspace();
  const summary = path.join(ws.dir, 'summary.md');
  const r = await runNode(CLI, ['run', '--manifest', ws.manifest], { cwd: ws.dir, env: { ...env, DEMO_BREAK: '1', GITHUB_STEP_SUMMARY: summary } });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /NO-GO — 1 critical gate failed: integration\.success_rate/);
  const md = readFileSync(summary, 'utf8');
  assert.match(md, /^## ❌ NO-GO/);
  assert.match(md, /quotes an exchange rate/);
  assert.match(md, /87\.5%/);
  const entries = await readZip(bundleOf(ws.dir));
  const csv = (entries.get('defect-log.csv') as Buffer).toString();
  assert.match(csv, /D-0001,critical,payments-api,payments-api\/tests#1,tests,.*quotes an exchange rate,fixtures\/demo\/tests\/payments\.test\.mjs,\d+,/);
});

test('--fail-on conditional turns a CONDITIONAL into exit 1', async () => {
  const ws = await demoWorkspace((m) => m.replace('{ min: 90%, severity: critical }', '{ min: 90%, severity: critical }\n  integration.tests: { min: 9, severity: minor, warn: 0 }'));
  const plain = await runNode(CLI, ['run', '--manifest', ws.manifest], { cwd: ws.dir, env });
  assert.equal(plain.code, 0, plain.stdout);
  assert.match(plain.stdout, /CONDITIONAL/);
  const strict = await runNode(CLI, ['run', '--manifest', ws.manifest, '--fail-on', 'conditional'], { cwd: ws.dir, env });
  assert.equal(strict.code, 1);
});

test('a failed preflight halts before any job and still writes a bundle that says why', async () => {
  const ws = await demoWorkspace();
  const summary = path.join(ws.dir, 'summary.md');
  const r = await runNode(CLI, ['run', '--manifest', ws.manifest], { cwd: ws.dir, env: { GITHUB_STEP_SUMMARY: summary } });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /FAIL env DEMO_API_KEY — not set or empty: DEMO_API_KEY/);
  assert.doesNotMatch(r.stdout, /payments-api\/tests#1/);
  const entries = await readZip(bundleOf(ws.dir));
  const report = JSON.parse((entries.get('environment-validation-report.json') as Buffer).toString());
  assert.equal(report.ok, false);
  assert.equal(report.preflight.checks.find((c: { type: string }) => c.type === 'env').ok, false);
  const md = readFileSync(summary, 'utf8');
  assert.match(md, /halted before any job/);
  assert.match(md, /DEMO\\_API\\_KEY/);
});

test('bad input: one line, the file and position, exit 2, no stack trace', async () => {
  const ws = await demoWorkspace((m) => m.replace('timeout: 2m', 'timeout: 2 minutes'));
  const r = await runNode(CLI, ['run', '--manifest', ws.manifest], { cwd: ws.dir, env });
  assert.equal(r.code, 2);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /^integration-gate: fixtures\/demo\/integration-gate\.yml:\d+:\d+: integrations\[0\]\.tests\[0\]\.timeout: expected a duration/);
  const missing = await runNode(CLI, ['run', '--manifest', 'nope.yml'], { cwd: ws.dir, env });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^integration-gate: nope\.yml: manifest not found/);
  assert.doesNotMatch(missing.stderr, /\n\s+at /);
  const flag = await runNode(CLI, ['run', '--fail-on', 'sometimes'], { cwd: ws.dir, env });
  assert.equal(flag.code, 2);
  assert.match(flag.stderr, /Allowed choices are no-go, conditional/);
});

test('arguments: help and version exit 0; an unknown command, option or a missing zip is one line and exit 2', async () => {
  const ws = await demoWorkspace();
  const help = await runNode(CLI, ['--help'], { cwd: ws.dir, env });
  assert.equal(help.code, 0);
  for (const c of ['run', 'verify <zip>', 'evaluate <zip>']) assert.ok(help.stdout.includes(`  ${c}`), help.stdout);
  const runHelp = await runNode(CLI, ['run', '--help'], { cwd: ws.dir, env });
  assert.equal(runHelp.code, 0);
  assert.match(runHelp.stdout, /--fail-on <level>/);
  assert.equal((await runNode(CLI, ['help', 'verify'], { cwd: ws.dir, env })).stdout.split('\n')[0], 'Usage: integration-gate verify <zip>');
  const version = await runNode(CLI, ['--version'], { cwd: ws.dir, env });
  assert.equal(version.code, 0);
  assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  for (const [args, message] of [
    [['deploy'], /^integration-gate: unknown command 'deploy' \(see integration-gate --help\)$/],
    [['run', '--manfest', 'x.yml'], /^integration-gate: unknown option '--manfest'$/],
    [['run', 'extra'], /^integration-gate: unexpected argument 'extra'$/],
    [['verify'], /^integration-gate: missing the evidence zip: integration-gate verify <zip>$/],
    [['evaluate', 'a.zip', 'b.zip'], /^integration-gate: unexpected argument 'b\.zip'$/],
  ] as const) {
    const r = await runNode(CLI, [...args], { cwd: ws.dir, env });
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr.trimEnd(), message);
    assert.equal(r.stdout, '');
  }
  const none = await runNode(CLI, [], { cwd: ws.dir, env });
  assert.equal(none.code, 2);
  assert.match(none.stderr, /^Usage: integration-gate <command>/);
});

test('a command that does not exist, and one that writes no JUnit: failed gates, exit 1', async () => {
  const ws = await demoWorkspace((m) =>
    m.replace(/command: >-[\s\S]*?timeout: 2m/, 'command: no-such-command-xyz --run\n        junit: reports/*.xml\n        timeout: 20s'),
  );
  const r = await runNode(CLI, ['run', '--manifest', ws.manifest], { cwd: ws.dir, env });
  assert.equal(r.code, 1, r.stdout);
  assert.match(r.stdout, /'no-such-command-xyz --run' failed: command not found \(exit 127\)/);
  assert.match(r.stdout, /wrote no JUnit file matching reports\/\*\.xml/);
  assert.match(r.stdout, /FAIL\s+integration\.success_rate\s+no data/);
});

test('a working folder that does not exist is named as such, not as a missing shell', async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-cwd-'));
  writeFileSync(
    path.join(dir, 'integration-gate.yml'),
    'version: 1\nname: cwd\nintegrations:\n  - name: x\n    tests:\n      - { command: "true", junit: r.xml, cwd: no-such-folder, timeout: 5s }\n',
  );
  const r = await runNode(CLI, ['run'], { cwd: dir, env: {} });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /'true' could not start: its working folder \S*no-such-folder does not exist/);
  assert.doesNotMatch(r.stdout, /spawn \/bin\/sh ENOENT/);
});

test('a rerun into the same output folder: the last run’s evidence is gone from the folder and the bundle, nothing is left beside it', async () => {
  const { mkdtempSync, readdirSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-rerun-'));
  writeFileSync(
    path.join(dir, 'integration-gate.yml'),
    'version: 1\nname: rerun\nintegrations:\n  - name: x\n    tests:\n      - { command: "cp template.xml r.xml", junit: r.xml, timeout: 5s }\n',
  );
  writeFileSync(path.join(dir, 'template.xml'), '<testsuite name="s"><testcase name="t"/></testsuite>');
  const out = path.join(dir, '.integration-gate', 'rerun');
  const first = await runNode(CLI, ['run'], { cwd: dir, env: {} });
  assert.equal(first.code, 0, first.stdout + first.stderr);
  writeFileSync(path.join(out, 'evidence', 'left-from-last-run.txt'), 'stale');
  const second = await runNode(CLI, ['run'], { cwd: dir, env: {} });
  assert.equal(second.code, 0, second.stdout + second.stderr);
  assert.deepEqual(readdirSync(out).sort(), ['INTEGRATION-EVIDENCE.zip', 'INTEGRATION-EVIDENCE.zip.sha256', 'evidence']);
  assert.ok(!existsSync(path.join(out, 'evidence', 'left-from-last-run.txt')));
  const names = [...(await readZip(path.join(out, 'INTEGRATION-EVIDENCE.zip'))).keys()];
  assert.ok(names.includes('run.json') && !names.some((n) => n.includes('left-from-last-run')), names.join(' '));
});

test('stale JUnit from an earlier run does not count', async () => {
  const ws = await demoWorkspace((m) => m.replace(/command: >-[\s\S]*?timeout: 2m/, 'command: "true"\n        junit: old/*.xml\n        timeout: 20s'));
  const { mkdirSync, utimesSync } = await import('node:fs');
  mkdirSync(path.join(ws.dir, 'old'));
  const f = path.join(ws.dir, 'old', 'r.xml');
  writeFileSync(f, '<testsuite name="s" tests="1"><testcase name="t"/></testsuite>');
  utimesSync(f, new Date(2020, 1, 1), new Date(2020, 1, 1));
  const r = await runNode(CLI, ['run', '--manifest', ws.manifest], { cwd: ws.dir, env });
  assert.equal(r.code, 1, r.stdout);
  assert.match(r.stdout, /1 matching file\(s\) are older than this run and were ignored/);
});

test('a command that hangs past its timeout is killed with its whole tree', async () => {
  const marker = `ig-hang-${process.pid}-${Date.now()}`;
  const ws = await demoWorkspace((m) =>
    m.replace(/command: >-[\s\S]*?timeout: 2m/, `command: "node ${HANG} ${marker}"\n        junit: reports/*.xml\n        timeout: 1s`),
  );
  const started = Date.now();
  const r = await runNode(CLI, ['run', '--manifest', ws.manifest], { cwd: ws.dir, env });
  assert.ok(Date.now() - started < 30_000, 'did not wait for the hung command');
  assert.equal(r.code, 1, r.stdout);
  assert.match(r.stdout, /did not finish within 1\.00s; its process tree was killed/);
  await new Promise((res) => setTimeout(res, 300));
  assert.deepEqual(processesWith(marker), [], 'no orphan left');
});

test('a command that exits but leaves a process in the background: that process is stopped too', async () => {
  const marker = `ig-bg-${process.pid}-${Date.now()}`;
  const ws = await demoWorkspace((m) =>
    m.replace(/command: >-[\s\S]*?timeout: 2m/, `command: "node ${HANG} ${marker} child & exit 0"\n        junit: reports/*.xml\n        timeout: 20s`),
  );
  const r = await runNode(CLI, ['run', '--manifest', ws.manifest], { cwd: ws.dir, env });
  assert.equal(r.code, 1, r.stdout + r.stderr); // no JUnit written
  await new Promise((res) => setTimeout(res, 300));
  assert.deepEqual(processesWith(marker), [], 'no orphan left');
});

test('a service that never becomes ready: halted with the reason, exit 1, no orphan', async () => {
  const marker = `ig-never-ready-${process.pid}-${Date.now()}`;
  const ws = await demoWorkspace((m) =>
    m.replace('start: node fixtures/demo/server.mjs', `start: "node ${HANG} ${marker}"`).replace('timeout: 20s', 'timeout: 1s'),
  );
  const r = await runNode(CLI, ['run', '--manifest', ws.manifest], { cwd: ws.dir, env });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /service api not ready after 1\.00s: http:\/\/127\.0\.0\.1:\d+\/health/);
  assert.ok(existsSync(bundleOf(ws.dir)));
  await new Promise((res) => setTimeout(res, 300));
  assert.deepEqual(processesWith(marker), []);
});

test('verify names a tampered file and exits 3', async () => {
  const ws = await demoWorkspace();
  await runNode(CLI, ['run', '--manifest', ws.manifest], { cwd: ws.dir, env });
  const zip = bundleOf(ws.dir);
  const entries = await readZip(zip);
  entries.set('defect-log.csv', Buffer.concat([entries.get('defect-log.csv') as Buffer, Buffer.from('x')]));
  const { writeZip } = await import('../helpers/zip.js');
  const tampered = path.join(ws.dir, 'tampered.zip');
  await writeZip(tampered, entries);
  const v = await runNode(CLI, ['verify', tampered], { cwd: ws.dir });
  assert.equal(v.code, 3);
  assert.match(v.stderr, /^defect-log\.csv: sha256 mismatch/m);
});

test('SIGTERM stops the jobs and the services and still writes the bundle', async () => {
  const marker = `ig-sigterm-${process.pid}-${Date.now()}`;
  const ws = await demoWorkspace((m) => m.replace(/command: >-[\s\S]*?timeout: 2m/, `command: "node ${HANG} ${marker}"\n        junit: reports/*.xml\n        timeout: 5m`));
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [CLI, 'run', '--manifest', ws.manifest], { cwd: ws.dir, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  while (!out.includes(`${marker}`)) await new Promise((res) => setTimeout(res, 50));
  await new Promise((res) => setTimeout(res, 500));
  assert.ok(processesWith(marker).length >= 3, 'the tree is running');
  child.kill('SIGTERM');
  const code = await new Promise<number | null>((res) => child.on('close', res));
  assert.equal(code, 143, out);
  assert.ok(existsSync(bundleOf(ws.dir)), 'bundle written');
  await new Promise((res) => setTimeout(res, 300));
  assert.deepEqual(processesWith(marker), []);
  assert.deepEqual(processesWith(`${ws.dir}/fixtures/demo/server.mjs`), []);
});

test('a drifted spec turns the demo NO-GO with the violation named in the summary', async () => {
  const ws = await demoWorkspace((m) => m.replace('openapi: fixtures/demo/openapi.yaml', 'openapi: fixtures/contract/drift/type-changed.yaml'));
  const { cpSync } = await import('node:fs');
  cpSync(path.join(ROOT, 'fixtures', 'contract'), path.join(ws.dir, 'fixtures', 'contract'), { recursive: true });
  const summary = path.join(ws.dir, 'summary.md');
  const r = await runNode(CLI, ['run', '--manifest', ws.manifest], { cwd: ws.dir, env: { ...env, GITHUB_STEP_SUMMARY: summary } });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /NO-GO — 1 critical gate failed: contract\.pass_rate/);
  const md = readFileSync(summary, 'utf8');
  assert.match(md, /response\\_schema\\_conformance/);
  assert.match(md, /`fixtures\/contract\/drift\/type-changed\.yaml:\d+`/, 'the violation points at the spec line');
});

test('a flaky test is named in the summary and does not lower the success rate', async () => {
  const flaky = path.resolve(ROOT, '..', 'shared', 'data', 'junit', 'mikepenz__maven_surefire_flaky__surefire-report.xml');
  const ws = await demoWorkspace((m) =>
    m.replace('        junit: .integration-gate/demo-reports/*.xml', `        junit: .integration-gate/demo-reports/*.xml\n      - name: java suite\n        command: mkdir -p reports && cp ${flaky} reports/\n        junit: reports/*.xml`),
  );
  const summary = path.join(ws.dir, 'summary.md');
  const r = await runNode(CLI, ['run', '--manifest', ws.manifest], { cwd: ws.dir, env: { ...env, GITHUB_STEP_SUMMARY: summary } });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const md = readFileSync(summary, 'utf8');
  assert.match(md, /\*\*Tests\*\* 9 · 0 failed · 0 skipped · 1 flaky · success 100%/);
  assert.match(md, /### Warnings and flaky tests \(1\)/);
  // Surefire's flakyFailure: the failed attempts are inside the one case that passed.
  assert.match(md, /createWebhook[^\n]*flaky: failed, then passed on a rerun/);
});

test('evaluate re-derives the decision from the bundle alone, and refuses a doctored run.json', async () => {
  const ws = await demoWorkspace();
  const r = await runNode(CLI, ['run', '--manifest', ws.manifest], { cwd: ws.dir, env: { ...env, DEMO_BREAK: '1' } });
  assert.equal(r.code, 1);
  const zip = bundleOf(ws.dir);
  const ok = await runNode(CLI, ['evaluate', zip], { cwd: ws.dir });
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /^ok: re-derived NO-GO — 1 critical gate failed: integration\.success_rate; matches the recorded decision/);
  assert.match(ok.stdout, /re-derived from raw evidence: .*integration\.success_rate/);
  // A doctored bundle: run.json claims GO and every test passed, with the hashes recomputed to match.
  const { createHash } = await import('node:crypto');
  const entries = await readZip(zip);
  const run = JSON.parse((entries.get('run.json') as Buffer).toString());
  run.gates.decision = 'GO';
  for (const res of run.results) if (res.kind === 'tests') res.counts.failed = 0;
  entries.set('run.json', Buffer.from(JSON.stringify(run)));
  const manifest = JSON.parse((entries.get('integration-evidence-manifest.json') as Buffer).toString());
  for (const f of manifest.files) {
    const data = entries.get(f.path) as Buffer;
    f.sha256 = createHash('sha256').update(data).digest('hex');
    f.bytes = data.length;
  }
  entries.set('integration-evidence-manifest.json', Buffer.from(JSON.stringify(manifest)));
  const { writeZip } = await import('../helpers/zip.js');
  const doctored = path.join(ws.dir, 'doctored.zip');
  await writeZip(doctored, entries);
  const bad = await runNode(CLI, ['evaluate', doctored], { cwd: ws.dir });
  assert.equal(bad.code, 3);
  assert.match(bad.stderr, /failed is 1 in the raw JUnit but 0 in run\.json/);
  assert.match(bad.stderr, /decision: re-derived NO-GO, recorded GO/);
});

test('a secret written into the manifest and printed by a command is redacted from the terminal, logs and bundle', async () => {
  const ws = await demoWorkspace((m) =>
    m.replace(/command: >-[\s\S]*?timeout: 2m/, `command: "echo token=${SECRET}; echo \\"$DEMO_API_KEY\\" >&2; exit 3"\n        junit: reports/*.xml\n        timeout: 20s`),
  );
  const r = await runNode(CLI, ['run', '--manifest', ws.manifest], { cwd: ws.dir, env });
  assert.equal(r.code, 1);
  assert.ok(!r.stdout.includes(SECRET) && !r.stderr.includes(SECRET), r.stdout);
  assert.match(r.stdout, /\$ echo token=\*\*\*/);
  const entries = await readZip(bundleOf(ws.dir));
  for (const [name, data] of entries) assert.ok(!data.includes(SECRET), `secret leaked into ${name}`);
  assert.match((entries.get('tests/payments-api-1/command.log') as Buffer).toString(), /token=\*\*\*\n\*\*\*/);
});

test('--out must stay inside the workspace', async () => {
  const ws = await demoWorkspace();
  const r = await runNode(CLI, ['run', '--manifest', ws.manifest, '--out', '../elsewhere'], { cwd: ws.dir, env });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /output folder '\.\.\/elsewhere' resolves outside the workspace/);
});

test('a reader that goes away (`integration-gate run | head -1`) does not stop the run: the bundle is written, the exit code is the decision', async () => {
  const { mkdtempSync, mkdirSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { spawn } = await import('node:child_process');
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-epipe-'));
  try {
    mkdirSync(path.join(dir, 'r'));
    // Many failures: many lines to write after the pipe is gone.
    const cases = Array.from({ length: 30 }, (_, i) => `<testcase classname="c" name="t${i}"><failure message="m${i}"/></testcase>`).join('');
    writeFileSync(path.join(dir, 'r', 'x.xml'), `<testsuite name="s">${cases}</testsuite>`);
    writeFileSync(path.join(dir, 'integration-gate.yml'), 'version: 1\nname: pipe\nintegrations:\n  - name: a\n    tests:\n      - { command: "touch r/x.xml", junit: "r/*.xml", timeout: 20s }\n');
    const child = spawn(process.execPath, [CLI, 'run', '--out', 'out'], { cwd: dir, env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy()); // the first line read, then the reader is gone
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 1, stderr);
    assert.doesNotMatch(stderr, /EPIPE|Unhandled/);
    assert.ok(existsSync(path.join(dir, 'out', 'INTEGRATION-EVIDENCE.zip')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
