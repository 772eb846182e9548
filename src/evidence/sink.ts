import { createReadStream, createWriteStream } from 'node:fs';
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

export interface StagedFile extends EvidenceMeta {
  /** POSIX path inside the bundle. */
  path: string;
  /** The file's bytes when this process wrote them (`writeText`): the bundle takes them from here, not the disk. */
  data?: Buffer;
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
   * with the bytes of those written by `writeText` (handed over: the sink keeps no copy).
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
    await mkdir(path.dirname(abs), { recursive: true });
    return abs;
  }

  /**
   * Writes a text file. Its bytes are registered at once, with the file: `seal()` may hand them to the bundle
   * before they are on disk (the write is awaited before the run ends).
   */
  async writeText(rel: string, text: string, meta: EvidenceMeta): Promise<string> {
    const data = Buffer.from(text, 'utf8');
    // Held for the bundle within bounds (files written while jobs run wait for the end of all jobs).
    const hold = data.length <= HOLD_FILE_MAX && this.held + data.length <= HOLD_BUDGET;
    const abs = await this.reserve(rel, meta, hold ? data : undefined);
    await writeFile(abs, data);
    return normalize(rel);
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
