import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  findingDetails,
  renderMarkdown
} from "./chunk-K4RJYZHM.js";
import {
  createHash
} from "./chunk-KZKBIOXF.js";
import "./chunk-GOZZUDSB.js";
import {
  repoFileIndex
} from "./chunk-XW47EVGH.js";
import "./chunk-HIFI45R2.js";
import {
  isInside,
  toPosix
} from "./chunk-PSTDYEJV.js";
import "./chunk-LB7AMZPR.js";
import {
  pipeline
} from "./chunk-WWD3VH5O.js";
import {
  Readable,
  Transform,
  Writable
} from "./chunk-SQRRHZ52.js";
import {
  UserError,
  errorMessage
} from "./chunk-7JDYXFT2.js";
import {
  appendFile,
  mkdir
} from "./chunk-PGERGIYD.js";
import {
  createWriteStream,
  node_path_default,
  readFileSync
} from "./chunk-UGYKR3M7.js";
import "./chunk-FTISGSZM.js";

// src/github/context.ts
function isPullRequestEvent(ctx) {
  return ctx.eventName === "pull_request" || ctx.eventName === "pull_request_target";
}
function record(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
}
function str(v) {
  return typeof v === "string" && v !== "" ? v : void 0;
}
function int(v) {
  const n = typeof v === "string" ? Number(v) : v;
  return typeof n === "number" && Number.isSafeInteger(n) && n > 0 ? n : void 0;
}
function trimSlash(url) {
  return url.replace(/\/+$/, "");
}
function readEvent(eventPath) {
  if (!eventPath) return {};
  try {
    return record(JSON.parse(readFileSync(eventPath, "utf8"))) ?? {};
  } catch {
    return {};
  }
}
function pullRequestOf(event, repoFullName) {
  const pr = record(event["pull_request"]);
  const number = int(pr?.["number"]) ?? int(event["number"]);
  const head = record(pr?.["head"]);
  const headSha = str(head?.["sha"]);
  if (!number || !headSha) return void 0;
  const headRepo = str(record(head?.["repo"])?.["full_name"]);
  return { number, headSha, fromFork: headRepo !== void 0 && repoFullName !== void 0 && headRepo !== repoFullName };
}
function workflowRunOf(event) {
  const wr = record(event["workflow_run"]);
  const id = int(wr?.["id"]);
  const headSha = str(wr?.["head_sha"]);
  if (!wr || !id || !headSha) return void 0;
  const prs = Array.isArray(wr["pull_requests"]) ? wr["pull_requests"] : [];
  const out = {
    id,
    headSha,
    pullRequests: prs.map((p) => int(record(p)?.["number"])).filter((n) => n !== void 0)
  };
  const headBranch = str(wr["head_branch"]);
  if (headBranch) out.headBranch = headBranch;
  const headOwner = str(record(record(wr["head_repository"])?.["owner"])?.["login"]);
  if (headOwner) out.headOwner = headOwner;
  const ev = str(wr["event"]);
  if (ev) out.event = ev;
  const htmlUrl = str(wr["html_url"]);
  if (htmlUrl) out.htmlUrl = htmlUrl;
  return out;
}
function readGitHubContext(env = process.env) {
  const serverUrl = trimSlash(str(env["GITHUB_SERVER_URL"]) ?? "https://github.com");
  const apiUrl = trimSlash(str(env["GITHUB_API_URL"]) ?? "https://api.github.com");
  const fullName = str(env["GITHUB_REPOSITORY"]);
  const [owner, repo] = fullName?.split("/") ?? [];
  const event = readEvent(str(env["GITHUB_EVENT_PATH"]));
  const ctx = { actions: env["GITHUB_ACTIONS"] === "true", serverUrl, apiUrl, event };
  if (owner && repo) ctx.repo = { owner, repo };
  const opt = {
    sha: str(env["GITHUB_SHA"]),
    ref: str(env["GITHUB_REF"]),
    eventName: str(env["GITHUB_EVENT_NAME"]),
    runId: int(env["GITHUB_RUN_ID"]),
    runAttempt: int(env["GITHUB_RUN_ATTEMPT"]),
    job: str(env["GITHUB_JOB"]),
    workflow: str(env["GITHUB_WORKFLOW"]),
    actor: str(env["GITHUB_ACTOR"]),
    workspace: str(env["GITHUB_WORKSPACE"]),
    runnerName: str(env["RUNNER_NAME"]),
    stepSummaryPath: str(env["GITHUB_STEP_SUMMARY"]),
    pullRequest: pullRequestOf(event, fullName),
    workflowRun: workflowRunOf(event)
  };
  for (const [k, v] of Object.entries(opt)) if (v !== void 0) Object.assign(ctx, { [k]: v });
  ctx.headSha = ctx.pullRequest?.headSha ?? ctx.sha;
  if (ctx.repo && ctx.runId) ctx.runUrl = `${serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}`;
  return ctx;
}
async function resolveDetailsUrl(gh, ctx) {
  if (!ctx.repo || !ctx.runId) return ctx.runUrl;
  try {
    const jobs = await gh.paginate(gh.rest.actions.listJobsForWorkflowRun, {
      ...ctx.repo,
      run_id: ctx.runId,
      filter: "latest",
      per_page: 100
    });
    const running = jobs.filter((j) => j.status === "in_progress");
    const match = (ctx.runnerName ? running.find((j) => j.runner_name === ctx.runnerName) : void 0) ?? (ctx.job ? running.find((j) => j.name === ctx.job) ?? running.find((j) => j.name.startsWith(`${ctx.job} (`)) : void 0) ?? (ctx.job ? jobs.find((j) => j.name === ctx.job) : void 0);
    return match?.html_url ?? ctx.runUrl;
  } catch {
    return ctx.runUrl;
  }
}

