import type { GateSpec, Severity } from '../core/types.js';
import { parseDuration, parsePercentOrNumber } from '../core/units.js';
import type { JobKindModule, JobPlanBase, PlanContext } from '../jobs/kind.js';
import { JOB_KINDS } from '../jobs/registry.js';

/** The typed plan a manifest turns into. Everything the run does is decided here, before anything starts. */
export interface Plan {
  file: string;
  /** The manifest text as read (it goes into the bundle, redacted). */
  source: string;
  workspace: string;
  name: string;
  /** Env var names whose values are secrets (manifest `secrets` + preflight `env`). */
  secrets: string[];
  services: ServicePlan[];
  preflight: PreflightPlan[];
  integrations: IntegrationPlan[];
  /** Every job, in run order (per integration: contract, tests, load, fallback). */
  jobs: PlannedJob[];
  /** Manifest gates merged over the job kinds' defaults. */
  gates: GateSpec[];
}

export interface PlannedJob {
  module: JobKindModule;
  plan: JobPlanBase;
}

export interface ServicePlan {
  name: string;
  start?: string;
  url?: string;
  cwd: string;
  env: Record<string, string>;
  ready?: { http?: string; tcp?: { host: string; port: number }; timeoutMs: number; intervalMs: number };
  stopTimeoutMs: number;
}

export type PreflightPlan =
  | { type: 'env'; name: string; vars: string[]; timeoutMs: number }
  | { type: 'http'; name: string; url: string; status?: number[]; timeoutMs: number }
  | { type: 'tcp'; name: string; host: string; port: number; timeoutMs: number }
  | { type: 'command'; name: string; command: string; timeoutMs: number }
  | { type: 'run'; name: string; command: string; timeoutMs: number };

export interface IntegrationPlan {
  name: string;
  service?: string;
  description?: string;
  owner?: string;
  critical: boolean;
  /** Job kinds configured for this integration, e.g. ['tests', 'load']. */
  kinds: string[];
}

interface PlanInput {
  file: string;
  workspace: string;
  ctxFor(integration: string, service?: PlanContext['service']): PlanContext;
  fail(pointer: string, detail: string): never;
}

type Raw = Record<string, unknown>;

const DEFAULT_CRITICAL = new Set(['integration.success_rate', 'contract.pass_rate']);

/** The job-kind keys a manifest uses (in any integration): the kinds whose code `toPlan` needs. */
export function jobKeysUsed(m: Raw): Set<string> {
  const keys = new Set<string>();
  const integrations = Array.isArray(m.integrations) ? (m.integrations as unknown[]) : [];
  for (const raw of integrations) {
    if (raw === null || typeof raw !== 'object') continue;
    for (const k of JOB_KINDS) if ((raw as Raw)[k.key] !== undefined) keys.add(k.key);
  }
  return keys;
}

