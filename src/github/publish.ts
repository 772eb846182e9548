/**
 * Publishing a finished run to GitHub: evidence artifact, job summary, check run with annotations, sticky PR
 * comment. The artifact goes first (its URL is linked from the others); the rest run with allSettled
 * semantics, so one failed publisher never loses the others. A read-only token (fork PRs, Dependabot) is
 * recognised by HTTP status and degrades to summary + artifact with ONE notice; it never throws.
 *
 * Typical use from the Action entry:
 *
 *   const started = await startPublishing({ ctx, client, name, log });       // at the start of the run
 *   …run the pipeline…
 *   const out = await publish(record, { ctx, client, started, repoRoot, … }); // at the end
 */
import { appendFile } from 'node:fs/promises';
import type { RunRecord } from '../core/types.js';
import { errorMessage } from '../core/errors.js';
import type { RepoFileIndex } from '../core/repo-files.js';
import { buildAnnotations } from './annotations.js';
import { uploadEvidenceArtifact, type ArtifactUploadOptions, type UploadedArtifact } from './artifact.js';
import {
  checkConclusion,
  checkSummary,
  checkTitle,
  completeCheckRun,
  failCheckRun,
  startCheckRun,
  type ConditionalConclusion,
} from './checks.js';
import type { GitHubClient } from './client.js';
import { commentFingerprint, shouldComment, stickyBody, upsertStickyComment, COMMENT_LIMIT, type CommentMode } from './comment.js';
import { isPullRequestEvent, resolveDetailsUrl, type GitHubContext, type RepoRef } from './context.js';
import { isReadOnlyDenial } from './errors.js';
import { renderMarkdown } from './render.js';

/** GitHub's limit for one step's job summary. */
export const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface PublishLog {
  info(message: string): void;
  warn(message: string): void;
  /** An annotation-level notice in the workflow run (core.notice). */
  notice(message: string): void;
}

/** The client, or a factory that builds it on first use (so runs that do not publish never load Octokit). */
export type ClientSource = GitHubClient | (() => Promise<GitHubClient>);

/** What startPublishing learned; hand it to publish(). */
export interface StartedPublishing {
  checkRunId?: number;
  checkRunUrl?: string;
  detailsUrl?: string;
  /** The token could not create the check run (403/404): skip GitHub writes, notice once in publish(). */
  readOnly: boolean;
  /** A non-permission failure while starting (reported, not fatal). */
  error?: string;
}

export interface StartOptions {
  ctx: GitHubContext;
  client?: ClientSource;
  /** Check-run name (the manifest name, or input `check-name`). */
  name: string;
  /** Input `check-run: false` turns the check run off. */
  enabled?: boolean;
  headSha?: string;
  log: PublishLog;
}

async function clientOf(src: ClientSource | undefined): Promise<GitHubClient | undefined> {
  if (!src) return undefined;
  return typeof src === 'function' ? src() : src;
}

/** Resolves the job URL and creates the check run `in_progress`. Never throws. */
export async function startPublishing(opts: StartOptions): Promise<StartedPublishing> {
  const { ctx } = opts;
  const headSha = opts.headSha ?? ctx.headSha;
  if (opts.enabled === false || !ctx.repo || !headSha || !opts.client) return { readOnly: false };
  try {
    const gh = await clientOf(opts.client);
    if (!gh) return { readOnly: false };
    const detailsUrl = await resolveDetailsUrl(gh, ctx);
    const started = await startCheckRun(gh, ctx.repo, {
      name: opts.name,
      headSha,
      ...(detailsUrl ? { detailsUrl } : {}),
      ...(ctx.runId ? { externalId: String(ctx.runId) } : {}),
    });
    return { checkRunId: started.id, checkRunUrl: started.url, readOnly: false, ...(detailsUrl ? { detailsUrl } : {}) };
  } catch (err) {
    if (isReadOnlyDenial(err)) return { readOnly: true };
    const error = `could not create the check run: ${errorMessage(err)}`;
    opts.log.warn(error);
    return { readOnly: false, error };
  }
}

