import { join, resolve as resolvePath } from 'node:path';
import type { DroidConfig } from '../config/types.js';
import { renderBranchName, renderTitle } from '../config/template.js';
import { ensureEngineCli } from '../engine/install.js';
import { editTestLoop, NO_PROFILES_TO_FIX, type LoopResult } from '../edit/loop.js';
import { renderPrBody } from '../report/body.js';
import { publish } from '../publish/publish.js';
import type { CommentTarget } from '../platform/types.js';
import { conclusionMessage, emptyOutcome, errorOutcome, failingNames, outcomeText, testsLine } from '../report/outcome.js';
import { decideGate } from '../gate/gate.js';
import { profilePassed } from '../profiles/types.js';
import { ProgressComment, type ProgressStep } from '../report/progress.js';
import type { Sandbox } from '../sandbox/index.js';
import type { Request } from '../trigger/request.js';
import { PLAN_MARKER, planCommentLines, planFromComment } from '../trigger/plan.js';
import type { Engine } from '../engine/types.js';
import { DroidError, describeError } from '../util/errors.js';
import { followCi } from '../ci/follow.js';
import { ciFixContext } from '../ci/fix.js';
import { ticketSecretNames } from '../tickets/index.js';
import { lookUpTicket, withoutNames, writeBackText, writeBackTicket, type LookUpResult, type TicketSource } from '../tickets/stage.js';
import type { Conclusion, Deps, RunOptions, RunOutcome } from './types.js';
import { reviewPrecheck, reviewStage } from '../review/stage.js';
import { localReview } from '../platform/local/review.js';

/**
 * The orchestrator (PRODUCT.md §1): config -> gate -> workspace -> edit/test loop -> commit/push -> PR -> CI -> report.
 * It calls each stage through `deps` and owns no I/O of its own. Every path ends in a RunOutcome; only
 * a programming error escapes as an exception.
 */
export const JOB_TOKEN_NOTICE =
  'Pushes made with the job token (GITHUB_TOKEN) do not start other workflows, so CI will not run on this branch. Give the action a GitHub App (`app_id` + `app_private_key`) or a token with `contents: write` to have CI run.';

interface Setup {
  config: DroidConfig;
  /** the ref the config, AGENTS.md and CODEOWNERS were read from (target branch, never the PR) */
  trustedRef: string;
  targetBranch: string;
  targetSha: string;
  agentsMd: string | undefined;
  codeowners: string | undefined;
  startBranch: string | undefined;
}

export async function run(request: Request, options: RunOptions, deps: Deps): Promise<RunOutcome> {
  const steps: ProgressStep[] = request.command === 'review' ? ['setup', 'review'] : ['setup', 'edit', 'tests', 'push', 'pr', 'ci'];
  const forge = options.dryRun ? undefined : deps.forge;
  const progress = new ProgressComment(forge, commentTarget(request), { runId: options.runId, jobUrl: options.jobUrl, steps }, deps.log);
  if (options.pushStartsNoWorkflows) progress.notice(JOB_TOKEN_NOTICE);
  deps.audit.record({ stage: 'trigger', action: 'request', outcome: 'ok', detail: { command: request.command, ticket: request.ticket.key, event: request.source.event } });
  let outcome: RunOutcome;
  let startBranch: string | undefined;
  const state: RunState = {};
  try {
    startBranch = await deps.git.currentBranch();
    outcome = await runStages(request, options, deps, progress, state);
  } catch (error) {
    outcome = errorOutcome(error, deps);
  }
  if (state.isolationWarning) outcome = { ...outcome, isolationWarning: state.isolationWarning };
  // an engine that failed half-way: its edits are kept as a patch (in .droid/, the run's artifact), never lost
  outcome = await keepUnfinished(deps, options, state.ws, outcome, startBranch);
  // --platform local leaves the user where they started; the work stays on the droid branch
  if (options.platform === 'local' && startBranch) outcome = await returnToStart(deps, startBranch, state.ws, outcome);
  // a plan is posted as the plan comment (marker, plan, next step) that `/droid approve` reads back
  const planLines = outcome.conclusion === 'plan-posted' && outcome.plan !== undefined ? planCommentLines(outcome.plan, state.phrase ?? '/droid') : undefined;
  await progress.finish(outcomeText(planLines ? { ...outcome, plan: undefined } : outcome), { short: outcome.conclusion === 'refused', planLines });
  deps.audit.record({ stage: 'report', action: 'run.end', outcome: outcome.conclusion === 'error' ? 'fail' : 'ok', detail: { conclusion: outcome.conclusion, ...usageDetail(outcome.usage) } });
  return outcome;
}