// src/github/client.ts
async function createGitHubClient(opts) {
  const [{ Octokit: Rest }, { retry }, { throttling }] = await Promise.all([
    import("./dist-src-BKWU4IPO.js"),
    import("./dist-bundle-6YQMWCBE.js"),
    import("./dist-bundle-EU7SSMKJ.js")
  ]);
  const base = opts.backoffBaseMs ?? 1e3;
  const rateLimitRetries = opts.rateLimitRetries ?? 2;
  const warn = (m) => opts.log?.warn(m);
  const WithPlugins = Rest.plugin(retry, throttling);
  return new WithPlugins({
    auth: opts.token,
    baseUrl: opts.baseUrl.replace(/\/+$/, ""),
    userAgent: opts.userAgent ?? "integration-gate",
    retry: { retries: opts.retries ?? 3, retryAfterBaseValue: base },
    throttle: {
      retryAfterBaseValue: base,
      onRateLimit: (retryAfter, options, _o, retryCount) => {
        if (retryCount < 1 && retryAfter <= 60) {
          warn(`GitHub rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
          return true;
        }
        warn(`GitHub rate limit hit on ${options.method} ${options.url}; giving up (reset in ${retryAfter}s)`);
        return false;
      },
      onSecondaryRateLimit: (retryAfter, options, _o, retryCount) => {
        if (retryCount < rateLimitRetries) {
          warn(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
          return true;
        }
        return false;
      }
    },
    log: { debug: () => {
    }, info: () => {
    }, warn, error: warn }
  });
}

// src/github/annotations.ts
var MAX_MESSAGE = 4e3;
var MAX_TITLE = 255;
var MAX_RAW = 16e3;
function repoRelative(repoRoot, file) {
  const cleaned = file.replace(/^file:\/\//, "");
  const abs = node_path_default.isAbsolute(cleaned) ? cleaned : node_path_default.resolve(repoRoot, cleaned);
  if (!isInside(repoRoot, abs)) return void 0;
  const rel = toPosix(node_path_default.relative(repoRoot, abs));
  return rel === "" ? void 0 : rel;
}
function locateInStack(text, repoRoot, index) {
  const frames = [];
  const patterns = [
    /\(?((?:file:\/\/)?(?:[A-Za-z]:)?[^\s():'"]+\.[A-Za-z0-9]+):(\d+)(?::\d+)?\)?/g,
    // at x (file.js:12:3), file.go:12
    /File "([^"]+)", line (\d+)/g
    // Python
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) if (m[1] && m[2]) frames.push({ file: m[1], line: Number(m[2]) });
  for (const f of frames) {
    if (/node_modules|site-packages|node:internal|^internal\//.test(f.file)) continue;
    const absolute = node_path_default.isAbsolute(f.file.replace(/^file:\/\//, ""));
    const rel = repoRelative(repoRoot, f.file);
    if (rel && (index ? index.files.has(rel) : absolute)) return { file: rel, line: f.line };
    if (index && !f.file.includes("/")) {
      const hit = index.findByName(f.file.replace(/\.[A-Za-z0-9]+$/, ""));
      if (hit) return { file: hit, line: f.line };
    }
  }
  return void 0;
}
function clampText(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function classNames(title) {
  return title.split(/\s+(?:›|>|::|#)\s+|\s+/).filter((t) => /[A-Za-z_$][\w$]*(?:(?:\.|::|\/)[A-Za-z_$][\w$-]*)+/.test(t) || /^[A-Z][\w$]+$/.test(t));
}
async function buildAnnotations(record2, opts) {
  const cap = Math.max(0, opts.cap ?? 1e3);
  const findings = record2.results.flatMap(
    (r) => r.findings.map((f) => ({ f, details: () => findingDetails(r, f) }))
  );
  const total = findings.length;
  let index;
  let indexTried = false;
  const getIndex = async () => {
    if (!indexTried) {
      indexTried = true;
      index = await (opts.index ?? (() => repoFileIndex(opts.repoRoot)))().catch(() => void 0);
    }
    return index;
  };
  const annotations = [];
  for (const { f, details } of findings.slice(0, cap)) {
    let loc;
    if (f.file) {
      const rel = repoRelative(opts.repoRoot, f.file);
      if (rel) loc = { file: rel, line: f.line };
    }
    const stack = `${f.message}
${details() ?? ""}`;
    if (!loc) loc = locateInStack(stack, opts.repoRoot);
    if (!loc) {
      const idx = await getIndex();
      if (idx) {
        loc = locateInStack(stack, opts.repoRoot, idx);
        if (!loc) {
          for (const name of classNames(f.title)) {
            const hit = idx.findByName(name);
            if (hit) {
              loc = { file: hit, line: f.line };
              break;
            }
          }
        }
      }
    }
    const line = loc?.line && loc.line > 0 ? Math.floor(loc.line) : 1;
    const a = {
      path: loc?.file ?? opts.fallbackPath,
      start_line: line,
      end_line: line,
      annotation_level: f.level,
      message: clampText(f.message || f.title, MAX_MESSAGE),
      title: clampText(f.title.replace(/\s+/g, " "), MAX_TITLE)
    };
    const raw = [f.message.length > MAX_MESSAGE ? f.message : "", details() ?? ""].filter((t) => t !== "").join("\n\n");
    if (raw) a.raw_details = clampText(raw, MAX_RAW);
    annotations.push(a);
  }
  return { annotations, total, omitted: Math.max(0, total - annotations.length) };
}

// src/github/artifact.ts
function artifactUrl(ctx, id) {
  if (!ctx.repo || !ctx.runId) return void 0;
  return `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}/artifacts/${id}`;
}
async function uploadEvidenceArtifact(ctx, opts) {
  const { DefaultArtifactClient } = await import("./artifact-PIZB3R64.js");
  const client = new DefaultArtifactClient();
  const res = await client.uploadArtifact(opts.name, [opts.zipPath], node_path_default.dirname(opts.zipPath), {
    compressionLevel: 0,
    ...opts.retentionDays ? { retentionDays: opts.retentionDays } : {}
  });
  if (res.id === void 0) throw new Error(`the artifact service did not return an id for '${opts.name}'`);
  const out = { id: res.id, name: opts.name };
  const url = artifactUrl(ctx, res.id);
  if (url) out.url = url;
  if (res.size !== void 0) out.size = res.size;
  if (res.digest) out.digest = res.digest;
  return out;
}

// src/github/errors.ts
function httpStatusOf(err) {
  if (typeof err !== "object" || err === null || !("status" in err)) return void 0;
  const status = err.status;
  return typeof status === "number" ? status : void 0;
}
function headerOf(err, name) {
  if (typeof err !== "object" || err === null || !("response" in err)) return void 0;
  const response = err.response;
  const value = response?.headers?.[name];
  return typeof value === "string" || typeof value === "number" ? String(value) : void 0;
}
function isReadOnlyDenial(err) {
  const status = httpStatusOf(err);
  if (status === 404) return true;
  if (status !== 403) return false;
  if (headerOf(err, "x-ratelimit-remaining") === "0") return false;
  if (headerOf(err, "retry-after") !== void 0) return false;
  return true;
}
var GitHubPublishError = class extends Error {
  constructor(operation, status, message, options) {
    super(message, options);
    this.operation = operation;
    this.status = status;
  }
  operation;
  status;
  name = "GitHubPublishError";
};
var BundleRejectedError = class extends UserError {
  constructor(problems, message) {
    super(
      message ?? `the evidence bundle failed verification (${problems.length} problem${problems.length === 1 ? "" : "s"}: ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? "; \u2026" : ""}); nothing was published \u2014 re-run the triggering workflow to produce a fresh bundle`
    );
    this.problems = problems;
  }
  problems;
  name = "BundleRejectedError";
};
var ArtifactNotFoundError = class extends UserError {
  constructor(runId, artifactName) {
    super(
      `no artifact named '${artifactName}' in workflow run ${runId}; check that the triggering workflow uploads it (input artifact-name) and that it did not expire`
    );
    this.runId = runId;
    this.artifactName = artifactName;
  }
  runId;
  artifactName;
  name = "ArtifactNotFoundError";
};

// src/github/checks.ts
var CHECK_SUMMARY_LIMIT = 65535;
var ANNOTATIONS_PER_REQUEST = 50;
function checkConclusion(decision, conditional = "neutral") {
  if (decision === "GO") return "success";
  if (decision === "CONDITIONAL") return conditional;
  return "failure";
}
function checkTitle(record2) {
  const { decision, counts } = record2.gates;
  if (record2.status === "halted") return `${decision} \xB7 halted before any job ran`;
  if (counts.failed > 0) {
    const warned = counts.warned > 0 ? `, ${counts.warned} warned` : "";
    return `${decision} \xB7 ${counts.failed} of ${counts.total} gates failed${warned}`;
  }
  if (counts.warned > 0) return `${decision} \xB7 ${counts.warned} of ${counts.total} gates warned`;
  return `${decision} \xB7 ${counts.passed} of ${counts.total} gates passed`;
}
function checkSummary(record2, opts) {
  const max = opts.maxChars ?? CHECK_SUMMARY_LIMIT;
  const note = opts.annotationsOmitted > 0 ? `

> ${opts.annotationsOmitted} of ${opts.annotationsTotal} annotations were left out past the cap of ${opts.annotationCap} (input \`annotation-limit\`); every finding is in the evidence bundle.` : "";
  const body = renderMarkdown(record2, {
    maxChars: max - note.length,
    flavor: "check",
    ...opts.artifactUrl ? { artifactUrl: opts.artifactUrl } : {}
  });
  return `${body}${note}`.slice(0, max);
}
async function startCheckRun(gh, repo, args) {
  const res = await gh.rest.checks.create({
    ...repo,
    name: args.name,
    head_sha: args.headSha,
    status: "in_progress",
    started_at: (/* @__PURE__ */ new Date()).toISOString(),
    ...args.detailsUrl ? { details_url: args.detailsUrl } : {},
    ...args.externalId ? { external_id: args.externalId } : {},
    output: { title: "Running\u2026", summary: "integration-gate is running the manifest\u2019s checks." }
  });
  return { id: res.data.id, url: res.data.html_url ?? res.data.url };
}
function chunk(list, size) {
  const out = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}
async function completeCheckRun(gh, repo, args) {
  const batches = chunk(args.annotations, ANNOTATIONS_PER_REQUEST);
  const output = (annotations) => ({
    title: args.title,
    summary: args.summary,
    ...annotations.length > 0 ? { annotations } : {}
  });
  const finalFields = () => ({ status: "completed", conclusion: args.conclusion, completed_at: (/* @__PURE__ */ new Date()).toISOString() });
  let ref = args.checkRunId ? { id: args.checkRunId, url: "" } : void 0;
  let sent = 0;
  let requests = 0;
  for (let i = 0; i < batches.length; i++) {
    const batch = batches[i] ?? [];
    const last = i === batches.length - 1;
    try {
      if (!ref) {
        const res = await gh.rest.checks.create({
          ...repo,
          name: args.name,
          head_sha: args.headSha,
          ...args.detailsUrl ? { details_url: args.detailsUrl } : {},
          ...args.externalId ? { external_id: args.externalId } : {},
          ...last ? finalFields() : { status: "in_progress" },
          output: output(batch)
        });
        ref = { id: res.data.id, url: res.data.html_url ?? res.data.url };
      } else {
        const res = await gh.rest.checks.update({
          ...repo,
          check_run_id: ref.id,
          ...args.detailsUrl ? { details_url: args.detailsUrl } : {},
          ...last ? finalFields() : {},
          output: output(batch)
        });
        ref = { id: res.data.id, url: res.data.html_url ?? res.data.url };
      }
      requests++;
      sent += batch.length;
    } catch (err) {
      if (i === 0) throw err;
      const id = ref?.id;
      if (id !== void 0) {
        await gh.rest.checks.update({
          ...repo,
          check_run_id: id,
          ...finalFields(),
          output: {
            title: args.title,
            summary: `${args.summary}`.slice(0, CHECK_SUMMARY_LIMIT - 200) + `

> Only ${sent} of ${args.annotations.length} annotations could be sent (${errorMessage(err).slice(0, 100)}).`
          }
        }).catch(() => void 0);
      }
      throw new GitHubPublishError(
        "send annotations",
        httpStatusOf(err),
        `sent ${sent} of ${args.annotations.length} annotations, then GitHub refused batch ${i + 1}: ${errorMessage(err)}; the check run was completed without the rest \u2014 all findings are in the evidence bundle`,
        { cause: err }
      );
    }
  }
  if (!ref) throw new GitHubPublishError("complete check run", void 0, "no check run was created");
  return { ...ref, annotationsSent: sent, requests };
}
async function failCheckRun(gh, repo, args) {
  const summary = `integration-gate crashed before it reached a decision:

\`\`\`
${args.message.slice(0, 4e3).replace(/```/g, "\u02BC\u02BC\u02BC")}
\`\`\``;
  const done = await completeCheckRun(gh, repo, {
    ...args,
    title: "NO-GO \xB7 integration-gate crashed",
    summary,
    conclusion: checkConclusion("crash"),
    annotations: []
  });
  return { id: done.id, url: done.url };
}

// src/github/comment.ts
var COMMENT_LIMIT = 65536;
function commentMarker(manifestName) {
  const safe = manifestName.replace(/--+/g, "-").replace(/[<>\r\n]/g, "_").trim();
  return `<!-- integration-gate:${safe} -->`;
}
var FINGERPRINT_RE = /<!-- integration-gate-fingerprint:([0-9a-f]{16,64}) -->/;
function commentFingerprint(record2) {
  const basis = JSON.stringify([record2.gates.decision, record2.status, record2.gates.gates.map((g) => [g.spec.metric, g.status])]);
  return createHash("sha256").update(basis).digest("hex").slice(0, 32);
}
function stickyBody(manifestName, fingerprint, markdown) {
  const head = `${commentMarker(manifestName)}
<!-- integration-gate-fingerprint:${fingerprint} -->
`;
  return `${head}${markdown}`.slice(0, COMMENT_LIMIT);
}
function shouldComment(mode, hasPullRequest, isPullRequestEvent2) {
  if (mode === "never" || !hasPullRequest) return false;
  if (mode === "auto") return isPullRequestEvent2;
  return true;
}
async function findStickyComment(gh, repo, prNumber, manifestName) {
  const marker = commentMarker(manifestName);
  for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, { ...repo, issue_number: prNumber, per_page: 100 })) {
    const hit = page.data.find((c) => (c.body ?? "").startsWith(marker));
    if (hit) return { id: hit.id, body: hit.body ?? "", url: hit.html_url };
  }
  return void 0;
}
async function upsertStickyComment(gh, repo, args) {
  const existing = await findStickyComment(gh, repo, args.prNumber, args.manifestName);
  if (existing) {
    if (args.mode === "on-change") {
      const before = FINGERPRINT_RE.exec(existing.body)?.[1];
      const after = FINGERPRINT_RE.exec(args.body)?.[1];
      if (before !== void 0 && before === after) return { action: "unchanged", id: existing.id, url: existing.url };
    }
    const res2 = await gh.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: args.body });
    return { action: "updated", id: res2.data.id, url: res2.data.html_url };
  }
  const res = await gh.rest.issues.createComment({ ...repo, issue_number: args.prNumber, body: args.body });
  return { action: "created", id: res.data.id, url: res.data.html_url };
}

