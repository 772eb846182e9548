import type { JobKind } from '../core/types.js';
import type { JobKindModule, ManifestValidator } from './kind.js';

/** A job kind as the registry knows it before it is needed: its manifest key, and how to load it. */
export interface JobKindEntry {
  kind: JobKind;
  key: string;
  load(): Promise<JobKindModule>;
  /** The validator of its manifest section (generated from the module's schema by `npm run schema`). */
  validator(): Promise<ManifestValidator>;
}

/**
 * Every job kind, in the order the pipeline runs them within an integration: contract first (is the
 * interface what the spec says?), then the integration tests, then load (which may disturb the service).
 * A kind's code is loaded only when a manifest uses it: most runs need one or two kinds, and loading the
 * others cost every start ~10 ms (bench/cli-junit.ts).
 */
export const JOB_KINDS: readonly JobKindEntry[] = [
  {
    kind: 'contract',
    key: 'contract',
    load: async () => (await import('./contract/index.js')).contractKind as JobKindModule,
    validator: async () => (await import('./contract/validator.generated.js')).default,
  },
  {
    kind: 'tests',
    key: 'tests',
    load: async () => (await import('./tests/index.js')).testsKind as JobKindModule,
    validator: async () => (await import('./tests/validator.generated.js')).default,
  },
  {
    kind: 'load',
    key: 'load',
    load: async () => (await import('./load/index.js')).loadKind as JobKindModule,
    validator: async () => (await import('./load/validator.generated.js')).default,
  },
];

/** The modules of the given kinds' keys (all kinds by default), in registry order. */
export async function loadJobKinds(keys?: ReadonlySet<string>): Promise<JobKindModule[]> {
  const wanted = JOB_KINDS.filter((k) => !keys || keys.has(k.key));
  return Promise.all(wanted.map((k) => k.load()));
}
