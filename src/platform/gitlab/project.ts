import { authEnvForToken } from '../../git/auth.js';
import { DroidError } from '../../util/errors.js';
import type { ActorAccess } from '../types.js';
import { GITLAB_USERNAME, type GitLabContext } from './context.js';
import { GitLabApiError } from './http.js';
import { accessLevel, BLOCKED_STATES } from './mapping.js';

/** The project itself: its default branch, a member's access, and how git reaches it. */
export async function defaultBranch(ctx: GitLabContext): Promise<string> {
  const p = await ctx.client.project(ctx.projectRef);
  if (!p.default_branch) {
    throw new DroidError('platform', `GitLab project ${p.path_with_namespace} has no default branch (empty repository?)`, {
      hint: 'push a first commit, or set pr.target_branch in .droid.yml',
    });
  }
  return p.default_branch;
}

export async function actorAccess(ctx: GitLabContext, login: string): Promise<ActorAccess> {
  const { client, projectRef } = ctx;
  const username = login.replace(/^@/, '');
  const none: ActorAccess = { login: username, level: 'none', isBot: false, blocked: false };
  if (!GITLAB_USERNAME.test(username)) return none;
  const found = (await client.usersByUsername(username)).find((u) => u.username.toLowerCase() === username.toLowerCase());
  if (!found) return none;
  // the list endpoint omits `bot` for non-admin tokens; the single-user endpoint has it
  const user = typeof found.bot === 'boolean' ? found : await client.user(found.id);
  const base: ActorAccess = { login: user.username, level: 'none', isBot: user.bot === true, blocked: BLOCKED_STATES.has(user.state) };
  try {
    const member = await client.memberAll(projectRef, user.id);
    if (member.membership_state === 'awaiting') return base;
    return { ...base, level: accessLevel(member.access_level), blocked: base.blocked || BLOCKED_STATES.has(member.state ?? '') };
  } catch (error) {
    if (error instanceof GitLabApiError && error.status === 404) return base;
    throw error;
  }
}

/** The token as an http.extraheader scoped to the instance's URL bases (and its private CA), for git only. */
export function gitAuthEnv(ctx: GitLabContext, token: string, gitUrls: string[] = [], caFile?: string): Record<string, string> {
  return authEnvForToken({ serverUrl: ctx.serverUrl, extraUrls: gitUrls, username: 'oauth2', token, caFile });
}

export function cloneUrl(ctx: GitLabContext): string {
  if (!ctx.projectPath) {
    throw new DroidError('usage', 'the GitLab project path is unknown, so there is no clone URL', {
      hint: 'pass the project as "group/project" (CI_PROJECT_PATH)',
    });
  }
  return `${ctx.serverUrl}/${ctx.projectPath}.git`;
}
