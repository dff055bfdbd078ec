import { join } from 'node:path';
import { renderBranchName } from '../config/template.js';
import type { RunContext, RunOutcome, TrustedSetup, WorkBranch } from '../run/types.js';
import type { Request } from '../trigger/request.js';
import { DroidError, describeError } from '../util/errors.js';

/**
 * The workspace stage (PRODUCT.md §1.4): the branch the droid works on. A PR's head is checked out
 * pinned to the SHA the trigger saw (a push in between stops the run); otherwise `pr.branch` is
 * rendered and continued if it exists, else started from the target branch.
 */
/** Where a branch is now: on the remote when the run pushes (fetched, auth scoped), else in this repository. */
export function branchHead(ctx: Pick<RunContext, 'git' | 'forge'>, branch: string): Promise<string | undefined> {
  return ctx.forge.traits.pushes ? ctx.git.fetchBranch(branch) : ctx.git.resolve(`refs/heads/${branch}`);
}

export async function prepareWorkBranch(request: Request, setup: TrustedSetup, ctx: RunContext): Promise<WorkBranch> {
  const { git } = ctx;
  const head = (branch: string) => branchHead(ctx, branch);
  if (request.target.kind === 'change') {
    const { headBranch, headSha } = request.target;
    const remote = await head(headBranch);
    if (!remote) throw new DroidError('platform', `the pull request's branch "${headBranch}" no longer exists`);
    if (remote !== headSha) {
      throw new DroidError('work', `PR head moved: ${headBranch} is at ${remote.slice(0, 12)}, not ${headSha.slice(0, 12)} as when the run started`, {
        hint: 'someone pushed while the droid was starting; comment again to run on the new head',
      });
    }
    await git.checkoutNewBranch(headBranch, headSha);
    return { branch: headBranch, startSha: headSha, baseSha: setup.targetSha, existed: true, remoteSha: headSha };
  }
  const branch = renderBranchName(setup.config.pr.branch, templateFields(request));
  if (branch === setup.targetBranch) throw new DroidError('config', `pr.branch renders to the target branch "${branch}"`, { hint: 'the droid never pushes to the target branch: use e.g. "droid/{ticket}-{slug}"' });
  const existing = await head(branch);
  await git.checkoutNewBranch(branch, existing ?? setup.targetSha);
  ctx.audit.record({ stage: 'workspace', action: 'git.branch', outcome: 'ok', detail: { branch, existed: existing !== undefined } });
  return { branch, startSha: existing ?? setup.targetSha, baseSha: setup.targetSha, existed: existing !== undefined, remoteSha: existing };
}

/** The fields `pr.branch` and `pr.title` templates may use. */
export function templateFields(request: Request): { ticket: string; slug: string; summary: string; command: string; number: string | number } {
  return {
    ticket: request.ticket.key.replace(/^[#!]/, ''),
    slug: request.ticket.title || request.instructions || request.command,
    summary: request.ticket.title || request.instructions || request.command,
    command: request.command,
    number: request.target.kind === 'change' ? request.target.number : (request.target.issueNumber ?? request.ticket.key.replace(/^[#!]/, '')),
  };
}

function warnOn(ctx: RunContext, what: string): (e: unknown) => undefined {
  return (e) => {
    ctx.log.warn(`${what}: ${describeError(e)}`);
    return undefined;
  };
}

/** A run that failed half-way: the engine's edits are kept as a patch (in .droid/, the run's artifact), never lost. */
export async function keepUnfinished(ctx: RunContext, ws: WorkBranch | undefined, outcome: RunOutcome, startBranch: string | undefined): Promise<RunOutcome> {
  if (!ws || outcome.conclusion !== 'error' || outcome.commit !== undefined || !ctx.git.setAside) return outcome;
  const file = join(ctx.settings.artifactDir, `unfinished-${ws.branch.replace(/[^A-Za-z0-9._-]+/g, '-')}.patch`);
  const patchFile = await ctx.git.setAside(ws.startSha, file).catch(warnOn(ctx, 'could not set the unfinished work aside'));
  if (!patchFile) return outcome;
  ctx.audit.record({ stage: 'workspace', action: 'work.set-aside', outcome: 'ok', detail: { patch: patchFile } });
  const untouched = ctx.forge.traits.returnsToStart && startBranch ? `; ${startBranch} is untouched` : '';
  const note = `The engine's unfinished changes are kept in ${patchFile} (\`git apply\` it to look at them)${untouched}.`;
  ctx.log.warn(note);
  return { ...outcome, message: `${outcome.message}\n${note}`, patchFile };
}

/**
 * A run on one's own checkout goes back to the starting branch; the work stays on the droid branch, and a
 * droid branch this run made but never committed to is removed (so the next run starts it afresh).
 */
export async function returnToStart(ctx: RunContext, startBranch: string, ws: WorkBranch | undefined, outcome: RunOutcome): Promise<RunOutcome> {
  if ((await ctx.git.currentBranch().catch(warnOn(ctx, 'could not read the current branch'))) === startBranch) return outcome;
  await ctx.git.checkout(startBranch).catch(warnOn(ctx, `could not return to ${startBranch}`));
  if (ws && !ws.existed && outcome.commit === undefined && ctx.git.tryDeleteBranch) {
    await ctx.git.tryDeleteBranch(ws.branch).catch(warnOn(ctx, `could not remove the empty branch ${ws.branch}`));
  }
  return outcome;
}
