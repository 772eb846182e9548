import path from 'node:path';
import type { Severity } from '../../core/types.js';
import { formatDuration, parsePercentOrNumber, parseRate } from '../../core/units.js';
import { slug } from '../../evidence/sink.js';
import type { PlanContext } from '../kind.js';
import type {
  BuiltinLoadPlan,
  HeaderValue,
  JobGatePlan,
  K6LoadPlan,
  LimitsPlan,
  LoadJobPlan,
  LoadModel,
  LoadRequestPlan,
  RateStage,
} from './types.js';

/** Hard bounds: every load loop is bounded in count and time. */
export const MAX_JOB_MS = 60 * 60_000;
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_K6_TIMEOUT_MS = 30 * 60_000;
const DEFAULT_CONNECTIONS = 256;
/** Closed model bounded by iterations only: generation stops after this long anyway. */
const ITERATIONS_ONLY_CAP_MS = 10 * 60_000;

type Raw = Record<string, unknown>;

function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Gate keys a job may declare, and the operator each bound maps to. */
const GATE_KEYS = new Set([
  'p50_ms', 'p90_ms', 'p95_ms', 'p99_ms', 'max_ms', 'rps', 'error_rate', 'reliability', 'requests',
  'cpu_percent_max', 'memory_bytes_max', 'limit_rps', 'k6_thresholds',
]);

export function toPlans(raw: unknown, pointer: string, ctx: PlanContext): LoadJobPlan[] {
  if (!Array.isArray(raw)) ctx.fail(pointer, 'expected a list of load jobs');
  const plans: LoadJobPlan[] = [];
  const names = new Set<string>();
  raw.forEach((item, i) => {
    const p = `${pointer}/${i}`;
    if (!isObject(item)) ctx.fail(p, 'expected a load job (a mapping)');
    const name = typeof item.name === 'string' ? item.name : String(i + 1);
    if (names.has(name)) ctx.fail(`${p}/name`, `duplicate load job name '${name}' in integration '${ctx.integration}'`);
    names.add(name);
    const jobId = typeof item.name === 'string' ? `${ctx.integration}/load:${name}` : `${ctx.integration}/load#${i + 1}`;
    const evidenceDir = `load/${slug(`${ctx.integration}-${name}`)}`;
    const url = typeof item.url === 'string' ? item.url : ctx.service?.url;
    const gates = planGates(item.gates, `${p}/gates`, ctx);
    const common = {
      kind: 'load' as const,
      jobId,
      integration: ctx.integration,
      evidenceDir,
      name,
      ...(url !== undefined ? { url } : {}),
      gates,
      allowRemote: item.allow_remote === true,
    };
    const only = (keys: string[], what: string): void => {
      for (const k of keys) if (item[k] !== undefined) ctx.fail(`${p}/${k}`, `'${k}' ${what}`);
    };
    if (item.engine === 'k6') {
      only(['requests', 'rate', 'stages', 'vus', 'think', 'duration', 'iterations', 'connections', 'expect', 'limits'], "applies to the built-in engine only; with engine: k6 the script sets the load");
    } else {
      only(['script', 'k6'], "applies to engine: k6 only");
      if (typeof item.vus === 'number') only(['rate', 'stages', 'limits'], "is for the open model; 'vus' selects the closed model — use one of them");
    }
    if (url !== undefined) checkUrl(url, typeof item.url === 'string' ? `${p}/url` : p, item.allow_remote === true, ctx);
    if (item.engine === 'k6') plans.push(planK6(item, p, ctx, common));
    else {
      if (url === undefined) {
        ctx.fail(p, `no target: set 'url' on the job or give integration '${ctx.integration}' a service with a url`);
      }
      plans.push(planBuiltin(item, p, ctx, common));
    }
  });
  return plans;
}

function checkUrl(url: string, pointer: string, allowRemote: boolean, ctx: PlanContext): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    ctx.fail(pointer, `'${url}' is not a valid URL`);
  }
  if (!allowRemote && !isLoopback(u.hostname)) {
    ctx.fail(pointer, `target host '${u.hostname}' is not on the loopback interface; set allow_remote: true to load-test it on purpose`);
  }
}

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

