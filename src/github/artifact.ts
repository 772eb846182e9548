/**
 * Uploads the evidence bundle with @actions/artifact (loaded on demand: it is large, and runs that do not
 * upload should not pay for it at start-up). The bundle zip is uploaded as the single file of the artifact
 * (stored, not re-compressed), so `actions/download-artifact` and the REST download both yield the bundle.
 */
import path from 'node:path';
import type { GitHubContext } from './context.js';

export interface ArtifactUploadOptions {
  /** Absolute path of the bundle zip. */
  zipPath: string;
  /** Artifact name (input `artifact-name`). */
  name: string;
  /** Input `retention-days`; omitted = the repository's default. */
  retentionDays?: number;
}

export interface UploadedArtifact {
  id: number;
  name: string;
  url?: string;
  size?: number;
  /** sha256 of the uploaded artifact zip, as the artifact service recorded it. */
  digest?: string;
}

/** `${server}/${owner}/${repo}/actions/runs/${runId}/artifacts/${id}` — where a browser downloads it. */
export function artifactUrl(ctx: GitHubContext, id: number): string | undefined {
  if (!ctx.repo || !ctx.runId) return undefined;
  return `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}/artifacts/${id}`;
}

/**
 * Uploads the bundle. Needs ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL (set by the runner for JavaScript
 * actions). Throws what @actions/artifact throws; the caller reports it without losing the other outputs.
 */
export async function uploadEvidenceArtifact(ctx: GitHubContext, opts: ArtifactUploadOptions): Promise<UploadedArtifact> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const res = await client.uploadArtifact(opts.name, [opts.zipPath], path.dirname(opts.zipPath), {
    compressionLevel: 0,
    ...(opts.retentionDays ? { retentionDays: opts.retentionDays } : {}),
  });
  if (res.id === undefined) throw new Error(`the artifact service did not return an id for '${opts.name}'`);
  const out: UploadedArtifact = { id: res.id, name: opts.name };
  const url = artifactUrl(ctx, res.id);
  if (url) out.url = url;
  if (res.size !== undefined) out.size = res.size;
  if (res.digest) out.digest = res.digest;
  return out;
}
