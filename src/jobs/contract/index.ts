import { junitXml, type JUnitCaseOut } from '../../report/junit-xml.js';
import type { Finding, GateSpec, JobContext, JobResultBase, MetricSet } from '../../core/types.js';
import { slug } from '../../evidence/sink.js';
import type { JobKindModule } from '../kind.js';
import { CHECKS, contractSchema, toPlan, type CheckName, type ContractJobPlan } from './config.js';
import type { CheckRecord, Engine } from './runner.js';

/**
 * The contract job (issue 6): verify a live service against its OpenAPI description.
 *
 * Every documented operation is called (requests from the spec's examples, else generated from its schemas),
 * each answer goes through the named checks, schema-violating variants must be rejected with a 4xx, declared
 * flows check that data survives round trips, and an optional external contract command (Pact…) writing JUnit
 * is counted in the same results. Evidence under the job's folder (`contract/` — see assignContractEvidenceDirs):
 *
 *   contract-validation-config.json    what was checked and how (no secret values)
 *   contract-validation-results.json   per operation and check: verdict, expected/actual, spec line, request and
 *                                      response excerpts (secrets redacted), waivers, flows, coverage
 *   contract-junit.xml                 one test suite per check, one test case per operation and request
 *   command.log, junit/…               the external command's log and JUnit, when configured
 */

export type { ContractJobPlan, CheckName } from './config.js';
export type { CheckRecord } from './runner.js';

export interface ContractViolation {
  operation: string;
  method: string;
  path: string;
  check: CheckName;
  expected: string;
  actual: string;
  origin: string;
  file?: string;
  line?: number;
}

export interface ContractResult extends JobResultBase {
  kind: 'contract';
  spec: { file: string; version?: string; title?: string };
  baseUrl?: string;
  writes: boolean;
  counts: {
    /** Operations documented in the description. */
    documented: number;
    /** Operations that got at least one response. */
    exercised: number;
    /** Check evaluations counted (passed + failed; waived excluded). */
    checks: number;
    passed: number;
    failed: number;
    waived: number;
  };
  /** Passed / failed / waived per check name. */
  byCheck: Partial<Record<CheckName, { passed: number; failed: number; waived: number }>>;
  /** Failed checks (first 500), for summaries. */
  violations: ContractViolation[];
  waivers: Array<{ operation: string; check: CheckName; reason: string; wouldHavePassed: boolean }>;
  flows: Array<{ name: string; verdict: 'passed' | 'failed' | 'skipped'; note?: string }>;
  external?: { command: string; exitCode: number | null; passed: number; failed: number; skipped: number };
}

const MAX_VIOLATIONS = 500;

export const contractKind: JobKindModule<ContractJobPlan, ContractResult> = {
  kind: 'contract',
  key: 'contract',
  schema: contractSchema,
  toPlans(raw, pointer, ctx) {
    return [toPlan(raw, pointer, ctx)];
  },
  finalizePlans(plans) {
    assignContractEvidenceDirs(plans);
  },
  async run(plan, ctx) {
    return runContract(plan, ctx);
  },
  metrics(results) {
    return contractMetrics(results);
  },
  defaultGates(plans) {
    if (plans.length === 0) return [];
    return DEFAULT_GATES.map((g) => ({ ...g }));
  },
};

/**
 * Default gates (Protocol 9's contract gate): every check passes (waivers excepted) — critical; every
 * documented operation is exercised — major, so an operation that was excluded or could not be reached makes
 * the decision CONDITIONAL, never silently GO.
 */
export const DEFAULT_GATES: GateSpec[] = [
  { metric: 'contract.pass_rate', op: '>=', threshold: 1, severity: 'critical', warnBand: 0, origin: 'default', description: 'every contract check passes (waived checks excluded)' },
  { metric: 'contract.coverage', op: '>=', threshold: 1, severity: 'major', warnBand: 0, origin: 'default', description: 'every documented operation is exercised' },
];

/**
 * With contracts on several integrations, each job needs its own evidence folder: `contract/<integration>`.
 * The loader calls this once with all contract plans (toPlans sees one integration at a time).
 */
export function assignContractEvidenceDirs(plans: ContractJobPlan[]): void {
  if (plans.length < 2) return;
  const used = new Set<string>();
  for (const p of plans) {
    let dir = `contract/${slug(p.integration)}`;
    for (let i = 2; used.has(dir); i++) dir = `contract/${slug(p.integration)}-${i}`;
    used.add(dir);
    p.evidenceDir = dir;
  }
}

