import * as z from 'zod';
import type { GitLabForge } from '../forge.js';
import { GitLabApiError } from '../http.js';
import { decideGate } from '../../../gate/gate.js';
import type { Request } from '../../../trigger/request.js';
import { parseNote } from '../../../trigger/command-text.js';
import type { Logger } from '../../../util/log.js';
import { signVariables } from './signature.js';

/**
 * One GitLab "Note Hook" event -> at most one pipeline with the DROID_* variables
 * (PRODUCT.md §6 Relay). The HTTP side (token, size, dedupe) is in server.ts.
 */
const author = z.object({ id: z.number().int(), username: z.string() });

export const notePayload = z.object({
  object_kind: z.literal('note'),
  user: author,
  project: z.object({
    id: z.number().int(),
    path_with_namespace: z.string(),
    default_branch: z.string().nullish(),
    web_url: z.string().optional(),
  }),
  object_attributes: z.object({
    id: z.number().int(),
    note: z.string(),
    noteable_type: z.string(),
    system: z.boolean().nullish(),
    action: z.string().nullish(),
    url: z.string().nullish(),
  }),
  merge_request: z
    .object({ iid: z.number().int(), title: z.string(), description: z.string().nullish(), url: z.string().nullish() })
    .nullish(),
  issue: z.object({ iid: z.number().int(), title: z.string(), description: z.string().nullish(), url: z.string().nullish() }).nullish(),
});
export type NotePayload = z.infer<typeof notePayload>;

export type RelayOutcome =
  | { status: 'created'; pipelineId: number; pipelineUrl: string; ref: string }
  | { status: 'ignored'; reason: string };

export interface NoteContext {
  forge: GitLabForge;
  trigger: string;
  allowBots: string[];
  log: Logger;
  /** signs the DROID_* variables (the job checks them with DROID_RELAY_SECRET) */
  signingSecret: string;
}

/** GitLab keeps a variable's value within limits; a note is cut rather than refused. */
const MAX_VARIABLE = 10_000;

export async function relayNote(payload: NotePayload, ctx: NoteContext): Promise<RelayOutcome> {
  const attrs = payload.object_attributes;
  if (attrs.system) return { status: 'ignored', reason: 'system note' };
  if (attrs.action && attrs.action !== 'create') return { status: 'ignored', reason: `note ${attrs.action}d, not created` };
  const asked = parseNote(attrs.note, ctx.trigger);
  if (!asked) return { status: 'ignored', reason: `the note does not start with ${ctx.trigger}` };
  const onMr = attrs.noteable_type === 'MergeRequest' && payload.merge_request;
  const onIssue = attrs.noteable_type === 'Issue' && payload.issue;
  if (!onMr && !onIssue) return { status: 'ignored', reason: `notes on ${attrs.noteable_type} are not relayed` };

  const actor = payload.user.username;
  const access = await ctx.forge.actorAccess(actor);
  const request: Request = {
    command: asked.command,
    ticket: { key: onMr ? `!${payload.merge_request!.iid}` : `#${payload.issue!.iid}`, title: '', body: '' },
    instructions: asked.instructions,
    actor,
    actorIsBot: access.isBot,
    target: { kind: 'ticket' },
    source: { event: 'gitlab:note', commentId: attrs.id },
  };
  // the run gates again with the full picture (fork, push); here only: may this person start the droid at all?
  const gate = decideGate({ request, access, allowBots: ctx.allowBots, needsPush: false });
  if (!gate.allowed) return { status: 'ignored', reason: gate.reason };

  const variables: Record<string, string> = {
    DROID_COMMAND: asked.command,
    DROID_NOTE_BODY: cut(attrs.note),
    DROID_NOTE_ID: String(attrs.id),
    DROID_ACTOR: actor,
    // the job parses DROID_NOTE_BODY again: it must use the phrase this relay matched (--trigger), not its default
    DROID_TRIGGER: ctx.trigger,
  };
  if (attrs.url) variables['DROID_NOTE_URL'] = attrs.url;
  let ref: string;
  if (onMr) {
    const mr = await ctx.forge.client.mergeRequest(ctx.forge.projectRef, payload.merge_request!.iid);
    if (mr.state !== 'opened') return { status: 'ignored', reason: `merge request !${mr.iid} is ${mr.state}` };
    const fromFork = mr.source_project_id !== undefined && mr.target_project_id !== undefined && mr.source_project_id !== mr.target_project_id;
    // a fork's branch is not in this project: run on the default branch; the run refuses to push to a fork
    ref = fromFork ? await ctx.forge.defaultBranch() : mr.source_branch;
    Object.assign(variables, {
      DROID_MR_IID: String(mr.iid),
      DROID_MR_SOURCE_BRANCH: mr.source_branch,
      DROID_MR_TARGET_BRANCH: mr.target_branch,
      DROID_MR_FROM_FORK: String(fromFork),
      DROID_TICKET_KEY: `!${mr.iid}`,
      DROID_TICKET_TITLE: cut(mr.title),
      DROID_TICKET_BODY: cut(mr.description ?? ''),
      DROID_TICKET_URL: mr.web_url,
    });
    if (mr.sha) variables['DROID_MR_SHA'] = mr.sha;
  } else {
    const issue = payload.issue!;
    ref = payload.project.default_branch || (await ctx.forge.defaultBranch());
    Object.assign(variables, {
      DROID_ISSUE_IID: String(issue.iid),
      DROID_TICKET_KEY: `#${issue.iid}`,
      DROID_TICKET_TITLE: cut(issue.title),
      DROID_TICKET_BODY: cut(issue.description ?? ''),
    });
    if (issue.url) variables['DROID_TICKET_URL'] = issue.url;
  }
  const pipeline = await createPipelineOnce(ctx, ref, signVariables(variables, ctx.signingSecret, ref), attrs.id);
  ctx.log.info(`note ${attrs.id} by @${actor}: started pipeline ${pipeline.id} on ${ref} (${asked.command})`);
  return { status: 'created', pipelineId: pipeline.id, pipelineUrl: pipeline.web_url, ref };
}

/** A POST whose answer was lost is not repeated blindly: look for a pipeline carrying this note id first. */
async function createPipelineOnce(ctx: NoteContext, ref: string, variables: Record<string, string>, noteId: number) {
  const { client, projectRef } = ctx.forge;
  try {
    return await client.createPipeline(projectRef, ref, variables);
  } catch (error) {
    if (!(error instanceof GitLabApiError && error.maybeApplied)) throw error;
    ctx.log.warn(`${error.message}; checking whether the pipeline was created before trying again`);
    for (const candidate of (await client.pipelinesForRef(projectRef, ref, 'api')).slice(0, 5)) {
      const vars = await client.pipelineVariables(projectRef, candidate.id);
      if (vars.some((v) => v.key === 'DROID_NOTE_ID' && v.value === String(noteId))) return candidate;
    }
    return client.createPipeline(projectRef, ref, variables);
  }
}

function cut(text: string): string {
  return text.length > MAX_VARIABLE ? `${text.slice(0, MAX_VARIABLE)}\n… [truncated]` : text;
}
