import { randomBytes } from 'node:crypto';
import { DroidError } from '../util/errors.js';
import type { GitAuthEnv } from './auth.js';
import type { Git } from './git.js';

/**
 * `droid-ci doctor`'s "can push a branch" check: pushes the current HEAD (no new objects) to a throw-away
 * branch `droid/doctor-probe-<random>` and deletes it again. Says what to fix when it cannot.
 */
export interface PushProbe {
  ok: boolean;
  /** what failed and what to change; undefined when ok */
  reason?: string | undefined;
  /** the probe branch could be created but not deleted: someone should delete it */
  leftBranch?: string | undefined;
}

export async function probePush(git: Git, remote: string, authEnv: GitAuthEnv | undefined): Promise<PushProbe> {
  const branch = `droid/doctor-probe-${randomBytes(4).toString('hex')}`;
  try {
    const sha = await git.headSha();
    const pushed = await git.pushCommit(remote, sha, branch, { authEnv });
    const ref = pushed.refs[0];
    if (!ref || ref.flag !== 'new') {
      const why = [ref ? `${ref.summary} ${ref.reason ?? ''}`.trim() : 'no result', ...pushed.remoteMessages].join('\n');
      return { ok: false, reason: `could not create a branch on the remote: ${why}` };
    }
    const deleted = await git.deleteRemoteBranch(remote, branch, { authEnv });
    if (deleted.refs[0]?.flag !== 'deleted') return { ok: true, leftBranch: branch };
    return { ok: true };
  } catch (error) {
    if (error instanceof DroidError) return { ok: false, reason: error.hint ? `${error.message}\n${error.hint}` : error.message };
    throw error;
  }
}
