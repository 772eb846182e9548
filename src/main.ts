import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { ExitCode, UserError, errorMessage } from './core/errors.js';
import type { RunRecord } from './core/types.js';
import { decisionExitCode } from './exit.js';
import { readInputs, type ActionSettings } from './inputs.js';
import type { RunOutput } from './pipeline.js';
import { VERSION } from './version.js';
import { TerminalReporter } from './report/terminal.js';
import { killAllSync } from './process/tree.js';
import type { PublishLog, PublishOutputs, StartedPublishing } from './github/publish.js';

/**
 * The Action entry. `run()` is exported so tests import it without side effects; `index.ts` only calls it.
 * Reads inputs once, runs the same pipeline as the CLI, then publishes: artifact, job summary, check run with
 * annotations, sticky PR comment. GitHub modules load lazily (only runs that publish pay for Octokit).
 */
export async function run(env: Record<string, string | undefined> = process.env): Promise<number> {
  process.on('exit', killAllSync);
  const term = new TerminalReporter(process.stdout);
  let settings: ActionSettings;
  try {
    settings = readInputs(env);
  } catch (err) {
    return fail(errorMessage(err), ExitCode.USAGE);
  }
  const log: PublishLog = {
    info: (m) => term.info(m),
    warn: (m) => process.stdout.write(`::warning::${escapeCommand(m)}\n`),
    notice: (m) => process.stdout.write(`::notice::${escapeCommand(m)}\n`),
  };
  term.info(`integration-gate ${VERSION} · ${settings.mode === 'publish' ? 'publish mode' : `manifest ${settings.manifest}`}`);
  if (settings.mode === 'publish') return publishMode(settings, env, log);

  // The pipeline and the GitHub layer load after the first log line: the step shows life at once.
  const [{ runPipeline }, gh] = await Promise.all([import('./pipeline.js'), import('./github/index.js')]);
  const ctx = gh.readGitHubContext(env);
  const client = settings.token && ctx.repo ? () => gh.createGitHubClient({ token: settings.token as string, baseUrl: ctx.apiUrl }) : undefined;
  let started: StartedPublishing | undefined;
  let checkName = settings.checkName;

  const controller = new AbortController();
  const onSignal = (): void => controller.abort();
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  let out: RunOutput;
  try {
    out = await runPipeline({
      workspace: settings.workspace,
      manifestFile: settings.manifest,
      ...(settings.outDir ? { outDir: settings.outDir } : {}),
      env,
      via: 'github-action',
      log: term,
      signal: controller.signal,
      onPlan: async (plan) => {
        checkName ??= `integration-gate/${plan.name}`;
        started = await gh.startPublishing({ ctx, ...(client ? { client } : {}), name: checkName, enabled: settings.checkRun, log });
      },
    });
  } catch (err) {
    const crash = err instanceof UserError ? err.message : `internal error: ${errorMessage(err)}`;
    if (started) await gh.publishCrash(err, { ctx, ...(client ? { client } : {}), started, name: checkName ?? 'integration-gate', log });
    return fail(crash, err instanceof UserError ? ExitCode.USAGE : ExitCode.INTERNAL);
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
  term.gates(out.record.gates);
  const bundlePath = path.relative(settings.workspace, out.zipPath);
  term.info(`evidence: ${bundlePath}`);

  const published = await gh.publish(out.record, {
    ctx,
    ...(client ? { client } : {}),
    ...(started ? { started } : {}),
    repoRoot: settings.workspace,
    checkRun: settings.checkRun
      ? { name: checkName ?? `integration-gate/${out.record.manifest.name}`, conditional: settings.conditionalConclusion, annotationLimit: settings.annotationsCap }
      : false,
    comment: settings.comment,
    jobSummary: true,
    artifact:
      settings.upload && env.ACTIONS_RUNTIME_TOKEN
        ? { zipPath: out.zipPath, name: settings.artifactName ?? "integration-evidence", ...(settings.retentionDays ? { retentionDays: settings.retentionDays } : {}) }
        : false,
    log,
  });
  if (settings.upload && !env.ACTIONS_RUNTIME_TOKEN) log.info('artifact upload skipped: ACTIONS_RUNTIME_TOKEN is not set (not running inside GitHub Actions)');
  await setOutputs(out.record, bundlePath, out.zipSha256, published, env);

  const code = decisionExitCode(out.record.gates.decision, settings.failOn);
  if (code !== 0) annotate('error', `${out.record.gates.decision}: ${out.record.gates.headline}`);
  return code;
}

/** Two-stage mode, second stage: publish the verified bundle of the workflow run that triggered us. */
async function publishMode(settings: ActionSettings, env: Record<string, string | undefined>, log: PublishLog): Promise<number> {
  const gh = await import('./github/index.js');
  const { verifyBundle } = await import('./evidence/verify.js');
  const ctx = gh.readGitHubContext(env);
  if (!settings.token) return fail("mode: publish needs a token (input 'token')", ExitCode.USAGE);
  const token = settings.token;
  try {
    const res = await gh.publishFromWorkflowRun({
      ctx,
      client: () => gh.createGitHubClient({ token, baseUrl: ctx.apiUrl }),
      artifactName: settings.artifactName ?? 'integration-evidence',
      workDir: path.join(env.RUNNER_TEMP ?? path.join(settings.workspace, '.integration-gate'), 'publish'),
      verifyBundle,
      repoRoot: settings.workspace,
      checkRun: { name: settings.checkName ?? 'integration-gate', conditional: settings.conditionalConclusion, annotationLimit: settings.annotationsCap },
      comment: settings.comment,
      jobSummary: true,
      log,
    });
    await setOutputs(res.record, path.relative(settings.workspace, res.bundlePath), '', res, env);
    return ExitCode.GO;
  } catch (err) {
    if (err instanceof gh.BundleRejectedError) return fail(err.message, ExitCode.VERIFY_FAILED);
    if (err instanceof UserError) return fail(err.message, ExitCode.USAGE);
    return fail(`publishing failed: ${errorMessage(err)}`, ExitCode.INTERNAL);
  }
}

/** Outputs for later steps (`steps.<id>.outputs.*`), in the runner's GITHUB_OUTPUT heredoc format. */
async function setOutputs(
  record: RunRecord,
  bundlePath: string,
  sha256: string,
  published: PublishOutputs,
  env: Record<string, string | undefined>,
): Promise<void> {
  const m = (k: string): string => {
    const v = record.metrics[k]?.value;
    return v === null || v === undefined ? '' : String(v);
  };
  const outputs: Record<string, string> = {
    decision: record.gates.decision,
    headline: record.gates.headline,
    'bundle-path': bundlePath,
    'bundle-sha256': sha256,
    'gates-total': String(record.gates.counts.total),
    'gates-failed': String(record.gates.counts.failed),
    'gates-warned': String(record.gates.counts.warned),
    tests: m('integration.tests'),
    'tests-failed': m('integration.failed'),
    'tests-skipped': m('integration.skipped'),
    'tests-flaky': m('integration.flaky'),
    'success-rate': m('integration.success_rate'),
    'contract-pass-rate': m('contract.pass_rate'),
    'contract-coverage': m('contract.coverage'),
    'load-p95-ms': m('load.p95_ms'),
    'load-rps': m('load.rps'),
    'load-error-rate': m('load.error_rate'),
    'check-run-id': published.checkRunId !== undefined ? String(published.checkRunId) : '',
    'check-run-url': published.checkRunUrl ?? '',
    'comment-url': published.commentUrl ?? '',
    'artifact-id': published.artifactId !== undefined ? String(published.artifactId) : '',
    'artifact-url': published.artifactUrl ?? '',
    'annotations-sent': String(published.annotationsSent),
    'annotations-omitted': String(published.annotationsOmitted),
    'read-only': String(published.readOnly),
  };
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  let text = '';
  for (const [k, v] of Object.entries(outputs)) {
    const delimiter = `ghadelimiter_${Math.random().toString(36).slice(2)}`;
    text += `${k}<<${delimiter}\n${v}\n${delimiter}\n`;
  }
  await appendFile(file, text);
}

function escapeCommand(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function annotate(level: 'error' | 'warning', message: string): void {
  process.stdout.write(`::${level}::${escapeCommand(message)}\n`);
}

function fail(message: string, code: number): number {
  annotate('error', `integration-gate: ${message}`);
  return code;
}
