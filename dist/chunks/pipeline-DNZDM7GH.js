import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  findingDetails,
  totals
} from "./chunk-K4RJYZHM.js";
import {
  BundleWriter
} from "./chunk-AC27XUII.js";
import {
  node_net_default
} from "./chunk-EXQ65VOQ.js";
import "./chunk-3TLJE56K.js";
import "./chunk-KZKBIOXF.js";
import {
  VERSION
} from "./chunk-TEH4O767.js";
import {
  escapeHtml,
  evaluateGates,
  formatValue
} from "./chunk-GOZZUDSB.js";
import {
  LineCounter,
  isMap,
  isScalar,
  isSeq,
  parseDocument
} from "./chunk-DXRSOWJZ.js";
import {
  junitXml
} from "./chunk-YHYZ4LXM.js";
import {
  StagingSink,
  slug
} from "./chunk-C2K4CITZ.js";
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
} from "./chunk-PSTDYEJV.js";
import {
  require_ucs2length
} from "./chunk-MRDI65AZ.js";
import {
  runCommand
} from "./chunk-VMXVCKCN.js";
import {
  execFile,
  spawn
} from "./chunk-LB7AMZPR.js";
import {
  killTree,
  track
} from "./chunk-KTC7ZSMU.js";
import {
  RedactStream,
  SecretRedactor
} from "./chunk-PZNFXMKH.js";
import "./chunk-WWD3VH5O.js";
import "./chunk-SQRRHZ52.js";
import {
  ManifestError,
  UserError,
  errorMessage
} from "./chunk-7JDYXFT2.js";
import {
  access,
  constants,
  mkdir,
  readFile,
  rename,
  rm,
  stat
} from "./chunk-PGERGIYD.js";
import {
  createWriteStream,
  node_path_default
} from "./chunk-UGYKR3M7.js";
import {
  __toESM
} from "./chunk-FTISGSZM.js";

// src/core/metadata.ts
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
  const [commit, ref] = await headFromFiles(workspace, env) ?? await headFromGit(workspace);
  const actor = env.USER ?? env.LOGNAME;
  return { via, startedAt, ...commit ? { commit } : {}, ...ref ? { ref } : {}, ...actor ? { actor } : {} };
}
var SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
async function headFromFiles(workspace, env) {
  if (env.GIT_DIR || env.GIT_WORK_TREE || env.GIT_COMMON_DIR || env.GIT_CEILING_DIRECTORIES) return void 0;
  try {
    const gitDir = await findGitDir(node_path_default.resolve(workspace));
    if (gitDir === null) return [void 0, void 0];
    const head = (await readFile(node_path_default.join(gitDir, "HEAD"), "utf8")).trim();
    if (SHA.test(head)) return [head, void 0];
    const ref = /^ref: (refs\/heads\/\S+)$/.exec(head)?.[1];
    if (!ref || ref === "refs/heads/.invalid") return void 0;
    const common = await readFile(node_path_default.join(gitDir, "commondir"), "utf8").then(
      (d) => node_path_default.resolve(gitDir, d.trim()),
      () => gitDir
    );
    const sha = await resolveRef(common, ref);
    return sha === null ? [void 0, void 0] : sha === void 0 ? void 0 : [sha, ref];
  } catch {
    return void 0;
  }
}
async function findGitDir(dir) {
  const device = (await stat(dir)).dev;
  for (let d = dir; ; d = node_path_default.dirname(d)) {
    if ((await stat(d)).dev !== device) throw new Error("the search for .git crosses a file-system boundary");
    const dotGit = node_path_default.join(d, ".git");
    const st = await stat(dotGit).catch((err) => {
      if (err.code === "ENOENT" || err.code === "ENOTDIR") return void 0;
      throw err;
    });
    if (st?.isDirectory()) return dotGit;
    if (st?.isFile()) {
      const target = /^gitdir: (.+)$/m.exec(await readFile(dotGit, "utf8"))?.[1];
      if (!target) throw new Error(`${dotGit}: not a gitdir file`);
      return node_path_default.resolve(d, target.trim());
    }
    if (node_path_default.dirname(d) === d) return null;
  }
}
async function resolveRef(gitDir, ref) {
  const loose = await readFile(node_path_default.join(gitDir, ...ref.split("/")), "utf8").then(
    (t) => t.trim(),
    () => void 0
  );
  if (loose !== void 0) return SHA.test(loose) ? loose : void 0;
  const packed = await readFile(node_path_default.join(gitDir, "packed-refs"), "utf8").catch(() => "");
  for (const line of packed.split("\n")) {
    const [sha, name] = line.split(" ");
    if (name === ref && sha && SHA.test(sha)) return sha;
  }
  return null;
}
function headFromGit(workspace) {
  return new Promise((resolve) => {
    execFile("git", ["rev-parse", "HEAD", "--symbolic-full-name", "HEAD"], { cwd: workspace, encoding: "utf8", timeout: 5e3 }, (err, stdout) => {
      const [sha, name] = err ? [] : stdout.split("\n").map((l) => l.trim());
      resolve([SHA.test(sha ?? "") ? sha : void 0, name?.startsWith("refs/") ? name : void 0]);
    });
  });
}

