import type { DroidConfig, TestProfile } from '../config/types.js';
import type { ProfileResult } from '../profiles/types.js';
import { profilePassed } from '../profiles/types.js';
import type { Request } from '../trigger/request.js';
import type { Audit } from '../audit/types.js';
import type { Logger } from '../util/log.js';
import { GitDirSnapshot } from '../git/snapshot.js';
import type { Stage } from '../audit/types.js';
import type { Engine, EngineResult } from '../engine/types.js';
import type { Sandbox } from '../sandbox/index.js';
import { totalUsage, usageLine, type Usage, type UsageTotals } from '../engine/usage.js';

/**
 * The plan -> edit -> test loop (PRODUCT.md §1.5): the engine edits, the affected profiles run, their
 * failures feed the next round, up to engine.max_iterations rounds. No forge I/O of its own and no git
 * command: everything arrives through LoopDeps. What the loop does itself is guard the git dir: each
 * engine round and each test run is wrapped in a snapshot of `.git/config`, `.git/info/` and `.git/hooks/`
 * that is put back right after (PRODUCT.md §10), so the droid's own git never runs what they configured;
 * every change undone is written in the audit log.
 */
export interface LoopDeps {
  engine: Engine;
  /** `previous`: last round's results, whose failing tests may be re-run first */
  runProfiles(profiles: TestProfile[], previous: ProfileResult[]): Promise<ProfileResult[]>;
  /** files changed in the work tree against the start point, and a fingerprint of their content */
  changes(): Promise<{ files: string[]; fingerprint: string }>;
  affected(profiles: TestProfile[], changed: string[]): TestProfile[];
  buildPrompt(input: { iteration: number; lastResults: ProfileResult[] }): Promise<string>;
  newScratchDir(iteration: number): Promise<string>;
  engineEnv: NodeJS.ProcessEnv;
  extraArgs: string[];
  workdir: string;
  audit: Audit;
  log: Logger;
  /** engine rounds run inside it (the profiles get it through runProfiles) */
  sandbox?: Sandbox | undefined;
  onRound?(event: { iteration: number; phase: 'edit' | 'tests'; results?: ProfileResult[] }): Promise<void>;
}

export interface LoopResult {
  iterations: number;
  /** the latest result of every profile that ran, in config order */
  results: ProfileResult[];
  changed: string[];
  engineSummary: string;
  plan?: string | undefined;
  /** set when the engine failed: the run ends with conclusion `error` */
  engineError?: string | undefined;
  refusedEdits: string[];
  /** fix-commands: the profiles were green before any edit */
  greenAtStart: boolean;
  /** tokens, cost and turns summed over the rounds that reported them */
  usage?: UsageTotals | undefined;
  /** set when engine.max_cost_usd / engine.max_turns stopped the loop: why, for the outcome */
  budgetReached?: string | undefined;
}

/** Why no new round may start, or undefined while the run is within engine.max_cost_usd and engine.max_turns. */
export function budgetSpent(config: DroidConfig, spent: UsageTotals | undefined): string | undefined {
  const { max_cost_usd: maxCost, max_turns: maxTurns } = config.engine;
  if (maxCost !== undefined && (spent?.costUsd ?? 0) >= maxCost) {
    return `the cost budget was reached: $${(spent?.costUsd ?? 0).toFixed(4)} spent of engine.max_cost_usd $${maxCost}`;
  }
  if (maxTurns !== undefined && (spent?.turns ?? 0) >= maxTurns) {
    return `the turn budget was reached: ${spent?.turns ?? 0} turn(s) of engine.max_turns ${maxTurns}`;
  }
  return undefined;
}

/** fix-commands with no test profile: nothing can fail, so nothing is fixed; say so rather than "all pass". */
export const NO_PROFILES_TO_FIX =
  'No test profiles in the config: fix-commands only fixes failing profiles. Add one under `tests:` (with a `fix:` command), e.g. with `droid-ci init --print`, and check it with `droid-ci validate`.';

