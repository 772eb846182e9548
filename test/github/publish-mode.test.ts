import assert from 'node:assert/strict';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { uploadEvidenceArtifact } from '../../src/github/artifact.js';
import { BundleRejectedError } from '../../src/github/errors.js';
import { publishFromWorkflowRun } from '../../src/github/publish-mode.js';
import { verifyBundleStandIn, writeBundle } from '../../fixtures/github/bundle.js';
import { makeRecord } from '../../fixtures/github/records.js';
import { HEAD_SHA, RUN_ID, startHarness, type Harness } from '../../fixtures/github/harness.js';

const TRIGGER = {
  workflow_run: {
    id: RUN_ID,
    head_sha: HEAD_SHA,
    head_branch: 'fix-refunds',
    head_repository: { full_name: 'forker/shop', owner: { login: 'forker' } },
    pull_requests: [],
    event: 'pull_request',
    html_url: `https://github.com/acme/shop/actions/runs/${RUN_ID}`,
  },
};

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function firstStage(harness: Harness, opts: Parameters<typeof writeBundle>[2] = {}, shape = {}): Promise<void> {
  // Stage 1 (the fork's run) uploads the bundle through the real @actions/artifact path.
  const zip = await writeBundle(path.join(harness.dir, 'INTEGRATION-EVIDENCE.zip'), makeRecord({ failedTests: 75, ...shape }), opts);
  await uploadEvidenceArtifact(harness.ctx, { zipPath: zip, name: 'integration-evidence' });
}

describe('publish mode (two-stage, workflow_run)', () => {
  it('downloads the bundle from the triggering run, verifies it and publishes on the PR head', async () => {
    h = await startHarness({ eventName: 'workflow_run', event: TRIGGER });
    h.github.pulls.push({ number: 7, headSha: HEAD_SHA, headLabel: 'forker:fix-refunds' });
    await firstStage(h);
    const out = await publishFromWorkflowRun({
      ctx: h.ctx,
      client: h.client,
      artifactName: 'integration-evidence',
      workDir: path.join(h.dir, 'publish'),
      verifyBundle: verifyBundleStandIn,
      repoRoot: h.dir,
      checkRun: { name: 'payments' },
      comment: 'auto',
      log: h.log,
    });
    assert.deepEqual(out.errors, []);
    assert.equal(out.prNumber, 7);
    assert.equal(out.sourceRunId, RUN_ID);
    assert.equal(out.record.gates.decision, 'NO-GO');
    const run = h.github.checkRuns.get(out.checkRunId ?? 0);
    assert.equal(run?.head_sha, HEAD_SHA);
    assert.equal(run?.annotations.length, 75);
    assert.equal(run?.conclusion, 'failure');
    assert.equal(run?.details_url, TRIGGER.workflow_run.html_url);
    assert.match(run?.output.summary ?? '', new RegExp(`/actions/runs/${RUN_ID}/artifacts/\\d+`));
    assert.equal(h.github.comments.get(7)?.length, 1);
    assert.deepEqual(h.github.violations, []);
    assert.deepEqual(h.artifacts.violations, []);
  });

  it('refuses a tampered bundle and publishes nothing', async () => {
    h = await startHarness({ eventName: 'workflow_run', event: TRIGGER });
    h.github.pulls.push({ number: 7, headSha: HEAD_SHA, headLabel: 'forker:fix-refunds' });
    await firstStage(h, { tamper: (t) => t.replace('"NO-GO"', '"GO"') });
    await assert.rejects(
      publishFromWorkflowRun({
        ctx: h.ctx,
        client: h.client,
        artifactName: 'integration-evidence',
        workDir: path.join(h.dir, 'publish'),
        verifyBundle: verifyBundleStandIn,
        repoRoot: h.dir,
        checkRun: { name: 'payments' },
        comment: 'auto',
        log: h.log,
      }),
      (err: unknown) => err instanceof BundleRejectedError && err.problems.some((p) => p.startsWith('run.json: sha256 mismatch')),
    );
    assert.equal(h.github.checkRuns.size, 0);
    assert.equal(h.github.comments.size, 0);
  });

  it('does not trust a PR number written in the bundle', async () => {
    h = await startHarness({ eventName: 'workflow_run', event: TRIGGER });
    h.github.pulls.push({ number: 99, headSha: 'd'.repeat(40), headLabel: 'acme:main' });
    await firstStage(h, {}, { pullRequest: 99 });
    const out = await publishFromWorkflowRun({
      ctx: h.ctx,
      client: h.client,
      artifactName: 'integration-evidence',
      workDir: path.join(h.dir, 'publish'),
      verifyBundle: verifyBundleStandIn,
      repoRoot: h.dir,
      checkRun: { name: 'payments' },
      comment: 'always',
      log: h.log,
    });
    assert.equal(out.prNumber, undefined);
    assert.equal(h.github.comments.size, 0);
    assert.ok(out.checkRunId, 'the check run still lands on the head commit');
  });

  it('refuses to run outside a workflow_run event', async () => {
    h = await startHarness();
    await assert.rejects(
      publishFromWorkflowRun({
        ctx: h.ctx,
        client: h.client,
        artifactName: 'x',
        workDir: h.dir,
        verifyBundle: verifyBundleStandIn,
        repoRoot: h.dir,
        log: h.log,
      }),
      /mode: publish runs in a workflow triggered by 'workflow_run'/,
    );
  });
});
