import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { JobContext } from '../core/types.js';
import { errorMessage } from '../core/errors.js';
import { isInside, toPosix } from '../core/paths.js';
import { redactingTransform } from '../process/redact.js';
import { JUnitReadError, type FileReport } from '../junit/model.js';
import { readReport } from '../junit/read.js';

export interface UnreadableFile {
  file: string;
  reason: string;
  error: string;
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

/**
 * The JUnit files a command wrote: every file matching `patterns` (relative to `cwd`, inside the workspace)
 * modified since `since` counts — a stale report from an earlier run never does. Each is copied whole into
 * the bundle under `bundleDir/junit/<workspace path>` (redacted when secrets are registered) while it is read;
 * a file that cannot be read is listed with its reason, and the others still count.
 */
export async function collectReports(
  patterns: string[],
  opts: { cwd: string; since: number; bundleDir: string; producer: string; ctx: JobContext },
): Promise<CollectedReports> {
  const { ctx } = opts;
  const fresh: string[] = [];
  const stale: string[] = [];
  for (const f of (await findFiles(patterns, opts.cwd)).sort()) {
    if (!isInside(ctx.workspace, f)) continue;
    const st = await stat(f);
    (st.mtimeMs >= opts.since - 2000 ? fresh : stale).push(f);
  }
  const out: CollectedReports = { fresh, stale, files: [], reports: [], unreadable: [] };
  for (const f of fresh) {
    const rel = toPosix(path.relative(ctx.workspace, f));
    const bundlePath = ctx.evidence.unique(`${opts.bundleDir}/junit/${rel.replace(/^(\.\.\/)+/, '')}`);
    // The copy (file system work) runs while the file is parsed (CPU work).
    const copied = ctx.evidence.copyFile(f, bundlePath, { kind: 'junit', producer: opts.producer }, redactingTransform(ctx.redactor));
    const read = readReport(f).then(
      (report) => ({ report }),
      (err: unknown) => ({ err }),
    );
    const [, outcome] = await Promise.all([copied, read]);
    if ('report' in outcome) {
      outcome.report.file = rel;
      out.reports.push(outcome.report);
      out.files.push({ file: rel, bundlePath, report: outcome.report });
    } else {
      const reason = outcome.err instanceof JUnitReadError ? outcome.err.reason : 'io';
      out.unreadable.push({ file: rel, reason, error: ctx.redactor.redact(errorMessage(outcome.err)) });
      out.files.push({ file: rel, bundlePath });
    }
  }
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
