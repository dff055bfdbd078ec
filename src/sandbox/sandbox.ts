/**
 * The isolation boundary (PRODUCT.md §10): engine rounds and test profiles run as the sandbox account,
 * in their own PID and mount namespaces where the kernel allows it, with the work tree writable to them
 * and nothing else of the runner's reachable. `openSandbox` decides the mode once per run (before any
 * edit); `jail()` gives util/exec.ts what it needs for one process.
 *
 * Per process (an engine round, a test profile, a fixer):
 * 1. the work tree is handed to the account (lease: the first of parallel profiles hands it over, the
 *    last one takes it back): everything but `.droid/` is chowned to it (engines may commit); the top
 *    folder and `.git` stay the owner's, group-writable to the account with the sticky bit, so `.git` and
 *    `.droid` cannot be renamed or replaced. The round's scratch folder (prompt, settings HOME) too.
 * 2. `unshare --pid --fork --mount --mount-proc --kill-child` runs sandbox/view.ts's script as root: it
 *    covers RUNNER_TEMP, the file-command files' folders, the droid's HOME and `.droid/` with empty
 *    tmpfs, and brings the work tree back at its own path when an ancestor was private; then `setpriv`
 *    drops to the account (no groups, no_new_privs) and runs the command. Its /proc shows only its own.
 * 3. afterwards: the namespace's PID 1 is gone, so every process in it is gone (a `setsid` daemon too);
 *    any process of the account left in the host's namespace is killed; the files are given back.
 */