// src/manifest/validator.generated.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validator_generated_default = validate21;
var schema6 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/integration-gate/integration-gate/schema/integration-gate.schema.json", "title": "integration-gate manifest", "description": "One manifest that says how to verify a service's integrations: services, preflight checks, jobs and gates.", "type": "object", "additionalProperties": false, "required": ["version", "name", "integrations"], "properties": { "version": { "const": 1, "description": "Manifest format version. Always 1." }, "name": { "type": "string", "minLength": 1, "maxLength": 100, "description": "Name of the system under verification; names the check run and the bundle." }, "secrets": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "description": "Environment variables whose values are redacted from every log, report and the bundle (preflight env vars are added automatically)." }, "services": { "type": "object", "description": "Services by name.", "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, "additionalProperties": { "$ref": "#/definitions/service" } }, "preflight": { "type": "array", "items": { "$ref": "#/definitions/preflight" }, "description": "Environment checks; any failure halts the run before the jobs." }, "integrations": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "Unique name of the integration (letters, digits, . _ -)." }, "service": { "type": "string", "description": "Name of the service (under services:) this integration targets." }, "description": { "type": "string", "description": "What this integration is, for the scope matrix." }, "owner": { "type": "string", "description": "Team or person accountable, for the scope matrix." }, "critical": { "type": "boolean", "description": "Whether the integration is critical (scope matrix). Default true." }, "contract": { "$ref": "#/definitions/job-contract" }, "tests": { "$ref": "#/definitions/job-tests" }, "load": { "$ref": "#/definitions/job-load" } } }, "description": "The integrations to verify, each with its jobs." }, "gates": { "type": "object", "description": "Gates by metric (e.g. integration.success_rate, load.p95_ms, contract.pass_rate, or <metric>@<jobId> for one job).", "propertyNames": { "pattern": "^[a-z_]+\\.[a-z0-9_:]+(@.+)?$" }, "additionalProperties": { "$ref": "#/definitions/gate" } } }, "definitions": { "service": { "type": "object", "additionalProperties": false, "description": "A service the run starts (start) or only reaches (url).", "properties": { "start": { "type": "string", "minLength": 1, "description": "Shell command that starts the service; stopped (whole process tree) at the end of the run." }, "url": { "type": "string", "pattern": "^https?://", "description": "Base URL of the service, e.g. http://127.0.0.1:3000." }, "cwd": { "type": "string", "description": "Working folder of the start command, relative to the workspace." }, "env": { "type": "object", "description": "Environment variables for the command. Values are strings.", "additionalProperties": { "type": "string" } }, "ready": { "type": "object", "additionalProperties": false, "description": "Readiness probe: an HTTP path (or URL) that must answer 2xx/3xx, or a TCP host:port that must accept.", "properties": { "http": { "type": "string", "minLength": 1, "description": "Path on the service URL (/health) or a full URL." }, "tcp": { "type": "string", "pattern": "^[^\\s:]+:[0-9]{1,5}$", "description": "host:port that must accept a connection." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "How long to wait for readiness (default 30s). A duration: 250ms, 30s, 10m, 1h, 1m30s." }, "interval": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Time between probes (default 200ms). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } }, "stop-timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Grace between SIGTERM and SIGKILL when stopping (default 5s). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } }, "preflight": { "type": "object", "additionalProperties": false, "description": "One environment check. Give exactly one of env, http, tcp, command, run.", "properties": { "name": { "type": "string", "description": "Label shown in reports." }, "env": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "minItems": 1, "description": "Environment variables that must be set and non-empty. Their values are treated as secrets and never printed." }, "http": { "type": "string", "pattern": "^https?://", "description": "URL that must answer with a 2xx or 3xx status (or `status`)." }, "status": { "type": "array", "items": { "type": "integer", "minimum": 100, "maximum": 599 }, "description": "Accepted HTTP statuses for `http`." }, "tcp": { "type": "string", "pattern": "^[^\\s:]+:[0-9]{1,5}$", "description": "host:port that must accept a TCP connection." }, "command": { "type": "string", "pattern": "^[^\\s/]+$", "description": "A program that must be on PATH (e.g. k6, docker)." }, "run": { "type": "string", "minLength": 1, "description": "A shell command that must exit 0." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Time limit of this check (default 10s). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } }, "gate": { "type": "object", "additionalProperties": false, "description": "A quality gate on a metric: give min or max (or equals).", "properties": { "min": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }], "description": "The metric must be at least this. A number, or a percentage such as 90% (= 0.9)." }, "max": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }], "description": "The metric must be at most this. A number, or a percentage such as 90% (= 0.9)." }, "equals": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }], "description": "The metric must equal this. A number, or a percentage such as 90% (= 0.9)." }, "severity": { "enum": ["critical", "major", "minor"], "description": "critical: failing means NO-GO; major/minor: CONDITIONAL. Default major (critical for integration.success_rate and contract.pass_rate)." }, "warn": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }], "description": "Warn band: a passing value within this fraction of the threshold warns (default 10%; 0 disables). A number, or a percentage such as 90% (= 0.9)." }, "description": { "type": "string", "description": "Shown next to the gate in reports." } } }, "job-contract": true, "job-tests": true, "job-load": true } };
var func2 = import_ucs2length.default.default;
var pattern0 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
var pattern13 = new RegExp("^[a-z_]+\\.[a-z0-9_:]+(@.+)?$", "u");
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
var schema12 = { "type": "object", "additionalProperties": false, "description": "A quality gate on a metric: give min or max (or equals).", "properties": { "min": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }], "description": "The metric must be at least this. A number, or a percentage such as 90% (= 0.9)." }, "max": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }], "description": "The metric must be at most this. A number, or a percentage such as 90% (= 0.9)." }, "equals": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }], "description": "The metric must equal this. A number, or a percentage such as 90% (= 0.9)." }, "severity": { "enum": ["critical", "major", "minor"], "description": "critical: failing means NO-GO; major/minor: CONDITIONAL. Default major (critical for integration.success_rate and contract.pass_rate)." }, "warn": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }], "description": "Warn band: a passing value within this fraction of the threshold warns (default 10%; 0 disables). A number, or a percentage such as 90% (= 0.9)." }, "description": { "type": "string", "description": "Shown next to the gate in reports." } } };
var pattern14 = new RegExp("^-?[0-9]+(\\.[0-9]+)?%$", "u");
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
          if (!pattern14.test(data0)) {
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
          if (!pattern14.test(data1)) {
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
          if (!pattern14.test(data2)) {
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
          if (!pattern14.test(data4)) {
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
  validate26.errors = vErrors;
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
            if (!pattern13.test(key4)) {
              const err26 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z_]+\\.[a-z0-9_:]+(@.+)?$" }, message: 'must match pattern "^[a-z_]+\\.[a-z0-9_:]+(@.+)?$"', schema: "^[a-z_]+\\.[a-z0-9_:]+(@.+)?$", parentSchema: schema6.properties.gates.propertyNames, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
          var valid13 = _errs37 === errors;
          if (!valid13) {
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
          if (!validate26(data18[key5], { instancePath: instancePath + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data18, parentDataProperty: key5, rootData })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
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

// src/jobs/registry.ts
var JOB_KINDS = [
  {
    kind: "contract",
    key: "contract",
    load: async () => (await import("./contract-ZSXMBFFX.js")).contractKind,
    validator: async () => (await import("./validator.generated-A5ZMOABG.js")).default
  },
  {
    kind: "tests",
    key: "tests",
    load: async () => (await import("./tests-3KMROXOB.js")).testsKind,
    validator: async () => (await import("./validator.generated-VIMNJ2OA.js")).default
  },
  {
    kind: "load",
    key: "load",
    load: async () => (await import("./load-M2RX24FM.js")).loadKind,
    validator: async () => (await import("./validator.generated-IQWFWLLX.js")).default
  }
];
async function loadJobKinds(keys) {
  const wanted = JOB_KINDS.filter((k) => !keys || keys.has(k.key));
  return Promise.all(wanted.map((k) => k.load()));
}

// src/manifest/plan.ts
var DEFAULT_CRITICAL = /* @__PURE__ */ new Set(["integration.success_rate", "contract.pass_rate"]);
function jobKeysUsed(m) {
  const keys = /* @__PURE__ */ new Set();
  const integrations = Array.isArray(m.integrations) ? m.integrations : [];
  for (const raw of integrations) {
    if (raw === null || typeof raw !== "object") continue;
    for (const k of JOB_KINDS) if (raw[k.key] !== void 0) keys.add(k.key);
  }
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
  const abs = node_path_default.resolve(opts.workspace, opts.file);
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
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
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
  const manifest = value;
  const keys = jobKeysUsed(manifest);
  const [errors, kinds] = await Promise.all([schemaErrors(value, keys), loadJobKinds(keys)]);
  if (errors.length > 0) throw located.fromAjv(pickError(errors), value);
  const ctxFor = (integration, service) => ({
    file: opts.file,
    workspace: opts.workspace,
    integration,
    ...service ? { service } : {},
    fail: (pointer, detail) => {
      throw located.at(pointer, detail);
    },
    resolvePath: (pointer, userPath) => {
      const p = node_path_default.resolve(opts.workspace, userPath);
      if (!isInside(opts.workspace, p)) throw located.at(pointer, `path '${userPath}' resolves outside the workspace; use a path inside it`);
      return p;
    },
    duration: (pointer, v) => {
      const ms = parseDuration(v);
      if (ms === void 0) throw located.at(pointer, `expected a duration like 30s, 10m or 250ms; found ${describe(v)}`);
      return ms;
    }
  });
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
async function schemaErrors(value, keys = jobKeysUsed(value ?? {})) {
  const manifest = value ?? {};
  const used = JOB_KINDS.filter((k) => keys.has(k.key));
  const validators = await Promise.all(used.map((k) => k.validator()));
  const errors = validator_generated_default(value) ? [] : [...validator_generated_default.errors ?? []];
  if (!Array.isArray(manifest.integrations)) return errors;
  manifest.integrations.forEach((raw, i) => {
    if (raw === null || typeof raw !== "object") return;
    used.forEach((k, j) => {
      const section = raw[k.key];
      const validate = validators[j];
      if (section === void 0) return;
      const at = { instancePath: `/integrations/${i}/${k.key}`, parentData: raw, parentDataProperty: k.key, rootData: value };
      if (!validate(section, at)) errors.push(...validate.errors ?? []);
    });
  });
  return errors;
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
      if (isMap(node)) {
        const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === seg);
        if (!pair) return node;
        if (wantKey && i === segs.length - 1) return pair.key;
        node = pair.value ?? pair.key;
      } else if (isSeq(node)) {
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
    const socket = node_net_default.connect({ host, port });
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
  for (const dir of pathVar.split(node_path_default.delimiter).filter(Boolean)) {
    const candidate = node_path_default.join(dir, command);
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
var DISAGREEMENTS_SHOWN = 5;
var TRACES_SHOWN = 100;
var TRACE_CHARS = 16e3;
var LEVEL_ORDER = { failure: 0, warning: 1, notice: 2 };
var breakable = (text) => escapeHtml(text).replace(/[/._]+/g, "$&<wbr>");
var pathCode = (p) => `<code>${breakable(p)}</code>`;
function findingsTable(record, rows) {
  const findings = record.results.flatMap((r) => r.findings.map((f) => ({ r, f }))).sort((a, b) => LEVEL_ORDER[a.f.level] - LEVEL_ORDER[b.f.level]);
  let traces = 0;
  const detail = (r, f) => {
    const message = escapeHtml(f.message.slice(0, 2e3));
    const trace = traces < TRACES_SHOWN ? findingDetails(r, f) : void 0;
    if (trace === void 0) return message;
    traces++;
    const cut = trace.length > TRACE_CHARS ? `${trace.slice(0, TRACE_CHARS)}
\u2026 (cut; run.json and the raw file have it whole)` : trace;
    return `${message}<details><summary>stack trace</summary><pre>${escapeHtml(cut)}</pre></details>`;
  };
  return `<h2>Findings (${findings.length})</h2>
<table><tr><th>Level</th><th>Integration</th><th>What</th><th>Where</th><th>Detail</th></tr>
${rows(findings.map(({ r, f }) => [`<span class="${f.level === "failure" ? "fail" : "warn"}">${escapeHtml(f.level)}</span>`, escapeHtml(r.integration), breakable(f.title), f.file ? pathCode(`${f.file}${f.line ? `:${f.line}` : ""}`) : "", detail(r, f)]))}
</table>
`;
}
function reportFiles(record, rows) {
  const files = record.results.flatMap((r) => (r.files ?? []).map((f) => ({ r, f })));
  if (files.length === 0) return "";
  const said = (f) => {
    const d = f.disagreements ?? [];
    const shown = d.slice(0, DISAGREEMENTS_SHOWN).map((x) => `${escapeHtml(x.suite)}: <code>${escapeHtml(x.attribute)}</code> says ${x.attributeValue}, its cases ${x.fromCases}`);
    if (d.length > DISAGREEMENTS_SHOWN) shown.push(`\u2026 and ${d.length - DISAGREEMENTS_SHOWN} more (run.json)`);
    for (const s of f.suiteFailures ?? []) shown.push(`<span class="warn">${escapeHtml(s.suite)}: ${escapeHtml(s.message.slice(0, 300))}</span>`);
    return shown.join("<br>");
  };
  return `<h2>JUnit files (${files.length})</h2>
<p><small>Counts are the test cases'; where a suite's attributes say otherwise, that is listed (the cases were counted).</small></p>
<table><tr><th>Job</th><th>File</th><th>Producer</th><th>Tests</th><th>Passed</th><th>Failed</th><th>Errored</th><th>Skipped</th><th>Flaky</th><th>Attributes that disagree, failures outside the cases</th></tr>
${rows(files.map(({ r, f }) => [escapeHtml(r.jobId), pathCode(f.file), escapeHtml(f.producer ?? ""), ...[f.counts.tests, f.counts.passed, f.counts.failed, f.counts.errored, f.counts.skipped, f.counts.flaky].map(String), said(f)]))}
</table>
`;
}
function renderHtml(record) {
  const g = record.gates;
  const colour = g.decision === "GO" ? "#1a7f37" : g.decision === "CONDITIONAL" ? "#9a6700" : "#cf222e";
  const rows = (cells) => cells.map((c) => `<tr>${c.map((x) => `<td>${x}</td>`).join("")}</tr>`).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(g.decision)} \u2014 ${escapeHtml(record.manifest.name)} \xB7 integration-gate</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
h1 span{color:${colour}} table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
td,th{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word} th{background:#f6f8fa}
.fail{color:#cf222e}.warn{color:#9a6700}.pass{color:#1a7f37} code{font-size:90%}
pre{white-space:pre-wrap;font-size:85%;margin:.3rem 0 0;max-height:24rem;overflow:auto;background:#f6f8fa;padding:.4rem}
summary{cursor:pointer;color:#57606a;font-size:90%}
</style></head><body>
<h1><span>${escapeHtml(g.decision)}</span> \u2014 ${escapeHtml(record.manifest.name)}</h1>
<p><strong>${escapeHtml(g.headline)}</strong></p>
<p>${totals(record).map(([label, text]) => `<strong>${escapeHtml(label)}</strong> ${escapeHtml(text)}`).join("<br>")}</p>
${record.haltReason ? `<p class="fail">Halted before any job: ${escapeHtml(record.haltReason)}</p>` : ""}
<h2>Gates</h2>
<table><tr><th>Gate</th><th>Value</th><th>Threshold</th><th>Severity</th><th>Status</th><th>Why</th></tr>
${rows(g.gates.map((x) => [`<code>${escapeHtml(x.spec.metric)}</code>`, escapeHtml(formatValue(x.value, x.unit)), escapeHtml(`${x.spec.op} ${formatValue(x.spec.threshold, x.unit)}`), escapeHtml(x.spec.severity), `<span class="${x.status}">${x.status}</span>`, escapeHtml(x.reason)]))}
</table>
${findingsTable(record, rows)}<h2>Jobs</h2>
<table><tr><th>Job</th><th>Status</th><th>Figures</th><th>Time</th><th>Evidence</th></tr>
${rows(record.results.map((r) => [`${escapeHtml(r.jobId)}<br><small>${escapeHtml(r.title)}</small>`, escapeHtml(r.status) + (r.error ? `<br><small>${escapeHtml(r.error)}</small>` : ""), r.facts.map(([k, v]) => `${escapeHtml(k)}: ${escapeHtml(v)}`).join("<br>"), escapeHtml(formatDuration(r.durationMs)), r.evidence.map(pathCode).join("<br>")]))}
</table>
${reportFiles(record, rows)}${record.preflight.checks.length === 0 ? "" : `<h2>Preflight</h2>
<table><tr><th></th><th>Check</th><th>Target</th><th>Detail</th></tr>
${rows(record.preflight.checks.map((c) => [c.ok ? '<span class="pass">ok</span>' : '<span class="fail">failed</span>', escapeHtml(c.type), escapeHtml(c.target), escapeHtml(c.detail)]))}
</table>
`}${record.services.length === 0 ? "" : `<h2>Services</h2>
<table><tr><th></th><th>Service</th><th>Detail</th></tr>
${rows(record.services.map((s) => [s.ready ? '<span class="pass">ready</span>' : '<span class="fail">not ready</span>', escapeHtml(s.name), escapeHtml(s.detail)]))}
</table>
`}<p><small>${escapeHtml(`${record.tool.name} ${record.tool.version}`)} \xB7 ${escapeHtml(record.run.commit ?? "no commit")} \xB7 ${escapeHtml(record.run.startedAt)} \u2192 ${escapeHtml(record.run.finishedAt ?? "")}</small></p>
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
      const text = await readFile(r.log.path, "utf8");
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
async function runPipeline(s) {
  const metadata = collectMetadata(s.env, s.workspace, s.via);
  const plan = await loadManifest({ file: s.manifestFile, workspace: s.workspace });
  const outDir = resolveInside(s.workspace, s.outDir ?? node_path_default.join(".integration-gate", slug(plan.name)), "output folder");
  await s.onPlan?.(plan);
  const stagingDir = node_path_default.join(outDir, "evidence");
  const { deleted } = await moveAside(stagingDir);
  await mkdir(stagingDir, { recursive: true });
  try {
    return await runStaged(s, plan, metadata, outDir, stagingDir);
  } finally {
    await deleted;
  }
}
async function moveAside(dir) {
  const aside = `${dir}.old-${process.pid}-${Date.now()}`;
  try {
    await rename(dir, aside);
  } catch (err) {
    if (err.code !== "ENOENT") await rm(dir, { recursive: true, force: true });
    return { deleted: Promise.resolve() };
  }
  return { deleted: rm(aside, { recursive: true, force: true }).catch(() => void 0) };
}
async function runStaged(settings, plan, metadata, outDir, stagingDir) {
  let s = settings;
  const evidence = new StagingSink(stagingDir);
  const redactor = new SecretRedactor(plan.secrets.map((k) => s.env[k] ?? "").filter(Boolean));
  s = { ...s, log: redactingLogger(s.log, redactor) };
  const planEvidence = Promise.all([
    evidence.writeText(`manifest/${node_path_default.basename(s.manifestFile)}`, redactor.redact(plan.source), { kind: "manifest", producer: "run" }),
    evidence.writeJson("integration-scope-matrix.json", scopeMatrix(plan), { kind: "result", producer: "run" }),
    evidence.writeText("integration-test-plan.md", testPlanMarkdown(plan), { kind: "report", producer: "run" })
  ]);
  planEvidence.catch(() => void 0);
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
  await planEvidence;
  const run = await metadata;
  const zipPath = node_path_default.join(outDir, BUNDLE_NAME);
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
  record.bundle = { name: BUNDLE_NAME, path: node_path_default.relative(s.workspace, zipPath), files: 0 };
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
  const { error } = result;
  s.log.findings(error ? result.findings.filter((f) => f.message === "" || !error.endsWith(f.message)) : result.findings);
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
    phaseEnd: (name, ok, detail) => log.phaseEnd(r(name), ok, r(detail)),
    findings: (findings) => log.findings(findings.map((f) => ({ ...f, title: r(f.title), message: r(f.message), ...f.file ? { file: r(f.file) } : {} })))
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
  const json = (v) => redactor.redact(`${JSON.stringify(v, null, 2)}
`);
  const critical = new Set(plan.integrations.filter((i) => i.critical).map((i) => i.name));
  const reports = [
    ["environment-validation-report.json", "result", () => json({ ok: record.preflight.ok && record.services.every((x) => x.ready), services: record.services, preflight: record.preflight })],
    ["tests/test-execution-report.json", "result", () => json(executionReport(record))],
    ["defect-log.csv", "result", () => redactor.redact(defectLogCsv(record, critical))],
    ["gates/gate-report.json", "result", () => json(record.gates)],
    ["gates/junit.xml", "result", () => redactor.redact(gatesJUnit(record.gates, plan.name))],
    ["integration-signoff.json", "result", () => json(signoff(record))],
    ["forward-recommendations.md", "report", () => redactor.redact(forwardRecommendations(record))],
    ["report/index.html", "report", () => redactor.redact(renderHtml(record))],
    // run.json comes last and counts the bundle's files: those staged, itself, and the evidence manifest.
    [
      "run.json",
      "result",
      () => {
        if (record.bundle) record.bundle.files = evidence.list().length + 2;
        return json(record);
      }
    ]
  ];
  const written = [];
  for (const [rel, kind, make] of reports) {
    const done = evidence.writeText(rel, make(), { kind, producer: "run" });
    done.catch(() => void 0);
    written.push(done);
    bundle.add(evidence.seal());
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(written);
}
export {
  BUNDLE_NAME,
  TOOL,
  collectMetrics,
  redactDeep,
  runPipeline
};
//# sourceMappingURL=pipeline-DNZDM7GH.js.map
