/** Pull requests: create (422 when one already exists), list by head, get, update, request reviewers. */
import { randomBytes } from 'node:crypto';
import { ghError, notFound, paginate, validationFailed, type Handler, type HandlerContext } from './reply.js';
import { pullJson } from './shapes.js';
import { findUser, nextId, type FakePull } from './state.js';

interface CreateBody {
  title?: string;
  head: string;
  base: string;
  body?: string;
  draft?: boolean;
}

function findPull(ctx: HandlerContext): FakePull | undefined {
  const number = Number(ctx.params.pull_number);
  return ctx.state.pulls.find((p) => p.number === number);
}

/** "owner:branch" or "branch" -> owner and branch */
function splitHead(head: string, defaultOwner: string): { owner: string; ref: string } {
  const colon = head.indexOf(':');
  return colon < 0 ? { owner: defaultOwner, ref: head } : { owner: head.slice(0, colon), ref: head.slice(colon + 1) };
}

const create: Handler = (ctx) => {
  const { state } = ctx;
  const body = ctx.body as CreateBody;
  const head = splitHead(body.head, state.owner);
  if (!body.title) return validationFailed('PullRequest', 'title is missing');
  const duplicate = state.pulls.find(
    (p) => p.state === 'open' && p.head.ref === head.ref && p.head.owner === head.owner && p.base.ref === body.base,
  );
  if (duplicate) {
    return validationFailed('PullRequest', `A pull request already exists for ${head.owner}:${head.ref}.`);
  }
  const number = Math.max(0, ...state.issues) + 1;
  const pull: FakePull = {
    number,
    id: nextId(state),
    node_id: `PR_${randomBytes(6).toString('hex')}`,
    title: body.title,
    body: body.body ?? null,
    head: { ref: head.ref, sha: randomBytes(20).toString('hex'), owner: head.owner },
    base: { ref: body.base },
    draft: body.draft === true,
    state: 'open',
    merged: false,
    user: state.tokenUser,
    requested_reviewers: [],
    requested_teams: [],
  };
  state.pulls.push(pull);
  state.issues.add(number);
  return { status: 201, body: pullJson(pull, state, ctx.baseUrl) };
};

const list: Handler = (ctx) => {
  const { state, query } = ctx;
  const wanted = String(query.state ?? 'open');
  let pulls = state.pulls.filter((p) => wanted === 'all' || p.state === wanted);
  if (typeof query.head === 'string') {
    const head = splitHead(query.head, state.owner);
    pulls = pulls.filter((p) => p.head.owner === head.owner && p.head.ref === head.ref);
  }
  if (typeof query.base === 'string') pulls = pulls.filter((p) => p.base.ref === query.base);
  const { page, headers } = paginate(ctx, `/repos/${state.owner}/${state.repo}/pulls`, [...pulls].reverse());
  return { status: 200, body: page.map((p) => pullJson(p, state, ctx.baseUrl)), headers };
};

const get: Handler = (ctx) => {
  const pull = findPull(ctx);
  return pull ? { status: 200, body: pullJson(pull, ctx.state, ctx.baseUrl) } : notFound();
};

const update: Handler = (ctx) => {
  const pull = findPull(ctx);
  if (!pull) return notFound();
  const body = ctx.body as { title?: string; body?: string; state?: 'open' | 'closed'; base?: string };
  if (body.title !== undefined) pull.title = body.title;
  if (body.body !== undefined) pull.body = body.body;
  if (body.state !== undefined) pull.state = body.state;
  if (body.base !== undefined) pull.base.ref = body.base;
  return { status: 200, body: pullJson(pull, ctx.state, ctx.baseUrl) };
};

const requestReviewers: Handler = (ctx) => {
  const pull = findPull(ctx);
  if (!pull) return notFound();
  const { state } = ctx;
  const body = ctx.body as { reviewers?: string[]; team_reviewers?: string[] };
  const users = body.reviewers ?? [];
  const teams = body.team_reviewers ?? [];
  if (users.some((login) => login.toLowerCase() === pull.user.toLowerCase())) {
    return validationFailed('PullRequest', 'Review cannot be requested from pull request author.');
  }
  const unknown =
    users.some((login) => findUser(state, login)?.role === undefined) || teams.some((slug) => !state.teams.has(slug));
  if (unknown) {
    return ghError(
      422,
      `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${state.owner}/${state.repo} repository.`,
    );
  }
  for (const login of users) if (!pull.requested_reviewers.includes(login)) pull.requested_reviewers.push(login);
  for (const slug of teams) if (!pull.requested_teams.includes(slug)) pull.requested_teams.push(slug);
  return { status: 201, body: pullJson(pull, state, ctx.baseUrl) };
};

export const pullHandlers: Record<string, Handler> = {
  'pulls/create': create,
  'pulls/list': list,
  'pulls/get': get,
  'pulls/update': update,
  'pulls/request-reviewers': requestReviewers,
};
