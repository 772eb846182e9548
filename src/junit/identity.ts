/**
 * Test identity: a 53-bit hash of (suite path with each suite's hostname, classname, name, and the `file`, `id`
 * and `group` attributes where the case has them) — or of the TRX test id — used to fold reruns. The file
 * tells apart tests that share every name (Node's reporter gives each top-level test the classname "test":
 * `works` in a.test.mjs and in b.test.mjs); a rerun repeats its file, so it still folds.
 * Two 32-bit multiplicative lanes (the cyrb53 construction), continued string by string so a suite's state is
 * computed once and each case only hashes its own classname and name. A false match between a failing test
 * and some passing test needs a 53-bit collision: about n / 2^53 per failing test.
 */
import type { TestCase } from './model.js';

/** Mutable hash state (two 32-bit lanes). */
export interface HashState {
  h1: number;
  h2: number;
}

export function seedState(): HashState {
  return { h1: 0xdeadbeef, h2: 0x41c6ce57 };
}

/** Feeds a separator and then `s` into `st` (in place). */
export function feed(st: HashState, s: string, sep: number): void {
  let h1 = Math.imul(st.h1 ^ sep, 2654435761);
  let h2 = Math.imul(st.h2 ^ sep, 1597334677);
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  st.h1 = h1;
  st.h2 = h2;
}

/** Finishes a copy of the state into a non-negative integer < 2^53. */
export function finish(h1In: number, h2In: number): number {
  let h1 = h1In;
  let h2 = h2In;
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const v = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return v === 0 ? 1 : v; // 0 marks an empty slot in HashBag
}

export const SEP_SUITE = 1;
export const SEP_CLASS = 2;
export const SEP_NAME = 3;
export const SEP_TRX = 4;
/** After the name, when the case has a file attribute (5 and 6: anonymousHash). */
export const SEP_FILE = 7;
/** After a suite's name, when it has a hostname (Playwright's project). */
export const SEP_HOST = 8;

export function suiteState(path: readonly string[]): HashState {
  const st = seedState();
  for (const s of path) feed(st, s, SEP_SUITE);
  return st;
}

/**
 * Feeds the name (and the file attribute, when there is one: undefined or '' is none) into a (suite +
 * classname) state and finishes, without allocating.
 */
export function finishName(h1In: number, h2In: number, name: string, file?: string): number {
  let h1 = Math.imul(h1In ^ SEP_NAME, 2654435761);
  let h2 = Math.imul(h2In ^ SEP_NAME, 1597334677);
  for (let i = 0; i < name.length; i++) {
    const ch = name.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  if (file) {
    h1 = Math.imul(h1 ^ SEP_FILE, 2654435761);
    h2 = Math.imul(h2 ^ SEP_FILE, 1597334677);
    for (let i = 0; i < file.length; i++) {
      const ch = file.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  }
  return finish(h1, h2);
}

/** Hash of a case under a suite state (the state is not modified); `file`: its file attribute, if any. */
export function caseHash(suite: HashState, classname: string, name: string, file?: string): number {
  const st = { h1: suite.h1, h2: suite.h2 };
  feed(st, classname, SEP_CLASS);
  return finishName(st.h1, st.h2, name, file);
}

export function trxHash(testIdOrName: string): number {
  const st = seedState();
  feed(st, testIdOrName, SEP_TRX);
  return finish(st.h1, st.h2);
}

/** Hashes given to cases that have no identity of their own (no name): never folded with anything. */
const assigned = new WeakMap<TestCase, number>();

export function assignIdentity(c: TestCase, h: number): void {
  assigned.set(c, h);
}

/** A hash no named test can have: nameless cases are distinct tests, not reruns of each other. */
export function anonymousHash(file: string, seq: number): number {
  const st = seedState();
  feed(st, file, 5);
  feed(st, String(seq), 6);
  return finish(st.h1, st.h2);
}

/**
 * The identity hash of a case in the model (the value the reader used). A case the reader did not make is
 * hashed from its fields; its `file` counts as the attribute (the reader may have taken it from a stack).
 */
export function identityOf(c: TestCase): number {
  const known = assigned.get(c);
  if (known !== undefined) return known;
  if (c.testId !== undefined) return trxHash(c.testId);
  return caseHash(suiteState(c.suite), c.classname ?? '', c.name, c.file);
}