export async function editTestLoop(request: Request, config: DroidConfig, deps: LoopDeps): Promise<LoopResult> {
  const latest = new Map<string, ProfileResult>();
  const ordered = (): ProfileResult[] =>
    config.tests.map((p) => latest.get(p.name)).filter((r): r is ProfileResult => r !== undefined);
  const refused: string[] = [];
  const summaries: string[] = [];
  let lastResults: ProfileResult[] = [];
  let changed: string[] = [];
  let fingerprint = '';
  let iterations = 0;
  const rounds: (Usage | undefined)[] = [];
  let budgetReached: string | undefined;
  // the git dirs are located once; each engine round and test run is guarded by a fresh snapshot of them
  let gitDirs: Promise<string[]> | undefined;
  const guard = <T>(stage: Stage, fn: () => Promise<T>): Promise<T> => guarded(deps, (gitDirs ??= GitDirSnapshot.locate(deps.workdir)), stage, fn);

  // fix-commands has no model: it needs the failures before it can do anything
  if (deps.engine.name === 'fix-commands' && request.command !== 'plan') {
    const baseline = await deps.audit.stage('test', () => guard('test', () => deps.runProfiles(config.tests, [])));
    for (const r of baseline) latest.set(r.name, r);
    lastResults = baseline;
    await deps.onRound?.({ iteration: 0, phase: 'tests', results: baseline });
    if (baseline.every(profilePassed)) {
      const summary = config.tests.length === 0 ? NO_PROFILES_TO_FIX : 'All test profiles already pass.';
      return { iterations: 0, results: ordered(), changed: [], engineSummary: summary, refusedEdits: [], greenAtStart: true };
    }
  }

  for (let iteration = 1; iteration <= config.engine.max_iterations; iteration++) {
    // the budget is checked between rounds: a round already started runs to its end (and is kept)
    budgetReached = iteration > 1 ? budgetSpent(config, totalUsage(rounds)) : undefined;
    if (budgetReached) {
      deps.log.info(`no new round: ${budgetReached}`);
      deps.audit.record({ stage: 'edit', action: 'budget.reached', outcome: 'skip', detail: { reason: budgetReached, iteration } });
      break;
    }
    iterations = iteration;
    const turnsLeft = config.engine.max_turns === undefined ? undefined : Math.max(1, config.engine.max_turns - (totalUsage(rounds)?.turns ?? 0));
    await deps.onRound?.({ iteration, phase: 'edit' });
    const result = await engineRound(request, config, deps, guard, { iteration, lastResults, turnsLeft });
    rounds.push(result.usage);
    if (result.refusedEdits?.length) refused.push(...result.refusedEdits);
    if (!result.ok) {
      return {
        iterations,
        results: ordered(),
        changed,
        engineSummary: summaries.join('\n\n'),
        engineError: result.error ?? `the ${deps.engine.name} engine failed`,
        refusedEdits: refused,
        greenAtStart: false,
        usage: totalUsage(rounds),
      };
    }
    if (result.summary.trim()) summaries.push(result.summary.trim());
    if (request.command === 'plan') {
      return { iterations, results: [], changed: [], engineSummary: result.summary, plan: result.plan ?? result.summary, refusedEdits: refused, greenAtStart: false, usage: totalUsage(rounds) };
    }

    const now = await deps.changes();
    const progressed = now.fingerprint !== fingerprint;
    fingerprint = now.fingerprint;
    changed = now.files;
    if (changed.length === 0 || !progressed) {
      deps.log.info(changed.length === 0 ? 'the engine changed no file' : 'the engine changed nothing more this round');
      break;
    }
    for (const path of changed) deps.audit.record({ stage: 'edit', action: 'file.changed', outcome: 'ok', detail: { path } });

    const failingBefore = new Set(lastResults.filter((r) => !profilePassed(r)).map((r) => r.name));
    const toRun = config.tests.filter(
      (p) => failingBefore.has(p.name) || deps.affected([p], changed).length > 0,
    );
    const results = await deps.audit.stage('test', () => guard('test', () => deps.runProfiles(toRun, lastResults)));
    for (const r of results) latest.set(r.name, r);
    lastResults = results;
    await deps.onRound?.({ iteration, phase: 'tests', results });
    if (ordered().every(profilePassed)) break;
    if (result.budgetReached) {
      budgetReached = result.budgetReached;
      break;
    }
  }
  return { iterations, results: ordered(), changed, engineSummary: summaries.join('\n\n'), refusedEdits: refused, greenAtStart: false, usage: totalUsage(rounds), budgetReached };
}