// src/github/publish.ts
var JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
async function clientOf(src) {
  if (!src) return void 0;
  return typeof src === "function" ? src() : src;
}
async function startPublishing(opts) {
  const { ctx } = opts;
  const headSha = opts.headSha ?? ctx.headSha;
  if (opts.enabled === false || !ctx.repo || !headSha || !opts.client) return { readOnly: false };
  try {
    const gh = await clientOf(opts.client);
    if (!gh) return { readOnly: false };
    const detailsUrl = await resolveDetailsUrl(gh, ctx);
    const started = await startCheckRun(gh, ctx.repo, {
      name: opts.name,
      headSha,
      ...detailsUrl ? { detailsUrl } : {},
      ...ctx.runId ? { externalId: String(ctx.runId) } : {}
    });
    return { checkRunId: started.id, checkRunUrl: started.url, readOnly: false, ...detailsUrl ? { detailsUrl } : {} };
  } catch (err) {
    if (isReadOnlyDenial(err)) return { readOnly: true };
    const error = `could not create the check run: ${errorMessage(err)}`;
    opts.log.warn(error);
    return { readOnly: false, error };
  }
}
var READ_ONLY_NOTICE = "integration-gate: this token is read-only here (a pull request from a fork, or Dependabot), so the check run and the PR comment were skipped; the job summary and the evidence artifact were still written. To publish them for fork pull requests, use the two-stage mode: this workflow runs and uploads the bundle, and a workflow_run workflow runs integration-gate with `mode: publish` (see docs/github.md#two-stage-mode-for-forks).";
function renderWithinBytes(record2, maxBytes, artifactUrl2) {
  let maxChars = maxBytes;
  for (let i = 0; i < 6; i++) {
    const md = renderMarkdown(record2, { maxChars, flavor: "summary", ...artifactUrl2 ? { artifactUrl: artifactUrl2 } : {} });
    const bytes = Buffer.byteLength(md, "utf8");
    if (bytes <= maxBytes) return md;
    maxChars = Math.floor(maxChars * maxBytes / bytes) - 1024;
  }
  return renderMarkdown(record2, { maxChars: Math.floor(maxBytes / 4), flavor: "summary" });
}
async function publish(record2, opts) {
  const { ctx, log } = opts;
  const out = { annotationsSent: 0, annotationsOmitted: 0, summaryWritten: false, readOnly: false, errors: [] };
  const started = opts.started ?? { readOnly: false };
  const repo = opts.repo ?? ctx.repo;
  const headSha = opts.headSha ?? ctx.headSha;
  const prNumber = opts.prNumber ?? ctx.pullRequest?.number;
  const denied = started.readOnly ? ["check run"] : [];
  const fail = (what, err) => {
    const line = `${what} failed: ${errorMessage(err)}`;
    out.errors.push(line);
    log.warn(line);
  };
  let artifact;
  if (!opts.artifact && opts.artifactUrl) out.artifactUrl = opts.artifactUrl;
  if (opts.artifact) {
    try {
      artifact = await uploadEvidenceArtifact(ctx, opts.artifact);
      out.artifactId = artifact.id;
      if (artifact.url) out.artifactUrl = artifact.url;
    } catch (err) {
      fail("uploading the evidence artifact", err);
    }
  }
  let gh;
  const getClient = async () => gh ??= await clientOf(opts.client);
  const summaryTask = async () => {
    if (opts.jobSummary === false || !ctx.stepSummaryPath) return;
    const md = renderWithinBytes(record2, JOB_SUMMARY_LIMIT_BYTES - 1024, out.artifactUrl);
    await appendFile(ctx.stepSummaryPath, `${md}
`, "utf8");
    out.summaryWritten = true;
  };
  const checkTask = async () => {
    const cfg = opts.checkRun;
    if (!cfg || started.readOnly || !repo || !headSha) return;
    const client = await getClient();
    if (!client) return;
    const cap = cfg.annotationLimit ?? 1e3;
    const plan = await buildAnnotations(record2, {
      repoRoot: opts.repoRoot,
      fallbackPath: record2.manifest.file,
      cap,
      ...opts.fileIndex ? { index: opts.fileIndex } : {}
    });
    out.annotationsOmitted = plan.omitted;
    const detailsUrl = cfg.detailsUrl ?? started.detailsUrl ?? ctx.runUrl;
    try {
      const done = await completeCheckRun(client, repo, {
        name: cfg.name,
        headSha,
        ...started.checkRunId ? { checkRunId: started.checkRunId } : {},
        ...detailsUrl ? { detailsUrl } : {},
        ...ctx.runId ? { externalId: String(ctx.runId) } : {},
        title: checkTitle(record2),
        summary: checkSummary(record2, {
          ...out.artifactUrl ? { artifactUrl: out.artifactUrl } : {},
          annotationsTotal: plan.total,
          annotationsOmitted: plan.omitted,
          annotationCap: cap
        }),
        conclusion: checkConclusion(record2.gates.decision, cfg.conditional ?? "neutral"),
        annotations: plan.annotations
      });
      out.checkRunId = done.id;
      out.checkRunUrl = done.url;
      out.annotationsSent = done.annotationsSent;
    } catch (err) {
      if (isReadOnlyDenial(err)) {
        denied.push("check run");
        return;
      }
      throw err;
    }
  };
  const commentTask = async () => {
    const mode = opts.comment ?? "auto";
    const prEvent = opts.pullRequestEvent ?? isPullRequestEvent(ctx);
    if (!repo || prNumber === void 0 || !shouldComment(mode, true, prEvent)) return;
    if (started.readOnly) {
      denied.push("PR comment");
      return;
    }
    const client = await getClient();
    if (!client) return;
    const marker = stickyBody(record2.manifest.name, commentFingerprint(record2), "");
    const md = renderMarkdown(record2, {
      maxChars: COMMENT_LIMIT - marker.length,
      flavor: "comment",
      ...out.artifactUrl ? { artifactUrl: out.artifactUrl } : {}
    });
    try {
      const res = await upsertStickyComment(client, repo, {
        prNumber,
        manifestName: record2.manifest.name,
        body: stickyBody(record2.manifest.name, commentFingerprint(record2), md),
        mode
      });
      out.commentUrl = res.url;
      out.commentAction = res.action;
    } catch (err) {
      if (isReadOnlyDenial(err)) {
        denied.push("PR comment");
        return;
      }
      throw err;
    }
  };
  const names = ["writing the job summary", "publishing the check run", "publishing the PR comment"];
  const settled = await Promise.allSettled([summaryTask(), checkTask(), commentTask()]);
  settled.forEach((s, i) => {
    if (s.status === "rejected") fail(names[i] ?? "publishing", s.reason);
  });
  if (denied.length > 0) {
    out.readOnly = true;
    log.notice(READ_ONLY_NOTICE);
  }
  return out;
}
async function publishCrash(error, opts) {
  const { ctx } = opts;
  if (!ctx.repo || !ctx.headSha || !opts.client || opts.started?.readOnly) return {};
  try {
    const gh = await clientOf(opts.client);
    if (!gh) return {};
    const detailsUrl = opts.started?.detailsUrl ?? ctx.runUrl;
    const ref = await failCheckRun(gh, ctx.repo, {
      name: opts.name,
      headSha: ctx.headSha,
      message: errorMessage(error),
      ...opts.started?.checkRunId ? { checkRunId: opts.started.checkRunId } : {},
      ...detailsUrl ? { detailsUrl } : {}
    });
    return { checkRunId: ref.id, checkRunUrl: ref.url };
  } catch (err) {
    if (!isReadOnlyDenial(err)) opts.log.warn(`could not mark the check run as failed: ${errorMessage(err)}`);
    return {};
  }
}

