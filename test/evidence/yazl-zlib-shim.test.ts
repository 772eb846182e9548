// The zlib that yazl gets in the bundle (scripts/shims/yazl-zlib.cjs): deflateRaw with an output buffer sized
// to the input gives the very bytes zlib's own deflateRaw gives, for every size and kind of input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { deflateRaw as nodeDeflateRaw, inflateRawSync } from 'node:zlib';
import { promisify } from 'node:util';

const require = createRequire(import.meta.url);
const shim = require('../../scripts/shims/yazl-zlib.cjs') as {
  deflateRaw: (b: Buffer, o: { level: number }, cb: (err: Error | null, out: Buffer) => void) => void;
  chunkSizeFor: (n: number) => number;
  DeflateRaw: unknown;
};

test('the output buffer is a power of two near a quarter of the input, within 16 KiB … 1 MiB', async () => {
  assert.equal(shim.chunkSizeFor(0), 16 * 1024);
  assert.equal(shim.chunkSizeFor(64 * 1024), 16 * 1024);
  assert.equal(shim.chunkSizeFor(64 * 1024 + 1), 32 * 1024);
  assert.equal(shim.chunkSizeFor(4 * 1024 * 1024), 1024 * 1024);
  assert.equal(shim.chunkSizeFor(100 * 1024 * 1024), 1024 * 1024);
  assert.equal(shim.DeflateRaw, (await import('node:zlib')).DeflateRaw, 'the rest of zlib is zlib');
});

test("deflateRaw gives zlib's own bytes, whatever the input", async () => {
  const text = Buffer.from('<testcase name="t1" classname="com.acme.K" time="0.001"/>\n'.repeat(70_000));
  const inputs = [Buffer.alloc(0), Buffer.from('x'), randomBytes(20_000), randomBytes(1024 * 1024 + 7), text, Buffer.concat([text, randomBytes(300_000)])];
  for (const input of inputs) {
    for (const level of [1, 6]) {
      const mine = await promisify(shim.deflateRaw)(input, { level });
      const theirs = await promisify(nodeDeflateRaw)(input, { level });
      assert.ok(mine.equals(theirs), `${input.length} bytes, level ${level}`);
      assert.ok(inflateRawSync(mine).equals(input));
    }
  }
});
