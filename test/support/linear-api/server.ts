/**
 * A fake Linear GraphQL API on 127.0.0.1. Every request must carry the API key in `Authorization` as is
 * (no "Bearer": Linear refuses that for API keys), and every operation is parsed and validated against
 * Linear's schema (schema.ts); one that does not validate is answered with GraphQL errors and recorded
 * as a violation. Valid operations run against a small state: issues (by identifier), their comments,
 * the team's workflow states.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError, execute, parse, validate, type DocumentNode } from 'graphql';
import { linearSchema } from './schema.js';

export interface FakeLinearIssue {
  id: string;
  identifier: string;
  title: string;
  description: string;
  state: string;
  comments: { id: string; body: string; mine: boolean }[];
}

export interface LinearApi {
  url: string;
  issues: Map<string, FakeLinearIssue>;
  states: string[];
  /** every operation received (name, variables) */
  operations: { name: string; variables: Record<string, unknown> }[];
  violations: string[];
  /** the raw Authorization headers seen */
  authHeaders: string[];
  /** the next `times` requests get this HTTP status (and headers) */
  failNext(status: number, times?: number, headers?: Record<string, string>): void;
  addIssue(issue: Partial<FakeLinearIssue> & { identifier: string }): FakeLinearIssue;
  close(): Promise<void>;
}

export async function startLinearApi(options: { apiKey: string }): Promise<LinearApi> {
  const schema = linearSchema();
  const issues = new Map<string, FakeLinearIssue>();
  const states = ['Backlog', 'Todo', 'In Progress', 'In Review', 'Done'];
  const operations: LinearApi['operations'] = [];
  const violations: string[] = [];
  const authHeaders: string[] = [];
  const failures: { status: number; headers: Record<string, string> }[] = [];
  let nextId = 1;

  const find = (id: unknown): FakeLinearIssue => {
    const issue = typeof id === 'string' ? (issues.get(id) ?? [...issues.values()].find((i) => i.id === id)) : undefined;
    if (!issue) throw new GraphQLError('Entity not found: Issue - Could not find referenced Issue.', { extensions: { type: 'invalid input', code: 'INPUT_ERROR', userError: true } });
    return issue;
  };
  const stateId = (name: string): string => `state-${states.indexOf(name)}`;
  const view = (issue: FakeLinearIssue) => ({
    id: issue.id,
    identifier: issue.identifier,
    title: issue.title,
    description: issue.description,
    url: `https://linear.app/acme/issue/${issue.identifier}/${issue.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    state: { id: stateId(issue.state), name: issue.state },
    comments: ({ first, after }: { first?: number; after?: string }) => {
      const start = after ? Number(after) : 0;
      const page = issue.comments.slice(start, start + (first ?? 50));
      return {
        nodes: page.map((c) => ({ id: c.id, body: c.body, user: { isMe: c.mine } })),
        pageInfo: { hasNextPage: start + page.length < issue.comments.length, endCursor: String(start + page.length) },
      };
    },
    team: { states: () => ({ nodes: states.map((name) => ({ id: stateId(name), name })) }) },
  });
  const root = {
    issue: ({ id }: { id: string }) => view(find(id)),
    commentCreate: ({ input }: { input: { issueId?: string; body?: string } }) => {
      const issue = find(input.issueId);
      const comment = { id: `comment-${nextId++}`, body: input.body ?? '', mine: true };
      issue.comments.push(comment);
      return { success: true, lastSyncId: 1, comment: { id: comment.id } };
    },
    commentUpdate: ({ id, input }: { id: string; input: { body?: string } }) => {
      const comment = [...issues.values()].flatMap((i) => i.comments).find((c) => c.id === id);
      if (!comment) throw new GraphQLError('Entity not found: Comment', { extensions: { code: 'INPUT_ERROR' } });
      if (!comment.mine) throw new GraphQLError('You can only edit your own comments', { extensions: { code: 'FORBIDDEN' } });
      comment.body = input.body ?? comment.body;
      return { success: true, lastSyncId: 2, comment: { id } };
    },
    issueUpdate: ({ id, input }: { id: string; input: { stateId?: string } }) => {
      const issue = find(id);
      const state = states.find((s) => stateId(s) === input.stateId);
      if (!state) throw new GraphQLError('Entity not found: WorkflowState', { extensions: { code: 'INPUT_ERROR' } });
      issue.state = state;
      return { success: true, lastSyncId: 3 };
    },
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      const auth = req.headers.authorization ?? '';
      authHeaders.push(auth);
      if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== '/graphql') {
        violations.push(`${req.method} ${req.url}: Linear serves POST /graphql only`);
        return send(404, { errors: [{ message: 'Not found' }] });
      }
      if (auth !== options.apiKey) {
        if (/^bearer /i.test(auth)) violations.push('an API key was sent as "Bearer …": Linear wants the key as is');
        return send(400, { errors: [{ message: 'Authentication required, not authenticated', extensions: { type: 'authentication error', code: 'AUTHENTICATION_ERROR' } }] });
      }
      const failure = failures.shift();
      if (failure) return send(failure.status, { errors: [{ message: `injected ${failure.status}` }] }, failure.headers);
      let payload: { query?: unknown; variables?: unknown; operationName?: unknown };
      try {
        payload = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof payload;
      } catch {
        violations.push('the body is not JSON');
        return send(400, { errors: [{ message: 'POST body sent invalid JSON.' }] });
      }
      let document: DocumentNode;
      try {
        document = parse(typeof payload.query === 'string' ? payload.query : '');
      } catch (error) {
        violations.push(`unparsable GraphQL: ${(error as Error).message}`);
        return send(400, { errors: [{ message: (error as Error).message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] });
      }
      const errors = validate(schema, document);
      if (errors.length > 0) {
        violations.push(...errors.map((e) => `invalid against Linear's schema: ${e.message}`));
        return send(400, { errors: errors.map((e) => ({ message: e.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) });
      }
      const variables = (payload.variables && typeof payload.variables === 'object' ? payload.variables : {}) as Record<string, unknown>;
      const op = document.definitions.find((d) => d.kind === 'OperationDefinition');
      operations.push({ name: op && 'name' in op && op.name ? op.name.value : '(anonymous)', variables });
      void Promise.resolve(execute({ schema, document, rootValue: root, variableValues: variables })).then((result) => {
        if (result.errors?.some((e) => e.message.startsWith('Variable '))) violations.push(...result.errors.map((e) => e.message));
        send(200, { data: result.data ?? null, ...(result.errors ? { errors: result.errors.map((e) => ({ message: e.message, path: e.path, extensions: e.extensions })) } : {}) });
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    issues,
    states,
    operations,
    violations,
    authHeaders,
    failNext(status, times = 1, headers = {}) {
      for (let i = 0; i < times; i += 1) failures.push({ status, headers });
    },
    addIssue(issue) {
      const full: FakeLinearIssue = { id: `issue-${nextId++}`, title: 'A ticket', description: '', state: 'Todo', comments: [], ...issue };
      issues.set(full.identifier, full);
      return full;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
