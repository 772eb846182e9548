#!/usr/bin/env node
// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with esbuild: ESM, node20 target (runs on
// node24 too), code splitting so modules only some runs need (GitHub publishing, artifact upload, verify) are
// separate chunks loaded lazily. Output is deterministic so CI can diff it (`git diff --exit-code dist`).
//
// The CLI and the Action are two builds: one shared build split the code both load into a dozen chunks shaped
// by what the *other* entry needs, and each chunk costs a module load (resolve, read, compile, link) at every
// start. (Minifying was measured too: half the bytes, no faster to load, so dist/ stays readable.)
import { build } from 'esbuild';
import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire, isBuiltin } from 'node:module';
import path from 'node:path';
import { patchYazl } from './shims/yazl-pump.mjs';

/** yazl's `buffer-crc32` → the native zlib.crc32 shim (scripts/shims/buffer-crc32.cjs; same API, tested). */
const nativeCrc32 = {
  name: 'native-crc32',
  setup(b) {
    b.onResolve({ filter: /^buffer-crc32$/ }, (args) =>
      /[\\/]node_modules[\\/]yazl[\\/]/.test(args.importer) ? { path: path.resolve('scripts/shims/buffer-crc32.cjs') } : undefined,
    );
  },
};

/** yazl's `zlib` → Node's zlib with deflateRaw's output buffer sized to the input (scripts/shims/yazl-zlib.cjs; tested). */
const yazlZlib = {
  name: 'yazl-zlib',
  setup(b) {
    b.onResolve({ filter: /^zlib$/ }, (args) =>
      /[\\/]node_modules[\\/]yazl[\\/]/.test(args.importer) ? { path: path.resolve('scripts/shims/yazl-zlib.cjs') } : undefined,
    );
  },
};

/** yazl itself, with its walk to the next entry to write resumed instead of restarted (scripts/shims/yazl-pump.mjs; tested). */
const yazlPump = {
  name: 'yazl-pump',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]yazl[\\/]index\.js$/ }, async (args) => ({
      contents: patchYazl(await readFile(args.path, 'utf8')),
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
  },
};

/**
 * Node's built-in modules, imported from ES modules, are taken with require() instead. An ESM import of a
 * built-in builds a facade that reads every export once, which runs the module's lazy getters: `node:crypto`
 * loads WebCrypto, `node:fs/promises` readline, `node:util` a dozen modules… Here each import gets a module of
 * our own: `export const x = require(name).x` per export, marked pure so that esbuild keeps only the exports
 * the code imports, and reads only those. (`node:module` is left alone: the banner imports it anyway.) An
 * export missing from the Node that builds fails the build (`import-is-undefined`).
 */
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(b) {
    const require = createRequire(import.meta.url);
    b.onResolve({ filter: /^[a-z_:/]+$/ }, (args) =>
      args.kind === 'import-statement' && isBuiltin(args.path) && !/^(node:)?module$/.test(args.path) ? { path: args.path, namespace: 'builtin-require' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'builtin-require' }, (args) => {
      const name = JSON.stringify(args.path);
      const keys = Object.getOwnPropertyNames(require(args.path)).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default');
      const lines = [`const m = require(${name});`, 'export default m;', ...keys.map((k) => `export const ${k} = /* @__PURE__ */ (() => m.${k})();`)];
      return { contents: `${lines.join('\n')}\n`, loader: 'js' };
    });
  },
};

/**
 * `yaml` → its ES module build (the one its package.json gives browsers; the same sources, with
 * `console.warn` for `process.emitWarning`). The CommonJS build that Node resolves cannot be tree-shaken:
 * 198 KB instead of 262 KB in every run, ~5 ms less to load.
 */
const yamlEsm = {
  name: 'yaml-esm',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: path.resolve('node_modules/yaml/browser/dist/index.js') }));
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
  plugins: [nativeCrc32, yazlZlib, yazlPump, builtinsByRequire, yamlEsm],
  logLevel: 'warning',
  logOverride: { 'import-is-undefined': 'error' },
};

await rm('dist', { recursive: true, force: true });
// The Action's and the CLI's chunks share one folder; their names carry the content hash, so they never clash.
await build({ ...common, entryPoints: { index: 'src/index.ts' } });
await build({ ...common, entryPoints: { cli: 'src/bin.ts' } });
await chmod('dist/cli.js', 0o755);
await writeFile('dist/package.json', '{ "type": "module" }\n');
