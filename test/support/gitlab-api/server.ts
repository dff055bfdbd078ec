import { createHash } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { checkParam, matchEndpoint, queryAllowed, type EndpointSpec } from './spec.js';

/**
 * A stateful fake of the GitLab v4 REST API on 127.0.0.1, for tests at the wire.
 * Every request is checked against spec.ts (violations are recorded, see `assertNoViolations`),
 * answered in GitLab's documented shapes, and recorded. Faults (5xx, 429 with Retry-After or
 * RateLimit-Reset, "applied but the answer was lost") are injected with `fail()`.
 */
export interface FakeUser {
  id: number;
  username: string;
  name: string;
  state: string;
  bot: boolean;
}

export interface FakeMergeRequest {
  id: number;
  iid: number;
  title: string;
  description: string;
  state: 'opened' | 'closed' | 'merged' | 'locked';
  source_branch: string;
  target_branch: string;
  source_project_id: number;
  labels: string[];
  reviewer_ids: number[];
  author_id: number;
  sha: string;
  /** the changed files of the MR's latest diff version (GET …/diffs); set by a test */
  diffs?: FakeDiff[];
  /** that version's SHAs (GET …/merge_requests/:iid `diff_refs`); default derived from `sha` */
  diff_refs?: { base_sha: string; start_sha: string; head_sha: string };
}

export interface FakeDiff {
  old_path: string;
  new_path: string;
  new_file: boolean;
  renamed_file: boolean;
  deleted_file: boolean;
  /** the unified diff from the first `@@` */
  diff: string;
}

export interface FakePosition {
  base_sha: string;
  start_sha: string;
  head_sha: string;
  position_type: 'text';
  old_path: string;
  new_path: string;
  old_line: number | null;
  new_line: number | null;
}

export interface FakeNote {
  id: number;
  noun: 'merge_requests' | 'issues';
  iid: number;
  body: string;
  author_id: number;
  system: boolean;
  /** the thread it belongs to (a plain note is a thread of its own) */
  discussion_id?: string;
  /** a diff note: where it sits */
  position?: FakePosition;
}

export interface FakeJob {
  id: number;
  pipeline_id: number;
  name: string;
  stage: string;
  status: string;
  allow_failure: boolean;
  trace: string;
}

export interface FakePipeline {
  id: number;
  iid: number;
  sha: string;
  ref: string;
  status: string;
  source: string;
  variables: Array<{ key: string; value: string; variable_type: string }>;
}

export interface RecordedRequest {
  method: string;
  /** raw path after /api/v4, project path still URL-encoded */
  path: string;
  endpoint: string | undefined;
  query: Record<string, string | string[]>;
  body: unknown;
  status: number;
}

export interface Fault {
  method?: string;
  /** matched against the raw path after /api/v4 */
  path?: RegExp;
  status: number;
  times?: number;
  headers?: Record<string, string>;
  /** carry the request out, then answer with the fault (a POST that succeeded but whose answer was lost) */
  applied?: boolean;
  /** drop the connection instead of answering (the client sees ECONNRESET / socket hang up) */
  reset?: boolean;
  /** answer this body instead of an error message (e.g. a stale empty list with status 200) */
  body?: unknown;
}

export interface FakeGitLabOptions {
  projectPath?: string;
  projectId?: number;
  defaultBranch?: string;
  token?: string;
  /** the token's own user (the droid's bot user) */
  botUsername?: string;
  /** scopes of the token (GET /personal_access_tokens/self); default api + write_repository */
  tokenScopes?: string[];
  /** expiry date of the token, YYYY-MM-DD; default none */
  tokenExpiresAt?: string | null;
  /** serve HTTPS with this key and certificate (a self-managed instance with a private CA) */
  tls?: { key: string; cert: string };
}