/** `modules`: the loaded modules of (at least) the kinds the manifest uses (see jobKeysUsed), in registry order. */
export function toPlan(m: Raw, input: PlanInput, modules: readonly JobKindModule[]): Omit<Plan, 'source'> {
  const services = Object.entries((m.services as Record<string, Raw> | undefined) ?? {}).map(([name, s]) =>
    toService(name, s, `/services/${escape(name)}`, input),
  );
  const serviceByName = new Map(services.map((s) => [s.name, s]));

  const preflight = ((m.preflight as Raw[] | undefined) ?? []).map((p, i) => toPreflight(p, `/preflight/${i}`, input));

  const integrations: IntegrationPlan[] = [];
  const jobs: PlannedJob[] = [];
  const seen = new Set<string>();
  ((m.integrations as Raw[]) ?? []).forEach((raw, i) => {
    const pointer = `/integrations/${i}`;
    const name = raw.name as string;
    if (seen.has(name)) input.fail(`${pointer}/name`, `duplicate integration name '${name}'; names must be unique`);
    seen.add(name);
    let service: PlanContext['service'];
    if (raw.service !== undefined) {
      const s = serviceByName.get(raw.service as string);
      if (!s) {
        input.fail(`${pointer}/service`, `unknown service '${String(raw.service)}'; expected one of: ${[...serviceByName.keys()].join(', ') || '(no services declared)'}`);
      }
      service = { name: s.name, ...(s.url ? { url: s.url } : {}), managed: s.start !== undefined };
    }
    const ctx = input.ctxFor(name, service);
    const kinds: string[] = [];
    for (const module of modules) {
      if (raw[module.key] === undefined) continue;
      kinds.push(module.key);
      for (const plan of module.toPlans(raw[module.key], `${pointer}/${module.key}`, ctx)) jobs.push({ module, plan });
    }
    if (kinds.length === 0) {
      input.fail(pointer, `integration '${name}' has no jobs; add at least one of: ${JOB_KINDS.map((k) => k.key).join(', ')}`);
    }
    integrations.push({
      name,
      ...(service ? { service: service.name } : {}),
      ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
      ...(typeof raw.owner === 'string' ? { owner: raw.owner } : {}),
      critical: raw.critical !== false,
      kinds,
    });
  });

  // Kinds that need to see all their plans at once (several contracts → one evidence folder each).
  for (const module of modules) module.finalizePlans?.(jobs.filter((j) => j.module === module).map((j) => j.plan));
  const gates = mergeGates(defaultGates(jobs, modules), (m.gates as Record<string, Raw> | undefined) ?? {}, input);
  const secrets = new Set<string>((m.secrets as string[] | undefined) ?? []);
  for (const p of preflight) if (p.type === 'env') for (const v of p.vars) secrets.add(v);

  return { file: input.file, workspace: input.workspace, name: m.name as string, secrets: [...secrets], services, preflight, integrations, jobs, gates };
}

function defaultGates(jobs: PlannedJob[], kinds: readonly JobKindModule[]): GateSpec[] {
  const out: GateSpec[] = [];
  for (const module of kinds) {
    const plans = jobs.filter((j) => j.module === module).map((j) => j.plan);
    if (plans.length > 0) out.push(...module.defaultGates(plans));
  }
  return out;
}

function mergeGates(defaults: GateSpec[], configured: Record<string, Raw>, input: PlanInput): GateSpec[] {
  const byMetric = new Map(defaults.map((g) => [g.metric, g]));
  for (const [metric, g] of Object.entries(configured)) {
    const pointer = `/gates/${escape(metric)}`;
    const bounds = (['min', 'max', 'equals'] as const).filter((k) => g[k] !== undefined);
    if (bounds.length !== 1) input.fail(pointer, `give exactly one of min, max or equals; found ${bounds.length ? bounds.join(' and ') : 'none'}`);
    const bound = bounds[0] as 'min' | 'max' | 'equals';
    const threshold = parsePercentOrNumber(g[bound]) as number;
    const prior = byMetric.get(metric);
    const warn = g.warn === undefined ? (prior?.warnBand ?? 0.1) : (parsePercentOrNumber(g.warn) as number);
    if (warn < 0 || warn >= 1) input.fail(`${pointer}/warn`, `expected a warn band from 0% to 99%; found ${String(g.warn)}`);
    const severity = (g.severity as Severity | undefined) ?? prior?.severity ?? (DEFAULT_CRITICAL.has(metric) ? 'critical' : 'major');
    byMetric.set(metric, {
      metric,
      op: bound === 'min' ? '>=' : bound === 'max' ? '<=' : '==',
      threshold,
      severity,
      warnBand: warn,
      origin: 'manifest',
      ...(typeof g.description === 'string' ? { description: g.description } : prior?.description ? { description: prior.description } : {}),
    });
  }
  return [...byMetric.values()];
}

