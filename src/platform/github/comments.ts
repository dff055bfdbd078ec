/**
 * Comments on an issue or PR, idempotent by a hidden marker: update the comment that holds it, else
 * create one. Only comments that the droid's own account wrote (identity.ts) are ever edited, so
 * someone who pastes the marker into their own comment cannot get it overwritten (PRODUCT.md §10).
 * After an uncertain failure of the create (5xx, network) the comment is looked for again, twice with
 * a pause between (GitHub's list can lag behind a create that did succeed), before a second create.
 */
import type { CommentRef, CommentTarget, CommentText } from '../types.js';
import { call, errorDetail, platformError, statusOf } from './client.js';
import { isUncertain, sleep, type GitHubContext } from './context.js';
import { sameLogin } from './identity.js';
import { fitText, GITHUB_LIMITS } from '../limits.js';

interface CommentLike {
  id: number;
  html_url: string;
  body?: string | undefined;
  user: { login: string; type: string } | null;
}

/** look-ups after an uncertain create, before it is tried again */
const LOOKUPS_AFTER_UNCERTAIN = 2;

async function findComment(ctx: GitHubContext, number: number, marker: string): Promise<CommentLike | undefined> {
  const self = await ctx.self();
  if (!self) return undefined;
  const comments = await ctx.octokit.paginate(ctx.octokit.rest.issues.listComments, { owner: ctx.owner, repo: ctx.repo, issue_number: number, per_page: 100 });
  return comments.filter((c) => (c.body ?? '').includes(marker) && sameLogin(c.user?.login, self)).at(-1);
}

async function updateComment(ctx: GitHubContext, id: number, body: string): Promise<CommentLike> {
  const { data } = await ctx.octokit.rest.issues.updateComment({ owner: ctx.owner, repo: ctx.repo, comment_id: id, body });
  return data;
}

/** The comment an uncertain create may have made, looked for more than once. */
async function findAfterUncertain(ctx: GitHubContext, number: number, marker: string, attempt: number): Promise<CommentLike | undefined> {
  for (let lookup = 1; lookup <= LOOKUPS_AFTER_UNCERTAIN; lookup += 1) {
    const found = await findComment(ctx, number, marker);
    if (found) return found;
    await sleep(ctx.waits.retryBaseMs * attempt * lookup);
  }
  return undefined;
}

async function createComment(ctx: GitHubContext, number: number, body: string, marker: string): Promise<CommentLike> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= ctx.waits.createAttempts; attempt += 1) {
    try {
      const { data } = await ctx.octokit.rest.issues.createComment({ owner: ctx.owner, repo: ctx.repo, issue_number: number, body, request: { retries: 0 } });
      return data;
    } catch (error) {
      lastError = error;
      if (!isUncertain(statusOf(error))) throw error;
      ctx.log.warn(`creating a comment on #${number} failed (${errorDetail(error)}); checking whether it was created before retrying`);
      // without a marker there is nothing to look for: a second create could duplicate, so stop here
      if (!marker) throw error;
      const created = await findAfterUncertain(ctx, number, marker, attempt);
      if (created) return created.body === body ? created : updateComment(ctx, created.id, body);
    }
  }
  throw platformError(lastError, `create comment on #${number}, ${ctx.waits.createAttempts} attempts`);
}

export async function upsertComment(ctx: GitHubContext, target: CommentTarget, body: string, marker: string, existing: CommentRef | undefined): Promise<CommentRef> {
  const text = fitText(marker && !body.includes(marker) ? `${body}\n\n${marker}` : body, GITHUB_LIMITS.comment, { keep: marker ? [marker] : [] });
  const ref = (c: CommentLike): CommentRef => ({ id: c.id, url: c.html_url, target });
  return call(`comment on #${target.number}`, async () => {
    if (existing) {
      try {
        return ref(await updateComment(ctx, existing.id, text));
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
        ctx.log.warn(`comment ${existing.id} is gone; posting a new one`);
      }
    }
    const found = marker ? await findComment(ctx, target.number, marker) : undefined;
    if (found) return ref(await updateComment(ctx, found.id, text));
    return ref(await createComment(ctx, target.number, text, marker));
  });
}

/** The droid's own latest comment holding `marker`, as it reads now (edits by people included). */
export async function findOwnComment(ctx: GitHubContext, target: CommentTarget, marker: string): Promise<CommentText | undefined> {
  return call(`comments on #${target.number}`, async () => {
    const found = await findComment(ctx, target.number, marker);
    return found ? { id: found.id, url: found.html_url, body: found.body ?? '' } : undefined;
  });
}
