import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  junitXml
} from "./chunk-YHYZ4LXM.js";
import {
  isRecord
} from "./chunk-3QXR3HL5.js";
import {
  duration,
  junitGlobs
} from "./chunk-MDZGSRUX.js";
import {
  slug
} from "./chunk-HJDUQUJH.js";
import {
  junitGlobs as junitGlobs2
} from "./chunk-TTFJPRAO.js";
import "./chunk-AQHYNQJM.js";
import "./chunk-J6EVNFCH.js";
import "./chunk-FTADXKG2.js";
import "./chunk-JQCPZYZA.js";
import {
  existsSync,
  node_path_default
} from "./chunk-FUU55JNM.js";
import "./chunk-FTISGSZM.js";

// src/jobs/contract/config.ts
var RESPONSE_CHECKS = [
  "not_a_server_error",
  "status_code_conformance",
  "content_type_conformance",
  "response_schema_conformance",
  "response_headers_conformance"
];
var CHECKS = [...RESPONSE_CHECKS, "negative_data_rejection", "max_response_time", "round_trip", "external_command"];
var checkFlag = (what) => ({ type: "boolean", description: `${what} Default: on.` });
var contractSchema = {
  type: "object",
  additionalProperties: false,
  required: ["openapi"],
  description: "Contract checks: every documented operation of an OpenAPI description (3.0, 3.1 or Swagger 2.0) is called on the live service and its answers checked against the description; declared flows check data round trips; an optional external contract command (e.g. Pact provider verification) is counted in the same results.",
  properties: {
    openapi: { type: "string", minLength: 1, description: "Path of the OpenAPI / Swagger description (YAML or JSON), relative to the workspace. $refs to other files are resolved." },
    baseUrl: {
      type: "string",
      pattern: "^https?://",
      description: "Base URL the operations' paths are appended to, including any path prefix (e.g. https://api.example.com/v1). Default: the URL of the integration's service."
    },
    include: {
      type: "array",
      items: { type: "string", minLength: 1 },
      description: "Operations to exercise (default: all). Each entry is an operationId ('createPayment'), a tag ('tag:payments') or a method and path pattern ('GET /payments*', '* /payments/{paymentId}'); * matches any characters."
    },
    exclude: {
      type: "array",
      items: { type: "string", minLength: 1 },
      description: "Operations not to exercise, same patterns as include. Excluded operations still count as documented, so they lower contract.coverage."
    },
    allowWrites: {
      type: "boolean",
      description: "Send non-safe methods (POST, PUT, PATCH, DELETE). Default: true against a service the manifest starts, false against any other URL (then only GET, HEAD, OPTIONS are sent)."
    },
    auth: {
      type: "object",
      description: "Credentials for the description's security schemes, by scheme name. Secrets come from environment variables and are redacted from logs and evidence.",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["fromEnv"],
        description: "apiKey: the key; http bearer / oauth2 / openIdConnect: the token; http basic: user:password.",
        properties: { fromEnv: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$", description: "Environment variable holding the secret." } }
      }
    },
    checks: {
      type: "object",
      additionalProperties: false,
      description: "Switch checks off for every operation (prefer per-operation waivers), and set the optional response-time limit.",
      properties: {
        not_a_server_error: checkFlag("No response may be a 5xx."),
        status_code_conformance: checkFlag("The status is documented for the operation (exactly, as a range such as 2XX, or by 'default')."),
        content_type_conformance: checkFlag("The Content-Type is one documented for that status."),
        response_schema_conformance: checkFlag("The JSON body validates against the documented schema (formats checked; nullable for 3.0; JSON Schema 2020-12 for 3.1)."),
        response_headers_conformance: checkFlag("Required documented headers are present and documented headers match their schema."),
        negative_data_rejection: checkFlag("Requests that violate the request schema get a 4xx, not a 2xx or 5xx."),
        round_trip: checkFlag("Declared flows keep the data they should."),
        max_response_time: duration("Every response must arrive within this time (off unless set)."),
        request_timeout: duration("Time limit of each request (default 10s).")
      }
    },
    waivers: {
      type: "array",
      description: "Checks switched off for one operation, with the reason; recorded as waivers in the evidence (and the would-be verdict kept).",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["operation", "check", "reason"],
        description: "One waiver.",
        properties: {
          operation: { type: "string", minLength: 1, description: "operationId or 'METHOD /path' pattern the waiver applies to; '*' for all." },
          check: { type: "string", enum: [...CHECKS, "*"], description: "The check waived, or '*' for all checks of the operation." },
          reason: { type: "string", minLength: 3, description: "Why the check is waived (shown to reviewers and auditors)." }
        }
      }
    },
    flows: {
      type: "array",
      description: "Round trips (create \u2192 read \u2192 compare \u2192 delete): steps call operations, capture values from responses, and compare fields that must survive.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "steps"],
        description: "One flow.",
        properties: {
          name: { type: "string", minLength: 1, description: "Name of the flow in reports." },
          steps: {
            type: "array",
            minItems: 1,
            description: "The requests of the flow, in order.",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["id"],
              description: "One request: the operation (or an OpenAPI link to follow), its parameters and body, the expected status, the values to capture and the equalities to check.",
              properties: {
                id: { type: "string", pattern: "^[A-Za-z0-9_-]+$", description: "Step id, used by later steps as $steps.<id>.\u2026" },
                operation: { type: "string", minLength: 1, description: "operationId or 'METHOD /path' of the operation the step calls." },
                link: { type: "string", minLength: 1, description: "Name of an OpenAPI link on the response of step `from`: the step calls its target operation with the parameters the link declares." },
                from: { type: "string", description: "Step whose response `link` is read from (default: the previous step)." },
                params: {
                  type: "object",
                  description: "Parameter values by name (path, query, header, cookie). Strings may be runtime expressions: $steps.<id>.outputs.<name>, $steps.<id>.response.body#/pointer, $steps.<id>.request.body#/pointer, $steps.<id>.response.header.<name>."
                },
                body: { description: "Request body (default: the example or a generated one). String leaves may be runtime expressions." },
                status: { type: "integer", minimum: 100, maximum: 599, description: "Expected status (default: any 2xx)." },
                outputs: {
                  type: "object",
                  additionalProperties: { type: "string" },
                  description: "Values captured from this step: name \u2192 $response.body#/pointer, $response.header.<name>, $request.body#/pointer, $statusCode."
                },
                equals: {
                  type: "object",
                  description: 'Equality checks: runtime expression \u2192 expected value or another expression, e.g. "$response.body#/amount": "$steps.create.request.body#/amount".'
                },
                survives: {
                  type: "object",
                  additionalProperties: false,
                  required: ["from", "fields"],
                  description: "Shorthand: each field of step `from`'s request body must come back unchanged in this step's response body.",
                  properties: {
                    from: { type: "string", description: "Step id whose request body holds the expected values." },
                    fields: { type: "array", minItems: 1, items: { type: "string" }, description: "Field names or JSON pointers (/amount, /customer/name)." }
                  }
                }
              }
            }
          }
        }
      }
    },
    command: {
      type: "object",
      additionalProperties: false,
      required: ["run", "junit"],
      description: "An external contract tool (Pact provider verification, Dredd, Schemathesis\u2026) that writes JUnit; each test case counts as a contract check. It gets INTEGRATION_GATE_BASE_URL in its environment.",
      properties: {
        run: { type: "string", minLength: 1, description: "Shell command." },
        junit: junitGlobs("Glob(s) of the JUnit files it writes."),
        cwd: { type: "string", description: "Working folder, relative to the workspace (default: the workspace)." },
        timeout: duration("Time limit; on expiry the whole process tree is killed (default 10m).")
      }
    }
  }
};
function strings(v) {
  return Array.isArray(v) ? v.map(String) : [];
}
function toPlan(raw, pointer, ctx) {
  const c = raw;
  const spec = ctx.resolvePath(`${pointer}/openapi`, String(c.openapi));
  if (!existsSync(spec)) ctx.fail(`${pointer}/openapi`, `API description '${String(c.openapi)}' not found (resolved to ${spec})`);
  const baseUrl = typeof c.baseUrl === "string" ? c.baseUrl : void 0;
  if (!baseUrl && !ctx.service?.url) {
    ctx.fail(pointer, `no base URL: set 'baseUrl', or give the integration a service with a url`);
  }
  const managed = ctx.service?.managed === true && !baseUrl;
  const writes = typeof c.allowWrites === "boolean" ? c.allowWrites : managed;
  const writesReason = typeof c.allowWrites === "boolean" ? `allowWrites: ${String(c.allowWrites)} in the manifest` : managed ? `service '${ctx.service?.name ?? ""}' is started by the manifest` : "external URL: only safe methods (set allowWrites: true to send writes)";
  const auth = {};
  if (isRecord(c.auth)) {
    for (const [k, v] of Object.entries(c.auth)) if (isRecord(v)) auth[k] = String(v.fromEnv);
  }
  const checks = isRecord(c.checks) ? c.checks : {};
  const disabled = Object.entries(checks).filter(([k, v]) => v === false && k !== "max_response_time" && k !== "request_timeout").map(([k]) => k);
  const maxResponseTimeMs = checks.max_response_time !== void 0 ? ctx.duration(`${pointer}/checks/max_response_time`, checks.max_response_time) : void 0;
  const requestTimeoutMs = checks.request_timeout !== void 0 ? ctx.duration(`${pointer}/checks/request_timeout`, checks.request_timeout) : 1e4;
  const waivers = (Array.isArray(c.waivers) ? c.waivers : []).filter(isRecord).map((w) => ({
    operation: String(w.operation),
    check: String(w.check),
    reason: String(w.reason)
  }));
  const flows = (Array.isArray(c.flows) ? c.flows : []).filter(isRecord).map((f, fi) => {
    const fp = `${pointer}/flows/${fi}`;
    const seen = /* @__PURE__ */ new Set();
    const steps = (Array.isArray(f.steps) ? f.steps : []).filter(isRecord).map((s, si) => {
      const sp = `${fp}/steps/${si}`;
      const id = String(s.id);
      if (seen.has(id)) ctx.fail(`${sp}/id`, `step id '${id}' is used twice in flow '${String(f.name)}'`);
      if (s.operation === void 0 && s.link === void 0) ctx.fail(sp, `a step needs 'operation' or 'link'`);
      if (s.link !== void 0 && si === 0 && s.from === void 0) ctx.fail(`${sp}/link`, `the first step cannot follow a link: there is no previous response`);
      for (const ref of [s.from, isRecord(s.survives) ? s.survives.from : void 0]) {
        if (typeof ref === "string" && !seen.has(ref)) ctx.fail(sp, `step '${ref}' is not an earlier step of this flow`);
      }
      seen.add(id);
      return {
        id,
        pointer: sp,
        params: isRecord(s.params) ? s.params : {},
        outputs: isRecord(s.outputs) ? Object.fromEntries(Object.entries(s.outputs).map(([k, v]) => [k, String(v)])) : {},
        equals: isRecord(s.equals) ? s.equals : {},
        ...typeof s.operation === "string" ? { operation: s.operation } : {},
        ...typeof s.link === "string" ? { link: s.link } : {},
        ...typeof s.from === "string" ? { from: s.from } : {},
        ..."body" in s ? { body: { value: s.body } } : {},
        ...typeof s.status === "number" ? { status: s.status } : {},
        ...isRecord(s.survives) ? { survives: { from: String(s.survives.from), fields: strings(s.survives.fields) } } : {}
      };
    });
    return { name: String(f.name), steps, pointer: fp };
  });
  let command;
  if (isRecord(c.command)) {
    const cp = `${pointer}/command`;
    const junit = junitGlobs2(c.command.junit, `${cp}/junit`, ctx.fail);
    command = {
      run: String(c.command.run),
      junit,
      cwd: ctx.resolvePath(`${cp}/cwd`, typeof c.command.cwd === "string" ? c.command.cwd : "."),
      timeoutMs: c.command.timeout === void 0 ? 6e5 : ctx.duration(`${cp}/timeout`, c.command.timeout)
    };
  }
  const rel = node_path_default.relative(ctx.workspace, spec).split(node_path_default.sep).join("/");
  return {
    kind: "contract",
    jobId: `${ctx.integration}/contract`,
    integration: ctx.integration,
    evidenceDir: "contract",
    title: `OpenAPI ${rel}${baseUrl ? ` against ${baseUrl}` : ctx.service ? ` against service ${ctx.service.name}` : ""}`,
    spec,
    ...baseUrl ? { baseUrl } : {},
    writes,
    writesReason,
    include: strings(c.include),
    exclude: strings(c.exclude),
    auth,
    disabled,
    ...maxResponseTimeMs !== void 0 ? { maxResponseTimeMs } : {},
    requestTimeoutMs,
    waivers,
    flows,
    ...command ? { command } : {},
    manifestFile: ctx.file
  };
}

