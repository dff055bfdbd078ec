/**
 * Pull requests: find (by head branch, else by hidden marker), get, and an idempotent create-or-update.
 * Creating is never blindly retried: after an uncertain failure the PR is looked up by branch first,
 * and a 422 "A pull request already exists" turns into find-and-update (peter-evans/create-pull-request).
 */
import type { ChangeRequest, ChangeRequestSpec, UpsertResult } from '../types.js';
import { DroidError } from '../../util/errors.js';
import { call, errorDetail, platformError, statusOf } from './client.js';
import { isUncertain, sleep, type GitHubContext } from './context.js';
import { sameLogin } from './identity.js';
import { applyLabels } from './labels.js';
import { fitText, fitTitle, GITHUB_LIMITS } from '../limits.js';
import { BODY_MARKER } from '../../report/body.js';
import { requestReviewers } from './reviewers.js';

/** The fields of a REST pull request (full or simple) that we read. */
interface PullLike {
  number: number;
  node_id: string;
  html_url: string;
  title: string;
  body: string | null;
  draft?: boolean | undefined;
  state: string;
  merged_at: string | null;
  user: { login: string } | null;
  head: { ref: string; sha: string; label?: string | undefined; repo?: { full_name: string } | null };
  base: { ref: string; repo?: { full_name: string } | null };
  labels?: { name?: string | undefined }[] | undefined;
}

export interface Pull {
  change: ChangeRequest;
  nodeId: string;
}

export function toPull(data: PullLike): Pull {
  const state: ChangeRequest['state'] = data.merged_at ? 'merged' : data.state === 'closed' ? 'closed' : 'open';
  return {
    nodeId: data.node_id,
    change: {
      number: data.number,
      url: data.html_url,
      sourceBranch: data.head.ref,
      targetBranch: data.base.ref,
      title: data.title,
      body: data.body ?? '',
      draft: data.draft === true,
      state,
      headSha: data.head.sha,
      author: data.user?.login ?? '',
      // a deleted fork has no head repo: still a fork
      fromFork: data.head.repo === null ? true : data.head.repo && data.base.repo ? data.head.repo.full_name.toLowerCase() !== data.base.repo.full_name.toLowerCase() : undefined,
      labels: data.labels?.map((l) => l.name ?? '').filter(Boolean),
    },
  };
}

const MAX_MARKER_PAGES = 10;

export async function findPullByBranch(ctx: GitHubContext, branch: string): Promise<Pull | undefined> {
  const { data } = await ctx.octokit.rest.pulls.list({ owner: ctx.owner, repo: ctx.repo, state: 'open', head: `${ctx.owner}:${branch}`, per_page: 10 });
  const match = data.find((p) => p.head.ref === branch);
  return match ? toPull(match) : undefined;
}

/**
 * A hidden marker is anyone's to type: a PR that carries one is the droid's only when its head is a
 * branch of this repository under the droid's branch prefix, or the droid's own account opened it
 * (PRODUCT.md §10). An outsider's fork PR with the marker in its body is never taken over.
 */
export function trustedPull(ctx: GitHubContext, pull: PullLike, self: string | undefined, branchPrefix: string | undefined): boolean {
  if (sameLogin(pull.user?.login, self)) return true;
  const here = `${ctx.owner}/${ctx.repo}`.toLowerCase();
  const headHere = !!pull.head.repo && pull.head.repo.full_name.toLowerCase() === here;
  return headHere && branchPrefix !== undefined && pull.head.ref.startsWith(branchPrefix);
}

async function findPullByMarker(ctx: GitHubContext, marker: string, branchPrefix: string | undefined): Promise<Pull | undefined> {
  const self = await ctx.self();
  let page = 0;
  for await (const response of ctx.octokit.paginate.iterator(ctx.octokit.rest.pulls.list, { owner: ctx.owner, repo: ctx.repo, state: 'open', per_page: 100 })) {
    const match = response.data.find((p) => (p.body ?? '').includes(marker) && trustedPull(ctx, p, self, branchPrefix));
    if (match) return toPull(match);
    page += 1;
    if (page >= MAX_MARKER_PAGES) break;
  }
  return undefined;
}

/** A PR whose head is `branch` of this repository's owner (what `pulls.list?head=owner:branch` matches). */
function headIs(ctx: GitHubContext, pull: PullLike, branch: string): boolean {
  return pull.head.ref === branch && (pull.head.label === undefined || pull.head.label.toLowerCase() === `${ctx.owner}:${branch}`.toLowerCase());
}

export async function findPull(ctx: GitHubContext, query: { sourceBranch?: string; marker?: string; branchPrefix?: string }): Promise<Pull | undefined> {
  return call('find pull request', async () => {
    if (query.sourceBranch && query.marker) {
      // one page of open PRs answers both questions when every open PR fits on it (most repositories)
      const first = await ctx.octokit.rest.pulls.list({ owner: ctx.owner, repo: ctx.repo, state: 'open', per_page: 100 });
      const byBranch = first.data.find((p) => headIs(ctx, p, query.sourceBranch!));
      if (byBranch) return toPull(byBranch);
      if (!/\brel="next"/.test(first.headers.link ?? '')) {
        const self = await ctx.self();
        const byMarker = first.data.find((p) => (p.body ?? '').includes(query.marker!) && trustedPull(ctx, p, self, query.branchPrefix));
        return byMarker ? toPull(byMarker) : undefined;
      }
      // more pages: the exact branch query, then the marker through every page
    }
    if (query.sourceBranch) {
      const byBranch = await findPullByBranch(ctx, query.sourceBranch);
      if (byBranch) return byBranch;
    }
    return query.marker ? findPullByMarker(ctx, query.marker, query.branchPrefix) : undefined;
  });
}

