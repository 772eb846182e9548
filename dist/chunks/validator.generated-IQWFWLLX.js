import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  require_ucs2length
} from "./chunk-MRDI65AZ.js";
import {
  __toESM
} from "./chunk-FTISGSZM.js";

// src/jobs/load/validator.generated.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validate = validate21;
var validator_generated_default = validate21;
var schema6 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "integration-gate:job-load", "type": "array", "description": "Load jobs for this integration: the built-in engine (open or closed model, limits discovery) or k6 scripts.", "items": { "type": "object", "additionalProperties": false, "description": "A load job. engine builtin (default, nothing to install): requests + rate (open model) or vus (closed model) + duration or iterations. engine k6: a k6 script run with k6 from PATH.", "properties": { "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "Job name, used in ids, metric keys and evidence folders (default: its position)." }, "engine": { "type": "string", "enum": ["builtin", "k6"], "default": "builtin", "description": "builtin (embedded engine) or k6 (k6 from PATH; in GitHub install it with grafana/setup-k6-action)." }, "url": { "type": "string", "pattern": "^https?://", "description": "Base URL (default: the integration's service URL). The built-in engine speaks plain HTTP/1.1." }, "allow_remote": { "type": "boolean", "default": false, "description": "Allow a target that is not on the loopback interface. Off by default so a manifest cannot load-test a remote host by accident." }, "requests": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["path"], "description": "One request of the mix.", "properties": { "method": { "type": "string", "enum": ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"], "default": "GET", "description": "HTTP method (default GET)." }, "path": { "type": "string", "pattern": "^/", "description": "Path and query, relative to the base URL, e.g. '/quotes?currency=EUR'." }, "headers": { "type": "object", "description": "Request headers. Values may come from the environment: { Authorization: { fromEnv: API_TOKEN } }.", "propertyNames": { "pattern": "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" }, "additionalProperties": { "description": "Header value: literal text, or { fromEnv: NAME } to read it from an environment variable at run time (redacted in logs and evidence).", "oneOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "required": ["fromEnv"], "properties": { "fromEnv": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Name of the environment variable holding the value." } } }] } }, "body": { "description": "Request body: a string is sent as is; an object or array is sent as JSON (content-type application/json unless set).", "type": ["string", "object", "array"] }, "weight": { "type": "number", "exclusiveMinimum": 0, "default": 1, "description": "Relative share of this request in the mix (default 1)." } } }, "description": "Builtin: the request mix, chosen by weight." }, "rate": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", "description": "Builtin open model: constant arrival rate (or the starting rate of `stages`). Rate with a unit: 200/s, 6000/m." }, "stages": { "type": "array", "minItems": 1, "description": "Builtin open model: ramping arrival rate, linear from the previous target (the first stage starts from `rate`, default 0/s).", "items": { "type": "object", "additionalProperties": false, "required": ["duration", "target"], "properties": { "duration": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Length of the stage. Duration with a unit: 250ms, 30s, 5m, 1m30s." }, "target": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", "description": "Rate reached at the end of the stage. Rate with a unit: 200/s, 6000/m." } } } }, "vus": { "type": "integer", "minimum": 1, "maximum": 1e4, "description": "Builtin closed model: number of virtual users, each sending its next request when the previous answered." }, "think": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Builtin closed model: pause of each VU between requests (default 0). Duration with a unit: 250ms, 30s, 5m, 1m30s." }, "duration": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "How long to generate load. Required unless `iterations` or `stages` bound the job. Duration with a unit: 250ms, 30s, 5m, 1m30s." }, "iterations": { "type": "integer", "minimum": 1, "maximum": 1e8, "description": "Total number of requests (builtin). With `duration` too, whichever comes first." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Builtin: per-request timeout (default 10s). k6: bound on the whole k6 run (default 30m). Duration with a unit: 250ms, 30s, 5m, 1m30s." }, "connections": { "type": "integer", "minimum": 1, "maximum": 1e4, "description": "Builtin open model: most concurrent connections (default 256); requests beyond wait, and their wait counts in latency." }, "expect": { "type": "object", "additionalProperties": false, "description": "What counts as success.", "properties": { "status": { "type": "array", "minItems": 1, "items": { "type": "integer", "minimum": 100, "maximum": 599 }, "description": "Statuses that count as success (default: any 2xx or 3xx)." } } }, "limits": { "type": "object", "additionalProperties": false, "description": "Limits discovery: instead of one fixed load, step the arrival rate up until the service answers 429 (or another limiting status), the error rate passes a bound, or p95 passes the SLA; then bisect. Reports the highest rate that held and the first that did not, in api-limits.md.", "properties": { "start": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", "description": "First rate tried (default 10/s). Rate with a unit: 200/s, 6000/m." }, "max": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", "description": "Highest rate tried (default 2000/s); discovery stops there. Rate with a unit: 200/s, 6000/m." }, "factor": { "type": "number", "minimum": 1.05, "maximum": 10, "default": 2, "description": "Multiplier between coarse steps until a rate fails (default 2)." }, "step": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Duration of each step (default 2s). Duration with a unit: 250ms, 30s, 5m, 1m30s." }, "resolution": { "description": "Bisection stops when first-failing / highest-held is within this (default 5%). A percentage ('1%') or a ratio (0.01).", "oneOf": [{ "type": "number", "minimum": 0, "maximum": 1 }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "status": { "type": "array", "items": { "type": "integer", "minimum": 100, "maximum": 599 }, "minItems": 1, "description": 'Statuses that mean "rate limited" (default [429]).' }, "status_max": { "description": "Share of limiting statuses at which a step fails (default 1%). A percentage ('1%') or a ratio (0.01).", "oneOf": [{ "type": "number", "minimum": 0, "maximum": 1 }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "error_rate": { "description": "Share of other failures (timeouts, 5xx, refused) at which a step fails (default 1%). A percentage ('1%') or a ratio (0.01).", "oneOf": [{ "type": "number", "minimum": 0, "maximum": 1 }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "p95_ms": { "type": "number", "exclusiveMinimum": 0, "description": "SLA: a step whose p95 exceeds this (ms) fails (default: the job's p95_ms gate, else 1000)." }, "pause": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Pause between steps, so a token bucket refills (default 250ms). Duration with a unit: 250ms, 30s, 5m, 1m30s." } } }, "gates": { "type": "object", "additionalProperties": false, "description": "Gates on this job's own metrics (metric load.<name>@<jobId>), e.g. { p95_ms: { max: 500 } }.", "properties": { "p50_ms": { "type": "object", "additionalProperties": false, "description": "Median latency (ms). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "p90_ms": { "type": "object", "additionalProperties": false, "description": "90th percentile latency (ms). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "p95_ms": { "type": "object", "additionalProperties": false, "description": "95th percentile latency (ms). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "p99_ms": { "type": "object", "additionalProperties": false, "description": "99th percentile latency (ms). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "max_ms": { "type": "object", "additionalProperties": false, "description": "Highest latency (ms). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "rps": { "type": "object", "additionalProperties": false, "description": "Achieved throughput: completed requests per second. A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "error_rate": { "type": "object", "additionalProperties": false, "description": "Failed requests / requests (ratio). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "reliability": { "type": "object", "additionalProperties": false, "description": "1 - error_rate (ratio). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "requests": { "type": "object", "additionalProperties": false, "description": "Requests completed (count). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "cpu_percent_max": { "type": "object", "additionalProperties": false, "description": "Highest CPU use of the service process tree during load (percent of one core). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "memory_bytes_max": { "type": "object", "additionalProperties": false, "description": "Highest resident memory of the service process tree during load (bytes). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "limit_rps": { "type": "object", "additionalProperties": false, "description": "Limits discovery: highest rate that held (per second). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "k6_thresholds": { "type": "object", "additionalProperties": false, "description": "k6: share of the script's thresholds that passed (1 = all). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] } } }, "script": { "type": "string", "minLength": 1, "description": "k6: path of the k6 script, inside the workspace." }, "k6": { "type": "object", "additionalProperties": false, "description": "k6 engine options.", "properties": { "args": { "type": "array", "items": { "type": "string" }, "description": "Extra arguments for 'k6 run' (e.g. ['--vus', '20'])." }, "env": { "type": "object", "description": "Variables passed with --env (visible as __ENV in the script); values may be { fromEnv: NAME }. BASE_URL defaults to the base URL.", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "description": "Header value: literal text, or { fromEnv: NAME } to read it from an environment variable at run time (redacted in logs and evidence).", "oneOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "required": ["fromEnv"], "properties": { "fromEnv": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Name of the environment variable holding the value." } } }] } }, "thresholds_severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "Severity of the gate made from the script's thresholds (default major)." } } } }, "if": { "properties": { "engine": { "const": "k6" } }, "required": ["engine"] }, "then": { "required": ["script"] }, "else": { "required": ["requests"] } } };
var func2 = Object.prototype.hasOwnProperty;
var func5 = import_ucs2length.default.default;
var pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
var pattern1 = new RegExp("^https?://", "u");
var pattern2 = new RegExp("^/", "u");
var pattern3 = new RegExp("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", "u");
var pattern4 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var pattern5 = new RegExp("^[0-9]+(\\.[0-9]+)?/(s|m|h)$", "u");
var pattern6 = new RegExp("^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "u");
var pattern14 = new RegExp("^-?[0-9]+(\\.[0-9]+)?%$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      const _errs3 = errors;
      let valid2 = true;
      const _errs4 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        let missing0;
        if (data0.engine === void 0 && (missing0 = "engine")) {
          const err0 = {};
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        } else {
          if (data0.engine !== void 0) {
            if ("k6" !== data0.engine) {
              const err1 = {};
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
        }
      }
      var _valid0 = _errs4 === errors;
      errors = _errs3;
      if (vErrors !== null) {
        if (_errs3) {
          vErrors.length = _errs3;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs6 = errors;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          if (data0.script === void 0) {
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/then/required", keyword: "required", params: { missingProperty: "script" }, message: "must have required property 'script'", schema: schema6.items.then.required, parentSchema: schema6.items.then, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        var _valid0 = _errs6 === errors;
        valid2 = _valid0;
        ifClause0 = "then";
      } else {
        const _errs7 = errors;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          if (data0.requests === void 0) {
            const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/else/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property 'requests'", schema: schema6.items.else.required, parentSchema: schema6.items.else, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        var _valid0 = _errs7 === errors;
        valid2 = _valid0;
        ifClause0 = "else";
      }
      if (!valid2) {
        const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema6.items.if, parentSchema: schema6.items, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key0 in data0) {
          if (!func2.call(schema6.items.properties, key0)) {
            const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items, data: data0 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.name !== void 0) {
          let data2 = data0.name;
          if (typeof data2 === "string") {
            if (!pattern0.test(data2)) {
              const err6 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema6.items.properties.name, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.name.type, parentSchema: schema6.items.properties.name, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.engine !== void 0) {
          let data3 = data0.engine;
          if (typeof data3 !== "string") {
            const err8 = { instancePath: instancePath + "/" + i0 + "/engine", schemaPath: "#/items/properties/engine/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.engine.type, parentSchema: schema6.items.properties.engine, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (!(data3 === "builtin" || data3 === "k6")) {
            const err9 = { instancePath: instancePath + "/" + i0 + "/engine", schemaPath: "#/items/properties/engine/enum", keyword: "enum", params: { allowedValues: schema6.items.properties.engine.enum }, message: "must be equal to one of the allowed values", schema: schema6.items.properties.engine.enum, parentSchema: schema6.items.properties.engine, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.url !== void 0) {
          let data4 = data0.url;
          if (typeof data4 === "string") {
            if (!pattern1.test(data4)) {
              const err10 = { instancePath: instancePath + "/" + i0 + "/url", schemaPath: "#/items/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema6.items.properties.url, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/" + i0 + "/url", schemaPath: "#/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.url.type, parentSchema: schema6.items.properties.url, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.allow_remote !== void 0) {
          let data5 = data0.allow_remote;
          if (typeof data5 !== "boolean") {
            const err12 = { instancePath: instancePath + "/" + i0 + "/allow_remote", schemaPath: "#/items/properties/allow_remote/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.items.properties.allow_remote.type, parentSchema: schema6.items.properties.allow_remote, data: data5 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.requests !== void 0) {
          let data6 = data0.requests;
          if (Array.isArray(data6)) {
            if (data6.length < 1) {
              const err13 = { instancePath: instancePath + "/" + i0 + "/requests", schemaPath: "#/items/properties/requests/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema6.items.properties.requests, data: data6 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data7 = data6[i1];
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (data7.path === void 0) {
                  const err14 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1, schemaPath: "#/items/properties/requests/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema6.items.properties.requests.items.required, parentSchema: schema6.items.properties.requests.items, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                for (const key1 in data7) {
                  if (!(key1 === "method" || key1 === "path" || key1 === "headers" || key1 === "body" || key1 === "weight")) {
                    const err15 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1, schemaPath: "#/items/properties/requests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.requests.items, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
                if (data7.method !== void 0) {
                  let data8 = data7.method;
                  if (typeof data8 !== "string") {
                    const err16 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/method", schemaPath: "#/items/properties/requests/items/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.requests.items.properties.method.type, parentSchema: schema6.items.properties.requests.items.properties.method, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                  if (!(data8 === "GET" || data8 === "HEAD" || data8 === "POST" || data8 === "PUT" || data8 === "PATCH" || data8 === "DELETE" || data8 === "OPTIONS")) {
                    const err17 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/method", schemaPath: "#/items/properties/requests/items/properties/method/enum", keyword: "enum", params: { allowedValues: schema6.items.properties.requests.items.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema6.items.properties.requests.items.properties.method.enum, parentSchema: schema6.items.properties.requests.items.properties.method, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                if (data7.path !== void 0) {
                  let data9 = data7.path;
                  if (typeof data9 === "string") {
                    if (!pattern2.test(data9)) {
                      const err18 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/path", schemaPath: "#/items/properties/requests/items/properties/path/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: schema6.items.properties.requests.items.properties.path, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                  } else {
                    const err19 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/path", schemaPath: "#/items/properties/requests/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.requests.items.properties.path.type, parentSchema: schema6.items.properties.requests.items.properties.path, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                if (data7.headers !== void 0) {
                  let data10 = data7.headers;
                  if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    for (const key2 in data10) {
                      const _errs28 = errors;
                      if (typeof key2 === "string") {
                        if (!pattern3.test(key2)) {
                          const err20 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/headers", schemaPath: "#/items/properties/requests/items/properties/headers/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" }, message: 'must match pattern "^[!#$%&\'*+.^_`|~0-9A-Za-z-]+$"', schema: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", parentSchema: schema6.items.properties.requests.items.properties.headers.propertyNames, data: key2, propertyName: key2 };
                          if (vErrors === null) {
                            vErrors = [err20];
                          } else {
                            vErrors.push(err20);
                          }
                          errors++;
                        }
                      }
                      var valid8 = _errs28 === errors;
                      if (!valid8) {
                        const err21 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/headers", schemaPath: "#/items/properties/requests/items/properties/headers/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema6.items.properties.requests.items.properties.headers.propertyNames, parentSchema: schema6.items.properties.requests.items.properties.headers, data: data10 };
                        if (vErrors === null) {
                          vErrors = [err21];
                        } else {
                          vErrors.push(err21);
                        }
                        errors++;
                      }
                    }
                    for (const key3 in data10) {
                      let data11 = data10[key3];
                      const _errs31 = errors;
                      let valid10 = false;
                      let passing0 = null;
                      const _errs32 = errors;
                      if (typeof data11 !== "string") {
                        const err22 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/requests/items/properties/headers/additionalProperties/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.requests.items.properties.headers.additionalProperties.oneOf[0].type, parentSchema: schema6.items.properties.requests.items.properties.headers.additionalProperties.oneOf[0], data: data11 };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                      var _valid1 = _errs32 === errors;
                      if (_valid1) {
                        valid10 = true;
                        passing0 = 0;
                      }
                      const _errs34 = errors;
                      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                        if (data11.fromEnv === void 0) {
                          const err23 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/requests/items/properties/headers/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "fromEnv" }, message: "must have required property 'fromEnv'", schema: schema6.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1].required, parentSchema: schema6.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1], data: data11 };
                          if (vErrors === null) {
                            vErrors = [err23];
                          } else {
                            vErrors.push(err23);
                          }
                          errors++;
                        }
                        for (const key4 in data11) {
                          if (!(key4 === "fromEnv")) {
                            const err24 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/requests/items/properties/headers/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1], data: data11 };
                            if (vErrors === null) {
                              vErrors = [err24];
                            } else {
                              vErrors.push(err24);
                            }
                            errors++;
                          }
                        }
                        if (data11.fromEnv !== void 0) {
                          let data12 = data11.fromEnv;
                          if (typeof data12 === "string") {
                            if (!pattern4.test(data12)) {
                              const err25 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/fromEnv", schemaPath: "#/items/properties/requests/items/properties/headers/additionalProperties/oneOf/1/properties/fromEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema6.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1].properties.fromEnv, data: data12 };
                              if (vErrors === null) {
                                vErrors = [err25];
                              } else {
                                vErrors.push(err25);
                              }
                              errors++;
                            }
                          } else {
                            const err26 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/fromEnv", schemaPath: "#/items/properties/requests/items/properties/headers/additionalProperties/oneOf/1/properties/fromEnv/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1].properties.fromEnv.type, parentSchema: schema6.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1].properties.fromEnv, data: data12 };
                            if (vErrors === null) {
                              vErrors = [err26];
                            } else {
                              vErrors.push(err26);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err27 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/requests/items/properties/headers/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1].type, parentSchema: schema6.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1], data: data11 };
                        if (vErrors === null) {
                          vErrors = [err27];
                        } else {
                          vErrors.push(err27);
                        }
                        errors++;
                      }
                      var _valid1 = _errs34 === errors;
                      if (_valid1 && valid10) {
                        valid10 = false;
                        passing0 = [passing0, 1];
                      } else {
                        if (_valid1) {
                          valid10 = true;
                          passing0 = 1;
                        }
                      }
                      if (!valid10) {
                        const err28 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/requests/items/properties/headers/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.requests.items.properties.headers.additionalProperties.oneOf, parentSchema: schema6.items.properties.requests.items.properties.headers.additionalProperties, data: data11 };
                        if (vErrors === null) {
                          vErrors = [err28];
                        } else {
                          vErrors.push(err28);
                        }
                        errors++;
                      } else {
                        errors = _errs31;
                        if (vErrors !== null) {
                          if (_errs31) {
                            vErrors.length = _errs31;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                  } else {
                    const err29 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/headers", schemaPath: "#/items/properties/requests/items/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.requests.items.properties.headers.type, parentSchema: schema6.items.properties.requests.items.properties.headers, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data7.body !== void 0) {
                  let data13 = data7.body;
                  if ((!data13 || typeof data13 != "object") && typeof data13 !== "string") {
                    const err30 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/body", schemaPath: "#/items/properties/requests/items/properties/body/type", keyword: "type", params: { type: schema6.items.properties.requests.items.properties.body.type }, message: "must be string,object,array", schema: schema6.items.properties.requests.items.properties.body.type, parentSchema: schema6.items.properties.requests.items.properties.body, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data7.weight !== void 0) {
                  let data14 = data7.weight;
                  if (typeof data14 == "number") {
                    if (data14 <= 0 || isNaN(data14)) {
                      const err31 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/weight", schemaPath: "#/items/properties/requests/items/properties/weight/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema6.items.properties.requests.items.properties.weight, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  } else {
                    const err32 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/weight", schemaPath: "#/items/properties/requests/items/properties/weight/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.requests.items.properties.weight.type, parentSchema: schema6.items.properties.requests.items.properties.weight, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
              } else {
                const err33 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1, schemaPath: "#/items/properties/requests/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.requests.items.type, parentSchema: schema6.items.properties.requests.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/" + i0 + "/requests", schemaPath: "#/items/properties/requests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.items.properties.requests.type, parentSchema: schema6.items.properties.requests, data: data6 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data0.rate !== void 0) {
          let data15 = data0.rate;
          if (typeof data15 === "string") {
            if (!pattern5.test(data15)) {
              const err35 = { instancePath: instancePath + "/" + i0 + "/rate", schemaPath: "#/items/properties/rate/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?/(s|m|h)$"', schema: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", parentSchema: schema6.items.properties.rate, data: data15 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/" + i0 + "/rate", schemaPath: "#/items/properties/rate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.rate.type, parentSchema: schema6.items.properties.rate, data: data15 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data0.stages !== void 0) {
          let data16 = data0.stages;
          if (Array.isArray(data16)) {
            if (data16.length < 1) {
              const err37 = { instancePath: instancePath + "/" + i0 + "/stages", schemaPath: "#/items/properties/stages/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema6.items.properties.stages, data: data16 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            const len2 = data16.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data17 = data16[i2];
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                if (data17.duration === void 0) {
                  const err38 = { instancePath: instancePath + "/" + i0 + "/stages/" + i2, schemaPath: "#/items/properties/stages/items/required", keyword: "required", params: { missingProperty: "duration" }, message: "must have required property 'duration'", schema: schema6.items.properties.stages.items.required, parentSchema: schema6.items.properties.stages.items, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (data17.target === void 0) {
                  const err39 = { instancePath: instancePath + "/" + i0 + "/stages/" + i2, schemaPath: "#/items/properties/stages/items/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema6.items.properties.stages.items.required, parentSchema: schema6.items.properties.stages.items, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                for (const key5 in data17) {
                  if (!(key5 === "duration" || key5 === "target")) {
                    const err40 = { instancePath: instancePath + "/" + i0 + "/stages/" + i2, schemaPath: "#/items/properties/stages/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.stages.items, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data17.duration !== void 0) {
                  let data18 = data17.duration;
                  if (typeof data18 === "string") {
                    if (!pattern6.test(data18)) {
                      const err41 = { instancePath: instancePath + "/" + i0 + "/stages/" + i2 + "/duration", schemaPath: "#/items/properties/stages/items/properties/duration/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema6.items.properties.stages.items.properties.duration, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  } else {
                    const err42 = { instancePath: instancePath + "/" + i0 + "/stages/" + i2 + "/duration", schemaPath: "#/items/properties/stages/items/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.stages.items.properties.duration.type, parentSchema: schema6.items.properties.stages.items.properties.duration, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data17.target !== void 0) {
                  let data19 = data17.target;
                  if (typeof data19 === "string") {
                    if (!pattern5.test(data19)) {
                      const err43 = { instancePath: instancePath + "/" + i0 + "/stages/" + i2 + "/target", schemaPath: "#/items/properties/stages/items/properties/target/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?/(s|m|h)$"', schema: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", parentSchema: schema6.items.properties.stages.items.properties.target, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  } else {
                    const err44 = { instancePath: instancePath + "/" + i0 + "/stages/" + i2 + "/target", schemaPath: "#/items/properties/stages/items/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.stages.items.properties.target.type, parentSchema: schema6.items.properties.stages.items.properties.target, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
              } else {
                const err45 = { instancePath: instancePath + "/" + i0 + "/stages/" + i2, schemaPath: "#/items/properties/stages/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.stages.items.type, parentSchema: schema6.items.properties.stages.items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/" + i0 + "/stages", schemaPath: "#/items/properties/stages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.items.properties.stages.type, parentSchema: schema6.items.properties.stages, data: data16 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data0.vus !== void 0) {
          let data20 = data0.vus;
          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)))) {
            const err47 = { instancePath: instancePath + "/" + i0 + "/vus", schemaPath: "#/items/properties/vus/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.items.properties.vus.type, parentSchema: schema6.items.properties.vus, data: data20 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          if (typeof data20 == "number") {
            if (data20 > 1e4 || isNaN(data20)) {
              const err48 = { instancePath: instancePath + "/" + i0 + "/vus", schemaPath: "#/items/properties/vus/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema6.items.properties.vus, data: data20 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (data20 < 1 || isNaN(data20)) {
              const err49 = { instancePath: instancePath + "/" + i0 + "/vus", schemaPath: "#/items/properties/vus/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.items.properties.vus, data: data20 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
        }
        if (data0.think !== void 0) {
          let data21 = data0.think;
          if (typeof data21 === "string") {
            if (!pattern6.test(data21)) {
              const err50 = { instancePath: instancePath + "/" + i0 + "/think", schemaPath: "#/items/properties/think/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema6.items.properties.think, data: data21 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = { instancePath: instancePath + "/" + i0 + "/think", schemaPath: "#/items/properties/think/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.think.type, parentSchema: schema6.items.properties.think, data: data21 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data0.duration !== void 0) {
          let data22 = data0.duration;
          if (typeof data22 === "string") {
            if (!pattern6.test(data22)) {
              const err52 = { instancePath: instancePath + "/" + i0 + "/duration", schemaPath: "#/items/properties/duration/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema6.items.properties.duration, data: data22 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          } else {
            const err53 = { instancePath: instancePath + "/" + i0 + "/duration", schemaPath: "#/items/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.duration.type, parentSchema: schema6.items.properties.duration, data: data22 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data0.iterations !== void 0) {
          let data23 = data0.iterations;
          if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)))) {
            const err54 = { instancePath: instancePath + "/" + i0 + "/iterations", schemaPath: "#/items/properties/iterations/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.items.properties.iterations.type, parentSchema: schema6.items.properties.iterations, data: data23 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          if (typeof data23 == "number") {
            if (data23 > 1e8 || isNaN(data23)) {
              const err55 = { instancePath: instancePath + "/" + i0 + "/iterations", schemaPath: "#/items/properties/iterations/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema6.items.properties.iterations, data: data23 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data23 < 1 || isNaN(data23)) {
              const err56 = { instancePath: instancePath + "/" + i0 + "/iterations", schemaPath: "#/items/properties/iterations/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.items.properties.iterations, data: data23 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
        }
        if (data0.timeout !== void 0) {
          let data24 = data0.timeout;
          if (typeof data24 === "string") {
            if (!pattern6.test(data24)) {
              const err57 = { instancePath: instancePath + "/" + i0 + "/timeout", schemaPath: "#/items/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema6.items.properties.timeout, data: data24 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/" + i0 + "/timeout", schemaPath: "#/items/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.timeout.type, parentSchema: schema6.items.properties.timeout, data: data24 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data0.connections !== void 0) {
          let data25 = data0.connections;
          if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)))) {
            const err59 = { instancePath: instancePath + "/" + i0 + "/connections", schemaPath: "#/items/properties/connections/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.items.properties.connections.type, parentSchema: schema6.items.properties.connections, data: data25 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          if (typeof data25 == "number") {
            if (data25 > 1e4 || isNaN(data25)) {
              const err60 = { instancePath: instancePath + "/" + i0 + "/connections", schemaPath: "#/items/properties/connections/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema6.items.properties.connections, data: data25 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data25 < 1 || isNaN(data25)) {
              const err61 = { instancePath: instancePath + "/" + i0 + "/connections", schemaPath: "#/items/properties/connections/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.items.properties.connections, data: data25 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          }
        }
        if (data0.expect !== void 0) {
          let data26 = data0.expect;
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            for (const key6 in data26) {
              if (!(key6 === "status")) {
                const err62 = { instancePath: instancePath + "/" + i0 + "/expect", schemaPath: "#/items/properties/expect/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.expect, data: data26 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data26.status !== void 0) {
              let data27 = data26.status;
              if (Array.isArray(data27)) {
                if (data27.length < 1) {
                  const err63 = { instancePath: instancePath + "/" + i0 + "/expect/status", schemaPath: "#/items/properties/expect/properties/status/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema6.items.properties.expect.properties.status, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
                const len3 = data27.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data28 = data27[i3];
                  if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)))) {
                    const err64 = { instancePath: instancePath + "/" + i0 + "/expect/status/" + i3, schemaPath: "#/items/properties/expect/properties/status/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.items.properties.expect.properties.status.items.type, parentSchema: schema6.items.properties.expect.properties.status.items, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                  if (typeof data28 == "number") {
                    if (data28 > 599 || isNaN(data28)) {
                      const err65 = { instancePath: instancePath + "/" + i0 + "/expect/status/" + i3, schemaPath: "#/items/properties/expect/properties/status/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema6.items.properties.expect.properties.status.items, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                    if (data28 < 100 || isNaN(data28)) {
                      const err66 = { instancePath: instancePath + "/" + i0 + "/expect/status/" + i3, schemaPath: "#/items/properties/expect/properties/status/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema6.items.properties.expect.properties.status.items, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err67 = { instancePath: instancePath + "/" + i0 + "/expect/status", schemaPath: "#/items/properties/expect/properties/status/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.items.properties.expect.properties.status.type, parentSchema: schema6.items.properties.expect.properties.status, data: data27 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
          } else {
            const err68 = { instancePath: instancePath + "/" + i0 + "/expect", schemaPath: "#/items/properties/expect/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.expect.type, parentSchema: schema6.items.properties.expect, data: data26 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data0.limits !== void 0) {
          let data29 = data0.limits;
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            for (const key7 in data29) {
              if (!func2.call(schema6.items.properties.limits.properties, key7)) {
                const err69 = { instancePath: instancePath + "/" + i0 + "/limits", schemaPath: "#/items/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.limits, data: data29 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data29.start !== void 0) {
              let data30 = data29.start;
              if (typeof data30 === "string") {
                if (!pattern5.test(data30)) {
                  const err70 = { instancePath: instancePath + "/" + i0 + "/limits/start", schemaPath: "#/items/properties/limits/properties/start/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?/(s|m|h)$"', schema: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", parentSchema: schema6.items.properties.limits.properties.start, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              } else {
                const err71 = { instancePath: instancePath + "/" + i0 + "/limits/start", schemaPath: "#/items/properties/limits/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.limits.properties.start.type, parentSchema: schema6.items.properties.limits.properties.start, data: data30 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data29.max !== void 0) {
              let data31 = data29.max;
              if (typeof data31 === "string") {
                if (!pattern5.test(data31)) {
                  const err72 = { instancePath: instancePath + "/" + i0 + "/limits/max", schemaPath: "#/items/properties/limits/properties/max/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?/(s|m|h)$"', schema: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", parentSchema: schema6.items.properties.limits.properties.max, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              } else {
                const err73 = { instancePath: instancePath + "/" + i0 + "/limits/max", schemaPath: "#/items/properties/limits/properties/max/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.limits.properties.max.type, parentSchema: schema6.items.properties.limits.properties.max, data: data31 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data29.factor !== void 0) {
              let data32 = data29.factor;
              if (typeof data32 == "number") {
                if (data32 > 10 || isNaN(data32)) {
                  const err74 = { instancePath: instancePath + "/" + i0 + "/limits/factor", schemaPath: "#/items/properties/limits/properties/factor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema6.items.properties.limits.properties.factor, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
                if (data32 < 1.05 || isNaN(data32)) {
                  const err75 = { instancePath: instancePath + "/" + i0 + "/limits/factor", schemaPath: "#/items/properties/limits/properties/factor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1.05 }, message: "must be >= 1.05", schema: 1.05, parentSchema: schema6.items.properties.limits.properties.factor, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
              } else {
                const err76 = { instancePath: instancePath + "/" + i0 + "/limits/factor", schemaPath: "#/items/properties/limits/properties/factor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.limits.properties.factor.type, parentSchema: schema6.items.properties.limits.properties.factor, data: data32 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data29.step !== void 0) {
              let data33 = data29.step;
              if (typeof data33 === "string") {
                if (!pattern6.test(data33)) {
                  const err77 = { instancePath: instancePath + "/" + i0 + "/limits/step", schemaPath: "#/items/properties/limits/properties/step/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema6.items.properties.limits.properties.step, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              } else {
                const err78 = { instancePath: instancePath + "/" + i0 + "/limits/step", schemaPath: "#/items/properties/limits/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.limits.properties.step.type, parentSchema: schema6.items.properties.limits.properties.step, data: data33 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data29.resolution !== void 0) {
              let data34 = data29.resolution;
              const _errs85 = errors;
              let valid19 = false;
              let passing1 = null;
              const _errs86 = errors;
              if (typeof data34 == "number") {
                if (data34 > 1 || isNaN(data34)) {
                  const err79 = { instancePath: instancePath + "/" + i0 + "/limits/resolution", schemaPath: "#/items/properties/limits/properties/resolution/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema6.items.properties.limits.properties.resolution.oneOf[0], data: data34 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
                if (data34 < 0 || isNaN(data34)) {
                  const err80 = { instancePath: instancePath + "/" + i0 + "/limits/resolution", schemaPath: "#/items/properties/limits/properties/resolution/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema6.items.properties.limits.properties.resolution.oneOf[0], data: data34 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              } else {
                const err81 = { instancePath: instancePath + "/" + i0 + "/limits/resolution", schemaPath: "#/items/properties/limits/properties/resolution/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.limits.properties.resolution.oneOf[0].type, parentSchema: schema6.items.properties.limits.properties.resolution.oneOf[0], data: data34 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
              var _valid2 = _errs86 === errors;
              if (_valid2) {
                valid19 = true;
                passing1 = 0;
              }
              const _errs88 = errors;
              if (typeof data34 === "string") {
                if (!pattern14.test(data34)) {
                  const err82 = { instancePath: instancePath + "/" + i0 + "/limits/resolution", schemaPath: "#/items/properties/limits/properties/resolution/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.limits.properties.resolution.oneOf[1], data: data34 };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              } else {
                const err83 = { instancePath: instancePath + "/" + i0 + "/limits/resolution", schemaPath: "#/items/properties/limits/properties/resolution/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.limits.properties.resolution.oneOf[1].type, parentSchema: schema6.items.properties.limits.properties.resolution.oneOf[1], data: data34 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
              var _valid2 = _errs88 === errors;
              if (_valid2 && valid19) {
                valid19 = false;
                passing1 = [passing1, 1];
              } else {
                if (_valid2) {
                  valid19 = true;
                  passing1 = 1;
                }
              }
              if (!valid19) {
                const err84 = { instancePath: instancePath + "/" + i0 + "/limits/resolution", schemaPath: "#/items/properties/limits/properties/resolution/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.limits.properties.resolution.oneOf, parentSchema: schema6.items.properties.limits.properties.resolution, data: data34 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              } else {
                errors = _errs85;
                if (vErrors !== null) {
                  if (_errs85) {
                    vErrors.length = _errs85;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data29.status !== void 0) {
              let data35 = data29.status;
              if (Array.isArray(data35)) {
                if (data35.length < 1) {
                  const err85 = { instancePath: instancePath + "/" + i0 + "/limits/status", schemaPath: "#/items/properties/limits/properties/status/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema6.items.properties.limits.properties.status, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
                const len4 = data35.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data36 = data35[i4];
                  if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)))) {
                    const err86 = { instancePath: instancePath + "/" + i0 + "/limits/status/" + i4, schemaPath: "#/items/properties/limits/properties/status/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.items.properties.limits.properties.status.items.type, parentSchema: schema6.items.properties.limits.properties.status.items, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                  if (typeof data36 == "number") {
                    if (data36 > 599 || isNaN(data36)) {
                      const err87 = { instancePath: instancePath + "/" + i0 + "/limits/status/" + i4, schemaPath: "#/items/properties/limits/properties/status/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema6.items.properties.limits.properties.status.items, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                    if (data36 < 100 || isNaN(data36)) {
                      const err88 = { instancePath: instancePath + "/" + i0 + "/limits/status/" + i4, schemaPath: "#/items/properties/limits/properties/status/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema6.items.properties.limits.properties.status.items, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err89 = { instancePath: instancePath + "/" + i0 + "/limits/status", schemaPath: "#/items/properties/limits/properties/status/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.items.properties.limits.properties.status.type, parentSchema: schema6.items.properties.limits.properties.status, data: data35 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data29.status_max !== void 0) {
              let data37 = data29.status_max;
              const _errs95 = errors;
              let valid22 = false;
              let passing2 = null;
              const _errs96 = errors;
              if (typeof data37 == "number") {
                if (data37 > 1 || isNaN(data37)) {
                  const err90 = { instancePath: instancePath + "/" + i0 + "/limits/status_max", schemaPath: "#/items/properties/limits/properties/status_max/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema6.items.properties.limits.properties.status_max.oneOf[0], data: data37 };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
                if (data37 < 0 || isNaN(data37)) {
                  const err91 = { instancePath: instancePath + "/" + i0 + "/limits/status_max", schemaPath: "#/items/properties/limits/properties/status_max/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema6.items.properties.limits.properties.status_max.oneOf[0], data: data37 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              } else {
                const err92 = { instancePath: instancePath + "/" + i0 + "/limits/status_max", schemaPath: "#/items/properties/limits/properties/status_max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.limits.properties.status_max.oneOf[0].type, parentSchema: schema6.items.properties.limits.properties.status_max.oneOf[0], data: data37 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
              var _valid3 = _errs96 === errors;
              if (_valid3) {
                valid22 = true;
                passing2 = 0;
              }
              const _errs98 = errors;
              if (typeof data37 === "string") {
                if (!pattern14.test(data37)) {
                  const err93 = { instancePath: instancePath + "/" + i0 + "/limits/status_max", schemaPath: "#/items/properties/limits/properties/status_max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.limits.properties.status_max.oneOf[1], data: data37 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              } else {
                const err94 = { instancePath: instancePath + "/" + i0 + "/limits/status_max", schemaPath: "#/items/properties/limits/properties/status_max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.limits.properties.status_max.oneOf[1].type, parentSchema: schema6.items.properties.limits.properties.status_max.oneOf[1], data: data37 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
              var _valid3 = _errs98 === errors;
              if (_valid3 && valid22) {
                valid22 = false;
                passing2 = [passing2, 1];
              } else {
                if (_valid3) {
                  valid22 = true;
                  passing2 = 1;
                }
              }
              if (!valid22) {
                const err95 = { instancePath: instancePath + "/" + i0 + "/limits/status_max", schemaPath: "#/items/properties/limits/properties/status_max/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.limits.properties.status_max.oneOf, parentSchema: schema6.items.properties.limits.properties.status_max, data: data37 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              } else {
                errors = _errs95;
                if (vErrors !== null) {
                  if (_errs95) {
                    vErrors.length = _errs95;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data29.error_rate !== void 0) {
              let data38 = data29.error_rate;
              const _errs101 = errors;
              let valid23 = false;
              let passing3 = null;
              const _errs102 = errors;
              if (typeof data38 == "number") {
                if (data38 > 1 || isNaN(data38)) {
                  const err96 = { instancePath: instancePath + "/" + i0 + "/limits/error_rate", schemaPath: "#/items/properties/limits/properties/error_rate/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema6.items.properties.limits.properties.error_rate.oneOf[0], data: data38 };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
                if (data38 < 0 || isNaN(data38)) {
                  const err97 = { instancePath: instancePath + "/" + i0 + "/limits/error_rate", schemaPath: "#/items/properties/limits/properties/error_rate/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema6.items.properties.limits.properties.error_rate.oneOf[0], data: data38 };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
              } else {
                const err98 = { instancePath: instancePath + "/" + i0 + "/limits/error_rate", schemaPath: "#/items/properties/limits/properties/error_rate/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.limits.properties.error_rate.oneOf[0].type, parentSchema: schema6.items.properties.limits.properties.error_rate.oneOf[0], data: data38 };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
              var _valid4 = _errs102 === errors;
              if (_valid4) {
                valid23 = true;
                passing3 = 0;
              }
              const _errs104 = errors;
              if (typeof data38 === "string") {
                if (!pattern14.test(data38)) {
                  const err99 = { instancePath: instancePath + "/" + i0 + "/limits/error_rate", schemaPath: "#/items/properties/limits/properties/error_rate/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.limits.properties.error_rate.oneOf[1], data: data38 };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
              } else {
                const err100 = { instancePath: instancePath + "/" + i0 + "/limits/error_rate", schemaPath: "#/items/properties/limits/properties/error_rate/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.limits.properties.error_rate.oneOf[1].type, parentSchema: schema6.items.properties.limits.properties.error_rate.oneOf[1], data: data38 };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
              var _valid4 = _errs104 === errors;
              if (_valid4 && valid23) {
                valid23 = false;
                passing3 = [passing3, 1];
              } else {
                if (_valid4) {
                  valid23 = true;
                  passing3 = 1;
                }
              }
              if (!valid23) {
                const err101 = { instancePath: instancePath + "/" + i0 + "/limits/error_rate", schemaPath: "#/items/properties/limits/properties/error_rate/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.limits.properties.error_rate.oneOf, parentSchema: schema6.items.properties.limits.properties.error_rate, data: data38 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              } else {
                errors = _errs101;
                if (vErrors !== null) {
                  if (_errs101) {
                    vErrors.length = _errs101;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data29.p95_ms !== void 0) {
              let data39 = data29.p95_ms;
              if (typeof data39 == "number") {
                if (data39 <= 0 || isNaN(data39)) {
                  const err102 = { instancePath: instancePath + "/" + i0 + "/limits/p95_ms", schemaPath: "#/items/properties/limits/properties/p95_ms/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema6.items.properties.limits.properties.p95_ms, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
              } else {
                const err103 = { instancePath: instancePath + "/" + i0 + "/limits/p95_ms", schemaPath: "#/items/properties/limits/properties/p95_ms/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.limits.properties.p95_ms.type, parentSchema: schema6.items.properties.limits.properties.p95_ms, data: data39 };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data29.pause !== void 0) {
              let data40 = data29.pause;
              if (typeof data40 === "string") {
                if (!pattern6.test(data40)) {
                  const err104 = { instancePath: instancePath + "/" + i0 + "/limits/pause", schemaPath: "#/items/properties/limits/properties/pause/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema6.items.properties.limits.properties.pause, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
              } else {
                const err105 = { instancePath: instancePath + "/" + i0 + "/limits/pause", schemaPath: "#/items/properties/limits/properties/pause/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.limits.properties.pause.type, parentSchema: schema6.items.properties.limits.properties.pause, data: data40 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
          } else {
            const err106 = { instancePath: instancePath + "/" + i0 + "/limits", schemaPath: "#/items/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.limits.type, parentSchema: schema6.items.properties.limits, data: data29 };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        if (data0.gates !== void 0) {
          let data41 = data0.gates;
          if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
            for (const key8 in data41) {
              if (!func2.call(schema6.items.properties.gates.properties, key8)) {
                const err107 = { instancePath: instancePath + "/" + i0 + "/gates", schemaPath: "#/items/properties/gates/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.gates, data: data41 };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data41.p50_ms !== void 0) {
              let data42 = data41.p50_ms;
              const _errs115 = errors;
              let valid25 = false;
              let passing4 = null;
              const _errs116 = errors;
              if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                if (data42.min === void 0) {
                  const err108 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms", schemaPath: "#/items/properties/gates/properties/p50_ms/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema6.items.properties.gates.properties.p50_ms.oneOf[0].required, parentSchema: schema6.items.properties.gates.properties.p50_ms.oneOf[0], data: data42 };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
              }
              var _valid5 = _errs116 === errors;
              if (_valid5) {
                valid25 = true;
                passing4 = 0;
              }
              const _errs117 = errors;
              if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                if (data42.max === void 0) {
                  const err109 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms", schemaPath: "#/items/properties/gates/properties/p50_ms/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema6.items.properties.gates.properties.p50_ms.oneOf[1].required, parentSchema: schema6.items.properties.gates.properties.p50_ms.oneOf[1], data: data42 };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              }
              var _valid5 = _errs117 === errors;
              if (_valid5 && valid25) {
                valid25 = false;
                passing4 = [passing4, 1];
              } else {
                if (_valid5) {
                  valid25 = true;
                  passing4 = 1;
                }
              }
              if (!valid25) {
                const err110 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms", schemaPath: "#/items/properties/gates/properties/p50_ms/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.p50_ms.oneOf, parentSchema: schema6.items.properties.gates.properties.p50_ms, data: data42 };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              } else {
                errors = _errs115;
                if (vErrors !== null) {
                  if (_errs115) {
                    vErrors.length = _errs115;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                for (const key9 in data42) {
                  if (!(key9 === "min" || key9 === "max" || key9 === "severity" || key9 === "warn")) {
                    const err111 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms", schemaPath: "#/items/properties/gates/properties/p50_ms/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.gates.properties.p50_ms, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                }
                if (data42.min !== void 0) {
                  let data43 = data42.min;
                  const _errs120 = errors;
                  let valid27 = false;
                  let passing5 = null;
                  const _errs121 = errors;
                  if (!(typeof data43 == "number")) {
                    const err112 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/min", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.p50_ms.properties.min.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.p50_ms.properties.min.oneOf[0], data: data43 };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                  var _valid6 = _errs121 === errors;
                  if (_valid6) {
                    valid27 = true;
                    passing5 = 0;
                  }
                  const _errs123 = errors;
                  if (typeof data43 === "string") {
                    if (!pattern14.test(data43)) {
                      const err113 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/min", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.p50_ms.properties.min.oneOf[1], data: data43 };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                  } else {
                    const err114 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/min", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.p50_ms.properties.min.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.p50_ms.properties.min.oneOf[1], data: data43 };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                  var _valid6 = _errs123 === errors;
                  if (_valid6 && valid27) {
                    valid27 = false;
                    passing5 = [passing5, 1];
                  } else {
                    if (_valid6) {
                      valid27 = true;
                      passing5 = 1;
                    }
                  }
                  if (!valid27) {
                    const err115 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/min", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.p50_ms.properties.min.oneOf, parentSchema: schema6.items.properties.gates.properties.p50_ms.properties.min, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  } else {
                    errors = _errs120;
                    if (vErrors !== null) {
                      if (_errs120) {
                        vErrors.length = _errs120;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data42.max !== void 0) {
                  let data44 = data42.max;
                  const _errs126 = errors;
                  let valid28 = false;
                  let passing6 = null;
                  const _errs127 = errors;
                  if (!(typeof data44 == "number")) {
                    const err116 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/max", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.p50_ms.properties.max.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.p50_ms.properties.max.oneOf[0], data: data44 };
                    if (vErrors === null) {
                      vErrors = [err116];
                    } else {
                      vErrors.push(err116);
                    }
                    errors++;
                  }
                  var _valid7 = _errs127 === errors;
                  if (_valid7) {
                    valid28 = true;
                    passing6 = 0;
                  }
                  const _errs129 = errors;
                  if (typeof data44 === "string") {
                    if (!pattern14.test(data44)) {
                      const err117 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/max", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.p50_ms.properties.max.oneOf[1], data: data44 };
                      if (vErrors === null) {
                        vErrors = [err117];
                      } else {
                        vErrors.push(err117);
                      }
                      errors++;
                    }
                  } else {
                    const err118 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/max", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.p50_ms.properties.max.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.p50_ms.properties.max.oneOf[1], data: data44 };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                  var _valid7 = _errs129 === errors;
                  if (_valid7 && valid28) {
                    valid28 = false;
                    passing6 = [passing6, 1];
                  } else {
                    if (_valid7) {
                      valid28 = true;
                      passing6 = 1;
                    }
                  }
                  if (!valid28) {
                    const err119 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/max", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.p50_ms.properties.max.oneOf, parentSchema: schema6.items.properties.gates.properties.p50_ms.properties.max, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err119];
                    } else {
                      vErrors.push(err119);
                    }
                    errors++;
                  } else {
                    errors = _errs126;
                    if (vErrors !== null) {
                      if (_errs126) {
                        vErrors.length = _errs126;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data42.severity !== void 0) {
                  let data45 = data42.severity;
                  if (typeof data45 !== "string") {
                    const err120 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/severity", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.p50_ms.properties.severity.type, parentSchema: schema6.items.properties.gates.properties.p50_ms.properties.severity, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                  if (!(data45 === "critical" || data45 === "major" || data45 === "minor")) {
                    const err121 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/severity", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/severity/enum", keyword: "enum", params: { allowedValues: schema6.items.properties.gates.properties.p50_ms.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema6.items.properties.gates.properties.p50_ms.properties.severity.enum, parentSchema: schema6.items.properties.gates.properties.p50_ms.properties.severity, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
                if (data42.warn !== void 0) {
                  let data46 = data42.warn;
                  if (typeof data46 === "string") {
                    if (!pattern14.test(data46)) {
                      const err122 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/warn", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.p50_ms.properties.warn, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err122];
                      } else {
                        vErrors.push(err122);
                      }
                      errors++;
                    }
                  } else {
                    const err123 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/warn", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.p50_ms.properties.warn.type, parentSchema: schema6.items.properties.gates.properties.p50_ms.properties.warn, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err123];
                    } else {
                      vErrors.push(err123);
                    }
                    errors++;
                  }
                }
              } else {
                const err124 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms", schemaPath: "#/items/properties/gates/properties/p50_ms/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.gates.properties.p50_ms.type, parentSchema: schema6.items.properties.gates.properties.p50_ms, data: data42 };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            }
            if (data41.p90_ms !== void 0) {
              let data47 = data41.p90_ms;
              const _errs137 = errors;
              let valid29 = false;
              let passing7 = null;
              const _errs138 = errors;
              if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                if (data47.min === void 0) {
                  const err125 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms", schemaPath: "#/items/properties/gates/properties/p90_ms/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema6.items.properties.gates.properties.p90_ms.oneOf[0].required, parentSchema: schema6.items.properties.gates.properties.p90_ms.oneOf[0], data: data47 };
                  if (vErrors === null) {
                    vErrors = [err125];
                  } else {
                    vErrors.push(err125);
                  }
                  errors++;
                }
              }
              var _valid8 = _errs138 === errors;
              if (_valid8) {
                valid29 = true;
                passing7 = 0;
              }
              const _errs139 = errors;
              if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                if (data47.max === void 0) {
                  const err126 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms", schemaPath: "#/items/properties/gates/properties/p90_ms/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema6.items.properties.gates.properties.p90_ms.oneOf[1].required, parentSchema: schema6.items.properties.gates.properties.p90_ms.oneOf[1], data: data47 };
                  if (vErrors === null) {
                    vErrors = [err126];
                  } else {
                    vErrors.push(err126);
                  }
                  errors++;
                }
              }
              var _valid8 = _errs139 === errors;
              if (_valid8 && valid29) {
                valid29 = false;
                passing7 = [passing7, 1];
              } else {
                if (_valid8) {
                  valid29 = true;
                  passing7 = 1;
                }
              }
              if (!valid29) {
                const err127 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms", schemaPath: "#/items/properties/gates/properties/p90_ms/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.p90_ms.oneOf, parentSchema: schema6.items.properties.gates.properties.p90_ms, data: data47 };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              } else {
                errors = _errs137;
                if (vErrors !== null) {
                  if (_errs137) {
                    vErrors.length = _errs137;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                for (const key10 in data47) {
                  if (!(key10 === "min" || key10 === "max" || key10 === "severity" || key10 === "warn")) {
                    const err128 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms", schemaPath: "#/items/properties/gates/properties/p90_ms/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.gates.properties.p90_ms, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err128];
                    } else {
                      vErrors.push(err128);
                    }
                    errors++;
                  }
                }
                if (data47.min !== void 0) {
                  let data48 = data47.min;
                  const _errs142 = errors;
                  let valid31 = false;
                  let passing8 = null;
                  const _errs143 = errors;
                  if (!(typeof data48 == "number")) {
                    const err129 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/min", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.p90_ms.properties.min.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.p90_ms.properties.min.oneOf[0], data: data48 };
                    if (vErrors === null) {
                      vErrors = [err129];
                    } else {
                      vErrors.push(err129);
                    }
                    errors++;
                  }
                  var _valid9 = _errs143 === errors;
                  if (_valid9) {
                    valid31 = true;
                    passing8 = 0;
                  }
                  const _errs145 = errors;
                  if (typeof data48 === "string") {
                    if (!pattern14.test(data48)) {
                      const err130 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/min", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.p90_ms.properties.min.oneOf[1], data: data48 };
                      if (vErrors === null) {
                        vErrors = [err130];
                      } else {
                        vErrors.push(err130);
                      }
                      errors++;
                    }
                  } else {
                    const err131 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/min", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.p90_ms.properties.min.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.p90_ms.properties.min.oneOf[1], data: data48 };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                  var _valid9 = _errs145 === errors;
                  if (_valid9 && valid31) {
                    valid31 = false;
                    passing8 = [passing8, 1];
                  } else {
                    if (_valid9) {
                      valid31 = true;
                      passing8 = 1;
                    }
                  }
                  if (!valid31) {
                    const err132 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/min", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.p90_ms.properties.min.oneOf, parentSchema: schema6.items.properties.gates.properties.p90_ms.properties.min, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  } else {
                    errors = _errs142;
                    if (vErrors !== null) {
                      if (_errs142) {
                        vErrors.length = _errs142;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data47.max !== void 0) {
                  let data49 = data47.max;
                  const _errs148 = errors;
                  let valid32 = false;
                  let passing9 = null;
                  const _errs149 = errors;
                  if (!(typeof data49 == "number")) {
                    const err133 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/max", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.p90_ms.properties.max.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.p90_ms.properties.max.oneOf[0], data: data49 };
                    if (vErrors === null) {
                      vErrors = [err133];
                    } else {
                      vErrors.push(err133);
                    }
                    errors++;
                  }
                  var _valid10 = _errs149 === errors;
                  if (_valid10) {
                    valid32 = true;
                    passing9 = 0;
                  }
                  const _errs151 = errors;
                  if (typeof data49 === "string") {
                    if (!pattern14.test(data49)) {
                      const err134 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/max", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.p90_ms.properties.max.oneOf[1], data: data49 };
                      if (vErrors === null) {
                        vErrors = [err134];
                      } else {
                        vErrors.push(err134);
                      }
                      errors++;
                    }
                  } else {
                    const err135 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/max", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.p90_ms.properties.max.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.p90_ms.properties.max.oneOf[1], data: data49 };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                  var _valid10 = _errs151 === errors;
                  if (_valid10 && valid32) {
                    valid32 = false;
                    passing9 = [passing9, 1];
                  } else {
                    if (_valid10) {
                      valid32 = true;
                      passing9 = 1;
                    }
                  }
                  if (!valid32) {
                    const err136 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/max", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.p90_ms.properties.max.oneOf, parentSchema: schema6.items.properties.gates.properties.p90_ms.properties.max, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err136];
                    } else {
                      vErrors.push(err136);
                    }
                    errors++;
                  } else {
                    errors = _errs148;
                    if (vErrors !== null) {
                      if (_errs148) {
                        vErrors.length = _errs148;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data47.severity !== void 0) {
                  let data50 = data47.severity;
                  if (typeof data50 !== "string") {
                    const err137 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/severity", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.p90_ms.properties.severity.type, parentSchema: schema6.items.properties.gates.properties.p90_ms.properties.severity, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err137];
                    } else {
                      vErrors.push(err137);
                    }
                    errors++;
                  }
                  if (!(data50 === "critical" || data50 === "major" || data50 === "minor")) {
                    const err138 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/severity", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/severity/enum", keyword: "enum", params: { allowedValues: schema6.items.properties.gates.properties.p90_ms.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema6.items.properties.gates.properties.p90_ms.properties.severity.enum, parentSchema: schema6.items.properties.gates.properties.p90_ms.properties.severity, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                }
                if (data47.warn !== void 0) {
                  let data51 = data47.warn;
                  if (typeof data51 === "string") {
                    if (!pattern14.test(data51)) {
                      const err139 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/warn", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.p90_ms.properties.warn, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err139];
                      } else {
                        vErrors.push(err139);
                      }
                      errors++;
                    }
                  } else {
                    const err140 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/warn", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.p90_ms.properties.warn.type, parentSchema: schema6.items.properties.gates.properties.p90_ms.properties.warn, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err140];
                    } else {
                      vErrors.push(err140);
                    }
                    errors++;
                  }
                }
              } else {
                const err141 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms", schemaPath: "#/items/properties/gates/properties/p90_ms/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.gates.properties.p90_ms.type, parentSchema: schema6.items.properties.gates.properties.p90_ms, data: data47 };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
            if (data41.p95_ms !== void 0) {
              let data52 = data41.p95_ms;
              const _errs159 = errors;
              let valid33 = false;
              let passing10 = null;
              const _errs160 = errors;
              if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                if (data52.min === void 0) {
                  const err142 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms", schemaPath: "#/items/properties/gates/properties/p95_ms/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema6.items.properties.gates.properties.p95_ms.oneOf[0].required, parentSchema: schema6.items.properties.gates.properties.p95_ms.oneOf[0], data: data52 };
                  if (vErrors === null) {
                    vErrors = [err142];
                  } else {
                    vErrors.push(err142);
                  }
                  errors++;
                }
              }
              var _valid11 = _errs160 === errors;
              if (_valid11) {
                valid33 = true;
                passing10 = 0;
              }
              const _errs161 = errors;
              if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                if (data52.max === void 0) {
                  const err143 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms", schemaPath: "#/items/properties/gates/properties/p95_ms/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema6.items.properties.gates.properties.p95_ms.oneOf[1].required, parentSchema: schema6.items.properties.gates.properties.p95_ms.oneOf[1], data: data52 };
                  if (vErrors === null) {
                    vErrors = [err143];
                  } else {
                    vErrors.push(err143);
                  }
                  errors++;
                }
              }
              var _valid11 = _errs161 === errors;
              if (_valid11 && valid33) {
                valid33 = false;
                passing10 = [passing10, 1];
              } else {
                if (_valid11) {
                  valid33 = true;
                  passing10 = 1;
                }
              }
              if (!valid33) {
                const err144 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms", schemaPath: "#/items/properties/gates/properties/p95_ms/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.p95_ms.oneOf, parentSchema: schema6.items.properties.gates.properties.p95_ms, data: data52 };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              } else {
                errors = _errs159;
                if (vErrors !== null) {
                  if (_errs159) {
                    vErrors.length = _errs159;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                for (const key11 in data52) {
                  if (!(key11 === "min" || key11 === "max" || key11 === "severity" || key11 === "warn")) {
                    const err145 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms", schemaPath: "#/items/properties/gates/properties/p95_ms/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.gates.properties.p95_ms, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err145];
                    } else {
                      vErrors.push(err145);
                    }
                    errors++;
                  }
                }
                if (data52.min !== void 0) {
                  let data53 = data52.min;
                  const _errs164 = errors;
                  let valid35 = false;
                  let passing11 = null;
                  const _errs165 = errors;
                  if (!(typeof data53 == "number")) {
                    const err146 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/min", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.p95_ms.properties.min.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.p95_ms.properties.min.oneOf[0], data: data53 };
                    if (vErrors === null) {
                      vErrors = [err146];
                    } else {
                      vErrors.push(err146);
                    }
                    errors++;
                  }
                  var _valid12 = _errs165 === errors;
                  if (_valid12) {
                    valid35 = true;
                    passing11 = 0;
                  }
                  const _errs167 = errors;
                  if (typeof data53 === "string") {
                    if (!pattern14.test(data53)) {
                      const err147 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/min", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.p95_ms.properties.min.oneOf[1], data: data53 };
                      if (vErrors === null) {
                        vErrors = [err147];
                      } else {
                        vErrors.push(err147);
                      }
                      errors++;
                    }
                  } else {
                    const err148 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/min", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.p95_ms.properties.min.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.p95_ms.properties.min.oneOf[1], data: data53 };
                    if (vErrors === null) {
                      vErrors = [err148];
                    } else {
                      vErrors.push(err148);
                    }
                    errors++;
                  }
                  var _valid12 = _errs167 === errors;
                  if (_valid12 && valid35) {
                    valid35 = false;
                    passing11 = [passing11, 1];
                  } else {
                    if (_valid12) {
                      valid35 = true;
                      passing11 = 1;
                    }
                  }
                  if (!valid35) {
                    const err149 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/min", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.p95_ms.properties.min.oneOf, parentSchema: schema6.items.properties.gates.properties.p95_ms.properties.min, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err149];
                    } else {
                      vErrors.push(err149);
                    }
                    errors++;
                  } else {
                    errors = _errs164;
                    if (vErrors !== null) {
                      if (_errs164) {
                        vErrors.length = _errs164;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data52.max !== void 0) {
                  let data54 = data52.max;
                  const _errs170 = errors;
                  let valid36 = false;
                  let passing12 = null;
                  const _errs171 = errors;
                  if (!(typeof data54 == "number")) {
                    const err150 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/max", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.p95_ms.properties.max.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.p95_ms.properties.max.oneOf[0], data: data54 };
                    if (vErrors === null) {
                      vErrors = [err150];
                    } else {
                      vErrors.push(err150);
                    }
                    errors++;
                  }
                  var _valid13 = _errs171 === errors;
                  if (_valid13) {
                    valid36 = true;
                    passing12 = 0;
                  }
                  const _errs173 = errors;
                  if (typeof data54 === "string") {
                    if (!pattern14.test(data54)) {
                      const err151 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/max", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.p95_ms.properties.max.oneOf[1], data: data54 };
                      if (vErrors === null) {
                        vErrors = [err151];
                      } else {
                        vErrors.push(err151);
                      }
                      errors++;
                    }
                  } else {
                    const err152 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/max", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.p95_ms.properties.max.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.p95_ms.properties.max.oneOf[1], data: data54 };
                    if (vErrors === null) {
                      vErrors = [err152];
                    } else {
                      vErrors.push(err152);
                    }
                    errors++;
                  }
                  var _valid13 = _errs173 === errors;
                  if (_valid13 && valid36) {
                    valid36 = false;
                    passing12 = [passing12, 1];
                  } else {
                    if (_valid13) {
                      valid36 = true;
                      passing12 = 1;
                    }
                  }
                  if (!valid36) {
                    const err153 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/max", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing12 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.p95_ms.properties.max.oneOf, parentSchema: schema6.items.properties.gates.properties.p95_ms.properties.max, data: data54 };
                    if (vErrors === null) {
                      vErrors = [err153];
                    } else {
                      vErrors.push(err153);
                    }
                    errors++;
                  } else {
                    errors = _errs170;
                    if (vErrors !== null) {
                      if (_errs170) {
                        vErrors.length = _errs170;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data52.severity !== void 0) {
                  let data55 = data52.severity;
                  if (typeof data55 !== "string") {
                    const err154 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/severity", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.p95_ms.properties.severity.type, parentSchema: schema6.items.properties.gates.properties.p95_ms.properties.severity, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err154];
                    } else {
                      vErrors.push(err154);
                    }
                    errors++;
                  }
                  if (!(data55 === "critical" || data55 === "major" || data55 === "minor")) {
                    const err155 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/severity", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/severity/enum", keyword: "enum", params: { allowedValues: schema6.items.properties.gates.properties.p95_ms.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema6.items.properties.gates.properties.p95_ms.properties.severity.enum, parentSchema: schema6.items.properties.gates.properties.p95_ms.properties.severity, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err155];
                    } else {
                      vErrors.push(err155);
                    }
                    errors++;
                  }
                }
                if (data52.warn !== void 0) {
                  let data56 = data52.warn;
                  if (typeof data56 === "string") {
                    if (!pattern14.test(data56)) {
                      const err156 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/warn", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.p95_ms.properties.warn, data: data56 };
                      if (vErrors === null) {
                        vErrors = [err156];
                      } else {
                        vErrors.push(err156);
                      }
                      errors++;
                    }
                  } else {
                    const err157 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/warn", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.p95_ms.properties.warn.type, parentSchema: schema6.items.properties.gates.properties.p95_ms.properties.warn, data: data56 };
                    if (vErrors === null) {
                      vErrors = [err157];
                    } else {
                      vErrors.push(err157);
                    }
                    errors++;
                  }
                }
              } else {
                const err158 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms", schemaPath: "#/items/properties/gates/properties/p95_ms/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.gates.properties.p95_ms.type, parentSchema: schema6.items.properties.gates.properties.p95_ms, data: data52 };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
            }
            if (data41.p99_ms !== void 0) {
              let data57 = data41.p99_ms;
              const _errs181 = errors;
              let valid37 = false;
              let passing13 = null;
              const _errs182 = errors;
              if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                if (data57.min === void 0) {
                  const err159 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms", schemaPath: "#/items/properties/gates/properties/p99_ms/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema6.items.properties.gates.properties.p99_ms.oneOf[0].required, parentSchema: schema6.items.properties.gates.properties.p99_ms.oneOf[0], data: data57 };
                  if (vErrors === null) {
                    vErrors = [err159];
                  } else {
                    vErrors.push(err159);
                  }
                  errors++;
                }
              }
              var _valid14 = _errs182 === errors;
              if (_valid14) {
                valid37 = true;
                passing13 = 0;
              }
              const _errs183 = errors;
              if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                if (data57.max === void 0) {
                  const err160 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms", schemaPath: "#/items/properties/gates/properties/p99_ms/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema6.items.properties.gates.properties.p99_ms.oneOf[1].required, parentSchema: schema6.items.properties.gates.properties.p99_ms.oneOf[1], data: data57 };
                  if (vErrors === null) {
                    vErrors = [err160];
                  } else {
                    vErrors.push(err160);
                  }
                  errors++;
                }
              }
              var _valid14 = _errs183 === errors;
              if (_valid14 && valid37) {
                valid37 = false;
                passing13 = [passing13, 1];
              } else {
                if (_valid14) {
                  valid37 = true;
                  passing13 = 1;
                }
              }
              if (!valid37) {
                const err161 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms", schemaPath: "#/items/properties/gates/properties/p99_ms/oneOf", keyword: "oneOf", params: { passingSchemas: passing13 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.p99_ms.oneOf, parentSchema: schema6.items.properties.gates.properties.p99_ms, data: data57 };
                if (vErrors === null) {
                  vErrors = [err161];
                } else {
                  vErrors.push(err161);
                }
                errors++;
              } else {
                errors = _errs181;
                if (vErrors !== null) {
                  if (_errs181) {
                    vErrors.length = _errs181;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                for (const key12 in data57) {
                  if (!(key12 === "min" || key12 === "max" || key12 === "severity" || key12 === "warn")) {
                    const err162 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms", schemaPath: "#/items/properties/gates/properties/p99_ms/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.gates.properties.p99_ms, data: data57 };
                    if (vErrors === null) {
                      vErrors = [err162];
                    } else {
                      vErrors.push(err162);
                    }
                    errors++;
                  }
                }
                if (data57.min !== void 0) {
                  let data58 = data57.min;
                  const _errs186 = errors;
                  let valid39 = false;
                  let passing14 = null;
                  const _errs187 = errors;
                  if (!(typeof data58 == "number")) {
                    const err163 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/min", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.p99_ms.properties.min.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.p99_ms.properties.min.oneOf[0], data: data58 };
                    if (vErrors === null) {
                      vErrors = [err163];
                    } else {
                      vErrors.push(err163);
                    }
                    errors++;
                  }
                  var _valid15 = _errs187 === errors;
                  if (_valid15) {
                    valid39 = true;
                    passing14 = 0;
                  }
                  const _errs189 = errors;
                  if (typeof data58 === "string") {
                    if (!pattern14.test(data58)) {
                      const err164 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/min", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.p99_ms.properties.min.oneOf[1], data: data58 };
                      if (vErrors === null) {
                        vErrors = [err164];
                      } else {
                        vErrors.push(err164);
                      }
                      errors++;
                    }
                  } else {
                    const err165 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/min", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.p99_ms.properties.min.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.p99_ms.properties.min.oneOf[1], data: data58 };
                    if (vErrors === null) {
                      vErrors = [err165];
                    } else {
                      vErrors.push(err165);
                    }
                    errors++;
                  }
                  var _valid15 = _errs189 === errors;
                  if (_valid15 && valid39) {
                    valid39 = false;
                    passing14 = [passing14, 1];
                  } else {
                    if (_valid15) {
                      valid39 = true;
                      passing14 = 1;
                    }
                  }
                  if (!valid39) {
                    const err166 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/min", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing14 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.p99_ms.properties.min.oneOf, parentSchema: schema6.items.properties.gates.properties.p99_ms.properties.min, data: data58 };
                    if (vErrors === null) {
                      vErrors = [err166];
                    } else {
                      vErrors.push(err166);
                    }
                    errors++;
                  } else {
                    errors = _errs186;
                    if (vErrors !== null) {
                      if (_errs186) {
                        vErrors.length = _errs186;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data57.max !== void 0) {
                  let data59 = data57.max;
                  const _errs192 = errors;
                  let valid40 = false;
                  let passing15 = null;
                  const _errs193 = errors;
                  if (!(typeof data59 == "number")) {
                    const err167 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/max", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.p99_ms.properties.max.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.p99_ms.properties.max.oneOf[0], data: data59 };
                    if (vErrors === null) {
                      vErrors = [err167];
                    } else {
                      vErrors.push(err167);
                    }
                    errors++;
                  }
                  var _valid16 = _errs193 === errors;
                  if (_valid16) {
                    valid40 = true;
                    passing15 = 0;
                  }
                  const _errs195 = errors;
                  if (typeof data59 === "string") {
                    if (!pattern14.test(data59)) {
                      const err168 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/max", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.p99_ms.properties.max.oneOf[1], data: data59 };
                      if (vErrors === null) {
                        vErrors = [err168];
                      } else {
                        vErrors.push(err168);
                      }
                      errors++;
                    }
                  } else {
                    const err169 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/max", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.p99_ms.properties.max.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.p99_ms.properties.max.oneOf[1], data: data59 };
                    if (vErrors === null) {
                      vErrors = [err169];
                    } else {
                      vErrors.push(err169);
                    }
                    errors++;
                  }
                  var _valid16 = _errs195 === errors;
                  if (_valid16 && valid40) {
                    valid40 = false;
                    passing15 = [passing15, 1];
                  } else {
                    if (_valid16) {
                      valid40 = true;
                      passing15 = 1;
                    }
                  }
                  if (!valid40) {
                    const err170 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/max", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing15 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.p99_ms.properties.max.oneOf, parentSchema: schema6.items.properties.gates.properties.p99_ms.properties.max, data: data59 };
                    if (vErrors === null) {
                      vErrors = [err170];
                    } else {
                      vErrors.push(err170);
                    }
                    errors++;
                  } else {
                    errors = _errs192;
                    if (vErrors !== null) {
                      if (_errs192) {
                        vErrors.length = _errs192;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data57.severity !== void 0) {
                  let data60 = data57.severity;
                  if (typeof data60 !== "string") {
                    const err171 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/severity", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.p99_ms.properties.severity.type, parentSchema: schema6.items.properties.gates.properties.p99_ms.properties.severity, data: data60 };
                    if (vErrors === null) {
                      vErrors = [err171];
                    } else {
                      vErrors.push(err171);
                    }
                    errors++;
                  }
                  if (!(data60 === "critical" || data60 === "major" || data60 === "minor")) {
                    const err172 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/severity", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/severity/enum", keyword: "enum", params: { allowedValues: schema6.items.properties.gates.properties.p99_ms.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema6.items.properties.gates.properties.p99_ms.properties.severity.enum, parentSchema: schema6.items.properties.gates.properties.p99_ms.properties.severity, data: data60 };
                    if (vErrors === null) {
                      vErrors = [err172];
                    } else {
                      vErrors.push(err172);
                    }
                    errors++;
                  }
                }
                if (data57.warn !== void 0) {
                  let data61 = data57.warn;
                  if (typeof data61 === "string") {
                    if (!pattern14.test(data61)) {
                      const err173 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/warn", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.p99_ms.properties.warn, data: data61 };
                      if (vErrors === null) {
                        vErrors = [err173];
                      } else {
                        vErrors.push(err173);
                      }
                      errors++;
                    }
                  } else {
                    const err174 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/warn", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.p99_ms.properties.warn.type, parentSchema: schema6.items.properties.gates.properties.p99_ms.properties.warn, data: data61 };
                    if (vErrors === null) {
                      vErrors = [err174];
                    } else {
                      vErrors.push(err174);
                    }
                    errors++;
                  }
                }
              } else {
                const err175 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms", schemaPath: "#/items/properties/gates/properties/p99_ms/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.gates.properties.p99_ms.type, parentSchema: schema6.items.properties.gates.properties.p99_ms, data: data57 };
                if (vErrors === null) {
                  vErrors = [err175];
                } else {
                  vErrors.push(err175);
                }
                errors++;
              }
            }
            if (data41.max_ms !== void 0) {
              let data62 = data41.max_ms;
              const _errs203 = errors;
              let valid41 = false;
              let passing16 = null;
              const _errs204 = errors;
              if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                if (data62.min === void 0) {
                  const err176 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms", schemaPath: "#/items/properties/gates/properties/max_ms/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema6.items.properties.gates.properties.max_ms.oneOf[0].required, parentSchema: schema6.items.properties.gates.properties.max_ms.oneOf[0], data: data62 };
                  if (vErrors === null) {
                    vErrors = [err176];
                  } else {
                    vErrors.push(err176);
                  }
                  errors++;
                }
              }
              var _valid17 = _errs204 === errors;
              if (_valid17) {
                valid41 = true;
                passing16 = 0;
              }
              const _errs205 = errors;
              if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                if (data62.max === void 0) {
                  const err177 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms", schemaPath: "#/items/properties/gates/properties/max_ms/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema6.items.properties.gates.properties.max_ms.oneOf[1].required, parentSchema: schema6.items.properties.gates.properties.max_ms.oneOf[1], data: data62 };
                  if (vErrors === null) {
                    vErrors = [err177];
                  } else {
                    vErrors.push(err177);
                  }
                  errors++;
                }
              }
              var _valid17 = _errs205 === errors;
              if (_valid17 && valid41) {
                valid41 = false;
                passing16 = [passing16, 1];
              } else {
                if (_valid17) {
                  valid41 = true;
                  passing16 = 1;
                }
              }
              if (!valid41) {
                const err178 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms", schemaPath: "#/items/properties/gates/properties/max_ms/oneOf", keyword: "oneOf", params: { passingSchemas: passing16 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.max_ms.oneOf, parentSchema: schema6.items.properties.gates.properties.max_ms, data: data62 };
                if (vErrors === null) {
                  vErrors = [err178];
                } else {
                  vErrors.push(err178);
                }
                errors++;
              } else {
                errors = _errs203;
                if (vErrors !== null) {
                  if (_errs203) {
                    vErrors.length = _errs203;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                for (const key13 in data62) {
                  if (!(key13 === "min" || key13 === "max" || key13 === "severity" || key13 === "warn")) {
                    const err179 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms", schemaPath: "#/items/properties/gates/properties/max_ms/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.gates.properties.max_ms, data: data62 };
                    if (vErrors === null) {
                      vErrors = [err179];
                    } else {
                      vErrors.push(err179);
                    }
                    errors++;
                  }
                }
                if (data62.min !== void 0) {
                  let data63 = data62.min;
                  const _errs208 = errors;
                  let valid43 = false;
                  let passing17 = null;
                  const _errs209 = errors;
                  if (!(typeof data63 == "number")) {
                    const err180 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/min", schemaPath: "#/items/properties/gates/properties/max_ms/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.max_ms.properties.min.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.max_ms.properties.min.oneOf[0], data: data63 };
                    if (vErrors === null) {
                      vErrors = [err180];
                    } else {
                      vErrors.push(err180);
                    }
                    errors++;
                  }
                  var _valid18 = _errs209 === errors;
                  if (_valid18) {
                    valid43 = true;
                    passing17 = 0;
                  }
                  const _errs211 = errors;
                  if (typeof data63 === "string") {
                    if (!pattern14.test(data63)) {
                      const err181 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/min", schemaPath: "#/items/properties/gates/properties/max_ms/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.max_ms.properties.min.oneOf[1], data: data63 };
                      if (vErrors === null) {
                        vErrors = [err181];
                      } else {
                        vErrors.push(err181);
                      }
                      errors++;
                    }
                  } else {
                    const err182 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/min", schemaPath: "#/items/properties/gates/properties/max_ms/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.max_ms.properties.min.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.max_ms.properties.min.oneOf[1], data: data63 };
                    if (vErrors === null) {
                      vErrors = [err182];
                    } else {
                      vErrors.push(err182);
                    }
                    errors++;
                  }
                  var _valid18 = _errs211 === errors;
                  if (_valid18 && valid43) {
                    valid43 = false;
                    passing17 = [passing17, 1];
                  } else {
                    if (_valid18) {
                      valid43 = true;
                      passing17 = 1;
                    }
                  }
                  if (!valid43) {
                    const err183 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/min", schemaPath: "#/items/properties/gates/properties/max_ms/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing17 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.max_ms.properties.min.oneOf, parentSchema: schema6.items.properties.gates.properties.max_ms.properties.min, data: data63 };
                    if (vErrors === null) {
                      vErrors = [err183];
                    } else {
                      vErrors.push(err183);
                    }
                    errors++;
                  } else {
                    errors = _errs208;
                    if (vErrors !== null) {
                      if (_errs208) {
                        vErrors.length = _errs208;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data62.max !== void 0) {
                  let data64 = data62.max;
                  const _errs214 = errors;
                  let valid44 = false;
                  let passing18 = null;
                  const _errs215 = errors;
                  if (!(typeof data64 == "number")) {
                    const err184 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/max", schemaPath: "#/items/properties/gates/properties/max_ms/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.max_ms.properties.max.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.max_ms.properties.max.oneOf[0], data: data64 };
                    if (vErrors === null) {
                      vErrors = [err184];
                    } else {
                      vErrors.push(err184);
                    }
                    errors++;
                  }
                  var _valid19 = _errs215 === errors;
                  if (_valid19) {
                    valid44 = true;
                    passing18 = 0;
                  }
                  const _errs217 = errors;
                  if (typeof data64 === "string") {
                    if (!pattern14.test(data64)) {
                      const err185 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/max", schemaPath: "#/items/properties/gates/properties/max_ms/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.max_ms.properties.max.oneOf[1], data: data64 };
                      if (vErrors === null) {
                        vErrors = [err185];
                      } else {
                        vErrors.push(err185);
                      }
                      errors++;
                    }
                  } else {
                    const err186 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/max", schemaPath: "#/items/properties/gates/properties/max_ms/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.max_ms.properties.max.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.max_ms.properties.max.oneOf[1], data: data64 };
                    if (vErrors === null) {
                      vErrors = [err186];
                    } else {
                      vErrors.push(err186);
                    }
                    errors++;
                  }
                  var _valid19 = _errs217 === errors;
                  if (_valid19 && valid44) {
                    valid44 = false;
                    passing18 = [passing18, 1];
                  } else {
                    if (_valid19) {
                      valid44 = true;
                      passing18 = 1;
                    }
                  }
                  if (!valid44) {
                    const err187 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/max", schemaPath: "#/items/properties/gates/properties/max_ms/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing18 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.max_ms.properties.max.oneOf, parentSchema: schema6.items.properties.gates.properties.max_ms.properties.max, data: data64 };
                    if (vErrors === null) {
                      vErrors = [err187];
                    } else {
                      vErrors.push(err187);
                    }
                    errors++;
                  } else {
                    errors = _errs214;
                    if (vErrors !== null) {
                      if (_errs214) {
                        vErrors.length = _errs214;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data62.severity !== void 0) {
                  let data65 = data62.severity;
                  if (typeof data65 !== "string") {
                    const err188 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/severity", schemaPath: "#/items/properties/gates/properties/max_ms/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.max_ms.properties.severity.type, parentSchema: schema6.items.properties.gates.properties.max_ms.properties.severity, data: data65 };
                    if (vErrors === null) {
                      vErrors = [err188];
                    } else {
                      vErrors.push(err188);
                    }
                    errors++;
                  }
                  if (!(data65 === "critical" || data65 === "major" || data65 === "minor")) {
                    const err189 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/severity", schemaPath: "#/items/properties/gates/properties/max_ms/properties/severity/enum", keyword: "enum", params: { allowedValues: schema6.items.properties.gates.properties.max_ms.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema6.items.properties.gates.properties.max_ms.properties.severity.enum, parentSchema: schema6.items.properties.gates.properties.max_ms.properties.severity, data: data65 };
                    if (vErrors === null) {
                      vErrors = [err189];
                    } else {
                      vErrors.push(err189);
                    }
                    errors++;
                  }
                }
                if (data62.warn !== void 0) {
                  let data66 = data62.warn;
                  if (typeof data66 === "string") {
                    if (!pattern14.test(data66)) {
                      const err190 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/warn", schemaPath: "#/items/properties/gates/properties/max_ms/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.max_ms.properties.warn, data: data66 };
                      if (vErrors === null) {
                        vErrors = [err190];
                      } else {
                        vErrors.push(err190);
                      }
                      errors++;
                    }
                  } else {
                    const err191 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/warn", schemaPath: "#/items/properties/gates/properties/max_ms/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.max_ms.properties.warn.type, parentSchema: schema6.items.properties.gates.properties.max_ms.properties.warn, data: data66 };
                    if (vErrors === null) {
                      vErrors = [err191];
                    } else {
                      vErrors.push(err191);
                    }
                    errors++;
                  }
                }
              } else {
                const err192 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms", schemaPath: "#/items/properties/gates/properties/max_ms/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.gates.properties.max_ms.type, parentSchema: schema6.items.properties.gates.properties.max_ms, data: data62 };
                if (vErrors === null) {
                  vErrors = [err192];
                } else {
                  vErrors.push(err192);
                }
                errors++;
              }
            }
            if (data41.rps !== void 0) {
              let data67 = data41.rps;
              const _errs225 = errors;
              let valid45 = false;
              let passing19 = null;
              const _errs226 = errors;
              if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                if (data67.min === void 0) {
                  const err193 = { instancePath: instancePath + "/" + i0 + "/gates/rps", schemaPath: "#/items/properties/gates/properties/rps/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema6.items.properties.gates.properties.rps.oneOf[0].required, parentSchema: schema6.items.properties.gates.properties.rps.oneOf[0], data: data67 };
                  if (vErrors === null) {
                    vErrors = [err193];
                  } else {
                    vErrors.push(err193);
                  }
                  errors++;
                }
              }
              var _valid20 = _errs226 === errors;
              if (_valid20) {
                valid45 = true;
                passing19 = 0;
              }
              const _errs227 = errors;
              if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                if (data67.max === void 0) {
                  const err194 = { instancePath: instancePath + "/" + i0 + "/gates/rps", schemaPath: "#/items/properties/gates/properties/rps/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema6.items.properties.gates.properties.rps.oneOf[1].required, parentSchema: schema6.items.properties.gates.properties.rps.oneOf[1], data: data67 };
                  if (vErrors === null) {
                    vErrors = [err194];
                  } else {
                    vErrors.push(err194);
                  }
                  errors++;
                }
              }
              var _valid20 = _errs227 === errors;
              if (_valid20 && valid45) {
                valid45 = false;
                passing19 = [passing19, 1];
              } else {
                if (_valid20) {
                  valid45 = true;
                  passing19 = 1;
                }
              }
              if (!valid45) {
                const err195 = { instancePath: instancePath + "/" + i0 + "/gates/rps", schemaPath: "#/items/properties/gates/properties/rps/oneOf", keyword: "oneOf", params: { passingSchemas: passing19 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.rps.oneOf, parentSchema: schema6.items.properties.gates.properties.rps, data: data67 };
                if (vErrors === null) {
                  vErrors = [err195];
                } else {
                  vErrors.push(err195);
                }
                errors++;
              } else {
                errors = _errs225;
                if (vErrors !== null) {
                  if (_errs225) {
                    vErrors.length = _errs225;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                for (const key14 in data67) {
                  if (!(key14 === "min" || key14 === "max" || key14 === "severity" || key14 === "warn")) {
                    const err196 = { instancePath: instancePath + "/" + i0 + "/gates/rps", schemaPath: "#/items/properties/gates/properties/rps/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.gates.properties.rps, data: data67 };
                    if (vErrors === null) {
                      vErrors = [err196];
                    } else {
                      vErrors.push(err196);
                    }
                    errors++;
                  }
                }
                if (data67.min !== void 0) {
                  let data68 = data67.min;
                  const _errs230 = errors;
                  let valid47 = false;
                  let passing20 = null;
                  const _errs231 = errors;
                  if (!(typeof data68 == "number")) {
                    const err197 = { instancePath: instancePath + "/" + i0 + "/gates/rps/min", schemaPath: "#/items/properties/gates/properties/rps/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.rps.properties.min.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.rps.properties.min.oneOf[0], data: data68 };
                    if (vErrors === null) {
                      vErrors = [err197];
                    } else {
                      vErrors.push(err197);
                    }
                    errors++;
                  }
                  var _valid21 = _errs231 === errors;
                  if (_valid21) {
                    valid47 = true;
                    passing20 = 0;
                  }
                  const _errs233 = errors;
                  if (typeof data68 === "string") {
                    if (!pattern14.test(data68)) {
                      const err198 = { instancePath: instancePath + "/" + i0 + "/gates/rps/min", schemaPath: "#/items/properties/gates/properties/rps/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.rps.properties.min.oneOf[1], data: data68 };
                      if (vErrors === null) {
                        vErrors = [err198];
                      } else {
                        vErrors.push(err198);
                      }
                      errors++;
                    }
                  } else {
                    const err199 = { instancePath: instancePath + "/" + i0 + "/gates/rps/min", schemaPath: "#/items/properties/gates/properties/rps/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.rps.properties.min.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.rps.properties.min.oneOf[1], data: data68 };
                    if (vErrors === null) {
                      vErrors = [err199];
                    } else {
                      vErrors.push(err199);
                    }
                    errors++;
                  }
                  var _valid21 = _errs233 === errors;
                  if (_valid21 && valid47) {
                    valid47 = false;
                    passing20 = [passing20, 1];
                  } else {
                    if (_valid21) {
                      valid47 = true;
                      passing20 = 1;
                    }
                  }
                  if (!valid47) {
                    const err200 = { instancePath: instancePath + "/" + i0 + "/gates/rps/min", schemaPath: "#/items/properties/gates/properties/rps/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing20 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.rps.properties.min.oneOf, parentSchema: schema6.items.properties.gates.properties.rps.properties.min, data: data68 };
                    if (vErrors === null) {
                      vErrors = [err200];
                    } else {
                      vErrors.push(err200);
                    }
                    errors++;
                  } else {
                    errors = _errs230;
                    if (vErrors !== null) {
                      if (_errs230) {
                        vErrors.length = _errs230;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data67.max !== void 0) {
                  let data69 = data67.max;
                  const _errs236 = errors;
                  let valid48 = false;
                  let passing21 = null;
                  const _errs237 = errors;
                  if (!(typeof data69 == "number")) {
                    const err201 = { instancePath: instancePath + "/" + i0 + "/gates/rps/max", schemaPath: "#/items/properties/gates/properties/rps/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.rps.properties.max.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.rps.properties.max.oneOf[0], data: data69 };
                    if (vErrors === null) {
                      vErrors = [err201];
                    } else {
                      vErrors.push(err201);
                    }
                    errors++;
                  }
                  var _valid22 = _errs237 === errors;
                  if (_valid22) {
                    valid48 = true;
                    passing21 = 0;
                  }
                  const _errs239 = errors;
                  if (typeof data69 === "string") {
                    if (!pattern14.test(data69)) {
                      const err202 = { instancePath: instancePath + "/" + i0 + "/gates/rps/max", schemaPath: "#/items/properties/gates/properties/rps/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.rps.properties.max.oneOf[1], data: data69 };
                      if (vErrors === null) {
                        vErrors = [err202];
                      } else {
                        vErrors.push(err202);
                      }
                      errors++;
                    }
                  } else {
                    const err203 = { instancePath: instancePath + "/" + i0 + "/gates/rps/max", schemaPath: "#/items/properties/gates/properties/rps/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.rps.properties.max.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.rps.properties.max.oneOf[1], data: data69 };
                    if (vErrors === null) {
                      vErrors = [err203];
                    } else {
                      vErrors.push(err203);
                    }
                    errors++;
                  }
                  var _valid22 = _errs239 === errors;
                  if (_valid22 && valid48) {
                    valid48 = false;
                    passing21 = [passing21, 1];
                  } else {
                    if (_valid22) {
                      valid48 = true;
                      passing21 = 1;
                    }
                  }
                  if (!valid48) {
                    const err204 = { instancePath: instancePath + "/" + i0 + "/gates/rps/max", schemaPath: "#/items/properties/gates/properties/rps/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing21 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.rps.properties.max.oneOf, parentSchema: schema6.items.properties.gates.properties.rps.properties.max, data: data69 };
                    if (vErrors === null) {
                      vErrors = [err204];
                    } else {
                      vErrors.push(err204);
                    }
                    errors++;
                  } else {
                    errors = _errs236;
                    if (vErrors !== null) {
                      if (_errs236) {
                        vErrors.length = _errs236;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data67.severity !== void 0) {
                  let data70 = data67.severity;
                  if (typeof data70 !== "string") {
                    const err205 = { instancePath: instancePath + "/" + i0 + "/gates/rps/severity", schemaPath: "#/items/properties/gates/properties/rps/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.rps.properties.severity.type, parentSchema: schema6.items.properties.gates.properties.rps.properties.severity, data: data70 };
                    if (vErrors === null) {
                      vErrors = [err205];
                    } else {
                      vErrors.push(err205);
                    }
                    errors++;
                  }
                  if (!(data70 === "critical" || data70 === "major" || data70 === "minor")) {
                    const err206 = { instancePath: instancePath + "/" + i0 + "/gates/rps/severity", schemaPath: "#/items/properties/gates/properties/rps/properties/severity/enum", keyword: "enum", params: { allowedValues: schema6.items.properties.gates.properties.rps.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema6.items.properties.gates.properties.rps.properties.severity.enum, parentSchema: schema6.items.properties.gates.properties.rps.properties.severity, data: data70 };
                    if (vErrors === null) {
                      vErrors = [err206];
                    } else {
                      vErrors.push(err206);
                    }
                    errors++;
                  }
                }
                if (data67.warn !== void 0) {
                  let data71 = data67.warn;
                  if (typeof data71 === "string") {
                    if (!pattern14.test(data71)) {
                      const err207 = { instancePath: instancePath + "/" + i0 + "/gates/rps/warn", schemaPath: "#/items/properties/gates/properties/rps/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.rps.properties.warn, data: data71 };
                      if (vErrors === null) {
                        vErrors = [err207];
                      } else {
                        vErrors.push(err207);
                      }
                      errors++;
                    }
                  } else {
                    const err208 = { instancePath: instancePath + "/" + i0 + "/gates/rps/warn", schemaPath: "#/items/properties/gates/properties/rps/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.rps.properties.warn.type, parentSchema: schema6.items.properties.gates.properties.rps.properties.warn, data: data71 };
                    if (vErrors === null) {
                      vErrors = [err208];
                    } else {
                      vErrors.push(err208);
                    }
                    errors++;
                  }
                }
              } else {
                const err209 = { instancePath: instancePath + "/" + i0 + "/gates/rps", schemaPath: "#/items/properties/gates/properties/rps/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.gates.properties.rps.type, parentSchema: schema6.items.properties.gates.properties.rps, data: data67 };
                if (vErrors === null) {
                  vErrors = [err209];
                } else {
                  vErrors.push(err209);
                }
                errors++;
              }
            }
            if (data41.error_rate !== void 0) {
              let data72 = data41.error_rate;
              const _errs247 = errors;
              let valid49 = false;
              let passing22 = null;
              const _errs248 = errors;
              if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                if (data72.min === void 0) {
                  const err210 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate", schemaPath: "#/items/properties/gates/properties/error_rate/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema6.items.properties.gates.properties.error_rate.oneOf[0].required, parentSchema: schema6.items.properties.gates.properties.error_rate.oneOf[0], data: data72 };
                  if (vErrors === null) {
                    vErrors = [err210];
                  } else {
                    vErrors.push(err210);
                  }
                  errors++;
                }
              }
              var _valid23 = _errs248 === errors;
              if (_valid23) {
                valid49 = true;
                passing22 = 0;
              }
              const _errs249 = errors;
              if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                if (data72.max === void 0) {
                  const err211 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate", schemaPath: "#/items/properties/gates/properties/error_rate/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema6.items.properties.gates.properties.error_rate.oneOf[1].required, parentSchema: schema6.items.properties.gates.properties.error_rate.oneOf[1], data: data72 };
                  if (vErrors === null) {
                    vErrors = [err211];
                  } else {
                    vErrors.push(err211);
                  }
                  errors++;
                }
              }
              var _valid23 = _errs249 === errors;
              if (_valid23 && valid49) {
                valid49 = false;
                passing22 = [passing22, 1];
              } else {
                if (_valid23) {
                  valid49 = true;
                  passing22 = 1;
                }
              }
              if (!valid49) {
                const err212 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate", schemaPath: "#/items/properties/gates/properties/error_rate/oneOf", keyword: "oneOf", params: { passingSchemas: passing22 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.error_rate.oneOf, parentSchema: schema6.items.properties.gates.properties.error_rate, data: data72 };
                if (vErrors === null) {
                  vErrors = [err212];
                } else {
                  vErrors.push(err212);
                }
                errors++;
              } else {
                errors = _errs247;
                if (vErrors !== null) {
                  if (_errs247) {
                    vErrors.length = _errs247;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                for (const key15 in data72) {
                  if (!(key15 === "min" || key15 === "max" || key15 === "severity" || key15 === "warn")) {
                    const err213 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate", schemaPath: "#/items/properties/gates/properties/error_rate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.gates.properties.error_rate, data: data72 };
                    if (vErrors === null) {
                      vErrors = [err213];
                    } else {
                      vErrors.push(err213);
                    }
                    errors++;
                  }
                }
                if (data72.min !== void 0) {
                  let data73 = data72.min;
                  const _errs252 = errors;
                  let valid51 = false;
                  let passing23 = null;
                  const _errs253 = errors;
                  if (!(typeof data73 == "number")) {
                    const err214 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/min", schemaPath: "#/items/properties/gates/properties/error_rate/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.error_rate.properties.min.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.error_rate.properties.min.oneOf[0], data: data73 };
                    if (vErrors === null) {
                      vErrors = [err214];
                    } else {
                      vErrors.push(err214);
                    }
                    errors++;
                  }
                  var _valid24 = _errs253 === errors;
                  if (_valid24) {
                    valid51 = true;
                    passing23 = 0;
                  }
                  const _errs255 = errors;
                  if (typeof data73 === "string") {
                    if (!pattern14.test(data73)) {
                      const err215 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/min", schemaPath: "#/items/properties/gates/properties/error_rate/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.error_rate.properties.min.oneOf[1], data: data73 };
                      if (vErrors === null) {
                        vErrors = [err215];
                      } else {
                        vErrors.push(err215);
                      }
                      errors++;
                    }
                  } else {
                    const err216 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/min", schemaPath: "#/items/properties/gates/properties/error_rate/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.error_rate.properties.min.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.error_rate.properties.min.oneOf[1], data: data73 };
                    if (vErrors === null) {
                      vErrors = [err216];
                    } else {
                      vErrors.push(err216);
                    }
                    errors++;
                  }
                  var _valid24 = _errs255 === errors;
                  if (_valid24 && valid51) {
                    valid51 = false;
                    passing23 = [passing23, 1];
                  } else {
                    if (_valid24) {
                      valid51 = true;
                      passing23 = 1;
                    }
                  }
                  if (!valid51) {
                    const err217 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/min", schemaPath: "#/items/properties/gates/properties/error_rate/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing23 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.error_rate.properties.min.oneOf, parentSchema: schema6.items.properties.gates.properties.error_rate.properties.min, data: data73 };
                    if (vErrors === null) {
                      vErrors = [err217];
                    } else {
                      vErrors.push(err217);
                    }
                    errors++;
                  } else {
                    errors = _errs252;
                    if (vErrors !== null) {
                      if (_errs252) {
                        vErrors.length = _errs252;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data72.max !== void 0) {
                  let data74 = data72.max;
                  const _errs258 = errors;
                  let valid52 = false;
                  let passing24 = null;
                  const _errs259 = errors;
                  if (!(typeof data74 == "number")) {
                    const err218 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/max", schemaPath: "#/items/properties/gates/properties/error_rate/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.error_rate.properties.max.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.error_rate.properties.max.oneOf[0], data: data74 };
                    if (vErrors === null) {
                      vErrors = [err218];
                    } else {
                      vErrors.push(err218);
                    }
                    errors++;
                  }
                  var _valid25 = _errs259 === errors;
                  if (_valid25) {
                    valid52 = true;
                    passing24 = 0;
                  }
                  const _errs261 = errors;
                  if (typeof data74 === "string") {
                    if (!pattern14.test(data74)) {
                      const err219 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/max", schemaPath: "#/items/properties/gates/properties/error_rate/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.error_rate.properties.max.oneOf[1], data: data74 };
                      if (vErrors === null) {
                        vErrors = [err219];
                      } else {
                        vErrors.push(err219);
                      }
                      errors++;
                    }
                  } else {
                    const err220 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/max", schemaPath: "#/items/properties/gates/properties/error_rate/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.error_rate.properties.max.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.error_rate.properties.max.oneOf[1], data: data74 };
                    if (vErrors === null) {
                      vErrors = [err220];
                    } else {
                      vErrors.push(err220);
                    }
                    errors++;
                  }
                  var _valid25 = _errs261 === errors;
                  if (_valid25 && valid52) {
                    valid52 = false;
                    passing24 = [passing24, 1];
                  } else {
                    if (_valid25) {
                      valid52 = true;
                      passing24 = 1;
                    }
                  }
                  if (!valid52) {
                    const err221 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/max", schemaPath: "#/items/properties/gates/properties/error_rate/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing24 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.error_rate.properties.max.oneOf, parentSchema: schema6.items.properties.gates.properties.error_rate.properties.max, data: data74 };
                    if (vErrors === null) {
                      vErrors = [err221];
                    } else {
                      vErrors.push(err221);
                    }
                    errors++;
                  } else {
                    errors = _errs258;
                    if (vErrors !== null) {
                      if (_errs258) {
                        vErrors.length = _errs258;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data72.severity !== void 0) {
                  let data75 = data72.severity;
                  if (typeof data75 !== "string") {
                    const err222 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/severity", schemaPath: "#/items/properties/gates/properties/error_rate/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.error_rate.properties.severity.type, parentSchema: schema6.items.properties.gates.properties.error_rate.properties.severity, data: data75 };
                    if (vErrors === null) {
                      vErrors = [err222];
                    } else {
                      vErrors.push(err222);
                    }
                    errors++;
                  }
                  if (!(data75 === "critical" || data75 === "major" || data75 === "minor")) {
                    const err223 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/severity", schemaPath: "#/items/properties/gates/properties/error_rate/properties/severity/enum", keyword: "enum", params: { allowedValues: schema6.items.properties.gates.properties.error_rate.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema6.items.properties.gates.properties.error_rate.properties.severity.enum, parentSchema: schema6.items.properties.gates.properties.error_rate.properties.severity, data: data75 };
                    if (vErrors === null) {
                      vErrors = [err223];
                    } else {
                      vErrors.push(err223);
                    }
                    errors++;
                  }
                }
                if (data72.warn !== void 0) {
                  let data76 = data72.warn;
                  if (typeof data76 === "string") {
                    if (!pattern14.test(data76)) {
                      const err224 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/warn", schemaPath: "#/items/properties/gates/properties/error_rate/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.error_rate.properties.warn, data: data76 };
                      if (vErrors === null) {
                        vErrors = [err224];
                      } else {
                        vErrors.push(err224);
                      }
                      errors++;
                    }
                  } else {
                    const err225 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/warn", schemaPath: "#/items/properties/gates/properties/error_rate/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.error_rate.properties.warn.type, parentSchema: schema6.items.properties.gates.properties.error_rate.properties.warn, data: data76 };
                    if (vErrors === null) {
                      vErrors = [err225];
                    } else {
                      vErrors.push(err225);
                    }
                    errors++;
                  }
                }
              } else {
                const err226 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate", schemaPath: "#/items/properties/gates/properties/error_rate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.gates.properties.error_rate.type, parentSchema: schema6.items.properties.gates.properties.error_rate, data: data72 };
                if (vErrors === null) {
                  vErrors = [err226];
                } else {
                  vErrors.push(err226);
                }
                errors++;
              }
            }
            if (data41.reliability !== void 0) {
              let data77 = data41.reliability;
              const _errs269 = errors;
              let valid53 = false;
              let passing25 = null;
              const _errs270 = errors;
              if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
                if (data77.min === void 0) {
                  const err227 = { instancePath: instancePath + "/" + i0 + "/gates/reliability", schemaPath: "#/items/properties/gates/properties/reliability/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema6.items.properties.gates.properties.reliability.oneOf[0].required, parentSchema: schema6.items.properties.gates.properties.reliability.oneOf[0], data: data77 };
                  if (vErrors === null) {
                    vErrors = [err227];
                  } else {
                    vErrors.push(err227);
                  }
                  errors++;
                }
              }
              var _valid26 = _errs270 === errors;
              if (_valid26) {
                valid53 = true;
                passing25 = 0;
              }
              const _errs271 = errors;
              if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
                if (data77.max === void 0) {
                  const err228 = { instancePath: instancePath + "/" + i0 + "/gates/reliability", schemaPath: "#/items/properties/gates/properties/reliability/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema6.items.properties.gates.properties.reliability.oneOf[1].required, parentSchema: schema6.items.properties.gates.properties.reliability.oneOf[1], data: data77 };
                  if (vErrors === null) {
                    vErrors = [err228];
                  } else {
                    vErrors.push(err228);
                  }
                  errors++;
                }
              }
              var _valid26 = _errs271 === errors;
              if (_valid26 && valid53) {
                valid53 = false;
                passing25 = [passing25, 1];
              } else {
                if (_valid26) {
                  valid53 = true;
                  passing25 = 1;
                }
              }
              if (!valid53) {
                const err229 = { instancePath: instancePath + "/" + i0 + "/gates/reliability", schemaPath: "#/items/properties/gates/properties/reliability/oneOf", keyword: "oneOf", params: { passingSchemas: passing25 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.reliability.oneOf, parentSchema: schema6.items.properties.gates.properties.reliability, data: data77 };
                if (vErrors === null) {
                  vErrors = [err229];
                } else {
                  vErrors.push(err229);
                }
                errors++;
              } else {
                errors = _errs269;
                if (vErrors !== null) {
                  if (_errs269) {
                    vErrors.length = _errs269;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
                for (const key16 in data77) {
                  if (!(key16 === "min" || key16 === "max" || key16 === "severity" || key16 === "warn")) {
                    const err230 = { instancePath: instancePath + "/" + i0 + "/gates/reliability", schemaPath: "#/items/properties/gates/properties/reliability/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.gates.properties.reliability, data: data77 };
                    if (vErrors === null) {
                      vErrors = [err230];
                    } else {
                      vErrors.push(err230);
                    }
                    errors++;
                  }
                }
                if (data77.min !== void 0) {
                  let data78 = data77.min;
                  const _errs274 = errors;
                  let valid55 = false;
                  let passing26 = null;
                  const _errs275 = errors;
                  if (!(typeof data78 == "number")) {
                    const err231 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/min", schemaPath: "#/items/properties/gates/properties/reliability/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.reliability.properties.min.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.reliability.properties.min.oneOf[0], data: data78 };
                    if (vErrors === null) {
                      vErrors = [err231];
                    } else {
                      vErrors.push(err231);
                    }
                    errors++;
                  }
                  var _valid27 = _errs275 === errors;
                  if (_valid27) {
                    valid55 = true;
                    passing26 = 0;
                  }
                  const _errs277 = errors;
                  if (typeof data78 === "string") {
                    if (!pattern14.test(data78)) {
                      const err232 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/min", schemaPath: "#/items/properties/gates/properties/reliability/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.reliability.properties.min.oneOf[1], data: data78 };
                      if (vErrors === null) {
                        vErrors = [err232];
                      } else {
                        vErrors.push(err232);
                      }
                      errors++;
                    }
                  } else {
                    const err233 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/min", schemaPath: "#/items/properties/gates/properties/reliability/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.reliability.properties.min.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.reliability.properties.min.oneOf[1], data: data78 };
                    if (vErrors === null) {
                      vErrors = [err233];
                    } else {
                      vErrors.push(err233);
                    }
                    errors++;
                  }
                  var _valid27 = _errs277 === errors;
                  if (_valid27 && valid55) {
                    valid55 = false;
                    passing26 = [passing26, 1];
                  } else {
                    if (_valid27) {
                      valid55 = true;
                      passing26 = 1;
                    }
                  }
                  if (!valid55) {
                    const err234 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/min", schemaPath: "#/items/properties/gates/properties/reliability/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing26 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.reliability.properties.min.oneOf, parentSchema: schema6.items.properties.gates.properties.reliability.properties.min, data: data78 };
                    if (vErrors === null) {
                      vErrors = [err234];
                    } else {
                      vErrors.push(err234);
                    }
                    errors++;
                  } else {
                    errors = _errs274;
                    if (vErrors !== null) {
                      if (_errs274) {
                        vErrors.length = _errs274;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data77.max !== void 0) {
                  let data79 = data77.max;
                  const _errs280 = errors;
                  let valid56 = false;
                  let passing27 = null;
                  const _errs281 = errors;
                  if (!(typeof data79 == "number")) {
                    const err235 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/max", schemaPath: "#/items/properties/gates/properties/reliability/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.reliability.properties.max.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.reliability.properties.max.oneOf[0], data: data79 };
                    if (vErrors === null) {
                      vErrors = [err235];
                    } else {
                      vErrors.push(err235);
                    }
                    errors++;
                  }
                  var _valid28 = _errs281 === errors;
                  if (_valid28) {
                    valid56 = true;
                    passing27 = 0;
                  }
                  const _errs283 = errors;
                  if (typeof data79 === "string") {
                    if (!pattern14.test(data79)) {
                      const err236 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/max", schemaPath: "#/items/properties/gates/properties/reliability/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.reliability.properties.max.oneOf[1], data: data79 };
                      if (vErrors === null) {
                        vErrors = [err236];
                      } else {
                        vErrors.push(err236);
                      }
                      errors++;
                    }
                  } else {
                    const err237 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/max", schemaPath: "#/items/properties/gates/properties/reliability/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.reliability.properties.max.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.reliability.properties.max.oneOf[1], data: data79 };
                    if (vErrors === null) {
                      vErrors = [err237];
                    } else {
                      vErrors.push(err237);
                    }
                    errors++;
                  }
                  var _valid28 = _errs283 === errors;
                  if (_valid28 && valid56) {
                    valid56 = false;
                    passing27 = [passing27, 1];
                  } else {
                    if (_valid28) {
                      valid56 = true;
                      passing27 = 1;
                    }
                  }
                  if (!valid56) {
                    const err238 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/max", schemaPath: "#/items/properties/gates/properties/reliability/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing27 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.reliability.properties.max.oneOf, parentSchema: schema6.items.properties.gates.properties.reliability.properties.max, data: data79 };
                    if (vErrors === null) {
                      vErrors = [err238];
                    } else {
                      vErrors.push(err238);
                    }
                    errors++;
                  } else {
                    errors = _errs280;
                    if (vErrors !== null) {
                      if (_errs280) {
                        vErrors.length = _errs280;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data77.severity !== void 0) {
                  let data80 = data77.severity;
                  if (typeof data80 !== "string") {
                    const err239 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/severity", schemaPath: "#/items/properties/gates/properties/reliability/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.reliability.properties.severity.type, parentSchema: schema6.items.properties.gates.properties.reliability.properties.severity, data: data80 };
                    if (vErrors === null) {
                      vErrors = [err239];
                    } else {
                      vErrors.push(err239);
                    }
                    errors++;
                  }
                  if (!(data80 === "critical" || data80 === "major" || data80 === "minor")) {
                    const err240 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/severity", schemaPath: "#/items/properties/gates/properties/reliability/properties/severity/enum", keyword: "enum", params: { allowedValues: schema6.items.properties.gates.properties.reliability.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema6.items.properties.gates.properties.reliability.properties.severity.enum, parentSchema: schema6.items.properties.gates.properties.reliability.properties.severity, data: data80 };
                    if (vErrors === null) {
                      vErrors = [err240];
                    } else {
                      vErrors.push(err240);
                    }
                    errors++;
                  }
                }
                if (data77.warn !== void 0) {
                  let data81 = data77.warn;
                  if (typeof data81 === "string") {
                    if (!pattern14.test(data81)) {
                      const err241 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/warn", schemaPath: "#/items/properties/gates/properties/reliability/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.reliability.properties.warn, data: data81 };
                      if (vErrors === null) {
                        vErrors = [err241];
                      } else {
                        vErrors.push(err241);
                      }
                      errors++;
                    }
                  } else {
                    const err242 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/warn", schemaPath: "#/items/properties/gates/properties/reliability/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.reliability.properties.warn.type, parentSchema: schema6.items.properties.gates.properties.reliability.properties.warn, data: data81 };
                    if (vErrors === null) {
                      vErrors = [err242];
                    } else {
                      vErrors.push(err242);
                    }
                    errors++;
                  }
                }
              } else {
                const err243 = { instancePath: instancePath + "/" + i0 + "/gates/reliability", schemaPath: "#/items/properties/gates/properties/reliability/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.gates.properties.reliability.type, parentSchema: schema6.items.properties.gates.properties.reliability, data: data77 };
                if (vErrors === null) {
                  vErrors = [err243];
                } else {
                  vErrors.push(err243);
                }
                errors++;
              }
            }
            if (data41.requests !== void 0) {
              let data82 = data41.requests;
              const _errs291 = errors;
              let valid57 = false;
              let passing28 = null;
              const _errs292 = errors;
              if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                if (data82.min === void 0) {
                  const err244 = { instancePath: instancePath + "/" + i0 + "/gates/requests", schemaPath: "#/items/properties/gates/properties/requests/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema6.items.properties.gates.properties.requests.oneOf[0].required, parentSchema: schema6.items.properties.gates.properties.requests.oneOf[0], data: data82 };
                  if (vErrors === null) {
                    vErrors = [err244];
                  } else {
                    vErrors.push(err244);
                  }
                  errors++;
                }
              }
              var _valid29 = _errs292 === errors;
              if (_valid29) {
                valid57 = true;
                passing28 = 0;
              }
              const _errs293 = errors;
              if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                if (data82.max === void 0) {
                  const err245 = { instancePath: instancePath + "/" + i0 + "/gates/requests", schemaPath: "#/items/properties/gates/properties/requests/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema6.items.properties.gates.properties.requests.oneOf[1].required, parentSchema: schema6.items.properties.gates.properties.requests.oneOf[1], data: data82 };
                  if (vErrors === null) {
                    vErrors = [err245];
                  } else {
                    vErrors.push(err245);
                  }
                  errors++;
                }
              }
              var _valid29 = _errs293 === errors;
              if (_valid29 && valid57) {
                valid57 = false;
                passing28 = [passing28, 1];
              } else {
                if (_valid29) {
                  valid57 = true;
                  passing28 = 1;
                }
              }
              if (!valid57) {
                const err246 = { instancePath: instancePath + "/" + i0 + "/gates/requests", schemaPath: "#/items/properties/gates/properties/requests/oneOf", keyword: "oneOf", params: { passingSchemas: passing28 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.requests.oneOf, parentSchema: schema6.items.properties.gates.properties.requests, data: data82 };
                if (vErrors === null) {
                  vErrors = [err246];
                } else {
                  vErrors.push(err246);
                }
                errors++;
              } else {
                errors = _errs291;
                if (vErrors !== null) {
                  if (_errs291) {
                    vErrors.length = _errs291;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                for (const key17 in data82) {
                  if (!(key17 === "min" || key17 === "max" || key17 === "severity" || key17 === "warn")) {
                    const err247 = { instancePath: instancePath + "/" + i0 + "/gates/requests", schemaPath: "#/items/properties/gates/properties/requests/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.gates.properties.requests, data: data82 };
                    if (vErrors === null) {
                      vErrors = [err247];
                    } else {
                      vErrors.push(err247);
                    }
                    errors++;
                  }
                }
                if (data82.min !== void 0) {
                  let data83 = data82.min;
                  const _errs296 = errors;
                  let valid59 = false;
                  let passing29 = null;
                  const _errs297 = errors;
                  if (!(typeof data83 == "number")) {
                    const err248 = { instancePath: instancePath + "/" + i0 + "/gates/requests/min", schemaPath: "#/items/properties/gates/properties/requests/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.requests.properties.min.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.requests.properties.min.oneOf[0], data: data83 };
                    if (vErrors === null) {
                      vErrors = [err248];
                    } else {
                      vErrors.push(err248);
                    }
                    errors++;
                  }
                  var _valid30 = _errs297 === errors;
                  if (_valid30) {
                    valid59 = true;
                    passing29 = 0;
                  }
                  const _errs299 = errors;
                  if (typeof data83 === "string") {
                    if (!pattern14.test(data83)) {
                      const err249 = { instancePath: instancePath + "/" + i0 + "/gates/requests/min", schemaPath: "#/items/properties/gates/properties/requests/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.requests.properties.min.oneOf[1], data: data83 };
                      if (vErrors === null) {
                        vErrors = [err249];
                      } else {
                        vErrors.push(err249);
                      }
                      errors++;
                    }
                  } else {
                    const err250 = { instancePath: instancePath + "/" + i0 + "/gates/requests/min", schemaPath: "#/items/properties/gates/properties/requests/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.requests.properties.min.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.requests.properties.min.oneOf[1], data: data83 };
                    if (vErrors === null) {
                      vErrors = [err250];
                    } else {
                      vErrors.push(err250);
                    }
                    errors++;
                  }
                  var _valid30 = _errs299 === errors;
                  if (_valid30 && valid59) {
                    valid59 = false;
                    passing29 = [passing29, 1];
                  } else {
                    if (_valid30) {
                      valid59 = true;
                      passing29 = 1;
                    }
                  }
                  if (!valid59) {
                    const err251 = { instancePath: instancePath + "/" + i0 + "/gates/requests/min", schemaPath: "#/items/properties/gates/properties/requests/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing29 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.requests.properties.min.oneOf, parentSchema: schema6.items.properties.gates.properties.requests.properties.min, data: data83 };
                    if (vErrors === null) {
                      vErrors = [err251];
                    } else {
                      vErrors.push(err251);
                    }
                    errors++;
                  } else {
                    errors = _errs296;
                    if (vErrors !== null) {
                      if (_errs296) {
                        vErrors.length = _errs296;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data82.max !== void 0) {
                  let data84 = data82.max;
                  const _errs302 = errors;
                  let valid60 = false;
                  let passing30 = null;
                  const _errs303 = errors;
                  if (!(typeof data84 == "number")) {
                    const err252 = { instancePath: instancePath + "/" + i0 + "/gates/requests/max", schemaPath: "#/items/properties/gates/properties/requests/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.requests.properties.max.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.requests.properties.max.oneOf[0], data: data84 };
                    if (vErrors === null) {
                      vErrors = [err252];
                    } else {
                      vErrors.push(err252);
                    }
                    errors++;
                  }
                  var _valid31 = _errs303 === errors;
                  if (_valid31) {
                    valid60 = true;
                    passing30 = 0;
                  }
                  const _errs305 = errors;
                  if (typeof data84 === "string") {
                    if (!pattern14.test(data84)) {
                      const err253 = { instancePath: instancePath + "/" + i0 + "/gates/requests/max", schemaPath: "#/items/properties/gates/properties/requests/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.requests.properties.max.oneOf[1], data: data84 };
                      if (vErrors === null) {
                        vErrors = [err253];
                      } else {
                        vErrors.push(err253);
                      }
                      errors++;
                    }
                  } else {
                    const err254 = { instancePath: instancePath + "/" + i0 + "/gates/requests/max", schemaPath: "#/items/properties/gates/properties/requests/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.requests.properties.max.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.requests.properties.max.oneOf[1], data: data84 };
                    if (vErrors === null) {
                      vErrors = [err254];
                    } else {
                      vErrors.push(err254);
                    }
                    errors++;
                  }
                  var _valid31 = _errs305 === errors;
                  if (_valid31 && valid60) {
                    valid60 = false;
                    passing30 = [passing30, 1];
                  } else {
                    if (_valid31) {
                      valid60 = true;
                      passing30 = 1;
                    }
                  }
                  if (!valid60) {
                    const err255 = { instancePath: instancePath + "/" + i0 + "/gates/requests/max", schemaPath: "#/items/properties/gates/properties/requests/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing30 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.requests.properties.max.oneOf, parentSchema: schema6.items.properties.gates.properties.requests.properties.max, data: data84 };
                    if (vErrors === null) {
                      vErrors = [err255];
                    } else {
                      vErrors.push(err255);
                    }
                    errors++;
                  } else {
                    errors = _errs302;
                    if (vErrors !== null) {
                      if (_errs302) {
                        vErrors.length = _errs302;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data82.severity !== void 0) {
                  let data85 = data82.severity;
                  if (typeof data85 !== "string") {
                    const err256 = { instancePath: instancePath + "/" + i0 + "/gates/requests/severity", schemaPath: "#/items/properties/gates/properties/requests/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.requests.properties.severity.type, parentSchema: schema6.items.properties.gates.properties.requests.properties.severity, data: data85 };
                    if (vErrors === null) {
                      vErrors = [err256];
                    } else {
                      vErrors.push(err256);
                    }
                    errors++;
                  }
                  if (!(data85 === "critical" || data85 === "major" || data85 === "minor")) {
                    const err257 = { instancePath: instancePath + "/" + i0 + "/gates/requests/severity", schemaPath: "#/items/properties/gates/properties/requests/properties/severity/enum", keyword: "enum", params: { allowedValues: schema6.items.properties.gates.properties.requests.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema6.items.properties.gates.properties.requests.properties.severity.enum, parentSchema: schema6.items.properties.gates.properties.requests.properties.severity, data: data85 };
                    if (vErrors === null) {
                      vErrors = [err257];
                    } else {
                      vErrors.push(err257);
                    }
                    errors++;
                  }
                }
                if (data82.warn !== void 0) {
                  let data86 = data82.warn;
                  if (typeof data86 === "string") {
                    if (!pattern14.test(data86)) {
                      const err258 = { instancePath: instancePath + "/" + i0 + "/gates/requests/warn", schemaPath: "#/items/properties/gates/properties/requests/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.requests.properties.warn, data: data86 };
                      if (vErrors === null) {
                        vErrors = [err258];
                      } else {
                        vErrors.push(err258);
                      }
                      errors++;
                    }
                  } else {
                    const err259 = { instancePath: instancePath + "/" + i0 + "/gates/requests/warn", schemaPath: "#/items/properties/gates/properties/requests/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.requests.properties.warn.type, parentSchema: schema6.items.properties.gates.properties.requests.properties.warn, data: data86 };
                    if (vErrors === null) {
                      vErrors = [err259];
                    } else {
                      vErrors.push(err259);
                    }
                    errors++;
                  }
                }
              } else {
                const err260 = { instancePath: instancePath + "/" + i0 + "/gates/requests", schemaPath: "#/items/properties/gates/properties/requests/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.gates.properties.requests.type, parentSchema: schema6.items.properties.gates.properties.requests, data: data82 };
                if (vErrors === null) {
                  vErrors = [err260];
                } else {
                  vErrors.push(err260);
                }
                errors++;
              }
            }
            if (data41.cpu_percent_max !== void 0) {
              let data87 = data41.cpu_percent_max;
              const _errs313 = errors;
              let valid61 = false;
              let passing31 = null;
              const _errs314 = errors;
              if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                if (data87.min === void 0) {
                  const err261 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema6.items.properties.gates.properties.cpu_percent_max.oneOf[0].required, parentSchema: schema6.items.properties.gates.properties.cpu_percent_max.oneOf[0], data: data87 };
                  if (vErrors === null) {
                    vErrors = [err261];
                  } else {
                    vErrors.push(err261);
                  }
                  errors++;
                }
              }
              var _valid32 = _errs314 === errors;
              if (_valid32) {
                valid61 = true;
                passing31 = 0;
              }
              const _errs315 = errors;
              if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                if (data87.max === void 0) {
                  const err262 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema6.items.properties.gates.properties.cpu_percent_max.oneOf[1].required, parentSchema: schema6.items.properties.gates.properties.cpu_percent_max.oneOf[1], data: data87 };
                  if (vErrors === null) {
                    vErrors = [err262];
                  } else {
                    vErrors.push(err262);
                  }
                  errors++;
                }
              }
              var _valid32 = _errs315 === errors;
              if (_valid32 && valid61) {
                valid61 = false;
                passing31 = [passing31, 1];
              } else {
                if (_valid32) {
                  valid61 = true;
                  passing31 = 1;
                }
              }
              if (!valid61) {
                const err263 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/oneOf", keyword: "oneOf", params: { passingSchemas: passing31 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.cpu_percent_max.oneOf, parentSchema: schema6.items.properties.gates.properties.cpu_percent_max, data: data87 };
                if (vErrors === null) {
                  vErrors = [err263];
                } else {
                  vErrors.push(err263);
                }
                errors++;
              } else {
                errors = _errs313;
                if (vErrors !== null) {
                  if (_errs313) {
                    vErrors.length = _errs313;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                for (const key18 in data87) {
                  if (!(key18 === "min" || key18 === "max" || key18 === "severity" || key18 === "warn")) {
                    const err264 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.gates.properties.cpu_percent_max, data: data87 };
                    if (vErrors === null) {
                      vErrors = [err264];
                    } else {
                      vErrors.push(err264);
                    }
                    errors++;
                  }
                }
                if (data87.min !== void 0) {
                  let data88 = data87.min;
                  const _errs318 = errors;
                  let valid63 = false;
                  let passing32 = null;
                  const _errs319 = errors;
                  if (!(typeof data88 == "number")) {
                    const err265 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/min", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.cpu_percent_max.properties.min.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.cpu_percent_max.properties.min.oneOf[0], data: data88 };
                    if (vErrors === null) {
                      vErrors = [err265];
                    } else {
                      vErrors.push(err265);
                    }
                    errors++;
                  }
                  var _valid33 = _errs319 === errors;
                  if (_valid33) {
                    valid63 = true;
                    passing32 = 0;
                  }
                  const _errs321 = errors;
                  if (typeof data88 === "string") {
                    if (!pattern14.test(data88)) {
                      const err266 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/min", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.cpu_percent_max.properties.min.oneOf[1], data: data88 };
                      if (vErrors === null) {
                        vErrors = [err266];
                      } else {
                        vErrors.push(err266);
                      }
                      errors++;
                    }
                  } else {
                    const err267 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/min", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.cpu_percent_max.properties.min.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.cpu_percent_max.properties.min.oneOf[1], data: data88 };
                    if (vErrors === null) {
                      vErrors = [err267];
                    } else {
                      vErrors.push(err267);
                    }
                    errors++;
                  }
                  var _valid33 = _errs321 === errors;
                  if (_valid33 && valid63) {
                    valid63 = false;
                    passing32 = [passing32, 1];
                  } else {
                    if (_valid33) {
                      valid63 = true;
                      passing32 = 1;
                    }
                  }
                  if (!valid63) {
                    const err268 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/min", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing32 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.cpu_percent_max.properties.min.oneOf, parentSchema: schema6.items.properties.gates.properties.cpu_percent_max.properties.min, data: data88 };
                    if (vErrors === null) {
                      vErrors = [err268];
                    } else {
                      vErrors.push(err268);
                    }
                    errors++;
                  } else {
                    errors = _errs318;
                    if (vErrors !== null) {
                      if (_errs318) {
                        vErrors.length = _errs318;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data87.max !== void 0) {
                  let data89 = data87.max;
                  const _errs324 = errors;
                  let valid64 = false;
                  let passing33 = null;
                  const _errs325 = errors;
                  if (!(typeof data89 == "number")) {
                    const err269 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/max", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.cpu_percent_max.properties.max.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.cpu_percent_max.properties.max.oneOf[0], data: data89 };
                    if (vErrors === null) {
                      vErrors = [err269];
                    } else {
                      vErrors.push(err269);
                    }
                    errors++;
                  }
                  var _valid34 = _errs325 === errors;
                  if (_valid34) {
                    valid64 = true;
                    passing33 = 0;
                  }
                  const _errs327 = errors;
                  if (typeof data89 === "string") {
                    if (!pattern14.test(data89)) {
                      const err270 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/max", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.cpu_percent_max.properties.max.oneOf[1], data: data89 };
                      if (vErrors === null) {
                        vErrors = [err270];
                      } else {
                        vErrors.push(err270);
                      }
                      errors++;
                    }
                  } else {
                    const err271 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/max", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.cpu_percent_max.properties.max.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.cpu_percent_max.properties.max.oneOf[1], data: data89 };
                    if (vErrors === null) {
                      vErrors = [err271];
                    } else {
                      vErrors.push(err271);
                    }
                    errors++;
                  }
                  var _valid34 = _errs327 === errors;
                  if (_valid34 && valid64) {
                    valid64 = false;
                    passing33 = [passing33, 1];
                  } else {
                    if (_valid34) {
                      valid64 = true;
                      passing33 = 1;
                    }
                  }
                  if (!valid64) {
                    const err272 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/max", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing33 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.cpu_percent_max.properties.max.oneOf, parentSchema: schema6.items.properties.gates.properties.cpu_percent_max.properties.max, data: data89 };
                    if (vErrors === null) {
                      vErrors = [err272];
                    } else {
                      vErrors.push(err272);
                    }
                    errors++;
                  } else {
                    errors = _errs324;
                    if (vErrors !== null) {
                      if (_errs324) {
                        vErrors.length = _errs324;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data87.severity !== void 0) {
                  let data90 = data87.severity;
                  if (typeof data90 !== "string") {
                    const err273 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/severity", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.cpu_percent_max.properties.severity.type, parentSchema: schema6.items.properties.gates.properties.cpu_percent_max.properties.severity, data: data90 };
                    if (vErrors === null) {
                      vErrors = [err273];
                    } else {
                      vErrors.push(err273);
                    }
                    errors++;
                  }
                  if (!(data90 === "critical" || data90 === "major" || data90 === "minor")) {
                    const err274 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/severity", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/severity/enum", keyword: "enum", params: { allowedValues: schema6.items.properties.gates.properties.cpu_percent_max.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema6.items.properties.gates.properties.cpu_percent_max.properties.severity.enum, parentSchema: schema6.items.properties.gates.properties.cpu_percent_max.properties.severity, data: data90 };
                    if (vErrors === null) {
                      vErrors = [err274];
                    } else {
                      vErrors.push(err274);
                    }
                    errors++;
                  }
                }
                if (data87.warn !== void 0) {
                  let data91 = data87.warn;
                  if (typeof data91 === "string") {
                    if (!pattern14.test(data91)) {
                      const err275 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/warn", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.cpu_percent_max.properties.warn, data: data91 };
                      if (vErrors === null) {
                        vErrors = [err275];
                      } else {
                        vErrors.push(err275);
                      }
                      errors++;
                    }
                  } else {
                    const err276 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/warn", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.cpu_percent_max.properties.warn.type, parentSchema: schema6.items.properties.gates.properties.cpu_percent_max.properties.warn, data: data91 };
                    if (vErrors === null) {
                      vErrors = [err276];
                    } else {
                      vErrors.push(err276);
                    }
                    errors++;
                  }
                }
              } else {
                const err277 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.gates.properties.cpu_percent_max.type, parentSchema: schema6.items.properties.gates.properties.cpu_percent_max, data: data87 };
                if (vErrors === null) {
                  vErrors = [err277];
                } else {
                  vErrors.push(err277);
                }
                errors++;
              }
            }
            if (data41.memory_bytes_max !== void 0) {
              let data92 = data41.memory_bytes_max;
              const _errs335 = errors;
              let valid65 = false;
              let passing34 = null;
              const _errs336 = errors;
              if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
                if (data92.min === void 0) {
                  const err278 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema6.items.properties.gates.properties.memory_bytes_max.oneOf[0].required, parentSchema: schema6.items.properties.gates.properties.memory_bytes_max.oneOf[0], data: data92 };
                  if (vErrors === null) {
                    vErrors = [err278];
                  } else {
                    vErrors.push(err278);
                  }
                  errors++;
                }
              }
              var _valid35 = _errs336 === errors;
              if (_valid35) {
                valid65 = true;
                passing34 = 0;
              }
              const _errs337 = errors;
              if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
                if (data92.max === void 0) {
                  const err279 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema6.items.properties.gates.properties.memory_bytes_max.oneOf[1].required, parentSchema: schema6.items.properties.gates.properties.memory_bytes_max.oneOf[1], data: data92 };
                  if (vErrors === null) {
                    vErrors = [err279];
                  } else {
                    vErrors.push(err279);
                  }
                  errors++;
                }
              }
              var _valid35 = _errs337 === errors;
              if (_valid35 && valid65) {
                valid65 = false;
                passing34 = [passing34, 1];
              } else {
                if (_valid35) {
                  valid65 = true;
                  passing34 = 1;
                }
              }
              if (!valid65) {
                const err280 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/oneOf", keyword: "oneOf", params: { passingSchemas: passing34 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.memory_bytes_max.oneOf, parentSchema: schema6.items.properties.gates.properties.memory_bytes_max, data: data92 };
                if (vErrors === null) {
                  vErrors = [err280];
                } else {
                  vErrors.push(err280);
                }
                errors++;
              } else {
                errors = _errs335;
                if (vErrors !== null) {
                  if (_errs335) {
                    vErrors.length = _errs335;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
                for (const key19 in data92) {
                  if (!(key19 === "min" || key19 === "max" || key19 === "severity" || key19 === "warn")) {
                    const err281 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.gates.properties.memory_bytes_max, data: data92 };
                    if (vErrors === null) {
                      vErrors = [err281];
                    } else {
                      vErrors.push(err281);
                    }
                    errors++;
                  }
                }
                if (data92.min !== void 0) {
                  let data93 = data92.min;
                  const _errs340 = errors;
                  let valid67 = false;
                  let passing35 = null;
                  const _errs341 = errors;
                  if (!(typeof data93 == "number")) {
                    const err282 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/min", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.memory_bytes_max.properties.min.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.memory_bytes_max.properties.min.oneOf[0], data: data93 };
                    if (vErrors === null) {
                      vErrors = [err282];
                    } else {
                      vErrors.push(err282);
                    }
                    errors++;
                  }
                  var _valid36 = _errs341 === errors;
                  if (_valid36) {
                    valid67 = true;
                    passing35 = 0;
                  }
                  const _errs343 = errors;
                  if (typeof data93 === "string") {
                    if (!pattern14.test(data93)) {
                      const err283 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/min", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.memory_bytes_max.properties.min.oneOf[1], data: data93 };
                      if (vErrors === null) {
                        vErrors = [err283];
                      } else {
                        vErrors.push(err283);
                      }
                      errors++;
                    }
                  } else {
                    const err284 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/min", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.memory_bytes_max.properties.min.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.memory_bytes_max.properties.min.oneOf[1], data: data93 };
                    if (vErrors === null) {
                      vErrors = [err284];
                    } else {
                      vErrors.push(err284);
                    }
                    errors++;
                  }
                  var _valid36 = _errs343 === errors;
                  if (_valid36 && valid67) {
                    valid67 = false;
                    passing35 = [passing35, 1];
                  } else {
                    if (_valid36) {
                      valid67 = true;
                      passing35 = 1;
                    }
                  }
                  if (!valid67) {
                    const err285 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/min", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing35 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.memory_bytes_max.properties.min.oneOf, parentSchema: schema6.items.properties.gates.properties.memory_bytes_max.properties.min, data: data93 };
                    if (vErrors === null) {
                      vErrors = [err285];
                    } else {
                      vErrors.push(err285);
                    }
                    errors++;
                  } else {
                    errors = _errs340;
                    if (vErrors !== null) {
                      if (_errs340) {
                        vErrors.length = _errs340;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data92.max !== void 0) {
                  let data94 = data92.max;
                  const _errs346 = errors;
                  let valid68 = false;
                  let passing36 = null;
                  const _errs347 = errors;
                  if (!(typeof data94 == "number")) {
                    const err286 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/max", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.memory_bytes_max.properties.max.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.memory_bytes_max.properties.max.oneOf[0], data: data94 };
                    if (vErrors === null) {
                      vErrors = [err286];
                    } else {
                      vErrors.push(err286);
                    }
                    errors++;
                  }
                  var _valid37 = _errs347 === errors;
                  if (_valid37) {
                    valid68 = true;
                    passing36 = 0;
                  }
                  const _errs349 = errors;
                  if (typeof data94 === "string") {
                    if (!pattern14.test(data94)) {
                      const err287 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/max", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.memory_bytes_max.properties.max.oneOf[1], data: data94 };
                      if (vErrors === null) {
                        vErrors = [err287];
                      } else {
                        vErrors.push(err287);
                      }
                      errors++;
                    }
                  } else {
                    const err288 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/max", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.memory_bytes_max.properties.max.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.memory_bytes_max.properties.max.oneOf[1], data: data94 };
                    if (vErrors === null) {
                      vErrors = [err288];
                    } else {
                      vErrors.push(err288);
                    }
                    errors++;
                  }
                  var _valid37 = _errs349 === errors;
                  if (_valid37 && valid68) {
                    valid68 = false;
                    passing36 = [passing36, 1];
                  } else {
                    if (_valid37) {
                      valid68 = true;
                      passing36 = 1;
                    }
                  }
                  if (!valid68) {
                    const err289 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/max", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing36 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.memory_bytes_max.properties.max.oneOf, parentSchema: schema6.items.properties.gates.properties.memory_bytes_max.properties.max, data: data94 };
                    if (vErrors === null) {
                      vErrors = [err289];
                    } else {
                      vErrors.push(err289);
                    }
                    errors++;
                  } else {
                    errors = _errs346;
                    if (vErrors !== null) {
                      if (_errs346) {
                        vErrors.length = _errs346;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data92.severity !== void 0) {
                  let data95 = data92.severity;
                  if (typeof data95 !== "string") {
                    const err290 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/severity", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.memory_bytes_max.properties.severity.type, parentSchema: schema6.items.properties.gates.properties.memory_bytes_max.properties.severity, data: data95 };
                    if (vErrors === null) {
                      vErrors = [err290];
                    } else {
                      vErrors.push(err290);
                    }
                    errors++;
                  }
                  if (!(data95 === "critical" || data95 === "major" || data95 === "minor")) {
                    const err291 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/severity", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/severity/enum", keyword: "enum", params: { allowedValues: schema6.items.properties.gates.properties.memory_bytes_max.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema6.items.properties.gates.properties.memory_bytes_max.properties.severity.enum, parentSchema: schema6.items.properties.gates.properties.memory_bytes_max.properties.severity, data: data95 };
                    if (vErrors === null) {
                      vErrors = [err291];
                    } else {
                      vErrors.push(err291);
                    }
                    errors++;
                  }
                }
                if (data92.warn !== void 0) {
                  let data96 = data92.warn;
                  if (typeof data96 === "string") {
                    if (!pattern14.test(data96)) {
                      const err292 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/warn", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.memory_bytes_max.properties.warn, data: data96 };
                      if (vErrors === null) {
                        vErrors = [err292];
                      } else {
                        vErrors.push(err292);
                      }
                      errors++;
                    }
                  } else {
                    const err293 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/warn", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.memory_bytes_max.properties.warn.type, parentSchema: schema6.items.properties.gates.properties.memory_bytes_max.properties.warn, data: data96 };
                    if (vErrors === null) {
                      vErrors = [err293];
                    } else {
                      vErrors.push(err293);
                    }
                    errors++;
                  }
                }
              } else {
                const err294 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.gates.properties.memory_bytes_max.type, parentSchema: schema6.items.properties.gates.properties.memory_bytes_max, data: data92 };
                if (vErrors === null) {
                  vErrors = [err294];
                } else {
                  vErrors.push(err294);
                }
                errors++;
              }
            }
            if (data41.limit_rps !== void 0) {
              let data97 = data41.limit_rps;
              const _errs357 = errors;
              let valid69 = false;
              let passing37 = null;
              const _errs358 = errors;
              if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
                if (data97.min === void 0) {
                  const err295 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps", schemaPath: "#/items/properties/gates/properties/limit_rps/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema6.items.properties.gates.properties.limit_rps.oneOf[0].required, parentSchema: schema6.items.properties.gates.properties.limit_rps.oneOf[0], data: data97 };
                  if (vErrors === null) {
                    vErrors = [err295];
                  } else {
                    vErrors.push(err295);
                  }
                  errors++;
                }
              }
              var _valid38 = _errs358 === errors;
              if (_valid38) {
                valid69 = true;
                passing37 = 0;
              }
              const _errs359 = errors;
              if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
                if (data97.max === void 0) {
                  const err296 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps", schemaPath: "#/items/properties/gates/properties/limit_rps/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema6.items.properties.gates.properties.limit_rps.oneOf[1].required, parentSchema: schema6.items.properties.gates.properties.limit_rps.oneOf[1], data: data97 };
                  if (vErrors === null) {
                    vErrors = [err296];
                  } else {
                    vErrors.push(err296);
                  }
                  errors++;
                }
              }
              var _valid38 = _errs359 === errors;
              if (_valid38 && valid69) {
                valid69 = false;
                passing37 = [passing37, 1];
              } else {
                if (_valid38) {
                  valid69 = true;
                  passing37 = 1;
                }
              }
              if (!valid69) {
                const err297 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps", schemaPath: "#/items/properties/gates/properties/limit_rps/oneOf", keyword: "oneOf", params: { passingSchemas: passing37 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.limit_rps.oneOf, parentSchema: schema6.items.properties.gates.properties.limit_rps, data: data97 };
                if (vErrors === null) {
                  vErrors = [err297];
                } else {
                  vErrors.push(err297);
                }
                errors++;
              } else {
                errors = _errs357;
                if (vErrors !== null) {
                  if (_errs357) {
                    vErrors.length = _errs357;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
                for (const key20 in data97) {
                  if (!(key20 === "min" || key20 === "max" || key20 === "severity" || key20 === "warn")) {
                    const err298 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps", schemaPath: "#/items/properties/gates/properties/limit_rps/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.gates.properties.limit_rps, data: data97 };
                    if (vErrors === null) {
                      vErrors = [err298];
                    } else {
                      vErrors.push(err298);
                    }
                    errors++;
                  }
                }
                if (data97.min !== void 0) {
                  let data98 = data97.min;
                  const _errs362 = errors;
                  let valid71 = false;
                  let passing38 = null;
                  const _errs363 = errors;
                  if (!(typeof data98 == "number")) {
                    const err299 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/min", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.limit_rps.properties.min.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.limit_rps.properties.min.oneOf[0], data: data98 };
                    if (vErrors === null) {
                      vErrors = [err299];
                    } else {
                      vErrors.push(err299);
                    }
                    errors++;
                  }
                  var _valid39 = _errs363 === errors;
                  if (_valid39) {
                    valid71 = true;
                    passing38 = 0;
                  }
                  const _errs365 = errors;
                  if (typeof data98 === "string") {
                    if (!pattern14.test(data98)) {
                      const err300 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/min", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.limit_rps.properties.min.oneOf[1], data: data98 };
                      if (vErrors === null) {
                        vErrors = [err300];
                      } else {
                        vErrors.push(err300);
                      }
                      errors++;
                    }
                  } else {
                    const err301 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/min", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.limit_rps.properties.min.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.limit_rps.properties.min.oneOf[1], data: data98 };
                    if (vErrors === null) {
                      vErrors = [err301];
                    } else {
                      vErrors.push(err301);
                    }
                    errors++;
                  }
                  var _valid39 = _errs365 === errors;
                  if (_valid39 && valid71) {
                    valid71 = false;
                    passing38 = [passing38, 1];
                  } else {
                    if (_valid39) {
                      valid71 = true;
                      passing38 = 1;
                    }
                  }
                  if (!valid71) {
                    const err302 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/min", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing38 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.limit_rps.properties.min.oneOf, parentSchema: schema6.items.properties.gates.properties.limit_rps.properties.min, data: data98 };
                    if (vErrors === null) {
                      vErrors = [err302];
                    } else {
                      vErrors.push(err302);
                    }
                    errors++;
                  } else {
                    errors = _errs362;
                    if (vErrors !== null) {
                      if (_errs362) {
                        vErrors.length = _errs362;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data97.max !== void 0) {
                  let data99 = data97.max;
                  const _errs368 = errors;
                  let valid72 = false;
                  let passing39 = null;
                  const _errs369 = errors;
                  if (!(typeof data99 == "number")) {
                    const err303 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/max", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.limit_rps.properties.max.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.limit_rps.properties.max.oneOf[0], data: data99 };
                    if (vErrors === null) {
                      vErrors = [err303];
                    } else {
                      vErrors.push(err303);
                    }
                    errors++;
                  }
                  var _valid40 = _errs369 === errors;
                  if (_valid40) {
                    valid72 = true;
                    passing39 = 0;
                  }
                  const _errs371 = errors;
                  if (typeof data99 === "string") {
                    if (!pattern14.test(data99)) {
                      const err304 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/max", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.limit_rps.properties.max.oneOf[1], data: data99 };
                      if (vErrors === null) {
                        vErrors = [err304];
                      } else {
                        vErrors.push(err304);
                      }
                      errors++;
                    }
                  } else {
                    const err305 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/max", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.limit_rps.properties.max.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.limit_rps.properties.max.oneOf[1], data: data99 };
                    if (vErrors === null) {
                      vErrors = [err305];
                    } else {
                      vErrors.push(err305);
                    }
                    errors++;
                  }
                  var _valid40 = _errs371 === errors;
                  if (_valid40 && valid72) {
                    valid72 = false;
                    passing39 = [passing39, 1];
                  } else {
                    if (_valid40) {
                      valid72 = true;
                      passing39 = 1;
                    }
                  }
                  if (!valid72) {
                    const err306 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/max", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing39 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.limit_rps.properties.max.oneOf, parentSchema: schema6.items.properties.gates.properties.limit_rps.properties.max, data: data99 };
                    if (vErrors === null) {
                      vErrors = [err306];
                    } else {
                      vErrors.push(err306);
                    }
                    errors++;
                  } else {
                    errors = _errs368;
                    if (vErrors !== null) {
                      if (_errs368) {
                        vErrors.length = _errs368;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data97.severity !== void 0) {
                  let data100 = data97.severity;
                  if (typeof data100 !== "string") {
                    const err307 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/severity", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.limit_rps.properties.severity.type, parentSchema: schema6.items.properties.gates.properties.limit_rps.properties.severity, data: data100 };
                    if (vErrors === null) {
                      vErrors = [err307];
                    } else {
                      vErrors.push(err307);
                    }
                    errors++;
                  }
                  if (!(data100 === "critical" || data100 === "major" || data100 === "minor")) {
                    const err308 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/severity", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/severity/enum", keyword: "enum", params: { allowedValues: schema6.items.properties.gates.properties.limit_rps.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema6.items.properties.gates.properties.limit_rps.properties.severity.enum, parentSchema: schema6.items.properties.gates.properties.limit_rps.properties.severity, data: data100 };
                    if (vErrors === null) {
                      vErrors = [err308];
                    } else {
                      vErrors.push(err308);
                    }
                    errors++;
                  }
                }
                if (data97.warn !== void 0) {
                  let data101 = data97.warn;
                  if (typeof data101 === "string") {
                    if (!pattern14.test(data101)) {
                      const err309 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/warn", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.limit_rps.properties.warn, data: data101 };
                      if (vErrors === null) {
                        vErrors = [err309];
                      } else {
                        vErrors.push(err309);
                      }
                      errors++;
                    }
                  } else {
                    const err310 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/warn", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.limit_rps.properties.warn.type, parentSchema: schema6.items.properties.gates.properties.limit_rps.properties.warn, data: data101 };
                    if (vErrors === null) {
                      vErrors = [err310];
                    } else {
                      vErrors.push(err310);
                    }
                    errors++;
                  }
                }
              } else {
                const err311 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps", schemaPath: "#/items/properties/gates/properties/limit_rps/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.gates.properties.limit_rps.type, parentSchema: schema6.items.properties.gates.properties.limit_rps, data: data97 };
                if (vErrors === null) {
                  vErrors = [err311];
                } else {
                  vErrors.push(err311);
                }
                errors++;
              }
            }
            if (data41.k6_thresholds !== void 0) {
              let data102 = data41.k6_thresholds;
              const _errs379 = errors;
              let valid73 = false;
              let passing40 = null;
              const _errs380 = errors;
              if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
                if (data102.min === void 0) {
                  const err312 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds", schemaPath: "#/items/properties/gates/properties/k6_thresholds/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema6.items.properties.gates.properties.k6_thresholds.oneOf[0].required, parentSchema: schema6.items.properties.gates.properties.k6_thresholds.oneOf[0], data: data102 };
                  if (vErrors === null) {
                    vErrors = [err312];
                  } else {
                    vErrors.push(err312);
                  }
                  errors++;
                }
              }
              var _valid41 = _errs380 === errors;
              if (_valid41) {
                valid73 = true;
                passing40 = 0;
              }
              const _errs381 = errors;
              if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
                if (data102.max === void 0) {
                  const err313 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds", schemaPath: "#/items/properties/gates/properties/k6_thresholds/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema6.items.properties.gates.properties.k6_thresholds.oneOf[1].required, parentSchema: schema6.items.properties.gates.properties.k6_thresholds.oneOf[1], data: data102 };
                  if (vErrors === null) {
                    vErrors = [err313];
                  } else {
                    vErrors.push(err313);
                  }
                  errors++;
                }
              }
              var _valid41 = _errs381 === errors;
              if (_valid41 && valid73) {
                valid73 = false;
                passing40 = [passing40, 1];
              } else {
                if (_valid41) {
                  valid73 = true;
                  passing40 = 1;
                }
              }
              if (!valid73) {
                const err314 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds", schemaPath: "#/items/properties/gates/properties/k6_thresholds/oneOf", keyword: "oneOf", params: { passingSchemas: passing40 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.k6_thresholds.oneOf, parentSchema: schema6.items.properties.gates.properties.k6_thresholds, data: data102 };
                if (vErrors === null) {
                  vErrors = [err314];
                } else {
                  vErrors.push(err314);
                }
                errors++;
              } else {
                errors = _errs379;
                if (vErrors !== null) {
                  if (_errs379) {
                    vErrors.length = _errs379;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
                for (const key21 in data102) {
                  if (!(key21 === "min" || key21 === "max" || key21 === "severity" || key21 === "warn")) {
                    const err315 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds", schemaPath: "#/items/properties/gates/properties/k6_thresholds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.gates.properties.k6_thresholds, data: data102 };
                    if (vErrors === null) {
                      vErrors = [err315];
                    } else {
                      vErrors.push(err315);
                    }
                    errors++;
                  }
                }
                if (data102.min !== void 0) {
                  let data103 = data102.min;
                  const _errs384 = errors;
                  let valid75 = false;
                  let passing41 = null;
                  const _errs385 = errors;
                  if (!(typeof data103 == "number")) {
                    const err316 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/min", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.k6_thresholds.properties.min.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.k6_thresholds.properties.min.oneOf[0], data: data103 };
                    if (vErrors === null) {
                      vErrors = [err316];
                    } else {
                      vErrors.push(err316);
                    }
                    errors++;
                  }
                  var _valid42 = _errs385 === errors;
                  if (_valid42) {
                    valid75 = true;
                    passing41 = 0;
                  }
                  const _errs387 = errors;
                  if (typeof data103 === "string") {
                    if (!pattern14.test(data103)) {
                      const err317 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/min", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.k6_thresholds.properties.min.oneOf[1], data: data103 };
                      if (vErrors === null) {
                        vErrors = [err317];
                      } else {
                        vErrors.push(err317);
                      }
                      errors++;
                    }
                  } else {
                    const err318 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/min", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.k6_thresholds.properties.min.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.k6_thresholds.properties.min.oneOf[1], data: data103 };
                    if (vErrors === null) {
                      vErrors = [err318];
                    } else {
                      vErrors.push(err318);
                    }
                    errors++;
                  }
                  var _valid42 = _errs387 === errors;
                  if (_valid42 && valid75) {
                    valid75 = false;
                    passing41 = [passing41, 1];
                  } else {
                    if (_valid42) {
                      valid75 = true;
                      passing41 = 1;
                    }
                  }
                  if (!valid75) {
                    const err319 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/min", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing41 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.k6_thresholds.properties.min.oneOf, parentSchema: schema6.items.properties.gates.properties.k6_thresholds.properties.min, data: data103 };
                    if (vErrors === null) {
                      vErrors = [err319];
                    } else {
                      vErrors.push(err319);
                    }
                    errors++;
                  } else {
                    errors = _errs384;
                    if (vErrors !== null) {
                      if (_errs384) {
                        vErrors.length = _errs384;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data102.max !== void 0) {
                  let data104 = data102.max;
                  const _errs390 = errors;
                  let valid76 = false;
                  let passing42 = null;
                  const _errs391 = errors;
                  if (!(typeof data104 == "number")) {
                    const err320 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/max", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema6.items.properties.gates.properties.k6_thresholds.properties.max.oneOf[0].type, parentSchema: schema6.items.properties.gates.properties.k6_thresholds.properties.max.oneOf[0], data: data104 };
                    if (vErrors === null) {
                      vErrors = [err320];
                    } else {
                      vErrors.push(err320);
                    }
                    errors++;
                  }
                  var _valid43 = _errs391 === errors;
                  if (_valid43) {
                    valid76 = true;
                    passing42 = 0;
                  }
                  const _errs393 = errors;
                  if (typeof data104 === "string") {
                    if (!pattern14.test(data104)) {
                      const err321 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/max", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.k6_thresholds.properties.max.oneOf[1], data: data104 };
                      if (vErrors === null) {
                        vErrors = [err321];
                      } else {
                        vErrors.push(err321);
                      }
                      errors++;
                    }
                  } else {
                    const err322 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/max", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.k6_thresholds.properties.max.oneOf[1].type, parentSchema: schema6.items.properties.gates.properties.k6_thresholds.properties.max.oneOf[1], data: data104 };
                    if (vErrors === null) {
                      vErrors = [err322];
                    } else {
                      vErrors.push(err322);
                    }
                    errors++;
                  }
                  var _valid43 = _errs393 === errors;
                  if (_valid43 && valid76) {
                    valid76 = false;
                    passing42 = [passing42, 1];
                  } else {
                    if (_valid43) {
                      valid76 = true;
                      passing42 = 1;
                    }
                  }
                  if (!valid76) {
                    const err323 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/max", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing42 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.gates.properties.k6_thresholds.properties.max.oneOf, parentSchema: schema6.items.properties.gates.properties.k6_thresholds.properties.max, data: data104 };
                    if (vErrors === null) {
                      vErrors = [err323];
                    } else {
                      vErrors.push(err323);
                    }
                    errors++;
                  } else {
                    errors = _errs390;
                    if (vErrors !== null) {
                      if (_errs390) {
                        vErrors.length = _errs390;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data102.severity !== void 0) {
                  let data105 = data102.severity;
                  if (typeof data105 !== "string") {
                    const err324 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/severity", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.k6_thresholds.properties.severity.type, parentSchema: schema6.items.properties.gates.properties.k6_thresholds.properties.severity, data: data105 };
                    if (vErrors === null) {
                      vErrors = [err324];
                    } else {
                      vErrors.push(err324);
                    }
                    errors++;
                  }
                  if (!(data105 === "critical" || data105 === "major" || data105 === "minor")) {
                    const err325 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/severity", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/severity/enum", keyword: "enum", params: { allowedValues: schema6.items.properties.gates.properties.k6_thresholds.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema6.items.properties.gates.properties.k6_thresholds.properties.severity.enum, parentSchema: schema6.items.properties.gates.properties.k6_thresholds.properties.severity, data: data105 };
                    if (vErrors === null) {
                      vErrors = [err325];
                    } else {
                      vErrors.push(err325);
                    }
                    errors++;
                  }
                }
                if (data102.warn !== void 0) {
                  let data106 = data102.warn;
                  if (typeof data106 === "string") {
                    if (!pattern14.test(data106)) {
                      const err326 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/warn", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema6.items.properties.gates.properties.k6_thresholds.properties.warn, data: data106 };
                      if (vErrors === null) {
                        vErrors = [err326];
                      } else {
                        vErrors.push(err326);
                      }
                      errors++;
                    }
                  } else {
                    const err327 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/warn", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.gates.properties.k6_thresholds.properties.warn.type, parentSchema: schema6.items.properties.gates.properties.k6_thresholds.properties.warn, data: data106 };
                    if (vErrors === null) {
                      vErrors = [err327];
                    } else {
                      vErrors.push(err327);
                    }
                    errors++;
                  }
                }
              } else {
                const err328 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds", schemaPath: "#/items/properties/gates/properties/k6_thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.gates.properties.k6_thresholds.type, parentSchema: schema6.items.properties.gates.properties.k6_thresholds, data: data102 };
                if (vErrors === null) {
                  vErrors = [err328];
                } else {
                  vErrors.push(err328);
                }
                errors++;
              }
            }
          } else {
            const err329 = { instancePath: instancePath + "/" + i0 + "/gates", schemaPath: "#/items/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.gates.type, parentSchema: schema6.items.properties.gates, data: data41 };
            if (vErrors === null) {
              vErrors = [err329];
            } else {
              vErrors.push(err329);
            }
            errors++;
          }
        }
        if (data0.script !== void 0) {
          let data107 = data0.script;
          if (typeof data107 === "string") {
            if (func5(data107) < 1) {
              const err330 = { instancePath: instancePath + "/" + i0 + "/script", schemaPath: "#/items/properties/script/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.items.properties.script, data: data107 };
              if (vErrors === null) {
                vErrors = [err330];
              } else {
                vErrors.push(err330);
              }
              errors++;
            }
          } else {
            const err331 = { instancePath: instancePath + "/" + i0 + "/script", schemaPath: "#/items/properties/script/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.script.type, parentSchema: schema6.items.properties.script, data: data107 };
            if (vErrors === null) {
              vErrors = [err331];
            } else {
              vErrors.push(err331);
            }
            errors++;
          }
        }
        if (data0.k6 !== void 0) {
          let data108 = data0.k6;
          if (data108 && typeof data108 == "object" && !Array.isArray(data108)) {
            for (const key22 in data108) {
              if (!(key22 === "args" || key22 === "env" || key22 === "thresholds_severity")) {
                const err332 = { instancePath: instancePath + "/" + i0 + "/k6", schemaPath: "#/items/properties/k6/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.k6, data: data108 };
                if (vErrors === null) {
                  vErrors = [err332];
                } else {
                  vErrors.push(err332);
                }
                errors++;
              }
            }
            if (data108.args !== void 0) {
              let data109 = data108.args;
              if (Array.isArray(data109)) {
                const len5 = data109.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data110 = data109[i5];
                  if (typeof data110 !== "string") {
                    const err333 = { instancePath: instancePath + "/" + i0 + "/k6/args/" + i5, schemaPath: "#/items/properties/k6/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.k6.properties.args.items.type, parentSchema: schema6.items.properties.k6.properties.args.items, data: data110 };
                    if (vErrors === null) {
                      vErrors = [err333];
                    } else {
                      vErrors.push(err333);
                    }
                    errors++;
                  }
                }
              } else {
                const err334 = { instancePath: instancePath + "/" + i0 + "/k6/args", schemaPath: "#/items/properties/k6/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.items.properties.k6.properties.args.type, parentSchema: schema6.items.properties.k6.properties.args, data: data109 };
                if (vErrors === null) {
                  vErrors = [err334];
                } else {
                  vErrors.push(err334);
                }
                errors++;
              }
            }
            if (data108.env !== void 0) {
              let data111 = data108.env;
              if (data111 && typeof data111 == "object" && !Array.isArray(data111)) {
                for (const key23 in data111) {
                  const _errs410 = errors;
                  if (typeof key23 === "string") {
                    if (!pattern4.test(key23)) {
                      const err335 = { instancePath: instancePath + "/" + i0 + "/k6/env", schemaPath: "#/items/properties/k6/properties/env/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema6.items.properties.k6.properties.env.propertyNames, data: key23, propertyName: key23 };
                      if (vErrors === null) {
                        vErrors = [err335];
                      } else {
                        vErrors.push(err335);
                      }
                      errors++;
                    }
                  }
                  var valid80 = _errs410 === errors;
                  if (!valid80) {
                    const err336 = { instancePath: instancePath + "/" + i0 + "/k6/env", schemaPath: "#/items/properties/k6/properties/env/propertyNames", keyword: "propertyNames", params: { propertyName: key23 }, message: "property name must be valid", schema: schema6.items.properties.k6.properties.env.propertyNames, parentSchema: schema6.items.properties.k6.properties.env, data: data111 };
                    if (vErrors === null) {
                      vErrors = [err336];
                    } else {
                      vErrors.push(err336);
                    }
                    errors++;
                  }
                }
                for (const key24 in data111) {
                  let data112 = data111[key24];
                  const _errs413 = errors;
                  let valid82 = false;
                  let passing43 = null;
                  const _errs414 = errors;
                  if (typeof data112 !== "string") {
                    const err337 = { instancePath: instancePath + "/" + i0 + "/k6/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/k6/properties/env/additionalProperties/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.k6.properties.env.additionalProperties.oneOf[0].type, parentSchema: schema6.items.properties.k6.properties.env.additionalProperties.oneOf[0], data: data112 };
                    if (vErrors === null) {
                      vErrors = [err337];
                    } else {
                      vErrors.push(err337);
                    }
                    errors++;
                  }
                  var _valid44 = _errs414 === errors;
                  if (_valid44) {
                    valid82 = true;
                    passing43 = 0;
                  }
                  const _errs416 = errors;
                  if (data112 && typeof data112 == "object" && !Array.isArray(data112)) {
                    if (data112.fromEnv === void 0) {
                      const err338 = { instancePath: instancePath + "/" + i0 + "/k6/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/k6/properties/env/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "fromEnv" }, message: "must have required property 'fromEnv'", schema: schema6.items.properties.k6.properties.env.additionalProperties.oneOf[1].required, parentSchema: schema6.items.properties.k6.properties.env.additionalProperties.oneOf[1], data: data112 };
                      if (vErrors === null) {
                        vErrors = [err338];
                      } else {
                        vErrors.push(err338);
                      }
                      errors++;
                    }
                    for (const key25 in data112) {
                      if (!(key25 === "fromEnv")) {
                        const err339 = { instancePath: instancePath + "/" + i0 + "/k6/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/k6/properties/env/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.items.properties.k6.properties.env.additionalProperties.oneOf[1], data: data112 };
                        if (vErrors === null) {
                          vErrors = [err339];
                        } else {
                          vErrors.push(err339);
                        }
                        errors++;
                      }
                    }
                    if (data112.fromEnv !== void 0) {
                      let data113 = data112.fromEnv;
                      if (typeof data113 === "string") {
                        if (!pattern4.test(data113)) {
                          const err340 = { instancePath: instancePath + "/" + i0 + "/k6/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/fromEnv", schemaPath: "#/items/properties/k6/properties/env/additionalProperties/oneOf/1/properties/fromEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema6.items.properties.k6.properties.env.additionalProperties.oneOf[1].properties.fromEnv, data: data113 };
                          if (vErrors === null) {
                            vErrors = [err340];
                          } else {
                            vErrors.push(err340);
                          }
                          errors++;
                        }
                      } else {
                        const err341 = { instancePath: instancePath + "/" + i0 + "/k6/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/fromEnv", schemaPath: "#/items/properties/k6/properties/env/additionalProperties/oneOf/1/properties/fromEnv/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.k6.properties.env.additionalProperties.oneOf[1].properties.fromEnv.type, parentSchema: schema6.items.properties.k6.properties.env.additionalProperties.oneOf[1].properties.fromEnv, data: data113 };
                        if (vErrors === null) {
                          vErrors = [err341];
                        } else {
                          vErrors.push(err341);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err342 = { instancePath: instancePath + "/" + i0 + "/k6/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/k6/properties/env/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.k6.properties.env.additionalProperties.oneOf[1].type, parentSchema: schema6.items.properties.k6.properties.env.additionalProperties.oneOf[1], data: data112 };
                    if (vErrors === null) {
                      vErrors = [err342];
                    } else {
                      vErrors.push(err342);
                    }
                    errors++;
                  }
                  var _valid44 = _errs416 === errors;
                  if (_valid44 && valid82) {
                    valid82 = false;
                    passing43 = [passing43, 1];
                  } else {
                    if (_valid44) {
                      valid82 = true;
                      passing43 = 1;
                    }
                  }
                  if (!valid82) {
                    const err343 = { instancePath: instancePath + "/" + i0 + "/k6/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/k6/properties/env/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing43 }, message: "must match exactly one schema in oneOf", schema: schema6.items.properties.k6.properties.env.additionalProperties.oneOf, parentSchema: schema6.items.properties.k6.properties.env.additionalProperties, data: data112 };
                    if (vErrors === null) {
                      vErrors = [err343];
                    } else {
                      vErrors.push(err343);
                    }
                    errors++;
                  } else {
                    errors = _errs413;
                    if (vErrors !== null) {
                      if (_errs413) {
                        vErrors.length = _errs413;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err344 = { instancePath: instancePath + "/" + i0 + "/k6/env", schemaPath: "#/items/properties/k6/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.k6.properties.env.type, parentSchema: schema6.items.properties.k6.properties.env, data: data111 };
                if (vErrors === null) {
                  vErrors = [err344];
                } else {
                  vErrors.push(err344);
                }
                errors++;
              }
            }
            if (data108.thresholds_severity !== void 0) {
              let data114 = data108.thresholds_severity;
              if (typeof data114 !== "string") {
                const err345 = { instancePath: instancePath + "/" + i0 + "/k6/thresholds_severity", schemaPath: "#/items/properties/k6/properties/thresholds_severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.items.properties.k6.properties.thresholds_severity.type, parentSchema: schema6.items.properties.k6.properties.thresholds_severity, data: data114 };
                if (vErrors === null) {
                  vErrors = [err345];
                } else {
                  vErrors.push(err345);
                }
                errors++;
              }
              if (!(data114 === "critical" || data114 === "major" || data114 === "minor")) {
                const err346 = { instancePath: instancePath + "/" + i0 + "/k6/thresholds_severity", schemaPath: "#/items/properties/k6/properties/thresholds_severity/enum", keyword: "enum", params: { allowedValues: schema6.items.properties.k6.properties.thresholds_severity.enum }, message: "must be equal to one of the allowed values", schema: schema6.items.properties.k6.properties.thresholds_severity.enum, parentSchema: schema6.items.properties.k6.properties.thresholds_severity, data: data114 };
                if (vErrors === null) {
                  vErrors = [err346];
                } else {
                  vErrors.push(err346);
                }
                errors++;
              }
            }
          } else {
            const err347 = { instancePath: instancePath + "/" + i0 + "/k6", schemaPath: "#/items/properties/k6/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.properties.k6.type, parentSchema: schema6.items.properties.k6, data: data108 };
            if (vErrors === null) {
              vErrors = [err347];
            } else {
              vErrors.push(err347);
            }
            errors++;
          }
        }
      } else {
        const err348 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.items.type, parentSchema: schema6.items, data: data0 };
        if (vErrors === null) {
          vErrors = [err348];
        } else {
          vErrors.push(err348);
        }
        errors++;
      }
    }
  } else {
    const err349 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.type, parentSchema: schema6, data };
    if (vErrors === null) {
      vErrors = [err349];
    } else {
      vErrors.push(err349);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
export {
  validator_generated_default as default,
  validate
};
//# sourceMappingURL=validator.generated-IQWFWLLX.js.map
