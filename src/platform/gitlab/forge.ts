import { loginOf } from '../../git/trailers.js';
import type { Forge, ForgeTraits } from '../types.js';
import { GITLAB_LIMITS } from '../limits.js';
import type { GitLabClient, ProjectRef } from './client.js';
import { ciStatus, jobLog } from './ci.js';
import { createGitLabContext, type GitLabForgeOptions } from './context.js';
import { findChangeRequest, toChange, upsertChangeRequest } from './merge-requests.js';
import { findOwnComment, upsertComment } from './notes.js';
import { actorAccess, cloneUrl, defaultBranch, gitAuthEnv } from './project.js';
import { gitlabReview } from './review.js';

export { cleanTrace } from './ci.js';
export type { GitLabForgeOptions } from './context.js';

/** The Forge for GitLab, plus what the relay needs on top of it. */
export interface GitLabForge extends Forge {
  readonly client: GitLabClient;
  readonly projectRef: ProjectRef;
}

/**
 * The GitLab adapter, assembled from its parts (like platform/github/): context.ts (client, project,
 * own user), merge-requests.ts, notes.ts, ci.ts, project.ts (access, default branch, git auth),
 * review.ts (discussions at diff positions).
 */
export function createGitLabForge(options: GitLabForgeOptions): GitLabForge {
  const ctx = createGitLabContext(options);
  const { client, projectRef } = ctx;
  const comment: Forge['upsertComment'] = (target, body, marker, existing) => upsertComment(ctx, target, body, marker, existing);
  return {
    platform: 'gitlab',
    traits: gitlabTraits(ctx.serverUrl),
    repo: ctx.projectPath ?? String(projectRef),
    client,
    projectRef,
    defaultBranch: () => defaultBranch(ctx),
    actorAccess: (login) => actorAccess(ctx, login),
    findChangeRequest: (query) => findChangeRequest(ctx, query),
    getChangeRequest: async (number) => toChange(await client.mergeRequest(projectRef, number)),
    upsertChangeRequest: (spec, existing) => upsertChangeRequest(ctx, spec, existing),
    closeChangeRequest: async (number) => {
      await client.editMergeRequest(projectRef, number, { stateEvent: 'close' });
    },
    upsertComment: comment,
    findOwnComment: (target, marker) => findOwnComment(ctx, target, marker),
    ciStatus: (sha, opts) => ciStatus(ctx, sha, opts),
    jobLog: (job) => jobLog(ctx, job),
    gitAuthEnv: () => gitAuthEnv(ctx, options.token, options.gitUrls, options.caFile),
    cloneUrl: () => cloneUrl(ctx),
    jobUrl: () => options.jobUrl,
    review: gitlabReview({ client, projectRef, currentUser: ctx.currentUser, upsertComment: comment, log: ctx.log }),
  };
}

/** MRs, GitLab's lengths, and a co-author address on this instance's noreply domain. */
export function gitlabTraits(serverUrl: string): ForgeTraits {
  const host = hostOf(serverUrl);
  return {
    pushes: true,
    returnsToStart: false,
    changeNoun: { short: 'MR', long: 'merge request' },
    limits: GITLAB_LIMITS,
    coAuthor: (actor) => {
      const login = loginOf(actor);
      return `${login} <${login}@users.noreply.${host}>`;
    },
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || 'gitlab.com';
  } catch {
    return 'gitlab.com';
  }
}
