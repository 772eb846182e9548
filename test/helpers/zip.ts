import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import yauzl from 'yauzl';

/** Opens a zip and calls `onEntry` for each entry in order; `next()` moves on to the following one. */
async function eachEntry(p: string, onEntry: (zip: yauzl.ZipFile, entry: yauzl.Entry, next: () => void, fail: (err: Error) => void) => void): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(p, { lazyEntries: true }, (err, z) => (err ? reject(err) : resolve(z))),
  );
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => onEntry(zip, entry, () => zip.readEntry(), reject));
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  zip.close();
}

/** Reads every entry of a zip into memory (test helper; bundles in tests are small). */
export async function readZip(p: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  await eachEntry(p, (zip, entry, next, fail) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return fail(err);
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        out.set(entry.fileName, Buffer.concat(chunks));
        next();
      });
    });
  });
  return out;
}

/** Writes a zip from in-memory entries (to build tampered copies of a bundle). */
export async function writeZip(p: string, entries: Map<string, Buffer>): Promise<void> {
  const zip = new ZipFile();
  const done = pipeline(zip.outputStream, createWriteStream(p));
  for (const [name, data] of entries) zip.addBuffer(data, name);
  zip.end();
  await done;
}

/** Each entry's compression method (0 stored, 8 deflated), by name. */
export async function zipMethods(p: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  await eachEntry(p, (_zip, entry, next) => {
    out.set(entry.fileName, entry.compressionMethod);
    next();
  });
  return out;
}
