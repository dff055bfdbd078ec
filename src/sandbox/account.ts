/**
 * The sandbox account: looked up with `getent passwd`, created once per machine with `useradd`
 * (a system account, its own group, no login shell, no home: the per-run HOME is set for each process).
 */
import { runProcess } from '../util/exec.js';
import { failureText, runPrivileged, type Privilege } from './privilege.js';

export interface Account {
  name: string;
  uid: number;
  gid: number;
}

export async function lookupAccount(name: string, env: NodeJS.ProcessEnv): Promise<Account | undefined> {
  const result = await runProcess('getent', ['passwd', name], { cwd: '/', env: { PATH: env.PATH ?? '/usr/bin:/bin' }, timeoutMs: 10_000 });
  if (result.exitCode !== 0) return undefined;
  const fields = result.output.trim().split('\n')[0]!.split(':');
  const uid = Number(fields[2]);
  const gid = Number(fields[3]);
  if (fields[0] !== name || !Number.isInteger(uid) || !Number.isInteger(gid)) return undefined;
  return { name, uid, gid };
}

/** The account, created when missing. Throws an Error whose message says why. */
export async function ensureAccount(name: string, privilege: Privilege, env: NodeJS.ProcessEnv): Promise<Account> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const found = await lookupAccount(name, env);
    if (found) return found;
    const made = await runPrivileged(
      privilege,
      ['useradd', '--system', '--user-group', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', name],
      env,
    );
    if (made.exitCode === 0) continue;
    // 9: created meanwhile by a parallel run; 10: /etc/passwd locked by one
    if (made.exitCode === 9 || made.exitCode === 10) {
      await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
      continue;
    }
    throw new Error(`could not create the sandbox account ${name} with useradd (${failureText(made)})`);
  }
  const found = await lookupAccount(name, env);
  if (found) return found;
  throw new Error(`the sandbox account ${name} could not be created (useradd kept failing)`);
}
