import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectMetadata, headFromFiles } from '../../src/core/metadata.js';

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

/** What `git` says HEAD is: [commit, branch ref], as collectMetadata reports them. */
function gitHead(cwd: string): [string | undefined, string | undefined] {
  let out: string[];
  try {
    out = execFileSync('git', ['rev-parse', 'HEAD', '--symbolic-full-name', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n');
  } catch {
    return [undefined, undefined];
  }
  return [out[0]?.trim() || undefined, out[1]?.trim().startsWith('refs/') ? out[1].trim() : undefined];
}

test('HEAD read from the files equals what git says: loose and packed refs, worktrees, subfolders, unborn and detached', async () => {
  const repo = mkdtempSync(path.join(tmpdir(), 'ig-meta-files-'));
  const check = async (dir: string, label: string): Promise<void> => {
    const fromFiles = await headFromFiles(dir, {});
    assert.ok(fromFiles, `${label}: read from the files`);
    assert.deepEqual(fromFiles, gitHead(dir), label);
    const meta = await collectMetadata({}, dir, 'cli');
    assert.deepEqual([meta.commit, meta.ref], gitHead(dir), `${label}: collectMetadata`);
  };
  git(repo, 'init', '-q', '-b', 'main');
  await check(repo, 'unborn branch');
  writeFileSync(path.join(repo, 'a'), 'a');
  git(repo, 'add', 'a');
  git(repo, 'commit', '-q', '-m', 'a');
  await check(repo, 'loose ref');
  mkdirSync(path.join(repo, 'sub', 'deeper'), { recursive: true });
  await check(path.join(repo, 'sub', 'deeper'), 'subfolder');
  git(repo, 'pack-refs', '--all');
  await check(repo, 'packed ref');
  const wt = `${repo}-wt`;
  git(repo, 'worktree', 'add', '-q', '-b', 'topic/wt', wt);
  await check(wt, 'worktree');
  git(wt, 'commit', '-q', '--allow-empty', '-m', 'b');
  await check(wt, 'worktree after a commit');
  await check(repo, 'main checkout beside a worktree');
  git(repo, 'checkout', '-q', '--detach');
  await check(repo, 'detached');
  assert.equal(await headFromFiles(repo, { GIT_DIR: path.join(repo, '.git') }), undefined, 'GIT_DIR set: left to git');
});
