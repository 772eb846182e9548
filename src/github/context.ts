/**
 * The GitHub Actions environment, read once and turned into one typed object. Nothing else in src/github reads
 * `process.env` for GitHub variables; everything takes a `GitHubContext`.
 */
import { readFileSync } from 'node:fs';
import type { GitHubClient } from './client.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequestInfo {
  number: number;
  headSha: string;
  /** True when the head branch lives in another repository (a fork): the token is then read-only. */
  fromFork: boolean;
}

/** The `workflow_run` that triggered a publish-mode run (two-stage mode). Every field comes from the event. */
export interface WorkflowRunInfo {
  id: number;
  headSha: string;
  headBranch?: string;
  /** Owner login of the head repository (the fork, for fork PRs). */
  headOwner?: string;
  /** PR numbers GitHub attached to the run (empty for fork PRs, a known GitHub limitation). */
  pullRequests: number[];
  /** The triggering workflow's event, e.g. 'pull_request'. */
  event?: string;
  htmlUrl?: string;
}

export interface GitHubContext {
  /** True inside GitHub Actions (GITHUB_ACTIONS=true). */
  actions: boolean;
  repo?: RepoRef;
  serverUrl: string;
  apiUrl: string;
  /** GITHUB_SHA: for pull_request events the merge commit, not the PR head. */
  sha?: string;
  ref?: string;
  eventName?: string;
  /** The parsed event payload ({} when there is none or it cannot be read). */
  event: Record<string, unknown>;
  pullRequest?: PullRequestInfo;
  workflowRun?: WorkflowRunInfo;
  /** The commit checks belong on: the PR head for pull requests, else GITHUB_SHA. */
  headSha?: string;
  runId?: number;
  runAttempt?: number;
  /** GITHUB_JOB: the job's id in the workflow file (not its display name). */
  job?: string;
  workflow?: string;
  actor?: string;
  workspace?: string;
  runnerName?: string;
  /** `${server}/${owner}/${repo}/actions/runs/${runId}` */
  runUrl?: string;
  /** GITHUB_STEP_SUMMARY: the file the job summary is appended to. */
  stepSummaryPath?: string;
}

/** Events whose payload carries the pull request the run is for. */
export function isPullRequestEvent(ctx: GitHubContext): boolean {
  return ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target';
}

type Env = Readonly<Record<string, string | undefined>>;

function record(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
function int(v: unknown): number | undefined {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function readEvent(eventPath: string | undefined): Record<string, unknown> {
  if (!eventPath) return {};
  try {
    return record(JSON.parse(readFileSync(eventPath, 'utf8'))) ?? {};
  } catch {
    return {};
  }
}

function pullRequestOf(event: Record<string, unknown>, repoFullName: string | undefined): PullRequestInfo | undefined {
  const pr = record(event['pull_request']);
  const number = int(pr?.['number']) ?? int(event['number']);
  const head = record(pr?.['head']);
  const headSha = str(head?.['sha']);
  if (!number || !headSha) return undefined;
  const headRepo = str(record(head?.['repo'])?.['full_name']);
  return { number, headSha, fromFork: headRepo !== undefined && repoFullName !== undefined && headRepo !== repoFullName };
}

function workflowRunOf(event: Record<string, unknown>): WorkflowRunInfo | undefined {
  const wr = record(event['workflow_run']);
  const id = int(wr?.['id']);
  const headSha = str(wr?.['head_sha']);
  if (!wr || !id || !headSha) return undefined;
  const prs = Array.isArray(wr['pull_requests']) ? wr['pull_requests'] : [];
  const out: WorkflowRunInfo = {
    id,
    headSha,
    pullRequests: prs.map((p) => int(record(p)?.['number'])).filter((n): n is number => n !== undefined),
  };
  const headBranch = str(wr['head_branch']);
  if (headBranch) out.headBranch = headBranch;
  const headOwner = str(record(record(wr['head_repository'])?.['owner'])?.['login']);
  if (headOwner) out.headOwner = headOwner;
  const ev = str(wr['event']);
  if (ev) out.event = ev;
  const htmlUrl = str(wr['html_url']);
  if (htmlUrl) out.htmlUrl = htmlUrl;
  return out;
}

/** Reads the GitHub Actions environment (and the event file it names) into a `GitHubContext`. */
export function readGitHubContext(env: Env = process.env): GitHubContext {
  const serverUrl = trimSlash(str(env['GITHUB_SERVER_URL']) ?? 'https://github.com');
  const apiUrl = trimSlash(str(env['GITHUB_API_URL']) ?? 'https://api.github.com');
  const fullName = str(env['GITHUB_REPOSITORY']);
  const [owner, repo] = fullName?.split('/') ?? [];
  const event = readEvent(str(env['GITHUB_EVENT_PATH']));
  const ctx: GitHubContext = { actions: env['GITHUB_ACTIONS'] === 'true', serverUrl, apiUrl, event };
  if (owner && repo) ctx.repo = { owner, repo };
  const opt = {
    sha: str(env['GITHUB_SHA']),
    ref: str(env['GITHUB_REF']),
    eventName: str(env['GITHUB_EVENT_NAME']),
    runId: int(env['GITHUB_RUN_ID']),
    runAttempt: int(env['GITHUB_RUN_ATTEMPT']),
    job: str(env['GITHUB_JOB']),
    workflow: str(env['GITHUB_WORKFLOW']),
    actor: str(env['GITHUB_ACTOR']),
    workspace: str(env['GITHUB_WORKSPACE']),
    runnerName: str(env['RUNNER_NAME']),
    stepSummaryPath: str(env['GITHUB_STEP_SUMMARY']),
    pullRequest: pullRequestOf(event, fullName),
    workflowRun: workflowRunOf(event),
  };
  for (const [k, v] of Object.entries(opt)) if (v !== undefined) Object.assign(ctx, { [k]: v });
  ctx.headSha = ctx.pullRequest?.headSha ?? ctx.sha;
  if (ctx.repo && ctx.runId) ctx.runUrl = `${serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}`;
  return ctx;
}

/**
 * The URL of the job that is running us, for the check run's `details_url`. GITHUB_JOB is the job's key in the
 * workflow file, while the API lists display names (matrix jobs add "(a, b)"), so a job matches when its runner
 * is ours, else when its name equals or starts with GITHUB_JOB. Falls back to the run URL.
 */
export async function resolveDetailsUrl(gh: GitHubClient, ctx: GitHubContext): Promise<string | undefined> {
  if (!ctx.repo || !ctx.runId) return ctx.runUrl;
  try {
    const jobs = await gh.paginate(gh.rest.actions.listJobsForWorkflowRun, {
      ...ctx.repo,
      run_id: ctx.runId,
      filter: 'latest',
      per_page: 100,
    });
    const running = jobs.filter((j) => j.status === 'in_progress');
    const match =
      (ctx.runnerName ? running.find((j) => j.runner_name === ctx.runnerName) : undefined) ??
      (ctx.job ? running.find((j) => j.name === ctx.job) ?? running.find((j) => j.name.startsWith(`${ctx.job} (`)) : undefined) ??
      (ctx.job ? jobs.find((j) => j.name === ctx.job) : undefined);
    return match?.html_url ?? ctx.runUrl;
  } catch {
    return ctx.runUrl;
  }
}
