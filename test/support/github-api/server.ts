/**
 * A fake GitHub REST API on 127.0.0.1 (random port) that checks EVERY request against GitHub's
 * official OpenAPI description (`@octokit/openapi`, api.github.com.json) and answers in the
 * documented shape. Real Octokit talks to it; nothing is mocked.
 *
 *   const gh = await startGitHubApi({ owner: 'acme', repo: 'app' });
 *   gh.url                                  // base URL for Octokit (`baseUrl`) and the "web" origin
 *   gh.addUser('alice', { role: 'write' })  // collaborators: role admin|maintain|write|triage|read; type Bot|User
 *   gh.state.teams.add('backend')           // seed anything else through `state` (see state.ts)
 *   gh.inject('pulls/create', faults.serverError(), 2)   // next 2 matching requests fail first
 *   gh.inject('pulls/create', { ...faults.serverError(502), after: true })  // PR is created, client sees 502
 *   gh.requests / gh.calls('pulls/create')  // what was asked: method, path, operationId, status, auth scheme
 *   gh.assertNoViolations()                 // throws listing every request/response that broke the spec
 *   await gh.close()
 *
 * Violations (recorded, and the request answered 400/404/501): an unknown path or method, a request
 * whose parameters or body do not match the operation's schema, an operation this fake does not
 * implement, a response of ours that does not match the documented schema, an unsupported GraphQL
 * document. Authentication: every REST call needs `token`/`Bearer` with an accepted token (the
 * `token` option, default 'test-token', or one minted by the app endpoints) — else 401 like GitHub;
 * the two app endpoints need an RS256 JWT signed by the app's key (`setApp`).
 *
 * Extra routes outside the REST description: `POST /graphql` (validated against GitHub's GraphQL schema;
 * the draft mutations and createCommitOnBranch, graphql.ts)
 * and `GET /_blobs/job-logs/{id}` (where the job-log download redirects; serves text).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleGraphql } from './graphql.js';
import { gitHandlers } from './handlers-git.js';
import { ciHandlers } from './handlers-ci.js';
import { issueHandlers } from './handlers-issues.js';
import { pullHandlers } from './handlers-pulls.js';
import { appJwtOperations, repoHandlers } from './handlers-repo.js';
import { reviewHandlers } from './handlers-reviews.js';
import { verifyAppJwt } from './jwt.js';
import { ghError, type AuthInfo, type Handler, type Reply } from './reply.js';
import { loadGitHubSpec, responseSchema, sample, type Backend } from './spec.js';
import { createState, findUser, nextId, type FakeApp, type FakeState, type RoleName } from './state.js';

export interface Fault {
  /** default 500 */
  status?: number;
  message?: string;
  errors?: unknown[];
  headers?: Record<string, string>;
  /** fail after the handler ran: the change took effect but the client sees the failure */
  after?: boolean;
  /** destroy the connection instead of answering (a network error) */
  drop?: boolean;
  /** answer this body instead of GitHub's error shape (e.g. a stale empty list with status 200) */
  body?: unknown;
}

export const faults = {
  serverError: (status = 500): Fault => ({ status, message: 'Server Error' }),
  /** GitHub's secondary rate limit: 403 (or 429) with retry-after */
  secondaryRateLimit: (retryAfterSeconds: number, status: 403 | 429 = 403): Fault => ({
    status,
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    headers: { 'retry-after': String(retryAfterSeconds) },
  }),
  /** GitHub's primary rate limit: remaining 0 and a reset time (epoch seconds) */
  primaryRateLimit: (resetInSeconds: number, status: 403 | 429 = 403): Fault => ({
    status,
    message: 'API rate limit exceeded for installation ID 1.',
    headers: {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds),
    },
  }),
  unprocessable: (message: string, resource = 'PullRequest'): Fault => ({
    status: 422,
    message: 'Validation Failed',
    errors: [{ resource, code: 'custom', message }],
  }),
  networkError: (after = false): Fault => ({ drop: true, after }),
};

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId: string | undefined;
  /** status answered (0 when the connection was dropped) */
  status: number;
  hasAuthorization: boolean;
  authScheme: AuthInfo['scheme'];
  /** every Authorization header value sent (git may send several) */
  authorization: string[];
  body: unknown;
}

export interface Violation {
  kind: 'unknown-path' | 'bad-request' | 'not-implemented' | 'bad-response' | 'graphql' | 'bad-json';
  method: string;
  path: string;
  message: string;
}

export interface GitHubApiOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  /** accepted token; default 'test-token' */
  token?: string;
  /** login behind the token (author of what it creates); default 'droid-bot[bot]' */
  tokenUser?: string;
}

