/**
 * Turns the XML events of one report into a FileReport, without holding the document: passing runs become
 * 8-byte hashes, only non-passing tests are kept (with truncated text), suites are a stack.
 *
 * Dialects: JUnit XML (root <testsuites> or <testsuite>, suites nested at any depth), .NET TRX (<TestRun>),
 * NUnit 3 (<test-run>). read.ts feeds it the tokenizer's events (open/close/text); `capturing` tells it
 * whether text is wanted, so character data outside failures is never even copied.
 */
import { parseDurationMs } from './duration.js';
import { HashBuffer } from './hashbag.js';
import { applyFold, entryBits, entryRuns, foldBits, foldIndexes, packEntry } from './fold.js';
import {
  anonymousHash, assignIdentity, caseHash, feed, finishName, SEP_CLASS, SEP_HOST, SEP_SUITE, trxHash, type HashState,
} from './identity.js';
import {
  DEFAULT_READ_OPTIONS, JUnitReadError, RUN_ERROR, RUN_FAIL, RUN_MARKER, RUN_PASS, RUN_SKIP, RunIndex,
  addCounts, zeroCounts,
  type Counts, type Disagreement, type FileReport, type ReadOptions, type SuiteFailure, type TestCase,
} from './model.js';
import { locateInStack, type SourceLocation } from './stack.js';
import { TextBuffer, cleanText } from './text.js';
import type { XmlTag } from './xml.js';
import { PassFilter, inFilter, scanPasses, setFilterBit } from './pass-scan.js';

type Attrs = Record<string, string>;
type RunStatus = 'passed' | 'failed' | 'errored' | 'skipped';

/** Deeper nesting than this is not a test report (and would grow the tokenizer's tag stack). */
export const MAX_DEPTH = 10_000;
/**
 * A suite path keeps at most this many names: the outermost ones, then '…', then the innermost suite's own.
 * Each suite's path is its own array, so uncapped paths cost time and memory quadratic in the nesting (a 360 KB
 * file of 9,000 nested suites took 1.2 s and 590 MB). No real report comes near it; a case's identity (reruns)
 * still hashes every name.
 */
export const MAX_SUITE_PATH = 32;
const MAX_DISAGREEMENTS = 200;
const MAX_SUITE_FAILURES = 50;

interface SuiteFrame {
  depth: number;
  /** The <testsuites> collection (not part of suite paths). */
  collection: boolean;
  path: string[];
  hash: HashState;
  aTests: number;
  aFailures: number;
  aErrors: number;
  aSkipped: number;
  /**
   * Only a `disabled` count, no `skipped` (GoogleTest's): skips of other kinds (GTEST_SKIP) are not in it, so
   * cases may skip more than it says without disagreeing.
   */
  aDisabledOnly: boolean;
  tests: number;
  failed: number;
  errored: number;
  skipped: number;
  /** Some case (or a child suite's attribute counts) lies inside. */
  content: boolean;
  /**
   * Failures the attributes may count are shown otherwise: a failure outside the cases was recorded for this
   * suite or one inside it (SuiteFailure), or a case has rerun markers (failed runs that Surefire counts).
   */
  flagged: boolean;
  /** Hash state after the last classname seen in this suite (consecutive cases usually share it). */
  lastClass: string | undefined;
  classH1: number;
  classH2: number;
}

/** One run of a test while its element is open. */
class RunState {
  depth = 0;
  name = '';
  classname = '';
  durationMs: number | undefined;
  /** JUnit: raw attributes used only if the case is kept (file, line, time). */
  file: string | undefined;
  /** JUnit: what tells this test apart beyond its names (identityKey: file, id, group). */
  key: string | undefined;
  /** JUnit: the first failure's or error's own place (CxxTest writes the assertion's there). */
  failFile: string | undefined;
  failLine: string | undefined;
  /** JUnit: a failing case's <system-err>, where the place is looked for last (WebdriverIO's stack is there). */
  sysErr: TextBuffer | undefined;
  line: string | undefined;
  time: string | undefined;
  skipByStatus = false;
  hasFailure = false;
  hasError = false;
  hasSkipped = false;
  failureCount = 0;
  markers = 0;
  message: string | undefined;
  type: string | undefined;
  details: TextBuffer | undefined;
  markerMessage: string | undefined;
  markerType: string | undefined;
  markerDetails: TextBuffer | undefined;
  skipMessage: string | undefined;
  /** JUnit: the text of a <skipped> with no message attribute (Surefire puts an assumption's reason there). */
  skipText: TextBuffer | undefined;
  /** Captured text of an element used as the message (TRX <Message>, NUnit <message>). */
  messageText: TextBuffer | undefined;
  testId: string | undefined;
  /** TRX/NUnit result words. */
  outcome = '';
  label = '';
  /** TRX: this result has inner results (data-driven parent: not counted itself). */
  hasInner = false;

  reset(depth: number): void {
    this.depth = depth;
    this.name = '';
    this.classname = '';
    this.durationMs = undefined;
    this.file = undefined;
    this.key = undefined;
    this.failFile = undefined;
    this.failLine = undefined;
    this.sysErr = undefined;
    this.line = undefined;
    this.time = undefined;
    this.skipByStatus = false;
    this.hasFailure = false;
    this.hasError = false;
    this.hasSkipped = false;
    this.failureCount = 0;
    this.markers = 0;
    this.message = undefined;
    this.type = undefined;
    this.details = undefined;
    this.markerMessage = undefined;
    this.markerType = undefined;
    this.markerDetails = undefined;
    this.skipMessage = undefined;
    this.skipText = undefined;
    this.messageText = undefined;
    this.testId = undefined;
    this.outcome = '';
    this.label = '';
    this.hasInner = false;
  }
}

function num(v: string | undefined): number {
  if (v === undefined) return NaN;
  const t = v.trim();
  if (t === '') return NaN;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 ? n : NaN;
}

function fin(n: number): number {
  return Number.isNaN(n) ? 0 : n;
}

function skippedAttr(a: Attrs): number {
  const s = num(a.skipped ?? a.skips);
  const d = num(a.disabled);
  if (Number.isNaN(s) && Number.isNaN(d)) return NaN;
  return fin(s) + fin(d);
}

