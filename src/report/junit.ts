import junitModule, { type Builder } from 'junit-report-builder';
import type { GateReport } from '../core/types.js';
import { formatValue } from '../gates/evaluate.js';

/**
 * The package declares an ES default export but ships CommonJS (`module.exports = builder`); depending on the
 * loader (Node, esbuild) the default import is the builder or a wrapper holding it. The guard picks the builder.
 */
function isBuilder(x: unknown): x is Builder {
  return typeof x === 'object' && x !== null && typeof (x as { newBuilder?: unknown }).newBuilder === 'function';
}
const imported: unknown = junitModule;
const junitReportBuilder: Builder = isBuilder(imported) ? imported : (imported as { default: Builder }).default;

/** The gates as JUnit XML (one test case per gate; failed gates fail, warnings are passing cases with output). */
export function gatesJUnit(report: GateReport, suiteName: string): string {
  const builder = junitReportBuilder.newBuilder();
  const suite = builder.testSuite().name(`integration-gate: ${suiteName}`);
  for (const g of report.gates) {
    const tc = suite
      .testCase()
      .className(`gates.${g.spec.severity}`)
      .name(`${g.spec.metric} ${g.spec.op} ${formatValue(g.spec.threshold, g.unit)}`);
    if (g.status === 'fail') tc.failure(g.reason, g.value === null ? 'no-data' : 'threshold');
    else tc.standardOutput(`${g.status}: ${g.reason}`);
  }
  return builder.build();
}
