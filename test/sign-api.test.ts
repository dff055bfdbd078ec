/**
 * `pr.sign: api` through the bundled action: the droid's commit is made by the GitHub fake's
 * createCommitOnBranch (validated against GitHub's GraphQL schema, writing a real commit into the
 * bare repo behind the git remote), fast-forward only; a stale head is refetched once and never
 * forced; what the mutation cannot express falls back to a plain push, said in the outcome.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { REPO, startWorld, type ActionRun, type World } from './support/action-runner.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const BRANCH = 'droid/1-date-parser-rejects-iso-week-dates';

function failed(run: ActionRun): string {
  return `exit ${run.code}\n${run.log.slice(-4000)}\n${run.stderr}`;
}

async function signedWorld(files: Record<string, string> = {}): Promise<World> {
  const w = await startWorld({ files, config: { pr: 'labels: [droid]\nsign: api' } });
  w.gh.state.gitDir = w.remote.repoPath(REPO);
  return w;
}

/** "Someone else" adds a commit to `branch` of the bare repo with plumbing, synchronously (inside the fake's request handler). */
function commitInBare(gitDir: string, branch: string, file: string, content: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'race-index-'));
  try {
    const env = { ...process.env, GIT_DIR: gitDir, GIT_INDEX_FILE: path.join(dir, 'index'), GIT_AUTHOR_NAME: 'Someone', GIT_AUTHOR_EMAIL: 's@example.com', GIT_COMMITTER_NAME: 'Someone', GIT_COMMITTER_EMAIL: 's@example.com' };
    const g = (args: string[], input?: string): string => execFileSync('git', args, { env, input, encoding: 'utf8' }).trim();
    const head = g(['rev-parse', `refs/heads/${branch}`]);
    g(['read-tree', head]);
    const blob = g(['hash-object', '-w', '--stdin'], content);
    g(['update-index', '--add', '--cacheinfo', `100644,${blob},${file}`]);
    const commit = g(['commit-tree', g(['write-tree']), '-p', head, '-m', 'Someone else pushed first']);
    g(['update-ref', `refs/heads/${branch}`, commit, head]);
    return commit;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type CommitVariables = { input: { expectedHeadOid: string; message: { headline: string; body: string }; fileChanges: { additions: { path: string; contents: string }[]; deletions: { path: string }[] } } };
const commitCalls = (w: World): CommitVariables[] =>
  w.gh.calls('graphql').map((r) => (r.body as { variables: CommitVariables }).variables).filter((v) => v?.input?.expectedHeadOid !== undefined); // the identity lookup (viewer { login }) has no variables
const receivePacks = (w: World): number => w.remote.requests.filter((r) => r.service === 'git-receive-pack').length;

it('makes the droid commit through createCommitOnBranch on a new branch, with the trailers, and pushes nothing over git', async () => {
  world = await signedWorld();
  const main = (await world.remote.headOf(REPO, 'main')) ?? '';
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-opened');

  // the branch was created at the base first (REST), then the commit made on top of it (GraphQL)
  const refs = world.gh.calls('git/create-ref');
  expect(refs.map((r) => r.body)).toEqual([{ ref: `refs/heads/${BRANCH}`, sha: main }]);
  const calls = commitCalls(world);
  expect(calls).toHaveLength(1);
  expect(calls[0]?.input.expectedHeadOid).toBe(main);
  const status = calls[0]?.input.fileChanges.additions.find((a) => a.path === 'status.txt');
  expect(Buffer.from(status?.contents ?? '', 'base64').toString()).toBe('fixed\n');
  expect(calls[0]?.input.message.body).toMatch(/Droid-Run: gh-\d+-1/);

  // GitHub made the commit (it would sign it): on the remote, with the trailers, the output names it
  expect(world.gh.state.apiCommits.map((c) => c.oid)).toEqual([run.outputs.commit_sha]);
  expect(await world.remote.headOf(REPO, BRANCH)).toBe(run.outputs.commit_sha);
  const info = await world.remote.commitInfo(REPO, BRANCH);
  expect(info.committer).toContain('GitHub');
  expect(info.message).toMatch(/Co-authored-by: Codertocat <Codertocat@users\.noreply\.github\.com>/);
  expect(info.message).toContain('Droid-Ticket: #1');
  expect(await world.remote.fileAt(REPO, BRANCH, 'status.txt')).toBe('fixed\n');
  expect(receivePacks(world)).toBe(0);
  expect(world.gh.calls('pulls/create')).toHaveLength(1);
  world.gh.assertNoViolations();
});

it('a head that moved under the mutation is refetched once and the commit goes on top, never forced', async () => {
  world = await signedWorld();
  const gitDir = world.remote.repoPath(REPO);
  let theirs = '';
  world.gh.state.beforeCommitOnBranch = (branch) => {
    if (theirs) return;
    theirs = commitInBare(gitDir, branch, 'other.txt', 'pushed by someone else\n');
  };
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-opened');

  const calls = commitCalls(world);
  expect(calls).toHaveLength(2);
  expect(calls[1]?.input.expectedHeadOid).toBe(theirs);
  // the first answer was GitHub's STALE_DATA, the second made the commit on their head
  // (the third GraphQL request is the droid's identity lookup, viewer { login })
  expect(JSON.stringify(world.gh.requests.filter((r) => r.operationId === 'graphql').map((r) => r.status))).toBe('[200,200,200]');
  expect(world.gh.state.apiCommits).toEqual([expect.objectContaining({ parent: theirs, oid: run.outputs.commit_sha })]);
  const log = await world.remote.log(REPO, BRANCH);
  expect(log[0]).toContain(run.outputs.commit_sha);
  expect(log[1]).toContain(theirs);
  expect(await world.remote.fileAt(REPO, BRANCH, 'other.txt')).toBe('pushed by someone else\n');
  expect(await world.remote.fileAt(REPO, BRANCH, 'status.txt')).toBe('fixed\n');
  expect(receivePacks(world)).toBe(0);
  world.gh.assertNoViolations();
});

it('a moved head that changed the same file is a conflict: nothing overwritten, the work kept as a patch', async () => {
  world = await signedWorld();
  const gitDir = world.remote.repoPath(REPO);
  let theirs = '';
  world.gh.state.beforeCommitOnBranch = (branch) => {
    if (theirs) return;
    theirs = commitInBare(gitDir, branch, 'status.txt', 'theirs\n');
  };
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code).not.toBe(0);
  expect(run.outputs.conclusion).toBe('error');
  expect(run.log).toMatch(/someone pushed changes to status\.txt/);
  expect(run.log).toMatch(/work is kept as a patch: \S+\.patch/);
  expect(await world.remote.headOf(REPO, BRANCH)).toBe(theirs);
  expect(await world.remote.fileAt(REPO, BRANCH, 'status.txt')).toBe('theirs\n');
  expect(commitCalls(world)).toHaveLength(1);
  expect(world.gh.state.apiCommits).toEqual([]);
  expect(receivePacks(world)).toBe(0);
});

