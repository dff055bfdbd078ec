/**
 * The two GraphQL mutations the REST API lacks: GitHub's REST `pulls/update` cannot toggle draft,
 * so the adapter uses `markPullRequestReadyForReview` / `convertPullRequestToDraft`; and
 * `viewer { login }`, the account behind the token (for an installation token, `<slug>[bot]`:
 * REST `GET /user` refuses those), answered with the state's `tokenUser`. Any other query is a violation. Answers in GraphQL's shape (`data` or `errors`, HTTP 200).
 */
import type { FakeState } from './state.js';

const MUTATION =
  /^\s*mutation\b[^{]*\{\s*(markPullRequestReadyForReview|convertPullRequestToDraft)\s*\(\s*input\s*:\s*\{\s*pullRequestId\s*:\s*\$(\w+)\s*\}\s*\)\s*\{\s*pullRequest\s*\{([^}]*)\}\s*\}\s*\}\s*$/;

const VIEWER = /^\s*(?:query\b[^{]*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/;

export type GraphqlResult =
  | { ok: true; body: unknown }
  | { ok: false; violation: string; body: unknown };

export function handleGraphql(state: FakeState, payload: unknown): GraphqlResult {
  const request = payload as { query?: unknown; variables?: Record<string, unknown> } | null;
  const query = typeof request?.query === 'string' ? request.query : '';
  if (VIEWER.test(query)) return { ok: true, body: { data: { viewer: { login: state.tokenUser } } } };
  const match = MUTATION.exec(query);
  if (!match) {
    return {
      ok: false,
      violation: `unsupported GraphQL document: ${query.slice(0, 120)}`,
      body: { errors: [{ message: 'Parse error or unsupported operation' }] },
    };
  }
  const [, mutation, variable, fields] = match;
  const id = request?.variables?.[variable ?? ''];
  if (typeof id !== 'string') {
    return {
      ok: false,
      violation: `GraphQL variable $${variable} must be a string node id`,
      body: { errors: [{ message: `Variable $${variable} of type ID! was provided invalid value` }] },
    };
  }
  const pull = state.pulls.find((p) => p.node_id === id);
  if (!pull) {
    return { ok: true, body: { data: { [mutation ?? '']: null }, errors: [{ type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${id}'` }] } };
  }
  pull.draft = mutation === 'convertPullRequestToDraft';
  const wanted = (fields ?? '').split(/[\s,]+/).filter(Boolean);
  const node: Record<string, unknown> = {};
  for (const field of wanted) {
    if (field === 'isDraft') node.isDraft = pull.draft;
    else if (field === 'number') node.number = pull.number;
    else if (field === 'id') node.id = pull.node_id;
    else return { ok: false, violation: `unknown PullRequest field ${field}`, body: { errors: [{ message: `Field '${field}' doesn't exist` }] } };
  }
  return { ok: true, body: { data: { [mutation ?? '']: { pullRequest: node } } } };
}
