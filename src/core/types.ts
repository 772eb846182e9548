/**
 * The seams of the pipeline. Every job kind, the gates, the evidence writer and the reporters meet here.
 *
 *   Plan ─▶ jobs (JobContext in, JobResult out) ─▶ metrics ─▶ gates (pure) ─▶ GateReport ─▶ reporters
 *                 └── evidence files via EvidenceSink ─────────────────────────────▶ bundle
 *
 * Nothing in this file does I/O.
 */

export type Decision = 'GO' | 'CONDITIONAL' | 'NO-GO';
export type Severity = 'critical' | 'major' | 'minor';
export type JobKind = 'tests' | 'contract' | 'load' | 'fallback';

/** Kinds of evidence file, recorded in the evidence manifest so auditors can filter. */
export type EvidenceKind =
  | 'manifest'   // the run's own manifest / plan / config
  | 'report'     // human-readable report produced by us (md, html)
  | 'result'     // machine-readable result produced by us (json, csv)
  | 'junit'      // raw JUnit XML written by a user's tool
  | 'raw'        // raw output of an external engine (k6 summary, pact output…)
  | 'log';       // stdout/stderr logs (redacted)

export interface EvidenceMeta {
  kind: EvidenceKind;
  /** What produced the file: 'run', 'preflight', 'services', or a job id such as 'tests:payments-api#1'. */
  producer: string;
}

/**
 * Where jobs put evidence. Paths are POSIX, relative to the bundle root, and must stay inside it.
 * Files land in a staging folder; the bundle writer streams and hashes them at the end of the run,
 * so a job that crashes half-way never loses what it already wrote.
 */
export interface EvidenceSink {
  /** Absolute path of the staging folder (the bundle root). */
  readonly root: string;
  writeText(rel: string, text: string, meta: EvidenceMeta): Promise<string>;
  /** Writes a file of these bytes (e.g. a small JUnit file read whole): the bundle takes them from memory. */
  writeBytes(rel: string, data: Buffer, meta: EvidenceMeta): Promise<string>;
  writeJson(rel: string, value: unknown, meta: EvidenceMeta): Promise<string>;
  /**
   * Copies a file from anywhere (e.g. a JUnit file in the workspace) into the bundle, streaming, optionally
   * through a transform (a RedactStream: secrets never enter the bundle, not even inside raw files).
   */
  copyFile(src: string, rel: string, meta: EvidenceMeta, transform?: import('node:stream').Transform): Promise<string>;
  /**
   * Registers a file the caller will write itself at `absolutePath(rel)` (e.g. a log stream).
   * Returns the absolute path; the parent folder exists.
   */
  reserve(rel: string, meta: EvidenceMeta): Promise<string>;
  /** A rel path unused so far, derived from `rel` (adds -2, -3… before the extension). */
  unique(rel: string): string;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** Live progress; on a TTY the terminal reporter overwrites one line, in CI it is throttled. */
  progress(message: string): void;
}

/** Replaces secret values (from env vars named in the manifest, and masks) with `***`. */
export interface Redactor {
  redact(text: string): string;
  /** Registers more secret values at run time (e.g. a token read by a job). */
  add(value: string): void;
}

/** A service the run started (or that the manifest names by URL only). */
export interface ServiceHandle {
  name: string;
  url?: string;
  /** Root pid of the started process tree, when we started it. */
  pid?: number;
}

export interface JobContext {
  /** Absolute workspace root. User paths resolve against it and must stay inside it. */
  workspace: string;
  integration: string;
  /** Stable job id, e.g. 'payments-api/load#1' — also the evidence producer name. */
  jobId: string;
  /** Folder for this job's evidence inside the bundle, e.g. 'load/payments-api-1'. */
  evidenceDir: string;
  evidence: EvidenceSink;
  redactor: Redactor;
  log: Logger;
  signal: AbortSignal;
  env: Readonly<Record<string, string | undefined>>;
  service?: ServiceHandle;
}

/** Something a reviewer must look at: a failed test, a contract violation, a crossed threshold. */
export interface Finding {
  level: 'failure' | 'warning' | 'notice';
  /** Short title, e.g. the test's full name or `GET /payments · status_code_conformance`. Untrusted text. */
  title: string;
  /** Detail (message, expected/actual). Untrusted text; may be long (reporters truncate). */
  message: string;
  /** Repository-relative (or workspace-relative) file, when known. */
  file?: string;
  line?: number;
  /** Evidence file that backs the finding. */
  evidence?: string;
  /**
   * The test it is about, as an index into its result's `cases` (tests jobs): reporters with room show that
   * case's `details` (the stack trace) with it — see findingDetails. An index, not a copy: run.json holds the
   * trace once.
   */
  case?: number;
}

