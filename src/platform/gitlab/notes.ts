import type { CommentRef, CommentTarget, CommentText } from '../types.js';
import { fitText, GITLAB_LIMITS } from '../limits.js';
import { noteUrl, type GitLabContext } from './context.js';
import { GitLabApiError } from './http.js';
import type { GitLabNote } from './schemas.js';

/** The droid's notes on MRs and issues: found by marker among its own, edited in place, never doubled. */
async function findOwnNote(ctx: GitLabContext, target: CommentTarget, marker: string): Promise<GitLabNote | undefined> {
  const self = await ctx.currentUser();
  const notes = await ctx.client.notes(ctx.projectRef, target.kind, target.number);
  // only our own notes: anyone can paste a marker into a comment
  return notes.find((n) => !n.system && n.author.id === self.id && n.body.includes(marker));
}

/** `/droid approve`: the latest note on the thread that carries `marker` and that the droid's own user wrote */
export async function findOwnComment(ctx: GitLabContext, target: CommentTarget, marker: string): Promise<CommentText | undefined> {
  const self = await ctx.currentUser();
  const notes = await ctx.client.notes(ctx.projectRef, target.kind, target.number);
  const own = notes.filter((n) => !n.system && n.author.id === self.id && n.body.includes(marker)).at(-1);
  return own ? { id: own.id, url: noteUrl(ctx, target, own.id), body: own.body } : undefined;
}

/** After a create whose answer was lost: the list may lag behind it, so look twice, pausing between. */
async function findAfterLostCreate(ctx: GitLabContext, target: CommentTarget, marker: string): Promise<GitLabNote | undefined> {
  for (let lookup = 1; lookup <= 2; lookup += 1) {
    const found = await findOwnNote(ctx, target, marker);
    if (found) return found;
    await ctx.sleep(ctx.lookupPauseMs * lookup);
  }
  return undefined;
}

export async function upsertComment(ctx: GitLabContext, target: CommentTarget, body: string, marker: string, existing?: CommentRef): Promise<CommentRef> {
  const { client, projectRef } = ctx;
  const text = fitText(body.includes(marker) ? body : `${body}\n\n${marker}`, GITLAB_LIMITS.comment, { keep: marker ? [marker] : [] });
  const ref = (id: number): CommentRef => ({ id, url: noteUrl(ctx, target, id), target });
  const noteId = existing?.id ?? (await findOwnNote(ctx, target, marker))?.id;
  if (noteId !== undefined) {
    try {
      return ref((await client.editNote(projectRef, target.kind, target.number, noteId, text)).id);
    } catch (error) {
      if (!(error instanceof GitLabApiError && error.status === 404 && existing)) throw error;
      // the note was deleted: make a new one below
    }
  }
  try {
    return ref((await client.createNote(projectRef, target.kind, target.number, text)).id);
  } catch (error) {
    if (!(error instanceof GitLabApiError && error.maybeApplied)) throw error;
    ctx.log.warn(`${error.message}; looking for the comment before trying again`);
    const found = await findAfterLostCreate(ctx, target, marker);
    if (found) return ref((await client.editNote(projectRef, target.kind, target.number, found.id, text)).id);
    return ref((await client.createNote(projectRef, target.kind, target.number, text)).id);
  }
}