export interface FakeGitLab {
  url: string;
  apiUrl: string;
  token: string;
  project: { id: number; path: string; defaultBranch: string };
  requests: RecordedRequest[];
  violations: string[];
  users: FakeUser[];
  mergeRequests: FakeMergeRequest[];
  notes: FakeNote[];
  pipelines: FakePipeline[];
  jobs: FakeJob[];
  branches: Set<string>;
  issues: Map<number, { title: string; description: string }>;
  tokenUser: FakeUser;
  addUser(username: string, extra?: Partial<Omit<FakeUser, 'id' | 'username'>>): FakeUser;
  /** effective access level (10 guest, 20 reporter, 30 developer, 40 maintainer, 50 owner) */
  setMember(username: string, accessLevel: number, options?: { awaiting?: boolean }): void;
  addPipeline(p: { sha: string; ref: string; status: string; source?: string; jobs?: Array<Partial<FakeJob> & { name: string; status: string }> }): FakePipeline;
  fail(fault: Fault): void;
  requestsTo(method: string, pathPattern: RegExp): RecordedRequest[];
  assertNoViolations(): void;
  close(): Promise<void>;
}

/** `position[base_sha]=…` form fields -> `{ position: { base_sha: … } }` (Grape's bracket notation) */
function formFields(params: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of params) {
    const parts = key.replace(/\]/g, '').split('[');
    let node = out;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  return out;
}

/** every line inside the hunks of a unified diff, with its old- and new-side numbers (undefined: not on that side) */
export function diffLines(diff: string): Array<{ old: number | undefined; new: number | undefined }> {
  const out: Array<{ old: number | undefined; new: number | undefined }> = [];
  let o = 0;
  let n = 0;
  for (const line of diff.split('\n')) {
    const h = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (h) {
      o = Number(h[1]);
      n = Number(h[2]);
    } else if (line.startsWith('+')) out.push({ old: undefined, new: n++ });
    else if (line.startsWith('-')) out.push({ old: o++, new: undefined });
    else if (line.startsWith(' ')) out.push({ old: o++, new: n++ });
  }
  return out;
}

