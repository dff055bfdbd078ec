import type { DroidConfig } from '../config/types.js';
import type { ProfileResult } from '../profiles/types.js';
import { summarizeText } from '../profiles/summary/index.js';
import type { RunContext, WorkBranch } from '../run/types.js';
import type { Request } from '../trigger/request.js';

/**
 * Context for `ci-fix` (PRODUCT.md §1.8): the failed jobs of the branch head, summarised as pseudo
 * profile results for the prompt, and the attempt bound counted from commit trailers, so a red CI
 * cannot make the droid loop forever.
 */
export async function ciFixContext(
  _request: Request,
  config: DroidConfig,
  ws: WorkBranch,
  deps: RunContext,
): Promise<{ stop?: string; results: ProfileResult[] }> {
  const attempts = await deps.git.countTrailer(`${ws.baseSha}..${ws.startSha}`, 'Droid-Command', 'ci-fix');
  if (attempts >= config.ci.max_fix_attempts) {
    return { stop: `ci-fix already tried ${attempts} time(s) on this branch (ci.max_fix_attempts: ${config.ci.max_fix_attempts}); a human should look.`, results: [] };
  }
  const status = await deps.forge.ciStatus(ws.startSha, { ignoreJobNames: deps.settings.ownJobNames });
  const failed = status.jobs.filter((j) => j.state === 'failure');
  if (status.state !== 'failure' || failed.length === 0) {
    return { stop: `CI is not failing on ${ws.startSha.slice(0, 12)} (state: ${status.empty ? 'nothing reported' : status.state}); nothing to fix.`, results: [] };
  }
  const results: ProfileResult[] = [];
  for (const job of failed.slice(0, 5)) {
    const log = job.logAvailable ? await deps.forge.jobLog(job).catch(() => '') : '';
    const summary = summarizeText(log, {});
    results.push({
      name: `ci: ${job.name}`,
      command: `(CI job ${job.url})`,
      path: '.',
      exitCode: 1,
      signal: null,
      timedOut: false,
      durationMs: 0,
      output: '',
      summary: { ...summary, kind: summary.kind === 'all-pass' ? 'infra-error' : summary.kind, text: deps.redactor.redact(summary.text) },
    });
  }
  deps.audit.record({ stage: 'ci', action: 'ci.failed-jobs', outcome: 'ok', detail: { count: results.length, attempt: attempts + 1 } });
  return { results };
}
