import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectMetadata } from '../../src/core/metadata.js';

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' }).trim();

test('local runs take the commit and branch from git, and no ref when detached', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-meta-'));
  git(dir, 'init', '-q', '-b', 'feature/x');
  writeFileSync(path.join(dir, 'a'), 'a');
  git(dir, 'add', 'a');
  git(dir, 'commit', '-q', '-m', 'a');
  const sha = git(dir, 'rev-parse', 'HEAD');
  const before = Date.now();
  const meta = await collectMetadata({ USER: 'me' }, dir, 'cli');
  assert.equal(meta.commit, sha);
  assert.equal(meta.ref, 'refs/heads/feature/x');
  assert.equal(meta.actor, 'me');
  assert.ok(Date.parse(meta.startedAt) >= before - 1000);
  git(dir, 'checkout', '-q', '--detach');
  const detached = await collectMetadata({}, dir, 'cli');
  assert.equal(detached.commit, sha);
  assert.equal(detached.ref, undefined);
});

test('outside a checkout there is no commit or ref; in Actions everything comes from the environment', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-meta-'));
  const none = await collectMetadata({}, dir, 'cli');
  assert.equal(none.commit, undefined);
  assert.equal(none.ref, undefined);
  const gh = await collectMetadata(
    { GITHUB_ACTIONS: 'true', GITHUB_SHA: 'abc', GITHUB_REF: 'refs/pull/7/merge', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '9', GITHUB_RUN_ATTEMPT: '2' },
    dir,
    'github-action',
  );
  assert.equal(gh.commit, 'abc');
  assert.equal(gh.pullRequest, 7);
  assert.equal(gh.runUrl, 'https://github.com/o/r/actions/runs/9/attempts/2');
});
