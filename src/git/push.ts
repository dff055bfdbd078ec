import path from 'node:path';
import { DroidError } from '../util/errors.js';
import { silentLogger, type Logger } from '../util/log.js';
import type { GitAuthEnv } from './auth.js';
import type { Git, PushReport } from './git.js';
import { apiPush, type ApiPushOptions } from './sign.js';

/**
 * The push algorithm (PRODUCT.md §1.6, §8, §9), working only through the Git wrapper. Fast-forward only:
 * no `+` refspec, no `--force*`, ever.
 *
 * - `droid-branch`: push; if the remote branch moved (someone added commits), fetch it, rebase the droid's
 *   own commits (`base..branch`) on top, and push once more.
 * - `pr-head`: the PR head pinned when the run started (`expectedRemoteSha`) must still be the remote head,
 *   and the local branch must contain it; otherwise stop with "PR head moved" (no rebase on unseen code).
 *
 * Every outcome except `pushed`/`up-to-date` writes the droid's commits (`base..branch`) as a patch file
 * (mbox, `git am`-able) into `artifactDir`, and leaves the local branch at the SHA it had on entry.
 * The branch must be checked out and the work tree clean (commit first).
 */
export type PushStatus = 'pushed' | 'up-to-date' | 'rejected' | 'head-moved' | 'conflict' | 'failed';

export interface PushBranchOptions {
  git: Git;
  /** local branch, pushed to the branch of the same name on the remote */
  branch: string;
  /** remote name ("origin") or credential-free URL */
  remote: string;
  authEnv?: GitAuthEnv | undefined;
  mode: 'droid-branch' | 'pr-head';
  /** pr-head: the PR head SHA pinned when the run started (required) */
  expectedRemoteSha?: string | undefined;
  /** where the droid's own commits start (the target-branch SHA it branched from, or the pinned PR head) */
  base?: string | undefined;
  /** directory for the patch file written on failure */
  artifactDir: string;
  /** branches never pushed to (the target/default branch) */
  forbiddenBranches?: readonly string[] | undefined;
  logger?: Logger | undefined;
  /** pr.sign: api: the forge makes the (signed) commit instead of a git push (sign.ts); falls back to a push when it cannot */
  apiCommits?: ApiPushOptions['commits'] | undefined;
}

export interface PushBranchResult {
  status: PushStatus;
  /** the SHA now on the remote (pushed/up-to-date) or the local SHA that was kept */
  sha: string;
  /** the remote head that was seen, when known */
  remoteSha?: string | undefined;
  /** why, for anything but pushed/up-to-date; for `rejected` by a hook: the server's `remote:` lines */
  reason?: string | undefined;
  /** the droid's commits as an mbox patch (failures only) */
  patchFile?: string | undefined;
  /** true when the droid's commits were rebased onto a moved droid branch before the push */
  rebased?: boolean | undefined;
  /** `failed`: the transport/auth error (DroidError 'platform') to surface */
  error?: DroidError | undefined;
  /** something the outcome should say (e.g. why a signed commit fell back to a plain push) */
  note?: string | undefined;
}

type Attempt =
  | { kind: 'pushed' }
  | { kind: 'up-to-date' }
  | { kind: 'moved'; reason: string }
  | { kind: 'rejected'; reason: string };

export async function pushBranch(options: PushBranchOptions): Promise<PushBranchResult> {
  const { git, branch, remote, authEnv } = options;
  const log = options.logger ?? silentLogger;
  await git.checkBranchName(branch);
  const localSha = await git.revParse(`refs/heads/${branch}`);
  const ctx: FailureContext = { options, localSha, log };

  if (options.forbiddenBranches?.includes(branch)) {
    return fail(ctx, 'rejected', `refusing to push to ${branch}: it is the target branch; the droid only pushes its own branch or the PR head`);
  }
  if ((await git.currentBranch()) !== branch) {
    throw new DroidError('internal', `pushBranch: ${branch} must be checked out`);
  }

  let note: string | undefined;
  if (options.apiCommits) {
    try {
      const signed = await apiPush({ git, commits: options.apiCommits, branch, remote, authEnv, mode: options.mode, base: options.base ?? localSha, expectedRemoteSha: options.expectedRemoteSha, log });
      if (signed.kind === 'pushed') return { status: 'pushed', sha: signed.sha, remoteSha: signed.sha };
      if (signed.kind !== 'fallback') return fail(ctx, signed.kind, signed.reason, signed.remoteSha);
      note = `pr.sign: api could not be used (${signed.reason}); the commit was pushed over git, unsigned.`;
      log.warn(note);
    } catch (error) {
      return failOnError(ctx, error);
    }
  }
  const result = await (options.mode === 'pr-head' ? pushPrHead(ctx) : pushDroidBranch(ctx));
  return note ? { ...result, note } : result;
}

