/**
 * The `fix-commands` engine: no model. It runs the deterministic `fix` command of each failing test
 * profile (`ruff check --fix .`, `eslint --fix`, `prettier --write`, …) in the profile's `path`, with
 * the profile's timeout and a scrubbed environment plus the profile's `env`, like the test itself.
 *
 * Which fixers run:
 * - with results from a previous round: those of the profiles that did not pass;
 * - with no results yet (the orchestrator normally tests first for this engine, see engine/loop.ts;
 *   this covers callers that do not): every profile that has a `fix`, in config order. Fixers are
 *   meant to be idempotent, so running one on a clean tree changes nothing.
 * `/droid plan` runs nothing and answers with the fixers it would run.
 *
 * ok:false only when a fixer could not be started at all (a missing program: exit 126/127, or a
 * profile path that does not exist); a fixer that exits non-zero (issues left it cannot fix) or
 * times out is reported in the summary and the tests decide.
 */
import type { DroidConfig, TestProfile } from '../config/types.js';
import { scrubEnv } from '../profiles/env.js';
import type { ProfileResult } from '../profiles/types.js';
import { profilePassed } from '../profiles/types.js';
import { runProcess } from '../util/exec.js';
import { lastLines } from './output.js';
import type { Engine, EngineInput, EngineResult } from './types.js';
import { resolveDirInside } from '../util/validate.js';

export interface FixerPick {
  profile: TestProfile;
  /** why it runs */
  reason: 'failed' | 'no results yet';
}

/** The fixers to run this round, in config order; and the failing profiles that have none. */
export function pickFixers(config: DroidConfig, lastResults: ProfileResult[]): { run: FixerPick[]; withoutFixer: string[] } {
  if (lastResults.length === 0) {
    return {
      run: config.tests.filter((p) => (p.fix ?? '').trim() !== '').map((profile) => ({ profile, reason: 'no results yet' })),
      withoutFixer: [],
    };
  }
  const failing = new Set(lastResults.filter((r) => !profilePassed(r)).map((r) => r.name));
  const run: FixerPick[] = [];
  const withoutFixer: string[] = [];
  for (const profile of config.tests) {
    if (!failing.has(profile.name)) continue;
    if ((profile.fix ?? '').trim() === '') withoutFixer.push(profile.name);
    else run.push({ profile, reason: 'failed' });
  }
  return { run, withoutFixer };
}

interface FixerOutcome {
  name: string;
  fix: string;
  line: string;
  startFailure?: string | undefined;
}

async function runFixer(input: EngineInput, profile: TestProfile): Promise<FixerOutcome> {
  const fix = (profile.fix ?? '').trim();
  const base = { name: profile.name, fix };
  const dir = await resolveDirInside(input.workdir, profile.path);
  if (typeof dir !== 'string') {
    const why = `profile ${profile.name}: ${dir.problem}`;
    return { ...base, line: `- ${profile.name}: \`${fix}\` could not start: ${dir.problem}`, startFailure: why };
  }
  const env = scrubEnv(input.env, profile.env);
  const run = await runProcess('/bin/sh', ['-c', fix], {
    cwd: dir,
    env,
    timeoutMs: profile.timeout_seconds * 1000,
    signal: input.signal,
    keepBytes: 8 * 1024,
    jail: input.sandbox?.jail(),
  });
  input.log.debug(`fix-commands: ${profile.name}: exit ${String(run.exitCode)}`);
  if (run.spawnError || run.exitCode === 126 || run.exitCode === 127) {
    const detail = run.spawnError ?? lastLines(run.output, 3, 500);
    return {
      ...base,
      line: `- ${profile.name}: \`${fix}\` could not start (${detail})`,
      startFailure: `the fix command of profile ${profile.name} (\`${fix}\`) could not be started: ${detail}. Check tests[].fix in .droid.yml and that the tool is installed in the job image.`,
    };
  }
  if (run.timedOut) return { ...base, line: `- ${profile.name}: \`${fix}\` timed out after ${profile.timeout_seconds}s and was stopped` };
  if (run.aborted) return { ...base, line: `- ${profile.name}: \`${fix}\` was stopped (run cancelled)` };
  const status = run.exitCode === 0 ? 'ran' : `ran, exit code ${String(run.exitCode)} (issues may remain)`;
  return { ...base, line: `- ${profile.name}: \`${fix}\` ${status}` };
}

async function runFixCommands(input: EngineInput): Promise<EngineResult> {
  const started = Date.now();
  const { run, withoutFixer } = pickFixers(input.config, input.lastResults);
  const missing = withoutFixer.length > 0 ? [`Failing profiles without a fix command: ${withoutFixer.join(', ')}.`] : [];

  if (input.request.command === 'plan') {
    const plan =
      run.length === 0
        ? ['No fix commands would run: no failing profile has a `fix` command.', ...missing]
        : ['The fix-commands engine would run these fixers:', ...run.map((p) => `- ${p.profile.name}: \`${p.profile.fix ?? ''}\` in \`${p.profile.path}\``), ...missing];
    const text = plan.join('\n');
    return { ok: true, summary: text, plan: text, durationMs: Date.now() - started };
  }
  if (run.length === 0) {
    const summary = ['No fix commands ran: no failing profile has a `fix` command.', ...missing].join('\n');
    return { ok: true, summary, durationMs: Date.now() - started };
  }
  const outcomes: FixerOutcome[] = [];
  for (const pick of run) {
    input.log.info(`fix-commands: running the fixer of ${pick.profile.name} (${pick.reason})`);
    outcomes.push(await runFixer(input, pick.profile));
  }
  const summary = ['Ran the deterministic fixers of the test profiles (no model):', ...outcomes.map((o) => o.line), ...missing].join('\n');
  const startFailures = outcomes.filter((o) => o.startFailure !== undefined).map((o) => o.startFailure);
  if (startFailures.length > 0) {
    return { ok: false, summary, error: startFailures.join('\n'), durationMs: Date.now() - started };
  }
  return { ok: true, summary, durationMs: Date.now() - started };
}

export function fixCommandsEngine(): Engine {
  return {
    name: 'fix-commands',
    async preflight(): Promise<void> {
      // no binary and no key: the fixers are the repo's own tools, checked when they run
    },
    run: runFixCommands,
  };
}
