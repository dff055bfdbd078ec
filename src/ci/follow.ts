import type { DroidConfig } from '../config/types.js';
import type { CiJob, CiStatus } from '../platform/types.js';
import type { ProgressComment } from '../report/progress.js';
import { summarizeText } from '../profiles/summary/index.js';
import type { CiOutcome, RunContext } from '../run/types.js';
import { describeError } from '../util/errors.js';

/**
 * Follows the CI of a pushed SHA (PRODUCT.md §1.8): polls check runs/statuses or the pipeline with
 * backoff until done or ci.timeout_minutes, then fetches and summarises the failed jobs' logs.
 * A CI that never reports (no workflow started) ends as 'skipped' after a grace period, with the reason.
 */
/**
 * Test-only knob: `DROID_CI_POLL_SCALE` (a number in (0, 1]) multiplies the poll waits and the grace
 * period, so an end-to-end test of the bundled action follows CI in milliseconds. Unset or out of
 * range: the production waits below. ci.timeout_minutes is never scaled.
 */
const POLL_SCALE = ((value: number) => (Number.isFinite(value) && value > 0 && value <= 1 ? value : 1))(Number(process.env.DROID_CI_POLL_SCALE || '1'));
const FIRST_WAIT_MS = 5_000 * POLL_SCALE;
const MAX_WAIT_MS = 60_000 * POLL_SCALE;
/** how long "nothing reported yet" is waited for before concluding that no CI runs for this push */
const EMPTY_GRACE_MS = 3 * 60_000 * POLL_SCALE;
const MAX_LOGS = 5;

export async function followCi(sha: string, config: DroidConfig, deps: RunContext, progress: ProgressComment): Promise<CiOutcome> {
  const { forge, settings: options } = deps;
  await progress.step('ci', 'running', `waiting for CI on ${sha.slice(0, 12)}`);
  const deadline = Date.now() + config.ci.timeout_minutes * 60_000;
  const started = Date.now();
  let wait = FIRST_WAIT_MS;
  let status: CiStatus | undefined;
  for (;;) {
    try {
      status = await forge.ciStatus(sha, { ignoreJobNames: options.ownJobNames });
    } catch (error) {
      deps.log.warn(`could not read CI status: ${describeError(error)}`);
      status = undefined;
    }
    if (status && status.state !== 'pending' && !status.empty) break;
    if (status?.empty && Date.now() - started > EMPTY_GRACE_MS) {
      const why = options.pushNotice?.noCi ?? 'no CI reported for this commit';
      await progress.step('ci', 'skipped', why);
      return { state: 'skipped', failedJobs: [] };
    }
    if (Date.now() + wait > deadline) {
      await progress.step('ci', 'failed', `still running after ${config.ci.timeout_minutes} min (ci.timeout_minutes)`);
      return { state: 'timed-out', failedJobs: [] };
    }
    await new Promise((resolve) => setTimeout(resolve, wait));
    wait = Math.min(wait * 2, MAX_WAIT_MS);
  }
  deps.audit.record({ stage: 'ci', action: 'ci.status', outcome: status.state === 'success' ? 'ok' : 'fail', detail: { sha, state: status.state, jobs: status.jobs.length } });
  if (status.state === 'success') {
    await progress.step('ci', 'done', 'CI passed');
    return { state: 'success', failedJobs: [] };
  }
  const failedJobs = await summariseFailedJobs(status.jobs, deps);
  await progress.step('ci', 'failed', `CI failed: ${failedJobs.map((j) => j.name).join(', ') || 'see the checks'}`);
  for (const job of failedJobs) progress.notice(`CI job **${job.name}** failed:\n${job.summary.split('\n').slice(0, 12).join('\n')}`);
  return { state: 'failure', failedJobs };
}

export async function summariseFailedJobs(jobs: CiJob[], deps: Pick<RunContext, 'forge' | 'audit' | 'redactor'>): Promise<{ name: string; url: string; summary: string }[]> {
  const failed = jobs.filter((j) => j.state === 'failure');
  const out: { name: string; url: string; summary: string }[] = [];
  for (const job of failed.slice(0, MAX_LOGS)) {
    let summary = 'log not available';
    if (job.logAvailable) {
      try {
        const log = await deps.forge.jobLog(job);
        summary = summarizeText(log, {}).text;
      } catch (error) {
        summary = `log not available: ${describeError(error)}`;
      }
    }
    deps.audit.record({ stage: 'ci', action: 'ci.job-log', outcome: 'ok', detail: { job: job.name } });
    out.push({ name: job.name, url: job.url, summary: deps.redactor.redact(summary) });
  }
  return out;
}
