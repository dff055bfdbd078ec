import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authEnvForToken } from '../src/git/auth.js';
import { gitFailure } from '../src/git/hardening.js';
import { probePush } from '../src/git/probe.js';
import { pushBranch } from '../src/git/push.js';
import { startGitRemote, type GitRemote } from './support/git-remote.js';
import { cloneWorkspace, expectNeverForced, makeTempDir, type Workspace } from './support/git-workspace.js';

const TOKEN = 'ghs_droidTestToken0123456789abcdefABCDEF';
const basicOf = (token: string): string => Buffer.from(`x-access-token:${token}`).toString('base64');

let remote: GitRemote;
let tmp: { dir: string; remove(): Promise<void> };
let repoCount = 0;

beforeAll(async () => {
  remote = await startGitRemote({ token: TOKEN });
});
afterAll(async () => {
  await remote.close();
});
beforeEach(async () => {
  tmp = await makeTempDir();
});
afterEach(async () => {
  await tmp.remove();
});

async function setup(files: Record<string, string> = { 'README.md': '# app\n', 'src/a.txt': 'one\ntwo\nthree\n' }) {
  const repo = `acme/app${++repoCount}`;
  const mainSha = await remote.createRepo(repo, files);
  const ws = await cloneWorkspace(remote, repo, tmp.dir);
  const authEnv = authEnvForToken({ serverUrl: remote.baseUrl, token: TOKEN });
  const artifactDir = path.join(tmp.dir, 'artifacts');
  return { repo, mainSha, ws, authEnv, artifactDir };
}

async function commitFile(ws: Workspace, file: string, content: string, message: string): Promise<string> {
  await writeFile(path.join(ws.dir, file), content);
  await ws.git.add();
  return ws.git.commit({ message, trailers: [['Droid-Run', 'run-1']] });
}

const pushes = (repo: string) => remote.requests.filter((r) => r.repo === repo && r.service === 'git-receive-pack');

