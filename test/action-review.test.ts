/**
 * Review mode through the bundled action (PRODUCT.md §13): `/droid review` and `review.auto` post one
 * review per run on the GitHub fake (validated against the OpenAPI description, inline comments checked
 * against the PR's real diff), with no test profile run and nothing pushed. The `command` engine writes
 * the findings JSON to $DROID_REVIEW_FILE; here it is a script on the base branch that answers with a
 * JSON file committed next to it.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { faults } from './support/github-api/server.js';
import { distBuilt, REPO, startWorld, type ActionRun, type World, type WorldOptions } from './support/action-runner.js';

/** where the engine (the sandbox account, PRODUCT.md §10) leaves what it saw: a folder it can reach, not the droid's HOME */
const REC = mkdtempSync(path.join(tmpdir(), 'droid-review-rec-'));
chmodSync(REC, 0o777);

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

function failed(run: ActionRun): string {
  return `exit ${run.code}\n${run.log.slice(-4000)}\n${run.stderr}`;
}

const BASE_CALC = Array.from({ length: 30 }, (_, i) => `const v${i + 1} = ${i + 1};`).join('\n') + '\n';
/** the PR: lines 10-12 change, a function is added at the end (lines 31-34) */
const HEAD_CALC = BASE_CALC.split('\n')
  .map((line, i) => (i >= 9 && i <= 11 ? `const v${i + 1} = parseInt(input${i + 1});` : line))
  .join('\n')
  .replace(/\n$/, '\nfunction divide(a, b) {\n  return a / b;\n}\n// end\n');

const ANSWER = {
  summary: 'Parses inputs without a radix and divides without a zero check.',
  findings: [
    { path: 'src/calc.js', line: 10, end_line: 11, severity: 'medium', title: 'parseInt without a radix', body: 'Pass 10 as the radix.', suggestion: 'const v10 = parseInt(input10, 10);\nconst v11 = parseInt(input11, 10);' },
    { path: 'src/calc.js', line: 32, end_line: null, severity: 'high', title: 'Division by zero', body: '`b` may be 0.', suggestion: null },
    { path: 'README.md', line: 1, end_line: null, severity: 'low', title: 'README does not mention the calculator', body: 'Document `divide`.', suggestion: null },
  ],
};

/** the engine: keeps a copy of its prompt and answers with review-answer.json (both on the base branch) */
const REVIEW_SCRIPT = `#!/bin/sh
set -e
cp "$DROID_PROMPT_FILE" "${REC}/review-prompt-$DROID_COMMAND.md"
cp review-answer.json "$DROID_REVIEW_FILE"
echo "reviewed"
`;

function reviewWorld(options: { review?: string; answer?: unknown; extraFiles?: Record<string, string> } = {}): WorldOptions {
  return {
    files: {
      'src/calc.js': BASE_CALC,
      '.review.sh': REVIEW_SCRIPT,
      'review-answer.json': typeof options.answer === 'string' ? options.answer : JSON.stringify(options.answer ?? ANSWER),
      'AGENTS.md': 'Base branch guideline: prefer explicit radix.\n',
      ...options.extraFiles,
    },
    config: {
      // a profile that would leave a mark if a review ever ran it
      tests: '- name: unit\n  command: touch TESTS-RAN && sh test.sh\n  timeout_seconds: 60',
      engine: 'use: command\ncommand: sh .review.sh\ntimeout_minutes: 2',
      extra: options.review ?? '',
    },
  };
}

function reviewComment(w: World, body = '/droid review focus on error handling'): Record<string, unknown> {
  return w.payload('issue-comment-pr.json', (p) => {
    (p.comment as { body: string }).body = body;
  });
}

function pullRequestEvent(w: World, action: string, pull: { number: number; head: { sha: string; ref: string }; }, fork?: string): Record<string, unknown> {
  return w.payload('pr-review-comment.json', (p) => {
    delete p.comment;
    p.action = action;
    const pr = p.pull_request as Record<string, unknown> & { head: { sha: string; ref: string; repo: { full_name: string } }; base: { ref: string } };
    pr.number = pull.number;
    pr.head.sha = pull.head.sha;
    pr.head.ref = pull.head.ref;
    pr.head.repo.full_name = fork ? `${fork}/Hello-World` : REPO;
    pr.base.ref = 'main';
    pr.draft = false;
  });
}

