#!/usr/bin/env node
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ExitCode, UserError, errorMessage } from './core/errors.js';
import { BUNDLE_NAME, TOOL, runPipeline } from './pipeline.js';
import { renderMarkdown } from './report/markdown.js';
import { TerminalReporter, safeForTerminal } from './report/terminal.js';
import { killAllSync } from './process/tree.js';
import { decisionExitCode, type FailOn } from './exit.js';

/**
 * The CLI: `integration-gate run | verify | evaluate | help | --help | --version`. Exit codes (README): 0 GO
 * (and CONDITIONAL unless --fail-on conditional), 1 NO-GO, 2 bad input or configuration, 3 verify found a
 * problem, 130/143 interrupted, 70 internal error.
 *
 * Arguments are parsed by Node's own `util.parseArgs` (strict: unknown options and stray arguments are errors);
 * the help is written out below. (commander did both, but loading it cost every run ~5 ms of start-up.)
 */
const HELP: Record<string, string> = {
  '': `Usage: integration-gate <command> [options]

Verify a service's integrations before it ships: services, preflight, tests, gates, evidence bundle.

Commands:
  run [options]    run the manifest's pipeline and write the evidence bundle
  verify <zip>     check every hash in an evidence bundle; non-zero on any mismatch, missing or extra file
  evaluate <zip>   re-derive the decision from a bundle alone (hashes verified, test metrics recomputed from
                   the raw JUnit) and compare it with the recorded one
  help [command]   show the help of a command

Options:
  -v, --version    print the version
  -h, --help       show this help
`,
  run: `Usage: integration-gate run [options]

Run the manifest's pipeline and write the evidence bundle.

Options:
  -m, --manifest <file>   manifest file (default: integration-gate.yml)
  -o, --out <dir>         output folder (default: .integration-gate/<name>)
  -w, --workspace <dir>   workspace root; user paths must stay inside it (default: the current folder)
  --fail-on <level>       lowest decision that exits non-zero: no-go or conditional (default: no-go)
  -h, --help              show this help
`,
  verify: `Usage: integration-gate verify <zip>

Check every hash in an evidence bundle; non-zero on any mismatch, missing or extra file.
`,
  evaluate: `Usage: integration-gate evaluate <zip>

Re-derive the decision from a bundle alone (hashes verified, test metrics recomputed from the raw JUnit) and
compare it with the recorded one.
`,
};

const RUN_OPTIONS = {
  manifest: { type: 'string', short: 'm', default: 'integration-gate.yml' },
  out: { type: 'string', short: 'o' },
  workspace: { type: 'string', short: 'w' },
  'fail-on': { type: 'string', default: 'no-go' },
  help: { type: 'boolean', short: 'h' },
} as const;
const FAIL_ON: readonly FailOn[] = ['no-go', 'conditional'];

/** parseArgs's messages, shortened to what the user needs. */
function parse<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    const code = (err as { code?: string }).code;
    const message = errorMessage(err);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UserError(`unknown option ${/'[^']*'/.exec(message)?.[0] ?? message}`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UserError(`unexpected argument ${/'[^']*'/.exec(message)?.[0] ?? message}`);
    throw new UserError(message.replace(/\.$/, ''));
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const out = (text: string): number => {
    process.stdout.write(text);
    return ExitCode.GO;
  };
  switch (command) {
    case undefined:
      process.stderr.write(HELP[''] as string);
      return ExitCode.USAGE;
    case '-h':
    case '--help':
      return out(HELP[''] as string);
    case '-v':
    case '--version':
      return out(`${TOOL.version}\n`);
    case 'help': {
      const topic = rest[0] ?? '';
      if (!(topic in HELP)) throw new UserError(`unknown command '${topic}' (see integration-gate --help)`);
      return out(HELP[topic] as string);
    }
    case 'run': {
      const { values } = parse({ args: rest, options: RUN_OPTIONS, strict: true, allowPositionals: false });
      if (values.help) return out(HELP.run as string);
      const failOn = values['fail-on'] as FailOn;
      if (!FAIL_ON.includes(failOn)) {
        throw new UserError(`option '--fail-on <level>' argument '${failOn}' is invalid. Allowed choices are ${FAIL_ON.join(', ')}`);
      }
      return runCommand({ manifest: values.manifest, ...(values.out ? { out: values.out } : {}), workspace: values.workspace ?? process.cwd(), failOn });
    }
    case 'verify':
    case 'evaluate': {
      const { values, positionals } = parse({ args: rest, options: { help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true });
      if (values.help) return out(HELP[command] as string);
      if (positionals.length !== 1) {
        throw new UserError(positionals.length === 0 ? `missing the evidence zip: integration-gate ${command} <zip>` : `unexpected argument '${positionals[1]}'`);
      }
      return command === 'verify' ? verifyCommand(positionals[0] as string) : evaluateCommand(positionals[0] as string);
    }
    default:
      throw new UserError(`unknown command '${command}' (see integration-gate --help)`);
  }
}

async function verifyCommand(zip: string): Promise<number> {
  const { verifyBundle } = await import('./evidence/verify.js');
  const result = await verifyBundle(zip);
  if (result.ok) {
    process.stdout.write(`ok: ${result.checked} files verified in ${zip} (decision ${result.manifest?.decision})\n`);
    return ExitCode.GO;
  }
  for (const p of result.problems) process.stderr.write(`${safeForTerminal(p)}\n`);
  process.stderr.write(`FAILED: ${result.problems.length} problem(s) in ${zip}\n`);
  return ExitCode.VERIFY_FAILED;
}

async function evaluateCommand(zip: string): Promise<number> {
  const { evaluateBundle } = await import('./evidence/evaluate.js');
  const result = await evaluateBundle(zip);
  if (result.ok && result.derived) {
    process.stdout.write(
      `ok: re-derived ${result.derived.decision} — ${safeForTerminal(result.derived.headline)}; matches the recorded decision\n` +
        `  re-derived from raw evidence: ${result.rederived.join(', ') || '(none)'}\n` +
        `  taken as recorded in run.json: ${result.asRecorded.join(', ') || '(none)'}\n`,
    );
    return ExitCode.GO;
  }
  for (const p of result.problems) process.stderr.write(`${safeForTerminal(p)}\n`);
  process.stderr.write(`FAILED: the decision could not be re-derived from ${zip}\n`);
  return ExitCode.VERIFY_FAILED;
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
    // The bundle's files stay unpacked beside it: the HTML report opens from there.
    term.info(`report: ${path.relative(process.cwd(), path.join(out.stagingDir, 'report', 'index.html'))}`);
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
