/**
 * CI follow-through through the bundled action: with ci.wait the droid polls the check runs of the SHA
 * it pushed, summarises the failed job's log into the progress comment; a failed workflow_run on a
 * droid branch starts `ci-fix`, which pushes a fix commit carrying `Droid-Command: ci-fix`, and stops
 * once ci.max_fix_attempts such commits exist. Poll waits are scaled by DROID_CI_POLL_SCALE.
 */
import { afterEach, expect, it } from 'vitest';
import { REPO, startWorld, type ActionRun, type World } from './support/action-runner.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

function failed(run: ActionRun): string {
  return `exit ${run.code}\n${run.log.slice(-4000)}\n${run.stderr}`;
}

const JOB_LOG = [
  '2026-01-01T00:00:01.0000000Z ##[group]Run pytest',
  '2026-01-01T00:00:01.1000000Z ============================= test session starts ==============================',
  '2026-01-01T00:00:01.2000000Z collected 13 items',
  '2026-01-01T00:00:01.3000000Z tests/test_dates.py ....F........',
  '2026-01-01T00:00:01.4000000Z =================================== FAILURES ===================================',
  '2026-01-01T00:00:01.5000000Z ________________________________ test_iso_week _________________________________',
  '2026-01-01T00:00:01.6000000Z     def test_iso_week():',
  '2026-01-01T00:00:01.7000000Z >       assert parse("2026-W05-3") == date(2026, 1, 28)',
  '2026-01-01T00:00:01.8000000Z E       AssertionError: assert None == datetime.date(2026, 1, 28)',
  '2026-01-01T00:00:01.9000000Z tests/test_dates.py:42: AssertionError',
  '2026-01-01T00:00:02.0000000Z =========================== short test summary info ============================',
  '2026-01-01T00:00:02.1000000Z FAILED tests/test_dates.py::test_iso_week - AssertionError: assert None == datetime.date(2026, 1, 28)',
  '2026-01-01T00:00:02.2000000Z ========================= 1 failed, 12 passed in 0.52s =========================',
  '2026-01-01T00:00:02.3000000Z ##[error]Process completed with exit code 1.',
  '',
].join('\n');

/** CI of `sha` as GitHub reports it: a failed Actions job with a log, a green lint, and the droid's own job still running. */
function redCi(w: World, sha: string): void {
  const { state } = w.gh;
  state.checkRuns.push(
    { id: 7001, name: 'pytest', head_sha: sha, status: 'completed', conclusion: 'failure', app_slug: 'github-actions' },
    { id: 7002, name: 'lint', head_sha: sha, status: 'completed', conclusion: 'success', app_slug: 'github-actions' },
    { id: 7003, name: 'droid', head_sha: sha, status: 'in_progress', conclusion: null, app_slug: 'github-actions' },
  );
  state.jobs.push({ id: 7001, run_id: 600, name: 'pytest', head_sha: sha, status: 'completed', conclusion: 'failure', log: JOB_LOG });
}

