import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  toPlans
} from "./chunk-6O6HUQ7W.js";
import "./chunk-HJDUQUJH.js";
import {
  DURATION_PATTERN,
  PERCENT_PATTERN,
  RATE_PATTERN
} from "./chunk-AQHYNQJM.js";
import {
  K6_EXIT_CODES,
  parseK6Summary
} from "./chunk-4DKMMZOY.js";
import {
  loadDefaultGates,
  loadMetrics
} from "./chunk-4J3PJH5E.js";
import "./chunk-JDGJSJQP.js";
import "./chunk-NOZHGZDD.js";
import "./chunk-J6EVNFCH.js";
import "./chunk-FTADXKG2.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-FUU55JNM.js";
import "./chunk-FTISGSZM.js";

// src/jobs/load/schema.ts
var duration = (description) => ({
  type: "string",
  pattern: DURATION_PATTERN,
  description: `${description} Duration with a unit: 250ms, 30s, 5m, 1m30s.`
});
var rate = (description) => ({
  type: "string",
  pattern: RATE_PATTERN,
  description: `${description} Rate with a unit: 200/s, 6000/m.`
});
var ratio = (description) => ({
  description: `${description} A percentage ('1%') or a ratio (0.01).`,
  oneOf: [
    { type: "number", minimum: 0, maximum: 1 },
    { type: "string", pattern: PERCENT_PATTERN }
  ]
});
var headerValue = {
  description: "Header value: literal text, or { fromEnv: NAME } to read it from an environment variable at run time (redacted in logs and evidence).",
  oneOf: [
    { type: "string" },
    {
      type: "object",
      additionalProperties: false,
      required: ["fromEnv"],
      properties: { fromEnv: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$", description: "Name of the environment variable holding the value." } }
    }
  ]
};
var request = {
  type: "object",
  additionalProperties: false,
  required: ["path"],
  description: "One request of the mix.",
  properties: {
    method: {
      type: "string",
      enum: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
      default: "GET",
      description: "HTTP method (default GET)."
    },
    path: { type: "string", pattern: "^/", description: "Path and query, relative to the base URL, e.g. '/quotes?currency=EUR'." },
    headers: {
      type: "object",
      description: "Request headers. Values may come from the environment: { Authorization: { fromEnv: API_TOKEN } }.",
      propertyNames: { pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" },
      additionalProperties: headerValue
    },
    body: {
      description: "Request body: a string is sent as is; an object or array is sent as JSON (content-type application/json unless set).",
      type: ["string", "object", "array"]
    },
    weight: { type: "number", exclusiveMinimum: 0, default: 1, description: "Relative share of this request in the mix (default 1)." }
  }
};
var gateBound = {
  type: "object",
  additionalProperties: false,
  description: "A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.",
  properties: {
    min: { description: "Passes when the value is >= min. Ratios may be given as a percentage.", oneOf: [{ type: "number" }, { type: "string", pattern: PERCENT_PATTERN }] },
    max: { description: "Passes when the value is <= max. Ratios may be given as a percentage.", oneOf: [{ type: "number" }, { type: "string", pattern: PERCENT_PATTERN }] },
    severity: { type: "string", enum: ["critical", "major", "minor"], default: "major", description: "What a failure of this gate means for the decision (default major)." },
    warn: { type: "string", pattern: PERCENT_PATTERN, description: "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." }
  },
  oneOf: [{ required: ["min"] }, { required: ["max"] }]
};
var GATE_METRICS = {
  p50_ms: "Median latency (ms).",
  p90_ms: "90th percentile latency (ms).",
  p95_ms: "95th percentile latency (ms).",
  p99_ms: "99th percentile latency (ms).",
  max_ms: "Highest latency (ms).",
  rps: "Achieved throughput: completed requests per second.",
  error_rate: "Failed requests / requests (ratio).",
  reliability: "1 - error_rate (ratio).",
  requests: "Requests completed (count).",
  cpu_percent_max: "Highest CPU use of the service process tree during load (percent of one core).",
  memory_bytes_max: "Highest resident memory of the service process tree during load (bytes).",
  limit_rps: "Limits discovery: highest rate that held (per second).",
  k6_thresholds: "k6: share of the script's thresholds that passed (1 = all)."
};
var limits = {
  type: "object",
  additionalProperties: false,
  description: "Limits discovery: instead of one fixed load, step the arrival rate up until the service answers 429 (or another limiting status), the error rate passes a bound, or p95 passes the SLA; then bisect. Reports the highest rate that held and the first that did not, in api-limits.md.",
  properties: {
    start: rate("First rate tried (default 10/s)."),
    max: rate("Highest rate tried (default 2000/s); discovery stops there."),
    factor: { type: "number", minimum: 1.05, maximum: 10, default: 2, description: "Multiplier between coarse steps until a rate fails (default 2)." },
    step: duration("Duration of each step (default 2s)."),
    resolution: ratio("Bisection stops when first-failing / highest-held is within this (default 5%)."),
    status: {
      type: "array",
      items: { type: "integer", minimum: 100, maximum: 599 },
      minItems: 1,
      description: 'Statuses that mean "rate limited" (default [429]).'
    },
    status_max: ratio("Share of limiting statuses at which a step fails (default 1%)."),
    error_rate: ratio("Share of other failures (timeouts, 5xx, refused) at which a step fails (default 1%)."),
    p95_ms: { type: "number", exclusiveMinimum: 0, description: "SLA: a step whose p95 exceeds this (ms) fails (default: the job's p95_ms gate, else 1000)." },
    pause: duration("Pause between steps, so a token bucket refills (default 250ms).")
  }
};
var job = {
  type: "object",
  additionalProperties: false,
  description: "A load job. engine builtin (default, nothing to install): requests + rate (open model) or vus (closed model) + duration or iterations. engine k6: a k6 script run with k6 from PATH.",
  properties: {
    name: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$", description: "Job name, used in ids, metric keys and evidence folders (default: its position)." },
    engine: { type: "string", enum: ["builtin", "k6"], default: "builtin", description: "builtin (embedded engine) or k6 (k6 from PATH; in GitHub install it with grafana/setup-k6-action)." },
    url: { type: "string", pattern: "^https?://", description: "Base URL (default: the integration's service URL). The built-in engine speaks plain HTTP/1.1." },
    allow_remote: { type: "boolean", default: false, description: "Allow a target that is not on the loopback interface. Off by default so a manifest cannot load-test a remote host by accident." },
    requests: { type: "array", minItems: 1, items: request, description: "Builtin: the request mix, chosen by weight." },
    rate: rate("Builtin open model: constant arrival rate (or the starting rate of `stages`)."),
    stages: {
      type: "array",
      minItems: 1,
      description: "Builtin open model: ramping arrival rate, linear from the previous target (the first stage starts from `rate`, default 0/s).",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["duration", "target"],
        properties: { duration: duration("Length of the stage."), target: rate("Rate reached at the end of the stage.") }
      }
    },
    vus: { type: "integer", minimum: 1, maximum: 1e4, description: "Builtin closed model: number of virtual users, each sending its next request when the previous answered." },
    think: duration("Builtin closed model: pause of each VU between requests (default 0)."),
    duration: duration("How long to generate load. Required unless `iterations` or `stages` bound the job."),
    iterations: { type: "integer", minimum: 1, maximum: 1e8, description: "Total number of requests (builtin). With `duration` too, whichever comes first." },
    timeout: duration("Builtin: per-request timeout (default 10s). k6: bound on the whole k6 run (default 30m)."),
    connections: { type: "integer", minimum: 1, maximum: 1e4, description: "Builtin open model: most concurrent connections (default 256); requests beyond wait, and their wait counts in latency." },
    expect: {
      type: "object",
      additionalProperties: false,
      description: "What counts as success.",
      properties: {
        status: { type: "array", minItems: 1, items: { type: "integer", minimum: 100, maximum: 599 }, description: "Statuses that count as success (default: any 2xx or 3xx)." }
      }
    },
    limits,
    gates: {
      type: "object",
      additionalProperties: false,
      description: "Gates on this job's own metrics (metric load.<name>@<jobId>), e.g. { p95_ms: { max: 500 } }.",
      properties: Object.fromEntries(Object.entries(GATE_METRICS).map(([k, d]) => [k, { ...gateBound, description: `${d} ${gateBound.description}` }]))
    },
    script: { type: "string", minLength: 1, description: "k6: path of the k6 script, inside the workspace." },
    k6: {
      type: "object",
      additionalProperties: false,
      description: "k6 engine options.",
      properties: {
        args: { type: "array", items: { type: "string" }, description: "Extra arguments for 'k6 run' (e.g. ['--vus', '20'])." },
        env: {
          type: "object",
          description: "Variables passed with --env (visible as __ENV in the script); values may be { fromEnv: NAME }. BASE_URL defaults to the base URL.",
          propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
          additionalProperties: headerValue
        },
        thresholds_severity: { type: "string", enum: ["critical", "major", "minor"], default: "major", description: "Severity of the gate made from the script's thresholds (default major)." }
      }
    }
  },
  // Which keys go with which engine and model is checked when the plan is built (clearer messages than `not`).
  if: { properties: { engine: { const: "k6" } }, required: ["engine"] },
  then: { required: ["script"] },
  else: { required: ["requests"] }
};
var loadSchema = {
  type: "array",
  description: "Load jobs for this integration: the built-in engine (open or closed model, limits discovery) or k6 scripts.",
  items: job
};

// src/jobs/load/index.ts
var loadKind = {
  kind: "load",
  key: "load",
  schema: loadSchema,
  toPlans(raw, pointer, ctx) {
    return toPlans(raw, pointer, ctx);
  },
  async run(plan, ctx) {
    if (plan.engine === "k6") return (await import("./k6-5Q2TPWK5.js")).runK6(plan, ctx);
    return (await import("./builtin-YP4PXWDC.js")).runBuiltin(plan, ctx);
  },
  metrics: loadMetrics,
  defaultGates: loadDefaultGates
};
export {
  K6_EXIT_CODES,
  loadKind,
  parseK6Summary
};
//# sourceMappingURL=load-EA2LWG47.js.map
