/**
 * The GitLab v4 endpoints the droid uses, as GitLab's REST docs describe them (method, path,
 * parameters and their types, required ones). The fake server checks every request against this
 * table and records a violation for an unknown endpoint, an unknown or mistyped parameter, or a
 * missing required one. Pagination parameters are allowed on every list endpoint.
 */
export type ParamType = 'string' | 'integer' | 'boolean' | 'integer[]' | 'string|string[]' | 'variables' | 'position';

export interface Param {
  type: ParamType;
  required?: boolean;
  /** allowed values, when the docs list them */
  values?: string[];
}

export interface EndpointSpec {
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  /** path after /api/v4, with :id (project id or URL-encoded path) and other :params */
  path: string;
  query?: Record<string, Param>;
  body?: Record<string, Param>;
  /** PUT endpoints that need at least one of their parameters */
  atLeastOne?: boolean;
  list?: boolean;
}

const PAGINATION: Record<string, Param> = {
  page: { type: 'integer' },
  per_page: { type: 'integer' },
};

const MR_STATE = ['opened', 'closed', 'locked', 'merged', 'all'];

const MR_WRITE: Record<string, Param> = {
  title: { type: 'string' },
  description: { type: 'string' },
  labels: { type: 'string|string[]' },
  assignee_id: { type: 'integer' },
  assignee_ids: { type: 'integer[]' },
  reviewer_ids: { type: 'integer[]' },
  milestone_id: { type: 'integer' },
  remove_source_branch: { type: 'boolean' },
  squash: { type: 'boolean' },
  allow_collaboration: { type: 'boolean' },
};

export const ENDPOINTS: EndpointSpec[] = [
  { name: 'project', method: 'GET', path: '/projects/:id' },
  { name: 'current user', method: 'GET', path: '/user' },
  { name: 'token self', method: 'GET', path: '/personal_access_tokens/self' },
  {
    name: 'list users',
    method: 'GET',
    path: '/users',
    list: true,
    query: { username: { type: 'string' }, search: { type: 'string' }, active: { type: 'boolean' } },
  },
  { name: 'single user', method: 'GET', path: '/users/:user_id' },
  { name: 'member incl. inherited', method: 'GET', path: '/projects/:id/members/all/:user_id' },
  {
    name: 'list merge requests',
    method: 'GET',
    path: '/projects/:id/merge_requests',
    list: true,
    query: {
      state: { type: 'string', values: MR_STATE },
      source_branch: { type: 'string' },
      target_branch: { type: 'string' },
      search: { type: 'string' },
      in: { type: 'string' },
      order_by: { type: 'string', values: ['created_at', 'updated_at', 'title'] },
      sort: { type: 'string', values: ['asc', 'desc'] },
      labels: { type: 'string' },
      author_username: { type: 'string' },
      view: { type: 'string' },
    },
  },
  {
    name: 'create merge request',
    method: 'POST',
    path: '/projects/:id/merge_requests',
    body: {
      ...MR_WRITE,
      source_branch: { type: 'string', required: true },
      target_branch: { type: 'string', required: true },
      title: { type: 'string', required: true },
      target_project_id: { type: 'integer' },
    },
  },
  { name: 'single merge request', method: 'GET', path: '/projects/:id/merge_requests/:iid' },
  {
    name: 'update merge request',
    method: 'PUT',
    path: '/projects/:id/merge_requests/:iid',
    atLeastOne: true,
    body: {
      ...MR_WRITE,
      target_branch: { type: 'string' },
      add_labels: { type: 'string|string[]' },
      remove_labels: { type: 'string|string[]' },
      state_event: { type: 'string', values: ['close', 'reopen'] },
      discussion_locked: { type: 'boolean' },
    },
  },
  {
    // GitLab 15.7+; the diffs of the MR's latest diff version, paginated
    name: 'merge request diffs',
    method: 'GET',
    path: '/projects/:id/merge_requests/:iid/diffs',
    list: true,
    query: { unidiff: { type: 'boolean' } },
  },
  { name: 'list merge request discussions', method: 'GET', path: '/projects/:id/merge_requests/:iid/discussions', list: true },
  {
    // docs: "Create a new thread in the merge request diff": position[base_sha|start_sha|head_sha|position_type] required
    name: 'create merge request discussion',
    method: 'POST',
    path: '/projects/:id/merge_requests/:iid/discussions',
    body: { body: { type: 'string', required: true }, commit_id: { type: 'string' }, created_at: { type: 'string' }, position: { type: 'position' } },
  },
  ...(['merge_requests', 'issues'] as const).flatMap((noun): EndpointSpec[] => [
    {
      name: `list ${noun} notes`,
      method: 'GET',
      path: `/projects/:id/${noun}/:iid/notes`,
      list: true,
      query: {
        sort: { type: 'string', values: ['asc', 'desc'] },
        order_by: { type: 'string', values: ['created_at', 'updated_at'] },
      },
    },
    {
      name: `create ${noun} note`,
      method: 'POST',
      path: `/projects/:id/${noun}/:iid/notes`,
      body: { body: { type: 'string', required: true }, internal: { type: 'boolean' } },
    },
    {
      name: `update ${noun} note`,
      method: 'PUT',
      path: `/projects/:id/${noun}/:iid/notes/:note_id`,
      body: { body: { type: 'string', required: true } },
    },
  ]),
  {
    name: 'list pipelines',
    method: 'GET',
    path: '/projects/:id/pipelines',
    list: true,
    query: {
      sha: { type: 'string' },
      ref: { type: 'string' },
      status: { type: 'string' },
      source: { type: 'string' },
      scope: { type: 'string', values: ['running', 'pending', 'finished', 'branches', 'tags'] },
      order_by: { type: 'string', values: ['id', 'status', 'ref', 'updated_at', 'user_id'] },
      sort: { type: 'string', values: ['asc', 'desc'] },
    },
  },
  {
    name: 'pipeline jobs',
    method: 'GET',
    path: '/projects/:id/pipelines/:pipeline_id/jobs',
    list: true,
    query: { scope: { type: 'string|string[]' }, include_retried: { type: 'boolean' } },
  },
  { name: 'job log', method: 'GET', path: '/projects/:id/jobs/:job_id/trace' },
  {
    name: 'create pipeline',
    method: 'POST',
    path: '/projects/:id/pipeline',
    body: { ref: { type: 'string', required: true }, variables: { type: 'variables' } },
  },
  { name: 'pipeline variables', method: 'GET', path: '/projects/:id/pipelines/:pipeline_id/variables' },
];