export interface PublishOptions {
  ctx: GitHubContext;
  client?: ClientSource;
  /** Defaults: ctx.repo, ctx.headSha, ctx.pullRequest?.number. Publish mode passes the triggering run's. */
  repo?: RepoRef;
  headSha?: string;
  prNumber?: number;
  /** Whether this counts as a pull-request event for `comment: auto` (default: from ctx.eventName). */
  pullRequestEvent?: boolean;
  /** Absolute repository root, for annotation paths. */
  repoRoot: string;
  started?: StartedPublishing;
  checkRun?:
    | false
    | {
        name: string;
        /** Input `conditional-conclusion` (default neutral). */
        conditional?: ConditionalConclusion;
        /** Input `annotation-limit` (default 1000). */
        annotationLimit?: number;
        detailsUrl?: string;
      };
  /** Input `comment` (default auto). */
  comment?: CommentMode;
  /** Append the job summary to ctx.stepSummaryPath (default true when set). */
  jobSummary?: boolean;
  /** Upload the bundle as an artifact (skipped when false/absent). */
  artifact?: false | ArtifactUploadOptions;
  /** A link to an artifact uploaded elsewhere (publish mode: the triggering run's), used when not uploading. */
  artifactUrl?: string;
  /** For tests / callers that already have one. */
  fileIndex?: () => Promise<RepoFileIndex>;
  log: PublishLog;
}

export interface PublishOutputs {
  checkRunId?: number;
  checkRunUrl?: string;
  commentUrl?: string;
  commentAction?: 'created' | 'updated' | 'unchanged';
  annotationsSent: number;
  annotationsOmitted: number;
  artifactId?: number;
  artifactUrl?: string;
  summaryWritten: boolean;
  /** The token could not write checks and/or comments; the run degraded to summary + artifact. */
  readOnly: boolean;
  /** One line per publisher that failed for another reason (already logged as warnings). */
  errors: string[];
}

export const READ_ONLY_NOTICE =
  'integration-gate: this token is read-only here (a pull request from a fork, or Dependabot), so the check run ' +
  'and the PR comment were skipped; the job summary and the evidence artifact were still written. To publish ' +
  'them for fork pull requests, use the two-stage mode: this workflow runs and uploads the bundle, and a ' +
  'workflow_run workflow runs integration-gate with `mode: publish` (see docs/github.md#two-stage-mode-for-forks).';

/** Renders within a UTF-8 byte budget (the job summary limit is bytes, the renderer counts characters). */
function renderWithinBytes(record: RunRecord, maxBytes: number, artifactUrl: string | undefined): string {
  let maxChars = maxBytes;
  for (let i = 0; i < 6; i++) {
    const md = renderMarkdown(record, { maxChars, flavor: 'summary', ...(artifactUrl ? { artifactUrl } : {}) });
    const bytes = Buffer.byteLength(md, 'utf8');
    if (bytes <= maxBytes) return md;
    maxChars = Math.floor((maxChars * maxBytes) / bytes) - 1024;
  }
  return renderMarkdown(record, { maxChars: Math.floor(maxBytes / 4), flavor: 'summary' });
}

