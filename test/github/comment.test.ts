import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { commentFingerprint, commentMarker, shouldComment, stickyBody, upsertStickyComment } from '../../src/github/comment.js';
import { makeRecord } from '../../fixtures/github/records.js';
import { startHarness, type Harness } from '../../fixtures/github/harness.js';

const repo = { owner: 'acme', repo: 'shop' };

describe('sticky PR comment', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.close();
  });

  it('finds the marker on page 2 and updates it in place, without a duplicate', async () => {
    const record = makeRecord();
    const ours = stickyBody('payments', commentFingerprint(record), 'old body');
    h.github.seedComments(11, Array.from({ length: 130 }, (_, i) => `chatter ${i}`));
    const [mine] = h.github.seedComments(11, [ours], { login: 'github-actions[bot]', type: 'Bot' });
    h.github.seedComments(11, ['a reply', `> ${ours}`]);
    // Another manifest's comment on the same PR is left alone.
    const [other] = h.github.seedComments(11, [stickyBody('orders', 'f'.repeat(32), 'orders body')]);
    const before = h.github.requests.length;
    const res = await upsertStickyComment(h.client, repo, {
      prNumber: 11,
      manifestName: 'payments',
      body: stickyBody('payments', commentFingerprint(record), 'new body'),
      mode: 'always',
    });
    assert.equal(res.action, 'updated');
    assert.equal(res.id, mine?.id);
    const reqs = h.github.requests.slice(before);
    assert.deepEqual(
      reqs.map((r) => `${r.operationId} ${r.query['page'] ?? ''}`.trim()),
      ['issues/list-comments', 'issues/list-comments 2', 'issues/update-comment'],
    );
    const all = h.github.comments.get(11) ?? [];
    assert.equal(all.length, 134);
    assert.equal(all.filter((c) => c.body.startsWith(commentMarker('payments'))).length, 1);
    assert.match(all.find((c) => c.id === mine?.id)?.body ?? '', /new body$/);
    assert.match(all.find((c) => c.id === other?.id)?.body ?? '', /orders body$/);
    assert.deepEqual(h.github.violations, []);
  });

  it('creates the comment when there is none, then updates that one', async () => {
    const record = makeRecord();
    const body = stickyBody('payments', commentFingerprint(record), 'first');
    const a = await upsertStickyComment(h.client, repo, { prNumber: 12, manifestName: 'payments', body, mode: 'auto' });
    const b = await upsertStickyComment(h.client, repo, { prNumber: 12, manifestName: 'payments', body, mode: 'auto' });
    assert.equal(a.action, 'created');
    assert.equal(b.action, 'updated');
    assert.equal(a.id, b.id);
    assert.equal(h.github.comments.get(12)?.length, 1);
  });

  it('on-change leaves the comment alone while the decision and gates are unchanged', async () => {
    const record = makeRecord();
    const first = await upsertStickyComment(h.client, repo, {
      prNumber: 13,
      manifestName: 'payments',
      body: stickyBody('payments', commentFingerprint(record), 'run 1'),
      mode: 'on-change',
    });
    const writes = () => h.github.requests.filter((r) => r.method !== 'GET' && r.path.includes('/comments')).length;
    const w0 = writes();
    const same = await upsertStickyComment(h.client, repo, {
      prNumber: 13,
      manifestName: 'payments',
      body: stickyBody('payments', commentFingerprint(record), 'run 2: other timings'),
      mode: 'on-change',
    });
    assert.equal(same.action, 'unchanged');
    assert.equal(writes(), w0);
    const changed = makeRecord({ gates: ['pass', 'pass'] });
    const upd = await upsertStickyComment(h.client, repo, {
      prNumber: 13,
      manifestName: 'payments',
      body: stickyBody('payments', commentFingerprint(changed), 'run 3: GO'),
      mode: 'on-change',
    });
    assert.equal(upd.action, 'updated');
    assert.equal(upd.id, first.id);
    assert.match(h.github.comments.get(13)?.[0]?.body ?? '', /run 3: GO$/);
  });

  it('decides when to comment from the mode', () => {
    assert.equal(shouldComment('auto', true, true), true);
    assert.equal(shouldComment('auto', true, false), false);
    assert.equal(shouldComment('always', true, false), true);
    assert.equal(shouldComment('always', false, false), false);
    assert.equal(shouldComment('never', true, true), false);
    assert.equal(shouldComment('on-change', true, false), true);
  });

  it('keeps the marker inert for hostile manifest names', () => {
    assert.equal(commentMarker('a --> <script>'), '<!-- integration-gate:a -_ _script_ -->');
  });
});
