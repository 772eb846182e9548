import type { JobContext } from '../../core/types.js';
import { formatDuration } from '../../core/units.js';
import { runEngine, round3, type EngineConfig, type EngineOutcome, type EngineProgress } from './engine.js';
import { encodeHistogram, maxMs, percentileMs } from './histogram.js';
import { prepareRequest, type PreparedRequest } from './http1.js';
import { runLimits } from './limits.js';
import { fmtRate, isLoopback } from './plan.js';
import { ResourceSampler, type ResourceSummary } from './resources.js';
import { baseResult, crossedJobGates, fmt, resolveValue } from './result.js';
import type { BuiltinLoadPlan, LoadResult } from './types.js';

/** Figures of one engine run, as job metrics (keys without the 'load.' prefix). */
export function outcomeMetrics(o: EngineOutcome): Record<string, number | null> {
  const h = o.histogram;
  const r = (v: number | null): number | null => (v === null ? null : round3(v));
  return {
    p50_ms: r(percentileMs(h, 50)),
    p90_ms: r(percentileMs(h, 90)),
    p95_ms: r(percentileMs(h, 95)),
    p99_ms: r(percentileMs(h, 99)),
    max_ms: r(maxMs(h)),
    rps: o.requests > 0 ? round3(o.achievedRps) : null,
    error_rate: o.requests > 0 ? o.errors / o.requests : null,
    reliability: o.requests > 0 ? 1 - o.errors / o.requests : null,
    requests: o.requests,
    errors: o.errors,
  };
}

