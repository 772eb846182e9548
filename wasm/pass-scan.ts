// AssemblyScript (compiled by `npm run wasm` into src/junit/pass-scan.wasm.ts; not part of the TypeScript build).
//
// The JUnit reader's accelerator for the bulk of a report: runs of passing test cases written as one empty
// element, `<testcase name="…" classname="…" time="…"/>`, separated by white space. For each it computes the
// identity hash exactly as src/junit/identity.ts does (suite state → classname → name → finish) and stores
// it; anything it is not sure of ends the run, and the JavaScript reader goes on from there.
//
// Accepted, and only this: white space (SP, TAB, LF, CR) between elements; `<testcase` + one or more
// attributes + optional white space + `/>`; each attribute separated by white space, a name of ASCII name
// characters, `=` with optional white space around it, a value in '…' or "…" of printable ASCII without '<'
// and '&' (so it needs no decoding or normalisation); no attribute twice; no `status` attribute; a non-empty
// `name`. The input is ASCII bytes that are also the characters the reader sees (same indexes).
//
// Memory: [0, OUT_END) hashes out (f64), then the input bytes from IN.

const OUT_MAX: i32 = 8192;
const IN: i32 = 65536;
const MAX_ATTRS: i32 = 16;

let count: i32 = 0;
// Attribute name and value spans of the tag being read.
const nameAt = new StaticArray<i32>(16);
const nameLen = new StaticArray<i32>(16);
const valAt = new StaticArray<i32>(16);
const valLen = new StaticArray<i32>(16);

export function inputOffset(): i32 {
  return IN;
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

function is(a: i32, len: i32, w0: i32, w1: i32, w2: i32, w3: i32, w4: i32, w5: i32, w6: i32, w7: i32, w8: i32, wl: i32): bool {
  if (len != wl) return false;
  if (b(a) != w0 || b(a + 1) != w1 || b(a + 2) != w2 || b(a + 3) != w3) return false;
  if (wl == 4) return true;
  if (b(a + 4) != w4) return false;
  if (wl == 5) return true;
  if (b(a + 5) != w5) return false;
  if (wl == 6) return true;
  return b(a + 6) == w6 && b(a + 7) == w7 && b(a + 8) == w8;
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
    if (b(q) != 60 || b(q + 1) != 116 || b(q + 2) != 101 || b(q + 3) != 115 || b(q + 4) != 116 || b(q + 5) != 99 || b(q + 6) != 97 || b(q + 7) != 115 || b(q + 8) != 101 || !isWs(b(q + 9))) {
      return q < end && b(q) == 60 ? q : p;
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
    // No attribute twice; find name, classname, class; refuse status.
    let iName = -1;
    let iClassname = -1;
    let iClass = -1;
    for (let i = 0; i < n; i++) {
      const ai = unchecked(nameAt[i]);
      const li = unchecked(nameLen[i]);
      for (let j = 0; j < i; j++) {
        if (unchecked(nameLen[j]) == li && memory.compare(IN + ai, IN + unchecked(nameAt[j]), li) == 0) return q;
      }
      if (is(ai, li, 110, 97, 109, 101, 0, 0, 0, 0, 0, 4)) iName = i;
      else if (is(ai, li, 99, 108, 97, 115, 115, 110, 97, 109, 101, 9)) iClassname = i;
      else if (is(ai, li, 99, 108, 97, 115, 115, 0, 0, 0, 0, 5)) iClass = i;
      else if (is(ai, li, 115, 116, 97, 116, 117, 115, 0, 0, 0, 6)) return q;
    }
    if (iName < 0 || unchecked(valLen[iName]) == 0) return q;
    const ic = iClassname >= 0 ? iClassname : iClass;
    // caseHash: the suite's state, then the classname (separator 2), then the name (separator 3), finished.
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
    h1 = (h1 ^ (h1 >> 16)) * 2246822507;
    h1 ^= (h2 ^ (h2 >> 13)) * 3266489909;
    h2 = (h2 ^ (h2 >> 16)) * 2246822507;
    h2 ^= (h1 ^ (h1 >> 13)) * 3266489909;
    let v: f64 = 4294967296.0 * <f64>(h2 & 2097151) + <f64>h1;
    if (v == 0) v = 1;
    store<f64>(count << 3, v);
    count++;
    p = r;
  }
  return p;
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
