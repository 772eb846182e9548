import type { JobContext } from '../../core/types.js';
import type { JobKindModule, PlanContext } from '../kind.js';
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
  async run(plan: LoadJobPlan, ctx: JobContext): Promise<LoadResult> {
    // Engines load only when a load job runs.
    if (plan.engine === 'k6') return (await import('./k6.js')).runK6(plan, ctx);
    return (await import('./builtin.js')).runBuiltin(plan, ctx);
  },
  metrics: loadMetrics,
  defaultGates: loadDefaultGates,
};

export type { LoadJobPlan, LoadResult } from './types.js';
export type * from './types.js';
export { parseK6Summary, K6_EXIT_CODES } from './k6.js';