interface RunState {
  ws?: Workspace;
  isolationWarning?: string;
  /** the trigger phrase the replies name (`access.trigger`) */
  phrase?: string;
}

async function runStages(triggered: Request, options: RunOptions, deps: Deps, progress: ProgressComment, state: RunState): Promise<RunOutcome> {
  await progress.step('setup', 'running');
  const setup = await deps.audit.stage('config', () => readSetup(triggered, options, deps));
  const { config } = setup;
  state.phrase = config.access.trigger;
  const refusal = await deps.audit.stage('gate', () => checkGate(triggered, options, deps, config));
  if (refusal) {
    await progress.step('setup', 'failed', 'refused');
    return { ...emptyOutcome('refused', refusal) };
  }
  // a ticket key in the trigger is read from Jira / Linear (only for an actor who passed the gate)
  const source: TicketSource = triggered.command === 'test' ? undefined : deps.ticketSystem?.(config);
  const looked = await deps.audit.stage('tickets', () => lookUpTicket(triggered, config.tickets, source, deps.audit));
  if (looked.refusal) {
    await progress.step('setup', 'failed', 'refused');
    return { ...emptyOutcome('refused', looked.refusal) };
  }
  if (looked.warning) {
    deps.log.warn(looked.warning);
    progress.notice(looked.warning);
  }
  const planned = await withPlan(looked.request, config, options, deps);
  if (typeof planned === 'string') {
    await progress.step('setup', 'failed', 'refused');
    return { ...emptyOutcome('refused', planned) };
  }
  const request = planned;
  const reviewStop = request.command === 'review' ? reviewPrecheck(request, config) : undefined;
  if (reviewStop) {
    await progress.step('setup', reviewStop.conclusion === 'refused' ? 'failed' : 'skipped', reviewStop.conclusion);
    return reviewStop;
  }
  // the ticket token reaches the droid's own HTTP client only, never the engine
  const engineEnv = withoutNames(deps.engineEnv, ticketSecretNames(config.tickets));
  const engineName = options.engineOverride || config.engine.use;
  const engine = deps.createEngine(engineName, config);
  if (request.command !== 'test') {
    if (options.engineInstall) await ensureEngineCli(engineName, engineEnv, options.engineInstall, deps.log);
    await engine.preflight(engineEnv, config);
  }
  // the boundary is decided before any edit: `user` that cannot be set up stops the run here
  const sandbox = await deps.openSandbox?.(config);
  if (sandbox?.warning) {
    deps.log.warn(sandbox.warning);
    progress.warnTop(sandbox.warning);
    state.isolationWarning = sandbox.warning;
  } else if (sandbox) deps.log.info(`sandbox: ${sandbox.describe}`);
  await progress.step('setup', 'done');
  // the comment appears once the actor passed the gate: a refusal is one short reply, nothing else
  await progress.start();

  if (request.command === 'review') return review(request, options, deps, progress, setup, engine, { engineEnv, sandbox });

  const ws = await deps.audit.stage('workspace', () => prepareWorkspace(request, options, deps, setup));
  state.ws = ws;
  if (request.command === 'test') return testOnly(config, deps, progress, ws.branch);

  const ciContext = request.command === 'ci-fix' ? await ciFixContext(request, config, ws, options, deps) : undefined;
  if (ciContext?.stop) return { ...emptyOutcome('no-changes', ciContext.stop), branch: ws.branch };

  await progress.step('edit', 'running');
  const loop = await editTestLoop(request, config, {
    engine,
    runProfiles: (profiles, previous) => deps.runProfiles(profiles, config, previous),
    changes: () => deps.git.changes(ws.startSha),
    affected: deps.affected,
    buildPrompt: ({ iteration, lastResults }) =>
      deps.buildPrompt({
        request,
        config,
        iteration,
        lastResults: lastResults.length > 0 ? lastResults : (ciContext?.results ?? []),
        agentsMd: setup.agentsMd,
        heldBack: [],
        plan: request.command === 'plan',
      }),
    newScratchDir: (i) => deps.scratchDir(`engine-${i}`),
    engineEnv,
    extraArgs: options.engineArgs,
    workdir: deps.git.root,
    sandbox,
    audit: deps.audit,
    log: deps.log,
    onRound: async ({ iteration, phase, results }) => {
      if (phase === 'edit') await progress.step('edit', 'running', `round ${iteration} of ${config.engine.max_iterations}`);
      else await progress.step('tests', 'running', testsLine(results ?? []));
    },
  });
  if (loop.engineError) return { ...errorOutcome(new DroidError('engine', loop.engineError), deps), usage: loop.usage };
  if (request.command === 'plan') {
    await progress.step('edit', 'done', 'plan written');
    const planFile = await deps.writeArtifact('plan.md', loop.plan ?? '');
    return { ...emptyOutcome('plan-posted', 'The plan is posted.'), plan: loop.plan, prFile: options.platform === 'local' ? planFile : undefined, iterations: loop.iterations, usage: loop.usage };
  }
  await progress.step('edit', 'done', loop.changed.length ? `${loop.changed.length} file(s) changed in ${loop.iterations} round(s)` : 'no change');
  await progress.step('tests', loop.results.every(profilePassed) ? 'done' : 'failed', testsLine(loop.results));
  const outcome = await commitPushAndPublish(request, options, deps, progress, setup, ws, loop, ticketWriteBack(looked, source, config));
  return withBudget(looked.warning ? { ...outcome, warnings: [looked.warning, ...outcome.warnings] } : outcome, loop);
}

