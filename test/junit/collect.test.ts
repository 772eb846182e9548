// The tests job's collection of JUnit files (src/jobs/junit-files.ts): many small files read whole, large ones
// streamed, broken ones listed, every raw copy in the bundle's staging folder byte for byte (redacted when
// there are secrets), reports in file order.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import type { JobContext } from '../../src/core/types.js';
import { StagingSink } from '../../src/evidence/sink.js';
import { collectReports } from '../../src/jobs/junit-files.js';
import { SecretRedactor } from '../../src/process/redact.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'ig-collect-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function context(workspace: string, secrets: string[] = []): { ctx: JobContext; sink: StagingSink } {
  const sink = new StagingSink(path.join(workspace, 'out', 'evidence'));
  const ctx: JobContext = {
    workspace,
    integration: 'i',
    jobId: 'i/tests#1',
    evidenceDir: 'tests/i-1',
    evidence: sink,
    redactor: new SecretRedactor(secrets),
    log: { info: () => {}, warn: () => {}, progress: () => {} },
    signal: new AbortController().signal,
    env: {},
  };
  return { ctx, sink };
}

const suite = (name: string, body: string): string => `<?xml version="1.0"?>\n<testsuite name="${name}">${body}</testsuite>\n`;

test('hundreds of small files, one over 1 MiB, one broken and one stale: file order, exact copies, the broken one listed', async () => {
  const ws = path.join(tmp, 'many');
  mkdirSync(path.join(ws, 'r'), { recursive: true });
  const files = new Map<string, string>();
  for (let i = 0; i < 600; i++) {
    const name = `r/TEST-s${String(i).padStart(3, '0')}.xml`;
    files.set(name, suite(`s${i}`, `<testcase name="a" classname="c${i}"/>${i % 100 === 0 ? `<testcase name="b" classname="c${i}"><failure message="m${i}"/></testcase>` : ''}`));
  }
  files.set('r/TEST-zbig.xml', suite('big', '<testcase name="p" classname="big"/>\n'.repeat(40_000))); // ~1.5 MB
  files.set('r/TEST-zbroken.xml', '<testsuite name="x"><testcase name="a">');
  for (const [name, text] of files) writeFileSync(path.join(ws, name), text);
  writeFileSync(path.join(ws, 'r/TEST-old.xml'), suite('old', '<testcase name="a"/>'));
  utimesSync(path.join(ws, 'r/TEST-old.xml'), new Date(2020, 0, 1), new Date(2020, 0, 1));

  const { ctx, sink } = context(ws);
  const got = await collectReports(['r/*.xml'], { cwd: ws, since: Date.now() - 60_000, bundleDir: 'tests/i-1', producer: ctx.jobId, ctx });
  assert.deepEqual(got.stale, [path.join(ws, 'r/TEST-old.xml')]);
  assert.equal(got.files.length, 602);
  assert.deepEqual(got.files.map((f) => f.file), [...files.keys()].sort());
  assert.equal(got.reports.length, 601);
  assert.deepEqual(got.reports.slice(0, 2).map((r) => r.file), ['r/TEST-s000.xml', 'r/TEST-s001.xml']);
  assert.equal(got.reports.reduce((n, r) => n + r.counts.failed, 0), 6);
  assert.equal(got.reports.at(-1)?.counts.tests, 40_000);
  assert.deepEqual(got.unreadable.map((u) => [u.file, u.reason, u.line, u.column]), [['r/TEST-zbroken.xml', 'invalid-xml', 1, 40]]);
  // Named as the user wrote it, with its place: not the absolute path the reader opened.
  assert.match(got.unreadable[0]?.error ?? '', /^r\/TEST-zbroken\.xml:1:40: invalid XML: /);
  // Every raw copy is in the staging folder as it was; the small ones' bytes also go to the bundle from memory.
  const sealed = new Map(sink.seal().map((f) => [f.path, f]));
  for (const f of got.files) {
    const source = readFileSync(path.join(ws, f.file));
    assert.deepEqual(readFileSync(path.join(sink.root, ...f.bundlePath.split('/'))), source, f.file);
    const staged = sealed.get(f.bundlePath);
    assert.ok(staged, f.bundlePath);
    if (staged.data) assert.deepEqual(staged.data, source, f.file);
  }
  assert.equal(sealed.get('tests/i-1/junit/r/TEST-zbig.xml')?.data, undefined, 'a file over 1 MiB is copied, not held');
  assert.ok(sealed.get('tests/i-1/junit/r/TEST-s000.xml')?.data, 'a small file is held');
});

test('with secrets registered, small files are copied through the redaction too', async () => {
  const ws = path.join(tmp, 'secret');
  mkdirSync(ws, { recursive: true });
  const secret = 'sk_live_0123456789abcdef';
  writeFileSync(path.join(ws, 'a.xml'), suite('s', `<testcase name="t"><failure message="token ${secret} refused"/></testcase>`));
  const { ctx, sink } = context(ws, [secret]);
  const got = await collectReports(['a.xml'], { cwd: ws, since: Date.now() - 60_000, bundleDir: 'tests/i-1', producer: ctx.jobId, ctx });
  assert.equal(got.reports[0]?.counts.failed, 1);
  const copy = readFileSync(path.join(sink.root, 'tests', 'i-1', 'junit', 'a.xml'), 'utf8');
  assert.ok(!copy.includes(secret), 'the copy is redacted');
  assert.match(copy, /token \S+ refused/);
  assert.equal(sink.seal()[0]?.data, undefined);
});

test('a link to a file outside the workspace is neither read nor copied: listed as unreadable', async () => {
  const ws = path.join(tmp, 'links');
  mkdirSync(path.join(ws, 'r', 'sub'), { recursive: true });
  const secretFile = path.join(tmp, 'outside-secret.xml'); // outside the workspace, and even valid JUnit
  writeFileSync(secretFile, suite('secret', '<testcase name="TOP-SECRET"/>'));
  symlinkSync(secretFile, path.join(ws, 'r', 'evil.xml'));
  symlinkSync(tmp, path.join(ws, 'r', 'up')); // a folder link out of it too
  writeFileSync(path.join(ws, 'r', 'sub', 'ok.xml'), suite('ok', '<testcase name="a"/>'));
  symlinkSync(path.join(ws, 'r', 'sub', 'ok.xml'), path.join(ws, 'r', 'inside-link.xml')); // a link within it is fine
  const { ctx, sink } = context(ws);
  const got = await collectReports(['r/*.xml', 'r/up/outside-secret.xml'], { cwd: ws, since: Date.now() - 60_000, bundleDir: 'tests/i-1', producer: ctx.jobId, ctx });
  assert.deepEqual(got.unreadable.map((u) => [u.file, u.reason]), [['r/evil.xml', 'outside-workspace'], ['r/up/outside-secret.xml', 'outside-workspace']]);
  assert.match(got.unreadable[0]?.error ?? '', /outside the workspace; not read, not copied/);
  assert.deepEqual(got.files.map((f) => f.file), ['r/inside-link.xml']);
  assert.equal(got.reports.length, 1);
  assert.ok(!existsSync(path.join(sink.root, 'tests', 'i-1', 'junit', 'r', 'evil.xml')));
  assert.ok(sink.list().every((f) => !f.path.includes('evil') && !f.path.includes('outside-secret')));
});