import { chmod, lstat, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import type { SandboxMode } from '../config/types.js';
import { DroidError } from '../util/errors.js';
import type { JailedSpawn, ProcessJail } from '../util/exec.js';
import type { Logger } from '../util/log.js';
import { ensureAccount, type Account } from './account.js';
import { detectPrivilege, failureText, privilegedWithEnv, runPrivileged, type Privilege } from './privilege.js';
import { planView, setupScript } from './view.js';

export const UNISOLATED_WARNING = 'the engine and test commands run as the droid\'s own user and can read its token';

export interface SandboxOptions {
  mode: SandboxMode;
  user: string;
  /** the work tree the engine edits and the profiles run in */
  workdir: string;
  /** the runner's environment: where RUNNER_TEMP, the file-command files and HOME are */
  env: NodeJS.ProcessEnv;
  log: Logger;
  /** more folders the sandbox must never reach (e.g. where an App key file lives) */
  hidden?: readonly string[] | undefined;
}

export interface JailOptions {
  /** folders handed to the account for this process only (the round's scratch folder) */
  grants?: readonly string[] | undefined;
  /** folders it may read and run from (the engine CLI's package) */
  readOnly?: readonly string[] | undefined;
}

export interface Sandbox {
  /** what actually runs: `user` (isolated) or `off` (unisolated) */
  readonly mode: 'user' | 'off';
  readonly account?: Account | undefined;
  /** false when the kernel refused a PID namespace: still another uid, but the host's /proc */
  readonly pidNamespace: boolean;
  /** set when the engine and tests are not isolated: shown at the top of the progress comment, in the job summary */
  readonly warning?: string | undefined;
  /** one line for logs and doctor */
  readonly describe: string;
  /** undefined in `off` mode: the process runs as the droid */
  jail(options?: JailOptions): ProcessJail | undefined;
  /** removes the per-run HOME; never throws */
  close(): Promise<void>;
}

const FIX =
  'run the job as root (GitLab Docker executors, containers) or give the runner passwordless sudo (GitHub-hosted runners have it), with util-linux (setpriv, unshare) installed; or set `sandbox.mode: auto` to run unisolated with a warning';

export function unisolated(reason: string): Sandbox {
  const warning = `Not isolated: ${UNISOLATED_WARNING} (${reason}).`;
  return { mode: 'off', pidNamespace: false, warning, describe: warning, jail: () => undefined, close: async () => undefined };
}

export async function openSandbox(options: SandboxOptions): Promise<Sandbox> {
  if (options.mode === 'off') return unisolated('sandbox.mode is off');
  const privilege = await detectPrivilege(options.env);
  if (!privilege) {
    if (options.mode === 'auto') return unisolated('sandbox.mode is auto and the droid is neither root nor allowed `sudo -n`');
    throw new DroidError('config', 'sandbox.mode is user, but the droid can neither create nor switch to the sandbox account: it is not root and `sudo -n` is not allowed', { hint: FIX });
  }
  try {
    return await setUp(privilege, options);
  } catch (error) {
    const why = (error as Error).message;
    if (options.mode === 'auto') {
      options.log.warn(`sandbox: ${why}`);
      return unisolated(`the sandbox could not be set up: ${why}`);
    }
    throw new DroidError('config', `sandbox.mode is user, but the sandbox could not be set up: ${why}`, { hint: FIX });
  }
}

async function setUp(privilege: Privilege, options: SandboxOptions): Promise<Sandbox> {
  const tools = await runPrivileged(privilege, ['setpriv', '--version'], options.env, 10_000);
  if (tools.exitCode !== 0) throw new Error(`util-linux setpriv is not available (${failureText(tools)}); install util-linux`);
  const account = await ensureAccount(options.user, privilege, options.env);
  if (account.uid === 0 || account.uid === process.getuid?.()) {
    throw new Error(`sandbox.user ${account.name} is uid ${account.uid}, the droid's own or root's; name a dedicated unprivileged account`);
  }
  const probe = await runPrivileged(privilege, ['unshare', '--pid', '--fork', '--mount', '--mount-proc', '--kill-child', '--', 'true'], options.env, 10_000);
  const pidNamespace = probe.exitCode === 0;
  if (!pidNamespace) options.log.warn(`sandbox: no PID namespace on this machine (${failureText(probe)}): the account is separate, but the host's /proc stays visible`);
  const runDir = await mkdtemp(path.join(tmpdir(), 'droid-sandbox-'));
  await chmod(runDir, 0o711);
  const home = path.join(runDir, 'home');
  const tmp = path.join(runDir, 'tmp');
  await mkdir(home, { mode: 0o700 });
  await mkdir(tmp, { mode: 0o700 });
  const owned = await runPrivileged(privilege, ['chown', `${account.uid}:${account.gid}`, home, tmp], options.env);
  if (owned.exitCode !== 0) throw new Error(`could not hand the per-run HOME to ${account.name} (${failureText(owned)})`);
  return new UserSandbox(privilege, account, pidNamespace, options, runDir, home, tmp);
}

/** Variables that point at the droid's own folders: moved into the sandbox's HOME / TMPDIR. */
const HOME_VARS = ['HOME'];
const TMP_VARS = ['TMPDIR', 'TMP', 'TEMP'];
const DROPPED_DIR_VARS = ['XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_DATA_HOME', 'XDG_STATE_HOME', 'XDG_RUNTIME_DIR'];
/** the runner's file-command files: their folders are covered */
const FILE_COMMAND_VARS = ['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_EVENT_PATH'];

function within(child: string, parent: string): boolean {
  return child === parent || child.startsWith(parent.endsWith('/') ? parent : `${parent}/`);
}

class UserSandbox implements Sandbox {
  readonly mode = 'user' as const;
  readonly warning = undefined;
  private leases = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private treeOwner: { uid: number; gid: number; mode: number; gitMode: number } | undefined;
  private readonly hostPidNs: string | undefined;

  constructor(
    private readonly privilege: Privilege,
    readonly account: Account,
    readonly pidNamespace: boolean,
    private readonly options: SandboxOptions,
    private readonly runDir: string,
    private readonly home: string,
    private readonly tmp: string,
  ) {
    try {
      this.hostPidNs = readlinkSync('/proc/self/ns/pid');
    } catch {
      this.hostPidNs = undefined;
    }
  }

  get describe(): string {
    const ns = this.pidNamespace ? 'in its own PID and mount namespace' : 'without a PID namespace (the kernel refused one)';
    return `engine rounds and test profiles run as ${this.account.name} (uid ${this.account.uid}) ${ns}`;
  }

  jail(options: JailOptions = {}): ProcessJail {
    return { enter: (spawn) => this.enter(spawn, options) };
  }

  async close(): Promise<void> {
    await this.serial(() => this.sweep());
    if (this.privilege === 'root') await rm(this.runDir, { recursive: true, force: true, maxRetries: 2 }).catch(() => undefined);
    else await runPrivileged(this.privilege, ['rm', '-rf', '--', this.runDir], this.options.env).catch(() => undefined);
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async enter(spawn: { file: string; args: readonly string[]; cwd: string; env: NodeJS.ProcessEnv }, options: JailOptions): Promise<JailedSpawn> {
    const tree = path.resolve(this.options.workdir);
    const grants = (options.grants ?? []).map((g) => path.resolve(g));
    await this.serial(async () => {
      if (this.leases === 0) await this.grantTree(tree);
      this.leases++;
    });
    let granted: string[] = [];
    const release = async (): Promise<void> => {
      await this.serial(async () => {
        this.leases--;
        // parallel profiles share the tree: the last one out sweeps and takes it back
        if (this.leases === 0) {
          await this.sweep();
          await this.restoreTree(tree);
        }
        if (granted.length) await this.chown(granted, `${process.getuid?.() ?? 0}:${process.getgid?.() ?? 0}`).catch((e: unknown) => this.options.log.warn(`sandbox: ${(e as Error).message}`));
      }).catch((e: unknown) => this.options.log.warn(`sandbox: could not clean up after the process: ${(e as Error).message}`));
    };
    try {
      if (grants.length) {
        await this.chown(grants, `${this.account.uid}:${this.account.gid}`);
        granted = grants;
      }
      const allGrants = [tree, this.runDir, ...grants];
      const env = this.childEnv(spawn.env, allGrants, tree);
      const inner = ['setpriv', `--reuid=${this.account.uid}`, `--regid=${this.account.gid}`, '--clear-groups', '--no-new-privs', '--'];
      // sudo resets PATH (secure_path): give the command the PATH it was meant to have
      if (this.privilege === 'sudo') inner.push('/usr/bin/env', `PATH=${env.PATH ?? '/usr/bin:/bin'}`);
      inner.push(spawn.file, ...spawn.args);
      let argv: string[];
      if (this.pidNamespace) {
        const plan = planView({
          grants: allGrants,
          readOnly: options.readOnly ?? [],
          hidden: this.hiddenPaths(tree),
          traversable: (dir) => this.traversable(dir),
          isDir: (dir) => isDir(dir),
        });
        const { script, params } = setupScript(plan);
        argv = ['unshare', '--pid', '--fork', '--mount', '--mount-proc', '--kill-child', '--', '/bin/sh', '-c', script, 'droid-sandbox', ...params, ...inner];
      } else {
        this.checkReachable(spawn.cwd);
        argv = inner;
      }
      const [file, args] = privilegedWithEnv(this.privilege, argv);
      return { file, args, cwd: spawn.cwd, env, release };
    } catch (error) {
      await release();
      throw error;
    }
  }

  /** the command's environment with the droid's folders replaced by the sandbox's own */
  private childEnv(source: NodeJS.ProcessEnv, grants: string[], tree: string): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...source };
    const inside = (value: string | undefined): boolean => value !== undefined && path.isAbsolute(value) && grants.some((g) => within(path.resolve(value), g));
    for (const name of HOME_VARS) if (!inside(env[name])) env[name] = this.home;
    for (const name of TMP_VARS) {
      if ((name === 'TMPDIR' || env[name] !== undefined) && !inside(env[name])) env[name] = this.tmp;
    }
    for (const name of DROPPED_DIR_VARS) if (env[name] !== undefined && !inside(env[name])) delete env[name];
    env.USER = this.account.name;
    env.LOGNAME = this.account.name;
    // the top folder stays the owner's: the account's git would refuse it as "dubious ownership"
    const count = Number(env.GIT_CONFIG_COUNT ?? '0');
    const index = Number.isInteger(count) && count >= 0 ? count : 0;
    env[`GIT_CONFIG_KEY_${index}`] = 'safe.directory';
    env[`GIT_CONFIG_VALUE_${index}`] = tree;
    env.GIT_CONFIG_COUNT = String(index + 1);
    return env;
  }

  private hiddenPaths(tree: string): string[] {
    const env = this.options.env;
    const out: string[] = [path.join(tree, '.droid')];
    const add = (value: string | undefined): void => {
      if (value && path.isAbsolute(value) && path.resolve(value) !== '/') out.push(path.resolve(value));
    };
    add(env.RUNNER_TEMP);
    for (const name of FILE_COMMAND_VARS) if (env[name]) add(path.dirname(env[name]));
    add(env.HOME);
    add(homedir());
    add(process.env.HOME);
    for (const h of this.options.hidden ?? []) add(h);
    // never cover the tree itself or the sandbox's own folder (view.ts exposes them inside a covered one)
    return out.filter((h) => h !== tree && h !== this.runDir);
  }

  private traversable(dir: string): boolean {
    try {
      const s = statSync(dir);
      if (!s.isDirectory()) return false;
      if (s.uid === this.account.uid) return (s.mode & 0o100) !== 0;
      if (s.gid === this.account.gid) return (s.mode & 0o010) !== 0;
      return (s.mode & 0o001) !== 0;
    } catch {
      return false;
    }
  }

  private checkReachable(dir: string): void {
    let current = path.resolve(dir);
    const blocked: string[] = [];
    while (path.dirname(current) !== current) {
      current = path.dirname(current);
      if (!this.traversable(current)) blocked.push(current);
    }
    if (blocked.length) {
      throw new Error(
        `the sandbox account cannot enter ${blocked[blocked.length - 1]} (no search permission for others) and this machine gives no mount namespace to expose the work tree; put the workspace under a folder others may enter, or allow \`unshare\` (CAP_SYS_ADMIN)`,
      );
    }
  }

  private async chown(paths: string[], owner: string): Promise<void> {
    const result = await runPrivileged(this.privilege, ['chown', '-R', '-h', owner, '--', ...paths], this.options.env);
    if (result.exitCode !== 0) throw new Error(`could not change the owner of ${paths.join(', ')} (${failureText(result)})`);
  }

  /**
   * Everything but .droid to the account (engines may commit: .git's contents too, which gitguard puts
   * back after the round); the top folder and .git itself stay the owner's, group-writable to the account
   * with the sticky bit, so neither .git nor .droid can be renamed away or replaced.
   */
  private async grantTree(tree: string): Promise<void> {
    const s = await stat(tree);
    const git = await lstat(path.join(tree, '.git')).catch(() => undefined);
    this.treeOwner = { uid: s.uid, gid: s.gid, mode: s.mode & 0o7777, gitMode: git?.isDirectory() ? git.mode & 0o7777 : 0o755 };
    const mode = (this.treeOwner.mode | 0o1070).toString(8);
    const script = [
      'set -e; t=$1; u=$2; g=$3; m=$4',
      'chown -h ":$g" "$t"; chmod "$m" "$t"',
      'find "$t" -mindepth 1 -maxdepth 1 ! -name .git ! -name .droid -exec chown -R -h "$u:$g" {} +',
      'if [ -d "$t/.git" ] && [ ! -L "$t/.git" ]; then chown -h ":$g" "$t/.git"; chmod g+rwx,+t "$t/.git"; find "$t/.git" -mindepth 1 -maxdepth 1 -exec chown -R -h "$u:$g" {} +; fi',
    ].join('\n');
    const result = await runPrivileged(this.privilege, ['/bin/sh', '-c', script, 'droid-grant', tree, String(this.account.uid), String(this.account.gid), mode], this.options.env);
    if (result.exitCode !== 0) {
      await this.restoreTree(tree).catch(() => undefined);
      throw new Error(`could not hand the work tree to ${this.account.name} (${failureText(result)})`);
    }
  }

  /** every file back to the tree's owner (including what the account created), the top folder's mode back */
  private async restoreTree(tree: string): Promise<void> {
    const owner = this.treeOwner;
    if (!owner) return;
    const script = [
      'set -e; t=$1; u=$2; g=$3; m=$4',
      'find "$t" -mindepth 1 -maxdepth 1 ! -name .git -exec chown -R -h "$u:$g" {} +',
      'if [ -d "$t/.git" ] && [ ! -L "$t/.git" ]; then find "$t/.git" -mindepth 1 -maxdepth 1 -exec chown -R -h "$u:$g" {} +; chown -h "$u:$g" "$t/.git"; chmod "$5" "$t/.git"; fi',
      'chown -h "$u:$g" "$t"; chmod "$m" "$t"',
    ].join('\n');
    const result = await runPrivileged(this.privilege, ['/bin/sh', '-c', script, 'droid-restore', tree, String(owner.uid), String(owner.gid), owner.mode.toString(8), owner.gitMode.toString(8)], this.options.env);
    if (result.exitCode !== 0) throw new Error(`could not give the work tree back to uid ${owner.uid} (${failureText(result)})`);
  }

  /**
   * Kills every process of the account outside a sandbox namespace (with namespaces nothing can be there;
   * without them this is what ends a double-forked daemon). Processes in another run's namespace are
   * that run's to end.
   */
  private async sweep(): Promise<void> {
    if (this.privilege === 'sudo') {
      if (this.pidNamespace) return; // the namespace died with its PID 1; the droid cannot look into root's /proc entries
      for (let round = 0; round < 5; round++) {
        const kill = await runPrivileged(this.privilege, ['setpriv', `--reuid=${this.account.uid}`, `--regid=${this.account.gid}`, '--clear-groups', '--', 'kill', '-KILL', '-1'], this.options.env, 10_000);
        if (kill.exitCode !== 0) return; // nothing left to signal
      }
      return;
    }
    for (let round = 0; round < 50; round++) {
      const pids = this.accountProcesses();
      if (pids.length === 0) return;
      for (const pid of pids) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone meanwhile */
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    this.options.log.warn(`sandbox: processes of ${this.account.name} are still running after the sweep`);
  }

  private accountProcesses(): number[] {
    const found: number[] = [];
    let names: string[];
    try {
      names = readdirSync('/proc');
    } catch {
      return found;
    }
    for (const name of names) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const status = readFileSync(`/proc/${name}/status`, 'utf8');
        const uid = /^Uid:\s+(\d+)/m.exec(status)?.[1];
        if (Number(uid) !== this.account.uid) continue;
        if (/^State:\s+Z/m.test(status)) continue;
        if (this.hostPidNs !== undefined && readlinkSync(`/proc/${name}/ns/pid`) !== this.hostPidNs) continue;
        found.push(Number(name));
      } catch {
        /* exited while we looked */
      }
    }
    return found;
  }
}

function isDir(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