// src/jobs/contract/index.ts
var MAX_VIOLATIONS = 500;
var contractKind = {
  kind: "contract",
  key: "contract",
  schema: contractSchema,
  toPlans(raw, pointer, ctx) {
    return [toPlan(raw, pointer, ctx)];
  },
  finalizePlans(plans) {
    assignContractEvidenceDirs(plans);
  },
  async run(plan, ctx) {
    return runContract(plan, ctx);
  },
  metrics(results) {
    return contractMetrics(results);
  },
  defaultGates(plans) {
    if (plans.length === 0) return [];
    return DEFAULT_GATES.map((g) => ({ ...g }));
  }
};
var DEFAULT_GATES = [
  { metric: "contract.pass_rate", op: ">=", threshold: 1, severity: "critical", warnBand: 0, origin: "default", description: "every contract check passes (waived checks excluded)" },
  { metric: "contract.coverage", op: ">=", threshold: 1, severity: "major", warnBand: 0, origin: "default", description: "every documented operation is exercised" }
];
function assignContractEvidenceDirs(plans) {
  if (plans.length < 2) return;
  const used = /* @__PURE__ */ new Set();
  for (const p of plans) {
    let dir = `contract/${slug(p.integration)}`;
    for (let i = 2; used.has(dir); i++) dir = `contract/${slug(p.integration)}-${i}`;
    used.add(dir);
    p.evidenceDir = dir;
  }
}
async function runContract(plan, ctx) {
  const started = /* @__PURE__ */ new Date();
  const dir = ctx.evidenceDir || plan.evidenceDir;
  const producer = plan.jobId;
  const evidence = [];
  evidence.push(await ctx.evidence.writeJson(`${dir}/contract-validation-config.json`, configEvidence(plan, ctx), { kind: "manifest", producer }));
  const { runEngine } = await import("./runner-BDL4T5JZ.js");
  const engine = await runEngine(plan, { ...ctx, evidenceDir: dir });
  if (engine.external) {
    evidence.push(engine.external.log, ...engine.external.files.map((f) => f.bundlePath));
  }
  const counted = engine.records.filter((r) => r.verdict !== "waived");
  const passed = counted.filter((r) => r.verdict === "passed").length;
  const failed = counted.length - passed;
  const waivedRecords = engine.records.filter((r) => r.verdict === "waived");
  const documented = engine.operations.length;
  const exercised = engine.operations.filter((o) => o.status === "exercised").length;
  const byCheck = {};
  for (const r of engine.records) {
    const c = byCheck[r.check] ??= { passed: 0, failed: 0, waived: 0 };
    c[r.verdict] += 1;
  }
  const resultsRel = `${dir}/contract-validation-results.json`;
  evidence.push(await ctx.evidence.writeJson(resultsRel, resultsEvidence(plan, engine, { documented, exercised, passed, failed, waived: waivedRecords.length }), { kind: "result", producer }));
  if (engine.records.length) {
    evidence.push(await ctx.evidence.writeText(`${dir}/contract-junit.xml`, junitEvidence(plan, engine.records), { kind: "result", producer }));
  }
  const findings = toFindings(engine, resultsRel);
  const violations = engine.records.filter((r) => r.verdict === "failed").slice(0, MAX_VIOLATIONS).map((r) => ({
    operation: r.operation,
    method: r.method,
    path: r.path,
    check: r.check,
    expected: r.expected,
    actual: r.actual,
    origin: r.origin,
    ...r.spec ? { file: r.spec.file, line: r.spec.line } : {}
  }));
  const status = engine.error ? "errored" : failed > 0 || findings.some((f) => f.level === "failure") ? "failed" : "passed";
  const passRate = engine.error ? null : counted.length ? passed / counted.length : null;
  const coverage = engine.error || documented === 0 ? null : exercised / documented;
  const facts = [];
  if (!engine.error || engine.model) {
    facts.push(["operations exercised", `${exercised} of ${documented}`]);
    facts.push(["checks passed", `${passed} of ${counted.length}${waivedRecords.length ? ` (${waivedRecords.length} waived)` : ""}`]);
    if (engine.flows.length) facts.push(["flows passed", `${engine.flows.filter((f) => f.verdict === "passed").length} of ${engine.flows.length}`]);
    if (engine.external) facts.push(["contract command", `${engine.external.passed} passed, ${engine.external.failed} failed`]);
  }
  facts.push(["description", `${engine.specFile}${engine.spec ? ` (${engine.spec.version === "2.0" ? "Swagger 2.0" : `OpenAPI ${engine.spec.version}`})` : ""}`]);
  if (engine.baseUrl) facts.push(["base URL", ctx.redactor.redact(engine.baseUrl)]);
  return {
    kind: "contract",
    jobId: plan.jobId,
    integration: plan.integration,
    title: plan.title,
    status,
    ...engine.error ? { error: ctx.redactor.redact(engine.error) } : {},
    startedAt: started.toISOString(),
    durationMs: Date.now() - started.getTime(),
    metrics: {
      pass_rate: passRate,
      coverage,
      operations: engine.model ? documented : null,
      exercised: engine.model ? exercised : null,
      checks: engine.error ? null : counted.length,
      violations: engine.error ? null : failed,
      waived: engine.error ? null : waivedRecords.length
    },
    findings,
    facts,
    evidence,
    spec: { file: engine.specFile, ...engine.spec ? { version: engine.spec.version } : {}, ...engine.model ? { title: engine.model.title } : {} },
    ...engine.baseUrl ? { baseUrl: ctx.redactor.redact(engine.baseUrl) } : {},
    writes: plan.writes,
    counts: { documented, exercised, checks: counted.length, passed, failed, waived: waivedRecords.length },
    byCheck,
    violations,
    waivers: waivedRecords.map((r) => ({ operation: r.operation, check: r.check, reason: r.waiver?.reason ?? "", wouldHavePassed: r.waiver?.wouldHavePassed ?? true })),
    flows: engine.flows.map((f) => ({ name: f.name, verdict: f.verdict, ...f.note ? { note: f.note } : {} })),
    ...engine.external ? { external: { command: engine.external.command, exitCode: engine.external.exitCode, passed: engine.external.passed, failed: engine.external.failed, skipped: engine.external.skipped } } : {}
  };
}
function toFindings(engine, resultsRel) {
  const findings = [];
  if (engine.errorFinding) findings.push({ ...engine.errorFinding, evidence: resultsRel });
  const groups = /* @__PURE__ */ new Map();
  for (const r of engine.records) {
    if (r.verdict !== "failed") continue;
    const key = `${r.operation}\0${r.check}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  for (const g of groups.values()) {
    const r = g[0];
    const title = r.method ? `${r.method} ${r.path} \xB7 ${r.check}` : `${r.operation} \xB7 ${r.check}`;
    const more = g.length > 1 ? ` (+${g.length - 1} more: see ${resultsRel})` : "";
    findings.push({
      level: "failure",
      title,
      message: `expected ${r.expected}; actual ${r.actual} [request: ${r.origin}]${more}`,
      ...r.spec ? { file: r.spec.file, line: r.spec.line } : {},
      evidence: resultsRel
    });
  }
  for (const n of engine.notes) if (!(n.level === "failure" && findings.some((f) => f.title === n.title))) findings.push(n);
  return findings;
}
function configEvidence(plan, ctx) {
  return {
    schemaVersion: 1,
    jobId: plan.jobId,
    integration: plan.integration,
    description: plan.spec.startsWith(ctx.workspace) ? plan.spec.slice(ctx.workspace.length + 1).split("\\").join("/") : plan.spec,
    baseUrl: ctx.redactor.redact(plan.baseUrl ?? ctx.service?.url ?? ""),
    writes: { allowed: plan.writes, reason: plan.writesReason },
    include: plan.include,
    exclude: plan.exclude,
    // Names of env vars only, never their values.
    auth: Object.fromEntries(Object.entries(plan.auth).map(([scheme, envVar]) => [scheme, { fromEnv: envVar, set: Boolean(ctx.env[envVar]) }])),
    checks: CHECKS.filter((c) => c !== "max_response_time" || plan.maxResponseTimeMs !== void 0).map((c) => ({
      check: c,
      enabled: !plan.disabled.includes(c),
      ...c === "max_response_time" ? { limitMs: plan.maxResponseTimeMs } : {}
    })),
    requestTimeoutMs: plan.requestTimeoutMs,
    waivers: plan.waivers,
    flows: plan.flows.map((f) => ({ name: f.name, steps: f.steps.map(({ pointer: _p, ...s }) => s) })),
    ...plan.command ? { command: { run: ctx.redactor.redact(plan.command.run), junit: plan.command.junit, timeoutMs: plan.command.timeoutMs } } : {},
    requestGeneration: "examples from the description first (media type, parameter, schema), else values generated from the schemas (openapi-sampler); optional parameters without an example are left out; values for path parameters come from OpenAPI links of earlier responses when the description has them"
  };
}
function resultsEvidence(plan, engine, c) {
  const checks = c.passed + c.failed;
  return {
    schemaVersion: 1,
    jobId: plan.jobId,
    description: { file: engine.specFile, ...engine.spec ? { version: engine.spec.version } : {}, ...engine.model ? { title: engine.model.title } : {} },
    baseUrl: engine.baseUrl,
    ...engine.error ? { error: engine.error } : {},
    summary: {
      operationsDocumented: c.documented,
      operationsExercised: c.exercised,
      coverage: c.documented ? c.exercised / c.documented : null,
      checks,
      passed: c.passed,
      failed: c.failed,
      waived: c.waived,
      passRate: checks ? c.passed / checks : null
    },
    operations: engine.operations,
    records: engine.records,
    flows: engine.flows,
    ...engine.external ? { external: engine.external } : {},
    notes: engine.notes.map((n) => ({ level: n.level, title: n.title, message: n.message })),
    exchanges: engine.exchanges
  };
}
function junitEvidence(plan, records) {
  const byCheck = /* @__PURE__ */ new Map();
  for (const r of records) {
    const tc = {
      classname: `${plan.integration}.${r.check}`,
      name: `${r.method ? `${r.method} ${r.path}` : r.operation} [${r.origin}]`,
      ...r.spec ? { file: r.spec.file } : {},
      ...r.verdict === "failed" ? { failure: { message: `expected ${r.expected}; actual ${r.actual}`, type: r.check } } : {},
      ...r.verdict === "waived" ? { skipped: { message: "waived" }, stdout: `waived: ${r.waiver?.reason ?? ""}` } : {}
    };
    const list = byCheck.get(r.check);
    if (list) list.push(tc);
    else byCheck.set(r.check, [tc]);
  }
  return junitXml([...byCheck].map(([check, cases]) => ({ name: check, cases })), `contract ${plan.integration}`);
}
function contractMetrics(results) {
  const out = {};
  if (results.length === 0) return out;
  const errored = results.filter((r) => r.status === "errored");
  const ok = results.filter((r) => r.status !== "errored");
  const sum = (f) => ok.reduce((a, r) => a + f(r), 0);
  const sources = (rs) => rs.flatMap((r) => r.evidence.filter((e) => e.endsWith("contract-validation-results.json")));
  const erroredNote = errored.length ? `; ${errored.length} contract job(s) errored: ${errored.map((r) => r.jobId).join(", ")}` : "";
  const checks = sum((r) => r.counts.checks);
  const passed = sum((r) => r.counts.passed);
  const waived = sum((r) => r.counts.waived);
  const documented = sum((r) => r.counts.documented);
  const exercised = sum((r) => r.counts.exercised);
  out["contract.pass_rate"] = {
    value: errored.length || checks === 0 ? null : passed / checks,
    unit: "ratio",
    basis: `${passed} of ${checks} contract checks passed${waived ? ` (${waived} waived, not counted)` : ""}${erroredNote}`,
    sources: sources(results)
  };
  out["contract.coverage"] = {
    value: errored.length || documented === 0 ? null : exercised / documented,
    unit: "ratio",
    basis: `${exercised} of ${documented} documented operations exercised${erroredNote}`,
    sources: sources(results)
  };
  out["contract.violations"] = {
    value: errored.length ? null : checks - passed,
    unit: "count",
    basis: `${checks - passed} failed contract checks${erroredNote}`,
    sources: sources(results)
  };
  for (const r of results) {
    const src = sources([r]);
    const note = r.status === "errored" ? `errored: ${r.error ?? "no measurement"}` : "";
    out[`contract.pass_rate@${r.jobId}`] = {
      value: r.metrics.pass_rate ?? null,
      unit: "ratio",
      basis: note || `${r.counts.passed} of ${r.counts.checks} checks passed${r.counts.waived ? ` (${r.counts.waived} waived)` : ""}`,
      sources: src
    };
    out[`contract.coverage@${r.jobId}`] = {
      value: r.metrics.coverage ?? null,
      unit: "ratio",
      basis: note || `${r.counts.exercised} of ${r.counts.documented} documented operations exercised`,
      sources: src
    };
    out[`contract.violations@${r.jobId}`] = {
      value: r.metrics.violations ?? null,
      unit: "count",
      basis: note || `${r.counts.failed} failed checks`,
      sources: src
    };
  }
  return out;
}
export {
  DEFAULT_GATES,
  assignContractEvidenceDirs,
  contractKind,
  contractMetrics
};
//# sourceMappingURL=contract-Q56XM4R7.js.map
