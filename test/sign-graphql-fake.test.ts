/**
 * The GitHub fake's GraphQL endpoint checks what the signed-commit path sends against GitHub's
 * published schema, and its createCommitOnBranch writes a real commit (or refuses like GitHub).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { handleGraphql } from './support/github-api/graphql.js';
import { createState } from './support/github-api/state.js';

const MUTATION = 'mutation($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid url } } }';
let dir: string;
let gitDir: string;
let head: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'gql-fake-'));
  const work = path.join(dir, 'work');
  gitDir = path.join(dir, 'app.git');
  const g = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
  execFileSync('git', ['init', '-q', '-b', 'main', work]);
  execFileSync('sh', ['-c', 'printf "one\\n" > a.txt && printf "gone\\n" > b.txt'], { cwd: work });
  g(work, 'add', '.');
  g(work, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init');
  execFileSync('git', ['clone', '-q', '--bare', work, gitDir]);
  head = g(gitDir, 'rev-parse', 'main');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function state() {
  const s = createState({ owner: 'acme', repo: 'app', defaultBranch: 'main', tokenUser: 'droid[bot]' });
  s.gitDir = gitDir;
  return s;
}

const input = (expectedHeadOid: string) => ({
  branch: { repositoryNameWithOwner: 'acme/app', branchName: 'main' },
  expectedHeadOid,
  message: { headline: 'Fix a', body: 'Droid-Run: r-1' },
  fileChanges: { additions: [{ path: 'dir/a.txt', contents: Buffer.from('two\n').toString('base64') }], deletions: [{ path: 'b.txt' }] },
});

it('refuses a document that does not match GitHub\'s schema (misspelt field, wrong input type)', () => {
  const misspelt = handleGraphql(state(), { query: MUTATION.replace('oid url', 'oid sha'), variables: { input: input(head) } });
  expect(misspelt.ok).toBe(false);
  expect(!misspelt.ok && misspelt.violation).toMatch(/Cannot query field "sha" on type "Commit"/);
  const badInput = handleGraphql(state(), { query: MUTATION, variables: { input: { ...input(head), message: 'just a string' } } });
  expect(badInput.ok).toBe(false);
  expect(!badInput.ok && badInput.violation).toMatch(/CommitMessage/);
});

it('answers STALE_DATA for an expectedHeadOid that is not the head, and writes nothing', () => {
  const s = state();
  const stale = handleGraphql(s, { query: MUTATION, variables: { input: input('0'.repeat(40)) } });
  expect(stale.ok).toBe(true);
  expect(JSON.stringify(stale.ok && stale.body)).toContain('"type":"STALE_DATA"');
  expect(execFileSync('git', ['rev-parse', 'main'], { cwd: gitDir, encoding: 'utf8' }).trim()).toBe(head);
  expect(s.apiCommits).toEqual([]);
});

it('makes a real commit on top of the head: additions, deletions, the message with its trailer', () => {
  const s = state();
  const made = handleGraphql(s, { query: MUTATION, variables: { input: input(head) } });
  expect(made.ok, JSON.stringify(made)).toBe(true);
  const oid = (made.ok && (made.body as { data: { createCommitOnBranch: { commit: { oid: string } } } }).data.createCommitOnBranch.commit.oid) || '';
  const g = (...args: string[]): string => execFileSync('git', args, { cwd: gitDir, encoding: 'utf8' }).trim();
  expect(g('rev-parse', 'main')).toBe(oid);
  expect(g('rev-parse', `${oid}^`)).toBe(head);
  expect(g('show', `${oid}:dir/a.txt`)).toBe('two');
  expect(g('ls-tree', '--name-only', oid)).toBe('a.txt\ndir');
  expect(g('log', '-1', '--format=%B', oid)).toBe('Fix a\n\nDroid-Run: r-1');
  expect(s.apiCommits.map((c) => c.oid)).toEqual([oid]);
});