async function pushDroidBranch(ctx: FailureContext): Promise<PushBranchResult> {
  const { git, branch, remote, authEnv } = ctx.options;
  const { localSha, log } = ctx;

  try {
    const first = await attemptPush(git, remote, branch, authEnv);
    if (first.kind === 'pushed' || first.kind === 'up-to-date') return { status: first.kind, sha: localSha, remoteSha: localSha };
    if (first.kind === 'rejected') return fail(ctx, 'rejected', first.reason);

    log.info(`push: ${branch} moved on the remote; rebasing the droid's commits on top`);
    await git.fetch(remote, [`refs/heads/${branch}`], { authEnv });
    const remoteSha = await git.revParse('FETCH_HEAD');
    // the droid's own commits are those the remote does not have: mergeBase..local
    const upstream = await git.mergeBase(localSha, remoteSha);
    if (!upstream) {
      return fail(ctx, 'conflict', `${branch} on the remote does not share history with the droid's commits`, remoteSha);
    }
    if (!(await git.tryRebase(remoteSha, upstream))) {
      return fail(ctx, 'conflict', `the droid's commits do not apply on top of ${short(remoteSha)}, which someone pushed to ${branch}`, remoteSha);
    }
    const rebasedSha = await git.headSha();
    const second = await attemptPush(git, remote, branch, authEnv);
    if (second.kind === 'pushed' || second.kind === 'up-to-date') {
      return { status: 'pushed', sha: rebasedSha, remoteSha: rebasedSha, rebased: true };
    }
    await git.resetKeep(localSha);
    const reason = second.kind === 'moved' ? `${branch} moved again on the remote while rebasing (${second.reason})` : second.reason;
    return fail(ctx, 'rejected', reason, remoteSha);
  } catch (error) {
    return failOnError(ctx, error);
  }
}

async function pushPrHead(ctx: FailureContext): Promise<PushBranchResult> {
  const { git, branch, remote, authEnv, expectedRemoteSha } = ctx.options;
  if (!expectedRemoteSha) throw new DroidError('internal', 'pushBranch(pr-head) needs the pinned head SHA');
  try {
    const remoteSha = await git.lsRemote(remote, branch, { authEnv });
    if (remoteSha === undefined) return fail(ctx, 'head-moved', `PR head moved: ${branch} no longer exists on the remote`);
    if (remoteSha !== expectedRemoteSha) {
      return fail(ctx, 'head-moved', `PR head moved: ${branch} is at ${short(remoteSha)}, the run started at ${short(expectedRemoteSha)}`, remoteSha);
    }
    if (ctx.localSha === remoteSha) return { status: 'up-to-date', sha: remoteSha, remoteSha };
    if (!(await git.isAncestor(expectedRemoteSha, ctx.localSha))) {
      return fail(ctx, 'rejected', `the local ${branch} no longer contains the PR head ${short(expectedRemoteSha)}`, remoteSha);
    }
    const attempt = await attemptPush(git, remote, branch, authEnv);
    if (attempt.kind === 'pushed' || attempt.kind === 'up-to-date') return { status: attempt.kind, sha: ctx.localSha, remoteSha: ctx.localSha };
    if (attempt.kind === 'moved') return fail(ctx, 'head-moved', `PR head moved: ${branch} changed on the remote during the push`, remoteSha);
    return fail(ctx, 'rejected', attempt.reason, remoteSha);
  } catch (error) {
    return failOnError(ctx, error);
  }
}

