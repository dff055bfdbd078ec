import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authEnvForToken, mergeGitConfigEnv } from '../src/git/auth.js';
import { removePersistedCredentials } from '../src/git/credentials.js';
import { holdBackProtected } from '../src/git/protected.js';
import { pushBranch } from '../src/git/push.js';
import { DROID_COMMAND, DROID_RUN, droidTrailers, githubCoAuthor } from '../src/git/trailers.js';
import { DroidError } from '../src/util/errors.js';
import { startGitRemote, type GitRemote } from './support/git-remote.js';
import { cloneWorkspace, expectNeverForced, makeTempDir, type Workspace } from './support/git-workspace.js';

const TOKEN = 'glpat-droidCommitTestToken0123456789';
const HOOK = path.join(path.dirname(fileURLToPath(import.meta.url)), 'support', 'git-hooks', 'fail-and-mark');
const HOOK_NAMES = ['pre-commit', 'prepare-commit-msg', 'commit-msg', 'post-commit', 'pre-rebase', 'post-rewrite', 'pre-push', 'post-checkout', 'reference-transaction'];

let remote: GitRemote;
let tmp: { dir: string; remove(): Promise<void> };
let n = 0;

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

async function workspace(files: Record<string, string> = { 'README.md': '# app\n' }): Promise<{ ws: Workspace; repo: string; mainSha: string }> {
  const repo = `group/project${++n}`;
  const mainSha = await remote.createRepo(repo, files);
  return { ws: await cloneWorkspace(remote, repo, tmp.dir), repo, mainSha };
}

