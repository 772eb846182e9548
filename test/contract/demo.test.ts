import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { contractKind, type ContractResult } from '../../src/jobs/contract/index.js';
import { DEMO_FLOW, DEMO_SPEC, harness, plan, ROOT, startDemo, type Started } from './helpers.js';

/** Runs the contract job with `raw` against the running demo service and returns the result and evidence. */
async function runAgainst(demo: Started, raw: Record<string, unknown>, env: Record<string, string> = { DEMO_API_KEY: KEY }) {
  const p = plan({ auth: { apiKey: { fromEnv: 'DEMO_API_KEY' } }, ...raw }, demo.url);
  const h = await harness(p, demo.url, env);
  try {
    const result = await contractKind.run(p, h.ctx);
    const evidence = await h.readJson('contract/contract-validation-results.json');
    const files = h.sink.list().map((f) => f.path);
    const junit = files.includes('contract/contract-junit.xml') ? await readFile(path.join(h.sink.root, 'contract/contract-junit.xml'), 'utf8') : '';
    return { result, evidence, files, junit };
  } finally {
    await h.cleanup();
  }
}

const KEY = 'demo-secret-key-123';

function failures(r: ContractResult): Array<[string, string]> {
  return [...new Set(r.violations.map((v) => `${v.operation}|${v.check}`))].map((s) => s.split('|') as [string, string]);
}

/** Line (1-based) of the first line of `file` containing `needle`. */
async function lineOf(file: string, needle: string): Promise<number> {
  const lines = (await readFile(path.join(ROOT, file), 'utf8')).split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `${needle} not in ${file}`);
  return i + 1;
}

