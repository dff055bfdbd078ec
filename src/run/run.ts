import { ciFixContext } from '../ci/fix.js';
import { readTrustedSetup } from '../config/trusted.js';
import type { DroidConfig } from '../config/types.js';
import { editStage } from '../edit/stage.js';
import { engineFor } from '../engine/index.js';
import { ensureEngineCli } from '../engine/install.js';
import type { Engine } from '../engine/types.js';
import { checkActor } from '../gate/check.js';
import { keepUnfinished, prepareWorkBranch, returnToStart } from '../git/work-branch.js';
import { testOnly } from '../profiles/stage.js';
import { profilePassed } from '../profiles/types.js';
import { commitStage } from '../publish/commit.js';
import { deliver, ticketWriteBack } from '../publish/stage.js';
import { emptyOutcome, errorOutcome, outcomeText, testsLine } from '../report/outcome.js';
import { ProgressComment, type ProgressStep } from '../report/progress.js';
import { reviewPrecheck, reviewStage } from '../review/stage.js';
import { openSandbox, type Sandbox } from '../sandbox/index.js';
import { ticketSecretNames, ticketSystemFor } from '../tickets/index.js';
import { lookUpTicket, withoutNames } from '../tickets/stage.js';
import { withPlan } from '../trigger/approve.js';
import { withEarlierWork } from '../trigger/follow-up.js';
import { planCommentLines } from '../trigger/plan.js';
import type { Request } from '../trigger/request.js';
import { threadOf } from '../trigger/thread.js';
import { DroidError } from '../util/errors.js';
import type { RunContext, RunOutcome, TrustedSetup, WorkBranch } from './types.js';

/**
 * The orchestrator (PRODUCT.md §1): the list of stages, in the order the data flows —
 * config -> gate -> ticket -> plan -> engine + sandbox -> workspace -> edit/test loop -> commit -> push
 * -> PR/MR -> CI -> report. Each stage is a function in its own folder, called with plain data; it
 * returns data (or an outcome that ends the run) and never calls back here. Every path ends in a
 * RunOutcome; only a programming error escapes as an exception.
 */
/** What the stages leave for the end of the run: the branch to restore, the boundary to close. */
interface Leftovers {
  ws?: WorkBranch;
  sandbox?: Sandbox;
  isolationWarning?: string;
  /** the trigger phrase the replies name (`access.trigger`) */
  phrase?: string;
}

export async function run(request: Request, ctx: RunContext): Promise<RunOutcome> {
  const steps: ProgressStep[] = request.command === 'review' ? ['setup', 'review'] : ['setup', 'edit', 'tests', 'push', 'pr', 'ci'];
  // a local run or a dry run writes no comment: its outcome is printed and kept in .droid/
  const replies = ctx.publisher.traits.pushes ? ctx.publisher : undefined;
  const progress = new ProgressComment(replies, threadOf(request), { runId: ctx.settings.runId, jobUrl: ctx.settings.jobUrl, steps }, ctx.log);
  if (ctx.settings.pushNotice) progress.notice(ctx.settings.pushNotice.notice);
  ctx.audit.record({ stage: 'trigger', action: 'request', outcome: 'ok', detail: { command: request.command, ticket: request.ticket.key, event: request.source.event } });
  const left: Leftovers = {};
  let outcome: RunOutcome;
  let startBranch: string | undefined;
  try {
    startBranch = await ctx.git.currentBranch();
    outcome = await runStages(request, ctx, progress, left);
  } catch (error) {
    outcome = errorOutcome(error, ctx);
  } finally {
    await left.sandbox?.close();
  }
  if (left.isolationWarning) outcome = { ...outcome, isolationWarning: left.isolationWarning };
  outcome = await keepUnfinished(ctx, left.ws, outcome, startBranch);
  if (ctx.forge.traits.returnsToStart && startBranch) outcome = await returnToStart(ctx, startBranch, left.ws, outcome);
  // a plan is posted as the plan comment (marker, plan, next step) that `/droid approve` reads back
  const planLines = outcome.conclusion === 'plan-posted' && outcome.plan !== undefined ? planCommentLines(outcome.plan, left.phrase ?? '/droid') : undefined;
  await progress.finish(outcomeText(planLines ? { ...outcome, plan: undefined } : outcome), { short: outcome.conclusion === 'refused', planLines });
  ctx.audit.record({ stage: 'report', action: 'run.end', outcome: outcome.conclusion === 'error' ? 'fail' : 'ok', detail: { conclusion: outcome.conclusion, ...usageDetail(outcome.usage) } });
  return outcome;
}

