import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { contractKind } from '../../src/jobs/contract/index.js';
import { freePort, harness, plan, ROOT, startProcess, type Started } from './helpers.js';

/**
 * A description no one here wrote — Swagger Petstore (OpenAPI 3.0), see fixtures/contract/README.md — served by
 * Stoplight Prism, an independent mock server from the npm registry. The job must pass it without a single
 * false positive. Prism comes from node_modules (devDependency @stoplight/prism-cli) or PRISM_BIN; it is required.
 */
const PETSTORE = 'fixtures/contract/petstore/openapi.yaml';
const PRISM = process.env.PRISM_BIN ?? path.join(ROOT, 'node_modules/.bin/prism');

test('Prism is installed (devDependency @stoplight/prism-cli, or PRISM_BIN)', () => {
  assert.ok(existsSync(PRISM), `Prism not found at ${PRISM}: run npm ci, or set PRISM_BIN`);
});

async function startPrism(extra: string[]): Promise<Started> {
  const port = await freePort();
  return startProcess(PRISM, ['mock', '-h', '127.0.0.1', '-p', String(port), ...extra, PETSTORE], {}, `http://127.0.0.1:${port}`, '/store/order/1', 60_000);
}

const AUTH = { petstore_auth: { fromEnv: 'PETSTORE_TOKEN' }, api_key: { fromEnv: 'PETSTORE_API_KEY' } };
const ENV = { PETSTORE_TOKEN: 'petstore-token-0001', PETSTORE_API_KEY: 'petstore-key-0001' };

describe('a real public OpenAPI description served by Prism', () => {
  let dynamic: Started;
  let staticMock: Started;
  before(async () => {
    // Both mocks start in parallel: Prism takes a few seconds to boot.
    [dynamic, staticMock] = await Promise.all([startPrism(['-d', '--seed', '1']), startPrism([])]);
  });
  after(async () => {
    await Promise.all([dynamic?.stop(), staticMock?.stop()]);
  });

  test('answers generated from the schemas: every operation exercised, no violation', async () => {
    const p = plan({ openapi: PETSTORE, auth: AUTH }, dynamic.url);
    const h = await harness(p, dynamic.url, ENV);
    try {
      const r = await contractKind.run(p, h.ctx);
      assert.equal(r.status, 'passed', JSON.stringify(r.violations, null, 2));
      assert.equal(r.counts.documented, 19);
      assert.equal(r.counts.exercised, 19);
      assert.equal(r.metrics.pass_rate, 1);
      assert.ok((r.byCheck.negative_data_rejection?.passed ?? 0) > 10, 'Prism rejects schema-violating requests with 422');
      assert.deepEqual(r.findings, []);
    } finally {
      await h.cleanup();
    }
  });

  test("answers copied from the description's examples: only the description's own bad examples are flagged", async () => {
    // Petstore's User schema declares password and phone as strings but gives `example: 12345` (a number);
    // Prism's static mode returns those examples verbatim. That is a genuine defect of the description,
    // and the only thing reported.
    const p = plan({ openapi: PETSTORE, auth: AUTH }, staticMock.url);
    const h = await harness(p, staticMock.url, ENV);
    try {
      const r = await contractKind.run(p, h.ctx);
      const flagged = new Set(r.violations.map((v) => `${v.operation} ${v.check} ${v.actual}`));
      assert.deepEqual([...flagged].sort(), [
        'createUser response_schema_conformance /password must be string; /phone must be string',
        'getUserByName response_schema_conformance /password must be string; /phone must be string',
      ]);
    } finally {
      await h.cleanup();
    }
  });
});
