import { followCi } from '../ci/follow.js';
import type { LoopResult } from '../edit/loop.js';
import { profilePassed } from '../profiles/types.js';
import { renderPrBody } from '../report/body.js';
import { conclusionMessage, emptyOutcome, testsLine } from '../report/outcome.js';
import type { ProgressComment } from '../report/progress.js';
import type { Conclusion, RunContext, RunOutcome, TrustedSetup, WorkBranch } from '../run/types.js';
import { writeBackText, writeBackTicket, type LookUpResult, type TicketSource } from '../tickets/stage.js';
import type { DroidConfig } from '../config/types.js';
import type { Request } from '../trigger/request.js';
import { loopFacts, type Committed } from './commit.js';
import { publish, splitReviewers, type PrSpec } from './publish.js';
import { computeReviewers } from './reviewers.js';

/** A fetched ticket the PR/MR link and the tests result are written back to (`tickets.on_pr`). */
export interface TicketWriteBack {
  source: Extract<TicketSource, { system: unknown }>;
  looked: Required<Pick<LookUpResult, 'fetched'>>;
  config: DroidConfig['tickets'];
}

export function ticketWriteBack(looked: LookUpResult, source: TicketSource, config: DroidConfig): TicketWriteBack | undefined {
  if (!looked.fetched || !source || !('system' in source)) return undefined;
  return { source, looked: { fetched: looked.fetched }, config: config.tickets };
}

interface Delivery {
  request: Request;
  setup: TrustedSetup;
  ws: WorkBranch;
  loop: LoopResult;
  committed: Committed;
  ticket?: TicketWriteBack | undefined;
}

/**
 * The delivery stages (PRODUCT.md §1.6–§1.8) after the commit: the PR/MR's title, body, labels and
 * reviewers, then either the publisher keeps it (a local run, a dry run: `.droid/pr.md`) or the
 * branch is pushed (fast-forward only), the PR/MR opened or updated, the ticket told, and CI followed.
 */
export async function deliver(input: Delivery, ctx: RunContext, progress: ProgressComment): Promise<RunOutcome> {
  const { request, setup, ws, loop, committed } = input;
  const { config } = setup;
  const base = loopFacts(ws, loop);
  const testsPassed = base.testsPassed === true;
  const changes = await ctx.git.numstat(ws.baseSha, committed.sha);
  const reviewers = computeReviewers({
    changedFiles: changes.map((c) => c.path),
    rules: config.pr.reviewers.rules,
    codeowners: config.pr.reviewers.codeowners ? setup.codeowners : undefined,
    exclude: [request.actor],
  });
  const body = renderPrBody({
    ticket: request.ticket,
    summary: loop.engineSummary,
    changes,
    tests: loop.results,
    plan: loop.plan,
    approvedPlan: request.approvedPlan,
    heldBack: committed.heldBack,
    warnings: base.warnings,
    trace: { runId: ctx.settings.runId, engine: ctx.settings.engineOverride || config.engine.use, iterations: loop.iterations, platform: ctx.forge.platform, runUrl: ctx.settings.jobUrl, auditLog: config.audit.file },
    maxChars: ctx.publisher.traits.limits.body,
  });
  const draft = config.pr.draft || (!testsPassed && config.pr.on_tests_failing === 'draft');
  const prSpec: PrSpec = { title: committed.title, body, labels: config.pr.labels, reviewers: [...reviewers.users, ...reviewers.teams], draft };
  const facts = { ...base, commit: committed.sha, heldBack: committed.heldBack };
  if (!ctx.publisher.traits.pushes) return keepLocally(input, prSpec, facts, ctx, progress);

  const pushed = await ctx.audit.stage('push', () =>
    ctx.git.push({
      branch: ws.branch,
      mode: request.target.kind === 'change' ? 'pr-head' : 'droid-branch',
      expectedRemoteSha: ws.remoteSha,
      base: ws.startSha,
      forbidden: [setup.targetBranch],
      sign: config.pr.sign,
    }),
  );
  if (pushed.note) {
    facts.warnings.push(pushed.note);
    progress.notice(pushed.note);
  }
  const ok = pushed.status === 'pushed' || pushed.status === 'up-to-date';
  ctx.audit.record({ stage: 'push', action: 'git.push', outcome: ok ? 'ok' : 'fail', detail: { branch: ws.branch, status: pushed.status } });
  if (!ok) {
    await progress.step('push', 'failed', pushed.reason ?? pushed.status);
    const what = pushed.status === 'head-moved' ? 'PR head moved' : pushed.status === 'conflict' ? "the remote branch moved and the droid's commits do not rebase cleanly" : 'the push was rejected';
    return {
      ...emptyOutcome('error', `${what}: ${pushed.reason ?? ''}`.trim() + (pushed.patchFile ? ` The work is kept as a patch: ${pushed.patchFile}.` : '')),
      ...facts,
      errorKind: 'platform',
      patchFile: pushed.patchFile,
    };
  }
  await progress.step('push', 'done', `${ws.branch} @ ${pushed.sha.slice(0, 12)}`);

  await progress.step('pr', 'running');
  const published = await ctx.audit.stage('pr', () => publish(request, ctx, { branch: ws.branch, targetBranch: setup.targetBranch, config }, prSpec, testsPassed));
  if (published) {
    progress.adopt({ kind: 'change', number: published.change.number });
    await progress.step('pr', 'done', `[#${published.change.number}](${published.change.url})`);
    facts.warnings.push(...published.warnings);
    // the thread is where the requester looks: a reviewer or label that could not be set is said there too
    for (const warning of published.warnings) progress.notice(warning);
    if (input.ticket) facts.warnings.push(...(await tellTicket(input.ticket, published.change, loop, ctx, progress)));
  } else {
    await progress.step('pr', 'skipped', 'tests failing: results posted here only (on_tests_failing: comment-only)');
  }
  const conclusion: Conclusion = testsPassed ? (published?.action === 'created' ? 'pr-opened' : 'pr-updated') : 'tests-failing';
  const ci = config.ci.wait ? await ctx.audit.stage('ci', () => followCi(pushed.sha, config, ctx, progress)) : undefined;
  return {
    ...emptyOutcome(conclusion, conclusionMessage(conclusion, loop.results, published ? published.change.url : ws.branch)),
    ...facts,
    commit: pushed.sha,
    pr: { ...prSpec, number: published?.change.number, url: published?.change.url },
    ci,
  };
}

