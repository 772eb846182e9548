import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BundleWriter, EVIDENCE_MANIFEST, writeBundle, type EvidenceManifest } from '../../src/evidence/bundle.js';
import { StagingSink } from '../../src/evidence/sink.js';
import { verifyBundle } from '../../src/evidence/verify.js';
import { readZip, writeZip, zipMethods } from '../helpers/zip.js';

async function makeBundle(): Promise<{ zip: string; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-bundle-'));
  const sink = new StagingSink(path.join(dir, 'evidence'));
  await sink.writeText('a.txt', 'hello\n', { kind: 'report', producer: 'run' });
  await sink.writeJson('nested/b.json', { x: 1 }, { kind: 'result', producer: 'job-1' });
  await sink.writeText('big/c.log', 'line\n'.repeat(50_000), { kind: 'log', producer: 'job-1' });
  const zip = path.join(dir, 'INTEGRATION-EVIDENCE.zip');
  await writeBundle({
    stagingRoot: sink.root,
    files: sink.list(),
    zipPath: zip,
    header: { tool: { name: 'integration-gate', version: 't' }, manifest: { file: 'm.yml', name: 'm' }, run: { via: 'cli', startedAt: 'now' }, decision: 'GO', headline: 'ok' },
  });
  return { zip, dir };
}

test('the bundle lists every file with bytes, sha256, kind and producer, and verifies', async () => {
  const { zip } = await makeBundle();
  const entries = await readZip(zip);
  const manifest = JSON.parse((entries.get(EVIDENCE_MANIFEST) as Buffer).toString()) as EvidenceManifest;
  assert.deepEqual(manifest.files.map((f) => f.path).sort(), ['a.txt', 'big/c.log', 'nested/b.json']);
  for (const f of manifest.files) {
    const data = entries.get(f.path) as Buffer;
    assert.equal(f.bytes, data.length);
    assert.equal(f.sha256, createHash('sha256').update(data).digest('hex'));
  }
  assert.equal(manifest.files.find((f) => f.path === 'nested/b.json')?.producer, 'job-1');
  const result = await verifyBundle(zip);
  assert.deepEqual(result.problems, []);
  assert.equal(result.ok, true);
  const side = readFileSync(`${zip}.sha256`, 'utf8');
  assert.equal(side.split(' ')[0], createHash('sha256').update(readFileSync(zip)).digest('hex'));
});

test('documents of a few KB are stored, larger files deflated; both verify', async () => {
  const { zip } = await makeBundle();
  const methods = await zipMethods(zip);
  assert.equal(methods.get('a.txt'), 0);
  assert.equal(methods.get('nested/b.json'), 0);
  assert.equal(methods.get(EVIDENCE_MANIFEST), 0);
  assert.equal(methods.get('big/c.log'), 8);
  assert.ok(statSync(zip).size < 250_000 / 10, 'the 250 KB log is compressed');
  assert.deepEqual((await verifyBundle(zip)).problems, []);
});

test('one changed byte fails verify, naming the file', async () => {
  const { zip, dir } = await makeBundle();
  const entries = await readZip(zip);
  const a = Buffer.from(entries.get('a.txt') as Buffer);
  a[0] = a[0] === 0x68 ? 0x48 : 0x68;
  entries.set('a.txt', a);
  const tampered = path.join(dir, 'tampered.zip');
  await writeZip(tampered, entries);
  const result = await verifyBundle(tampered);
  assert.equal(result.ok, false);
  assert.match(result.problems.join('\n'), /^a\.txt: sha256 mismatch/m);
});

test('a byte changed in the raw zip fails verify', async () => {
  const { zip, dir } = await makeBundle();
  const raw = readFileSync(zip);
  // Flip a byte inside the first entry's data (after its 30-byte local header and 5-byte name).
  raw[30 + 5 + 2] = (raw[30 + 5 + 2] ?? 0) ^ 0xff;
  const tampered = path.join(dir, 'raw.zip');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(tampered, raw);
  const result = await verifyBundle(tampered);
  assert.equal(result.ok, false);
  assert.match(result.problems.join('\n'), /a\.txt/);
});

test('a removed file fails verify, naming it', async () => {
  const { zip, dir } = await makeBundle();
  const entries = await readZip(zip);
  entries.delete('nested/b.json');
  const tampered = path.join(dir, 'removed.zip');
  await writeZip(tampered, entries);
  const result = await verifyBundle(tampered);
  assert.equal(result.ok, false);
  assert.deepEqual(result.problems, ['nested/b.json: listed in the manifest but missing from the zip']);
});

