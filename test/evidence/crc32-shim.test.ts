import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';

// The bundle replaces yazl's buffer-crc32 with a shim on zlib.crc32 (scripts/bundle.mjs): it must agree
// with buffer-crc32 on every call shape yazl and others use.
const require = createRequire(import.meta.url);
type Crc = ((buf: Buffer | string, previous?: Buffer | number) => Buffer) & {
  unsigned: (buf: Buffer | string, previous?: number) => number;
  signed: (buf: Buffer | string, previous?: number) => number;
};
const shim = require('../../scripts/shims/buffer-crc32.cjs') as Crc;
const js = require('buffer-crc32') as Crc;

test('the native crc32 shim gives buffer-crc32\'s results, whole and chained', () => {
  for (const size of [0, 1, 7, 4096, 100_003]) {
    const b = randomBytes(size);
    const cut = Math.floor(size / 3);
    assert.equal(shim.unsigned(b), js.unsigned(b));
    assert.equal(shim.signed(b), js.signed(b));
    assert.deepEqual(shim(b), js(b));
    assert.equal(shim.unsigned(b.subarray(cut), shim.unsigned(b.subarray(0, cut))), js.unsigned(b));
    assert.deepEqual(shim(b.subarray(cut), js(b.subarray(0, cut))), js(b));
  }
  assert.equal(shim.unsigned('héllo'), js.unsigned('héllo'));
});
