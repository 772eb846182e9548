import { sortHashes } from './pass-scan.js';

/**
 * Bags this big or bigger are sorted by the WebAssembly radix sort. It costs ~50 µs whatever the size (4
 * passes over 2^14 counters), so smaller ones go to the typed-array sort (measured, warm: 4 hashes 0.6 µs
 * against 52; 2,048: 60 against 115; 4,096: 156 against 110) — a folder of 5,000 small surefire files spent
 * 0.5 s in the radix sort.
 */
const WASM_SORT_MIN = 3000;

/**
 * A multiset of identity hashes (non-zero integers < 2^53), stored sorted in one Float64Array: 8 bytes per
 * run, no per-entry objects. The reader appends hashes to a growable buffer while streaming (sequential
 * writes, cache-friendly) and sorts once at the end; lookups are binary searches.
 */
export class HashBag {
  /** Distinct hashes. */
  readonly size: number;

  private constructor(
    private readonly sorted: Float64Array,
    size: number,
  ) {
    this.size = size;
  }

  /** Takes ownership of `values` (sorts it in place). */
  static of(values: Float64Array): HashBag {
    const size = values.length >= WASM_SORT_MIN ? sortHashes(values) : undefined;
    if (size !== undefined) return new HashBag(values, size);
    // The hashes are positive integers, whose IEEE 754 bit patterns are in the same order as the numbers:
    // sorting them as unsigned 64-bit integers gives the numeric order, about twice as fast as a Float64Array.
    new BigUint64Array(values.buffer, values.byteOffset, values.length).sort();
    return new HashBag(values, distinct(values));
  }

  static union(bags: HashBag[]): HashBag {
    if (bags.length === 1) return bags[0] as HashBag;
    const out = new Float64Array(bags.reduce((n, b) => n + b.sorted.length, 0));
    let o = 0;
    for (const b of bags) {
      out.set(b.sorted, o);
      o += b.sorted.length;
    }
    return HashBag.of(out);
  }

  /** How many times `h` was added. */
  count(h: number): number {
    const a = this.sorted;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((a[mid] as number) < h) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < a.length && a[end] === h) end++;
    return end - lo;
  }

  /** Calls `fn(hash, times)` for every distinct hash, ascending. */
  forEach(fn: (h: number, times: number) => void): void {
    const a = this.sorted;
    let i = 0;
    while (i < a.length) {
      const h = a[i] as number;
      let j = i + 1;
      while (j < a.length && a[j] === h) j++;
      fn(h, j - i);
      i = j;
    }
  }
}

/**
 * Distinct values in a sorted array. (A function of its own: V8 optimises the loop in the middle of its
 * first, long run, and code optimised there without having seen what follows the loop is thrown away.)
 */
function distinct(sorted: Float64Array): number {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) n++;
  return n;
}

/** Append-only buffer of hashes (doubling). */
export class HashBuffer {
  // Starts small so that it grows a few times early in every read, while that code still runs unoptimised:
  // optimised code compiled before any growth would be thrown away ("insufficient type feedback") at the first.
  private arr = new Float64Array(64);
  private len = 0;

  push(v: number): void {
    if (this.len === this.arr.length) {
      const next = new Float64Array(this.arr.length * 2);
      next.set(this.arr);
      this.arr = next;
    }
    this.arr[this.len++] = v;
  }

  /** Appends src[0 … count) (a whole run of passes in one copy: see ReportBuilder.emptyRun). */
  pushAll(src: Float64Array, count: number): void {
    if (this.len + count > this.arr.length) {
      const next = new Float64Array(Math.max(this.arr.length * 2, this.len + count));
      next.set(this.arr.subarray(0, this.len));
      this.arr = next;
    }
    this.arr.set(src.subarray(0, count), this.len);
    this.len += count;
  }

  /** The values as a bag; the buffer is emptied. Copies when that frees over half the memory. */
  toBag(): HashBag {
    const view = this.arr.subarray(0, this.len);
    const values = this.len * 2 < this.arr.length ? view.slice() : view;
    this.arr = new Float64Array(0);
    this.len = 0;
    return HashBag.of(values);
  }
}
