/** Review mode's triggers: `/droid review [focus]` comments and pull_request events (review.auto), on real-shaped payloads. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandText, parseNote } from '../src/trigger/command-text.js';
import { requestFromGitHubEvent, type GitHubTrigger } from '../src/platform/github/trigger.js';

type Json = Record<string, unknown>;
const fixture = (name: string): Json => JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'github', name), 'utf8')) as Json;
const trigger = (eventName: string, payload: unknown): GitHubTrigger => requestFromGitHubEvent({ eventName, payload, inputs: { triggerPhrase: '/droid' } });

function pullRequestEvent(action: string, patch: (pr: Json) => void = () => {}): Json {
  const p = fixture('pr-review-comment.json');
  delete p.comment;
  p.action = action;
  patch(p.pull_request as Json);
  return p;
}

describe('review triggers', () => {
  it('"/droid review focus" is the review command with the focus as instructions, on GitHub and GitLab alike', () => {
    expect(parseCommandText('/droid review the error handling', '/droid')).toEqual({ command: 'review', instructions: 'the error handling' });
    expect(parseNote('/droid review', '/droid')).toEqual({ command: 'review', instructions: '' });
  });

  it('a "/droid review" comment on a PR asks for the PR; on an issue it is ignored', () => {
    const onPr = fixture('issue-comment-pr.json');
    (onPr.comment as Json).body = '/droid review security of the parser';
    const result = trigger('issue_comment', onPr);
    expect(result.kind).toBe('request');
    if (result.kind !== 'request') return;
    expect(result.request.command).toBe('review');
    expect(result.request.instructions).toBe('security of the parser');
    expect(result.needsPullRequest).toEqual({ by: 'number', number: 1 });
    expect(result.request.source.auto).toBeUndefined();

    const onIssue = fixture('issue-comment-issue.json');
    (onIssue.comment as Json).body = '/droid review';
    const ignored = trigger('issue_comment', onIssue);
    expect(ignored).toMatchObject({ kind: 'ignore', reason: expect.stringMatching(/review works on a pull request/) });
  });

  it.each(['opened', 'synchronize', 'ready_for_review'])('pull_request.%s is an automatic review pinned at the event\'s head', (action) => {
    const result = trigger('pull_request', pullRequestEvent(action));
    if (result.kind !== 'request') throw new Error(result.reason);
    const pr = fixture('pr-review-comment.json').pull_request as { head: { sha: string; ref: string }; base: { ref: string }; number: number };
    expect(result.request.command).toBe('review');
    expect(result.request.source).toMatchObject({ event: `github:pull_request.${action}`, auto: true });
    expect(result.request.target).toEqual({ kind: 'change', number: pr.number, headBranch: pr.head.ref, headSha: pr.head.sha, baseBranch: pr.base.ref, fromFork: false });
    expect(result.needsPullRequest).toBeUndefined();
  });

  it('other pull_request actions and drafts start no review', () => {
    expect(trigger('pull_request', pullRequestEvent('closed'))).toMatchObject({ kind: 'ignore', reason: expect.stringMatching(/closed does not start a review/) });
    expect(trigger('pull_request', pullRequestEvent('opened', (pr) => (pr.draft = true)))).toMatchObject({ kind: 'ignore', reason: expect.stringMatching(/draft/) });
  });

  it('a PR whose head repository is another one (or deleted) is a fork', () => {
    const result = trigger('pull_request_target', pullRequestEvent('opened', (pr) => ((pr.head as Json).repo = null)));
    if (result.kind !== 'request') throw new Error(result.reason);
    expect(result.request.target).toMatchObject({ fromFork: true });
  });

  it('a hostile head ref is refused before it reaches git', () => {
    expect(() => trigger('pull_request', pullRequestEvent('opened', (pr) => ((pr.head as Json).ref = '--upload-pack=evil')))).toThrow(/not a valid branch name/);
  });
});
