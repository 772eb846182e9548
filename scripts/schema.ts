// Writes the manifest's JSON Schema (schema/integration-gate.schema.json, for editors) and its validator
// compiled ahead of time with Ajv's standalone code generation (src/manifest/validator.generated.js), so a
// run does not spend ~100 ms compiling the schema at start-up. Run: npm run schema (a test checks both are
// up to date).
import { writeFileSync } from 'node:fs';
import { schemaFiles } from '../src/manifest/schema-build.js';

const files = await schemaFiles();
for (const [file, text] of Object.entries(files)) writeFileSync(file, text);