export async function getPull(ctx: GitHubContext, number: number): Promise<Pull> {
  return call(`get pull request #${number}`, async () => {
    const { data } = await ctx.octokit.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: number });
    return toPull(data);
  });
}

/** Closes a PR without merging it (doctor's probe PR). */
export async function closePull(ctx: GitHubContext, number: number): Promise<void> {
  await call(`close pull request #${number}`, () => ctx.octokit.rest.pulls.update({ owner: ctx.owner, repo: ctx.repo, pull_number: number, state: 'closed' }));
}

async function updatePull(ctx: GitHubContext, number: number, spec: ChangeRequestSpec): Promise<Pull> {
  return call(`update pull request #${number}`, async () => {
    const { data } = await ctx.octokit.rest.pulls.update({
      owner: ctx.owner,
      repo: ctx.repo,
      pull_number: number,
      title: fitTitle(spec.title, GITHUB_LIMITS.title),
      body: fitBody(spec.body),
      base: spec.targetBranch,
    });
    return toPull(data);
  });
}

/** The body within GitHub's limit, its markers kept (the PR body renderer trims first; this is the net). */
function fitBody(body: string): string {
  const markers = [BODY_MARKER, ...(body.match(/<!-- droid:[^>\n]{0,200}-->/g) ?? [])];
  return fitText(body, GITHUB_LIMITS.body, { keep: [...new Set(markers)] });
}

/** Creates the PR; on an uncertain failure looks it up by branch before trying again. */
async function createPull(ctx: GitHubContext, spec: ChangeRequestSpec): Promise<{ pull: Pull; action: 'created' | 'updated' }> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= ctx.waits.createAttempts; attempt += 1) {
    try {
      const { data } = await ctx.octokit.rest.pulls.create({
        owner: ctx.owner,
        repo: ctx.repo,
        head: spec.sourceBranch,
        base: spec.targetBranch,
        title: fitTitle(spec.title, GITHUB_LIMITS.title),
        body: fitBody(spec.body),
        draft: spec.draft,
        request: { retries: 0 },
      });
      return { pull: toPull(data), action: 'created' };
    } catch (error) {
      lastError = error;
      const status = statusOf(error);
      if (status === 422 && /already exists/i.test(errorDetail(error))) {
        ctx.log.info(`a pull request for ${spec.sourceBranch} already exists; updating it`);
        const existing = await findPull(ctx, { sourceBranch: spec.sourceBranch });
        if (!existing) throw platformError(error, 'create pull request (exists, but no open PR was found for the branch)');
        return { pull: await updatePull(ctx, existing.change.number, spec), action: 'updated' };
      }
      if (!isUncertain(status)) throw platformError(error, 'create pull request');
      ctx.log.warn(`creating the pull request failed (${errorDetail(error)}); checking whether it was created before retrying`);
      const created = await findPull(ctx, { sourceBranch: spec.sourceBranch });
      if (created) return { pull: created, action: 'created' };
      await sleep(ctx.waits.retryBaseMs * attempt * attempt);
    }
  }
  throw platformError(lastError, `create pull request, ${ctx.waits.createAttempts} attempts`);
}

const DRAFT_MUTATIONS = {
  draft: 'mutation($id: ID!) { convertPullRequestToDraft(input: { pullRequestId: $id }) { pullRequest { isDraft } } }',
  ready: 'mutation($id: ID!) { markPullRequestReadyForReview(input: { pullRequestId: $id }) { pullRequest { isDraft } } }',
};

/** REST cannot change the draft flag of an existing PR: GraphQL does. A failure is a warning. */
async function syncDraft(ctx: GitHubContext, pull: Pull, draft: boolean): Promise<string[]> {
  if (pull.change.draft === draft) return [];
  try {
    await ctx.octokit.graphql(draft ? DRAFT_MUTATIONS.draft : DRAFT_MUTATIONS.ready, { id: pull.nodeId });
    pull.change.draft = draft;
    return [];
  } catch (error) {
    const what = draft ? 'convert the pull request to a draft' : 'mark the pull request ready for review';
    ctx.log.warn(`could not ${what}: ${errorDetail(error)}`);
    return [`could not ${what}: ${errorDetail(error)}`];
  }
}

export interface UpsertOptions {
  /** never requested as a reviewer (the person who triggered the run) */
  actor?: string | undefined;
}

/**
 * `known`: the caller's own look-up of this very PR (or of none for the branch) moments ago, in this run:
 * used instead of asking GitHub again.
 */
export async function upsertPull(
  ctx: GitHubContext,
  spec: ChangeRequestSpec,
  existing: ChangeRequest | undefined,
  options: UpsertOptions,
  known?: { pull: Pull | undefined },
): Promise<UpsertResult> {
  if (!spec.sourceBranch || !spec.targetBranch) {
    throw new DroidError('internal', 'upsertChangeRequest needs a source and a target branch');
  }
  let found = known ? known.pull : existing ? await getPull(ctx, existing.number) : await findPull(ctx, { sourceBranch: spec.sourceBranch });
  if (found && found.change.state !== 'open') found = await findPull(ctx, { sourceBranch: spec.sourceBranch });
  const { pull, action } = found
    ? { pull: await updatePull(ctx, found.change.number, spec), action: 'updated' as const }
    : await createPull(ctx, spec);
  const warnings = [
    ...(await syncDraft(ctx, pull, spec.draft)),
    ...(await applyLabels(ctx, pull.change.number, spec.labels)),
    ...(await requestReviewers(ctx, pull.change, spec, { actor: options.actor, fresh: action === 'created' })),
  ];
  return { action, change: pull.change, warnings };
}
