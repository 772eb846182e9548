// The bundle's yazl resumes its walk to the next entry to write (scripts/shims/yazl-pump.mjs): the zips it
// writes must be byte for byte what yazl writes, whatever the mix of entries and however they finish.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { runInThisContext } from 'node:vm';
import yazl from 'yazl';
import { patchYazl } from '../../scripts/shims/yazl-pump.mjs';

const require = createRequire(import.meta.url);
const yazlPath = require.resolve('yazl');

/** yazl's module evaluated from the given source (its own require, so it is a separate copy). */
function load(source: string): typeof yazl {
  const module = { exports: {} as typeof yazl };
  const wrapper = runInThisContext(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: yazlPath }) as (
    ...args: unknown[]
  ) => void;
  wrapper(module.exports, createRequire(yazlPath), module, yazlPath, yazlPath);
  return module.exports;
}

const original = load(readFileSync(yazlPath, 'utf8'));
const patched = load(patchYazl(readFileSync(yazlPath, 'utf8')));

/** A zip of `n` entries: buffers (stored and deflated), streams fed late and out of order, empty folders. */
async function zipWith(lib: typeof yazl, n: number, seed: Buffer): Promise<Buffer> {
  const zip = new lib.ZipFile();
  const out: Buffer[] = [];
  zip.outputStream.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve, reject) => zip.outputStream.on('end', resolve).on('error', reject));
  const streams: Array<[PassThrough, Buffer]> = [];
  const mtime = new Date(Date.UTC(2026, 10, 21));
  for (let i = 0; i < n; i++) {
    const body = seed.subarray(i % 97, (i % 97) + 1 + ((i * 131) % 3000));
    const kind = seed[i % seed.length] as number;
    if (kind % 5 === 0) {
      const s = new PassThrough();
      streams.push([s, body]);
      zip.addReadStream(s, `s/${i}.xml`, { mtime, compress: true });
    } else if (kind % 7 === 0) {
      zip.addEmptyDirectory(`d${i}/`, { mtime });
    } else {
      zip.addBuffer(body, `b/${i}.xml`, { mtime, compress: kind % 2 === 0 });
    }
  }
  zip.end();
  // Streams finish in reverse order, and later than the buffers: entries wait for the ones before them.
  for (const [s, body] of streams.reverse()) {
    await new Promise((resolve) => setImmediate(resolve));
    s.end(body);
  }
  await done;
  return Buffer.concat(out);
}

test("the patched yazl writes yazl's own bytes, for many entries of every kind", async () => {
  for (const n of [0, 1, 2, 50, 3000]) {
    const seed = randomBytes(4096);
    const [mine, theirs] = await Promise.all([zipWith(patched, n, seed), zipWith(original, n, seed)]);
    assert.ok(mine.length > 0);
    assert.ok(mine.equals(theirs), `${n} entries: the zips differ`);
  }
});

test('the patch refuses a yazl whose entry walk has changed', () => {
  assert.throws(() => patchYazl('function pumpEntries(self) {}'), /entry walk is not where it was/);
});
