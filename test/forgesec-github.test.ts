/**
 * Trust on the GitHub side (PRODUCT.md §10), at the wire against the OpenAPI-validating fake:
 * hidden markers count only on the droid's own PRs and comments; an ambiguous comment create is
 * looked up again before a second one; bodies and titles fit GitHub's limits.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../src/audit/audit.js';
import { loadConfig } from '../src/config/load.js';
import { createGitHubForge } from '../src/platform/github/adapter.js';
import { BODY_MARKER, renderPrBody, ticketMarker, type FileChange } from '../src/report/body.js';
import { publish } from '../src/publish/publish.js';
import type { Forge } from '../src/platform/types.js';
import type { Request } from '../src/trigger/request.js';
import { silentLogger } from '../src/util/log.js';
import { Redactor } from '../src/util/redact.js';
import { faults, startGitHubApi, type GitHubApi } from './support/github-api/server.js';

const fast = { retryBaseMs: 1, rateLimitUnitMs: 1, writeIntervalMs: 0, freshPullRequestWaitMs: 1 };
let gh: GitHubApi;

function makeForge(extra: Partial<Parameters<typeof createGitHubForge>[0]> = {}): Forge {
  return createGitHubForge({ token: 'test-token', repo: 'acme/app', apiUrl: gh.url, serverUrl: gh.url, log: silentLogger, actor: 'carol', waits: fast, ...extra });
}

const config = loadConfig({ text: 'version: 1\n', file: '.droid.yml' });
const request: Request = {
  command: 'fix',
  ticket: { key: '#1', title: 'dates are off by one', body: '' },
  instructions: '',
  actor: 'carol',
  actorIsBot: false,
  target: { kind: 'ticket', issueNumber: 1 },
  source: { event: 'issue_comment' },
};

function audit(): AuditLog {
  return new AuditLog('run-1', { actor: () => 'carol', redactor: new Redactor() });
}

const attackerBody = `Totally harmless.\n<!-- droid:ticket=#1 --><!-- droid:body -->`;

beforeEach(async () => {
  gh = await startGitHubApi({ owner: 'acme', repo: 'app', defaultBranch: 'main', tokenUser: 'github-actions[bot]' });
  gh.addUser('carol', { role: 'admin' });
  gh.addUser('mallory');
  gh.addUser('other-app[bot]', { type: 'Bot', role: 'write' });
  gh.state.issues.add(1);
});
afterEach(async () => {
  await gh.close();
});

function seedPull(init: { number: number; ref: string; owner: string; user: string; body: string; title: string }): void {
  gh.state.issues.add(init.number);
  gh.state.pulls.push({
    number: init.number,
    id: 500 + init.number,
    node_id: `PR_${init.number}`,
    title: init.title,
    body: init.body,
    head: { ref: init.ref, sha: 'b'.repeat(40), owner: init.owner },
    base: { ref: 'main' },
    draft: false,
    state: 'open',
    merged: false,
    user: init.user,
    requested_reviewers: [],
    requested_teams: [],
  });
}

describe('hidden markers are trusted only from the droid', () => {
  it("does not take over an outsider's fork PR whose body carries the droid's markers: a new PR is opened", async () => {
    seedPull({ number: 7, ref: 'droid/1-dates', owner: 'mallory', user: 'mallory', body: attackerBody, title: 'my PR' });
    const forge = makeForge();
    const result = await publish(request, { publisher: forge, audit: audit() }, { branch: 'droid/1-dates-are-off-by-one', targetBranch: 'main', config }, {
      title: '[Droid] #1: dates are off by one',
      body: renderPrBody({ ticket: request.ticket, summary: 'fixed', changes: [], tests: [], heldBack: [], trace: { runId: 'r', engine: 'droid', iterations: 1, platform: 'github' } }),
      labels: ['droid'],
      reviewers: [],
      draft: false,
    }, true);
    expect(result?.action).toBe('created');
    expect(result?.change.number).not.toBe(7);
    const fork = gh.state.pulls.find((p) => p.number === 7)!;
    expect(fork.title).toBe('my PR');
    expect(fork.body).toBe(attackerBody);
    expect(gh.state.issueLabels.get(7) ?? []).toEqual([]);
    expect(gh.calls('pulls/update').filter((c) => c.path.endsWith('/pulls/7'))).toEqual([]);
    gh.assertNoViolations();
  });

  it('ignores a marker on a PR of this repository outside the droid branches opened by someone else', async () => {
    seedPull({ number: 8, ref: 'feature/x', owner: 'acme', user: 'mallory', body: attackerBody, title: 'feature' });
    const forge = makeForge();
    expect(await forge.findChangeRequest({ marker: ticketMarker('#1'), branchPrefix: 'droid/' })).toBeUndefined();
  });

  it("finds the droid's PR by marker: on a droid branch of this repository, or opened by the droid's account", async () => {
    seedPull({ number: 9, ref: 'droid/1-old-name', owner: 'acme', user: 'carol', body: attackerBody, title: 'droid branch' });
    const forge = makeForge();
    expect((await forge.findChangeRequest({ marker: ticketMarker('#1'), branchPrefix: 'droid/' }))?.number).toBe(9);
    gh.state.pulls.length = 0;
    seedPull({ number: 10, ref: 'elsewhere', owner: 'acme', user: 'github-actions[bot]', body: attackerBody, title: 'ours' });
    expect((await makeForge().findChangeRequest({ marker: ticketMarker('#1'), branchPrefix: 'droid/' }))?.number).toBe(10);
    // the identity was asked once (GraphQL viewer) per forge
    expect(gh.requests.filter((r) => r.path === '/graphql')).toHaveLength(2);
    gh.assertNoViolations();
  });

  it("never edits a comment holding the progress marker that another account wrote, not even another bot's", async () => {
    const marker = '<!-- droid:run=r1 -->';
    const at = '2026-01-01T00:00:00Z';
    gh.state.comments.push(
      { id: 1, issue_number: 1, body: `fake progress ${marker}`, user: 'other-app[bot]', created_at: at, updated_at: at },
      { id: 2, issue_number: 1, body: `pasted ${marker}`, user: 'mallory', created_at: at, updated_at: at },
    );
    const ref = await makeForge().upsertComment({ kind: 'issue', number: 1 }, `working ${marker}`, marker);
    expect(gh.state.comments.map((c) => [c.user, c.body])).toEqual([
      ['other-app[bot]', `fake progress ${marker}`],
      ['mallory', `pasted ${marker}`],
      ['github-actions[bot]', `working ${marker}`],
    ]);
    expect(ref.id).toBe(gh.state.comments[2]!.id);
    gh.assertNoViolations();
  });

  it("with an App token, trusts the App's own account (<slug>[bot]) and not the job token's", async () => {
    const marker = '<!-- droid:run=r2 -->';
    const at = '2026-01-01T00:00:00Z';
    gh.state.comments.push({ id: 3, issue_number: 1, body: `old ${marker}`, user: 'github-actions[bot]', created_at: at, updated_at: at });
    gh.state.tokenUser = 'droid-app[bot]';
    gh.addUser('droid-app[bot]', { type: 'Bot', role: 'write' });
    await makeForge({ identity: 'droid-app[bot]' }).upsertComment({ kind: 'issue', number: 1 }, `new ${marker}`, marker);
    expect(gh.state.comments.map((c) => c.user)).toEqual(['github-actions[bot]', 'droid-app[bot]']);
    expect(gh.requests.filter((r) => r.path === '/graphql')).toHaveLength(0);
  });
});

describe('an ambiguous comment create', () => {
  it('lists again when the create answered 502 after succeeding and the first list was stale: one comment', async () => {
    const marker = '<!-- droid:run=r3 -->';
    gh.inject('issues/create-comment', { ...faults.serverError(502), after: true });
    gh.inject('issues/list-comments', { status: 200, body: [] }, 2); // the first look-up (before the create) and the stale one after it
    const ref = await makeForge().upsertComment({ kind: 'issue', number: 1 }, `working ${marker}`, marker);
    expect(gh.state.comments).toHaveLength(1);
    expect(ref.id).toBe(gh.state.comments[0]!.id);
    expect(gh.calls('issues/create-comment')).toHaveLength(1);
    expect(gh.calls('issues/list-comments').length).toBeGreaterThanOrEqual(3);
    gh.assertNoViolations();
  });
});

describe('GitHub limits', () => {
  const changes: FileChange[] = Array.from({ length: 5000 }, (_, i) => ({ path: `src/generated/module-${i}/index-with-a-long-name.ts`, added: i, removed: 1 }));
  const input = {
    ticket: { key: '#1', title: 'regenerate', body: '' },
    summary: 'Regenerated every module.',
    changes,
    tests: [],
    heldBack: [],
    trace: { runId: 'r', engine: 'droid', iterations: 1, platform: 'github' },
  };

  it('trims the Changes list of a 5,000-file change to fit 65,536 characters and says how many were left out', () => {
    const body = renderPrBody(input);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith(`${BODY_MARKER}\n${ticketMarker('#1')}`)).toBe(true);
    const shown = body.split('\n').filter((l) => l.startsWith('- `src/generated/')).length;
    expect(shown).toBeGreaterThan(100);
    expect(shown).toBeLessThan(5000);
    expect(body).toContain(`… and ${5000 - shown} more files (left out to fit the forge's limit)`);
    expect(body).toContain('## Tests');
    expect(body).toContain('<summary>Trace</summary>');
  });

  it('keeps the whole list when it fits', () => {
    const body = renderPrBody({ ...input, changes: changes.slice(0, 10) });
    expect(body.split('\n').filter((l) => l.startsWith('- `src/generated/'))).toHaveLength(10);
    expect(body).not.toContain('more files');
  });

  it('sends GitHub a body, comment and title within its limits, markers whole and fences closed', async () => {
    const forge = makeForge();
    const huge = `${BODY_MARKER}\n${ticketMarker('#1')}\n\n\`\`\`text\n${'x'.repeat(80) + '\n'.repeat(1)}`.repeat(1) + `${'line of log output\n'.repeat(5000)}\`\`\`\n<!-- droid:end -->`;
    const { change } = await forge.upsertChangeRequest({
      sourceBranch: 'droid/1-big',
      targetBranch: 'main',
      title: `[Droid] #1: ${'very long title '.repeat(40)}`,
      body: huge,
      draft: false,
      labels: [],
      reviewers: [],
      teamReviewers: [],
    });
    const pull = gh.state.pulls.find((p) => p.number === change.number)!;
    expect(pull.body!.length).toBeLessThanOrEqual(65_536);
    expect(pull.title.length).toBeLessThanOrEqual(256);
    expect(pull.title.endsWith('…')).toBe(true);
    expect(pull.body).toContain(BODY_MARKER);
    expect(pull.body).toContain(ticketMarker('#1'));
    expect(pull.body).toContain('<!-- droid:end -->');
    expect((pull.body!.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect(pull.body).toMatch(/characters left out to fit the forge's limit of 65536/);

    const marker = '<!-- droid:run=r4 -->';
    await forge.upsertComment({ kind: 'issue', number: 1 }, `${'progress line\n'.repeat(10_000)}`, marker);
    const comment = gh.state.comments.at(-1)!;
    expect(comment.body.length).toBeLessThanOrEqual(65_536);
    expect(comment.body).toContain(marker);
    gh.assertNoViolations();
  });
});
