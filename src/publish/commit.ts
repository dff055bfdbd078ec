import type { DroidConfig } from '../config/types.js';
import { renderTitle } from '../config/template.js';
import type { LoopResult } from '../edit/loop.js';
import { NO_PROFILES_TO_FIX } from '../edit/loop.js';
import { droidTrailers } from '../git/trailers.js';
import { templateFields } from '../git/work-branch.js';
import { profilePassed } from '../profiles/types.js';
import { emptyOutcome } from '../report/outcome.js';
import type { ProgressComment } from '../report/progress.js';
import type { RunContext, RunOutcome, TrustedSetup, WorkBranch } from '../run/types.js';
import type { Request } from '../trigger/request.js';
import { DroidError } from '../util/errors.js';

/** The droid's commit on the work branch, what was held back, and the PR title it goes under. */
export interface Committed {
  sha: string;
  title: string;
  heldBack: string[];
}

/**
 * The commit stage (PRODUCT.md §1.6): commits the engine made become one commit with the droid's
 * trailers; changes to protected paths are held back. Nothing to commit is an outcome (`no-changes`,
 * saying why), or an error when the engine's edits were all refused.
 */
export async function commitStage(request: Request, setup: TrustedSetup, ws: WorkBranch, loop: LoopResult, ctx: RunContext, progress: ProgressComment): Promise<Committed | RunOutcome> {
  const { config } = setup;
  const { git, audit } = ctx;
  await progress.step('push', 'running');
  await git.absorbEngineCommits(ws.startSha);
  const heldBack = await audit.stage('commit', () => git.holdBack(config.pr.protected_paths));
  for (const path of heldBack) audit.record({ stage: 'commit', action: 'file.held-back', outcome: 'skip', detail: { path } });
  if (heldBack.length) progress.notice(`Held back (protected paths, not pushed): ${heldBack.join(', ')}. Edit pr.protected_paths in .droid.yml to allow them.`);
  const title = renderTitle(config.pr.title, templateFields(request));
  const trailers = droidTrailers({
    coAuthor: ctx.forge.traits.coAuthor(request.actor),
    ticketKey: request.ticket.key,
    runId: ctx.settings.runId,
    command: request.approvedPlan ? 'approve' : request.command,
    plan: request.approvedPlan?.url,
  });
  const sha = await git.commit(commitMessage(title, request, loop), trailers, { sign: config.pr.sign });
  if (!sha) {
    await progress.step('push', 'skipped', 'nothing to commit');
    if (loop.refusedEdits.length) {
      throw new DroidError('engine', `the engine's edits were refused and nothing changed: ${loop.refusedEdits[0]}`, {
        hint: 'raise engine.auto (droid) or the permission mode so the engine may edit files',
      });
    }
    return { ...emptyOutcome('no-changes', nothingToCommit(config, loop, heldBack)), ...loopFacts(ws, loop), heldBack };
  }
  audit.record({ stage: 'commit', action: 'git.commit', outcome: 'ok', detail: { sha, sign: config.pr.sign ?? 'none' } });
  return { sha, title, heldBack };
}

/** What every outcome after the edit loop carries. */
export function loopFacts(ws: WorkBranch, loop: LoopResult): Pick<RunOutcome, 'iterations' | 'tests' | 'testsPassed' | 'branch' | 'warnings'> {
  const warnings: string[] = [];
  if (loop.refusedEdits.length) warnings.push(`The engine was refused ${loop.refusedEdits.length} edit(s): ${loop.refusedEdits.slice(0, 3).join('; ')}`);
  return { iterations: loop.iterations, tests: loop.results, testsPassed: loop.results.every(profilePassed), branch: ws.branch, warnings };
}

function nothingToCommit(config: DroidConfig, loop: LoopResult, heldBack: string[]): string {
  if (loop.greenAtStart) return config.tests.length === 0 ? NO_PROFILES_TO_FIX : 'All test profiles already pass; nothing to fix.';
  if (heldBack.length) return `Only protected paths changed (${heldBack.join(', ')}); nothing to push.`;
  const said = loop.engineSummary.trim() ? ` ${loop.engineSummary.trim().split('\n').slice(0, 4).join(' ')}` : '';
  return `The engine made no change.${said}`;
}

function commitMessage(title: string, request: Request, loop: LoopResult): string {
  const summary = loop.engineSummary.trim().split('\n').slice(0, 20).join('\n');
  const subject = title.replace(/\s+/g, ' ').slice(0, 72);
  return `${subject}\n\n${summary || `Requested by @${request.actor}: ${request.command}`}`.trim();
}
