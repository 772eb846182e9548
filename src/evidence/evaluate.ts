import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GateReport, GateSpec, MetricSet, RunRecord } from '../core/types.js';
import { evaluateGates } from '../gates/evaluate.js';
import { testsMetrics, type TestsResult } from '../jobs/tests/index.js';
import { mergeReports, readReport } from '../junit/read.js';
import type { FileReport } from '../junit/model.js';
import { readBundleFile, verifyBundle } from './verify.js';

export interface EvaluateResult {
  ok: boolean;
  /** One line each: what differs or is wrong. */
  problems: string[];
  recorded?: GateReport;
  derived?: GateReport;
  /** Which metrics were re-derived from raw evidence, and which were taken as recorded. */
  rederived: string[];
  asRecorded: string[];
}

/**
 * Re-derives the decision from a bundle alone, for auditors: verifies every hash, re-reads the raw JUnit files
 * in the bundle to recompute the integration-test metrics, takes the other kinds' metrics as recorded in
 * run.json (their raw outputs are in the bundle for inspection), re-evaluates the recorded gate rules, and
 * compares the result with the recorded decision and gate values.
 */
export async function evaluateBundle(zipPath: string): Promise<EvaluateResult> {
  const verified = await verifyBundle(zipPath);
  const fail = (problems: string[]): EvaluateResult => ({ ok: false, problems, rederived: [], asRecorded: [] });
  if (!verified.ok) return fail(['the bundle does not verify; nothing can be re-derived', ...verified.problems]);
  const runJson = await readBundleFile(zipPath, 'run.json');
  if (!runJson) return fail(['run.json: missing from the bundle']);
  let record: RunRecord;
  try {
    record = JSON.parse(runJson.toString('utf8')) as RunRecord;
  } catch (err) {
    return fail([`run.json: not valid JSON (${(err as Error).message})`]);
  }
  const specs: GateSpec[] = record.gates.gates.map((g) => g.spec);
  const metrics: MetricSet = { ...record.metrics };
  const problems: string[] = [];

  // Integration tests: recompute counts from the raw JUnit in the bundle.
  const tests = record.results.filter((r): r is TestsResult => r.kind === 'tests');
  const rederivedKeys = new Set<string>();
  if (tests.length > 0) {
    const dir = await mkdtemp(path.join(tmpdir(), 'ig-evaluate-'));
    try {
      const recomputed: TestsResult[] = [];
      for (const r of tests) {
        const reports = [];
        const fromRaw = new Map<string, FileReport>();
        for (const f of r.files) {
          const data = await readBundleFile(zipPath, f.bundlePath);
          if (!data) {
            problems.push(`${f.bundlePath}: listed in run.json but not in the bundle`);
            continue;
          }
          const tmp = path.join(dir, `${reports.length}-${path.basename(f.bundlePath)}`);
          await writeFile(tmp, data);
          const report = await readReport(tmp);
          reports.push(report);
          fromRaw.set(f.bundlePath, report);
        }
        const merged = reports.length > 0 ? mergeReports(reports) : undefined;
        const counts = merged?.counts ?? { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, flakyMarkers: 0 };
        for (const k of ['tests', 'passed', 'failed', 'errored', 'skipped', 'flaky'] as const) {
          if (counts[k] !== r.counts[k]) problems.push(`${r.jobId}: ${k} is ${counts[k]} in the raw JUnit but ${r.counts[k]} in run.json`);
        }
        // Failures outside the test cases, from the raw files too (integration.suite_failures).
        const files = r.files.map(({ suiteFailures: _listed, ...f }) => {
          const found = fromRaw.get(f.bundlePath)?.suiteFailures;
          return found ? { ...f, suiteFailures: found } : f;
        });
        recomputed.push({ ...r, counts, files });
      }
      for (const [k, v] of Object.entries(testsMetrics(recomputed))) {
        metrics[k] = v;
        rederivedKeys.add(k);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  const derived = evaluateGates(metrics, specs);
  if (record.status === 'halted' && record.results.length === 0) derived.decision = 'NO-GO';
  if (derived.decision !== record.gates.decision) {
    problems.push(`decision: re-derived ${derived.decision}, recorded ${record.gates.decision}`);
  }
  derived.gates.forEach((g, i) => {
    const rec = record.gates.gates[i];
    if (rec && (rec.status !== g.status || rec.value !== g.value)) {
      problems.push(`gate ${g.spec.metric}: re-derived ${g.status} (${g.value}), recorded ${rec.status} (${rec.value})`);
    }
  });
  const used = new Set(specs.map((s) => s.metric));
  return {
    ok: problems.length === 0,
    problems,
    recorded: record.gates,
    derived,
    rederived: [...used].filter((k) => rederivedKeys.has(k)),
    asRecorded: [...used].filter((k) => !rederivedKeys.has(k)),
  };
}