// src/github/zip.ts
async function openZip(zipPath) {
  const yauzl = await import("./yauzl-T6IWBOHN.js");
  return new Promise(
    (resolve, reject) => yauzl.open(
      zipPath,
      { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true },
      (err, zf) => err || !zf ? reject(err ?? new Error("cannot open zip")) : resolve(zf)
    )
  );
}
async function eachEntry(zf, visit) {
  await new Promise((resolve, reject) => {
    zf.on("error", reject);
    zf.on("end", () => resolve());
    zf.on("entry", (e) => {
      visit(e).then((more) => more ? zf.readEntry() : resolve(), reject);
    });
    zf.readEntry();
  });
}
async function listZip(zipPath) {
  const zf = await openZip(zipPath);
  const names = [];
  try {
    await eachEntry(zf, async (e) => {
      if (!e.fileName.endsWith("/")) names.push(e.fileName);
      return true;
    });
  } finally {
    zf.close();
  }
  return names;
}
function limiter(maxBytes, name) {
  let seen = 0;
  return new Transform({
    transform(chunk2, _enc, cb) {
      seen += chunk2.length;
      if (seen > maxBytes) cb(new Error(`zip entry '${name}' is larger than ${maxBytes} bytes`));
      else cb(null, chunk2);
    }
  });
}
async function withEntry(zipPath, entryName, use) {
  const zf = await openZip(zipPath);
  let result;
  try {
    await eachEntry(zf, async (e) => {
      if (e.fileName !== entryName) return true;
      result = await use(zf, e);
      return false;
    });
  } finally {
    zf.close();
  }
  return result;
}
function streamOf(zf, e) {
  return new Promise((resolve, reject) => zf.openReadStream(e, (err, s) => err || !s ? reject(err ?? new Error("no stream")) : resolve(s)));
}
async function extractEntry(zipPath, entryName, dest, maxBytes) {
  const done = await withEntry(zipPath, entryName, async (zf, e) => {
    if (e.uncompressedSize > maxBytes) throw new Error(`zip entry '${entryName}' is larger than ${maxBytes} bytes`);
    await pipeline(await streamOf(zf, e), limiter(maxBytes, entryName), createWriteStream(dest));
    return true;
  });
  return done === true;
}
async function readEntryText(zipPath, entryName, maxBytes) {
  return withEntry(zipPath, entryName, async (zf, e) => {
    if (e.uncompressedSize > maxBytes) throw new Error(`zip entry '${entryName}' is larger than ${maxBytes} bytes`);
    const chunks = [];
    const collect = new Writable({
      write(chunk2, _enc, cb) {
        chunks.push(chunk2);
        cb();
      }
    });
    await pipeline(await streamOf(zf, e), limiter(maxBytes, entryName), collect);
    return Buffer.concat(chunks).toString("utf8");
  });
}

