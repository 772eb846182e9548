import type { Finding, JobContext } from '../../core/types.js';
import { errorMessage } from '../../core/errors.js';
import { checkNegative, checkResponse, send, type CheckOutcome, type Exchange } from './checks.js';
import type { CheckName, ContractJobPlan, FlowPlan } from './config.js';
import { evaluate, ExpressionError, type ExchangeView, type Scope } from './expressions.js';
import { runExternal, type ExternalOutcome } from './external.js';
import { buildModel, responseFor, SAFE_METHODS, type ApiModel, type Link, type Operation } from './model.js';
import { escapeToken, getAt, isRecord } from './pointer.js';
import { applyAuth, buildRequest, negativeCases, type Credentials, type Overrides, type RequestSpec } from './requests.js';
import { findOperation, isIncluded, matchesOperation, runOrder } from './select.js';
import { displayPath, loadSpec, SpecError, type LoadedSpec } from './spec.js';
import { PayloadValidator } from './validate.js';

/**
 * The contract job's engine: exercise every selected operation (and negative variants), run the declared
 * flows, run the external command, and keep one record per check evaluated. Pure bookkeeping of verdicts and
 * the evidence layout live in index.ts.
 */

export type Verdict = 'passed' | 'failed' | 'waived';

export interface CheckRecord {
  operation: string;
  method: string;
  path: string;
  check: CheckName;
  verdict: Verdict;
  /** How the request was made: 'example', 'schema', 'link …', 'negative: …', 'flow …'. */
  origin: string;
  expected: string;
  actual: string;
  /** Where the violated piece is declared (workspace-relative file). */
  spec?: { file: string; line: number; pointer: string };
  waiver?: { reason: string; wouldHavePassed: boolean };
  /** Index into `exchanges`. */
  exchange?: number;
}

export interface ExchangeExcerpt {
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  response?: { status: number; headers: Record<string, string>; body: string; durationMs: number };
  error?: string;
}

export type OperationStatus = 'exercised' | 'excluded' | 'writes-off' | 'no-response';

export interface OperationRecord {
  id: string;
  operationId?: string;
  method: string;
  path: string;
  tags: string[];
  status: OperationStatus;
  requests: number;
  note?: string;
  spec?: { file: string; line: number };
}

export interface FlowRecord {
  name: string;
  verdict: 'passed' | 'failed' | 'skipped';
  note?: string;
  steps: Array<{ id: string; operation?: string; verdict: 'passed' | 'failed' | 'skipped'; problems: string[]; exchange?: number }>;
}

export interface Engine {
  spec?: LoadedSpec;
  model?: ApiModel;
  specFile: string;
  baseUrl?: string;
  records: CheckRecord[];
  exchanges: ExchangeExcerpt[];
  operations: OperationRecord[];
  flows: FlowRecord[];
  external?: ExternalOutcome;
  notes: Finding[];
  /** Set when the job could not measure anything. */
  error?: string;
  errorFinding?: Finding;
  transportErrors: number;
  responses: number;
}

const EXCERPT = 2000;
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);

