import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { publish, publishCrash, startPublishing, READ_ONLY_NOTICE } from '../../src/github/publish.js';
import { makeRecord } from '../../fixtures/github/records.js';
import { zipFiles } from '../../fixtures/github/bundle.js';
import { RUN_ID, startHarness, type Harness } from '../../fixtures/github/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function bundleZip(dir: string): Promise<string> {
  return zipFiles(path.join(dir, 'INTEGRATION-EVIDENCE.zip'), { 'run.json': '{}', 'integration-evidence-manifest.json': '{"files":[]}' });
}

describe('publish()', () => {
  it('publishes artifact, job summary, check run with annotations and the sticky comment', async () => {
    h = await startHarness();
    h.github.jobs.set(RUN_ID, [
      { id: 1, name: 'lint', status: 'completed', runner_name: 'GitHub Actions 1', html_url: 'https://github.com/acme/shop/actions/runs/4242/job/1' },
      { id: 2, name: 'gate', status: 'in_progress', runner_name: 'GitHub Actions 3', html_url: 'https://github.com/acme/shop/actions/runs/4242/job/2' },
    ]);
    const record = makeRecord({ failedTests: 60 });
    const started = await startPublishing({ ctx: h.ctx, client: h.client, name: 'payments', log: h.log });
    assert.equal(started.readOnly, false);
    assert.equal(started.detailsUrl, 'https://github.com/acme/shop/actions/runs/4242/job/2');
    const zip = await bundleZip(h.dir);
    const out = await publish(record, {
      ctx: h.ctx,
      client: h.client,
      started,
      repoRoot: h.dir,
      checkRun: { name: 'payments', annotationLimit: 55 },
      comment: 'auto',
      artifact: { zipPath: zip, name: 'integration-evidence', retentionDays: 5 },
      log: h.log,
    });
    assert.deepEqual(out.errors, []);
    assert.equal(out.readOnly, false);
    assert.equal(out.annotationsSent, 55);
    assert.equal(out.annotationsOmitted, 5);
    assert.ok(out.artifactId);
    assert.equal(out.artifactUrl, `https://github.com/acme/shop/actions/runs/${RUN_ID}/artifacts/${out.artifactId}`);
    assert.equal(out.checkRunId, started.checkRunId);
    assert.match(out.commentUrl ?? '', /\/pull\/7#issuecomment-\d+$/);

    const run = h.github.checkRuns.get(out.checkRunId ?? 0);
    assert.equal(run?.conclusion, 'failure');
    assert.equal(run?.details_url, started.detailsUrl);
    assert.equal(run?.head_sha, 'b'.repeat(40), 'on the PR head, not the merge commit');
    assert.match(run?.output.summary ?? '', /5 of 60 annotations were left out past the cap of 55/);
    assert.ok(run?.output.summary?.includes(out.artifactUrl ?? '?'));
    const summary = await readFile(h.env['GITHUB_STEP_SUMMARY'] ?? '', 'utf8');
    assert.match(summary, /NO-GO/);
    assert.ok(summary.includes(out.artifactUrl ?? '?'));
    // The real @actions/artifact path ran against the fake service: one finalized upload, retention set.
    const [blob] = h.artifacts.finalized();
    assert.equal(blob?.name, 'integration-evidence');
    assert.ok(blob?.expiresAt);
    assert.deepEqual(h.github.violations, []);
    assert.deepEqual(h.artifacts.violations, []);
  });

  it('with a read-only token (403): summary + artifact + ONE notice, readOnly, no throw', async () => {
    h = await startHarness({ readOnly: true });
    const record = makeRecord({ failedTests: 3 });
    const started = await startPublishing({ ctx: h.ctx, client: h.client, name: 'payments', log: h.log });
    assert.equal(started.readOnly, true);
    const zip = await bundleZip(h.dir);
    const out = await publish(record, {
      ctx: h.ctx,
      client: h.client,
      started,
      repoRoot: h.dir,
      checkRun: { name: 'payments' },
      comment: 'auto',
      artifact: { zipPath: zip, name: 'integration-evidence' },
      log: h.log,
    });
    assert.equal(out.readOnly, true);
    assert.deepEqual(out.errors, []);
    assert.equal(out.summaryWritten, true);
    assert.ok(out.artifactId);
    assert.equal(out.checkRunId, undefined);
    assert.equal(out.commentUrl, undefined);
    assert.deepEqual(h.log.lines.filter(([k]) => k === 'notice'), [['notice', READ_ONLY_NOTICE]]);
    assert.equal(h.log.lines.filter(([k]) => k === 'warn').length, 0);
    // Only the one refused create: no retries of a 403, no comment attempt.
    assert.deepEqual(h.github.requests.filter((r) => r.method !== 'GET').map((r) => `${r.operationId} ${r.status}`), ['checks/create 403']);
    assert.match(await readFile(h.env['GITHUB_STEP_SUMMARY'] ?? '', 'utf8'), /NO-GO/);
  });

  it('a 403 on a comment write alone is also read-only (recognised by status, not text)', async () => {
    h = await startHarness();
    h.github.faults.push({ method: 'POST', path: /\/comments$/, status: 403, times: 1, message: 'something unexpected' });
    const out = await publish(makeRecord(), { ctx: h.ctx, client: h.client, repoRoot: h.dir, checkRun: { name: 'p' }, comment: 'auto', log: h.log });
    assert.equal(out.readOnly, true);
    assert.ok(out.checkRunId, 'the check run still went out');
    assert.equal(h.log.lines.filter(([k]) => k === 'notice').length, 1);
  });

  it('one failing publisher never loses the others', async () => {
    h = await startHarness();
    h.github.faults.push({ method: 'GET', path: /\/comments$/, status: 500, times: 10 });
    const out = await publish(makeRecord({ failedTests: 2 }), {
      ctx: h.ctx,
      client: h.client,
      repoRoot: h.dir,
      checkRun: { name: 'payments' },
      comment: 'always',
      log: h.log,
    });
    assert.equal(out.errors.length, 1);
    assert.match(out.errors[0] ?? '', /^publishing the PR comment failed/);
    assert.equal(out.readOnly, false);
    assert.ok(out.checkRunId);
    assert.equal(out.annotationsSent, 2);
    assert.equal(out.summaryWritten, true);
  });

  it('marks the started check run failed after a crash', async () => {
    h = await startHarness();
    const started = await startPublishing({ ctx: h.ctx, client: h.client, name: 'payments', log: h.log });
    const res = await publishCrash(new Error('boom'), { ctx: h.ctx, client: h.client, started, name: 'payments', log: h.log });
    const run = h.github.checkRuns.get(res.checkRunId ?? 0);
    assert.equal(run?.conclusion, 'failure');
    assert.match(run?.output.summary ?? '', /boom/);
  });

  it('does not comment on push events in auto mode, nor load a client it does not need', async () => {
    h = await startHarness({ eventName: 'push', event: {} });
    let built = 0;
    const out = await publish(makeRecord(), {
      ctx: h.ctx,
      client: async () => {
        built++;
        return h?.client ?? assert.fail();
      },
      repoRoot: h.dir,
      checkRun: false,
      comment: 'auto',
      log: h.log,
    });
    assert.equal(built, 0);
    assert.equal(out.commentUrl, undefined);
    assert.equal(out.summaryWritten, true);
  });
});
