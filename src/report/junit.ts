import { newJUnitBuilder } from './junit-builder.js';
import type { GateReport } from '../core/types.js';
import { formatValue } from '../gates/evaluate.js';

/** The gates as JUnit XML (one test case per gate; failed gates fail, warnings are passing cases with output). */
export async function gatesJUnit(report: GateReport, suiteName: string): Promise<string> {
  const builder = await newJUnitBuilder();
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
