// AssemblyScript (compiled by `npm run wasm` into src/junit/pass-scan.wasm.ts; not part of the TypeScript build).
//
// The JUnit reader's accelerator for the bulk of a report: runs of passing test cases written as one empty
// element, `<testcase name="…" classname="…" time="…"/>`, separated by white space. For each it computes the
// identity hash exactly as src/junit/identity.ts does (suite state → classname → name → finish) and stores
// it (the case's `file` attribute, or else `filepath`, goes into the hash after the name when it is not
// empty); anything it is not sure of ends the run, and the JavaScript reader goes on from there.
//
// Accepted, and only this: white space (SP, TAB, LF, CR) between elements; `<testcase` + one or more
// attributes + optional white space + `/>`; each attribute separated by white space, a name of ASCII name
// characters, `=` with optional white space around it, a value in '…' or "…" of printable ASCII without '<'
// and '&' (so it needs no decoding or normalisation); no attribute twice; no `status`, `id` or `group`
// attribute; a non-empty `name`. The input is ASCII bytes that are also the characters the reader sees (same indexes).
//
// Most tags of a run are alike but for their values: after a tag is taken by the full parse, its skeleton
// (its bytes without the values) is kept, and a next tag that is that skeleton with acceptable values between
// is taken by comparing bytes and scanning only the values (about half the time per case).
//
// The module also does three other jobs for the reader, each a plain loop that cold JavaScript ran slowly:
// the check for forbidden control characters, the count of line feeds (error positions), and the sort of the
// test hashes at the end of a report (see each function).
//
// Memory: the runtime's own data and these arrays (allocated at start, never freed: the hashes out, the
// filter, the sort's digit counts), then the input bytes from IN, page-aligned after everything else (the
// caller grows memory to fit its input, and uses the same region for the keys it sorts).

const OUT_MAX: i32 = 8192;
const MAX_ATTRS: i32 = 16;

let count: i32 = 0;
// Attribute name and value spans of the tag being read.
const nameAt = new StaticArray<i32>(16);
const nameLen = new StaticArray<i32>(16);
const valAt = new StaticArray<i32>(16);
const valLen = new StaticArray<i32>(16);
// The skeleton of the last tag the full parse took: its bytes without the attribute values, as pieces
// (piece k comes before value k; the last one ends the tag), with each value's quote and where the hashed
// values are. Runs are mostly tags alike but for their values: a tag whose bytes are this skeleton with
// acceptable values between is exactly what the full parse would take (same attributes, same order, same
// white space and quotes; the values checked alike), so it is taken without parsing its names again.
const SKELETON_MAX: i32 = 256;
const skeleton = new StaticArray<u8>(SKELETON_MAX);
const pieceAt = new StaticArray<i32>(17);
const pieceLen = new StaticArray<i32>(17);
const quoteOf = new StaticArray<i32>(16);
let skValues: i32 = 0; // values in the skeleton; 0: none recorded
let skName: i32 = -1;
let skClass: i32 = -1;
let skFile: i32 = -1;
// Bytes that end an attribute value: bit 0 inside "…", bit 1 inside '…' (the quote itself, '<', '&', and
// anything but printable ASCII). Filled at start.
const STOP = new StaticArray<u8>(256);
for (let c = 0; c < 256; c++) {
  const bad = c < 32 || c > 126 || c == 60 || c == 38;
  unchecked((STOP[c] = <u8>((bad || c == 34 ? 1 : 0) | (bad || c == 39 ? 2 : 0))));
}

// Hashes out.
const out = new StaticArray<f64>(OUT_MAX);
const OUT: i32 = <i32>changetype<usize>(out);
// The reader's bit filter over the low 20 bits of the hashes of tests that did not pass (2^20 bits, kept in
// step by the caller): a case whose hash is in it ends the run before it (the JavaScript decides whether it
// is a rerun), so every hash handed back is a plain first pass.
const filter = new StaticArray<u32>(1 << 15);
const FILTER: i32 = <i32>changetype<usize>(filter);
// Digit counts of the hash sort (below). Every array is allocated before IN is placed after them all.
const HIST = new StaticArray<u32>(4 << 14);
const HIST_AT: i32 = <i32>changetype<usize>(HIST);
const IN: i32 = (max(max(OUT + OUT_MAX * 8, FILTER + (1 << 17)), HIST_AT + (4 << 16)) + 0xffff) & ~0xffff;

