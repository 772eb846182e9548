import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
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
 * Files up to this size are read whole and compressed in one step; larger ones are streamed. (A 4 MB JUnit
 * file streamed went through six stream stages here and in yazl, for ~5 ms more of the main thread.)
 */
const WHOLE_FILE_MAX = 8 * 1024 * 1024;
/** At most this many bytes of a bundle are read as whole files (they may wait in memory for the zip); the rest is streamed. */
const WHOLE_FILES_BUDGET = 64 * 1024 * 1024;
/**
 * Files up to this size are stored, not deflated: compressing a few KB saves a few KB, while each deflate call
 * costs the main thread a zlib stream (~0.2–0.5 ms when cold), and a bundle has a dozen such small documents.
 */
const STORE_MAX = 4 * 1024;
/** Files read ahead at once. */
const READ_AHEAD = 8;

/** yazl's options for an entry: the run's start as its time, a plain file's mode, deflate level (0: stored). */
type EntryOptions = { mtime: Date; mode: number; compressionLevel: number };

export interface BundleResult {
  manifest: EvidenceManifest;
  zipSha256: string;
  zipBytes: number;
}

/**
 * Writes the evidence zip while the run goes on. Files are handed over once they are final (`add`); each is
 * read once and hashed from the same bytes that go into the archive. `finish` appends the evidence manifest,
 * built from those hashes, as the last entry, and writes `<zip>.sha256` beside the zip (sha256sum format).
 * Entry times are the run's start, so an unzipped bundle shows when the evidence was gathered.
 *
 * Speed: files this process wrote come with their bytes (StagedFile.data: not read back); other small
 * files (up to 8 MiB: most of a bundle, and a typical JUnit file) are read whole. Both are hashed and handed
 * to yazl as buffers, which it deflates on the thread pool while the main thread goes on with the reports; a
 * stream per file costs more in stream bookkeeping than the hashing and compression themselves. Larger files
 * (and any beyond the memory budget) are streamed in 1 MiB chunks, one at a time, so memory stays bounded
 * whatever the evidence weighs. The zip goes to disk through a plain writer (`writeZip`), not a stream chain.
 */
