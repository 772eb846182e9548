import type { JobKindModule } from './kind.js';
import { testsKind } from './tests/index.js';

/** Every job kind, in the order the pipeline runs them within an integration. */
export const JOB_KINDS: JobKindModule[] = [testsKind];
