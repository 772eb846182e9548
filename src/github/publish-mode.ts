/**
 * Two-stage mode, the second stage: `mode: publish` in a `workflow_run` workflow. The untrusted first stage (a
 * fork's pull_request run, read-only token) ran the manifest and uploaded the evidence bundle; this trusted run
 * downloads that bundle from the triggering run, verifies every hash, reads `run.json` from it and publishes the
 * check run, annotations and comment on the PR's head commit.
 *
 * Trust: the bundle's content comes from the fork, so it only supplies the report. Where to publish comes from
 * the workflow_run event: the head SHA always, and the PR number from the event or from an open PR whose head is
 * that SHA — a PR number written in the bundle is used only when the API confirms that PR's head is that SHA.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import type { Decision, RunRecord } from '../core/types.js';
import { UserError, errorMessage } from '../core/errors.js';
import type { GitHubClient } from './client.js';
import type { RepoRef, WorkflowRunInfo } from './context.js';
import { ArtifactNotFoundError, BundleRejectedError } from './errors.js';
import { publish, type ClientSource, type PublishOptions, type PublishOutputs } from './publish.js';
import { extractEntry, listZip, readEntryText } from './zip.js';

/** The lead's verifier (src/evidence/verify.ts) has this shape; it is passed in so tests can supply their own. */
export type BundleVerifier = (zipPath: string) => Promise<{ ok: boolean; problems: string[]; manifest?: unknown }>;

export const EVIDENCE_MANIFEST = 'integration-evidence-manifest.json';
export const RUN_RECORD = 'run.json';
const DEFAULT_MAX_BUNDLE_BYTES = 2 * 1024 * 1024 * 1024;
const MAX_RUN_JSON_BYTES = 64 * 1024 * 1024;

export interface PublishModeOptions extends Omit<PublishOptions, 'repo' | 'headSha' | 'prNumber' | 'artifact' | 'started' | 'pullRequestEvent' | 'client'> {
  client: ClientSource;
  /** Name of the artifact the first stage uploaded (input `artifact-name`). */
  artifactName: string;
  /** A private scratch folder (e.g. under RUNNER_TEMP). */
  workDir: string;
  verifyBundle: BundleVerifier;
  /** Refuse downloads larger than this (default 2 GiB). */
  maxBundleBytes?: number;
}

export interface PublishModeResult extends PublishOutputs {
  record: RunRecord;
  sourceRunId: number;
  headSha: string;
  prNumber?: number;
  /** Where the verified bundle zip was saved. */
  bundlePath: string;
}

const DECISIONS: readonly Decision[] = ['GO', 'CONDITIONAL', 'NO-GO'];
function rec(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** Type guard for the parts of a RunRecord the publishers read. */
export function isRunRecord(v: unknown): v is RunRecord {
  const r = rec(v);
  const manifest = rec(r?.['manifest']);
  const gates = rec(r?.['gates']);
  const counts = rec(gates?.['counts']);
  return (
    r !== undefined &&
    r['schemaVersion'] === 1 &&
    typeof manifest?.['name'] === 'string' &&
    typeof manifest['file'] === 'string' &&
    (r['status'] === 'completed' || r['status'] === 'halted') &&
    DECISIONS.includes(gates?.['decision'] as Decision) &&
    typeof gates?.['headline'] === 'string' &&
    Array.isArray(gates['gates']) &&
    counts !== undefined &&
    ['total', 'passed', 'warned', 'failed', 'criticalFailed'].every((k) => typeof counts[k] === 'number') &&
    Array.isArray(r['results']) &&
    r['results'].every((x) => Array.isArray(rec(x)?.['findings']))
  );
}

async function download(gh: GitHubClient, repo: RepoRef, artifactId: number, dest: string, maxBytes: number): Promise<void> {
  const res = await gh.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
    ...repo,
    artifact_id: artifactId,
    archive_format: 'zip',
    request: { parseSuccessResponseBody: false },
  });
  const body: unknown = res.data;
  let source: Readable;
  if (body instanceof Readable) source = body;
  else if (body instanceof ArrayBuffer) source = Readable.from([Buffer.from(body)]);
  else if (body && typeof body === 'object' && 'getReader' in body) source = Readable.fromWeb(body as WebReadableStream);
  else throw new Error(`unexpected artifact download body (${typeof body})`);
  let seen = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _e, cb) {
      seen += chunk.length;
      cb(seen > maxBytes ? new Error(`the artifact is larger than ${maxBytes} bytes`) : null, chunk);
    },
  });
  await pipeline(source, cap, createWriteStream(dest));
}

async function findArtifact(gh: GitHubClient, repo: RepoRef, runId: number, name: string): Promise<number> {
  const all = await gh.paginate(gh.rest.actions.listWorkflowRunArtifacts, { ...repo, run_id: runId, name, per_page: 100 });
  const live = all.filter((a) => a.name === name && !a.expired).sort((a, b) => b.id - a.id);
  const hit = live[0];
  if (!hit) throw new ArtifactNotFoundError(runId, name);
  return hit.id;
}