/**
 * PRODUCT.md §12. `/droid approve`: the latest plan comment the droid's own account wrote on this thread,
 * in its current text, becomes a `fix` that carries it out (a refusal when there is none). `fix` with
 * `pr.require_plan: true`: a plan is posted first.
 */
async function withPlan(request: Request, config: DroidConfig, options: RunOptions, deps: Deps): Promise<Request | string> {
  if (request.command === 'fix' && config.pr.require_plan) {
    deps.log.info('pr.require_plan: posting a plan first; reply `/droid approve` to carry it out');
    return { ...request, command: 'plan' };
  }
  if (request.command !== 'approve') return request;
  const phrase = config.access.trigger || '/droid';
  const target = commentTarget(request);
  if (!target) return `\`${phrase} approve\` works on an issue or pull request that has a plan comment; this run has no thread.`;
  const where = `${target.kind === 'change' ? 'pull request' : 'issue'} #${target.number}`;
  if (options.platform === 'local' || !deps.forge?.findOwnComment) return `\`${phrase} approve\` is not available on this platform yet: run \`${phrase} fix\` with the plan as instructions.`;
  const comment = await deps.forge.findOwnComment(target, PLAN_MARKER);
  const text = comment ? planFromComment(comment.body) : undefined;
  deps.audit.record({ stage: 'trigger', action: 'plan.lookup', outcome: text ? 'ok' : 'refused', detail: { found: comment !== undefined, comment: comment?.id ?? 0 } });
  if (!comment) return `There is no plan to approve on ${where}: no plan comment by the droid was found. Run \`${phrase} plan …\` first, then reply \`${phrase} approve\`.`;
  if (!text) return `The plan comment on ${where} (${comment.url}) is empty now: write the plan back into it, or run \`${phrase} plan …\` again.`;
  deps.log.info(`carrying out the plan in ${comment.url}, approved by @${request.actor}`);
  return { ...request, command: 'fix', approvedPlan: { text, approver: request.actor, commentId: comment.id, url: comment.url || String(comment.id) } };
}