function lineAttr(v: string | undefined, add = 0): number | undefined {
  if (v === undefined || v.trim() === '') return undefined;
  const n = Number(v) + add;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

const NO_ATTRS: Attrs = {};
const SKIP_STATUS = new Set(['disabled', 'notrun', 'skipped', 'ignored']);
const MARKERS = new Set(['flakyFailure', 'flakyError', 'rerunFailure', 'rerunError']);

export interface Position {
  line: number;
  column: number;
}

export class ReportBuilder {
  private readonly o: Required<ReadOptions>;
  format: FileReport['format'] | undefined;
  /**
   * The root is not a test report's: `error` is thrown by `finish` (the rest of the file is only checked);
   * `note` says it shortly, for an error found later in the file (read.ts adds it to that message).
   */
  notReport: { error: JUnitReadError; note: string } | undefined;
  producer: string | undefined;
  /**
   * Every case is a test of its own, whatever its names: the producer's document order is not the run order
   * and it repeats names for different tests (TestNG: a data provider's rows share the method's name, and
   * JUnitReportReporter writes cases in hash order), so a repeated name cannot be read as a rerun.
   */
  private noFold = false;
  private depth = 0;
  private readonly counts = zeroCounts();
  private fromAttributes: Counts | undefined;
  private readonly disagreements: Disagreement[] = [];
  private readonly suiteFailures: SuiteFailure[] = [];
  /** An <error>/<failure> outside any test case, while it is open (its text is captured). */
  private suiteError: { depth: number; name: string; message: string | undefined; text: TextBuffer } | undefined;
  private readonly suites: SuiteFrame[] = [];
  private readonly passed = new HashBuffer();
  private readonly skipped = new HashBuffer();
  private readonly other = new Map<number, number>();
  /** 2^20-bit filter over the low hash bits of `other`'s keys: most passes skip the Map lookup. */
  private readonly otherBits = new PassFilter();
  private readonly kept: Array<{ c: TestCase; hash: number }> = [];
  private keptFailing = 0;
  private keptSkipped = 0;
  private rootDurationMs: number | undefined;
  private sumDurationMs = 0;
  private sawDuration = false;

  /** Current run (JUnit/NUnit: one reused object; TRX: a stack for inner results). */
  private run = new RunState();
  private inRun = false;
  private trxRuns: RunState[] = [];

  /** Where character data goes, if anywhere. */
  private capture: TextBuffer | undefined;
  private captureDepth = 0;
  /** Depth of a subtree (e.g. system-out inside flakyFailure) whose text is not wanted; 0 = none. */
  private muteDepth = 0;
  /**
   * Text is wanted now (capture set, muteDepth 0); the tokenizer only checks text, without copying it,
   * otherwise. A field rather than a getter: it is read between every two tags.
   */
  wantsText = false;

  /** TRX: kept cases by test id, to fill in class names from <TestDefinitions>. */
  private trxKept = new Map<string, TestCase[]>();
  private trxDefId: string | undefined;
  /** Depth of the current result's <ErrorInfo> (0 = outside). */
  private trxErrorDepth = 0;
  private trxCounters: Attrs | undefined;
  private trxStart: number | undefined;
  private trxFinish: number | undefined;
  /** NUnit: inside <failure>/<reason> of the current case. */
  private nunitIn: 'failure' | 'reason' | undefined;
  private nunitRoot: Attrs | undefined;

  constructor(
    readonly file: string,
    opts: ReadOptions,
    /** Where the tokenizer is, for errors. */
    private readonly position: () => Position,
  ) {
    this.o = { ...DEFAULT_READ_OPTIONS, ...stripUndefined(opts) };
  }

  get started(): boolean {
    return this.format !== undefined;
  }

  /** Text is being collected (an element whose text is kept is open). */
  get capturing(): boolean {
    return this.capture !== undefined;
  }

  /** Largest text the model can keep, in characters (the tokenizer's own buffers may be trimmed to this). */
  get textLimit(): number {
    return Math.max(this.o.maxMessageBytes, this.o.maxDetailsBytes);
  }

  text(s: string): void {
    if (this.capture && this.muteDepth === 0) this.capture.add(s);
  }

  /** A DOCTYPE before the root: refused before anything in it is read. */
  doctype(): never {
    throw dtdError(this.file, this.position());
  }

  /** A comment before the root: TestNG's reporters sign their files there. */
  prologComment(text: string): void {
    const testng = /Generated by org\.testng\.reporters\.(\w+)/.exec(text);
    if (testng) {
      this.producer = `testng (${testng[1]})`;
      this.noFold = true;
    }
  }

  // open, close, empty, openCase and finishRun run for every test case. In a fresh process V8 optimises each
  // hot function on its own, on background threads that compete with the reading for the CPU: so they are
  // few, and hold little that is not needed for every case; the rest is in functions that run rarely.

  open(tag: XmlTag): void {
    const depth = ++this.depth;
    if (depth === 1) this.root(tag);
    else if (depth > MAX_DEPTH) this.tooDeep();
    const format = this.format;
    if (format === 'junit') {
      if (this.inRun) this.junitCaseChild(tag, depth);
      else if (tag.name === 'testcase') this.openCase(tag, depth);
      else this.junitOther(tag, depth);
    } else if (format === 'trx') {
      this.trxOpen(tag, depth);
    } else if (format === 'nunit3') {
      this.nunitOpen(tag, depth);
    }
  }

  close(): void {
    const depth = this.depth--;
    if (this.capture && depth === this.captureDepth) this.endCapture();
    if (depth === this.muteDepth) this.unmute();
    const format = this.format;
    if (format === 'junit') {
      if (!this.inRun) this.junitClose(depth);
      else if (depth === this.run.depth) {
        this.inRun = false;
        this.finishRun(this.run, this.suites[this.suites.length - 1]);
      }
    } else if (format === 'trx') {
      this.trxClose(depth);
    } else if (format === 'nunit3') {
      this.nunitClose(depth);
    }
  }

  /**
   * An empty element: a <testcase/> that is a plain pass (as Surefire, pytest and others write passing cases)
   * is recorded here in one go, as open and then close would record it; anything else is left to them.
   */
  empty(tag: XmlTag): boolean {
    if (this.format !== 'junit' || this.inRun || tag.name !== 'testcase' || this.depth >= MAX_DEPTH) return false;
    let name = '';
    let classname: string | undefined;
    let cls: string | undefined;
    let file: string | undefined;
    let filepath: string | undefined;
    let id: string | undefined;
    let group: string | undefined;
    const names = tag.names;
    const values = tag.values;
    for (let i = 0; i < tag.count; i++) {
      const v = values[i] as string;
      switch (names[i]) {
        case 'name': name = v; break;
        case 'classname': classname = v; break;
        case 'class': cls = v; break;
        case 'file': file = v; break;
        case 'filepath': filepath = v; break;
        case 'id': id = v; break;
        case 'group': group = v; break;
        case 'status': return false; // skipped, or Bazel's
        default:
      }
    }
    const suite = this.suites[this.suites.length - 1];
    if (name === '' || suite === undefined || this.noFold) return false;
    this.countRun('passed', 0, suite);
    this.addPass(suiteCaseHash(suite, classname ?? cls ?? '', name, identityKey(file ?? filepath, id, group)));
    return true;
  }

  /**
   * A run of plain passing cases read straight from the input bytes (src/junit/pass-scan.ts): what `empty`
   * would record for each, in one go. Returns where the run ended (`start`: nothing taken).
   */
  emptyRun(bytes: Uint8Array, start: number, end: number): number {
    // Only at "<t…" (a test case may start here), and where `empty` would take one.
    if (bytes[start + 1] !== 116 || this.format !== 'junit' || this.inRun || this.depth >= MAX_DEPTH || this.noFold) return start;
    const suite = this.suites[this.suites.length - 1];
    if (suite === undefined) return start;
    let pos = start;
    for (;;) {
      const run = scanPasses(bytes, pos, end, suite.hash.h1, suite.hash.h2, this.otherBits);
      if (run === undefined || run.count === 0) return run === undefined ? pos : Math.max(pos, run.end);
      const c = this.counts;
      c.tests += run.count;
      c.passed += run.count;
      suite.tests += run.count;
      suite.content = true;
      this.passed.pushAll(run.hashes, run.count);
      pos = run.end;
      if (run.count < run.hashes.length) return pos;
    }
  }

  private tooDeep(): never {
    throw new JUnitReadError(this.file, 'not-junit', `elements nested deeper than ${MAX_DEPTH} levels: this is not a test report`, this.position());
  }

  private root(tag: XmlTag): void {
    const a = tag.toObject();
    // JUnit is matched by its exact names (its elements are, everywhere); TRX and NUnit 3 by local name.
    const prefixedJUnit = tag.name.includes(':') && /^testsuites?$/.test(localName(tag.name));
    switch (prefixedJUnit ? '' : localName(tag.name)) {
      case 'testsuites':
      case 'testsuite':
        this.format = 'junit';
        this.rootDurationMs = parseDurationMs(a.time);
        if (tag.name === 'testsuites') this.pushSuite(a, 1, true);
        if (this.producer === undefined) this.guessRoot(a); // else named before the root (prologComment)
        return;
      case 'TestRun':
        this.format = 'trx';
        this.producer = 'vstest (trx)';
        return;
      case 'test-run':
        this.format = 'nunit3';
        this.producer = a['engine-version'] ? `nunit3 (engine ${a['engine-version']})` : 'nunit3';
        this.nunitRoot = a;
        this.rootDurationMs = parseDurationMs(a.duration);
        this.pushSuite({}, 1, true);
        return;
      default: {
        const hint =
          NOT_JUNIT_HINTS[tag.name] ??
          (prefixedJUnit
            ? 'JUnit is read without a namespace prefix (its test cases would not be recognised); write it unprefixed'
            : 'expected <testsuites>, <testsuite>, <TestRun> (TRX) or <test-run> (NUnit 3)');
        // Raised at the end, once the rest is known to be well-formed: a file that is not well-formed XML is
        // invalid XML first (the tokenizer checks it all; nothing of it is recorded meanwhile).
        this.notReport = {
          note: `its root element <${tag.name}> is not a test report's either (${hint})`,
          error: new JUnitReadError(
            this.file, 'not-junit',
            `not a test report: root element is <${tag.name}>; ${hint}. Point the tests job's junit glob at the JUnit XML files only`,
            this.position(),
          ),
        };
      }
    }
  }

  // ---------------------------------------------------------------- capture

  private startCapture(buf: TextBuffer, depth: number): void {
    this.capture = buf;
    this.captureDepth = depth;
    this.wantsText = this.muteDepth === 0;
  }

  private endCapture(): void {
    this.capture = undefined;
    this.captureDepth = 0;
    this.muteDepth = 0;
    this.wantsText = false;
  }

  private mute(depth: number): void {
    this.muteDepth = depth;
    this.wantsText = false;
  }

  private unmute(): void {
    this.muteDepth = 0;
    this.wantsText = this.capture !== undefined;
  }

  // ---------------------------------------------------------------- suites

  private pushSuite(a: Attrs, depth: number, collection: boolean): SuiteFrame {
    const parent = this.suites[this.suites.length - 1];
    const name = collection ? '' : (a.name ?? '').trim();
    let path = parent ? parent.path : [];
    let hash = parent ? parent.hash : { h1: 0xdeadbeef, h2: 0x41c6ce57 };
    if (name !== '') {
      path = path.length < MAX_SUITE_PATH ? [...path, own(name)] : [...path.slice(0, MAX_SUITE_PATH - 2), '…', own(name)];
      hash = { h1: hash.h1, h2: hash.h2 };
      feed(hash, name, SEP_SUITE);
    }
    // The suite's host tells apart suites of the same name: Playwright writes each project's run of a spec
    // file as a suite named after the file, with the project as its hostname. A rerun runs on its host again.
    const host = a.hostname;
    if (host !== undefined && host !== '') {
      hash = { h1: hash.h1, h2: hash.h2 };
      feed(hash, host, SEP_HOST);
    }
    const f: SuiteFrame = {
      depth, collection, path, hash,
      aTests: num(a.tests), aFailures: num(a.failures), aErrors: num(a.errors), aSkipped: skippedAttr(a),
      aDisabledOnly: a.skipped === undefined && a.skips === undefined && a.disabled !== undefined,
      tests: 0, failed: 0, errored: 0, skipped: 0, content: false, flagged: false,
      lastClass: undefined, classH1: 0, classH2: 0,
    };
    this.suites.push(f);
    return f;
  }

  private popSuite(): void {
    const f = this.suites.pop();
    if (!f) return;
    // Attributes counting failures that none of the cases shows: a test may have crashed before it was written.
    if (!f.flagged && f.content && fin(f.aFailures) + fin(f.aErrors) > 0 && f.failed + f.errored === 0) {
      const n = fin(f.aFailures) + fin(f.aErrors);
      this.addSuiteFailure(f, 'attributes', `its attributes count ${n} failure${n === 1 ? '' : 's'}, but none of its test cases failed: a test may have crashed before it was written`);
    }
    this.compare(f, 'tests', f.aTests, f.tests);
    this.compare(f, 'failures', f.aFailures, f.failed);
    this.compare(f, 'errors', f.aErrors, f.errored);
    if (!f.aDisabledOnly || f.skipped < f.aSkipped) this.compare(f, 'skipped', f.aSkipped, f.skipped);
    if (!f.content) this.fillFromAttributes(f, f.aTests, f.aFailures, f.aErrors, f.aSkipped);
    const parent = this.suites[this.suites.length - 1];
    if (parent) {
      parent.tests += f.tests;
      parent.failed += f.failed;
      parent.errored += f.errored;
      parent.skipped += f.skipped;
      parent.content ||= f.content;
      parent.flagged ||= f.flagged;
    }
  }

  /** Records a failure outside the test cases (SuiteFailure) against `f` (undefined: the root). */
  private addSuiteFailure(f: SuiteFrame | undefined, kind: SuiteFailure['kind'], message: string, at?: SourceLocation): void {
    if (f) f.flagged = true;
    if (this.suiteFailures.length >= MAX_SUITE_FAILURES) return;
    const suite = f && f.path.length > 0 ? f.path.join(' › ') : '(root)';
    this.suiteFailures.push({ suite, kind, message, ...(at ? { file: at.file, line: at.line } : {}) });
  }

  /** Records a disagreement of a suite's attribute (`where`: the suite, or a label) with its cases. */
  private compare(where: SuiteFrame | string, attribute: string, attributeValue: number, fromCases: number): void {
    if (Number.isNaN(attributeValue) || attributeValue === fromCases) return;
    if (this.disagreements.length < MAX_DISAGREEMENTS) {
      const suite = typeof where === 'string' ? where : where.path.length > 0 ? where.path.join(' › ') : '(root)';
      this.disagreements.push({ suite, attribute, attributeValue, fromCases });
    }
  }

  /** A suite that lists no test cases at all takes its counts from its own attributes. */
  private fillFromAttributes(f: SuiteFrame | undefined, aTests: number, aFailures: number, aErrors: number, aSkipped: number): void {
    const failed = fin(aFailures);
    const errored = fin(aErrors);
    const skipped = fin(aSkipped);
    const tests = Math.max(fin(aTests), failed + errored + skipped);
    if (tests === 0) return;
    const c: Counts = { tests, passed: tests - failed - errored - skipped, failed, errored, skipped, flaky: 0, flakyMarkers: 0 };
    addCounts(this.counts, c);
    this.fromAttributes = addCounts(this.fromAttributes ?? zeroCounts(), c);
    if (f) {
      f.tests = tests;
      f.failed = failed;
      f.errored = errored;
      f.skipped = skipped;
      f.content = true;
    }
  }

  // ---------------------------------------------------------------- JUnit

  /** An element inside a <testcase>: failure, error, skipped, flaky markers (and whatever is inside those). */
  private junitCaseChild(tag: XmlTag, depth: number): void {
    const name = tag.name;
    const r = this.run;
    if (depth !== r.depth + 1) {
      // Inside a child of the case: stack traces of flaky markers are wanted, their output is not.
      if (this.capture && this.muteDepth === 0 && (name === 'system-out' || name === 'system-err')) this.mute(depth);
      return;
    }
    switch (name) {
      case 'failure':
      case 'error':
        if (name === 'error') r.hasError = true;
        else r.hasFailure = true;
        if (r.failureCount++ === 0) {
          r.message = tag.get('message');
          r.type = tag.get('type');
          r.failFile = tag.get('file');
          if (r.failFile !== undefined) r.failLine = tag.get('line');
          r.details = new TextBuffer(this.o.maxDetailsBytes);
          this.startCapture(r.details, depth);
        }
        return;
      case 'system-err':
        // After a failure with no text, the stack may be here (WebdriverIO): kept for the place only.
        if (r.failureCount > 0 && !r.sysErr && !this.capture && (r.details === undefined || r.details.value().trim() === '')) {
          r.sysErr = new TextBuffer(this.o.maxDetailsBytes);
          this.startCapture(r.sysErr, depth);
        }
        return;
      case 'skipped':
      case 'aborted': // the JUnit Platform's legacy XML from Ant's junitlauncher: an assumption failed, the test did not run
        r.hasSkipped = true;
        r.skipMessage ??= tag.get('message');
        if (r.skipMessage === undefined && !r.skipText && !this.capture) {
          r.skipText = new TextBuffer(this.o.maxMessageBytes);
          this.startCapture(r.skipText, depth);
        }
        return;
      default:
        if (MARKERS.has(name)) {
          if (r.markers++ === 0) {
            r.markerMessage = tag.get('message');
            r.markerType = tag.get('type');
            r.markerDetails = new TextBuffer(this.o.maxDetailsBytes);
            this.startCapture(r.markerDetails, depth);
          }
          this.producer ??= 'surefire';
        }
    }
  }

  private openCase(tag: XmlTag, depth: number): void {
    const r = this.run;
    r.reset(depth);
    this.inRun = true;
    // One pass over the attributes; file, line and time are only used if the case is kept.
    let status: string | undefined;
    let classname: string | undefined;
    let cls: string | undefined;
    let file: string | undefined;
    let filepath: string | undefined;
    let line: string | undefined;
    let lineno: string | undefined;
    let id: string | undefined;
    let group: string | undefined;
    let bazel = false;
    const names = tag.names;
    const values = tag.values;
    for (let i = 0; i < tag.count; i++) {
      const v = values[i] as string;
      switch (names[i]) {
        case 'name': r.name = v; break;
        case 'classname': classname = v; break;
        case 'class': cls = v; break;
        case 'status': status = v; break;
        case 'time': r.time = v; break;
        case 'file': file = v; break;
        case 'filepath': filepath = v; break;
        case 'line': line = v; break;
        case 'lineno': lineno = v; break;
        case 'id': id = v; break;
        case 'group': group = v; break;
        case 'duration': bazel = true; break;
        default:
      }
    }
    r.classname = classname ?? cls ?? '';
    r.file = file ?? filepath;
    r.key = identityKey(r.file, id, group);
    r.line = line ?? lineno;
    if (status !== undefined) this.caseStatus(status, bazel);
  }

  /** The status attribute of a <testcase> (skipped ones; Bazel writes status="run"). */
  private caseStatus(status: string, bazel: boolean): void {
    if (SKIP_STATUS.has(status.toLowerCase())) this.run.skipByStatus = true;
    if (this.producer === undefined && status === 'run' && bazel) this.producer = 'bazel';
  }

  /** A JUnit element outside any <testcase>. */
  private junitOther(tag: XmlTag, depth: number): void {
    switch (tag.name) {
      case 'error':
      case 'failure':
        // Outside any test case: the suite's own failure (not counted; reported as a SuiteFailure).
        if (this.suiteError === undefined && this.capture === undefined) {
          const text = new TextBuffer(this.o.maxDetailsBytes);
          this.suiteError = { depth, name: tag.name, message: tag.get('message'), text };
          this.startCapture(text, depth);
        }
        return;
      case 'testsuite': {
        const a = tag.toObject();
        this.pushSuite(a, depth, false);
        if (this.producer === undefined) this.guessSuite(a);
        if (depth <= 2 && this.rootDurationMs === undefined) {
          const d = parseDurationMs(a.time);
          if (d !== undefined) {
            this.sumDurationMs += d;
            this.sawDuration = true;
          }
        }
        return;
      }
      case 'property':
        if (this.producer === undefined) this.guessProperty(tag.toObject());
        else if (this.producer === 'surefire' && this.kept.length === 0 && this.counts.tests === 0) this.surefireProvider(tag);
        return;
      default:
    }
  }

  /** The end of a JUnit element outside any <testcase>. */
  private junitClose(depth: number): void {
    const e = this.suiteError;
    if (e && e.depth === depth) {
      this.suiteError = undefined;
      const text = e.text.value();
      const message = cleanText(e.message ?? firstLine(text), this.o.maxMessageBytes) ?? `an <${e.name}> with no message`;
      this.addSuiteFailure(this.suites[this.suites.length - 1], 'element', message, locateInStack(text ?? e.message));
      return;
    }
    const top = this.suites[this.suites.length - 1];
    if (top && top.depth === depth) this.popSuite();
  }

  // ---------------------------------------------------------------- TRX

  private trxOpen(tag: XmlTag, depth: number): void {
    const a = tag.count > 0 ? tag.toObject() : NO_ATTRS;
    const cur = this.trxRuns[this.trxRuns.length - 1];
    switch (tag.name) {
      case 'UnitTestResult':
      case 'TestResult':
      case 'TestResultAggregation': {
        if (cur) cur.hasInner = true;
        const r = new RunState();
        r.reset(depth);
        r.name = a.testName ?? '';
        r.testId = a.testId;
        r.outcome = a.outcome ?? '';
        r.durationMs = parseDurationMs(a.duration);
        this.trxRuns.push(r);
        return;
      }
      case 'ErrorInfo':
        if (cur) this.trxErrorDepth = depth;
        return;
      case 'Message':
        if (cur && depth === this.trxErrorDepth + 1 && !cur.messageText) {
          cur.messageText = new TextBuffer(this.o.maxMessageBytes);
          this.startCapture(cur.messageText, depth);
        }
        return;
      case 'StackTrace':
        if (cur && depth === this.trxErrorDepth + 1 && !cur.details) {
          cur.details = new TextBuffer(this.o.maxDetailsBytes);
          this.startCapture(cur.details, depth);
        }
        return;
      case 'UnitTest':
        this.trxDefId = a.id;
        return;
      case 'TestMethod': {
        const kept = this.trxDefId ? this.trxKept.get(this.trxDefId) : undefined;
        if (kept && a.className) for (const c of kept) c.classname = a.className;
        return;
      }
      case 'Counters':
        this.trxCounters = a;
        return;
      case 'Times':
        this.trxStart = Date.parse(a.start ?? '');
        this.trxFinish = Date.parse(a.finish ?? '');
        return;
      default:
    }
  }

  private trxClose(depth: number): void {
    if (depth === this.trxErrorDepth) this.trxErrorDepth = 0;
    const cur = this.trxRuns[this.trxRuns.length - 1];
    if (!cur || cur.depth !== depth) return;
    this.trxRuns.pop();
    if (cur.hasInner) return; // data-driven parent: its inner results are the runs
    if (cur.messageText) cur.message = cur.messageText.value();
    this.finishRun(cur, this.suites[this.suites.length - 1]);
  }

  private trxStatus(r: RunState): RunStatus {
    switch (r.outcome.toLowerCase()) {
      case 'passed':
      case 'passedbutrunaborted':
      case 'completed':
      case 'warning':
        return 'passed';
      case 'failed':
        return 'failed';
      case 'error':
      case 'timeout':
      case 'aborted':
        return 'errored';
      default:
        // notexecuted, inconclusive, notrunnable, disconnected, pending, inprogress
        return 'skipped';
    }
  }

  // ---------------------------------------------------------------- NUnit 3

  private nunitOpen(tag: XmlTag, depth: number): void {
    const a = tag.count > 0 && !this.inRun ? tag.toObject() : NO_ATTRS;
    if (this.inRun) {
      const r = this.run;
      if (depth === r.depth + 1) {
        if (tag.name === 'failure') this.nunitIn = 'failure';
        else if (tag.name === 'reason') this.nunitIn = 'reason';
        else this.nunitIn = undefined;
        return;
      }
      if (depth === r.depth + 2 && this.nunitIn) {
        if (tag.name === 'message' && !r.messageText) {
          r.messageText = new TextBuffer(this.o.maxMessageBytes);
          this.startCapture(r.messageText, depth);
        } else if (tag.name === 'stack-trace' && this.nunitIn === 'failure' && !r.details) {
          r.details = new TextBuffer(this.o.maxDetailsBytes);
          this.startCapture(r.details, depth);
        }
      }
      return;
    }
    if (tag.name === 'test-suite') {
      this.pushSuite(a, depth, false);
    } else if (tag.name === 'test-case') {
      const r = this.run;
      r.reset(depth);
      this.inRun = true;
      r.name = a.name ?? '';
      r.classname = a.classname ?? '';
      r.outcome = a.result ?? '';
      r.label = a.label ?? '';
      r.durationMs = parseDurationMs(a.duration);
      this.nunitIn = undefined;
    }
  }

  private nunitClose(depth: number): void {
    if (this.inRun) {
      const r = this.run;
      if (depth === r.depth + 1) this.nunitIn = undefined;
      if (depth === r.depth) {
        this.inRun = false;
        if (r.messageText) {
          if (r.outcome === 'Skipped' || r.outcome === 'Inconclusive') r.skipMessage = r.messageText.value();
          else r.message = r.messageText.value();
        }
        this.finishRun(r, this.suites[this.suites.length - 1]);
      }
      return;
    }
    const top = this.suites[this.suites.length - 1];
    if (top && top.depth === depth && !top.collection) {
      // NUnit suites carry totals too, but they count differently (inconclusive, warnings): only the root
      // is compared; inner suites just pass their counts up.
      this.suites.pop();
      const parent = this.suites[this.suites.length - 1];
      if (parent) {
        parent.tests += top.tests;
        parent.failed += top.failed;
        parent.errored += top.errored;
        parent.skipped += top.skipped;
        parent.content ||= top.content;
      }
    }
  }

  private nunitStatus(r: RunState): RunStatus {
    switch (r.outcome) {
      case 'Passed':
      case 'Warning':
        return 'passed';
      case 'Failed':
        return r.label === 'Error' || r.label === 'Cancelled' || r.label === 'Invalid' ? 'errored' : 'failed';
      default:
        return 'skipped'; // Skipped, Inconclusive
    }
  }

  // ---------------------------------------------------------------- runs

  private finishRun(r: RunState, suite: SuiteFrame | undefined): void {
    const format = this.format;
    let status: RunStatus;
    if (format !== 'junit') status = this.otherStatus(r);
    else if (r.hasError) status = 'errored';
    else if (r.hasFailure) status = 'failed';
    else if (r.hasSkipped || r.skipByStatus) status = 'skipped';
    else status = 'passed';
    this.countRun(status, r.markers, suite);
    if (format !== 'junit') this.addDuration(r);
    if (status !== 'passed' && format === 'junit' && this.producer === undefined) this.producerFromFailure(r);
    const hash = r.name !== '' && format === 'junit' && suite && !this.noFold ? suiteCaseHash(suite, r.classname, r.name, r.key) : this.otherHash(r, suite);
    if (r.markers === 0 && status === 'passed') this.addPass(hash);
    else this.addOther(r, suite, status, hash);
  }

  private countRun(status: RunStatus, markers: number, suite: SuiteFrame | undefined): void {
    const c = this.counts;
    c.tests++;
    c.flakyMarkers += markers;
    switch (status) {
      case 'passed':
        c.passed++;
        break;
      case 'failed':
        c.failed++;
        break;
      case 'errored':
        c.errored++;
        break;
      default:
        c.skipped++;
    }
    if (suite) {
      suite.tests++;
      if (status === 'failed') suite.failed++;
      else if (status === 'errored') suite.errored++;
      else if (status === 'skipped') suite.skipped++;
      suite.content = true;
      if (markers > 0) suite.flagged = true; // failed runs inside a case (rerun markers) show the failures
    }
  }

  /** A plain pass (no flaky markers). */
  private addPass(hash: number): void {
    // `other` holds the tests that did not pass before; most passes are ruled out by the bit filter.
    if (!inFilter(this.otherBits, hash) || !this.rerunsInFile() || !this.passAfterOther(hash)) this.passed.push(hash);
  }

  /**
   * Whether a pass after a failure of the same test in this file can be its rerun. Not for producers that never
   * write a rerun as a case of its own (their retries leave no trace, or are flakyFailure markers): there a
   * repeated name is another test — jest-junit's describe titles, mocha's duplicate titles — and the failure
   * stands. (A rerun written to another file still folds, in mergeReports.)
   */
  private rerunsInFile(): boolean {
    return this.producer === undefined || !NO_RERUN_CASES.has(this.producer);
  }

  private otherStatus(r: RunState): RunStatus {
    return this.format === 'trx' ? this.trxStatus(r) : this.nunitStatus(r);
  }

  /** TRX/NUnit: case durations add up to the report's when its root has none. */
  private addDuration(r: RunState): void {
    if (r.durationMs !== undefined && this.rootDurationMs === undefined) {
      this.sumDurationMs += r.durationMs;
      this.sawDuration = true;
    }
  }

  /** The identity hash of a run other than a named JUnit case inside a suite. */
  private otherHash(r: RunState, suite: SuiteFrame | undefined): number {
    if ((r.name === '' || this.noFold) && r.testId === undefined) return anonymousHash(this.file, this.counts.tests);
    if (this.format === 'trx') return trxHash(r.testId ?? r.name);
    return suite ? suiteCaseHash(suite, r.classname, r.name, r.key) : caseHash({ h1: 0xdeadbeef, h2: 0x41c6ce57 }, r.classname, r.name, r.key);
  }

  /**
   * A plain pass of a test that may be in `other`: a pass after a failure of the same test is a rerun that
   * passed, recorded on the test's entry. Returns whether it was.
   */
  private passAfterOther(hash: number): boolean {
    const prev = this.other.get(hash);
    if (prev === undefined) return false;
    this.other.set(hash, packEntry(entryRuns(prev) + 1, foldBits(entryBits(prev), RUN_PASS)));
    return true;
  }

  /** A skipped run, or a failed or errored one, or a pass with flaky markers (reruns inside the run itself). */
  private addOther(r: RunState, suite: SuiteFrame | undefined, status: RunStatus, hash: number): void {
    if (r.markers === 0 && status === 'skipped') {
      this.skipped.push(hash);
      if (this.keptSkipped < this.o.maxSkippedKept) {
        this.keptSkipped++;
        this.keep(r, suite, 'skipped', hash);
      }
      return;
    }
    const bits =
      (status === 'passed' ? RUN_PASS : status === 'failed' ? RUN_FAIL : status === 'errored' ? RUN_ERROR : RUN_SKIP) |
      (r.markers > 0 ? RUN_MARKER : 0);
    const prev = this.other.get(hash);
    if (prev === undefined) {
      this.other.set(hash, packEntry(1, bits));
      setFilterBit(this.otherBits, hash);
      if (this.keptFailing < this.o.maxCasesKept) {
        this.keptFailing++;
        this.keep(r, suite, status, hash);
      }
    } else {
      this.other.set(hash, packEntry(entryRuns(prev) + 1, foldBits(entryBits(prev), bits)));
    }
  }

  private keep(r: RunState, suite: SuiteFrame | undefined, status: RunStatus, hash: number): void {
    const o = this.o;
    const tc: TestCase = { suite: suite ? suite.path : [], name: own(r.name), status, runs: 1 };
    if (r.classname) tc.classname = own(r.classname);
    let message: string | undefined;
    let type: string | undefined;
    let details: string | undefined;
    if (r.failureCount > 0 || r.details || r.message !== undefined) {
      message = r.message;
      type = r.type;
      details = r.details?.value();
    } else if (r.markers > 0) {
      message = r.markerMessage;
      type = r.markerType;
      details = r.markerDetails?.value();
    }
    if (status === 'skipped' || (message === undefined && details === undefined)) message ??= r.skipMessage ?? firstLine(r.skipText?.value());
    // No message attribute (jest-junit, PHPUnit, Catch2, Surefire's assumptions): the text's first line says
    // what happened — after PHPUnit's first line, which only names the test (`CalcTest::testAdd with data set…`).
    // A message that only repeats the status (gotestsum and go-junit-report write "Failed" on every failure)
    // gives way to the text's first line too, past `go test`'s own framing (=== RUN, --- FAIL).
    if (message === undefined || STATUS_ONLY.test(message)) message = firstLine(details, `::${r.name}`) ?? message;
    // pytest before 5.4 wrote its whole report of a failure into the message attribute: its `E   ` lines say
    // what failed (the report is the text too).
    else if (PYTEST_EXPLANATION.test(message)) message = pytestHeadline(message) ?? message;
    const m = cleanText(message, o.maxMessageBytes);
    if (m !== undefined) tc.message = own(m);
    const t = cleanText(type, 200);
    if (t !== undefined) tc.type = own(t);
    const d = cleanText(details, o.maxDetailsBytes);
    if (d !== undefined) tc.details = own(d);
    if (r.failureCount > 1) tc.failureCount = r.failureCount;
    let file = r.file;
    // pytest's line attribute (xunit1) counts from 0 (its `location`); everyone else's from 1.
    let line = this.producer === 'pytest' ? lineAttr(r.line, 1) : lineAttr(r.line);
    // No file on the case, but the failure names its place (CxxTest: the case's line is the test's, the
    // failure's file and line the assertion's): a place with a file wins over a line without one.
    if ((file === undefined || file === '') && r.failFile) {
      file = r.failFile;
      line = lineAttr(r.failLine) ?? line;
    }
    if (file?.startsWith('file://')) file = fileUrlPath(file); // WebdriverIO's addFileAttribute: file://./specs/x.js
    if (file !== undefined && file !== '') tc.file = own(file);
    if (line !== undefined) {
      tc.line = line;
      // A line with no file (Deno, Playwright): the file is the class or the suite, where that is a path.
      if (tc.file === undefined) {
        let named = SOURCE_PATH.test(r.classname) ? r.classname : undefined;
        for (let i = tc.suite.length - 1; named === undefined && i >= 0; i--) if (SOURCE_PATH.test(tc.suite[i] as string)) named = tc.suite[i];
        if (named !== undefined) tc.file = own(named);
      }
    }
    if (tc.line === undefined && status !== 'skipped') {
      // The text first; then the message, where the producer put the place only there (testthat:
      // `2 + 2 not equal to 5. ('test-calc.R:6')`).
      const hint = { classname: r.classname || undefined, file: tc.file };
      const loc =
        locateInStack(d ?? m, hint) ??
        (d !== undefined && m !== undefined && !d.includes(m) ? locateInStack(m, hint) : undefined) ??
        (r.sysErr ? locateInStack(r.sysErr.value(), hint) : undefined);
      if (loc) {
        tc.file = loc.file;
        tc.line = loc.line;
      }
    }
    const ms = r.durationMs ?? parseDurationMs(r.time);
    if (ms !== undefined) tc.durationMs = ms;
    if (r.testId !== undefined) {
      tc.testId = own(r.testId);
      const list = this.trxKept.get(r.testId);
      if (list) list.push(tc);
      else this.trxKept.set(r.testId, [tc]);
    }
    assignIdentity(tc, hash);
    this.kept.push({ c: tc, hash });
  }

  // ---------------------------------------------------------------- producer guesses

  private guessRoot(a: Attrs): void {
    const name = (a.name ?? '').toLowerCase();
    if (name === 'jest tests') this.producer = 'jest-junit';
    else if (name === 'mocha tests') this.producer = 'mocha-junit-reporter';
    else if (name === 'nextest-run') this.producer = 'cargo-nextest';
    else if (name === 'pytest' || name === 'pytest tests') this.producer = 'pytest';
    else if (name === 'vitest tests') this.producer = 'vitest';
    else if (name === 'bun test') this.producer = 'bun';
    else if (name === 'deno test') this.producer = 'deno';
    else if (a.id !== undefined && name === '') this.producer = 'playwright'; // <testsuites id="" name="">
    else this.guessSuite(a);
  }

  private guessSuite(a: Attrs): void {
    const schema = a['xsi:noNamespaceSchemaLocation'] ?? '';
    const name = a.name ?? '';
    if (schema.includes('surefire')) this.producer = 'surefire';
    else if (name === 'pytest') this.producer = 'pytest';
    else if (name === 'rspec') this.producer = 'rspec (rspec_junit_formatter)';
    else if (name === 'Root Suite' || name === 'Mocha Tests') this.producer = 'mocha-junit-reporter';
    else if (name === 'Tap-Junit-Suite') this.producer = 'tap-junit';
    else if (name === 'Cucumber') this.producer = 'cucumber-js';
    // minitest-reporters' JUnitReporter with Minitest 5.x: every case's class is Minitest::Result, so the
    // describe blocks are lost and their same-named tests share every name.
    else if (name === 'Minitest::Result') this.producer = 'minitest-reporters';
    else if (a.hostname === 'tbd') this.producer = 'catch2';
    else if (a.assertions !== undefined && a.file !== undefined) this.producer = 'phpunit';
  }

  /**
   * A producer recognised by its first failure or skip, where nothing else named it (neither writes a marker
   * of its own before that):
   * - testthat's JunitReporter writes one case per expectation, all under the test's name, so a failed
   *   expectation followed by a passing one of the same test is not a rerun. It signs each failure and skip with
   *   the expectation's source reference, `('test-calc.R:6')`: from the first such case on, nothing is folded
   *   (earlier passes stay passes; a failure is never folded into a later pass);
   * - Node's reporter, by its failure types (`testCodeFailure`…): a producer that never writes reruns as cases.
   */
  private producerFromFailure(r: RunState): void {
    const m = r.failureCount > 0 ? r.message : r.skipMessage;
    if (m !== undefined && TESTTHAT_SRCREF.test(m)) {
      this.producer = 'testthat';
      this.noFold = true;
    } else if (r.failureCount > 0 && r.type !== undefined && NODE_FAILURE_TYPES.has(r.type)) {
      // From here on, a pass after a failure of the same name is another test (Node 20 writes no file: `works`
      // in two test files).
      this.producer = 'node:test';
    }
  }

  /**
   * Surefire's TestNG provider (its one suite is named `TestSuite`, TestNG on the test class path): its repeated
   * names are a data provider's rows, never reruns (Surefire reruns only under its JUnit providers; TestNG's
   * own retries are written as a skip, then the result), so they are not folded — as TestNG's own files.
   */
  private surefireProvider(tag: XmlTag): void {
    if (tag.get('name') !== 'surefire.test.class.path') return;
    const suite = this.suites[this.suites.length - 1];
    if (suite?.path.length === 1 && suite.path[0] === 'TestSuite' && /[\\/]testng[-\\/][^:;]*\.jar|[\\/]org[\\/]testng[\\/]/.test(tag.get('value') ?? '')) {
      this.producer = 'surefire (testng)';
      this.noFold = true;
    }
  }

  private guessProperty(a: Attrs): void {
    const name = a.name ?? '';
    if (name === 'go.version') this.producer = 'go (gotestsum / go-junit-report)';
    else if (name.startsWith('surefire.') || name === 'maven.home') this.producer = 'surefire';
    else if (name === 'random-seed') this.producer = 'catch2';
  }

  // ---------------------------------------------------------------- result

  finish(): FileReport {
    if (this.notReport) throw this.notReport.error;
    if (this.format === undefined) {
      throw new JUnitReadError(this.file, 'empty', 'the file has no root element; check that the test command wrote it completely');
    }
    // Unclosed suites cannot happen on well-formed input; roots close here.
    while (this.suites.length > 0) this.popSuite();
    if (this.format === 'trx') this.trxSummary();
    if (this.format === 'nunit3') this.nunitSummary();

    const index = new RunIndex(this.passed.toBag(), this.skipped.toBag(), this.other);
    const folded = foldIndexes([index]);
    const byTest = { ...folded.counts };
    const fromAttributes = this.fromAttributes;
    if (fromAttributes) addCounts(byTest, fromAttributes);
    byTest.flakyMarkers = this.counts.flakyMarkers;
    this.counts.flaky = byTest.flaky;

    const cases = applyFold(this.kept.map((k): [TestCase, number] => [k.c, k.hash]), folded);
    const listedFailing = cases.reduce((n, c) => (c.status === 'skipped' ? n : n + 1), 0);
    const failingTests = folded.counts.failed + folded.counts.errored + folded.counts.flaky;

    const report: FileReport = {
      file: this.file,
      format: this.format,
      counts: this.counts,
      byTest,
      cases,
      casesDropped: Math.max(0, failingTests - listedFailing),
      disagreements: this.disagreements,
    };
    if (this.suiteFailures.length > 0) report.suiteFailures = this.suiteFailures;
    if (this.producer !== undefined) report.producer = this.producer;
    if (fromAttributes) report.fromAttributes = fromAttributes;
    const duration = this.rootDurationMs ?? (this.sawDuration ? this.sumDurationMs : undefined);
    if (duration !== undefined) report.durationMs = Math.round(duration * 1000) / 1000;
    Object.defineProperty(report, 'runIndex', { value: index, enumerable: false, writable: true, configurable: true });
    return report;
  }

  private trxSummary(): void {
    if (this.trxStart !== undefined && this.trxFinish !== undefined && this.trxFinish >= this.trxStart) {
      this.rootDurationMs = this.trxFinish - this.trxStart;
    }
    const a = this.trxCounters;
    if (!a) return;
    const total = num(a.total);
    const failed = num(a.failed);
    const errored = fin(num(a.error)) + fin(num(a.timeout)) + fin(num(a.aborted));
    const passed = num(a.passed);
    if (this.counts.tests === 0) {
      const f = fin(failed);
      this.fillFromAttributes(undefined, total, f, errored, Math.max(0, fin(total) - fin(passed) - f - errored));
      return;
    }
    this.compare('(root)', 'total', total, this.counts.tests);
    this.compare('(root)', 'passed', passed, this.counts.passed);
    this.compare('(root)', 'failed', Number.isNaN(failed) ? NaN : failed + errored, this.counts.failed + this.counts.errored);
  }

  private nunitSummary(): void {
    const a = this.nunitRoot;
    if (!a) return;
    const total = num(a.total);
    const failed = num(a.failed);
    const skipped = Number.isNaN(num(a.skipped)) && Number.isNaN(num(a.inconclusive)) ? NaN : fin(num(a.skipped)) + fin(num(a.inconclusive));
    if (this.counts.tests === 0) {
      this.fillFromAttributes(undefined, total, failed, NaN, skipped);
      return;
    }
    this.compare('(root)', 'total', total, this.counts.tests);
    this.compare('(root)', 'failed', failed, this.counts.failed + this.counts.errored);
    this.compare('(root)', 'skipped', skipped, this.counts.skipped);
  }
}

/**
 * A class or suite name that is a source file's path (`./basic_test.ts`, `tests/login.spec.ts`): no white
 * space, and a test source's extension (not a single letter: `demo.c` may be a Java package).
 */
const SOURCE_PATH = /^[^\s"<>|?*]*[\w)\]-]\.(?:[cm]?[jt]sx?|py|rb|go|rs|java|kt|kts|scala|groovy|cs|fs|vb|php|swift|dart|lua|pl|pm|erl|exs|feature|bats|sh|cc|cpp|cxx|vue|svelte)$/;

/** Producers whose files never hold a rerun as a case of its own (see `rerunsInFile`). */
const NO_RERUN_CASES = new Set([
  'jest-junit', 'vitest', 'mocha-junit-reporter', 'cucumber-js', 'playwright', 'deno', 'tap-junit', 'node:test', 'minitest-reporters',
]);
/** node:test's failure types (its junit reporter writes them as the failure's `type`). */
const NODE_FAILURE_TYPES = new Set([
  'testCodeFailure', 'hookFailed', 'subtestsFailed', 'cancelledByParent', 'testTimeoutFailure', 'parentAlreadyFinished',
  'uncaughtException', 'unhandledRejection', 'callbackAndPromisePresent', 'multipleCallbackInvocations',
]);

/** testthat's source reference at the end of a failure or skip message: `… ('test-calc.R:6')`. */
const TESTTHAT_SRCREF = /\('[^'\s]+\.[Rr]:\d+(?::\d+)?'\)$/;

/** A message attribute that says no more than the status. */
const STATUS_ONLY = /^\s*(?:failed|failure|error|errored)\s*$/i;
/**
 * Lines that only frame a failure's text: `go test -v`'s (=== RUN, --- FAIL), bats' place line
 * (`(in test file test/cli.bats, line 10)`: the location is read from it, the message is the next line), and
 * Boost.Test's headings and place (`ASSERTION FAILURE:`, `- file   : x.cpp`, `- line   : 11`).
 */
const FRAMING =
  /^(?:=== (?:RUN|PAUSE|CONT|NAME) |--- (?:FAIL|PASS|SKIP): |\((?:from function `[^']*' )?in test file [^,()]+, line \d+\)$|(?:ASSERTION FAILURE|UNCAUGHT EXCEPTION):$|- (?:file|line)\s*:|::in function .*\.erl, line \d+\)$|in call from .*\.erl, line \d+\)$|\d+\) - Error in [\w.]+ hook -$)/;
/** A Python traceback's heading: the message is the exception's line after the last one. */
const PY_TRACEBACK = 'Traceback (most recent call last):';
/** Boost.Test's `- message: text` line: the text is the message. */
const LABELLED_MESSAGE = /^- message\s*:\s*/;

/**
 * The first line of `text` that says something, trimmed: not blank, not framing (FRAMING), and not holding
 * `naming` (words that only name the test).
 */
function firstLine(text: string | undefined, naming?: string): string | undefined {
  if (text === undefined) return undefined;
  if (text.trimStart().startsWith(PY_TRACEBACK)) return pythonException(text);
  if (PYTEST_EXPLANATION.test(text)) {
    const headline = pytestHeadline(text);
    if (headline !== undefined) return headline;
  }
  for (const line of text.split('\n', 64)) {
    const t = line.trim();
    if (t !== '' && !FRAMING.test(t) && !(naming && t.includes(naming))) return t.replace(LABELLED_MESSAGE, '');
  }
  return undefined;
}

/** `file:///abs/x.js` → `/abs/x.js`, `file://./specs/x.js` → `./specs/x.js` (percent escapes decoded). */
function fileUrlPath(url: string): string {
  const rest = url.slice('file://'.length);
  try {
    return decodeURI(rest);
  } catch {
    return rest;
  }
}

/**
 * The exception line of a Python traceback (`AssertionError: 3 != 4`): the first line after the last
 * traceback heading that is not indented (frames and their code are). With chained exceptions ("During
 * handling of the above exception…") that is the one raised last.
 */
function pythonException(text: string): string | undefined {
  const lines = text.split('\n');
  let from = 0;
  lines.forEach((l, i) => {
    if (l.trim() === PY_TRACEBACK) from = i + 1;
  });
  for (let i = from; i < lines.length; i++) {
    const l = lines[i] as string;
    if (l.trim() !== '' && !/^\s/.test(l)) return l.trim();
  }
  return undefined;
}

/** A place line of pytest's report of a failure (`test_calc.py:12: AssertionError`, `tests/x.py:8: in helper`). */
const PYTEST_PLACE = /(?:^|\s)[^\s:]+\.py:\d+: /;
/** The start of a line of pytest's explanation of a failure: `E` and at least three spaces (`E   assert 1 == 2`). */
const PYTEST_EXPLANATION = /(?:^|[ \n])E {3,}/;

/**
 * What failed, from pytest's report of a failure (its long form: in the text, or in the message attribute where
 * pytest before 5.4 put it, its line breaks turned into spaces by XML): the last run of `E   ` lines, without
 * the `E` (`AssertionError: 143 != 0`; an assertion with its `+  where` lines). A run ends at a place line
 * (chained exceptions have a run each). Undefined when the text is not such a report.
 */
function pytestHeadline(text: string): string | undefined {
  const flat = text.replace(/\r?\n/g, ' ');
  if (!PYTEST_PLACE.test(flat)) return undefined;
  const parts = flat.split(PYTEST_EXPLANATION);
  let run: string[] = [];
  let last: string[] = [];
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i] as string;
    const place = PYTEST_PLACE.exec(part);
    run.push((place ? part.slice(0, place.index) : part).trim());
    if (place) [last, run] = [run, []];
  }
  if (run.length > 0) last = run;
  const headline = last.filter((l) => l !== '').join('\n');
  return headline === '' ? undefined : headline;
}

/**
 * What tells a test apart beyond its suite path, class and name, fed into its identity after the name: its
 * `file` attribute (else `filepath`), and its `id` and `group` attributes where it has them. tap-junit
 * numbers every case (`id="1"`, `id="2"`: tape's default assertion names repeat), Common Test names the group
 * (`init_per_group` is a case of every group); a rerun repeats them, so it still folds. Without `id` and
 * `group`, the file alone (what the WebAssembly scan hashes; it leaves tags with those attributes to us).
 */
function identityKey(file: string | undefined, id: string | undefined, group: string | undefined): string | undefined {
  if (id === undefined && group === undefined) return file;
  return `${file ?? ''}\u0000${id ?? ''}\u0000${group ?? ''}`;
}

/** caseHash(suite.hash, classname, name, file), reusing the classname part from the previous case of the suite. */
function suiteCaseHash(f: SuiteFrame, classname: string, name: string, file: string | undefined): number {
  if (f.lastClass !== classname) {
    const st = { h1: f.hash.h1, h2: f.hash.h2 };
    feed(st, classname, SEP_CLASS);
    f.lastClass = classname;
    f.classH1 = st.h1;
    f.classH2 = st.h2;
  }
  return finishName(f.classH1, f.classH2, name, file);
}

/**
 * A copy of `s` that does not keep its source alive. Strings cut from the tokenizer's input are V8 slices
 * of a whole 256 KB chunk: keeping one would keep the chunk, so everything the model keeps is copied.
 */
function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i >= 0 ? name.slice(i + 1) : name;
}

const NOT_JUNIT_HINTS: Record<string, string> = {
  'test-results': 'this is NUnit 2 XML; run NUnit 3 (or a JUnit logger) to write NUnit 3 or JUnit XML',
  assemblies: 'this is xUnit.net v2 XML; use `dotnet test --logger junit` (JunitXml.TestLogger) or `--logger trx`',
  html: 'this is an HTML report, not XML test results',
};

export function dtdError(file: string, position: Position): JUnitReadError {
  return new JUnitReadError(
    file, 'dtd',
    'the file declares a DTD (<!DOCTYPE>); test reports never need one and DTDs are refused for safety (entity expansion, external entities). Remove the DOCTYPE from the producer\'s output',
    position,
  );
}

function stripUndefined(o: ReadOptions): ReadOptions {
  const out: ReadOptions = {};
  for (const [k, v] of Object.entries(o) as Array<[keyof ReadOptions, number | undefined]>) {
    if (v !== undefined && Number.isFinite(v) && v >= 0) out[k] = v;
  }
  return out;
}