export function inputOffset(): i32 {
  return IN;
}

export function outputOffset(): i32 {
  return OUT;
}

export function outputCapacity(): i32 {
  return OUT_MAX;
}

export function filterOffset(): i32 {
  return FILTER;
}

export function scanned(): i32 {
  return count;
}

@inline function b(i: i32): i32 {
  return <i32>load<u8>(IN + i);
}

@inline function isWs(c: i32): bool {
  return c == 32 || c == 10 || c == 9 || c == 13;
}

@inline function nameStart(c: i32): bool {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c == 95 || c == 58;
}

@inline function nameChar(c: i32): bool {
  return nameStart(c) || (c >= 48 && c <= 57) || c == 46 || c == 45;
}

// Attribute names the builder looks at, as little-endian words.
const W_NAME: u32 = 0x656d616e; // "name"
const W_FILE: u32 = 0x656c6966; // "file"
const W_PATH: u32 = 0x68746170; // "path"
const W_CLAS: u32 = 0x73616c63; // "clas"
const W_STAT: u32 = 0x74617473; // "stat"
const W_US: u16 = 0x7375; // "us"
const W_ID: u16 = 0x6469; // "id"
const W_GROU: u32 = 0x756f7267; // "grou"
const W_TESTCAS: u64 = 0x736163747365743c; // "<testcas"

/** Whether the `len` bytes at `a` and at `c` are equal. */
function same(a: i32, c: i32, len: i32): bool {
  let i = 0;
  while (i + 8 <= len) {
    if (load<u64>(a + i) != load<u64>(c + i)) return false;
    i += 8;
  }
  while (i < len) {
    if (load<u8>(a + i) != load<u8>(c + i)) return false;
    i++;
  }
  return true;
}

/**
 * Reads from `start` (at '<' or white space) up to `end`; returns where it stopped: after the last element it
 * took, or at the '<' of one it did not take (white space before it taken too). `scanned()` says how many it
 * took (at most OUT_MAX per call: call again from the returned index while it returns a full batch).
 */
