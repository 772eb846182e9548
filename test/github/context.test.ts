import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { isPullRequestEvent, readGitHubContext } from '../../src/github/context.js';

describe('GitHub context', () => {
  it('reads the environment and the pull_request event once', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ig-ctx-'));
    const eventPath = path.join(dir, 'event.json');
    await writeFile(eventPath, JSON.stringify({ number: 5, pull_request: { number: 5, head: { sha: 'h'.repeat(40), repo: { full_name: 'fork/shop' } } } }));
    const ctx = readGitHubContext({
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: 'm'.repeat(40),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_RUN_ID: '99',
      GITHUB_SERVER_URL: 'https://github.example.com/',
      GITHUB_API_URL: 'https://github.example.com/api/v3',
    });
    assert.deepEqual(ctx.repo, { owner: 'acme', repo: 'shop' });
    assert.equal(ctx.headSha, 'h'.repeat(40));
    assert.deepEqual(ctx.pullRequest, { number: 5, headSha: 'h'.repeat(40), fromFork: true });
    assert.equal(ctx.runUrl, 'https://github.example.com/acme/shop/actions/runs/99');
    assert.equal(ctx.apiUrl, 'https://github.example.com/api/v3');
    assert.equal(isPullRequestEvent(ctx), true);
    await rm(dir, { recursive: true, force: true });
  });

  it('survives a missing event file and defaults the URLs', () => {
    const ctx = readGitHubContext({ GITHUB_EVENT_PATH: '/nonexistent/event.json', GITHUB_SHA: 'abc' });
    assert.deepEqual(ctx.event, {});
    assert.equal(ctx.serverUrl, 'https://github.com');
    assert.equal(ctx.apiUrl, 'https://api.github.com');
    assert.equal(ctx.headSha, 'abc');
    assert.equal(ctx.repo, undefined);
  });
});
