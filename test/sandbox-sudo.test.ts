/**
 * A runner that is not root but may `sudo -n` (GitHub-hosted runners): the droid runs as an
 * unprivileged account with passwordless sudo, and `sandbox.mode: user` still runs the profile as the
 * sandbox account in its own PID namespace, where the droid's environment is out of reach. Needs root
 * (to create the runner account and its sudoers entry) and `sudo` (scripts/test.sh installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const isRoot = process.getuid?.() === 0;
const CLI = path.join(import.meta.dirname, '..', 'dist', 'cli', 'index.js');
const hasSudo = spawnSync('sh', ['-c', 'command -v sudo'], { encoding: 'utf8' }).status === 0;
const RUNNER = 'droid-sbx-runner';
const SUDOERS = `/etc/sudoers.d/${RUNNER}`;
const CANARY = 'glpat-sudoPathCanary0123456789abcdef';

let home = '';
let uid = '';

beforeAll(() => {
  if (!isRoot || !hasSudo) return;
  if (spawnSync('id', ['-u', RUNNER]).status !== 0) execFileSync('useradd', ['-m', RUNNER]);
  uid = execFileSync('id', ['-u', RUNNER], { encoding: 'utf8' }).trim();
  home = execFileSync('getent', ['passwd', RUNNER], { encoding: 'utf8' }).split(':')[5]!;
  writeFileSync(SUDOERS, `${RUNNER} ALL=(ALL) NOPASSWD: ALL\n`, { mode: 0o440 });
});

afterAll(() => {
  if (!isRoot || !hasSudo) return;
  rmSync(SUDOERS, { force: true });
  rmSync(path.join(home, 'repo'), { recursive: true, force: true });
});

describe.skipIf(!isRoot || !hasSudo || !existsSync(CLI))('on a runner with passwordless sudo (not root)', () => {
  it('sandbox.mode user runs the profile as the sandbox account in its own PID namespace; the droid\'s token is out of reach', () => {
    const repo = path.join(home, 'repo');
    rmSync(repo, { recursive: true, force: true });
    mkdirSync(repo, { recursive: true });
    // the hostile profile builds the canary's text at run time (so its own command line cannot match) and
    // looks for it in every environment it can read; it also notes who it is and how many processes it sees
    const hostile = [
      `P=${CANARY.slice(0, 10)}; P="\${P}${CANARY.slice(10)}"`,
      '(cat /proc/[0-9]*/environ; env; cat "$HOME"/.* ) 2>/dev/null | tr "\\0" "\\n" | grep -c "$P" > found.txt',
      "ls /proc | grep -c '^[0-9]' > pids.txt",
      'id -un > who.txt',
      'echo "$HOME|$MARK" > env.txt',
      'true',
    ].join('; ');
    writeFileSync(path.join(repo, '.droid.yml'), `version: 1\nsandbox:\n  mode: user\ntests:\n  - name: hostile\n    env: { MARK: profile-env-arrived }\n    command: ${JSON.stringify(hostile)}\n`);
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
    execFileSync('git', ['add', '-A'], { cwd: repo });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init'], { cwd: repo });
    execFileSync('chown', ['-R', `${RUNNER}:${RUNNER}`, repo]);
    const result = spawnSync('setpriv', [`--reuid=${uid}`, `--regid=${uid}`, '--init-groups', '--', process.execPath, CLI, 'test'], {
      cwd: repo,
      env: { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: home, GIT_CONFIG_NOSYSTEM: '1', DROID_GITLAB_TOKEN: CANARY, INPUT_GITHUB_TOKEN: CANARY },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const out = `${result.stdout}\n${result.stderr}`;
    expect(result.status, out).toBe(0);
    expect(out).not.toContain('can read its token');
    expect(readFileSync(path.join(repo, 'who.txt'), 'utf8').trim()).toBe('droid-sandbox');
    expect(readFileSync(path.join(repo, 'found.txt'), 'utf8').trim()).toBe('0');
    // the profile got its own environment through sudo (env_reset would leave HOME=/root and drop `env:`)
    const [profileHome, mark] = readFileSync(path.join(repo, 'env.txt'), 'utf8').trim().split('|');
    expect(mark).toBe('profile-env-arrived');
    expect(profileHome).not.toBe('/root');
    expect(profileHome).not.toBe(home);
    // its own PID namespace: only the profile's few processes, not the runner's
    expect(Number(readFileSync(path.join(repo, 'pids.txt'), 'utf8').trim())).toBeLessThan(10);
  });
});