export function scan(start: i32, end: i32, h1Suite: u32, h2Suite: u32): i32 {
  count = 0;
  let p = start;
  while (count < OUT_MAX) {
    let q = p;
    while (q < end && isWs(b(q))) q++;
    // "<testcase" and white space
    if (q + 10 >= end) return p;
    if (load<u64>(IN + q) != W_TESTCAS || b(q + 8) != 101 || !isWs(b(q + 9))) {
      return q < end && b(q) == 60 ? q : p;
    }
    // The skeleton of the last tag taken, with values between?
    if (skValues > 0) {
      const e = skeletonMatch(q, end);
      if (e > 0) {
        const hashed = caseHash(h1Suite, h2Suite, skClass, skName, skFile);
        if (inFilter(hashed)) return q;
        store<f64>(OUT + (count << 3), hashed);
        count++;
        p = e;
        continue;
      }
    }
    let r = q + 9;
    let n = 0;
    let closed = false;
    while (true) {
      const r0 = r;
      while (r < end && isWs(b(r))) r++;
      if (r >= end) return q;
      let c = b(r);
      if (c == 47) {
        if (r + 1 < end && b(r + 1) == 62) {
          r += 2;
          closed = true;
        }
        break;
      }
      if (r == r0 || n == MAX_ATTRS || !nameStart(c)) break;
      const a = r;
      r++;
      while (r < end && nameChar(b(r))) r++;
      if (r >= end) return q;
      unchecked((nameAt[n] = a));
      unchecked((nameLen[n] = r - a));
      while (r < end && isWs(b(r))) r++;
      if (r >= end || b(r) != 61) break;
      r++;
      while (r < end && isWs(b(r))) r++;
      if (r >= end) return q;
      const quote = b(r);
      if (quote != 34 && quote != 39) break;
      r++;
      const v = r;
      while (r < end) {
        c = b(r);
        if (c == quote || c < 32 || c > 126 || c == 60 || c == 38) break;
        r++;
      }
      if (r >= end || c != quote) break;
      unchecked((valAt[n] = v));
      unchecked((valLen[n] = r - v));
      r++;
      n++;
    }
    if (!closed) return q;
    // No attribute twice; find name, classname, class, file, filepath; refuse status, and id and group (they
    // are part of the identity: the JavaScript hashes those cases).
    let iName = -1;
    let iClassname = -1;
    let iClass = -1;
    let iFile = -1;
    let iFilepath = -1;
    for (let i = 0; i < n; i++) {
      const ai = unchecked(nameAt[i]);
      const li = unchecked(nameLen[i]);
      for (let j = 0; j < i; j++) {
        if (unchecked(nameLen[j]) == li && same(IN + ai, IN + unchecked(nameAt[j]), li)) return q;
      }
      const w = li >= 4 ? load<u32>(IN + ai) : 0;
      if (li == 4) {
        if (w == W_NAME) iName = i;
        else if (w == W_FILE) iFile = i;
      } else if (li == 8) {
        if (w == W_FILE && load<u32>(IN + ai + 4) == W_PATH) iFilepath = i;
      } else if (li == 9) {
        if (w == W_CLAS && b(ai + 4) == 115 && load<u32>(IN + ai + 5) == W_NAME) iClassname = i;
      } else if (li == 5) {
        if (w == W_CLAS && b(ai + 4) == 115) iClass = i;
        else if (w == W_GROU && b(ai + 4) == 112) return q;
      } else if (li == 2) {
        if (load<u16>(IN + ai) == W_ID) return q;
      } else if (li == 6) {
        if (w == W_STAT && load<u16>(IN + ai + 4) == W_US) return q;
      }
    }
    if (iName < 0 || unchecked(valLen[iName]) == 0) return q;
    const ic = iClassname >= 0 ? iClassname : iClass;
    const iF = iFile >= 0 ? iFile : iFilepath;
    const hashed = caseHash(h1Suite, h2Suite, ic, iName, iF);
    if (inFilter(hashed)) return q;
    store<f64>(OUT + (count << 3), hashed);
    count++;
    record(q, r, n, iName, ic, iF);
    p = r;
  }
  return p;
}

/**
 * caseHash of identity.ts: the suite's state, then the classname (value `ic`, none when -1; separator 2),
 * then the name (value `iName`; separator 3), then the file (value `iF`, none when -1 or empty; separator 7),
 * finished; as a non-zero integer below 2^53.
 */
@inline function caseHash(h1Suite: u32, h2Suite: u32, ic: i32, iName: i32, iF: i32): f64 {
  let h1: u32 = (h1Suite ^ 2) * 2654435761;
  let h2: u32 = (h2Suite ^ 2) * 1597334677;
  if (ic >= 0) {
    const e = unchecked(valAt[ic]) + unchecked(valLen[ic]);
    for (let i = unchecked(valAt[ic]); i < e; i++) {
      const ch = <u32>b(i);
      h1 = (h1 ^ ch) * 2654435761;
      h2 = (h2 ^ ch) * 1597334677;
    }
  }
  h1 = (h1 ^ 3) * 2654435761;
  h2 = (h2 ^ 3) * 1597334677;
  const ne = unchecked(valAt[iName]) + unchecked(valLen[iName]);
  for (let i = unchecked(valAt[iName]); i < ne; i++) {
    const ch = <u32>b(i);
    h1 = (h1 ^ ch) * 2654435761;
    h2 = (h2 ^ ch) * 1597334677;
  }
  if (iF >= 0 && unchecked(valLen[iF]) > 0) {
    h1 = (h1 ^ 7) * 2654435761;
    h2 = (h2 ^ 7) * 1597334677;
    const fe = unchecked(valAt[iF]) + unchecked(valLen[iF]);
    for (let i = unchecked(valAt[iF]); i < fe; i++) {
      const ch = <u32>b(i);
      h1 = (h1 ^ ch) * 2654435761;
      h2 = (h2 ^ ch) * 1597334677;
    }
  }
  h1 = (h1 ^ (h1 >> 16)) * 2246822507;
  h1 ^= (h2 ^ (h2 >> 13)) * 3266489909;
  h2 = (h2 ^ (h2 >> 16)) * 2246822507;
  h2 ^= (h1 ^ (h1 >> 13)) * 3266489909;
  const v: f64 = 4294967296.0 * <f64>(h2 & 2097151) + <f64>h1;
  return v == 0 ? 1 : v;
}

