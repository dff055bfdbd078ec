/**
 * Pushing through the bundled action when the remote does not simply accept: a droid branch that
 * moved (rebase and retry), a PR head that moved (nothing pushed), a protected branch (the reason and
 * the patch kept), and workflow files (held back by default; a clear message naming the `workflows`
 * permission when the remote refuses them).
 */
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { REPO, enginePause, startWorld, type ActionRun, type World } from './support/action-runner.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

function failed(run: ActionRun): string {
  return `exit ${run.code}\n${run.log.slice(-4000)}\n${run.stderr}`;
}

const BRANCH = 'droid/1-date-parser-rejects-iso-week-dates';

it('the droid branch moved on the remote during the run: its commit is rebased and pushed on top', async () => {
  world = await startWorld();
  const pause = await enginePause(world.dir);
  await world.remote.pushAs(REPO, 'main', { '.engine-extra.sh': pause.script }, { message: 'engine waits' });
  let theirs = '';
  const run = await world.run({
    event: 'issues',
    payload: world.payload('issues-opened.json'),
    during: async () => {
      await pause.ready();
      theirs = await world!.remote.pushAs(REPO, BRANCH, { 'other.txt': 'pushed by someone else\n' }, { from: 'main', message: 'Someone else pushed first' });
      await pause.go();
    },
  });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-opened');
  const log = await world.remote.log(REPO, BRANCH);
  expect(log[0]).toContain(run.outputs.commit_sha);
  expect(log[1]).toContain(theirs);
  expect(await world.remote.fileAt(REPO, BRANCH, 'other.txt')).toBe('pushed by someone else\n');
  expect(await world.remote.fileAt(REPO, BRANCH, 'status.txt')).toBe('fixed\n');
  world.gh.assertNoViolations();
});

it('the PR head moved during the run: "PR head moved", nothing pushed, the step fails', async () => {
  world = await startWorld();
  const pause = await enginePause(world.dir);
  await world.remote.pushAs(REPO, 'main', { '.engine-extra.sh': pause.script }, { message: 'engine waits' });
  await world.openPull(1, { head: 'changes' });
  let theirs = '';
  const payload = world.payload('issue-comment-pr.json', (p) => {
    (p.comment as { body: string }).body = '/droid fix make the status say fixed';
  });
  const run = await world.run({
    event: 'issue_comment',
    payload,
    during: async () => {
      await pause.ready();
      theirs = await world!.remote.pushAs(REPO, 'changes', { 'human.txt': 'a human pushed\n' }, { message: 'Human pushed meanwhile' });
      await pause.go();
    },
  });
  expect(run.code).toBe(1);
  expect(run.outputs.conclusion).toBe('error');
  expect(run.commands('error').map((e) => e.message).join('\n')).toContain('PR head moved');
  expect(await world.remote.headOf(REPO, 'changes')).toBe(theirs);
  expect(world.botComments()[0]!.body).toContain('PR head moved');
  world.gh.assertNoViolations();
});

it('a protected branch: the reason reaches the progress comment, the patch is kept under .droid/, conclusion error', async () => {
  world = await startWorld();
  await world.remote.protect(REPO, [BRANCH]);
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code).toBe(1);
  expect(run.outputs.conclusion).toBe('error');
  expect(await world.remote.headOf(REPO, BRANCH)).toBeUndefined();
  expect(world.gh.state.pulls).toHaveLength(0);
  const comment = world.botComments()[0]!.body;
  expect(comment).toContain('GH006: Protected branch update failed');
  const patches = (await readdir(path.join(run.workspace, '.droid'))).filter((f) => f.endsWith('.patch'));
  expect(patches.length).toBeGreaterThan(0);
  const patch = await readFile(path.join(run.workspace, '.droid', patches[0]!), 'utf8');
  expect(patch).toContain('+fixed');
  expect(comment).toContain(patches[0]!);
  world.gh.assertNoViolations();
});

const WORKFLOW_EDIT = "mkdir -p .github/workflows\nprintf 'name: ci\\non: push\\n' > .github/workflows/ci.yml\n";

it('a workflow file with the default protected_paths is held back, and the run says so', async () => {
  world = await startWorld({ files: { '.engine-extra.sh': WORKFLOW_EDIT } });
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-opened');
  expect(await world.remote.fileAt(REPO, BRANCH, '.github/workflows/ci.yml')).toBeUndefined();
  expect(await world.remote.fileAt(REPO, BRANCH, 'status.txt')).toBe('fixed\n');
  expect(world.botComments()[0]!.body).toMatch(/Held back \(protected paths, not pushed\): \.github\/workflows\/ci\.yml/);
  expect(run.summary).toContain('.github/workflows/ci.yml');
  expect(world.gh.state.pulls[0]!.body).toContain('.github/workflows/ci.yml');
});

it('a workflow file the token may not push: a clear message naming the `workflows` permission', async () => {
  world = await startWorld({ files: { '.engine-extra.sh': WORKFLOW_EDIT }, config: { pr: "labels: [droid]\nprotected_paths: ['.droid.yml']" } });
  // what GitHub answers a token without the `workflows` permission
  const hook = path.join(world.remote.repoPath(REPO), 'hooks', 'pre-receive');
  await writeFile(
    hook,
    `#!/bin/sh
while read old new ref; do
  base=$old; [ "$old" = "0000000000000000000000000000000000000000" ] && base=$(git rev-parse refs/heads/main)
  f=$(git diff --name-only "$base" "$new" -- .github/workflows | head -n 1)
  if [ -n "$f" ]; then
    echo "refusing to allow a GitHub App to create or update workflow \\\`$f\\\` without \\\`workflows\\\` permission" >&2
    exit 1
  fi
done
exit 0
`,
  );
  await chmod(hook, 0o755);
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code).toBe(1);
  expect(run.outputs.conclusion).toBe('error');
  expect(await world.remote.headOf(REPO, BRANCH)).toBeUndefined();
  const error = run.commands('error').map((e) => e.message).join('\n');
  expect(error).toContain('`workflows` permission');
  expect(error).toContain("give it the `workflows` permission");
  expect(world.botComments()[0]!.body).toContain('`workflows` permission');
});

it('an engine that fails half-way: its edits are kept as a patch under .droid/, nothing is pushed, the step fails', async () => {
  // the engine edits a file, then crashes before finishing its round
  world = await startWorld({ files: { '.engine-extra.sh': "printf 'half done\\n' > status.txt\necho 'model connection lost' >&2\nexit 3\n" } });
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code).toBe(1);
  expect(run.outputs.conclusion).toBe('error');
  expect(await world.remote.headOf(REPO, BRANCH)).toBeUndefined();
  expect(world.gh.state.pulls).toHaveLength(0);
  const patches = (await readdir(path.join(run.workspace, '.droid'))).filter((f) => f.startsWith('unfinished-'));
  expect(patches).toEqual(['unfinished-droid-1-date-parser-rejects-iso-week-dates.patch']);
  expect(await readFile(path.join(run.workspace, '.droid', patches[0]!), 'utf8')).toContain('+half done');
  expect(world.botComments()[0]!.body).toContain(patches[0]!);
});
