#!/usr/bin/env node
// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with esbuild: ESM, node20 target (runs on
// node24 too), code splitting so modules only some runs need (GitHub publishing, artifact upload) are
// separate chunks loaded lazily. Output is deterministic so CI can diff it (`git diff --exit-code dist`).
import { build } from 'esbuild';
import { rm, writeFile, chmod } from 'node:fs/promises';
import path from 'node:path';

/** yazl's `buffer-crc32` → the native zlib.crc32 shim (scripts/shims/buffer-crc32.cjs; same API, tested). */
const nativeCrc32 = {
  name: 'native-crc32',
  setup(b) {
    b.onResolve({ filter: /^buffer-crc32$/ }, (args) =>
      /[\\/]node_modules[\\/]yazl[\\/]/.test(args.importer) ? { path: path.resolve('scripts/shims/buffer-crc32.cjs') } : undefined,
    );
  },
};

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/bin.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  sourcesContent: false,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  banner: {
    // Some CommonJS dependencies call require(); give ESM output a real one.
    js: "import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);",
  },
  plugins: [nativeCrc32],
  logLevel: 'warning',
});
await chmod('dist/cli.js', 0o755);
await writeFile('dist/package.json', '{ "type": "module" }\n');
