import { contractKind } from '../../src/jobs/contract/index.js';
import { startProcess, freePort, plan, harness } from './helpers.js';
const port = await freePort();
const prism = await startProcess('/tmp/prism/node_modules/.bin/prism', ['mock', '-h', '127.0.0.1', '-p', String(port), ...process.argv.slice(2)], {}, `http://127.0.0.1:${port}`, '/pet/findByStatus', 60000);
try {
  const p = plan({ openapi: 'fixtures/contract/petstore/openapi.yaml', auth: { petstore_auth: { fromEnv: 'PETSTORE_TOKEN' }, api_key: { fromEnv: 'PETSTORE_API_KEY' } } }, prism.url);
  const h = await harness(p, prism.url, { PETSTORE_TOKEN: 'token-abcdef', PETSTORE_API_KEY: 'key-123456' });
  const t = Date.now();
  const r = await contractKind.run(p, h.ctx);
  console.log(Date.now() - t, 'ms', JSON.stringify({ status: r.status, error: r.error, counts: r.counts, byCheck: r.byCheck, findings: r.findings }, null, 1));
  await h.cleanup();
} finally { await prism.stop(); }
