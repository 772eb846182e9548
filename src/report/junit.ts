import type { GateReport } from '../core/types.js';
import { formatValue } from '../gates/evaluate.js';
import { junitXml } from './junit-xml.js';

/** The gates as JUnit XML (one test case per gate; failed gates fail, warnings are passing cases with output). */
export function gatesJUnit(report: GateReport, suiteName: string): string {
  const cases = report.gates.map((g) => ({
    classname: `gates.${g.spec.severity}`,
    name: `${g.spec.metric} ${g.spec.op} ${formatValue(g.spec.threshold, g.unit)}`,
    ...(g.status === 'fail'
      ? { failure: { message: g.reason, type: g.value === null ? 'no-data' : 'threshold' } }
      : { stdout: `${g.status}: ${g.reason}` }),
  }));
  return junitXml([{ name: `integration-gate: ${suiteName}`, cases }]);
}
