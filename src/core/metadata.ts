import { execFile } from 'node:child_process';
import type { RunMetadata } from './types.js';

/**
 * Run metadata, read in one place: from the GitHub Actions environment when present, else from the local
 * git checkout (commit, ref) and the OS user. The start time is taken at the call; git is asked once, in the
 * background, so the run does not wait for it.
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
  // One git call gives both: the commit, and the branch ref ('HEAD' when detached). Not a checkout: neither.
  const [commit, ref] = await new Promise<Array<string | undefined>>((resolve) => {
    execFile('git', ['rev-parse', 'HEAD', '--symbolic-full-name', 'HEAD'], { cwd: workspace, encoding: 'utf8', timeout: 5000 }, (err, stdout) => {
      const [sha, name] = err ? [] : stdout.split('\n').map((l) => l.trim());
      resolve([/^[0-9a-f]{40,64}$/.test(sha ?? '') ? sha : undefined, name?.startsWith('refs/') ? name : undefined]);
    });
  });
  const actor = env.USER ?? env.LOGNAME;
  return { via, startedAt, ...(commit ? { commit } : {}), ...(ref ? { ref } : {}), ...(actor ? { actor } : {}) };
}
