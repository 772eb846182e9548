/**
 * The reader's accelerator for runs of plain passing test cases (`<testcase name=… classname=… time=…/>`),
 * compiled to WebAssembly from wasm/pass-scan.ts (see there for exactly what it accepts).
 *
 * Why WebAssembly: in a fresh process most of the reader's time was V8 running its JavaScript before
 * optimising it (a first read of the 3.8 MB bench file took ~2× a later one). WebAssembly is compiled in one
 * quick pass (~1 ms) to baseline code that is already several times faster than cold JavaScript (and about
 * half as fast as the optimised code V8 switches to once a function has run a while), so the cases that make
 * up most of a report cost nearly as little in the first read as in the hundredth. Everything else — suites,
 * failures, skips, odd markup, anything not plain ASCII — stays with the JavaScript reader, which also checks
 * what this skips exactly as it would have (test/junit/pass-scan.test.ts reads every shared report and
 * thousands of mutated ones both ways and compares). The module also checks for forbidden control
 * characters, counts line feeds for the tokenizer and sorts the hash bags.
 *
 * Without WebAssembly (`node --jitless`), or when switched off (`withoutPassScan`), the reader does it all.
 */
import { PASS_SCAN_WASM } from './pass-scan.wasm.js';

interface Exports {
  memory: WebAssembly.Memory;
  inputOffset(): number;
  outputOffset(): number;
  outputCapacity(): number;
  scanned(): number;
  filterOffset(): number;
  scan(start: number, end: number, h1: number, h2: number): number;
  firstForbidden(start: number, end: number): number;
  countLineFeeds(start: number, end: number): number;
  lastLineFeed(): number;
  sortKeys(a: number, scratch: number, n: number): number;
  distinctCount(): number;
}

export interface PassRun {
  /** Where the run stopped (index in the input). */
  end: number;
  /** How many cases it took; their identity hashes are hashes[0 … count). */
  count: number;
  hashes: Float64Array;
}

let enabled = true;
let instance: Exports | null | undefined;
let hashes: Float64Array | undefined;
/** The input last copied into the module's memory (copied once per chunk). */
let loaded: Uint8Array | undefined;
/** The reader's filter the module's copy is of (kept in step by `setFilterBit`), and a view of that copy. */
let filterOwner: PassFilter | undefined;
let filterView: Uint32Array | undefined;
/** The module's copy has no bit set (as its memory starts). */
let filterClear = true;

function load(): Exports | null {
  if (instance !== undefined) return instance;
  try {
    const module = new WebAssembly.Module(Buffer.from(PASS_SCAN_WASM, 'base64'));
    instance = new WebAssembly.Instance(module, { env: { abort: () => undefined } }).exports as unknown as Exports;
  } catch {
    instance = null; // no WebAssembly here: the JavaScript reader does it all
  }
  return instance;
}

/**
 * The module's input region, grown to hold `size` bytes: its offset. (Growing detaches the views on the old
 * memory: the hashes' view is made again when next needed, the filter's when next written.)
 */
function inputRegion(x: Exports, size: number): number {
  const base = x.inputOffset();
  const need = base + size - x.memory.buffer.byteLength;
  if (need > 0) {
    x.memory.grow(Math.ceil(need / 65536));
    hashes = undefined;
  }
  return base;
}

/** Copies `bytes` into the module's memory unless they are what it holds already; false without WebAssembly. */
function hold(bytes: Uint8Array): Exports | undefined {
  if (!enabled) return undefined;
  const x = load();
  if (x === null) return undefined;
  if (loaded !== bytes) {
    const base = inputRegion(x, bytes.length + 64); // (some slack past the input)
    new Uint8Array(x.memory.buffer, base, bytes.length).set(bytes);
    loaded = bytes;
  }
  return x;
}

/**
 * The first byte in `bytes` from `from` on that XML forbids in ASCII text (a C0 control other than TAB, LF,
 * CR), or bytes.length; undefined when the accelerator is unavailable or off. (16 bytes at a time: the
 * regular expression it replaces took 5–17 ms per 4 MB in a fresh process.)
 */
export function firstForbiddenByte(bytes: Uint8Array, from: number): number | undefined {
  const x = hold(bytes);
  return x === undefined ? undefined : x.firstForbidden(from, bytes.length);
}

/** The size of a hash filter: 2^20 bits over the low 20 bits of hashes (see `setFilterBit`). */
export const FILTER_WORDS = 1 << 15;

/**
 * A reader's filter over the hashes of the tests that did not pass (see `setFilterBit`). Its 128 KB of words
 * are allocated at the first bit set: most files have no failure, and a folder of thousands of small files
 * would otherwise allocate, and copy into the module, 128 KB per file.
 */