it('an executable file falls back to a plain push, and the outcome says the commit is unsigned', async () => {
  world = await signedWorld({ '.engine-extra.sh': "printf '#!/bin/sh\\necho hi\\n' > tool.sh\nchmod +x tool.sh\n" });
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-opened');
  expect(commitCalls(world)).toHaveLength(0);
  expect(world.gh.calls('git/create-ref')).toHaveLength(0);
  expect(receivePacks(world)).toBeGreaterThan(0);
  expect(await world.remote.headOf(REPO, BRANCH)).toBe(run.outputs.commit_sha);
  expect(run.summary).toContain('pr.sign: api could not be used (tool.sh is executable');
  expect(world.botComments().at(-1)?.body).toContain('pushed over git, unsigned');
});

it('on a PR head the signed commit goes on the pinned head; a head that moves under the mutation stops with "PR head moved"', async () => {
  world = await signedWorld();
  const pull = await world.openPull(1, { head: 'changes' });
  const payload = world.payload('issue-comment-pr.json', (p) => {
    (p.comment as { body: string }).body = '/droid fix make the status say fixed';
  });
  const run = await world.run({ event: 'issue_comment', payload });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-updated');
  expect(commitCalls(world).map((c) => c.input.expectedHeadOid)).toEqual([pull.head.sha]);
  expect(world.gh.calls('git/create-ref')).toHaveLength(0);
  expect(await world.remote.headOf(REPO, 'changes')).toBe(run.outputs.commit_sha);
  expect(world.gh.state.apiCommits.map((c) => c.parent)).toEqual([pull.head.sha]);

  // second run: someone pushes to the PR just as the mutation arrives: never applied on unseen code
  const gitDir = world.remote.repoPath(REPO);
  let theirs = '';
  world.gh.state.beforeCommitOnBranch = (branch) => {
    if (!theirs) theirs = commitInBare(gitDir, branch, 'human.txt', 'a human pushed\n');
  };
  const pinned = run.outputs.commit_sha ?? '';
  world.gh.state.pulls[0]!.head.sha = pinned;
  const again = await world.run({ event: 'issue_comment', payload: world.payload('issue-comment-pr.json', (p) => {
    (p.comment as { body: string }).body = '/droid fix add a note';
  }) });
  expect(again.outputs.conclusion).toBe('error');
  expect(again.log).toContain('PR head moved');
  expect(commitCalls(world)).toHaveLength(2);
  expect(world.gh.state.apiCommits).toHaveLength(1);
  expect(await world.remote.headOf(REPO, 'changes')).toBe(theirs);
});
