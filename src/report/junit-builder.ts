import type { Builder } from 'junit-report-builder';

/**
 * A fresh JUnit XML builder from `junit-report-builder`, loaded on first use (it is not needed at start-up).
 * The package declares an ES default export but ships CommonJS (`module.exports = builder`); depending on the
 * loader (Node, esbuild) the default import is the builder or a wrapper holding it. The guard picks the builder.
 */
export async function newJUnitBuilder(): Promise<Builder> {
  const imported: unknown = (await import('junit-report-builder')).default;
  const root = isBuilder(imported) ? imported : (imported as { default: Builder }).default;
  return root.newBuilder();
}

function isBuilder(x: unknown): x is Builder {
  return typeof x === 'object' && x !== null && typeof (x as { newBuilder?: unknown }).newBuilder === 'function';
}