/** A local run or a dry run: the commit stays on the branch here; the PR body is the publisher's file. */
async function keepLocally(input: Delivery, prSpec: PrSpec, facts: Omit<RunOutcome, 'conclusion' | 'message'>, ctx: RunContext, progress: ProgressComment): Promise<RunOutcome> {
  const { ws, loop, setup } = input;
  const kept = await ctx.publisher.upsertChangeRequest({
    sourceBranch: ws.branch,
    targetBranch: setup.targetBranch,
    title: prSpec.title,
    body: prSpec.body,
    draft: prSpec.draft,
    labels: prSpec.labels,
    ...splitReviewers(prSpec.reviewers),
  });
  const prFile = kept.change.url;
  await progress.step('push', 'skipped', 'local run: not pushed');
  const conclusion: Conclusion = facts.testsPassed ? (ws.existed ? 'pr-updated' : 'pr-opened') : 'tests-failing';
  const message =
    conclusion === 'tests-failing'
      ? conclusionMessage(conclusion, loop.results, `${ws.branch} (PR body in ${prFile})`)
      : `${ctx.settings.dryRun ? 'Dry run: nothing pushed. ' : ''}Committed to ${ws.branch}; the PR body for ${ws.existed ? 'the existing' : 'a new'} branch is in ${prFile}.`;
  return { ...emptyOutcome(conclusion, message), ...facts, pr: prSpec, prFile };
}

/** `tickets.on_pr: comment`: one comment on the ticket with the PR/MR link and the tests result; failures are warnings. */
async function tellTicket(ticket: TicketWriteBack, change: { url: string; number: number }, loop: LoopResult, ctx: RunContext, progress: ProgressComment): Promise<string[]> {
  const text = writeBackText({
    key: ticket.looked.fetched.key,
    prUrl: change.url,
    prNumber: change.number,
    testsLine: testsLine(loop.results),
    testsPassed: loop.results.every(profilePassed),
    kind: ctx.forge.traits.changeNoun.short,
  });
  const warnings = await ctx.audit.stage('tickets', () => writeBackTicket({ config: ticket.config, system: ticket.source.system, ticket: ticket.looked.fetched, text, audit: ctx.audit }));
  for (const warning of warnings) {
    ctx.log.warn(warning);
    progress.notice(warning);
  }
  return warnings;
}
