'use strict';
// Bundled in place of `zlib` for yazl (scripts/bundle.mjs): Node's zlib, with deflateRaw given an output
// buffer sized to the input. With zlib's default 16 KB, compressing a 4 MB file took ~14 round trips through
// the thread pool, each waiting behind every other job queued there (the bundle's other files, report
// writes) and each costing the main thread a callback; with an output buffer a quarter of the input (capped
// at 1 MiB) text compresses in one trip. Output bytes are the same.
const zlib = require('node:zlib');

const MIN = 16 * 1024;
const MAX = 1024 * 1024;

/** The output chunk size for `length` input bytes: a power of two near a quarter of it, within [16 KiB, 1 MiB]. */
function chunkSizeFor(length) {
  let size = MIN;
  while (size < MAX && size * 4 < length) size *= 2;
  return size;
}

function deflateRaw(buffer, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  return zlib.deflateRaw(buffer, { ...options, chunkSize: chunkSizeFor(buffer.length) }, callback);
}

module.exports = Object.create(zlib, { deflateRaw: { value: deflateRaw, enumerable: true } });
module.exports.chunkSizeFor = chunkSizeFor;
