/** Check runs and commit statuses of a ref, Actions jobs and the job log download (302 to a blob URL). */
import { notFound, paginate, type Handler, type HandlerContext } from './reply.js';
import { repoJson } from './shapes.js';
import type { FakeCheckRun, FakeJob, FakeStatus } from './state.js';

function checkRunJson(run: FakeCheckRun, ctx: HandlerContext): Record<string, unknown> {
  const fullName = `${ctx.state.owner}/${ctx.state.repo}`;
  const done = run.status === 'completed';
  return {
    id: run.id,
    node_id: `CR_${run.id}`,
    head_sha: run.head_sha,
    name: run.name,
    external_id: String(run.id),
    url: `${ctx.baseUrl}/repos/${fullName}/check-runs/${run.id}`,
    html_url: `${ctx.baseUrl}/${fullName}/runs/${run.id}`,
    details_url: `${ctx.baseUrl}/${fullName}/actions/runs/1/job/${run.id}`,
    status: run.status,
    conclusion: done ? run.conclusion : null,
    started_at: '2026-01-01T00:00:00Z',
    completed_at: done ? '2026-01-01T00:01:00Z' : null,
    output: { title: null, summary: null, text: null, annotations_count: 0, annotations_url: `${ctx.baseUrl}/annotations` },
    check_suite: { id: 1 },
    app: { id: 15368, slug: run.app_slug, name: run.app_slug, node_id: 'A_1', client_id: 'Iv1', owner: null, description: null, external_url: `${ctx.baseUrl}/apps/${run.app_slug}`, html_url: `${ctx.baseUrl}/apps/${run.app_slug}`, created_at: '2020-01-01T00:00:00Z', updated_at: '2020-01-01T00:00:00Z', permissions: {}, events: [] },
    pull_requests: [],
  };
}

function statusJson(status: FakeStatus, ctx: HandlerContext): Record<string, unknown> {
  return {
    id: status.id,
    node_id: `S_${status.id}`,
    state: status.state,
    context: status.context,
    description: status.description,
    target_url: status.target_url,
    avatar_url: null,
    url: `${ctx.baseUrl}/statuses/${status.id}`,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    required: false,
  };
}

function jobJson(job: FakeJob, ctx: HandlerContext): Record<string, unknown> {
  const fullName = `${ctx.state.owner}/${ctx.state.repo}`;
  return {
    id: job.id,
    node_id: `J_${job.id}`,
    run_id: job.run_id,
    run_url: `${ctx.baseUrl}/repos/${fullName}/actions/runs/${job.run_id}`,
    head_sha: job.head_sha,
    head_branch: 'main',
    workflow_name: 'CI',
    name: job.name,
    url: `${ctx.baseUrl}/repos/${fullName}/actions/jobs/${job.id}`,
    html_url: `${ctx.baseUrl}/${fullName}/actions/runs/${job.run_id}/job/${job.id}`,
    status: job.status,
    conclusion: job.conclusion,
    started_at: '2026-01-01T00:00:00Z',
    completed_at: job.status === 'completed' ? '2026-01-01T00:01:00Z' : null,
    check_run_url: `${ctx.baseUrl}/repos/${fullName}/check-runs/${job.id}`,
    labels: ['ubuntu-latest'],
    runner_id: 1,
    runner_name: 'runner',
    runner_group_id: 1,
    runner_group_name: 'default',
    created_at: '2026-01-01T00:00:00Z',
  };
}

const checkRunsForRef: Handler = (ctx) => {
  const ref = ctx.params.ref ?? '';
  let runs = ctx.state.checkRuns.filter((r) => r.head_sha === ref);
  if (typeof ctx.query.check_name === 'string') runs = runs.filter((r) => r.name === ctx.query.check_name);
  const path = `/repos/${ctx.state.owner}/${ctx.state.repo}/commits/${ref}/check-runs`;
  const { page, headers } = paginate(ctx, path, runs);
  return { status: 200, body: { total_count: runs.length, check_runs: page.map((r) => checkRunJson(r, ctx)) }, headers };
};

function combinedState(statuses: FakeStatus[]): 'failure' | 'pending' | 'success' {
  if (statuses.some((s) => s.state === 'failure' || s.state === 'error')) return 'failure';
  if (statuses.length === 0 || statuses.some((s) => s.state === 'pending')) return 'pending';
  return 'success';
}

const combinedStatus: Handler = (ctx) => {
  const ref = ctx.params.ref ?? '';
  const latest = new Map<string, FakeStatus>();
  for (const status of ctx.state.statuses.filter((s) => s.sha === ref)) latest.set(status.context, status);
  const statuses = [...latest.values()];
  const fullName = `${ctx.state.owner}/${ctx.state.repo}`;
  return {
    status: 200,
    body: {
      state: combinedState(statuses),
      statuses: statuses.map((s) => statusJson(s, ctx)),
      sha: ref,
      total_count: statuses.length,
      repository: { ...repoJson(ctx.state, ctx.baseUrl) },
      commit_url: `${ctx.baseUrl}/repos/${fullName}/commits/${ref}`,
      url: `${ctx.baseUrl}/repos/${fullName}/commits/${ref}/status`,
    },
  };
};

const getJob: Handler = (ctx) => {
  const job = ctx.state.jobs.find((j) => j.id === Number(ctx.params.job_id));
  return job ? { status: 200, body: jobJson(job, ctx) } : notFound();
};

const listJobs: Handler = (ctx) => {
  const jobs = ctx.state.jobs.filter((j) => j.run_id === Number(ctx.params.run_id));
  return { status: 200, body: { total_count: jobs.length, jobs: jobs.map((j) => jobJson(j, ctx)) } };
};

const downloadJobLog: Handler = (ctx) => {
  const job = ctx.state.jobs.find((j) => j.id === Number(ctx.params.job_id));
  if (!job) return notFound();
  return { status: 302, headers: { location: `${ctx.baseUrl}/_blobs/job-logs/${job.id}?sig=fake` } };
};

export const ciHandlers: Record<string, Handler> = {
  'checks/list-for-ref': checkRunsForRef,
  'repos/get-combined-status-for-ref': combinedStatus,
  'actions/get-job-for-workflow-run': getJob,
  'actions/list-jobs-for-workflow-run': listJobs,
  'actions/download-job-logs-for-workflow-run': downloadJobLog,
};
