import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ManifestError, UserError } from '../../src/core/errors.js';
import { loadManifest, parseManifest } from '../../src/manifest/load.js';

const workspace = mkdtempSync(path.join(tmpdir(), 'ig-manifest-'));
const file = 'integration-gate.yml';
const parse = (text: string) => parseManifest(text, { file, workspace });

const VALID = `version: 1
name: payments
services:
  api:
    start: node server.mjs
    url: http://127.0.0.1:3000
    ready: { http: /health, timeout: 30s }
preflight:
  - env: [API_KEY]
  - tcp: 127.0.0.1:5432
  - http: http://127.0.0.1:3000/health
  - command: node
  - run: "true"
integrations:
  - name: payments-api
    service: api
    tests:
      - command: npm test
        junit: reports/*.xml
        timeout: 10m
gates:
  integration.success_rate: { min: 95%, severity: critical }
`;

async function expectError(text: string, line: number, col: number, ...fragments: string[]): Promise<ManifestError> {
  try {
    await parse(text);
  } catch (err) {
    assert.ok(err instanceof ManifestError, `expected a ManifestError, got ${String(err)}`);
    assert.equal(err.message.split('\n').length, 1, 'one line');
    assert.ok(err.message.startsWith(`${file}:${line}:${col}: `), `position in: ${err.message}`);
    for (const f of fragments) assert.ok(err.message.includes(f), `'${f}' in: ${err.message}`);
    return err;
  }
  assert.fail('expected an error');
}

test('a valid manifest becomes a typed plan', async () => {
  const plan = await parse(VALID);
  assert.equal(plan.name, 'payments');
  assert.equal(plan.services[0]?.ready?.http, 'http://127.0.0.1:3000/health');
  assert.equal(plan.services[0]?.ready?.timeoutMs, 30_000);
  assert.deepEqual(plan.preflight.map((p) => p.type), ['env', 'tcp', 'http', 'command', 'run']);
  assert.equal(plan.jobs.length, 1);
  assert.equal(plan.jobs[0]?.plan.jobId, 'payments-api/tests#1');
  assert.deepEqual(plan.secrets, ['API_KEY']);
  const gate = plan.gates.find((g) => g.metric === 'integration.success_rate');
  assert.equal(gate?.threshold, 0.95);
  assert.equal(gate?.op, '>=');
  assert.equal(gate?.severity, 'critical');
  assert.equal(gate?.origin, 'manifest');
});

test('default gates follow the seeds', async () => {
  const plan = await parse(VALID.replace(/gates:[\s\S]*$/, ''));
  const gate = plan.gates.find((g) => g.metric === 'integration.success_rate');
  assert.equal(gate?.threshold, 0.9);
  assert.equal(gate?.severity, 'critical');
  assert.equal(gate?.warnBand, 0.1);
});

test('missing manifest: one line naming the file and what to do', async () => {
  await assert.rejects(loadManifest({ file: 'nope.yml', workspace }), (err: unknown) => {
    assert.ok(err instanceof UserError);
    assert.match(err.message, /^nope\.yml: manifest not found; create it/);
    return true;
  });
});

test('a manifest outside the workspace is refused', async () => {
  await assert.rejects(loadManifest({ file: '../outside.yml', workspace }), /must be inside the workspace/);
});

test('invalid YAML names the position', async () => {
  await expectError('version: 1\nname: [unclosed\n', 3, 1, 'invalid YAML');
});

test('duplicate keys are errors', async () => {
  await expectError('version: 1\nname: a\nname: b\nintegrations: []\n', 3, 1, 'invalid YAML');
});

test('an empty manifest says what is expected', async () => {
  await expectError('', 1, 1, 'empty', 'version, name and integrations');
});

test('unknown key: names the key, the allowed keys and a suggestion', async () => {
  await expectError(VALID.replace('    tests:', '    tset:'), 17, 5, "integrations[0].tset: unknown key 'tset'", 'expected one of: name, service', "did you mean 'tests'");
});

test('unknown top-level key', async () => {
  await expectError(`${VALID}extra: 1\n`, 23, 1, "unknown key 'extra'");
});