/** Whether the low 20 bits of hash `v` are set in the filter. */
@inline function inFilter(v: f64): bool {
  const low = <u32>(<u64>v) & 0xfffff;
  return (unchecked(filter[low >>> 5]) & (<u32>1 << (low & 31))) != 0;
}

/** Records the tag [q, r) the full parse took (its `n` values in valAt/valLen) as the skeleton, if it fits. */
function record(q: i32, r: i32, n: i32, iName: i32, ic: i32, iF: i32): void {
  skValues = 0;
  if (r - q > SKELETON_MAX + 64) return;
  const base = <i32>changetype<usize>(skeleton);
  let len = 0;
  let from = q;
  for (let k = 0; k <= n; k++) {
    const to = k < n ? unchecked(valAt[k]) : r;
    const l = to - from;
    if (len + l > SKELETON_MAX) return;
    memory.copy(base + len, IN + from, l);
    unchecked((pieceAt[k] = base + len));
    unchecked((pieceLen[k] = l));
    len += l;
    if (k < n) {
      unchecked((quoteOf[k] = b(to - 1) == 34 ? 1 : 2));
      from = to + unchecked(valLen[k]);
    }
  }
  skName = iName;
  skClass = ic;
  skFile = iF;
  skValues = n;
}

/**
 * Whether the tag at `q` is the skeleton with acceptable values between (their spans go to valAt/valLen):
 * the index after it, or 0 (then the full parse decides).
 */
function skeletonMatch(q: i32, end: i32): i32 {
  let r = q;
  const n = skValues;
  for (let k = 0; k < n; k++) {
    const l = unchecked(pieceLen[k]);
    if (r + l >= end || !same(IN + r, unchecked(pieceAt[k]), l)) return 0;
    r += l;
    const v = r;
    const stop = <u8>unchecked(quoteOf[k]);
    while (r < end && (unchecked(STOP[b(r)]) & stop) == 0) r++;
    // the value must end at its quote (the next piece starts with it)
    if (r >= end) return 0;
    unchecked((valAt[k] = v));
    unchecked((valLen[k] = r - v));
  }
  const l = unchecked(pieceLen[n]);
  if (r + l > end || !same(IN + r, unchecked(pieceAt[n]), l)) return 0;
  if (unchecked(valLen[skName]) == 0) return 0;
  return r + l;
}

/**
 * The first byte in [start, end) that XML forbids in ASCII text — a C0 control other than TAB, LF and CR —
 * or `end` when there is none. Sixteen bytes at a time.
 */
export function firstForbidden(start: i32, end: i32): i32 {
  let i = start;
  const k32 = i8x16.splat(32);
  const k9 = i8x16.splat(9);
  const k10 = i8x16.splat(10);
  const k13 = i8x16.splat(13);
  while (i + 16 <= end) {
    const v = v128.load(IN + i);
    const ctl = i8x16.lt_u(v, k32);
    const ok = v128.or(v128.or(i8x16.eq(v, k9), i8x16.eq(v, k10)), i8x16.eq(v, k13));
    if (v128.any_true(v128.andnot(ctl, ok))) break;
    i += 16;
  }
  while (i < end) {
    const c = b(i);
    if (c < 32 && c != 9 && c != 10 && c != 13) return i;
    i++;
  }
  return end;
}

/**
 * Counts the line feeds in the input's [start, end), sixteen bytes at a time; `lastLineFeed()` is then the
 * index of the last one, or -1. (The tokenizer's line count for error positions.)
 */
