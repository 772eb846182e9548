/**
 * The repository's files, listed once per process and root (`git ls-files`, or one bounded walk without git),
 * for placing findings: by class name (annotations) and by the tail of a path that is not a repository path
 * (the tests job's failure locations).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

const SKIP_DIRS = new Set(['.git', 'node_modules', '.integration-gate', 'dist', 'build', 'target', '.venv', 'vendor']);
const MAX_WALK_FILES = 200_000;

/** The repository's files (POSIX, relative), listed once and indexed by base name without extension. */
export class RepoFileIndex {
  private readonly byStem = new Map<string, string[]>();
  readonly files: ReadonlySet<string>;

  constructor(files: Iterable<string>) {
    const set = new Set<string>();
    for (const f of files) {
      set.add(f);
      const base = path.posix.basename(f);
      const stem = base.includes('.') ? base.slice(0, base.indexOf('.')) : base;
      const key = stem.toLowerCase();
      const list = this.byStem.get(key);
      if (list) list.push(f);
      else this.byStem.set(key, [f]);
    }
    this.files = set;
  }

  /**
   * Lists the files under `root`: `git ls-files` when it is in a git checkout (tracked files, and untracked ones
   * that are not ignored), else one walk. Git is started only when a `.git` is there: starting it costs ~15 ms.
   */
  static async load(root: string): Promise<RepoFileIndex> {
    const viaGit = !inGitCheckout(root)
      ? undefined
      : await new Promise<string[] | undefined>((resolve) => {
          execFile('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, maxBuffer: 512 * 1024 * 1024, timeout: 30_000 }, (err, stdout) =>
            resolve(err ? undefined : stdout.split('\0').filter(Boolean)),
          );
        });
    if (viaGit) return new RepoFileIndex(viaGit);
    const out: string[] = [];
    const walk = async (dir: string, rel: string): Promise<void> => {
      if (out.length >= MAX_WALK_FILES) return;
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const e of entries) {
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) await walk(path.join(dir, e.name), r);
        } else if (e.isFile()) out.push(r);
      }
    };
    await walk(root, '');
    return new RepoFileIndex(out);
  }

  /**
   * Finds the file of a class or module named in dotted, slashed or `::` form, e.g. `com.acme.PaymentsTest`,
   * `tests/test_refund.py::TestRefund`, `PaymentsTest`. Tries the longest qualified suffix first; a bare name
   * must be unique.
   */
  findByName(name: string): string | undefined {
    const segs = name.split(/[./\\:]+|::/).filter((s) => /^[\w$-]+$/.test(s));
    for (let end = segs.length; end >= 1; end--) {
      const last = segs[end - 1];
      if (!last) continue;
      const candidates = this.byStem.get(last.toLowerCase());
      if (!candidates) continue;
      const qual = segs.slice(0, end).join('/').toLowerCase();
      const qualified = candidates.filter((f) => {
        const noExt = f.slice(0, f.length - path.posix.extname(f).length).toLowerCase();
        return noExt === qual || noExt.endsWith(`/${qual}`);
      });
      if (end > 1 && qualified.length > 0) return shortest(qualified);
      if (end === 1 || end === segs.length) {
        if (candidates.length === 1) return candidates[0];
      }
    }
    return undefined;
  }

  /**
   * Finds the file a path names when it is not a path of this listing (`demo/FlakyTest.java` from a Java frame,
   * `calc_test.go` from `go test`, `/home/runner/work/app/web/a.test.js` from another machine): the files that
   * end with the longest tail of it; one is taken; among several, the one whose folders end with the most
   * segments of a class or package name in `scopes` (`example.com/shop/calc`, `com.x.FooTest`). A tie is no
   * answer. A path of the listing itself is returned as it is.
   */
  findByTail(file: string, scopes: Iterable<string> = []): string | undefined {
    if (this.files.has(file)) return file;
    // Either separator: a report written on Windows names `D:\a\app\src\Foo.cs`.
    const parts = file.split(/[\\/]/).filter((p) => p !== '' && p !== '.' && p !== '..' && !/^[A-Za-z]:$/.test(p));
    const base = parts[parts.length - 1];
    if (!base) return undefined;
    const stem = base.includes('.') ? base.slice(0, base.indexOf('.')) : base;
    const listed = this.byStem.get(stem.toLowerCase());
    if (!listed) return undefined;
    const named = listed.filter((f) => f === base || f.endsWith(`/${base}`));
    for (let k = parts.length; k >= 1; k--) {
      const tail = parts.slice(parts.length - k).join('/');
      const candidates = named.filter((f) => f === tail || f.endsWith(`/${tail}`));
      if (candidates.length === 1) return candidates[0];
      if (candidates.length > 1) return bestForScope(candidates, [...scopes]);
    }
    return undefined;
  }
}

/** Among several files, the one whose folders end with the most segments of a class or package name. */
function bestForScope(candidates: string[], scopes: string[]): string | undefined {
  let best: string | undefined;
  let bestScore = 0;
  let tie = false;
  for (const c of candidates) {
    const dirs = c.split('/').slice(0, -1);
    let score = 0;
    for (const scope of scopes) score = Math.max(score, sharedSegments(dirs, scope.split(/[./\\:]+/).filter(Boolean)));
    if (score > bestScore) {
      best = c;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) {
      tie = true;
    }
  }
  return bestScore > 0 && !tie ? best : undefined;
}

/**
 * How many segments of `scope` end `dirs`, in order — or end them once the last segment is dropped (`com.x.Foo`
 * names a class, whose package is `com.x`; `example.com/shop/calc` is a package itself).
 */
function sharedSegments(dirs: string[], scope: string[]): number {
  let best = 0;
  for (const s of [scope, scope.slice(0, -1)]) {
    let n = 0;
    while (n < s.length && n < dirs.length && dirs[dirs.length - 1 - n] === s[s.length - 1 - n]) n++;
    best = Math.max(best, n);
  }
  return best;
}

/** Whether `dir` or a folder above it has a `.git`. */
function inGitCheckout(dir: string): boolean {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return true;
    if (path.dirname(d) === d) return false;
  }
}

function shortest(list: string[]): string | undefined {
  return [...list].sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
}

/** Lazily loads one index per root and shares it (the listing happens at most once per process). */
const indexCache = new Map<string, Promise<RepoFileIndex>>();
export function repoFileIndex(root: string): Promise<RepoFileIndex> {
  const key = path.resolve(root);
  let p = indexCache.get(key);
  if (!p) {
    p = RepoFileIndex.load(key);
    indexCache.set(key, p);
  }
  return p;
}