type Common = Omit<BuiltinLoadPlan, 'engine' | 'requests' | 'model' | 'durationMs' | 'timeoutMs' | 'connections' | 'title'>;

function planBuiltin(item: Raw, p: string, ctx: PlanContext, common: Common): BuiltinLoadPlan {
  const requests = (item.requests as unknown[]).map((r, j) => planRequest(r, `${p}/requests/${j}`, ctx));
  const timeoutMs = item.timeout !== undefined ? ctx.duration(`${p}/timeout`, item.timeout) : DEFAULT_TIMEOUT_MS;
  if (timeoutMs <= 0) ctx.fail(`${p}/timeout`, 'must be more than 0');
  const iterations = typeof item.iterations === 'number' ? item.iterations : undefined;
  let durationMs = item.duration !== undefined ? ctx.duration(`${p}/duration`, item.duration) : undefined;
  if (durationMs !== undefined && durationMs <= 0) ctx.fail(`${p}/duration`, 'must be more than 0');

  let model: LoadModel;
  const limits = item.limits !== undefined ? planLimits(item.limits, `${p}/limits`, ctx, common.gates) : undefined;
  if (typeof item.vus === 'number') {
    const thinkMs = item.think !== undefined ? ctx.duration(`${p}/think`, item.think) : 0;
    model = { type: 'closed', vus: item.vus, thinkMs };
    if (durationMs === undefined && iterations === undefined) ctx.fail(p, "a closed-model job needs 'duration' or 'iterations'");
    durationMs ??= ITERATIONS_ONLY_CAP_MS;
  } else {
    if (item.think !== undefined) ctx.fail(`${p}/think`, "'think' applies to the closed model only (set 'vus')");
    const rate = item.rate !== undefined ? rateAt(`${p}/rate`, item.rate, ctx) : undefined;
    const stages: RateStage[] = Array.isArray(item.stages)
      ? item.stages.map((s: unknown, k: number) => {
          const sp = `${p}/stages/${k}`;
          const st = s as Raw;
          return { durationMs: ctx.duration(`${sp}/duration`, st.duration), target: rateAt(`${sp}/target`, st.target, ctx, true) };
        })
      : [];
    if (rate === undefined && stages.length === 0 && !limits) {
      ctx.fail(p, "say how much load: 'rate' (open model), 'stages' (ramping rate), 'vus' (closed model) or 'limits' (discovery)");
    }
    model = { type: 'open', rate: rate ?? 0, stages };
    if (limits) {
      durationMs = 0;
    } else if (stages.length > 0) {
      const total = stages.reduce((a, s) => a + s.durationMs, 0);
      if (durationMs !== undefined && durationMs !== total) ctx.fail(`${p}/duration`, `stages last ${formatDuration(total)}; drop 'duration' or make it match`);
      durationMs = total;
    } else if (durationMs === undefined) {
      if (iterations === undefined) ctx.fail(p, "an open-model job needs 'duration' or 'iterations'");
      durationMs = Math.ceil((iterations / (rate as number)) * 1000);
    }
  }
  if (limits && (durationMs ?? 0) > 0) ctx.fail(`${p}/duration`, "a limits-discovery job runs its own steps ('limits.step'); drop 'duration'");
  const bound = limits ? estimateLimitsMs(limits) : (durationMs as number);
  if (bound > MAX_JOB_MS) ctx.fail(p, `the job would run ${formatDuration(bound)}; the most a load job may run is ${formatDuration(MAX_JOB_MS)}`);

  const expectStatus = isObject(item.expect) && Array.isArray(item.expect.status) ? (item.expect.status as number[]) : undefined;
  const connections = model.type === 'closed' ? model.vus : typeof item.connections === 'number' ? item.connections : DEFAULT_CONNECTIONS;
  if (model.type === 'closed' && item.connections !== undefined) ctx.fail(`${p}/connections`, "in the closed model each VU has one connection; use 'vus'");

  const plan: BuiltinLoadPlan = {
    ...common,
    engine: 'builtin',
    title: '',
    requests,
    model,
    durationMs: durationMs as number,
    ...(iterations !== undefined ? { iterations } : {}),
    timeoutMs,
    connections,
    ...(expectStatus ? { expectStatus } : {}),
    ...(limits ? { limits } : {}),
  };
  plan.title = builtinTitle(plan);
  return plan;
}

