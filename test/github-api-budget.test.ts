/**
 * The API budget of a GitHub run (issue 13, "fast and frugal"): from the event to a labelled PR with a
 * reviewer in at most 10 requests. The run is the action's own code in process (executeRun with the
 * GitHub set-up, as src/entry/action.ts calls it), against the OpenAPI-validating fake GitHub and a real
 * git remote, with the environment a runner gives the step (action-runner's prepare()). Every request
 * the fake sees is counted; the bundled action's count is bench/github-run.mjs.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { executeRun } from '../src/run/execute.js';
import { githubSetup } from '../src/platform/github/setup.js';
import { silentLogger } from '../src/util/log.js';
import { startWorld, type World } from './support/action-runner.js';

const BUDGET = 10;

let world: World;
beforeEach(async () => {
  world = await startWorld({
    config: {
      tests: '- name: trivial\n  command: "true"\n  timeout_seconds: 60',
      engine: 'use: command\ncommand: "echo fixed > status.txt; echo fixed it"\nmax_iterations: 1\ntimeout_minutes: 1',
      pr: 'labels: [droid]\nreviewers:\n  rules:\n    - paths: ["**"]\n      users: [alice]',
      ci: 'wait: false',
    },
  });
  world.gh.addUser('alice', { role: 'write' });
});
afterEach(async () => {
  await world.close();
});

async function runInProcess(): Promise<Awaited<ReturnType<typeof executeRun>>> {
  const { env, workspace } = await world.prepare({ event: 'issues', payload: world.payload('issues-opened.json') });
  return executeRun((ctx) => githubSetup(env, ctx), { repoRoot: workspace, configPath: '.droid.yml', dryRun: false, engineArgs: [], env, logger: () => silentLogger }, () => {});
}

it(`takes an opened issue to a labelled PR with a reviewer in at most ${BUDGET} API requests`, async () => {
  const outcome = await runInProcess();
  expect(outcome.conclusion, outcome.message).toBe('pr-opened');
  const pull = world.gh.state.pulls[0]!;
  expect(pull.requested_reviewers).toEqual(['alice']);
  expect(world.gh.state.issueLabels.get(pull.number)).toEqual(['droid']);
  // the progress comment: one, on the issue, ending with the outcome and the PR
  const comments = world.botComments();
  expect(comments).toHaveLength(1);
  expect(comments[0]!.body).toContain('✅ **pr-opened**');
  expect(comments[0]!.body).toContain(`[#${pull.number}]`);
  const requests = world.gh.requests.map((r) => `${r.method} ${r.operationId ?? r.path}`);
  expect(requests.length, requests.join('\n')).toBeLessThanOrEqual(BUDGET);
  // shared look-ups: one PR listing, no label look-up, the comment written when it says something new
  expect(world.gh.calls('pulls/list')).toHaveLength(1);
  expect(world.gh.calls('issues/get-label')).toHaveLength(0);
  expect(world.gh.calls('issues/create-comment')).toHaveLength(1);
  expect(world.gh.calls('issues/update-comment')).toHaveLength(1);
  world.gh.assertNoViolations();
});
