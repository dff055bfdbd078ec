/**
 * Where a trigger names a ticket key for the tickets stage to look up (PRODUCT.md §11), on the real
 * payload fixtures: a `/droid fix PROJ-12` comment, a dispatch key without a title, the `ticket` input,
 * an issue title that starts with a key, GitLab's DROID_TICKET_KEY without DROID_TICKET_TITLE.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestFromGitHubEvent, type GitHubTrigger } from '../src/platform/github/trigger.js';
import { requestFromGitLabEnv } from '../src/platform/gitlab/trigger.js';
import type { Request } from '../src/trigger/request.js';

type Json = Record<string, unknown>;
const fixture = (dir: string, name: string): Json => JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', dir, name), 'utf8')) as Json;
const gh = (eventName: string, payload: unknown, extra: Json = {}): Request => {
  const result: GitHubTrigger = requestFromGitHubEvent({ eventName, payload, inputs: { triggerPhrase: '/droid', ...extra } });
  if (result.kind !== 'request') throw new Error(result.reason);
  return result.request;
};
const gl = (extra: Record<string, string | undefined>): Request => {
  const env = { ...fixture('gitlab/env', 'base.json'), ...fixture('gitlab/env', 'api-ticket.json'), ...extra } as NodeJS.ProcessEnv;
  const result = requestFromGitLabEnv(env);
  if (result.kind !== 'request') throw new Error(result.reason);
  return result.request;
};

describe('ticket keys the trigger names', () => {
  it('a "/droid fix PROJ-12 …" comment on an issue or a PR', () => {
    const issue = fixture('github', 'issue-comment-issue.json');
    (issue.comment as Json).body = '/droid fix PROJ-12 and keep the API stable';
    const r = gh('issue_comment', issue);
    expect(r.ticketLookup).toBe('PROJ-12');
    expect(r.ticket.key).toBe('#1');
    const plain = fixture('github', 'issue-comment-issue.json');
    (plain.comment as Json).body = '/droid fix make the date parser accept ISO weeks';
    expect(gh('issue_comment', plain).ticketLookup).toBeUndefined();
    const pr = fixture('github', 'issue-comment-pr.json');
    (pr.comment as Json).body = '/droid fix ENG-42';
    expect(gh('issue_comment', pr).ticketLookup).toBe('ENG-42');
  });

  it('a repository_dispatch key without a title is looked up; one with a title is used as sent', () => {
    const bare = fixture('github', 'repository-dispatch.json');
    bare.client_payload = { ticket: { key: 'PROJ-12' } };
    expect(gh('repository_dispatch', bare).ticketLookup).toBe('PROJ-12');
    const titled = fixture('github', 'repository-dispatch.json');
    expect(gh('repository_dispatch', titled).ticketLookup).toBeUndefined();
  });

  it('the ticket input as a bare key, and an issue title that starts with a key', () => {
    const dispatch = fixture('github', 'workflow-dispatch.json');
    expect(gh('workflow_dispatch', dispatch, { ticket: 'WEB-7' }).ticketLookup).toBe('WEB-7');
    const opened = fixture('github', 'issues-opened.json');
    (opened.issue as Json).title = 'PROJ-99: dates are off by one';
    (opened.issue as Json).body = '/droid fix';
    expect(gh('issues', opened).ticketLookup).toBe('PROJ-99');
    (opened.issue as Json).title = 'PROJ-99x is not a key';
    expect(gh('issues', opened).ticketLookup).toBeUndefined();
  });

  it('GitLab: DROID_TICKET_KEY without DROID_TICKET_TITLE', () => {
    expect(gl({ DROID_TICKET_TITLE: undefined, DROID_TICKET_BODY: undefined }).ticketLookup).toBe('SHOP-311');
    expect(gl({}).ticketLookup).toBeUndefined();
  });
});
