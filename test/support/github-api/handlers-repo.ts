/** The repository, users and collaborator permissions, and GitHub App installation tokens. */
import { randomBytes } from 'node:crypto';
import { ghError, notFound, type Handler } from './reply.js';
import { repoJson, userJson } from './shapes.js';
import { findUser } from './state.js';

const getRepo: Handler = (ctx) => ({ status: 200, body: repoJson(ctx.state, ctx.baseUrl) });

/** Legacy `permission` as GitHub reports it next to the fine-grained `role_name`. */
const legacyPermission = { admin: 'admin', maintain: 'write', write: 'write', triage: 'read', read: 'read' } as const;

const collaboratorPermission: Handler = (ctx) => {
  const { state } = ctx;
  const user = findUser(state, ctx.params.username ?? '');
  if (!user) return notFound();
  const user_ = { ...userJson(state, user.login, ctx.baseUrl), permissions: { pull: true, push: false, admin: false } };
  if (!user.role) return { status: 200, body: { permission: 'none', role_name: 'none', user: user_ } };
  return { status: 200, body: { permission: legacyPermission[user.role], role_name: user.role, user: user_ } };
};

const getUser: Handler = (ctx) => {
  const user = findUser(ctx.state, ctx.params.username ?? '');
  if (!user) return notFound();
  return { status: 200, body: { ...userJson(ctx.state, user.login, ctx.baseUrl), created_at: '2020-01-01T00:00:00Z' } };
};

function installationJson(ctx: Parameters<Handler>[0]): Record<string, unknown> {
  const app = ctx.state.app;
  return {
    id: app?.installationId,
    app_id: app?.id,
    app_slug: app?.slug,
    account: userJson(ctx.state, ctx.state.owner, ctx.baseUrl),
    target_id: 1,
    target_type: 'Organization',
    repository_selection: 'selected',
    access_tokens_url: `${ctx.baseUrl}/app/installations/${app?.installationId}/access_tokens`,
    events: [],
    permissions: { contents: 'write', pull_requests: 'write', issues: 'write', checks: 'read' },
  };
}

const repoInstallation: Handler = (ctx) => {
  const app = ctx.state.app;
  const fullName = `${ctx.state.owner}/${ctx.state.repo}`;
  if (!app || !app.repositories.includes(fullName)) return notFound();
  return { status: 200, body: installationJson(ctx) };
};

const createInstallationToken: Handler = (ctx) => {
  const { state } = ctx;
  const app = state.app;
  if (!app || Number(ctx.params.installation_id) !== app.installationId) return notFound();
  const requested = (ctx.body as { repositories?: string[] } | undefined)?.repositories;
  const visible = app.repositories.map((fullName) => fullName.split('/')[1]);
  if (requested?.some((name) => !visible.includes(name))) {
    return ghError(422, 'There is at least one repository that does not exist or is not accessible to the parent installation.');
  }
  const token = `ghs_${randomBytes(18).toString('hex')}`;
  state.mintedTokens.push({ token, installationId: app.installationId, repositories: requested });
  const expires = new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  return {
    status: 201,
    body: {
      token,
      expires_at: expires,
      permissions: { contents: 'write', pull_requests: 'write' },
      repository_selection: requested ? 'selected' : 'all',
    },
  };
};

export const repoHandlers: Record<string, Handler> = {
  'repos/get': getRepo,
  'repos/get-collaborator-permission-level': collaboratorPermission,
  'users/get-by-username': getUser,
  'apps/get-repo-installation': repoInstallation,
  'apps/create-installation-access-token': createInstallationToken,
};

/** Operations that authenticate as the app itself (a JWT), not with a token. */
export const appJwtOperations = new Set(['apps/get-repo-installation', 'apps/create-installation-access-token']);
