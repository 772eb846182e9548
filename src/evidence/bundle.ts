import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipArchive, type EntryData } from 'archiver';
import type { Decision, RunMetadata } from '../core/types.js';
import type { StagedFile } from './sink.js';

export const EVIDENCE_MANIFEST = 'integration-evidence-manifest.json';

export interface EvidenceEntry {
  path: string;
  bytes: number;
  sha256: string;
  kind: string;
  producer: string;
}

export interface EvidenceManifest {
  schemaVersion: 1;
  tool: { name: string; version: string };
  manifest: { file: string; name: string };
  run: RunMetadata;
  decision: Decision;
  headline: string;
  /** Every file in the bundle except this manifest itself. */
  files: EvidenceEntry[];
  hashAlgorithm: 'sha256';
}

/** Counts and hashes what flows through it, so a file is read once: hashed on the same stream that zips it. */
export class HashingStream extends Transform {
  private readonly hash = createHash('sha256');
  bytes = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    done(null, chunk);
  }
  digest(): string {
    return this.hash.digest('hex');
  }
}

/**
 * Writes the evidence zip. Plan first (every staged file → its entry), then stream each file through a
 * hashing transform into the archive, one entry at a time; the evidence manifest, built from those hashes,
 * is the last entry. Also writes `<zip>.sha256` beside the zip (sha256sum format).
 */
export async function writeBundle(opts: {
  stagingRoot: string;
  files: StagedFile[];
  zipPath: string;
  header: Omit<EvidenceManifest, 'files' | 'hashAlgorithm' | 'schemaVersion'>;
}): Promise<{ manifest: EvidenceManifest; zipSha256: string; zipBytes: number }> {
  // Level 1: most of the size win of deflate at a fraction of the time (the evidence is mostly text).
  const archive = new ZipArchive({ zlib: { level: 1 } });
  const out = createWriteStream(opts.zipPath);
  const zipHash = new HashingStream();
  const written = pipeline(archive, zipHash, out);

  let archiveError: Error | undefined;
  archive.on('error', (err) => {
    archiveError = err;
  });
  const entries: EvidenceEntry[] = [];
  const plan = opts.files
    .filter((f) => f.path !== EVIDENCE_MANIFEST)
    .map((f) => ({ file: f, abs: path.join(opts.stagingRoot, ...f.path.split('/')) }));
  for (const { file, abs } of plan) {
    const hashing = new HashingStream();
    const entryDone = new Promise<void>((resolve, reject) => {
      const onEntry = (e: EntryData): void => {
        if (e.name === file.path) {
          archive.off('entry', onEntry);
          archive.off('error', onError);
          resolve();
        }
      };
      const onError = (err: Error): void => {
        archive.off('entry', onEntry);
        reject(err);
      };
      archive.on('entry', onEntry);
      archive.once('error', onError);
    });
    const source = createReadStream(abs);
    source.on('error', (err) => hashing.destroy(err));
    archive.append(source.pipe(hashing), { name: file.path, date: new Date(0) });
    await entryDone;
    entries.push({ path: file.path, bytes: hashing.bytes, sha256: hashing.digest(), kind: file.kind, producer: file.producer });
  }
  if (archiveError) throw archiveError;
  const manifest: EvidenceManifest = { schemaVersion: 1, ...opts.header, files: entries, hashAlgorithm: 'sha256' };
  archive.append(`${JSON.stringify(manifest, null, 2)}\n`, { name: EVIDENCE_MANIFEST, date: new Date(0) });
  await archive.finalize();
  await written;
  const zipSha256 = zipHash.digest();
  await new Promise<void>((resolve, reject) => {
    const side = createWriteStream(`${opts.zipPath}.sha256`);
    side.on('error', reject);
    side.end(`${zipSha256}  ${path.basename(opts.zipPath)}\n`, () => resolve());
  });
  return { manifest, zipSha256, zipBytes: zipHash.bytes };
}