let lastLf: i32 = -1;

export function lastLineFeed(): i32 {
  return lastLf;
}

export function countLineFeeds(start: i32, end: i32): i32 {
  let n = 0;
  let last = -1;
  let i = start;
  const lf = i8x16.splat(10);
  while (i + 16 <= end) {
    const mask = i8x16.bitmask(i8x16.eq(v128.load(IN + i), lf));
    if (mask != 0) {
      n += <i32>popcnt<u32>(mask);
      last = i + 31 - <i32>clz<u32>(mask);
    }
    i += 16;
  }
  while (i < end) {
    if (b(i) == 10) {
      n++;
      last = i;
    }
    i++;
  }
  lastLf = last;
  return n;
}

// Sorting the reader's hashes (HashBag): integers in [0, 2^53) held as doubles. A radix sort on the integers,
// 14 bits a pass (4 passes), the four digit counts taken in one read of the keys; a pass where every key has
// the same digit is skipped. (Written for few passes over memory: it runs once per report, so on V8's
// baseline compiler: WebAssembly code is optimised only after it has run a while, from its next call on.)
const DIGIT_BITS: u64 = 14;
const DIGITS: i32 = 1 << 14;

let distinctN: i32 = 0;

/** How many distinct keys the last `sortKeys` found. */
export function distinctCount(): i32 {
  return distinctN;
}

/**
 * Sorts the `n` doubles at address `a` (integers in [0, 2^53)), using `n` × 8 bytes at `scratch`; returns
 * the address holding them sorted, as doubles (`a` or `scratch`).
 */
export function sortKeys(a: i32, scratch: i32, n: i32): i32 {
  const hist = <i32>changetype<usize>(HIST);
  memory.fill(hist, 0, (4 << 14) * 4);
  const mask: u64 = <u64>DIGITS - 1;
  for (let i = 0; i < n; i++) {
    const k: u64 = <u64>load<f64>(a + (i << 3));
    store<u64>(a + (i << 3), k);
    const h0 = hist + (<i32>(k & mask) << 2);
    store<u32>(h0, load<u32>(h0) + 1);
    const h1 = hist + ((DIGITS + <i32>((k >> DIGIT_BITS) & mask)) << 2);
    store<u32>(h1, load<u32>(h1) + 1);
    const h2 = hist + ((2 * DIGITS + <i32>((k >> (2 * DIGIT_BITS)) & mask)) << 2);
    store<u32>(h2, load<u32>(h2) + 1);
    const h3 = hist + ((3 * DIGITS + <i32>((k >> (3 * DIGIT_BITS)) & mask)) << 2);
    store<u32>(h3, load<u32>(h3) + 1);
  }
  let src = a;
  let dst = scratch;
  for (let p = 0; p < 4; p++) {
    const h = hist + ((p * DIGITS) << 2);
    const shift = <u64>p * DIGIT_BITS;
    if (n > 0 && load<u32>(h + (<i32>((load<u64>(src) >> shift) & mask) << 2)) == <u32>n) continue;
    let sum: u32 = 0;
    for (let d = 0; d < DIGITS; d++) {
      const c = load<u32>(h + (d << 2));
      store<u32>(h + (d << 2), sum);
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const k = load<u64>(src + (i << 3));
      const at = h + (<i32>((k >> shift) & mask) << 2);
      const o = load<u32>(at);
      store<u64>(dst + (<i32>o << 3), k);
      store<u32>(at, o + 1);
    }
    const t = src;
    src = dst;
    dst = t;
  }
  let d = 0;
  let prev: u64 = 0;
  for (let i = 0; i < n; i++) {
    const k = load<u64>(src + (i << 3));
    if (i == 0 || k != prev) d++;
    prev = k;
    store<f64>(src + (i << 3), <f64>k);
  }
  distinctN = d;
  return src;
}

// Last in the file, so allocated after every other array: where the runtime's data ends (a test checks that
// the input region starts beyond it).
const END: i32 = <i32>changetype<usize>(new StaticArray<u8>(1));

export function dataEnd(): i32 {
  return END;
}
