/**
 * One sticky PR comment per manifest, found by a hidden marker across every page of the PR's comments and
 * updated in place. The marker is the first line of the body, so a reply quoting the comment ("> <!-- …")
 * is never mistaken for it.
 */
import { createHash } from 'node:crypto';
import type { RunRecord } from '../core/types.js';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './context.js';

/** Input `comment`. auto: on pull-request events only; always: whenever a PR is known; never; on-change. */
export type CommentMode = 'auto' | 'always' | 'never' | 'on-change';
export const COMMENT_MODES: readonly CommentMode[] = ['auto', 'always', 'never', 'on-change'];
/** GitHub's limit for an issue comment body. */
export const COMMENT_LIMIT = 65_536;

export function isCommentMode(v: string): v is CommentMode {
  return (COMMENT_MODES as readonly string[]).includes(v);
}

/** `<!-- integration-gate:<name> -->`, with the name made safe inside an HTML comment. */
export function commentMarker(manifestName: string): string {
  const safe = manifestName.replace(/--+/g, '-').replace(/[<>\r\n]/g, '_').trim();
  return `<!-- integration-gate:${safe} -->`;
}

const FINGERPRINT_RE = /<!-- integration-gate-fingerprint:([0-9a-f]{16,64}) -->/;

/** What `on-change` compares: the decision and each gate's metric and status (not timings, not values). */
export function commentFingerprint(record: RunRecord): string {
  const basis = JSON.stringify([record.gates.decision, record.status, record.gates.gates.map((g) => [g.spec.metric, g.status])]);
  return createHash('sha256').update(basis).digest('hex').slice(0, 32);
}

/** The full comment body: marker, fingerprint, rendered Markdown. */
export function stickyBody(manifestName: string, fingerprint: string, markdown: string): string {
  const head = `${commentMarker(manifestName)}\n<!-- integration-gate-fingerprint:${fingerprint} -->\n`;
  return `${head}${markdown}`.slice(0, COMMENT_LIMIT);
}

/** Whether to comment at all, from the mode and what the event tells us. */
export function shouldComment(mode: CommentMode, hasPullRequest: boolean, isPullRequestEvent: boolean): boolean {
  if (mode === 'never' || !hasPullRequest) return false;
  if (mode === 'auto') return isPullRequestEvent;
  return true;
}

export interface StickyArgs {
  prNumber: number;
  manifestName: string;
  /** Full body from stickyBody(). */
  body: string;
  mode: CommentMode;
}

export interface StickyResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
}

/** Finds our comment by its marker, reading every page until it is found. */
export async function findStickyComment(
  gh: GitHubClient,
  repo: RepoRef,
  prNumber: number,
  manifestName: string,
): Promise<{ id: number; body: string; url: string } | undefined> {
  const marker = commentMarker(manifestName);
  for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, { ...repo, issue_number: prNumber, per_page: 100 })) {
    const hit = page.data.find((c) => (c.body ?? '').startsWith(marker));
    if (hit) return { id: hit.id, body: hit.body ?? '', url: hit.html_url };
  }
  return undefined;
}

/** Creates or updates the sticky comment. In `on-change` mode an unchanged decision/gates leaves it alone. */
export async function upsertStickyComment(gh: GitHubClient, repo: RepoRef, args: StickyArgs): Promise<StickyResult> {
  const existing = await findStickyComment(gh, repo, args.prNumber, args.manifestName);
  if (existing) {
    if (args.mode === 'on-change') {
      const before = FINGERPRINT_RE.exec(existing.body)?.[1];
      const after = FINGERPRINT_RE.exec(args.body)?.[1];
      if (before !== undefined && before === after) return { action: 'unchanged', id: existing.id, url: existing.url };
    }
    const res = await gh.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: args.body });
    return { action: 'updated', id: res.data.id, url: res.data.html_url };
  }
  const res = await gh.rest.issues.createComment({ ...repo, issue_number: args.prNumber, body: args.body });
  return { action: 'created', id: res.data.id, url: res.data.html_url };
}
