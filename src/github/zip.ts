/** Minimal streaming zip reading (yauzl) for publish mode: list entries, extract one, read one as text. */
import { createWriteStream } from 'node:fs';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Entry, ZipFile } from 'yauzl';

async function openZip(zipPath: string): Promise<ZipFile> {
  const yauzl = await import('yauzl');
  return new Promise((resolve, reject) =>
    yauzl.open(zipPath, { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true }, (err, zf) =>
      err || !zf ? reject(err ?? new Error('cannot open zip')) : resolve(zf),
    ),
  );
}

async function eachEntry(zf: ZipFile, visit: (e: Entry) => Promise<boolean>): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    zf.on('error', reject);
    zf.on('end', () => resolve());
    zf.on('entry', (e: Entry) => {
      visit(e).then((more) => (more ? zf.readEntry() : resolve()), reject);
    });
    zf.readEntry();
  });
}

/** Entry names (files only) of a zip. */
export async function listZip(zipPath: string): Promise<string[]> {
  const zf = await openZip(zipPath);
  const names: string[] = [];
  try {
    await eachEntry(zf, async (e) => {
      if (!e.fileName.endsWith('/')) names.push(e.fileName);
      return true;
    });
  } finally {
    zf.close();
  }
  return names;
}

function limiter(maxBytes: number, name: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      seen += chunk.length;
      if (seen > maxBytes) cb(new Error(`zip entry '${name}' is larger than ${maxBytes} bytes`));
      else cb(null, chunk);
    },
  });
}

async function withEntry<T>(zipPath: string, entryName: string, use: (zf: ZipFile, e: Entry) => Promise<T>): Promise<T | undefined> {
  const zf = await openZip(zipPath);
  let result: T | undefined;
  try {
    await eachEntry(zf, async (e) => {
      if (e.fileName !== entryName) return true;
      result = await use(zf, e);
      return false;
    });
  } finally {
    zf.close();
  }
  return result;
}

function streamOf(zf: ZipFile, e: Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => zf.openReadStream(e, (err, s) => (err || !s ? reject(err ?? new Error('no stream')) : resolve(s))));
}

/** Streams one entry to `dest`; false when the entry does not exist. */
export async function extractEntry(zipPath: string, entryName: string, dest: string, maxBytes: number): Promise<boolean> {
  const done = await withEntry(zipPath, entryName, async (zf, e) => {
    if (e.uncompressedSize > maxBytes) throw new Error(`zip entry '${entryName}' is larger than ${maxBytes} bytes`);
    await pipeline(await streamOf(zf, e), limiter(maxBytes, entryName), createWriteStream(dest));
    return true;
  });
  return done === true;
}

/** Reads one entry as UTF-8 text; undefined when it does not exist. */
export async function readEntryText(zipPath: string, entryName: string, maxBytes: number): Promise<string | undefined> {
  return withEntry(zipPath, entryName, async (zf, e) => {
    if (e.uncompressedSize > maxBytes) throw new Error(`zip entry '${entryName}' is larger than ${maxBytes} bytes`);
    const chunks: Buffer[] = [];
    const collect = new Writable({
      write(chunk: Buffer, _enc, cb) {
        chunks.push(chunk);
        cb();
      },
    });
    await pipeline(await streamOf(zf, e), limiter(maxBytes, entryName), collect);
    return Buffer.concat(chunks).toString('utf8');
  });
}