test('wrong type names expected and found', async () => {
  await expectError(VALID.replace('name: payments\n', 'name: [a, b]\n'), 2, 7, 'name: expected string', 'found a list');
});

test('bad duration', async () => {
  await expectError(VALID.replace('timeout: 10m', 'timeout: 10 minutes'), 20, 18, 'integrations[0].tests[0].timeout', 'expected a duration like 30s', "found '10 minutes'");
});

test('a number where a duration is expected', async () => {
  await expectError(VALID.replace('timeout: 30s', 'timeout: 30'), 7, 38, 'services.api.ready.timeout', 'expected string', 'found number 30');
});

test('missing required key', async () => {
  await expectError(VALID.replace('        junit: reports/*.xml\n', ''), 18, 9, "missing required key 'junit'");
});

test('unknown service', async () => {
  await expectError(VALID.replace('    service: api', '    service: apu'), 16, 14, "unknown service 'apu'", 'expected one of: api');
});

test('bad percentage in a gate', async () => {
  await expectError(VALID.replace('min: 95%', 'min: 95 percent'), 22, 36, 'gates.integration.success_rate.min', 'expected a number or a percentage like 90%', "found '95 percent'");
});

test('a gate needs exactly one bound', async () => {
  await expectError(VALID.replace('{ min: 95%, severity: critical }', '{ min: 95%, max: 99% }'), 22, 29, 'exactly one of min, max or equals');
});

test('preflight entries need exactly one check type', async () => {
  await expectError(VALID.replace('  - tcp: 127.0.0.1:5432', '  - tcp: 127.0.0.1:5432\n    command: node'), 10, 5, 'exactly one of env, http, tcp, command, run');
});

test('bad host:port', async () => {
  await expectError(VALID.replace('127.0.0.1:5432', 'localhost'), 10, 10, 'host:port');
});

test('paths must stay inside the workspace', async () => {
  await expectError(VALID.replace('      - command: npm test', '      - command: npm test\n        cwd: ../..'), 19, 14, 'outside the workspace');
});

test('JUnit globs must stay inside the workspace', async () => {
  await expectError(VALID.replace('junit: reports/*.xml', 'junit: ../reports/*.xml'), 19, 16, 'must be relative and stay inside');
});

test('an integration without jobs is an error', async () => {
  await expectError('version: 1\nname: x\nintegrations:\n  - name: a\n', 4, 5, 'has no jobs');
});

test('wrong version', async () => {
  await expectError(VALID.replace('version: 1', 'version: 2'), 1, 10, 'version: expected 1', 'found number 2');
});

test('the shipped JSON Schema and the precompiled validator are up to date', async () => {
  const { schemaFiles } = await import('../../src/manifest/schema-build.js');
  const { readFileSync } = await import('node:fs');
  for (const [file, text] of Object.entries(await schemaFiles())) {
    assert.equal(readFileSync(path.resolve(file), 'utf8'), text, `${file} is stale: run npm run schema`);
  }
});

test('a manifest file on disk loads', async () => {
  writeFileSync(path.join(workspace, file), VALID);
  const plan = await loadManifest({ file, workspace });
  assert.equal(plan.integrations[0]?.name, 'payments-api');
});

test('src/version.ts matches package.json', async () => {
  const { VERSION } = await import('../../src/version.js');
  const { readFileSync } = await import('node:fs');
  assert.equal(VERSION, JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')).version);
});

test('two integrations with a contract each get their own evidence folder', async () => {
  const plan = await parseManifest(
    `version: 1\nname: two\nintegrations:\n  - name: a\n    contract: { openapi: fixtures/demo/openapi.yaml, baseUrl: "http://127.0.0.1:1" }\n  - name: b\n    contract: { openapi: fixtures/demo/openapi.yaml, baseUrl: "http://127.0.0.1:2" }\n`,
    { file, workspace: path.resolve('.') },
  );
  assert.deepEqual(plan.jobs.map((j) => j.plan.evidenceDir), ['contract/a', 'contract/b']);
});