export interface MatchedEndpoint {
  spec: EndpointSpec;
  params: Record<string, string>;
}

/** Matches the raw path (project paths stay URL-encoded, as GitLab requires). */
export function matchEndpoint(method: string, rawPath: string): MatchedEndpoint | undefined {
  const parts = rawPath.split('/').filter(Boolean);
  for (const spec of ENDPOINTS) {
    if (spec.method !== method) continue;
    const pattern = spec.path.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((seg, i) => {
      if (seg.startsWith(':')) {
        params[seg.slice(1)] = decodeURIComponent(parts[i]!);
        return true;
      }
      return seg === parts[i];
    });
    if (ok) return { spec, params };
  }
  return undefined;
}

/** Checks one parameter value; returns a problem or undefined. */
export function checkParam(name: string, param: Param, value: unknown, fromQuery: boolean): string | undefined {
  const is = (cond: boolean): string | undefined => (cond ? undefined : `${name} must be ${param.type}, got ${JSON.stringify(value)}`);
  switch (param.type) {
    case 'string':
      if (typeof value !== 'string') return is(false);
      if (param.values && !param.values.includes(value)) return `${name} must be one of ${param.values.join('|')}, got ${value}`;
      return undefined;
    case 'integer':
      return is(fromQuery ? typeof value === 'string' && /^\d+$/.test(value) : Number.isInteger(value));
    case 'boolean':
      return is(fromQuery ? value === 'true' || value === 'false' : typeof value === 'boolean');
    case 'integer[]':
      return is(Array.isArray(value) && value.every((v) => (fromQuery ? /^\d+$/.test(String(v)) : Number.isInteger(v))));
    case 'string|string[]':
      return is(typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string')));
    case 'position':
      return checkPosition(name, value, fromQuery);
    case 'variables':
      return is(
        Array.isArray(value) &&
          value.every(
            (v: unknown) =>
              typeof v === 'object' &&
              v !== null &&
              typeof (v as Record<string, unknown>)['key'] === 'string' &&
              typeof (v as Record<string, unknown>)['value'] === 'string' &&
              Object.keys(v).every((k) => ['key', 'value', 'variable_type'].includes(k)) &&
              ['env_var', 'file', undefined].includes((v as Record<string, unknown>)['variable_type'] as string | undefined),
          ),
      );
  }
}

const POSITION: Record<string, Param> = {
  base_sha: { type: 'string', required: true },
  start_sha: { type: 'string', required: true },
  head_sha: { type: 'string', required: true },
  position_type: { type: 'string', required: true, values: ['text', 'image', 'file'] },
  new_path: { type: 'string' },
  old_path: { type: 'string' },
  new_line: { type: 'integer' },
  old_line: { type: 'integer' },
  width: { type: 'integer' },
  height: { type: 'integer' },
  x: { type: 'integer' },
  y: { type: 'integer' },
};

/** `position[...]` of a diff thread (line_range is not used by the droid and is refused here) */
function checkPosition(name: string, value: unknown, fromForm: boolean): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${name} must be an object, got ${JSON.stringify(value)}`;
  const record = value as Record<string, unknown>;
  for (const [k, v] of Object.entries(record)) {
    const param = POSITION[k];
    if (!param) return `${name}[${k}] is not a position field the droid uses`;
    const problem = checkParam(`${name}[${k}]`, param, v, fromForm);
    if (problem) return problem;
  }
  for (const [k, param] of Object.entries(POSITION)) if (param.required && !(k in record)) return `missing required field ${name}[${k}]`;
  if (record['position_type'] === 'text' && (!('new_path' in record) || !('old_path' in record))) return `${name}: a text position needs new_path and old_path`;
  if (record['position_type'] === 'text' && !('new_line' in record) && !('old_line' in record)) return `${name}: a text position needs new_line or old_line`;
  return undefined;
}

export function queryAllowed(spec: EndpointSpec): Record<string, Param> {
  return { ...(spec.list ? PAGINATION : {}), ...(spec.query ?? {}) };
}
