import { affectedProfiles } from '../profiles/affected.js';
import { profileRunOf, runTestProfiles } from '../profiles/stage.js';
import type { ProfileResult } from '../profiles/types.js';
import { testsLine } from '../report/outcome.js';
import type { ProgressComment } from '../report/progress.js';
import type { RunContext, TrustedSetup, WorkBranch } from '../run/types.js';
import type { Sandbox } from '../sandbox/index.js';
import type { Request } from '../trigger/request.js';
import type { Engine } from '../engine/types.js';
import { editTestLoop, type LoopResult } from './loop.js';
import { buildPrompt, filesFromFailures } from './prompt.js';

export interface EditRound {
  engine: Engine;
  /** the engine's environment: no forge or ticket token */
  engineEnv: NodeJS.ProcessEnv;
  sandbox: Sandbox | undefined;
  /** ci-fix: the failed CI jobs, as the first round's failures */
  ciResults: ProfileResult[];
}

/**
 * The edit stage (PRODUCT.md §1.5): engine rounds and test runs until the profiles pass or
 * engine.max_iterations. Each round's prompt is the request, the trusted AGENTS.md and the last
 * failures (with the failing files' text), redacted before it leaves for a model provider.
 */
export async function editStage(request: Request, setup: TrustedSetup, ws: WorkBranch, round: EditRound, ctx: RunContext, progress: ProgressComment): Promise<LoopResult> {
  const { config } = setup;
  const { git, redactor } = ctx;
  return editTestLoop(request, config, {
    engine: round.engine,
    runProfiles: (profiles, previous) => runTestProfiles(profiles, config, profileRunOf(ctx, round.sandbox), previous),
    changes: () => git.changes(ws.startSha),
    affected: affectedProfiles,
    buildPrompt: async ({ iteration, lastResults }) => {
      const results = lastResults.length > 0 ? lastResults : round.ciResults;
      const prompt = buildPrompt({
        request,
        config,
        iteration,
        lastResults: results,
        agentsMd: setup.agentsMd,
        heldBack: [],
        plan: request.command === 'plan',
        files: await filesFromFailures(git.root, results),
      });
      // a run secret pasted into a ticket or note is redacted before the prompt leaves
      return redactor.redact(prompt);
    },
    newScratchDir: (i) => ctx.files.scratchDir(`engine-${i}`),
    engineEnv: round.engineEnv,
    extraArgs: ctx.settings.engineArgs,
    workdir: git.root,
    sandbox: round.sandbox,
    audit: ctx.audit,
    log: ctx.log,
    onRound: async ({ iteration, phase, results }) => {
      if (phase === 'edit') await progress.step('edit', 'running', `round ${iteration} of ${config.engine.max_iterations}`);
      else await progress.step('tests', 'running', testsLine(results ?? []));
    },
  });
}
