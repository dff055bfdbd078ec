/**
 * Who may start the droid, through the bundled action: a refusal is a short reply comment,
 * conclusion `refused`, a notice, a passing step, and nothing pushed.
 */
import { afterEach, expect, it } from 'vitest';
import { REPO, startWorld, type ActionRun, type World } from './support/action-runner.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function expectRefused(run: ActionRun, w: World, reason: RegExp): Promise<void> {
  expect(run.code, run.log.slice(-3000)).toBe(0);
  expect(run.outputs.conclusion).toBe('refused');
  expect(run.outputs.commit_sha).toBe('');
  expect(run.outputs.pr_number).toBe('');
  expect(run.commands('notice').map((c) => c.message).join('\n')).toMatch(reason);
  expect(run.commands('error')).toHaveLength(0);
  // one short reply on the thread, saying why
  const comments = w.botComments();
  expect(comments).toHaveLength(1);
  expect(comments[0]!.body).toMatch(reason);
  expect(comments[0]!.body).toContain('⛔ **refused**');
  // nothing pushed, nothing opened
  expect(w.remote.requests.filter((r) => r.service === 'git-receive-pack')).toHaveLength(0);
  expect(w.gh.calls('pulls/create')).toHaveLength(0);
  w.gh.assertNoViolations();
}

it('a read-only collaborator is refused with a reply, and nothing is pushed', async () => {
  world = await startWorld();
  world.gh.addUser('Codertocat', { role: 'read' });
  const run = await world.run({ event: 'issue_comment', payload: world.payload('issue-comment-issue.json') });
  await expectRefused(run, world, /@Codertocat.*(read|write)/i);
});

it('a bot is refused unless allowed_bots names it', async () => {
  world = await startWorld();
  world.gh.addUser('renovate[bot]', { role: 'write', type: 'Bot' });
  const asBot = (p: Record<string, unknown>): void => {
    const bot = { login: 'renovate[bot]', id: 29139614, type: 'Bot' };
    p.sender = { ...(p.sender as object), ...bot };
    (p.comment as { user: object }).user = { ...((p.comment as { user: object }).user), ...bot };
  };
  const run = await world.run({ event: 'issue_comment', payload: world.payload('issue-comment-issue.json', asBot) });
  await expectRefused(run, world, /bot.*allowed_bots|allow_bots/);

  const allowed = await world.run({ event: 'issue_comment', payload: world.payload('issue-comment-issue.json', asBot), inputs: { allowed_bots: 'renovate[bot]' } });
  expect(allowed.code, allowed.log.slice(-3000)).toBe(0);
  expect(allowed.outputs.conclusion).toBe('pr-opened');
});

it('a fix asked on a PR from a fork is refused: the droid does not push to forks', async () => {
  world = await startWorld();
  const pull = await world.openPull(2, { head: 'changes', fork: 'mallory' });
  const run = await world.run({
    event: 'pull_request_review_comment',
    payload: world.payload('pr-review-comment-fork.json', (p) => {
      const pr = p.pull_request as { head: { sha: string }; base: { ref: string } };
      pr.head.sha = pull.head.sha;
      pr.base.ref = 'main';
    }),
  });
  await expectRefused(run, world, /fork/);
  expect(await world.remote.headOf(REPO, 'changes')).toBe(pull.head.sha);
});