describe('pushing the droid branch', () => {
  it('pushes a new branch with a token scoped to the git command: not in .git/config, not in any URL', async () => {
    const { repo, mainSha, ws, authEnv, artifactDir } = await setup();
    await ws.git.checkoutNewBranch('droid/PROJ-1-fix-dates', 'origin/main');
    const sha = await commitFile(ws, 'src/a.txt', 'one\nTWO\nthree\n', 'Fix the date parser');

    const result = await pushBranch({ git: ws.git, branch: 'droid/PROJ-1-fix-dates', remote: 'origin', authEnv, mode: 'droid-branch', base: mainSha, artifactDir, forbiddenBranches: ['main'] });

    expect(result).toMatchObject({ status: 'pushed', sha });
    expect(await remote.headOf(repo, 'droid/PROJ-1-fix-dates')).toBe(sha);
    const config = await readFile(path.join(ws.dir, '.git', 'config'), 'utf8');
    expect(config).not.toContain(TOKEN);
    expect(config).not.toContain(basicOf(TOKEN));
    expect(ws.sh('remote', 'get-url', 'origin')).toBe(remote.url(repo));
    const recorded = pushes(repo);
    expect(recorded.length).toBeGreaterThan(0);
    for (const r of recorded) {
      expect(r.authorization).toEqual([`basic ${basicOf(TOKEN)}`]);
      expect(r.token).toBe(TOKEN);
      expect(r.url).not.toContain(TOKEN);
    }
    expect(ws.commands.join('\n')).not.toContain(TOKEN);
    expectNeverForced(ws.commands);
  });

  it('sends only its own token when the checkout persisted another one, and keeps the runner\'s GIT_CONFIG_COUNT entries', async () => {
    const { repo, mainSha, artifactDir } = await setup();
    const ws = await cloneWorkspace(remote, repo, path.join(tmp.dir, 'runner'), {
      env: { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.userAgent', GIT_CONFIG_VALUE_0: 'runner-agent/1.0' },
    });
    ws.sh('config', '--local', `http.${remote.baseUrl}/.extraheader`, `AUTHORIZATION: basic ${basicOf('stale-token-from-checkout')}`);
    const authEnv = authEnvForToken({ serverUrl: remote.baseUrl, token: TOKEN });
    await ws.git.checkoutNewBranch('droid/PROJ-2', 'origin/main');
    await commitFile(ws, 'new.txt', 'hello\n', 'Add new.txt');

    const before = remote.requests.length;
    const result = await pushBranch({ git: ws.git, branch: 'droid/PROJ-2', remote: 'origin', authEnv, mode: 'droid-branch', base: mainSha, artifactDir });

    expect(result.status).toBe('pushed');
    const seen = remote.requests.slice(before);
    expect(seen.length).toBeGreaterThan(0);
    for (const r of seen) {
      expect(r.authorization).toEqual([`basic ${basicOf(TOKEN)}`]);
      expect(r.userAgent).toBe('runner-agent/1.0');
    }
  });

  it('fails with a clear platform error that does not contain the token when the token is wrong', async () => {
    const { repo, mainSha, ws, artifactDir } = await setup();
    const wrong = 'ghs_wrongTokenWrongToken0123456789abcd';
    await ws.git.checkoutNewBranch('droid/PROJ-3', 'origin/main');
    const sha = await commitFile(ws, 'x.txt', 'x\n', 'Add x');

    const result = await pushBranch({ git: ws.git, branch: 'droid/PROJ-3', remote: 'origin', authEnv: authEnvForToken({ serverUrl: remote.baseUrl, token: wrong }), mode: 'droid-branch', base: mainSha, artifactDir });

    expect(result.status).toBe('failed');
    expect(result.error?.kind).toBe('platform');
    expect(result.error?.message).toMatch(/authentication failed/);
    const everything = `${result.error?.message} ${result.error?.hint} ${result.reason} ${ws.warnings.join(' ')} ${ws.commands.join(' ')}`;
    expect(everything).not.toContain(wrong);
    expect(everything).not.toContain(basicOf(wrong));
    expect(await remote.headOf(repo, 'droid/PROJ-3')).toBeUndefined();
    expect(result.patchFile && (await readFile(result.patchFile, 'utf8'))).toContain('Subject: [PATCH] Add x');
    expect(ws.sh('rev-parse', 'HEAD')).toBe(sha);
  });

  it('says the token may not push when the server answers 403', async () => {
    const { mainSha, ws, artifactDir } = await setup();
    const readOnly = 'ghs_readOnlyToken0123456789abcdefXYZ';
    remote.allowToken(readOnly);
    remote.readOnly(readOnly);
    await ws.git.checkoutNewBranch('droid/PROJ-3b', 'origin/main');
    await commitFile(ws, 'x.txt', 'x\n', 'Add x');
    const result = await pushBranch({ git: ws.git, branch: 'droid/PROJ-3b', remote: 'origin', authEnv: authEnvForToken({ serverUrl: remote.baseUrl, token: readOnly }), mode: 'droid-branch', base: mainSha, artifactDir });
    expect(result.status).toBe('failed');
    expect(result.error?.message).toMatch(/access denied \(403\)/);
    expect(result.error?.hint).toMatch(/contents: write/);
  });

  it('reads the status from git\'s words, never from the port in the URL (CI once got a refused token on port 40335 called a 403)', () => {
    // git 2.39's stderr for a refused token, on remotes whose ports hold 403 and 401.
    for (const port of [40335, 40112, 14030, 4013]) {
      const refused = `fatal: could not read Username for 'http://127.0.0.1:${port}': terminal prompts disabled`;
      expect(gitFailure(['push', '--', 'origin'], refused, 128, true).message).toMatch(/authentication failed \(401\)/);
      const denied = `remote: Permission to acme/app.git denied to droid-bot.\nfatal: unable to access 'http://127.0.0.1:${port}/acme/app.git/': The requested URL returned error: 403`;
      expect(gitFailure(['push', '--', 'origin'], denied, 128, true).message).toMatch(/access denied \(403\)/);
    }
  });

  it('pushes a change of several MB (chunked upload through http-backend)', async () => {
    const { repo, mainSha, ws, authEnv, artifactDir } = await setup();
    await ws.git.checkoutNewBranch('droid/big', 'origin/main');
    const big = randomBytes(3 * 1024 * 1024).toString('base64');
    const sha = await commitFile(ws, 'big.txt', big, 'Big file');
    const result = await pushBranch({ git: ws.git, branch: 'droid/big', remote: 'origin', authEnv, mode: 'droid-branch', base: mainSha, artifactDir });
    expect(result).toMatchObject({ status: 'pushed', sha });
    expect((await remote.fileAt(repo, 'droid/big', 'big.txt'))?.length).toBe(big.length);
  });

  it('rebases its own commits onto commits someone else pushed to the droid branch, then pushes', async () => {
    const { repo, mainSha, ws, authEnv, artifactDir } = await setup();
    const branch = 'droid/PROJ-4';
    await ws.git.checkoutNewBranch(branch, 'origin/main');
    await commitFile(ws, 'src/a.txt', 'one\nTWO\nthree\n', 'Droid change 1');
    expect((await pushBranch({ git: ws.git, branch, remote: 'origin', authEnv, mode: 'droid-branch', base: mainSha, artifactDir })).status).toBe('pushed');
    const theirs = await remote.pushAs(repo, branch, { 'docs/notes.md': 'a human note\n' }, { message: 'Human adds notes' });
    await commitFile(ws, 'src/b.txt', 'b\n', 'Droid change 2');

    const result = await pushBranch({ git: ws.git, branch, remote: 'origin', authEnv, mode: 'droid-branch', base: mainSha, artifactDir });

    expect(result).toMatchObject({ status: 'pushed', rebased: true });
    const log = await remote.log(repo, branch);
    expect(log.map((l) => l.slice(41))).toEqual(['Droid change 2', 'Human adds notes', 'Droid change 1', 'Initial commit']);
    expect(log[1]?.slice(0, 40)).toBe(theirs);
    expect(await remote.headOf(repo, branch)).toBe(result.sha);
    expect(await remote.fileAt(repo, branch, 'docs/notes.md')).toBe('a human note\n');
    expect(result.patchFile).toBeUndefined();
    expectNeverForced(ws.commands);
  });

  it('stops with a conflict and keeps the work as a patch when its commits do not apply on the moved branch', async () => {
    const { repo, mainSha, ws, authEnv, artifactDir } = await setup();
    const branch = 'droid/PROJ-5';
    await ws.git.checkoutNewBranch(branch, 'origin/main');
    await commitFile(ws, 'src/a.txt', 'one\nTWO\nthree\n', 'Droid first');
    await pushBranch({ git: ws.git, branch, remote: 'origin', authEnv, mode: 'droid-branch', base: mainSha, artifactDir });
    const theirs = await remote.pushAs(repo, branch, { 'src/a.txt': 'one\nHUMAN\nthree\n' });
    const mine = await commitFile(ws, 'src/a.txt', 'one\nDROID AGAIN\nthree\n', 'Droid second');

    const result = await pushBranch({ git: ws.git, branch, remote: 'origin', authEnv, mode: 'droid-branch', base: mainSha, artifactDir });

    expect(result.status).toBe('conflict');
    expect(result.reason).toMatch(/do not apply/);
    expect(await remote.headOf(repo, branch)).toBe(theirs);
    expect(ws.sh('rev-parse', 'HEAD')).toBe(mine);
    expect(ws.sh('symbolic-ref', '--short', 'HEAD')).toBe(branch);
    expect(ws.sh('status', '--porcelain')).toBe('');
    expect(existsSync(path.join(ws.dir, '.git', 'rebase-merge'))).toBe(false);
    const patch = await readFile(result.patchFile ?? '', 'utf8');
    expect(patch).toContain('Subject: [PATCH 1/2] Droid first');
    expect(patch).toContain('Subject: [PATCH 2/2] Droid second');
    expect(patch).toContain('+DROID AGAIN');
    expectNeverForced(ws.commands);
  });

  it('never overwrites a remote branch whose history was rewritten (no force, even without server protection)', async () => {
    const { repo, mainSha, ws, authEnv, artifactDir } = await setup();
    const branch = 'droid/PROJ-6';
    await ws.git.checkoutNewBranch(branch, 'origin/main');
    await commitFile(ws, 'src/a.txt', 'one\nMINE\nthree\n', 'Droid work');
    // someone created the same branch from main with a conflicting change: not a fast-forward for us
    const theirs = await remote.pushAs(repo, branch, { 'src/a.txt': 'one\nTHEIRS\nthree\n' }, { from: 'main' });

    const result = await pushBranch({ git: ws.git, branch, remote: 'origin', authEnv, mode: 'droid-branch', base: mainSha, artifactDir });

    expect(result.status).toBe('conflict');
    expect(await remote.headOf(repo, branch)).toBe(theirs);
    expectNeverForced(ws.commands);
    expect(ws.commands.some((c) => c.startsWith('git push'))).toBe(true);
  });

  it('refuses to push to the target branch', async () => {
    const { repo, mainSha, ws, authEnv, artifactDir } = await setup();
    await commitFile(ws, 'x.txt', 'x\n', 'On main');
    const result = await pushBranch({ git: ws.git, branch: 'main', remote: 'origin', authEnv, mode: 'droid-branch', base: mainSha, artifactDir, forbiddenBranches: ['main'] });
    expect(result.status).toBe('rejected');
    expect(result.reason).toMatch(/target branch/);
    expect(await remote.headOf(repo, 'main')).toBe(mainSha);
    expect(pushes(repo)).toEqual([]);
  });

  it('reports a push refused by branch protection with the server message (GitHub style)', async () => {
    const { repo, mainSha, ws, authEnv, artifactDir } = await setup();
    const branch = 'release/1.x';
    await remote.protect(repo, [branch]);
    await ws.git.checkoutNewBranch(branch, 'origin/main');
    await commitFile(ws, 'x.txt', 'x\n', 'Release fix');

    const result = await pushBranch({ git: ws.git, branch, remote: 'origin', authEnv, mode: 'droid-branch', base: mainSha, artifactDir });

    expect(result.status).toBe('rejected');
    expect(result.reason).toContain('GH006: Protected branch update failed for refs/heads/release/1.x.');
    expect(result.reason).toContain('pre-receive hook declined');
    expect(result.patchFile).toBeDefined();
    expect(await remote.headOf(repo, branch)).toBeUndefined();
  });

  it('reports a push refused by branch protection with the server message (GitLab style)', async () => {
    const { repo, mainSha, ws, authEnv, artifactDir } = await setup();
    await remote.protect(repo, ['droid/locked'], { style: 'gitlab' });
    await ws.git.checkoutNewBranch('droid/locked', 'origin/main');
    await commitFile(ws, 'x.txt', 'x\n', 'Locked');
    const result = await pushBranch({ git: ws.git, branch: 'droid/locked', remote: 'origin', authEnv, mode: 'droid-branch', base: mainSha, artifactDir });
    expect(result.status).toBe('rejected');
    expect(result.reason).toContain('You are not allowed to push code to protected branches on this project.');
  });
});

describe('pushing to a PR head branch', () => {
  async function prSetup() {
    const s = await setup();
    const head = await s.ws.git.revParse('HEAD');
    const pinned = await remote.pushAs(s.repo, 'feature/login', { 'login.txt': 'v1\n' }, { from: 'main', message: 'Author work' });
    await s.ws.git.fetch('origin', ['refs/heads/feature/login:refs/remotes/origin/feature/login'], { authEnv: s.authEnv });
    s.ws.sh('checkout', '-q', '-b', 'feature/login', 'origin/feature/login');
    return { ...s, head, pinned };
  }

  it('pushes on top of the pinned head', async () => {
    const { repo, ws, authEnv, artifactDir, pinned } = await prSetup();
    const sha = await commitFile(ws, 'login.txt', 'v2\n', 'Droid fixes login');
    const result = await pushBranch({ git: ws.git, branch: 'feature/login', remote: 'origin', authEnv, mode: 'pr-head', expectedRemoteSha: pinned, artifactDir });
    expect(result).toMatchObject({ status: 'pushed', sha });
    expect(await remote.headOf(repo, 'feature/login')).toBe(sha);
  });

  it('stops with "PR head moved" when the head changed since the trigger, and pushes nothing', async () => {
    const { repo, ws, authEnv, artifactDir, pinned } = await prSetup();
    const moved = await remote.pushAs(repo, 'feature/login', { 'other.txt': 'new\n' }, { message: 'Author pushes again' });
    const mine = await commitFile(ws, 'login.txt', 'v2\n', 'Droid fixes login');

    const result = await pushBranch({ git: ws.git, branch: 'feature/login', remote: 'origin', authEnv, mode: 'pr-head', expectedRemoteSha: pinned, artifactDir });

    expect(result.status).toBe('head-moved');
    expect(result.reason).toMatch(/^PR head moved/);
    expect(result.remoteSha).toBe(moved);
    expect(await remote.headOf(repo, 'feature/login')).toBe(moved);
    expect(ws.sh('rev-parse', 'HEAD')).toBe(mine);
    expect(await readFile(result.patchFile ?? '', 'utf8')).toContain('Droid fixes login');
    expect(pushes(repo).filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('stops when the engine pulled unseen commits into the PR branch', async () => {
    const { repo, ws, authEnv, artifactDir, pinned } = await prSetup();
    const moved = await remote.pushAs(repo, 'feature/login', { 'other.txt': 'new\n' });
    await ws.git.fetch('origin', ['refs/heads/feature/login'], { authEnv });
    ws.sh('merge', '-q', '--ff-only', 'FETCH_HEAD');
    await commitFile(ws, 'login.txt', 'v2\n', 'Droid on top of unseen code');
    const result = await pushBranch({ git: ws.git, branch: 'feature/login', remote: 'origin', authEnv, mode: 'pr-head', expectedRemoteSha: pinned, artifactDir });
    expect(result.status).toBe('head-moved');
    expect(await remote.headOf(repo, 'feature/login')).toBe(moved);
  });
});

describe('doctor push probe', () => {
  it('creates and deletes a throw-away branch when the token may push', async () => {
    const { repo, ws, authEnv } = await setup();
    const probe = await probePush(ws.git, 'origin', authEnv);
    expect(probe).toEqual({ ok: true });
    const created = pushes(repo).filter((r) => r.method === 'POST');
    expect(created.length).toBe(2);
    expect(ws.sh('ls-remote', '--heads', remote.repoPath(repo))).not.toContain('doctor-probe');
  });

  it('says why when the token is refused', async () => {
    const { ws } = await setup();
    const probe = await probePush(ws.git, 'origin', authEnvForToken({ serverUrl: remote.baseUrl, token: 'ghs_nopeNopeNope0123456789' }));
    expect(probe.ok).toBe(false);
    expect(probe.reason).toMatch(/authentication failed/);
    expect(probe.reason).not.toContain('ghs_nopeNopeNope0123456789');
  });
});
