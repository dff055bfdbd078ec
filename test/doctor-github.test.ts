import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../src/entry/cli.js';
import { startGitRemote, type GitRemote } from './support/git-remote.js';
import { startGitHubApi, type GitHubApi } from './support/github-api/server.js';
import { captureIo } from './support/repo.js';

/**
 * `droid-ci doctor --platform github` through cli(), against the OpenAPI-checked fake GitHub API and a
 * real git http-backend remote (GITHUB_SERVER_URL is the remote, so the token's extraheader covers it).
 */
const PAT = 'ghp_doctorPAT0123456789abcdefSECRET';
const JOB_TOKEN = 'ghs_doctorJOB0123456789abcdefSECRET';
const CONFIG = `version: 1
engine:
  use: command
  command: "true"
pr:
  labels: [ai-generated, droid]
  reviewers:
    rules:
      - paths: ["**"]
        users: [alice, bob]
`;

interface Report {
  ok: boolean;
  checks: { name: string; state: string; detail: string }[];
}

let remote: GitRemote;
let tmp: string;
let count = 0;
beforeAll(async () => {
  remote = await startGitRemote({ token: PAT, tokens: [JOB_TOKEN] });
  tmp = mkdtempSync(join(tmpdir(), 'droid-doctor-gh-'));
});
afterAll(async () => {
  await remote.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function project(token = PAT): Promise<{ gh: GitHubApi; dir: string; name: string; head: string }> {
  count += 1;
  const name = `acme/app${count}`;
  const head = await remote.createRepo(name, { 'README.md': '# app\n' });
  const dir = join(tmp, `work${count}`);
  await remote.clone(name, dir);
  writeFileSync(join(dir, '.droid.yml'), CONFIG);
  const gh = await startGitHubApi({ owner: 'acme', repo: `app${count}`, token });
  gh.addUser('alice', { role: 'write' });
  gh.addUser('bob', { role: 'read' });
  return { gh, dir, name, head };
}

async function doctor(p: { gh: GitHubApi; dir: string; name: string }, args: string[], env: Record<string, string> = {}): Promise<{ code: number; report: Report; text: string }> {
  const { io, out, err } = captureIo();
  const code = await cli(['doctor', '--platform', 'github', '--json', '--repo', p.dir, ...args], io, {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_REPOSITORY: p.name,
    GITHUB_API_URL: p.gh.url,
    GITHUB_SERVER_URL: remote.baseUrl,
    GITHUB_TOKEN: PAT,
    DROID_GITHUB_RETRY_SCALE: '0.001',
    ...env,
  });
  return { code, report: JSON.parse(out()) as Report, text: `${out()}\n${err()}` };
}

const byName = (report: Report, name: string) => report.checks.find((c) => c.name === name)!;
const probeBranches = (name: string): string[] =>
  // local git on the bare repo (no network): safe to run synchronously
  execFileSync('git', ['for-each-ref', '--format=%(refname)', 'refs/heads/droid/'], { cwd: remote.repoPath(name), encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);

describe('droid-ci doctor --platform github', () => {
  it('with a good token and --write: pushes, opens a labelled draft probe PR, closes it and deletes its branch', async () => {
    const p = await project();
    try {
      p.gh.state.checkRuns.push({ id: 7001, name: 'build', head_sha: p.head, status: 'completed', conclusion: 'success', app_slug: 'github-actions' });
      p.gh.state.jobs.push({ id: 7001, run_id: 1, name: 'build', head_sha: p.head, status: 'completed', conclusion: 'success', log: 'all good\n' });
      const { code, report, text } = await doctor(p, ['--write']);
      expect(code).toBe(0);
      expect(report.ok).toBe(true);
      expect(report.checks.map((c) => [c.name, c.state])).toEqual([
        ['config', 'ok'],
        ['engine', 'ok'],
        ['credentials', 'ok'],
        ['read the repository', 'ok'],
        ['push a branch', 'ok'],
        ['open a PR/MR', 'ok'],
        ['reviewers', 'warn'],
        ['read CI results', 'ok'],
      ]);
      expect(byName(report, 'credentials').detail).toMatch(/personal access token: pushes start workflows/);
      expect(byName(report, 'open a PR/MR').detail).toMatch(/opened draft pull request #\d+ with labels ai-generated, droid, closed it/);
      expect(byName(report, 'reviewers').detail).toMatch(/cannot be requested as reviewers: bob \(read access\)/);
      expect(byName(report, 'reviewers').detail).not.toMatch(/alice/);
      expect(byName(report, 'read CI results').detail).toMatch(/success, 1 job\(s\); the log of "build" can be read/);

      const [pull, ...others] = p.gh.state.pulls;
      expect(others).toEqual([]);
      expect(pull).toMatchObject({ title: '[droid doctor] probe', draft: true, state: 'closed', requested_reviewers: [], requested_teams: [] });
      expect(pull!.head.ref).toMatch(/^droid\/doctor-probe-[0-9a-f]{8}$/);
      expect(p.gh.state.issueLabels.get(pull!.number)).toEqual(['ai-generated', 'droid']);
      expect(p.gh.calls('pulls/request-reviewers')).toEqual([]);
      // both probe branches (push probe, PR probe) were pushed and are gone again
      expect(remote.requests.filter((r) => r.repo === p.name && r.service === 'git-receive-pack' && r.method === 'POST').length).toBe(4);
      expect(probeBranches(p.name)).toEqual([]);
      expect(await remote.headOf(p.name, 'main')).toBe(p.head);
      expect(text).not.toContain(PAT);
      p.gh.assertNoViolations();
    } finally {
      await p.gh.close();
    }
  });

  it('a token that cannot see the repository: says so and tries nothing else', async () => {
    const p = await project();
    try {
      const { code, report } = await doctor({ ...p, name: 'acme/elsewhere' }, ['--write']);
      expect(code).toBe(1);
      expect(report.ok).toBe(false);
      expect(byName(report, 'read the repository')).toMatchObject({ state: 'fail' });
      expect(byName(report, 'read the repository').detail).toMatch(/fix: the token cannot see acme\/elsewhere: check GITHUB_REPOSITORY/);
      for (const name of ['push a branch', 'open a PR/MR', 'reviewers', 'read CI results']) {
        expect(byName(report, name)).toMatchObject({ state: 'skip', detail: 'not tried: the repository cannot be read' });
      }
      expect(remote.requests.filter((r) => r.repo === 'acme/elsewhere')).toEqual([]);
      expect(p.gh.state.pulls).toEqual([]);
    } finally {
      await p.gh.close();
    }
  });

  it('a read-only token: the push fails with the reason and the PR probe is not tried', async () => {
    const readOnly = 'ghp_doctorREADONLY0123456789SECRET';
    remote.allowToken(readOnly);
    remote.readOnly(readOnly);
    const p = await project(readOnly);
    try {
      const { code, report, text } = await doctor(p, ['--write'], { GITHUB_TOKEN: readOnly });
      expect(code).toBe(1);
      const push = byName(report, 'push a branch');
      expect(push.state).toBe('fail');
      expect(push.detail).toMatch(/403/);
      expect(push.detail).toMatch(/fix: the token cannot push: give the workflow `permissions: contents: write`/);
      expect(byName(report, 'open a PR/MR')).toMatchObject({ state: 'skip', detail: 'not tried: pushing a branch failed' });
      expect(byName(report, 'read CI results').state).toBe('ok');
      expect(probeBranches(p.name)).toEqual([]);
      expect(p.gh.state.pulls).toEqual([]);
      expect(text).not.toContain(readOnly);
    } finally {
      await p.gh.close();
    }
  });

  it('a PR that cannot be opened, or labels that do not stick: says what to fix and still cleans up', async () => {
    const p = await project();
    try {
      p.gh.inject('pulls/create', { status: 403, message: 'GitHub Actions is not permitted to create or approve pull requests.' });
      const refused = await doctor(p, ['--write']);
      expect(refused.code).toBe(1);
      const open = byName(refused.report, 'open a PR/MR');
      expect(open.state).toBe('fail');
      expect(open.detail).toMatch(/could not open a draft pull request: .*403[^]*fix: turn on Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests"/);
      expect(p.gh.state.pulls).toEqual([]);
      expect(probeBranches(p.name)).toEqual([]);

      p.gh.inject('issues/add-labels', { status: 403, message: 'Resource not accessible by integration' });
      const unlabelled = await doctor(p, ['--write']);
      expect(unlabelled.code).toBe(1);
      const labels = byName(unlabelled.report, 'open a PR/MR');
      expect(labels.state).toBe('fail');
      expect(labels.detail).toMatch(/but labels ai-generated, droid did not stick \(labels ai-generated, droid could not be added: Resource not accessible by integration\)[^]*fix: .*issues: write/);
      expect(p.gh.state.pulls.map((pull) => pull.state)).toEqual(['closed']);
      expect(probeBranches(p.name)).toEqual([]);
      p.gh.assertNoViolations();
    } finally {
      await p.gh.close();
    }
  });

  it('the job token without checks: read: warns that its pushes start no workflows and names the missing permission', async () => {
    const p = await project(JOB_TOKEN);
    try {
      p.gh.inject('checks/list-for-ref', { status: 403, message: 'Resource not accessible by integration' });
      const { code, report } = await doctor(p, [], { GITHUB_TOKEN: JOB_TOKEN });
      expect(code).toBe(1);
      expect(byName(report, 'credentials').state).toBe('warn');
      expect(byName(report, 'credentials').detail).toMatch(/job token .*start no workflows.*app_id \+ app_private_key/s);
      // without --write: git read the remote, nothing was pushed, no PR was opened
      expect(byName(report, 'push a branch')).toMatchObject({ state: 'skip' });
      expect(byName(report, 'push a branch').detail).toMatch(/^not tried \(run with --write.*git can read/);
      expect(byName(report, 'open a PR/MR').state).toBe('skip');
      expect(remote.requests.filter((r) => r.repo === p.name && r.service === 'git-receive-pack')).toEqual([]);
      const ci = byName(report, 'read CI results');
      expect(ci.state).toBe('fail');
      expect(ci.detail).toMatch(/403/);
      expect(ci.detail).toMatch(/fix: the token cannot read check runs: give the workflow `permissions: checks: read`/);
      p.gh.assertNoViolations();
    } finally {
      await p.gh.close();
    }
  });
});