interface TicketWriteBack {
  source: Extract<TicketSource, { system: unknown }>;
  looked: Required<Pick<LookUpResult, 'fetched'>>;
  config: DroidConfig['tickets'];
}

function ticketWriteBack(looked: LookUpResult, source: TicketSource, config: DroidConfig): TicketWriteBack | undefined {
  if (!looked.fetched || !source || !('system' in source)) return undefined;
  return { source, looked: { fetched: looked.fetched }, config: config.tickets };
}

/**
 * `/droid review`: a same-repo PR's head is checked out (pinned as for a fix) so the engine can read it;
 * a fork's code is never checked out: the work tree is the base branch and the engine reads the diff.
 */
async function review(request: Request, options: RunOptions, deps: Deps, progress: ProgressComment, setup: Setup, engine: Engine, round: { engineEnv: NodeJS.ProcessEnv; sandbox?: Sandbox | undefined }): Promise<RunOutcome> {
  const fork = request.target.kind !== 'change' || request.target.fromFork;
  await deps.audit.stage('workspace', async () => {
    if (fork) await deps.git.checkoutNewBranch(setup.targetBranch, setup.trustedRef);
    else await prepareWorkspace(request, options, deps, setup);
  });
  // --platform local: the diff against the base branch from the repo's own git, the review to .droid/review.md
  const reviews = options.platform === 'local' && request.target.kind === 'change' && deps.git.diffPatch ? localReview({ diff: () => deps.git.diffPatch!(setup.targetBranch, 'HEAD'), write: deps.writeArtifact }) : undefined;
  return reviewStage({ request, config: setup.config, agentsMd: setup.agentsMd, engine, forge: options.dryRun ? undefined : deps.forge, reviews, workTree: fork ? 'base' : 'head', options, deps, progress, ...round });
}

/** The loop's usage on the outcome, and the budget that stopped it said in the outcome (the work is kept as after a last round). */
function withBudget(outcome: RunOutcome, loop: LoopResult): RunOutcome {
  const withUsage = { ...outcome, usage: loop.usage };
  if (!loop.budgetReached) return withUsage;
  return { ...withUsage, budgetReached: loop.budgetReached, message: `${outcome.message} No further round: ${loop.budgetReached}; the work so far is kept.` };
}

function usageDetail(usage: RunOutcome['usage']): Record<string, number> {
  if (!usage) return {};
  const detail: Record<string, number> = { input_tokens: usage.inputTokens, output_tokens: usage.outputTokens, engine_rounds: usage.rounds };
  if (usage.costUsd !== undefined) detail.cost_usd = usage.costUsd;
  if (usage.turns !== undefined) detail.turns = usage.turns;
  return detail;
}

/**
 * --platform local: back to the starting branch. A failed run first sets the engine's unfinished work
 * aside as a patch (so it does not follow the user onto their own branch), and a droid branch this run
 * made but never committed to is removed (so the next run starts it afresh).
 */
function warnOn(deps: Deps, what: string): (e: unknown) => undefined {
  return (e) => {
    deps.log.warn(`${what}: ${describeError(e)}`);
    return undefined;
  };
}

async function keepUnfinished(deps: Deps, options: RunOptions, ws: Workspace | undefined, outcome: RunOutcome, startBranch: string | undefined): Promise<RunOutcome> {
  if (!ws || outcome.conclusion !== 'error' || outcome.commit !== undefined || !deps.git.setAside) return outcome;
  const file = join(options.artifactDir, `unfinished-${ws.branch.replace(/[^A-Za-z0-9._-]+/g, '-')}.patch`);
  const patchFile = await deps.git.setAside(ws.startSha, file).catch(warnOn(deps, 'could not set the unfinished work aside'));
  if (!patchFile) return outcome;
  deps.audit.record({ stage: 'workspace', action: 'work.set-aside', outcome: 'ok', detail: { patch: patchFile } });
  const untouched = options.platform === 'local' && startBranch ? `; ${startBranch} is untouched` : '';
  const note = `The engine's unfinished changes are kept in ${patchFile} (\`git apply\` it to look at them)${untouched}.`;
  deps.log.warn(note);
  return { ...outcome, message: `${outcome.message}\n${note}`, patchFile };
}