async function attemptPush(git: Git, remote: string, branch: string, authEnv: GitAuthEnv | undefined): Promise<Attempt> {
  const report = await git.push(remote, branch, { authEnv });
  return classify(report, branch);
}

/** One push's outcome for our ref, from git's porcelain flags. */
export function classify(report: PushReport, branch: string): Attempt {
  const ref = report.refs.find((r) => r.to === `refs/heads/${branch}`) ?? report.refs[0];
  if (!ref) return { kind: 'rejected', reason: report.remoteMessages.join('\n') || 'git push reported nothing for the branch' };
  switch (ref.flag) {
    case 'new':
    case 'fast-forward':
      return { kind: 'pushed' };
    case 'up-to-date':
      return { kind: 'up-to-date' };
    case 'rejected': {
      if (ref.summary.includes('remote rejected')) {
        const messages = report.remoteMessages.join('\n');
        const reason = messages ? `${messages}\n(${ref.reason ?? 'remote rejected'})` : `remote rejected: ${ref.reason ?? ''}`;
        const hint = rejectionHint(reason);
        return { kind: 'rejected', reason: hint ? `${reason}\n${hint}` : reason };
      }
      if (/non-fast-forward|fetch first|stale info|already exists/.test(ref.reason ?? '')) return { kind: 'moved', reason: ref.reason ?? '' };
      return { kind: 'rejected', reason: `${ref.summary} ${ref.reason ?? ''}`.trim() };
    }
    default:
      // a forced or deleting update can only come from a refspec this module never builds
      throw new DroidError('internal', `unexpected push result ${ref.flag} for ${ref.to}`);
  }
}

/** What to do about a rejection whose cause is known, when the server's own text does not say. */
export function rejectionHint(text: string): string | undefined {
  if (/without [`'"]?workflows?[`'"]? (permission|scope)/i.test(text)) {
    return 'The token may not create or change files under .github/workflows/: give it the `workflows` permission (a GitHub App with `workflows: write`, or a token with the `workflow` scope; the job token GITHUB_TOKEN never has it), or keep `.github/workflows/**` in pr.protected_paths so such changes are held back.';
  }
  return undefined;
}

interface FailureContext {
  options: PushBranchOptions;
  localSha: string;
  log: Logger;
}

async function failOnError(ctx: FailureContext, error: unknown): Promise<PushBranchResult> {
  if (!(error instanceof DroidError) || (error.kind !== 'platform' && error.kind !== 'work')) throw error;
  const result = await fail(ctx, 'failed', error.message);
  return { ...result, error };
}

async function fail(ctx: FailureContext, status: PushStatus, reason: string, remoteSha?: string): Promise<PushBranchResult> {
  const { git, branch } = ctx.options;
  // no half state: whatever happened, the local branch is back where it was
  if ((await git.currentBranch()) === branch && (await git.headSha()) !== ctx.localSha) await git.resetKeep(ctx.localSha);
  const patchFile = await writePatch(ctx, remoteSha);
  ctx.log.warn(`push of ${branch} ${status}: ${reason}${patchFile ? ` (work kept in ${patchFile})` : ''}`);
  return { status, sha: ctx.localSha, remoteSha, reason, patchFile };
}

async function writePatch(ctx: FailureContext, remoteSha: string | undefined): Promise<string | undefined> {
  const { git, branch, artifactDir } = ctx.options;
  try {
    let base = ctx.options.base ?? ctx.options.expectedRemoteSha;
    if (!base && remoteSha && (await git.resolveCommit(remoteSha))) base = await git.mergeBase(ctx.localSha, remoteSha);
    if (!base || !(await git.resolveCommit(base))) {
      ctx.log.warn(`push: no base commit known for ${branch}; no patch written (the commits stay on the local branch)`);
      return undefined;
    }
    const file = path.join(artifactDir, `droid-${branch.replace(/[^A-Za-z0-9._-]+/g, '-')}-${short(ctx.localSha)}.patch`);
    const count = await git.formatPatch(`${base}..${ctx.localSha}`, file);
    return count > 0 ? file : undefined;
  } catch (error) {
    ctx.log.warn(`push: could not write the patch file: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

function short(sha: string): string {
  return sha.slice(0, 12);
}