export class PassFilter {
  words: Uint32Array | undefined;
}

/** Whether the bit of hash `hash` (its low 20 bits) is set in `filter`. */
export function inFilter(filter: PassFilter, hash: number): boolean {
  const low = hash & 0xfffff;
  const words = filter.words;
  return words !== undefined && ((words[low >>> 5] as number) & (1 << (low & 31))) !== 0;
}

/**
 * Sets the bit of hash `hash` in `filter`, and in the module's copy when that is a copy of this filter.
 */
export function setFilterBit(filter: PassFilter, hash: number): void {
  const low = hash & 0xfffff;
  const words = (filter.words ??= new Uint32Array(FILTER_WORDS));
  const word = ((words[low >>> 5] as number) | (1 << (low & 31))) >>> 0;
  words[low >>> 5] = word;
  if (filterOwner === filter && instance) {
    if (filterView?.buffer !== instance.memory.buffer) filterView = new Uint32Array(instance.memory.buffer, instance.filterOffset(), FILTER_WORDS);
    filterView[low >>> 5] = word;
    filterClear = false;
  }
}

/**
 * Reads a run of plain passing cases in `bytes` (ASCII, index for index the characters the tokenizer reads)
 * from `start` to at most `end`, hashing each under the suite state (h1, h2). A case whose hash is in
 * `filter` (the reader's filter over tests that did not pass: see `setFilterBit`) ends the run before it, so
 * every hash handed back is of a plain pass the reader has not seen fail. Undefined when the accelerator is
 * unavailable or off.
 */
export function scanPasses(bytes: Uint8Array, start: number, end: number, h1: number, h2: number, filter: PassFilter): PassRun | undefined {
  const x = hold(bytes);
  if (x === undefined) return undefined;
  if (filterOwner !== filter) {
    if (filter.words !== undefined || !filterClear) {
      filterView = new Uint32Array(x.memory.buffer, x.filterOffset(), FILTER_WORDS);
      if (filter.words) filterView.set(filter.words);
      else filterView.fill(0);
      filterClear = filter.words === undefined;
    }
    filterOwner = filter;
  }
  hashes ??= new Float64Array(x.memory.buffer, x.outputOffset(), x.outputCapacity());
  const stop = x.scan(start, end, h1 >>> 0, h2 >>> 0);
  return { end: stop, count: x.scanned(), hashes };
}

/**
 * The line feeds in `bytes` before `end`: how many, and the index of the last (-1: none). Undefined when the
 * accelerator is unavailable or off.
 */
export function countLineFeeds(bytes: Uint8Array, end: number): { count: number; last: number } | undefined {
  const x = hold(bytes);
  if (x === undefined) return undefined;
  const count = x.countLineFeeds(0, end);
  return { count, last: x.lastLineFeed() };
}

/** Hash arrays up to this many are sorted in WebAssembly (its memory grows to 16 bytes a hash, for good). */
const SORT_MAX = 1 << 17;

/**
 * Sorts `values` (non-negative numbers, as the reader's hashes are) ascending, in place, and returns how many
 * distinct values it holds; undefined when the accelerator is unavailable or off, or the array is large (the
 * caller sorts). (A radix sort in WebAssembly. In a fresh process, 50,000 hashes: 4–5 ms on Node 20, mostly on
 * V8's baseline code, where the typed-array sort and the count of distinct values, the count unoptimised,
 * took 5–10 ms; on Node 24 about the same either way. Warm: ~1 ms against ~3 ms.)
 */
export function sortHashes(values: Float64Array): number | undefined {
  if (!enabled || values.length > SORT_MAX) return undefined;
  const x = load();
  if (x === null) return undefined;
  // The keys go where the input is held: the input is copied in again by the next scan.
  const n = values.length;
  const base = inputRegion(x, n * 16);
  loaded = undefined;
  new Float64Array(x.memory.buffer, base, n).set(values);
  const at = x.sortKeys(base, base + n * 8, n);
  values.set(new Float64Array(x.memory.buffer, at, n));
  return x.distinctCount();
}

/** Forgets the input last copied (the caller's buffer may be reused for other bytes) and the filter. */
export function releasePassScan(): void {
  loaded = undefined;
  filterOwner = undefined;
}

/** Runs `fn` with the accelerator off (tests compare both ways); restores it afterwards. */
export async function withoutPassScan<T>(fn: () => T | Promise<T>): Promise<T> {
  const was = enabled;
  enabled = false;
  try {
    return await fn();
  } finally {
    enabled = was;
  }
}
