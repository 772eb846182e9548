/**
 * Findings → check-run annotations: the message, and under "Raw output" a failed test's stack trace (and a
 * message too long for the annotation, whole). Paths are made relative to the repository root; a finding
 * without a file is placed by its message or stack trace, else by looking its class up in ONE cached listing
 * of the repository's files (`git ls-files`, or a single walk when git is unavailable), else on the manifest
 * file.
 */
import path from 'node:path';
import { findingDetails, type Finding, type RunRecord } from '../core/types.js';
import { isInside, toPosix } from '../core/paths.js';
import { repoFileIndex, type RepoFileIndex } from '../core/repo-files.js';

/** One annotation as the Checks API takes it. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

const MAX_MESSAGE = 4000;
const MAX_TITLE = 255;
const MAX_RAW = 16000;
export interface AnnotationOptions {
  /** Absolute repository root (GITHUB_WORKSPACE in Actions). */
  repoRoot: string;
  /** Where findings without any location land (the manifest file, repo-relative). */
  fallbackPath: string;
  /** At most this many annotations (default 1000). */
  cap?: number;
  /** Supplies the file index; called at most once, only if some finding needs a class lookup. */
  index?: () => Promise<RepoFileIndex>;
}

export interface AnnotationPlan {
  annotations: CheckAnnotation[];
  /** Findings that would have become annotations. */
  total: number;
  /** Left out past the cap. */
  omitted: number;
}

/** Makes a finding's path repo-relative POSIX; undefined when it is outside the repository. */
export function repoRelative(repoRoot: string, file: string): string | undefined {
  const cleaned = file.replace(/^file:\/\//, '');
  const abs = path.isAbsolute(cleaned) ? cleaned : path.resolve(repoRoot, cleaned);
  if (!isInside(repoRoot, abs)) return undefined;
  const rel = toPosix(path.relative(repoRoot, abs));
  return rel === '' ? undefined : rel;
}

interface Located {
  file: string;
  line?: number;
}

/** File and line from a stack trace in the message: Node/JS, Python, Java/Kotlin, Go and Ruby frames. */
export function locateInStack(text: string, repoRoot: string, index?: RepoFileIndex): Located | undefined {
  const frames: Array<{ file: string; line: number; bare?: boolean }> = [];
  const patterns: RegExp[] = [
    /\(?((?:file:\/\/)?(?:[A-Za-z]:)?[^\s():'"]+\.[A-Za-z0-9]+):(\d+)(?::\d+)?\)?/g, // at x (file.js:12:3), file.go:12
    /File "([^"]+)", line (\d+)/g, // Python
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) if (m[1] && m[2]) frames.push({ file: m[1], line: Number(m[2]) });
  for (const f of frames) {
    if (/node_modules|site-packages|node:internal|^internal\//.test(f.file)) continue;
    // Without the index only absolute frames count (a bare 'x.y:2' in a message is not a location).
    const absolute = path.isAbsolute(f.file.replace(/^file:\/\//, ''));
    const rel = repoRelative(repoRoot, f.file);
    if (rel && (index ? index.files.has(rel) : absolute)) return { file: rel, line: f.line };
    // Java frames name only the base file: (PaymentsTest.java:42)
    if (index && !f.file.includes('/')) {
      const hit = index.findByName(f.file.replace(/\.[A-Za-z0-9]+$/, ''));
      if (hit) return { file: hit, line: f.line };
    }
  }
  return undefined;
}

function clampText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Finds the class-like names in a test title: `com.acme.PaymentsTest.refund`, `test_x.py::TestA::test_b`. */
function classNames(title: string): string[] {
  return title
    .split(/\s+(?:›|>|::|#)\s+|\s+/)
    .filter((t) => /[A-Za-z_$][\w$]*(?:(?:\.|::|\/)[A-Za-z_$][\w$-]*)+/.test(t) || /^[A-Z][\w$]+$/.test(t));
}

/**
 * Builds every annotation (up to the cap) from the record's findings. The file index is loaded at most once,
 * and only when some finding has neither a file nor a usable stack frame.
 */
export async function buildAnnotations(record: RunRecord, opts: AnnotationOptions): Promise<AnnotationPlan> {
  const cap = Math.max(0, opts.cap ?? 1000);
  const findings: Array<{ f: Finding; details: () => string | undefined }> = record.results.flatMap((r) =>
    r.findings.map((f) => ({ f, details: () => findingDetails(r, f) })),
  );
  const total = findings.length;
  let index: RepoFileIndex | undefined;
  let indexTried = false;
  const getIndex = async (): Promise<RepoFileIndex | undefined> => {
    if (!indexTried) {
      indexTried = true;
      index = await (opts.index ?? (() => repoFileIndex(opts.repoRoot)))().catch(() => undefined);
    }
    return index;
  };
  const annotations: CheckAnnotation[] = [];
  for (const { f, details } of findings.slice(0, cap)) {
    let loc: Located | undefined;
    if (f.file) {
      const rel = repoRelative(opts.repoRoot, f.file);
      if (rel) loc = { file: rel, line: f.line };
    }
    // The message, then the stack trace behind it.
    const stack = `${f.message}\n${details() ?? ''}`;
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
    const a: CheckAnnotation = {
      path: loc?.file ?? opts.fallbackPath,
      start_line: line,
      end_line: line,
      annotation_level: f.level,
      message: clampText(f.message || f.title, MAX_MESSAGE),
      title: clampText(f.title.replace(/\s+/g, ' '), MAX_TITLE),
    };
    // The whole message where it was cut, and the test's stack trace: GitHub shows them under "Raw output".
    const raw = [f.message.length > MAX_MESSAGE ? f.message : '', details() ?? ''].filter((t) => t !== '').join('\n\n');
    if (raw) a.raw_details = clampText(raw, MAX_RAW);
    annotations.push(a);
  }
  return { annotations, total, omitted: Math.max(0, total - annotations.length) };
}
