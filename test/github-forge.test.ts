/**
 * The GitHub Forge at the wire: real Octokit (retry + throttling plugins) against the OpenAPI-validating
 * fake GitHub. Every test ends by asserting that no request broke GitHub's description.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubForge } from '../src/platform/github/adapter.js';
import type { ChangeRequestSpec, Forge } from '../src/platform/types.js';
import { DroidError } from '../src/util/errors.js';
import { silentLogger } from '../src/util/log.js';
import { faults, startGitHubApi, type GitHubApi } from './support/github-api/server.js';

const fast = { retryBaseMs: 1, rateLimitUnitMs: 1, writeIntervalMs: 0, freshPullRequestWaitMs: 1 };
let gh: GitHubApi;
let forge: Forge;

function makeForge(extra: Partial<Parameters<typeof createGitHubForge>[0]> = {}): Forge {
  return createGitHubForge({
    token: 'test-token',
    repo: 'acme/app',
    apiUrl: gh.url,
    serverUrl: gh.url,
    runUrl: `${gh.url}/acme/app/actions/runs/7`,
    log: silentLogger,
    actor: 'carol',
    waits: fast,
    ...extra,
  });
}

function spec(overrides: Partial<ChangeRequestSpec> = {}): ChangeRequestSpec {
  return {
    sourceBranch: 'droid/PROJ-1-fix-dates',
    targetBranch: 'main',
    title: '[Droid] PROJ-1: fix dates',
    body: 'Summary\n<!-- droid:ticket=PROJ-1 -->',
    draft: false,
    labels: [],
    reviewers: [],
    teamReviewers: [],
    ...overrides,
  };
}

beforeEach(async () => {
  gh = await startGitHubApi({ owner: 'acme', repo: 'app', defaultBranch: 'trunk' });
  gh.addUser('alice', { role: 'write' });
  gh.addUser('bob', { role: 'maintain' });
  gh.addUser('carol', { role: 'admin' });
  gh.addUser('tri', { role: 'triage' });
  gh.addUser('outsider');
  gh.addUser('renovate[bot]', { role: 'write', type: 'Bot' });
  gh.state.teams.add('backend');
  forge = makeForge();
});
afterEach(async () => {
  await gh.close();
});

describe('who is asking', () => {
  it('maps collaborator roles to access levels and spots bots', async () => {
    expect(await forge.actorAccess('alice')).toEqual({ login: 'alice', level: 'write', isBot: false, blocked: false });
    expect((await forge.actorAccess('bob')).level).toBe('maintain');
    expect((await forge.actorAccess('tri')).level).toBe('triage');
    expect((await forge.actorAccess('outsider')).level).toBe('none');
    expect(await forge.actorAccess('renovate[bot]')).toMatchObject({ level: 'write', isBot: true });
    gh.assertNoViolations();
  });

  it('treats an unknown account as no access, and a [bot] login as a bot', async () => {
    expect(await forge.actorAccess('ghost')).toEqual({ login: 'ghost', level: 'none', isBot: false, blocked: false });
    expect(await forge.actorAccess('github-actions[bot]')).toMatchObject({ level: 'none', isBot: true });
    gh.assertNoViolations();
  });

  it('reads the default branch of the repository', async () => {
    expect(await forge.defaultBranch()).toBe('trunk');
    expect(forge.cloneUrl()).toBe(`${gh.url}/acme/app.git`);
    expect(forge.jobUrl()).toBe(`${gh.url}/acme/app/actions/runs/7`);
  });
});

describe('pull requests', () => {
  it('creates the PR once and updates it on the next run (one PR, not two)', async () => {
    const first = await forge.upsertChangeRequest(spec());
    expect(first.action).toBe('created');
    expect(first.change).toMatchObject({ number: 1, sourceBranch: 'droid/PROJ-1-fix-dates', targetBranch: 'main', draft: false, state: 'open' });
    const second = await forge.upsertChangeRequest(spec({ title: '[Droid] PROJ-1: fix dates (round 2)', body: 'new body <!-- droid:ticket=PROJ-1 -->' }));
    expect(second.action).toBe('updated');
    expect(second.change.number).toBe(1);
    expect(gh.state.pulls).toHaveLength(1);
    expect(gh.state.pulls[0]?.title).toBe('[Droid] PROJ-1: fix dates (round 2)');
    expect(gh.calls('pulls/create')).toHaveLength(1);
    gh.assertNoViolations();
  });

  it('finds an open PR by branch, or by the hidden ticket marker in its body', async () => {
    await forge.upsertChangeRequest(spec({ sourceBranch: 'feature/by-hand' }));
    expect(await forge.findChangeRequest({ sourceBranch: 'droid/other' })).toBeUndefined();
    expect((await forge.findChangeRequest({ sourceBranch: 'feature/by-hand' }))?.number).toBe(1);
    expect((await forge.findChangeRequest({ sourceBranch: 'droid/other', marker: '<!-- droid:ticket=PROJ-1 -->' }))?.number).toBe(1);
    expect(await forge.findChangeRequest({ marker: '<!-- droid:ticket=NOPE-9 -->' })).toBeUndefined();
    expect(await forge.getChangeRequest(1)).toMatchObject({ title: '[Droid] PROJ-1: fix dates', fromFork: false, author: 'droid-bot[bot]' });
    gh.state.pulls.push({ ...gh.state.pulls[0]!, number: 2, id: 2, node_id: 'PR_fork', head: { ref: 'patch-1', sha: 'f'.repeat(40), owner: 'mallory' } });
    gh.state.issues.add(2);
    expect(await forge.getChangeRequest(2)).toMatchObject({ sourceBranch: 'patch-1', fromFork: true });
    gh.assertNoViolations();
  });

  it('finds by branch and by marker in one listing when the open PRs fit on a page, else by the exact queries', async () => {
    await forge.upsertChangeRequest(spec({ sourceBranch: 'droid/PROJ-1-dates' }));
    const marker = '<!-- droid:ticket=PROJ-1 -->';
    const lists = (): number => gh.calls('pulls/list').length;
    let before = lists();
    expect((await forge.findChangeRequest({ sourceBranch: 'droid/PROJ-1-dates', marker, branchPrefix: 'droid/' }))?.number).toBe(1);
    expect(lists() - before).toBe(1);
    before = lists();
    expect((await forge.findChangeRequest({ sourceBranch: 'droid/other', marker, branchPrefix: 'droid/' }))?.number).toBe(1);
    expect(lists() - before).toBe(1);
    // 120 newer open PRs: ours is on page 2, so the listing's first page is not the whole answer
    for (let n = 2; n <= 121; n += 1) {
      gh.state.pulls.push({ ...gh.state.pulls[0]!, number: n, id: n, node_id: `PR_${n}`, body: 'by hand', head: { ref: `feature/${n}`, sha: 'e'.repeat(40), owner: 'acme' } });
    }
    before = lists();
    expect((await forge.findChangeRequest({ sourceBranch: 'droid/PROJ-1-dates', marker, branchPrefix: 'droid/' }))?.number).toBe(1);
    expect(gh.calls('pulls/list').slice(before).map((c) => c.query.head ?? 'page')).toEqual(['page', 'acme:droid/PROJ-1-dates']);
    expect((await forge.findChangeRequest({ sourceBranch: 'droid/other', marker, branchPrefix: 'droid/' }))?.number).toBe(1);
    gh.assertNoViolations();
  });

  it('creates or updates the PR it was just asked to look up without asking again', async () => {
    const lookup = { sourceBranch: 'droid/PROJ-1-dates', marker: '<!-- droid:ticket=PROJ-1 -->', branchPrefix: 'droid/' };
    const none = await forge.findChangeRequest(lookup);
    expect(none).toBeUndefined();
    await forge.upsertChangeRequest(spec({ sourceBranch: 'droid/PROJ-1-dates' }), none);
    expect(gh.calls('pulls/list')).toHaveLength(1);
    const found = await forge.findChangeRequest(lookup);
    const updated = await forge.upsertChangeRequest(spec({ sourceBranch: 'droid/PROJ-1-dates', title: 'again' }), found);
    expect(updated.action).toBe('updated');
    expect(gh.calls('pulls/list')).toHaveLength(2);
    expect(gh.calls('pulls/get')).toHaveLength(0);
    // an upsert with no look-up of its own before it asks GitHub
    await forge.upsertChangeRequest(spec({ sourceBranch: 'droid/PROJ-1-dates', title: 'third' }), found);
    expect(gh.calls('pulls/get')).toHaveLength(1);
    expect(gh.state.pulls).toHaveLength(1);
    expect(gh.state.pulls[0]?.title).toBe('third');
    gh.assertNoViolations();
  });

  it('turns "A pull request already exists" into find-and-update', async () => {
    await forge.upsertChangeRequest(spec());
    // the look-up misses it (a race with another run), so create hits GitHub's 422
    gh.inject('pulls/list', { status: 200, body: [] });
    const result = await forge.upsertChangeRequest(spec({ title: 'raced' }));
    expect(result.action).toBe('updated');
    expect(gh.calls('pulls/create').map((c) => c.status)).toEqual([201, 422]);
    expect(gh.state.pulls).toHaveLength(1);
    expect(gh.state.pulls[0]?.title).toBe('raced');
    gh.assertNoViolations();
  });

  it('does not create a second PR when the create failed after GitHub made it', async () => {
    gh.inject('pulls/create', { ...faults.serverError(502), after: true });
    const result = await forge.upsertChangeRequest(spec());
    expect(result.action).toBe('created');
    expect(gh.state.pulls).toHaveLength(1);
    expect(gh.calls('pulls/create')).toHaveLength(1);
    gh.assertNoViolations();
  });

  it('retries the create when the failed attempt made nothing', async () => {
    gh.inject('pulls/create', faults.networkError());
    const result = await forge.upsertChangeRequest(spec());
    expect(result.action).toBe('created');
    expect(gh.calls('pulls/create')).toHaveLength(2);
    expect(gh.state.pulls).toHaveLength(1);
    gh.assertNoViolations();
  });

  it('adds the labels in one request, GitHub making the missing ones', async () => {
    gh.state.labels.set('droid', { id: 1, name: 'droid', color: '00ff00', description: null });
    const result = await forge.upsertChangeRequest(spec({ labels: ['droid', 'ai-generated', 'droid'] }));
    expect(result.warnings).toEqual([]);
    expect(gh.calls('issues/add-labels').map((c) => c.body)).toEqual([{ labels: ['droid', 'ai-generated'] }]);
    expect(gh.calls('issues/get-label')).toEqual([]);
    expect(gh.calls('issues/create-label')).toEqual([]);
    expect(gh.state.issueLabels.get(1)).toEqual(['droid', 'ai-generated']);
    gh.assertNoViolations();
  });

  it('creates the missing labels only when adding them failed, then adds them all', async () => {
    gh.state.labels.set('droid', { id: 1, name: 'droid', color: '00ff00', description: null });
    gh.inject('issues/add-labels', faults.unprocessable('Label does not exist'));
    const result = await forge.upsertChangeRequest(spec({ labels: ['droid', 'ai-generated', 'droid'] }));
    expect(result.warnings).toEqual([]);
    expect(gh.calls('issues/create-label').map((c) => (c.body as { name: string }).name)).toEqual(['ai-generated']);
    expect(gh.calls('issues/add-labels').map((c) => c.status)).toEqual([422, 200]);
    expect(gh.state.issueLabels.get(1)).toEqual(['droid', 'ai-generated']);
    gh.assertNoViolations();
  });

  it('requests users and teams, never the actor or the PR author', async () => {
    const result = await forge.upsertChangeRequest(
      spec({ reviewers: ['alice', 'carol', 'droid-bot[bot]', 'Alice'], teamReviewers: ['acme/backend', 'other-org/x'] }),
    );
    const [request] = gh.calls('pulls/request-reviewers');
    expect(request?.body).toEqual({ reviewers: ['alice'], team_reviewers: ['backend'] });
    expect(gh.state.pulls[0]?.requested_reviewers).toEqual(['alice']);
    expect(gh.state.pulls[0]?.requested_teams).toEqual(['backend']);
    expect(result.warnings).toEqual(['team other-org/x belongs to another organisation than acme; not requested']);
    gh.assertNoViolations();
  });

  it('names each reviewer GitHub refuses, and still requests the others', async () => {
    const result = await forge.upsertChangeRequest(spec({ reviewers: ['alice', 'mallory'] }));
    expect(gh.state.pulls[0]?.requested_reviewers).toEqual(['alice']);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/@mallory.*collaborators/);
    gh.assertNoViolations();
  });

  it('retries reviewers once on a fresh PR that GitHub is not ready for', async () => {
    gh.inject('pulls/request-reviewers', faults.unprocessable('Pull request is not ready'));
    const result = await forge.upsertChangeRequest(spec({ reviewers: ['alice'] }));
    expect(result.warnings).toEqual([]);
    expect(gh.calls('pulls/request-reviewers').map((c) => c.status)).toEqual([422, 201]);
    gh.assertNoViolations();
  });

  it('opens as a draft and is marked ready through GraphQL on a later run', async () => {
    const first = await forge.upsertChangeRequest(spec({ draft: true }));
    expect(first.change.draft).toBe(true);
    expect(gh.state.pulls[0]?.draft).toBe(true);
    expect(gh.calls('graphql')).toHaveLength(0);
    const second = await forge.upsertChangeRequest(spec({ draft: false }));
    expect(second.change.draft).toBe(false);
    expect(gh.state.pulls[0]?.draft).toBe(false);
    const third = await forge.upsertChangeRequest(spec({ draft: true }));
    expect(third.change.draft).toBe(true);
    expect(gh.calls('graphql')).toHaveLength(2);
    gh.assertNoViolations();
  });
});

describe('retries and rate limits', () => {
  it('waits out a secondary rate limit (429 with retry-after) and succeeds', async () => {
    gh.inject('repos/get', faults.secondaryRateLimit(1, 429));
    expect(await forge.defaultBranch()).toBe('trunk');
    expect(gh.calls('repos/get').map((c) => c.status)).toEqual([429, 200]);
  });

  it('waits out a primary rate limit (403, remaining 0, reset) and succeeds', async () => {
    gh.inject('pulls/get', faults.primaryRateLimit(1));
    await forge.upsertChangeRequest(spec());
    expect((await forge.getChangeRequest(1)).number).toBe(1);
    expect(gh.calls('pulls/get').map((c) => c.status)).toEqual([403, 200]);
  });

  it('does not wait for a rate limit longer than the cap, and says so', async () => {
    gh.inject('repos/get', faults.primaryRateLimit(3600));
    const error = await forge.defaultBranch().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DroidError);
    expect((error as DroidError).kind).toBe('platform');
    expect((error as DroidError).message).toContain('GET /repos/acme/app');
    expect((error as DroidError).message).toContain('403');
    expect((error as DroidError).hint).toMatch(/rate limit is used up until/);
  });

  it('retries server errors and succeeds', async () => {
    gh.inject('repos/get', faults.serverError(502), 2);
    expect(await forge.defaultBranch()).toBe('trunk');
    expect(gh.calls('repos/get').map((c) => c.status)).toEqual([502, 502, 200]);
  });

  it('gives up with a message naming the endpoint and the status', async () => {
    gh.inject('repos/get', faults.serverError(500), 10);
    const error = await forge.defaultBranch().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DroidError);
    expect((error as DroidError).kind).toBe('platform');
    expect((error as DroidError).message).toMatch(/GET \/repos\/acme\/app .*failed with 500 after 3 retries/);
    expect(gh.calls('repos/get')).toHaveLength(4);
  });
});

describe('comments', () => {
  const marker = '<!-- droid:progress -->';

  it('creates a comment, then edits the same one by marker', async () => {
    gh.state.issues.add(5);
    const first = await forge.upsertComment({ kind: 'issue', number: 5 }, `working… ${marker}`, marker);
    const second = await forge.upsertComment({ kind: 'issue', number: 5 }, 'done', marker);
    expect(second.id).toBe(first.id);
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.state.comments[0]?.body).toBe(`done\n\n${marker}`);
    const third = await forge.upsertComment({ kind: 'issue', number: 5 }, `again ${marker}`, marker, first);
    expect(third.id).toBe(first.id);
    expect(gh.calls('issues/create-comment')).toHaveLength(1);
    gh.assertNoViolations();
  });

  it("never edits a user's comment that happens to hold the marker", async () => {
    gh.state.issues.add(5);
    gh.state.comments.push({ id: 1, issue_number: 5, body: `copied ${marker}`, user: 'alice', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' });
    await forge.upsertComment({ kind: 'issue', number: 5 }, `mine ${marker}`, marker);
    expect(gh.state.comments.map((c) => c.body)).toEqual([`copied ${marker}`, `mine ${marker}`]);
    gh.assertNoViolations();
  });

  it('does not post twice when the create failed after GitHub stored it', async () => {
    gh.state.issues.add(5);
    gh.inject('issues/create-comment', faults.networkError(true));
    const ref = await forge.upsertComment({ kind: 'change', number: 5 }, `hello ${marker}`, marker);
    expect(gh.state.comments).toHaveLength(1);
    expect(ref.id).toBe(gh.state.comments[0]?.id);
    expect(gh.calls('issues/create-comment')).toHaveLength(1);
    gh.assertNoViolations();
  });
});

describe('CI of a SHA', () => {
  const sha = 'a'.repeat(40);

  it('maps check runs and commit statuses, ignoring the droid’s own job', async () => {
    gh.state.checkRuns.push(
      { id: 11, name: 'unit', head_sha: sha, status: 'completed', conclusion: 'success', app_slug: 'github-actions' },
      { id: 12, name: 'lint', head_sha: sha, status: 'completed', conclusion: 'skipped', app_slug: 'github-actions' },
      { id: 13, name: 'droid', head_sha: sha, status: 'in_progress', conclusion: null, app_slug: 'github-actions' },
    );
    gh.state.statuses.push({ id: 21, sha, context: 'ci/jenkins', state: 'success', target_url: 'https://ci.example/1', description: null });
    const green = await forge.ciStatus(sha, { ignoreJobNames: ['droid'] });
    expect(green).toMatchObject({ state: 'success', empty: false });
    expect(green.jobs.map((j) => [j.name, j.state, j.logAvailable])).toEqual([
      ['unit', 'success', true],
      ['lint', 'success', true],
      ['ci/jenkins', 'success', false],
    ]);
    expect((await forge.ciStatus(sha)).state).toBe('pending');
    gh.state.checkRuns.push({ id: 14, name: 'e2e', head_sha: sha, status: 'completed', conclusion: 'timed_out', app_slug: 'github-actions' });
    expect((await forge.ciStatus(sha)).state).toBe('failure');
    gh.assertNoViolations();
  });

  it('reports an empty, pending status for a SHA nothing ran on yet', async () => {
    expect(await forge.ciStatus('b'.repeat(40))).toEqual({ state: 'pending', jobs: [], empty: true });
    gh.assertNoViolations();
  });

  it('downloads a failed job’s log through the redirect, bounded in size', async () => {
    const log = `start\n${'noise line\n'.repeat(5000)}FAIL src/date.test.ts > parses ISO weeks\n`;
    gh.state.jobs.push({ id: 31, run_id: 9, name: 'unit', head_sha: sha, status: 'completed', conclusion: 'failure', log });
    const job = { id: 31, name: 'unit', state: 'failure' as const, url: '', logAvailable: true };
    expect(await forge.jobLog(job)).toBe(log);
    const small = makeForge({ maxLogBytes: 1000 });
    const bounded = await small.jobLog(job);
    expect(bounded.startsWith('start\n')).toBe(true);
    expect(bounded).toContain('bytes of log elided');
    expect(bounded.endsWith('parses ISO weeks\n')).toBe(true);
    expect(bounded.length).toBeLessThan(1100);
    expect(await forge.jobLog({ ...job, logAvailable: false })).toBe('');
    gh.assertNoViolations();
  });
});