/** Publishes a finished run. Never throws for GitHub failures: they land in `errors` and the log. */
export async function publish(record: RunRecord, opts: PublishOptions): Promise<PublishOutputs> {
  const { ctx, log } = opts;
  const out: PublishOutputs = { annotationsSent: 0, annotationsOmitted: 0, summaryWritten: false, readOnly: false, errors: [] };
  const started = opts.started ?? { readOnly: false };
  const repo = opts.repo ?? ctx.repo;
  const headSha = opts.headSha ?? ctx.headSha;
  const prNumber = opts.prNumber ?? ctx.pullRequest?.number;
  const denied: string[] = started.readOnly ? ['check run'] : [];
  const fail = (what: string, err: unknown) => {
    const line = `${what} failed: ${errorMessage(err)}`;
    out.errors.push(line);
    log.warn(line);
  };

  // 1. The artifact first: every other output links to it.
  let artifact: UploadedArtifact | undefined;
  if (!opts.artifact && opts.artifactUrl) out.artifactUrl = opts.artifactUrl;
  if (opts.artifact) {
    try {
      artifact = await uploadEvidenceArtifact(ctx, opts.artifact);
      out.artifactId = artifact.id;
      if (artifact.url) out.artifactUrl = artifact.url;
    } catch (err) {
      fail('uploading the evidence artifact', err);
    }
  }

  let gh: GitHubClient | undefined;
  const getClient = async () => (gh ??= await clientOf(opts.client));

  // 2. Job summary, check run, comment — independently.
  const summaryTask = async () => {
    if (opts.jobSummary === false || !ctx.stepSummaryPath) return;
    const md = renderWithinBytes(record, JOB_SUMMARY_LIMIT_BYTES - 1024, out.artifactUrl);
    await appendFile(ctx.stepSummaryPath, `${md}\n`, 'utf8');
    out.summaryWritten = true;
  };

  const checkTask = async () => {
    const cfg = opts.checkRun;
    if (!cfg || started.readOnly || !repo || !headSha) return;
    const client = await getClient();
    if (!client) return;
    const cap = cfg.annotationLimit ?? 1000;
    const plan = await buildAnnotations(record, {
      repoRoot: opts.repoRoot,
      fallbackPath: record.manifest.file,
      cap,
      ...(opts.fileIndex ? { index: opts.fileIndex } : {}),
    });
    out.annotationsOmitted = plan.omitted;
    const detailsUrl = cfg.detailsUrl ?? started.detailsUrl ?? ctx.runUrl;
    try {
      const done = await completeCheckRun(client, repo, {
        name: cfg.name,
        headSha,
        ...(started.checkRunId ? { checkRunId: started.checkRunId } : {}),
        ...(detailsUrl ? { detailsUrl } : {}),
        ...(ctx.runId ? { externalId: String(ctx.runId) } : {}),
        title: checkTitle(record),
        summary: checkSummary(record, {
          ...(out.artifactUrl ? { artifactUrl: out.artifactUrl } : {}),
          annotationsTotal: plan.total,
          annotationsOmitted: plan.omitted,
          annotationCap: cap,
        }),
        conclusion: checkConclusion(record.gates.decision, cfg.conditional ?? 'neutral'),
        annotations: plan.annotations,
      });
      out.checkRunId = done.id;
      out.checkRunUrl = done.url;
      out.annotationsSent = done.annotationsSent;
    } catch (err) {
      if (isReadOnlyDenial(err)) {
        denied.push('check run');
        return;
      }
      throw err;
    }
  };

  const commentTask = async () => {
    const mode = opts.comment ?? 'auto';
    const prEvent = opts.pullRequestEvent ?? isPullRequestEvent(ctx);
    if (!repo || prNumber === undefined || !shouldComment(mode, true, prEvent)) return;
    // A token that could not create the check run cannot comment either: do not try (and do not notice twice).
    if (started.readOnly) {
      denied.push('PR comment');
      return;
    }
    const client = await getClient();
    if (!client) return;
    const marker = stickyBody(record.manifest.name, commentFingerprint(record), '');
    const md = renderMarkdown(record, {
      maxChars: COMMENT_LIMIT - marker.length,
      flavor: 'comment',
      ...(out.artifactUrl ? { artifactUrl: out.artifactUrl } : {}),
    });
    try {
      const res = await upsertStickyComment(client, repo, {
        prNumber,
        manifestName: record.manifest.name,
        body: stickyBody(record.manifest.name, commentFingerprint(record), md),
        mode,
      });
      out.commentUrl = res.url;
      out.commentAction = res.action;
    } catch (err) {
      if (isReadOnlyDenial(err)) {
        denied.push('PR comment');
        return;
      }
      throw err;
    }
  };

  const names = ['writing the job summary', 'publishing the check run', 'publishing the PR comment'];
  const settled = await Promise.allSettled([summaryTask(), checkTask(), commentTask()]);
  settled.forEach((s, i) => {
    if (s.status === 'rejected') fail(names[i] ?? 'publishing', s.reason);
  });

  if (denied.length > 0) {
    out.readOnly = true;
    log.notice(READ_ONLY_NOTICE);
  }
  return out;
}

/** After a crash: completes the started check run as failed (or creates one). Never throws. */
export async function publishCrash(
  error: unknown,
  opts: { ctx: GitHubContext; client?: ClientSource; started?: StartedPublishing; name: string; log: PublishLog },
): Promise<{ checkRunId?: number; checkRunUrl?: string }> {
  const { ctx } = opts;
  if (!ctx.repo || !ctx.headSha || !opts.client || opts.started?.readOnly) return {};
  try {
    const gh = await clientOf(opts.client);
    if (!gh) return {};
    const detailsUrl = opts.started?.detailsUrl ?? ctx.runUrl;
    const ref = await failCheckRun(gh, ctx.repo, {
      name: opts.name,
      headSha: ctx.headSha,
      message: errorMessage(error),
      ...(opts.started?.checkRunId ? { checkRunId: opts.started.checkRunId } : {}),
      ...(detailsUrl ? { detailsUrl } : {}),
    });
    return { checkRunId: ref.id, checkRunUrl: ref.url };
  } catch (err) {
    if (!isReadOnlyDenial(err)) opts.log.warn(`could not mark the check run as failed: ${errorMessage(err)}`);
    return {};
  }
}
