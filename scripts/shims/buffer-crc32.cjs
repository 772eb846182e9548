'use strict';
// Bundled in place of `buffer-crc32` for yazl (scripts/bundle.mjs): the same API on Node's native zlib.crc32
// (Node ≥ 20.15), ~10× faster than the JavaScript table on the evidence bundle's megabytes; older Node keeps
// the JavaScript implementation.
const zlib = require('node:zlib');
const js = require('buffer-crc32');

if (typeof zlib.crc32 !== 'function') {
  module.exports = js;
} else {
  const toBuffer = (value) => (typeof value === 'string' ? Buffer.from(value) : value);
  const previousOf = (previous) => (previous === undefined ? 0 : Buffer.isBuffer(previous) ? previous.readUInt32BE(0) : previous >>> 0);
  const unsigned = (buf, previous) => zlib.crc32(toBuffer(buf), previousOf(previous)) >>> 0;
  const crc32 = (buf, previous) => {
    const out = Buffer.alloc(4);
    out.writeUInt32BE(unsigned(buf, previous), 0);
    return out;
  };
  crc32.unsigned = unsigned;
  crc32.signed = (buf, previous) => unsigned(buf, previous) | 0;
  module.exports = crc32;
}
