import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { VERSION } from './version.js';
import { errorMessage } from './core/errors.js';
import { resolveInside } from './core/paths.js';
import { collectMetadata } from './core/metadata.js';
import type { Finding, JobContext, JobResultBase, Logger, MetricSet, PreflightReport, RunMetadata, RunRecord, ServiceReport } from './core/types.js';
import { formatDuration } from './core/units.js';
import { BundleWriter } from './evidence/bundle.js';
import { StagingSink, slug } from './evidence/sink.js';
import { evaluateGates } from './gates/evaluate.js';
import { loadManifest } from './manifest/load.js';
import type { Plan, PlannedJob } from './manifest/plan.js';
import { runPreflight } from './preflight/run.js';
import { SecretRedactor } from './process/redact.js';
import { defectLogCsv, executionReport, forwardRecommendations, scopeMatrix, signoff, testPlanMarkdown } from './report/documents.js';
import { renderHtml } from './report/html.js';
import { gatesJUnit } from './report/junit.js';
import { ServiceManager } from './services/manager.js';

export const TOOL = { name: 'integration-gate', version: VERSION };
export const BUNDLE_NAME = 'INTEGRATION-EVIDENCE.zip';

/** What the pipeline needs from its caller (CLI or Action): everything read from the outside world. */
export interface RunSettings {
  workspace: string;
  manifestFile: string;
  /** Output folder; the bundle is `<outDir>/INTEGRATION-EVIDENCE.zip`. Default `.integration-gate/<name>`. */
  outDir?: string;
  env: Record<string, string | undefined>;
  via: RunMetadata['via'];
  log: PhaseLogger;
  signal: AbortSignal;
  /** Called once the manifest is loaded, before anything starts (the Action creates its check run here). */
  onPlan?: (plan: Plan) => Promise<void>;
  /**
   * Called once the record is final and every report is staged, while the zip is being finished (the CLI
   * writes the job summary here). The bundle's hash is not known yet; `record.bundle` says where it will be.
   */
  onRecord?: (record: RunRecord, redact: (text: string) => string) => Promise<void>;
}

export interface PhaseLogger extends Logger {
  phaseStart(name: string): void;
  phaseEnd(name: string, ok: boolean, detail: string): void;
  /** What a job found (failed tests, unreadable files, …), told after its phaseEnd. */
  findings(findings: readonly Finding[]): void;
}

export interface RunOutput {
  plan: Plan;
  record: RunRecord;
  zipPath: string;
  zipSha256: string;
  stagingDir: string;
  redactor: SecretRedactor;
}

/**
 * manifest → services → preflight → jobs → metrics → gates → evidence bundle.
 * Throws UserError only for a bad manifest (before anything starts). Everything after that ends in a
 * RunRecord and a bundle, whatever happened: services are always stopped, a crashing job becomes an errored
 * result, a failed preflight halts the jobs but still produces the bundle that says why.
 */
export async function runPipeline(s: RunSettings): Promise<RunOutput> {
  const metadata = collectMetadata(s.env, s.workspace, s.via);
  const plan = await loadManifest({ file: s.manifestFile, workspace: s.workspace });
  const outDir = resolveInside(s.workspace, s.outDir ?? path.join('.integration-gate', slug(plan.name)), 'output folder');
  await s.onPlan?.(plan);
  const stagingDir = path.join(outDir, 'evidence');
  // The last run's evidence is moved aside and deleted while this run goes on (deleting a few dozen files
  // took ~4 ms that nothing needs to wait for); the run ends once it is gone.
  const { deleted } = await moveAside(stagingDir);
  await mkdir(stagingDir, { recursive: true });
  try {
    return await runStaged(s, plan, metadata, outDir, stagingDir);
  } finally {
    await deleted;
  }
}

