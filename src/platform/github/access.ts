/** Who is asking: the actor's collaborator role on the repo and whether the account is a bot. */
import type { AccessLevel, ActorAccess } from '../types.js';
import { call, statusOf } from './client.js';
import type { GitHubContext } from './context.js';

/** `role_name` (fine-grained, includes maintain/triage) -> our level. Custom roles fall back to `permission`. */
const roleTable: Record<string, AccessLevel> = {
  admin: 'admin',
  maintain: 'maintain',
  write: 'write',
  triage: 'triage',
  read: 'read',
  none: 'none',
};

/** Legacy `permission` (admin | write | read | none) -> our level. */
const permissionTable: Record<string, AccessLevel> = {
  admin: 'admin',
  write: 'write',
  read: 'read',
  none: 'none',
};

async function isBotAccount(ctx: GitHubContext, login: string): Promise<boolean> {
  if (login.endsWith('[bot]')) return true;
  try {
    const { data } = await ctx.octokit.rest.users.getByUsername({ username: login });
    return data.type === 'Bot';
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}

export async function actorAccess(ctx: GitHubContext, login: string): Promise<ActorAccess> {
  if (!login.trim()) return { login, level: 'none', isBot: false, blocked: false };
  return call(`permission of ${login}`, async () => {
    try {
      const { data } = await ctx.octokit.rest.repos.getCollaboratorPermissionLevel({ owner: ctx.owner, repo: ctx.repo, username: login });
      const level = roleTable[data.role_name] ?? permissionTable[data.permission] ?? 'none';
      const isBot = data.user?.type === 'Bot' || login.endsWith('[bot]');
      ctx.log.debug(`actor ${login}: role ${data.role_name}, permission ${data.permission} -> ${level}${isBot ? ' (bot)' : ''}`);
      return { login, level, isBot, blocked: false };
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
      ctx.log.debug(`actor ${login}: not a collaborator (404)`);
      return { login, level: 'none', isBot: await isBotAccount(ctx, login), blocked: false };
    }
  });
}