async function runContract(plan: ContractJobPlan, ctx: JobContext): Promise<ContractResult> {
  const started = new Date();
  const dir = ctx.evidenceDir || plan.evidenceDir;
  const producer = plan.jobId;
  const evidence: string[] = [];

  evidence.push(await ctx.evidence.writeJson(`${dir}/contract-validation-config.json`, configEvidence(plan, ctx), { kind: 'manifest', producer }));
  // The spec parser, schema validators and request generator load only when a contract job runs.
  const { runEngine } = await import('./runner.js');
  const engine = await runEngine(plan, { ...ctx, evidenceDir: dir });
  if (engine.external) {
    evidence.push(engine.external.log, ...engine.external.files.map((f) => f.bundlePath));
  }

  const counted = engine.records.filter((r) => r.verdict !== 'waived');
  const passed = counted.filter((r) => r.verdict === 'passed').length;
  const failed = counted.length - passed;
  const waivedRecords = engine.records.filter((r) => r.verdict === 'waived');
  const documented = engine.operations.length;
  const exercised = engine.operations.filter((o) => o.status === 'exercised').length;
  const byCheck: ContractResult['byCheck'] = {};
  for (const r of engine.records) {
    const c = (byCheck[r.check] ??= { passed: 0, failed: 0, waived: 0 });
    c[r.verdict] += 1;
  }

  const resultsRel = `${dir}/contract-validation-results.json`;
  evidence.push(await ctx.evidence.writeJson(resultsRel, resultsEvidence(plan, engine, { documented, exercised, passed, failed, waived: waivedRecords.length }), { kind: 'result', producer }));
  if (engine.records.length) {
    evidence.push(await ctx.evidence.writeText(`${dir}/contract-junit.xml`, junitEvidence(plan, engine.records), { kind: 'result', producer }));
  }

  const findings = toFindings(engine, resultsRel);
  const violations: ContractViolation[] = engine.records
    .filter((r) => r.verdict === 'failed')
    .slice(0, MAX_VIOLATIONS)
    .map((r) => ({
      operation: r.operation,
      method: r.method,
      path: r.path,
      check: r.check,
      expected: r.expected,
      actual: r.actual,
      origin: r.origin,
      ...(r.spec ? { file: r.spec.file, line: r.spec.line } : {}),
    }));

  const status = engine.error ? 'errored' : failed > 0 || findings.some((f) => f.level === 'failure') ? 'failed' : 'passed';
  const passRate = engine.error ? null : counted.length ? passed / counted.length : null;
  const coverage = engine.error || documented === 0 ? null : exercised / documented;
  const facts: Array<[string, string]> = [];
  if (!engine.error || engine.model) {
    facts.push(['operations exercised', `${exercised} of ${documented}`]);
    facts.push(['checks passed', `${passed} of ${counted.length}${waivedRecords.length ? ` (${waivedRecords.length} waived)` : ''}`]);
    if (engine.flows.length) facts.push(['flows passed', `${engine.flows.filter((f) => f.verdict === 'passed').length} of ${engine.flows.length}`]);
    if (engine.external) facts.push(['contract command', `${engine.external.passed} passed, ${engine.external.failed} failed`]);
  }
  facts.push(['description', `${engine.specFile}${engine.spec ? ` (${engine.spec.version === '2.0' ? 'Swagger 2.0' : `OpenAPI ${engine.spec.version}`})` : ''}`]);
  if (engine.baseUrl) facts.push(['base URL', ctx.redactor.redact(engine.baseUrl)]);

  return {
    kind: 'contract',
    jobId: plan.jobId,
    integration: plan.integration,
    title: plan.title,
    status,
    ...(engine.error ? { error: ctx.redactor.redact(engine.error) } : {}),
    startedAt: started.toISOString(),
    durationMs: Date.now() - started.getTime(),
    metrics: {
      pass_rate: passRate,
      coverage,
      operations: engine.model ? documented : null,
      exercised: engine.model ? exercised : null,
      checks: engine.error ? null : counted.length,
      violations: engine.error ? null : failed,
      waived: engine.error ? null : waivedRecords.length,
    },
    findings,
    facts,
    evidence,
    spec: { file: engine.specFile, ...(engine.spec ? { version: engine.spec.version } : {}), ...(engine.model ? { title: engine.model.title } : {}) },
    ...(engine.baseUrl ? { baseUrl: ctx.redactor.redact(engine.baseUrl) } : {}),
    writes: plan.writes,
    counts: { documented, exercised, checks: counted.length, passed, failed, waived: waivedRecords.length },
    byCheck,
    violations,
    waivers: waivedRecords.map((r) => ({ operation: r.operation, check: r.check, reason: r.waiver?.reason ?? '', wouldHavePassed: r.waiver?.wouldHavePassed ?? true })),
    flows: engine.flows.map((f) => ({ name: f.name, verdict: f.verdict, ...(f.note ? { note: f.note } : {}) })),
    ...(engine.external
      ? { external: { command: engine.external.command, exitCode: engine.external.exitCode, passed: engine.external.passed, failed: engine.external.failed, skipped: engine.external.skipped } }
      : {}),
  };
}