/** Moves `dir` aside, if it exists, and starts deleting the moved copy (`deleted` settles once it is gone). */
async function moveAside(dir: string): Promise<{ deleted: Promise<void> }> {
  const aside = `${dir}.old-${process.pid}-${Date.now()}`;
  try {
    await rename(dir, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') await rm(dir, { recursive: true, force: true });
    return { deleted: Promise.resolve() };
  }
  return { deleted: rm(aside, { recursive: true, force: true }).catch(() => undefined) };
}

/** The run, once its staging folder exists. */
async function runStaged(
  settings: RunSettings,
  plan: Plan,
  metadata: Promise<RunMetadata>,
  outDir: string,
  stagingDir: string,
): Promise<RunOutput> {
  let s = settings;
  const evidence = new StagingSink(stagingDir);
  const redactor = new SecretRedactor(plan.secrets.map((k) => s.env[k] ?? '').filter(Boolean));
  // Everything printed goes through the redactor too (a command line may carry a secret).
  s = { ...s, log: redactingLogger(s.log, redactor) };

  // The plan's own evidence first: what we were asked to verify (registered first; written while the run
  // starts, so the file system's round trips are not on the way to the first command).
  const planEvidence = Promise.all([
    evidence.writeText(`manifest/${path.basename(s.manifestFile)}`, redactor.redact(plan.source), { kind: 'manifest', producer: 'run' }),
    evidence.writeJson('integration-scope-matrix.json', scopeMatrix(plan), { kind: 'result', producer: 'run' }),
    evidence.writeText('integration-test-plan.md', testPlanMarkdown(plan), { kind: 'report', producer: 'run' }),
  ]);
  planEvidence.catch(() => undefined); // awaited below, before the bundle

  const services = new ServiceManager(evidence, redactor, s.log, s.env);
  let serviceReports: ServiceReport[] = [];
  let preflight: PreflightReport = { ok: true, checks: [] };
  let haltReason: string | undefined;
  const results: JobResultBase[] = [];
  try {
    if (plan.services.length > 0) {
      s.log.phaseStart(`services (${plan.services.length})`);
      serviceReports = await services.startAll(plan.services, s.signal);
      const bad = serviceReports.find((r) => !r.ready);
      if (bad) haltReason = `service ${bad.name} ${bad.detail}`;
      else if (serviceReports.length < plan.services.length) haltReason = 'services were not all started';
      s.log.phaseEnd('services', !haltReason, haltReason ?? serviceReports.map((r) => `${r.name} ready${r.readyAfterMs !== undefined ? ` in ${formatDuration(r.readyAfterMs)}` : ''}`).join(', '));
    }
    if (!haltReason && plan.preflight.length > 0) {
      s.log.phaseStart(`preflight (${plan.preflight.length} checks)`);
      preflight = await runPreflight(plan.preflight, { env: s.env, cwd: s.workspace, redactor, signal: s.signal });
      const failed = preflight.checks.filter((c) => !c.ok);
      if (failed.length) haltReason = `preflight failed: ${failed.map((c) => `${c.type} ${c.target}: ${c.detail}`).join('; ')}`;
      for (const c of preflight.checks) s.log.info(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.type} ${c.target} — ${c.detail}`);
      s.log.phaseEnd('preflight', failed.length === 0, `${preflight.checks.length - failed.length} of ${preflight.checks.length} passed`);
    }
    if (!haltReason) {
      const handles = services.handles();
      for (const job of plan.jobs) {
        if (s.signal.aborted) break;
        results.push(await runJob(job, plan, { ...s, evidence, redactor, handles }));
      }
    }
  } finally {
    if (plan.services.length > 0) await services.stopAll();
  }
  if (s.signal.aborted && !haltReason) haltReason = 'interrupted (SIGINT/SIGTERM); jobs not run are missing';

  // Jobs and services are done: their evidence is final, so it is zipped (on the thread pool) while the
  // reports are written.
  await planEvidence;
  const run = await metadata;
  const zipPath = path.join(outDir, BUNDLE_NAME);
  const bundle = new BundleWriter(zipPath, stagingDir, run.startedAt);
  bundle.add(evidence.seal());
  const metrics = collectMetrics(plan, results);
  const gates = evaluateGates(metrics, plan.gates);
  if (haltReason && results.length === 0) {
    gates.decision = 'NO-GO';
    gates.headline = `halted before any job — ${haltReason}`;
  }
  run.finishedAt = new Date().toISOString();

  // Reporters read only the record: redact it once, here, so no secret reaches any of them.
  const record: RunRecord = redactDeep({
    schemaVersion: 1,
    tool: TOOL,
    manifest: { file: s.manifestFile, name: plan.name },
    run,
    status: haltReason && results.length === 0 ? 'halted' : 'completed',
    ...(haltReason ? { haltReason } : {}),
    services: serviceReports,
    preflight,
    results,
    metrics,
    gates,
  } satisfies RunRecord, redactor);
  record.bundle = { name: BUNDLE_NAME, path: path.relative(s.workspace, zipPath), files: 0 };

  try {
    await writeReports(record, plan, evidence, redactor, bundle);
    bundle.add(evidence.seal());
  } catch (err) {
    await bundle.abort();
    throw err;
  }
  const [{ zipSha256 }] = await Promise.all([
    bundle.finish({ tool: TOOL, manifest: record.manifest, run, decision: gates.decision, headline: gates.headline }),
    s.onRecord?.(record, (text) => redactor.redact(text)),
  ]);
  return { plan, record, zipPath, zipSha256, stagingDir, redactor };
}

async function runJob(
  job: PlannedJob,
  plan: Plan,
  s: RunSettings & { evidence: StagingSink; redactor: SecretRedactor; handles: ReturnType<ServiceManager['handles']> },
): Promise<JobResultBase> {
  const { plan: p, module } = job;
  const integration = plan.integrations.find((i) => i.name === p.integration);
  const service = integration?.service ? s.handles.get(integration.service) : undefined;
  const ctx: JobContext = {
    workspace: s.workspace,
    integration: p.integration,
    jobId: p.jobId,
    evidenceDir: p.evidenceDir,
    evidence: s.evidence,
    redactor: s.redactor,
    log: s.log,
    signal: s.signal,
    env: s.env,
    ...(service ? { service } : {}),
  };
  const started = Date.now();
  s.log.phaseStart(`${p.jobId} — ${p.title}`);
  let result: JobResultBase;
  try {
    result = await module.run(p, ctx);
  } catch (err) {
    // A job that crashes becomes an errored result; evidence it wrote stays in the staging folder.
    const message = s.redactor.redact(errorMessage(err));
    result = {
      kind: p.kind,
      jobId: p.jobId,
      integration: p.integration,
      title: p.title,
      status: 'errored',
      error: `job crashed: ${message}`,
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      metrics: {},
      findings: [{ level: 'failure', title: `${p.jobId} crashed`, message }],
      facts: [],
      evidence: [],
    };
  }
  const summary = result.error ?? result.facts.map(([k, v]) => `${k} ${v}`).join(', ');
  s.log.phaseEnd(p.jobId, result.status === 'passed', `${result.status} in ${formatDuration(result.durationMs)}${summary ? `; ${summary}` : ''}`);
  // Below it, what the job found; a finding that only repeats the job's error (shown on its line) is left out.
  const { error } = result;
  s.log.findings(error ? result.findings.filter((f) => f.message === '' || !error.endsWith(f.message)) : result.findings);
  return result;
}

/** Each kind aggregates its own results; the pipeline only merges the maps. */
export function collectMetrics(plan: Plan, results: JobResultBase[]): MetricSet {
  const metrics: MetricSet = {};
  for (const module of new Set(plan.jobs.map((j) => j.module))) {
    Object.assign(metrics, module.metrics(results.filter((r) => r.kind === module.kind)));
  }
  return metrics;
}

function redactingLogger(log: PhaseLogger, redactor: SecretRedactor): PhaseLogger {
  const r = (m: string): string => redactor.redact(m);
  return {
    info: (m) => log.info(r(m)),
    warn: (m) => log.warn(r(m)),
    progress: (m) => log.progress(r(m)),
    phaseStart: (name) => log.phaseStart(r(name)),
    phaseEnd: (name, ok, detail) => log.phaseEnd(r(name), ok, r(detail)),
    findings: (findings) =>
      log.findings(findings.map((f) => ({ ...f, title: r(f.title), message: r(f.message), ...(f.file ? { file: r(f.file) } : {}) }))),
  };
}

/** A copy of `value` with every string redacted (keys included); `value` itself when there is no secret. */
export function redactDeep<T>(value: T, redactor: SecretRedactor): T {
  if (!redactor.active) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactor.redact(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [redactor.redact(k), walk(x)]));
    }
    return v;
  };
  return walk(value) as T;
}

/**
 * Writes the run's reports. Each goes to the bundle as soon as it is made (zipped from memory while the next
 * is made, while its file is written); returns once every file is on disk. Between two reports the event loop
 * gets a turn, so the bundle's reads and compressions keep going on the thread pool.
 */
async function writeReports(record: RunRecord, plan: Plan, evidence: StagingSink, redactor: SecretRedactor, bundle: BundleWriter): Promise<void> {
  const json = (v: unknown): string => redactor.redact(`${JSON.stringify(v, null, 2)}\n`);
  const critical = new Set(plan.integrations.filter((i) => i.critical).map((i) => i.name));
  const reports: Array<[rel: string, kind: 'result' | 'report', make: () => string]> = [
    ['environment-validation-report.json', 'result', () => json({ ok: record.preflight.ok && record.services.every((x) => x.ready), services: record.services, preflight: record.preflight })],
    ['tests/test-execution-report.json', 'result', () => json(executionReport(record))],
    ['defect-log.csv', 'result', () => redactor.redact(defectLogCsv(record, critical))],
    ['gates/gate-report.json', 'result', () => json(record.gates)],
    ['gates/junit.xml', 'result', () => redactor.redact(gatesJUnit(record.gates, plan.name))],
    ['integration-signoff.json', 'result', () => json(signoff(record))],
    ['forward-recommendations.md', 'report', () => redactor.redact(forwardRecommendations(record))],
    ['report/index.html', 'report', () => redactor.redact(renderHtml(record))],
    // run.json comes last and counts the bundle's files: those staged, itself, and the evidence manifest.
    [
      'run.json',
      'result',
      () => {
        if (record.bundle) record.bundle.files = evidence.list().length + 2;
        return json(record);
      },
    ],
  ];
  const written: Array<Promise<string>> = [];
  for (const [rel, kind, make] of reports) {
    const done = evidence.writeText(rel, make(), { kind, producer: 'run' }); // registers the file and its bytes at once
    done.catch(() => undefined); // awaited below
    written.push(done);
    bundle.add(evidence.seal());
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(written);
}
