/**
 * The model every JUnit-like report is read into: JUnit XML (all the common dialects), .NET TRX and NUnit 3 XML.
 * Nothing in this file does I/O. See docs/junit.md for the counting and flaky rules.
 */
import { UserError } from '../core/errors.js';
import type { HashBag } from './hashbag.js';

export type CaseStatus = 'passed' | 'failed' | 'errored' | 'skipped' | 'flaky';

/** One test (all its runs folded into one entry). Untrusted text everywhere: escape before rendering. */
export interface TestCase {
  /** Suite path, outermost first (the `<testsuites>` collection itself is not part of it). */
  suite: string[];
  classname?: string;
  name: string;
  status: CaseStatus;
  /** From the case's attributes, else from the stack trace (as written there: may be relative or absolute). */
  file?: string;
  line?: number;
  /** First failure/error (for a flaky pass: its first flaky/rerun element; for a skip: the skip reason). */
  message?: string;
  type?: string;
  /** Body of that failure/error: usually the stack trace. */
  details?: string;
  durationMs?: number;
  /** How many times the test appeared (reruns in the file, or across files after `mergeReports`). */
  runs: number;
  /** TRX only: the test's id, which identifies it across reruns. */
  testId?: string;
  /** How many `<failure>`/`<error>` elements its first non-passing run had (several are allowed). */
  failureCount?: number;
}

/**
 * In `FileReport.counts`: one count per run (per `<testcase>` element), as `expected.json` defines them:
 * `tests = passed + failed + errored + skipped`; `flaky` is an overlay (flaky tests are also inside those).
 * In `FileReport.byTest` and `mergeReports(...).counts`: one count per distinct test, reruns folded, so
 * `tests = passed + failed + errored + skipped + flaky`.
 */
export interface Counts {
  tests: number;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
  flaky: number;
  /** flakyFailure / flakyError / rerunFailure / rerunError elements seen (surefire, Marathon…). */
  flakyMarkers: number;
}

export interface Disagreement {
  /** Suite path joined with ' › ' ('(root)' for the `<testsuites>` / `<TestRun>` / `<test-run>` root). */
  suite: string;
  attribute: string;
  attributeValue: number;
  fromCases: number;
}

/**
 * A failure the file reports outside its test cases, which the counting rule (one count per test case)
 * cannot see: an `<error>`/`<failure>` element outside any `<testcase>` (TAP::Formatter::JUnit's "Dubious,
 * test returned 255", busted's spec file that did not load), or a suite whose `failures`/`errors`
 * attributes count failures none of its cases shows (tape's test that crashed before it was written).
 */
export interface SuiteFailure {
  /** Suite path joined with ' › ' ('(root)' outside any suite). */
  suite: string;
  kind: 'element' | 'attributes';
  message: string;
  file?: string;
  line?: number;
}

export interface FileReport {
  /** Path as given. */
  file: string;
  format: 'junit' | 'trx' | 'nunit3';
  /** Best guess, e.g. 'surefire', 'jest-junit', 'pytest'. */
  producer?: string;
  /** Per run (per test case element): see `Counts`. */
  counts: Counts;
  /** Per distinct test, reruns folded (flaky is its own bucket). Use this (or `mergeReports`) for rates. */
  byTest: Counts;
  /** The part of the counts that came from suite attributes because the suite listed no cases. */
  fromAttributes?: Counts;
  /** Non-passing tests (failed, errored, flaky; skipped up to `maxSkippedKept`), at most `maxCasesKept`. */
  cases: TestCase[];
  /** Non-passing tests not listed in `cases` because of `maxCasesKept` (their counts are exact). */
  casesDropped: number;
  disagreements: Disagreement[];
  /** Failures outside the test cases (at most 50); not in the counts. */
  suiteFailures?: SuiteFailure[];
  durationMs?: number;
  /** Per-run identities, for folding reruns across files in `mergeReports`. Not serialised. */
  runIndex?: RunIndex;
}

/** Bits of what happened to one test across its runs. */
export const RUN_PASS = 1;
export const RUN_FAIL = 2;
export const RUN_ERROR = 4;
export const RUN_SKIP = 8;
export const RUN_MARKER = 16;

/**
 * Compact record of every run in a file, keyed by a 53-bit hash of the test's identity
 * (suite path, classname, name; TRX: test id). 8–16 bytes per distinct passing or skipped test.
 */
export class RunIndex {
  constructor(
    /** Hashes of runs that passed without flaky markers before any failure of the same test. */
    readonly passed: HashBag,
    /** Hashes of skipped runs. */
    readonly skipped: HashBag,
    /** hash → runs * 32 + RUN_* bits, for tests with a failed, errored or flaky-marked run. */
    readonly other: Map<number, number>,
  ) {}

  /** Kept out of JSON: it is an index, not data. */
  toJSON(): undefined {
    return undefined;
  }
}

export type ReadErrorReason = 'invalid-xml' | 'not-junit' | 'dtd' | 'empty' | 'io';

/** A file that cannot be read as a test report. It is never counted, and never turns into a pass. */
export class JUnitReadError extends UserError {
  override name = 'JUnitReadError';
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly reason: ReadErrorReason;
  /** What is wrong, without the file and position (the message has them). */
  readonly detail: string;

  constructor(
    file: string,
    reason: ReadErrorReason,
    detail: string,
    position?: { line: number; column: number },
    options?: { cause?: unknown },
  ) {
    const where = position ? `${file}:${position.line}:${position.column}` : file;
    super(`${where}: ${detail}`, options);
    this.file = file;
    this.reason = reason;
    this.detail = detail;
    if (position) {
      this.line = position.line;
      this.column = position.column;
    }
  }
}

export interface ReadOptions {
  /** Longest message kept per case, in UTF-8 bytes (default 1024). */
  maxMessageBytes?: number;
  /** Longest details (stack trace) kept per case, in UTF-8 bytes (default 8192). */
  maxDetailsBytes?: number;
  /** Most non-passing tests listed in `cases` per file (default 5000). Counts stay exact beyond it. */
  maxCasesKept?: number;
  /** Most skipped tests listed in `cases` per file (default 100; 0 lists none). */
  maxSkippedKept?: number;
}

export const DEFAULT_READ_OPTIONS: Required<ReadOptions> = {
  maxMessageBytes: 1024,
  maxDetailsBytes: 8192,
  maxCasesKept: 5000,
  maxSkippedKept: 100,
};

export function zeroCounts(): Counts {
  return { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, flakyMarkers: 0 };
}

export function addCounts(into: Counts, from: Counts): Counts {
  into.tests += from.tests;
  into.passed += from.passed;
  into.failed += from.failed;
  into.errored += from.errored;
  into.skipped += from.skipped;
  into.flaky += from.flaky;
  into.flakyMarkers += from.flakyMarkers;
  return into;
}
