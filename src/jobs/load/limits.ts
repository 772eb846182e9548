import type { JobContext } from '../../core/types.js';
import { formatDuration } from '../../core/units.js';
import { engineConfig, describeErrors, type Target } from './builtin.js';
import { runEngine, round3, type EngineOutcome } from './engine.js';
import { percentileMs } from './histogram.js';
import { fmtRate, maxLimitSteps } from './plan.js';
import { fmt, mdCell } from './result.js';
import type { BuiltinLoadPlan, LimitStep, LimitsPlan, LimitsReport, TimelinePoint } from './types.js';

/**
 * Limits discovery. Runs the open model at a rising arrival rate — start, start×factor, … up to max —
 * until a step fails (limiting statuses such as 429 above `status_max`, other errors above `error_rate`,
 * or p95 above the SLA); then bisects (geometric mean) between the highest rate that held and the first
 * that failed until they are within `resolution`. Each step is a fresh open-model run of `step` length,
 * with `pause` between steps so a token bucket refills. A failed step is confirmed by running the same rate
 * once more: a one-off stall (the service's host or the load generator's, e.g. a busy CI runner) must not set
 * the limit; only when the repeat fails too does the rate count as failed. Bounded: at most `maxLimitSteps`
 * steps, repeats included.
 */

export interface LimitsOutcome {
  report: LimitsReport;
  /** The measurement of the highest rate that held (else the first step), reported as the job's figures. */
  outcome: EngineOutcome;
  timeline: TimelinePoint[];
}

export function judgeStep(l: LimitsPlan, rate: number, o: EngineOutcome): LimitStep {
  const limited = l.statuses.reduce((n, s) => n + (o.statusCounts[String(s)] ?? 0), 0);
  const requests = Math.max(1, o.requests);
  const limitedRatio = limited / requests;
  const errorRate = Math.max(0, o.errors - limited) / requests;
  const p95 = percentileMs(o.histogram, 95) ?? 0;
  const step: LimitStep = {
    rate: round3(rate),
    held: true,
    requests: o.requests,
    achievedRps: round3(o.achievedRps),
    p95Ms: round3(p95),
    limitedRatio: round3(limitedRatio),
    errorRate: round3(errorRate),
  };
  const statusText = l.statuses.join('/');
  if (o.requests === 0) {
    step.held = false;
    step.reason = 'no request completed';
  } else if (limitedRatio > l.statusMax) {
    step.held = false;
    step.reason = `${statusText} on ${(limitedRatio * 100).toFixed(1)} % of requests`;
  } else if (errorRate > l.errorRate) {
    step.held = false;
    const other = Object.fromEntries(Object.entries(o.errorsByClass).filter(([k]) => !l.statuses.some((s) => k === `status ${s}`)));
    step.reason = `errors on ${(errorRate * 100).toFixed(1)} % of requests (${describeErrors(other)})`;
  } else if (p95 > l.p95Ms) {
    step.held = false;
    step.reason = `p95 ${fmt(p95)} ms > ${l.p95Ms} ms`;
  }
  return step;
}

