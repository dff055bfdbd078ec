import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { runAction } from '../src/entry/action.js';
import { startGitRemote, type GitRemote } from './support/git-remote.js';
import { startGitHubApi, type GitHubApi } from './support/github-api/server.js';

/**
 * `command: doctor` through the Action entry (runAction, in-process): the checks run read-only (no
 * --write in the action), the step passes when nothing failed and fails naming the check otherwise.
 * @actions/core reads inputs from process.env, so INPUT_* are set there for the test and restored.
 */
const TOKEN = 'ghp_doctorACTION0123456789SECRET';
let remote: GitRemote;
let gh: GitHubApi;
let tmp: string;
let dir: string;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  remote = await startGitRemote({ token: TOKEN });
  tmp = mkdtempSync(join(tmpdir(), 'droid-doctor-action-'));
  await remote.createRepo('acme/app', { 'README.md': '# app\n' });
  dir = join(tmp, 'work');
  await remote.clone('acme/app', dir);
  writeFileSync(join(dir, '.droid.yml'), 'version: 1\nengine:\n  use: command\n  command: "true"\n');
  gh = await startGitHubApi({ owner: 'acme', repo: 'app', token: TOKEN });
  const processEnv = { INPUT_COMMAND: 'doctor', INPUT_GITHUB_TOKEN: TOKEN, GITHUB_OUTPUT: join(tmp, 'output'), GITHUB_STEP_SUMMARY: join(tmp, 'summary') };
  for (const [key, value] of Object.entries(processEnv)) {
    saved[key] = process.env[key];
    process.env[key] = value;
  }
  writeFileSync(processEnv.GITHUB_OUTPUT, '');
  writeFileSync(processEnv.GITHUB_STEP_SUMMARY, '');
});
afterEach(() => {
  process.exitCode = undefined;
});
afterAll(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await gh.close();
  await remote.close();
  rmSync(tmp, { recursive: true, force: true });
});

const env = (): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  INPUT_COMMAND: 'doctor',
  INPUT_GITHUB_TOKEN: TOKEN,
  GITHUB_ACTIONS: 'true',
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_API_URL: gh.url,
  GITHUB_SERVER_URL: remote.baseUrl,
  GITHUB_WORKSPACE: dir,
  GITHUB_OUTPUT: process.env.GITHUB_OUTPUT,
  GITHUB_STEP_SUMMARY: process.env.GITHUB_STEP_SUMMARY,
});

it('command: doctor in the action runs the read-only checks and passes when none failed', async () => {
  const outcome = await runAction(env());
  expect(outcome.message).toBe('doctor: every check passed');
  expect(outcome.conclusion).toBe('no-changes');
  expect(process.exitCode).toBeUndefined();
  // read-only: nothing pushed, no PR
  expect(remote.requests.filter((r) => r.service === 'git-receive-pack')).toEqual([]);
  expect(remote.requests.some((r) => r.service === 'git-upload-pack' && r.token === TOKEN)).toBe(true);
  expect(gh.state.pulls).toEqual([]);
  expect(readFileSync(process.env.GITHUB_OUTPUT!, 'utf8')).toContain('no-changes');
  gh.assertNoViolations();
});

it('command: doctor in the action fails the step naming the failed check and its fix', async () => {
  gh.inject('checks/list-for-ref', { status: 403, message: 'Resource not accessible by integration' });
  const outcome = await runAction(env());
  expect(outcome.conclusion).toBe('error');
  expect(outcome.message).toMatch(/^read CI results: .*403[^]*permissions: checks: read/);
  expect(outcome.message).not.toContain(TOKEN);
  expect(process.exitCode).toBe(1);
});
