// The manifest is validated in stages (src/manifest/load.ts, schemaErrors): the manifest without its job
// sections by one precompiled validator, each job section by its kind's. Here the stages are compared with
// the whole schema compiled at once, on the demo manifest and on hundreds of mutations of it (wrong types,
// missing and unknown keys, at every depth, job sections included): the same verdict and the same errors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Ajv, type ErrorObject } from 'ajv';
import { parse } from 'yaml';
import { loadJobKinds } from '../../src/jobs/registry.js';
import { schemaErrors } from '../../src/manifest/load.js';
import { AJV_OPTIONS } from '../../src/manifest/schema-build.js';
import { buildSchema } from '../../src/manifest/schema.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** An error as the loader uses it (parentSchema names the allowed keys and alternatives). A root's `$id`,
 * `$schema` and `definitions` differ between the whole schema and the staged ones, and are not used. */
const key = (e: ErrorObject): string => {
  const { $id: _id, $schema: _schema, definitions: _defs, ...parent } = (e.parentSchema ?? {}) as Record<string, unknown>;
  return `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)} ${e.message ?? ''} ${JSON.stringify(parent)}`;
};

/** Every path to a value in `v` (arrays by index, objects by key). */
function paths(v: Json, at: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

function edit(v: Json, at: Array<string | number>, change: (parent: Record<string, Json> | Json[], last: string | number) => void): Json {
  const copy = structuredClone(v);
  let parent = copy as Record<string, Json> | Json[];
  for (const seg of at.slice(0, -1)) parent = (parent as Record<string, Json>)[seg] as Record<string, Json>;
  change(parent, at[at.length - 1] as string | number);
  return copy;
}

test('the staged validators give the whole schema\'s verdict and errors, mutation after mutation', async () => {
  const whole = new Ajv({ ...AJV_OPTIONS }).compile(buildSchema(await loadJobKinds()));
  const demo = parse(readFileSync('fixtures/demo/integration-gate.yml', 'utf8')) as Json;
  const replacements: Json[] = [null, 7, -1, 'text', '', true, [], {}, ['x'], { bogus: 1 }];
  const variants: Json[] = [demo];
  for (const at of paths(demo)) {
    if (at.length === 0) continue;
    for (const r of replacements) variants.push(edit(demo, at, (p, last) => void ((p as Record<string, Json>)[last] = r)));
    variants.push(edit(demo, at, (p, last) => (Array.isArray(p) ? p.splice(last as number, 1) : delete p[last])));
    variants.push(
      edit(demo, at, (p, last) => {
        const target = (p as Record<string, Json>)[last];
        if (target !== null && typeof target === 'object' && !Array.isArray(target)) target.unknownKey = 1;
      }),
    );
  }
  let invalid = 0;
  let inJobSections = 0;
  for (const v of variants) {
    const expected = whole(v) ? [] : (whole.errors ?? []).map(key).sort();
    const got = (await schemaErrors(v)).map(key).sort();
    assert.deepEqual(got, expected, `manifest: ${JSON.stringify(v).slice(0, 400)}`);
    if (expected.length > 0) invalid++;
    if (expected.some((e) => /^\/integrations\/\d+\/(contract|tests|load)\//.test(e))) inJobSections++;
  }
  // The corpus does exercise both stages.
  assert.ok(variants.length > 500, `${variants.length} variants`);
  assert.ok(invalid > 400, `${invalid} invalid variants`);
  assert.ok(inJobSections > 200, `${inJobSections} with errors inside job sections`);
});
