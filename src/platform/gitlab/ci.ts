import { stripAnsi } from '../../util/text.js';
import type { CiJob, CiStatus } from '../types.js';
import type { GitLabContext } from './context.js';
import { jobState, pipelineState } from './mapping.js';

/** The pipelines of a commit (the newest per ref), their jobs, and a job's log as text. */
export async function ciStatus(ctx: GitLabContext, sha: string, opts: { ignoreJobNames?: string[] } = {}): Promise<CiStatus> {
  const { client, projectRef } = ctx;
  const ignore = new Set(opts.ignoreJobNames ?? []);
  const pipelines = await client.pipelinesForSha(projectRef, sha);
  // the newest pipeline per ref: a retried or re-run pipeline replaces the older one for the same ref
  const latest = new Map<string, (typeof pipelines)[number]>();
  for (const p of pipelines) if (!latest.has(p.ref) || latest.get(p.ref)!.id < p.id) latest.set(p.ref, p);
  const jobs: CiJob[] = [];
  const states = new Set<string>();
  for (const p of latest.values()) {
    const all = await client.pipelineJobs(projectRef, p.id);
    const pipelineJobs = all.filter((j) => !ignore.has(j.name));
    // no jobs listed yet: the pipeline's own status says it all; only our own jobs: not a CI result
    if (all.length === 0) states.add(pipelineState(p.status));
    if (pipelineJobs.length === 0) continue;
    for (const j of pipelineJobs) {
      const state = jobState(j.status, j.allow_failure ?? false);
      states.add(state);
      jobs.push({ id: j.id, name: j.name, state, url: j.web_url, logAvailable: j.status !== 'created' && j.status !== 'skipped' && j.status !== 'manual' });
    }
  }
  const state = states.has('failure') ? 'failure' : states.has('pending') ? 'pending' : 'success';
  // nothing but our own jobs (or no pipeline at all): no CI result for this SHA yet
  const empty = states.size === 0;
  return { state: empty ? 'pending' : state, jobs, empty };
}

export async function jobLog(ctx: GitLabContext, job: CiJob): Promise<string> {
  return cleanTrace(await ctx.client.jobTrace(ctx.projectRef, job.id));
}

/** GitLab job traces carry ANSI colours and collapsible-section markers; the summariser wants text. */
export function cleanTrace(trace: string): string {
  return stripAnsi(trace.replace(/\r\n/g, '\n'))
    .replace(/section_(?:start|end):\d+:[A-Za-z0-9_.-]+(?:\[[^\]]*\])?\r?/g, '')
    .replace(/^.*\r(?!\n)/gm, '');
}
