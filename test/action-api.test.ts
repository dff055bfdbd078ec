/**
 * The bundled action against an unfriendly API and with secrets around: rate limits and server errors
 * are waited out (waits scaled by DROID_GITHUB_RETRY_SCALE), the token never shows anywhere a user can
 * read, and `command: doctor` reports its checks.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { REPO, TOKEN, startWorld, type ActionRun, type World } from './support/action-runner.js';
import { faults } from './support/github-api/server.js';
import { defaultWaits, waitsFromEnv } from '../src/platform/github/client.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

function failed(run: ActionRun): string {
  return `exit ${run.code}\n${run.log.slice(-4000)}\n${run.stderr}`;
}

it('rate limits and a server error on the way: the run waits them out and opens exactly one PR', async () => {
  world = await startWorld();
  world.gh.inject('repos/get', faults.primaryRateLimit(1, 403));
  world.gh.inject('issues/create-comment', faults.serverError(502));
  world.gh.inject('pulls/create', faults.secondaryRateLimit(1, 429));
  world.gh.inject('issues/add-labels', faults.secondaryRateLimit(2, 403));
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-opened');
  expect(world.gh.state.pulls).toHaveLength(1);
  expect(world.botComments()).toHaveLength(1);
  expect(world.gh.calls('pulls/create').map((r) => r.status)).toEqual([429, 201]);
  expect(world.gh.calls('repos/get').map((r) => r.status)).toEqual([403, 200]);
  expect(world.gh.calls('issues/add-labels').map((r) => r.status)).toEqual([403, 200]);
  expect(run.log).toMatch(/rate limit/i);
  world.gh.assertNoViolations();
});

it('an API that keeps failing: the step fails with a message naming the endpoint and the status', async () => {
  world = await startWorld();
  world.gh.inject('repos/get', faults.serverError(503), 10);
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code).toBe(1);
  expect(run.outputs.conclusion).toBe('error');
  const error = run.commands('error').map((e) => e.message).join('\n');
  expect(error).toMatch(/GET \/repos\/Codertocat\/Hello-World.*503/);
  // nothing half-done: no branch, no PR
  expect(world.remote.requests.filter((r) => r.service === 'git-receive-pack')).toHaveLength(0);
  expect(world.gh.state.pulls).toHaveLength(0);
});

it('the token never shows: not in the log, comments, commits, summary, outputs, audit log or .git/config', async () => {
  world = await startWorld({
    files: {
      // a nosy engine and test: they print their environment, the git config and the prompt
      '.engine-extra.sh': 'env | sort\ngit config --list --show-origin || true\ncat "$DROID_PROMPT_FILE"\nenv > notes/engine-env.txt\n',
      'test.sh': '#!/bin/sh\nenv | sort\ngrep -q fixed status.txt\n',
    },
  });
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-opened');
  const forms = [TOKEN, Buffer.from(`x-access-token:${TOKEN}`).toString('base64'), Buffer.from(TOKEN).toString('base64').replace(/=+$/, '')];
  const sha = run.outputs.commit_sha!;
  const commitFiles = await Promise.all(['notes/engine-env.txt', 'notes/last-prompt.md', 'status.txt'].map((f) => world!.remote.fileAt(REPO, sha, f)));
  const surfaces: Record<string, string> = {
    log: run.log,
    stderr: run.stderr,
    comments: world.gh.state.comments.map((c) => c.body).join('\n'),
    pulls: world.gh.state.pulls.map((p) => `${p.title}\n${p.body ?? ''}`).join('\n'),
    commit: JSON.stringify(await world.remote.commitInfo(REPO, sha)),
    commitFiles: commitFiles.join('\n'),
    summary: run.summary,
    summaryFile: await readFile(run.outputs.summary_file!, 'utf8'),
    outputs: JSON.stringify(run.outputs),
    audit: await readFile(run.outputs.audit_log!, 'utf8'),
    gitConfig: await readFile(path.join(run.workspace, '.git', 'config'), 'utf8'),
    remoteUrls: world.remote.requests.map((r) => r.url).join('\n'),
    apiUrls: world.gh.requests.map((r) => r.path + JSON.stringify(r.query)).join('\n'),
  };
  // the surfaces are not empty: the engine really printed its environment and the audit log has the run
  expect(surfaces.commitFiles).toContain('DROID_PROMPT_FILE=');
  expect(surfaces.audit).toContain('git.push');
  for (const [where, text] of Object.entries(surfaces)) {
    for (const form of forms) expect(text.includes(form), `${where} holds a form of the token`).toBe(false);
  }
  // the runner was asked to mask each form
  const masks = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length));
  expect(masks).toContain(TOKEN);
  expect(masks).toContain(Buffer.from(`x-access-token:${TOKEN}`).toString('base64'));
  // once each, not once per place that learns the secret
  expect(masks.length).toBe(new Set(masks).size);
  // the checkout's persisted credentials were removed before the engine ran
  expect(surfaces.gitConfig).not.toMatch(/extraheader/i);
});

it('command: doctor prints its checks and passes on a healthy set-up', async () => {
  world = await startWorld();
  const run = await world.run({ event: 'workflow_dispatch', payload: world.payload('workflow-dispatch.json'), inputs: { command: 'doctor' } });
  expect(run.code, failed(run)).toBe(0);
  expect(run.log).toContain('✔ config: .droid.yml is valid');
  expect(run.log).toContain('✔ read the repository: Codertocat/Hello-World is visible; default branch main');
  expect(run.log).toContain('✔ read CI results');
  // the job token is a warning, not a failure: the doctor says what it means
  expect(run.log).toMatch(/! credentials: .*pushes made with it start no workflows/);
  expect(run.commands('notice').map((c) => c.message)).toEqual(['doctor: every check passed']);
  expect(run.outputs.conclusion).toBe('no-changes');
  expect(world.gh.state.pulls).toHaveLength(0);
  expect(world.remote.requests.filter((r) => r.service === 'git-receive-pack')).toHaveLength(0);
});

it('command: doctor fails the step and says what to fix when the token is refused', async () => {
  world = await startWorld();
  const run = await world.run({ event: 'workflow_dispatch', payload: world.payload('workflow-dispatch.json'), inputs: { command: 'doctor', github_token: 'ghs_notAcceptedAnywhere000000000000000' } });
  expect(run.code).toBe(1);
  expect(run.outputs.conclusion).toBe('error');
  expect(run.log).toContain('✘ read the repository: GitHub API GET /repos/Codertocat/Hello-World (read the repository) failed with 401');
  expect(run.commands('error').map((e) => e.message).join('\n')).toMatch(/fix: the token was refused.*check github_token/);
});

it('with a personal access token the progress comment does not carry the job-token notice', async () => {
  world = await startWorld({ token: 'ghp_personalAccessT0kenForTheTests0000' });
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-opened');
  const body = world.botComments()[0]!.body;
  expect(body).toContain('✅ **pr-opened**');
  expect(body).not.toContain('job token');
  expect(world.remote.requests.filter((r) => r.service === 'git-receive-pack' && r.method === 'POST').every((r) => r.token === world!.token)).toBe(true);
});

it('app_id + app_private_key: an installation token is minted, pushes use it, and neither it nor the key shows', async () => {
  world = await startWorld();
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = keys.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  world.gh.setApp({ id: 321, slug: 'droid-app', publicKey: keys.publicKey, installationId: 88, repositories: [REPO] });
  // the remote accepts what the API mints, as GitHub does
  const minted = world.gh.state.mintedTokens;
  const push = minted.push.bind(minted);
  minted.push = (...items) => {
    for (const item of items) world!.remote.allowToken(item.token);
    return push(...items);
  };
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json'), inputs: { app_id: '321', app_private_key: pem } });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-opened');
  expect(minted).toHaveLength(1);
  const appToken = minted[0]!.token;
  const pushes = world.remote.requests.filter((r) => r.service === 'git-receive-pack' && r.method === 'POST');
  expect(pushes.length).toBeGreaterThan(0);
  expect(pushes.every((r) => r.token === appToken)).toBe(true);
  expect(world.gh.requests.filter((r) => r.operationId?.startsWith('pulls/')).every((r) => r.authorization[0] === `token ${appToken}`)).toBe(true);
  const body = world.botComments()[0]!.body;
  expect(body).not.toContain('job token');
  const keyLine = pem.split('\n')[1]!;
  for (const text of [run.log, run.stderr, body, run.summary, JSON.stringify(run.outputs), await readFile(run.outputs.audit_log!, 'utf8')]) {
    expect(text).not.toContain(appToken);
    expect(text).not.toContain(keyLine);
  }
  world.gh.assertNoViolations();
});

it('the test-only wait knob DROID_GITHUB_RETRY_SCALE leaves production waits alone unless set to a scale in (0, 1]', () => {
  expect(waitsFromEnv({})).toEqual({});
  for (const bad of ['', '0', '-1', '2', 'fast', 'NaN', 'Infinity']) expect(waitsFromEnv({ DROID_GITHUB_RETRY_SCALE: bad })).toEqual({});
  const scaled = waitsFromEnv({ DROID_GITHUB_RETRY_SCALE: '0.001' });
  expect(scaled.writeIntervalMs).toBeCloseTo(defaultWaits.writeIntervalMs / 1000);
  expect(scaled.rateLimitUnitMs).toBeCloseTo(defaultWaits.rateLimitUnitMs / 1000);
  expect(scaled).not.toHaveProperty('retries');
  expect(scaled).not.toHaveProperty('rateLimitRetries');
});
