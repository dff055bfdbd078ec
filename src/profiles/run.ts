/**
 * Runs test profiles (PRODUCT.md §3): each `command` through /bin/sh in its `path`, with a scrubbed
 * environment and `timeout_seconds` (the whole process tree is killed at the limit), independent
 * profiles in parallel up to a limit; output streams into the failure summarizer, a JUnit report
 * is read when the profile names one. Results come back in config order whatever the finish order.
 */
import { availableParallelism } from 'node:os';
import type { TestProfile } from '../config/types.js';
import { runProcess, shellArgv, type RunResult } from '../util/exec.js';
import type { Logger } from '../util/log.js';
import type { Sandbox } from '../sandbox/index.js';
import { scrubEnv, type ScrubOptions } from './env.js';
import { freshJunitReports } from './files.js';
import { resolveDirInside } from '../util/validate.js';
import { CappedFeed, DEFAULT_SUMMARIZE_BYTES } from './feed.js';
import { rerunCommand } from './rerun.js';
import { createSummarizer, MAX_JUNIT_BYTES, readJunitReports, type SummarizeOptions } from './summary/index.js';
import { profilePassed, type FailureSummary, type ProfileResult } from './types.js';

export interface RunProfilesOptions {
  repoRoot: string;
  /** the base environment; each profile gets it scrubbed (env.ts) plus its own `env` */
  env: NodeJS.ProcessEnv;
  /** how many profiles run at the same time (`tests_concurrency`; default: the number of CPUs) */
  concurrency?: number | undefined;
  /** aborting kills every running profile's process tree; profiles not started yet are not run */
  signal?: AbortSignal | undefined;
  log: Logger;
  /** called as each profile finishes (finish order) */
  onResult?: ((result: ProfileResult) => void) | undefined;
  /** profile name -> tests that failed last round: re-run those first where the runner allows it */
  rerunFirst?: Map<string, string[]> | undefined;
  /** more names/values to scrub from the environment (e.g. the engine's key) */
  scrub?: ScrubOptions | undefined;
  /** bytes of output kept from the start and from the end (default 64 KiB each) */
  keepBytes?: number | undefined;
  /** SIGTERM -> SIGKILL grace at a timeout (default 2 s) */
  killGraceMs?: number | undefined;
  /** output bytes streamed into the summarizer before it only gets the last 256 KiB (default 16 MiB) */
  summarizeBytes?: number | undefined;
  /** run each profile as the sandbox account (PRODUCT.md §10) */
  sandbox?: Sandbox | undefined;
}

const TAIL_LINES = 30;
const TAIL_CHARS = 3000;
/** One profile per CPU the process may use (os.availableParallelism respects the affinity mask). */
export function defaultConcurrency(): number {
  return Math.max(1, availableParallelism());
}

export async function runProfiles(profiles: readonly TestProfile[], options: RunProfilesOptions): Promise<ProfileResult[]> {
  const limit = Math.max(1, Math.floor(options.concurrency ?? defaultConcurrency()));
  const results: ProfileResult[] = new Array<ProfileResult>(profiles.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < profiles.length) {
      const index = next++;
      const profile = profiles[index]!;
      const result = options.signal?.aborted
        ? infraResult(profile, 'not run: the run was cancelled before this profile started')
        : await runProfile(profile, options);
      results[index] = result;
      options.onResult?.(result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, profiles.length) }, worker));
  return results;
}

/** One profile: the failing tests of the last round first (when possible), then the full command. */
export async function runProfile(profile: TestProfile, options: RunProfilesOptions): Promise<ProfileResult> {
  const dir = await resolveDirInside(options.repoRoot, profile.path);
  if (typeof dir !== 'string') return infraResult(profile, dir.problem);
  const env = scrubEnv(options.env, profile.env, options.scrub);
  const rerun = rerunCommand(profile.command, options.rerunFirst?.get(profile.name) ?? []);
  if (rerun) {
    options.log.info(`${profile.name}: re-running ${rerun.count} test(s) that failed last round`);
    const first = await execute(profile, rerun.command, dir, env, options);
    if (!profilePassed(first) && first.summary.kind === 'test-failures') {
      const note = `Re-ran only the ${rerun.count} test(s) that failed last round; they still fail (the full suite was not run).`;
      return { ...first, summary: { ...first.summary, text: `${note}\n${first.summary.text}` } };
    }
  }
  return execute(profile, profile.command, dir, env, options);
}