async function returnToStart(deps: Deps, startBranch: string, ws: Workspace | undefined, outcome: RunOutcome): Promise<RunOutcome> {
  if ((await deps.git.currentBranch().catch(warnOn(deps, 'could not read the current branch'))) === startBranch) return outcome;
  await deps.git.checkout(startBranch).catch(warnOn(deps, `could not return to ${startBranch}`));
  if (ws && !ws.existed && outcome.commit === undefined && deps.git.tryDeleteBranch) {
    await deps.git.tryDeleteBranch(ws.branch).catch(warnOn(deps, `could not remove the empty branch ${ws.branch}`));
  }
  return outcome;
}

async function readSetup(request: Request, options: RunOptions, deps: Deps): Promise<Setup> {
  const { git, forge } = deps;
  const dirty = await git.dirtyFiles();
  if (dirty.length > 0) {
    throw new DroidError('usage', `the work tree has uncommitted changes (${dirty.slice(0, 5).join(', ')}${dirty.length > 5 ? ', …' : ''})`, {
      hint: 'commit or stash them first: the droid commits every change it finds in the work tree',
    });
  }
  const startBranch = await git.currentBranch();
  let targetBranch: string;
  let trustedRef: string;
  if (options.platform === 'local' || !forge) {
    targetBranch = request.target.kind === 'change' ? request.target.baseBranch : (startBranch ?? 'HEAD');
    trustedRef = await git.headSha();
  } else {
    targetBranch = request.target.kind === 'change' ? request.target.baseBranch : await forge.defaultBranch();
    trustedRef = await fetchRequired(deps, targetBranch);
  }
  const configText = await git.showFile(trustedRef, options.configPath);
  const config = deps.parseConfig(configText, options.configPath);
  deps.audit.useFile?.(resolvePath(git.root, config.audit.file));
  await git.ignore(config.audit.file);
  deps.audit.record({ stage: 'config', action: 'config.read', outcome: 'ok', detail: { file: options.configPath, found: configText !== undefined, ref: targetBranch } });
  let targetSha = trustedRef;
  if (request.target.kind === 'ticket' && config.pr.target_branch && config.pr.target_branch !== targetBranch) {
    targetBranch = config.pr.target_branch;
    targetSha = options.platform === 'local' ? await localRequired(deps, targetBranch) : await fetchRequired(deps, targetBranch);
  }
  // trusted steering files, read in parallel; the first CODEOWNERS found wins (GitHub's order)
  const [agentsMd, ...owners] = await Promise.all(
    ['AGENTS.md', '.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'].map((path) => git.showFile(trustedRef, path)),
  );
  const codeowners = owners.find((text) => text !== undefined);
  return { config, trustedRef, targetBranch, targetSha, agentsMd, codeowners, startBranch };
}

async function fetchRequired(deps: Deps, branch: string): Promise<string> {
  const sha = await deps.git.fetchBranch(branch);
  if (!sha) throw new DroidError('platform', `branch "${branch}" does not exist on the remote`, { hint: 'check pr.target_branch in .droid.yml' });
  return sha;
}

async function localRequired(deps: Deps, branch: string): Promise<string> {
  const sha = await deps.git.resolve(`refs/heads/${branch}`);
  if (!sha) throw new DroidError('config', `pr.target_branch "${branch}" is not a local branch`, { hint: 'create it or change pr.target_branch' });
  return sha;
}

