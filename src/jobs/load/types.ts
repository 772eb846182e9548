import type { Finding, JobResultBase, Severity } from '../../core/types.js';
import type { JobPlanBase } from '../kind.js';

/** A header value: literal text, or read from an environment variable at run time (never written to the plan). */
export type HeaderValue = string | { fromEnv: string };

export interface LoadRequestPlan {
  method: string;
  /** Path with query, e.g. '/quotes?currency=EUR'. Resolved against the job's base URL. */
  path: string;
  headers: Array<[string, HeaderValue]>;
  /** Serialised body (objects in the manifest are sent as JSON). */
  body?: string;
  /** Relative share of this request in the mix. */
  weight: number;
}

export interface RateStage {
  durationMs: number;
  /** Arrival rate (per second) reached at the end of the stage; the rate ramps linearly from the previous one. */
  target: number;
}

/** Open model: arrivals on a schedule, whatever the server does. Closed model: N users, each waiting for its answer. */
export type LoadModel =
  | { type: 'open'; rate: number; stages: RateStage[] }
  | { type: 'closed'; vus: number; thinkMs: number };

export interface LimitsPlan {
  /** First rate tried (per second). */
  startRate: number;
  /** Highest rate tried (per second): discovery never goes past it. */
  maxRate: number;
  /** Multiplier between coarse steps before the first failing rate. */
  factor: number;
  /** Duration of each step. */
  stepMs: number;
  /** Bisection stops when first-failing / highest-held <= 1 + resolution. */
  resolution: number;
  /** Share of limiting statuses (429 by default) that makes a step fail. */
  statusMax: number;
  /** Statuses that mean "rate limited". */
  statuses: number[];
  /** Share of other errors (timeouts, 5xx, refused…) that makes a step fail. */
  errorRate: number;
  /** p95 over this (ms) makes a step fail (the SLA). */
  p95Ms: number;
  /** Pause between steps so a token bucket can refill. */
  pauseMs: number;
}

/** A gate a job declares for itself (`gates:` in the job). */
export interface JobGatePlan {
  metric: string;
  op: '>=' | '<=';
  threshold: number;
  severity: Severity;
  warnBand: number;
}

interface LoadPlanCommon extends JobPlanBase {
  kind: 'load';
  /** Display name (the job's `name`, or its 1-based index). */
  name: string;
  /** Base URL requests go to (the job's `url`, else the integration's service URL). */
  url?: string;
  gates: JobGatePlan[];
  /** Non-loopback targets are refused unless the job sets `allow_remote: true`. */
  allowRemote: boolean;
}

export interface BuiltinLoadPlan extends LoadPlanCommon {
  engine: 'builtin';
  requests: LoadRequestPlan[];
  model: LoadModel;
  /** Bound on generation time. Always set (derived from stages / iterations when not given). */
  durationMs: number;
  /** Bound on the number of requests, when given. */
  iterations?: number;
  /** Per-request timeout. */
  timeoutMs: number;
  /** Cap on concurrent connections (open model); the number of VUs in the closed model. */
  connections: number;
  /** Statuses that count as success; undefined = any 2xx or 3xx. */
  expectStatus?: number[];
  limits?: LimitsPlan;
}

export interface K6LoadPlan extends LoadPlanCommon {
  engine: 'k6';
  /** Absolute script path (inside the workspace). */
  script: string;
  /** Script path as the user wrote it. */
  scriptRel: string;
  args: string[];
  env: Array<[string, HeaderValue]>;
  /** Bound on the whole k6 run. */
  timeoutMs: number;
  /** Severity of the gate made from the script's thresholds. */
  thresholdSeverity: Severity;
}

export type LoadJobPlan = BuiltinLoadPlan | K6LoadPlan;

export interface TimelinePoint {
  /** Second since the start of the job (0-based). */
  t: number;
  /** Requests completed in that second. */
  rps: number;
  /** Latency percentiles (ms) of the requests completed in that second; 0 when none. */
  p50: number;
  p95: number;
  /** Failed requests completed in that second. */
  errors: number;
}

export interface LimitStep {
  rate: number;
  held: boolean;
  /** Why it failed: e.g. '429 on 6.2% of requests', 'p95 812 ms > 500 ms'. */
  reason?: string;
  /** This step repeats the rate of the step before, which failed: a rate counts as failed only if it fails twice. */
  repeat?: boolean;
  requests: number;
  achievedRps: number;
  p95Ms: number;
  limitedRatio: number;
  errorRate: number;
}

export interface LimitsReport {
  /** Highest rate (per second) that held; null when even the start rate failed. */
  highestHeld: number | null;
  /** First rate that did not hold; null when every rate up to max held. */
  firstFailed: number | null;
  /** Why the first failing rate failed. */
  reason?: string;
  steps: LimitStep[];
  criteria: string;
  /** Bundle path of api-limits.md. */
  report?: string;
}

export interface K6Threshold {
  metric: string;
  expression: string;
  passed: boolean;
}

export interface LoadResult extends JobResultBase {
  kind: 'load';
  engine: 'builtin' | 'k6';
  name: string;
  /** Per-second timeline (empty for k6, whose summary has none). */
  timeline: TimelinePoint[];
  /** Failed requests by class: 'status 500', 'timeout', 'ECONNREFUSED', 'ECONNRESET', … */
  errorsByClass: Record<string, number>;
  /** Open model: the rate asked for and the rate reached (per second). */
  requestedRps?: number;
  achievedRps?: number;
  /** HDR histogram of latencies in microseconds, compressed + base64 (re-readable and mergeable). */
  histogram?: string;
  limits?: LimitsReport;
  thresholds?: K6Threshold[];
  /** k6's exit code, when k6 ran. */
  exitCode?: number | null;
}

export type { Finding };
