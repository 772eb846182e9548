/**
 * The check run: created `in_progress` when the run starts, completed at the end with the decision, a summary
 * within GitHub's 65,535 characters and every annotation, 50 per request (the Checks API appends annotations on
 * each update). The last request carries the conclusion, so the check never completes before its annotations.
 */
import type { Decision, RunRecord } from '../core/types.js';
import { errorMessage } from '../core/errors.js';
import type { CheckAnnotation } from './annotations.js';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './context.js';
import { GitHubPublishError, httpStatusOf } from './errors.js';
import { renderMarkdown } from './render.js';

/** GitHub's limit for `output.summary` (and `output.text`). */
export const CHECK_SUMMARY_LIMIT = 65_535;
/** GitHub's limit of annotations per create/update request. */
export const ANNOTATIONS_PER_REQUEST = 50;

export type CheckConclusion = 'success' | 'neutral' | 'failure';
/** What CONDITIONAL maps to (input `conditional-conclusion`). */
export type ConditionalConclusion = 'neutral' | 'failure';

/** GO → success, CONDITIONAL → neutral (or failure, when configured), NO-GO or a crash → failure. */
export function checkConclusion(decision: Decision | 'crash', conditional: ConditionalConclusion = 'neutral'): CheckConclusion {
  if (decision === 'GO') return 'success';
  if (decision === 'CONDITIONAL') return conditional;
  return 'failure';
}

/** "NO-GO · 2 of 7 gates failed", "CONDITIONAL · 1 of 7 gates warned", "GO · 7 of 7 gates passed". */
export function checkTitle(record: RunRecord): string {
  const { decision, counts } = record.gates;
  if (record.status === 'halted') return `${decision} · halted before any job ran`;
  if (counts.failed > 0) {
    const warned = counts.warned > 0 ? `, ${counts.warned} warned` : '';
    return `${decision} · ${counts.failed} of ${counts.total} gates failed${warned}`;
  }
  if (counts.warned > 0) return `${decision} · ${counts.warned} of ${counts.total} gates warned`;
  return `${decision} · ${counts.passed} of ${counts.total} gates passed`;
}

export interface SummaryOptions {
  artifactUrl?: string;
  /** Annotations that could have been sent, and how many were left out past the cap. */
  annotationsTotal: number;
  annotationsOmitted: number;
  annotationCap: number;
  maxChars?: number;
}

/** The check run's summary: the shared renderer, cut to the limit, plus the line about omitted annotations. */
export function checkSummary(record: RunRecord, opts: SummaryOptions): string {
  const max = opts.maxChars ?? CHECK_SUMMARY_LIMIT;
  const note =
    opts.annotationsOmitted > 0
      ? `\n\n> ${opts.annotationsOmitted} of ${opts.annotationsTotal} annotations were left out past the cap of ` +
        `${opts.annotationCap} (input \`annotation-limit\`); every finding is in the evidence bundle.`
      : '';
  const body = renderMarkdown(record, {
    maxChars: max - note.length,
    flavor: 'check',
    ...(opts.artifactUrl ? { artifactUrl: opts.artifactUrl } : {}),
  });
  return `${body}${note}`.slice(0, max);
}

export interface CheckRunRef {
  id: number;
  url: string;
}

export interface StartCheckArgs {
  name: string;
  headSha: string;
  detailsUrl?: string;
  externalId?: string;
}

/** Creates the check run `in_progress`. Throws the Octokit error (callers classify it with isReadOnlyDenial). */
export async function startCheckRun(gh: GitHubClient, repo: RepoRef, args: StartCheckArgs): Promise<CheckRunRef> {
  const res = await gh.rest.checks.create({
    ...repo,
    name: args.name,
    head_sha: args.headSha,
    status: 'in_progress',
    started_at: new Date().toISOString(),
    ...(args.detailsUrl ? { details_url: args.detailsUrl } : {}),
    ...(args.externalId ? { external_id: args.externalId } : {}),
    output: { title: 'Running…', summary: 'integration-gate is running the manifest’s checks.' },
  });
  return { id: res.data.id, url: res.data.html_url ?? res.data.url };
}

