#!/usr/bin/env node
// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with esbuild: ESM, node20 target (runs on
// node24 too), code splitting so modules only some runs need (GitHub publishing, artifact upload, verify) are
// separate chunks loaded lazily. Output is deterministic so CI can diff it (`git diff --exit-code dist`).
//
// Start-up time is most of a small run, and V8 must at least scan every byte a process loads, so:
// - the CLI and the Action are two builds: one shared build split the code both load into a dozen chunks
//   shaped by what the *other* entry needs, and each chunk costs a module load (resolve, read, compile, link);
// - third-party code (node_modules) and the generated manifest validator are stripped of white space (about a
//   third of their bytes). Our own code stays as written, readable in dist/.
// bench/cli-junit.ts measures the effect (README, Performance).
import { build, transform } from 'esbuild';
import { readFile, rm, writeFile, chmod } from 'node:fs/promises';
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

/** Third-party code and the generated validator, without white space (same code, fewer bytes to scan). */
const compactVendor = {
  name: 'compact-vendor',
  setup(b) {
    b.onLoad({ filter: /([\\/]node_modules[\\/].*\.(c|m)?js|validator\.generated\.js)$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      // Keep CommonJS as CommonJS: only white space changes, so esbuild still sees the module as written.
      const { code } = await transform(source, { loader: 'js', minifyWhitespace: true, sourcefile: args.path });
      return { contents: code, loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

const common = {
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
  plugins: [nativeCrc32, compactVendor],
  logLevel: 'warning',
};

await rm('dist', { recursive: true, force: true });
// The Action's and the CLI's chunks share one folder; their names carry the content hash, so they never clash.
await build({ ...common, entryPoints: { index: 'src/index.ts' } });
await build({ ...common, entryPoints: { cli: 'src/bin.ts' } });
await chmod('dist/cli.js', 0o755);
await writeFile('dist/package.json', '{ "type": "module" }\n');
