import type { JobKindModule } from './kind.js';
import { contractKind } from './contract/index.js';
import { loadKind } from './load/index.js';
import { testsKind } from './tests/index.js';

/**
 * Every job kind, in the order the pipeline runs them within an integration: contract first (is the
 * interface what the spec says?), then the integration tests, then load (which may disturb the service).
 */
export const JOB_KINDS: JobKindModule[] = [contractKind, testsKind, loadKind];