async function checkGate(request: Request, options: RunOptions, deps: Deps, config: DroidConfig): Promise<string | undefined> {
  if (!deps.forge || options.platform === 'local') return undefined;
  const access = await deps.forge.actorAccess(request.actor);
  const decision = decideGate({
    request,
    access,
    allowBots: [...config.access.allow_bots, ...options.allowBots],
    // a plan or a review only posts: a fork PR may be planned; forks are reviewed per review.forks
    needsPush: request.command !== 'plan' && request.command !== 'review',
  });
  deps.audit.record({ stage: 'gate', action: 'gate.decide', outcome: decision.allowed ? 'ok' : 'refused', detail: { level: access.level, bot: access.isBot } });
  return decision.allowed ? undefined : decision.reason;
}

export interface Workspace {
  branch: string;
  /** the commit the droid's changes are measured from */
  startSha: string;
  /** the commit the PR diff is measured from (target branch) */
  baseSha: string;
  /** the remote branch existed before this run */
  existed: boolean;
  remoteSha: string | undefined;
}

async function prepareWorkspace(request: Request, options: RunOptions, deps: Deps, setup: Setup): Promise<Workspace> {
  const { git } = deps;
  const local = options.platform === 'local' || !deps.forge;
  if (request.target.kind === 'change') {
    const { headBranch, headSha } = request.target;
    const remote = local ? await git.resolve(`refs/heads/${headBranch}`) : await git.fetchBranch(headBranch);
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
  const existing = local ? await git.resolve(`refs/heads/${branch}`) : await git.fetchBranch(branch);
  await git.checkoutNewBranch(branch, existing ?? setup.targetSha);
  deps.audit.record({ stage: 'workspace', action: 'git.branch', outcome: 'ok', detail: { branch, existed: existing !== undefined } });
  return { branch, startSha: existing ?? setup.targetSha, baseSha: setup.targetSha, existed: existing !== undefined, remoteSha: existing };
}

export function templateFields(request: Request): { ticket: string; slug: string; summary: string; command: string; number: string | number } {
  return {
    ticket: request.ticket.key.replace(/^[#!]/, ''),
    slug: request.ticket.title || request.instructions || request.command,
    summary: request.ticket.title || request.instructions || request.command,
    command: request.command,
    number: request.target.kind === 'change' ? request.target.number : (request.target.issueNumber ?? request.ticket.key.replace(/^[#!]/, '')),
  };
}

async function testOnly(config: DroidConfig, deps: Deps, progress: ProgressComment, branch: string): Promise<RunOutcome> {
  await progress.step('edit', 'skipped');
  const results = await deps.audit.stage('test', () => deps.runProfiles(config.tests, config));
  const passed = results.every(profilePassed);
  await progress.step('tests', passed ? 'done' : 'failed', testsLine(results));
  return {
    ...emptyOutcome(passed ? 'no-changes' : 'tests-failing', passed ? 'All test profiles pass.' : `Tests failing: ${failingNames(results)}.`),
    branch,
    tests: results,
    testsPassed: passed,
  };
}

async function commitPushAndPublish(
  request: Request,
  options: RunOptions,
  deps: Deps,
  progress: ProgressComment,
  setup: Setup,
  ws: Workspace,
  loop: LoopResult,
  ticket?: TicketWriteBack | undefined,
): Promise<RunOutcome> {
  const { config } = setup;
  const { git } = deps;
  const testsPassed = loop.results.every(profilePassed);
  const base = { iterations: loop.iterations, tests: loop.results, testsPassed, branch: ws.branch, warnings: [] as string[] };
  if (loop.refusedEdits.length) base.warnings.push(`The engine was refused ${loop.refusedEdits.length} edit(s): ${loop.refusedEdits.slice(0, 3).join('; ')}`);

  await progress.step('push', 'running');
  await git.absorbEngineCommits(ws.startSha);
  const heldBack = await deps.audit.stage('commit', () => git.holdBack(config.pr.protected_paths));
  for (const path of heldBack) deps.audit.record({ stage: 'commit', action: 'file.held-back', outcome: 'skip', detail: { path } });
  if (heldBack.length) progress.notice(`Held back (protected paths, not pushed): ${heldBack.join(', ')}. Edit pr.protected_paths in .droid.yml to allow them.`);
  const title = renderTitle(config.pr.title, templateFields(request));
  const sha = await git.commit(commitMessage(title, request, loop), [
    ['Co-authored-by', coAuthor(request.actor)],
    ['Droid-Ticket', request.ticket.key],
    ['Droid-Run', options.runId],
    ['Droid-Command', request.approvedPlan ? 'approve' : request.command],
    ...(request.approvedPlan ? [['Droid-Plan', request.approvedPlan.url] as [string, string]] : []),
  ], { sign: config.pr.sign });
  if (!sha) {
    await progress.step('push', 'skipped', 'nothing to commit');
    if (loop.refusedEdits.length) {
      throw new DroidError('engine', `the engine's edits were refused and nothing changed: ${loop.refusedEdits[0]}`, {
        hint: 'raise engine.auto (droid) or the permission mode so the engine may edit files',
      });
    }
    const why = loop.greenAtStart ? (config.tests.length === 0 ? NO_PROFILES_TO_FIX : 'All test profiles already pass; nothing to fix.') : heldBack.length ? `Only protected paths changed (${heldBack.join(', ')}); nothing to push.` : `The engine made no change.${loop.engineSummary.trim() ? ` ${loop.engineSummary.trim().split("\n").slice(0, 4).join(" ")}` : ''}`;
    return { ...emptyOutcome('no-changes', why), ...base, heldBack };
  }
  deps.audit.record({ stage: 'commit', action: 'git.commit', outcome: 'ok', detail: { sha, sign: config.pr.sign ?? 'none' } });
  const changes = await git.numstat(ws.baseSha, sha);
  const labels = config.pr.labels;
  const reviewers = deps.reviewers({ config, codeowners: setup.codeowners, changed: changes.map((c) => c.path), exclude: [request.actor] });
  const draft = config.pr.draft || (!testsPassed && config.pr.on_tests_failing === 'draft');
  const body = renderPrBody({
    ticket: request.ticket,
    summary: loop.engineSummary,
    changes,
    tests: loop.results,
    plan: loop.plan,
    approvedPlan: request.approvedPlan,
    heldBack,
    warnings: base.warnings,
    trace: { runId: options.runId, engine: options.engineOverride || config.engine.use, iterations: loop.iterations, platform: options.platform, runUrl: options.jobUrl, auditLog: config.audit.file },
  });
  const prSpec = { title, body, labels, reviewers: [...reviewers.users, ...reviewers.teams], draft };

  if (options.platform === 'local' || options.dryRun || !deps.forge) {
    const prFile = await deps.writeArtifact('pr.md', `# ${title}\n\n${body}`);
    await progress.step('push', 'skipped', 'local run: not pushed');
    const conclusion: Conclusion = testsPassed ? (ws.existed ? 'pr-updated' : 'pr-opened') : 'tests-failing';
    return {
      ...emptyOutcome(
        conclusion,
        conclusion === 'tests-failing'
          ? conclusionMessage(conclusion, loop.results, `${ws.branch} (PR body in ${prFile})`)
          : `${options.dryRun ? 'Dry run: nothing pushed. ' : ''}Committed to ${ws.branch}; the PR body for ${ws.existed ? 'the existing' : 'a new'} branch is in ${prFile}.`,
      ),
      ...base,
      commit: sha,
      heldBack,
      pr: prSpec,
      prFile,
    };
  }

  const pushed = await deps.audit.stage('push', () =>
    git.push({
      branch: ws.branch,
      mode: request.target.kind === 'change' ? 'pr-head' : 'droid-branch',
      expectedRemoteSha: ws.remoteSha,
      base: ws.startSha,
      forbidden: [setup.targetBranch],
      sign: config.pr.sign,
    }),
  );
  if (pushed.note) {
    base.warnings.push(pushed.note);
    progress.notice(pushed.note);
  }
  deps.audit.record({ stage: 'push', action: 'git.push', outcome: pushed.status === 'pushed' || pushed.status === 'up-to-date' ? 'ok' : 'fail', detail: { branch: ws.branch, status: pushed.status } });
  if (pushed.status !== 'pushed' && pushed.status !== 'up-to-date') {
    await progress.step('push', 'failed', pushed.reason ?? pushed.status);
    const what = pushed.status === 'head-moved' ? 'PR head moved' : pushed.status === 'conflict' ? 'the remote branch moved and the droid\'s commits do not rebase cleanly' : 'the push was rejected';
    return {
      ...emptyOutcome('error', `${what}: ${pushed.reason ?? ''}`.trim() + (pushed.patchFile ? ` The work is kept as a patch: ${pushed.patchFile}.` : '')),
      ...base,
      errorKind: 'platform',
      commit: sha,
      heldBack,
      patchFile: pushed.patchFile,
    };
  }
  await progress.step('push', 'done', `${ws.branch} @ ${pushed.sha.slice(0, 12)}`);

  await progress.step('pr', 'running');
  const published = await deps.audit.stage('pr', () => publish(request, deps, { branch: ws.branch, targetBranch: setup.targetBranch, config }, prSpec, testsPassed));
  if (published) {
    await progress.step('pr', 'done', `[#${published.change.number}](${published.change.url})`);
    base.warnings.push(...published.warnings);
    // the thread is where the requester looks: a reviewer or label that could not be set is said there too
    for (const warning of published.warnings) progress.notice(warning);
    if (ticket) {
      const text = writeBackText({
        key: ticket.looked.fetched.key,
        prUrl: published.change.url,
        prNumber: published.change.number,
        testsLine: testsLine(loop.results),
        testsPassed,
        kind: options.platform === 'gitlab' ? 'MR' : 'PR',
      });
      const ticketWarnings = await deps.audit.stage('tickets', () =>
        writeBackTicket({ config: ticket.config, system: ticket.source.system, ticket: ticket.looked.fetched, text, audit: deps.audit }),
      );
      for (const warning of ticketWarnings) {
        deps.log.warn(warning);
        progress.notice(warning);
      }
      base.warnings.push(...ticketWarnings);
    }
  } else {
    await progress.step('pr', 'skipped', 'tests failing: results posted here only (on_tests_failing: comment-only)');
  }
  const conclusion: Conclusion = testsPassed ? (published?.action === 'created' ? 'pr-opened' : 'pr-updated') : 'tests-failing';
  const ci = config.ci.wait ? await deps.audit.stage('ci', () => followCi(pushed.sha, config, options, deps, progress)) : undefined;
  return {
    ...emptyOutcome(conclusion, conclusionMessage(conclusion, loop.results, published ? published.change.url : ws.branch)),
    ...base,
    commit: pushed.sha,
    heldBack,
    pr: { ...prSpec, number: published?.change.number, url: published?.change.url },
    ci,
  };
}

function commitMessage(title: string, request: Request, loop: LoopResult): string {
  const summary = loop.engineSummary.trim().split('\n').slice(0, 20).join('\n');
  const subject = title.replace(/\s+/g, ' ').slice(0, 72);
  return `${subject}\n\n${summary || `Requested by @${request.actor}: ${request.command}`}`.trim();
}

function coAuthor(actor: string): string {
  const login = actor.replace(/[^A-Za-z0-9._[\]-]/g, '') || 'unknown';
  return `${login} <${login}@users.noreply.github.com>`;
}

function commentTarget(request: Request): CommentTarget | undefined {
  // an automatic review speaks through the review it posts: no progress comment on every push
  if (request.source.auto) return undefined;
  if (request.target.kind === 'change') return { kind: 'change', number: request.target.number };
  if (request.target.issueNumber !== undefined) return { kind: 'issue', number: request.target.issueNumber };
  return undefined;
}

