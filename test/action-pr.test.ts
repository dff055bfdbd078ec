/**
 * The pull request the bundled action opens: created then updated (one PR, not two), labels and
 * reviewers (rules + CODEOWNERS, never the actor), and a draft with a failing step when tests fail.
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

it('a second run for the same ticket updates the PR it opened instead of opening another', async () => {
  world = await startWorld();
  const first = await world.run({ event: 'repository_dispatch', payload: world.payload('repository-dispatch.json') });
  expect(first.code, failed(first)).toBe(0);
  expect(first.outputs.conclusion).toBe('pr-opened');
  // the engine does something new on the second run
  await world.remote.pushAs(REPO, 'main', { '.engine-extra.sh': 'echo "second pass" >> notes/log.txt\n' }, { message: 'engine: keep a log' });
  const second = await world.run({ event: 'repository_dispatch', payload: world.payload('repository-dispatch.json') });
  expect(second.code, failed(second)).toBe(0);
  expect(second.outputs.conclusion).toBe('pr-updated');
  expect(second.outputs.pr_number).toBe(first.outputs.pr_number);
  expect(second.outputs.branch_name).toBe(first.outputs.branch_name);
  expect(world.gh.state.pulls).toHaveLength(1);
  expect(world.gh.calls('pulls/create')).toHaveLength(1);
  expect(world.gh.calls('pulls/update').length).toBeGreaterThanOrEqual(1);
  const pull = world.gh.state.pulls[0]!;
  expect(pull.body).toContain('droid:ticket=PROJ-123');
  expect(pull.body).toContain('gh-9002-1');
  // the branch moved forward: the second commit sits on the first
  const log = await world.remote.log(REPO, second.outputs.branch_name!);
  expect(log[0]).toContain(second.outputs.commit_sha);
  expect(log[1]).toContain(first.outputs.commit_sha);
  world.gh.assertNoViolations();
});

it('labels are created and reviewers come from reviewers.rules and CODEOWNERS, never the actor', async () => {
  world = await startWorld({
    config: {
      pr: [
        'labels: [ai-generated, droid, needs-review]',
        'reviewers:',
        '  codeowners: true',
        '  rules:',
        '    - paths: ["notes/**"]',
        '      users: [bob, Codertocat]',
      ].join('\n'),
    },
    files: { '.github/CODEOWNERS': 'status.txt @alice @Codertocat/backend\n*.md @Codertocat\n' },
  });
  world.gh.addUser('alice', { role: 'write' });
  world.gh.addUser('bob', { role: 'write' });
  world.gh.state.teams.add('backend');
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code, failed(run)).toBe(0);
  const pull = world.gh.state.pulls[0]!;
  expect(pull.requested_reviewers.sort()).toEqual(['alice', 'bob']);
  expect(pull.requested_teams).toEqual(['backend']);
  expect(world.gh.state.issueLabels.get(pull.number)?.sort()).toEqual(['ai-generated', 'droid', 'needs-review']);
  expect([...world.gh.state.labels.keys()].sort()).toEqual(['ai-generated', 'droid', 'needs-review']);
  world.gh.assertNoViolations();
});

const FAILING_JUNIT = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites><testsuite name="unit" tests="2" failures="1">
<testcase classname="status" name="status is fixed" file="tests/status.test.js" line="7"><failure message="expected fixed, got broken">AssertionError: expected 'broken' to be 'fixed'
    at tests/status.test.js:7:5</failure></testcase>
<testcase classname="status" name="readme exists" file="tests/status.test.js" line="12"/>
</testsuite></testsuites>
`;

it('tests still failing: a draft PR, conclusion tests-failing, error annotations, and the step fails with the reason', async () => {
  world = await startWorld({
    config: {
      tests: '- name: unit\n  command: sh test.sh\n  junit: report.xml\n  timeout_seconds: 60',
      pr: 'labels: [droid]\non_tests_failing: draft',
      engine: 'use: command\ncommand: sh .engine.sh\nmax_iterations: 1\ntimeout_minutes: 2',
    },
    files: {
      // this engine never manages: it stops before touching status.txt
      '.engine-extra.sh': 'echo "I could not fix it"; exit 0\n',
      '.gitignore': 'report.xml\n',
      'test.sh': `#!/bin/sh\ncat > report.xml <<'XML'\n${FAILING_JUNIT}XML\necho "status is broken"\nexit 1\n`,
      'tests/status.test.js': '// placeholder\n',
    },
  });
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code, failed(run)).toBe(1);
  expect(run.outputs.conclusion).toBe('tests-failing');
  expect(run.outputs.tests_passed).toBe('false');
  const errors = run.commands('error');
  const annotation = errors.find((e) => e.properties.file);
  expect(annotation, JSON.stringify(errors)).toBeDefined();
  expect(annotation!.properties.file).toBe('tests/status.test.js');
  expect(annotation!.properties.line).toBe('7');
  expect(annotation!.message).toContain('expected fixed, got broken');
  // the step fails with the reason
  expect(errors.some((e) => !e.properties.file && /Tests still failing.*unit/.test(e.message))).toBe(true);
  // the work is pushed as a draft PR for a human
  const pull = world.gh.state.pulls[0]!;
  expect(pull.draft).toBe(true);
  expect(await world.remote.headOf(REPO, run.outputs.branch_name!)).toBe(run.outputs.commit_sha);
  expect(run.summary).toContain('| unit | `sh test.sh` | ❌');
  expect(world.botComments()[0]!.body).toContain('❌ **tests-failing**');
  world.gh.assertNoViolations();
});

it('a reviewer GitHub will not accept (422) is a warning: the PR is opened and the other reviewers are requested', async () => {
  world = await startWorld({ config: { pr: 'labels: [droid]\nreviewers:\n  rules:\n    - paths: ["**"]\n      users: [alice, ghost]' } });
  world.gh.addUser('alice', { role: 'write' });
  // ghost is not a collaborator: GitHub answers 422 for any batch that names it
  world.gh.addUser('ghost');
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-opened');
  expect(world.gh.state.pulls).toHaveLength(1);
  expect(world.gh.state.pulls[0]!.requested_reviewers).toEqual(['alice']);
  expect(world.gh.calls('pulls/request-reviewers').some((r) => r.status === 422)).toBe(true);
  expect(world.botComments()[0]!.body).toContain('review could not be requested from @ghost');
  expect(run.summary).toContain('review could not be requested from @ghost');
  world.gh.assertNoViolations();
});