async function runStages(triggered: Request, ctx: RunContext, progress: ProgressComment, left: Leftovers): Promise<RunOutcome> {
  const refused = async (reason: string): Promise<RunOutcome> => {
    await progress.step('setup', 'failed', 'refused');
    return emptyOutcome('refused', reason);
  };
  await progress.step('setup', 'running');
  const setup = await ctx.audit.stage('config', () => readTrustedSetup(triggered, ctx));
  const { config } = setup;
  left.phrase = config.access.trigger;
  const refusal = await ctx.audit.stage('gate', () => checkActor(triggered, config, ctx));
  if (refusal) return refused(refusal);
  // a ticket key in the trigger is read from Jira / Linear (only for an actor who passed the gate)
  const source = triggered.command === 'test' ? undefined : ticketSystemFor(config.tickets, ctx.env, { log: ctx.log, redactor: ctx.redactor, audit: ctx.audit });
  const looked = await ctx.audit.stage('tickets', () => lookUpTicket(triggered, config.tickets, source, ctx.audit));
  if (looked.refusal) return refused(looked.refusal);
  if (looked.warning) {
    ctx.log.warn(looked.warning);
    progress.notice(looked.warning);
  }
  const planned = await withPlan(looked.request, config, ctx);
  if (typeof planned === 'string') return refused(planned);
  // a follow-up on a droid PR/MR: the earlier ticket, plan, summary and failures go into the prompt
  const request = await withEarlierWork(planned, config, ctx);
  const reviewStop = request.command === 'review' ? reviewPrecheck(request, config) : undefined;
  if (reviewStop) {
    await progress.step('setup', reviewStop.conclusion === 'refused' ? 'failed' : 'skipped', reviewStop.conclusion);
    return reviewStop;
  }
  // a commit that must be signed and cannot be: stop before the engine spends anything
  if (request.command !== 'plan' && request.command !== 'test' && request.command !== 'review') await ctx.git.signingReady(config.pr.sign);
  const { engine, engineEnv } = await prepareEngine(request, config, ctx);
  const sandbox = await openBoundary(config, ctx, progress, left);
  await progress.step('setup', 'done');
  // the comment appears once the actor passed the gate: a refusal is one short reply, nothing else
  await progress.start();

  if (request.command === 'review') return review(request, setup, ctx, progress, { engine, engineEnv, sandbox });

  const ws = await ctx.audit.stage('workspace', () => prepareWorkBranch(request, setup, ctx));
  left.ws = ws;
  if (request.command === 'test') return testOnly(config, ctx, sandbox, progress, ws.branch);

  const ciContext = request.command === 'ci-fix' ? await ciFixContext(request, config, ws, ctx) : undefined;
  if (ciContext?.stop) return { ...emptyOutcome('no-changes', ciContext.stop), branch: ws.branch };

  await progress.step('edit', 'running');
  const loop = await editStage(request, setup, ws, { engine, engineEnv, sandbox, ciResults: ciContext?.results ?? [] }, ctx, progress);
  if (loop.engineError) return { ...errorOutcome(new DroidError('engine', loop.engineError), ctx), usage: loop.usage };
  if (request.command === 'plan') {
    await progress.step('edit', 'done', 'plan written');
    const planFile = await ctx.files.writeArtifact('plan.md', loop.plan ?? '');
    return { ...emptyOutcome('plan-posted', 'The plan is posted.'), plan: loop.plan, prFile: ctx.forge.traits.pushes ? undefined : planFile, iterations: loop.iterations, usage: loop.usage };
  }
  await progress.step('edit', 'done', loop.changed.length ? `${loop.changed.length} file(s) changed in ${loop.iterations} round(s)` : 'no change');
  await progress.step('tests', loop.results.every(profilePassed) ? 'done' : 'failed', testsLine(loop.results));
  const committed = await commitStage(request, setup, ws, loop, ctx, progress);
  const outcome = 'conclusion' in committed ? committed : await deliver({ request, setup, ws, loop, committed, ticket: ticketWriteBack(looked, source, config) }, ctx, progress);
  const withUsage = { ...outcome, usage: loop.usage };
  const budgeted = loop.budgetReached ? { ...withUsage, budgetReached: loop.budgetReached, message: `${outcome.message} No further round: ${loop.budgetReached}; the work so far is kept.` } : withUsage;
  return looked.warning ? { ...budgeted, warnings: [looked.warning, ...budgeted.warnings] } : budgeted;
}

