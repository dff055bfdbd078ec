/**
 * The progress comment's writes (src/report/progress.ts) through the real GitHub forge against the
 * fake GitHub: posted when the first stage begins, a later stage shown only once it has run for
 * settleMs, the outcome always, and never the same text twice.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createGitHubForge } from '../src/platform/github/adapter.js';
import type { Forge } from '../src/platform/types.js';
import { ProgressComment, type ProgressStep } from '../src/report/progress.js';
import { silentLogger } from '../src/util/log.js';
import { startGitHubApi, type GitHubApi } from './support/github-api/server.js';

let gh: GitHubApi;
let forge: Forge;
const steps: ProgressStep[] = ['setup', 'edit', 'tests', 'push', 'pr', 'ci'];

beforeEach(async () => {
  gh = await startGitHubApi({ owner: 'acme', repo: 'app' });
  gh.state.issues.add(1);
  forge = createGitHubForge({ token: 'test-token', repo: 'acme/app', apiUrl: gh.url, serverUrl: gh.url, log: silentLogger, waits: { retryBaseMs: 1, rateLimitUnitMs: 1, writeIntervalMs: 0 } });
});
afterEach(async () => {
  await gh.close();
});

const progress = (settleMs: number): ProgressComment => new ProgressComment(forge, { kind: 'issue', number: 1 }, { runId: 'r1', steps, settleMs }, silentLogger);
const writes = (): string[] => [...gh.calls('issues/create-comment'), ...gh.calls('issues/update-comment')].map((c) => (c.body as { body: string }).body);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

it('is posted as the first stage begins, and quick stages cost no edit of their own', async () => {
  const p = progress(60_000);
  await p.step('setup', 'done');
  await p.start();
  expect(writes()).toEqual([]);
  await p.step('edit', 'running', 'round 1 of 2');
  expect(writes()).toHaveLength(1);
  expect(writes()[0]).toContain('Edit the code ⏳: round 1 of 2');
  for (const step of ['edit', 'tests', 'push', 'pr'] as const) {
    await p.step(step, 'running');
    await p.step(step, 'done');
  }
  await p.finish('✅ **pr-opened**');
  expect(gh.calls('issues/create-comment')).toHaveLength(1);
  expect(gh.calls('issues/update-comment')).toHaveLength(1);
  expect(writes()[1]).toContain('- [x] Open or update the pull request');
  expect(writes()[1]).toContain('✅ **pr-opened**');
  // the same text again is not written
  await p.finish('✅ **pr-opened**');
  expect(gh.calls('issues/update-comment')).toHaveLength(1);
  gh.assertNoViolations();
});

it('shows a stage that has run for settleMs, once, with what is running then', async () => {
  const p = progress(100);
  await p.start();
  await p.step('edit', 'running');
  await p.step('edit', 'done');
  await p.step('tests', 'running', '0/1 passed');
  await p.step('tests', 'running', '1/1 passed');
  await sleep(400);
  expect(gh.calls('issues/update-comment')).toHaveLength(1);
  expect(writes()[1]).toContain('Run the test profiles ⏳: 1/1 passed');
  expect(writes()[1]).toContain('- [x] Edit the code');
  // a stage that ends before it settles is never shown running
  await p.step('tests', 'done');
  await p.step('push', 'running');
  await p.step('push', 'done');
  await p.finish('done');
  await sleep(200);
  expect(gh.calls('issues/update-comment')).toHaveLength(2);
  expect(writes().some((b) => b.includes('Commit and push ⏳'))).toBe(false);
  gh.assertNoViolations();
});

it('a run that ends before any stage begins writes the outcome once', async () => {
  const p = progress(60_000);
  await p.start();
  await p.finish('Refused: no write access', { short: true });
  expect(writes()).toHaveLength(1);
  expect(writes()[0]).toContain('Refused: no write access');
  gh.assertNoViolations();
});