export async function runLimits(plan: BuiltinLoadPlan, target: Target, ctx: JobContext): Promise<LimitsOutcome> {
  const l = plan.limits as LimitsPlan;
  const steps: LimitStep[] = [];
  const timeline: TimelinePoint[] = [];
  let held: { rate: number; outcome: EngineOutcome } | undefined;
  let failed: { rate: number; reason: string } | undefined;
  let first: EngineOutcome | undefined;
  let t = 0;
  const budget = maxLimitSteps(l);

  /** One open-model run at `rate`, judged; `repeat`: it repeats the step before (a failure being confirmed). */
  const attempt = async (rate: number, repeat: boolean): Promise<{ verdict: LimitStep; o: EngineOutcome }> => {
    if (steps.length > 0 && l.pauseMs > 0) await new Promise((r) => setTimeout(r, l.pauseMs));
    const stepPlan: BuiltinLoadPlan = { ...plan, model: { type: 'open', rate, stages: [] }, durationMs: l.stepMs };
    delete stepPlan.iterations;
    const o = await runEngine(
      engineConfig(stepPlan, target, ctx, (p) =>
        ctx.log.progress(`${plan.jobId} limits step ${steps.length + 1}: ${fmtRate(round3(rate))} · ${formatDuration(p.elapsedMs)} · ${p.rps} rps · p95 ${p.p95Ms === null ? '–' : fmt(p.p95Ms)} ms · errors ${p.errors}`),
      ),
    );
    first ??= o;
    for (const p of o.timeline) timeline.push({ ...p, t: t + p.t });
    t += Math.max(1, o.timeline.length);
    const verdict = judgeStep(l, rate, o);
    if (repeat) verdict.repeat = true;
    steps.push(verdict);
    ctx.log.info(`${plan.jobId}: ${fmtRate(round3(rate))} ${stepVerdict(verdict)}`);
    return { verdict, o };
  };

  const step = async (rate: number): Promise<boolean> => {
    let { verdict, o } = await attempt(rate, false);
    // A failure counts only when the same rate fails again (unless the run was stopped or no step is left).
    if (!verdict.held && !o.aborted && !ctx.signal.aborted && steps.length < budget) ({ verdict, o } = await attempt(rate, true));
    if (verdict.held) held = { rate, outcome: o };
    else failed = { rate, reason: verdict.reason ?? 'failed' };
    return verdict.held && !o.aborted;
  };

  // Coarse: multiply until a rate fails or max is reached.
  let rate = l.startRate;
  while (!ctx.signal.aborted && steps.length < budget) {
    const ok = await step(rate);
    if (!ok || rate >= l.maxRate) break;
    rate = Math.min(l.maxRate, rate * l.factor);
  }
  // Fine: bisect between the highest held and the first failed.
  while (!ctx.signal.aborted && held && failed && failed.rate / held.rate > 1 + l.resolution && steps.length < budget) {
    await step(Math.sqrt(held.rate * failed.rate));
  }

  const criteria =
    `stepped the arrival rate from ${fmtRate(l.startRate)} ×${l.factor} up to ${fmtRate(l.maxRate)} for ${formatDuration(l.stepMs)} a step, ` +
    `then bisected to within ${(l.resolution * 100).toFixed(0)} %; a failed rate was run once more to confirm it; a step failed on ${l.statuses.join('/')} > ${(l.statusMax * 100).toFixed(1)} %, ` +
    `other errors > ${(l.errorRate * 100).toFixed(1)} %, or p95 > ${l.p95Ms} ms`;
  const report: LimitsReport = {
    highestHeld: held ? round3(held.rate) : null,
    firstFailed: failed ? round3(failed.rate) : null,
    ...(failed ? { reason: failed.reason } : {}),
    steps,
    criteria,
  };
  report.report = await writeApiLimits(plan, ctx, report);
  return { report, outcome: held?.outcome ?? (first as EngineOutcome), timeline };
}

async function writeApiLimits(plan: BuiltinLoadPlan, ctx: JobContext, r: LimitsReport): Promise<string> {
  const api = plan.requests.map((q) => `${q.method} ${q.path}`).join(', ');
  const found = r.highestHeld === null ? `below ${fmtRate(r.steps[0]?.rate ?? 0)}` : fmtRate(round1(r.highestHeld));
  const next = r.firstFailed === null ? `none up to ${fmtRate(plan.limits?.maxRate ?? 0)}` : `${fmtRate(round1(r.firstFailed))}: ${r.reason ?? ''}`;
  const lines = [
    '# API limits',
    '',
    `Found by integration-gate limits discovery (load job \`${mdCell(plan.jobId)}\`).`,
    '',
    '| API | limit found (highest rate that held) | first rate that did not hold | how it was found | evidence |',
    '| --- | --- | --- | --- | --- |',
    `| ${mdCell(`${plan.integration} · ${api}`)} | ${found} | ${mdCell(next)} | ${mdCell(r.criteria)} | ${mdCell(`${plan.evidenceDir}/summary.json`)} |`,
    '',
    `Target: ${mdCell(plan.url ?? '')}. Latency is measured from each request's intended send time (open model).`,
    '',
    '## Steps',
    '',
    '| # | rate | requests | achieved rps | p95 ms | limited | other errors | verdict |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...r.steps.map(
      (s, i) =>
        `| ${i + 1} | ${fmtRate(round1(s.rate))} | ${s.requests} | ${fmt(s.achievedRps)} | ${fmt(s.p95Ms)} | ${(s.limitedRatio * 100).toFixed(1)} % | ${(s.errorRate * 100).toFixed(1)} % | ${mdCell(stepVerdict(s))} |`,
    ),
    '',
  ];
  const rel = ctx.evidence.unique('api-limits.md');
  return ctx.evidence.writeText(rel, lines.join('\n'), { kind: 'report', producer: plan.jobId });
}

/** A step's verdict, for the log and the steps table: a repeat says whether it confirmed the failure before it. */
function stepVerdict(s: LimitStep): string {
  if (s.held) return s.repeat ? 'held on repeat: the failure before is not confirmed' : 'held';
  return `${s.repeat ? 'failed again (confirmed)' : 'failed'}: ${s.reason ?? ''}`;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