function discussionId(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

const DRAFT = /^\s*(?:\[draft\]|\(draft\)|draft:|draft\s+-)/i;
const MAX_BODY = 2 * 1024 * 1024;

export async function startFakeGitLab(options: FakeGitLabOptions = {}): Promise<FakeGitLab> {
  const token = options.token ?? 'glpat-fake-token-0123456789abcdef';
  const project = { id: options.projectId ?? 42, path: options.projectPath ?? 'group/project', defaultBranch: options.defaultBranch ?? 'main' };
  let nextId = 100;
  const faults: Array<Fault & { left: number }> = [];
  const members = new Map<number, { level: number; awaiting: boolean }>();
  let baseUrl = '';

  const fake: FakeGitLab = {
    url: '',
    apiUrl: '',
    token,
    project,
    requests: [],
    violations: [],
    users: [],
    mergeRequests: [],
    notes: [],
    pipelines: [],
    jobs: [],
    branches: new Set([project.defaultBranch]),
    issues: new Map(),
    tokenUser: undefined as unknown as FakeUser,
    addUser(username, extra = {}) {
      const user: FakeUser = { id: nextId++, username, name: username, state: 'active', bot: false, ...extra };
      fake.users.push(user);
      return user;
    },
    setMember(username, level, opts = {}) {
      const user = fake.users.find((u) => u.username === username) ?? fake.addUser(username);
      members.set(user.id, { level, awaiting: opts.awaiting ?? false });
    },
    addPipeline(p) {
      const pipeline: FakePipeline = { id: nextId++, iid: fake.pipelines.length + 1, sha: p.sha, ref: p.ref, status: p.status, source: p.source ?? 'push', variables: [] };
      fake.pipelines.push(pipeline);
      for (const j of p.jobs ?? []) {
        fake.jobs.push({ id: nextId++, pipeline_id: pipeline.id, stage: 'test', allow_failure: false, trace: '', ...j });
      }
      return pipeline;
    },
    fail(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    requestsTo(method, pattern) {
      return fake.requests.filter((r) => r.method === method && pattern.test(r.path));
    },
    assertNoViolations() {
      if (fake.violations.length > 0) throw new Error(`GitLab API violations:\n${fake.violations.join('\n')}`);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  fake.tokenUser = fake.addUser(options.botUsername ?? 'droid-bot', { bot: true });

  const userJson = (u: FakeUser) => ({
    id: u.id,
    username: u.username,
    name: u.name,
    state: u.state,
    locked: u.state === 'blocked',
    avatar_url: `${baseUrl}/uploads/${u.id}.png`,
    web_url: `${baseUrl}/${u.username}`,
  });
  const userById = (id: number) => fake.users.find((u) => u.id === id)!;
  const projectUrl = () => `${baseUrl}/${project.path}`;

  const mrJson = (mr: FakeMergeRequest) => ({
    id: mr.id,
    iid: mr.iid,
    project_id: project.id,
    title: mr.title,
    description: mr.description,
    state: mr.state,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
    merged_by: null,
    merged_at: null,
    closed_by: null,
    closed_at: null,
    target_branch: mr.target_branch,
    source_branch: mr.source_branch,
    user_notes_count: fake.notes.filter((n) => n.noun === 'merge_requests' && n.iid === mr.iid).length,
    upvotes: 0,
    downvotes: 0,
    author: userJson(userById(mr.author_id)),
    assignees: [],
    assignee: null,
    reviewers: mr.reviewer_ids.map((id) => userJson(userById(id))),
    source_project_id: mr.source_project_id,
    target_project_id: project.id,
    labels: [...mr.labels].sort(),
    draft: DRAFT.test(mr.title),
    work_in_progress: DRAFT.test(mr.title),
    milestone: null,
    merge_when_pipeline_succeeds: false,
    merge_status: 'can_be_merged',
    detailed_merge_status: DRAFT.test(mr.title) ? 'draft_status' : 'mergeable',
    sha: mr.sha,
    merge_commit_sha: null,
    squash_commit_sha: null,
    discussion_locked: null,
    should_remove_source_branch: null,
    force_remove_source_branch: false,
    reference: `!${mr.iid}`,
    references: { short: `!${mr.iid}`, relative: `!${mr.iid}`, full: `${project.path}!${mr.iid}` },
    web_url: `${projectUrl()}/-/merge_requests/${mr.iid}`,
    squash: false,
    has_conflicts: false,
    blocking_discussions_resolved: true,
  });

  const noteJson = (n: FakeNote) => ({
    id: n.id,
    type: n.position ? 'DiffNote' : n.discussion_id && !n.discussion_id.startsWith('note-') ? 'DiscussionNote' : null,
    ...(n.position ? { position: n.position } : {}),
    body: n.body,
    attachment: null,
    author: userJson(userById(n.author_id)),
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
    system: n.system,
    noteable_id: n.iid + 1000,
    noteable_type: n.noun === 'issues' ? 'Issue' : 'MergeRequest',
    noteable_iid: n.iid,
    project_id: project.id,
    resolvable: false,
    confidential: false,
    internal: false,
  });

  const pipelineJson = (p: FakePipeline) => ({
    id: p.id,
    iid: p.iid,
    project_id: project.id,
    sha: p.sha,
    ref: p.ref,
    status: p.status,
    source: p.source,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
    web_url: `${projectUrl()}/-/pipelines/${p.id}`,
  });

  const jobJson = (j: FakeJob) => {
    const p = fake.pipelines.find((x) => x.id === j.pipeline_id)!;
    return {
      id: j.id,
      name: j.name,
      stage: j.stage,
      status: j.status,
      ref: p.ref,
      tag: false,
      allow_failure: j.allow_failure,
      created_at: '2026-01-01T00:00:00.000Z',
      started_at: null,
      finished_at: null,
      duration: null,
      user: userJson(fake.tokenUser),
      commit: { id: p.sha, short_id: p.sha.slice(0, 8), title: 'commit' },
      pipeline: pipelineJson(p),
      web_url: `${projectUrl()}/-/jobs/${j.id}`,
      artifacts: [],
      failure_reason: j.status === 'failed' ? 'script_failure' : undefined,
    };
  };

  type Answer = { status: number; body: unknown; headers?: Record<string, string> };
  const notFound = (what: string): Answer => ({ status: 404, body: { message: `404 ${what} Not Found` } });

  function projectOk(id: string): boolean {
    return id === String(project.id) || id === project.path;
  }

  function paginate(items: unknown[], query: Record<string, string | string[]>, path: string): Answer {
    const perPage = Math.min(100, Number(query['per_page'] ?? 20));
    const page = Math.max(1, Number(query['page'] ?? 1));
    const totalPages = Math.max(1, Math.ceil(items.length / perPage));
    const headers: Record<string, string> = {
      'x-page': String(page),
      'x-per-page': String(perPage),
      'x-total': String(items.length),
      'x-total-pages': String(totalPages),
      'x-next-page': page < totalPages ? String(page + 1) : '',
      'x-prev-page': page > 1 ? String(page - 1) : '',
    };
    if (page < totalPages) {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(query)) for (const one of [v].flat()) q.append(k, one);
      q.set('page', String(page + 1));
      q.set('per_page', String(perPage));
      headers['link'] = `<${baseUrl}/api/v4${path}?${q.toString()}>; rel="next"`;
    }
    return { status: 200, body: items.slice((page - 1) * perPage, page * perPage), headers };
  }

  function handle(spec: EndpointSpec, p: Record<string, string>, query: Record<string, string | string[]>, body: Record<string, unknown>, path: string): Answer {
    if (p['id'] !== undefined && !projectOk(p['id'])) return notFound('Project');
    const str = (k: string) => (typeof query[k] === 'string' ? (query[k] as string) : undefined);
    switch (spec.name) {
      case 'project':
        return {
          status: 200,
          body: {
            id: project.id,
            name: project.path.split('/').pop(),
            path: project.path.split('/').pop(),
            path_with_namespace: project.path,
            name_with_namespace: project.path.replace(/\//g, ' / '),
            default_branch: project.defaultBranch,
            web_url: projectUrl(),
            http_url_to_repo: `${projectUrl()}.git`,
            ssh_url_to_repo: `git@127.0.0.1:${project.path}.git`,
            visibility: 'private',
          },
        };
      case 'current user':
        return { status: 200, body: { ...userJson(fake.tokenUser), bot: fake.tokenUser.bot } };
      case 'token self':
        return {
          status: 200,
          body: {
            id: 7,
            name: 'droid',
            revoked: false,
            created_at: '2026-01-01T00:00:00.000Z',
            description: null,
            scopes: options.tokenScopes ?? ['api', 'write_repository'],
            user_id: fake.tokenUser.id,
            last_used_at: '2026-01-01T00:00:00.000Z',
            active: true,
            expires_at: options.tokenExpiresAt ?? null,
          },
        };
      case 'list users': {
        const username = str('username');
        const found = fake.users.filter((u) => username === undefined || u.username.toLowerCase() === username.toLowerCase());
        // as for a non-admin token: the basic entity, without `bot`
        return paginate(found.map(userJson), query, path);
      }
      case 'single user': {
        const u = fake.users.find((x) => String(x.id) === p['user_id']);
        return u ? { status: 200, body: { ...userJson(u), bot: u.bot, bio: '', created_at: '2025-01-01T00:00:00.000Z' } } : notFound('User');
      }
      case 'member incl. inherited': {
        const u = fake.users.find((x) => String(x.id) === p['user_id']);
        const m = u && members.get(u.id);
        if (!u || !m) return notFound('');
        return { status: 200, body: { ...userJson(u), access_level: m.level, expires_at: null, membership_state: m.awaiting ? 'awaiting' : 'active' } };
      }
      case 'list merge requests': {
        const state = str('state') ?? 'all';
        const search = str('search')?.toLowerCase();
        const found = fake.mergeRequests.filter(
          (mr) =>
            (state === 'all' || mr.state === state) &&
            (str('source_branch') === undefined || mr.source_branch === str('source_branch')) &&
            (search === undefined || `${mr.title}\n${mr.description}`.toLowerCase().includes(search)),
        );
        return paginate(found.reverse().map(mrJson), query, path);
      }
      case 'create merge request': {
        const source = body['source_branch'] as string;
        // GitLab's uniqueness is per source project: a fork's MR from a branch of the same name does not count
        const open = fake.mergeRequests.find((mr) => mr.source_branch === source && mr.source_project_id === project.id && mr.state === 'opened');
        if (open) return { status: 409, body: { message: [`Another open merge request already exists for this source branch: !${open.iid}`] } };
        if (!fake.branches.has(source)) return { status: 422, body: { message: ['Source branch does not exist'] } };
        const mr: FakeMergeRequest = {
          id: nextId++,
          iid: fake.mergeRequests.length + 1,
          title: body['title'] as string,
          description: (body['description'] as string | undefined) ?? '',
          state: 'opened',
          source_branch: source,
          target_branch: body['target_branch'] as string,
          source_project_id: project.id,
          labels: labelList(body['labels']),
          reviewer_ids: knownIds(body['reviewer_ids']),
          author_id: fake.tokenUser.id,
          sha: 'c0ffee'.padEnd(40, '0'),
        };
        fake.mergeRequests.push(mr);
        return { status: 201, body: mrJson(mr) };
      }
      case 'single merge request': {
        const mr = fake.mergeRequests.find((x) => String(x.iid) === p['iid']);
        return mr ? { status: 200, body: { ...mrJson(mr), diff_refs: diffRefs(mr) } } : notFound('Merge Request');
      }
      case 'merge request diffs': {
        const mr = fake.mergeRequests.find((x) => String(x.iid) === p['iid']);
        if (!mr) return notFound('Merge Request');
        const files = (mr.diffs ?? []).map((d) => ({ ...d, a_mode: d.new_file ? '0' : '100644', b_mode: d.deleted_file ? '0' : '100644', generated_file: false }));
        return paginate(files, query, path);
      }
      case 'list merge request discussions': {
        const iid = Number(p['iid']);
        if (!fake.mergeRequests.some((mr) => mr.iid === iid)) return notFound('Merge Request');
        const threads = new Map<string, FakeNote[]>();
        for (const n of fake.notes.filter((x) => x.noun === 'merge_requests' && x.iid === iid)) {
          const id = n.discussion_id ?? `note-${n.id}`;
          threads.set(id, [...(threads.get(id) ?? []), n]);
        }
        const list = [...threads].map(([id, notes]) => ({ id: id.startsWith('note-') ? discussionId(id) : id, individual_note: id.startsWith('note-'), notes: notes.map(noteJson) }));
        return paginate(list, query, path);
      }
      case 'create merge request discussion': {
        const mr = fake.mergeRequests.find((x) => String(x.iid) === p['iid']);
        if (!mr) return notFound('Merge Request');
        const position = body['position'] as Record<string, string | number> | undefined;
        let placed: FakePosition | undefined;
        if (position) {
          const problem = positionProblem(mr, position);
          if (problem) return { status: 400, body: { message: `400 Bad request - Note {:line_code=>["can't be blank", "must be a valid line code"], :position=>["${problem}"]}` } };
          placed = {
            base_sha: String(position['base_sha']),
            start_sha: String(position['start_sha']),
            head_sha: String(position['head_sha']),
            position_type: 'text',
            old_path: String(position['old_path']),
            new_path: String(position['new_path']),
            old_line: position['old_line'] === undefined ? null : Number(position['old_line']),
            new_line: position['new_line'] === undefined ? null : Number(position['new_line']),
          };
        }
        const id = discussionId(`d-${nextId}`);
        const n: FakeNote = { id: nextId++, noun: 'merge_requests', iid: mr.iid, body: body['body'] as string, author_id: fake.tokenUser.id, system: false, discussion_id: id, position: placed };
        fake.notes.push(n);
        return { status: 201, body: { id, individual_note: false, notes: [noteJson(n)] } };
      }
      case 'update merge request': {
        const mr = fake.mergeRequests.find((x) => String(x.iid) === p['iid']);
        if (!mr) return notFound('Merge Request');
        if (typeof body['title'] === 'string') mr.title = body['title'];
        if (typeof body['description'] === 'string') mr.description = body['description'];
        if (typeof body['target_branch'] === 'string') mr.target_branch = body['target_branch'];
        if (body['labels'] !== undefined) mr.labels = labelList(body['labels']);
        if (body['add_labels'] !== undefined) mr.labels = [...new Set([...mr.labels, ...labelList(body['add_labels'])])];
        if (body['remove_labels'] !== undefined) {
          const gone = new Set(labelList(body['remove_labels']));
          mr.labels = mr.labels.filter((l) => !gone.has(l));
        }
        if (body['reviewer_ids'] !== undefined) mr.reviewer_ids = knownIds(body['reviewer_ids']);
        if (body['state_event'] === 'close') mr.state = 'closed';
        if (body['state_event'] === 'reopen') mr.state = 'opened';
        return { status: 200, body: mrJson(mr) };
      }
      case 'list merge_requests notes':
      case 'list issues notes':
      case 'create merge_requests note':
      case 'create issues note':
      case 'update merge_requests note':
      case 'update issues note': {
        const noun = spec.path.includes('/issues/') ? 'issues' : 'merge_requests';
        const iid = Number(p['iid']);
        const exists = noun === 'issues' ? fake.issues.has(iid) : fake.mergeRequests.some((mr) => mr.iid === iid);
        if (!exists) return notFound(noun === 'issues' ? 'Issue' : 'Merge Request');
        if (spec.method === 'GET') {
          const list = fake.notes.filter((n) => n.noun === noun && n.iid === iid);
          if (str('sort') !== 'asc') list.reverse();
          return paginate(list.map(noteJson), query, path);
        }
        if (spec.method === 'POST') {
          const n: FakeNote = { id: nextId++, noun, iid, body: body['body'] as string, author_id: fake.tokenUser.id, system: false };
          fake.notes.push(n);
          return { status: 201, body: noteJson(n) };
        }
        const n = fake.notes.find((x) => x.noun === noun && x.iid === iid && String(x.id) === p['note_id']);
        if (!n) return notFound('Note');
        if (n.author_id !== fake.tokenUser.id) return { status: 403, body: { message: '403 Forbidden' } };
        n.body = body['body'] as string;
        return { status: 200, body: noteJson(n) };
      }
      case 'list pipelines': {
        let list = fake.pipelines.filter(
          (x) =>
            (str('sha') === undefined || x.sha === str('sha')) &&
            (str('ref') === undefined || x.ref === str('ref')) &&
            (str('source') === undefined || x.source === str('source')),
        );
        list = [...list].sort((a, b) => (str('sort') === 'asc' ? a.id - b.id : b.id - a.id));
        return paginate(list.map(pipelineJson), query, path);
      }
      case 'pipeline jobs': {
        if (!fake.pipelines.some((x) => String(x.id) === p['pipeline_id'])) return notFound('Pipeline');
        return paginate(fake.jobs.filter((j) => String(j.pipeline_id) === p['pipeline_id']).map(jobJson), query, path);
      }
      case 'job log': {
        const j = fake.jobs.find((x) => String(x.id) === p['job_id']);
        return j ? { status: 200, body: j.trace, headers: { 'content-type': 'text/plain; charset=utf-8' } } : notFound('Job');
      }
      case 'create pipeline': {
        const ref = body['ref'] as string;
        if (!fake.branches.has(ref)) return { status: 400, body: { message: { base: ['Reference not found'] } } };
        const given = (body['variables'] as Array<{ key: string; value: string; variable_type?: string }> | undefined) ?? [];
        const variables = given.map((v) => ({ key: v.key, value: v.value, variable_type: v.variable_type ?? 'env_var' }));
        const created = fake.addPipeline({ sha: 'a1'.repeat(20), ref, status: 'created', source: 'api' });
        created.variables = variables;
        return { status: 201, body: { ...pipelineJson(created), before_sha: '0'.repeat(40), tag: false, user: userJson(fake.tokenUser), detailed_status: { text: 'created' } } };
      }
      case 'pipeline variables': {
        const pl = fake.pipelines.find((x) => String(x.id) === p['pipeline_id']);
        return pl ? { status: 200, body: pl.variables } : notFound('Pipeline');
      }
      default:
        return { status: 500, body: { message: `fake has no handler for ${spec.name}` } };
    }
  }

  function diffRefs(mr: FakeMergeRequest): { base_sha: string; start_sha: string; head_sha: string } {
    return mr.diff_refs ?? { base_sha: 'b'.repeat(40), start_sha: 'b'.repeat(40), head_sha: mr.sha };
  }

  /**
   * What GitLab checks before it places a diff note: the SHAs name the MR's diff version, the paths a
   * changed file, and the line one inside a hunk: an added line by new_line alone, an unchanged line by
   * both its old and new line, a removed line by old_line alone.
   */
  function positionProblem(mr: FakeMergeRequest, position: Record<string, string | number>): string | undefined {
    const refs = diffRefs(mr);
    if (position['base_sha'] !== refs.base_sha || position['start_sha'] !== refs.start_sha || position['head_sha'] !== refs.head_sha) return 'does not name a diff version of this merge request';
    const file = (mr.diffs ?? []).find((d) => d.new_path === position['new_path'] && d.old_path === position['old_path']);
    if (!file) return 'names no changed file';
    const newLine = position['new_line'] === undefined ? undefined : Number(position['new_line']);
    const oldLine = position['old_line'] === undefined ? undefined : Number(position['old_line']);
    const line = diffLines(file.diff).find((l) => (newLine === undefined ? l.new === undefined && l.old === oldLine : l.new === newLine));
    if (!line) return 'is not a line of the diff';
    if (line.old !== oldLine) return line.old === undefined ? 'is an added line: give new_line only' : `is an unchanged line: give old_line ${line.old} too`;
    return undefined;
  }

  function labelList(value: unknown): string[] {
    const raw = Array.isArray(value) ? value.map(String) : String(value ?? '').split(',');
    return [...new Set(raw.map((l) => l.trim()).filter(Boolean))];
  }

  function knownIds(value: unknown): number[] {
    return (Array.isArray(value) ? value : []).map(Number).filter((id) => fake.users.some((u) => u.id === id));
  }

  function validate(spec: EndpointSpec, query: Record<string, string | string[]>, body: unknown, where: string, form = false): void {
    const allowed = queryAllowed(spec);
    for (const [k, v] of Object.entries(query)) {
      const param = allowed[k];
      if (!param) fake.violations.push(`${where}: unknown query parameter ${k}`);
      else {
        const problem = checkParam(k, param, v, true);
        if (problem) fake.violations.push(`${where}: ${problem}`);
      }
    }
    if (spec.method === 'GET') return;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      fake.violations.push(`${where}: body must be a JSON object`);
      return;
    }
    const fields = spec.body ?? {};
    for (const [k, v] of Object.entries(body)) {
      const param = fields[k];
      if (!param) fake.violations.push(`${where}: unknown body field ${k}`);
      else {
        const problem = checkParam(k, param, v, form);
        if (problem) fake.violations.push(`${where}: ${problem}`);
      }
    }
    for (const [k, param] of Object.entries(fields)) {
      if (param.required && !(k in body)) fake.violations.push(`${where}: missing required field ${k}`);
    }
    if (spec.atLeastOne && Object.keys(body).length === 0) fake.violations.push(`${where}: needs at least one parameter`);
  }

  function parseQuery(search: URLSearchParams): Record<string, string | string[]> {
    const out: Record<string, string | string[]> = {};
    for (const [key, value] of search) {
      if (key.endsWith('[]')) {
        const k = key.slice(0, -2);
        out[k] = [...((out[k] as string[] | undefined) ?? []), value];
      } else out[key] = value;
    }
    return out;
  }

  const listener: http.RequestListener = (req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => {
      const method = req.method ?? 'GET';
      const rawUrl = req.url ?? '/';
      const q = rawUrl.indexOf('?');
      const rawPath = q < 0 ? rawUrl : rawUrl.slice(0, q);
      const search = new URLSearchParams(q < 0 ? '' : rawUrl.slice(q + 1));
      const send = (a: Answer): void => {
        const isText = typeof a.body === 'string';
        res.writeHead(a.status, { 'content-type': isText ? 'text/plain' : 'application/json', ...a.headers });
        res.end(isText ? (a.body as string) : JSON.stringify(a.body));
      };
      if (!rawPath.startsWith('/api/v4/')) {
        fake.violations.push(`${method} ${rawPath}: not under /api/v4`);
        return send(notFound(''));
      }
      const path = rawPath.slice('/api/v4'.length);
      const record: RecordedRequest = { method, path, endpoint: undefined, query: parseQuery(search), body: undefined, status: 0 };
      fake.requests.push(record);
      const reply = (a: Answer): void => {
        record.status = a.status;
        send(a);
      };
      if (size > MAX_BODY) return reply({ status: 413, body: { message: '413 Request Entity Too Large' } });
      const text = Buffer.concat(chunks).toString('utf8');
      const isForm = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
      if (text && isForm) {
        record.body = formFields(new URLSearchParams(text));
      } else if (text) {
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) fake.violations.push(`${method} ${path}: body without JSON content-type`);
        try {
          record.body = JSON.parse(text);
        } catch {
          fake.violations.push(`${method} ${path}: body is not JSON`);
        }
      }
      if (req.headers['private-token'] !== token && req.headers['authorization'] !== `Bearer ${token}`) {
        return reply({ status: 401, body: { message: '401 Unauthorized' } });
      }
      if (/^\/projects\/[^/]+\/[^/]+\/(?!-)/.test(path) && !/^\/projects\/(\d+|[^/]*%2F[^/]*)\//.test(path)) {
        fake.violations.push(`${method} ${path}: project path must be URL-encoded (group%2Fproject)`);
      }
      const match = matchEndpoint(method, path);
      if (!match) {
        fake.violations.push(`${method} ${path}: not a documented endpoint the droid uses`);
        return reply(notFound(''));
      }
      record.endpoint = match.spec.name;
      validate(match.spec, record.query, record.body ?? (method === 'GET' ? undefined : {}), `${method} ${path}`, isForm);
      const fault = faults.find((f) => f.left > 0 && (!f.method || f.method === method) && (!f.path || f.path.test(path)));
      if (fault) {
        fault.left -= 1;
        if (fault.applied) handle(match.spec, match.params, record.query, (record.body ?? {}) as Record<string, unknown>, path);
        if (fault.reset) {
          record.status = 0;
          return req.socket.destroy();
        }
        return reply({ status: fault.status, body: fault.body ?? { message: `${fault.status} injected` }, headers: fault.headers });
      }
      reply(handle(match.spec, match.params, record.query, (record.body ?? {}) as Record<string, unknown>, path));
    });
  };
  const server = options.tls ? https.createServer(options.tls, listener) : http.createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  baseUrl = `${options.tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.url = baseUrl;
  fake.apiUrl = `${baseUrl}/api/v4`;
  return fake;
}
