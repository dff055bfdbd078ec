/**
 * A runner where the sandbox cannot be set up: the droid runs as an unprivileged user (`nobody`, started
 * through setpriv) with no sudo. `sandbox.mode: user` stops the run before any edit, saying why and how
 * to fix it; `auto` runs unisolated and says so loudly. Uses the built CLI (dist/cli/index.js) as a
 * runner would; needs root to start the child as `nobody`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const isRoot = process.getuid?.() === 0;
const CLI = path.join(import.meta.dirname, '..', 'dist', 'cli', 'index.js');
const nobody = (() => {
  try {
    return execFileSync('getent', ['passwd', 'nobody'], { encoding: 'utf8' }).split(':')[2];
  } catch {
    return undefined;
  }
})();

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function repoFor(mode: string): string {
  dir = mkdtempSync(path.join(tmpdir(), 'droid-sbx-setup-'));
  chmodSync(dir, 0o755);
  const repo = path.join(dir, 'repo');
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  execFileSync('git', ['init', '-q', '-b', 'main', repo]);
  writeFileSync(path.join(repo, 'status.txt'), 'broken\n');
  writeFileSync(
    path.join(repo, '.droid.yml'),
    `version: 1\ntests:\n  - name: unit\n    command: grep -q fixed status.txt\nengine:\n  use: command\n  command: echo fixed > status.txt; touch engine-ran\n  max_iterations: 1\nsandbox:\n  mode: ${mode}\n`,
  );
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init');
  execFileSync('chown', ['-R', `${nobody}:${nobody}`, dir]);
  return repo;
}

function asNobody(repo: string, args: string[]): { code: number; out: string } {
  const env = { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: path.dirname(repo), GIT_CONFIG_NOSYSTEM: '1' };
  const result = spawnSync('setpriv', [`--reuid=${nobody}`, `--regid=${nobody}`, '--clear-groups', '--', process.execPath, CLI, ...args], {
    cwd: repo,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status ?? -1, out: `${result.stdout}\n${result.stderr}` };
}

describe.skipIf(!isRoot || !existsSync(CLI) || !nobody)('when the sandbox cannot be set up (not root, no sudo)', () => {
  it('sandbox.mode user: `droid-ci run` stops before any edit with the reason and the fix', () => {
    const repo = repoFor('user');
    const { code, out } = asNobody(repo, ['run', '--platform', 'local', '--prompt', 'fix the status']);
    expect(code, out).not.toBe(0);
    expect(out).toContain('sandbox.mode is user');
    expect(out).toMatch(/not root and `sudo -n` is not allowed/);
    expect(out).toMatch(/passwordless sudo/);
    expect(existsSync(path.join(repo, 'engine-ran'))).toBe(false);
    expect(execFileSync('git', ['-c', 'safe.directory=*', 'status', '--porcelain'], { cwd: repo, encoding: 'utf8' })).toBe('');
  });

  it('sandbox.mode user: `droid-ci test` refuses to run the profiles unisolated', () => {
    const repo = repoFor('user');
    const { code, out } = asNobody(repo, ['test']);
    expect(code, out).not.toBe(0);
    expect(out).toContain('sandbox.mode is user');
  });

  it('sandbox.mode auto: runs unisolated and says the engine can read the token', () => {
    const repo = repoFor('auto');
    const { out } = asNobody(repo, ['test']);
    expect(out).toContain("the engine and test commands run as the droid's own user and can read its token");
  });
});
