import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-TEH4O767.js";
import {
  formatValue,
  oneLine
} from "./chunks/chunk-GOZZUDSB.js";
import {
  isInside
} from "./chunks/chunk-PSTDYEJV.js";
import {
  killAllSync
} from "./chunks/chunk-KTC7ZSMU.js";
import {
  ExitCode,
  UserError,
  errorMessage
} from "./chunks/chunk-7JDYXFT2.js";
import {
  appendFile
} from "./chunks/chunk-PGERGIYD.js";
import {
  node_path_default
} from "./chunks/chunk-UGYKR3M7.js";
import "./chunks/chunk-FTISGSZM.js";

// src/exit.ts
function decisionExitCode(decision, failOn) {
  if (failOn === "never") return ExitCode.GO;
  if (decision === "NO-GO") return ExitCode.NO_GO;
  if (decision === "CONDITIONAL" && failOn === "conditional") return ExitCode.NO_GO;
  return ExitCode.GO;
}

// src/inputs.ts
function readInputs(env) {
  const input = (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
  const workspace = node_path_default.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const oneOf = (name, allowed, fallback) => {
    const v = input(name) || fallback;
    if (!allowed.includes(v)) {
      throw new UserError(`input '${name}': expected one of ${allowed.join(", ")}; found '${v}'`);
    }
    return v;
  };
  const int = (name, fallback, min, max) => {
    const v = input(name);
    if (!v) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new UserError(`input '${name}': expected a whole number from ${min} to ${max}; found '${v}'`);
    return n;
  };
  const inside = (name, v) => {
    if (!isInside(workspace, node_path_default.resolve(workspace, v))) throw new UserError(`input '${name}': '${v}' is outside the workspace ${workspace}`);
    return v;
  };
  const manifest = inside("manifest", input("manifest") || "integration-gate.yml");
  const out = input("out-dir");
  const token = input("token");
  const checkName = input("check-name");
  const artifactName = input("artifact-name");
  const retention = int("retention-days", 0, 0, 90);
  const bool = (name, fallback) => {
    const v = (input(name) || String(fallback)).toLowerCase();
    if (v !== "true" && v !== "false") throw new UserError(`input '${name}': expected true or false; found '${v}'`);
    return v === "true";
  };
  return {
    workspace,
    manifest,
    ...out ? { outDir: inside("out-dir", out) } : {},
    failOn: oneOf("fail-on", ["no-go", "conditional", "never"], "no-go"),
    mode: oneOf("mode", ["run", "publish"], "run"),
    ...token ? { token } : {},
    ...checkName ? { checkName } : {},
    conditionalConclusion: oneOf("conditional-conclusion", ["neutral", "failure"], "neutral"),
    comment: oneOf("comment", ["auto", "always", "never", "on-change"], "auto"),
    annotationsCap: int("annotation-limit", 1e3, 0, 5e4),
    checkRun: bool("check-run", true),
    ...artifactName ? { artifactName } : {},
    ...retention ? { retentionDays: retention } : {},
    upload: bool("upload-artifact", true)
  };
}

// src/report/terminal.ts
var MAX_TERMINAL_FINDINGS = 10;
var MAX_MESSAGE_CHARS = 300;
var TerminalReporter = class {
  constructor(out = process.stdout, progressIntervalMs = 5e3) {
    this.out = out;
    this.progressIntervalMs = progressIntervalMs;
    this.color = Boolean(out.isTTY) && !process.env.NO_COLOR;
    out.on?.("error", () => {
      this.closed = true;
    });
  }
  out;
  progressIntervalMs;
  lastProgress = 0;
  progressShown = false;
  /** Set once the reader is gone (`integration-gate run | head`): the run goes on, its bundle is written. */
  closed = false;
  color;
  write(text) {
    if (!this.closed) this.out.write(text);
  }
  paint(code, text) {
    return this.color ? `\x1B[${code}m${text}\x1B[0m` : text;
  }
  clearProgress() {
    if (this.progressShown && this.color) {
      this.write("\r\x1B[2K");
      this.progressShown = false;
    }
  }
  info(message) {
    this.clearProgress();
    this.write(`${message}
`);
  }
  warn(message) {
    this.clearProgress();
    this.write(`${this.paint("33", "warning:")} ${message}
`);
  }
  progress(message) {
    if (this.color) {
      this.write(`\r\x1B[2K  ${message}`);
      this.progressShown = true;
      return;
    }
    const now = Date.now();
    if (now - this.lastProgress >= this.progressIntervalMs) {
      this.lastProgress = now;
      this.write(`  ${message}
`);
    }
  }
  phaseStart(name) {
    this.info(`${this.paint("36", "\u25B6")} ${name}`);
  }
  phaseEnd(name, ok, detail) {
    this.info(`${ok ? this.paint("32", "\u2714") : this.paint("31", "\u2716")} ${name}${detail ? ` \u2014 ${detail}` : ""}`);
  }
  /**
   * A job's findings under its line: failures first, then warnings, at most MAX_TERMINAL_FINDINGS, each on
   * one line — its place (`file:line`, where the message does not already start with it), its title, its message's
   * first 300 characters with white space folded — and how many more there are. Untrusted text: control
   * characters are replaced, so a test name cannot move the cursor or colour the terminal.
   */
  findings(findings, more = "the HTML report in the evidence bundle lists all") {
    const shown = [...findings.filter((f) => f.level === "failure"), ...findings.filter((f) => f.level !== "failure")].slice(0, MAX_TERMINAL_FINDINGS);
    for (const f of shown) {
      const mark = f.level === "failure" ? this.paint("31", "\u2716") : f.level === "warning" ? this.paint("33", "\u26A0") : "\u2139";
      const message = oneLine(f.message, MAX_MESSAGE_CHARS);
      const place = f.file && !message.startsWith(f.file) && !(f.line === void 0 && f.title.startsWith(f.file)) ? `${f.file}${f.line ? `:${f.line}` : ""} ` : "";
      this.info(`    ${mark} ${safeForTerminal(place)}${safeForTerminal(oneLine(f.title, MAX_MESSAGE_CHARS))}${message ? ` \u2014 ${safeForTerminal(message)}` : ""}`);
    }
    const rest = findings.length - shown.length;
    if (rest > 0) this.info(`    \u2026 and ${rest} more (${more})`);
  }
  gates(report) {
    const rows = report.gates.map((g) => [
      g.status.toUpperCase(),
      g.spec.metric,
      formatValue(g.value, g.unit),
      `${g.spec.op} ${formatValue(g.spec.threshold, g.unit)}`,
      g.spec.severity
    ]);
    const header = ["STATUS", "GATE", "VALUE", "THRESHOLD", "SEVERITY"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
    this.info("");
    this.info(line(header));
    for (const r of rows) {
      const text = line(r);
      this.info(r[0] === "FAIL" ? this.paint("31", text) : r[0] === "WARN" ? this.paint("33", text) : text);
    }
    const colour = report.decision === "GO" ? "32" : report.decision === "CONDITIONAL" ? "33" : "31";
    this.info("");
    this.info(`${this.paint(`1;${colour}`, report.decision)} \u2014 ${report.headline}`);
  }
};
function safeForTerminal(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "?");
}

// src/main.ts
async function run(env = process.env) {
  process.on("exit", killAllSync);
  const term = new TerminalReporter(process.stdout);
  let settings;
  try {
    settings = readInputs(env);
  } catch (err) {
    return fail(errorMessage(err), ExitCode.USAGE);
  }
  const log = {
    info: (m) => term.info(m),
    warn: (m) => process.stdout.write(`::warning::${escapeCommand(m)}
`),
    notice: (m) => process.stdout.write(`::notice::${escapeCommand(m)}
`)
  };
  term.info(`integration-gate ${VERSION} \xB7 ${settings.mode === "publish" ? "publish mode" : `manifest ${settings.manifest}`}`);
  if (settings.mode === "publish") return publishMode(settings, env, log);
  const [{ runPipeline }, gh] = await Promise.all([import("./chunks/pipeline-DNZDM7GH.js"), import("./chunks/github-2AWP2WWI.js")]);
  const ctx = gh.readGitHubContext(env);
  const client = settings.token && ctx.repo ? () => gh.createGitHubClient({ token: settings.token, baseUrl: ctx.apiUrl }) : void 0;
  let started;
  let checkName = settings.checkName;
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
  let out;
  try {
    out = await runPipeline({
      workspace: settings.workspace,
      manifestFile: settings.manifest,
      ...settings.outDir ? { outDir: settings.outDir } : {},
      env,
      via: "github-action",
      log: term,
      signal: controller.signal,
      onPlan: async (plan) => {
        checkName ??= `integration-gate/${plan.name}`;
        started = await gh.startPublishing({ ctx, ...client ? { client } : {}, name: checkName, enabled: settings.checkRun, log });
      }
    });
  } catch (err) {
    const crash = err instanceof UserError ? err.message : `internal error: ${errorMessage(err)}`;
    if (started) await gh.publishCrash(err, { ctx, ...client ? { client } : {}, started, name: checkName ?? "integration-gate", log });
    return fail(crash, err instanceof UserError ? ExitCode.USAGE : ExitCode.INTERNAL);
  } finally {
    process.off("SIGTERM", onSignal);
    process.off("SIGINT", onSignal);
  }
  term.gates(out.record.gates);
  const bundlePath = node_path_default.relative(settings.workspace, out.zipPath);
  term.info(`evidence: ${bundlePath}`);
  const published = await gh.publish(out.record, {
    ctx,
    ...client ? { client } : {},
    ...started ? { started } : {},
    repoRoot: settings.workspace,
    checkRun: settings.checkRun ? { name: checkName ?? `integration-gate/${out.record.manifest.name}`, conditional: settings.conditionalConclusion, annotationLimit: settings.annotationsCap } : false,
    comment: settings.comment,
    jobSummary: true,
    artifact: settings.upload && env.ACTIONS_RUNTIME_TOKEN ? { zipPath: out.zipPath, name: settings.artifactName ?? "integration-evidence", ...settings.retentionDays ? { retentionDays: settings.retentionDays } : {} } : false,
    log
  });
  if (settings.upload && !env.ACTIONS_RUNTIME_TOKEN) log.info("artifact upload skipped: ACTIONS_RUNTIME_TOKEN is not set (not running inside GitHub Actions)");
  await setOutputs(out.record, bundlePath, out.zipSha256, published, env);
  const code = decisionExitCode(out.record.gates.decision, settings.failOn);
  if (code !== 0) annotate("error", `${out.record.gates.decision}: ${out.record.gates.headline}`);
  return code;
}
async function publishMode(settings, env, log) {
  const gh = await import("./chunks/github-2AWP2WWI.js");
  const { verifyBundle } = await import("./chunks/verify-5V6OU7Y5.js");
  const ctx = gh.readGitHubContext(env);
  if (!settings.token) return fail("mode: publish needs a token (input 'token')", ExitCode.USAGE);
  const token = settings.token;
  try {
    const res = await gh.publishFromWorkflowRun({
      ctx,
      client: () => gh.createGitHubClient({ token, baseUrl: ctx.apiUrl }),
      artifactName: settings.artifactName ?? "integration-evidence",
      workDir: node_path_default.join(env.RUNNER_TEMP ?? node_path_default.join(settings.workspace, ".integration-gate"), "publish"),
      verifyBundle,
      repoRoot: settings.workspace,
      checkRun: { name: settings.checkName ?? "integration-gate", conditional: settings.conditionalConclusion, annotationLimit: settings.annotationsCap },
      comment: settings.comment,
      jobSummary: true,
      log
    });
    await setOutputs(res.record, node_path_default.relative(settings.workspace, res.bundlePath), "", res, env);
    return ExitCode.GO;
  } catch (err) {
    if (err instanceof gh.BundleRejectedError) return fail(err.message, ExitCode.VERIFY_FAILED);
    if (err instanceof UserError) return fail(err.message, ExitCode.USAGE);
    return fail(`publishing failed: ${errorMessage(err)}`, ExitCode.INTERNAL);
  }
}
async function setOutputs(record, bundlePath, sha256, published, env) {
  const m = (k) => {
    const v = record.metrics[k]?.value;
    return v === null || v === void 0 ? "" : String(v);
  };
  const outputs = {
    decision: record.gates.decision,
    headline: record.gates.headline,
    "bundle-path": bundlePath,
    "bundle-sha256": sha256,
    "gates-total": String(record.gates.counts.total),
    "gates-failed": String(record.gates.counts.failed),
    "gates-warned": String(record.gates.counts.warned),
    tests: m("integration.tests"),
    "tests-failed": m("integration.failed"),
    "tests-skipped": m("integration.skipped"),
    "tests-flaky": m("integration.flaky"),
    "success-rate": m("integration.success_rate"),
    "contract-pass-rate": m("contract.pass_rate"),
    "contract-coverage": m("contract.coverage"),
    "load-p95-ms": m("load.p95_ms"),
    "load-rps": m("load.rps"),
    "load-error-rate": m("load.error_rate"),
    "check-run-id": published.checkRunId !== void 0 ? String(published.checkRunId) : "",
    "check-run-url": published.checkRunUrl ?? "",
    "comment-url": published.commentUrl ?? "",
    "artifact-id": published.artifactId !== void 0 ? String(published.artifactId) : "",
    "artifact-url": published.artifactUrl ?? "",
    "annotations-sent": String(published.annotationsSent),
    "annotations-omitted": String(published.annotationsOmitted),
    "read-only": String(published.readOnly)
  };
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  let text = "";
  for (const [k, v] of Object.entries(outputs)) {
    const delimiter = `ghadelimiter_${Math.random().toString(36).slice(2)}`;
    text += `${k}<<${delimiter}
${v}
${delimiter}
`;
  }
  await appendFile(file, text);
}
function escapeCommand(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function annotate(level, message) {
  process.stdout.write(`::${level}::${escapeCommand(message)}
`);
}
function fail(message, code) {
  annotate("error", `integration-gate: ${message}`);
  return code;
}

// src/index.ts
process.exitCode = await run();
//# sourceMappingURL=index.js.map
