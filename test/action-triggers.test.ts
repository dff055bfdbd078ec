/**
 * The bundled action (dist/index.js) started the way a runner starts it, once per GitHub trigger,
 * against the OpenAPI-checking fake GitHub and a real git remote. The `command` engine (.engine.sh in
 * the seeded repo) fixes status.txt and copies the prompt it got into notes/last-prompt.md.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { REPO, TOKEN, startWorld, type ActionRun, type World } from './support/action-runner.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

function failed(run: ActionRun): string {
  return `exit ${run.code}\n${run.log.slice(-4000)}\n${run.stderr}`;
}

describe.each([
  ['Node 20', 'current'],
  ['Node 24', '24'],
] as const)('a new issue opens a PR (%s)', (_label, node) => {
  it('pushes the fix to a droid branch, opens one PR, and sets every output', async () => {
    world = await startWorld();
    const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json'), node });
    expect(run.code, failed(run)).toBe(0);
    const { outputs } = run;
    expect(outputs.conclusion).toBe('pr-opened');
    expect(outputs.branch_name).toMatch(/^droid\/1-date-parser-rejects-iso-week-dates$/);
    expect(outputs.pr_number).toBe('2');
    expect(outputs.pr_url).toMatch(/\/Codertocat\/Hello-World\/pull\/2$/);
    expect(outputs.commit_sha).toMatch(/^[0-9a-f]{40}$/);
    expect(outputs.tests_passed).toBe('true');
    expect(outputs.summary_file).toBe(`${run.workspace}/.droid/summary.md`);
    expect(outputs.audit_log).toBe(`${run.workspace}/.droid/audit.jsonl`);

    // the commit is on the remote branch, with the fix and the droid's trailers
    expect(await world.remote.headOf(REPO, outputs.branch_name!)).toBe(outputs.commit_sha);
    expect(await world.remote.fileAt(REPO, outputs.commit_sha!, 'status.txt')).toBe('fixed\n');
    const commit = await world.remote.commitInfo(REPO, outputs.commit_sha!);
    expect(commit.message).toContain('Droid-Command: fix');
    expect(commit.message).toContain('Droid-Ticket: #1');
    // the issue's title and body reached the engine's prompt
    expect(await world.remote.fileAt(REPO, outputs.commit_sha!, 'notes/last-prompt.md')).toContain('Date parser rejects ISO week dates');

    // one PR, from the droid branch to main, with the hidden ticket marker and the label
    expect(world.gh.state.pulls).toHaveLength(1);
    const pull = world.gh.state.pulls[0]!;
    expect(pull.head.ref).toBe(outputs.branch_name);
    expect(pull.base.ref).toBe('main');
    expect(pull.draft).toBe(false);
    expect(pull.body).toContain('droid:ticket=#1');
    expect(world.gh.state.issueLabels.get(2)).toEqual(['droid']);

    // one progress comment on the issue, created as the edit begins, edited only when it says something
    // new (a stage that runs for a while, the outcome: report/progress.ts), ending with the outcome
    const comments = world.botComments();
    expect(comments).toHaveLength(1);
    expect(comments[0]!.issue_number).toBe(1);
    expect(world.gh.calls('issues/create-comment')).toHaveLength(1);
    const created = (world.gh.calls('issues/create-comment')[0]!.body as { body: string }).body;
    expect(created).toContain('**Droid** is working on it ([job log](');
    expect(created).toContain('/actions/runs/9001');
    expect(created).toMatch(/Edit the code ⏳/);
    const edits = world.gh.calls('issues/update-comment').map((r) => (r.body as { body: string }).body);
    expect(edits.length).toBeGreaterThanOrEqual(1);
    // this run's stages take seconds: none is worth an edit of its own (each would be one more request)
    expect(edits.length).toBeLessThanOrEqual(2);
    [created, ...edits].forEach((body, i, all) => expect(body).not.toBe(all[i - 1]));
    const body = comments[0]!.body;
    expect(body).toMatch(/- \[x\] Commit and push: droid\/1-date-parser-rejects-iso-week-dates @ [0-9a-f]{12}/);
    expect(body).toContain('✅ **pr-opened**');
    expect(body).toContain('/actions/runs/9001');
    // github_token is the job token: the user is told that CI will not start on this branch
    expect(body).toContain('Pushes made with the job token (GITHUB_TOKEN) do not start other workflows');

    // the job summary has the tests table and the PR
    expect(run.summary).toContain('| unit | `sh test.sh` | ✅ passed |');
    expect(run.summary).toContain('**Pull request:** [#2]');
    // the push carried the job token in a header scoped to the push, never in the URL
    const pushes = world.remote.requests.filter((r) => r.service === 'git-receive-pack' && r.method === 'POST');
    expect(pushes.length).toBeGreaterThan(0);
    expect(pushes.every((r) => r.token === TOKEN && r.authorization.length === 1)).toBe(true);
    expect(world.remote.requests.some((r) => r.url.includes(TOKEN))).toBe(false);
    world.gh.assertNoViolations();
  });
});

describe('each trigger starts a run', () => {
  it('an issue labeled with label_trigger opens a PR', async () => {
    world = await startWorld();
    const run = await world.run({ event: 'issues', payload: world.payload('issues-labeled.json'), inputs: { label_trigger: 'droid' } });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('pr-opened');
    expect(world.gh.state.pulls).toHaveLength(1);
    world.gh.assertNoViolations();
  });

  it('an issue labeled with another label is a notice and no change', async () => {
    world = await startWorld();
    const run = await world.run({ event: 'issues', payload: world.payload('issues-labeled.json'), inputs: { label_trigger: 'needs-droid' } });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('no-changes');
    expect(run.commands('notice')).toHaveLength(1);
    expect(world.gh.state.pulls).toHaveLength(0);
  });

  it('an issue assigned to assignee_trigger opens a PR', async () => {
    world = await startWorld();
    const run = await world.run({ event: 'issues', payload: world.payload('issues-assigned.json'), inputs: { assignee_trigger: 'droid-bot' } });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('pr-opened');
    world.gh.assertNoViolations();
  });

  it('a "/droid fix …" issue comment passes its instructions to the engine', async () => {
    world = await startWorld();
    const run = await world.run({ event: 'issue_comment', payload: world.payload('issue-comment-issue.json') });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('pr-opened');
    const prompt = await world.remote.fileAt(REPO, run.outputs.commit_sha!, 'notes/last-prompt.md');
    expect(prompt).toContain('make the date parser accept ISO weeks');
    world.gh.assertNoViolations();
  });

  it('a "/droid fix" comment on a PR pushes to the PR head branch and opens no new PR', async () => {
    world = await startWorld();
    const pull = await world.openPull(1, { head: 'changes' });
    const payload = world.payload('issue-comment-pr.json', (p) => {
      (p.comment as { body: string }).body = '/droid fix make the status say fixed';
    });
    const run = await world.run({ event: 'issue_comment', payload });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('pr-updated');
    expect(run.outputs.branch_name).toBe('changes');
    expect(run.outputs.pr_number).toBe('1');
    const head = await world.remote.headOf(REPO, 'changes');
    expect(head).toBe(run.outputs.commit_sha);
    // on top of the human's commit, not instead of it
    expect((await world.remote.log(REPO, 'changes'))[1]).toContain(pull.head.sha);
    expect(world.gh.state.pulls).toHaveLength(1);
    expect(world.gh.calls('pulls/create')).toHaveLength(0);
    // the human's PR keeps its title
    expect(world.gh.state.pulls[0]!.title).toBe('Human PR');
    world.gh.assertNoViolations();
  });

  it('a "/droid plan …" comment on a PR posts the plan in the comment and pushes nothing', async () => {
    world = await startWorld();
    const pull = await world.openPull(1, { head: 'changes' });
    const run = await world.run({ event: 'issue_comment', payload: world.payload('issue-comment-pr.json') });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('plan-posted');
    const body = world.botComments()[0]!.body;
    expect(body).toContain('### Plan');
    expect(body).toContain('command plan');
    expect(await world.remote.headOf(REPO, 'changes')).toBe(pull.head.sha);
    expect(world.remote.requests.filter((r) => r.service === 'git-receive-pack')).toHaveLength(0);
    world.gh.assertNoViolations();
  });

  it('a review comment brings its file and line into the prompt', async () => {
    world = await startWorld();
    await world.openPull(2, { head: 'changes' });
    const run = await world.run({ event: 'pull_request_review_comment', payload: world.payload('pr-review-comment.json', (p) => {
      const pr = p.pull_request as { head: { sha: string; ref: string }; base: { ref: string } };
      pr.head.sha = world!.gh.state.pulls[0]!.head.sha;
      pr.base.ref = 'main';
    }) });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('pr-updated');
    const prompt = (await world.remote.fileAt(REPO, run.outputs.commit_sha!, 'notes/last-prompt.md')) ?? '';
    expect(prompt).toContain('handle an empty string here');
    expect(prompt).toContain('The request was made on a review comment at `README.md:4`.');
    world.gh.assertNoViolations();
  });

  it('workflow_dispatch takes command, ticket and prompt from the inputs', async () => {
    world = await startWorld();
    world.gh.addUser('octocat', { role: 'maintain' });
    const run = await world.run({
      event: 'workflow_dispatch',
      payload: world.payload('workflow-dispatch.json'),
      inputs: { command: 'fix', ticket: 'PROJ-123', prompt: 'Make the date parser accept ISO weeks' },
    });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('pr-opened');
    expect(run.outputs.branch_name).toMatch(/^droid\/PROJ-123-/);
    const prompt = await world.remote.fileAt(REPO, run.outputs.commit_sha!, 'notes/last-prompt.md');
    expect(prompt).toContain('Make the date parser accept ISO weeks');
    world.gh.assertNoViolations();
  });

  it('repository_dispatch takes the ticket from client_payload.ticket', async () => {
    world = await startWorld();
    const run = await world.run({ event: 'repository_dispatch', payload: world.payload('repository-dispatch.json') });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('pr-opened');
    expect(run.outputs.branch_name).toMatch(/^droid\/PROJ-123-date-parser-rejects-iso-weeks/);
    expect(world.gh.state.pulls[0]!.body).toContain('droid:ticket=PROJ-123');
    const prompt = await world.remote.fileAt(REPO, run.outputs.commit_sha!, 'notes/last-prompt.md');
    expect(prompt).toContain('2026-W05-3');
    world.gh.assertNoViolations();
  });

  it('an event that is not for the droid is a notice, conclusion no-changes, and the step passes', async () => {
    world = await startWorld();
    const run = await world.run({ event: 'issue_comment', payload: world.payload('issue-comment-chatter.json') });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('no-changes');
    expect(run.commands('notice')).toHaveLength(1);
    expect(world.gh.requests).toHaveLength(0);
    const other = await world.run({ event: 'push', payload: { ref: 'refs/heads/main', repository: { full_name: REPO }, sender: { login: 'Codertocat', type: 'User' } } });
    expect(other.code, failed(other)).toBe(0);
    expect(other.outputs.conclusion).toBe('no-changes');
    expect(other.commands('notice')[0]?.message).toMatch(/push/);
    expect(world.botComments()).toHaveLength(0);
  });
});