function rateAt(pointer: string, value: unknown, ctx: PlanContext, allowZero = false): number {
  const r = parseRate(value);
  if (r === undefined || !Number.isFinite(r)) ctx.fail(pointer, `expected a rate such as '200/s', found ${JSON.stringify(value)}`);
  if (r < 0 || (!allowZero && r === 0)) ctx.fail(pointer, 'the rate must be more than 0');
  if (r > 1_000_000) ctx.fail(pointer, 'the rate must be at most 1000000/s');
  return r;
}

function planRequest(raw: unknown, p: string, ctx: PlanContext): LoadRequestPlan {
  const r = raw as Raw;
  const method = typeof r.method === 'string' ? r.method : 'GET';
  const headers: Array<[string, HeaderValue]> = [];
  if (isObject(r.headers)) {
    for (const [k, v] of Object.entries(r.headers)) {
      if (/^(host|content-length|transfer-encoding|connection)$/i.test(k)) {
        ctx.fail(`${p}/headers/${k}`, 'the engine sets this header itself');
      }
      headers.push([k, v as HeaderValue]);
    }
  }
  let body: string | undefined;
  if (typeof r.body === 'string') body = r.body;
  else if (r.body !== undefined) {
    body = JSON.stringify(r.body);
    if (!headers.some(([k]) => k.toLowerCase() === 'content-type')) headers.push(['content-type', 'application/json']);
  }
  if (body !== undefined && (method === 'GET' || method === 'HEAD')) ctx.fail(`${p}/body`, `a ${method} request has no body`);
  return { method, path: r.path as string, headers, ...(body !== undefined ? { body } : {}), weight: typeof r.weight === 'number' ? r.weight : 1 };
}

function ratioAt(pointer: string, value: unknown, fallback: number, ctx: PlanContext): number {
  if (value === undefined) return fallback;
  const v = parsePercentOrNumber(value);
  if (v === undefined || v < 0 || v > 1) ctx.fail(pointer, `expected a share such as '1%' or 0.01, found ${JSON.stringify(value)}`);
  return v;
}

function planLimits(raw: unknown, p: string, ctx: PlanContext, gates: JobGatePlan[]): LimitsPlan {
  const l = raw as Raw;
  const startRate = l.start !== undefined ? rateAt(`${p}/start`, l.start, ctx) : 10;
  const maxRate = l.max !== undefined ? rateAt(`${p}/max`, l.max, ctx) : 2000;
  if (maxRate < startRate) ctx.fail(`${p}/max`, 'must be at least the start rate');
  const slaGate = gates.find((g) => g.metric === 'p95_ms' && g.op === '<=');
  return {
    startRate,
    maxRate,
    factor: typeof l.factor === 'number' ? l.factor : 2,
    stepMs: l.step !== undefined ? ctx.duration(`${p}/step`, l.step) : 2000,
    resolution: Math.max(0.005, ratioAt(`${p}/resolution`, l.resolution, 0.05, ctx)),
    statuses: Array.isArray(l.status) ? (l.status as number[]) : [429],
    statusMax: ratioAt(`${p}/status_max`, l.status_max, 0.01, ctx),
    errorRate: ratioAt(`${p}/error_rate`, l.error_rate, 0.01, ctx),
    p95Ms: typeof l.p95_ms === 'number' ? l.p95_ms : (slaGate?.threshold ?? 1000),
    pauseMs: l.pause !== undefined ? ctx.duration(`${p}/pause`, l.pause) : 250,
  };
}

/** Upper bound on the number of steps discovery takes, times their length. */
export function maxLimitSteps(l: LimitsPlan): number {
  const coarse = Math.ceil(Math.log(l.maxRate / l.startRate) / Math.log(l.factor)) + 1;
  const fine = Math.max(0, Math.ceil(Math.log(Math.log(l.factor) / Math.log(1 + l.resolution)) / Math.log(2)) + 1);
  // Every failed rate is run once more to confirm it: at most one in the coarse phase, one per bisection.
  return (coarse + fine) + (1 + fine);
}

