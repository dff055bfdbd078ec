import type { ChangeRequest, ChangeRequestQuery, ChangeRequestSpec, UpsertResult } from '../types.js';
import { fitText, fitTitle, GITLAB_LIMITS } from '../limits.js';
import type { MergeRequestFields } from './client.js';
import { GITLAB_USERNAME, type GitLabContext } from './context.js';
import { GitLabApiError } from './http.js';
import { changeState, draftTitle, isDraftTitle, stripDraft } from './mapping.js';
import type { GitLabMergeRequest, GitLabUser } from './schemas.js';

/** The droid's merge requests: found by branch or by marker, created once, updated keeping what people added. */
export function toChange(mr: GitLabMergeRequest): ChangeRequest {
  return {
    number: mr.iid,
    url: mr.web_url,
    sourceBranch: mr.source_branch,
    targetBranch: mr.target_branch,
    title: stripDraft(mr.title),
    body: mr.description ?? '',
    draft: mr.draft ?? mr.work_in_progress ?? isDraftTitle(mr.title),
    state: changeState(mr.state),
    headSha: mr.sha ?? '',
    author: mr.author.username,
    labels: mr.labels?.map((l) => (typeof l === 'string' ? l : l.name)),
  };
}

/** the MR's source branch is in this project (source_branch= also lists MRs from forks with that branch name) */
function fromHere(mr: GitLabMergeRequest): boolean {
  return mr.source_project_id !== undefined && mr.target_project_id !== undefined && mr.source_project_id === mr.target_project_id;
}

/**
 * A marker is anyone's to type: an MR carrying one is the droid's only when its source branch is a
 * droid branch of this project, or the token's own user opened it (PRODUCT.md §10).
 */
function trusted(mr: GitLabMergeRequest, self: GitLabUser, branchPrefix: string | undefined): boolean {
  if (mr.author.id === self.id) return true;
  return fromHere(mr) && branchPrefix !== undefined && mr.source_branch.startsWith(branchPrefix);
}

export async function findChangeRequest(ctx: GitLabContext, query: ChangeRequestQuery): Promise<ChangeRequest | undefined> {
  const { client, projectRef } = ctx;
  if (query.sourceBranch) {
    const mr = (await client.openMergeRequestsBySource(projectRef, query.sourceBranch)).find(fromHere);
    if (mr) return toChange(mr);
  }
  if (query.marker) {
    const marker = query.marker;
    const self = await ctx.currentUser();
    const term = marker.replace(/^<!--\s*|\s*-->$/g, '');
    const found = (await client.openMergeRequestsSearch(projectRef, term)).find(
      (mr) => (mr.description ?? '').includes(marker) && trusted(mr, self, query.branchPrefix),
    );
    if (found) return toChange(found);
  }
  return undefined;
}

async function resolveReviewers(ctx: GitLabContext, usernames: string[], warnings: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of new Set(usernames.map((u) => u.replace(/^@/, '')))) {
    if (!GITLAB_USERNAME.test(name)) {
      warnings.push(`reviewer "${name}" is not a valid GitLab username; skipped`);
      continue;
    }
    const id = await ctx.userIdFor(name);
    if (id === undefined) warnings.push(`reviewer @${name} is not a GitLab user; skipped`);
    else ids.push(id);
  }
  return ids;
}

/** within GitLab's 1,000,000 characters, the droid's markers kept */
function fitBody(body: string): string {
  return fitText(body, GITLAB_LIMITS.body, { keep: [...new Set(body.match(/<!-- droid:[^>\n]{0,200}-->/g) ?? [])] });
}

export async function upsertChangeRequest(ctx: GitLabContext, spec: ChangeRequestSpec, existing?: ChangeRequest): Promise<UpsertResult> {
  const { client, projectRef } = ctx;
  const warnings: string[] = [];
  if (spec.teamReviewers.length > 0) {
    warnings.push(`team reviewers (${spec.teamReviewers.join(', ')}) are a GitHub feature; GitLab ignores them`);
  }
  const reviewerIds = await resolveReviewers(ctx, spec.reviewers, warnings);
  const title = fitTitle(draftTitle(spec.title, spec.draft), GITLAB_LIMITS.title);
  spec = { ...spec, body: fitBody(spec.body) };
  const current = existing ?? (await findChangeRequest(ctx, { sourceBranch: spec.sourceBranch }));
  if (current) {
    return { action: 'updated', change: await update(ctx, current.number, spec, title, reviewerIds), warnings };
  }
  const fields = {
    description: spec.body,
    labels: spec.labels.join(','),
    ...(reviewerIds.length > 0 ? { reviewerIds } : {}),
    removeSourceBranch: true,
  };
  try {
    const mr = await client.createMergeRequest(projectRef, spec.sourceBranch, spec.targetBranch, title, fields);
    return { action: 'created', change: toChange(mr), warnings };
  } catch (error) {
    // 409: "Another open merge request already exists for this source branch" (a race, or our own earlier POST)
    const lost = error instanceof GitLabApiError && (error.maybeApplied || error.status === 409);
    if (!lost) throw error;
    ctx.log.warn(`${error.message}; looking the merge request up by its branch before trying again`);
    const found = await findChangeRequest(ctx, { sourceBranch: spec.sourceBranch });
    // found after a 409: someone else's run made it (updated); after a lost answer: ours (created)
    if (found) return { action: error.status === 409 ? 'updated' : 'created', change: await update(ctx, found.number, spec, title, reviewerIds), warnings };
    if (error.status === 409) throw error;
    const mr = await client.createMergeRequest(projectRef, spec.sourceBranch, spec.targetBranch, title, fields);
    return { action: 'created', change: toChange(mr), warnings };
  }
}

async function update(ctx: GitLabContext, iid: number, spec: ChangeRequestSpec, title: string, reviewerIds: number[]): Promise<ChangeRequest> {
  const { client, projectRef } = ctx;
  const before = await client.mergeRequest(projectRef, iid);
  // keep reviewers and labels that people added by hand: reviewer_ids replaces the set, add_labels does not
  const keep = (before.reviewers ?? []).map((r) => r.id);
  const fields: MergeRequestFields = {
    title,
    description: spec.body,
    targetBranch: spec.targetBranch,
    ...(spec.labels.length > 0 ? { addLabels: spec.labels.join(',') } : {}),
    ...(reviewerIds.length > 0 ? { reviewerIds: [...new Set([...keep, ...reviewerIds])] } : {}),
  };
  return toChange(await client.editMergeRequest(projectRef, iid, fields));
}
