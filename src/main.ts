import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { ExitCode, UserError, errorMessage } from './core/errors.js';
import type { RunRecord } from './core/types.js';
import { decisionExitCode } from './exit.js';
import { readInputs, type ActionSettings } from './inputs.js';
import { runPipeline, type RunOutput } from './pipeline.js';
import { renderMarkdown } from './report/markdown.js';
import { TerminalReporter } from './report/terminal.js';
import { killAllSync } from './process/tree.js';

/** GitHub's limit for one step's summary is 1 MiB; keep a margin for the notice lines. */
const STEP_SUMMARY_LIMIT = 1_000_000;

/**
 * The Action entry. `run()` is exported so tests import it without side effects; `index.ts` only calls it.
 * Reads inputs once, runs the same pipeline as the CLI, writes the job summary and the outputs.
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
    });
  } catch (err) {
    if (err instanceof UserError) return fail(err.message, ExitCode.USAGE);
    return fail(`internal error: ${errorMessage(err)}`, ExitCode.INTERNAL);
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
  term.gates(out.record.gates);
  const bundlePath = path.relative(settings.workspace, out.zipPath);
  term.info(`evidence: ${bundlePath}`);

  await writeSummary(out.record, out.redactor.redact.bind(out.redactor), env);
  await setOutputs(out.record, bundlePath, out.zipSha256, env);

  const code = decisionExitCode(out.record.gates.decision, settings.failOn);
  if (code !== 0) annotateError(`${out.record.gates.decision}: ${out.record.gates.headline}`);
  return code;
}

async function writeSummary(record: RunRecord, redact: (s: string) => string, env: Record<string, string | undefined>): Promise<void> {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  const md = redact(renderMarkdown(record, { maxChars: STEP_SUMMARY_LIMIT, flavor: 'summary' }));
  await appendFile(file, `${md}\n`);
}

/** Outputs for later steps (`steps.<id>.outputs.*`), in the runner's GITHUB_OUTPUT heredoc format. */
async function setOutputs(record: RunRecord, bundlePath: string, sha256: string, env: Record<string, string | undefined>): Promise<void> {
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
    'load-p95-ms': m('load.p95_ms'),
    'load-rps': m('load.rps'),
    'load-error-rate': m('load.error_rate'),
  };
  await writeOutputs(outputs, env);
}

export async function writeOutputs(outputs: Record<string, string>, env: Record<string, string | undefined>): Promise<void> {
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

function annotateError(message: string): void {
  process.stdout.write(`::error::${escapeCommand(message)}\n`);
}

function fail(message: string, code: number): number {
  annotateError(`integration-gate: ${message}`);
  return code;
}