function estimateLimitsMs(l: LimitsPlan): number {
  return maxLimitSteps(l) * (l.stepMs + l.pauseMs);
}

function planGates(raw: unknown, p: string, ctx: PlanContext): JobGatePlan[] {
  if (!isObject(raw)) return [];
  const out: JobGatePlan[] = [];
  for (const [metric, spec] of Object.entries(raw)) {
    if (!GATE_KEYS.has(metric)) ctx.fail(`${p}/${metric}`, `unknown load metric '${metric}'`);
    const s = spec as Raw;
    const isMax = s.max !== undefined;
    const bound = isMax ? s.max : s.min;
    const threshold = parsePercentOrNumber(bound);
    if (threshold === undefined) ctx.fail(`${p}/${metric}/${isMax ? 'max' : 'min'}`, `expected a number or a percentage, found ${JSON.stringify(bound)}`);
    const warnBand = s.warn !== undefined ? parsePercentOrNumber(s.warn) ?? 0 : 0;
    out.push({ metric, op: isMax ? '<=' : '>=', threshold, severity: (s.severity as Severity | undefined) ?? 'major', warnBand });
  }
  return out;
}

function planK6(item: Raw, p: string, ctx: PlanContext, common: Common): K6LoadPlan {
  const scriptRel = item.script as string;
  const script = ctx.resolvePath(`${p}/script`, scriptRel);
  const k6 = isObject(item.k6) ? item.k6 : {};
  const args = Array.isArray(k6.args) ? (k6.args as string[]) : [];
  for (const [j, a] of args.entries()) {
    if (/^--summary-export(=|$)/.test(a) || /^--summary-trend-stats(=|$)/.test(a)) {
      ctx.fail(`${p}/k6/args/${j}`, `'${a}' is set by integration-gate (it reads the summary export itself)`);
    }
  }
  const env: Array<[string, HeaderValue]> = isObject(k6.env) ? Object.entries(k6.env).map(([k, v]) => [k, v as HeaderValue]) : [];
  const timeoutMs = item.timeout !== undefined ? ctx.duration(`${p}/timeout`, item.timeout) : DEFAULT_K6_TIMEOUT_MS;
  if (timeoutMs > MAX_JOB_MS) ctx.fail(`${p}/timeout`, `at most ${formatDuration(MAX_JOB_MS)}`);
  return {
    ...common,
    engine: 'k6',
    title: `k6 ${path.posix.normalize(scriptRel.replace(/\\/g, '/'))}`,
    script,
    scriptRel,
    args,
    env,
    timeoutMs,
    thresholdSeverity: (k6.thresholds_severity as Severity | undefined) ?? 'major',
  };
}

/** '30s', '1m30s', '250ms' — durations the way users write them. */
export function human(ms: number): string {
  if (ms < 1000 || ms % 1000 !== 0) return ms < 1000 ? `${ms}ms` : `${(ms / 1000).toFixed(1)}s`;
  const s = ms / 1000;
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return `${m}m${s % 60 ? `${s % 60}s` : ''}`;
}

export function fmtRate(r: number): string {
  return `${Number.isInteger(r) ? r : r.toFixed(1)}/s`;
}

function builtinTitle(plan: BuiltinLoadPlan): string {
  const first = plan.requests[0] as LoadRequestPlan;
  const what = plan.requests.length === 1 ? `${first.method} ${first.path}` : `${plan.requests.length} requests`;
  if (plan.limits) return `limits discovery · ${what} · ${fmtRate(plan.limits.startRate)}→${fmtRate(plan.limits.maxRate)}`;
  const m = plan.model;
  const load =
    m.type === 'closed'
      ? `${m.vus} VUs${m.thinkMs ? ` (think ${human(m.thinkMs)})` : ''}`
      : m.stages.length > 0
        ? `${fmtRate(m.rate)}→${fmtRate((m.stages[m.stages.length - 1] as RateStage).target)} in ${m.stages.length} stages`
        : fmtRate(m.rate);
  const bound = plan.iterations !== undefined ? `${plan.iterations} requests` : `for ${human(plan.durationMs)}`;
  return `builtin ${load} ${bound} · ${what}`;
}
