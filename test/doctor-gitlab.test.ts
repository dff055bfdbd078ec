import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../src/entry/cli.js';
import { startGitRemote, type GitRemote } from './support/git-remote.js';
import { startFakeGitLab, type FakeGitLab } from './support/gitlab-api/server.js';
import { captureIo } from './support/repo.js';

/**
 * `droid-ci doctor --platform gitlab` through cli(), against the fake GitLab API and a real git
 * http-backend remote (CI_SERVER_URL is the remote, CI_API_V4_URL the fake API).
 */
const TOKEN = 'glpat-doctor-0123456789-SECRET';
const CONFIG = `version: 1
engine:
  use: command
  command: "true"
pr:
  labels: [ai-generated, droid]
  reviewers:
    codeowners: false
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
  remote = await startGitRemote({ token: TOKEN });
  tmp = mkdtempSync(join(tmpdir(), 'droid-doctor-gl-'));
});
afterAll(async () => {
  await remote.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** The fake's branch list is the real remote's (loose refs: read synchronously, local files only). */
class RemoteBranches extends Set<string> {
  constructor(private readonly bare: string) {
    super();
  }
  override has(branch: string): boolean {
    return existsSync(join(this.bare, 'refs/heads', branch));
  }
}

async function project(on: GitRemote = remote, fake: Parameters<typeof startFakeGitLab>[0] = {}): Promise<{ gl: FakeGitLab; dir: string; name: string; head: string; remote: GitRemote }> {
  count += 1;
  const name = `group/project${count}`;
  const head = await on.createRepo(name, { 'README.md': '# project\n' });
  const dir = join(tmp, `work${count}`);
  await on.clone(name, dir);
  writeFileSync(join(dir, '.droid.yml'), CONFIG);
  const gl = await startFakeGitLab({ projectPath: name, token: TOKEN, ...fake });
  gl.branches = new RemoteBranches(on.repoPath(name));
  gl.setMember('alice', 30);
  gl.setMember('bob', 20);
  return { gl, dir, name, head, remote: on };
}

async function doctor(p: { gl: FakeGitLab; dir: string; name: string; remote: GitRemote }, args: string[], env: Record<string, string> = {}): Promise<{ code: number; report: Report; text: string }> {
  const { io, out, err } = captureIo();
  const code = await cli(['doctor', '--platform', 'gitlab', '--json', '--repo', p.dir, ...args], io, {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DROID_GITLAB_TOKEN: TOKEN,
    CI_SERVER_URL: p.remote.baseUrl,
    CI_API_V4_URL: p.gl.apiUrl,
    CI_PROJECT_PATH: p.name,
    ...env,
  });
  return { code, report: JSON.parse(out()) as Report, text: `${out()}\n${err()}` };
}

const byName = (report: Report, name: string) => report.checks.find((c) => c.name === name)!;
const probeBranches = (name: string): string[] =>
  execFileSync('git', ['for-each-ref', '--format=%(refname)', 'refs/heads/droid/'], { cwd: remote.repoPath(name), encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);

describe('droid-ci doctor --platform gitlab', () => {
  it('with a good token and --write: pushes, opens a labelled draft probe MR, closes it and deletes its branch', async () => {
    const p = await project();
    try {
      p.gl.addPipeline({ sha: p.head, ref: 'main', status: 'success', jobs: [{ name: 'test', status: 'success', trace: 'ok\n' }] });
      const { code, report, text } = await doctor(p, ['--write']);
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
      expect(code).toBe(0);
      expect(byName(report, 'credentials').detail).toMatch(/DROID_GITLAB_TOKEN of @droid-bot \(a bot user[^]*\(scopes: api, write_repository\)$/);
      expect(byName(report, 'open a PR/MR').detail).toMatch(/opened draft merge request !?#?1 with labels ai-generated, droid, closed it and deleted its branch/);
      expect(byName(report, 'reviewers').detail).toMatch(/cannot be requested as reviewers: bob \(read access\)[^]*Developer role/);
      expect(byName(report, 'read CI results').detail).toMatch(/success, 1 job\(s\); the log of "test" can be read/);

      expect(p.gl.mergeRequests).toHaveLength(1);
      const mr = p.gl.mergeRequests[0]!;
      expect(mr).toMatchObject({ title: 'Draft: [droid doctor] probe', state: 'closed', labels: ['ai-generated', 'droid'], reviewer_ids: [], target_branch: 'main' });
      expect(mr.source_branch).toMatch(/^droid\/doctor-probe-[0-9a-f]{8}$/);
      expect(probeBranches(p.name)).toEqual([]);
      expect(await remote.headOf(p.name, 'main')).toBe(p.head);
      expect(text).not.toContain(TOKEN);
      p.gl.assertNoViolations();
    } finally {
      await p.gl.close();
    }
  });

  it('a refused token: credentials fail naming DROID_GITLAB_TOKEN, nothing else is tried', async () => {
    const p = await project();
    try {
      const { code, report, text } = await doctor(p, ['--write'], { DROID_GITLAB_TOKEN: 'glpat-wrong-SECRET' });
      expect(code).toBe(1);
      expect(byName(report, 'credentials').state).toBe('fail');
      expect(byName(report, 'credentials').detail).toMatch(/DROID_GITLAB_TOKEN was refused \(401\)[^]*api and write_repository scopes/);
      expect(byName(report, 'read the repository')).toMatchObject({ state: 'skip', detail: 'not tried: no usable credentials' });
      expect(text).not.toContain('glpat-wrong-SECRET');
    } finally {
      await p.gl.close();
    }
  });

  it('a token without the api scope fails the credentials check naming the scope; the other checks still run', async () => {
    const p = await project(remote, { tokenScopes: ['read_api', 'read_repository'] });
    try {
      const { code, report } = await doctor(p, []);
      expect(code).toBe(1);
      const credentials = byName(report, 'credentials');
      expect(credentials.state).toBe('fail');
      expect(credentials.detail).toMatch(/the token lacks the api scope \(it has: read_api, read_repository\)[^]*fix: DROID_GITLAB_TOKEN must be a project \(or group\) access token/);
      expect(byName(report, 'read the repository').state).toBe('ok');
    } finally {
      await p.gl.close();
    }
  });

  it('a token without write access to the repository: the push fails with the reason, no MR is tried', async () => {
    const readOnlyRemote = await startGitRemote({ token: TOKEN });
    readOnlyRemote.readOnly(TOKEN);
    const p = await project(readOnlyRemote);
    try {
      const { code, report } = await doctor(p, ['--write']);
      expect(code).toBe(1);
      const push = byName(report, 'push a branch');
      expect(push.state).toBe('fail');
      expect(push.detail).toMatch(/403[^]*fix: the token cannot push: DROID_GITLAB_TOKEN must be a project \(or group\) access token with the Developer role and the api and write_repository scopes/);
      expect(byName(report, 'open a PR/MR')).toMatchObject({ state: 'skip', detail: 'not tried: pushing a branch failed' });
      expect(p.gl.mergeRequests).toEqual([]);
    } finally {
      await p.gl.close();
      await readOnlyRemote.close();
    }
  });

  it('a project the token cannot see, and pipelines it may not read', async () => {
    const p = await project();
    try {
      const unseen = await doctor(p, [], { CI_PROJECT_PATH: 'group/secret' });
      expect(unseen.code).toBe(1);
      expect(byName(unseen.report, 'read the repository').detail).toMatch(/fix: the token cannot see group\/secret/);

      p.gl.fail({ method: 'GET', path: /\/pipelines/, status: 403, times: 5 });
      const { code, report } = await doctor(p, []);
      expect(code).toBe(1);
      expect(byName(report, 'push a branch').detail).toMatch(/^not tried \(run with --write/);
      expect(byName(report, 'open a PR/MR').state).toBe('skip');
      expect(p.gl.mergeRequests).toEqual([]);
      const ci = byName(report, 'read CI results');
      expect(ci.state).toBe('fail');
      expect(ci.detail).toMatch(/403[^]*fix: the token cannot read pipelines and jobs: it needs the api \(or read_api\) scope and at least the Reporter role/);

      writeFileSync(join(p.dir, '.droid.yml'), `${CONFIG}  target_branch: release\n`);
      const target = await doctor(p, []);
      expect(target.code).toBe(1);
      expect(byName(target.report, 'push a branch').detail).toMatch(/^pr\.target_branch "release" does not exist on [^]*fix: set pr\.target_branch/);
    } finally {
      await p.gl.close();
    }
  });
});