test('an added file fails verify, naming it', async () => {
  const { zip, dir } = await makeBundle();
  const entries = await readZip(zip);
  entries.set('sneaky.txt', Buffer.from('x'));
  const tampered = path.join(dir, 'added.zip');
  await writeZip(tampered, entries);
  const result = await verifyBundle(tampered);
  assert.equal(result.ok, false);
  assert.deepEqual(result.problems, ['sneaky.txt: in the zip but not listed in the manifest (extra file)']);
});

test('not a zip', async () => {
  const { dir } = await makeBundle();
  const p = path.join(dir, 'x.zip');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(p, 'not a zip');
  const result = await verifyBundle(p);
  assert.equal(result.ok, false);
  assert.match(result.problems[0] ?? '', /not a readable zip/);
});

test('evidence paths cannot escape the bundle', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-sink-'));
  const sink = new StagingSink(dir);
  await assert.rejects(sink.writeText('../x', 'x', { kind: 'log', producer: 'p' }), /not a path inside the bundle/);
  assert.equal(await sink.writeText('/abs/y', 'y', { kind: 'log', producer: 'p' }), 'abs/y');
});

test('files handed over while the run goes on, large and small, all land hashed; sealed files cannot be rewritten', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-bundle-'));
  const sink = new StagingSink(path.join(dir, 'evidence'));
  const meta = { kind: 'junit', producer: 'job-1' } as const;
  // A file a command wrote, over the whole-file limit (8 MiB): streamed, not read whole.
  const big = Buffer.alloc(17 * 1024 * 1024, 'abcdefgh\n');
  writeFileSync(await sink.reserve('job/big.xml', meta), big);
  await sink.writeText('job/small.log', 'small\n', meta);
  const zip = path.join(dir, 'INTEGRATION-EVIDENCE.zip');
  const writer = new BundleWriter(zip, sink.root, '2026-01-02T03:04:05Z');
  writer.add(sink.seal());
  await assert.rejects(sink.writeText('job/small.log', 'changed\n', meta), /already in the bundle/);
  await sink.writeText('report.md', '# report\n', { kind: 'report', producer: 'run' });
  writer.add(sink.seal());
  assert.deepEqual(sink.seal(), []);
  const { manifest } = await writer.finish({ tool: { name: 'integration-gate', version: 't' }, manifest: { file: 'm.yml', name: 'm' }, run: { via: 'cli', startedAt: 'now' }, decision: 'GO', headline: 'ok' });
  assert.deepEqual(manifest.files.map((f) => f.path), ['job/big.xml', 'job/small.log', 'report.md']);
  assert.equal(manifest.files[0]?.sha256, createHash('sha256').update(big).digest('hex'));
  const result = await verifyBundle(zip);
  assert.deepEqual(result.problems, []);
  assert.equal((await readZip(zip)).get('job/big.xml')?.length, big.length);
});

test('a staged file that vanished fails the bundle, naming it, and leaves no partial zip', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-bundle-'));
  const sink = new StagingSink(path.join(dir, 'evidence'));
  // A file a command wrote (not one the sink holds the bytes of), gone by the time it is zipped.
  const { rmSync, existsSync, writeFileSync } = await import('node:fs');
  writeFileSync(await sink.reserve('a.txt', { kind: 'log', producer: 'p' }), 'a\n');
  rmSync(path.join(sink.root, 'a.txt'));
  const zip = path.join(dir, 'INTEGRATION-EVIDENCE.zip');
  const writer = new BundleWriter(zip, sink.root, 'now');
  writer.add(sink.seal());
  await assert.rejects(writer.finish({ tool: { name: 'integration-gate', version: 't' }, manifest: { file: 'm.yml', name: 'm' }, run: { via: 'cli', startedAt: 'now' }, decision: 'GO', headline: 'ok' }), /a\.txt/);
  assert.equal(existsSync(zip), false);
});

test('a bundle stopped at once, before its zip file is even open, settles and leaves no zip', { timeout: 10_000 }, async () => {
  // The run failed before any file was zipped: yazl's stream is destroyed while the zip file is being opened.
  const { existsSync } = await import('node:fs');
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-bundle-'));
  const zip = path.join(dir, 'INTEGRATION-EVIDENCE.zip');
  const writer = new BundleWriter(zip, dir, 'now');
  await writer.abort();
  assert.equal(existsSync(zip), false);
});

