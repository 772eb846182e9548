import { readFileSync, type Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { JobContext } from '../core/types.js';
import { errorMessage } from '../core/errors.js';
import { isInside, toPosix } from '../core/paths.js';
import { asSecretRedactor, redactingTransform } from '../process/redact.js';
import { JUnitReadError, type FileReport, type ReadOptions } from '../junit/model.js';
import { readReport, readReportBuffer } from '../junit/read.js';

export interface UnreadableFile {
  /** Workspace-relative. */
  file: string;
  reason: string;
  /** One line: the file (workspace-relative), the position where known, what is wrong and what to do. */
  error: string;
  /** Where the reader stopped, when it knows. */
  line?: number;
  column?: number;
}

export interface CollectedReports {
  /** Matching files written during this run (absolute), and older ones that were ignored. */
  fresh: string[];
  stale: string[];
  /** One per fresh file, in order: where its raw copy is in the bundle, and what it said. */
  files: Array<{ file: string; bundlePath: string; report?: FileReport }>;
  reports: FileReport[];
  unreadable: UnreadableFile[];
}

/** Files up to this size are read whole, in one go (the bytes serve the parse and the bundle's copy). */
const READ_WHOLE_MAX = 1024 * 1024;
/** Raw copies into the bundle that may be under way while the next files are read. */
const COPIES_IN_FLIGHT = 16;
/** Longest the file loop runs without giving the event loop a turn. */
const YIELD_AFTER_MS = 10;
/** Files stat-ed at once when sorting fresh from stale ones. */
const STATS_AT_ONCE = 64;

/**
 * The JUnit files a command wrote: every file matching `patterns` (relative to `cwd`, inside the workspace)
 * modified since `since` counts — a stale report from an earlier run never does. Each is copied whole into
 * the bundle under `bundleDir/junit/<workspace path>` (redacted when secrets are registered) while it and the
 * next ones are read; a file that cannot be read is listed with its reason, and the others still count.
 *
 * Many small files (surefire writes one per test class) are the case to keep fast: each file's stat and copy
 * is a round trip through the thread pool, so they are not waited for one by one — 5,000 files took ~7 s
 * that way, mostly waiting. Reports come out in file order whatever the order the copies finish in.
 */
export async function collectReports(
  patterns: string[],
  opts: { cwd: string; since: number; bundleDir: string; producer: string; ctx: JobContext; /** How much of each failure is kept. */ read?: ReadOptions },
): Promise<CollectedReports> {
  const { ctx } = opts;
  const found = (await findFiles(patterns, opts.cwd)).sort().filter((f) => isInside(ctx.workspace, f));
  const fresh: string[] = [];
  const stale: string[] = [];
  const sizes = new Map<string, number>();
  // A link may lead out of the workspace (a symbolic link committed to the repository, say, to a file of the
  // runner's): such a file is neither read nor copied into the bundle, and is listed as unreadable.
  const realWorkspace = await realpath(ctx.workspace).catch(() => ctx.workspace);
  const outside = new Set<string>();
  for (let i = 0; i < found.length; i += STATS_AT_ONCE) {
    const batch = found.slice(i, i + STATS_AT_ONCE);
    const stats = await Promise.all(batch.map((f) => Promise.all([stat(f), realpath(f)])));
    batch.forEach((f, j) => {
      const [st, real] = stats[j] as [Stats, string];
      (st.mtimeMs >= opts.since - 2000 ? fresh : stale).push(f);
      sizes.set(f, st.size);
      if (!isInside(realWorkspace, real)) outside.add(f);
    });
  }
  const redact = asSecretRedactor(ctx.redactor).active;
  const out: CollectedReports = { fresh, stale, files: [], reports: [], unreadable: [] };
  // A copy's failure fails the collection, as before; it is held (not left unhandled) until its turn.
  const copies: Array<Promise<{ err: unknown } | undefined>> = [];
  const settle = async (copy: Promise<{ err: unknown } | undefined> | undefined): Promise<void> => {
    const failed = await copy;
    if (failed) throw failed.err;
  };
  let turn = performance.now();
  for (const f of fresh) {
    // Small files are read and written synchronously: the event loop gets a turn every few milliseconds
    // (timers, signals, other jobs' sockets), as readReport gives one every 16 chunks.
    if (performance.now() - turn >= YIELD_AFTER_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      turn = performance.now();
    }
    const rel = toPosix(path.relative(ctx.workspace, f));
    if (outside.has(f)) {
      out.unreadable.push({
        file: rel,
        reason: 'outside-workspace',
        error: `${rel}: a link to a file outside the workspace; not read, not copied into the bundle — write JUnit files inside the workspace`,
      });
      continue;
    }
    const bundlePath = ctx.evidence.unique(`${opts.bundleDir}/junit/${rel.replace(/^(\.\.\/)+/, '')}`);
    const meta = { kind: 'junit', producer: opts.producer } as const;
    // A small file (nothing to redact) is read whole, once: the parse and the bundle's copy share the bytes.
    const data = !redact && (sizes.get(f) ?? Infinity) <= READ_WHOLE_MAX ? readWhole(f) : undefined;
    // The copy (file system work) runs while this file and the next ones are parsed (CPU work).
    const copy = data ? ctx.evidence.writeBytes(bundlePath, data, meta) : ctx.evidence.copyFile(f, bundlePath, meta, redactingTransform(ctx.redactor));
    copies.push(copy.then(() => undefined, (err: unknown) => ({ err })));
    if (copies.length > COPIES_IN_FLIGHT) await settle(copies.shift());
    const outcome = await (data ? Promise.resolve().then(() => readReportBuffer(f, data, opts.read)) : readReport(f, opts.read)).then(
      (report) => ({ report }),
      (err: unknown) => ({ err }),
    );
    if ('report' in outcome) {
      outcome.report.file = rel;
      out.reports.push(outcome.report);
      out.files.push({ file: rel, bundlePath, report: outcome.report });
    } else {
      // The reader names the file as it opened it (absolute): the error names it as the user wrote it.
      const { err } = outcome;
      out.unreadable.push(
        err instanceof JUnitReadError
          ? {
              file: rel,
              reason: err.reason,
              error: ctx.redactor.redact(`${rel}${err.line !== undefined ? `:${err.line}:${err.column}` : ''}: ${err.detail}`),
              ...(err.line !== undefined ? { line: err.line, column: err.column as number } : {}),
            }
          : { file: rel, reason: 'io', error: ctx.redactor.redact(errorMessage(err).replaceAll(f, rel)) },
      );
      out.files.push({ file: rel, bundlePath });
    }
  }
  for (const copy of copies) await settle(copy);
  return out;
}

/**
 * A validated `junit:` value (one glob or a list) as a list; a glob that is absolute or climbs out with '..' is
 * refused at its position in the manifest.
 */
export function junitGlobs(value: unknown, pointer: string, fail: (pointer: string, detail: string) => never): string[] {
  const list = Array.isArray(value) ? value.map(String) : [String(value)];
  list.forEach((g, j) => {
    if (path.isAbsolute(g) || g.split('/').includes('..')) {
      fail(`${pointer}${Array.isArray(value) ? `/${j}` : ''}`, `JUnit glob '${g}' must be relative and stay inside the workspace`);
    }
  });
  return list;
}

/** Characters that make a pattern a glob; a list of plain paths needs no glob engine. */
const GLOB_MAGIC = /[*?[\]{}()!+@\\]/;

async function findFiles(patterns: string[], cwd: string): Promise<string[]> {
  if (patterns.some((p) => GLOB_MAGIC.test(p))) {
    const { glob } = await import('tinyglobby');
    return glob(patterns, { cwd, absolute: true, onlyFiles: true, dot: true });
  }
  const found = new Set<string>();
  for (const p of patterns) {
    const abs = path.resolve(cwd, p);
    const st = await stat(abs).catch(() => undefined);
    if (st?.isFile()) found.add(abs);
  }
  return [...found];
}

/**
 * A small file's bytes, read synchronously as the reader reads its chunks (from the page cache, ~0.1 ms; a
 * round trip through the thread pool costs more); undefined when it cannot be read (the streaming path
 * then reports why, as for any file).
 */
function readWhole(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
