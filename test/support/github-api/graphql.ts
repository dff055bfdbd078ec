/**
 * `POST /graphql`: every document is parsed, validated and executed against GitHub's published
 * schema (`@octokit/graphql-schema`, its introspection JSON) with graphql-js, so a misspelt field, a wrong
 * input type or a missing variable is a violation exactly where GitHub would refuse it. Resolvers
 * exist for the mutations the droid uses:
 * - `markPullRequestReadyForReview` / `convertPullRequestToDraft` (REST cannot toggle draft);
 * - `createCommitOnBranch` (`pr.sign: api`): writes a real commit into the bare repo behind the git
 *   remote (`state.gitDir`) with git plumbing (a private index, `hash-object`, `write-tree`,
 *   `commit-tree`, `update-ref` with the old value), fast-forward only: an `expectedHeadOid` that is
 *   not the branch head answers GitHub's STALE_DATA error. Commits it makes are listed in
 *   `state.apiCommits` (GitHub would sign them).
 * - `viewer { login }`: the account behind the token, answered with the state's `tokenUser`.
 * Any other root field is a violation. Answers in GraphQL's shape (`data` and/or `errors`, HTTP 200).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildClientSchema, GraphQLError, type IntrospectionQuery, graphqlSync, parse, validate, type GraphQLSchema } from 'graphql';
import type { FakeState } from './state.js';

export type GraphqlResult =
  | { ok: true; body: unknown }
  | { ok: false; violation: string; body: unknown };

let schema: GraphQLSchema | undefined;
function githubSchema(): GraphQLSchema {
  if (!schema) {
    // the introspection form (schema.json): the SDL file defines some fields twice, which graphql-js refuses
    const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'node_modules', '@octokit', 'graphql-schema', 'schema.json');
    schema = buildClientSchema(JSON.parse(readFileSync(file, 'utf8')) as IntrospectionQuery);
  }
  return schema;
}

/** An error GitHub reports with a `type` (STALE_DATA, NOT_FOUND, UNPROCESSABLE). */
class GitHubGraphqlError extends GraphQLError {
  constructor(type: string, message: string) {
    super(message, { extensions: { type } });
  }
}

interface CommitInput {
  branch: { repositoryNameWithOwner?: string; branchName?: string; id?: string };
  expectedHeadOid: string;
  message: { headline: string; body?: string | null };
  fileChanges?: { additions?: { path: string; contents: string }[] | null; deletions?: { path: string }[] | null } | null;
}

const git = (gitDir: string, args: string[], options: { input?: Buffer | string; env?: NodeJS.ProcessEnv } = {}): string =>
  execFileSync('git', args, { cwd: gitDir, input: options.input, env: { ...process.env, GIT_DIR: gitDir, ...options.env }, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] }).trim();

