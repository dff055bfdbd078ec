/**
 * The GitHub platform set-up as the runner drives it: INPUT_* and GITHUB_* variables, a real event
 * file, and the fake GitHub — a comment on a PR comes out as a Request pinned to the PR's head.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { AuditLog } from '../src/audit/audit.js';
import type { Ignored, PlatformSetup } from '../src/platform/types.js';
import { githubSetup } from '../src/platform/github/setup.js';
import { silentLogger } from '../src/util/log.js';
import { Redactor } from '../src/util/redact.js';
import { startGitHubApi, type GitHubApi } from './support/github-api/server.js';

let gh: GitHubApi;
let dir: string;
let redactor: Redactor;
let audit: AuditLog;

beforeEach(async () => {
  gh = await startGitHubApi({ owner: 'Codertocat', repo: 'Hello-World' });
  dir = mkdtempSync(join(tmpdir(), 'droid-gh-setup-'));
  redactor = new Redactor();
  audit = new AuditLog('run-1', { actor: () => 'Codertocat', redactor });
  gh.state.pulls.push({
    number: 1,
    id: 1,
    node_id: 'PR_1',
    title: 'Dates',
    body: '',
    head: { ref: 'feature/dates', sha: 'c'.repeat(40), owner: 'Codertocat' },
    base: { ref: 'main' },
    draft: false,
    state: 'open',
    merged: false,
    user: 'Codertocat',
    requested_reviewers: [],
    requested_teams: [],
  });
  gh.state.issues.add(1);
});
afterEach(async () => {
  await gh.close();
  rmSync(dir, { recursive: true, force: true });
});

function env(fixture: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const path = join(dir, 'event.json');
  writeFileSync(path, readFileSync(join(import.meta.dirname, 'fixtures', 'github', fixture)));
  return {
    GITHUB_EVENT_NAME: fixture.startsWith('issue-comment') ? 'issue_comment' : 'issues',
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: gh.url,
    GITHUB_RUN_ID: '99',
    GITHUB_JOB: 'droid',
    INPUT_GITHUB_TOKEN: 'test-token',
    INPUT_ALLOWED_BOTS: 'renovate[bot], dependabot[bot]',
    ...extra,
  };
}

function setupOf(result: PlatformSetup | Ignored): PlatformSetup {
  if ('ignored' in result) throw new Error(`ignored: ${result.ignored}`);
  return result;
}

it('turns a "/droid plan" comment on a PR into a request pinned to the PR head', async () => {
  const setup = setupOf(await githubSetup(env('issue-comment-pr.json'), { log: silentLogger, redactor, audit }));
  expect(setup.request.target).toEqual({ kind: 'change', number: 1, headBranch: 'feature/dates', headSha: 'c'.repeat(40), baseBranch: 'main', fromFork: false });
  expect(setup.request.command).toBe('plan');
  expect(setup).toMatchObject({ platform: 'github', jobUrl: `${gh.url}/Codertocat/Hello-World/actions/runs/99`, ownJobNames: ['droid'], allowBots: ['renovate[bot]', 'dependabot[bot]'], pushNotice: { noCi: expect.stringContaining('job token') } });
  expect(setup.secrets).toEqual(['test-token']);
  expect(setup.forge?.repo).toBe('Codertocat/Hello-World');
  expect(audit.entries.some((l) => l.action === 'api.call' && l.detail?.path === '/repos/{owner}/{repo}/pulls/{pull_number}')).toBe(true);
  expect(JSON.stringify(audit.entries)).not.toContain('test-token');
  gh.assertNoViolations();
});

it('mints an app installation token when app_id and app_private_key are given', async () => {
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  gh.setApp({ id: 5, slug: 'droid', publicKey: keys.publicKey, installationId: 8, repositories: ['Codertocat/Hello-World'] });
  const pem = keys.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const setup = setupOf(await githubSetup(env('issue-comment-pr.json', { INPUT_GITHUB_TOKEN: '', INPUT_APP_ID: '5', INPUT_APP_PRIVATE_KEY: pem }), { log: silentLogger, redactor, audit }));
  const minted = gh.state.mintedTokens[0]?.token ?? '';
  expect(minted).toMatch(/^ghs_/);
  expect(setup.secrets).toEqual([minted, pem.trim()]);
  expect(setup.pushNotice).toBeUndefined();
  expect(gh.calls('pulls/get')[0]?.authorization).toEqual([`token ${minted}`]);
  expect(redactor.redact(`x ${minted} y`)).not.toContain(minted);
  gh.assertNoViolations();
});

it('ignores a comment without the trigger, and a PR that is closed', async () => {
  expect(await githubSetup(env('issue-comment-chatter.json'), { log: silentLogger, redactor, audit })).toEqual({ ignored: 'the comment does not start with /droid' });
  gh.state.pulls[0]!.state = 'closed';
  expect(await githubSetup(env('issue-comment-pr.json'), { log: silentLogger, redactor, audit })).toEqual({ ignored: 'pull request #1 is closed' });
});

it('needs both app inputs, or neither', async () => {
  await expect(githubSetup(env('issue-comment-pr.json', { INPUT_APP_ID: '5' }), { log: silentLogger, redactor, audit })).rejects.toThrow(/go together/);
});
