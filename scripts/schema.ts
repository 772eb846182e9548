// Writes schema/integration-gate.schema.json from the composed schema (run: npm run schema).
import { writeFileSync } from 'node:fs';
import { buildSchema } from '../src/manifest/schema.js';

writeFileSync('schema/integration-gate.schema.json', `${JSON.stringify(buildSchema(), null, 2)}\n`);
