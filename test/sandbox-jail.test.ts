/**
 * The sandbox for real (PRODUCT.md §10): as root, a hostile command runs through runProcess with a jail
 * and writes everything it could read to a file in the work tree; no canary of the droid may be in it.
 * Skipped, with the reason, when the suite does not run as root (CI does).
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSandbox, type Sandbox } from '../src/sandbox/index.js';
import { planView } from '../src/sandbox/view.js';
import { runProcess, shellArgv } from '../src/util/exec.js';
import { silentLogger } from '../src/util/log.js';

const isRoot = process.getuid?.() === 0;
const USER = 'droid-sbx-jail';
const CANARY = 'ghs_CANARYjailTOKEN0123456789abcdefXYZ';

/** Reads every environ it can reach, the parent's, HOME, RUNNER_TEMP, GITHUB_ENV's folder; tries to append to GITHUB_ENV. */
export const HOSTILE = [
  'out=$PWD/loot.txt',
  'id >> "$out"',
  'for f in /proc/[0-9]*/environ; do tr "\\0" "\\n" < "$f" >> "$out" 2>/dev/null; done',
  'tr "\\0" "\\n" < /proc/$PPID/environ >> "$out" 2>/dev/null',
  'for d in "$DROID_HOME" "$DROID_RUNNER_TEMP" "$DROID_FILES"; do find "$d" -type f -exec cat {} + >> "$out" 2>/dev/null; done',
  'cat "$DROID_FILES/env" >> "$out" 2>/dev/null',
  'echo "PWNED=1" >> "$DROID_FILES/env" 2>/dev/null && echo appended >> "$out"',
  'mv .git .git-gone 2>/dev/null && echo git-moved >> "$out"',
  'mv .droid .droid-gone 2>/dev/null && echo droid-moved >> "$out"',
  'ls -la .droid >> "$out" 2>&1',
  'echo edited > edited.txt',
  'true',
].join('\n');