test('bytes the sink wrote go to the bundle from memory, even before they are on disk; the sink keeps no copy', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-bundle-'));
  const sink = new StagingSink(path.join(dir, 'evidence'));
  const text = `{ "x": "${'é'.repeat(1000)}" }\n`;
  const writing = sink.writeText('reports/r.json', text, { kind: 'result', producer: 'run' }); // not awaited yet
  const sealed = sink.seal();
  assert.deepEqual(sealed.map((f) => [f.path, f.data?.equals(Buffer.from(text))]), [['reports/r.json', true]]);
  assert.equal(sink.list()[0]?.data, undefined, 'handed over, not kept');
  const zip = path.join(dir, 'INTEGRATION-EVIDENCE.zip');
  const writer = new BundleWriter(zip, sink.root, 'now');
  writer.add(sealed);
  await writing;
  // A file a command wrote, incompressible and over 1 MiB: the zip goes out in several batches.
  const noise = randomBytes(3 * 1024 * 1024);
  writeFileSync(await sink.reserve('job/noise.bin', { kind: 'raw', producer: 'job' }), noise);
  writer.add(sink.seal());
  const { zipSha256, zipBytes } = await writer.finish({ tool: { name: 'integration-gate', version: 't' }, manifest: { file: 'm.yml', name: 'm' }, run: { via: 'cli', startedAt: 'now' }, decision: 'GO', headline: 'ok' });
  const onDisk = readFileSync(zip);
  assert.equal(zipBytes, onDisk.length);
  assert.equal(zipSha256, createHash('sha256').update(onDisk).digest('hex'));
  assert.ok(onDisk.length > noise.length);
  const entries = await readZip(zip);
  assert.deepEqual(entries.get('reports/r.json'), readFileSync(path.join(sink.root, 'reports', 'r.json')));
  assert.deepEqual(entries.get('job/noise.bin'), noise);
  assert.deepEqual((await verifyBundle(zip)).problems, []);
});

test('a report over 8 MiB handed to the bundle while it is still being written is read back once it is on disk', async () => {
  // As writeReports does: register, seal and add at once, await the writes at the end.
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-bundle-'));
  const sink = new StagingSink(path.join(dir, 'evidence'));
  const big = '{ "a line of a large run.json": true }\n'.repeat(250_000); // ~9.8 MB
  const writing = sink.writeText('run.json', big, { kind: 'result', producer: 'run' });
  const sealed = sink.seal();
  assert.deepEqual(sealed.map((f) => [f.path, f.data === undefined, f.written !== undefined]), [['run.json', true, true]]);
  const zip = path.join(dir, 'INTEGRATION-EVIDENCE.zip');
  const writer = new BundleWriter(zip, sink.root, 'now');
  writer.add(sealed);
  await Promise.all([
    writer.finish({ tool: { name: 'integration-gate', version: 't' }, manifest: { file: 'm.yml', name: 'm' }, run: { via: 'cli', startedAt: 'now' }, decision: 'GO', headline: 'ok' }),
    writing,
  ]);
  assert.equal((await readZip(zip)).get('run.json')?.toString(), big);
  assert.deepEqual((await verifyBundle(zip)).problems, []);
});

test('the sink holds written bytes for the bundle only within bounds: a file over 8 MiB is read back from disk', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-bundle-'));
  const sink = new StagingSink(path.join(dir, 'evidence'));
  const big = 'line of a large report\n'.repeat(400_000); // ~9.2 MB
  await sink.writeText('job/large.txt', big, { kind: 'report', producer: 'job' });
  await sink.writeText('job/small.txt', 'small\n', { kind: 'report', producer: 'job' });
  const sealed = sink.seal();
  assert.deepEqual(sealed.map((f) => [f.path, f.data === undefined]), [['job/large.txt', true], ['job/small.txt', false]]);
  const zip = path.join(dir, 'INTEGRATION-EVIDENCE.zip');
  const writer = new BundleWriter(zip, sink.root, 'now');
  writer.add(sealed);
  await writer.finish({ tool: { name: 'integration-gate', version: 't' }, manifest: { file: 'm.yml', name: 'm' }, run: { via: 'cli', startedAt: 'now' }, decision: 'GO', headline: 'ok' });
  assert.equal((await readZip(zip)).get('job/large.txt')?.toString(), big);
  assert.deepEqual((await verifyBundle(zip)).problems, []);
});
