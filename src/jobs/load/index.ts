import type { JobContext } from '../../core/types.js';
import type { JobKindModule, PlanContext } from '../kind.js';
import { runBuiltin } from './builtin.js';
import { runK6 } from './k6.js';
import { toPlans } from './plan.js';
import { loadDefaultGates, loadMetrics } from './result.js';
import { loadSchema } from './schema.js';
import type { LoadJobPlan, LoadResult } from './types.js';

/**
 * The load job kind: the built-in engine (open/closed model, limits discovery, service resources) and k6.
 * Manifest reference and measurement notes: docs/load.md.
 */
export const loadKind: JobKindModule<LoadJobPlan, LoadResult> = {
  kind: 'load',
  key: 'load',
  schema: loadSchema,
  toPlans(raw: unknown, pointer: string, ctx: PlanContext): LoadJobPlan[] {
    return toPlans(raw, pointer, ctx);
  },
  run(plan: LoadJobPlan, ctx: JobContext): Promise<LoadResult> {
    return plan.engine === 'k6' ? runK6(plan, ctx) : runBuiltin(plan, ctx);
  },
  metrics: loadMetrics,
  defaultGates: loadDefaultGates,
};

export type { LoadJobPlan, LoadResult } from './types.js';
export type * from './types.js';
export { parseK6Summary, K6_EXIT_CODES } from './k6.js';
export { decodeHistogram } from './histogram.js';
