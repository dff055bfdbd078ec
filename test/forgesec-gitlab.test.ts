/**
 * Trust on the GitLab side (PRODUCT.md §10), at the wire against the fake GitLab: markers count only
 * on the droid's own MRs and notes (the token's user from GET /user, asked once), a fork's MR from a
 * branch named like the droid's is not taken for its own, an ambiguous note create is looked up again,
 * and descriptions, notes and titles fit GitLab's limits.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../src/audit/audit.js';
import { loadConfig } from '../src/config/load.js';
import { BODY_MARKER, renderPrBody, ticketMarker } from '../src/report/body.js';
import { createGitLabForge, type GitLabForge } from '../src/platform/gitlab/index.js';
import { GITLAB_LIMITS } from '../src/platform/limits.js';
import { publish } from '../src/publish/publish.js';
import type { Request } from '../src/trigger/request.js';
import { silentLogger } from '../src/util/log.js';
import { Redactor } from '../src/util/redact.js';
import { startFakeGitLab, type FakeGitLab } from './support/gitlab-api/server.js';

let gl: FakeGitLab;

function forge(): GitLabForge {
  return createGitLabForge({ token: gl.token, project: gl.project.path, apiUrl: gl.apiUrl, serverUrl: gl.url, log: silentLogger, retries: 2, baseDelayMs: 1, sleep: async () => {} });
}

const config = loadConfig({ text: 'version: 1\n', file: '.droid.yml' });
const request: Request = {
  command: 'fix',
  ticket: { key: '#1', title: 'dates are off by one', body: '' },
  instructions: '',
  actor: 'carol',
  actorIsBot: false,
  target: { kind: 'ticket', issueNumber: 1 },
  source: { event: 'gitlab:note' },
};
const branch = 'droid/1-dates-are-off-by-one';
const attackerBody = 'Totally harmless.\n<!-- droid:ticket=#1 --><!-- droid:body -->';

beforeEach(async () => {
  gl = await startFakeGitLab();
  gl.branches.add(branch);
  gl.issues.set(1, { title: 'dates are off by one', description: '' });
});
afterEach(async () => {
  gl.assertNoViolations();
  await gl.close();
});

function spec() {
  return {
    title: '[Droid] #1: dates are off by one',
    body: renderPrBody({ ticket: request.ticket, summary: 'fixed', changes: [], tests: [], heldBack: [], trace: { runId: 'r', engine: 'droid', iterations: 1, platform: 'gitlab' }, maxChars: GITLAB_LIMITS.body }),
    labels: ['droid'],
    reviewers: [],
    draft: false,
  };
}

describe('hidden markers are trusted only from the droid', () => {
  it("does not take over a fork's MR from a branch named like the droid's, with the droid's markers: a new MR is opened", async () => {
    const mallory = gl.addUser('mallory');
    gl.mergeRequests.push({
      id: 700, iid: 7, title: 'my MR', description: attackerBody, state: 'opened', source_branch: branch, target_branch: 'main',
      source_project_id: 999, labels: [], reviewer_ids: [], author_id: mallory.id, sha: 'b'.repeat(40),
    });
    const audit = new AuditLog('run-1', { actor: () => 'carol', redactor: new Redactor() });
    const result = await publish(request, { publisher: forge(), audit }, { branch, targetBranch: 'main', config }, spec(), true);
    expect(result?.action).toBe('created');
    expect(result?.change.number).not.toBe(7);
    const fork = gl.mergeRequests.find((mr) => mr.iid === 7)!;
    expect(fork).toMatchObject({ title: 'my MR', description: attackerBody, labels: [] });
    expect(gl.requestsTo('PUT', /merge_requests\/7$/)).toEqual([]);
  });

  it("ignores a marker on another user's MR outside the droid branches; finds one on a droid branch or by the droid's user", async () => {
    const mallory = gl.addUser('mallory');
    const mr = (iid: number, source: string, author: number) => ({
      id: 700 + iid, iid, title: `mr ${iid}`, description: attackerBody, state: 'opened' as const, source_branch: source, target_branch: 'main',
      source_project_id: gl.project.id, labels: [], reviewer_ids: [], author_id: author, sha: 'b'.repeat(40),
    });
    gl.mergeRequests.push(mr(1, 'feature/x', mallory.id));
    const f = forge();
    expect(await f.findChangeRequest({ marker: ticketMarker('#1'), branchPrefix: 'droid/' })).toBeUndefined();
    gl.mergeRequests.push(mr(2, 'droid/1-older', mallory.id));
    expect((await f.findChangeRequest({ marker: ticketMarker('#1'), branchPrefix: 'droid/' }))?.number).toBe(2);
    gl.mergeRequests.splice(1, 1, mr(3, 'somewhere', gl.tokenUser.id));
    expect((await f.findChangeRequest({ marker: ticketMarker('#1'), branchPrefix: 'droid/' }))?.number).toBe(3);
    // the droid's own user is asked once per run
    expect(gl.requestsTo('GET', /^\/?user$/)).toHaveLength(1);
  });

  it('never edits a note holding the progress marker that another user wrote, not even a bot', async () => {
    const other = gl.addUser('other-bot', { bot: true });
    gl.notes.push({ id: 9001, noun: 'issues', iid: 1, body: 'fake <!-- droid:run=r1 -->', author_id: other.id, system: false });
    await forge().upsertComment({ kind: 'issue', number: 1 }, 'working <!-- droid:run=r1 -->', '<!-- droid:run=r1 -->');
    expect(gl.notes.map((n) => [n.author_id, n.body])).toEqual([
      [other.id, 'fake <!-- droid:run=r1 -->'],
      [gl.tokenUser.id, 'working <!-- droid:run=r1 -->'],
    ]);
  });
});

describe('an ambiguous note create', () => {
  it('lists again when the create answered 502 after succeeding and the first list was stale: one note', async () => {
    gl.fail({ method: 'POST', path: /issues\/1\/notes$/, status: 502, applied: true });
    // the look-up before the create, and the stale one right after the lost answer
    gl.fail({ method: 'GET', path: /issues\/1\/notes$/, status: 200, body: [], times: 2 });
    const ref = await forge().upsertComment({ kind: 'issue', number: 1 }, 'working <!-- droid:run=r2 -->', '<!-- droid:run=r2 -->');
    expect(gl.notes).toHaveLength(1);
    expect(ref.id).toBe(gl.notes[0]!.id);
    expect(gl.requestsTo('POST', /notes$/)).toHaveLength(1);
    expect(gl.requestsTo('GET', /notes$/).length).toBeGreaterThanOrEqual(3);
  });
});

describe('GitLab limits', () => {
  it('sends a description, note and title within 1,000,000 / 1,000,000 / 255 characters, markers kept', async () => {
    const body = `${BODY_MARKER}\n${ticketMarker('#1')}\n\n${'a changed file line\n'.repeat(60_000)}<!-- droid:end -->`;
    const { change } = await forge().upsertChangeRequest({
      sourceBranch: branch, targetBranch: 'main', title: `[Droid] #1: ${'long '.repeat(80)}`, body, draft: true, labels: [], reviewers: [], teamReviewers: [],
    });
    const mr = gl.mergeRequests.find((m) => m.iid === change.number)!;
    expect(mr.description.length).toBeLessThanOrEqual(1_000_000);
    expect(mr.description).toContain(BODY_MARKER);
    expect(mr.description).toContain('<!-- droid:end -->');
    expect(mr.title.length).toBeLessThanOrEqual(255);
    expect(mr.title.startsWith('Draft: ')).toBe(true);

    await forge().upsertComment({ kind: 'issue', number: 1 }, 'progress\n'.repeat(150_000), '<!-- droid:run=r3 -->');
    expect(gl.notes[0]!.body.length).toBeLessThanOrEqual(1_000_000);
    expect(gl.notes[0]!.body).toContain('<!-- droid:run=r3 -->');
  });
});
