import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FakeArtifactService } from '../../fixtures/github/fake-artifacts.js';
import { FakeGitHub } from '../../fixtures/github/fake-github.js';
import { ACTION, demoWorkspace, runNode } from '../helpers/demo.js';

/**
 * The bundled Action run the way the Actions runner runs it: `node dist/index.js` with INPUT_* variables,
 * GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files and a workspace, against the fake GitHub API (every request
 * validated against GitHub's published OpenAPI description) and the fake artifact service.
 */
const TOKEN = 'ghs_e2e_token_0123456789';
const HEAD = 'd'.repeat(40);
const RUN_ID = 777;

async function runAction(opts: { edit?: (m: string) => string; env?: Record<string, string>; readOnly?: boolean; inputs?: Record<string, string> } = {}) {
  const github = await new FakeGitHub({ token: TOKEN, readOnly: opts.readOnly ?? false }).start();
  const artifacts = await new FakeArtifactService({
    onFinalize: (a) => github.artifacts.push({ id: a.id, name: a.name, runId: RUN_ID, data: a.data }),
  }).start();
  const ws = await demoWorkspace(opts.edit);
  const event = path.join(ws.dir, 'event.json');
  writeFileSync(event, JSON.stringify({ number: 9, pull_request: { number: 9, head: { sha: HEAD, repo: { full_name: 'acme/shop' } } } }));
  const summary = path.join(ws.dir, 'summary.md');
  const output = path.join(ws.dir, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const inputs = { manifest: ws.manifest, token: TOKEN, ...opts.inputs };
  const r = await runNode(ACTION, [], {
    cwd: ws.dir,
    timeoutMs: 120_000,
    env: {
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: ws.dir,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_REF: 'refs/pull/9/merge',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_RUN_ID: String(RUN_ID),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'gate',
      GITHUB_ACTOR: 'octocat',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: github.url,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      ACTIONS_RUNTIME_TOKEN: artifacts.runtimeToken,
      ACTIONS_RESULTS_URL: `${artifacts.url}/`,
      DEMO_API_KEY: 'demo-secret-action-e2e',
      ...opts.env,
    },
  });
  const outputs: Record<string, string> = {};
  const text = readFileSync(output, 'utf8');
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1] as string] = m[3] as string;
  await Promise.all([github.close(), artifacts.close()]);
  return { r, github, artifacts, outputs, summary: readFileSync(summary, 'utf8') };
}

test('the demo through dist/index.js: check run, sticky comment, artifact, summary and outputs, every request valid', async () => {
  const { r, github, artifacts, outputs, summary } = await runAction();
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.deepEqual(github.violations, [], 'every request matches GitHub\'s OpenAPI description');
  assert.deepEqual(artifacts.violations, []);
  assert.equal(outputs.decision, 'GO');
  assert.equal(outputs['success-rate'], '1');
  assert.equal(outputs['contract-pass-rate'], '1');
  assert.match(outputs['bundle-path'] ?? '', /INTEGRATION-EVIDENCE\.zip$/);
  const run = github.checkRuns.get(Number(outputs['check-run-id']));
  assert.ok(run, 'check run created');
  assert.equal(run.status, 'completed');
  assert.equal(run.conclusion, 'success');
  assert.equal(run.head_sha, HEAD);
  assert.match(run.output.title ?? '', /^GO · \d+ of \d+ gates passed|^GO/);
  assert.match(run.output.summary ?? '', /Gates/);
  const created = github.requestsFor('checks/create');
  assert.equal(created.length, 1, 'created once (in_progress) and then updated');
  const comments = github.comments.get(9) ?? [];
  assert.equal(comments.length, 1);
  assert.match(comments[0]?.body ?? '', /<!-- integration-gate:demo-payments/);
  assert.match(comments[0]?.body ?? '', /GO — demo-payments/);
  assert.ok(outputs['artifact-id'], 'artifact uploaded');
  assert.match(outputs['artifact-url'] ?? '', /^https:\/\/github\.com\/acme\/shop\/actions\/runs\/777\/artifacts\/\d+$/);
  assert.match(summary, /^## ✅ GO — demo-payments/m);
  assert.ok(summary.includes(outputs['artifact-url'] ?? '?'), 'summary links the artifact');
  assert.ok(!summary.includes('demo-secret-action-e2e'));
  assert.ok(!r.stdout.includes(TOKEN));
});

test('a failing demo test: NO-GO, exit 1, an annotation on the test\'s line', async () => {
  const { r, github, outputs } = await runAction({ env: { DEMO_BREAK: '1' } });
  assert.equal(r.code, 1, r.stdout);
  assert.match(r.stdout, /::error::NO-GO: 1 critical gate failed: integration\.success_rate/);
  assert.deepEqual(github.violations, []);
  const run = github.checkRuns.get(Number(outputs['check-run-id']));
  assert.equal(run?.conclusion, 'failure');
  assert.match(run?.output.title ?? '', /^NO-GO · 1 of \d+ gates failed/);
  const ann = run?.annotations.find((a) => String(a.message ?? '').includes('fails on purpose') || String(a.title ?? '').includes('quotes an exchange rate'));
  assert.ok(ann, JSON.stringify(run?.annotations));
  assert.equal(ann.path, 'fixtures/demo/tests/payments.test.mjs');
  assert.ok(Number(ann.start_line) > 1);
  assert.equal(ann.annotation_level, 'failure');
  // Its stack trace under "Raw output"; and the step's log lists the failed test under the job's line.
  assert.match(String(ann.raw_details ?? ''), /payments\.test\.mjs:\d+/);
  assert.match(r.stdout, /\n {4}✖ fixtures\/demo\/tests\/payments\.test\.mjs:\d+ .+ — /);
});

test('a read-only token (fork PR): summary and artifact still written, one notice, exit code unchanged', async () => {
  const { r, github, outputs, summary } = await runAction({ readOnly: true });
  assert.equal(r.code, 0, r.stdout);
  assert.equal(outputs['read-only'], 'true');
  assert.equal((r.stdout.match(/::notice::/g) ?? []).length, 1);
  assert.match(r.stdout, /two-stage mode/);
  assert.match(summary, /GO — demo-payments/);
  assert.ok(outputs['artifact-id']);
  assert.equal(github.checkRuns.size, 0);
});

test('bad input: exit 2 with an error annotation', async () => {
  const { r } = await runAction({ inputs: { 'fail-on': 'sometimes' } });
  assert.equal(r.code, 2);
  assert.match(r.stdout, /::error::integration-gate: input 'fail-on': expected one of no-go, conditional, never; found 'sometimes'/);
});