describe('droid commits', () => {
  it('are authored by the droid identity with Co-authored-by, Droid-Ticket and Droid-Run trailers', async () => {
    const { ws } = await workspace();
    await writeFile(path.join(ws.dir, 'a.txt'), 'a\n');
    await ws.git.add();
    const trailers = droidTrailers({ coAuthor: githubCoAuthor('alice', 42), ticketKey: 'PROJ-7', runId: 'run-123', command: 'fix' });
    await ws.git.commit({ message: 'Fix the date parser\n\n# What\nAccept ISO weeks.', trailers });

    expect(ws.sh('log', '-1', '--format=%an <%ae>|%cn <%ce>')).toBe('droid[bot] <droid[bot]@users.noreply.github.com>|droid[bot] <droid[bot]@users.noreply.github.com>');
    expect(ws.sh('log', '-1', '--format=%B')).toContain('# What\nAccept ISO weeks.');
    const parsed = execFileSync('git', ['interpret-trailers', '--parse'], { input: ws.sh('log', '-1', '--format=%B'), encoding: 'utf8' });
    expect(parsed.trim().split('\n')).toEqual([
      'Co-authored-by: alice <42+alice@users.noreply.github.com>',
      'Droid-Ticket: PROJ-7',
      'Droid-Run: run-123',
      'Droid-Command: fix',
    ]);
  });

  it('can be counted by trailer, so ci-fix attempts are bounded by history', async () => {
    const { ws, mainSha } = await workspace();
    const commitAs = async (file: string, command: string, runId: string) => {
      await writeFile(path.join(ws.dir, file), file);
      await ws.git.add();
      await ws.git.commit({ message: `change ${file}`, trailers: droidTrailers({ runId, command }) });
    };
    await commitAs('1', 'fix', 'r1');
    await commitAs('2', 'ci-fix', 'r2');
    await writeFile(path.join(ws.dir, 'human'), 'h');
    ws.sh('add', 'human');
    ws.sh('commit', '-q', '-m', 'human commit', '-m', 'Droid-Command: ci-fix but not a trailer line');
    await commitAs('3', 'ci-fix', 'r3');

    expect(await ws.git.countTrailers(`${mainSha}..HEAD`, DROID_COMMAND, 'ci-fix')).toBe(2);
    expect(await ws.git.countTrailers(`${mainSha}..HEAD`, DROID_RUN)).toBe(3);
    expect(await ws.git.logTrailers(`${mainSha}..HEAD`, DROID_RUN)).toEqual(['r3', 'r2', 'r1']);
  });

  it('keep trailer values on one line whatever the ticket key holds', async () => {
    const { ws } = await workspace();
    await writeFile(path.join(ws.dir, 'a.txt'), 'a\n');
    await ws.git.add();
    await ws.git.commit({ message: 'x', trailers: [['Droid-Ticket', 'PROJ-1\nSigned-off-by: mallory <m@evil>']] });
    expect(await ws.git.logTrailers('HEAD~1..HEAD', 'Signed-off-by')).toEqual([]);
    expect(await ws.git.logTrailers('HEAD~1..HEAD', 'Droid-Ticket')).toEqual(['PROJ-1 Signed-off-by: mallory <m@evil>']);
  });

  it('run with the repo hooks disabled: no hook runs on commit, checkout, rebase or push', async () => {
    const { ws, repo, mainSha } = await workspace();
    const hooksDir = path.join(ws.dir, '.git', 'hooks');
    const customDir = path.join(ws.dir, 'custom-hooks');
    await mkdir(customDir, { recursive: true });
    for (const name of HOOK_NAMES) {
      await copyFile(HOOK, path.join(hooksDir, name));
      await copyFile(HOOK, path.join(customDir, name));
    }
    // a repo that points core.hooksPath at its own hooks (husky style) is covered too
    ws.sh('config', '--local', 'core.hooksPath', customDir);
    const authEnv = authEnvForToken({ serverUrl: remote.baseUrl, username: 'oauth2', token: TOKEN });

    await ws.git.checkoutNewBranch('droid/hooks', 'origin/main');
    await writeFile(path.join(ws.dir, 'a.txt'), 'a\n');
    await ws.git.add(['a.txt']);
    await ws.git.commit({ message: 'Commit with hooks around', trailers: droidTrailers({ runId: 'r' }) });
    await remote.pushAs(repo, 'droid/hooks', { 'b.txt': 'b\n' }, { from: 'main' });
    const result = await pushBranch({ git: ws.git, branch: 'droid/hooks', remote: 'origin', authEnv, mode: 'droid-branch', base: mainSha, artifactDir: path.join(tmp.dir, 'art') });

    expect(result).toMatchObject({ status: 'pushed', rebased: true });
    expect((await readdir(path.join(ws.dir, '.git'))).filter((f) => f.startsWith('hook-ran-'))).toEqual([]);
    expectNeverForced(ws.commands);
  });
});

