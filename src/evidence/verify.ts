import { createHash } from 'node:crypto';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { EVIDENCE_MANIFEST, type EvidenceManifest } from './bundle.js';

export interface VerifyResult {
  ok: boolean;
  /** One line each: what is wrong and with which file. */
  problems: string[];
  manifest?: EvidenceManifest;
  checked: number;
}

/**
 * Verifies an evidence zip offline: every file listed in the evidence manifest is present with the listed
 * size and sha256, and no file is present that the manifest does not list. Never throws for a bad bundle.
 */
export async function verifyBundle(zipPath: string): Promise<VerifyResult> {
  let zip: ZipFile;
  try {
    zip = await openZip(zipPath);
  } catch (err) {
    return { ok: false, problems: [`${zipPath}: not a readable zip (${(err as Error).message})`], checked: 0 };
  }
  const problems: string[] = [];
  const actual = new Map<string, { bytes: number; sha256: string }>();
  let manifestText: string | undefined;
  try {
    for await (const entry of entries(zip)) {
      if (entry.fileName.endsWith('/')) continue;
      if (actual.has(entry.fileName) || (entry.fileName === EVIDENCE_MANIFEST && manifestText !== undefined)) {
        problems.push(`${entry.fileName}: appears more than once in the zip`);
        continue;
      }
      try {
        const { bytes, sha256, text } = await readEntry(zip, entry, entry.fileName === EVIDENCE_MANIFEST);
        if (entry.fileName === EVIDENCE_MANIFEST) manifestText = text;
        else actual.set(entry.fileName, { bytes, sha256 });
      } catch (err) {
        problems.push(`${entry.fileName}: cannot be read from the zip (${(err as Error).message})`);
        actual.set(entry.fileName, { bytes: -1, sha256: 'unreadable' });
      }
    }
  } catch (err) {
    problems.push(`${zipPath}: the zip is damaged (${(err as Error).message})`);
  } finally {
    zip.close();
  }
  if (manifestText === undefined) {
    return { ok: false, problems: [...problems, `${EVIDENCE_MANIFEST}: missing from the bundle; nothing can be verified`], checked: 0 };
  }
  let manifest: EvidenceManifest;
  try {
    manifest = JSON.parse(manifestText) as EvidenceManifest;
    if (!Array.isArray(manifest.files)) throw new Error('no files list');
  } catch (err) {
    return { ok: false, problems: [...problems, `${EVIDENCE_MANIFEST}: not a valid evidence manifest (${(err as Error).message})`], checked: 0 };
  }
  const listed = new Set<string>();
  for (const f of manifest.files) {
    listed.add(f.path);
    const a = actual.get(f.path);
    if (!a) problems.push(`${f.path}: listed in the manifest but missing from the zip`);
    else if (a.sha256 === 'unreadable') continue;
    else if (a.sha256 !== f.sha256) problems.push(`${f.path}: sha256 mismatch (manifest ${f.sha256.slice(0, 12)}…, zip ${a.sha256.slice(0, 12)}…)`);
    else if (a.bytes !== f.bytes) problems.push(`${f.path}: size mismatch (manifest ${f.bytes} bytes, zip ${a.bytes})`);
  }
  for (const name of actual.keys()) {
    if (!listed.has(name)) problems.push(`${name}: in the zip but not listed in the manifest (extra file)`);
  }
  return { ok: problems.length === 0, problems, manifest, checked: manifest.files.length };
}

/** Reads one file out of an evidence zip (e.g. run.json) — after verification. */
export async function readBundleFile(zipPath: string, name: string): Promise<Buffer | undefined> {
  const zip = await openZip(zipPath);
  try {
    for await (const entry of entries(zip)) {
      if (entry.fileName === name) {
        const chunks: Buffer[] = [];
        const stream = await openEntry(zip, entry);
        for await (const c of stream) chunks.push(c as Buffer);
        return Buffer.concat(chunks);
      }
    }
    return undefined;
  } finally {
    zip.close();
  }
}

function openZip(p: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(p, { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true }, (err, zip) =>
      err ? reject(err) : resolve(zip),
    );
  });
}

async function* entries(zip: ZipFile): AsyncGenerator<Entry> {
  while (true) {
    const next = await new Promise<Entry | null>((resolve, reject) => {
      const onEntry = (e: Entry): void => {
        cleanup();
        resolve(e);
      };
      const onEnd = (): void => {
        cleanup();
        resolve(null);
      };
      const onError = (err: Error): void => {
        cleanup();
        reject(err);
      };
      const cleanup = (): void => {
        zip.off('entry', onEntry);
        zip.off('end', onEnd);
        zip.off('error', onError);
      };
      zip.on('entry', onEntry);
      zip.on('end', onEnd);
      zip.on('error', onError);
      zip.readEntry();
    });
    if (!next) return;
    yield next;
  }
}

function openEntry(zip: ZipFile, entry: Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s))));
}

async function readEntry(zip: ZipFile, entry: Entry, keepText: boolean): Promise<{ bytes: number; sha256: string; text?: string }> {
  const stream = await openEntry(zip, entry);
  const hash = createHash('sha256');
  let bytes = 0;
  const kept: Buffer[] = [];
  for await (const chunk of stream) {
    const b = chunk as Buffer;
    hash.update(b);
    bytes += b.length;
    if (keepText) kept.push(b);
  }
  return { bytes, sha256: hash.digest('hex'), ...(keepText ? { text: Buffer.concat(kept).toString('utf8') } : {}) };
}
