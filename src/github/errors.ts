/**
 * Failure modes of GitHub publishing, one class each, so callers use `instanceof`. Everything is classified by
 * HTTP status and headers, never by message text.
 */
import { UserError } from '../core/errors.js';

/** The HTTP status of an Octokit `RequestError` (or anything shaped like it), else undefined. */
export function httpStatusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null || !('status' in err)) return undefined;
  const status = (err as { status: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

function headerOf(err: unknown, name: string): string | undefined {
  if (typeof err !== 'object' || err === null || !('response' in err)) return undefined;
  const response = (err as { response?: { headers?: Record<string, unknown> } }).response;
  const value = response?.headers?.[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/**
 * True when a write was refused because the token may not write here: fork pull requests and Dependabot get a
 * read-only GITHUB_TOKEN, and GitHub answers 403 (or 404 for resources the token cannot see). A 403 that is a
 * rate limit (x-ratelimit-remaining: 0, or a retry-after header) is not a permission problem.
 */
export function isReadOnlyDenial(err: unknown): boolean {
  const status = httpStatusOf(err);
  if (status === 404) return true;
  if (status !== 403) return false;
  if (headerOf(err, 'x-ratelimit-remaining') === '0') return false;
  if (headerOf(err, 'retry-after') !== undefined) return false;
  return true;
}

/** A GitHub API call failed for a reason other than a read-only token. */
export class GitHubPublishError extends Error {
  override name = 'GitHubPublishError';
  constructor(
    /** What we were doing, e.g. 'create check run'. */
    readonly operation: string,
    readonly status: number | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A downloaded evidence bundle failed verification (or is not a bundle); publish mode refuses it. */
export class BundleRejectedError extends UserError {
  override name = 'BundleRejectedError';
  constructor(
    readonly problems: string[],
    message?: string,
  ) {
    super(
      message ??
        `the evidence bundle failed verification (${problems.length} problem${problems.length === 1 ? '' : 's'}: ` +
          `${problems.slice(0, 3).join('; ')}${problems.length > 3 ? '; …' : ''}); nothing was published — ` +
          're-run the triggering workflow to produce a fresh bundle',
    );
  }
}

/** The triggering run has no evidence artifact with the expected name. */
export class ArtifactNotFoundError extends UserError {
  override name = 'ArtifactNotFoundError';
  constructor(
    readonly runId: number,
    readonly artifactName: string,
  ) {
    super(
      `no artifact named '${artifactName}' in workflow run ${runId}; check that the triggering workflow uploads it ` +
        `(input artifact-name) and that it did not expire`,
    );
  }
}