export async function runEngine(plan: ContractJobPlan, ctx: JobContext): Promise<Engine> {
  const specFile = displayPath(ctx.workspace, plan.spec);
  const engine: Engine = { specFile, records: [], exchanges: [], operations: [], flows: [], notes: [], transportErrors: 0, responses: 0 };
  const baseUrl = plan.baseUrl ?? ctx.service?.url;
  if (!baseUrl) {
    engine.error = `no base URL: set contract.baseUrl, or give the integration's service a url`;
    return engine;
  }
  engine.baseUrl = baseUrl;

  // Credentials: secrets from env, registered with the redactor before anything is logged or written.
  const creds: Credentials = {};
  const secretHeaderNames = new Set(SECRET_HEADERS);
  for (const [scheme, envVar] of Object.entries(plan.auth)) {
    const value = ctx.env[envVar];
    if (value === undefined || value === '') {
      engine.notes.push({ level: 'warning', title: `contract auth · ${scheme}`, message: `environment variable ${envVar} is not set; requests needing '${scheme}' go without credentials` });
      continue;
    }
    ctx.redactor.add(value);
    ctx.redactor.add(Buffer.from(value).toString('base64'));
    creds[scheme] = value;
  }

  try {
    engine.spec = await loadSpec(plan.spec, ctx.workspace);
  } catch (err) {
    if (err instanceof SpecError) {
      engine.error = err.message;
      engine.errorFinding = {
        level: 'failure',
        title: `API description ${err.file}`,
        message: err.detail,
        file: err.file,
        ...(err.line !== undefined ? { line: err.line } : {}),
      };
      return engine;
    }
    throw err;
  }
  const model = buildModel(engine.spec.doc, engine.spec.version);
  engine.model = model;
  for (const s of Object.values(model.securitySchemes)) {
    if (s.type === 'apiKey' && s.paramName) secretHeaderNames.add(s.paramName.toLowerCase());
  }
  for (const scheme of Object.keys(plan.auth)) {
    if (!model.securitySchemes[scheme]) {
      engine.notes.push({
        level: 'warning',
        title: `contract auth · ${scheme}`,
        message: `the description declares no security scheme '${scheme}' (declared: ${Object.keys(model.securitySchemes).join(', ') || 'none'})`,
        file: specFile,
      });
    }
  }
  for (const [list, name] of [
    [plan.include, 'include'],
    [plan.exclude, 'exclude'],
  ] as const) {
    for (const p of list) {
      if (!model.operations.some((op) => matchesOperation(p, op))) {
        engine.notes.push({ level: 'warning', title: `contract ${name} · ${p}`, message: `'${p}' matches no operation of ${specFile}` });
      }
    }
  }
  for (const w of plan.waivers) {
    if (!model.operations.some((op) => matchesOperation(w.operation, op))) {
      engine.notes.push({ level: 'warning', title: `contract waiver · ${w.operation}`, message: `waiver for '${w.operation}' matches no operation of ${specFile}` });
    }
  }

  const validator = new PayloadValidator(model.doc, model.version);
  const enabled = (check: CheckName): boolean => !plan.disabled.includes(check);
  const exercised = new Map<string, number>();

  const lineOf = (pointer: string): CheckRecord['spec'] => {
    const at = engine.spec?.positions.locate(pointer);
    return at ? { file: displayPath(ctx.workspace, at.file), line: at.line, pointer } : undefined;
  };

  const waiverFor = (op: Operation, check: CheckName): string | undefined =>
    plan.waivers.find((w) => (w.check === '*' || w.check === check) && matchesOperation(w.operation, op))?.reason;

  const record = (op: Operation, o: CheckOutcome, origin: string, exchange: number | undefined): void => {
    const reason = waiverFor(op, o.check);
    const spec = lineOf(o.pointer);
    engine.records.push({
      operation: op.id,
      method: op.method,
      path: op.path,
      check: o.check,
      verdict: reason !== undefined ? 'waived' : o.ok ? 'passed' : 'failed',
      origin,
      expected: ctx.redactor.redact(o.expected),
      actual: ctx.redactor.redact(o.actual),
      ...(spec ? { spec } : {}),
      ...(reason !== undefined ? { waiver: { reason, wouldHavePassed: o.ok } } : {}),
      ...(exchange !== undefined ? { exchange } : {}),
    });
  };

  const keep = (ex: Exchange): number => {
    const redactHeaders = (h: Record<string, string>): Record<string, string> =>
      Object.fromEntries(Object.entries(h).map(([k, v]) => [k, secretHeaderNames.has(k.toLowerCase()) ? '***' : ctx.redactor.redact(v)]));
    const cut = (s: string): string => ctx.redactor.redact(s.length > EXCERPT ? `${s.slice(0, EXCERPT)}… (${s.length} chars)` : s);
    engine.exchanges.push({
      request: {
        method: ex.request.method,
        url: ctx.redactor.redact(ex.url),
        headers: redactHeaders(ex.request.headers),
        ...(ex.request.body ? { body: cut(ex.request.body.text) } : {}),
      },
      ...(ex.status !== undefined
        ? { response: { status: ex.status, headers: redactHeaders(ex.headers), body: cut(ex.bodyText), durationMs: Math.round(ex.durationMs) } }
        : {}),
      ...(ex.error ? { error: ex.error } : {}),
    });
    if (ex.status === undefined) engine.transportErrors++;
    else engine.responses++;
    return engine.exchanges.length - 1;
  };

  const exchange = async (op: Operation, req: RequestSpec): Promise<{ ex: Exchange; index: number }> => {
    const auth = applyAuth(req, op, model.securitySchemes, creds);
    if (auth.note && !engine.notes.some((n) => n.message === auth.note)) {
      engine.notes.push({ level: 'warning', title: 'contract authentication', message: auth.note, file: specFile });
    }
    const ex = await send(baseUrl, req, plan.requestTimeoutMs, ctx.signal);
    const index = keep(ex);
    if (ex.status !== undefined) exercised.set(op.id, (exercised.get(op.id) ?? 0) + 1);
    return { ex, index };
  };

  // ---- 1. every selected operation, writes first so links can feed the reads ------------------------------
  const linkParams = new Map<string, { params: Record<string, unknown>; origin: string }>();
  const pathParams = new Map<string, { params: Record<string, unknown>; origin: string }>();
  const selected: Operation[] = [];
  for (const op of model.operations) {
    const rec: OperationRecord = { id: op.id, ...(op.operationId ? { operationId: op.operationId } : {}), method: op.method, path: op.path, tags: op.tags, status: 'no-response', requests: 0 };
    const at = lineOf(op.pointer);
    if (at) rec.spec = { file: at.file, line: at.line };
    engine.operations.push(rec);
    if (!isIncluded(op, plan.include, plan.exclude)) {
      rec.status = 'excluded';
      rec.note = 'excluded by include/exclude';
    } else if (!plan.writes && !SAFE_METHODS.has(op.method)) {
      rec.status = 'writes-off';
      rec.note = plan.writesReason;
    } else {
      selected.push(op);
    }
  }

  for (const op of runOrder(selected)) {
    if (ctx.signal.aborted) break;
    const fromLink = linkParams.get(op.id);
    const shared = pathParams.get(op.path);
    const overrides: Overrides = { params: { ...(shared?.params ?? {}), ...(fromLink?.params ?? {}) } };
    const req = buildRequest(model, op, overrides, fromLink ? fromLink.origin : shared ? `path parameters from ${shared.origin}` : undefined);
    ctx.log.progress(`contract: ${op.method} ${op.path}`);
    const { ex, index } = await exchange(op, req);
    for (const o of checkResponse(model, op, ex, validator, { enabled, ...(plan.maxResponseTimeMs !== undefined ? { maxResponseTimeMs: plan.maxResponseTimeMs } : {}) })) {
      record(op, o, req.origin, index);
    }
    if (ex.status !== undefined) followLinks(model, op, ex, req, linkParams, pathParams);

    if (enabled('negative_data_rejection')) {
      for (const neg of negativeCases(model, op, req, validator)) {
        if (ctx.signal.aborted) break;
        const n = await exchange(op, neg.request);
        record(op, checkNegative(n.ex, neg.violation, neg.pointer), neg.request.origin, n.index);
      }
    }
  }

  // ---- 2. flows ----------------------------------------------------------------------------------------------
  if (enabled('round_trip')) {
    for (const flow of plan.flows) {
      if (ctx.signal.aborted) break;
      engine.flows.push(await runFlow(flow));
    }
  }

  async function runFlow(flow: FlowPlan): Promise<FlowRecord> {
    const fr: FlowRecord = { name: flow.name, verdict: 'passed', steps: [] };
    // Resolve every step's operation first: a flow that cannot run is reported whole, before sending anything.
    const ops: Array<{ op: Operation; link?: Link } | { problem: string }> = [];
    const byStep = new Map<string, Operation>();
    flow.steps.forEach((step, i) => {
      if (step.operation !== undefined) {
        const op = findOperation(model.operations, step.operation);
        if (op) byStep.set(step.id, op);
        ops.push(op ? { op } : { problem: `operation '${step.operation}' is not in ${specFile}` });
        return;
      }
      const fromId = step.from ?? flow.steps[i - 1]?.id;
      const fromOp = fromId ? byStep.get(fromId) : undefined;
      const link = fromOp?.responses.flatMap((r) => r.links).find((l) => l.name === step.link);
      const target = link ? linkTarget(model, link) : undefined;
      if (target && link) byStep.set(step.id, target);
      ops.push(target && link ? { op: target, link } : { problem: `link '${step.link}' not found on the responses of ${fromOp ? fromOp.id : `step '${fromId}'`}` });
    });
    const problems = ops.filter((o): o is { problem: string } => 'problem' in o).map((o) => o.problem);
    const writesNeeded = ops.some((o) => 'op' in o && !SAFE_METHODS.has(o.op.method));
    if (problems.length || (writesNeeded && !plan.writes)) {
      fr.verdict = problems.length ? 'failed' : 'skipped';
      fr.note = problems.length ? problems.join('; ') : `flow sends writes: ${plan.writesReason}`;
      fr.steps = flow.steps.map((s) => ({ id: s.id, verdict: 'skipped', problems: [] }));
      if (problems.length) {
        engine.notes.push({ level: 'failure', title: `flow ${flow.name}`, message: `cannot run: ${fr.note}`, file: specFile });
        engine.records.push({ operation: `flow ${flow.name}`, method: '', path: '', check: 'round_trip', verdict: 'failed', origin: `flow ${flow.name}`, expected: 'a runnable flow', actual: fr.note });
      }
      return fr;
    }

    const scope: Scope = { steps: {} };
    for (let i = 0; i < flow.steps.length; i++) {
      const step = flow.steps[i]!;
      const entry = ops[i] as { op: Operation; link?: Link };
      const op = entry.op;
      const origin = `flow ${flow.name} / ${step.id}`;
      const stepProblems: string[] = [];
      let overrides: Overrides;
      try {
        const params: Record<string, unknown> = {};
        if (entry.link) {
          const from = scope.steps[step.from ?? flow.steps[i - 1]?.id ?? ''];
          const viaLink = evaluate(entry.link.parameters, { current: from, steps: scope.steps }) as Record<string, unknown>;
          for (const [k, v] of Object.entries(viaLink)) params[k.replace(/^(path|query|header|cookie)\./, '')] = v;
        }
        Object.assign(params, evaluate(step.params, scope) as Record<string, unknown>);
        overrides = { params, ...(step.body ? { body: { value: evaluate(step.body.value, scope) } } : {}) };
      } catch (err) {
        if (!(err instanceof ExpressionError)) throw err;
        stepProblems.push(`not sent: ${err.message}`);
        fr.steps.push({ id: step.id, operation: op.id, verdict: 'failed', problems: stepProblems });
        fr.verdict = 'failed';
        record(op, { check: 'round_trip', ok: false, expected: 'the step can be sent', actual: stepProblems.join('; '), pointer: op.pointer }, origin, undefined);
        continue;
      }
      const req = buildRequest(model, op, overrides, origin);
      const { ex, index } = await exchange(op, req);
      for (const o of checkResponse(model, op, ex, validator, { enabled, ...(plan.maxResponseTimeMs !== undefined ? { maxResponseTimeMs: plan.maxResponseTimeMs } : {}) })) {
        record(op, o, origin, index);
      }
      const view = toView(ex, req);
      const expectations: string[] = [];
      // Status.
      if (step.status !== undefined) {
        expectations.push(`status ${step.status}`);
        if (ex.status !== step.status) stepProblems.push(`status ${ex.status ?? ex.error ?? 'none'}, expected ${step.status}`);
      } else {
        expectations.push('a 2xx status');
        if (ex.status === undefined || ex.status < 200 || ex.status > 299) stepProblems.push(`status ${ex.status ?? ex.error ?? 'none'}, expected a 2xx`);
      }
      // Outputs.
      view.outputs = {};
      for (const [name, expr] of Object.entries(step.outputs)) {
        try {
          view.outputs[name] = evaluate(expr, { current: view, steps: scope.steps });
        } catch (err) {
          stepProblems.push(`output '${name}': ${errorMessage(err)}`);
        }
      }
      scope.steps[step.id] = view;
      // Equalities.
      for (const [lhs, rhs] of Object.entries(step.equals)) {
        expectations.push(`${lhs} equals ${typeof rhs === 'string' ? rhs : JSON.stringify(rhs)}`);
        try {
          const left = evaluate(lhs, { current: view, steps: scope.steps });
          const right = evaluate(rhs, { current: view, steps: scope.steps });
          if (!sameValue(left, right)) stepProblems.push(`${lhs} is ${show(left)}, expected ${show(right)}`);
        } catch (err) {
          stepProblems.push(errorMessage(err));
        }
      }
      if (step.survives) {
        const src = scope.steps[step.survives.from];
        for (const f of step.survives.fields) {
          const ptr = f.startsWith('/') ? f : `/${escapeToken(f)}`;
          expectations.push(`${f} survives from ${step.survives.from}`);
          const want = getAt(src?.request.body, ptr);
          const got = getAt(view.response?.body, ptr);
          if (want === undefined) stepProblems.push(`${f}: step '${step.survives.from}' sent no value to compare`);
          else if (got === undefined) stepProblems.push(`${f} was lost: sent ${show(want)}, the response has no ${f}`);
          else if (!sameValue(want, got)) stepProblems.push(`${f} changed: sent ${show(want)}, got ${show(got)}`);
        }
      }
      record(op, { check: 'round_trip', ok: stepProblems.length === 0, expected: expectations.join('; '), actual: stepProblems.length ? stepProblems.join('; ') : 'as expected', pointer: op.pointer }, origin, index);
      const waived = waiverFor(op, 'round_trip') !== undefined;
      fr.steps.push({ id: step.id, operation: op.id, verdict: stepProblems.length && !waived ? 'failed' : 'passed', problems: stepProblems, exchange: index });
      if (stepProblems.length && !waived) fr.verdict = 'failed';
    }
    return fr;
  }

  // ---- 3. external contract command ----------------------------------------------------------------------------
  if (plan.command && !ctx.signal.aborted) {
    engine.external = await runExternal(plan.command, ctx.evidenceDir, plan.jobId, baseUrl, ctx);
    for (const f of engine.external.failures) {
      engine.records.push({
        operation: `command: ${f.name}`,
        method: '',
        path: '',
        check: 'external_command',
        verdict: 'failed',
        origin: 'external command',
        expected: 'the test case passes',
        actual: f.message,
      });
    }
    for (let i = 0; i < engine.external.passed; i++) {
      engine.records.push({ operation: 'command', method: '', path: '', check: 'external_command', verdict: 'passed', origin: 'external command', expected: 'the test case passes', actual: 'passed' });
    }
  }

  for (const rec of engine.operations) {
    const n = exercised.get(rec.id) ?? 0;
    rec.requests = n;
    if (n > 0) rec.status = 'exercised';
    else if (rec.status === 'no-response') rec.note = 'no request got a response';
  }
  if (engine.responses === 0 && engine.transportErrors > 0) {
    const first = engine.exchanges.find((e) => e.error);
    engine.error = `no response from ${baseUrl} (${first?.error ?? 'unreachable'}); is the service running and is the base URL right?`;
  }
  return engine;
}