export interface CompleteCheckArgs extends StartCheckArgs {
  /** The run started by startCheckRun; without it the check run is created here. */
  checkRunId?: number;
  title: string;
  summary: string;
  conclusion: CheckConclusion;
  annotations: CheckAnnotation[];
}

export interface CompletedCheck extends CheckRunRef {
  annotationsSent: number;
  requests: number;
}

function chunk<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

/**
 * Sends every annotation, 50 per request, and completes the check run with the last request. If a batch
 * fails after the client's retries, the check run is still completed (with a note) and a GitHubPublishError
 * says how many annotations made it; a failure of the very first request is rethrown as is, so the caller
 * can recognise a read-only token.
 */
export async function completeCheckRun(gh: GitHubClient, repo: RepoRef, args: CompleteCheckArgs): Promise<CompletedCheck> {
  const batches = chunk(args.annotations, ANNOTATIONS_PER_REQUEST);
  const output = (annotations: CheckAnnotation[]) => ({
    title: args.title,
    summary: args.summary,
    ...(annotations.length > 0 ? { annotations } : {}),
  });
  const finalFields = () => ({ status: 'completed' as const, conclusion: args.conclusion, completed_at: new Date().toISOString() });
  let ref: CheckRunRef | undefined = args.checkRunId ? { id: args.checkRunId, url: '' } : undefined;
  let sent = 0;
  let requests = 0;
  for (let i = 0; i < batches.length; i++) {
    const batch = batches[i] ?? [];
    const last = i === batches.length - 1;
    try {
      if (!ref) {
        const res = await gh.rest.checks.create({
          ...repo,
          name: args.name,
          head_sha: args.headSha,
          ...(args.detailsUrl ? { details_url: args.detailsUrl } : {}),
          ...(args.externalId ? { external_id: args.externalId } : {}),
          ...(last ? finalFields() : { status: 'in_progress' as const }),
          output: output(batch),
        });
        ref = { id: res.data.id, url: res.data.html_url ?? res.data.url };
      } else {
        const res = await gh.rest.checks.update({
          ...repo,
          check_run_id: ref.id,
          ...(args.detailsUrl ? { details_url: args.detailsUrl } : {}),
          ...(last ? finalFields() : {}),
          output: output(batch),
        });
        ref = { id: res.data.id, url: res.data.html_url ?? res.data.url };
      }
      requests++;
      sent += batch.length;
    } catch (err) {
      if (i === 0) throw err;
      const id = ref?.id;
      if (id !== undefined) {
        await gh.rest.checks
          .update({
            ...repo,
            check_run_id: id,
            ...finalFields(),
            output: {
              title: args.title,
              summary: `${args.summary}`.slice(0, CHECK_SUMMARY_LIMIT - 200) +
                `\n\n> Only ${sent} of ${args.annotations.length} annotations could be sent (${errorMessage(err).slice(0, 100)}).`,
            },
          })
          .catch(() => undefined);
      }
      throw new GitHubPublishError(
        'send annotations',
        httpStatusOf(err),
        `sent ${sent} of ${args.annotations.length} annotations, then GitHub refused batch ${i + 1}: ${errorMessage(err)}; ` +
          'the check run was completed without the rest — all findings are in the evidence bundle',
        { cause: err },
      );
    }
  }
  // `ref` is always set here: the loop runs at least once and sets it or throws.
  if (!ref) throw new GitHubPublishError('complete check run', undefined, 'no check run was created');
  return { ...ref, annotationsSent: sent, requests };
}

/** Completes (or creates) the check run as failed after a crash, with a short summary. */
export async function failCheckRun(
  gh: GitHubClient,
  repo: RepoRef,
  args: StartCheckArgs & { checkRunId?: number; message: string },
): Promise<CheckRunRef> {
  const summary = `integration-gate crashed before it reached a decision:\n\n\`\`\`\n${args.message.slice(0, 4000).replace(/```/g, 'ʼʼʼ')}\n\`\`\``;
  const done = await completeCheckRun(gh, repo, {
    ...args,
    title: 'NO-GO · integration-gate crashed',
    summary,
    conclusion: checkConclusion('crash'),
    annotations: [],
  });
  return { id: done.id, url: done.url };
}
