import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RunMetadata } from './types.js';

/**
 * Run metadata, read in one place: from the GitHub Actions environment when present, else from the local
 * git checkout (commit, ref) and the OS user. The start time is taken at the call, and the rest is gathered in
 * the background, so the run does not wait for it.
 */
export async function collectMetadata(env: Record<string, string | undefined>, workspace: string, via: RunMetadata['via']): Promise<RunMetadata> {
  const startedAt = new Date().toISOString();
  if (env.GITHUB_ACTIONS === 'true') {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const pr = /^refs\/pull\/([0-9]+)\//.exec(env.GITHUB_REF ?? '');
    return {
      via,
      startedAt,
      ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
      ...(env.GITHUB_SHA ? { commit: env.GITHUB_SHA } : {}),
      ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
      ...(env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? { runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}` }
        : {}),
      ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
      ...(env.GITHUB_WORKFLOW ? { workflow: env.GITHUB_WORKFLOW } : {}),
      ...(env.GITHUB_EVENT_NAME ? { eventName: env.GITHUB_EVENT_NAME } : {}),
      ...(pr ? { pullRequest: Number(pr[1]) } : {}),
    };
  }
  const [commit, ref] = (await headFromFiles(workspace, env)) ?? (await headFromGit(workspace));
  const actor = env.USER ?? env.LOGNAME;
  return { via, startedAt, ...(commit ? { commit } : {}), ...(ref ? { ref } : {}), ...(actor ? { actor } : {}) };
}

type Head = [commit: string | undefined, ref: string | undefined];

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/**
 * The checkout's HEAD read from its files: the commit, and the branch ref (none when detached or outside a
 * checkout). Starting `git` costs the CLI 5–10 ms of its main thread (a fork of the whole process), so the
 * common layouts are read directly — a `.git` folder or a `.git` file (worktrees, submodules), loose or packed
 * refs. Undefined for anything else (GIT_DIR and friends set, reftable, a symbolic ref that is not a branch, an
 * unreadable file): then `git` answers.
 */
export async function headFromFiles(workspace: string, env: Record<string, string | undefined>): Promise<Head | undefined> {
  if (env.GIT_DIR || env.GIT_WORK_TREE || env.GIT_COMMON_DIR || env.GIT_CEILING_DIRECTORIES) return undefined;
  try {
    const gitDir = await findGitDir(path.resolve(workspace));
    if (gitDir === null) return [undefined, undefined];
    const head = (await readFile(path.join(gitDir, 'HEAD'), 'utf8')).trim();
    if (SHA.test(head)) return [head, undefined];
    const ref = /^ref: (refs\/heads\/\S+)$/.exec(head)?.[1];
    if (!ref || ref === 'refs/heads/.invalid') return undefined; // .invalid: a reftable repository
    const common = await readFile(path.join(gitDir, 'commondir'), 'utf8').then(
      (d) => path.resolve(gitDir, d.trim()),
      () => gitDir,
    );
    const sha = await resolveRef(common, ref);
    // A branch with no commit yet: git has no HEAD commit and prints no ref either.
    return sha === null ? [undefined, undefined] : sha === undefined ? undefined : [sha, ref];
  } catch {
    return undefined;
  }
}

/** The git folder of the checkout containing `dir`; null outside any checkout. Throws on the unexpected. */
async function findGitDir(dir: string): Promise<string | null> {
  const device = (await stat(dir)).dev;
  for (let d = dir; ; d = path.dirname(d)) {
    // git stops looking at a file-system boundary (unless told otherwise): leave that case to git
    if ((await stat(d)).dev !== device) throw new Error('the search for .git crosses a file-system boundary');
    const dotGit = path.join(d, '.git');
    const st = await stat(dotGit).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return undefined;
      throw err;
    });
    if (st?.isDirectory()) return dotGit;
    if (st?.isFile()) {
      const target = /^gitdir: (.+)$/m.exec(await readFile(dotGit, 'utf8'))?.[1];
      if (!target) throw new Error(`${dotGit}: not a gitdir file`);
      return path.resolve(d, target.trim());
    }
    if (path.dirname(d) === d) return null;
  }
}

/** A branch's commit: loose ref, else packed-refs; null when the branch has no commit; undefined when unsure. */
async function resolveRef(gitDir: string, ref: string): Promise<string | null | undefined> {
  const loose = await readFile(path.join(gitDir, ...ref.split('/')), 'utf8').then(
    (t) => t.trim(),
    () => undefined,
  );
  if (loose !== undefined) return SHA.test(loose) ? loose : undefined;
  const packed = await readFile(path.join(gitDir, 'packed-refs'), 'utf8').catch(() => '');
  for (const line of packed.split('\n')) {
    const [sha, name] = line.split(' ');
    if (name === ref && sha && SHA.test(sha)) return sha;
  }
  return null;
}

/** HEAD as `git` says it (one call gives both: the commit, and the branch ref or 'HEAD' when detached). */
function headFromGit(workspace: string): Promise<Head> {
  return new Promise((resolve) => {
    execFile('git', ['rev-parse', 'HEAD', '--symbolic-full-name', 'HEAD'], { cwd: workspace, encoding: 'utf8', timeout: 5000 }, (err, stdout) => {
      const [sha, name] = err ? [] : stdout.split('\n').map((l) => l.trim());
      resolve([SHA.test(sha ?? '') ? sha : undefined, name?.startsWith('refs/') ? name : undefined]);
    });
  });
}