function toView(ex: Exchange, req: RequestSpec): ExchangeView {
  const query: Record<string, string> = {};
  for (const [k, v] of req.query) query[k] = v;
  return {
    method: req.method,
    url: ex.url,
    ...(ex.status !== undefined ? { statusCode: ex.status } : {}),
    request: { path: req.params, query, headers: req.headers, ...(req.body ? { body: req.body.value } : {}) },
    ...(ex.status !== undefined ? { response: { headers: ex.headers, ...(ex.json ? { body: ex.json.value } : {}) } } : {}),
  };
}

function linkTarget(model: ApiModel, link: Link): Operation | undefined {
  if (link.operationId) return model.operations.find((o) => o.operationId === link.operationId);
  if (link.operationRef?.startsWith('#')) {
    const ptr = decodeURIComponent(link.operationRef.slice(1));
    return model.operations.find((o) => o.pointer === ptr);
  }
  return undefined;
}

/** Evaluates the links of the response `ex` got and remembers the values for their target operations. */
function followLinks(
  model: ApiModel,
  op: Operation,
  ex: Exchange,
  req: RequestSpec,
  linkParams: Map<string, { params: Record<string, unknown>; origin: string }>,
  pathParams: Map<string, { params: Record<string, unknown>; origin: string }>,
): void {
  if (ex.status === undefined || ex.status < 200 || ex.status > 299) return;
  const resp = responseFor(op, ex.status);
  if (!resp) return;
  const view = toView(ex, req);
  for (const link of resp.links) {
    const target = linkTarget(model, link);
    if (!target) continue;
    try {
      const raw = evaluate(link.parameters, { current: view, steps: {} });
      if (!isRecord(raw)) continue;
      const params: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(raw)) params[k.replace(/^(path|query|header|cookie)\./, '')] = v;
      const origin = `link ${link.name} from ${op.id}`;
      linkParams.set(target.id, { params, origin });
      // Other operations on the same path (e.g. DELETE next to GET) reuse the path parameters.
      const pathNames = target.parameters.filter((p) => p.in === 'path').map((p) => p.name);
      const shared = Object.fromEntries(Object.entries(params).filter(([k]) => pathNames.includes(k)));
      if (Object.keys(shared).length) pathParams.set(target.path, { params: { ...(pathParams.get(target.path)?.params ?? {}), ...shared }, origin });
    } catch (err) {
      if (!(err instanceof ExpressionError)) throw err;
    }
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return stable(a) === stable(b);
}

function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (isRecord(v)) return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable(v[k])}`).join(',')}}`;
  return JSON.stringify(v) ?? 'undefined';
}

function show(v: unknown): string {
  const s = v === undefined ? 'absent' : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

