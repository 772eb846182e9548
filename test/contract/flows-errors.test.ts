import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { contractKind, contractMetrics, DEFAULT_GATES } from '../../src/jobs/contract/index.js';
import { ManifestError } from '../../src/core/errors.js';
import { DEMO_FLOW, DEMO_SPEC, freePort, harness, plan, planContext, ROOT } from './helpers.js';

/**
 * A tiny payments service that loses data: it stores a payment but its GET drops `description`. Everything it
 * answers is valid against the demo spec (description is optional), so only the round trip can catch it.
 */
function lossyServer(): http.Server {
  const store = new Map<string, Record<string, unknown>>();
  return http.createServer((req, res) => {
    const send = (status: number, body?: unknown): void => {
      res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const parts = (req.url ?? '/').split('?')[0]!.split('/').filter(Boolean);
      if (parts[0] !== 'payments') return send(404, { error: 'not_found', message: 'no route' });
      if (parts.length === 1 && req.method === 'POST') {
        const body = JSON.parse(raw || '{}') as Record<string, unknown>;
        const p = { id: randomUUID(), amount: body.amount, currency: body.currency, description: body.description, status: 'pending', createdAt: new Date().toISOString() };
        store.set(p.id, p);
        res.setHeader('location', `/payments/${p.id}`);
        return send(201, p);
      }
      const p = store.get(parts[1] ?? '');
      if (req.method === 'GET') {
        if (!p) return send(404, { error: 'not_found', message: 'no such payment' });
        const { description: _dropped, ...rest } = p;
        return send(200, rest);
      }
      if (req.method === 'DELETE') {
        if (!p) return send(404, { error: 'not_found', message: 'no such payment' });
        store.delete(parts[1] ?? '');
        return send(204);
      }
      return send(405, { error: 'method_not_allowed', message: 'no' });
    });
  });
}

