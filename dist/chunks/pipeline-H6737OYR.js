import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  escapeHtml
} from "./chunk-URA27PR3.js";
import {
  BundleWriter
} from "./chunk-CFZVG6YB.js";
import "./chunk-3TLJE56K.js";
import {
  VERSION
} from "./chunk-TEH4O767.js";
import {
  evaluateGates,
  formatValue
} from "./chunk-NAPEE2LL.js";
import {
  require_dist,
  require_ucs2length
} from "./chunk-FKX6PPS6.js";
import {
  junitXml
} from "./chunk-YHYZ4LXM.js";
import {
  runCommand
} from "./chunk-RDJF3BB2.js";
import {
  RedactStream,
  SecretRedactor
} from "./chunk-TPPMNSY6.js";
import {
  StagingSink,
  slug
} from "./chunk-64KMYWYM.js";
import {
  DURATION_PATTERN,
  PERCENT_PATTERN,
  RATE_PATTERN,
  formatDuration,
  parseDuration,
  parsePercentOrNumber
} from "./chunk-HIFI45R2.js";
import {
  isInside,
  resolveInside
} from "./chunk-7MKRVRR7.js";
import {
  killTree,
  track
} from "./chunk-WKKANZA3.js";
import {
  ManifestError,
  UserError,
  errorMessage
} from "./chunk-7JDYXFT2.js";
import {
  __toESM
} from "./chunk-FTISGSZM.js";

// src/pipeline.ts
import { mkdir, rm } from "node:fs/promises";
import path3 from "node:path";