/** The PR to comment on, from trusted sources only (see the file comment). */
async function resolvePullRequest(gh: GitHubClient, repo: RepoRef, wr: WorkflowRunInfo, claimed: number | undefined): Promise<number | undefined> {
  if (wr.pullRequests.length > 0) return wr.pullRequests[0];
  if (wr.headOwner && wr.headBranch) {
    const open = await gh.paginate(gh.rest.pulls.list, { ...repo, state: 'open', head: `${wr.headOwner}:${wr.headBranch}`, per_page: 100 });
    const hit = open.find((p) => p.head.sha === wr.headSha);
    if (hit) return hit.number;
  }
  if (claimed !== undefined) {
    const pr = await gh.rest.pulls.get({ ...repo, pull_number: claimed }).catch(() => undefined);
    if (pr?.data.head.sha === wr.headSha) return claimed;
  }
  return undefined;
}

/**
 * Downloads, verifies and publishes the bundle of the run that triggered this workflow_run. Throws
 * BundleRejectedError for a bundle that fails verification (nothing is published), ArtifactNotFoundError when
 * the triggering run uploaded none, UserError when not in a workflow_run event.
 */
export async function publishFromWorkflowRun(opts: PublishModeOptions): Promise<PublishModeResult> {
  const { ctx } = opts;
  const wr = ctx.workflowRun;
  if (ctx.eventName !== 'workflow_run' || !wr) {
    throw new UserError(
      `mode: publish runs in a workflow triggered by 'workflow_run' (this event is '${ctx.eventName ?? 'unknown'}'); ` +
        'see docs/github.md#two-stage-mode-for-forks',
    );
  }
  if (!ctx.repo) throw new UserError('GITHUB_REPOSITORY is not set; mode: publish runs inside GitHub Actions');
  const repo = ctx.repo;
  const gh = typeof opts.client === 'function' ? await opts.client() : opts.client;
  await mkdir(opts.workDir, { recursive: true });

  const artifactId = await findArtifact(gh, repo, wr.id, opts.artifactName);
  const downloaded = path.join(opts.workDir, 'artifact.zip');
  await download(gh, repo, artifactId, downloaded, opts.maxBundleBytes ?? DEFAULT_MAX_BUNDLE_BYTES);

  // The artifact holds the bundle zip (as uploaded by uploadEvidenceArtifact), or is the bundle itself.
  let bundlePath = downloaded;
  let entries: string[];
  try {
    entries = await listZip(downloaded);
  } catch (err) {
    throw new BundleRejectedError([`the artifact is not a readable zip: ${errorMessage(err)}`]);
  }
  if (!entries.includes(EVIDENCE_MANIFEST)) {
    const zips = entries.filter((e) => !e.includes('/') && e.toLowerCase().endsWith('.zip'));
    if (zips.length !== 1 || !zips[0]) {
      throw new BundleRejectedError([`the artifact holds ${zips.length} zip files and no ${EVIDENCE_MANIFEST}; expected one evidence bundle`]);
    }
    bundlePath = path.join(opts.workDir, 'bundle.zip');
    await extractEntry(downloaded, zips[0], bundlePath, opts.maxBundleBytes ?? DEFAULT_MAX_BUNDLE_BYTES);
  }

  let verdict: Awaited<ReturnType<BundleVerifier>>;
  try {
    verdict = await opts.verifyBundle(bundlePath);
  } catch (err) {
    throw new BundleRejectedError([`verification could not run: ${errorMessage(err)}`]);
  }
  if (!verdict.ok) throw new BundleRejectedError(verdict.problems.length > 0 ? verdict.problems : ['verification failed']);

  const text = await readEntryText(bundlePath, RUN_RECORD, MAX_RUN_JSON_BYTES).catch((err: unknown) => {
    throw new BundleRejectedError([`${RUN_RECORD} cannot be read: ${errorMessage(err)}`]);
  });
  if (text === undefined) throw new BundleRejectedError([`${RUN_RECORD} is missing from the bundle`]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new BundleRejectedError([`${RUN_RECORD} is not JSON: ${errorMessage(err)}`]);
  }
  if (!isRunRecord(parsed)) throw new BundleRejectedError([`${RUN_RECORD} is not a run record this version can read`]);
  const record = parsed;

  const prNumber = await resolvePullRequest(gh, repo, wr, record.run.pullRequest);
  if (prNumber === undefined) opts.log.info(`no open pull request has head ${wr.headSha}; publishing the check run only`);
  const out = await publish(record, {
    ...opts,
    client: gh,
    repo,
    headSha: wr.headSha,
    ...(prNumber !== undefined ? { prNumber } : {}),
    pullRequestEvent: wr.event === 'pull_request' || wr.event === 'pull_request_target',
    artifact: false,
    artifactUrl: `${ctx.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${wr.id}/artifacts/${artifactId}`,
    // details_url: the run that produced the evidence.
    checkRun: opts.checkRun ? { ...opts.checkRun, detailsUrl: opts.checkRun.detailsUrl ?? wr.htmlUrl } : false,
  });
  return { ...out, record, sourceRunId: wr.id, headSha: wr.headSha, bundlePath, ...(prNumber !== undefined ? { prNumber } : {}) };
}
