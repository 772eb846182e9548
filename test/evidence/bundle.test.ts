import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BundleWriter, EVIDENCE_MANIFEST, writeBundle, type EvidenceManifest } from '../../src/evidence/bundle.js';
import { StagingSink } from '../../src/evidence/sink.js';
import { verifyBundle } from '../../src/evidence/verify.js';
import { readZip, writeZip } from '../helpers/zip.js';

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
  // Over the whole-file limit (16 MiB): streamed, not read whole.
  const big = Buffer.alloc(17 * 1024 * 1024, 'abcdefgh\n');
  await sink.writeText('job/big.xml', big.toString(), meta);
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
  await sink.writeText('a.txt', 'a\n', { kind: 'log', producer: 'p' });
  const { rmSync, existsSync } = await import('node:fs');
  rmSync(path.join(sink.root, 'a.txt'));
  const zip = path.join(dir, 'INTEGRATION-EVIDENCE.zip');
  const writer = new BundleWriter(zip, sink.root, 'now');
  writer.add(sink.seal());
  await assert.rejects(writer.finish({ tool: { name: 'integration-gate', version: 't' }, manifest: { file: 'm.yml', name: 'm' }, run: { via: 'cli', startedAt: 'now' }, decision: 'GO', headline: 'ok' }), /a\.txt/);
  assert.equal(existsSync(zip), false);
});
