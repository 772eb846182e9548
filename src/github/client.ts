/**
 * The Octokit client: REST endpoints, pagination, retries on 5xx (plugin-retry) and back-off on primary and
 * secondary rate limits (plugin-throttling). Loaded with a dynamic import so runs that never publish do not pay
 * for Octokit at start-up; the type import below is erased at build time.
 */
import type { Octokit } from '@octokit/rest';

export type GitHubClient = Octokit;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL (tests point it at the fake API on 127.0.0.1). */
  baseUrl: string;
  /** Retries for 5xx / network errors (default 3). */
  retries?: number;
  /**
   * Milliseconds per unit of back-off (default 1000: retry n waits n² s; a rate limit waits retry-after s).
   * Tests set it to 1.
   */
  backoffBaseMs?: number;
  /** How many times a secondary rate limit is waited out (default 2). */
  rateLimitRetries?: number;
  log?: { warn(message: string): void };
  userAgent?: string;
}

/** Builds the client. The first call loads Octokit and its plugins. */
export async function createGitHubClient(opts: ClientOptions): Promise<GitHubClient> {
  const [{ Octokit: Rest }, { retry }, { throttling }] = await Promise.all([
    import('@octokit/rest'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const base = opts.backoffBaseMs ?? 1000;
  const rateLimitRetries = opts.rateLimitRetries ?? 2;
  const warn = (m: string) => opts.log?.warn(m);
  const WithPlugins = Rest.plugin(retry, throttling);
  return new WithPlugins({
    auth: opts.token,
    baseUrl: opts.baseUrl.replace(/\/+$/, ''),
    userAgent: opts.userAgent ?? 'integration-gate',
    retry: { retries: opts.retries ?? 3, retryAfterBaseValue: base },
    throttle: {
      retryAfterBaseValue: base,
      onRateLimit: (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
        if (retryCount < 1 && retryAfter <= 60) {
          warn(`GitHub rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
          return true;
        }
        warn(`GitHub rate limit hit on ${options.method} ${options.url}; giving up (reset in ${retryAfter}s)`);
        return false;
      },
      onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
        if (retryCount < rateLimitRetries) {
          warn(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
          return true;
        }
        return false;
      },
    },
    log: { debug: () => {}, info: () => {}, warn, error: warn },
  });
}