/** One engine round: the prompt, the engine run inside the git-dir guard, and its audit lines. */
async function engineRound(
  request: Request,
  config: DroidConfig,
  deps: LoopDeps,
  guard: <T>(stage: Stage, fn: () => Promise<T>) => Promise<T>,
  round: { iteration: number; lastResults: ProfileResult[]; turnsLeft: number | undefined },
): Promise<EngineResult> {
  const { iteration, lastResults } = round;
  const prompt = await deps.buildPrompt({ iteration, lastResults });
  const scratchDir = await deps.newScratchDir(iteration);
  const stage = request.command === 'plan' ? 'plan' : 'edit';
  const result: EngineResult = await deps.audit.stage(stage, () =>
    guard(stage, () =>
      deps.engine.run({
        workdir: deps.workdir,
        request,
        config,
        iteration,
        lastResults,
        prompt,
        scratchDir,
        env: deps.engineEnv,
        extraArgs: deps.extraArgs,
        maxTurns: round.turnsLeft,
        log: deps.log,
        sandbox: deps.sandbox,
      }),
    ),
  );
  if (result.usage) deps.log.info(`round ${iteration} usage: ${usageLine(result.usage)}`);
  for (const t of result.touched ?? []) {
    deps.audit.record({ stage: 'edit', action: `file.${t.action}`, outcome: 'ok', detail: { path: t.path, engine: deps.engine.name } });
  }
  for (const reason of result.refusedEdits ?? []) {
    deps.audit.record({ stage: 'edit', action: 'edit.refused', outcome: 'refused', detail: { engine: deps.engine.name, iteration, reason: reason.slice(0, 500) } });
  }
  deps.audit.record({
    stage: 'edit',
    action: 'engine.run',
    outcome: result.ok ? 'ok' : 'fail',
    durationMs: result.durationMs,
    detail: { engine: deps.engine.name, iteration, ...usageDetail(result.usage) },
  });
  return result;
}

/** The audit record's usage fields (snake_case like the rest of the log). */
function usageDetail(usage: Usage | undefined): Record<string, number> {
  if (!usage) return {};
  const detail: Record<string, number> = { input_tokens: usage.inputTokens, output_tokens: usage.outputTokens };
  if (usage.cacheReadTokens) detail.cache_read_tokens = usage.cacheReadTokens;
  if (usage.cacheWriteTokens) detail.cache_write_tokens = usage.cacheWriteTokens;
  if (usage.costUsd !== undefined) detail.cost_usd = usage.costUsd;
  if (usage.turns !== undefined) detail.turns = usage.turns;
  return detail;
}

/**
 * Runs `fn` (an engine round, the test profiles) between a snapshot of the git dir and its restore; the
 * restore runs however `fn` ends, and each change it undid is an audit line (`git.restored`) and a warning.
 */
async function guarded<T>(deps: LoopDeps, gitDirs: Promise<string[]>, stage: Stage, fn: () => Promise<T>): Promise<T> {
  const snapshot = await GitDirSnapshot.take(deps.workdir, await gitDirs);
  try {
    return await fn();
  } finally {
    const changes = await snapshot.restore();
    for (const c of changes) {
      deps.audit.record({ stage, action: 'git.restored', outcome: 'refused', detail: { path: c.path, change: c.change } });
    }
    if (changes.length) {
      const what = changes.slice(0, 5).map((c) => `${c.path} (${c.change})`).join(', ');
      deps.log.warn(`put back what the ${stage === 'test' ? 'test commands' : 'engine'} changed in the git dir: ${what}${changes.length > 5 ? `, and ${changes.length - 5} more` : ''}`);
    }
  }
}
