/**
 * A fake Jira on 127.0.0.1, Cloud or Server / Data Center, at the documented paths:
 *   GET  /rest/api/{v}/issue/{key}[?fields=…]        GET/POST /rest/api/{v}/issue/{key}/comment
 *   PUT  /rest/api/{v}/issue/{key}/comment/{id}      GET/POST /rest/api/{v}/issue/{key}/transitions
 * with v = 3 on Cloud (Basic base64(email:API token); descriptions and comment bodies in ADF, checked to be
 * a `doc`) and v = 2 on Server (Bearer personal access token; wiki markup strings). Anything else (the
 * other API version, wrong auth, a malformed body) is answered the way Jira does
 * (`{"errorMessages": [...], "errors": {}}`) and recorded as a violation.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeJiraIssue {
  key: string;
  summary: string;
  /** ADF (Cloud) or a wiki markup string (Server) */
  description: unknown;
  status: string;
  comments: { id: string; body: unknown }[];
  /** transitions available from any status: name -> target status */
  transitions: { id: string; name: string; to: string }[];
}

export interface JiraApi {
  url: string;
  api: 'cloud' | 'server';
  issues: Map<string, FakeJiraIssue>;
  requests: { method: string; path: string }[];
  violations: string[];
  authHeaders: string[];
  /** the next `times` requests matching `method` and `pathPart` get `status` */
  failNext(match: { method?: string; pathPart?: string }, status: number, times?: number, headers?: Record<string, string>): void;
  addIssue(issue: Partial<FakeJiraIssue> & { key: string }): FakeJiraIssue;
  close(): Promise<void>;
}

interface Failure {
  method?: string | undefined;
  pathPart?: string | undefined;
  status: number;
  headers: Record<string, string>;
}

function isAdfDoc(body: unknown): boolean {
  const o = body as { type?: unknown; version?: unknown; content?: unknown } | null;
  return !!o && o.type === 'doc' && o.version === 1 && Array.isArray(o.content);
}

