/**
 * Bundles bench/junit-child.ts (and the reader) into one .mjs with esbuild, as dist/ is built, so a
 * measurement runs with plain node, without the TypeScript loader's ~40 MB. Used by bench/junit.ts and by
 * bench/cli-junit.ts (its machine yardstick).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export async function bundleChild(dir: string): Promise<string> {
  const { build } = await import('esbuild');
  const out = path.join(dir, 'child.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./junit-child.ts', import.meta.url))],
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return out;
}