async function execute(
  profile: TestProfile,
  command: string,
  dir: string,
  env: NodeJS.ProcessEnv,
  options: RunProfilesOptions,
): Promise<ProfileResult> {
  options.log.info(`▶ ${profile.name}: ${command} (in ${profile.path})`);
  const started = Date.now();
  // the summarizer reads these at end(): filled in once the process is done
  const facts: SummarizeOptions = {};
  const summarizer = createSummarizer(facts);
  let summarizerBroken = false;
  const feed = new CappedFeed((chunk) => {
    if (summarizerBroken) return;
    try {
      summarizer.write(chunk);
    } catch (error) {
      summarizerBroken = true;
      options.log.warn(`${profile.name}: the failure summarizer failed (${String(error)}); using the raw output`);
    }
  }, options.summarizeBytes ?? DEFAULT_SUMMARIZE_BYTES);
  const [file, args] = shellArgv(command);
  const run = await runProcess(file, args, {
    cwd: dir,
    env,
    timeoutMs: profile.timeout_seconds * 1000,
    signal: options.signal,
    keepBytes: options.keepBytes,
    killGraceMs: options.killGraceMs,
    onOutput: (chunk) => feed.push(chunk),
    jail: options.sandbox?.jail(),
  });
  feed.finish();
  facts.exitCode = run.exitCode;
  facts.timedOut = run.timedOut || run.aborted;
  if (run.spawnError) facts.spawnError = run.spawnError;
  if (profile.junit && !run.spawnError && !run.timedOut && !run.aborted) {
    const found = await freshJunitReports(options.repoRoot, dir, profile.junit, started, options.log, profile.name);
    const report = found && (await readJunitReports(found.files, found.bytes));
    if (report && 'tooLarge' in report) {
      options.log.warn(`${profile.name}: junit reports under ${profile.junit} hold ${report.bytes} bytes (limit ${MAX_JUNIT_BYTES}); using the text output`);
    } else if (report !== undefined) facts.junit = report;
  }
  let summary: FailureSummary;
  try {
    summary = summarizerBroken ? fallbackSummary(run) : summarizer.end();
  } catch {
    summary = fallbackSummary(run);
  }
  const result: ProfileResult = {
    name: profile.name,
    command,
    path: profile.path,
    exitCode: run.exitCode,
    signal: run.signal,
    timedOut: run.timedOut,
    durationMs: run.durationMs,
    output: run.output,
    summary: reconcile(summary, run, profile),
  };
  const counts = result.summary.kind === 'infra-error' ? 'infra error' : `${result.summary.passed} passed, ${result.summary.failed} failed`;
  options.log.info(`${profilePassed(result) ? '✔' : '✘'} ${profile.name}: ${counts} (${(run.durationMs / 1000).toFixed(1)} s)`);
  return result;
}

/** Puts what happened to the process first: timeouts, cancellation, start failures; and never calls a failed exit a pass. */
function reconcile(summary: FailureSummary, run: RunResult, profile: TestProfile): FailureSummary {
  const infra = (headline: string): FailureSummary => ({
    ...summary,
    kind: 'infra-error',
    text: summary.text ? `${headline}\n${summary.text}` : headline,
  });
  if (run.spawnError) return infra(`could not start /bin/sh in ${profile.path}: ${run.spawnError}`);
  if (run.aborted) return infra('cancelled; the process group was killed');
  if (run.timedOut) return infra(`timed out after ${profile.timeout_seconds} s; the process group was killed`);
  if (run.exitCode !== 0 && summary.kind === 'all-pass') {
    const how = run.exitCode === null ? `was killed by ${run.signal ?? 'a signal'}` : `exited with code ${run.exitCode}`;
    return infra(`the command ${how} although no failing test was found in its output`);
  }
  return summary;
}

function fallbackSummary(run: RunResult): FailureSummary {
  const passed = run.exitCode === 0;
  return {
    kind: passed ? 'all-pass' : 'infra-error',
    runner: 'unknown',
    failed: 0,
    passed: 0,
    failures: [],
    text: passed ? 'all passed' : tailLines(run.output),
  };
}

function infraResult(profile: TestProfile, text: string): ProfileResult {
  return {
    name: profile.name,
    command: profile.command,
    path: profile.path,
    exitCode: null,
    signal: null,
    timedOut: false,
    durationMs: 0,
    output: '',
    summary: { kind: 'infra-error', runner: 'unknown', failed: 0, passed: 0, failures: [], text },
  };
}

/** The last lines of the output, bounded in characters too (a line can be huge). */
function tailLines(output: string): string {
  const tail = output.trimEnd().split('\n').slice(-TAIL_LINES).join('\n');
  return tail.length <= TAIL_CHARS ? tail : `…${tail.slice(-TAIL_CHARS)}`;
}
