/** Issue comments (create, update, list) and labels (get, create, add to an issue or PR). */
import { notFound, now, paginate, validationFailed, type Handler } from './reply.js';
import { commentJson, labelJson } from './shapes.js';
import { nextId, type FakeLabel } from './state.js';

const createComment: Handler = (ctx) => {
  const { state } = ctx;
  const number = Number(ctx.params.issue_number);
  if (!state.issues.has(number)) return notFound();
  const time = now();
  const comment = {
    id: nextId(state),
    issue_number: number,
    body: (ctx.body as { body: string }).body,
    user: state.tokenUser,
    created_at: time,
    updated_at: time,
  };
  state.comments.push(comment);
  return { status: 201, body: commentJson(comment, state, ctx.baseUrl) };
};

const updateComment: Handler = (ctx) => {
  const { state } = ctx;
  const comment = state.comments.find((c) => c.id === Number(ctx.params.comment_id));
  if (!comment) return notFound();
  comment.body = (ctx.body as { body: string }).body;
  comment.updated_at = now();
  return { status: 200, body: commentJson(comment, state, ctx.baseUrl) };
};

const listComments: Handler = (ctx) => {
  const { state } = ctx;
  const number = Number(ctx.params.issue_number);
  if (!state.issues.has(number)) return notFound();
  const comments = state.comments.filter((c) => c.issue_number === number);
  const path = `/repos/${state.owner}/${state.repo}/issues/${number}/comments`;
  const { page, headers } = paginate(ctx, path, comments);
  return { status: 200, body: page.map((c) => commentJson(c, state, ctx.baseUrl)), headers };
};

const getLabel: Handler = (ctx) => {
  const label = ctx.state.labels.get(ctx.params.name?.toLowerCase() ?? '');
  return label ? { status: 200, body: labelJson(label, ctx.state, ctx.baseUrl) } : notFound();
};

function addLabel(state: Parameters<Handler>[0]['state'], name: string, color = 'ededed', description: string | null = null): FakeLabel {
  const label = { id: nextId(state), name, color, description };
  state.labels.set(name.toLowerCase(), label);
  return label;
}

const createLabel: Handler = (ctx) => {
  const { state } = ctx;
  const body = ctx.body as { name: string; color?: string; description?: string };
  if (state.labels.has(body.name.toLowerCase())) {
    return validationFailed('Label', 'already_exists');
  }
  const label = addLabel(state, body.name, body.color, body.description ?? null);
  return { status: 201, body: labelJson(label, state, ctx.baseUrl) };
};

/** Like GitHub, labels that do not exist yet are created on the fly. */
const addLabels: Handler = (ctx) => {
  const { state } = ctx;
  const number = Number(ctx.params.issue_number);
  if (!state.issues.has(number)) return notFound();
  const raw = ctx.body as { labels?: (string | { name: string })[] } | string[];
  const names = (Array.isArray(raw) ? raw : (raw.labels ?? [])).map((l) => (typeof l === 'string' ? l : l.name));
  const current = state.issueLabels.get(number) ?? [];
  for (const name of names) {
    if (!state.labels.has(name.toLowerCase())) addLabel(state, name);
    if (!current.some((c) => c.toLowerCase() === name.toLowerCase())) current.push(name);
  }
  state.issueLabels.set(number, current);
  const labels = current
    .map((name) => state.labels.get(name.toLowerCase()))
    .filter((label): label is FakeLabel => label !== undefined)
    .map((label) => labelJson(label, state, ctx.baseUrl));
  return { status: 200, body: labels };
};

export const issueHandlers: Record<string, Handler> = {
  'issues/create-comment': createComment,
  'issues/update-comment': updateComment,
  'issues/list-comments': listComments,
  'issues/get-label': getLabel,
  'issues/create-label': createLabel,
  'issues/add-labels': addLabels,
};
