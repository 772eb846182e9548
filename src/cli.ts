#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { ExitCode, UserError, errorMessage } from './core/errors.js';
import { BUNDLE_NAME, TOOL, runPipeline } from './pipeline.js';
import { renderMarkdown } from './report/markdown.js';
import { TerminalReporter, safeForTerminal } from './report/terminal.js';
import { killAllSync } from './process/tree.js';
import { decisionExitCode, type FailOn } from './exit.js';

/**
 * The CLI: `integration-gate run | verify | --help | --version`. Exit codes (README): 0 GO (and CONDITIONAL
 * unless --fail-on conditional), 1 NO-GO, 2 bad input or configuration, 3 verify found a problem,
 * 130/143 interrupted, 70 internal error.
 */
export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('integration-gate')
    .description('Verify a service\'s integrations before it ships: services, preflight, tests, gates, evidence bundle.')
    .version(TOOL.version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  let code: number = ExitCode.GO;
  program
    .command('run')
    .description('run the manifest\'s pipeline and write the evidence bundle')
    .option('-m, --manifest <file>', 'manifest file', 'integration-gate.yml')
    .option('-o, --out <dir>', 'output folder (default .integration-gate/<name>)')
    .option('-w, --workspace <dir>', 'workspace root; user paths must stay inside it', process.cwd())
    .addOption(new Option('--fail-on <level>', 'lowest decision that exits non-zero').choices(['no-go', 'conditional']).default('no-go'))
    .action(async (opts: { manifest: string; out?: string; workspace: string; failOn: FailOn }) => {
      code = await runCommand(opts);
    });
  program
    .command('verify')
    .description('check every hash in an evidence bundle; non-zero on any mismatch, missing or extra file')
    .argument('<zip>', 'the evidence zip')
    .action(async (zip: string) => {
      const { verifyBundle } = await import('./evidence/verify.js');
      const result = await verifyBundle(zip);
      if (result.ok) {
        process.stdout.write(`ok: ${result.checked} files verified in ${zip} (decision ${result.manifest?.decision})\n`);
        code = ExitCode.GO;
      } else {
        for (const p of result.problems) process.stderr.write(`${safeForTerminal(p)}\n`);
        process.stderr.write(`FAILED: ${result.problems.length} problem(s) in ${zip}\n`);
        code = ExitCode.VERIFY_FAILED;
      }
    });

  program
    .command('evaluate')
    .description('re-derive the decision from a bundle alone (hashes verified, test metrics recomputed from the raw JUnit) and compare it with the recorded one')
    .argument('<zip>', 'the evidence zip')
    .action(async (zip: string) => {
      const { evaluateBundle } = await import('./evidence/evaluate.js');
      const result = await evaluateBundle(zip);
      if (result.ok && result.derived) {
        process.stdout.write(
          `ok: re-derived ${result.derived.decision} — ${safeForTerminal(result.derived.headline)}; matches the recorded decision\n` +
            `  re-derived from raw evidence: ${result.rederived.join(', ') || '(none)'}\n` +
            `  taken as recorded in run.json: ${result.asRecorded.join(', ') || '(none)'}\n`,
        );
        code = ExitCode.GO;
      } else {
        for (const p of result.problems) process.stderr.write(`${safeForTerminal(p)}\n`);
        process.stderr.write(`FAILED: the decision could not be re-derived from ${zip}\n`);
        code = ExitCode.VERIFY_FAILED;
      }
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? ExitCode.GO : ExitCode.USAGE;
    }
    throw err;
  }
}

async function runCommand(opts: { manifest: string; out?: string; workspace: string; failOn: FailOn }): Promise<number> {
  const term = new TerminalReporter(process.stdout);
  const controller = new AbortController();
  let interrupted: NodeJS.Signals | undefined;
  const onSignal = (sig: NodeJS.Signals): void => {
    if (interrupted) {
      killAllSync();
      process.exit(sig === 'SIGINT' ? 130 : 143);
    }
    interrupted = sig;
    term.warn(`${sig}: stopping jobs and services, then writing the bundle (press again to abort at once)`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const workspace = path.resolve(opts.workspace);
    const out = await runPipeline({
      workspace,
      manifestFile: opts.manifest,
      ...(opts.out ? { outDir: opts.out } : {}),
      env: process.env,
      via: 'cli',
      log: term,
      signal: controller.signal,
      // The verdict is known once the record is: show it and write the job summary while the zip is finished.
      onRecord: async (record, redact) => {
        term.gates(record.gates);
        const summaryFile = process.env.GITHUB_STEP_SUMMARY;
        if (summaryFile) await appendFile(summaryFile, `${redact(renderMarkdown(record, { maxChars: 1_000_000, flavor: 'summary' }))}\n`);
      },
    });
    const rel = path.relative(process.cwd(), out.zipPath) || BUNDLE_NAME;
    term.info(`evidence: ${rel} (${out.record.bundle?.files ?? 0} files, sha256 ${out.zipSha256.slice(0, 16)}…; check with: integration-gate verify ${rel})`);
    if (interrupted) return interrupted === 'SIGINT' ? 130 : 143;
    return decisionExitCode(out.record.gates.decision, opts.failOn);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

export async function cli(): Promise<void> {
  process.on('exit', killAllSync);
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UserError) {
      process.stderr.write(`integration-gate: ${safeForTerminal(err.message)}\n`);
      process.exitCode = ExitCode.USAGE;
    } else {
      process.stderr.write(`integration-gate: internal error: ${errorMessage(err)}\n${err instanceof Error ? (err.stack ?? '') : ''}\nPlease report this.\n`);
      process.exitCode = ExitCode.INTERNAL;
    }
  }
}
