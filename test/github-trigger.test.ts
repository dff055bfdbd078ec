/** GitHub events -> Request, on real-shaped payloads (test/fixtures/github, from @octokit/webhooks-examples) and hostile ones. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGitHubEvent } from '../src/platform/github/event.js';
import { requestFromGitHubEvent, withPullRequest, type GitHubTrigger, type GitHubTriggerInputs } from '../src/platform/github/trigger.js';
import { DroidError } from '../src/util/errors.js';

type Json = Record<string, unknown>;
const fixture = (name: string): Json => JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'github', name), 'utf8')) as Json;
const inputs: GitHubTriggerInputs = { triggerPhrase: '/droid', labelTrigger: 'droid', assigneeTrigger: 'droid-bot' };
const trigger = (eventName: string, payload: unknown, extra: Partial<GitHubTriggerInputs> = {}): GitHubTrigger =>
  requestFromGitHubEvent({ eventName, payload, inputs: { ...inputs, ...extra } });

function request(result: GitHubTrigger) {
  if (result.kind !== 'request') throw new Error(`expected a request, got ignore: ${result.reason}`);
  return result;
}
function ignored(result: GitHubTrigger): string {
  if (result.kind !== 'ignore') throw new Error('expected ignore');
  return result.reason;
}
function usageError(fn: () => unknown): DroidError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DroidError);
    expect((error as DroidError).kind).toBe('usage');
    return error as DroidError;
  }
  throw new Error('expected a DroidError');
}

describe('issues', () => {
  it('an issue opened with "/droid fix …" asks for a fix of that issue', () => {
    const { request: r, needsPullRequest } = request(trigger('issues', fixture('issues-opened.json')));
    expect(needsPullRequest).toBeUndefined();
    expect(r).toMatchObject({
      command: 'fix',
      instructions: expect.stringContaining('make the date parser accept ISO weeks') as unknown,
      actor: 'Codertocat',
      actorIsBot: false,
      target: { kind: 'ticket', issueNumber: 1 },
      ticket: { key: '#1', title: 'Date parser rejects ISO week dates', url: 'https://github.com/Codertocat/Hello-World/issues/1' },
      source: { event: 'github:issues.opened' },
    });
  });

  it('an issue opened without the phrase is ignored', () => {
    const payload = fixture('issues-opened.json');
    (payload.issue as Json).body = 'Please fix the dates.';
    expect(ignored(trigger('issues', payload))).toMatch(/without \/droid/);
  });

  it('the trigger label starts a run; another label does not', () => {
    expect(request(trigger('issues', fixture('issues-labeled.json'), { prompt: 'keep it small' })).request).toMatchObject({ command: 'fix', instructions: 'keep it small' });
    const other = fixture('issues-labeled.json');
    (other.label as Json).name = 'bug';
    expect(ignored(trigger('issues', other))).toMatch(/"bug" is not the trigger label/);
    expect(ignored(trigger('issues', fixture('issues-labeled.json'), { labelTrigger: undefined }))).toMatch(/no label_trigger/);
  });

  it('assigning the droid starts a run', () => {
    expect(request(trigger('issues', fixture('issues-assigned.json'))).request.target).toEqual({ kind: 'ticket', issueNumber: 1 });
    expect(ignored(trigger('issues', fixture('issues-assigned.json'), { assigneeTrigger: 'someone-else' }))).toMatch(/not the trigger assignee/);
  });
});

describe('comments', () => {
  it('"/droid fix …" on an issue asks for a fix, with the comment id for the reply', () => {
    const { request: r } = request(trigger('issue_comment', fixture('issue-comment-issue.json')));
    expect(r).toMatchObject({ command: 'fix', instructions: 'make the date parser accept ISO weeks', target: { kind: 'ticket', issueNumber: 1 }, source: { event: 'github:issue_comment', commentId: 492700400 } });
  });

  it('"/droid plan …" on a PR says the PR must be fetched, and is fail-safe until then', () => {
    const result = request(trigger('issue_comment', fixture('issue-comment-pr.json')));
    expect(result.needsPullRequest).toEqual({ by: 'number', number: 1 });
    expect(result.request).toMatchObject({ command: 'plan', instructions: 'split the parser into tokenizer and grammar', target: { kind: 'change', number: 1, fromFork: true } });
    const done = withPullRequest(result.request, {
      number: 1,
      url: 'https://github.com/Codertocat/Hello-World/pull/1',
      sourceBranch: 'feature/dates',
      targetBranch: 'main',
      title: 'Dates',
      body: '',
      draft: false,
      state: 'open',
      headSha: 'c'.repeat(40),
      author: 'Codertocat',
      fromFork: false,
    });
    expect(done.target).toEqual({ kind: 'change', number: 1, headBranch: 'feature/dates', headSha: 'c'.repeat(40), baseBranch: 'main', fromFork: false });
    expect(result.request.target).toMatchObject({ headBranch: '' });
  });

  it('a comment that does not START with the phrase is ignored', () => {
    expect(ignored(trigger('issue_comment', fixture('issue-comment-chatter.json')))).toMatch(/does not start with \/droid/);
    const quoted = fixture('issue-comment-issue.json');
    (quoted.comment as Json).body = 'as I said, /droid fix it';
    expect(ignored(trigger('issue_comment', quoted))).toMatch(/does not start/);
    (quoted.comment as Json).body = '/droidfix it';
    expect(ignored(trigger('issue_comment', quoted))).toMatch(/does not start/);
  });

  it('honours a custom trigger phrase, "/droid test" and "/droid ci-fix" only on a PR', () => {
    const payload = fixture('issue-comment-pr.json');
    (payload.comment as Json).body = '@droid test';
    expect(request(trigger('issue_comment', payload, { triggerPhrase: '@droid' })).request.command).toBe('test');
    (payload.comment as Json).body = '/droid ci-fix';
    expect(request(trigger('issue_comment', payload)).request.command).toBe('ci-fix');
    const onIssue = fixture('issue-comment-issue.json');
    (onIssue.comment as Json).body = '/droid ci-fix';
    expect(ignored(trigger('issue_comment', onIssue))).toMatch(/ci-fix works on a pull request/);
  });

  it('edited and deleted comments do not trigger', () => {
    const payload = fixture('issue-comment-issue.json');
    payload.action = 'edited';
    expect(ignored(trigger('issue_comment', payload))).toMatch(/only new comments/);
  });

  it('a review comment carries the file and line, and the PR head from the payload', () => {
    const { request: r, needsPullRequest } = request(trigger('pull_request_review_comment', fixture('pr-review-comment.json')));
    expect(needsPullRequest).toBeUndefined();
    expect(r.source.location).toEqual({ path: 'README.md', line: 4 });
    expect(r.target).toEqual({ kind: 'change', number: 2, headBranch: 'changes', headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821', baseBranch: 'master', fromFork: false });
    expect(r.instructions).toBe('handle an empty string here');
  });

  it('marks a review comment on a fork PR as from a fork', () => {
    expect(request(trigger('pull_request_review_comment', fixture('pr-review-comment-fork.json'))).request.target).toMatchObject({ fromFork: true });
  });
});

describe('dispatches', () => {
  it('workflow_dispatch takes the command, ticket and prompt inputs', () => {
    const { request: r } = request(trigger('workflow_dispatch', fixture('workflow-dispatch.json')));
    expect(r).toMatchObject({ command: 'fix', ticket: { key: 'PROJ-123', title: 'Make the date parser accept ISO weeks' }, instructions: 'Make the date parser accept ISO weeks', target: { kind: 'ticket' } });
    const json = request(trigger('workflow_dispatch', fixture('workflow-dispatch.json'), { ticket: '{"key":"#42","title":"Dates","body":"b","url":"https://github.com/o/r/issues/42"}' }));
    expect(json.request.ticket).toEqual({ key: '#42', title: 'Dates', body: 'b', url: 'https://github.com/o/r/issues/42' });
    expect(json.request.target).toEqual({ kind: 'ticket', issueNumber: 42 });
  });

  it('workflow_dispatch without ticket or prompt is a usage error, and a bad command names the input', () => {
    const empty = fixture('workflow-dispatch.json');
    empty.inputs = {};
    expect(usageError(() => trigger('workflow_dispatch', empty)).message).toMatch(/needs a ticket or a prompt/);
    expect(request(trigger('workflow_dispatch', empty, { command: 'test' })).request.ticket.key).toBe('test');
    expect(usageError(() => trigger('workflow_dispatch', empty, { command: 'rm -rf' })).message).toMatch(/command input "rm -rf" is not a droid command/);
  });

  it('repository_dispatch carries the ticket from a Jira/Linear automation', () => {
    const { request: r } = request(trigger('repository_dispatch', fixture('repository-dispatch.json')));
    expect(r).toMatchObject({
      command: 'fix',
      ticket: { key: 'PROJ-123', title: 'Date parser rejects ISO weeks', body: 'Steps: parse `2026-W05-3`.', url: 'https://jira.example.com/browse/PROJ-123' },
      target: { kind: 'ticket', issueNumber: undefined },
      source: { event: 'github:repository_dispatch' },
    });
  });

  it('repository_dispatch with a missing or malformed ticket names what to fix', () => {
    const payload = fixture('repository-dispatch.json');
    payload.client_payload = {};
    expect(usageError(() => trigger('repository_dispatch', payload)).message).toMatch(/no client_payload.ticket/);
    payload.client_payload = { ticket: { key: '../../etc', title: 't' } };
    expect(usageError(() => trigger('repository_dispatch', payload)).message).toMatch(/client_payload.ticket.key "..\/..\/etc" is not a ticket key/);
    payload.client_payload = { ticket: { key: 'P-1', title: ['x'] } };
    expect(usageError(() => trigger('repository_dispatch', payload)).message).toMatch(/client_payload.ticket.title must be a string/);
    payload.client_payload = { ticket: { key: 'P-1', url: 'javascript:alert(1)' } };
    expect(usageError(() => trigger('repository_dispatch', payload)).message).toMatch(/must be an http\(s\) URL/);
    payload.client_payload = { ticket: 'P-1' };
    expect(usageError(() => trigger('repository_dispatch', payload)).message).toMatch(/must be an object/);
  });
});

describe('workflow_run', () => {
  it('a failed run on a droid branch asks for ci-fix of its PR, pinned to the failing SHA', () => {
    const { request: r, needsPullRequest } = request(trigger('workflow_run', fixture('workflow-run-failure.json')));
    expect(needsPullRequest).toBeUndefined();
    expect(r).toMatchObject({
      command: 'ci-fix',
      ticket: { key: '#2' },
      target: { kind: 'change', number: 2, headBranch: 'droid/PROJ-123-iso-weeks', headSha: '3484a3fb816e0859fd6e1cea078d76385ff50625', baseBranch: 'master', fromFork: false },
    });
  });

  it('without the PR in the payload, asks for a look-up by branch', () => {
    const payload = fixture('workflow-run-failure.json');
    (payload.workflow_run as Json).pull_requests = [];
    const result = request(trigger('workflow_run', payload));
    expect(result.needsPullRequest).toEqual({ by: 'branch', branch: 'droid/PROJ-123-iso-weeks', headSha: '3484a3fb816e0859fd6e1cea078d76385ff50625' });
  });

  it('ignores successful runs and failures on other branches', () => {
    expect(ignored(trigger('workflow_run', fixture('workflow-run-success.json')))).toMatch(/concluded success/);
    const main = fixture('workflow-run-failure.json');
    (main.workflow_run as Json).head_branch = 'main';
    expect(ignored(trigger('workflow_run', main))).toMatch(/droid's own branches/);
  });
});

describe('hostile and unknown events', () => {
  it('ignores events the droid does not handle', () => {
    expect(ignored(trigger('push', { ref: 'refs/heads/main' }))).toMatch(/push event does not trigger/);
  });

  it('names the missing or mistyped field instead of crashing', () => {
    expect(usageError(() => trigger('issue_comment', null)).message).toMatch(/the payload is missing or not an object/);
    const noComment = fixture('issue-comment-issue.json');
    delete noComment.comment;
    expect(usageError(() => trigger('issue_comment', noComment)).message).toMatch(/comment is missing/);
    const badNumber = fixture('issue-comment-issue.json');
    (badNumber.issue as Json).number = '1; rm -rf /';
    expect(usageError(() => trigger('issue_comment', badNumber)).message).toMatch(/issue.number is missing or not a positive integer/);
    const badLogin = fixture('issue-comment-issue.json');
    (badLogin.sender as Json).login = '$(whoami)';
    expect(usageError(() => trigger('issue_comment', badLogin)).message).toMatch(/sender.login "\$\(whoami\)" is not a GitHub login/);
    const badBranch = fixture('pr-review-comment.json');
    ((badBranch.pull_request as Json).head as Json).ref = '--upload-pack=evil';
    expect(usageError(() => trigger('pull_request_review_comment', badBranch)).message).toMatch(/is not a valid branch name/);
  });

  it('cuts a huge comment body instead of failing', () => {
    const payload = fixture('issue-comment-issue.json');
    (payload.comment as Json).body = `/droid fix ${'x'.repeat(5_000_000)}`;
    const { request: r } = request(trigger('issue_comment', payload));
    expect(r.instructions.length).toBeLessThan(70_000);
    expect(r.instructions.endsWith('[truncated]')).toBe(true);
  });

  it('reads the event file the runner hands over, and says when it is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'droid-gh-event-'));
    try {
      const path = join(dir, 'event.json');
      writeFileSync(path, JSON.stringify(fixture('issues-opened.json')));
      expect(readGitHubEvent({ GITHUB_EVENT_NAME: 'issues', GITHUB_EVENT_PATH: path }).eventName).toBe('issues');
      writeFileSync(path, '{not json');
      expect(usageError(() => readGitHubEvent({ GITHUB_EVENT_NAME: 'issues', GITHUB_EVENT_PATH: path })).message).toMatch(/is not JSON/);
      expect(usageError(() => readGitHubEvent({})).message).toMatch(/GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
