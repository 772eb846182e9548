import { spawn } from 'node:child_process';
import { closeSync, createWriteStream, existsSync, openSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { killTree, track, untrack } from './tree.js';
import { RedactStream, type SecretRedactor } from './redact.js';

export interface RunOptions {
  /** Shell command line (run with /bin/sh -c), as users write it in the manifest. */
  command: string;
  cwd: string;
  env: Record<string, string | undefined>;
  timeoutMs: number;
  /** Redacted stdout and stderr go to these files (may be the same path for a combined log). */
  stdoutFile?: string;
  stderrFile?: string;
  redactor: SecretRedactor;
  signal?: AbortSignal;
  /** Grace between SIGTERM and SIGKILL when the timeout expires. */
  killGraceMs?: number;
  /** Called with each redacted stdout chunk (for progress parsing). */
  onStdout?: (text: string) => void;
}

export interface RunOutcome {
  /** Exit code, or null when killed by a signal. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  aborted: boolean;
  /** The command could not be started at all (e.g. cwd missing). Shell 'not found' is exit code 127. */
  spawnError?: string;
  durationMs: number;
  pid?: number;
}

/**
 * Runs a shell command in its own process group with a timeout; on expiry (or abort) the whole process tree
 * is stopped. Output is redacted on the stream before it touches the disk.
 */
export async function runCommand(opts: RunOptions): Promise<RunOutcome> {
  const started = Date.now();
  // Nothing to redact and nobody reading along: the command writes its log files itself — no pipes and
  // streams in this process (a first spawn with pipes costs ~8 ms more), and the log is complete even if
  // this process dies. Otherwise output goes through the redactor before it touches the disk.
  const direct = !opts.redactor.active && opts.onStdout === undefined;
  const sameFile = opts.stdoutFile !== undefined && opts.stdoutFile === opts.stderrFile;
  const fds: number[] = [];
  let stdio: Array<'ignore' | 'pipe' | number> = ['ignore', 'pipe', 'pipe'];
  if (direct) {
    const out = opts.stdoutFile !== undefined ? openSync(opts.stdoutFile, 'w') : 'ignore';
    if (typeof out === 'number') fds.push(out);
    const err = sameFile ? out : opts.stderrFile !== undefined ? openSync(opts.stderrFile, 'w') : 'ignore';
    if (typeof err === 'number' && !sameFile) fds.push(err);
    stdio = ['ignore', out, err];
  }
  let child: ReturnType<typeof spawn>;
  try {
    child = spawn('/bin/sh', ['-c', opts.command], {
      cwd: opts.cwd,
      env: opts.env as NodeJS.ProcessEnv,
      detached: true,
      stdio,
    });
  } finally {
    // The child has its own copies.
    for (const fd of fds) closeSync(fd);
  }
  let spawnError: string | undefined;
  child.on('error', (e: NodeJS.ErrnoException) => {
    // A missing working folder makes spawn report the shell as missing ("spawn /bin/sh ENOENT"): say what is wrong.
    spawnError = e.code === 'ENOENT' && opts.cwd !== undefined && !existsSync(opts.cwd) ? `its working folder ${opts.cwd} does not exist` : e.message;
  });
  if (child.pid !== undefined) track(child.pid);

  const sinks: Array<Promise<void>> = [];
  const shared = sameFile && !direct ? createWriteStream(opts.stdoutFile as string) : undefined;
  const attach = (src: NodeJS.ReadableStream | null, file: string | undefined, onText?: (t: string) => void): void => {
    if (!src) return;
    const redact = new RedactStream(opts.redactor);
    if (onText) redact.on('data', (d: Buffer | string) => onText(d.toString()));
    if (shared) {
      src.pipe(redact).pipe(shared, { end: false });
      sinks.push(new Promise((resolve) => redact.on('end', () => resolve())));
    } else if (file) {
      sinks.push(pipeline(src, redact, createWriteStream(file)));
    } else {
      src.pipe(redact).resume();
      sinks.push(new Promise((resolve) => redact.on('end', () => resolve())));
    }
  };
  attach(child.stdout, opts.stdoutFile, opts.onStdout);
  attach(child.stderr, opts.stderrFile);

  let timedOut = false;
  let aborted = false;
  const stop = (): void => {
    if (child.pid !== undefined) void killTree(child.pid, opts.killGraceMs ?? 2000);
  };
  const timer = setTimeout(() => {
    timedOut = true;
    stop();
  }, opts.timeoutMs);
  const onAbort = (): void => {
    aborted = true;
    stop();
  };
  opts.signal?.addEventListener('abort', onAbort, { once: true });

  const { code, sig } = await new Promise<{ code: number | null; sig: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (c, s) => resolve({ code: c, sig: s }));
    child.on('error', () => resolve({ code: null, sig: null }));
  });
  clearTimeout(timer);
  opts.signal?.removeEventListener('abort', onAbort);
  // The shell is gone, but a child that ignored the group signal, or a background process it left, may not be.
  if (child.pid !== undefined) {
    await killTree(child.pid, 500);
    untrack(child.pid);
  }
  await Promise.allSettled(sinks);
  if (shared) await new Promise<void>((resolve) => shared.end(() => resolve()));

  return {
    exitCode: code,
    signal: sig,
    timedOut,
    aborted,
    ...(spawnError !== undefined ? { spawnError } : {}),
    durationMs: Date.now() - started,
    ...(child.pid !== undefined ? { pid: child.pid } : {}),
  };
}
