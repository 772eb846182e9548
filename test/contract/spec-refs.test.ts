// Where an API description may reach: `$ref`s to files inside the workspace (through links too), never to
// files outside it, never to URLs (a run downloads nothing).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { loadSpec, SpecError } from '../../src/jobs/contract/spec.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'ig-spec-refs-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const ws = path.join(tmp, 'workspace');
mkdirSync(path.join(ws, 'api'), { recursive: true });

const spec = (ref: string): string =>
  `openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n` +
  `          content:\n            application/json:\n              schema: { $ref: '${ref}' }\n`;
const schema = 'type: object\nproperties:\n  id: { type: string }\n';

writeFileSync(path.join(tmp, 'outside.yaml'), schema);
writeFileSync(path.join(ws, 'api', 'schema.yaml'), schema);
symlinkSync(path.join(ws, 'api', 'schema.yaml'), path.join(ws, 'api', 'linked.yaml'));
symlinkSync(path.join(tmp, 'outside.yaml'), path.join(ws, 'api', 'escape.yaml'));

async function rejects(file: string, detail: RegExp): Promise<void> {
  await assert.rejects(loadSpec(file, ws), (e: unknown) => {
    assert.ok(e instanceof SpecError, String(e));
    assert.match(e.message, detail);
    return true;
  });
}

test('a $ref to a file inside the workspace, directly or through a link inside it, is followed', async () => {
  for (const ref of ['./schema.yaml', './linked.yaml']) {
    writeFileSync(path.join(ws, 'api', 'ok.yaml'), spec(ref));
    const loaded = await loadSpec(path.join(ws, 'api', 'ok.yaml'), ws);
    assert.match(JSON.stringify(loaded.doc), /"id":\{"type":"string"\}/, ref);
  }
});

test('a $ref to a file outside the workspace, by path or through a link, is not read', async () => {
  writeFileSync(path.join(ws, 'api', 'out.yaml'), spec('../../outside.yaml'));
  await rejects(path.join(ws, 'api', 'out.yaml'), new RegExp(`unresolvable \\$ref to ${path.join(tmp, 'outside.yaml')}: only files inside the workspace are read`));
  writeFileSync(path.join(ws, 'api', 'out-link.yaml'), spec('./escape.yaml'));
  await rejects(path.join(ws, 'api', 'out-link.yaml'), /unresolvable \$ref to api\/escape.yaml: only files inside the workspace are read/);
});

test('a description that is itself a link out of the workspace is not read', async () => {
  writeFileSync(path.join(tmp, 'outside-spec.yaml'), spec('#/components/schemas/X'));
  symlinkSync(path.join(tmp, 'outside-spec.yaml'), path.join(ws, 'api', 'spec-link.yaml'));
  await rejects(path.join(ws, 'api', 'spec-link.yaml'), /a link to a file outside the workspace/);
});

test('a $ref to a URL is not fetched', async () => {
  let requests = 0;
  const server = http.createServer((_req, res) => {
    requests++;
    res.writeHead(200, { 'content-type': 'application/yaml' }).end(schema);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/schema.yaml`;
    writeFileSync(path.join(ws, 'api', 'remote.yaml'), spec(url));
    await rejects(path.join(ws, 'api', 'remote.yaml'), new RegExp(`unresolvable \\$ref to ${url}: .*URLs are not fetched`));
    assert.equal(requests, 0, 'nothing was downloaded');
  } finally {
    server.close();
  }
});
