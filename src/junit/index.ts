/** JUnit XML / TRX / NUnit 3 reading: see docs/junit.md. */
export {
  JUnitReadError, RunIndex, DEFAULT_READ_OPTIONS, zeroCounts, addCounts,
  type CaseStatus, type Counts, type Disagreement, type FileReport, type ReadOptions, type ReadErrorReason, type SuiteFailure, type TestCase,
} from './model.js';
export { readReport, readReportBuffer, mergeReports } from './read.js';
export { locateInStack, type SourceLocation, type LocationHint } from './stack.js';
export { parseDurationMs } from './duration.js';