export class BundleWriter {
  private readonly zip = new ZipFile();
  private readonly zipHash = createHash('sha256');
  private zipBytes = 0;
  private readonly written: Promise<void>;
  private readonly failed: Promise<never>;
  private readonly entries: EvidenceEntry[] = [];
  private readonly added = new Set<string>();
  private readonly entryOptions: EntryOptions;
  private readonly storedOptions: EntryOptions;
  private queue: Promise<void> = Promise.resolve();
  private budget = WHOLE_FILES_BUDGET;
  private reading = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly zipPath: string,
    private readonly stagingRoot: string,
    startedAt: string,
  ) {
    const t = Date.parse(startedAt);
    // Level 1: most of the size win of deflate at a fraction of the time (the evidence is mostly text).
    this.entryOptions = { mtime: new Date(Number.isNaN(t) ? 0 : t), mode: 0o100644, compressionLevel: 1 };
    this.storedOptions = { ...this.entryOptions, compressionLevel: 0 };
    this.written = writeZip(this.zip.outputStream as Readable, zipPath, (chunk) => {
      this.zipHash.update(chunk);
      this.zipBytes += chunk.length;
    });
    this.written.catch(() => undefined);
    this.failed = new Promise<never>((_, reject) => this.zip.on('error', reject));
    this.failed.catch(() => undefined);
  }

  /**
   * Queues final files to be read, hashed and zipped; returns at once. Each path goes in once. Small files
   * are read at once, concurrently (within the memory budget); entries still go into the zip in this order.
   */
  add(files: StagedFile[]): void {
    for (const file of files) {
      if (file.path === EVIDENCE_MANIFEST) continue;
      if (this.added.has(file.path)) throw new Error(`evidence file ${file.path} was handed to the bundle twice`);
      this.added.add(file.path);
      const abs = path.join(this.stagingRoot, ...file.path.split('/'));
      // Bytes this process wrote come with the file; others are read back (once on disk, if still being written).
      const whole = file.data ? Promise.resolve(file.data) : file.written ? file.written.then(() => this.readWhole(abs)) : this.readWhole(abs);
      whole.catch(() => undefined); // reported in order, by the queue
      this.queue = this.queue.then(async () => {
        const data = await whole;
        if (data) this.addWhole(file, data);
        else await this.addStreamed(file, abs);
      });
      this.queue.catch(() => undefined); // reported by finish()
    }
  }

  /** Waits for every queued file, appends the evidence manifest, closes the zip and writes its .sha256. */
  async finish(header: Omit<EvidenceManifest, 'files' | 'hashAlgorithm' | 'schemaVersion'>): Promise<BundleResult> {
    try {
      await Promise.race([this.queue, this.failed]);
    } catch (err) {
      await this.abort();
      throw err;
    }
    const manifest: EvidenceManifest = { schemaVersion: 1, ...header, files: this.entries, hashAlgorithm: 'sha256' };
    const data = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    this.zip.addBuffer(data, EVIDENCE_MANIFEST, this.optionsFor(data));
    this.zip.end();
    await Promise.race([this.written, this.failed]);
    const zipSha256 = this.zipHash.digest('hex');
    await writeFile(`${this.zipPath}.sha256`, `${zipSha256}  ${path.basename(this.zipPath)}\n`);
    return { manifest, zipSha256, zipBytes: this.zipBytes };
  }

  /** Stops writing (the run failed before the bundle could be finished); the partial zip is removed. */
  async abort(): Promise<void> {
    (this.zip.outputStream as Readable).destroy();
    await this.written.catch(() => undefined);
    await rm(this.zipPath, { force: true });
  }

  /** The file's bytes when it is small enough to be read whole (within the budget); undefined: stream it. */
  private async readWhole(abs: string): Promise<Buffer | undefined> {
    // At most READ_AHEAD files are open at once, however many are queued.
    while (this.reading >= READ_AHEAD) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.reading++;
    try {
      const size = (await stat(abs)).size;
      if (size > WHOLE_FILE_MAX || size > this.budget) return undefined;
      this.budget -= size;
      return await readFile(abs);
    } finally {
      this.reading--;
      this.waiting.shift()?.();
    }
  }

  private optionsFor(data: Buffer): EntryOptions {
    return data.length <= STORE_MAX ? this.storedOptions : this.entryOptions;
  }

  private addWhole(file: StagedFile, data: Buffer): void {
    this.zip.addBuffer(data, file.path, this.optionsFor(data));
    this.entries.push({ path: file.path, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex'), kind: file.kind, producer: file.producer });
  }

  private async addStreamed(file: StagedFile, abs: string): Promise<void> {
    const hashing = new HashingStream();
    const done = new Promise<void>((resolve, reject) => {
      const source = createReadStream(abs, { highWaterMark: 1024 * 1024 });
      source.on('error', (err) => {
        reject(err);
        hashing.destroy(err);
      });
      hashing.on('end', resolve);
      this.zip.addReadStream(source.pipe(hashing), file.path, this.entryOptions);
    });
    await Promise.race([done, this.failed]);
    this.entries.push({ path: file.path, bytes: hashing.bytes, sha256: hashing.digest(), kind: file.kind, producer: file.producer });
  }
}

/** Bytes of the zip gathered before a write: yazl hands over many small pieces (headers, 16 KB of data). */
const WRITE_BATCH = 1024 * 1024;

/**
 * Writes the zip as yazl produces it to `file`, showing every chunk to `onChunk` (the hash) first: chunks are
 * gathered and written in order, one write at a time, and yazl is paused while a full batch is written.
 * (Written by hand: a Transform for the hash and an fs.WriteStream cost ~5 ms of the main thread per run in
 * stream bookkeeping, for nothing a bundle needs.) Rejects if the stream fails or is destroyed before its end.
 * The stream's listeners are attached before anything is awaited: a stream destroyed while the file is being
 * opened (a run that failed at once) still settles the promise.
 */
function writeZip(src: Readable, file: string, onChunk: (chunk: Buffer) => void): Promise<void> {
  const opened = open(file, 'w');
  opened.catch(() => undefined); // thrown below, where `writing` is awaited
  let writing: Promise<unknown> = opened;
  let batch: Buffer[] = [];
  let size = 0;
  const flush = (): void => {
    if (size === 0) return;
    const data = batch.length === 1 ? (batch[0] as Buffer) : Buffer.concat(batch, size);
    batch = [];
    size = 0;
    writing = writing.then(async () => {
      const fh = await opened;
      for (let at = 0; at < data.length; ) {
        const { bytesWritten } = await fh.write(data, at, data.length - at);
        if (bytesWritten <= 0) throw new Error(`could not write ${file}: no bytes were written`);
        at += bytesWritten;
      }
    });
    writing.catch(() => undefined); // a failed write is thrown below, where it is awaited
  };
  const ended = new Promise<void>((resolve, reject) => {
    if (src.destroyed) reject(new Error('the zip stream was closed before its end'));
    src.on('data', (chunk: Buffer) => {
      onChunk(chunk);
      batch.push(chunk);
      size += chunk.length;
      if (size >= WRITE_BATCH) {
        flush();
        src.pause();
        writing.then(() => src.resume(), reject);
      }
    });
    src.once('end', resolve);
    src.once('error', reject);
    src.once('close', () => reject(new Error('the zip stream was closed before its end')));
  });
  return (async () => {
    try {
      await ended;
      flush();
      await writing;
    } finally {
      await (await opened.catch(() => undefined))?.close();
    }
  })();
}

/** Writes a whole bundle from staged files at once (see BundleWriter). */
export async function writeBundle(opts: {
  stagingRoot: string;
  files: StagedFile[];
  zipPath: string;
  header: Omit<EvidenceManifest, 'files' | 'hashAlgorithm' | 'schemaVersion'>;
}): Promise<BundleResult> {
  const writer = new BundleWriter(opts.zipPath, opts.stagingRoot, opts.header.run.startedAt);
  writer.add(opts.files);
  return writer.finish(opts.header);
}