function expectNothingPushed(w: World, run: ActionRun): void {
  expect(w.remote.requests.filter((r) => r.service === 'git-receive-pack')).toHaveLength(0);
  expect(existsSync(path.join(run.workspace, 'TESTS-RAN')), 'a test profile ran during a review').toBe(false);
}

// several runs of the bundled action per test: slow on a loaded machine
describe.skipIf(!distBuilt())('review mode (bundled action)', { timeout: 240_000 }, () => {
  it('"/droid review" posts one review: inline comments on the diff lines, a suggestion block, an out-of-diff finding in the body', async () => {
    world = await startWorld(reviewWorld());
    const pull = await world.openPull(1, { head: 'changes', files: { 'src/calc.js': HEAD_CALC } });
    const run = await world.run({ event: 'issue_comment', payload: reviewComment(world) });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('review-posted');
    expect(run.outputs.findings).toBe('3');

    const reviews = world.gh.state.reviews;
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.state).toBe('COMMENTED');
    expect(reviews[0]!.commit_id).toBe(pull.head.sha);
    const comments = world.gh.state.reviewComments;
    expect(comments.map((c) => [c.path, c.start_line, c.line])).toEqual([
      ['src/calc.js', 10, 11],
      ['src/calc.js', null, 32],
    ]);
    expect(comments[0]!.body).toContain('```suggestion\nconst v10 = parseInt(input10, 10);\nconst v11 = parseInt(input11, 10);\n```');
    expect(comments[1]!.body).toContain('Division by zero');
    expect(comments[1]!.body).not.toContain('```suggestion');
    // the finding on a line the PR did not touch is in the body, with where it is
    const body = reviews[0]!.body;
    expect(body).toContain('Outside the diff');
    expect(body).toContain('README does not mention the calculator');
    expect(body).toContain('README.md:1');
    expect(body).toContain('Parses inputs without a radix');
    expect((body.match(/droid:finding=/g) ?? []).length).toBe(1);

    // the engine saw the focus, the base branch's AGENTS.md and the diff; it was told not to edit
    const prompt = readFileSync(path.join(REC, 'review-prompt-review.md'), 'utf8').replace(/\s+/g, ' ');
    expect(prompt).toContain('focus on error handling');
    expect(prompt).toContain('Base branch guideline: prefer explicit radix.');
    expect(prompt).toContain('+const v10 = parseInt(input10);');
    expect(prompt).toContain('READ-ONLY');

    expectNothingPushed(world, run);
    expect(await world.remote.headOf(REPO, 'changes')).toBe(pull.head.sha);
    // the progress comment says what happened
    expect(world.botComments().at(-1)!.body).toContain('review-posted');
    world.gh.assertNoViolations();

    // a second run finds the same three findings: nothing is posted twice
    const again = await world.run({ event: 'issue_comment', payload: reviewComment(world, '/droid review') });
    expect(again.code, failed(again)).toBe(0);
    expect(again.outputs.conclusion).toBe('review-posted');
    expect(again.outputs.findings).toBe('0');
    expect(world.gh.state.reviews).toHaveLength(1);
    expect(world.gh.state.reviewComments).toHaveLength(2);
    expect(again.log).toContain('posted by an earlier run');
    world.gh.assertNoViolations();
  });

  it('review.auto reviews a pull request on synchronize, without a progress comment; only new findings on the next push', async () => {
    world = await startWorld(reviewWorld({ review: 'review:\n  auto: true\n' }));
    const pull = await world.openPull(3, { head: 'feature', files: { 'src/calc.js': HEAD_CALC } });
    const run = await world.run({ event: 'pull_request', payload: pullRequestEvent(world, 'synchronize', pull) });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('review-posted');
    expect(run.outputs.findings).toBe('3');
    expect(world.gh.state.reviews).toHaveLength(1);
    expect(world.gh.state.reviews[0]!.pull_number).toBe(3);
    expect(world.botComments()).toHaveLength(0);
    expectNothingPushed(world, run);

    // the next push: one more finding in the answer, the three known ones are not repeated
    // (the engine script reads its answer from the work tree, which holds the PR's head)
    const answer = JSON.stringify({ ...ANSWER, findings: [...ANSWER.findings, { path: 'src/calc.js', line: 35, severity: 'low', title: 'Dividing a constant by zero', body: '' }] });
    pull.head.sha = await world.remote.pushAs(REPO, 'feature', { 'src/calc.js': HEAD_CALC.replace('// end', '// end\nconst last = v1 / 0;'), 'review-answer.json': answer }, { message: 'more' });
    const next = await world.run({ event: 'pull_request', payload: pullRequestEvent(world, 'synchronize', pull) });
    expect(next.code, failed(next)).toBe(0);
    expect(next.outputs.findings).toBe('1');
    expect(world.gh.state.reviews).toHaveLength(2);
    expect(world.gh.state.reviewComments.map((c) => c.line)).toEqual([11, 32, 35]);
    world.gh.assertNoViolations();
  });

  it('pull request events start no review while review.auto is off', async () => {
    world = await startWorld(reviewWorld());
    const pull = await world.openPull(3, { head: 'feature', files: { 'src/calc.js': HEAD_CALC } });
    const run = await world.run({ event: 'pull_request', payload: pullRequestEvent(world, 'opened', pull) });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('no-changes');
    expect(run.commands('notice').map((c) => c.message).join('\n')).toContain('review.auto is off');
    expect(world.gh.state.reviews).toHaveLength(0);
    expect(world.botComments()).toHaveLength(0);
    world.gh.assertNoViolations();
  });

  it('a fork PR is refused unless review.forks is on, and then the fork\'s code never runs', async () => {
    const forkScript = `touch "${REC}/FORK-CODE-RAN"\necho '{"summary":"","findings":[]}' > "$DROID_REVIEW_FILE"\n`;
    world = await startWorld(reviewWorld());
    let pull = await world.openPull(1, { head: 'changes', fork: 'mallory', files: { 'src/calc.js': HEAD_CALC, '.review.sh': forkScript } });
    const refused = await world.run({ event: 'issue_comment', payload: reviewComment(world) });
    expect(refused.code, failed(refused)).toBe(0);
    expect(refused.outputs.conclusion).toBe('refused');
    expect(world.botComments().at(-1)!.body).toMatch(/fork.*review\.forks/);
    expect(world.gh.state.reviews).toHaveLength(0);
    await world.close();

    world = await startWorld(reviewWorld({ review: 'review:\n  forks: true\n' }));
    pull = await world.openPull(1, { head: 'changes', fork: 'mallory', files: { 'src/calc.js': HEAD_CALC, '.review.sh': forkScript } });
    const run = await world.run({ event: 'issue_comment', payload: reviewComment(world) });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('review-posted');
    expect(run.outputs.findings).toBe('3');
    // the base branch's engine script answered; the fork's was never run, nor checked out
    expect(existsSync(path.join(REC, 'FORK-CODE-RAN'))).toBe(false);
    expect(readFileSync(path.join(run.workspace, '.review.sh'), 'utf8')).toBe(REVIEW_SCRIPT);
    expect(readFileSync(path.join(REC, 'review-prompt-review.md'), 'utf8')).toContain('BASE branch only');
    expect(world.gh.state.reviews[0]!.commit_id).toBe(pull.head.sha);
    expectNothingPushed(world, run);
    world.gh.assertNoViolations();
  });

  it('a read-only collaborator asking for a review is refused, and nothing is posted', async () => {
    world = await startWorld(reviewWorld());
    world.gh.addUser('Codertocat', { role: 'read' });
    await world.openPull(1, { head: 'changes', files: { 'src/calc.js': HEAD_CALC } });
    const run = await world.run({ event: 'issue_comment', payload: reviewComment(world) });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('refused');
    expect(world.botComments().at(-1)!.body).toMatch(/@Codertocat.*write access/);
    expect(world.gh.state.reviews).toHaveLength(0);
    expect(world.gh.calls('pulls/list-files')).toHaveLength(0);
    world.gh.assertNoViolations();
  });

  it('a malformed answer fails the step with the reason and posts no review', async () => {
    const bad = { summary: 'x', findings: [{ path: 'src/calc.js', line: 'ten', severity: 'urgent', title: 'bad' }] };
    world = await startWorld(reviewWorld({ answer: bad }));
    await world.openPull(1, { head: 'changes', files: { 'src/calc.js': HEAD_CALC } });
    const run = await world.run({ event: 'issue_comment', payload: reviewComment(world) });
    expect(run.code).toBe(1);
    expect(run.outputs.conclusion).toBe('error');
    const error = run.commands('error').map((c) => c.message).join('\n');
    expect(error).toMatch(/does not match the findings format/);
    expect(error).toMatch(/findings\.0\.line/);
    expect(error).toMatch(/findings\.0\.severity/);
    expect(world.gh.state.reviews).toHaveLength(0);
    expect(world.gh.calls('pulls/create-review')).toHaveLength(0);

    await world.close();
    world = await startWorld(reviewWorld({ answer: 'I looked at it and it seems fine!' }));
    await world.openPull(1, { head: 'changes', files: { 'src/calc.js': HEAD_CALC } });
    const prose = await world.run({ event: 'issue_comment', payload: reviewComment(world) });
    expect(prose.code).toBe(1);
    expect(prose.commands('error').map((c) => c.message).join('\n')).toMatch(/review is not JSON/);
    expect(world.gh.state.reviews).toHaveLength(0);
    world.gh.assertNoViolations();
  });

  it('review.fail_on: high fails the step once a high finding is posted', async () => {
    world = await startWorld(reviewWorld({ review: 'review:\n  fail_on: high\n' }));
    await world.openPull(1, { head: 'changes', files: { 'src/calc.js': HEAD_CALC } });
    const run = await world.run({ event: 'issue_comment', payload: reviewComment(world) });
    expect(run.code, failed(run)).toBe(1);
    expect(run.outputs.conclusion).toBe('review-posted');
    expect(run.outputs.findings).toBe('3');
    expect(run.commands('error').map((c) => c.message).join('\n')).toMatch(/1 finding\(s\) at or above review\.fail_on \(high\)/);
    expect(world.gh.state.reviews).toHaveLength(1);
    world.gh.assertNoViolations();
  });

  it('a review whose answer was lost (502 after GitHub made it) is found by its marker, not posted twice', async () => {
    world = await startWorld(reviewWorld());
    await world.openPull(1, { head: 'changes', files: { 'src/calc.js': HEAD_CALC } });
    world.gh.inject('pulls/create-review', { ...faults.serverError(502), after: true });
    const run = await world.run({ event: 'issue_comment', payload: reviewComment(world) });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('review-posted');
    expect(world.gh.calls('pulls/create-review')).toHaveLength(1);
    expect(world.gh.state.reviews).toHaveLength(1);
    expect(run.log).toContain('checking whether it was posted');
    world.gh.assertNoViolations();
  });

  it('inline comments GitHub refuses (422) are folded into the review body: no finding is lost', async () => {
    world = await startWorld(reviewWorld());
    await world.openPull(1, { head: 'changes', files: { 'src/calc.js': HEAD_CALC } });
    world.gh.inject('pulls/create-review', faults.unprocessable('Pull request review thread line must be part of the diff', 'PullRequestReviewComment'));
    const run = await world.run({ event: 'issue_comment', payload: reviewComment(world) });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.findings).toBe('3');
    expect(world.gh.state.reviews).toHaveLength(1);
    expect(world.gh.state.reviewComments).toHaveLength(0);
    const body = world.gh.state.reviews[0]!.body;
    expect(body).toContain('did not accept them as inline comments');
    expect(body).toContain('parseInt without a radix');
    expect(body).toContain('```suggestion');
    expect((body.match(/droid:finding=/g) ?? []).length).toBe(3);
    world.gh.assertNoViolations();
  });

  it('review.security runs a second pass with its own prompt; findings under security_threshold are dropped', async () => {
    const script = `#!/bin/sh
set -e
cp "$DROID_PROMPT_FILE" "${REC}/prompt-$(date +%s%N).md"
if grep -q 'SECURITY review' "$DROID_PROMPT_FILE"; then cp security-answer.json "$DROID_REVIEW_FILE"; else echo '{"summary":"ok","findings":[]}' > "$DROID_REVIEW_FILE"; fi
`;
    const security = {
      summary: 'One injection.',
      findings: [
        { path: 'src/calc.js', line: 10, severity: 'high', title: 'Unvalidated input reaches parseInt', body: 'Validate input10.' },
        { path: 'src/calc.js', line: 11, severity: 'low', title: 'Hardening nit', body: '' },
      ],
    };
    world = await startWorld(reviewWorld({ review: 'review:\n  security: true\n  security_threshold: medium\n', extraFiles: { '.review.sh': script, 'security-answer.json': JSON.stringify(security) } }));
    await world.openPull(1, { head: 'changes', files: { 'src/calc.js': HEAD_CALC } });
    const run = await world.run({ event: 'issue_comment', payload: reviewComment(world) });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.findings).toBe('1');
    const comments = world.gh.state.reviewComments;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('Unvalidated input reaches parseInt');
    expect(comments[0]!.body).toContain('security');
    world.gh.assertNoViolations();
  });
});
