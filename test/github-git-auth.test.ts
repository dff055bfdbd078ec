/**
 * The git credentials the GitHub adapter hands out, checked with real git: exactly one Authorization
 * header reaches the server, even when actions/checkout left its own extraheader in .git/config,
 * and the token is never in the remote URL or the repo config.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createGitHubForge } from '../src/platform/github/adapter.js';
import { silentLogger } from '../src/util/log.js';
import { runProcess } from '../src/util/exec.js';
import { startGitHubApi, type GitHubApi } from './support/github-api/server.js';

let gh: GitHubApi;
let dir: string;

beforeEach(async () => {
  gh = await startGitHubApi({ owner: 'acme', repo: 'app' });
  dir = mkdtempSync(join(tmpdir(), 'droid-gh-git-'));
});
afterEach(async () => {
  await gh.close();
  rmSync(dir, { recursive: true, force: true });
});

async function git(args: string[], env: Record<string, string> = {}): Promise<void> {
  await runProcess('git', args, {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: dir, GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1', ...env },
    timeoutMs: 20_000,
  });
}

it('sends exactly the droid token as one Authorization header, overriding what checkout persisted', async () => {
  const forge = createGitHubForge({ token: 'ghs_droidtoken123', repo: 'acme/app', apiUrl: gh.url, serverUrl: gh.url, log: silentLogger });
  await git(['init', '-q']);
  const stale = `AUTHORIZATION: basic ${Buffer.from('x-access-token:ghs_jobtoken').toString('base64')}`;
  await git(['config', `http.${gh.url}/.extraheader`, stale]);
  const env = forge.gitAuthEnv();
  expect(forge.cloneUrl()).toBe(`${gh.url}/acme/app.git`);

  await git(['ls-remote', forge.cloneUrl()], env);
  const sent = gh.requests.filter((r) => r.path.startsWith('/acme/app.git/'));
  expect(sent.length).toBeGreaterThan(0);
  const expected = `basic ${Buffer.from('x-access-token:ghs_droidtoken123').toString('base64')}`;
  expect(sent[0]?.authorization.map((a) => a.toLowerCase())).toEqual([expected.toLowerCase()]);

  // without the reset entry git would send both headers: the test can tell
  gh.requests.length = 0;
  await git(['ls-remote', forge.cloneUrl()], { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: env.GIT_CONFIG_KEY_1 ?? '', GIT_CONFIG_VALUE_0: env.GIT_CONFIG_VALUE_1 ?? '' });
  expect(gh.requests.find((r) => r.path.startsWith('/acme/app.git/'))?.authorization).toHaveLength(2);

  expect(readFileSync(join(dir, '.git', 'config'), 'utf8')).not.toContain('droidtoken');
  expect(JSON.stringify(env)).not.toContain('ghs_droidtoken123');
});