export interface GitHubApi {
  url: string;
  state: FakeState;
  requests: RecordedRequest[];
  violations: Violation[];
  calls(operationId: string): RecordedRequest[];
  assertNoViolations(): void;
  inject(operationId: string, fault: Fault, times?: number): void;
  addUser(login: string, init?: { role?: RoleName; type?: 'User' | 'Bot' }): void;
  setApp(app: Omit<FakeApp, 'publicKey'> & { publicKey: FakeApp['publicKey'] }): void;
  close(): Promise<void>;
}

const handlers: Record<string, Handler> = { ...repoHandlers, ...pullHandlers, ...issueHandlers, ...ciHandlers, ...reviewHandlers, ...gitHandlers };

function parseAuth(header: string | undefined): AuthInfo {
  if (!header) return { scheme: 'none', credential: undefined };
  const [scheme = '', ...rest] = header.split(' ');
  const credential = rest.join(' ');
  switch (scheme.toLowerCase()) {
    case 'token':
      return { scheme: 'token', credential };
    case 'bearer':
      return { scheme: 'bearer', credential };
    case 'basic':
      return { scheme: 'basic', credential };
    default:
      return { scheme: 'other', credential };
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function queryObject(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of params) out[key] = value;
  return out;
}

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const spec: Backend = await loadGitHubSpec();
  const state = createState({
    owner: options.owner ?? 'acme',
    repo: options.repo ?? 'app',
    defaultBranch: options.defaultBranch ?? 'main',
    tokenUser: options.tokenUser ?? 'droid-bot[bot]',
  });
  const acceptedToken = options.token ?? 'test-token';
  const requests: RecordedRequest[] = [];
  const violations: Violation[] = [];
  const injected: { operationId: string; fault: Fault }[] = [];
  let baseUrl = '';

  const takeFault = (operationId: string, after: boolean): Fault | undefined => {
    const index = injected.findIndex((f) => f.operationId === operationId && (f.fault.after === true) === after);
    if (index < 0) return undefined;
    return injected.splice(index, 1)[0]?.fault;
  };

  const tokenAccepted = (auth: AuthInfo): boolean =>
    (auth.scheme === 'token' || auth.scheme === 'bearer') &&
    (auth.credential === acceptedToken || state.mintedTokens.some((t) => t.token === auth.credential));

  const faultReply = (fault: Fault, operationId?: string, method = '', path = ''): Reply => {
    if (fault.body !== undefined) {
      const reply = { status: fault.status ?? 200, body: fault.body, headers: fault.headers ?? {} };
      return operationId ? shape(operationId, reply, method, path) : reply;
    }
    const reply = ghError(fault.status ?? 500, fault.message ?? 'Server Error', fault.errors);
    return { ...reply, headers: fault.headers ?? {} };
  };

  /** Completes `reply.body` into the documented shape and checks it against the response schema. */
  const shape = (operationId: string, reply: Reply, method: string, path: string): Reply => {
    const schema = responseSchema(spec, operationId, reply.status);
    if (!schema || reply.body === undefined) return reply;
    const body = sample(schema, reply.body);
    if (reply.status < 300) {
      const result = spec.validator.validateResponse(body, operationId, reply.status);
      if (!result.valid) {
        violations.push({ kind: 'bad-response', method, path, message: `${operationId} ${reply.status}: ${JSON.stringify(result.errors).slice(0, 600)}` });
      }
    }
    return { ...reply, body };
  };

  const route = async (method: string, url: URL, auth: AuthInfo, rawBody: string, record: RecordedRequest): Promise<Reply | 'drop'> => {
    const path = url.pathname;
    const blob = /^\/_blobs\/job-logs\/(\d+)$/.exec(path);
    if (method === 'GET' && blob) {
      const job = state.jobs.find((j) => j.id === Number(blob[1]));
      return job ? { status: 200, body: job.log, headers: { 'content-type': 'text/plain; charset=utf-8' } } : { status: 404, body: 'gone' };
    }
    let body: unknown;
    if (rawBody.length > 0) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        violations.push({ kind: 'bad-json', method, path, message: 'request body is not JSON' });
        return ghError(400, 'Problems parsing JSON');
      }
    }
    record.body = body;
    if (method === 'POST' && path === '/graphql') {
      record.operationId = 'graphql';
      if (!tokenAccepted(auth)) return ghError(401, 'Bad credentials');
      const fault = takeFault('graphql', false);
      if (fault) return fault.drop ? 'drop' : faultReply(fault);
      const result = handleGraphql(state, body);
      if (!result.ok) violations.push({ kind: 'graphql', method, path, message: result.violation });
      return { status: 200, body: result.body };
    }
    const request = { method, path, query: queryObject(url.searchParams), headers: {}, body };
    const operation = spec.router.matchOperation(request);
    if (!operation) {
      violations.push({ kind: 'unknown-path', method, path, message: `no operation for ${method} ${path} in GitHub's REST description` });
      return ghError(404, 'Not Found');
    }
    const operationId = operation.operationId ?? '';
    record.operationId = operationId;
    const validation = spec.validator.validateRequest(request, operation);
    if (!validation.valid) {
      const message = `${operationId}: ${JSON.stringify(validation.errors).slice(0, 600)}`;
      violations.push({ kind: 'bad-request', method, path, message });
      return ghError(400, `Invalid request: ${message}`);
    }
    const parsed = spec.router.parseRequest(request, operation);
    const params = parsed.params as Record<string, string>;
    if (appJwtOperations.has(operationId)) {
      if (auth.scheme !== 'bearer' || !auth.credential) return ghError(401, 'A JSON web token could not be decoded');
      const problem = state.app ? verifyAppJwt(auth.credential, state.app) : 'no app is registered';
      if (problem) return ghError(401, `A JSON web token could not be decoded (${problem})`);
    } else if (auth.scheme === 'none') {
      return ghError(401, 'Requires authentication');
    } else if (!tokenAccepted(auth)) {
      return ghError(401, 'Bad credentials');
    }
    if (params.owner !== undefined && params.repo !== undefined) {
      if (params.owner.toLowerCase() !== state.owner.toLowerCase() || params.repo.toLowerCase() !== state.repo.toLowerCase()) {
        return ghError(404, 'Not Found');
      }
    }
    const before = takeFault(operationId, false);
    if (before) return before.drop ? 'drop' : faultReply(before, operationId, method, path);
    const handler = handlers[operationId];
    if (!handler) {
      violations.push({ kind: 'not-implemented', method, path, message: `${operationId} is valid but this fake does not implement it` });
      return ghError(501, `${operationId} not implemented by the fake`);
    }
    const reply = shape(operationId, handler({ params, query: parsed.query as Record<string, unknown>, body, state, baseUrl, auth }), method, path);
    const after = takeFault(operationId, true);
    if (after) return after.drop ? 'drop' : faultReply(after);
    return reply;
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const method = (req.method ?? 'GET').toUpperCase();
      const url = new URL(req.url ?? '/', baseUrl);
      const auth = parseAuth(req.headers.authorization);
      const record: RecordedRequest = {
        method,
        path: url.pathname,
        query: queryObject(url.searchParams),
        operationId: undefined,
        status: 0,
        hasAuthorization: auth.scheme !== 'none',
        authScheme: auth.scheme,
        authorization: req.headersDistinct.authorization ?? [],
        body: undefined,
      };
      requests.push(record);
      const rawBody = await readBody(req);
      const reply = await route(method, url, auth, rawBody, record);
      if (reply === 'drop') {
        req.socket.destroy();
        return;
      }
      record.status = reply.status;
      const isText = typeof reply.body === 'string';
      const headers: Record<string, string> = {
        'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
        'x-github-request-id': `FAKE:${requests.length}`,
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        ...reply.headers,
      };
      res.writeHead(reply.status, headers);
      res.end(reply.body === undefined ? undefined : isText ? (reply.body as string) : JSON.stringify(reply.body));
    })().catch((error: unknown) => {
      violations.push({ kind: 'not-implemented', method: req.method ?? '', path: req.url ?? '', message: `fake crashed: ${String(error)}` });
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    state,
    requests,
    violations,
    calls: (operationId) => requests.filter((r) => r.operationId === operationId),
    assertNoViolations() {
      if (violations.length > 0) {
        throw new Error(`GitHub API violations:\n${violations.map((v) => `- [${v.kind}] ${v.method} ${v.path}: ${v.message}`).join('\n')}`);
      }
    },
    inject(operationId, fault, times = 1) {
      if (operationId !== 'graphql' && !spec.getOperation(operationId)) {
        throw new Error(`inject: ${operationId} is not an operation of GitHub's REST description`);
      }
      for (let i = 0; i < times; i += 1) injected.push({ operationId, fault });
    },
    addUser(login, init = {}) {
      state.users.set(login.toLowerCase(), { login, id: nextId(state), type: init.type ?? 'User', role: init.role });
    },
    setApp(app) {
      state.app = app;
      if (!findUser(state, `${app.slug}[bot]`)) state.users.set(`${app.slug}[bot]`, { login: `${app.slug}[bot]`, id: nextId(state), type: 'Bot' });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
