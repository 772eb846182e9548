import { DURATION_PATTERN, PERCENT_PATTERN, RATE_PATTERN } from '../core/units.js';

/** JSON Schema pieces shared by the manifest schema and the job kinds' fragments. */

export const duration = (description: string): Record<string, unknown> => ({
  type: 'string',
  pattern: DURATION_PATTERN,
  description: `${description} A duration: 250ms, 30s, 10m, 1h, 1m30s.`,
});

export const rate = (description: string): Record<string, unknown> => ({
  type: 'string',
  pattern: RATE_PATTERN,
  description: `${description} A rate: 200/s, 600/m.`,
});

export const percentOrNumber = (description: string): Record<string, unknown> => ({
  anyOf: [{ type: 'number' }, { type: 'string', pattern: PERCENT_PATTERN }],
  description: `${description} A number, or a percentage such as 90% (= 0.9).`,
});

/** JUnit file globs: one pattern or a list, relative to the job's cwd (checked by src/jobs/junit-files.ts's junitGlobs). */
export const junitGlobs = (description: string): Record<string, unknown> => ({
  anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 }],
  description: `${description} Relative to cwd; only files written during this run count.`,
});