describe('round trips against a service that drops a field', () => {
  let server: http.Server;
  let url: string;
  before(async () => {
    server = lossyServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('the flow fails on the read step, naming the lost field', async () => {
    const p = plan({ openapi: DEMO_SPEC, include: ['createPayment'], checks: { negative_data_rejection: false }, flows: [DEMO_FLOW] }, url);
    const h = await harness(p, url);
    try {
      const r = await contractKind.run(p, h.ctx);
      assert.equal(r.status, 'failed');
      assert.deepEqual(r.flows, [{ name: 'payment round trip', verdict: 'failed' }]);
      const v = r.violations.filter((x) => x.check === 'round_trip');
      assert.equal(v.length, 1, JSON.stringify(v));
      assert.equal(v[0]?.operation, 'getPayment');
      assert.match(v[0]?.actual ?? '', /description was lost: sent "Order 1042"/);
      const f = r.findings.find((x) => x.title === 'GET /payments/{paymentId} · round_trip');
      assert.ok(f);
      assert.equal(f.file, DEMO_SPEC);
      // The schema checks pass: the loss is only visible as a round trip.
      assert.equal(r.violations.filter((x) => x.check !== 'round_trip').length, 0);
    } finally {
      await h.cleanup();
    }
  });
});

describe('invalid descriptions are errored results with file and position', () => {
  const cases: Array<{ file: string; line: number; detail: RegExp }> = [
    { file: 'fixtures/contract/invalid/syntax.yaml', line: 11, detail: /not valid YAML\/JSON/ },
    { file: 'fixtures/contract/invalid/schema.yaml', line: 14, detail: /invalid API description at \/paths\/~1a\/get\/responses\/200\/content\/application~1json\/schema\/type/ },
    { file: 'fixtures/contract/invalid/missing-ref.yaml', line: 14, detail: /unresolvable \$ref '#\/components\/schemas\/Nope'/ },
  ];
  for (const c of cases) {
    test(path.basename(c.file), async () => {
      const p = plan({ openapi: c.file }, 'http://127.0.0.1:9');
      const h = await harness(p, 'http://127.0.0.1:9');
      try {
        const r = await contractKind.run(p, h.ctx);
        assert.equal(r.status, 'errored');
        assert.match(r.error ?? '', new RegExp(`^${c.file.replace(/[.]/g, '\\.')}:${c.line}:\\d+: `));
        assert.match(r.error ?? '', c.detail);
        assert.equal(r.metrics.pass_rate, null);
        const f = r.findings[0];
        assert.equal(f?.file, c.file);
        assert.equal(f?.line, c.line);
        // An errored job fails the gates closed.
        const m = contractMetrics([r]);
        assert.equal(m['contract.pass_rate']?.value, null);
        assert.match(m['contract.pass_rate']?.basis ?? '', /errored/);
      } finally {
        await h.cleanup();
      }
    });
  }

  test('a missing description file is a manifest error at plan time', () => {
    assert.throws(() => plan({ openapi: 'fixtures/contract/nope.yaml' }, 'http://127.0.0.1:9'), (e: unknown) => e instanceof ManifestError && /\/openapi/.test(e.key));
  });

  test('an unreachable service is an errored result that says so', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const p = plan({ openapi: DEMO_SPEC, include: ['getHealth'] }, closed);
    const h = await harness(p, closed);
    try {
      const r = await contractKind.run(p, h.ctx);
      assert.equal(r.status, 'errored');
      assert.match(r.error ?? '', new RegExp(`no response from ${closed} .*ECONNREFUSED.*is the service running`));
    } finally {
      await h.cleanup();
    }
  });
});

describe('plans, schema, metrics and gates', () => {
  test('the plan: job id, evidence folder, writes decided by who started the service', () => {
    const managed = plan({ openapi: DEMO_SPEC }, 'http://127.0.0.1:3000', true);
    assert.equal(managed.jobId, 'payments-api/contract');
    assert.equal(managed.evidenceDir, 'contract');
    assert.equal(managed.writes, true);
    assert.equal(plan({ openapi: DEMO_SPEC }, 'http://127.0.0.1:3000', false).writes, false);
    assert.equal(plan({ openapi: DEMO_SPEC, allowWrites: true }, 'http://127.0.0.1:3000', false).writes, true);
    assert.equal(plan({ openapi: DEMO_SPEC, baseUrl: 'http://elsewhere:1' }, 'http://127.0.0.1:3000', true).writes, false);
    assert.throws(() => contractKind.toPlans({ openapi: DEMO_SPEC }, '/integrations/0/contract', planContext()), /no base URL/);
    assert.throws(
      () => plan({ openapi: DEMO_SPEC, flows: [{ name: 'f', steps: [{ id: 'a', operation: 'x', survives: { from: 'zz', fields: ['a'] } }] }] }, 'http://x:1'),
      /step 'zz' is not an earlier step/,
    );
  });

  test('the schema is closed and described everywhere', () => {
    const walk = (s: unknown, where: string): void => {
      if (typeof s !== 'object' || s === null) return;
      const o = s as Record<string, unknown>;
      if (o.type === 'object' && o.properties) {
        assert.ok(o.additionalProperties === false || typeof o.additionalProperties === 'object', `${where} is closed`);
        for (const [k, v] of Object.entries(o.properties as Record<string, Record<string, unknown>>)) {
          assert.ok(typeof v.description === 'string', `${where}/${k} has a description`);
          walk(v, `${where}/${k}`);
        }
      }
      if (o.items) walk(o.items, `${where}[]`);
      if (typeof o.additionalProperties === 'object') walk(o.additionalProperties, `${where}/*`);
    };
    walk(contractKind.schema, 'contract');
  });

  test('default gates: pass rate 100 % critical, coverage 100 % major', () => {
    const p = plan({ openapi: DEMO_SPEC }, 'http://x:1');
    assert.deepEqual(
      contractKind.defaultGates([p]).map((g) => `${g.metric} ${g.op} ${g.threshold} ${g.severity}`),
      ['contract.pass_rate >= 1 critical', 'contract.coverage >= 1 major'],
    );
    assert.deepEqual(contractKind.defaultGates([]), []);
    assert.equal(DEFAULT_GATES.length, 2);
  });
});

describe('external contract command', () => {
  test('its JUnit test cases count as contract checks', async () => {
    const script = path.join(ROOT, 'fixtures/contract/pact-like.mjs');
    const p = plan(
      {
        openapi: DEMO_SPEC,
        include: ['getHealth'],
        command: { run: `node ${JSON.stringify(script)} .integration-gate/tmp-contract/pact.xml`, junit: '.integration-gate/tmp-contract/*.xml', timeout: '30s' },
      },
      'http://127.0.0.1:9',
    );
    const h = await harness(p, 'http://127.0.0.1:9');
    try {
      const r = await contractKind.run(p, h.ctx);
      assert.equal(r.external?.passed, 2);
      assert.equal(r.external?.failed, 1);
      const v = r.violations.filter((x) => x.check === 'external_command');
      assert.equal(v.length, 1);
      assert.match(v[0]?.actual ?? '', /expected status 200 but was 500/);
      assert.ok(r.evidence.some((e) => e.startsWith('contract/junit/')));
      assert.ok(r.evidence.includes('contract/command.log'));
    } finally {
      await h.cleanup();
    }
  });
});
