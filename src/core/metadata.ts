import { execFileSync } from 'node:child_process';
import type { RunMetadata } from './types.js';

/**
 * Run metadata, read in one place: from the GitHub Actions environment when present, else from the local
 * git checkout (commit, ref) and the OS user.
 */
export function collectMetadata(env: Record<string, string | undefined>, workspace: string, via: RunMetadata['via']): RunMetadata {
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
  const git = (args: string[]): string | undefined => {
    try {
      return execFileSync('git', args, { cwd: workspace, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim() || undefined;
    } catch {
      return undefined;
    }
  };
  const commit = git(['rev-parse', 'HEAD']);
  const ref = git(['symbolic-ref', '-q', 'HEAD']);
  const actor = env.USER ?? env.LOGNAME;
  return { via, startedAt, ...(commit ? { commit } : {}), ...(ref ? { ref } : {}), ...(actor ? { actor } : {}) };
}
