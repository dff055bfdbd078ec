/**
 * The review stage (PRODUCT.md §13): read the PR's diff from the forge, run one read-only engine round
 * per pass (the review, and a security pass when `review.security` is on) with the base branch's config
 * and AGENTS.md, validate the findings, drop the ones already posted, and post one review. No test
 * profile runs and nothing is pushed. A malformed answer stops the run before anything is posted.
 */
import type { Sandbox } from '../sandbox/index.js';
import type { DroidConfig } from '../config/types.js';
import type { Engine } from '../engine/types.js';
import type { Forge } from '../platform/types.js';
import type { ProgressComment } from '../report/progress.js';
import { emptyOutcome } from '../report/outcome.js';
import type { RunContext, RunOutcome, RunSettings } from '../run/types.js';
import type { Request } from '../trigger/request.js';
import { DroidError } from '../util/errors.js';
import { diffText, fileDiffs } from './diff.js';
import { atOrAbove, parseReviewAnswer, REVIEW_JSON_SCHEMA, type Finding } from './findings.js';
import { buildReviewPrompt, type ReviewPass } from './prompt.js';
import { renderReview } from './render.js';
import type { ReviewSummary } from './types.js';

/** the largest diff handed to the engine; larger files are listed without their hunks */
const MAX_DIFF_CHARS = 200_000;

export type { ReviewSummary } from './types.js';

/**
 * Before any engine starts: an automatic review with `review.auto` off, or a fork PR without
 * `review.forks`, ends here. Undefined: go on.
 */
export function reviewPrecheck(request: Request, config: DroidConfig): RunOutcome | undefined {
  if (request.target.kind !== 'change') return emptyOutcome('no-changes', 'review works on a pull request');
  if (request.source.auto && !config.review.auto) {
    return emptyOutcome('no-changes', `review.auto is off in .droid.yml on ${request.target.baseBranch}: pull request events start no review (comment \`/droid review\` to ask for one)`);
  }
  if (request.target.fromFork && !config.review.forks) {
    return emptyOutcome('refused', 'This pull request comes from a fork: the droid reviews forks only with `review.forks: true` in .droid.yml (their code is never run).');
  }
  return undefined;
}

export interface ReviewStageInput {
  request: Request;
  config: DroidConfig;
  /** AGENTS.md of the base branch */
  agentsMd: string | undefined;
  engine: Engine;
  forge: Forge | undefined;
  /** what the work tree holds: the PR's head (same-repo) or the base branch (fork) */
  workTree: 'head' | 'base';
  options: RunSettings;
  deps: RunContext;
  progress: ProgressComment;
  /** the engine's environment (no ticket token) and the run's sandbox: a review round is as isolated as an edit round */
  engineEnv: NodeJS.ProcessEnv;
  sandbox?: Sandbox | undefined;
}