function headOf(gitDir: string, branch: string): string | undefined {
  try {
    return git(gitDir, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`]);
  } catch {
    return undefined;
  }
}

function checkPath(file: string): void {
  if (!file || file.startsWith('/') || file.split('/').some((p) => p === '' || p === '.' || p === '..' || p === '.git')) {
    throw new GitHubGraphqlError('UNPROCESSABLE', `Invalid path: "${file}"`);
  }
}

function createCommitOnBranch(state: FakeState, input: CommitInput): { commit: { oid: string; url: string } } {
  const gitDir = state.gitDir;
  if (!gitDir) throw new Error('the GitHub fake has no state.gitDir: set it to the bare repo behind the git remote');
  const full = `${state.owner}/${state.repo}`.toLowerCase();
  if (input.branch.id !== undefined || (input.branch.repositoryNameWithOwner ?? '').toLowerCase() !== full) {
    throw new GitHubGraphqlError('NOT_FOUND', `Could not resolve to a Repository with the name '${input.branch.repositoryNameWithOwner ?? ''}'.`);
  }
  const branch = input.branch.branchName ?? '';
  state.beforeCommitOnBranch?.(branch);
  const head = headOf(gitDir, branch);
  if (!head) throw new GitHubGraphqlError('NOT_FOUND', `A ref named "refs/heads/${branch}" does not exist.`);
  if (!/^[0-9a-f]{40}$/.test(input.expectedHeadOid)) throw new GitHubGraphqlError('UNPROCESSABLE', `"${input.expectedHeadOid}" is not a valid git object id`);
  if (input.expectedHeadOid !== head) {
    throw new GitHubGraphqlError('STALE_DATA', `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`);
  }
  const additions = input.fileChanges?.additions ?? [];
  const deletions = input.fileChanges?.deletions ?? [];
  const dir = mkdtempSync(path.join(tmpdir(), 'gh-fake-index-'));
  try {
    const env = { GIT_INDEX_FILE: path.join(dir, 'index') };
    git(gitDir, ['read-tree', head], { env });
    for (const { path: file } of deletions) {
      checkPath(file);
      if (git(gitDir, ['ls-files', '--', file], { env }) === '') throw new GitHubGraphqlError('UNPROCESSABLE', `A path was requested for deletion which does not exist as of commit oid \`${head}\`: ${file}`);
      // mode 0 removes the entry; --index-info needs no work tree (this is a bare repo)
      git(gitDir, ['update-index', '--index-info'], { env, input: `0 ${'0'.repeat(40)}\t${file}\n` });
    }
    for (const { path: file, contents } of additions) {
      checkPath(file);
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contents)) throw new GitHubGraphqlError('UNPROCESSABLE', `contents of ${file} are not base64`);
      const blob = git(gitDir, ['hash-object', '-w', '--stdin'], { input: Buffer.from(contents, 'base64') });
      git(gitDir, ['update-index', '--add', '--cacheinfo', `100644,${blob},${file}`], { env });
    }
    const tree = git(gitDir, ['write-tree'], { env });
    const message = input.message.body ? `${input.message.headline}\n\n${input.message.body}\n` : `${input.message.headline}\n`;
    const user = state.tokenUser;
    const oid = git(gitDir, ['commit-tree', tree, '-p', head, '-F', '-'], {
      input: message,
      env: {
        GIT_AUTHOR_NAME: user,
        GIT_AUTHOR_EMAIL: `41898282+${user}@users.noreply.github.com`,
        GIT_COMMITTER_NAME: 'GitHub',
        GIT_COMMITTER_EMAIL: 'noreply@github.com',
      },
    });
    // compare-and-swap on the old head: a push that lands in between makes this fail, never lost
    git(gitDir, ['update-ref', `refs/heads/${branch}`, oid, head]);
    state.apiCommits.push({ branch, oid, parent: head, message });
    return { commit: { oid, url: `https://github.com/${state.owner}/${state.repo}/commit/${oid}` } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function setDraft(state: FakeState, id: string, draft: boolean): { pullRequest: { isDraft: boolean; number: number; id: string } } {
  const pull = state.pulls.find((p) => p.node_id === id);
  if (!pull) throw new GitHubGraphqlError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
  pull.draft = draft;
  return { pullRequest: { isDraft: pull.draft, number: pull.number, id: pull.node_id } };
}

const IMPLEMENTED = new Set(['createCommitOnBranch', 'markPullRequestReadyForReview', 'convertPullRequestToDraft', 'viewer']);

export function handleGraphql(state: FakeState, payload: unknown): GraphqlResult {
  const request = payload as { query?: unknown; variables?: Record<string, unknown> | null; operationName?: unknown } | null;
  const query = typeof request?.query === 'string' ? request.query : '';
  let document;
  try {
    document = parse(query);
  } catch (error) {
    return { ok: false, violation: `GraphQL syntax error: ${String(error)}`, body: { errors: [{ message: String(error) }] } };
  }
  const problems = validate(githubSchema(), document);
  if (problems.length > 0) {
    const messages = problems.map((p) => p.message);
    return { ok: false, violation: `GraphQL document invalid against GitHub's schema: ${messages.join('; ')}`, body: { errors: messages.map((message) => ({ message })) } };
  }
  const fields = document.definitions.flatMap((d) => (d.kind === 'OperationDefinition' ? d.selectionSet.selections.map((s) => (s.kind === 'Field' ? s.name.value : s.kind)) : []));
  const unsupported = fields.filter((f) => !IMPLEMENTED.has(f));
  if (unsupported.length > 0) {
    return { ok: false, violation: `GraphQL field(s) this fake does not implement: ${unsupported.join(', ')}`, body: { errors: [{ message: 'not implemented by the fake' }] } };
  }
  const rootValue = {
    // the account behind the token (for an installation token `<slug>[bot]`, which REST `GET /user` refuses)
    viewer: () => ({ login: state.tokenUser }),
    createCommitOnBranch: ({ input }: { input: CommitInput }) => createCommitOnBranch(state, input),
    markPullRequestReadyForReview: ({ input }: { input: { pullRequestId: string } }) => setDraft(state, input.pullRequestId, false),
    convertPullRequestToDraft: ({ input }: { input: { pullRequestId: string } }) => setDraft(state, input.pullRequestId, true),
  };
  const result = graphqlSync({ schema: githubSchema(), source: query, rootValue, variableValues: request?.variables ?? undefined });
  const errors = (result.errors ?? []).map((e) => {
    const type = e.extensions?.type;
    return typeof type === 'string' ? { type, path: e.path, locations: e.locations, message: e.message } : { path: e.path, locations: e.locations, message: e.message };
  });
  // an error without a GitHub type is a request the schema refused (variables) or a bug in this fake
  const untyped = (result.errors ?? []).filter((e) => typeof e.extensions?.type !== 'string');
  const body = errors.length > 0 ? { data: result.data ?? null, errors } : { data: result.data };
  if (untyped.length > 0) return { ok: false, violation: `GraphQL request refused: ${untyped.map((e) => e.message).join('; ')}`, body };
  return { ok: true, body };
}
