/**
 * CI of a SHA on GitHub: check runs + commit statuses, mapped to our tri-state through the tables
 * below, and the log of an Actions job (bounded: head and tail kept).
 */
import type { CiJob, CiState, CiStatus } from '../types.js';
import { call, statusOf } from './client.js';
import type { GitHubContext } from './context.js';

/** check run `status` -> state; 'completed' is decided by the conclusion. */
export const checkRunStatusTable: Record<string, CiState | 'by-conclusion'> = {
  queued: 'pending',
  requested: 'pending',
  waiting: 'pending',
  pending: 'pending',
  in_progress: 'pending',
  completed: 'by-conclusion',
};

/** check run `conclusion` (when completed) -> state. */
export const checkRunConclusionTable: Record<string, CiState> = {
  success: 'success',
  neutral: 'success',
  skipped: 'success',
  failure: 'failure',
  timed_out: 'failure',
  cancelled: 'failure',
  action_required: 'failure',
  startup_failure: 'failure',
  stale: 'failure',
};

/** commit status `state` -> state. */
export const commitStatusTable: Record<string, CiState> = {
  pending: 'pending',
  success: 'success',
  failure: 'failure',
  error: 'failure',
};

export function checkRunState(status: string, conclusion: string | null): CiState {
  const byStatus = checkRunStatusTable[status] ?? 'pending';
  if (byStatus !== 'by-conclusion') return byStatus;
  return checkRunConclusionTable[conclusion ?? ''] ?? 'pending';
}

/** failure wins, then pending; nothing reported at all is pending */
export function combineStates(states: CiState[]): CiState {
  if (states.includes('failure')) return 'failure';
  if (states.length === 0 || states.includes('pending')) return 'pending';
  return 'success';
}

function ignored(name: string, patterns: string[]): boolean {
  return patterns.some((pattern) => {
    if (!pattern.includes('*')) return pattern === name;
    const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    return regex.test(name);
  });
}

export async function ciStatus(ctx: GitHubContext, sha: string, options: { ignoreJobNames?: string[] } = {}): Promise<CiStatus> {
  const ignore = options.ignoreJobNames ?? [];
  return call(`CI status of ${sha.slice(0, 12)}`, async () => {
    const runs = await ctx.octokit.paginate(ctx.octokit.rest.checks.listForRef, { owner: ctx.owner, repo: ctx.repo, ref: sha, filter: 'latest', per_page: 100 });
    const { data: combined } = await ctx.octokit.rest.repos.getCombinedStatusForRef({ owner: ctx.owner, repo: ctx.repo, ref: sha, per_page: 100 });
    const jobs: CiJob[] = [];
    for (const run of runs) {
      if (ignored(run.name, ignore)) continue;
      jobs.push({
        id: run.id,
        name: run.name,
        state: checkRunState(run.status, run.conclusion),
        url: run.html_url ?? run.details_url ?? '',
        logAvailable: run.app?.slug === 'github-actions',
      });
    }
    for (const status of combined.statuses) {
      if (ignored(status.context, ignore)) continue;
      jobs.push({ id: status.id, name: status.context, state: commitStatusTable[status.state] ?? 'pending', url: status.target_url ?? '', logAvailable: false });
    }
    return { state: combineStates(jobs.map((j) => j.state)), jobs, empty: jobs.length === 0 };
  });
}

const HEAD_BYTES = 64 * 1024;

/** Reads a stream keeping the first HEAD_BYTES and the last (max - HEAD_BYTES) bytes. */
async function readBounded(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<string> {
  const headLimit = Math.min(HEAD_BYTES, Math.floor(maxBytes / 2));
  const tailLimit = maxBytes - headLimit;
  const head: Uint8Array[] = [];
  let headSize = 0;
  let tail: Uint8Array[] = [];
  let tailSize = 0;
  let dropped = 0;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    let rest = chunk;
    if (headSize < headLimit) {
      const take = rest.subarray(0, headLimit - headSize);
      head.push(take);
      headSize += take.length;
      rest = rest.subarray(take.length);
    }
    if (rest.length === 0) continue;
    tail.push(rest);
    tailSize += rest.length;
    while (tailSize > tailLimit && tail.length > 0) {
      const first = tail[0] as Uint8Array;
      const excess = tailSize - tailLimit;
      if (first.length <= excess) {
        tail.shift();
        tailSize -= first.length;
        dropped += first.length;
      } else {
        tail[0] = first.subarray(excess);
        tailSize -= excess;
        dropped += excess;
      }
    }
    if (tail.length > 64) tail = [Buffer.concat(tail)];
  }
  const decode = (parts: Uint8Array[]): string => Buffer.concat(parts).toString('utf8');
  return dropped > 0 ? `${decode(head)}\n… [${dropped} bytes of log elided] …\n${decode(tail)}` : decode([...head, ...tail]);
}

export async function jobLog(ctx: GitHubContext, job: CiJob, maxBytes: number): Promise<string> {
  if (!job.logAvailable) {
    ctx.log.debug(`no downloadable log for ${job.name} (not a GitHub Actions job)`);
    return '';
  }
  return call(`log of job ${job.name}`, async () => {
    try {
      const response = await ctx.octokit.rest.actions.downloadJobLogsForWorkflowRun({
        owner: ctx.owner,
        repo: ctx.repo,
        job_id: job.id,
        request: { parseSuccessResponseBody: false },
      });
      const data: unknown = response.data;
      if (data && typeof data === 'object' && Symbol.asyncIterator in data) return readBounded(data as ReadableStream<Uint8Array>, maxBytes);
      return typeof data === 'string' ? data.slice(-maxBytes) : '';
    } catch (error) {
      const status = statusOf(error);
      if (status === 404 || status === 410) {
        ctx.log.warn(`the log of ${job.name} is no longer available (${status})`);
        return '';
      }
      throw error;
    }
  });
}
