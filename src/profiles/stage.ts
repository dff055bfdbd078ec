import type { DroidConfig, TestProfile } from '../config/types.js';
import { emptyOutcome, failingNames, testsLine } from '../report/outcome.js';
import type { ProgressComment } from '../report/progress.js';
import type { RunContext, RunOutcome } from '../run/types.js';
import type { Sandbox } from '../sandbox/index.js';
import type { Audit } from '../audit/types.js';
import type { Logger } from '../util/log.js';
import { ticketSecretNames } from '../tickets/index.js';
import { rerunFirstFrom } from './rerun.js';
import { runProfiles } from './run.js';
import { profilePassed, type ProfileResult } from './types.js';

/**
 * The test stage (PRODUCT.md §1.5): the repo's profiles, as the sandbox account when there is one, in
 * an environment with the run's secrets dropped (forge tokens, the engine key, the ticket token, and
 * any variable holding one of their values), the failing ones of the last round first.
 */
export interface ProfileRun {
  repoRoot: string;
  /** the environment the profiles start from (scrubbed before they see it) */
  env: NodeJS.ProcessEnv;
  /** secret values the run holds: dropped even under innocent names */
  secrets: string[];
  log: Logger;
  /** one `command.run` line per profile; absent for `droid-ci test` */
  audit?: Audit | undefined;
  sandbox: Sandbox | undefined;
  /** default tests_concurrency */
  concurrency?: number | undefined;
  signal?: AbortSignal | undefined;
}

/** How a run's stages run profiles: the run's checkout, environment, secrets and record keepers. */
export function profileRunOf(ctx: RunContext, sandbox: Sandbox | undefined): ProfileRun {
  return { repoRoot: ctx.git.root, env: ctx.env, secrets: ctx.secrets, log: ctx.log, audit: ctx.audit, sandbox };
}

export async function runTestProfiles(profiles: TestProfile[], config: DroidConfig, run: ProfileRun, previous: ProfileResult[] = []): Promise<ProfileResult[]> {
  const { env, audit } = run;
  const ticketVars = ticketSecretNames(config.tickets);
  return runProfiles(profiles, {
    sandbox: run.sandbox,
    rerunFirst: rerunFirstFrom(previous),
    repoRoot: run.repoRoot,
    env,
    concurrency: run.concurrency ?? config.tests_concurrency,
    signal: run.signal,
    log: run.log,
    scrub: {
      secretValues: [...run.secrets, ...ticketVars.flatMap((name) => env[name]?.trim() || [])],
      dropNames: [...(config.engine.api_key_env ? [config.engine.api_key_env] : []), ...ticketVars],
    },
    onResult: audit
      ? (r) =>
          audit.record({
            stage: 'test',
            action: 'command.run',
            outcome: r.summary.kind === 'all-pass' && r.exitCode === 0 ? 'ok' : 'fail',
            durationMs: r.durationMs,
            detail: { profile: r.name, path: r.path, exit_code: r.exitCode ?? -1, timed_out: r.timedOut, failed: r.summary.failed },
          })
      : undefined,
  });
}

/** `/droid test`: the profiles once, no edit; the results are the outcome. */
export async function testOnly(config: DroidConfig, ctx: RunContext, sandbox: Sandbox | undefined, progress: ProgressComment, branch: string): Promise<RunOutcome> {
  await progress.step('edit', 'skipped');
  const results = await ctx.audit.stage('test', () => runTestProfiles(config.tests, config, profileRunOf(ctx, sandbox)));
  const passed = results.every(profilePassed);
  await progress.step('tests', passed ? 'done' : 'failed', testsLine(results));
  return {
    ...emptyOutcome(passed ? 'no-changes' : 'tests-failing', passed ? 'All test profiles pass.' : `Tests failing: ${failingNames(results)}.`),
    branch,
    tests: results,
    testsPassed: passed,
  };
}