/** The stack trace (or other long text) behind a finding: its test case's `details`, when it has one. Untrusted text. */
export function findingDetails(result: JobResultBase, finding: Finding): string | undefined {
  if (finding.case === undefined) return undefined;
  const cases = (result as { cases?: Array<{ details?: unknown }> }).cases;
  const details = cases?.[finding.case]?.details;
  return typeof details === 'string' && details !== '' ? details : undefined;
}

export type JobStatus = 'passed' | 'failed' | 'errored';

export interface JobResultBase {
  kind: JobKind;
  jobId: string;
  integration: string;
  /** One-line human description, e.g. 'npm run test:integration' or 'builtin 200/s for 30s'. */
  title: string;
  /** errored = the job could not produce a measurement (crash, bad config, tool missing). */
  status: JobStatus;
  /** Set when status is 'errored' (and optionally for failures): one line, what happened and what to do. */
  error?: string;
  startedAt: string;
  durationMs: number;
  /** Job-scoped metric values (keys without the kind prefix, e.g. 'p95_ms'). null = no data. */
  metrics: Record<string, number | null>;
  findings: Finding[];
  /** Key figures for summaries, in display order: [label, value]. */
  facts: Array<[string, string]>;
  /** Bundle paths of the evidence this job wrote. */
  evidence: string[];
}

/** A metric value offered to the gates, with where it came from. */
export interface MetricValue {
  value: number | null;
  unit: MetricUnit;
  /** Human explanation of how it was computed, e.g. '47 passed of 52 executed (3 skipped)'. */
  basis: string;
  /** Evidence files backing the value. */
  sources: string[];
}
export type MetricUnit = 'ratio' | 'ms' | 'rps' | 'count' | 'percent' | 'bytes';

/** Metric keys: `<kind>.<name>` for the aggregate, `<kind>.<name>@<jobId>` for one job. */
export type MetricSet = Record<string, MetricValue>;

export type GateOperator = '>=' | '<=' | '>' | '<' | '==';

export interface GateSpec {
  metric: string;
  op: GateOperator;
  threshold: number;
  severity: Severity;
  /** Relative warn band (0.1 = within 10 % of the threshold on the passing side warns). 0 disables. */
  warnBand: number;
  /** Where the gate came from. */
  origin: 'default' | 'manifest' | 'job';
  /** Optional text shown next to the gate. */
  description?: string;
}

export type GateStatus = 'pass' | 'warn' | 'fail';

export interface GateOutcome {
  spec: GateSpec;
  value: number | null;
  unit: MetricUnit;
  status: GateStatus;
  /** One line: why this status (e.g. 'no data: 0 tests executed — fails closed'). */
  reason: string;
  sources: string[];
}

export interface GateReport {
  decision: Decision;
  /** One line: the reason for the decision. */
  headline: string;
  gates: GateOutcome[];
  counts: { total: number; passed: number; warned: number; failed: number; criticalFailed: number };
}

/** Where and by whom the run happened; filled from the GitHub environment or the local git checkout. */
export interface RunMetadata {
  repository?: string;
  commit?: string;
  ref?: string;
  /** URL of the workflow run (or job) that ran us. */
  runUrl?: string;
  actor?: string;
  workflow?: string;
  eventName?: string;
  pullRequest?: number;
  startedAt: string;
  finishedAt?: string;
  /** 'github-action' | 'cli' */
  via: 'github-action' | 'cli';
}

export interface CheckOutcome {
  /** e.g. 'env', 'http', 'tcp', 'command', 'run' */
  type: string;
  /** What was checked, safe to print (never a secret value). */
  target: string;
  ok: boolean;
  /** One line: what was found / what to do. */
  detail: string;
  durationMs: number;
}

export interface PreflightReport {
  ok: boolean;
  checks: CheckOutcome[];
}

export interface ServiceReport {
  name: string;
  url?: string;
  managed: boolean;
  ready: boolean;
  readyAfterMs?: number;
  detail: string;
  log?: string;
}

/**
 * Everything a run found, in one serialisable record: written to the bundle as `run.json`, read by every
 * reporter, and re-read by `mode: publish` / `evaluate` from a downloaded bundle.
 */
export interface RunRecord {
  schemaVersion: 1;
  tool: { name: string; version: string };
  manifest: { file: string; name: string };
  run: RunMetadata;
  /** completed: jobs ran; halted: preflight or services failed, no job ran. */
  status: 'completed' | 'halted';
  haltReason?: string;
  services: ServiceReport[];
  preflight: PreflightReport;
  /** Kind-specific results; every one extends JobResultBase. */
  results: JobResultBase[];
  metrics: MetricSet;
  gates: GateReport;
  /** Bundle file name and the number of files in it (filled once the bundle is written). */
  bundle?: { name: string; path?: string; files: number };
}