function toService(name: string, s: Raw, pointer: string, input: PlanInput): ServicePlan {
  if (s.start === undefined && s.url === undefined) input.fail(pointer, `service '${name}' needs start (a command to run) or url (where it already runs)`);
  const ready = s.ready as Raw | undefined;
  let readyPlan: ServicePlan['ready'];
  if (ready) {
    if ((ready.http === undefined) === (ready.tcp === undefined)) input.fail(`${pointer}/ready`, 'give exactly one of http or tcp');
    let http: string | undefined;
    if (typeof ready.http === 'string') {
      if (/^https?:\/\//.test(ready.http)) http = ready.http;
      else if (ready.http.startsWith('/')) {
        if (typeof s.url !== 'string') input.fail(`${pointer}/ready/http`, `a path needs the service's url; set url or give a full URL`);
        http = new URL(ready.http, s.url as string).toString();
      } else input.fail(`${pointer}/ready/http`, `expected a path starting with / or a full URL; found '${ready.http}'`);
    }
    readyPlan = {
      ...(http ? { http } : {}),
      ...(typeof ready.tcp === 'string' ? { tcp: hostPort(ready.tcp, `${pointer}/ready/tcp`, input) } : {}),
      timeoutMs: parseDuration(ready.timeout ?? '30s') as number,
      intervalMs: parseDuration(ready.interval ?? '200ms') as number,
    };
  } else if (s.start !== undefined && typeof s.url === 'string') {
    // A started service with a URL but no probe: wait for its port to accept, so jobs never race the start.
    const u = new URL(s.url);
    readyPlan = {
      tcp: { host: u.hostname, port: Number(u.port || (u.protocol === 'https:' ? 443 : 80)) },
      timeoutMs: 30_000,
      intervalMs: 200,
    };
  }
  const cwd = input.ctxFor('', undefined).resolvePath(`${pointer}/cwd`, typeof s.cwd === 'string' ? s.cwd : '.');
  return {
    name,
    ...(typeof s.start === 'string' ? { start: s.start } : {}),
    ...(typeof s.url === 'string' ? { url: s.url.replace(/\/+$/, '') } : {}),
    cwd,
    env: (s.env as Record<string, string> | undefined) ?? {},
    ...(readyPlan ? { ready: readyPlan } : {}),
    stopTimeoutMs: parseDuration(s['stop-timeout'] ?? '5s') as number,
  };
}

const PREFLIGHT_TYPES = ['env', 'http', 'tcp', 'command', 'run'] as const;

function toPreflight(p: Raw, pointer: string, input: PlanInput): PreflightPlan {
  const types = PREFLIGHT_TYPES.filter((t) => p[t] !== undefined);
  if (types.length !== 1) {
    input.fail(pointer, `give exactly one of ${PREFLIGHT_TYPES.join(', ')}; found ${types.length ? types.join(' and ') : 'none'}`);
  }
  const type = types[0] as (typeof PREFLIGHT_TYPES)[number];
  if (p.status !== undefined && type !== 'http') input.fail(`${pointer}/status`, 'status only goes with http');
  const timeoutMs = parseDuration(p.timeout ?? '10s') as number;
  const label = (fallback: string): string => (typeof p.name === 'string' ? p.name : fallback);
  switch (type) {
    case 'env':
      return { type, name: label(`env ${(p.env as string[]).join(', ')}`), vars: p.env as string[], timeoutMs };
    case 'http':
      return { type, name: label(`http ${String(p.http)}`), url: p.http as string, ...(p.status ? { status: p.status as number[] } : {}), timeoutMs };
    case 'tcp': {
      const hp = hostPort(p.tcp as string, `${pointer}/tcp`, input);
      return { type, name: label(`tcp ${String(p.tcp)}`), ...hp, timeoutMs };
    }
    case 'command':
      return { type, name: label(`command ${String(p.command)}`), command: p.command as string, timeoutMs };
    case 'run':
      return { type, name: label(`run ${String(p.run)}`), command: p.run as string, timeoutMs };
  }
}

function hostPort(text: string, pointer: string, input: PlanInput): { host: string; port: number } {
  const i = text.lastIndexOf(':');
  const port = Number(text.slice(i + 1));
  if (!(port >= 1 && port <= 65535)) input.fail(pointer, `expected a port from 1 to 65535; found '${text.slice(i + 1)}'`);
  return { host: text.slice(0, i), port };
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