export async function startJiraApi(options: { api: 'cloud' | 'server'; token: string; email?: string }): Promise<JiraApi> {
  const v = options.api === 'cloud' ? '3' : '2';
  const expectedAuth = options.api === 'cloud' ? `Basic ${Buffer.from(`${options.email ?? ''}:${options.token}`).toString('base64')}` : `Bearer ${options.token}`;
  const issues = new Map<string, FakeJiraIssue>();
  const requests: JiraApi['requests'] = [];
  const violations: string[] = [];
  const authHeaders: string[] = [];
  const failures: Failure[] = [];
  let nextComment = 10000;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const send = (status: number, body?: unknown, headers: Record<string, string> = {}): void => {
        res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', ...headers });
        res.end(body === undefined ? '' : JSON.stringify(body));
      };
      const jiraError = (status: number, message: string, errors: Record<string, string> = {}): void => send(status, { errorMessages: message ? [message] : [], errors });
      const method = req.method ?? 'GET';
      const url = new URL(req.url ?? '/', 'http://jira.invalid');
      const path = url.pathname;
      requests.push({ method, path });
      const auth = req.headers.authorization ?? '';
      authHeaders.push(auth);
      if (auth !== expectedAuth) {
        violations.push(`${method} ${path}: unexpected Authorization (${auth.split(' ')[0] || 'none'})`);
        return send(401, { errorMessages: ['You are not authenticated. Authentication required to perform this operation.'], errors: {} });
      }
      const fail = failures.findIndex((f) => (!f.method || f.method === method) && (!f.pathPart || path.includes(f.pathPart)));
      if (fail >= 0) {
        const [f] = failures.splice(fail, 1);
        return send(f!.status, { errorMessages: [`injected ${f!.status}`], errors: {} }, f!.headers);
      }
      const m = /^\/rest\/api\/(\d)\/issue\/([^/]+)(?:\/(comment|transitions)(?:\/([^/]+))?)?$/.exec(path);
      if (!m) {
        violations.push(`${method} ${path}: not a documented path`);
        return jiraError(404, 'Not found');
      }
      const [, version, rawKey = '', sub, subId] = m;
      if (version !== v) {
        violations.push(`${method} ${path}: REST v${version} on Jira ${options.api} (expected v${v})`);
        return jiraError(404, `REST API v${version} is not available`);
      }
      const issue = issues.get(decodeURIComponent(rawKey));
      if (!issue) return jiraError(404, 'Issue does not exist or you do not have permission to see it.');
      let body: unknown;
      if (chunks.length) {
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          violations.push(`${method} ${path}: body is not JSON`);
          return jiraError(400, 'Unexpected character in the request body');
        }
        if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) violations.push(`${method} ${path}: Content-Type is not application/json`);
      }
      const bodyOk = (b: unknown): boolean => (options.api === 'cloud' ? isAdfDoc(b) : typeof b === 'string');
      if (!sub && method === 'GET') {
        return send(200, {
          id: String(10000 + [...issues.keys()].indexOf(issue.key)),
          key: issue.key,
          self: `http://jira.invalid/rest/api/${v}/issue/${issue.key}`,
          fields: { summary: issue.summary, description: issue.description, status: { name: issue.status, statusCategory: { key: 'new' } } },
        });
      }
      if (sub === 'comment' && method === 'GET' && !subId) {
        const startAt = Number(url.searchParams.get('startAt') ?? 0);
        const max = Number(url.searchParams.get('maxResults') ?? 50);
        return send(200, { startAt, maxResults: max, total: issue.comments.length, comments: issue.comments.slice(startAt, startAt + max) });
      }
      if (sub === 'comment' && (method === 'POST' || method === 'PUT')) {
        const commentBody = (body as { body?: unknown } | undefined)?.body;
        if (!bodyOk(commentBody)) {
          violations.push(`${method} ${path}: comment body is not ${options.api === 'cloud' ? 'an ADF doc' : 'a wiki markup string'}`);
          return jiraError(400, '', { comment: options.api === 'cloud' ? 'Comment body is not valid!' : 'Comment body can not be empty!' });
        }
        if (method === 'POST' && !subId) {
          const comment = { id: String(nextComment++), body: commentBody };
          issue.comments.push(comment);
          return send(201, comment);
        }
        const comment = issue.comments.find((c) => c.id === subId);
        if (!comment || method !== 'PUT') return jiraError(404, 'Can not find a comment for the id');
        comment.body = commentBody;
        return send(200, comment);
      }
      if (sub === 'transitions' && method === 'GET') {
        return send(200, { transitions: issue.transitions.map((t) => ({ id: t.id, name: t.name, to: { name: t.to } })) });
      }
      if (sub === 'transitions' && method === 'POST') {
        const id = (body as { transition?: { id?: unknown } } | undefined)?.transition?.id;
        const t = issue.transitions.find((x) => x.id === id);
        if (!t) {
          violations.push(`${method} ${path}: unknown transition ${String(id)}`);
          return jiraError(400, '', { transition: `Transition id '${String(id)}' is not valid for this issue.` });
        }
        issue.status = t.to;
        return send(204);
      }
      violations.push(`${method} ${path}: not a documented operation`);
      return jiraError(405, 'Method not allowed');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    api: options.api,
    issues,
    requests,
    violations,
    authHeaders,
    failNext(match, status, times = 1, headers = {}) {
      for (let i = 0; i < times; i += 1) failures.push({ ...match, status, headers });
    },
    addIssue(issue) {
      const full: FakeJiraIssue = {
        summary: 'A ticket',
        description: null,
        status: 'To Do',
        comments: [],
        transitions: [
          { id: '11', name: 'Start progress', to: 'In Progress' },
          { id: '21', name: 'Review', to: 'In Review' },
          { id: '31', name: 'Done', to: 'Done' },
        ],
        ...issue,
      };
      issues.set(full.key, full);
      return full;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