// src/core/metadata.ts
import { execFile } from "node:child_process";
async function collectMetadata(env, workspace, via) {
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  if (env.GITHUB_ACTIONS === "true") {
    const server = env.GITHUB_SERVER_URL ?? "https://github.com";
    const pr = /^refs\/pull\/([0-9]+)\//.exec(env.GITHUB_REF ?? "");
    return {
      via,
      startedAt,
      ...env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {},
      ...env.GITHUB_SHA ? { commit: env.GITHUB_SHA } : {},
      ...env.GITHUB_REF ? { ref: env.GITHUB_REF } : {},
      ...env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? { runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ""}` } : {},
      ...env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {},
      ...env.GITHUB_WORKFLOW ? { workflow: env.GITHUB_WORKFLOW } : {},
      ...env.GITHUB_EVENT_NAME ? { eventName: env.GITHUB_EVENT_NAME } : {},
      ...pr ? { pullRequest: Number(pr[1]) } : {}
    };
  }
  const [commit, ref] = await new Promise((resolve) => {
    execFile("git", ["rev-parse", "HEAD", "--symbolic-full-name", "HEAD"], { cwd: workspace, encoding: "utf8", timeout: 5e3 }, (err, stdout) => {
      const [sha, name] = err ? [] : stdout.split("\n").map((l) => l.trim());
      resolve([/^[0-9a-f]{40,64}$/.test(sha ?? "") ? sha : void 0, name?.startsWith("refs/") ? name : void 0]);
    });
  });
  const actor = env.USER ?? env.LOGNAME;
  return { via, startedAt, ...commit ? { commit } : {}, ...ref ? { ref } : {}, ...actor ? { actor } : {} };
}

// src/manifest/load.ts
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/manifest/validator.generated.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validator_generated_default = validate21;
var schema6 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/integration-gate/integration-gate/schema/integration-gate.schema.json", "title": "integration-gate manifest", "description": "One manifest that says how to verify a service's integrations: services, preflight checks, jobs and gates.", "type": "object", "additionalProperties": false, "required": ["version", "name", "integrations"], "properties": { "version": { "const": 1, "description": "Manifest format version. Always 1." }, "name": { "type": "string", "minLength": 1, "maxLength": 100, "description": "Name of the system under verification; names the check run and the bundle." }, "secrets": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "description": "Environment variables whose values are redacted from every log, report and the bundle (preflight env vars are added automatically)." }, "services": { "type": "object", "description": "Services by name.", "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, "additionalProperties": { "$ref": "#/definitions/service" } }, "preflight": { "type": "array", "items": { "$ref": "#/definitions/preflight" }, "description": "Environment checks; any failure halts the run before the jobs." }, "integrations": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "Unique name of the integration (letters, digits, . _ -)." }, "service": { "type": "string", "description": "Name of the service (under services:) this integration targets." }, "description": { "type": "string", "description": "What this integration is, for the scope matrix." }, "owner": { "type": "string", "description": "Team or person accountable, for the scope matrix." }, "critical": { "type": "boolean", "description": "Whether the integration is critical (scope matrix). Default true." }, "contract": { "$ref": "#/definitions/job-contract" }, "tests": { "$ref": "#/definitions/job-tests" }, "load": { "$ref": "#/definitions/job-load" } } }, "description": "The integrations to verify, each with its jobs." }, "gates": { "type": "object", "description": "Gates by metric (e.g. integration.success_rate, load.p95_ms, contract.pass_rate, or <metric>@<jobId> for one job).", "propertyNames": { "pattern": "^[a-z_]+\\.[a-z0-9_:]+(@.+)?$" }, "additionalProperties": { "$ref": "#/definitions/gate" } } }, "definitions": { "service": { "type": "object", "additionalProperties": false, "description": "A service the run starts (start) or only reaches (url).", "properties": { "start": { "type": "string", "minLength": 1, "description": "Shell command that starts the service; stopped (whole process tree) at the end of the run." }, "url": { "type": "string", "pattern": "^https?://", "description": "Base URL of the service, e.g. http://127.0.0.1:3000." }, "cwd": { "type": "string", "description": "Working folder of the start command, relative to the workspace." }, "env": { "type": "object", "description": "Environment variables for the command. Values are strings.", "additionalProperties": { "type": "string" } }, "ready": { "type": "object", "additionalProperties": false, "description": "Readiness probe: an HTTP path (or URL) that must answer 2xx/3xx, or a TCP host:port that must accept.", "properties": { "http": { "type": "string", "minLength": 1, "description": "Path on the service URL (/health) or a full URL." }, "tcp": { "type": "string", "pattern": "^[^\\s:]+:[0-9]{1,5}$", "description": "host:port that must accept a connection." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "How long to wait for readiness (default 30s). A duration: 250ms, 30s, 10m, 1h, 1m30s." }, "interval": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Time between probes (default 200ms). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } }, "stop-timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Grace between SIGTERM and SIGKILL when stopping (default 5s). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } }, "preflight": { "type": "object", "additionalProperties": false, "description": "One environment check. Give exactly one of env, http, tcp, command, run.", "properties": { "name": { "type": "string", "description": "Label shown in reports." }, "env": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "minItems": 1, "description": "Environment variables that must be set and non-empty. Their values are treated as secrets and never printed." }, "http": { "type": "string", "pattern": "^https?://", "description": "URL that must answer with a 2xx or 3xx status (or `status`)." }, "status": { "type": "array", "items": { "type": "integer", "minimum": 100, "maximum": 599 }, "description": "Accepted HTTP statuses for `http`." }, "tcp": { "type": "string", "pattern": "^[^\\s:]+:[0-9]{1,5}$", "description": "host:port that must accept a TCP connection." }, "command": { "type": "string", "pattern": "^[^\\s/]+$", "description": "A program that must be on PATH (e.g. k6, docker)." }, "run": { "type": "string", "minLength": 1, "description": "A shell command that must exit 0." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Time limit of this check (default 10s). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } }, "gate": { "type": "object", "additionalProperties": false, "description": "A quality gate on a metric: give min or max (or equals).", "properties": { "min": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }], "description": "The metric must be at least this. A number, or a percentage such as 90% (= 0.9)." }, "max": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }], "description": "The metric must be at most this. A number, or a percentage such as 90% (= 0.9)." }, "equals": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }], "description": "The metric must equal this. A number, or a percentage such as 90% (= 0.9)." }, "severity": { "enum": ["critical", "major", "minor"], "description": "critical: failing means NO-GO; major/minor: CONDITIONAL. Default major (critical for integration.success_rate and contract.pass_rate)." }, "warn": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }], "description": "Warn band: a passing value within this fraction of the threshold warns (default 10%; 0 disables). A number, or a percentage such as 90% (= 0.9)." }, "description": { "type": "string", "description": "Shown next to the gate in reports." } } }, "job-contract": { "type": "object", "additionalProperties": false, "required": ["openapi"], "description": "Contract checks: every documented operation of an OpenAPI description (3.0, 3.1 or Swagger 2.0) is called on the live service and its answers checked against the description; declared flows check data round trips; an optional external contract command (e.g. Pact provider verification) is counted in the same results.", "properties": { "openapi": { "type": "string", "minLength": 1, "description": "Path of the OpenAPI / Swagger description (YAML or JSON), relative to the workspace. $refs to other files are resolved." }, "baseUrl": { "type": "string", "pattern": "^https?://", "description": "Base URL the operations' paths are appended to, including any path prefix (e.g. https://api.example.com/v1). Default: the URL of the integration's service." }, "include": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Operations to exercise (default: all). Each entry is an operationId ('createPayment'), a tag ('tag:payments') or a method and path pattern ('GET /payments*', '* /payments/{paymentId}'); * matches any characters." }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Operations not to exercise, same patterns as include. Excluded operations still count as documented, so they lower contract.coverage." }, "allowWrites": { "type": "boolean", "description": "Send non-safe methods (POST, PUT, PATCH, DELETE). Default: true against a service the manifest starts, false against any other URL (then only GET, HEAD, OPTIONS are sent)." }, "auth": { "type": "object", "description": "Credentials for the description's security schemes, by scheme name. Secrets come from environment variables and are redacted from logs and evidence.", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["fromEnv"], "description": "apiKey: the key; http bearer / oauth2 / openIdConnect: the token; http basic: user:password.", "properties": { "fromEnv": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Environment variable holding the secret." } } } }, "checks": { "type": "object", "additionalProperties": false, "description": "Switch checks off for every operation (prefer per-operation waivers), and set the optional response-time limit.", "properties": { "not_a_server_error": { "type": "boolean", "description": "No response may be a 5xx. Default: on." }, "status_code_conformance": { "type": "boolean", "description": "The status is documented for the operation (exactly, as a range such as 2XX, or by 'default'). Default: on." }, "content_type_conformance": { "type": "boolean", "description": "The Content-Type is one documented for that status. Default: on." }, "response_schema_conformance": { "type": "boolean", "description": "The JSON body validates against the documented schema (formats checked; nullable for 3.0; JSON Schema 2020-12 for 3.1). Default: on." }, "response_headers_conformance": { "type": "boolean", "description": "Required documented headers are present and documented headers match their schema. Default: on." }, "negative_data_rejection": { "type": "boolean", "description": "Requests that violate the request schema get a 4xx, not a 2xx or 5xx. Default: on." }, "round_trip": { "type": "boolean", "description": "Declared flows keep the data they should. Default: on." }, "max_response_time": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Every response must arrive within this time (off unless set). A duration: 250ms, 30s, 10m, 1h, 1m30s." }, "request_timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Time limit of each request (default 10s). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } }, "waivers": { "type": "array", "description": "Checks switched off for one operation, with the reason; recorded as waivers in the evidence (and the would-be verdict kept).", "items": { "type": "object", "additionalProperties": false, "required": ["operation", "check", "reason"], "description": "One waiver.", "properties": { "operation": { "type": "string", "minLength": 1, "description": "operationId or 'METHOD /path' pattern the waiver applies to; '*' for all." }, "check": { "type": "string", "enum": ["not_a_server_error", "status_code_conformance", "content_type_conformance", "response_schema_conformance", "response_headers_conformance", "negative_data_rejection", "max_response_time", "round_trip", "external_command", "*"], "description": "The check waived, or '*' for all checks of the operation." }, "reason": { "type": "string", "minLength": 3, "description": "Why the check is waived (shown to reviewers and auditors)." } } } }, "flows": { "type": "array", "description": "Round trips (create \u2192 read \u2192 compare \u2192 delete): steps call operations, capture values from responses, and compare fields that must survive.", "items": { "type": "object", "additionalProperties": false, "required": ["name", "steps"], "description": "One flow.", "properties": { "name": { "type": "string", "minLength": 1, "description": "Name of the flow in reports." }, "steps": { "type": "array", "minItems": 1, "description": "The requests of the flow, in order.", "items": { "type": "object", "additionalProperties": false, "required": ["id"], "description": "One request: the operation (or an OpenAPI link to follow), its parameters and body, the expected status, the values to capture and the equalities to check.", "properties": { "id": { "type": "string", "pattern": "^[A-Za-z0-9_-]+$", "description": "Step id, used by later steps as $steps.<id>.\u2026" }, "operation": { "type": "string", "minLength": 1, "description": "operationId or 'METHOD /path' of the operation the step calls." }, "link": { "type": "string", "minLength": 1, "description": "Name of an OpenAPI link on the response of step `from`: the step calls its target operation with the parameters the link declares." }, "from": { "type": "string", "description": "Step whose response `link` is read from (default: the previous step)." }, "params": { "type": "object", "description": "Parameter values by name (path, query, header, cookie). Strings may be runtime expressions: $steps.<id>.outputs.<name>, $steps.<id>.response.body#/pointer, $steps.<id>.request.body#/pointer, $steps.<id>.response.header.<name>." }, "body": { "description": "Request body (default: the example or a generated one). String leaves may be runtime expressions." }, "status": { "type": "integer", "minimum": 100, "maximum": 599, "description": "Expected status (default: any 2xx)." }, "outputs": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Values captured from this step: name \u2192 $response.body#/pointer, $response.header.<name>, $request.body#/pointer, $statusCode." }, "equals": { "type": "object", "description": 'Equality checks: runtime expression \u2192 expected value or another expression, e.g. "$response.body#/amount": "$steps.create.request.body#/amount".' }, "survives": { "type": "object", "additionalProperties": false, "required": ["from", "fields"], "description": "Shorthand: each field of step `from`'s request body must come back unchanged in this step's response body.", "properties": { "from": { "type": "string", "description": "Step id whose request body holds the expected values." }, "fields": { "type": "array", "minItems": 1, "items": { "type": "string" }, "description": "Field names or JSON pointers (/amount, /customer/name)." } } } } } } } } }, "command": { "type": "object", "additionalProperties": false, "required": ["run", "junit"], "description": "An external contract tool (Pact provider verification, Dredd, Schemathesis\u2026) that writes JUnit; each test case counts as a contract check. It gets INTEGRATION_GATE_BASE_URL in its environment.", "properties": { "run": { "type": "string", "minLength": 1, "description": "Shell command." }, "junit": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }], "description": "Glob(s) of the JUnit files it writes. Relative to cwd; only files written during this run count." }, "cwd": { "type": "string", "description": "Working folder, relative to the workspace (default: the workspace)." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Time limit; on expiry the whole process tree is killed (default 10m). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } } } }, "job-tests": { "type": "array", "minItems": 1, "description": "Test commands that write JUnit XML.", "items": { "type": "object", "additionalProperties": false, "required": ["command", "junit"], "properties": { "name": { "type": "string", "description": "Label for reports (default: the command)." }, "command": { "type": "string", "minLength": 1, "description": "Shell command that runs the tests (npm run test:integration, pytest \u2026)." }, "junit": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }], "description": "Glob(s) of the JUnit XML files the command writes. Relative to cwd; only files written during this run count." }, "cwd": { "type": "string", "description": "Working folder, relative to the workspace (default: the workspace)." }, "env": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Extra environment variables." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Time limit; on expiry the whole process tree is killed (default 10m). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } } }, "job-load": { "type": "array", "description": "Load jobs for this integration: the built-in engine (open or closed model, limits discovery) or k6 scripts.", "items": { "type": "object", "additionalProperties": false, "description": "A load job. engine builtin (default, nothing to install): requests + rate (open model) or vus (closed model) + duration or iterations. engine k6: a k6 script run with k6 from PATH.", "properties": { "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "Job name, used in ids, metric keys and evidence folders (default: its position)." }, "engine": { "type": "string", "enum": ["builtin", "k6"], "default": "builtin", "description": "builtin (embedded engine) or k6 (k6 from PATH; in GitHub install it with grafana/setup-k6-action)." }, "url": { "type": "string", "pattern": "^https?://", "description": "Base URL (default: the integration's service URL). The built-in engine speaks plain HTTP/1.1." }, "allow_remote": { "type": "boolean", "default": false, "description": "Allow a target that is not on the loopback interface. Off by default so a manifest cannot load-test a remote host by accident." }, "requests": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["path"], "description": "One request of the mix.", "properties": { "method": { "type": "string", "enum": ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"], "default": "GET", "description": "HTTP method (default GET)." }, "path": { "type": "string", "pattern": "^/", "description": "Path and query, relative to the base URL, e.g. '/quotes?currency=EUR'." }, "headers": { "type": "object", "description": "Request headers. Values may come from the environment: { Authorization: { fromEnv: API_TOKEN } }.", "propertyNames": { "pattern": "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" }, "additionalProperties": { "description": "Header value: literal text, or { fromEnv: NAME } to read it from an environment variable at run time (redacted in logs and evidence).", "oneOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "required": ["fromEnv"], "properties": { "fromEnv": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Name of the environment variable holding the value." } } }] } }, "body": { "description": "Request body: a string is sent as is; an object or array is sent as JSON (content-type application/json unless set).", "type": ["string", "object", "array"] }, "weight": { "type": "number", "exclusiveMinimum": 0, "default": 1, "description": "Relative share of this request in the mix (default 1)." } } }, "description": "Builtin: the request mix, chosen by weight." }, "rate": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", "description": "Builtin open model: constant arrival rate (or the starting rate of `stages`). Rate with a unit: 200/s, 6000/m." }, "stages": { "type": "array", "minItems": 1, "description": "Builtin open model: ramping arrival rate, linear from the previous target (the first stage starts from `rate`, default 0/s).", "items": { "type": "object", "additionalProperties": false, "required": ["duration", "target"], "properties": { "duration": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Length of the stage. Duration with a unit: 250ms, 30s, 5m, 1m30s." }, "target": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", "description": "Rate reached at the end of the stage. Rate with a unit: 200/s, 6000/m." } } } }, "vus": { "type": "integer", "minimum": 1, "maximum": 1e4, "description": "Builtin closed model: number of virtual users, each sending its next request when the previous answered." }, "think": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Builtin closed model: pause of each VU between requests (default 0). Duration with a unit: 250ms, 30s, 5m, 1m30s." }, "duration": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "How long to generate load. Required unless `iterations` or `stages` bound the job. Duration with a unit: 250ms, 30s, 5m, 1m30s." }, "iterations": { "type": "integer", "minimum": 1, "maximum": 1e8, "description": "Total number of requests (builtin). With `duration` too, whichever comes first." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Builtin: per-request timeout (default 10s). k6: bound on the whole k6 run (default 30m). Duration with a unit: 250ms, 30s, 5m, 1m30s." }, "connections": { "type": "integer", "minimum": 1, "maximum": 1e4, "description": "Builtin open model: most concurrent connections (default 256); requests beyond wait, and their wait counts in latency." }, "expect": { "type": "object", "additionalProperties": false, "description": "What counts as success.", "properties": { "status": { "type": "array", "minItems": 1, "items": { "type": "integer", "minimum": 100, "maximum": 599 }, "description": "Statuses that count as success (default: any 2xx or 3xx)." } } }, "limits": { "type": "object", "additionalProperties": false, "description": "Limits discovery: instead of one fixed load, step the arrival rate up until the service answers 429 (or another limiting status), the error rate passes a bound, or p95 passes the SLA; then bisect. Reports the highest rate that held and the first that did not, in api-limits.md.", "properties": { "start": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", "description": "First rate tried (default 10/s). Rate with a unit: 200/s, 6000/m." }, "max": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", "description": "Highest rate tried (default 2000/s); discovery stops there. Rate with a unit: 200/s, 6000/m." }, "factor": { "type": "number", "minimum": 1.05, "maximum": 10, "default": 2, "description": "Multiplier between coarse steps until a rate fails (default 2)." }, "step": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Duration of each step (default 2s). Duration with a unit: 250ms, 30s, 5m, 1m30s." }, "resolution": { "description": "Bisection stops when first-failing / highest-held is within this (default 5%). A percentage ('1%') or a ratio (0.01).", "oneOf": [{ "type": "number", "minimum": 0, "maximum": 1 }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "status": { "type": "array", "items": { "type": "integer", "minimum": 100, "maximum": 599 }, "minItems": 1, "description": 'Statuses that mean "rate limited" (default [429]).' }, "status_max": { "description": "Share of limiting statuses at which a step fails (default 1%). A percentage ('1%') or a ratio (0.01).", "oneOf": [{ "type": "number", "minimum": 0, "maximum": 1 }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "error_rate": { "description": "Share of other failures (timeouts, 5xx, refused) at which a step fails (default 1%). A percentage ('1%') or a ratio (0.01).", "oneOf": [{ "type": "number", "minimum": 0, "maximum": 1 }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "p95_ms": { "type": "number", "exclusiveMinimum": 0, "description": "SLA: a step whose p95 exceeds this (ms) fails (default: the job's p95_ms gate, else 1000)." }, "pause": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Pause between steps, so a token bucket refills (default 250ms). Duration with a unit: 250ms, 30s, 5m, 1m30s." } } }, "gates": { "type": "object", "additionalProperties": false, "description": "Gates on this job's own metrics (metric load.<name>@<jobId>), e.g. { p95_ms: { max: 500 } }.", "properties": { "p50_ms": { "type": "object", "additionalProperties": false, "description": "Median latency (ms). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "p90_ms": { "type": "object", "additionalProperties": false, "description": "90th percentile latency (ms). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "p95_ms": { "type": "object", "additionalProperties": false, "description": "95th percentile latency (ms). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "p99_ms": { "type": "object", "additionalProperties": false, "description": "99th percentile latency (ms). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "max_ms": { "type": "object", "additionalProperties": false, "description": "Highest latency (ms). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "rps": { "type": "object", "additionalProperties": false, "description": "Achieved throughput: completed requests per second. A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "error_rate": { "type": "object", "additionalProperties": false, "description": "Failed requests / requests (ratio). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "reliability": { "type": "object", "additionalProperties": false, "description": "1 - error_rate (ratio). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "requests": { "type": "object", "additionalProperties": false, "description": "Requests completed (count). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "cpu_percent_max": { "type": "object", "additionalProperties": false, "description": "Highest CPU use of the service process tree during load (percent of one core). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "memory_bytes_max": { "type": "object", "additionalProperties": false, "description": "Highest resident memory of the service process tree during load (bytes). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "limit_rps": { "type": "object", "additionalProperties": false, "description": "Limits discovery: highest rate that held (per second). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "k6_thresholds": { "type": "object", "additionalProperties": false, "description": "k6: share of the script's thresholds that passed (1 = all). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] } } }, "script": { "type": "string", "minLength": 1, "description": "k6: path of the k6 script, inside the workspace." }, "k6": { "type": "object", "additionalProperties": false, "description": "k6 engine options.", "properties": { "args": { "type": "array", "items": { "type": "string" }, "description": "Extra arguments for 'k6 run' (e.g. ['--vus', '20'])." }, "env": { "type": "object", "description": "Variables passed with --env (visible as __ENV in the script); values may be { fromEnv: NAME }. BASE_URL defaults to the base URL.", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "description": "Header value: literal text, or { fromEnv: NAME } to read it from an environment variable at run time (redacted in logs and evidence).", "oneOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "required": ["fromEnv"], "properties": { "fromEnv": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Name of the environment variable holding the value." } } }] } }, "thresholds_severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "Severity of the gate made from the script's thresholds (default major)." } } } }, "if": { "properties": { "engine": { "const": "k6" } }, "required": ["engine"] }, "then": { "required": ["script"] }, "else": { "required": ["requests"] } } } } };
var func2 = import_ucs2length.default.default;
var pattern0 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
var pattern79 = new RegExp("^[a-z_]+\\.[a-z0-9_:]+(@.+)?$", "u");
var schema7 = { "type": "object", "additionalProperties": false, "description": "A service the run starts (start) or only reaches (url).", "properties": { "start": { "type": "string", "minLength": 1, "description": "Shell command that starts the service; stopped (whole process tree) at the end of the run." }, "url": { "type": "string", "pattern": "^https?://", "description": "Base URL of the service, e.g. http://127.0.0.1:3000." }, "cwd": { "type": "string", "description": "Working folder of the start command, relative to the workspace." }, "env": { "type": "object", "description": "Environment variables for the command. Values are strings.", "additionalProperties": { "type": "string" } }, "ready": { "type": "object", "additionalProperties": false, "description": "Readiness probe: an HTTP path (or URL) that must answer 2xx/3xx, or a TCP host:port that must accept.", "properties": { "http": { "type": "string", "minLength": 1, "description": "Path on the service URL (/health) or a full URL." }, "tcp": { "type": "string", "pattern": "^[^\\s:]+:[0-9]{1,5}$", "description": "host:port that must accept a connection." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "How long to wait for readiness (default 30s). A duration: 250ms, 30s, 10m, 1h, 1m30s." }, "interval": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Time between probes (default 200ms). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } }, "stop-timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Grace between SIGTERM and SIGKILL when stopping (default 5s). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } };
var pattern2 = new RegExp("^https?://", "u");
var pattern3 = new RegExp("^[^\\s:]+:[0-9]{1,5}$", "u");
var pattern4 = new RegExp("^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "start" || key0 === "url" || key0 === "cwd" || key0 === "env" || key0 === "ready" || key0 === "stop-timeout")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema7, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.start !== void 0) {
      let data0 = data.start;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err1 = { instancePath: instancePath + "/start", schemaPath: "#/properties/start/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema7.properties.start, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/start", schemaPath: "#/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.properties.start.type, parentSchema: schema7.properties.start, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data1 = data.url;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err3 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema7.properties.url, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.properties.url.type, parentSchema: schema7.properties.url, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.cwd !== void 0) {
      let data2 = data.cwd;
      if (typeof data2 !== "string") {
        const err5 = { instancePath: instancePath + "/cwd", schemaPath: "#/properties/cwd/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.properties.cwd.type, parentSchema: schema7.properties.cwd, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.env !== void 0) {
      let data3 = data.env;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          let data4 = data3[key1];
          if (typeof data4 !== "string") {
            const err6 = { instancePath: instancePath + "/env/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/env/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.properties.env.additionalProperties.type, parentSchema: schema7.properties.env.additionalProperties, data: data4 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.properties.env.type, parentSchema: schema7.properties.env, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.ready !== void 0) {
      let data5 = data.ready;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key2 in data5) {
          if (!(key2 === "http" || key2 === "tcp" || key2 === "timeout" || key2 === "interval")) {
            const err8 = { instancePath: instancePath + "/ready", schemaPath: "#/properties/ready/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema7.properties.ready, data: data5 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data5.http !== void 0) {
          let data6 = data5.http;
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err9 = { instancePath: instancePath + "/ready/http", schemaPath: "#/properties/ready/properties/http/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema7.properties.ready.properties.http, data: data6 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/ready/http", schemaPath: "#/properties/ready/properties/http/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.properties.ready.properties.http.type, parentSchema: schema7.properties.ready.properties.http, data: data6 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data5.tcp !== void 0) {
          let data7 = data5.tcp;
          if (typeof data7 === "string") {
            if (!pattern3.test(data7)) {
              const err11 = { instancePath: instancePath + "/ready/tcp", schemaPath: "#/properties/ready/properties/tcp/pattern", keyword: "pattern", params: { pattern: "^[^\\s:]+:[0-9]{1,5}$" }, message: 'must match pattern "^[^\\s:]+:[0-9]{1,5}$"', schema: "^[^\\s:]+:[0-9]{1,5}$", parentSchema: schema7.properties.ready.properties.tcp, data: data7 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/ready/tcp", schemaPath: "#/properties/ready/properties/tcp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.properties.ready.properties.tcp.type, parentSchema: schema7.properties.ready.properties.tcp, data: data7 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data5.timeout !== void 0) {
          let data8 = data5.timeout;
          if (typeof data8 === "string") {
            if (!pattern4.test(data8)) {
              const err13 = { instancePath: instancePath + "/ready/timeout", schemaPath: "#/properties/ready/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema7.properties.ready.properties.timeout, data: data8 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/ready/timeout", schemaPath: "#/properties/ready/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.properties.ready.properties.timeout.type, parentSchema: schema7.properties.ready.properties.timeout, data: data8 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data5.interval !== void 0) {
          let data9 = data5.interval;
          if (typeof data9 === "string") {
            if (!pattern4.test(data9)) {
              const err15 = { instancePath: instancePath + "/ready/interval", schemaPath: "#/properties/ready/properties/interval/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema7.properties.ready.properties.interval, data: data9 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/ready/interval", schemaPath: "#/properties/ready/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.properties.ready.properties.interval.type, parentSchema: schema7.properties.ready.properties.interval, data: data9 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/ready", schemaPath: "#/properties/ready/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.properties.ready.type, parentSchema: schema7.properties.ready, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data["stop-timeout"] !== void 0) {
      let data10 = data["stop-timeout"];
      if (typeof data10 === "string") {
        if (!pattern4.test(data10)) {
          const err18 = { instancePath: instancePath + "/stop-timeout", schemaPath: "#/properties/stop-timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema7.properties["stop-timeout"], data: data10 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/stop-timeout", schemaPath: "#/properties/stop-timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.properties["stop-timeout"].type, parentSchema: schema7.properties["stop-timeout"], data: data10 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.type, parentSchema: schema7, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var schema8 = { "type": "object", "additionalProperties": false, "description": "One environment check. Give exactly one of env, http, tcp, command, run.", "properties": { "name": { "type": "string", "description": "Label shown in reports." }, "env": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "minItems": 1, "description": "Environment variables that must be set and non-empty. Their values are treated as secrets and never printed." }, "http": { "type": "string", "pattern": "^https?://", "description": "URL that must answer with a 2xx or 3xx status (or `status`)." }, "status": { "type": "array", "items": { "type": "integer", "minimum": 100, "maximum": 599 }, "description": "Accepted HTTP statuses for `http`." }, "tcp": { "type": "string", "pattern": "^[^\\s:]+:[0-9]{1,5}$", "description": "host:port that must accept a TCP connection." }, "command": { "type": "string", "pattern": "^[^\\s/]+$", "description": "A program that must be on PATH (e.g. k6, docker)." }, "run": { "type": "string", "minLength": 1, "description": "A shell command that must exit 0." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Time limit of this check (default 10s). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } };
var pattern10 = new RegExp("^[^\\s/]+$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "env" || key0 === "http" || key0 === "status" || key0 === "tcp" || key0 === "command" || key0 === "run" || key0 === "timeout")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.properties.name.type, parentSchema: schema8.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.env !== void 0) {
      let data1 = data.env;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err2 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema8.properties.env, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (!pattern0.test(data2)) {
              const err3 = { instancePath: instancePath + "/env/" + i0, schemaPath: "#/properties/env/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema8.properties.env.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/env/" + i0, schemaPath: "#/properties/env/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.properties.env.items.type, parentSchema: schema8.properties.env.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema8.properties.env.type, parentSchema: schema8.properties.env, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.http !== void 0) {
      let data3 = data.http;
      if (typeof data3 === "string") {
        if (!pattern2.test(data3)) {
          const err6 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema8.properties.http, data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.properties.http.type, parentSchema: schema8.properties.http, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data4 = data.status;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
            const err8 = { instancePath: instancePath + "/status/" + i1, schemaPath: "#/properties/status/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema8.properties.status.items.type, parentSchema: schema8.properties.status.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (typeof data5 == "number") {
            if (data5 > 599 || isNaN(data5)) {
              const err9 = { instancePath: instancePath + "/status/" + i1, schemaPath: "#/properties/status/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema8.properties.status.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data5 < 100 || isNaN(data5)) {
              const err10 = { instancePath: instancePath + "/status/" + i1, schemaPath: "#/properties/status/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema8.properties.status.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema8.properties.status.type, parentSchema: schema8.properties.status, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.tcp !== void 0) {
      let data6 = data.tcp;
      if (typeof data6 === "string") {
        if (!pattern3.test(data6)) {
          const err12 = { instancePath: instancePath + "/tcp", schemaPath: "#/properties/tcp/pattern", keyword: "pattern", params: { pattern: "^[^\\s:]+:[0-9]{1,5}$" }, message: 'must match pattern "^[^\\s:]+:[0-9]{1,5}$"', schema: "^[^\\s:]+:[0-9]{1,5}$", parentSchema: schema8.properties.tcp, data: data6 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/tcp", schemaPath: "#/properties/tcp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.properties.tcp.type, parentSchema: schema8.properties.tcp, data: data6 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data7 = data.command;
      if (typeof data7 === "string") {
        if (!pattern10.test(data7)) {
          const err14 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/pattern", keyword: "pattern", params: { pattern: "^[^\\s/]+$" }, message: 'must match pattern "^[^\\s/]+$"', schema: "^[^\\s/]+$", parentSchema: schema8.properties.command, data: data7 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.properties.command.type, parentSchema: schema8.properties.command, data: data7 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.run !== void 0) {
      let data8 = data.run;
      if (typeof data8 === "string") {
        if (func2(data8) < 1) {
          const err16 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8.properties.run, data: data8 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.properties.run.type, parentSchema: schema8.properties.run, data: data8 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.timeout !== void 0) {
      let data9 = data.timeout;
      if (typeof data9 === "string") {
        if (!pattern4.test(data9)) {
          const err18 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema8.properties.timeout, data: data9 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.properties.timeout.type, parentSchema: schema8.properties.timeout, data: data9 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.type, parentSchema: schema8, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
var schema9 = { "type": "object", "additionalProperties": false, "required": ["openapi"], "description": "Contract checks: every documented operation of an OpenAPI description (3.0, 3.1 or Swagger 2.0) is called on the live service and its answers checked against the description; declared flows check data round trips; an optional external contract command (e.g. Pact provider verification) is counted in the same results.", "properties": { "openapi": { "type": "string", "minLength": 1, "description": "Path of the OpenAPI / Swagger description (YAML or JSON), relative to the workspace. $refs to other files are resolved." }, "baseUrl": { "type": "string", "pattern": "^https?://", "description": "Base URL the operations' paths are appended to, including any path prefix (e.g. https://api.example.com/v1). Default: the URL of the integration's service." }, "include": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Operations to exercise (default: all). Each entry is an operationId ('createPayment'), a tag ('tag:payments') or a method and path pattern ('GET /payments*', '* /payments/{paymentId}'); * matches any characters." }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Operations not to exercise, same patterns as include. Excluded operations still count as documented, so they lower contract.coverage." }, "allowWrites": { "type": "boolean", "description": "Send non-safe methods (POST, PUT, PATCH, DELETE). Default: true against a service the manifest starts, false against any other URL (then only GET, HEAD, OPTIONS are sent)." }, "auth": { "type": "object", "description": "Credentials for the description's security schemes, by scheme name. Secrets come from environment variables and are redacted from logs and evidence.", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["fromEnv"], "description": "apiKey: the key; http bearer / oauth2 / openIdConnect: the token; http basic: user:password.", "properties": { "fromEnv": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Environment variable holding the secret." } } } }, "checks": { "type": "object", "additionalProperties": false, "description": "Switch checks off for every operation (prefer per-operation waivers), and set the optional response-time limit.", "properties": { "not_a_server_error": { "type": "boolean", "description": "No response may be a 5xx. Default: on." }, "status_code_conformance": { "type": "boolean", "description": "The status is documented for the operation (exactly, as a range such as 2XX, or by 'default'). Default: on." }, "content_type_conformance": { "type": "boolean", "description": "The Content-Type is one documented for that status. Default: on." }, "response_schema_conformance": { "type": "boolean", "description": "The JSON body validates against the documented schema (formats checked; nullable for 3.0; JSON Schema 2020-12 for 3.1). Default: on." }, "response_headers_conformance": { "type": "boolean", "description": "Required documented headers are present and documented headers match their schema. Default: on." }, "negative_data_rejection": { "type": "boolean", "description": "Requests that violate the request schema get a 4xx, not a 2xx or 5xx. Default: on." }, "round_trip": { "type": "boolean", "description": "Declared flows keep the data they should. Default: on." }, "max_response_time": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Every response must arrive within this time (off unless set). A duration: 250ms, 30s, 10m, 1h, 1m30s." }, "request_timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Time limit of each request (default 10s). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } }, "waivers": { "type": "array", "description": "Checks switched off for one operation, with the reason; recorded as waivers in the evidence (and the would-be verdict kept).", "items": { "type": "object", "additionalProperties": false, "required": ["operation", "check", "reason"], "description": "One waiver.", "properties": { "operation": { "type": "string", "minLength": 1, "description": "operationId or 'METHOD /path' pattern the waiver applies to; '*' for all." }, "check": { "type": "string", "enum": ["not_a_server_error", "status_code_conformance", "content_type_conformance", "response_schema_conformance", "response_headers_conformance", "negative_data_rejection", "max_response_time", "round_trip", "external_command", "*"], "description": "The check waived, or '*' for all checks of the operation." }, "reason": { "type": "string", "minLength": 3, "description": "Why the check is waived (shown to reviewers and auditors)." } } } }, "flows": { "type": "array", "description": "Round trips (create \u2192 read \u2192 compare \u2192 delete): steps call operations, capture values from responses, and compare fields that must survive.", "items": { "type": "object", "additionalProperties": false, "required": ["name", "steps"], "description": "One flow.", "properties": { "name": { "type": "string", "minLength": 1, "description": "Name of the flow in reports." }, "steps": { "type": "array", "minItems": 1, "description": "The requests of the flow, in order.", "items": { "type": "object", "additionalProperties": false, "required": ["id"], "description": "One request: the operation (or an OpenAPI link to follow), its parameters and body, the expected status, the values to capture and the equalities to check.", "properties": { "id": { "type": "string", "pattern": "^[A-Za-z0-9_-]+$", "description": "Step id, used by later steps as $steps.<id>.\u2026" }, "operation": { "type": "string", "minLength": 1, "description": "operationId or 'METHOD /path' of the operation the step calls." }, "link": { "type": "string", "minLength": 1, "description": "Name of an OpenAPI link on the response of step `from`: the step calls its target operation with the parameters the link declares." }, "from": { "type": "string", "description": "Step whose response `link` is read from (default: the previous step)." }, "params": { "type": "object", "description": "Parameter values by name (path, query, header, cookie). Strings may be runtime expressions: $steps.<id>.outputs.<name>, $steps.<id>.response.body#/pointer, $steps.<id>.request.body#/pointer, $steps.<id>.response.header.<name>." }, "body": { "description": "Request body (default: the example or a generated one). String leaves may be runtime expressions." }, "status": { "type": "integer", "minimum": 100, "maximum": 599, "description": "Expected status (default: any 2xx)." }, "outputs": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Values captured from this step: name \u2192 $response.body#/pointer, $response.header.<name>, $request.body#/pointer, $statusCode." }, "equals": { "type": "object", "description": 'Equality checks: runtime expression \u2192 expected value or another expression, e.g. "$response.body#/amount": "$steps.create.request.body#/amount".' }, "survives": { "type": "object", "additionalProperties": false, "required": ["from", "fields"], "description": "Shorthand: each field of step `from`'s request body must come back unchanged in this step's response body.", "properties": { "from": { "type": "string", "description": "Step id whose request body holds the expected values." }, "fields": { "type": "array", "minItems": 1, "items": { "type": "string" }, "description": "Field names or JSON pointers (/amount, /customer/name)." } } } } } } } } }, "command": { "type": "object", "additionalProperties": false, "required": ["run", "junit"], "description": "An external contract tool (Pact provider verification, Dredd, Schemathesis\u2026) that writes JUnit; each test case counts as a contract check. It gets INTEGRATION_GATE_BASE_URL in its environment.", "properties": { "run": { "type": "string", "minLength": 1, "description": "Shell command." }, "junit": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }], "description": "Glob(s) of the JUnit files it writes. Relative to cwd; only files written during this run count." }, "cwd": { "type": "string", "description": "Working folder, relative to the workspace (default: the workspace)." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Time limit; on expiry the whole process tree is killed (default 10m). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } } } };
var func7 = Object.prototype.hasOwnProperty;
var pattern17 = new RegExp("^[A-Za-z0-9_-]+$", "u");
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.openapi === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "openapi" }, message: "must have required property 'openapi'", schema: schema9.required, parentSchema: schema9, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func7.call(schema9.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.openapi !== void 0) {
      let data0 = data.openapi;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/openapi", schemaPath: "#/properties/openapi/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema9.properties.openapi, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/openapi", schemaPath: "#/properties/openapi/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.openapi.type, parentSchema: schema9.properties.openapi, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.baseUrl !== void 0) {
      let data1 = data.baseUrl;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err4 = { instancePath: instancePath + "/baseUrl", schemaPath: "#/properties/baseUrl/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema9.properties.baseUrl, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/baseUrl", schemaPath: "#/properties/baseUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.baseUrl.type, parentSchema: schema9.properties.baseUrl, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data2 = data.include;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err6 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema9.properties.include.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.include.items.type, parentSchema: schema9.properties.include.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema9.properties.include.type, parentSchema: schema9.properties.include, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data4 = data.exclude;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err9 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema9.properties.exclude.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.exclude.items.type, parentSchema: schema9.properties.exclude.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema9.properties.exclude.type, parentSchema: schema9.properties.exclude, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.allowWrites !== void 0) {
      let data6 = data.allowWrites;
      if (typeof data6 !== "boolean") {
        const err12 = { instancePath: instancePath + "/allowWrites", schemaPath: "#/properties/allowWrites/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema9.properties.allowWrites.type, parentSchema: schema9.properties.allowWrites, data: data6 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.auth !== void 0) {
      let data7 = data.auth;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key1 in data7) {
          let data8 = data7[key1];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.fromEnv === void 0) {
              const err13 = { instancePath: instancePath + "/auth/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/auth/additionalProperties/required", keyword: "required", params: { missingProperty: "fromEnv" }, message: "must have required property 'fromEnv'", schema: schema9.properties.auth.additionalProperties.required, parentSchema: schema9.properties.auth.additionalProperties, data: data8 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            for (const key2 in data8) {
              if (!(key2 === "fromEnv")) {
                const err14 = { instancePath: instancePath + "/auth/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/auth/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9.properties.auth.additionalProperties, data: data8 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data8.fromEnv !== void 0) {
              let data9 = data8.fromEnv;
              if (typeof data9 === "string") {
                if (!pattern0.test(data9)) {
                  const err15 = { instancePath: instancePath + "/auth/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/fromEnv", schemaPath: "#/properties/auth/additionalProperties/properties/fromEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema9.properties.auth.additionalProperties.properties.fromEnv, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/auth/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/fromEnv", schemaPath: "#/properties/auth/additionalProperties/properties/fromEnv/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.auth.additionalProperties.properties.fromEnv.type, parentSchema: schema9.properties.auth.additionalProperties.properties.fromEnv, data: data9 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/auth/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/auth/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.auth.additionalProperties.type, parentSchema: schema9.properties.auth.additionalProperties, data: data8 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.auth.type, parentSchema: schema9.properties.auth, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.checks !== void 0) {
      let data10 = data.checks;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key3 in data10) {
          if (!func7.call(schema9.properties.checks.properties, key3)) {
            const err19 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9.properties.checks, data: data10 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data10.not_a_server_error !== void 0) {
          let data11 = data10.not_a_server_error;
          if (typeof data11 !== "boolean") {
            const err20 = { instancePath: instancePath + "/checks/not_a_server_error", schemaPath: "#/properties/checks/properties/not_a_server_error/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema9.properties.checks.properties.not_a_server_error.type, parentSchema: schema9.properties.checks.properties.not_a_server_error, data: data11 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data10.status_code_conformance !== void 0) {
          let data12 = data10.status_code_conformance;
          if (typeof data12 !== "boolean") {
            const err21 = { instancePath: instancePath + "/checks/status_code_conformance", schemaPath: "#/properties/checks/properties/status_code_conformance/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema9.properties.checks.properties.status_code_conformance.type, parentSchema: schema9.properties.checks.properties.status_code_conformance, data: data12 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data10.content_type_conformance !== void 0) {
          let data13 = data10.content_type_conformance;
          if (typeof data13 !== "boolean") {
            const err22 = { instancePath: instancePath + "/checks/content_type_conformance", schemaPath: "#/properties/checks/properties/content_type_conformance/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema9.properties.checks.properties.content_type_conformance.type, parentSchema: schema9.properties.checks.properties.content_type_conformance, data: data13 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data10.response_schema_conformance !== void 0) {
          let data14 = data10.response_schema_conformance;
          if (typeof data14 !== "boolean") {
            const err23 = { instancePath: instancePath + "/checks/response_schema_conformance", schemaPath: "#/properties/checks/properties/response_schema_conformance/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema9.properties.checks.properties.response_schema_conformance.type, parentSchema: schema9.properties.checks.properties.response_schema_conformance, data: data14 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data10.response_headers_conformance !== void 0) {
          let data15 = data10.response_headers_conformance;
          if (typeof data15 !== "boolean") {
            const err24 = { instancePath: instancePath + "/checks/response_headers_conformance", schemaPath: "#/properties/checks/properties/response_headers_conformance/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema9.properties.checks.properties.response_headers_conformance.type, parentSchema: schema9.properties.checks.properties.response_headers_conformance, data: data15 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data10.negative_data_rejection !== void 0) {
          let data16 = data10.negative_data_rejection;
          if (typeof data16 !== "boolean") {
            const err25 = { instancePath: instancePath + "/checks/negative_data_rejection", schemaPath: "#/properties/checks/properties/negative_data_rejection/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema9.properties.checks.properties.negative_data_rejection.type, parentSchema: schema9.properties.checks.properties.negative_data_rejection, data: data16 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data10.round_trip !== void 0) {
          let data17 = data10.round_trip;
          if (typeof data17 !== "boolean") {
            const err26 = { instancePath: instancePath + "/checks/round_trip", schemaPath: "#/properties/checks/properties/round_trip/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema9.properties.checks.properties.round_trip.type, parentSchema: schema9.properties.checks.properties.round_trip, data: data17 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data10.max_response_time !== void 0) {
          let data18 = data10.max_response_time;
          if (typeof data18 === "string") {
            if (!pattern4.test(data18)) {
              const err27 = { instancePath: instancePath + "/checks/max_response_time", schemaPath: "#/properties/checks/properties/max_response_time/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema9.properties.checks.properties.max_response_time, data: data18 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/checks/max_response_time", schemaPath: "#/properties/checks/properties/max_response_time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.checks.properties.max_response_time.type, parentSchema: schema9.properties.checks.properties.max_response_time, data: data18 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data10.request_timeout !== void 0) {
          let data19 = data10.request_timeout;
          if (typeof data19 === "string") {
            if (!pattern4.test(data19)) {
              const err29 = { instancePath: instancePath + "/checks/request_timeout", schemaPath: "#/properties/checks/properties/request_timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema9.properties.checks.properties.request_timeout, data: data19 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = { instancePath: instancePath + "/checks/request_timeout", schemaPath: "#/properties/checks/properties/request_timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.checks.properties.request_timeout.type, parentSchema: schema9.properties.checks.properties.request_timeout, data: data19 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.checks.type, parentSchema: schema9.properties.checks, data: data10 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data20 = data.waivers;
      if (Array.isArray(data20)) {
        const len2 = data20.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data21 = data20[i2];
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.operation === void 0) {
              const err32 = { instancePath: instancePath + "/waivers/" + i2, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "operation" }, message: "must have required property 'operation'", schema: schema9.properties.waivers.items.required, parentSchema: schema9.properties.waivers.items, data: data21 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data21.check === void 0) {
              const err33 = { instancePath: instancePath + "/waivers/" + i2, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "check" }, message: "must have required property 'check'", schema: schema9.properties.waivers.items.required, parentSchema: schema9.properties.waivers.items, data: data21 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data21.reason === void 0) {
              const err34 = { instancePath: instancePath + "/waivers/" + i2, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema9.properties.waivers.items.required, parentSchema: schema9.properties.waivers.items, data: data21 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            for (const key4 in data21) {
              if (!(key4 === "operation" || key4 === "check" || key4 === "reason")) {
                const err35 = { instancePath: instancePath + "/waivers/" + i2, schemaPath: "#/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9.properties.waivers.items, data: data21 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data21.operation !== void 0) {
              let data22 = data21.operation;
              if (typeof data22 === "string") {
                if (func2(data22) < 1) {
                  const err36 = { instancePath: instancePath + "/waivers/" + i2 + "/operation", schemaPath: "#/properties/waivers/items/properties/operation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema9.properties.waivers.items.properties.operation, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = { instancePath: instancePath + "/waivers/" + i2 + "/operation", schemaPath: "#/properties/waivers/items/properties/operation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.waivers.items.properties.operation.type, parentSchema: schema9.properties.waivers.items.properties.operation, data: data22 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data21.check !== void 0) {
              let data23 = data21.check;
              if (typeof data23 !== "string") {
                const err38 = { instancePath: instancePath + "/waivers/" + i2 + "/check", schemaPath: "#/properties/waivers/items/properties/check/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.waivers.items.properties.check.type, parentSchema: schema9.properties.waivers.items.properties.check, data: data23 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              if (!(data23 === "not_a_server_error" || data23 === "status_code_conformance" || data23 === "content_type_conformance" || data23 === "response_schema_conformance" || data23 === "response_headers_conformance" || data23 === "negative_data_rejection" || data23 === "max_response_time" || data23 === "round_trip" || data23 === "external_command" || data23 === "*")) {
                const err39 = { instancePath: instancePath + "/waivers/" + i2 + "/check", schemaPath: "#/properties/waivers/items/properties/check/enum", keyword: "enum", params: { allowedValues: schema9.properties.waivers.items.properties.check.enum }, message: "must be equal to one of the allowed values", schema: schema9.properties.waivers.items.properties.check.enum, parentSchema: schema9.properties.waivers.items.properties.check, data: data23 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data21.reason !== void 0) {
              let data24 = data21.reason;
              if (typeof data24 === "string") {
                if (func2(data24) < 3) {
                  const err40 = { instancePath: instancePath + "/waivers/" + i2 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema9.properties.waivers.items.properties.reason, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              } else {
                const err41 = { instancePath: instancePath + "/waivers/" + i2 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.waivers.items.properties.reason.type, parentSchema: schema9.properties.waivers.items.properties.reason, data: data24 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/waivers/" + i2, schemaPath: "#/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.waivers.items.type, parentSchema: schema9.properties.waivers.items, data: data21 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema9.properties.waivers.type, parentSchema: schema9.properties.waivers, data: data20 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.flows !== void 0) {
      let data25 = data.flows;
      if (Array.isArray(data25)) {
        const len3 = data25.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data26 = data25[i3];
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            if (data26.name === void 0) {
              const err44 = { instancePath: instancePath + "/flows/" + i3, schemaPath: "#/properties/flows/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema9.properties.flows.items.required, parentSchema: schema9.properties.flows.items, data: data26 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data26.steps === void 0) {
              const err45 = { instancePath: instancePath + "/flows/" + i3, schemaPath: "#/properties/flows/items/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'", schema: schema9.properties.flows.items.required, parentSchema: schema9.properties.flows.items, data: data26 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            for (const key5 in data26) {
              if (!(key5 === "name" || key5 === "steps")) {
                const err46 = { instancePath: instancePath + "/flows/" + i3, schemaPath: "#/properties/flows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9.properties.flows.items, data: data26 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data26.name !== void 0) {
              let data27 = data26.name;
              if (typeof data27 === "string") {
                if (func2(data27) < 1) {
                  const err47 = { instancePath: instancePath + "/flows/" + i3 + "/name", schemaPath: "#/properties/flows/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema9.properties.flows.items.properties.name, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/flows/" + i3 + "/name", schemaPath: "#/properties/flows/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.flows.items.properties.name.type, parentSchema: schema9.properties.flows.items.properties.name, data: data27 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data26.steps !== void 0) {
              let data28 = data26.steps;
              if (Array.isArray(data28)) {
                if (data28.length < 1) {
                  const err49 = { instancePath: instancePath + "/flows/" + i3 + "/steps", schemaPath: "#/properties/flows/items/properties/steps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema9.properties.flows.items.properties.steps, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                const len4 = data28.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data29 = data28[i4];
                  if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                    if (data29.id === void 0) {
                      const err50 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4, schemaPath: "#/properties/flows/items/properties/steps/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema9.properties.flows.items.properties.steps.items.required, parentSchema: schema9.properties.flows.items.properties.steps.items, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                    for (const key6 in data29) {
                      if (!func7.call(schema9.properties.flows.items.properties.steps.items.properties, key6)) {
                        const err51 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4, schemaPath: "#/properties/flows/items/properties/steps/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9.properties.flows.items.properties.steps.items, data: data29 };
                        if (vErrors === null) {
                          vErrors = [err51];
                        } else {
                          vErrors.push(err51);
                        }
                        errors++;
                      }
                    }
                    if (data29.id !== void 0) {
                      let data30 = data29.id;
                      if (typeof data30 === "string") {
                        if (!pattern17.test(data30)) {
                          const err52 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/id", schemaPath: "#/properties/flows/items/properties/steps/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]+$" }, message: 'must match pattern "^[A-Za-z0-9_-]+$"', schema: "^[A-Za-z0-9_-]+$", parentSchema: schema9.properties.flows.items.properties.steps.items.properties.id, data: data30 };
                          if (vErrors === null) {
                            vErrors = [err52];
                          } else {
                            vErrors.push(err52);
                          }
                          errors++;
                        }
                      } else {
                        const err53 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/id", schemaPath: "#/properties/flows/items/properties/steps/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.flows.items.properties.steps.items.properties.id.type, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.id, data: data30 };
                        if (vErrors === null) {
                          vErrors = [err53];
                        } else {
                          vErrors.push(err53);
                        }
                        errors++;
                      }
                    }
                    if (data29.operation !== void 0) {
                      let data31 = data29.operation;
                      if (typeof data31 === "string") {
                        if (func2(data31) < 1) {
                          const err54 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/operation", schemaPath: "#/properties/flows/items/properties/steps/items/properties/operation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.operation, data: data31 };
                          if (vErrors === null) {
                            vErrors = [err54];
                          } else {
                            vErrors.push(err54);
                          }
                          errors++;
                        }
                      } else {
                        const err55 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/operation", schemaPath: "#/properties/flows/items/properties/steps/items/properties/operation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.flows.items.properties.steps.items.properties.operation.type, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.operation, data: data31 };
                        if (vErrors === null) {
                          vErrors = [err55];
                        } else {
                          vErrors.push(err55);
                        }
                        errors++;
                      }
                    }
                    if (data29.link !== void 0) {
                      let data32 = data29.link;
                      if (typeof data32 === "string") {
                        if (func2(data32) < 1) {
                          const err56 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/link", schemaPath: "#/properties/flows/items/properties/steps/items/properties/link/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.link, data: data32 };
                          if (vErrors === null) {
                            vErrors = [err56];
                          } else {
                            vErrors.push(err56);
                          }
                          errors++;
                        }
                      } else {
                        const err57 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/link", schemaPath: "#/properties/flows/items/properties/steps/items/properties/link/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.flows.items.properties.steps.items.properties.link.type, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.link, data: data32 };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                    }
                    if (data29.from !== void 0) {
                      let data33 = data29.from;
                      if (typeof data33 !== "string") {
                        const err58 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/from", schemaPath: "#/properties/flows/items/properties/steps/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.flows.items.properties.steps.items.properties.from.type, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.from, data: data33 };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                    }
                    if (data29.params !== void 0) {
                      let data34 = data29.params;
                      if (!(data34 && typeof data34 == "object" && !Array.isArray(data34))) {
                        const err59 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/params", schemaPath: "#/properties/flows/items/properties/steps/items/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.flows.items.properties.steps.items.properties.params.type, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.params, data: data34 };
                        if (vErrors === null) {
                          vErrors = [err59];
                        } else {
                          vErrors.push(err59);
                        }
                        errors++;
                      }
                    }
                    if (data29.status !== void 0) {
                      let data35 = data29.status;
                      if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)))) {
                        const err60 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/status", schemaPath: "#/properties/flows/items/properties/steps/items/properties/status/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema9.properties.flows.items.properties.steps.items.properties.status.type, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.status, data: data35 };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                      if (typeof data35 == "number") {
                        if (data35 > 599 || isNaN(data35)) {
                          const err61 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/status", schemaPath: "#/properties/flows/items/properties/steps/items/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.status, data: data35 };
                          if (vErrors === null) {
                            vErrors = [err61];
                          } else {
                            vErrors.push(err61);
                          }
                          errors++;
                        }
                        if (data35 < 100 || isNaN(data35)) {
                          const err62 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/status", schemaPath: "#/properties/flows/items/properties/steps/items/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.status, data: data35 };
                          if (vErrors === null) {
                            vErrors = [err62];
                          } else {
                            vErrors.push(err62);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data29.outputs !== void 0) {
                      let data36 = data29.outputs;
                      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                        for (const key7 in data36) {
                          let data37 = data36[key7];
                          if (typeof data37 !== "string") {
                            const err63 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/outputs/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/flows/items/properties/steps/items/properties/outputs/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.flows.items.properties.steps.items.properties.outputs.additionalProperties.type, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.outputs.additionalProperties, data: data37 };
                            if (vErrors === null) {
                              vErrors = [err63];
                            } else {
                              vErrors.push(err63);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err64 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/outputs", schemaPath: "#/properties/flows/items/properties/steps/items/properties/outputs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.flows.items.properties.steps.items.properties.outputs.type, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.outputs, data: data36 };
                        if (vErrors === null) {
                          vErrors = [err64];
                        } else {
                          vErrors.push(err64);
                        }
                        errors++;
                      }
                    }
                    if (data29.equals !== void 0) {
                      let data38 = data29.equals;
                      if (!(data38 && typeof data38 == "object" && !Array.isArray(data38))) {
                        const err65 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/equals", schemaPath: "#/properties/flows/items/properties/steps/items/properties/equals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.flows.items.properties.steps.items.properties.equals.type, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.equals, data: data38 };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                    }
                    if (data29.survives !== void 0) {
                      let data39 = data29.survives;
                      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                        if (data39.from === void 0) {
                          const err66 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/survives", schemaPath: "#/properties/flows/items/properties/steps/items/properties/survives/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema9.properties.flows.items.properties.steps.items.properties.survives.required, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.survives, data: data39 };
                          if (vErrors === null) {
                            vErrors = [err66];
                          } else {
                            vErrors.push(err66);
                          }
                          errors++;
                        }
                        if (data39.fields === void 0) {
                          const err67 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/survives", schemaPath: "#/properties/flows/items/properties/steps/items/properties/survives/required", keyword: "required", params: { missingProperty: "fields" }, message: "must have required property 'fields'", schema: schema9.properties.flows.items.properties.steps.items.properties.survives.required, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.survives, data: data39 };
                          if (vErrors === null) {
                            vErrors = [err67];
                          } else {
                            vErrors.push(err67);
                          }
                          errors++;
                        }
                        for (const key8 in data39) {
                          if (!(key8 === "from" || key8 === "fields")) {
                            const err68 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/survives", schemaPath: "#/properties/flows/items/properties/steps/items/properties/survives/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.survives, data: data39 };
                            if (vErrors === null) {
                              vErrors = [err68];
                            } else {
                              vErrors.push(err68);
                            }
                            errors++;
                          }
                        }
                        if (data39.from !== void 0) {
                          let data40 = data39.from;
                          if (typeof data40 !== "string") {
                            const err69 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/survives/from", schemaPath: "#/properties/flows/items/properties/steps/items/properties/survives/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.flows.items.properties.steps.items.properties.survives.properties.from.type, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.survives.properties.from, data: data40 };
                            if (vErrors === null) {
                              vErrors = [err69];
                            } else {
                              vErrors.push(err69);
                            }
                            errors++;
                          }
                        }
                        if (data39.fields !== void 0) {
                          let data41 = data39.fields;
                          if (Array.isArray(data41)) {
                            if (data41.length < 1) {
                              const err70 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/survives/fields", schemaPath: "#/properties/flows/items/properties/steps/items/properties/survives/properties/fields/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.survives.properties.fields, data: data41 };
                              if (vErrors === null) {
                                vErrors = [err70];
                              } else {
                                vErrors.push(err70);
                              }
                              errors++;
                            }
                            const len5 = data41.length;
                            for (let i5 = 0; i5 < len5; i5++) {
                              let data42 = data41[i5];
                              if (typeof data42 !== "string") {
                                const err71 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/survives/fields/" + i5, schemaPath: "#/properties/flows/items/properties/steps/items/properties/survives/properties/fields/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.flows.items.properties.steps.items.properties.survives.properties.fields.items.type, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.survives.properties.fields.items, data: data42 };
                                if (vErrors === null) {
                                  vErrors = [err71];
                                } else {
                                  vErrors.push(err71);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err72 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/survives/fields", schemaPath: "#/properties/flows/items/properties/steps/items/properties/survives/properties/fields/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema9.properties.flows.items.properties.steps.items.properties.survives.properties.fields.type, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.survives.properties.fields, data: data41 };
                            if (vErrors === null) {
                              vErrors = [err72];
                            } else {
                              vErrors.push(err72);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err73 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4 + "/survives", schemaPath: "#/properties/flows/items/properties/steps/items/properties/survives/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.flows.items.properties.steps.items.properties.survives.type, parentSchema: schema9.properties.flows.items.properties.steps.items.properties.survives, data: data39 };
                        if (vErrors === null) {
                          vErrors = [err73];
                        } else {
                          vErrors.push(err73);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err74 = { instancePath: instancePath + "/flows/" + i3 + "/steps/" + i4, schemaPath: "#/properties/flows/items/properties/steps/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.flows.items.properties.steps.items.type, parentSchema: schema9.properties.flows.items.properties.steps.items, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
              } else {
                const err75 = { instancePath: instancePath + "/flows/" + i3 + "/steps", schemaPath: "#/properties/flows/items/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema9.properties.flows.items.properties.steps.type, parentSchema: schema9.properties.flows.items.properties.steps, data: data28 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/flows/" + i3, schemaPath: "#/properties/flows/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.flows.items.type, parentSchema: schema9.properties.flows.items, data: data26 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/flows", schemaPath: "#/properties/flows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema9.properties.flows.type, parentSchema: schema9.properties.flows, data: data25 };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data43 = data.command;
      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        if (data43.run === void 0) {
          const err78 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'", schema: schema9.properties.command.required, parentSchema: schema9.properties.command, data: data43 };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
        if (data43.junit === void 0) {
          const err79 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "junit" }, message: "must have required property 'junit'", schema: schema9.properties.command.required, parentSchema: schema9.properties.command, data: data43 };
          if (vErrors === null) {
            vErrors = [err79];
          } else {
            vErrors.push(err79);
          }
          errors++;
        }
        for (const key9 in data43) {
          if (!(key9 === "run" || key9 === "junit" || key9 === "cwd" || key9 === "timeout")) {
            const err80 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9.properties.command, data: data43 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data43.run !== void 0) {
          let data44 = data43.run;
          if (typeof data44 === "string") {
            if (func2(data44) < 1) {
              const err81 = { instancePath: instancePath + "/command/run", schemaPath: "#/properties/command/properties/run/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema9.properties.command.properties.run, data: data44 };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
          } else {
            const err82 = { instancePath: instancePath + "/command/run", schemaPath: "#/properties/command/properties/run/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.command.properties.run.type, parentSchema: schema9.properties.command.properties.run, data: data44 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data43.junit !== void 0) {
          let data45 = data43.junit;
          const _errs102 = errors;
          let valid22 = false;
          const _errs103 = errors;
          if (typeof data45 === "string") {
            if (func2(data45) < 1) {
              const err83 = { instancePath: instancePath + "/command/junit", schemaPath: "#/properties/command/properties/junit/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema9.properties.command.properties.junit.anyOf[0], data: data45 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          } else {
            const err84 = { instancePath: instancePath + "/command/junit", schemaPath: "#/properties/command/properties/junit/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.command.properties.junit.anyOf[0].type, parentSchema: schema9.properties.command.properties.junit.anyOf[0], data: data45 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
          var _valid0 = _errs103 === errors;
          valid22 = valid22 || _valid0;
          if (!valid22) {
            const _errs105 = errors;
            if (Array.isArray(data45)) {
              if (data45.length < 1) {
                const err85 = { instancePath: instancePath + "/command/junit", schemaPath: "#/properties/command/properties/junit/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema9.properties.command.properties.junit.anyOf[1], data: data45 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
              const len6 = data45.length;
              for (let i6 = 0; i6 < len6; i6++) {
                let data46 = data45[i6];
                if (typeof data46 === "string") {
                  if (func2(data46) < 1) {
                    const err86 = { instancePath: instancePath + "/command/junit/" + i6, schemaPath: "#/properties/command/properties/junit/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema9.properties.command.properties.junit.anyOf[1].items, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                } else {
                  const err87 = { instancePath: instancePath + "/command/junit/" + i6, schemaPath: "#/properties/command/properties/junit/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.command.properties.junit.anyOf[1].items.type, parentSchema: schema9.properties.command.properties.junit.anyOf[1].items, data: data46 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              }
            } else {
              const err88 = { instancePath: instancePath + "/command/junit", schemaPath: "#/properties/command/properties/junit/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema9.properties.command.properties.junit.anyOf[1].type, parentSchema: schema9.properties.command.properties.junit.anyOf[1], data: data45 };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
            var _valid0 = _errs105 === errors;
            valid22 = valid22 || _valid0;
          }
          if (!valid22) {
            const err89 = { instancePath: instancePath + "/command/junit", schemaPath: "#/properties/command/properties/junit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema9.properties.command.properties.junit.anyOf, parentSchema: schema9.properties.command.properties.junit, data: data45 };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          } else {
            errors = _errs102;
            if (vErrors !== null) {
              if (_errs102) {
                vErrors.length = _errs102;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data43.cwd !== void 0) {
          let data47 = data43.cwd;
          if (typeof data47 !== "string") {
            const err90 = { instancePath: instancePath + "/command/cwd", schemaPath: "#/properties/command/properties/cwd/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.command.properties.cwd.type, parentSchema: schema9.properties.command.properties.cwd, data: data47 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data43.timeout !== void 0) {
          let data48 = data43.timeout;
          if (typeof data48 === "string") {
            if (!pattern4.test(data48)) {
              const err91 = { instancePath: instancePath + "/command/timeout", schemaPath: "#/properties/command/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema9.properties.command.properties.timeout, data: data48 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          } else {
            const err92 = { instancePath: instancePath + "/command/timeout", schemaPath: "#/properties/command/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.command.properties.timeout.type, parentSchema: schema9.properties.command.properties.timeout, data: data48 };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
      } else {
        const err93 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.properties.command.type, parentSchema: schema9.properties.command, data: data43 };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
    }
  } else {
    const err94 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.type, parentSchema: schema9, data };
    if (vErrors === null) {
      vErrors = [err94];
    } else {
      vErrors.push(err94);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
var schema10 = { "type": "array", "minItems": 1, "description": "Test commands that write JUnit XML.", "items": { "type": "object", "additionalProperties": false, "required": ["command", "junit"], "properties": { "name": { "type": "string", "description": "Label for reports (default: the command)." }, "command": { "type": "string", "minLength": 1, "description": "Shell command that runs the tests (npm run test:integration, pytest \u2026)." }, "junit": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }], "description": "Glob(s) of the JUnit XML files the command writes. Relative to cwd; only files written during this run count." }, "cwd": { "type": "string", "description": "Working folder, relative to the workspace (default: the workspace)." }, "env": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Extra environment variables." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Time limit; on expiry the whole process tree is killed (default 10m). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } } };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema10, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.command === void 0) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'", schema: schema10.items.required, parentSchema: schema10.items, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.junit === void 0) {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "junit" }, message: "must have required property 'junit'", schema: schema10.items.required, parentSchema: schema10.items, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === "name" || key0 === "command" || key0 === "junit" || key0 === "cwd" || key0 === "env" || key0 === "timeout")) {
            const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema10.items, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.name !== void 0) {
          let data1 = data0.name;
          if (typeof data1 !== "string") {
            const err4 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.items.properties.name.type, parentSchema: schema10.items.properties.name, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.command !== void 0) {
          let data2 = data0.command;
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err5 = { instancePath: instancePath + "/" + i0 + "/command", schemaPath: "#/items/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema10.items.properties.command, data: data2 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/" + i0 + "/command", schemaPath: "#/items/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.items.properties.command.type, parentSchema: schema10.items.properties.command, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.junit !== void 0) {
          let data3 = data0.junit;
          const _errs9 = errors;
          let valid3 = false;
          const _errs10 = errors;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err7 = { instancePath: instancePath + "/" + i0 + "/junit", schemaPath: "#/items/properties/junit/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema10.items.properties.junit.anyOf[0], data: data3 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/" + i0 + "/junit", schemaPath: "#/items/properties/junit/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.items.properties.junit.anyOf[0].type, parentSchema: schema10.items.properties.junit.anyOf[0], data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          var _valid0 = _errs10 === errors;
          valid3 = valid3 || _valid0;
          if (!valid3) {
            const _errs12 = errors;
            if (Array.isArray(data3)) {
              if (data3.length < 1) {
                const err9 = { instancePath: instancePath + "/" + i0 + "/junit", schemaPath: "#/items/properties/junit/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema10.items.properties.junit.anyOf[1], data: data3 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              const len1 = data3.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data4 = data3[i1];
                if (typeof data4 === "string") {
                  if (func2(data4) < 1) {
                    const err10 = { instancePath: instancePath + "/" + i0 + "/junit/" + i1, schemaPath: "#/items/properties/junit/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema10.items.properties.junit.anyOf[1].items, data: data4 };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                } else {
                  const err11 = { instancePath: instancePath + "/" + i0 + "/junit/" + i1, schemaPath: "#/items/properties/junit/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.items.properties.junit.anyOf[1].items.type, parentSchema: schema10.items.properties.junit.anyOf[1].items, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
            } else {
              const err12 = { instancePath: instancePath + "/" + i0 + "/junit", schemaPath: "#/items/properties/junit/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema10.items.properties.junit.anyOf[1].type, parentSchema: schema10.items.properties.junit.anyOf[1], data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            var _valid0 = _errs12 === errors;
            valid3 = valid3 || _valid0;
          }
          if (!valid3) {
            const err13 = { instancePath: instancePath + "/" + i0 + "/junit", schemaPath: "#/items/properties/junit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema10.items.properties.junit.anyOf, parentSchema: schema10.items.properties.junit, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          } else {
            errors = _errs9;
            if (vErrors !== null) {
              if (_errs9) {
                vErrors.length = _errs9;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data0.cwd !== void 0) {
          let data5 = data0.cwd;
          if (typeof data5 !== "string") {
            const err14 = { instancePath: instancePath + "/" + i0 + "/cwd", schemaPath: "#/items/properties/cwd/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.items.properties.cwd.type, parentSchema: schema10.items.properties.cwd, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data0.env !== void 0) {
          let data6 = data0.env;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (const key1 in data6) {
              let data7 = data6[key1];
              if (typeof data7 !== "string") {
                const err15 = { instancePath: instancePath + "/" + i0 + "/env/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/env/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.items.properties.env.additionalProperties.type, parentSchema: schema10.items.properties.env.additionalProperties, data: data7 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/" + i0 + "/env", schemaPath: "#/items/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema10.items.properties.env.type, parentSchema: schema10.items.properties.env, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data0.timeout !== void 0) {
          let data8 = data0.timeout;
          if (typeof data8 === "string") {
            if (!pattern4.test(data8)) {
              const err17 = { instancePath: instancePath + "/" + i0 + "/timeout", schemaPath: "#/items/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema10.items.properties.timeout, data: data8 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/" + i0 + "/timeout", schemaPath: "#/items/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.items.properties.timeout.type, parentSchema: schema10.items.properties.timeout, data: data8 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema10.items.type, parentSchema: schema10.items, data: data0 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema10.type, parentSchema: schema10, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
var schema11 = { "type": "array", "description": "Load jobs for this integration: the built-in engine (open or closed model, limits discovery) or k6 scripts.", "items": { "type": "object", "additionalProperties": false, "description": "A load job. engine builtin (default, nothing to install): requests + rate (open model) or vus (closed model) + duration or iterations. engine k6: a k6 script run with k6 from PATH.", "properties": { "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "Job name, used in ids, metric keys and evidence folders (default: its position)." }, "engine": { "type": "string", "enum": ["builtin", "k6"], "default": "builtin", "description": "builtin (embedded engine) or k6 (k6 from PATH; in GitHub install it with grafana/setup-k6-action)." }, "url": { "type": "string", "pattern": "^https?://", "description": "Base URL (default: the integration's service URL). The built-in engine speaks plain HTTP/1.1." }, "allow_remote": { "type": "boolean", "default": false, "description": "Allow a target that is not on the loopback interface. Off by default so a manifest cannot load-test a remote host by accident." }, "requests": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["path"], "description": "One request of the mix.", "properties": { "method": { "type": "string", "enum": ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"], "default": "GET", "description": "HTTP method (default GET)." }, "path": { "type": "string", "pattern": "^/", "description": "Path and query, relative to the base URL, e.g. '/quotes?currency=EUR'." }, "headers": { "type": "object", "description": "Request headers. Values may come from the environment: { Authorization: { fromEnv: API_TOKEN } }.", "propertyNames": { "pattern": "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" }, "additionalProperties": { "description": "Header value: literal text, or { fromEnv: NAME } to read it from an environment variable at run time (redacted in logs and evidence).", "oneOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "required": ["fromEnv"], "properties": { "fromEnv": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Name of the environment variable holding the value." } } }] } }, "body": { "description": "Request body: a string is sent as is; an object or array is sent as JSON (content-type application/json unless set).", "type": ["string", "object", "array"] }, "weight": { "type": "number", "exclusiveMinimum": 0, "default": 1, "description": "Relative share of this request in the mix (default 1)." } } }, "description": "Builtin: the request mix, chosen by weight." }, "rate": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", "description": "Builtin open model: constant arrival rate (or the starting rate of `stages`). Rate with a unit: 200/s, 6000/m." }, "stages": { "type": "array", "minItems": 1, "description": "Builtin open model: ramping arrival rate, linear from the previous target (the first stage starts from `rate`, default 0/s).", "items": { "type": "object", "additionalProperties": false, "required": ["duration", "target"], "properties": { "duration": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Length of the stage. Duration with a unit: 250ms, 30s, 5m, 1m30s." }, "target": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", "description": "Rate reached at the end of the stage. Rate with a unit: 200/s, 6000/m." } } } }, "vus": { "type": "integer", "minimum": 1, "maximum": 1e4, "description": "Builtin closed model: number of virtual users, each sending its next request when the previous answered." }, "think": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Builtin closed model: pause of each VU between requests (default 0). Duration with a unit: 250ms, 30s, 5m, 1m30s." }, "duration": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "How long to generate load. Required unless `iterations` or `stages` bound the job. Duration with a unit: 250ms, 30s, 5m, 1m30s." }, "iterations": { "type": "integer", "minimum": 1, "maximum": 1e8, "description": "Total number of requests (builtin). With `duration` too, whichever comes first." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Builtin: per-request timeout (default 10s). k6: bound on the whole k6 run (default 30m). Duration with a unit: 250ms, 30s, 5m, 1m30s." }, "connections": { "type": "integer", "minimum": 1, "maximum": 1e4, "description": "Builtin open model: most concurrent connections (default 256); requests beyond wait, and their wait counts in latency." }, "expect": { "type": "object", "additionalProperties": false, "description": "What counts as success.", "properties": { "status": { "type": "array", "minItems": 1, "items": { "type": "integer", "minimum": 100, "maximum": 599 }, "description": "Statuses that count as success (default: any 2xx or 3xx)." } } }, "limits": { "type": "object", "additionalProperties": false, "description": "Limits discovery: instead of one fixed load, step the arrival rate up until the service answers 429 (or another limiting status), the error rate passes a bound, or p95 passes the SLA; then bisect. Reports the highest rate that held and the first that did not, in api-limits.md.", "properties": { "start": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", "description": "First rate tried (default 10/s). Rate with a unit: 200/s, 6000/m." }, "max": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", "description": "Highest rate tried (default 2000/s); discovery stops there. Rate with a unit: 200/s, 6000/m." }, "factor": { "type": "number", "minimum": 1.05, "maximum": 10, "default": 2, "description": "Multiplier between coarse steps until a rate fails (default 2)." }, "step": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Duration of each step (default 2s). Duration with a unit: 250ms, 30s, 5m, 1m30s." }, "resolution": { "description": "Bisection stops when first-failing / highest-held is within this (default 5%). A percentage ('1%') or a ratio (0.01).", "oneOf": [{ "type": "number", "minimum": 0, "maximum": 1 }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "status": { "type": "array", "items": { "type": "integer", "minimum": 100, "maximum": 599 }, "minItems": 1, "description": 'Statuses that mean "rate limited" (default [429]).' }, "status_max": { "description": "Share of limiting statuses at which a step fails (default 1%). A percentage ('1%') or a ratio (0.01).", "oneOf": [{ "type": "number", "minimum": 0, "maximum": 1 }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "error_rate": { "description": "Share of other failures (timeouts, 5xx, refused) at which a step fails (default 1%). A percentage ('1%') or a ratio (0.01).", "oneOf": [{ "type": "number", "minimum": 0, "maximum": 1 }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "p95_ms": { "type": "number", "exclusiveMinimum": 0, "description": "SLA: a step whose p95 exceeds this (ms) fails (default: the job's p95_ms gate, else 1000)." }, "pause": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Pause between steps, so a token bucket refills (default 250ms). Duration with a unit: 250ms, 30s, 5m, 1m30s." } } }, "gates": { "type": "object", "additionalProperties": false, "description": "Gates on this job's own metrics (metric load.<name>@<jobId>), e.g. { p95_ms: { max: 500 } }.", "properties": { "p50_ms": { "type": "object", "additionalProperties": false, "description": "Median latency (ms). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "p90_ms": { "type": "object", "additionalProperties": false, "description": "90th percentile latency (ms). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "p95_ms": { "type": "object", "additionalProperties": false, "description": "95th percentile latency (ms). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "p99_ms": { "type": "object", "additionalProperties": false, "description": "99th percentile latency (ms). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "max_ms": { "type": "object", "additionalProperties": false, "description": "Highest latency (ms). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "rps": { "type": "object", "additionalProperties": false, "description": "Achieved throughput: completed requests per second. A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "error_rate": { "type": "object", "additionalProperties": false, "description": "Failed requests / requests (ratio). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "reliability": { "type": "object", "additionalProperties": false, "description": "1 - error_rate (ratio). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "requests": { "type": "object", "additionalProperties": false, "description": "Requests completed (count). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "cpu_percent_max": { "type": "object", "additionalProperties": false, "description": "Highest CPU use of the service process tree during load (percent of one core). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "memory_bytes_max": { "type": "object", "additionalProperties": false, "description": "Highest resident memory of the service process tree during load (bytes). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "limit_rps": { "type": "object", "additionalProperties": false, "description": "Limits discovery: highest rate that held (per second). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "k6_thresholds": { "type": "object", "additionalProperties": false, "description": "k6: share of the script's thresholds that passed (1 = all). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] } } }, "script": { "type": "string", "minLength": 1, "description": "k6: path of the k6 script, inside the workspace." }, "k6": { "type": "object", "additionalProperties": false, "description": "k6 engine options.", "properties": { "args": { "type": "array", "items": { "type": "string" }, "description": "Extra arguments for 'k6 run' (e.g. ['--vus', '20'])." }, "env": { "type": "object", "description": "Variables passed with --env (visible as __ENV in the script); values may be { fromEnv: NAME }. BASE_URL defaults to the base URL.", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "description": "Header value: literal text, or { fromEnv: NAME } to read it from an environment variable at run time (redacted in logs and evidence).", "oneOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "required": ["fromEnv"], "properties": { "fromEnv": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Name of the environment variable holding the value." } } }] } }, "thresholds_severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "Severity of the gate made from the script's thresholds (default major)." } } } }, "if": { "properties": { "engine": { "const": "k6" } }, "required": ["engine"] }, "then": { "required": ["script"] }, "else": { "required": ["requests"] } } };
var pattern22 = new RegExp("^/", "u");
var pattern23 = new RegExp("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", "u");
var pattern25 = new RegExp("^[0-9]+(\\.[0-9]+)?/(s|m|h)$", "u");
var pattern34 = new RegExp("^-?[0-9]+(\\.[0-9]+)?%$", "u");
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/then/required", keyword: "required", params: { missingProperty: "script" }, message: "must have required property 'script'", schema: schema11.items.then.required, parentSchema: schema11.items.then, data: data0 };
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
            const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/else/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property 'requests'", schema: schema11.items.else.required, parentSchema: schema11.items.else, data: data0 };
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
        const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema11.items.if, parentSchema: schema11.items, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key0 in data0) {
          if (!func7.call(schema11.items.properties, key0)) {
            const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items, data: data0 };
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
            if (!pattern1.test(data2)) {
              const err6 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.items.properties.name, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.name.type, parentSchema: schema11.items.properties.name, data: data2 };
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
            const err8 = { instancePath: instancePath + "/" + i0 + "/engine", schemaPath: "#/items/properties/engine/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.engine.type, parentSchema: schema11.items.properties.engine, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (!(data3 === "builtin" || data3 === "k6")) {
            const err9 = { instancePath: instancePath + "/" + i0 + "/engine", schemaPath: "#/items/properties/engine/enum", keyword: "enum", params: { allowedValues: schema11.items.properties.engine.enum }, message: "must be equal to one of the allowed values", schema: schema11.items.properties.engine.enum, parentSchema: schema11.items.properties.engine, data: data3 };
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
            if (!pattern2.test(data4)) {
              const err10 = { instancePath: instancePath + "/" + i0 + "/url", schemaPath: "#/items/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema11.items.properties.url, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/" + i0 + "/url", schemaPath: "#/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.url.type, parentSchema: schema11.items.properties.url, data: data4 };
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
            const err12 = { instancePath: instancePath + "/" + i0 + "/allow_remote", schemaPath: "#/items/properties/allow_remote/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.items.properties.allow_remote.type, parentSchema: schema11.items.properties.allow_remote, data: data5 };
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
              const err13 = { instancePath: instancePath + "/" + i0 + "/requests", schemaPath: "#/items/properties/requests/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.items.properties.requests, data: data6 };
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
                  const err14 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1, schemaPath: "#/items/properties/requests/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema11.items.properties.requests.items.required, parentSchema: schema11.items.properties.requests.items, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                for (const key1 in data7) {
                  if (!(key1 === "method" || key1 === "path" || key1 === "headers" || key1 === "body" || key1 === "weight")) {
                    const err15 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1, schemaPath: "#/items/properties/requests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.requests.items, data: data7 };
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
                    const err16 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/method", schemaPath: "#/items/properties/requests/items/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.requests.items.properties.method.type, parentSchema: schema11.items.properties.requests.items.properties.method, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                  if (!(data8 === "GET" || data8 === "HEAD" || data8 === "POST" || data8 === "PUT" || data8 === "PATCH" || data8 === "DELETE" || data8 === "OPTIONS")) {
                    const err17 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/method", schemaPath: "#/items/properties/requests/items/properties/method/enum", keyword: "enum", params: { allowedValues: schema11.items.properties.requests.items.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema11.items.properties.requests.items.properties.method.enum, parentSchema: schema11.items.properties.requests.items.properties.method, data: data8 };
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
                    if (!pattern22.test(data9)) {
                      const err18 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/path", schemaPath: "#/items/properties/requests/items/properties/path/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: schema11.items.properties.requests.items.properties.path, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                  } else {
                    const err19 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/path", schemaPath: "#/items/properties/requests/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.requests.items.properties.path.type, parentSchema: schema11.items.properties.requests.items.properties.path, data: data9 };
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
                        if (!pattern23.test(key2)) {
                          const err20 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/headers", schemaPath: "#/items/properties/requests/items/properties/headers/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" }, message: 'must match pattern "^[!#$%&\'*+.^_`|~0-9A-Za-z-]+$"', schema: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", parentSchema: schema11.items.properties.requests.items.properties.headers.propertyNames, data: key2, propertyName: key2 };
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
                        const err21 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/headers", schemaPath: "#/items/properties/requests/items/properties/headers/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema11.items.properties.requests.items.properties.headers.propertyNames, parentSchema: schema11.items.properties.requests.items.properties.headers, data: data10 };
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
                        const err22 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/requests/items/properties/headers/additionalProperties/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.requests.items.properties.headers.additionalProperties.oneOf[0].type, parentSchema: schema11.items.properties.requests.items.properties.headers.additionalProperties.oneOf[0], data: data11 };
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
                          const err23 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/requests/items/properties/headers/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "fromEnv" }, message: "must have required property 'fromEnv'", schema: schema11.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1].required, parentSchema: schema11.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1], data: data11 };
                          if (vErrors === null) {
                            vErrors = [err23];
                          } else {
                            vErrors.push(err23);
                          }
                          errors++;
                        }
                        for (const key4 in data11) {
                          if (!(key4 === "fromEnv")) {
                            const err24 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/requests/items/properties/headers/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1], data: data11 };
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
                            if (!pattern0.test(data12)) {
                              const err25 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/fromEnv", schemaPath: "#/items/properties/requests/items/properties/headers/additionalProperties/oneOf/1/properties/fromEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema11.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1].properties.fromEnv, data: data12 };
                              if (vErrors === null) {
                                vErrors = [err25];
                              } else {
                                vErrors.push(err25);
                              }
                              errors++;
                            }
                          } else {
                            const err26 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/fromEnv", schemaPath: "#/items/properties/requests/items/properties/headers/additionalProperties/oneOf/1/properties/fromEnv/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1].properties.fromEnv.type, parentSchema: schema11.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1].properties.fromEnv, data: data12 };
                            if (vErrors === null) {
                              vErrors = [err26];
                            } else {
                              vErrors.push(err26);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err27 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/requests/items/properties/headers/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1].type, parentSchema: schema11.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1], data: data11 };
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
                        const err28 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/requests/items/properties/headers/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.requests.items.properties.headers.additionalProperties.oneOf, parentSchema: schema11.items.properties.requests.items.properties.headers.additionalProperties, data: data11 };
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
                    const err29 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/headers", schemaPath: "#/items/properties/requests/items/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.requests.items.properties.headers.type, parentSchema: schema11.items.properties.requests.items.properties.headers, data: data10 };
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
                    const err30 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/body", schemaPath: "#/items/properties/requests/items/properties/body/type", keyword: "type", params: { type: schema11.items.properties.requests.items.properties.body.type }, message: "must be string,object,array", schema: schema11.items.properties.requests.items.properties.body.type, parentSchema: schema11.items.properties.requests.items.properties.body, data: data13 };
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
                      const err31 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/weight", schemaPath: "#/items/properties/requests/items/properties/weight/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.items.properties.requests.items.properties.weight, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  } else {
                    const err32 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1 + "/weight", schemaPath: "#/items/properties/requests/items/properties/weight/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.requests.items.properties.weight.type, parentSchema: schema11.items.properties.requests.items.properties.weight, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
              } else {
                const err33 = { instancePath: instancePath + "/" + i0 + "/requests/" + i1, schemaPath: "#/items/properties/requests/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.requests.items.type, parentSchema: schema11.items.properties.requests.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/" + i0 + "/requests", schemaPath: "#/items/properties/requests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.items.properties.requests.type, parentSchema: schema11.items.properties.requests, data: data6 };
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
            if (!pattern25.test(data15)) {
              const err35 = { instancePath: instancePath + "/" + i0 + "/rate", schemaPath: "#/items/properties/rate/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?/(s|m|h)$"', schema: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", parentSchema: schema11.items.properties.rate, data: data15 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/" + i0 + "/rate", schemaPath: "#/items/properties/rate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.rate.type, parentSchema: schema11.items.properties.rate, data: data15 };
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
              const err37 = { instancePath: instancePath + "/" + i0 + "/stages", schemaPath: "#/items/properties/stages/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.items.properties.stages, data: data16 };
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
                  const err38 = { instancePath: instancePath + "/" + i0 + "/stages/" + i2, schemaPath: "#/items/properties/stages/items/required", keyword: "required", params: { missingProperty: "duration" }, message: "must have required property 'duration'", schema: schema11.items.properties.stages.items.required, parentSchema: schema11.items.properties.stages.items, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (data17.target === void 0) {
                  const err39 = { instancePath: instancePath + "/" + i0 + "/stages/" + i2, schemaPath: "#/items/properties/stages/items/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema11.items.properties.stages.items.required, parentSchema: schema11.items.properties.stages.items, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                for (const key5 in data17) {
                  if (!(key5 === "duration" || key5 === "target")) {
                    const err40 = { instancePath: instancePath + "/" + i0 + "/stages/" + i2, schemaPath: "#/items/properties/stages/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.stages.items, data: data17 };
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
                    if (!pattern4.test(data18)) {
                      const err41 = { instancePath: instancePath + "/" + i0 + "/stages/" + i2 + "/duration", schemaPath: "#/items/properties/stages/items/properties/duration/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema11.items.properties.stages.items.properties.duration, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  } else {
                    const err42 = { instancePath: instancePath + "/" + i0 + "/stages/" + i2 + "/duration", schemaPath: "#/items/properties/stages/items/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.stages.items.properties.duration.type, parentSchema: schema11.items.properties.stages.items.properties.duration, data: data18 };
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
                    if (!pattern25.test(data19)) {
                      const err43 = { instancePath: instancePath + "/" + i0 + "/stages/" + i2 + "/target", schemaPath: "#/items/properties/stages/items/properties/target/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?/(s|m|h)$"', schema: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", parentSchema: schema11.items.properties.stages.items.properties.target, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  } else {
                    const err44 = { instancePath: instancePath + "/" + i0 + "/stages/" + i2 + "/target", schemaPath: "#/items/properties/stages/items/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.stages.items.properties.target.type, parentSchema: schema11.items.properties.stages.items.properties.target, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
              } else {
                const err45 = { instancePath: instancePath + "/" + i0 + "/stages/" + i2, schemaPath: "#/items/properties/stages/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.stages.items.type, parentSchema: schema11.items.properties.stages.items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/" + i0 + "/stages", schemaPath: "#/items/properties/stages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.items.properties.stages.type, parentSchema: schema11.items.properties.stages, data: data16 };
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
            const err47 = { instancePath: instancePath + "/" + i0 + "/vus", schemaPath: "#/items/properties/vus/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.items.properties.vus.type, parentSchema: schema11.items.properties.vus, data: data20 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          if (typeof data20 == "number") {
            if (data20 > 1e4 || isNaN(data20)) {
              const err48 = { instancePath: instancePath + "/" + i0 + "/vus", schemaPath: "#/items/properties/vus/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema11.items.properties.vus, data: data20 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (data20 < 1 || isNaN(data20)) {
              const err49 = { instancePath: instancePath + "/" + i0 + "/vus", schemaPath: "#/items/properties/vus/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.items.properties.vus, data: data20 };
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
            if (!pattern4.test(data21)) {
              const err50 = { instancePath: instancePath + "/" + i0 + "/think", schemaPath: "#/items/properties/think/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema11.items.properties.think, data: data21 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = { instancePath: instancePath + "/" + i0 + "/think", schemaPath: "#/items/properties/think/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.think.type, parentSchema: schema11.items.properties.think, data: data21 };
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
            if (!pattern4.test(data22)) {
              const err52 = { instancePath: instancePath + "/" + i0 + "/duration", schemaPath: "#/items/properties/duration/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema11.items.properties.duration, data: data22 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          } else {
            const err53 = { instancePath: instancePath + "/" + i0 + "/duration", schemaPath: "#/items/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.duration.type, parentSchema: schema11.items.properties.duration, data: data22 };
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
            const err54 = { instancePath: instancePath + "/" + i0 + "/iterations", schemaPath: "#/items/properties/iterations/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.items.properties.iterations.type, parentSchema: schema11.items.properties.iterations, data: data23 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          if (typeof data23 == "number") {
            if (data23 > 1e8 || isNaN(data23)) {
              const err55 = { instancePath: instancePath + "/" + i0 + "/iterations", schemaPath: "#/items/properties/iterations/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema11.items.properties.iterations, data: data23 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data23 < 1 || isNaN(data23)) {
              const err56 = { instancePath: instancePath + "/" + i0 + "/iterations", schemaPath: "#/items/properties/iterations/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.items.properties.iterations, data: data23 };
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
            if (!pattern4.test(data24)) {
              const err57 = { instancePath: instancePath + "/" + i0 + "/timeout", schemaPath: "#/items/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema11.items.properties.timeout, data: data24 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/" + i0 + "/timeout", schemaPath: "#/items/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.timeout.type, parentSchema: schema11.items.properties.timeout, data: data24 };
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
            const err59 = { instancePath: instancePath + "/" + i0 + "/connections", schemaPath: "#/items/properties/connections/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.items.properties.connections.type, parentSchema: schema11.items.properties.connections, data: data25 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          if (typeof data25 == "number") {
            if (data25 > 1e4 || isNaN(data25)) {
              const err60 = { instancePath: instancePath + "/" + i0 + "/connections", schemaPath: "#/items/properties/connections/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema11.items.properties.connections, data: data25 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data25 < 1 || isNaN(data25)) {
              const err61 = { instancePath: instancePath + "/" + i0 + "/connections", schemaPath: "#/items/properties/connections/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.items.properties.connections, data: data25 };
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
                const err62 = { instancePath: instancePath + "/" + i0 + "/expect", schemaPath: "#/items/properties/expect/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.expect, data: data26 };
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
                  const err63 = { instancePath: instancePath + "/" + i0 + "/expect/status", schemaPath: "#/items/properties/expect/properties/status/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.items.properties.expect.properties.status, data: data27 };
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
                    const err64 = { instancePath: instancePath + "/" + i0 + "/expect/status/" + i3, schemaPath: "#/items/properties/expect/properties/status/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.items.properties.expect.properties.status.items.type, parentSchema: schema11.items.properties.expect.properties.status.items, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                  if (typeof data28 == "number") {
                    if (data28 > 599 || isNaN(data28)) {
                      const err65 = { instancePath: instancePath + "/" + i0 + "/expect/status/" + i3, schemaPath: "#/items/properties/expect/properties/status/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema11.items.properties.expect.properties.status.items, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                    if (data28 < 100 || isNaN(data28)) {
                      const err66 = { instancePath: instancePath + "/" + i0 + "/expect/status/" + i3, schemaPath: "#/items/properties/expect/properties/status/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema11.items.properties.expect.properties.status.items, data: data28 };
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
                const err67 = { instancePath: instancePath + "/" + i0 + "/expect/status", schemaPath: "#/items/properties/expect/properties/status/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.items.properties.expect.properties.status.type, parentSchema: schema11.items.properties.expect.properties.status, data: data27 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
          } else {
            const err68 = { instancePath: instancePath + "/" + i0 + "/expect", schemaPath: "#/items/properties/expect/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.expect.type, parentSchema: schema11.items.properties.expect, data: data26 };
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
              if (!func7.call(schema11.items.properties.limits.properties, key7)) {
                const err69 = { instancePath: instancePath + "/" + i0 + "/limits", schemaPath: "#/items/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.limits, data: data29 };
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
                if (!pattern25.test(data30)) {
                  const err70 = { instancePath: instancePath + "/" + i0 + "/limits/start", schemaPath: "#/items/properties/limits/properties/start/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?/(s|m|h)$"', schema: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", parentSchema: schema11.items.properties.limits.properties.start, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              } else {
                const err71 = { instancePath: instancePath + "/" + i0 + "/limits/start", schemaPath: "#/items/properties/limits/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.limits.properties.start.type, parentSchema: schema11.items.properties.limits.properties.start, data: data30 };
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
                if (!pattern25.test(data31)) {
                  const err72 = { instancePath: instancePath + "/" + i0 + "/limits/max", schemaPath: "#/items/properties/limits/properties/max/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?/(s|m|h)$"', schema: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", parentSchema: schema11.items.properties.limits.properties.max, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              } else {
                const err73 = { instancePath: instancePath + "/" + i0 + "/limits/max", schemaPath: "#/items/properties/limits/properties/max/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.limits.properties.max.type, parentSchema: schema11.items.properties.limits.properties.max, data: data31 };
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
                  const err74 = { instancePath: instancePath + "/" + i0 + "/limits/factor", schemaPath: "#/items/properties/limits/properties/factor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema11.items.properties.limits.properties.factor, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
                if (data32 < 1.05 || isNaN(data32)) {
                  const err75 = { instancePath: instancePath + "/" + i0 + "/limits/factor", schemaPath: "#/items/properties/limits/properties/factor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1.05 }, message: "must be >= 1.05", schema: 1.05, parentSchema: schema11.items.properties.limits.properties.factor, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
              } else {
                const err76 = { instancePath: instancePath + "/" + i0 + "/limits/factor", schemaPath: "#/items/properties/limits/properties/factor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.limits.properties.factor.type, parentSchema: schema11.items.properties.limits.properties.factor, data: data32 };
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
                if (!pattern4.test(data33)) {
                  const err77 = { instancePath: instancePath + "/" + i0 + "/limits/step", schemaPath: "#/items/properties/limits/properties/step/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema11.items.properties.limits.properties.step, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              } else {
                const err78 = { instancePath: instancePath + "/" + i0 + "/limits/step", schemaPath: "#/items/properties/limits/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.limits.properties.step.type, parentSchema: schema11.items.properties.limits.properties.step, data: data33 };
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
                  const err79 = { instancePath: instancePath + "/" + i0 + "/limits/resolution", schemaPath: "#/items/properties/limits/properties/resolution/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.items.properties.limits.properties.resolution.oneOf[0], data: data34 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
                if (data34 < 0 || isNaN(data34)) {
                  const err80 = { instancePath: instancePath + "/" + i0 + "/limits/resolution", schemaPath: "#/items/properties/limits/properties/resolution/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.items.properties.limits.properties.resolution.oneOf[0], data: data34 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              } else {
                const err81 = { instancePath: instancePath + "/" + i0 + "/limits/resolution", schemaPath: "#/items/properties/limits/properties/resolution/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.limits.properties.resolution.oneOf[0].type, parentSchema: schema11.items.properties.limits.properties.resolution.oneOf[0], data: data34 };
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
                if (!pattern34.test(data34)) {
                  const err82 = { instancePath: instancePath + "/" + i0 + "/limits/resolution", schemaPath: "#/items/properties/limits/properties/resolution/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.limits.properties.resolution.oneOf[1], data: data34 };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              } else {
                const err83 = { instancePath: instancePath + "/" + i0 + "/limits/resolution", schemaPath: "#/items/properties/limits/properties/resolution/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.limits.properties.resolution.oneOf[1].type, parentSchema: schema11.items.properties.limits.properties.resolution.oneOf[1], data: data34 };
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
                const err84 = { instancePath: instancePath + "/" + i0 + "/limits/resolution", schemaPath: "#/items/properties/limits/properties/resolution/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.limits.properties.resolution.oneOf, parentSchema: schema11.items.properties.limits.properties.resolution, data: data34 };
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
                  const err85 = { instancePath: instancePath + "/" + i0 + "/limits/status", schemaPath: "#/items/properties/limits/properties/status/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.items.properties.limits.properties.status, data: data35 };
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
                    const err86 = { instancePath: instancePath + "/" + i0 + "/limits/status/" + i4, schemaPath: "#/items/properties/limits/properties/status/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.items.properties.limits.properties.status.items.type, parentSchema: schema11.items.properties.limits.properties.status.items, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                  if (typeof data36 == "number") {
                    if (data36 > 599 || isNaN(data36)) {
                      const err87 = { instancePath: instancePath + "/" + i0 + "/limits/status/" + i4, schemaPath: "#/items/properties/limits/properties/status/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema11.items.properties.limits.properties.status.items, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                    if (data36 < 100 || isNaN(data36)) {
                      const err88 = { instancePath: instancePath + "/" + i0 + "/limits/status/" + i4, schemaPath: "#/items/properties/limits/properties/status/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema11.items.properties.limits.properties.status.items, data: data36 };
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
                const err89 = { instancePath: instancePath + "/" + i0 + "/limits/status", schemaPath: "#/items/properties/limits/properties/status/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.items.properties.limits.properties.status.type, parentSchema: schema11.items.properties.limits.properties.status, data: data35 };
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
                  const err90 = { instancePath: instancePath + "/" + i0 + "/limits/status_max", schemaPath: "#/items/properties/limits/properties/status_max/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.items.properties.limits.properties.status_max.oneOf[0], data: data37 };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
                if (data37 < 0 || isNaN(data37)) {
                  const err91 = { instancePath: instancePath + "/" + i0 + "/limits/status_max", schemaPath: "#/items/properties/limits/properties/status_max/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.items.properties.limits.properties.status_max.oneOf[0], data: data37 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              } else {
                const err92 = { instancePath: instancePath + "/" + i0 + "/limits/status_max", schemaPath: "#/items/properties/limits/properties/status_max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.limits.properties.status_max.oneOf[0].type, parentSchema: schema11.items.properties.limits.properties.status_max.oneOf[0], data: data37 };
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
                if (!pattern34.test(data37)) {
                  const err93 = { instancePath: instancePath + "/" + i0 + "/limits/status_max", schemaPath: "#/items/properties/limits/properties/status_max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.limits.properties.status_max.oneOf[1], data: data37 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              } else {
                const err94 = { instancePath: instancePath + "/" + i0 + "/limits/status_max", schemaPath: "#/items/properties/limits/properties/status_max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.limits.properties.status_max.oneOf[1].type, parentSchema: schema11.items.properties.limits.properties.status_max.oneOf[1], data: data37 };
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
                const err95 = { instancePath: instancePath + "/" + i0 + "/limits/status_max", schemaPath: "#/items/properties/limits/properties/status_max/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.limits.properties.status_max.oneOf, parentSchema: schema11.items.properties.limits.properties.status_max, data: data37 };
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
                  const err96 = { instancePath: instancePath + "/" + i0 + "/limits/error_rate", schemaPath: "#/items/properties/limits/properties/error_rate/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.items.properties.limits.properties.error_rate.oneOf[0], data: data38 };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
                if (data38 < 0 || isNaN(data38)) {
                  const err97 = { instancePath: instancePath + "/" + i0 + "/limits/error_rate", schemaPath: "#/items/properties/limits/properties/error_rate/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.items.properties.limits.properties.error_rate.oneOf[0], data: data38 };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
              } else {
                const err98 = { instancePath: instancePath + "/" + i0 + "/limits/error_rate", schemaPath: "#/items/properties/limits/properties/error_rate/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.limits.properties.error_rate.oneOf[0].type, parentSchema: schema11.items.properties.limits.properties.error_rate.oneOf[0], data: data38 };
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
                if (!pattern34.test(data38)) {
                  const err99 = { instancePath: instancePath + "/" + i0 + "/limits/error_rate", schemaPath: "#/items/properties/limits/properties/error_rate/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.limits.properties.error_rate.oneOf[1], data: data38 };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
              } else {
                const err100 = { instancePath: instancePath + "/" + i0 + "/limits/error_rate", schemaPath: "#/items/properties/limits/properties/error_rate/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.limits.properties.error_rate.oneOf[1].type, parentSchema: schema11.items.properties.limits.properties.error_rate.oneOf[1], data: data38 };
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
                const err101 = { instancePath: instancePath + "/" + i0 + "/limits/error_rate", schemaPath: "#/items/properties/limits/properties/error_rate/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.limits.properties.error_rate.oneOf, parentSchema: schema11.items.properties.limits.properties.error_rate, data: data38 };
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
                  const err102 = { instancePath: instancePath + "/" + i0 + "/limits/p95_ms", schemaPath: "#/items/properties/limits/properties/p95_ms/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.items.properties.limits.properties.p95_ms, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
              } else {
                const err103 = { instancePath: instancePath + "/" + i0 + "/limits/p95_ms", schemaPath: "#/items/properties/limits/properties/p95_ms/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.limits.properties.p95_ms.type, parentSchema: schema11.items.properties.limits.properties.p95_ms, data: data39 };
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
                if (!pattern4.test(data40)) {
                  const err104 = { instancePath: instancePath + "/" + i0 + "/limits/pause", schemaPath: "#/items/properties/limits/properties/pause/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema11.items.properties.limits.properties.pause, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
              } else {
                const err105 = { instancePath: instancePath + "/" + i0 + "/limits/pause", schemaPath: "#/items/properties/limits/properties/pause/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.limits.properties.pause.type, parentSchema: schema11.items.properties.limits.properties.pause, data: data40 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
          } else {
            const err106 = { instancePath: instancePath + "/" + i0 + "/limits", schemaPath: "#/items/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.limits.type, parentSchema: schema11.items.properties.limits, data: data29 };
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
              if (!func7.call(schema11.items.properties.gates.properties, key8)) {
                const err107 = { instancePath: instancePath + "/" + i0 + "/gates", schemaPath: "#/items/properties/gates/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.gates, data: data41 };
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
                  const err108 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms", schemaPath: "#/items/properties/gates/properties/p50_ms/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.items.properties.gates.properties.p50_ms.oneOf[0].required, parentSchema: schema11.items.properties.gates.properties.p50_ms.oneOf[0], data: data42 };
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
                  const err109 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms", schemaPath: "#/items/properties/gates/properties/p50_ms/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.items.properties.gates.properties.p50_ms.oneOf[1].required, parentSchema: schema11.items.properties.gates.properties.p50_ms.oneOf[1], data: data42 };
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
                const err110 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms", schemaPath: "#/items/properties/gates/properties/p50_ms/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.p50_ms.oneOf, parentSchema: schema11.items.properties.gates.properties.p50_ms, data: data42 };
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
                    const err111 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms", schemaPath: "#/items/properties/gates/properties/p50_ms/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.gates.properties.p50_ms, data: data42 };
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
                    const err112 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/min", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.p50_ms.properties.min.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.p50_ms.properties.min.oneOf[0], data: data43 };
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
                    if (!pattern34.test(data43)) {
                      const err113 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/min", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.p50_ms.properties.min.oneOf[1], data: data43 };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                  } else {
                    const err114 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/min", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.p50_ms.properties.min.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.p50_ms.properties.min.oneOf[1], data: data43 };
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
                    const err115 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/min", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.p50_ms.properties.min.oneOf, parentSchema: schema11.items.properties.gates.properties.p50_ms.properties.min, data: data43 };
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
                    const err116 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/max", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.p50_ms.properties.max.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.p50_ms.properties.max.oneOf[0], data: data44 };
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
                    if (!pattern34.test(data44)) {
                      const err117 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/max", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.p50_ms.properties.max.oneOf[1], data: data44 };
                      if (vErrors === null) {
                        vErrors = [err117];
                      } else {
                        vErrors.push(err117);
                      }
                      errors++;
                    }
                  } else {
                    const err118 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/max", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.p50_ms.properties.max.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.p50_ms.properties.max.oneOf[1], data: data44 };
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
                    const err119 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/max", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.p50_ms.properties.max.oneOf, parentSchema: schema11.items.properties.gates.properties.p50_ms.properties.max, data: data44 };
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
                    const err120 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/severity", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.p50_ms.properties.severity.type, parentSchema: schema11.items.properties.gates.properties.p50_ms.properties.severity, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                  if (!(data45 === "critical" || data45 === "major" || data45 === "minor")) {
                    const err121 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/severity", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.items.properties.gates.properties.p50_ms.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.items.properties.gates.properties.p50_ms.properties.severity.enum, parentSchema: schema11.items.properties.gates.properties.p50_ms.properties.severity, data: data45 };
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
                    if (!pattern34.test(data46)) {
                      const err122 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/warn", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.p50_ms.properties.warn, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err122];
                      } else {
                        vErrors.push(err122);
                      }
                      errors++;
                    }
                  } else {
                    const err123 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms/warn", schemaPath: "#/items/properties/gates/properties/p50_ms/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.p50_ms.properties.warn.type, parentSchema: schema11.items.properties.gates.properties.p50_ms.properties.warn, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err123];
                    } else {
                      vErrors.push(err123);
                    }
                    errors++;
                  }
                }
              } else {
                const err124 = { instancePath: instancePath + "/" + i0 + "/gates/p50_ms", schemaPath: "#/items/properties/gates/properties/p50_ms/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.gates.properties.p50_ms.type, parentSchema: schema11.items.properties.gates.properties.p50_ms, data: data42 };
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
                  const err125 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms", schemaPath: "#/items/properties/gates/properties/p90_ms/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.items.properties.gates.properties.p90_ms.oneOf[0].required, parentSchema: schema11.items.properties.gates.properties.p90_ms.oneOf[0], data: data47 };
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
                  const err126 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms", schemaPath: "#/items/properties/gates/properties/p90_ms/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.items.properties.gates.properties.p90_ms.oneOf[1].required, parentSchema: schema11.items.properties.gates.properties.p90_ms.oneOf[1], data: data47 };
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
                const err127 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms", schemaPath: "#/items/properties/gates/properties/p90_ms/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.p90_ms.oneOf, parentSchema: schema11.items.properties.gates.properties.p90_ms, data: data47 };
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
                    const err128 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms", schemaPath: "#/items/properties/gates/properties/p90_ms/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.gates.properties.p90_ms, data: data47 };
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
                    const err129 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/min", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.p90_ms.properties.min.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.p90_ms.properties.min.oneOf[0], data: data48 };
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
                    if (!pattern34.test(data48)) {
                      const err130 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/min", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.p90_ms.properties.min.oneOf[1], data: data48 };
                      if (vErrors === null) {
                        vErrors = [err130];
                      } else {
                        vErrors.push(err130);
                      }
                      errors++;
                    }
                  } else {
                    const err131 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/min", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.p90_ms.properties.min.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.p90_ms.properties.min.oneOf[1], data: data48 };
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
                    const err132 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/min", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.p90_ms.properties.min.oneOf, parentSchema: schema11.items.properties.gates.properties.p90_ms.properties.min, data: data48 };
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
                    const err133 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/max", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.p90_ms.properties.max.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.p90_ms.properties.max.oneOf[0], data: data49 };
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
                    if (!pattern34.test(data49)) {
                      const err134 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/max", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.p90_ms.properties.max.oneOf[1], data: data49 };
                      if (vErrors === null) {
                        vErrors = [err134];
                      } else {
                        vErrors.push(err134);
                      }
                      errors++;
                    }
                  } else {
                    const err135 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/max", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.p90_ms.properties.max.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.p90_ms.properties.max.oneOf[1], data: data49 };
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
                    const err136 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/max", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.p90_ms.properties.max.oneOf, parentSchema: schema11.items.properties.gates.properties.p90_ms.properties.max, data: data49 };
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
                    const err137 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/severity", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.p90_ms.properties.severity.type, parentSchema: schema11.items.properties.gates.properties.p90_ms.properties.severity, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err137];
                    } else {
                      vErrors.push(err137);
                    }
                    errors++;
                  }
                  if (!(data50 === "critical" || data50 === "major" || data50 === "minor")) {
                    const err138 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/severity", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.items.properties.gates.properties.p90_ms.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.items.properties.gates.properties.p90_ms.properties.severity.enum, parentSchema: schema11.items.properties.gates.properties.p90_ms.properties.severity, data: data50 };
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
                    if (!pattern34.test(data51)) {
                      const err139 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/warn", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.p90_ms.properties.warn, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err139];
                      } else {
                        vErrors.push(err139);
                      }
                      errors++;
                    }
                  } else {
                    const err140 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms/warn", schemaPath: "#/items/properties/gates/properties/p90_ms/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.p90_ms.properties.warn.type, parentSchema: schema11.items.properties.gates.properties.p90_ms.properties.warn, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err140];
                    } else {
                      vErrors.push(err140);
                    }
                    errors++;
                  }
                }
              } else {
                const err141 = { instancePath: instancePath + "/" + i0 + "/gates/p90_ms", schemaPath: "#/items/properties/gates/properties/p90_ms/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.gates.properties.p90_ms.type, parentSchema: schema11.items.properties.gates.properties.p90_ms, data: data47 };
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
                  const err142 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms", schemaPath: "#/items/properties/gates/properties/p95_ms/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.items.properties.gates.properties.p95_ms.oneOf[0].required, parentSchema: schema11.items.properties.gates.properties.p95_ms.oneOf[0], data: data52 };
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
                  const err143 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms", schemaPath: "#/items/properties/gates/properties/p95_ms/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.items.properties.gates.properties.p95_ms.oneOf[1].required, parentSchema: schema11.items.properties.gates.properties.p95_ms.oneOf[1], data: data52 };
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
                const err144 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms", schemaPath: "#/items/properties/gates/properties/p95_ms/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.p95_ms.oneOf, parentSchema: schema11.items.properties.gates.properties.p95_ms, data: data52 };
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
                    const err145 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms", schemaPath: "#/items/properties/gates/properties/p95_ms/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.gates.properties.p95_ms, data: data52 };
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
                    const err146 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/min", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.p95_ms.properties.min.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.p95_ms.properties.min.oneOf[0], data: data53 };
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
                    if (!pattern34.test(data53)) {
                      const err147 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/min", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.p95_ms.properties.min.oneOf[1], data: data53 };
                      if (vErrors === null) {
                        vErrors = [err147];
                      } else {
                        vErrors.push(err147);
                      }
                      errors++;
                    }
                  } else {
                    const err148 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/min", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.p95_ms.properties.min.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.p95_ms.properties.min.oneOf[1], data: data53 };
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
                    const err149 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/min", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.p95_ms.properties.min.oneOf, parentSchema: schema11.items.properties.gates.properties.p95_ms.properties.min, data: data53 };
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
                    const err150 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/max", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.p95_ms.properties.max.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.p95_ms.properties.max.oneOf[0], data: data54 };
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
                    if (!pattern34.test(data54)) {
                      const err151 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/max", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.p95_ms.properties.max.oneOf[1], data: data54 };
                      if (vErrors === null) {
                        vErrors = [err151];
                      } else {
                        vErrors.push(err151);
                      }
                      errors++;
                    }
                  } else {
                    const err152 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/max", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.p95_ms.properties.max.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.p95_ms.properties.max.oneOf[1], data: data54 };
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
                    const err153 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/max", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing12 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.p95_ms.properties.max.oneOf, parentSchema: schema11.items.properties.gates.properties.p95_ms.properties.max, data: data54 };
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
                    const err154 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/severity", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.p95_ms.properties.severity.type, parentSchema: schema11.items.properties.gates.properties.p95_ms.properties.severity, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err154];
                    } else {
                      vErrors.push(err154);
                    }
                    errors++;
                  }
                  if (!(data55 === "critical" || data55 === "major" || data55 === "minor")) {
                    const err155 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/severity", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.items.properties.gates.properties.p95_ms.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.items.properties.gates.properties.p95_ms.properties.severity.enum, parentSchema: schema11.items.properties.gates.properties.p95_ms.properties.severity, data: data55 };
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
                    if (!pattern34.test(data56)) {
                      const err156 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/warn", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.p95_ms.properties.warn, data: data56 };
                      if (vErrors === null) {
                        vErrors = [err156];
                      } else {
                        vErrors.push(err156);
                      }
                      errors++;
                    }
                  } else {
                    const err157 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms/warn", schemaPath: "#/items/properties/gates/properties/p95_ms/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.p95_ms.properties.warn.type, parentSchema: schema11.items.properties.gates.properties.p95_ms.properties.warn, data: data56 };
                    if (vErrors === null) {
                      vErrors = [err157];
                    } else {
                      vErrors.push(err157);
                    }
                    errors++;
                  }
                }
              } else {
                const err158 = { instancePath: instancePath + "/" + i0 + "/gates/p95_ms", schemaPath: "#/items/properties/gates/properties/p95_ms/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.gates.properties.p95_ms.type, parentSchema: schema11.items.properties.gates.properties.p95_ms, data: data52 };
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
                  const err159 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms", schemaPath: "#/items/properties/gates/properties/p99_ms/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.items.properties.gates.properties.p99_ms.oneOf[0].required, parentSchema: schema11.items.properties.gates.properties.p99_ms.oneOf[0], data: data57 };
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
                  const err160 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms", schemaPath: "#/items/properties/gates/properties/p99_ms/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.items.properties.gates.properties.p99_ms.oneOf[1].required, parentSchema: schema11.items.properties.gates.properties.p99_ms.oneOf[1], data: data57 };
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
                const err161 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms", schemaPath: "#/items/properties/gates/properties/p99_ms/oneOf", keyword: "oneOf", params: { passingSchemas: passing13 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.p99_ms.oneOf, parentSchema: schema11.items.properties.gates.properties.p99_ms, data: data57 };
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
                    const err162 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms", schemaPath: "#/items/properties/gates/properties/p99_ms/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.gates.properties.p99_ms, data: data57 };
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
                    const err163 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/min", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.p99_ms.properties.min.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.p99_ms.properties.min.oneOf[0], data: data58 };
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
                    if (!pattern34.test(data58)) {
                      const err164 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/min", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.p99_ms.properties.min.oneOf[1], data: data58 };
                      if (vErrors === null) {
                        vErrors = [err164];
                      } else {
                        vErrors.push(err164);
                      }
                      errors++;
                    }
                  } else {
                    const err165 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/min", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.p99_ms.properties.min.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.p99_ms.properties.min.oneOf[1], data: data58 };
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
                    const err166 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/min", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing14 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.p99_ms.properties.min.oneOf, parentSchema: schema11.items.properties.gates.properties.p99_ms.properties.min, data: data58 };
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
                    const err167 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/max", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.p99_ms.properties.max.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.p99_ms.properties.max.oneOf[0], data: data59 };
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
                    if (!pattern34.test(data59)) {
                      const err168 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/max", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.p99_ms.properties.max.oneOf[1], data: data59 };
                      if (vErrors === null) {
                        vErrors = [err168];
                      } else {
                        vErrors.push(err168);
                      }
                      errors++;
                    }
                  } else {
                    const err169 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/max", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.p99_ms.properties.max.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.p99_ms.properties.max.oneOf[1], data: data59 };
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
                    const err170 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/max", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing15 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.p99_ms.properties.max.oneOf, parentSchema: schema11.items.properties.gates.properties.p99_ms.properties.max, data: data59 };
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
                    const err171 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/severity", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.p99_ms.properties.severity.type, parentSchema: schema11.items.properties.gates.properties.p99_ms.properties.severity, data: data60 };
                    if (vErrors === null) {
                      vErrors = [err171];
                    } else {
                      vErrors.push(err171);
                    }
                    errors++;
                  }
                  if (!(data60 === "critical" || data60 === "major" || data60 === "minor")) {
                    const err172 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/severity", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.items.properties.gates.properties.p99_ms.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.items.properties.gates.properties.p99_ms.properties.severity.enum, parentSchema: schema11.items.properties.gates.properties.p99_ms.properties.severity, data: data60 };
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
                    if (!pattern34.test(data61)) {
                      const err173 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/warn", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.p99_ms.properties.warn, data: data61 };
                      if (vErrors === null) {
                        vErrors = [err173];
                      } else {
                        vErrors.push(err173);
                      }
                      errors++;
                    }
                  } else {
                    const err174 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms/warn", schemaPath: "#/items/properties/gates/properties/p99_ms/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.p99_ms.properties.warn.type, parentSchema: schema11.items.properties.gates.properties.p99_ms.properties.warn, data: data61 };
                    if (vErrors === null) {
                      vErrors = [err174];
                    } else {
                      vErrors.push(err174);
                    }
                    errors++;
                  }
                }
              } else {
                const err175 = { instancePath: instancePath + "/" + i0 + "/gates/p99_ms", schemaPath: "#/items/properties/gates/properties/p99_ms/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.gates.properties.p99_ms.type, parentSchema: schema11.items.properties.gates.properties.p99_ms, data: data57 };
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
                  const err176 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms", schemaPath: "#/items/properties/gates/properties/max_ms/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.items.properties.gates.properties.max_ms.oneOf[0].required, parentSchema: schema11.items.properties.gates.properties.max_ms.oneOf[0], data: data62 };
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
                  const err177 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms", schemaPath: "#/items/properties/gates/properties/max_ms/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.items.properties.gates.properties.max_ms.oneOf[1].required, parentSchema: schema11.items.properties.gates.properties.max_ms.oneOf[1], data: data62 };
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
                const err178 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms", schemaPath: "#/items/properties/gates/properties/max_ms/oneOf", keyword: "oneOf", params: { passingSchemas: passing16 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.max_ms.oneOf, parentSchema: schema11.items.properties.gates.properties.max_ms, data: data62 };
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
                    const err179 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms", schemaPath: "#/items/properties/gates/properties/max_ms/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.gates.properties.max_ms, data: data62 };
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
                    const err180 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/min", schemaPath: "#/items/properties/gates/properties/max_ms/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.max_ms.properties.min.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.max_ms.properties.min.oneOf[0], data: data63 };
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
                    if (!pattern34.test(data63)) {
                      const err181 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/min", schemaPath: "#/items/properties/gates/properties/max_ms/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.max_ms.properties.min.oneOf[1], data: data63 };
                      if (vErrors === null) {
                        vErrors = [err181];
                      } else {
                        vErrors.push(err181);
                      }
                      errors++;
                    }
                  } else {
                    const err182 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/min", schemaPath: "#/items/properties/gates/properties/max_ms/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.max_ms.properties.min.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.max_ms.properties.min.oneOf[1], data: data63 };
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
                    const err183 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/min", schemaPath: "#/items/properties/gates/properties/max_ms/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing17 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.max_ms.properties.min.oneOf, parentSchema: schema11.items.properties.gates.properties.max_ms.properties.min, data: data63 };
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
                    const err184 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/max", schemaPath: "#/items/properties/gates/properties/max_ms/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.max_ms.properties.max.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.max_ms.properties.max.oneOf[0], data: data64 };
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
                    if (!pattern34.test(data64)) {
                      const err185 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/max", schemaPath: "#/items/properties/gates/properties/max_ms/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.max_ms.properties.max.oneOf[1], data: data64 };
                      if (vErrors === null) {
                        vErrors = [err185];
                      } else {
                        vErrors.push(err185);
                      }
                      errors++;
                    }
                  } else {
                    const err186 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/max", schemaPath: "#/items/properties/gates/properties/max_ms/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.max_ms.properties.max.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.max_ms.properties.max.oneOf[1], data: data64 };
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
                    const err187 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/max", schemaPath: "#/items/properties/gates/properties/max_ms/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing18 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.max_ms.properties.max.oneOf, parentSchema: schema11.items.properties.gates.properties.max_ms.properties.max, data: data64 };
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
                    const err188 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/severity", schemaPath: "#/items/properties/gates/properties/max_ms/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.max_ms.properties.severity.type, parentSchema: schema11.items.properties.gates.properties.max_ms.properties.severity, data: data65 };
                    if (vErrors === null) {
                      vErrors = [err188];
                    } else {
                      vErrors.push(err188);
                    }
                    errors++;
                  }
                  if (!(data65 === "critical" || data65 === "major" || data65 === "minor")) {
                    const err189 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/severity", schemaPath: "#/items/properties/gates/properties/max_ms/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.items.properties.gates.properties.max_ms.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.items.properties.gates.properties.max_ms.properties.severity.enum, parentSchema: schema11.items.properties.gates.properties.max_ms.properties.severity, data: data65 };
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
                    if (!pattern34.test(data66)) {
                      const err190 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/warn", schemaPath: "#/items/properties/gates/properties/max_ms/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.max_ms.properties.warn, data: data66 };
                      if (vErrors === null) {
                        vErrors = [err190];
                      } else {
                        vErrors.push(err190);
                      }
                      errors++;
                    }
                  } else {
                    const err191 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms/warn", schemaPath: "#/items/properties/gates/properties/max_ms/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.max_ms.properties.warn.type, parentSchema: schema11.items.properties.gates.properties.max_ms.properties.warn, data: data66 };
                    if (vErrors === null) {
                      vErrors = [err191];
                    } else {
                      vErrors.push(err191);
                    }
                    errors++;
                  }
                }
              } else {
                const err192 = { instancePath: instancePath + "/" + i0 + "/gates/max_ms", schemaPath: "#/items/properties/gates/properties/max_ms/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.gates.properties.max_ms.type, parentSchema: schema11.items.properties.gates.properties.max_ms, data: data62 };
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
                  const err193 = { instancePath: instancePath + "/" + i0 + "/gates/rps", schemaPath: "#/items/properties/gates/properties/rps/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.items.properties.gates.properties.rps.oneOf[0].required, parentSchema: schema11.items.properties.gates.properties.rps.oneOf[0], data: data67 };
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
                  const err194 = { instancePath: instancePath + "/" + i0 + "/gates/rps", schemaPath: "#/items/properties/gates/properties/rps/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.items.properties.gates.properties.rps.oneOf[1].required, parentSchema: schema11.items.properties.gates.properties.rps.oneOf[1], data: data67 };
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
                const err195 = { instancePath: instancePath + "/" + i0 + "/gates/rps", schemaPath: "#/items/properties/gates/properties/rps/oneOf", keyword: "oneOf", params: { passingSchemas: passing19 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.rps.oneOf, parentSchema: schema11.items.properties.gates.properties.rps, data: data67 };
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
                    const err196 = { instancePath: instancePath + "/" + i0 + "/gates/rps", schemaPath: "#/items/properties/gates/properties/rps/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.gates.properties.rps, data: data67 };
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
                    const err197 = { instancePath: instancePath + "/" + i0 + "/gates/rps/min", schemaPath: "#/items/properties/gates/properties/rps/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.rps.properties.min.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.rps.properties.min.oneOf[0], data: data68 };
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
                    if (!pattern34.test(data68)) {
                      const err198 = { instancePath: instancePath + "/" + i0 + "/gates/rps/min", schemaPath: "#/items/properties/gates/properties/rps/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.rps.properties.min.oneOf[1], data: data68 };
                      if (vErrors === null) {
                        vErrors = [err198];
                      } else {
                        vErrors.push(err198);
                      }
                      errors++;
                    }
                  } else {
                    const err199 = { instancePath: instancePath + "/" + i0 + "/gates/rps/min", schemaPath: "#/items/properties/gates/properties/rps/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.rps.properties.min.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.rps.properties.min.oneOf[1], data: data68 };
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
                    const err200 = { instancePath: instancePath + "/" + i0 + "/gates/rps/min", schemaPath: "#/items/properties/gates/properties/rps/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing20 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.rps.properties.min.oneOf, parentSchema: schema11.items.properties.gates.properties.rps.properties.min, data: data68 };
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
                    const err201 = { instancePath: instancePath + "/" + i0 + "/gates/rps/max", schemaPath: "#/items/properties/gates/properties/rps/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.rps.properties.max.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.rps.properties.max.oneOf[0], data: data69 };
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
                    if (!pattern34.test(data69)) {
                      const err202 = { instancePath: instancePath + "/" + i0 + "/gates/rps/max", schemaPath: "#/items/properties/gates/properties/rps/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.rps.properties.max.oneOf[1], data: data69 };
                      if (vErrors === null) {
                        vErrors = [err202];
                      } else {
                        vErrors.push(err202);
                      }
                      errors++;
                    }
                  } else {
                    const err203 = { instancePath: instancePath + "/" + i0 + "/gates/rps/max", schemaPath: "#/items/properties/gates/properties/rps/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.rps.properties.max.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.rps.properties.max.oneOf[1], data: data69 };
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
                    const err204 = { instancePath: instancePath + "/" + i0 + "/gates/rps/max", schemaPath: "#/items/properties/gates/properties/rps/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing21 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.rps.properties.max.oneOf, parentSchema: schema11.items.properties.gates.properties.rps.properties.max, data: data69 };
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
                    const err205 = { instancePath: instancePath + "/" + i0 + "/gates/rps/severity", schemaPath: "#/items/properties/gates/properties/rps/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.rps.properties.severity.type, parentSchema: schema11.items.properties.gates.properties.rps.properties.severity, data: data70 };
                    if (vErrors === null) {
                      vErrors = [err205];
                    } else {
                      vErrors.push(err205);
                    }
                    errors++;
                  }
                  if (!(data70 === "critical" || data70 === "major" || data70 === "minor")) {
                    const err206 = { instancePath: instancePath + "/" + i0 + "/gates/rps/severity", schemaPath: "#/items/properties/gates/properties/rps/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.items.properties.gates.properties.rps.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.items.properties.gates.properties.rps.properties.severity.enum, parentSchema: schema11.items.properties.gates.properties.rps.properties.severity, data: data70 };
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
                    if (!pattern34.test(data71)) {
                      const err207 = { instancePath: instancePath + "/" + i0 + "/gates/rps/warn", schemaPath: "#/items/properties/gates/properties/rps/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.rps.properties.warn, data: data71 };
                      if (vErrors === null) {
                        vErrors = [err207];
                      } else {
                        vErrors.push(err207);
                      }
                      errors++;
                    }
                  } else {
                    const err208 = { instancePath: instancePath + "/" + i0 + "/gates/rps/warn", schemaPath: "#/items/properties/gates/properties/rps/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.rps.properties.warn.type, parentSchema: schema11.items.properties.gates.properties.rps.properties.warn, data: data71 };
                    if (vErrors === null) {
                      vErrors = [err208];
                    } else {
                      vErrors.push(err208);
                    }
                    errors++;
                  }
                }
              } else {
                const err209 = { instancePath: instancePath + "/" + i0 + "/gates/rps", schemaPath: "#/items/properties/gates/properties/rps/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.gates.properties.rps.type, parentSchema: schema11.items.properties.gates.properties.rps, data: data67 };
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
                  const err210 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate", schemaPath: "#/items/properties/gates/properties/error_rate/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.items.properties.gates.properties.error_rate.oneOf[0].required, parentSchema: schema11.items.properties.gates.properties.error_rate.oneOf[0], data: data72 };
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
                  const err211 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate", schemaPath: "#/items/properties/gates/properties/error_rate/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.items.properties.gates.properties.error_rate.oneOf[1].required, parentSchema: schema11.items.properties.gates.properties.error_rate.oneOf[1], data: data72 };
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
                const err212 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate", schemaPath: "#/items/properties/gates/properties/error_rate/oneOf", keyword: "oneOf", params: { passingSchemas: passing22 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.error_rate.oneOf, parentSchema: schema11.items.properties.gates.properties.error_rate, data: data72 };
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
                    const err213 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate", schemaPath: "#/items/properties/gates/properties/error_rate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.gates.properties.error_rate, data: data72 };
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
                    const err214 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/min", schemaPath: "#/items/properties/gates/properties/error_rate/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.error_rate.properties.min.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.error_rate.properties.min.oneOf[0], data: data73 };
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
                    if (!pattern34.test(data73)) {
                      const err215 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/min", schemaPath: "#/items/properties/gates/properties/error_rate/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.error_rate.properties.min.oneOf[1], data: data73 };
                      if (vErrors === null) {
                        vErrors = [err215];
                      } else {
                        vErrors.push(err215);
                      }
                      errors++;
                    }
                  } else {
                    const err216 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/min", schemaPath: "#/items/properties/gates/properties/error_rate/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.error_rate.properties.min.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.error_rate.properties.min.oneOf[1], data: data73 };
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
                    const err217 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/min", schemaPath: "#/items/properties/gates/properties/error_rate/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing23 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.error_rate.properties.min.oneOf, parentSchema: schema11.items.properties.gates.properties.error_rate.properties.min, data: data73 };
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
                    const err218 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/max", schemaPath: "#/items/properties/gates/properties/error_rate/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.error_rate.properties.max.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.error_rate.properties.max.oneOf[0], data: data74 };
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
                    if (!pattern34.test(data74)) {
                      const err219 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/max", schemaPath: "#/items/properties/gates/properties/error_rate/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.error_rate.properties.max.oneOf[1], data: data74 };
                      if (vErrors === null) {
                        vErrors = [err219];
                      } else {
                        vErrors.push(err219);
                      }
                      errors++;
                    }
                  } else {
                    const err220 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/max", schemaPath: "#/items/properties/gates/properties/error_rate/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.error_rate.properties.max.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.error_rate.properties.max.oneOf[1], data: data74 };
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
                    const err221 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/max", schemaPath: "#/items/properties/gates/properties/error_rate/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing24 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.error_rate.properties.max.oneOf, parentSchema: schema11.items.properties.gates.properties.error_rate.properties.max, data: data74 };
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
                    const err222 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/severity", schemaPath: "#/items/properties/gates/properties/error_rate/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.error_rate.properties.severity.type, parentSchema: schema11.items.properties.gates.properties.error_rate.properties.severity, data: data75 };
                    if (vErrors === null) {
                      vErrors = [err222];
                    } else {
                      vErrors.push(err222);
                    }
                    errors++;
                  }
                  if (!(data75 === "critical" || data75 === "major" || data75 === "minor")) {
                    const err223 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/severity", schemaPath: "#/items/properties/gates/properties/error_rate/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.items.properties.gates.properties.error_rate.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.items.properties.gates.properties.error_rate.properties.severity.enum, parentSchema: schema11.items.properties.gates.properties.error_rate.properties.severity, data: data75 };
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
                    if (!pattern34.test(data76)) {
                      const err224 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/warn", schemaPath: "#/items/properties/gates/properties/error_rate/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.error_rate.properties.warn, data: data76 };
                      if (vErrors === null) {
                        vErrors = [err224];
                      } else {
                        vErrors.push(err224);
                      }
                      errors++;
                    }
                  } else {
                    const err225 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate/warn", schemaPath: "#/items/properties/gates/properties/error_rate/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.error_rate.properties.warn.type, parentSchema: schema11.items.properties.gates.properties.error_rate.properties.warn, data: data76 };
                    if (vErrors === null) {
                      vErrors = [err225];
                    } else {
                      vErrors.push(err225);
                    }
                    errors++;
                  }
                }
              } else {
                const err226 = { instancePath: instancePath + "/" + i0 + "/gates/error_rate", schemaPath: "#/items/properties/gates/properties/error_rate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.gates.properties.error_rate.type, parentSchema: schema11.items.properties.gates.properties.error_rate, data: data72 };
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
                  const err227 = { instancePath: instancePath + "/" + i0 + "/gates/reliability", schemaPath: "#/items/properties/gates/properties/reliability/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.items.properties.gates.properties.reliability.oneOf[0].required, parentSchema: schema11.items.properties.gates.properties.reliability.oneOf[0], data: data77 };
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
                  const err228 = { instancePath: instancePath + "/" + i0 + "/gates/reliability", schemaPath: "#/items/properties/gates/properties/reliability/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.items.properties.gates.properties.reliability.oneOf[1].required, parentSchema: schema11.items.properties.gates.properties.reliability.oneOf[1], data: data77 };
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
                const err229 = { instancePath: instancePath + "/" + i0 + "/gates/reliability", schemaPath: "#/items/properties/gates/properties/reliability/oneOf", keyword: "oneOf", params: { passingSchemas: passing25 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.reliability.oneOf, parentSchema: schema11.items.properties.gates.properties.reliability, data: data77 };
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
                    const err230 = { instancePath: instancePath + "/" + i0 + "/gates/reliability", schemaPath: "#/items/properties/gates/properties/reliability/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.gates.properties.reliability, data: data77 };
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
                    const err231 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/min", schemaPath: "#/items/properties/gates/properties/reliability/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.reliability.properties.min.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.reliability.properties.min.oneOf[0], data: data78 };
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
                    if (!pattern34.test(data78)) {
                      const err232 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/min", schemaPath: "#/items/properties/gates/properties/reliability/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.reliability.properties.min.oneOf[1], data: data78 };
                      if (vErrors === null) {
                        vErrors = [err232];
                      } else {
                        vErrors.push(err232);
                      }
                      errors++;
                    }
                  } else {
                    const err233 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/min", schemaPath: "#/items/properties/gates/properties/reliability/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.reliability.properties.min.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.reliability.properties.min.oneOf[1], data: data78 };
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
                    const err234 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/min", schemaPath: "#/items/properties/gates/properties/reliability/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing26 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.reliability.properties.min.oneOf, parentSchema: schema11.items.properties.gates.properties.reliability.properties.min, data: data78 };
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
                    const err235 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/max", schemaPath: "#/items/properties/gates/properties/reliability/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.reliability.properties.max.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.reliability.properties.max.oneOf[0], data: data79 };
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
                    if (!pattern34.test(data79)) {
                      const err236 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/max", schemaPath: "#/items/properties/gates/properties/reliability/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.reliability.properties.max.oneOf[1], data: data79 };
                      if (vErrors === null) {
                        vErrors = [err236];
                      } else {
                        vErrors.push(err236);
                      }
                      errors++;
                    }
                  } else {
                    const err237 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/max", schemaPath: "#/items/properties/gates/properties/reliability/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.reliability.properties.max.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.reliability.properties.max.oneOf[1], data: data79 };
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
                    const err238 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/max", schemaPath: "#/items/properties/gates/properties/reliability/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing27 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.reliability.properties.max.oneOf, parentSchema: schema11.items.properties.gates.properties.reliability.properties.max, data: data79 };
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
                    const err239 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/severity", schemaPath: "#/items/properties/gates/properties/reliability/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.reliability.properties.severity.type, parentSchema: schema11.items.properties.gates.properties.reliability.properties.severity, data: data80 };
                    if (vErrors === null) {
                      vErrors = [err239];
                    } else {
                      vErrors.push(err239);
                    }
                    errors++;
                  }
                  if (!(data80 === "critical" || data80 === "major" || data80 === "minor")) {
                    const err240 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/severity", schemaPath: "#/items/properties/gates/properties/reliability/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.items.properties.gates.properties.reliability.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.items.properties.gates.properties.reliability.properties.severity.enum, parentSchema: schema11.items.properties.gates.properties.reliability.properties.severity, data: data80 };
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
                    if (!pattern34.test(data81)) {
                      const err241 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/warn", schemaPath: "#/items/properties/gates/properties/reliability/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.reliability.properties.warn, data: data81 };
                      if (vErrors === null) {
                        vErrors = [err241];
                      } else {
                        vErrors.push(err241);
                      }
                      errors++;
                    }
                  } else {
                    const err242 = { instancePath: instancePath + "/" + i0 + "/gates/reliability/warn", schemaPath: "#/items/properties/gates/properties/reliability/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.reliability.properties.warn.type, parentSchema: schema11.items.properties.gates.properties.reliability.properties.warn, data: data81 };
                    if (vErrors === null) {
                      vErrors = [err242];
                    } else {
                      vErrors.push(err242);
                    }
                    errors++;
                  }
                }
              } else {
                const err243 = { instancePath: instancePath + "/" + i0 + "/gates/reliability", schemaPath: "#/items/properties/gates/properties/reliability/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.gates.properties.reliability.type, parentSchema: schema11.items.properties.gates.properties.reliability, data: data77 };
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
                  const err244 = { instancePath: instancePath + "/" + i0 + "/gates/requests", schemaPath: "#/items/properties/gates/properties/requests/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.items.properties.gates.properties.requests.oneOf[0].required, parentSchema: schema11.items.properties.gates.properties.requests.oneOf[0], data: data82 };
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
                  const err245 = { instancePath: instancePath + "/" + i0 + "/gates/requests", schemaPath: "#/items/properties/gates/properties/requests/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.items.properties.gates.properties.requests.oneOf[1].required, parentSchema: schema11.items.properties.gates.properties.requests.oneOf[1], data: data82 };
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
                const err246 = { instancePath: instancePath + "/" + i0 + "/gates/requests", schemaPath: "#/items/properties/gates/properties/requests/oneOf", keyword: "oneOf", params: { passingSchemas: passing28 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.requests.oneOf, parentSchema: schema11.items.properties.gates.properties.requests, data: data82 };
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
                    const err247 = { instancePath: instancePath + "/" + i0 + "/gates/requests", schemaPath: "#/items/properties/gates/properties/requests/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.gates.properties.requests, data: data82 };
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
                    const err248 = { instancePath: instancePath + "/" + i0 + "/gates/requests/min", schemaPath: "#/items/properties/gates/properties/requests/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.requests.properties.min.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.requests.properties.min.oneOf[0], data: data83 };
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
                    if (!pattern34.test(data83)) {
                      const err249 = { instancePath: instancePath + "/" + i0 + "/gates/requests/min", schemaPath: "#/items/properties/gates/properties/requests/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.requests.properties.min.oneOf[1], data: data83 };
                      if (vErrors === null) {
                        vErrors = [err249];
                      } else {
                        vErrors.push(err249);
                      }
                      errors++;
                    }
                  } else {
                    const err250 = { instancePath: instancePath + "/" + i0 + "/gates/requests/min", schemaPath: "#/items/properties/gates/properties/requests/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.requests.properties.min.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.requests.properties.min.oneOf[1], data: data83 };
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
                    const err251 = { instancePath: instancePath + "/" + i0 + "/gates/requests/min", schemaPath: "#/items/properties/gates/properties/requests/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing29 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.requests.properties.min.oneOf, parentSchema: schema11.items.properties.gates.properties.requests.properties.min, data: data83 };
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
                    const err252 = { instancePath: instancePath + "/" + i0 + "/gates/requests/max", schemaPath: "#/items/properties/gates/properties/requests/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.requests.properties.max.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.requests.properties.max.oneOf[0], data: data84 };
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
                    if (!pattern34.test(data84)) {
                      const err253 = { instancePath: instancePath + "/" + i0 + "/gates/requests/max", schemaPath: "#/items/properties/gates/properties/requests/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.requests.properties.max.oneOf[1], data: data84 };
                      if (vErrors === null) {
                        vErrors = [err253];
                      } else {
                        vErrors.push(err253);
                      }
                      errors++;
                    }
                  } else {
                    const err254 = { instancePath: instancePath + "/" + i0 + "/gates/requests/max", schemaPath: "#/items/properties/gates/properties/requests/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.requests.properties.max.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.requests.properties.max.oneOf[1], data: data84 };
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
                    const err255 = { instancePath: instancePath + "/" + i0 + "/gates/requests/max", schemaPath: "#/items/properties/gates/properties/requests/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing30 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.requests.properties.max.oneOf, parentSchema: schema11.items.properties.gates.properties.requests.properties.max, data: data84 };
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
                    const err256 = { instancePath: instancePath + "/" + i0 + "/gates/requests/severity", schemaPath: "#/items/properties/gates/properties/requests/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.requests.properties.severity.type, parentSchema: schema11.items.properties.gates.properties.requests.properties.severity, data: data85 };
                    if (vErrors === null) {
                      vErrors = [err256];
                    } else {
                      vErrors.push(err256);
                    }
                    errors++;
                  }
                  if (!(data85 === "critical" || data85 === "major" || data85 === "minor")) {
                    const err257 = { instancePath: instancePath + "/" + i0 + "/gates/requests/severity", schemaPath: "#/items/properties/gates/properties/requests/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.items.properties.gates.properties.requests.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.items.properties.gates.properties.requests.properties.severity.enum, parentSchema: schema11.items.properties.gates.properties.requests.properties.severity, data: data85 };
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
                    if (!pattern34.test(data86)) {
                      const err258 = { instancePath: instancePath + "/" + i0 + "/gates/requests/warn", schemaPath: "#/items/properties/gates/properties/requests/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.requests.properties.warn, data: data86 };
                      if (vErrors === null) {
                        vErrors = [err258];
                      } else {
                        vErrors.push(err258);
                      }
                      errors++;
                    }
                  } else {
                    const err259 = { instancePath: instancePath + "/" + i0 + "/gates/requests/warn", schemaPath: "#/items/properties/gates/properties/requests/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.requests.properties.warn.type, parentSchema: schema11.items.properties.gates.properties.requests.properties.warn, data: data86 };
                    if (vErrors === null) {
                      vErrors = [err259];
                    } else {
                      vErrors.push(err259);
                    }
                    errors++;
                  }
                }
              } else {
                const err260 = { instancePath: instancePath + "/" + i0 + "/gates/requests", schemaPath: "#/items/properties/gates/properties/requests/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.gates.properties.requests.type, parentSchema: schema11.items.properties.gates.properties.requests, data: data82 };
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
                  const err261 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.items.properties.gates.properties.cpu_percent_max.oneOf[0].required, parentSchema: schema11.items.properties.gates.properties.cpu_percent_max.oneOf[0], data: data87 };
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
                  const err262 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.items.properties.gates.properties.cpu_percent_max.oneOf[1].required, parentSchema: schema11.items.properties.gates.properties.cpu_percent_max.oneOf[1], data: data87 };
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
                const err263 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/oneOf", keyword: "oneOf", params: { passingSchemas: passing31 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.cpu_percent_max.oneOf, parentSchema: schema11.items.properties.gates.properties.cpu_percent_max, data: data87 };
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
                    const err264 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.gates.properties.cpu_percent_max, data: data87 };
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
                    const err265 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/min", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.cpu_percent_max.properties.min.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.cpu_percent_max.properties.min.oneOf[0], data: data88 };
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
                    if (!pattern34.test(data88)) {
                      const err266 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/min", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.cpu_percent_max.properties.min.oneOf[1], data: data88 };
                      if (vErrors === null) {
                        vErrors = [err266];
                      } else {
                        vErrors.push(err266);
                      }
                      errors++;
                    }
                  } else {
                    const err267 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/min", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.cpu_percent_max.properties.min.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.cpu_percent_max.properties.min.oneOf[1], data: data88 };
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
                    const err268 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/min", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing32 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.cpu_percent_max.properties.min.oneOf, parentSchema: schema11.items.properties.gates.properties.cpu_percent_max.properties.min, data: data88 };
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
                    const err269 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/max", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.cpu_percent_max.properties.max.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.cpu_percent_max.properties.max.oneOf[0], data: data89 };
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
                    if (!pattern34.test(data89)) {
                      const err270 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/max", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.cpu_percent_max.properties.max.oneOf[1], data: data89 };
                      if (vErrors === null) {
                        vErrors = [err270];
                      } else {
                        vErrors.push(err270);
                      }
                      errors++;
                    }
                  } else {
                    const err271 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/max", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.cpu_percent_max.properties.max.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.cpu_percent_max.properties.max.oneOf[1], data: data89 };
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
                    const err272 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/max", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing33 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.cpu_percent_max.properties.max.oneOf, parentSchema: schema11.items.properties.gates.properties.cpu_percent_max.properties.max, data: data89 };
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
                    const err273 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/severity", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.cpu_percent_max.properties.severity.type, parentSchema: schema11.items.properties.gates.properties.cpu_percent_max.properties.severity, data: data90 };
                    if (vErrors === null) {
                      vErrors = [err273];
                    } else {
                      vErrors.push(err273);
                    }
                    errors++;
                  }
                  if (!(data90 === "critical" || data90 === "major" || data90 === "minor")) {
                    const err274 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/severity", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.items.properties.gates.properties.cpu_percent_max.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.items.properties.gates.properties.cpu_percent_max.properties.severity.enum, parentSchema: schema11.items.properties.gates.properties.cpu_percent_max.properties.severity, data: data90 };
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
                    if (!pattern34.test(data91)) {
                      const err275 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/warn", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.cpu_percent_max.properties.warn, data: data91 };
                      if (vErrors === null) {
                        vErrors = [err275];
                      } else {
                        vErrors.push(err275);
                      }
                      errors++;
                    }
                  } else {
                    const err276 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max/warn", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.cpu_percent_max.properties.warn.type, parentSchema: schema11.items.properties.gates.properties.cpu_percent_max.properties.warn, data: data91 };
                    if (vErrors === null) {
                      vErrors = [err276];
                    } else {
                      vErrors.push(err276);
                    }
                    errors++;
                  }
                }
              } else {
                const err277 = { instancePath: instancePath + "/" + i0 + "/gates/cpu_percent_max", schemaPath: "#/items/properties/gates/properties/cpu_percent_max/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.gates.properties.cpu_percent_max.type, parentSchema: schema11.items.properties.gates.properties.cpu_percent_max, data: data87 };
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
                  const err278 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.items.properties.gates.properties.memory_bytes_max.oneOf[0].required, parentSchema: schema11.items.properties.gates.properties.memory_bytes_max.oneOf[0], data: data92 };
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
                  const err279 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.items.properties.gates.properties.memory_bytes_max.oneOf[1].required, parentSchema: schema11.items.properties.gates.properties.memory_bytes_max.oneOf[1], data: data92 };
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
                const err280 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/oneOf", keyword: "oneOf", params: { passingSchemas: passing34 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.memory_bytes_max.oneOf, parentSchema: schema11.items.properties.gates.properties.memory_bytes_max, data: data92 };
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
                    const err281 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.gates.properties.memory_bytes_max, data: data92 };
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
                    const err282 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/min", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.memory_bytes_max.properties.min.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.memory_bytes_max.properties.min.oneOf[0], data: data93 };
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
                    if (!pattern34.test(data93)) {
                      const err283 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/min", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.memory_bytes_max.properties.min.oneOf[1], data: data93 };
                      if (vErrors === null) {
                        vErrors = [err283];
                      } else {
                        vErrors.push(err283);
                      }
                      errors++;
                    }
                  } else {
                    const err284 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/min", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.memory_bytes_max.properties.min.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.memory_bytes_max.properties.min.oneOf[1], data: data93 };
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
                    const err285 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/min", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing35 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.memory_bytes_max.properties.min.oneOf, parentSchema: schema11.items.properties.gates.properties.memory_bytes_max.properties.min, data: data93 };
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
                    const err286 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/max", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.memory_bytes_max.properties.max.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.memory_bytes_max.properties.max.oneOf[0], data: data94 };
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
                    if (!pattern34.test(data94)) {
                      const err287 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/max", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.memory_bytes_max.properties.max.oneOf[1], data: data94 };
                      if (vErrors === null) {
                        vErrors = [err287];
                      } else {
                        vErrors.push(err287);
                      }
                      errors++;
                    }
                  } else {
                    const err288 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/max", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.memory_bytes_max.properties.max.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.memory_bytes_max.properties.max.oneOf[1], data: data94 };
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
                    const err289 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/max", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing36 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.memory_bytes_max.properties.max.oneOf, parentSchema: schema11.items.properties.gates.properties.memory_bytes_max.properties.max, data: data94 };
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
                    const err290 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/severity", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.memory_bytes_max.properties.severity.type, parentSchema: schema11.items.properties.gates.properties.memory_bytes_max.properties.severity, data: data95 };
                    if (vErrors === null) {
                      vErrors = [err290];
                    } else {
                      vErrors.push(err290);
                    }
                    errors++;
                  }
                  if (!(data95 === "critical" || data95 === "major" || data95 === "minor")) {
                    const err291 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/severity", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.items.properties.gates.properties.memory_bytes_max.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.items.properties.gates.properties.memory_bytes_max.properties.severity.enum, parentSchema: schema11.items.properties.gates.properties.memory_bytes_max.properties.severity, data: data95 };
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
                    if (!pattern34.test(data96)) {
                      const err292 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/warn", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.memory_bytes_max.properties.warn, data: data96 };
                      if (vErrors === null) {
                        vErrors = [err292];
                      } else {
                        vErrors.push(err292);
                      }
                      errors++;
                    }
                  } else {
                    const err293 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max/warn", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.memory_bytes_max.properties.warn.type, parentSchema: schema11.items.properties.gates.properties.memory_bytes_max.properties.warn, data: data96 };
                    if (vErrors === null) {
                      vErrors = [err293];
                    } else {
                      vErrors.push(err293);
                    }
                    errors++;
                  }
                }
              } else {
                const err294 = { instancePath: instancePath + "/" + i0 + "/gates/memory_bytes_max", schemaPath: "#/items/properties/gates/properties/memory_bytes_max/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.gates.properties.memory_bytes_max.type, parentSchema: schema11.items.properties.gates.properties.memory_bytes_max, data: data92 };
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
                  const err295 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps", schemaPath: "#/items/properties/gates/properties/limit_rps/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.items.properties.gates.properties.limit_rps.oneOf[0].required, parentSchema: schema11.items.properties.gates.properties.limit_rps.oneOf[0], data: data97 };
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
                  const err296 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps", schemaPath: "#/items/properties/gates/properties/limit_rps/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.items.properties.gates.properties.limit_rps.oneOf[1].required, parentSchema: schema11.items.properties.gates.properties.limit_rps.oneOf[1], data: data97 };
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
                const err297 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps", schemaPath: "#/items/properties/gates/properties/limit_rps/oneOf", keyword: "oneOf", params: { passingSchemas: passing37 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.limit_rps.oneOf, parentSchema: schema11.items.properties.gates.properties.limit_rps, data: data97 };
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
                    const err298 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps", schemaPath: "#/items/properties/gates/properties/limit_rps/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.gates.properties.limit_rps, data: data97 };
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
                    const err299 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/min", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.limit_rps.properties.min.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.limit_rps.properties.min.oneOf[0], data: data98 };
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
                    if (!pattern34.test(data98)) {
                      const err300 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/min", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.limit_rps.properties.min.oneOf[1], data: data98 };
                      if (vErrors === null) {
                        vErrors = [err300];
                      } else {
                        vErrors.push(err300);
                      }
                      errors++;
                    }
                  } else {
                    const err301 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/min", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.limit_rps.properties.min.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.limit_rps.properties.min.oneOf[1], data: data98 };
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
                    const err302 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/min", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing38 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.limit_rps.properties.min.oneOf, parentSchema: schema11.items.properties.gates.properties.limit_rps.properties.min, data: data98 };
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
                    const err303 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/max", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.limit_rps.properties.max.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.limit_rps.properties.max.oneOf[0], data: data99 };
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
                    if (!pattern34.test(data99)) {
                      const err304 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/max", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.limit_rps.properties.max.oneOf[1], data: data99 };
                      if (vErrors === null) {
                        vErrors = [err304];
                      } else {
                        vErrors.push(err304);
                      }
                      errors++;
                    }
                  } else {
                    const err305 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/max", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.limit_rps.properties.max.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.limit_rps.properties.max.oneOf[1], data: data99 };
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
                    const err306 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/max", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing39 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.limit_rps.properties.max.oneOf, parentSchema: schema11.items.properties.gates.properties.limit_rps.properties.max, data: data99 };
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
                    const err307 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/severity", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.limit_rps.properties.severity.type, parentSchema: schema11.items.properties.gates.properties.limit_rps.properties.severity, data: data100 };
                    if (vErrors === null) {
                      vErrors = [err307];
                    } else {
                      vErrors.push(err307);
                    }
                    errors++;
                  }
                  if (!(data100 === "critical" || data100 === "major" || data100 === "minor")) {
                    const err308 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/severity", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.items.properties.gates.properties.limit_rps.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.items.properties.gates.properties.limit_rps.properties.severity.enum, parentSchema: schema11.items.properties.gates.properties.limit_rps.properties.severity, data: data100 };
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
                    if (!pattern34.test(data101)) {
                      const err309 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/warn", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.limit_rps.properties.warn, data: data101 };
                      if (vErrors === null) {
                        vErrors = [err309];
                      } else {
                        vErrors.push(err309);
                      }
                      errors++;
                    }
                  } else {
                    const err310 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps/warn", schemaPath: "#/items/properties/gates/properties/limit_rps/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.limit_rps.properties.warn.type, parentSchema: schema11.items.properties.gates.properties.limit_rps.properties.warn, data: data101 };
                    if (vErrors === null) {
                      vErrors = [err310];
                    } else {
                      vErrors.push(err310);
                    }
                    errors++;
                  }
                }
              } else {
                const err311 = { instancePath: instancePath + "/" + i0 + "/gates/limit_rps", schemaPath: "#/items/properties/gates/properties/limit_rps/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.gates.properties.limit_rps.type, parentSchema: schema11.items.properties.gates.properties.limit_rps, data: data97 };
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
                  const err312 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds", schemaPath: "#/items/properties/gates/properties/k6_thresholds/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.items.properties.gates.properties.k6_thresholds.oneOf[0].required, parentSchema: schema11.items.properties.gates.properties.k6_thresholds.oneOf[0], data: data102 };
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
                  const err313 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds", schemaPath: "#/items/properties/gates/properties/k6_thresholds/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.items.properties.gates.properties.k6_thresholds.oneOf[1].required, parentSchema: schema11.items.properties.gates.properties.k6_thresholds.oneOf[1], data: data102 };
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
                const err314 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds", schemaPath: "#/items/properties/gates/properties/k6_thresholds/oneOf", keyword: "oneOf", params: { passingSchemas: passing40 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.k6_thresholds.oneOf, parentSchema: schema11.items.properties.gates.properties.k6_thresholds, data: data102 };
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
                    const err315 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds", schemaPath: "#/items/properties/gates/properties/k6_thresholds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.gates.properties.k6_thresholds, data: data102 };
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
                    const err316 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/min", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.k6_thresholds.properties.min.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.k6_thresholds.properties.min.oneOf[0], data: data103 };
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
                    if (!pattern34.test(data103)) {
                      const err317 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/min", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.k6_thresholds.properties.min.oneOf[1], data: data103 };
                      if (vErrors === null) {
                        vErrors = [err317];
                      } else {
                        vErrors.push(err317);
                      }
                      errors++;
                    }
                  } else {
                    const err318 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/min", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.k6_thresholds.properties.min.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.k6_thresholds.properties.min.oneOf[1], data: data103 };
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
                    const err319 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/min", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing41 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.k6_thresholds.properties.min.oneOf, parentSchema: schema11.items.properties.gates.properties.k6_thresholds.properties.min, data: data103 };
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
                    const err320 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/max", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.items.properties.gates.properties.k6_thresholds.properties.max.oneOf[0].type, parentSchema: schema11.items.properties.gates.properties.k6_thresholds.properties.max.oneOf[0], data: data104 };
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
                    if (!pattern34.test(data104)) {
                      const err321 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/max", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.k6_thresholds.properties.max.oneOf[1], data: data104 };
                      if (vErrors === null) {
                        vErrors = [err321];
                      } else {
                        vErrors.push(err321);
                      }
                      errors++;
                    }
                  } else {
                    const err322 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/max", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.k6_thresholds.properties.max.oneOf[1].type, parentSchema: schema11.items.properties.gates.properties.k6_thresholds.properties.max.oneOf[1], data: data104 };
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
                    const err323 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/max", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing42 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.gates.properties.k6_thresholds.properties.max.oneOf, parentSchema: schema11.items.properties.gates.properties.k6_thresholds.properties.max, data: data104 };
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
                    const err324 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/severity", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.k6_thresholds.properties.severity.type, parentSchema: schema11.items.properties.gates.properties.k6_thresholds.properties.severity, data: data105 };
                    if (vErrors === null) {
                      vErrors = [err324];
                    } else {
                      vErrors.push(err324);
                    }
                    errors++;
                  }
                  if (!(data105 === "critical" || data105 === "major" || data105 === "minor")) {
                    const err325 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/severity", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.items.properties.gates.properties.k6_thresholds.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.items.properties.gates.properties.k6_thresholds.properties.severity.enum, parentSchema: schema11.items.properties.gates.properties.k6_thresholds.properties.severity, data: data105 };
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
                    if (!pattern34.test(data106)) {
                      const err326 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/warn", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.items.properties.gates.properties.k6_thresholds.properties.warn, data: data106 };
                      if (vErrors === null) {
                        vErrors = [err326];
                      } else {
                        vErrors.push(err326);
                      }
                      errors++;
                    }
                  } else {
                    const err327 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds/warn", schemaPath: "#/items/properties/gates/properties/k6_thresholds/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.gates.properties.k6_thresholds.properties.warn.type, parentSchema: schema11.items.properties.gates.properties.k6_thresholds.properties.warn, data: data106 };
                    if (vErrors === null) {
                      vErrors = [err327];
                    } else {
                      vErrors.push(err327);
                    }
                    errors++;
                  }
                }
              } else {
                const err328 = { instancePath: instancePath + "/" + i0 + "/gates/k6_thresholds", schemaPath: "#/items/properties/gates/properties/k6_thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.gates.properties.k6_thresholds.type, parentSchema: schema11.items.properties.gates.properties.k6_thresholds, data: data102 };
                if (vErrors === null) {
                  vErrors = [err328];
                } else {
                  vErrors.push(err328);
                }
                errors++;
              }
            }
          } else {
            const err329 = { instancePath: instancePath + "/" + i0 + "/gates", schemaPath: "#/items/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.gates.type, parentSchema: schema11.items.properties.gates, data: data41 };
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
            if (func2(data107) < 1) {
              const err330 = { instancePath: instancePath + "/" + i0 + "/script", schemaPath: "#/items/properties/script/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.items.properties.script, data: data107 };
              if (vErrors === null) {
                vErrors = [err330];
              } else {
                vErrors.push(err330);
              }
              errors++;
            }
          } else {
            const err331 = { instancePath: instancePath + "/" + i0 + "/script", schemaPath: "#/items/properties/script/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.script.type, parentSchema: schema11.items.properties.script, data: data107 };
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
                const err332 = { instancePath: instancePath + "/" + i0 + "/k6", schemaPath: "#/items/properties/k6/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.k6, data: data108 };
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
                    const err333 = { instancePath: instancePath + "/" + i0 + "/k6/args/" + i5, schemaPath: "#/items/properties/k6/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.k6.properties.args.items.type, parentSchema: schema11.items.properties.k6.properties.args.items, data: data110 };
                    if (vErrors === null) {
                      vErrors = [err333];
                    } else {
                      vErrors.push(err333);
                    }
                    errors++;
                  }
                }
              } else {
                const err334 = { instancePath: instancePath + "/" + i0 + "/k6/args", schemaPath: "#/items/properties/k6/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.items.properties.k6.properties.args.type, parentSchema: schema11.items.properties.k6.properties.args, data: data109 };
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
                    if (!pattern0.test(key23)) {
                      const err335 = { instancePath: instancePath + "/" + i0 + "/k6/env", schemaPath: "#/items/properties/k6/properties/env/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema11.items.properties.k6.properties.env.propertyNames, data: key23, propertyName: key23 };
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
                    const err336 = { instancePath: instancePath + "/" + i0 + "/k6/env", schemaPath: "#/items/properties/k6/properties/env/propertyNames", keyword: "propertyNames", params: { propertyName: key23 }, message: "property name must be valid", schema: schema11.items.properties.k6.properties.env.propertyNames, parentSchema: schema11.items.properties.k6.properties.env, data: data111 };
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
                    const err337 = { instancePath: instancePath + "/" + i0 + "/k6/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/k6/properties/env/additionalProperties/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.k6.properties.env.additionalProperties.oneOf[0].type, parentSchema: schema11.items.properties.k6.properties.env.additionalProperties.oneOf[0], data: data112 };
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
                      const err338 = { instancePath: instancePath + "/" + i0 + "/k6/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/k6/properties/env/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "fromEnv" }, message: "must have required property 'fromEnv'", schema: schema11.items.properties.k6.properties.env.additionalProperties.oneOf[1].required, parentSchema: schema11.items.properties.k6.properties.env.additionalProperties.oneOf[1], data: data112 };
                      if (vErrors === null) {
                        vErrors = [err338];
                      } else {
                        vErrors.push(err338);
                      }
                      errors++;
                    }
                    for (const key25 in data112) {
                      if (!(key25 === "fromEnv")) {
                        const err339 = { instancePath: instancePath + "/" + i0 + "/k6/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/k6/properties/env/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.items.properties.k6.properties.env.additionalProperties.oneOf[1], data: data112 };
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
                        if (!pattern0.test(data113)) {
                          const err340 = { instancePath: instancePath + "/" + i0 + "/k6/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/fromEnv", schemaPath: "#/items/properties/k6/properties/env/additionalProperties/oneOf/1/properties/fromEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema11.items.properties.k6.properties.env.additionalProperties.oneOf[1].properties.fromEnv, data: data113 };
                          if (vErrors === null) {
                            vErrors = [err340];
                          } else {
                            vErrors.push(err340);
                          }
                          errors++;
                        }
                      } else {
                        const err341 = { instancePath: instancePath + "/" + i0 + "/k6/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/fromEnv", schemaPath: "#/items/properties/k6/properties/env/additionalProperties/oneOf/1/properties/fromEnv/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.k6.properties.env.additionalProperties.oneOf[1].properties.fromEnv.type, parentSchema: schema11.items.properties.k6.properties.env.additionalProperties.oneOf[1].properties.fromEnv, data: data113 };
                        if (vErrors === null) {
                          vErrors = [err341];
                        } else {
                          vErrors.push(err341);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err342 = { instancePath: instancePath + "/" + i0 + "/k6/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/k6/properties/env/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.k6.properties.env.additionalProperties.oneOf[1].type, parentSchema: schema11.items.properties.k6.properties.env.additionalProperties.oneOf[1], data: data112 };
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
                    const err343 = { instancePath: instancePath + "/" + i0 + "/k6/env/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/items/properties/k6/properties/env/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing43 }, message: "must match exactly one schema in oneOf", schema: schema11.items.properties.k6.properties.env.additionalProperties.oneOf, parentSchema: schema11.items.properties.k6.properties.env.additionalProperties, data: data112 };
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
                const err344 = { instancePath: instancePath + "/" + i0 + "/k6/env", schemaPath: "#/items/properties/k6/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.k6.properties.env.type, parentSchema: schema11.items.properties.k6.properties.env, data: data111 };
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
                const err345 = { instancePath: instancePath + "/" + i0 + "/k6/thresholds_severity", schemaPath: "#/items/properties/k6/properties/thresholds_severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.items.properties.k6.properties.thresholds_severity.type, parentSchema: schema11.items.properties.k6.properties.thresholds_severity, data: data114 };
                if (vErrors === null) {
                  vErrors = [err345];
                } else {
                  vErrors.push(err345);
                }
                errors++;
              }
              if (!(data114 === "critical" || data114 === "major" || data114 === "minor")) {
                const err346 = { instancePath: instancePath + "/" + i0 + "/k6/thresholds_severity", schemaPath: "#/items/properties/k6/properties/thresholds_severity/enum", keyword: "enum", params: { allowedValues: schema11.items.properties.k6.properties.thresholds_severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.items.properties.k6.properties.thresholds_severity.enum, parentSchema: schema11.items.properties.k6.properties.thresholds_severity, data: data114 };
                if (vErrors === null) {
                  vErrors = [err346];
                } else {
                  vErrors.push(err346);
                }
                errors++;
              }
            }
          } else {
            const err347 = { instancePath: instancePath + "/" + i0 + "/k6", schemaPath: "#/items/properties/k6/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.properties.k6.type, parentSchema: schema11.items.properties.k6, data: data108 };
            if (vErrors === null) {
              vErrors = [err347];
            } else {
              vErrors.push(err347);
            }
            errors++;
          }
        }
      } else {
        const err348 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.items.type, parentSchema: schema11.items, data: data0 };
        if (vErrors === null) {
          vErrors = [err348];
        } else {
          vErrors.push(err348);
        }
        errors++;
      }
    }
  } else {
    const err349 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err349];
    } else {
      vErrors.push(err349);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
var schema12 = { "type": "object", "additionalProperties": false, "description": "A quality gate on a metric: give min or max (or equals).", "properties": { "min": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }], "description": "The metric must be at least this. A number, or a percentage such as 90% (= 0.9)." }, "max": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }], "description": "The metric must be at most this. A number, or a percentage such as 90% (= 0.9)." }, "equals": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }], "description": "The metric must equal this. A number, or a percentage such as 90% (= 0.9)." }, "severity": { "enum": ["critical", "major", "minor"], "description": "critical: failing means NO-GO; major/minor: CONDITIONAL. Default major (critical for integration.success_rate and contract.pass_rate)." }, "warn": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }], "description": "Warn band: a passing value within this fraction of the threshold warns (default 10%; 0 disables). A number, or a percentage such as 90% (= 0.9)." }, "description": { "type": "string", "description": "Shown next to the gate in reports." } } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "min" || key0 === "max" || key0 === "equals" || key0 === "severity" || key0 === "warn" || key0 === "description")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.min !== void 0) {
      let data0 = data.min;
      const _errs3 = errors;
      let valid1 = false;
      const _errs4 = errors;
      if (!(typeof data0 == "number")) {
        const err1 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.min.anyOf[0].type, parentSchema: schema12.properties.min.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs6 = errors;
        if (typeof data0 === "string") {
          if (!pattern34.test(data0)) {
            const err2 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema12.properties.min.anyOf[1], data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        } else {
          const err3 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.min.anyOf[1].type, parentSchema: schema12.properties.min.anyOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        var _valid0 = _errs6 === errors;
        valid1 = valid1 || _valid0;
      }
      if (!valid1) {
        const err4 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema12.properties.min.anyOf, parentSchema: schema12.properties.min, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.max !== void 0) {
      let data1 = data.max;
      const _errs9 = errors;
      let valid2 = false;
      const _errs10 = errors;
      if (!(typeof data1 == "number")) {
        const err5 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.max.anyOf[0].type, parentSchema: schema12.properties.max.anyOf[0], data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var _valid1 = _errs10 === errors;
      valid2 = valid2 || _valid1;
      if (!valid2) {
        const _errs12 = errors;
        if (typeof data1 === "string") {
          if (!pattern34.test(data1)) {
            const err6 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema12.properties.max.anyOf[1], data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.max.anyOf[1].type, parentSchema: schema12.properties.max.anyOf[1], data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        var _valid1 = _errs12 === errors;
        valid2 = valid2 || _valid1;
      }
      if (!valid2) {
        const err8 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema12.properties.max.anyOf, parentSchema: schema12.properties.max, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.equals !== void 0) {
      let data2 = data.equals;
      const _errs15 = errors;
      let valid3 = false;
      const _errs16 = errors;
      if (!(typeof data2 == "number")) {
        const err9 = { instancePath: instancePath + "/equals", schemaPath: "#/properties/equals/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.equals.anyOf[0].type, parentSchema: schema12.properties.equals.anyOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid2 = _errs16 === errors;
      valid3 = valid3 || _valid2;
      if (!valid3) {
        const _errs18 = errors;
        if (typeof data2 === "string") {
          if (!pattern34.test(data2)) {
            const err10 = { instancePath: instancePath + "/equals", schemaPath: "#/properties/equals/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema12.properties.equals.anyOf[1], data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        } else {
          const err11 = { instancePath: instancePath + "/equals", schemaPath: "#/properties/equals/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.equals.anyOf[1].type, parentSchema: schema12.properties.equals.anyOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        var _valid2 = _errs18 === errors;
        valid3 = valid3 || _valid2;
      }
      if (!valid3) {
        const err12 = { instancePath: instancePath + "/equals", schemaPath: "#/properties/equals/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema12.properties.equals.anyOf, parentSchema: schema12.properties.equals, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs15;
        if (vErrors !== null) {
          if (_errs15) {
            vErrors.length = _errs15;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.severity !== void 0) {
      let data3 = data.severity;
      if (!(data3 === "critical" || data3 === "major" || data3 === "minor")) {
        const err13 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema12.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.severity.enum, parentSchema: schema12.properties.severity, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.warn !== void 0) {
      let data4 = data.warn;
      const _errs22 = errors;
      let valid4 = false;
      const _errs23 = errors;
      if (!(typeof data4 == "number")) {
        const err14 = { instancePath: instancePath + "/warn", schemaPath: "#/properties/warn/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.warn.anyOf[0].type, parentSchema: schema12.properties.warn.anyOf[0], data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid3 = _errs23 === errors;
      valid4 = valid4 || _valid3;
      if (!valid4) {
        const _errs25 = errors;
        if (typeof data4 === "string") {
          if (!pattern34.test(data4)) {
            const err15 = { instancePath: instancePath + "/warn", schemaPath: "#/properties/warn/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema12.properties.warn.anyOf[1], data: data4 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        } else {
          const err16 = { instancePath: instancePath + "/warn", schemaPath: "#/properties/warn/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.warn.anyOf[1].type, parentSchema: schema12.properties.warn.anyOf[1], data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        var _valid3 = _errs25 === errors;
        valid4 = valid4 || _valid3;
      }
      if (!valid4) {
        const err17 = { instancePath: instancePath + "/warn", schemaPath: "#/properties/warn/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema12.properties.warn.anyOf, parentSchema: schema12.properties.warn, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      } else {
        errors = _errs22;
        if (vErrors !== null) {
          if (_errs22) {
            vErrors.length = _errs22;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.description !== void 0) {
      let data5 = data.description;
      if (typeof data5 !== "string") {
        const err18 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.description.type, parentSchema: schema12.properties.description, data: data5 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema6.required, parentSchema: schema6, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema6.required, parentSchema: schema6, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.integrations === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "integrations" }, message: "must have required property 'integrations'", schema: schema6.required, parentSchema: schema6, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "name" || key0 === "secrets" || key0 === "services" || key0 === "preflight" || key0 === "integrations" || key0 === "gates")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema6.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) > 100) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema6.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.name.type, parentSchema: schema6.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.secrets !== void 0) {
      let data2 = data.secrets;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (!pattern0.test(data3)) {
              const err8 = { instancePath: instancePath + "/secrets/" + i0, schemaPath: "#/properties/secrets/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema6.properties.secrets.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/secrets/" + i0, schemaPath: "#/properties/secrets/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.secrets.items.type, parentSchema: schema6.properties.secrets.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.secrets.type, parentSchema: schema6.properties.secrets, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data4 = data.services;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          const _errs11 = errors;
          if (typeof key1 === "string") {
            if (!pattern1.test(key1)) {
              const err11 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema6.properties.services.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          var valid3 = _errs11 === errors;
          if (!valid3) {
            const err12 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema6.properties.services.propertyNames, parentSchema: schema6.properties.services, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        for (const key2 in data4) {
          if (!validate22(data4[key2], { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key2, rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.services.type, parentSchema: schema6.properties.services, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.preflight !== void 0) {
      let data6 = data.preflight;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate24(data6[i1], { instancePath: instancePath + "/preflight/" + i1, parentData: data6, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/preflight", schemaPath: "#/properties/preflight/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.preflight.type, parentSchema: schema6.properties.preflight, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.integrations !== void 0) {
      let data8 = data.integrations;
      if (Array.isArray(data8)) {
        if (data8.length < 1) {
          const err15 = { instancePath: instancePath + "/integrations", schemaPath: "#/properties/integrations/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema6.properties.integrations, data: data8 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len2 = data8.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data9 = data8[i2];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.name === void 0) {
              const err16 = { instancePath: instancePath + "/integrations/" + i2, schemaPath: "#/properties/integrations/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema6.properties.integrations.items.required, parentSchema: schema6.properties.integrations.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            for (const key3 in data9) {
              if (!(key3 === "name" || key3 === "service" || key3 === "description" || key3 === "owner" || key3 === "critical" || key3 === "contract" || key3 === "tests" || key3 === "load")) {
                const err17 = { instancePath: instancePath + "/integrations/" + i2, schemaPath: "#/properties/integrations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.integrations.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data9.name !== void 0) {
              let data10 = data9.name;
              if (typeof data10 === "string") {
                if (!pattern1.test(data10)) {
                  const err18 = { instancePath: instancePath + "/integrations/" + i2 + "/name", schemaPath: "#/properties/integrations/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema6.properties.integrations.items.properties.name, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/integrations/" + i2 + "/name", schemaPath: "#/properties/integrations/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.integrations.items.properties.name.type, parentSchema: schema6.properties.integrations.items.properties.name, data: data10 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data9.service !== void 0) {
              let data11 = data9.service;
              if (typeof data11 !== "string") {
                const err20 = { instancePath: instancePath + "/integrations/" + i2 + "/service", schemaPath: "#/properties/integrations/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.integrations.items.properties.service.type, parentSchema: schema6.properties.integrations.items.properties.service, data: data11 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data9.description !== void 0) {
              let data12 = data9.description;
              if (typeof data12 !== "string") {
                const err21 = { instancePath: instancePath + "/integrations/" + i2 + "/description", schemaPath: "#/properties/integrations/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.integrations.items.properties.description.type, parentSchema: schema6.properties.integrations.items.properties.description, data: data12 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data9.owner !== void 0) {
              let data13 = data9.owner;
              if (typeof data13 !== "string") {
                const err22 = { instancePath: instancePath + "/integrations/" + i2 + "/owner", schemaPath: "#/properties/integrations/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.integrations.items.properties.owner.type, parentSchema: schema6.properties.integrations.items.properties.owner, data: data13 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data9.critical !== void 0) {
              let data14 = data9.critical;
              if (typeof data14 !== "boolean") {
                const err23 = { instancePath: instancePath + "/integrations/" + i2 + "/critical", schemaPath: "#/properties/integrations/items/properties/critical/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.integrations.items.properties.critical.type, parentSchema: schema6.properties.integrations.items.properties.critical, data: data14 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data9.contract !== void 0) {
              if (!validate26(data9.contract, { instancePath: instancePath + "/integrations/" + i2 + "/contract", parentData: data9, parentDataProperty: "contract", rootData })) {
                vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                errors = vErrors.length;
              }
            }
            if (data9.tests !== void 0) {
              if (!validate28(data9.tests, { instancePath: instancePath + "/integrations/" + i2 + "/tests", parentData: data9, parentDataProperty: "tests", rootData })) {
                vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                errors = vErrors.length;
              }
            }
            if (data9.load !== void 0) {
              if (!validate30(data9.load, { instancePath: instancePath + "/integrations/" + i2 + "/load", parentData: data9, parentDataProperty: "load", rootData })) {
                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/integrations/" + i2, schemaPath: "#/properties/integrations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.integrations.items.type, parentSchema: schema6.properties.integrations.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/integrations", schemaPath: "#/properties/integrations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.integrations.type, parentSchema: schema6.properties.integrations, data: data8 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data18 = data.gates;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key4 in data18) {
          const _errs37 = errors;
          if (typeof key4 === "string") {
            if (!pattern79.test(key4)) {
              const err26 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z_]+\\.[a-z0-9_:]+(@.+)?$" }, message: 'must match pattern "^[a-z_]+\\.[a-z0-9_:]+(@.+)?$"', schema: "^[a-z_]+\\.[a-z0-9_:]+(@.+)?$", parentSchema: schema6.properties.gates.propertyNames, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
          var valid10 = _errs37 === errors;
          if (!valid10) {
            const err27 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema6.properties.gates.propertyNames, parentSchema: schema6.properties.gates, data: data18 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        for (const key5 in data18) {
          if (!validate32(data18[key5], { instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data18, parentDataProperty: key5, rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.gates.type, parentSchema: schema6.properties.gates, data: data18 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
  } else {
    const err29 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.type, parentSchema: schema6, data };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// src/manifest/load.ts
var import_yaml = __toESM(require_dist(), 1);

// src/jobs/registry.ts
var JOB_KINDS = [
  { kind: "contract", key: "contract", load: async () => (await import("./contract-LDTMITWR.js")).contractKind },
  { kind: "tests", key: "tests", load: async () => (await import("./tests-ZPFN2B2L.js")).testsKind },
  { kind: "load", key: "load", load: async () => (await import("./load-BMLFPMFT.js")).loadKind }
];
async function loadJobKinds(keys) {
  const wanted = JOB_KINDS.filter((k) => !keys || keys.has(k.key));
  return Promise.all(wanted.map((k) => k.load()));
}

// src/manifest/plan.ts
var DEFAULT_CRITICAL = /* @__PURE__ */ new Set(["integration.success_rate", "contract.pass_rate"]);
function jobKeysUsed(m) {
  const keys = /* @__PURE__ */ new Set();
  for (const raw of m.integrations ?? []) for (const k of JOB_KINDS) if (raw[k.key] !== void 0) keys.add(k.key);
  return keys;
}
function toPlan(m, input, modules) {
  const services = Object.entries(m.services ?? {}).map(
    ([name, s]) => toService(name, s, `/services/${escape(name)}`, input)
  );
  const serviceByName = new Map(services.map((s) => [s.name, s]));
  const preflight = (m.preflight ?? []).map((p, i) => toPreflight(p, `/preflight/${i}`, input));
  const integrations = [];
  const jobs = [];
  const seen = /* @__PURE__ */ new Set();
  (m.integrations ?? []).forEach((raw, i) => {
    const pointer = `/integrations/${i}`;
    const name = raw.name;
    if (seen.has(name)) input.fail(`${pointer}/name`, `duplicate integration name '${name}'; names must be unique`);
    seen.add(name);
    let service;
    if (raw.service !== void 0) {
      const s = serviceByName.get(raw.service);
      if (!s) {
        input.fail(`${pointer}/service`, `unknown service '${String(raw.service)}'; expected one of: ${[...serviceByName.keys()].join(", ") || "(no services declared)"}`);
      }
      service = { name: s.name, ...s.url ? { url: s.url } : {}, managed: s.start !== void 0 };
    }
    const ctx = input.ctxFor(name, service);
    const kinds = [];
    for (const module of modules) {
      if (raw[module.key] === void 0) continue;
      kinds.push(module.key);
      for (const plan of module.toPlans(raw[module.key], `${pointer}/${module.key}`, ctx)) jobs.push({ module, plan });
    }
    if (kinds.length === 0) {
      input.fail(pointer, `integration '${name}' has no jobs; add at least one of: ${JOB_KINDS.map((k) => k.key).join(", ")}`);
    }
    integrations.push({
      name,
      ...service ? { service: service.name } : {},
      ...typeof raw.description === "string" ? { description: raw.description } : {},
      ...typeof raw.owner === "string" ? { owner: raw.owner } : {},
      critical: raw.critical !== false,
      kinds
    });
  });
  for (const module of modules) module.finalizePlans?.(jobs.filter((j) => j.module === module).map((j) => j.plan));
  const gates = mergeGates(defaultGates(jobs, modules), m.gates ?? {}, input);
  const secrets = new Set(m.secrets ?? []);
  for (const p of preflight) if (p.type === "env") for (const v of p.vars) secrets.add(v);
  return { file: input.file, workspace: input.workspace, name: m.name, secrets: [...secrets], services, preflight, integrations, jobs, gates };
}
function defaultGates(jobs, kinds) {
  const out = [];
  for (const module of kinds) {
    const plans = jobs.filter((j) => j.module === module).map((j) => j.plan);
    if (plans.length > 0) out.push(...module.defaultGates(plans));
  }
  return out;
}
function mergeGates(defaults, configured, input) {
  const byMetric = new Map(defaults.map((g) => [g.metric, g]));
  for (const [metric, g] of Object.entries(configured)) {
    const pointer = `/gates/${escape(metric)}`;
    const bounds = ["min", "max", "equals"].filter((k) => g[k] !== void 0);
    if (bounds.length !== 1) input.fail(pointer, `give exactly one of min, max or equals; found ${bounds.length ? bounds.join(" and ") : "none"}`);
    const bound = bounds[0];
    const threshold = parsePercentOrNumber(g[bound]);
    const prior = byMetric.get(metric);
    const warn = g.warn === void 0 ? prior?.warnBand ?? 0.1 : parsePercentOrNumber(g.warn);
    if (warn < 0 || warn >= 1) input.fail(`${pointer}/warn`, `expected a warn band from 0% to 99%; found ${String(g.warn)}`);
    const severity = g.severity ?? prior?.severity ?? (DEFAULT_CRITICAL.has(metric) ? "critical" : "major");
    byMetric.set(metric, {
      metric,
      op: bound === "min" ? ">=" : bound === "max" ? "<=" : "==",
      threshold,
      severity,
      warnBand: warn,
      origin: "manifest",
      ...typeof g.description === "string" ? { description: g.description } : prior?.description ? { description: prior.description } : {}
    });
  }
  return [...byMetric.values()];
}
function toService(name, s, pointer, input) {
  if (s.start === void 0 && s.url === void 0) input.fail(pointer, `service '${name}' needs start (a command to run) or url (where it already runs)`);
  const ready = s.ready;
  let readyPlan;
  if (ready) {
    if (ready.http === void 0 === (ready.tcp === void 0)) input.fail(`${pointer}/ready`, "give exactly one of http or tcp");
    let http;
    if (typeof ready.http === "string") {
      if (/^https?:\/\//.test(ready.http)) http = ready.http;
      else if (ready.http.startsWith("/")) {
        if (typeof s.url !== "string") input.fail(`${pointer}/ready/http`, `a path needs the service's url; set url or give a full URL`);
        http = new URL(ready.http, s.url).toString();
      } else input.fail(`${pointer}/ready/http`, `expected a path starting with / or a full URL; found '${ready.http}'`);
    }
    readyPlan = {
      ...http ? { http } : {},
      ...typeof ready.tcp === "string" ? { tcp: hostPort(ready.tcp, `${pointer}/ready/tcp`, input) } : {},
      timeoutMs: parseDuration(ready.timeout ?? "30s"),
      intervalMs: parseDuration(ready.interval ?? "200ms")
    };
  } else if (s.start !== void 0 && typeof s.url === "string") {
    const u = new URL(s.url);
    readyPlan = {
      tcp: { host: u.hostname, port: Number(u.port || (u.protocol === "https:" ? 443 : 80)) },
      timeoutMs: 3e4,
      intervalMs: 200
    };
  }
  const cwd = input.ctxFor("", void 0).resolvePath(`${pointer}/cwd`, typeof s.cwd === "string" ? s.cwd : ".");
  return {
    name,
    ...typeof s.start === "string" ? { start: s.start } : {},
    ...typeof s.url === "string" ? { url: s.url.replace(/\/+$/, "") } : {},
    cwd,
    env: s.env ?? {},
    ...readyPlan ? { ready: readyPlan } : {},
    stopTimeoutMs: parseDuration(s["stop-timeout"] ?? "5s")
  };
}
var PREFLIGHT_TYPES = ["env", "http", "tcp", "command", "run"];
function toPreflight(p, pointer, input) {
  const types = PREFLIGHT_TYPES.filter((t) => p[t] !== void 0);
  if (types.length !== 1) {
    input.fail(pointer, `give exactly one of ${PREFLIGHT_TYPES.join(", ")}; found ${types.length ? types.join(" and ") : "none"}`);
  }
  const type = types[0];
  if (p.status !== void 0 && type !== "http") input.fail(`${pointer}/status`, "status only goes with http");
  const timeoutMs = parseDuration(p.timeout ?? "10s");
  const label = (fallback) => typeof p.name === "string" ? p.name : fallback;
  switch (type) {
    case "env":
      return { type, name: label(`env ${p.env.join(", ")}`), vars: p.env, timeoutMs };
    case "http":
      return { type, name: label(`http ${String(p.http)}`), url: p.http, ...p.status ? { status: p.status } : {}, timeoutMs };
    case "tcp": {
      const hp = hostPort(p.tcp, `${pointer}/tcp`, input);
      return { type, name: label(`tcp ${String(p.tcp)}`), ...hp, timeoutMs };
    }
    case "command":
      return { type, name: label(`command ${String(p.command)}`), command: p.command, timeoutMs };
    case "run":
      return { type, name: label(`run ${String(p.run)}`), command: p.run, timeoutMs };
  }
}
function hostPort(text, pointer, input) {
  const i = text.lastIndexOf(":");
  const port = Number(text.slice(i + 1));
  if (!(port >= 1 && port <= 65535)) input.fail(pointer, `expected a port from 1 to 65535; found '${text.slice(i + 1)}'`);
  return { host: text.slice(0, i), port };
}
function escape(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

// src/manifest/load.ts
async function loadManifest(opts) {
  const abs = path.resolve(opts.workspace, opts.file);
  if (!isInside(opts.workspace, abs)) {
    throw new UserError(`${opts.file}: the manifest must be inside the workspace ${opts.workspace}`);
  }
  let text;
  try {
    text = await readFile(abs, "utf8");
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT") {
      throw new UserError(`${opts.file}: manifest not found; create it (see the README's manifest reference) or pass --manifest <path>`, { cause: err });
    }
    throw new UserError(`${opts.file}: cannot read the manifest (${code ?? "error"})`, { cause: err });
  }
  return parseManifest(text, opts);
}
async function parseManifest(text, opts) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const pos = (offset) => lines.linePos(offset);
  const yamlError = doc.errors[0];
  if (yamlError) {
    const p = pos(yamlError.pos[0]);
    throw new ManifestError(opts.file, p.line, p.col, "", `invalid YAML: ${firstLine(yamlError.message)}`);
  }
  const value = doc.toJS({ maxAliasCount: 100 });
  if (value === null || value === void 0) {
    throw new ManifestError(opts.file, 1, 1, "", "the manifest is empty; expected a mapping with version, name and integrations");
  }
  const located = new Located(doc, opts.file, pos);
  if (!validator_generated_default(value)) {
    throw located.fromAjv(pickError(validator_generated_default.errors ?? []), value);
  }
  const ctxFor = (integration, service) => ({
    file: opts.file,
    workspace: opts.workspace,
    integration,
    ...service ? { service } : {},
    fail: (pointer, detail) => {
      throw located.at(pointer, detail);
    },
    resolvePath: (pointer, userPath) => {
      const p = path.resolve(opts.workspace, userPath);
      if (!isInside(opts.workspace, p)) throw located.at(pointer, `path '${userPath}' resolves outside the workspace; use a path inside it`);
      return p;
    },
    duration: (pointer, v) => {
      const ms = parseDuration(v);
      if (ms === void 0) throw located.at(pointer, `expected a duration like 30s, 10m or 250ms; found ${describe(v)}`);
      return ms;
    }
  });
  const manifest = value;
  const kinds = await loadJobKinds(jobKeysUsed(manifest));
  const plan = toPlan(manifest, {
    file: opts.file,
    workspace: opts.workspace,
    ctxFor,
    fail: (p, d) => {
      throw located.at(p, d);
    }
  }, kinds);
  return { ...plan, source: text };
}
function pickError(errors) {
  const depth = (e) => e.instancePath.split("/").length;
  const deepest = Math.max(...errors.map(depth));
  const anyOf = errors.find((e) => depth(e) === deepest && (e.keyword === "anyOf" || e.keyword === "oneOf"));
  if (anyOf) return anyOf;
  const rank = (e) => e.keyword === "additionalProperties" ? 0 : e.keyword === "required" ? 1 : e.keyword === "anyOf" || e.keyword === "oneOf" ? 9 : 2;
  const sorted = [...errors].sort((a, b) => {
    const depth2 = b.instancePath.split("/").length - a.instancePath.split("/").length;
    return depth2 !== 0 ? depth2 : rank(a) - rank(b);
  });
  return sorted[0];
}
var Located = class {
  constructor(doc, file, pos) {
    this.doc = doc;
    this.file = file;
    this.pos = pos;
  }
  doc;
  file;
  pos;
  /** The YAML node at a JSON pointer (or its closest existing ancestor), and whether we want its key. */
  node(pointer, wantKey = false) {
    const segs = pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    let node = this.doc.contents ?? void 0;
    for (let i = 0; i < segs.length; i++) {
      const seg = segs[i];
      if ((0, import_yaml.isMap)(node)) {
        const pair = node.items.find((it) => (0, import_yaml.isScalar)(it.key) && String(it.key.value) === seg);
        if (!pair) return node;
        if (wantKey && i === segs.length - 1) return pair.key;
        node = pair.value ?? pair.key;
      } else if ((0, import_yaml.isSeq)(node)) {
        const item = node.items[Number(seg)];
        if (!item) return node;
        node = item;
      } else {
        return node;
      }
    }
    return node;
  }
  at(pointer, detail, wantKey = false) {
    const n = this.node(pointer, wantKey);
    const p = this.pos(n?.range?.[0] ?? 0);
    return new ManifestError(this.file, p.line, p.col, keyPath(pointer), detail);
  }
  fromAjv(e, root) {
    const found = valueAt(root, e.instancePath);
    switch (e.keyword) {
      case "additionalProperties": {
        const extra = String(e.params.additionalProperty);
        const allowed = Object.keys(e.parentSchema?.properties ?? {});
        const hint = suggest(extra, allowed);
        return this.at(
          `${e.instancePath}/${extra}`,
          `unknown key '${extra}'; expected one of: ${allowed.join(", ")}${hint ? ` (did you mean '${hint}'?)` : ""}`,
          true
        );
      }
      case "required": {
        const missing = e.params.missingProperty;
        return this.at(e.instancePath, `missing required key '${missing}'`);
      }
      case "type":
        return this.at(e.instancePath, `expected ${e.params.type}${patternName(e.parentSchema)}; found ${describe(found)}`);
      case "pattern":
        return this.at(e.instancePath, `expected ${patternDescription(String(e.params.pattern))}; found ${describe(found)}`);
      case "enum":
        return this.at(e.instancePath, `expected one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}; found ${describe(found)}`);
      case "const":
        return this.at(e.instancePath, `expected ${JSON.stringify(e.params.allowedValue)}; found ${describe(found)}`);
      case "anyOf":
      case "oneOf":
        return this.at(e.instancePath, `expected ${alternatives(e.parentSchema)}; found ${describe(found)}`);
      case "propertyNames": {
        const name = String(e.params.propertyName);
        return this.at(`${e.instancePath}/${name}`, `'${name}' is not a valid name here`, true);
      }
      default:
        return this.at(e.instancePath, `${e.message ?? "invalid value"}; found ${describe(found)}`);
    }
  }
};
function patternDescription(pattern) {
  if (pattern === DURATION_PATTERN) return "a duration like 30s, 10m or 250ms";
  if (pattern === RATE_PATTERN) return "a rate like 200/s or 600/m";
  if (pattern === PERCENT_PATTERN) return "a percentage like 90%";
  if (pattern.startsWith("^https?://")) return "an http:// or https:// URL";
  if (pattern.includes(":[0-9]{1,5}")) return "host:port, e.g. 127.0.0.1:5432";
  if (pattern === "^[A-Za-z_][A-Za-z0-9_]*$") return "an environment variable name";
  return `a value matching ${pattern}`;
}
function patternName(schema) {
  const p = schema?.pattern;
  return p ? ` (${patternDescription(p)})` : "";
}
function alternatives(schema) {
  const alts = schema.anyOf ?? schema.oneOf ?? [];
  return alts.map((a) => a.pattern ? patternDescription(a.pattern) : a.type === "array" ? "a list" : a.type ? `a ${a.type}` : "a value").join(" or ");
}
function valueAt(root, pointer) {
  let v = root;
  for (const seg of pointer.split("/").slice(1)) {
    if (v === null || typeof v !== "object") return void 0;
    v = v[seg.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return v;
}
function keyPath(pointer) {
  return pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).reduce((acc, s) => /^[0-9]+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s, "");
}
function describe(v) {
  if (v === void 0) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return `'${v.length > 60 ? `${v.slice(0, 60)}\u2026` : v}'`;
  return `${typeof v} ${String(v)}`;
}
function suggest(word, options) {
  let best;
  let bestD = Infinity;
  for (const o of options) {
    const d = distance(word.toLowerCase(), o.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = o;
    }
  }
  return best !== void 0 && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  const at = (i, j) => d[i][j];
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      d[i][j] = v;
    }
  }
  return at(a.length, b.length);
}
function firstLine(s) {
  return s.split("\n")[0]?.trim() ?? s;
}

// src/process/probe.ts
import net from "node:net";
async function httpProbe(url, timeoutMs) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: "manual" });
    await res.body?.cancel();
    return { status: res.status };
  } catch (err) {
    const cause = err.cause;
    if (err.name === "TimeoutError") return { error: `no answer within ${timeoutMs}ms` };
    return { error: cause?.code ?? err.message };
  }
}
function tcpProbe(host, port, timeoutMs) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok, error) => {
      socket.destroy();
      resolve(error ? { ok, error } : { ok });
    };
    socket.setTimeout(timeoutMs, () => done(false, `no answer within ${timeoutMs}ms`));
    socket.once("connect", () => done(true));
    socket.once("error", (e) => done(false, e.code ?? e.message));
  });
}

// src/preflight/run.ts
import { access, constants } from "node:fs/promises";
import path2 from "node:path";
async function runPreflight(checks, opts) {
  const outcomes = [];
  for (const check of checks) {
    const started = Date.now();
    const o = await runOne(check, opts);
    outcomes.push({ ...o, durationMs: Date.now() - started });
  }
  return { ok: outcomes.every((o) => o.ok), checks: outcomes };
}
async function runOne(check, opts) {
  switch (check.type) {
    case "env": {
      const missing = check.vars.filter((v) => !opts.env[v]);
      return {
        type: "env",
        target: check.vars.join(", "),
        ok: missing.length === 0,
        detail: missing.length === 0 ? `set (${check.vars.length} variable${check.vars.length === 1 ? "" : "s"}; values not shown)` : `not set or empty: ${missing.join(", ")}; set them in the job's env or secrets`
      };
    }
    case "http": {
      const res = await httpProbe(check.url, check.timeoutMs);
      const ok = res.status !== void 0 && (check.status ? check.status.includes(res.status) : res.status < 400);
      return {
        type: "http",
        target: check.url,
        ok,
        detail: res.status !== void 0 ? `answered ${res.status}${ok ? "" : `; expected ${check.status ? check.status.join(" or ") : "2xx or 3xx"}`}` : `no answer: ${res.error}`
      };
    }
    case "tcp": {
      const res = await tcpProbe(check.host, check.port, check.timeoutMs);
      return { type: "tcp", target: `${check.host}:${check.port}`, ok: res.ok, detail: res.ok ? "accepted a connection" : `cannot connect: ${res.error}` };
    }
    case "command": {
      const found = await onPath(check.command, opts.env.PATH ?? "");
      return { type: "command", target: check.command, ok: found !== void 0, detail: found ? `found at ${found}` : `'${check.command}' is not on PATH; install it in an earlier step` };
    }
    case "run": {
      const out = await runCommand({ command: check.command, cwd: opts.cwd, env: opts.env, timeoutMs: check.timeoutMs, redactor: opts.redactor, signal: opts.signal });
      const ok = out.exitCode === 0 && !out.timedOut;
      return {
        type: "run",
        target: opts.redactor.redact(check.command),
        ok,
        detail: out.timedOut ? `did not finish within ${check.timeoutMs}ms` : ok ? "exited 0" : `exited with ${out.exitCode ?? out.signal}${out.exitCode === 127 ? " (command not found)" : ""}`
      };
    }
  }
}
async function onPath(command, pathVar) {
  for (const dir of pathVar.split(path2.delimiter).filter(Boolean)) {
    const candidate = path2.join(dir, command);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}

// src/report/documents.ts
function scopeMatrix(plan) {
  return {
    system: plan.name,
    integrations: plan.integrations.map((i) => ({
      name: i.name,
      service: i.service ?? null,
      description: i.description ?? null,
      owner: i.owner ?? null,
      critical: i.critical,
      verifiedBy: i.kinds,
      jobs: plan.jobs.filter((j) => j.plan.integration === i.name).map((j) => ({ id: j.plan.jobId, kind: j.plan.kind, title: j.plan.title }))
    })),
    services: plan.services.map((s) => ({ name: s.name, url: s.url ?? null, managed: s.start !== void 0 }))
  };
}
function testPlanMarkdown(plan) {
  const lines = [
    `# Integration test plan \u2014 ${plan.name}`,
    "",
    `Generated by integration-gate from \`${plan.file}\`. It lists what this run verifies, in order, and the gates that decide.`,
    "",
    "## 1. Environment (preflight \u2014 halts the run on any failure)",
    "",
    ...plan.preflight.length ? plan.preflight.map((p) => `- ${p.type}: ${p.name}`) : ["- (no preflight checks configured)"],
    "",
    "## 2. Services",
    "",
    ...plan.services.length ? plan.services.map((s) => `- **${s.name}**: ${s.start ? `started with \`${s.start}\`` : "external"}${s.url ? ` at ${s.url}` : ""}${s.ready ? `; ready when ${s.ready.http ?? `${s.ready.tcp?.host}:${s.ready.tcp?.port}`} answers within ${formatDuration(s.ready.timeoutMs)}` : ""}`) : ["- (none)"],
    "",
    "## 3. Jobs",
    "",
    "| # | Integration | Kind | Job | What |",
    "| --- | --- | --- | --- | --- |",
    ...plan.jobs.map((j, i) => `| ${i + 1} | ${j.plan.integration} | ${j.plan.kind} | ${j.plan.jobId} | ${j.plan.title.replace(/\|/g, "\\|")} |`),
    "",
    "## 4. Gates",
    "",
    "| Metric | Rule | Severity | Warn band | Origin |",
    "| --- | --- | --- | --- | --- |",
    ...plan.gates.map((g) => `| ${g.metric} | ${g.op} ${g.threshold} | ${g.severity} | ${Math.round(g.warnBand * 100)}% | ${g.origin} |`),
    "",
    "Decision: any failed critical gate \u2192 NO-GO; otherwise any failure or warning \u2192 CONDITIONAL; otherwise GO. A gate without data fails.",
    ""
  ];
  return lines.join("\n");
}
function defectLogCsv(record, criticalIntegrations) {
  const rows = [["id", "severity", "integration", "job", "kind", "title", "file", "line", "message", "evidence"]];
  let n = 0;
  for (const r of record.results) {
    const criticalGateFailed = record.gates.gates.some(
      (g) => g.status === "fail" && g.spec.severity === "critical" && g.spec.metric.split("@")[0]?.startsWith(r.kind === "tests" ? "integration." : `${r.kind}.`)
    );
    const severity = criticalIntegrations.has(r.integration) && criticalGateFailed ? "critical" : "major";
    for (const f of r.findings) {
      if (f.level !== "failure") continue;
      n++;
      rows.push([`D-${String(n).padStart(4, "0")}`, severity, r.integration, r.jobId, r.kind, f.title, f.file ?? "", f.line ? String(f.line) : "", f.message, f.evidence ?? r.evidence[0] ?? ""]);
    }
  }
  return `${rows.map((row) => row.map(csvCell).join(",")).join("\n")}
`;
}
function csvCell(v) {
  let s = v.replace(/\r?\n/g, " ");
  if (/^[=+\-@\t]/.test(s)) s = `'${s}`;
  return /[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function signoff(record) {
  return {
    decision: record.gates.decision,
    headline: record.gates.headline,
    status: record.status,
    ...record.haltReason ? { haltReason: record.haltReason } : {},
    gates: record.gates.gates.map((g) => ({
      metric: g.spec.metric,
      rule: `${g.spec.op} ${g.spec.threshold}`,
      severity: g.spec.severity,
      value: g.value,
      status: g.status,
      reason: g.reason,
      evidence: g.sources
    })),
    who: record.run.actor ?? null,
    when: record.run.finishedAt ?? record.run.startedAt,
    commit: record.run.commit ?? null,
    ref: record.run.ref ?? null,
    repository: record.run.repository ?? null,
    runUrl: record.run.runUrl ?? null,
    signedBy: `${record.tool.name} ${record.tool.version} (automated evaluation; human approval is recorded by the protected environment or review that consumes this decision)`
  };
}
function forwardRecommendations(record) {
  const lines = [`# Forward recommendations \u2014 ${record.manifest.name}`, "", `Decision: **${record.gates.decision}** \u2014 ${record.gates.headline}`, ""];
  const failed = record.gates.gates.filter((g) => g.status === "fail");
  const warned = record.gates.gates.filter((g) => g.status === "warn");
  if (record.gates.decision === "NO-GO") {
    lines.push("Do not ship. Fix the failed critical gates below, then re-run.", "");
  } else if (record.gates.decision === "CONDITIONAL") {
    lines.push("Ship only behind a feature flag or phased rollout, with monitoring on the metrics below.", "");
  } else {
    lines.push("All gates passed. Keep monitoring the same metrics after release.", "");
  }
  for (const g of failed) lines.push(`- Fix \`${g.spec.metric}\` (${g.spec.severity}): ${g.reason}.`);
  for (const g of warned) lines.push(`- Watch \`${g.spec.metric}\`: ${g.reason}.`);
  const flaky = record.results.flatMap((r) => r.findings.filter((f) => f.level === "warning" && /flaky/i.test(f.message)));
  if (flaky.length) lines.push(`- Stabilise ${flaky.length} flaky test(s); they passed on rerun but hide real risk.`);
  const errored = record.results.filter((r) => r.status === "errored");
  for (const r of errored) lines.push(`- Job ${r.jobId} could not measure: ${r.error ?? "errored"}.`);
  if (failed.length + warned.length + flaky.length + errored.length === 0) lines.push("- No follow-up needed.");
  lines.push("", "Metrics at the time of the decision:", "");
  for (const [k, m] of Object.entries(record.metrics).filter(([k2]) => !k2.includes("@"))) {
    lines.push(`- ${k}: ${formatValue(m.value, m.unit)} \u2014 ${m.basis}`);
  }
  return `${lines.join("\n")}
`;
}
function executionReport(record) {
  return {
    system: record.manifest.name,
    status: record.status,
    startedAt: record.run.startedAt,
    finishedAt: record.run.finishedAt,
    // Statistics, outcomes and logs per job. Failure bodies (stack traces) are left to run.json and the raw
    // JUnit beside this file: repeating them here doubled the largest part of the bundle on big runs.
    detailsIn: "run.json (results[].cases[].details) and the raw JUnit files listed per job",
    jobs: record.results.map((r) => {
      const cases = r.cases;
      if (!Array.isArray(cases)) return r;
      return { ...r, cases: cases.map(({ details: _details, ...rest }) => rest) };
    }),
    metrics: record.metrics
  };
}

// src/report/html.ts
function renderHtml(record) {
  const g = record.gates;
  const colour = g.decision === "GO" ? "#1a7f37" : g.decision === "CONDITIONAL" ? "#9a6700" : "#cf222e";
  const findings = record.results.flatMap((r) => r.findings.map((f) => ({ r, f })));
  const rows = (cells) => cells.map((c) => `<tr>${c.map((x) => `<td>${x}</td>`).join("")}</tr>`).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(g.decision)} \u2014 ${escapeHtml(record.manifest.name)} \xB7 integration-gate</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
h1 span{color:${colour}} table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
td,th{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top} th{background:#f6f8fa}
.fail{color:#cf222e}.warn{color:#9a6700}.pass{color:#1a7f37} code{font-size:90%}
</style></head><body>
<h1><span>${escapeHtml(g.decision)}</span> \u2014 ${escapeHtml(record.manifest.name)}</h1>
<p><strong>${escapeHtml(g.headline)}</strong></p>
${record.haltReason ? `<p class="fail">Halted before any job: ${escapeHtml(record.haltReason)}</p>` : ""}
<h2>Gates</h2>
<table><tr><th>Gate</th><th>Value</th><th>Threshold</th><th>Severity</th><th>Status</th><th>Why</th></tr>
${rows(g.gates.map((x) => [`<code>${escapeHtml(x.spec.metric)}</code>`, escapeHtml(formatValue(x.value, x.unit)), escapeHtml(`${x.spec.op} ${formatValue(x.spec.threshold, x.unit)}`), escapeHtml(x.spec.severity), `<span class="${x.status}">${x.status}</span>`, escapeHtml(x.reason)]))}
</table>
<h2>Findings (${findings.length})</h2>
<table><tr><th>Level</th><th>Integration</th><th>What</th><th>Where</th><th>Detail</th></tr>
${rows(findings.map(({ r, f }) => [`<span class="${f.level === "failure" ? "fail" : "warn"}">${escapeHtml(f.level)}</span>`, escapeHtml(r.integration), escapeHtml(f.title), f.file ? `<code>${escapeHtml(f.file)}${f.line ? `:${f.line}` : ""}</code>` : "", escapeHtml(f.message.slice(0, 2e3))]))}
</table>
<h2>Jobs</h2>
<table><tr><th>Job</th><th>Status</th><th>Figures</th><th>Time</th><th>Evidence</th></tr>
${rows(record.results.map((r) => [`${escapeHtml(r.jobId)}<br><small>${escapeHtml(r.title)}</small>`, escapeHtml(r.status) + (r.error ? `<br><small>${escapeHtml(r.error)}</small>` : ""), r.facts.map(([k, v]) => `${escapeHtml(k)}: ${escapeHtml(v)}`).join("<br>"), escapeHtml(formatDuration(r.durationMs)), r.evidence.map((p) => `<code>${escapeHtml(p)}</code>`).join("<br>")]))}
</table>
<h2>Preflight</h2>
<table><tr><th></th><th>Check</th><th>Target</th><th>Detail</th></tr>
${rows(record.preflight.checks.map((c) => [c.ok ? '<span class="pass">ok</span>' : '<span class="fail">failed</span>', escapeHtml(c.type), escapeHtml(c.target), escapeHtml(c.detail)]))}
</table>
<h2>Services</h2>
<table><tr><th></th><th>Service</th><th>Detail</th></tr>
${rows(record.services.map((s) => [s.ready ? '<span class="pass">ready</span>' : '<span class="fail">not ready</span>', escapeHtml(s.name), escapeHtml(s.detail)]))}
</table>
<p><small>${escapeHtml(`${record.tool.name} ${record.tool.version}`)} \xB7 ${escapeHtml(record.run.commit ?? "no commit")} \xB7 ${escapeHtml(record.run.startedAt)} \u2192 ${escapeHtml(record.run.finishedAt ?? "")}</small></p>
</body></html>
`;
}

// src/report/junit.ts
function gatesJUnit(report, suiteName) {
  const cases = report.gates.map((g) => ({
    classname: `gates.${g.spec.severity}`,
    name: `${g.spec.metric} ${g.spec.op} ${formatValue(g.spec.threshold, g.unit)}`,
    ...g.status === "fail" ? { failure: { message: g.reason, type: g.value === null ? "no-data" : "threshold" } } : { stdout: `${g.status}: ${g.reason}` }
  }));
  return junitXml([{ name: `integration-gate: ${suiteName}`, cases }]);
}

// src/services/manager.ts
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
function occupiedPort(plan) {
  if (plan.ready?.tcp) return plan.ready.tcp;
  const url = plan.ready?.http ?? plan.url;
  if (!url) return void 0;
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || (u.protocol === "https:" ? 443 : 80)) };
}
var ServiceManager = class {
  constructor(evidence, redactor, log, env) {
    this.evidence = evidence;
    this.redactor = redactor;
    this.log = log;
    this.env = env;
  }
  evidence;
  redactor;
  log;
  env;
  running = [];
  handles() {
    const out = /* @__PURE__ */ new Map();
    for (const r of this.running) {
      out.set(r.plan.name, { name: r.plan.name, ...r.plan.url ? { url: r.plan.url } : {}, ...r.pid ? { pid: r.pid } : {} });
    }
    return out;
  }
  /** Starts every service in order; stops at the first that does not become ready. */
  async startAll(plans, signal) {
    const reports = [];
    for (const plan of plans) {
      const report = await this.start(plan, signal);
      reports.push(report);
      if (!report.ready) break;
    }
    return reports;
  }
  async start(plan, signal) {
    if (!plan.start) {
      const running2 = { plan, log: createWriteStream("/dev/null"), logRel: "" };
      this.running.push(running2);
      if (!plan.ready) return { name: plan.name, ...plan.url ? { url: plan.url } : {}, managed: false, ready: true, detail: "external; not probed" };
      const r2 = await this.waitReady(running2, signal);
      return { name: plan.name, ...plan.url ? { url: plan.url } : {}, managed: false, ...r2 };
    }
    const port = occupiedPort(plan);
    if (port) {
      const busy = await tcpProbe(port.host, port.port, 500);
      if (busy.ok) {
        this.running.push({ plan, log: createWriteStream("/dev/null"), logRel: "" });
        return {
          name: plan.name,
          ...plan.url ? { url: plan.url } : {},
          managed: true,
          ready: false,
          detail: `not started: ${port.host}:${port.port} is already in use by another process; stop it or give the service another port`
        };
      }
    }
    const logRel = `services/${plan.name}.log`;
    const logAbs = await this.evidence.reserve(logRel, { kind: "log", producer: "services" });
    const log = createWriteStream(logAbs);
    const child = spawn("/bin/sh", ["-c", plan.start], {
      cwd: plan.cwd,
      env: { ...this.env, ...plan.env },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"]
    });
    const running = { plan, ...child.pid ? { pid: child.pid } : {}, log, logRel };
    this.running.push(running);
    if (child.pid) track(child.pid);
    for (const stream of [child.stdout, child.stderr]) stream.pipe(new RedactStream(this.redactor)).pipe(log, { end: false });
    child.on("exit", (code, sig) => {
      running.exited = { code, signal: sig };
    });
    child.on("error", () => {
      running.exited = { code: null, signal: null };
    });
    this.log.info(`service ${plan.name}: $ ${plan.start}`);
    const r = await this.waitReady(running, signal);
    return { name: plan.name, ...plan.url ? { url: plan.url } : {}, managed: true, ...r, log: logRel };
  }
  async waitReady(r, signal) {
    const ready = r.plan.ready;
    if (!ready) return { ready: true, readyAfterMs: 0, detail: "started (no readiness probe configured)" };
    const started = Date.now();
    const target = ready.http ?? `${ready.tcp?.host}:${ready.tcp?.port}`;
    let last = "not probed yet";
    while (Date.now() - started < ready.timeoutMs) {
      if (signal.aborted) return { ready: false, detail: "interrupted while waiting for readiness" };
      if (r.exited) {
        const tail = await this.tail(r);
        return {
          ready: false,
          detail: `exited with ${r.exited.code !== null ? `code ${r.exited.code}` : `signal ${r.exited.signal}`} before becoming ready${tail ? `; last output: ${tail}` : ""} (see ${r.logRel})`
        };
      }
      const probeTimeout = Math.min(2e3, ready.timeoutMs);
      if (ready.http) {
        const res = await httpProbe(ready.http, probeTimeout);
        if (res.status !== void 0 && res.status < 400) {
          return { ready: true, readyAfterMs: Date.now() - started, detail: `${ready.http} answered ${res.status}` };
        }
        last = res.status !== void 0 ? `answered ${res.status}` : res.error ?? "no answer";
      } else if (ready.tcp) {
        const res = await tcpProbe(ready.tcp.host, ready.tcp.port, probeTimeout);
        if (res.ok) return { ready: true, readyAfterMs: Date.now() - started, detail: `${target} accepted a connection` };
        last = res.error ?? "refused";
      }
      await new Promise((res) => setTimeout(res, ready.intervalMs));
    }
    return {
      ready: false,
      detail: `not ready after ${formatDuration(ready.timeoutMs)}: ${target} ${last}; raise ready.timeout or check ${r.logRel || "the service"}`
    };
  }
  async tail(r) {
    if (!r.logRel) return "";
    await new Promise((res) => setTimeout(res, 50));
    try {
      const text = await readFile2(r.log.path, "utf8");
      const lines = text.trim().split("\n").filter(Boolean);
      return (lines[lines.length - 1] ?? "").slice(0, 200);
    } catch {
      return "";
    }
  }
  /** Stops every started process tree (SIGTERM, then SIGKILL after the stop timeout). Never throws. */
  async stopAll() {
    await Promise.allSettled(
      this.running.reverse().map(async (r) => {
        if (r.pid) {
          await killTree(r.pid, r.plan.stopTimeoutMs);
          this.log.info(`service ${r.plan.name}: stopped`);
        }
        await new Promise((res) => r.log.end(() => res()));
      })
    );
    this.running.length = 0;
  }
};

// src/pipeline.ts
var TOOL = { name: "integration-gate", version: VERSION };
var BUNDLE_NAME = "INTEGRATION-EVIDENCE.zip";
async function runPipeline(settings) {
  let s = settings;
  const metadata = collectMetadata(s.env, s.workspace, s.via);
  const plan = await loadManifest({ file: s.manifestFile, workspace: s.workspace });
  const outDir = resolveInside(s.workspace, s.outDir ?? path3.join(".integration-gate", slug(plan.name)), "output folder");
  await s.onPlan?.(plan);
  const stagingDir = path3.join(outDir, "evidence");
  await rm(stagingDir, { recursive: true, force: true });
  await mkdir(stagingDir, { recursive: true });
  const evidence = new StagingSink(stagingDir);
  const redactor = new SecretRedactor(plan.secrets.map((k) => s.env[k] ?? "").filter(Boolean));
  s = { ...s, log: redactingLogger(s.log, redactor) };
  await Promise.all([
    evidence.writeText(`manifest/${path3.basename(s.manifestFile)}`, redactor.redact(plan.source), { kind: "manifest", producer: "run" }),
    evidence.writeJson("integration-scope-matrix.json", scopeMatrix(plan), { kind: "result", producer: "run" }),
    evidence.writeText("integration-test-plan.md", testPlanMarkdown(plan), { kind: "report", producer: "run" })
  ]);
  const services = new ServiceManager(evidence, redactor, s.log, s.env);
  let serviceReports = [];
  let preflight = { ok: true, checks: [] };
  let haltReason;
  const results = [];
  try {
    if (plan.services.length > 0) {
      s.log.phaseStart(`services (${plan.services.length})`);
      serviceReports = await services.startAll(plan.services, s.signal);
      const bad = serviceReports.find((r) => !r.ready);
      if (bad) haltReason = `service ${bad.name} ${bad.detail}`;
      else if (serviceReports.length < plan.services.length) haltReason = "services were not all started";
      s.log.phaseEnd("services", !haltReason, haltReason ?? serviceReports.map((r) => `${r.name} ready${r.readyAfterMs !== void 0 ? ` in ${formatDuration(r.readyAfterMs)}` : ""}`).join(", "));
    }
    if (!haltReason && plan.preflight.length > 0) {
      s.log.phaseStart(`preflight (${plan.preflight.length} checks)`);
      preflight = await runPreflight(plan.preflight, { env: s.env, cwd: s.workspace, redactor, signal: s.signal });
      const failed = preflight.checks.filter((c) => !c.ok);
      if (failed.length) haltReason = `preflight failed: ${failed.map((c) => `${c.type} ${c.target}: ${c.detail}`).join("; ")}`;
      for (const c of preflight.checks) s.log.info(`  ${c.ok ? "ok  " : "FAIL"} ${c.type} ${c.target} \u2014 ${c.detail}`);
      s.log.phaseEnd("preflight", failed.length === 0, `${preflight.checks.length - failed.length} of ${preflight.checks.length} passed`);
    }
    if (!haltReason) {
      const handles = services.handles();
      for (const job of plan.jobs) {
        if (s.signal.aborted) break;
        results.push(await runJob(job, plan, { ...s, evidence, redactor, handles }));
      }
    }
  } finally {
    if (plan.services.length > 0) await services.stopAll();
  }
  if (s.signal.aborted && !haltReason) haltReason = "interrupted (SIGINT/SIGTERM); jobs not run are missing";
  const run = await metadata;
  const zipPath = path3.join(outDir, BUNDLE_NAME);
  const bundle = new BundleWriter(zipPath, stagingDir, run.startedAt);
  bundle.add(evidence.seal());
  const metrics = collectMetrics(plan, results);
  const gates = evaluateGates(metrics, plan.gates);
  if (haltReason && results.length === 0) {
    gates.decision = "NO-GO";
    gates.headline = `halted before any job \u2014 ${haltReason}`;
  }
  run.finishedAt = (/* @__PURE__ */ new Date()).toISOString();
  const record = redactDeep({
    schemaVersion: 1,
    tool: TOOL,
    manifest: { file: s.manifestFile, name: plan.name },
    run,
    status: haltReason && results.length === 0 ? "halted" : "completed",
    ...haltReason ? { haltReason } : {},
    services: serviceReports,
    preflight,
    results,
    metrics,
    gates
  }, redactor);
  record.bundle = { name: BUNDLE_NAME, path: path3.relative(s.workspace, zipPath), files: 0 };
  try {
    await writeReports(record, plan, evidence, redactor, bundle);
    bundle.add(evidence.seal());
  } catch (err) {
    await bundle.abort();
    throw err;
  }
  const [{ zipSha256 }] = await Promise.all([
    bundle.finish({ tool: TOOL, manifest: record.manifest, run, decision: gates.decision, headline: gates.headline }),
    s.onRecord?.(record, (text) => redactor.redact(text))
  ]);
  return { plan, record, zipPath, zipSha256, stagingDir, redactor };
}
async function runJob(job, plan, s) {
  const { plan: p, module } = job;
  const integration = plan.integrations.find((i) => i.name === p.integration);
  const service = integration?.service ? s.handles.get(integration.service) : void 0;
  const ctx = {
    workspace: s.workspace,
    integration: p.integration,
    jobId: p.jobId,
    evidenceDir: p.evidenceDir,
    evidence: s.evidence,
    redactor: s.redactor,
    log: s.log,
    signal: s.signal,
    env: s.env,
    ...service ? { service } : {}
  };
  const started = Date.now();
  s.log.phaseStart(`${p.jobId} \u2014 ${p.title}`);
  let result;
  try {
    result = await module.run(p, ctx);
  } catch (err) {
    const message = s.redactor.redact(errorMessage(err));
    result = {
      kind: p.kind,
      jobId: p.jobId,
      integration: p.integration,
      title: p.title,
      status: "errored",
      error: `job crashed: ${message}`,
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      metrics: {},
      findings: [{ level: "failure", title: `${p.jobId} crashed`, message }],
      facts: [],
      evidence: []
    };
  }
  const summary = result.error ?? result.facts.map(([k, v]) => `${k} ${v}`).join(", ");
  s.log.phaseEnd(p.jobId, result.status === "passed", `${result.status} in ${formatDuration(result.durationMs)}${summary ? `; ${summary}` : ""}`);
  return result;
}
function collectMetrics(plan, results) {
  const metrics = {};
  for (const module of new Set(plan.jobs.map((j) => j.module))) {
    Object.assign(metrics, module.metrics(results.filter((r) => r.kind === module.kind)));
  }
  return metrics;
}
function redactingLogger(log, redactor) {
  const r = (m) => redactor.redact(m);
  return {
    info: (m) => log.info(r(m)),
    warn: (m) => log.warn(r(m)),
    progress: (m) => log.progress(r(m)),
    phaseStart: (name) => log.phaseStart(r(name)),
    phaseEnd: (name, ok, detail) => log.phaseEnd(r(name), ok, r(detail))
  };
}
function redactDeep(value, redactor) {
  if (!redactor.active) return value;
  const walk = (v) => {
    if (typeof v === "string") return redactor.redact(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === "object") {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [redactor.redact(k), walk(x)]));
    }
    return v;
  };
  return walk(value);
}
async function writeReports(record, plan, evidence, redactor, bundle) {
  const meta = (kind) => ({ kind, producer: "run" });
  const json = (v) => redactor.redact(`${JSON.stringify(v, null, 2)}
`);
  const write = async (rel, text, kind) => {
    await evidence.writeText(rel, text, meta(kind));
    bundle.add(evidence.seal());
  };
  const critical = new Set(plan.integrations.filter((i) => i.critical).map((i) => i.name));
  await write("environment-validation-report.json", json({ ok: record.preflight.ok && record.services.every((x) => x.ready), services: record.services, preflight: record.preflight }), "result");
  await write("tests/test-execution-report.json", json(executionReport(record)), "result");
  await write("defect-log.csv", redactor.redact(defectLogCsv(record, critical)), "result");
  await write("gates/gate-report.json", json(record.gates), "result");
  await write("gates/junit.xml", redactor.redact(gatesJUnit(record.gates, plan.name)), "result");
  await write("integration-signoff.json", json(signoff(record)), "result");
  await write("forward-recommendations.md", redactor.redact(forwardRecommendations(record)), "report");
  await write("report/index.html", redactor.redact(renderHtml(record)), "report");
  if (record.bundle) record.bundle.files = evidence.list().length + 2;
  await write("run.json", json(record), "result");
}
export {
  BUNDLE_NAME,
  TOOL,
  collectMetrics,
  redactDeep,
  runPipeline
};
//# sourceMappingURL=pipeline-H6737OYR.js.map