describe('protected paths', () => {
  it('holds back changes to protected files, saves them as a patch, and commits the rest', async () => {
    const { ws, repo, mainSha } = await workspace({
      'README.md': '# app\n',
      '.github/workflows/ci.yml': 'on: push\n',
      '.droid.yml': 'version: 1\n',
      'src/app.ts': 'export const a = 1;\n',
    });
    await writeFile(path.join(ws.dir, '.github/workflows/ci.yml'), 'on: push\njobs: {}\n');
    await mkdir(path.join(ws.dir, '.github/workflows/sub'), { recursive: true });
    await writeFile(path.join(ws.dir, '.github/workflows/sub/new.yml'), 'new\n');
    await writeFile(path.join(ws.dir, '.github/CODEOWNERS'), '* @mallory\n');
    execFileSync('rm', [path.join(ws.dir, '.droid.yml')]);
    await writeFile(path.join(ws.dir, 'src/app.ts'), 'export const a = 2;\n');
    ws.sh('add', '.github/CODEOWNERS'); // staged new file

    const patchFile = path.join(tmp.dir, 'art', 'held-back.patch');
    const { heldBack, patchFile: written } = await holdBackProtected(ws.git, ['.github/workflows/', '.gitlab-ci.yml', 'CODEOWNERS', '.droid.yml'], { patchFile });

    expect(heldBack).toEqual(['.droid.yml', '.github/CODEOWNERS', '.github/workflows/ci.yml', '.github/workflows/sub/new.yml']);
    expect(await ws.git.changedFiles()).toEqual(['src/app.ts']);
    expect(await readFile(path.join(ws.dir, '.github/workflows/ci.yml'), 'utf8')).toBe('on: push\n');
    expect(existsSync(path.join(ws.dir, '.droid.yml'))).toBe(true);
    expect(existsSync(path.join(ws.dir, '.github/CODEOWNERS'))).toBe(false);
    const patch = await readFile(written ?? '', 'utf8');
    expect(patch).toContain('+jobs: {}');
    expect(patch).toContain('+* @mallory');
    expect(patch).toContain('deleted file mode');

    await ws.git.checkoutNewBranch('droid/protected', 'HEAD');
    await ws.git.add();
    await ws.git.commit({ message: 'Only the code', trailers: droidTrailers({ runId: 'r' }) });
    const authEnv = authEnvForToken({ serverUrl: remote.baseUrl, token: TOKEN });
    await pushBranch({ git: ws.git, branch: 'droid/protected', remote: 'origin', authEnv, mode: 'droid-branch', base: mainSha, artifactDir: tmp.dir });
    expect(await remote.fileAt(repo, 'droid/protected', 'src/app.ts')).toBe('export const a = 2;\n');
    expect(await remote.fileAt(repo, 'droid/protected', '.github/workflows/ci.yml')).toBe('on: push\n');
    expect(await remote.fileAt(repo, 'droid/protected', '.github/CODEOWNERS')).toBeUndefined();
  });

  it('holds back nothing when no protected file changed', async () => {
    const { ws } = await workspace();
    await writeFile(path.join(ws.dir, 'README.md'), 'changed\n');
    expect(await holdBackProtected(ws.git, ['.github/workflows/**'])).toEqual({ heldBack: [] });
    expect(await ws.git.changedFiles()).toEqual(['README.md']);
  });
});

describe('branch names and other user text', () => {
  it('refuses names that git or a shell could misread, naming the value', async () => {
    const { ws } = await workspace();
    for (const bad of ['--upload-pack=touch pwned', '-f', 'a b', 'x..y', '@{-1}', 'feat~1', 'refs/heads/main', 'a:b', 'HEAD', 'x\ny']) {
      const error = await ws.git.checkoutNewBranch(bad, 'HEAD').catch((e: unknown) => e);
      expect(error, bad).toBeInstanceOf(DroidError);
      expect((error as DroidError).kind).toBe('work');
      expect((error as DroidError).message).toContain(JSON.stringify(bad));
    }
    await expect(ws.git.revParse('--output=/tmp/x')).rejects.toThrow(/Invalid git revision/);
    await expect(ws.git.show('HEAD', '../../etc/passwd')).rejects.toThrow(/Invalid repository path/);
  });

  it('passes shell metacharacters that git allows through argv untouched', async () => {
    const { ws, repo, mainSha } = await workspace();
    const branch = 'droid/$(touch${IFS}pwned);`id`|x&y';
    await ws.git.checkoutNewBranch(branch, 'HEAD');
    await writeFile(path.join(ws.dir, 'a.txt'), 'a\n');
    await ws.git.add();
    const sha = await ws.git.commit({ message: 'Meta', trailers: droidTrailers({ runId: 'r' }) });
    const authEnv = authEnvForToken({ serverUrl: remote.baseUrl, token: TOKEN });
    const result = await pushBranch({ git: ws.git, branch, remote: 'origin', authEnv, mode: 'droid-branch', base: mainSha, artifactDir: tmp.dir });
    expect(result.status).toBe('pushed');
    expect(await remote.headOf(repo, branch)).toBe(sha);
    expect(existsSync(path.join(ws.dir, 'pwned'))).toBe(false);
    expect(existsSync(path.join(process.cwd(), 'pwned'))).toBe(false);
  });

  it('refuses a remote URL that carries credentials', async () => {
    const { ws } = await workspace();
    await expect(ws.git.lsRemote(`http://x-access-token:${TOKEN}@127.0.0.1:1/r.git`, 'main')).rejects.toThrow(/carries credentials/);
  });
});