describe.skipIf(!isRoot)('the sandbox, for real as root', () => {
  let base: string;
  let tree: string;
  let droidHome: string;
  let runnerTemp: string;
  let files: string;
  let sandbox: Sandbox;
  const runnerEnv = (): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: droidHome,
    RUNNER_TEMP: runnerTemp,
    GITHUB_ENV: join(files, 'env'),
  });

  beforeAll(async () => {
    // a runner's layout under a private (0700) parent, like a workspace in a private home
    base = mkdtempSync(join(tmpdir(), 'droid-sbx-jail-'));
    droidHome = join(base, 'home');
    runnerTemp = join(base, 'temp');
    files = join(runnerTemp, '_runner_file_commands');
    tree = join(base, 'work', 'repo');
    for (const d of [droidHome, files, join(tree, '.git'), join(tree, '.droid')]) mkdirSync(d, { recursive: true });
    writeFileSync(join(droidHome, '.gitconfig'), `[credential]\n\thelper = store ${CANARY}\n`, { mode: 0o644 });
    writeFileSync(join(runnerTemp, 'app-key.pem'), `-----BEGIN RSA PRIVATE KEY-----\n${CANARY}\n`, { mode: 0o644 });
    writeFileSync(join(files, 'env'), `SECRET=${CANARY}\n`, { mode: 0o666 });
    writeFileSync(join(tree, '.git', 'config'), '[core]\n\tbare = false\n', { mode: 0o644 });
    writeFileSync(join(tree, '.droid', 'audit.jsonl'), `${CANARY}\n`, { mode: 0o644 });
    writeFileSync(join(tree, 'README.md'), 'hello\n');
    sandbox = await openSandbox({ mode: 'user', user: USER, workdir: tree, env: runnerEnv(), log: silentLogger });
  });
  afterAll(async () => {
    await sandbox?.close();
    rmSync(base, { recursive: true, force: true });
  });

  it('runs a hostile command as the sandbox account, which finds no secret and cannot steer the runner', async () => {
    expect(sandbox.mode).toBe('user');
    expect(sandbox.pidNamespace).toBe(true);
    const [file, args] = shellArgv(HOSTILE);
    // the droid's own process has the canary in its environment; the child gets a scrubbed one
    const result = await runProcess(file, args, {
      cwd: tree,
      env: { ...runnerEnv(), DROID_HOME: droidHome, DROID_RUNNER_TEMP: runnerTemp, DROID_FILES: files },
      jail: sandbox.jail(),
      timeoutMs: 30_000,
    });
    expect(result.spawnError).toBeUndefined();
    expect(result.exitCode).toBe(0);
    const loot = readFileSync(join(tree, 'loot.txt'), 'utf8');
    expect(loot).toContain(`uid=`);
    expect(loot).toContain(USER);
    expect(loot).not.toContain(CANARY);
    expect(loot).not.toContain('appended');
    // .git and .droid cannot be renamed away (the top folder is sticky), and .droid is not even visible
    expect(loot).not.toContain('git-moved');
    expect(loot).not.toContain('droid-moved');
    expect(readFileSync(join(files, 'env'), 'utf8')).toBe(`SECRET=${CANARY}\n`);
    expect(readFileSync(join(tree, '.git', 'config'), 'utf8')).toBe('[core]\n\tbare = false\n');
    expect(statSync(join(tree, '.git')).mode & 0o7777).toBe(0o755);
    expect(statSync(join(tree, '.git', 'config')).uid).toBe(0);
    // its edits are there, owned by the tree's owner again, and the top folder's mode is back
    expect(readFileSync(join(tree, 'edited.txt'), 'utf8')).toBe('edited\n');
    expect(statSync(join(tree, 'edited.txt')).uid).toBe(0);
    expect(statSync(join(tree, 'loot.txt')).uid).toBe(0);
    expect(statSync(tree).mode & 0o7777).toBe(0o755);
    expect(existsSync(join(tree, '.droid', 'audit.jsonl'))).toBe(true);
  });

  it('the same command without the sandbox reads the canary (the attack is real)', async () => {
    rmSync(join(tree, 'loot.txt'), { force: true });
    const [file, args] = shellArgv(HOSTILE);
    const result = await runProcess(file, args, {
      cwd: tree,
      env: { ...runnerEnv(), DROID_HOME: droidHome, DROID_RUNNER_TEMP: runnerTemp, DROID_FILES: files },
      timeoutMs: 30_000,
    });
    expect(result.exitCode).toBe(0);
    expect(readFileSync(join(tree, 'loot.txt'), 'utf8')).toContain(CANARY);
    // as the droid's own user it could also move .git and .droid away: put them back
    expect(readFileSync(join(tree, 'loot.txt'), 'utf8')).toContain('git-moved');
    renameSync(join(tree, '.git-gone'), join(tree, '.git'));
    renameSync(join(tree, '.droid-gone'), join(tree, '.droid'));
    writeFileSync(join(files, 'env'), `SECRET=${CANARY}\n`, { mode: 0o666 });
  });

  it('leaves no process behind: a setsid daemon that double-forks is gone when the round ends', async () => {
    // the daemon writes a heartbeat into the tree every 50 ms, long after its parent is gone
    const script = `setsid sh -c '(while :; do date +%s%N > "${tree}/beat"; sleep 0.05; done) &' ; sleep 0.5; echo started`;
    const [file, args] = shellArgv(script);
    const result = await runProcess(file, args, { cwd: tree, env: runnerEnv(), jail: sandbox.jail(), timeoutMs: 30_000 });
    expect(result.output).toContain('started');
    const first = readFileSync(join(tree, 'beat'), 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(readFileSync(join(tree, 'beat'), 'utf8')).toBe(first);
    expect(accountProcesses(USER)).toEqual([]);
  });

  it('hands the round scratch folder to the account and takes it back', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'droid-sbx-scratch-'));
    chmodSync(scratch, 0o700);
    writeFileSync(join(scratch, 'prompt.md'), 'do it', { mode: 0o600 });
    try {
      const [file, args] = shellArgv(`cat "${scratch}/prompt.md" > got.txt && echo ok > "${scratch}/out"`);
      const result = await runProcess(file, args, { cwd: tree, env: runnerEnv(), jail: sandbox.jail({ grants: [scratch] }), timeoutMs: 30_000 });
      expect(result.exitCode).toBe(0);
      expect(readFileSync(join(tree, 'got.txt'), 'utf8')).toBe('do it');
      expect(statSync(join(scratch, 'out')).uid).toBe(0);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

function accountProcesses(user: string): string[] {
  const uid = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${user}:`))
    ?.split(':')[2];
  const out: string[] = [];
  for (const pid of readdirSafe('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (/^State:\s+Z/m.test(status)) continue;
      if (/^Uid:\s+(\d+)/m.exec(status)?.[1] === uid) out.push(`${pid}: ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')}`);
    } catch {
      /* gone */
    }
  }
  return out;
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

describe('what the sandbox user sees (the plan)', () => {
  it('covers a private parent and brings the tree back at its own path; hides RUNNER_TEMP and .droid', () => {
    const plan = planView({
      grants: ['/tmp/private/work/repo', '/tmp/droid-sandbox-x'],
      readOnly: [],
      hidden: ['/tmp/private/temp', '/tmp/private/work/repo/.droid', '/root'],
      traversable: (d) => d !== '/tmp/private',
      isDir: () => true,
    });
    expect(plan.covers).toEqual(['/root', '/tmp/private']);
    expect(plan.exposes).toEqual([{ path: '/tmp/private/work/repo', readOnly: false }]);
    expect(plan.hides).toEqual(['/tmp/private/work/repo/.droid']);
  });
});