/** The engine of this run, its CLI installed when the platform asks for it, and the environment it sees (no ticket token). */
async function prepareEngine(request: Request, config: DroidConfig, ctx: RunContext): Promise<{ engine: Engine; engineEnv: NodeJS.ProcessEnv }> {
  // the ticket token reaches the droid's own HTTP client only, never the engine
  const engineEnv = withoutNames(ctx.engineEnv, ticketSecretNames(config.tickets));
  const name = ctx.settings.engineOverride || config.engine.use;
  const engine = engineFor(name, config, engineEnv, ctx.redactor);
  if (request.command !== 'test') {
    if (ctx.settings.engineInstall) await ensureEngineCli(name, engineEnv, ctx.settings.engineInstall, ctx.log);
    await engine.preflight(engineEnv, config);
  }
  return { engine, engineEnv };
}

/** The isolation boundary (PRODUCT.md §10), decided before any edit: `user` that cannot be set up stops the run here. */
async function openBoundary(config: DroidConfig, ctx: RunContext, progress: ProgressComment, left: Leftovers): Promise<Sandbox> {
  const sandbox = await openSandbox({ mode: config.sandbox.mode, user: config.sandbox.user, workdir: ctx.git.root, env: ctx.env, log: ctx.log });
  left.sandbox = sandbox;
  if (sandbox.warning) {
    ctx.log.warn(sandbox.warning);
    progress.warnTop(sandbox.warning);
    left.isolationWarning = sandbox.warning;
  } else ctx.log.info(`sandbox: ${sandbox.describe}`);
  return sandbox;
}

/**
 * `/droid review`: a same-repo PR's head is checked out (pinned as for a fix) so the engine can read it;
 * a fork's code is never checked out: the work tree is the base branch and the engine reads the diff.
 */
async function review(request: Request, setup: TrustedSetup, ctx: RunContext, progress: ProgressComment, round: { engine: Engine; engineEnv: NodeJS.ProcessEnv; sandbox: Sandbox }): Promise<RunOutcome> {
  const fork = request.target.kind !== 'change' || request.target.fromFork;
  await ctx.audit.stage('workspace', async () => {
    if (fork) await ctx.git.checkoutNewBranch(setup.targetBranch, setup.trustedRef);
    else await prepareWorkBranch(request, setup, ctx);
  });
  // a dry run posts nothing; --platform local writes the review to .droid/review.md (its LocalForge's review)
  const forge = ctx.settings.dryRun ? undefined : ctx.publisher;
  return reviewStage({ request, config: setup.config, agentsMd: setup.agentsMd, engine: round.engine, forge, workTree: fork ? 'base' : 'head', options: ctx.settings, deps: ctx, progress, engineEnv: round.engineEnv, sandbox: round.sandbox });
}

function usageDetail(usage: RunOutcome['usage']): Record<string, number> {
  if (!usage) return {};
  const detail: Record<string, number> = { input_tokens: usage.inputTokens, output_tokens: usage.outputTokens, engine_rounds: usage.rounds };
  if (usage.costUsd !== undefined) detail.cost_usd = usage.costUsd;
  if (usage.turns !== undefined) detail.turns = usage.turns;
  return detail;
}