describe('credentials left by the CI checkout', () => {
  it('are removed from the local config so the engine never sees them', async () => {
    const { ws, repo } = await workspace();
    const credsFile = path.join(tmp.dir, 'git-credentials-1234.config');
    await writeFile(credsFile, `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${Buffer.from('x-access-token:ghs_persisted').toString('base64')}\n`);
    ws.sh('config', '--local', 'http.https://github.com/.extraheader', 'AUTHORIZATION: basic c2VjcmV0');
    ws.sh('config', '--local', `includeIf.gitdir:${ws.dir}/.git.path`, credsFile);
    ws.sh('config', '--local', 'remote.origin.url', `http://gitlab-ci-token:glcbt-persisted-job-token@127.0.0.1:1/${repo}.git`);
    ws.sh('config', '--local', 'url.http://gitlab-ci-token:glcbt-persisted-job-token@127.0.0.1:1/.insteadOf', 'http://127.0.0.1:1/');
    ws.sh('config', '--local', 'user.name', 'Keep Me');

    const { removed } = await removePersistedCredentials(ws.git);

    const config = await readFile(path.join(ws.dir, '.git', 'config'), 'utf8');
    expect(config).not.toMatch(/extraheader|glcbt-persisted|git-credentials|c2VjcmV0/);
    expect(config).toContain('Keep Me');
    expect(ws.sh('remote', 'get-url', 'origin')).toBe(`http://127.0.0.1:1/${repo}.git`);
    expect(removed).toEqual(['http.https://github.com/.extraheader', `includeif.gitdir:${ws.dir}/.git.path`, 'remote.origin.url', 'url.<credentials>.insteadof']);
    expect(removed.join(' ')).not.toContain('glcbt');
    expect(ws.commands.join('\n')).not.toContain('glcbt-persisted-job-token');
    expect(existsSync(credsFile)).toBe(true);
  });
});

describe('command-scoped auth entries', () => {
  it('append after the GIT_CONFIG_COUNT entries already in the environment', () => {
    const auth = authEnvForToken({ serverUrl: 'https://ghe.example.com/', token: 'tok123456' });
    const merged = mergeGitConfigEnv({ PATH: '/bin', GIT_CONFIG_COUNT: '2', GIT_CONFIG_KEY_0: 'a.b', GIT_CONFIG_VALUE_0: '1', GIT_CONFIG_KEY_1: 'c.d', GIT_CONFIG_VALUE_1: '2' }, auth);
    expect(merged).toEqual({
      PATH: '/bin',
      GIT_CONFIG_COUNT: '4',
      GIT_CONFIG_KEY_0: 'a.b',
      GIT_CONFIG_VALUE_0: '1',
      GIT_CONFIG_KEY_1: 'c.d',
      GIT_CONFIG_VALUE_1: '2',
      GIT_CONFIG_KEY_2: 'http.https://ghe.example.com/.extraheader',
      GIT_CONFIG_VALUE_2: '',
      GIT_CONFIG_KEY_3: 'http.https://ghe.example.com/.extraheader',
      GIT_CONFIG_VALUE_3: `AUTHORIZATION: basic ${Buffer.from('x-access-token:tok123456').toString('base64')}`,
    });
  });

  it('refuse a server URL with credentials and an empty token', () => {
    expect(() => authEnvForToken({ serverUrl: 'https://u:p@github.com', token: 't' })).toThrow(/must not contain credentials/);
    expect(() => authEnvForToken({ serverUrl: 'https://github.com', token: '' })).toThrow(/empty/);
  });
});
