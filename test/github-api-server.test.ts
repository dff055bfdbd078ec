/**
 * The fake GitHub itself: proves it validates requests against GitHub's OpenAPI description, answers in
 * the documented shape, and injects faults — so the adapter tests built on it can fail.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/util/log.js';
import { createGitHubClient, type GitHubClient } from '../src/platform/github/client.js';
import { faults, startGitHubApi, type GitHubApi } from './support/github-api/server.js';
import { responseSchema, loadGitHubSpec } from './support/github-api/spec.js';

const fast = { retryBaseMs: 1, rateLimitUnitMs: 1, writeIntervalMs: 0 };
let gh: GitHubApi;
let octokit: GitHubClient;

beforeEach(async () => {
  gh = await startGitHubApi({ owner: 'acme', repo: 'app' });
  octokit = createGitHubClient({ token: 'test-token', apiUrl: gh.url, log: silentLogger, waits: { ...fast, retries: 0 } });
});
afterEach(async () => {
  await gh.close();
});

describe('fake GitHub API', () => {
  it('rejects reviewers sent as a string instead of an array, and records the violation', async () => {
    gh.state.pulls.length = 0;
    const created = await octokit.rest.pulls.create({ owner: 'acme', repo: 'app', head: 'droid/x', base: 'main', title: 't' });
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
        owner: 'acme',
        repo: 'app',
        pull_number: created.data.number,
        reviewers: 'alice' as unknown as string[],
      }),
    ).rejects.toMatchObject({ status: 400 });
    expect(gh.violations).toHaveLength(1);
    expect(gh.violations[0]?.kind).toBe('bad-request');
    expect(gh.violations[0]?.message).toContain('reviewers');
    expect(() => gh.assertNoViolations()).toThrow(/must be array/);
  });

  it('rejects an unknown path and a bad enum value', async () => {
    await expect(octokit.request('GET /repos/{owner}/{repo}/pullz', { owner: 'acme', repo: 'app' })).rejects.toMatchObject({ status: 404 });
    await expect(octokit.rest.pulls.list({ owner: 'acme', repo: 'app', state: 'merged' as 'open' })).rejects.toMatchObject({ status: 400 });
    expect(gh.violations.map((v) => v.kind)).toEqual(['unknown-path', 'bad-request']);
  });

  it('answers in the documented shape: its own responses validate against the response schema', async () => {
    const spec = await loadGitHubSpec();
    const created = await octokit.rest.pulls.create({ owner: 'acme', repo: 'app', head: 'droid/y', base: 'main', title: 'T', body: 'B', draft: true });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ number: 1, draft: true, head: { ref: 'droid/y' }, base: { ref: 'main' }, title: 'T' });
    expect(spec.validator.validateResponse(created.data, 'pulls/create', 201).valid).toBe(true);
    const repo = await octokit.rest.repos.get({ owner: 'acme', repo: 'app' });
    expect(repo.data.default_branch).toBe('main');
    expect(spec.validator.validateResponse(repo.data, 'repos/get', 200).valid).toBe(true);
    expect(responseSchema(spec, 'pulls/create', 201)).toBeDefined();
    gh.assertNoViolations();
  });

  it('requires a token, refuses a wrong one, and records auth presence', async () => {
    expect(() => createGitHubClient({ token: '', apiUrl: gh.url, log: silentLogger })).toThrow(/No GitHub token/);
    const anonymous = await fetch(`${gh.url}/repos/acme/app`);
    expect(anonymous.status).toBe(401);
    const wrong = createGitHubClient({ token: 'nope', apiUrl: gh.url, log: silentLogger, waits: { ...fast, retries: 0 } });
    await expect(wrong.rest.repos.get({ owner: 'acme', repo: 'app' })).rejects.toMatchObject({ status: 401 });
    expect(gh.requests.map((r) => r.hasAuthorization)).toEqual([false, true]);
  });

  it('injects faults in order and then behaves again', async () => {
    gh.inject('repos/get', faults.serverError(503), 1);
    await expect(octokit.rest.repos.get({ owner: 'acme', repo: 'app' })).rejects.toMatchObject({ status: 503 });
    await expect(octokit.rest.repos.get({ owner: 'acme', repo: 'app' })).resolves.toMatchObject({ status: 200 });
    expect(() => gh.inject('repos/nope', faults.serverError())).toThrow(/not an operation/);
  });
});
