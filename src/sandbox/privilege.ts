/**
 * How the droid does what only root may do (create the account, change owners, enter namespaces):
 * directly when it runs as root (GitLab Docker executors, CI containers), through `sudo -n` when
 * passwordless sudo works (GitHub-hosted runners). Every command goes through util/exec.ts.
 */
import { runProcess, type RunResult } from '../util/exec.js';

export type Privilege = 'root' | 'sudo';

/** Non-secret variables the privileged helpers need. */
function helperEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { PATH: env.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C', LC_ALL: 'C' };
}

export async function detectPrivilege(env: NodeJS.ProcessEnv): Promise<Privilege | undefined> {
  if (process.getuid?.() === 0) return 'root';
  const probe = await runProcess('sudo', ['-n', 'true'], { cwd: '/', env: helperEnv(env), timeoutMs: 10_000 });
  return probe.exitCode === 0 ? 'sudo' : undefined;
}

/** argv run with the privilege: `sudo -n` in front when the droid is not root. */
export function privileged(privilege: Privilege, argv: readonly string[]): [string, string[]] {
  if (privilege === 'root') return [argv[0]!, argv.slice(1)];
  return ['sudo', ['-n', '--', ...argv]];
}

/**
 * Like privileged, for a command whose environment matters (a sandboxed engine round or profile): sudo's
 * env_reset would drop it (HOME, TMPDIR, the profile's `env`, the engine's key), so `--preserve-env`
 * keeps the environment the command was given (already scrubbed; sudo still strips LD_* and the like).
 * Passwordless `NOPASSWD: ALL` implies SETENV, which this needs.
 */
export function privilegedWithEnv(privilege: Privilege, argv: readonly string[]): [string, string[]] {
  if (privilege === 'root') return [argv[0]!, argv.slice(1)];
  return ['sudo', ['-n', '--preserve-env', '--', ...argv]];
}

export async function runPrivileged(privilege: Privilege, argv: readonly string[], env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<RunResult> {
  const [file, args] = privileged(privilege, argv);
  return runProcess(file, args, { cwd: '/', env: helperEnv(env), timeoutMs, keepBytes: 8 * 1024 });
}

/** "exit 1: <last output line>" for an error message */
export function failureText(result: RunResult): string {
  if (result.spawnError) return result.spawnError;
  const last = result.output.trim().split('\n').slice(-3).join(' ').slice(0, 400);
  return `exit ${String(result.exitCode ?? result.signal)}${last ? `: ${last}` : ''}`;
}