// src/github/publish-mode.ts
var EVIDENCE_MANIFEST = "integration-evidence-manifest.json";
var RUN_RECORD = "run.json";
var DEFAULT_MAX_BUNDLE_BYTES = 2 * 1024 * 1024 * 1024;
var MAX_RUN_JSON_BYTES = 64 * 1024 * 1024;
var DECISIONS = ["GO", "CONDITIONAL", "NO-GO"];
function rec(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
}
function isRunRecord(v) {
  const r = rec(v);
  const manifest = rec(r?.["manifest"]);
  const gates = rec(r?.["gates"]);
  const counts = rec(gates?.["counts"]);
  return r !== void 0 && r["schemaVersion"] === 1 && typeof manifest?.["name"] === "string" && typeof manifest["file"] === "string" && (r["status"] === "completed" || r["status"] === "halted") && DECISIONS.includes(gates?.["decision"]) && typeof gates?.["headline"] === "string" && Array.isArray(gates["gates"]) && counts !== void 0 && ["total", "passed", "warned", "failed", "criticalFailed"].every((k) => typeof counts[k] === "number") && Array.isArray(r["results"]) && r["results"].every((x) => Array.isArray(rec(x)?.["findings"]));
}
async function download(gh, repo, artifactId, dest, maxBytes) {
  const res = await gh.request("GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}", {
    ...repo,
    artifact_id: artifactId,
    archive_format: "zip",
    request: { parseSuccessResponseBody: false }
  });
  const body = res.data;
  let source;
  if (body instanceof Readable) source = body;
  else if (body instanceof ArrayBuffer) source = Readable.from([Buffer.from(body)]);
  else if (body && typeof body === "object" && "getReader" in body) source = Readable.fromWeb(body);
  else throw new Error(`unexpected artifact download body (${typeof body})`);
  let seen = 0;
  const cap = new Transform({
    transform(chunk2, _e, cb) {
      seen += chunk2.length;
      cb(seen > maxBytes ? new Error(`the artifact is larger than ${maxBytes} bytes`) : null, chunk2);
    }
  });
  await pipeline(source, cap, createWriteStream(dest));
}
async function findArtifact(gh, repo, runId, name) {
  const all = await gh.paginate(gh.rest.actions.listWorkflowRunArtifacts, { ...repo, run_id: runId, name, per_page: 100 });
  const live = all.filter((a) => a.name === name && !a.expired).sort((a, b) => b.id - a.id);
  const hit = live[0];
  if (!hit) throw new ArtifactNotFoundError(runId, name);
  return hit.id;
}
async function resolvePullRequest(gh, repo, wr, claimed) {
  if (wr.pullRequests.length > 0) return wr.pullRequests[0];
  if (wr.headOwner && wr.headBranch) {
    const open = await gh.paginate(gh.rest.pulls.list, { ...repo, state: "open", head: `${wr.headOwner}:${wr.headBranch}`, per_page: 100 });
    const hit = open.find((p) => p.head.sha === wr.headSha);
    if (hit) return hit.number;
  }
  if (claimed !== void 0) {
    const pr = await gh.rest.pulls.get({ ...repo, pull_number: claimed }).catch(() => void 0);
    if (pr?.data.head.sha === wr.headSha) return claimed;
  }
  return void 0;
}
async function publishFromWorkflowRun(opts) {
  const { ctx } = opts;
  const wr = ctx.workflowRun;
  if (ctx.eventName !== "workflow_run" || !wr) {
    throw new UserError(
      `mode: publish runs in a workflow triggered by 'workflow_run' (this event is '${ctx.eventName ?? "unknown"}'); see docs/github.md#two-stage-mode-for-forks`
    );
  }
  if (!ctx.repo) throw new UserError("GITHUB_REPOSITORY is not set; mode: publish runs inside GitHub Actions");
  const repo = ctx.repo;
  const gh = typeof opts.client === "function" ? await opts.client() : opts.client;
  await mkdir(opts.workDir, { recursive: true });
  const artifactId = await findArtifact(gh, repo, wr.id, opts.artifactName);
  const downloaded = node_path_default.join(opts.workDir, "artifact.zip");
  await download(gh, repo, artifactId, downloaded, opts.maxBundleBytes ?? DEFAULT_MAX_BUNDLE_BYTES);
  let bundlePath = downloaded;
  let entries;
  try {
    entries = await listZip(downloaded);
  } catch (err) {
    throw new BundleRejectedError([`the artifact is not a readable zip: ${errorMessage(err)}`]);
  }
  if (!entries.includes(EVIDENCE_MANIFEST)) {
    const zips = entries.filter((e) => !e.includes("/") && e.toLowerCase().endsWith(".zip"));
    if (zips.length !== 1 || !zips[0]) {
      throw new BundleRejectedError([`the artifact holds ${zips.length} zip files and no ${EVIDENCE_MANIFEST}; expected one evidence bundle`]);
    }
    bundlePath = node_path_default.join(opts.workDir, "bundle.zip");
    await extractEntry(downloaded, zips[0], bundlePath, opts.maxBundleBytes ?? DEFAULT_MAX_BUNDLE_BYTES);
  }
  let verdict;
  try {
    verdict = await opts.verifyBundle(bundlePath);
  } catch (err) {
    throw new BundleRejectedError([`verification could not run: ${errorMessage(err)}`]);
  }
  if (!verdict.ok) throw new BundleRejectedError(verdict.problems.length > 0 ? verdict.problems : ["verification failed"]);
  const text = await readEntryText(bundlePath, RUN_RECORD, MAX_RUN_JSON_BYTES).catch((err) => {
    throw new BundleRejectedError([`${RUN_RECORD} cannot be read: ${errorMessage(err)}`]);
  });
  if (text === void 0) throw new BundleRejectedError([`${RUN_RECORD} is missing from the bundle`]);
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new BundleRejectedError([`${RUN_RECORD} is not JSON: ${errorMessage(err)}`]);
  }
  if (!isRunRecord(parsed)) throw new BundleRejectedError([`${RUN_RECORD} is not a run record this version can read`]);
  const record2 = parsed;
  const prNumber = await resolvePullRequest(gh, repo, wr, record2.run.pullRequest);
  if (prNumber === void 0) opts.log.info(`no open pull request has head ${wr.headSha}; publishing the check run only`);
  const out = await publish(record2, {
    ...opts,
    client: gh,
    repo,
    headSha: wr.headSha,
    ...prNumber !== void 0 ? { prNumber } : {},
    pullRequestEvent: wr.event === "pull_request" || wr.event === "pull_request_target",
    artifact: false,
    artifactUrl: `${ctx.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${wr.id}/artifacts/${artifactId}`,
    // details_url: the run that produced the evidence.
    checkRun: opts.checkRun ? { ...opts.checkRun, detailsUrl: opts.checkRun.detailsUrl ?? wr.htmlUrl } : false
  });
  return { ...out, record: record2, sourceRunId: wr.id, headSha: wr.headSha, bundlePath, ...prNumber !== void 0 ? { prNumber } : {} };
}
export {
  BundleRejectedError,
  createGitHubClient,
  publish,
  publishCrash,
  publishFromWorkflowRun,
  readGitHubContext,
  startPublishing
};
//# sourceMappingURL=github-2AWP2WWI.js.map
