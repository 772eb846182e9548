import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
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
 * Writes the evidence zip. Every staged file is streamed once through a hashing transform into the archive
 * (yazl opens one file at a time, in order); the evidence manifest, built from those hashes, is the last entry.
 * Also writes `<zip>.sha256` beside the zip (sha256sum format). Entry times are the run's start, so an
 * unzipped bundle shows when the evidence was gathered.
 */
export async function writeBundle(opts: {
  stagingRoot: string;
  files: StagedFile[];
  zipPath: string;
  header: Omit<EvidenceManifest, 'files' | 'hashAlgorithm' | 'schemaVersion'>;
}): Promise<{ manifest: EvidenceManifest; zipSha256: string; zipBytes: number }> {
  const started = Date.parse(opts.header.run.startedAt);
  // Level 1: most of the size win of deflate at a fraction of the time (the evidence is mostly text).
  const entryOptions = { mtime: new Date(Number.isNaN(started) ? 0 : started), mode: 0o100644, compressionLevel: 1 };
  const zip = new ZipFile();
  const zipHash = new HashingStream();
  const written = pipeline(zip.outputStream, zipHash, createWriteStream(opts.zipPath));
  const failed = new Promise<never>((_, reject) => zip.on('error', reject));

  const hashed = opts.files
    .filter((f) => f.path !== EVIDENCE_MANIFEST)
    .map((file) => {
      const abs = path.join(opts.stagingRoot, ...file.path.split('/'));
      return new Promise<EvidenceEntry>((resolve, reject) => {
        zip.addReadStreamLazy(file.path, entryOptions, (cb) => {
          const hashing = new HashingStream();
          const source = createReadStream(abs);
          source.on('error', (err) => {
            reject(err);
            hashing.destroy(err);
          });
          hashing.on('end', () => resolve({ path: file.path, bytes: hashing.bytes, sha256: hashing.digest(), kind: file.kind, producer: file.producer }));
          cb(null, source.pipe(hashing));
        });
      });
    });
  let entries: EvidenceEntry[];
  try {
    entries = await Promise.race([Promise.all(hashed), failed]);
  } catch (err) {
    zip.outputStream.unpipe();
    (zip.outputStream as Readable).destroy();
    await written.catch(() => undefined);
    throw err;
  }
  const manifest: EvidenceManifest = { schemaVersion: 1, ...opts.header, files: entries, hashAlgorithm: 'sha256' };
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), EVIDENCE_MANIFEST, entryOptions);
  zip.end();
  await Promise.race([written, failed]);
  const zipSha256 = zipHash.digest();
  await writeFile(`${opts.zipPath}.sha256`, `${zipSha256}  ${path.basename(opts.zipPath)}\n`);
  return { manifest, zipSha256, zipBytes: zipHash.bytes };
}