export async function reviewStage(input: ReviewStageInput): Promise<RunOutcome> {
  const { request, config, deps, progress } = input;
  if (request.target.kind !== 'change') throw new DroidError('usage', 'review works on a pull request');
  const target = request.target;
  const reviews = input.forge?.review;
  if (!reviews) {
    throw new DroidError('usage', `review mode cannot post on ${input.deps.publisher.platform} yet`, { hint: 'run /droid review on a GitHub pull request' });
  }
  await progress.step('review', 'running', 'reading the diff');
  const files = await reviews.diff(target.number, target.baseBranch);
  const diffs = fileDiffs(files);
  const diff = diffText(files, MAX_DIFF_CHARS);
  deps.audit.record({ stage: 'edit', action: 'review.diff', outcome: 'ok', detail: { files: files.length, truncated: diff.truncated } });

  const passes: ReviewPass[] = config.review.security ? ['review', 'security'] : ['review'];
  const findings: Finding[] = [];
  const summaries: string[] = [];
  for (const pass of passes) {
    await progress.step('review', 'running', pass === 'security' ? 'security pass' : `${files.length} file(s)`);
    const answer = await deps.audit.stage('edit', () => runPass(input, pass, diff));
    if (answer.summary) summaries.push(answer.summary);
    const kept = pass === 'security' ? answer.findings.filter((f) => atOrAbove(f.severity, config.review.security_threshold)) : answer.findings;
    findings.push(...kept);
  }

  const posted = await reviews.postedMarkers(target.number);
  const marker = `<!-- droid:review-run=${input.options.runId} -->`;
  const footer = `<sub>Droid review · run \`${input.options.runId}\`${input.options.jobUrl ? ` · [job](${input.options.jobUrl})` : ''}</sub>\n${marker}`;
  const rendered = renderReview({ summary: summaries.join('\n\n'), findings, diffs, posted, footer, notes: diff.truncated ? ['The diff was larger than the engine reads: some files were reviewed from their names only.'] : [] });
  const failOn = config.review.fail_on;
  const failing = failOn === 'none' ? 0 : rendered.posted.filter((f) => atOrAbove(f.severity, failOn)).length;
  const summary: ReviewSummary = {
    findings: rendered.posted.length,
    inline: rendered.comments.length,
    outsideDiff: rendered.outsideDiff.length,
    duplicates: rendered.duplicates.length,
    failing,
    failOn,
  };
  if (rendered.posted.length === 0 && rendered.duplicates.length > 0) {
    await progress.step('review', 'done', 'no new finding');
    deps.audit.record({ stage: 'pr', action: 'review.skip', outcome: 'skip', detail: { duplicates: rendered.duplicates.length } });
    return { ...emptyOutcome('review-posted', `No new finding: the ${rendered.duplicates.length} finding(s) of this review were posted by an earlier run.`), review: summary };
  }
  const result = await deps.audit.stage('pr', () => reviews.postReview({ number: target.number, headSha: target.headSha, body: deps.redactor.redact(rendered.body), comments: rendered.comments.map((c) => ({ ...c, body: deps.redactor.redact(c.body) })), marker }));
  deps.audit.record({ stage: 'pr', action: 'review.post', outcome: 'ok', detail: { findings: summary.findings, inline: summary.inline, duplicates: summary.duplicates } });
  await progress.step('review', 'done', `${summary.findings} finding(s), ${summary.inline} inline`);
  const where = result.url ? ` ${result.url}` : '';
  const failNote = failing > 0 ? ` ${failing} finding(s) at or above review.fail_on (${failOn}).` : '';
  const message = `Review posted on ${request.ticket.key}${where}: ${summary.findings} finding(s) (${summary.inline} inline, ${summary.outsideDiff} outside the diff${summary.duplicates ? `, ${summary.duplicates} already posted` : ''}).${failNote}`;
  return { ...emptyOutcome('review-posted', message), review: { ...summary, url: result.url } };
}

async function runPass(input: ReviewStageInput, pass: ReviewPass, diff: { text: string; truncated: boolean }) {
  const { request, config, deps } = input;
  const scratchDir = await deps.files.scratchDir(`review-${pass}`);
  const prompt = deps.redactor.redact(
    buildReviewPrompt({ request, config, pass, agentsMd: input.agentsMd, diff: diff.text, diffTruncated: diff.truncated, workTree: input.workTree, answerToFile: input.engine.name === 'command' }),
  );
  const result = await input.engine.run({
    workdir: deps.git.root,
    request,
    config,
    iteration: 1,
    lastResults: [],
    prompt,
    scratchDir,
    env: input.engineEnv,
    sandbox: input.sandbox,
    extraArgs: input.options.engineArgs,
    reviewSchema: REVIEW_JSON_SCHEMA as unknown as Record<string, unknown>,
    log: deps.log,
  });
  deps.audit.record({ stage: 'edit', action: 'engine.review', outcome: result.ok ? 'ok' : 'fail', durationMs: result.durationMs, detail: { engine: input.engine.name, pass } });
  if (!result.ok) throw new DroidError('engine', result.error ?? `${input.engine.name} failed`);
  const edited = (result.touched ?? []).filter((t) => t.action !== 'read');
  if (edited.length) deps.log.warn(`the engine reported edits during a read-only review (${edited.map((t) => t.path).join(', ')}); they are not pushed`);
  const source = `the ${input.engine.name} engine${pass === 'security' ? ' (security pass)' : ''}`;
  return parseReviewAnswer(result.review ?? result.summary, source, pass);
}
