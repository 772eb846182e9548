import type { ErrorObject } from 'ajv';
import type { GateSpec, JobContext, JobKind, JobResultBase, MetricSet } from '../core/types.js';

/**
 * A validator compiled ahead of time (Ajv standalone code, `npm run schema`). `at` places a section inside the
 * manifest, so its errors carry the section's absolute JSON pointer.
 */
export type ManifestValidator = ((
  data: unknown,
  at?: { instancePath: string; parentData: unknown; parentDataProperty: string | number; rootData: unknown },
) => boolean) & { errors?: ErrorObject[] | null };

/**
 * What the loader hands a job kind while turning the validated manifest into a plan. `fail` throws a
 * ManifestError positioned at the JSON pointer (e.g. '/integrations/0/load/1/rate'), so semantic errors
 * (a bad duration, a path outside the workspace) name file:line:col like schema errors do.
 */
export interface PlanContext {
  /** Manifest file, as given by the user. */
  file: string;
  /** Absolute workspace root. */
  workspace: string;
  /** Integration name this section belongs to. */
  integration: string;
  /** Name of the service the integration targets, if any, with its URL. */
  service?: { name: string; url?: string; managed: boolean };
  /** Throws a ManifestError at `pointer`: `<file>:<line>:<col>: <key>: <detail>`. */
  fail(pointer: string, detail: string): never;
  /** Resolves a user path against the workspace; fails at `pointer` if it escapes the workspace. */
  resolvePath(pointer: string, userPath: string): string;
  /** Parses a duration (`30s`) or fails at `pointer`. */
  duration(pointer: string, value: unknown): number;
}

/** Base of every job plan. */
export interface JobPlanBase {
  kind: JobKind;
  /** Stable id, unique in the run, e.g. 'payments-api/tests#1'. */
  jobId: string;
  integration: string;
  /** Folder for the job's evidence inside the bundle, e.g. 'tests/payments-api-1'. */
  evidenceDir: string;
  /** One line for the test plan and the terminal. */
  title: string;
}

/**
 * A job kind plugs into the pipeline through this interface. The pipeline never looks inside plans or
 * results beyond JobPlanBase / JobResultBase: kinds own their schema, plan, run, metrics and default gates.
 */
export interface JobKindModule<P extends JobPlanBase = JobPlanBase, R extends JobResultBase = JobResultBase> {
  kind: JobKind;
  /** The key under an integration in the manifest (`tests`, `load`, `contract`, `fallback`). */
  key: string;
  /** JSON Schema of the value under `key` (composed into the shipped manifest schema). */
  schema: Record<string, unknown>;
  /**
   * Turns the validated value under `key` into job plans. `pointer` is the JSON pointer of that value.
   * `index` helpers: use `${pointer}/${i}` for array items.
   */
  toPlans(raw: unknown, pointer: string, ctx: PlanContext): P[];
  /** Optional: adjusts this kind's plans once all integrations are planned (e.g. unique evidence folders). */
  finalizePlans?(plans: P[]): void;
  /** Runs one job. Must not throw for failures of the system under test; the pipeline turns throws into errored results. */
  run(plan: P, ctx: JobContext): Promise<R>;
  /** Metrics offered to the gates: `<kind>.<name>` aggregates over `results`, `<kind>.<name>@<jobId>` per job. */
  metrics(results: R[]): MetricSet;
  /** Gates this kind adds when the manifest does not configure that metric (seed defaults), and per-job gates. */
  defaultGates(plans: P[]): GateSpec[];
}