/** One finding per (operation, check) that failed: the first failure's expected/actual, and how many more. */
function toFindings(engine: Engine, resultsRel: string): Finding[] {
  const findings: Finding[] = [];
  if (engine.errorFinding) findings.push({ ...engine.errorFinding, evidence: resultsRel });
  const groups = new Map<string, CheckRecord[]>();
  for (const r of engine.records) {
    if (r.verdict !== 'failed') continue;
    const key = `${r.operation}\u0000${r.check}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  for (const g of groups.values()) {
    const r = g[0] as CheckRecord;
    const title = r.method ? `${r.method} ${r.path} · ${r.check}` : `${r.operation} · ${r.check}`;
    const more = g.length > 1 ? ` (+${g.length - 1} more: see ${resultsRel})` : '';
    findings.push({
      level: 'failure',
      title,
      message: `expected ${r.expected}; actual ${r.actual} [request: ${r.origin}]${more}`,
      ...(r.spec ? { file: r.spec.file, line: r.spec.line } : {}),
      evidence: resultsRel,
    });
  }
  for (const n of engine.notes) if (!(n.level === 'failure' && findings.some((f) => f.title === n.title))) findings.push(n);
  return findings;
}

function configEvidence(plan: ContractJobPlan, ctx: JobContext): Record<string, unknown> {
  return {
    schemaVersion: 1,
    jobId: plan.jobId,
    integration: plan.integration,
    description: plan.spec.startsWith(ctx.workspace) ? plan.spec.slice(ctx.workspace.length + 1).split('\\').join('/') : plan.spec,
    baseUrl: ctx.redactor.redact(plan.baseUrl ?? ctx.service?.url ?? ''),
    writes: { allowed: plan.writes, reason: plan.writesReason },
    include: plan.include,
    exclude: plan.exclude,
    // Names of env vars only, never their values.
    auth: Object.fromEntries(Object.entries(plan.auth).map(([scheme, envVar]) => [scheme, { fromEnv: envVar, set: Boolean(ctx.env[envVar]) }])),
    checks: CHECKS.filter((c) => c !== 'max_response_time' || plan.maxResponseTimeMs !== undefined).map((c) => ({
      check: c,
      enabled: !plan.disabled.includes(c),
      ...(c === 'max_response_time' ? { limitMs: plan.maxResponseTimeMs } : {}),
    })),
    requestTimeoutMs: plan.requestTimeoutMs,
    waivers: plan.waivers,
    flows: plan.flows.map((f) => ({ name: f.name, steps: f.steps.map(({ pointer: _p, ...s }) => s) })),
    ...(plan.command ? { command: { run: ctx.redactor.redact(plan.command.run), junit: plan.command.junit, timeoutMs: plan.command.timeoutMs } } : {}),
    requestGeneration:
      "examples from the description first (media type, parameter, schema), else values generated from the schemas (openapi-sampler); optional parameters without an example are left out; values for path parameters come from OpenAPI links of earlier responses when the description has them",
  };
}

function resultsEvidence(
  plan: ContractJobPlan,
  engine: Engine,
  c: { documented: number; exercised: number; passed: number; failed: number; waived: number },
): Record<string, unknown> {
  const checks = c.passed + c.failed;
  return {
    schemaVersion: 1,
    jobId: plan.jobId,
    description: { file: engine.specFile, ...(engine.spec ? { version: engine.spec.version } : {}), ...(engine.model ? { title: engine.model.title } : {}) },
    baseUrl: engine.baseUrl,
    ...(engine.error ? { error: engine.error } : {}),
    summary: {
      operationsDocumented: c.documented,
      operationsExercised: c.exercised,
      coverage: c.documented ? c.exercised / c.documented : null,
      checks,
      passed: c.passed,
      failed: c.failed,
      waived: c.waived,
      passRate: checks ? c.passed / checks : null,
    },
    operations: engine.operations,
    records: engine.records,
    flows: engine.flows,
    ...(engine.external ? { external: engine.external } : {}),
    notes: engine.notes.map((n) => ({ level: n.level, title: n.title, message: n.message })),
    exchanges: engine.exchanges,
  };
}

function junitEvidence(plan: ContractJobPlan, records: CheckRecord[]): string {
  const byCheck = new Map<CheckName, JUnitCaseOut[]>();
  for (const r of records) {
    const tc: JUnitCaseOut = {
      classname: `${plan.integration}.${r.check}`,
      name: `${r.method ? `${r.method} ${r.path}` : r.operation} [${r.origin}]`,
      ...(r.spec ? { file: r.spec.file } : {}),
      ...(r.verdict === 'failed' ? { failure: { message: `expected ${r.expected}; actual ${r.actual}`, type: r.check } } : {}),
      ...(r.verdict === 'waived' ? { skipped: { message: 'waived' }, stdout: `waived: ${r.waiver?.reason ?? ''}` } : {}),
    };
    const list = byCheck.get(r.check);
    if (list) list.push(tc);
    else byCheck.set(r.check, [tc]);
  }
  return junitXml([...byCheck].map(([check, cases]) => ({ name: check, cases })), `contract ${plan.integration}`);
}

/** `contract.pass_rate` / `contract.coverage` / `contract.violations`, aggregated and per job (`@jobId`). */
export function contractMetrics(results: ContractResult[]): MetricSet {
  const out: MetricSet = {};
  if (results.length === 0) return out;
  const errored = results.filter((r) => r.status === 'errored');
  const ok = results.filter((r) => r.status !== 'errored');
  const sum = (f: (r: ContractResult) => number): number => ok.reduce((a, r) => a + f(r), 0);
  const sources = (rs: ContractResult[]): string[] => rs.flatMap((r) => r.evidence.filter((e) => e.endsWith('contract-validation-results.json')));
  const erroredNote = errored.length ? `; ${errored.length} contract job(s) errored: ${errored.map((r) => r.jobId).join(', ')}` : '';

  const checks = sum((r) => r.counts.checks);
  const passed = sum((r) => r.counts.passed);
  const waived = sum((r) => r.counts.waived);
  const documented = sum((r) => r.counts.documented);
  const exercised = sum((r) => r.counts.exercised);
  // An errored job means no measurement: the aggregate has no data and its gate fails closed.
  out['contract.pass_rate'] = {
    value: errored.length || checks === 0 ? null : passed / checks,
    unit: 'ratio',
    basis: `${passed} of ${checks} contract checks passed${waived ? ` (${waived} waived, not counted)` : ''}${erroredNote}`,
    sources: sources(results),
  };
  out['contract.coverage'] = {
    value: errored.length || documented === 0 ? null : exercised / documented,
    unit: 'ratio',
    basis: `${exercised} of ${documented} documented operations exercised${erroredNote}`,
    sources: sources(results),
  };
  out['contract.violations'] = {
    value: errored.length ? null : checks - passed,
    unit: 'count',
    basis: `${checks - passed} failed contract checks${erroredNote}`,
    sources: sources(results),
  };
  for (const r of results) {
    const src = sources([r]);
    const note = r.status === 'errored' ? `errored: ${r.error ?? 'no measurement'}` : '';
    out[`contract.pass_rate@${r.jobId}`] = {
      value: r.metrics.pass_rate ?? null,
      unit: 'ratio',
      basis: note || `${r.counts.passed} of ${r.counts.checks} checks passed${r.counts.waived ? ` (${r.counts.waived} waived)` : ''}`,
      sources: src,
    };
    out[`contract.coverage@${r.jobId}`] = {
      value: r.metrics.coverage ?? null,
      unit: 'ratio',
      basis: note || `${r.counts.exercised} of ${r.counts.documented} documented operations exercised`,
      sources: src,
    };
    out[`contract.violations@${r.jobId}`] = {
      value: r.metrics.violations ?? null,
      unit: 'count',
      basis: note || `${r.counts.failed} failed checks`,
      sources: src,
    };
  }
  return out;
}
