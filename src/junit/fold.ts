/**
 * Folding runs into tests, within a file and across files.
 *
 * Runs are taken in order (document order; across files, the order of the reports given). The last
 * outcome decides, because rerun tools only rerun what failed:
 * - failed or errored, then passed (or a pass carrying flakyFailure/rerunFailure-style markers) → flaky;
 * - passed, then failed → failed (that is no rerun: the failure stands);
 * - failed on every run → failed (errored when any run errored);
 * - skipped runs never change the outcome of runs that did run; a test only skipped is skipped.
 */
import {
  RUN_ERROR, RUN_FAIL, RUN_MARKER, RUN_PASS, RunIndex, addCounts, zeroCounts,
  type CaseStatus, type Counts, type FileReport, type TestCase,
} from './model.js';
import { HashBag } from './hashbag.js';
import { identityOf } from './identity.js';

/** Status of a test from its entry bits (RUN_PASS there means: passed after its latest failure). */
export function classify(bits: number): CaseStatus {
  if (bits & RUN_PASS) return bits & (RUN_FAIL | RUN_ERROR | RUN_MARKER) ? 'flaky' : 'passed';
  if (bits & RUN_ERROR) return 'errored';
  if (bits & RUN_FAIL) return 'failed';
  return 'skipped';
}

/** Folds a new run's bits into an entry's bits (runs in order). */
export function foldBits(prev: number, run: number): number {
  if (run & (RUN_FAIL | RUN_ERROR)) return (prev & ~RUN_PASS) | run; // a failure after a pass: the failure stands
  return prev | run;
}

export function packEntry(runs: number, bits: number): number {
  return runs * 32 + bits;
}
export function entryRuns(v: number): number {
  return Math.floor(v / 32);
}
export function entryBits(v: number): number {
  return v % 32;
}

export interface Folded {
  /** Per-test counts (flakyMarkers left at 0: the caller adds them). */
  counts: Counts;
  /** Every test with a failed, errored or flaky-marked run: its status and total runs. */
  tests: Map<number, { status: CaseStatus; runs: number }>;
  passed: HashBag;
  skipped: HashBag;
}

/** Folds the runs of one or several indexes (several files of one test run, in run order). */
export function foldIndexes(indexes: RunIndex[]): Folded {
  let other: Map<number, number>;
  if (indexes.length === 1) {
    other = (indexes[0] as RunIndex).other;
  } else {
    other = new Map();
    for (const ix of indexes) {
      // Passes in this file of tests that failed in an earlier file (and did not fail again here).
      for (const [h, v] of other) {
        if (!ix.other.has(h) && ix.passed.count(h) > 0) other.set(h, packEntry(entryRuns(v), foldBits(entryBits(v), RUN_PASS)));
      }
      for (const [h, v] of ix.other) {
        const prev = other.get(h);
        if (prev === undefined) {
          other.set(h, v);
        } else {
          // This file's runs come later: its last outcome decides.
          const bits = v & RUN_PASS ? entryBits(prev) | entryBits(v) : (entryBits(prev) & ~RUN_PASS) | entryBits(v);
          other.set(h, packEntry(entryRuns(prev) + entryRuns(v), bits));
        }
      }
    }
  }
  const passed = HashBag.union(indexes.map((i) => i.passed));
  const skipped = HashBag.union(indexes.map((i) => i.skipped));
  const counts = zeroCounts();
  let uniquePassed = passed.size;
  let uniqueSkipped = skipped.size;
  const tests = new Map<number, { status: CaseStatus; runs: number }>();
  for (const [h, v] of other) {
    const pc = passed.count(h);
    const sc = skipped.count(h);
    if (pc > 0) uniquePassed--;
    if (sc > 0) uniqueSkipped--;
    const status = classify(entryBits(v));
    counts[status]++;
    tests.set(h, { status, runs: entryRuns(v) + pc + sc });
  }
  // A test skipped in one run and passed in another passed.
  skipped.forEach((h) => {
    if (!other.has(h) && passed.count(h) > 0) uniqueSkipped--;
  });
  counts.passed += uniquePassed;
  counts.skipped += uniqueSkipped;
  counts.tests = counts.passed + counts.failed + counts.errored + counts.skipped + counts.flaky;
  return { counts, tests, passed, skipped };
}

/**
 * Applies folded statuses to kept cases: sets status and runs, keeps one entry per test (preferring one from
 * a non-skipped run), drops skipped entries of tests that passed elsewhere.
 */
export function applyFold(cases: Array<[TestCase, number]>, folded: Folded): TestCase[] {
  const out: TestCase[] = [];
  const seen = new Set<number>();
  const ordered = [...cases.filter(([c]) => c.status !== 'skipped'), ...cases.filter(([c]) => c.status === 'skipped')];
  for (const [c, h] of ordered) {
    if (seen.has(h)) continue;
    const t = folded.tests.get(h);
    if (t) {
      c.status = t.status;
      c.runs = t.runs;
    } else {
      if (folded.passed.count(h) > 0) continue;
      c.status = 'skipped';
      c.runs = Math.max(1, folded.skipped.count(h));
    }
    seen.add(h);
    out.push(c);
  }
  // Keep document order.
  const order = new Map(cases.map(([c], i) => [c, i]));
  return out.sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
}

/**
 * Merges the reports of several files of one test run into per-test totals. Pass them in run order (e.g. the
 * sorted file list): the same test in several files is a rerun, and failed-then-passed makes it flaky.
 * Reports without a run index (e.g. re-read from JSON) are added as they are (`byTest` counts and cases).
 */
export function mergeReports(reports: FileReport[]): { counts: Counts; cases: TestCase[] } {
  const indexed = reports.filter((r) => r.runIndex !== undefined);
  const plain = reports.filter((r) => r.runIndex === undefined);
  const counts = zeroCounts();
  let cases: TestCase[] = [];
  if (indexed.length > 0) {
    const folded = foldIndexes(indexed.map((r) => r.runIndex as RunIndex));
    addCounts(counts, folded.counts);
    const all: Array<[TestCase, number]> = [];
    for (const r of indexed) {
      for (const c of r.cases) all.push([{ ...c, suite: [...c.suite] }, identityOf(c)]);
      if (r.fromAttributes) addCounts(counts, { ...r.fromAttributes, flakyMarkers: 0 });
      counts.flakyMarkers += r.counts.flakyMarkers;
    }
    cases = applyFold(all, folded);
  }
  for (const r of plain) {
    addCounts(counts, r.byTest ?? r.counts);
    for (const c of r.cases) cases.push({ ...c, suite: [...c.suite] });
  }
  return { counts, cases };
}