export function describeErrors(byClass: Record<string, number>): string {
  return Object.entries(byClass)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ×${n}`)
    .join(', ');
}

export interface Target {
  host: string;
  port: number;
  requests: PreparedRequest[];
  weights: number[];
}

/** Resolves the target and serialises the request mix; returns an error line instead when it cannot. */
export function prepareTarget(plan: BuiltinLoadPlan, ctx: Pick<JobContext, 'env' | 'redactor'>): Target | string {
  if (!plan.url) return 'no target URL: set url on the job or give the integration a service with a url';
  let base: URL;
  try {
    base = new URL(plan.url);
  } catch {
    return `'${plan.url}' is not a valid URL`;
  }
  if (base.protocol !== 'http:') return `the built-in engine speaks plain HTTP/1.1; '${base.protocol}' targets need engine: k6`;
  if (!plan.allowRemote && !isLoopback(base.hostname)) return `target host '${base.hostname}' is not on the loopback interface; set allow_remote: true to load-test it on purpose`;
  const requests: PreparedRequest[] = [];
  for (const r of plan.requests) {
    const headers: Array<[string, string]> = [];
    for (const [k, v] of r.headers) {
      const value = resolveValue(v, ctx);
      if (value === undefined) return `header '${k}' of ${r.method} ${r.path}: environment variable '${typeof v === 'string' ? '' : v.fromEnv}' is not set`;
      headers.push([k, value]);
    }
    try {
      requests.push(prepareRequest(base, r.method, r.path, headers, r.body));
    } catch (err) {
      return `${r.method} ${r.path}: ${(err as Error).message}`;
    }
  }
  const host = base.hostname.replace(/^\[|\]$/g, '');
  return { host: host === 'localhost' ? '127.0.0.1' : host, port: Number(base.port || 80), requests, weights: plan.requests.map((r) => r.weight) };
}

export function engineConfig(plan: BuiltinLoadPlan, target: Target, ctx: JobContext, onProgress?: (p: EngineProgress) => void): EngineConfig {
  const ok = plan.expectStatus ? new Set(plan.expectStatus) : undefined;
  return {
    host: target.host,
    port: target.port,
    requests: target.requests,
    weights: target.weights,
    model: plan.model,
    durationMs: plan.durationMs,
    ...(plan.iterations !== undefined ? { iterations: plan.iterations } : {}),
    timeoutMs: plan.timeoutMs,
    connections: plan.connections,
    isOk: ok ? (s) => ok.has(s) : (s) => s >= 200 && s < 400,
    signal: ctx.signal,
    ...(onProgress ? { onProgress } : {}),
  };
}

export async function runBuiltin(plan: BuiltinLoadPlan, ctx: JobContext): Promise<LoadResult> {
  const started = Date.now();
  const result = baseResult(plan, 'builtin', started);
  const target = prepareTarget(plan, ctx);
  if (typeof target === 'string') return { ...result, error: target, durationMs: Date.now() - started };

  const sampler = ctx.service?.pid !== undefined ? new ResourceSampler(ctx.service.pid) : undefined;
  sampler?.start();
  const total = formatDuration(plan.durationMs);
  const progress = (p: EngineProgress, prefix = ''): void => {
    ctx.log.progress(
      `${plan.jobId} ${prefix}${formatDuration(p.elapsedMs)}/${total} · ${p.rps} rps · p95 ${p.p95Ms === null ? '–' : `${fmt(p.p95Ms)} ms`} · errors ${p.errors}/${p.requests}`,
    );
  };

  let outcome: EngineOutcome;
  if (plan.limits) {
    const found = await runLimits(plan, target, ctx);
    result.limits = found.report;
    outcome = found.outcome;
    result.timeline = found.timeline;
    result.metrics.limit_rps = found.report.highestHeld;
    result.metrics.limit_failed_rps = found.report.firstFailed;
  } else {
    outcome = await runEngine(engineConfig(plan, target, ctx, (p) => progress(p)));
    result.timeline = outcome.timeline;
  }
  const resources = sampler?.stop();

  Object.assign(result.metrics, outcomeMetrics(outcome));
  if (resources) {
    result.metrics.cpu_percent_max = resources.cpuPercentMax;
    result.metrics.memory_bytes_max = resources.memoryBytesMax;
  }
  result.errorsByClass = outcome.errorsByClass;
  if (outcome.requestedRps !== undefined) result.requestedRps = round3(outcome.requestedRps);
  result.achievedRps = round3(outcome.achievedRps);
  result.histogram = encodeHistogram(outcome.histogram);
  result.durationMs = Date.now() - started;

  result.facts = facts(plan, outcome, resources, result);
  addFindings(plan, outcome, result);
  await writeEvidence(plan, ctx, outcome, resources, result);

  if (outcome.aborted) return { ...result, status: 'errored', error: 'load run aborted (the run was cancelled); figures cover the part that ran' };
  if (outcome.requests === 0) return { ...result, status: 'errored', error: 'no request completed: nothing was measured' };
  const crossed = crossedJobGates(plan, result.metrics);
  if (crossed.length > 0) return { ...result, status: 'failed', error: `job gates crossed: ${crossed.join('; ')}` };
  return { ...result, status: 'passed' };
}

function facts(plan: BuiltinLoadPlan, o: EngineOutcome, res: ResourceSummary | undefined, r: LoadResult): Array<[string, string]> {
  const m = r.metrics;
  const ms = (v: number | null | undefined): string => (v === null || v === undefined ? 'n/a' : `${fmt(v)} ms`);
  const out: Array<[string, string]> = [];
  if (r.limits) {
    const l = r.limits;
    out.push(['limit found', l.highestHeld === null ? `none: even ${fmtRate(plan.limits?.startRate ?? 0)} failed` : `${fmtRate(round1(l.highestHeld))} held`]);
    out.push(['first rate that failed', l.firstFailed === null ? `none up to ${fmtRate(plan.limits?.maxRate ?? 0)}` : `${fmtRate(round1(l.firstFailed))} (${l.reason ?? ''})`]);
    out.push(['steps', String(l.steps.length)]);
  }
  out.push(['model', plan.model.type === 'open' ? 'open (arrival rate; latency from intended send time)' : `closed (${plan.model.vus} VUs)`]);
  out.push(['requests', `${o.requests}${o.errors ? ` (${o.errors} failed)` : ''}`]);
  if (o.requestedRps !== undefined) out.push(['throughput', `${fmt(o.achievedRps)} rps of ${fmt(o.requestedRps)} requested`]);
  else out.push(['throughput', `${fmt(o.achievedRps)} rps`]);
  out.push(['p50 / p95 / p99', `${ms(m.p50_ms)} / ${ms(m.p95_ms)} / ${ms(m.p99_ms)}`]);
  out.push(['max', ms(m.max_ms)]);
  out.push(['error rate', m.error_rate === null || m.error_rate === undefined ? 'n/a' : `${(m.error_rate * 100).toFixed(2)} %`]);
  if (o.errors > 0) out.push(['errors by class', describeErrors(o.errorsByClass)]);
  if (res) out.push(['service CPU / memory (max)', `${res.cpuPercentMax} % / ${(res.memoryBytesMax / 1048576).toFixed(1)} MiB`]);
  return out;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function addFindings(plan: BuiltinLoadPlan, o: EngineOutcome, r: LoadResult): void {
  const summary = `${plan.evidenceDir}/summary.json`;
  if (o.requestedRps !== undefined && o.requestedRps > 0 && !plan.limits) {
    const short = 1 - o.achievedRps / o.requestedRps;
    if (short > 0.01) {
      r.findings.push({
        level: 'warning',
        title: `rate shortfall: ${fmt(o.achievedRps)} of ${fmt(o.requestedRps)} rps`,
        message:
          `The open model asked for ${fmt(o.requestedRps)} requests/s and ${fmt(o.achievedRps)} completed per second (${(short * 100).toFixed(1)} % short).` +
          (o.maxQueued > 0 ? ` Up to ${o.maxQueued} requests waited for one of the ${plan.connections} connections; raise 'connections' if the server can take more.` : ' The generator or the server could not keep up.'),
        evidence: summary,
      });
    }
  }
  if (o.errors > 0) {
    r.findings.push({
      level: o.errors / Math.max(1, o.requests) > 0.01 ? 'failure' : 'warning',
      title: `${o.errors} of ${o.requests} load requests failed`,
      message: `Errors by class: ${describeErrors(o.errorsByClass)}.`,
      evidence: summary,
    });
  }
  if (r.limits) {
    const l = r.limits;
    r.findings.push({
      level: 'notice',
      title: `limit of ${plan.title.replace(/^limits discovery · /, '')}: ${l.highestHeld === null ? 'below the start rate' : `${fmtRate(round1(l.highestHeld))}`}`,
      message:
        l.firstFailed === null
          ? `Every rate up to ${fmtRate(plan.limits?.maxRate ?? 0)} held (${l.criteria}).`
          : `Highest rate that held: ${l.highestHeld === null ? 'none' : fmtRate(round1(l.highestHeld))}; first that did not: ${fmtRate(round1(l.firstFailed))} (${l.reason ?? ''}).`,
      ...(l.report ? { evidence: l.report } : {}),
    });
  }
}

async function writeEvidence(plan: BuiltinLoadPlan, ctx: JobContext, o: EngineOutcome, res: ResourceSummary | undefined, r: LoadResult): Promise<void> {
  const meta = { kind: 'result' as const, producer: plan.jobId };
  const dir = plan.evidenceDir;
  const summary = await ctx.evidence.writeJson(
    `${dir}/summary.json`,
    {
      jobId: plan.jobId,
      engine: 'builtin',
      title: plan.title,
      target: plan.url,
      requests: plan.requests.map((q) => ({ method: q.method, path: q.path, weight: q.weight, headers: q.headers.map(([k, v]) => [k, typeof v === 'string' ? v : `\${${v.fromEnv}}`]) })),
      model: plan.model,
      durationMs: plan.durationMs,
      iterations: plan.iterations ?? null,
      timeoutMs: plan.timeoutMs,
      connections: plan.connections,
      measurement: plan.model.type === 'open' ? 'latency from the intended send time (no coordinated omission)' : 'latency from the actual send time (closed model)',
      startedAt: o.startedAt,
      elapsedMs: round3(o.elapsedMs),
      metrics: r.metrics,
      requestedRps: r.requestedRps ?? null,
      achievedRps: r.achievedRps,
      errorsByClass: o.errorsByClass,
      statusCounts: o.statusCounts,
      maxQueued: o.maxQueued,
      connectionsOpened: o.connectionsOpened,
      resources: res ?? null,
      limits: r.limits ?? null,
      histogram: { file: 'latency.hdr', unit: 'microseconds', encoding: 'HdrHistogram V2 compressed, base64' },
    },
    meta,
  );
  const timeline = await ctx.evidence.writeJson(`${dir}/timeline.json`, r.timeline, meta);
  const hist = await ctx.evidence.writeText(`${dir}/latency.hdr`, `${r.histogram ?? ''}\n`, { kind: 'raw', producer: plan.jobId });
  r.evidence.push(summary, timeline, hist);
  if (r.limits?.report) r.evidence.push(r.limits.report);
}
