import { createReadStream, createWriteStream, writeFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EvidenceMeta, EvidenceSink } from '../core/types.js';
import { UserError } from '../core/errors.js';
import { isInside } from '../core/paths.js';

/** Bytes of written files held for the bundle at most, per file and in all (beyond: the bundle reads them back). */
const HOLD_FILE_MAX = 8 * 1024 * 1024;
const HOLD_BUDGET = 64 * 1024 * 1024;
/**
 * Files up to this size are written synchronously. Through the promise API, open, write and close are each a
 * trip through the thread pool, with a FileHandle to collect: 5,000 files of 3 KB took 450–600 ms of wall time
 * that way on tmpfs and ~100 ms written synchronously (a JUnit folder of one file per test class has thousands).
 */
const WRITE_SYNC_MAX = 64 * 1024;

export interface StagedFile extends EvidenceMeta {
  /** POSIX path inside the bundle. */
  path: string;
  /** The file's bytes when this process wrote them (`writeText`, `writeBytes`): the bundle takes them from here, not the disk. */
  data?: Buffer;
  /**
   * A file this process is writing without holding its bytes (over the bounds): settles when it is on disk.
   * The bundle reads it back only then (writeReports hands reports over as soon as they are registered).
   */
  written?: Promise<void>;
}

/**
 * The one evidence writer. Files are staged in a folder as they are produced (so a crash never loses them);
 * the bundle writer streams and hashes the registered files at the end. Every path is checked to stay inside
 * the staging folder.
 */
export class StagingSink implements EvidenceSink {
  private readonly files = new Map<string, StagedFile>();
  /** Files handed to the bundle writer: final, never written again. */
  private readonly sealed = new Set<string>();
  /** Bytes held in `data` of files not yet sealed. */
  private held = 0;
  /** Folders made (or being made) in the staging folder: each is made once, not once per file in it. */
  private readonly dirs = new Map<string, Promise<unknown>>();

  constructor(readonly root: string) {}

  /** Registered files, in registration order. */
  list(): StagedFile[] {
    return [...this.files.values()];
  }

  has(rel: string): boolean {
    return this.files.has(normalize(rel));
  }

  unique(rel: string): string {
    const n = normalize(rel);
    if (!this.files.has(n)) return n;
    const ext = path.posix.extname(n);
    const base = n.slice(0, n.length - ext.length);
    for (let i = 2; ; i++) {
      const candidate = `${base}-${i}${ext}`;
      if (!this.files.has(candidate)) return candidate;
    }
  }

  /**
   * Marks every file registered so far as final and returns those not sealed before (registration order),
   * with the bytes of those written by `writeText` or `writeBytes` (handed over: the sink keeps no copy).
   */
  seal(): StagedFile[] {
    const fresh = [...this.files.values()].filter((f) => !this.sealed.has(f.path));
    for (const f of fresh) this.sealed.add(f.path);
    return fresh.map((f) => {
      if (f.data === undefined) return f;
      this.held -= f.data.length;
      const { data: _data, ...meta } = f;
      this.files.set(f.path, meta);
      return f;
    });
  }

  async reserve(rel: string, meta: EvidenceMeta, data?: Buffer): Promise<string> {
    const n = normalize(rel);
    if (this.sealed.has(n)) throw new Error(`evidence file '${n}' is already in the bundle and cannot be written again`);
    const abs = path.join(this.root, ...n.split('/'));
    if (!isInside(this.root, abs)) throw new UserError(`evidence path '${rel}' escapes the bundle`);
    // Registered at once: files are listed (and bundled) in the order they were asked for.
    const before = this.files.get(n)?.data;
    if (before) this.held -= before.length;
    if (data) this.held += data.length;
    this.files.set(n, { path: n, ...meta, ...(data ? { data } : {}) });
    const dir = path.dirname(abs);
    let made = this.dirs.get(dir);
    if (!made) this.dirs.set(dir, (made = mkdir(dir, { recursive: true })));
    await made;
    return abs;
  }

  /**
   * Writes a text file. Its bytes are registered at once, with the file: `seal()` may hand them to the bundle
   * before they are on disk (the write is awaited before the run ends).
   */
  async writeText(rel: string, text: string, meta: EvidenceMeta): Promise<string> {
    return this.writeBytes(rel, Buffer.from(text, 'utf8'), meta);
  }

  /** Writes a file of these bytes; like `writeText`, the bytes are registered at once for the bundle. */
  async writeBytes(rel: string, data: Buffer, meta: EvidenceMeta): Promise<string> {
    // Held for the bundle within bounds (files written while jobs run wait for the end of all jobs).
    const hold = data.length <= HOLD_FILE_MAX && this.held + data.length <= HOLD_BUDGET;
    const n = normalize(rel);
    const reserved = this.reserve(n, meta, hold ? data : undefined); // registers the file at once
    const written = reserved.then((abs) => (data.length <= WRITE_SYNC_MAX ? writeFileSync(abs, data) : writeFile(abs, data)));
    const file = this.files.get(n);
    if (!hold && file) file.written = written.then(noop, noop); // (its failure is this call's)
    await written;
    return n;
  }

  async writeJson(rel: string, value: unknown, meta: EvidenceMeta): Promise<string> {
    return this.writeText(rel, `${JSON.stringify(value, null, 2)}\n`, meta);
  }

  async copyFile(src: string, rel: string, meta: EvidenceMeta, transform?: Transform): Promise<string> {
    const abs = await this.reserve(rel, meta);
    if (transform) await pipeline(createReadStream(src), transform, createWriteStream(abs));
    else await copyFile(src, abs);
    return normalize(rel);
  }
}

/** Normalises a bundle path: POSIX separators, no leading slash, no '..' segments. */
export function normalize(rel: string): string {
  const p = path.posix.normalize(rel.replace(/\\/g, '/')).replace(/^\/+/, '');
  if (p === '' || p === '.' || p.startsWith('../') || p === '..') {
    throw new UserError(`evidence path '${rel}' is not a path inside the bundle`);
  }
  return p;
}

/** A file-name-safe slug for job folders: 'payments API #1' → 'payments-api-1'. */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'job'
  );
}

function noop(): void {}
