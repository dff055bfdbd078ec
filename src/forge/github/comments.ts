/**
 * Comments on an issue or PR, idempotent by a hidden marker: update the comment that holds it, else
 * create one; after an uncertain failure of the create, look for the marker again before retrying.
 * Only comments written by a bot (or by `commentAuthor`) are ever edited, so a user who pastes the
 * marker into their own comment cannot get it overwritten.
 */
import type { CommentRef, CommentTarget } from '../types.js';
import { call, errorDetail, platformError, statusOf } from './client.js';
import { isUncertain, sleep, type GitHubContext } from './context.js';

export interface CommentOptions {
  /** login whose comments may be edited besides bot accounts (a PAT's user) */
  commentAuthor?: string | undefined;
}

interface CommentLike {
  id: number;
  html_url: string;
  body?: string | undefined;
  user: { login: string; type: string } | null;
}

function ownedBy(comment: CommentLike, options: CommentOptions): boolean {
  if (!comment.user) return false;
  if (options.commentAuthor && comment.user.login.toLowerCase() === options.commentAuthor.toLowerCase()) return true;
  return comment.user.type === 'Bot';
}

async function findComment(ctx: GitHubContext, number: number, marker: string, options: CommentOptions): Promise<CommentLike | undefined> {
  const comments = await ctx.octokit.paginate(ctx.octokit.rest.issues.listComments, { owner: ctx.owner, repo: ctx.repo, issue_number: number, per_page: 100 });
  return comments.filter((c) => (c.body ?? '').includes(marker) && ownedBy(c, options)).at(-1);
}

async function updateComment(ctx: GitHubContext, id: number, body: string): Promise<CommentLike> {
  const { data } = await ctx.octokit.rest.issues.updateComment({ owner: ctx.owner, repo: ctx.repo, comment_id: id, body });
  return data;
}

async function createComment(ctx: GitHubContext, number: number, body: string, marker: string, options: CommentOptions): Promise<CommentLike> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= ctx.waits.createAttempts; attempt += 1) {
    try {
      const { data } = await ctx.octokit.rest.issues.createComment({ owner: ctx.owner, repo: ctx.repo, issue_number: number, body, request: { retries: 0 } });
      return data;
    } catch (error) {
      lastError = error;
      if (!isUncertain(statusOf(error))) throw error;
      ctx.log.warn(`creating a comment on #${number} failed (${errorDetail(error)}); checking whether it was created before retrying`);
      const created = await findComment(ctx, number, marker, options);
      if (created) return created.body === body ? created : updateComment(ctx, created.id, body);
      await sleep(ctx.waits.retryBaseMs * attempt * attempt);
    }
  }
  throw platformError(lastError, `create comment on #${number}, ${ctx.waits.createAttempts} attempts`);
}

export async function upsertComment(
  ctx: GitHubContext,
  target: CommentTarget,
  body: string,
  marker: string,
  existing: CommentRef | undefined,
  options: CommentOptions,
): Promise<CommentRef> {
  const text = marker && !body.includes(marker) ? `${body}\n\n${marker}` : body;
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
    const found = marker ? await findComment(ctx, target.number, marker, options) : undefined;
    if (found) return ref(await updateComment(ctx, found.id, text));
    return ref(await createComment(ctx, target.number, text, marker, options));
  });
}