it('ci.wait: red CI on the pushed commit is reported with the failed job log summarised in the progress comment', async () => {
  world = await startWorld({ config: { ci: 'wait: true\ntimeout_minutes: 5' } });
  const branch = 'droid/1-date-parser-rejects-iso-week-dates';
  const run = await world.run({
    event: 'issues',
    payload: world.payload('issues-opened.json'),
    // CI starts once the droid has pushed
    during: async (signal) => {
      while (!signal.done) {
        const sha = await world!.remote.headOf(REPO, branch);
        if (sha) return redCi(world!, sha);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-opened');
  expect(world.gh.calls('checks/list-for-ref').every((r) => r.path.endsWith(`/commits/${run.outputs.commit_sha}/check-runs`))).toBe(true);
  expect(world.gh.calls('actions/download-job-logs-for-workflow-run')).toHaveLength(1);
  const body = world.botComments()[0]!.body;
  expect(body).toContain('CI failed: pytest');
  expect(body).not.toContain('failed: pytest, lint');
  expect(body).toContain('CI job **pytest** failed');
  expect(body).toContain('test_iso_week');
  world.gh.assertNoViolations();
});

it('a run with no thread (a dispatched ticket) reports on the PR it opened: the checklist, the CI follow-through and the outcome', async () => {
  world = await startWorld({ config: { ci: 'wait: true\ntimeout_minutes: 5' } });
  const branch = 'droid/PROJ-123-date-parser-rejects-iso-weeks';
  const run = await world.run({
    event: 'repository_dispatch',
    payload: world.payload('repository-dispatch.json'),
    during: async (signal) => {
      while (!signal.done) {
        const sha = await world!.remote.headOf(REPO, branch);
        if (sha) return redCi(world!, sha);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-opened');
  const pull = world.gh.state.pulls[0]!;
  const comments = world.botComments();
  // one progress comment, on the PR, written once the PR existed (and edited there, never elsewhere)
  expect(comments).toHaveLength(1);
  expect(comments[0]!.issue_number).toBe(pull.number);
  const body = comments[0]!.body;
  expect(body).toContain('<!-- droid:progress -->');
  expect(body).toContain('**Droid** finished.');
  expect(body).toContain(`- [x] Open or update the pull request: [#${pull.number}]`);
  expect(body).toContain('CI job **pytest** failed');
  expect(body).toContain('test_iso_week');
  expect(body).toContain('pr-opened');
  world.gh.assertNoViolations();
});

/** A droid branch with `fixAttempts` earlier ci-fix commits, its PR, and red CI on its head. */
async function droidBranch(w: World, fixAttempts: number): Promise<{ branch: string; head: string }> {
  const branch = 'droid/PROJ-123-iso-weeks';
  let head = await w.remote.pushAs(REPO, branch, { 'notes/first.txt': 'first try\n' }, {
    from: 'main',
    message: '[Droid] PROJ-123: Date parser rejects ISO weeks\n\nFirst try.\n\nDroid-Ticket: PROJ-123\nDroid-Command: fix\n',
  });
  for (let i = 1; i <= fixAttempts; i += 1) {
    head = await w.remote.pushAs(REPO, branch, { [`notes/ci-fix-${i}.txt`]: `attempt ${i}\n` }, {
      message: `[Droid] PROJ-123: fix CI\n\nAttempt ${i}.\n\nDroid-Ticket: PROJ-123\nDroid-Command: ci-fix\n`,
    });
  }
  await w.openPull(2, { head: branch, sha: head, user: 'github-actions[bot]', title: '[Droid] PROJ-123: Date parser rejects ISO weeks', body: 'Droid PR\n<!-- droid:ticket=PROJ-123 -->' });
  redCi(w, head);
  return { branch, head };
}

function workflowRun(w: World, branch: string, head: string): Record<string, unknown> {
  return w.payload('workflow-run-failure.json', (p) => {
    const run = p.workflow_run as Record<string, unknown>;
    run.head_branch = branch;
    run.head_sha = head;
    run.pull_requests = (run.pull_requests as Record<string, Record<string, unknown>>[]).map((pr) => ({
      ...pr,
      number: 2,
      head: { ...pr.head, ref: branch, sha: head },
      base: { ...pr.base, ref: 'main' },
    }));
    for (const key of ['head_repository', 'repository']) {
      const repo = run[key] as { full_name: string; name: string; owner: { login: string } };
      repo.full_name = REPO;
      repo.name = 'Hello-World';
      repo.owner.login = 'Codertocat';
    }
  });
}

it('a failed workflow_run on a droid branch: ci-fix reads the job log and pushes a fix commit with Droid-Command: ci-fix', async () => {
  world = await startWorld();
  const { branch, head } = await droidBranch(world, 0);
  const run = await world.run({ event: 'workflow_run', payload: workflowRun(world, branch, head) });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-updated');
  expect(run.outputs.branch_name).toBe(branch);
  expect(run.outputs.pr_number).toBe('2');
  const pushed = await world.remote.headOf(REPO, branch);
  expect(pushed).toBe(run.outputs.commit_sha);
  expect((await world.remote.log(REPO, branch))[1]).toContain(head);
  const commit = await world.remote.commitInfo(REPO, pushed!);
  expect(commit.message).toContain('Droid-Command: ci-fix');
  // the failure from the CI log reached the engine
  const prompt = await world.remote.fileAt(REPO, pushed!, 'notes/last-prompt.md');
  expect(prompt).toContain('test_iso_week');
  expect(world.gh.state.pulls).toHaveLength(1);
  world.gh.assertNoViolations();
});

it('ci-fix stops once ci.max_fix_attempts ci-fix commits exist: a notice, no push', async () => {
  world = await startWorld({ config: { ci: 'wait: false\nmax_fix_attempts: 2' } });
  const { branch, head } = await droidBranch(world, 2);
  const run = await world.run({ event: 'workflow_run', payload: workflowRun(world, branch, head) });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('no-changes');
  expect(run.commands('notice').map((c) => c.message).join('\n')).toMatch(/ci-fix already tried 2 time\(s\).*ci\.max_fix_attempts: 2/);
  expect(await world.remote.headOf(REPO, branch)).toBe(head);
  expect(world.remote.requests.filter((r) => r.service === 'git-receive-pack')).toHaveLength(0);
});