describe('contract job against the demo service', () => {
  let demo: Started;
  before(async () => {
    demo = await startDemo({ DEMO_API_KEY: 'demo-secret-key-123' });
  });
  after(async () => {
    await demo.stop();
  });

  test('its own spec passes: every operation exercised, every check passes, secrets redacted', async () => {
    const { result, evidence, files, junit } = await runAgainst(
      demo,
      { openapi: DEMO_SPEC, auth: { apiKey: { fromEnv: 'DEMO_API_KEY' } } },
      { DEMO_API_KEY: 'demo-secret-key-123' },
    );
    assert.equal(result.status, 'passed', JSON.stringify(result.violations, null, 2));
    assert.equal(result.counts.documented, 7);
    assert.equal(result.counts.exercised, 7);
    assert.equal(result.metrics.pass_rate, 1);
    assert.equal(result.metrics.coverage, 1);
    assert.ok(result.counts.checks > 30);
    for (const c of ['not_a_server_error', 'status_code_conformance', 'content_type_conformance', 'response_schema_conformance', 'response_headers_conformance', 'negative_data_rejection'] as const) {
      assert.ok((result.byCheck[c]?.passed ?? 0) > 0, `${c} ran`);
    }
    assert.deepEqual(result.findings, []);
    assert.ok(files.includes('contract/contract-validation-config.json'));
    assert.ok(files.includes('contract/contract-validation-results.json'));
    assert.match(junit, /<testsuite name="response_schema_conformance"/);
    const text = JSON.stringify(evidence);
    assert.ok(!text.includes('demo-secret-key-123'), 'the API key never reaches the evidence');
    assert.match(text, /"x-api-key":"\*\*\*"/);
    // getPayment was called with the id the createPayment response gave (OpenAPI link), so it got a 200.
    const records = evidence.records as Array<{ operation: string; origin: string; check: string; exchange?: number }>;
    const get = records.find((r) => r.operation === 'getPayment' && r.check === 'response_schema_conformance');
    assert.match(get?.origin ?? '', /link GetPaymentById from createPayment/);
    const ex = (evidence.exchanges as Array<{ response?: { status: number } }>)[get?.exchange ?? -1];
    assert.equal(ex?.response?.status, 200);
  });

  test('without the credentials the 401s are documented, and the missing env var is a warning', async () => {
    const { result } = await runAgainst(demo, { openapi: DEMO_SPEC, auth: { apiKey: { fromEnv: 'NOT_SET_ANYWHERE' } }, checks: { negative_data_rejection: false } });
    assert.equal(result.status, 'passed');
    assert.ok(result.findings.some((f) => f.level === 'warning' && /NOT_SET_ANYWHERE is not set/.test(f.message)));
  });

  const drifts: Array<{ file: string; operation: string; check: string; needle: string; actual: RegExp }> = [
    { file: 'type-changed', operation: 'createPayment', check: 'response_schema_conformance', needle: 'amount: { type: string }', actual: /\/amount must be string/ },
    { file: 'field-required', operation: 'createPayment', check: 'response_schema_conformance', needle: 'required: [id, amount, currency, status, createdAt, settledAt]', actual: /missing required property 'settledAt'/ },
    { file: 'status-changed', operation: 'createPayment', check: 'status_code_conformance', needle: 'responses:', actual: /^201/ },
    { file: 'path-renamed', operation: 'getQuote', check: 'status_code_conformance', needle: 'responses:', actual: /^404/ },
    { file: 'property-removed', operation: 'createPayment', check: 'response_schema_conformance', needle: 'additionalProperties: false', actual: /property 'createdAt' is not allowed/ },
    { file: 'negative-accepted', operation: 'createPayment', check: 'negative_data_rejection', needle: 'description: { type: string, maxLength: 10 }', actual: /^201 \(accepted\)/ },
  ];
  for (const d of drifts) {
    test(`a drifted spec (${d.file}) is caught by ${d.check} on ${d.operation}`, async () => {
      const file = `fixtures/contract/drift/${d.file}.yaml`;
      const { result } = await runAgainst(demo, { openapi: file, auth: { apiKey: { fromEnv: 'DEMO_API_KEY' } } }, { DEMO_API_KEY: 'demo-secret-key-123' });
      assert.equal(result.status, 'failed');
      assert.ok(typeof result.metrics.pass_rate === 'number' && result.metrics.pass_rate < 1);
      const v = result.violations.find((x) => x.operation === d.operation && x.check === d.check);
      assert.ok(v, `expected ${d.check} on ${d.operation}; got ${JSON.stringify(failures(result))}`);
      assert.match(v.actual, d.actual);
      assert.equal(v.file, file);
      // The finding points at the line that declares the violated schema / responses.
      const finding = result.findings.find((f) => f.title === `${v.method} ${v.path} · ${d.check}`);
      assert.ok(finding, 'a finding per violated operation and check');
      assert.equal(finding.file, file);
      assert.match(finding.message, /^expected .+; actual .+/);
      if (d.file === 'status-changed' || d.file === 'path-renamed') {
        // responses: of the operation
        const opLine = await lineOf(file, `operationId: ${d.operation}`);
        const lines = (await readFile(path.join(ROOT, file), 'utf8')).split('\n');
        const responsesLine = lines.findIndex((l, i) => i >= opLine && l.trim() === 'responses:') + 1;
        assert.equal(finding.line, responsesLine);
      } else {
        const expectedLine = d.file === 'property-removed' ? await lineOf(file, '    Payment:') + 2 : await lineOf(file, d.needle);
        assert.equal(finding.line, expectedLine);
      }
      // Only drift-related checks fail: nothing about other operations' unrelated checks.
      for (const [op, check] of failures(result)) {
        assert.ok(['createPayment', 'getPayment', 'listPayments', 'getQuote'].includes(op), `unexpected failure ${op} ${check}`);
      }
    });
  }

  test('a $ref into another file: the violation maps to the line in that file', async () => {
    const { result } = await runAgainst(demo, { openapi: 'fixtures/contract/split/openapi.yaml' });
    const v = result.violations.find((x) => x.operation === 'createPayment' && x.check === 'response_schema_conformance');
    assert.ok(v);
    assert.equal(v.file, 'fixtures/contract/split/payment.yaml');
    assert.equal(v.line, await lineOf('fixtures/contract/split/payment.yaml', '    type: string'));
  });

  test('OpenAPI 3.1 (JSON Schema 2020-12) passes', async () => {
    const { result } = await runAgainst(demo, { openapi: 'fixtures/contract/demo-openapi-3.1.yaml', auth: { apiKey: { fromEnv: 'K' } } }, { K: 'demo-secret-key-123' });
    assert.equal(result.status, 'passed', JSON.stringify(result.violations));
    assert.equal(result.spec.version, '3.1');
  });

  test('waivers: the check is recorded as waived with its reason and leaves the pass rate', async () => {
    const { result, evidence } = await runAgainst(
      demo,
      {
        openapi: 'fixtures/contract/drift/path-renamed.yaml',
        waivers: [{ operation: 'getQuote', check: 'status_code_conformance', reason: 'path rename ships next sprint (JIRA-42)' }],
      },
    );
    assert.equal(result.violations.some((v) => v.operation === 'getQuote' && v.check === 'status_code_conformance'), false);
    assert.equal(result.counts.waived, 1);
    assert.deepEqual(result.waivers, [{ operation: 'getQuote', check: 'status_code_conformance', reason: 'path rename ships next sprint (JIRA-42)', wouldHavePassed: false }]);
    const rec = (evidence.records as Array<{ verdict: string; waiver?: unknown }>).find((r) => r.verdict === 'waived');
    assert.deepEqual(rec?.waiver, { reason: 'path rename ships next sprint (JIRA-42)', wouldHavePassed: false });
  });

  test('against an external URL only safe methods are sent, and coverage shows what was left out', async () => {
    const p = plan({ openapi: DEMO_SPEC, baseUrl: demo.url, auth: { apiKey: { fromEnv: 'K' } } }, undefined, false);
    assert.equal(p.writes, false);
    const h = await harness(p, undefined, { K: 'demo-secret-key-123' });
    try {
      const result = await contractKind.run(p, h.ctx);
      const evidence = await h.readJson('contract/contract-validation-results.json');
      const methods = new Set((evidence.exchanges as Array<{ request: { method: string } }>).map((e) => e.request.method));
      assert.deepEqual([...methods], ['GET']);
      assert.equal(result.counts.exercised, 5);
      assert.equal(result.metrics.coverage, 5 / 7);
      const ops = evidence.operations as Array<{ id: string; status: string }>;
      assert.equal(ops.find((o) => o.id === 'createPayment')?.status, 'writes-off');
    } finally {
      await h.cleanup();
    }
  });

  test('include / exclude by operationId, tag and method+path pattern', async () => {
    const { result, evidence } = await runAgainst(demo, { openapi: DEMO_SPEC, include: ['tag:ops', 'GET /quo*', 'createPayment'], exclude: ['getSlow'] });
    const ops = evidence.operations as Array<{ id: string; status: string }>;
    assert.deepEqual(ops.filter((o) => o.status === 'exercised').map((o) => o.id).sort(), ['createPayment', 'getHealth', 'getQuote']);
    assert.equal(result.metrics.coverage, 3 / 7);
  });

  test('max_response_time catches the slow operation', async () => {
    const { result } = await runAgainst(demo, { openapi: DEMO_SPEC, include: ['getSlow', 'getHealth'], checks: { max_response_time: '100ms' } });
    const v = result.violations.filter((x) => x.check === 'max_response_time');
    assert.deepEqual(v.map((x) => x.operation), ['getSlow']);
  });

  test('a declared round trip (create → read via link → compare → delete) passes on the demo', async () => {
    const { result, evidence } = await runAgainst(demo, {
      openapi: DEMO_SPEC,
      include: ['getHealth'],
      flows: [DEMO_FLOW],
    });
    assert.equal(result.status, 'passed', JSON.stringify(result.violations, null, 2));
    assert.deepEqual(result.flows, [{ name: 'payment round trip', verdict: 'passed' }]);
    const flows = evidence.flows as Array<{ steps: Array<{ id: string; verdict: string }> }>;
    assert.deepEqual(flows[0]?.steps.map((s) => `${s.id}:${s.verdict}`), ['create:passed', 'read:passed', 'delete:passed', 'gone:passed']);
    assert.equal(result.byCheck.round_trip?.passed, 4);
  });
});

