/**
 * `access.trigger` in the `.droid.yml` that `init` writes is honoured: the Action's `trigger_phrase` input
 * and the GitLab template's `trigger` (DROID_TRIGGER) win when set, else the checked-out config's
 * `access.trigger`, else `/droid`. The Action is run as a runner runs it (dist/index.js, INPUT_* from action.yml).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitlabSetupFromEnv } from '../src/platform/gitlab/index.js';
import { resolveTriggerPhrase } from '../src/trigger/phrase.js';
import { silentLogger } from '../src/util/log.js';
import { Redactor } from '../src/util/redact.js';
import { startWorld, type ActionRun, type World } from './support/action-runner.js';

const dirs: string[] = [];
let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function repoWith(config: string | undefined, file = '.droid.yml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'droid-trigger-'));
  dirs.push(dir);
  if (config !== undefined) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), config);
  }
  return dir;
}

describe('the trigger phrase', () => {
  it('the input wins, else access.trigger of the config, else /droid', () => {
    const dir = repoWith('version: 1\naccess:\n  trigger: "@droid"\n');
    expect(resolveTriggerPhrase('/bot', dir, undefined)).toEqual({ phrase: '/bot', from: 'input' });
    expect(resolveTriggerPhrase('  ', dir, undefined)).toEqual({ phrase: '@droid', from: 'config' });
    expect(resolveTriggerPhrase(undefined, repoWith(undefined), undefined)).toEqual({ phrase: '/droid', from: 'default' });
    expect(resolveTriggerPhrase(undefined, repoWith('version: 1\naccess:\n  trigger: /ai\n', 'ci/droid.yml'), 'ci/droid.yml')).toEqual({ phrase: '/ai', from: 'config' });
  });

  it('a config that is broken, invalid or outside the repo gives the default (the run reports the config itself)', () => {
    expect(resolveTriggerPhrase(undefined, repoWith('access: [\n'), undefined).phrase).toBe('/droid');
    expect(resolveTriggerPhrase(undefined, repoWith('access:\n  trigger: "two words"\n'), undefined).phrase).toBe('/droid');
    expect(resolveTriggerPhrase(undefined, repoWith('access:\n  trigger: 42\n'), undefined).phrase).toBe('/droid');
    expect(resolveTriggerPhrase(undefined, repoWith('version: 1\n'), '../../etc/passwd').phrase).toBe('/droid');
    expect(resolveTriggerPhrase(undefined, repoWith('a: &a [*a]\n'), undefined).phrase).toBe('/droid');
  });

  it('the starter config init writes documents the precedence', () => {
    const starter = readFileSync(new URL('../src/config/starter.ts', import.meta.url), 'utf8');
    expect(starter).toContain("trigger_phrase");
    const action = readFileSync(new URL('../action.yml', import.meta.url), 'utf8');
    // a default for the input would always win over access.trigger
    expect(action).toMatch(/trigger_phrase:\n {4}description: [^\n]*access\.trigger[^\n]*\n {4}required: false\n(?! {4}default)/);
  });
});

describe('GitLab: DROID_TRIGGER, else access.trigger of the checked-out config', () => {
  const ctx = { log: silentLogger, redactor: new Redactor() };
  const env = (project: string, extra: Record<string, string | undefined>): NodeJS.ProcessEnv => ({
    CI_SERVER_URL: 'http://127.0.0.1:9',
    CI_API_V4_URL: 'http://127.0.0.1:9/api/v4',
    CI_PROJECT_PATH: 'group/project',
    CI_PROJECT_ID: '42',
    CI_PROJECT_DIR: project,
    CI_PIPELINE_SOURCE: 'api',
    CI_COMMIT_SHA: '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
    CI_COMMIT_REF_NAME: 'main',
    DROID_GITLAB_TOKEN: 'glpat-test-token-0000',
    // an unsigned pipeline's DROID_ACTOR is ignored (PRODUCT.md §10): the actor is the pipeline's user
    GITLAB_USER_LOGIN: 'carol',
    DROID_ISSUE_IID: '5',
    DROID_TICKET_KEY: '#5',
    DROID_TICKET_TITLE: 'Checkout total is off by one cent',
    ...extra,
  });

  it('a note starting with the configured phrase is a request; /droid is then not the trigger', () => {
    const project = repoWith('version: 1\naccess:\n  trigger: "@shopbot"\n');
    expect(gitlabSetupFromEnv(env(project, { DROID_NOTE_BODY: '@shopbot plan round per order' }), ctx)).toMatchObject({ request: { command: 'plan', instructions: 'round per order' } });
    expect(gitlabSetupFromEnv(env(project, { DROID_NOTE_BODY: '/droid plan' }), ctx)).toEqual({ ignored: 'the note does not start with @shopbot' });
  });

  it("the template's trigger input wins over access.trigger; DROID_CONFIG names the file", () => {
    const project = repoWith('version: 1\naccess:\n  trigger: "@shopbot"\n', 'ci/droid.yml');
    expect(gitlabSetupFromEnv(env(project, { DROID_NOTE_BODY: '@shopbot fix', DROID_CONFIG: 'ci/droid.yml' }), ctx)).toMatchObject({ request: { command: 'fix' } });
    expect(gitlabSetupFromEnv(env(project, { DROID_NOTE_BODY: '@shopbot fix' }), ctx)).toEqual({ ignored: 'the note does not start with /droid' });
    expect(gitlabSetupFromEnv(env(project, { DROID_NOTE_BODY: '/ai fix', DROID_TRIGGER: '/ai', DROID_CONFIG: 'ci/droid.yml' }), ctx)).toMatchObject({ request: { command: 'fix' } });
  });
});

function failed(run: ActionRun): string {
  return `exit ${run.code}\n${run.log.slice(-4000)}\n${run.stderr}`;
}

describe('the Action honours access.trigger (dist/index.js as a runner runs it)', () => {
  const comment = (body: string) => (payload: Record<string, unknown>) => {
    (payload.comment as Record<string, unknown>).body = body;
  };

  it('a comment starting with access.trigger opens a PR; one starting with /droid is a notice', async () => {
    world = await startWorld({ config: { extra: 'access:\n  trigger: "@droid"\n' } });
    const ignored = await world.run({ event: 'issue_comment', payload: world.payload('issue-comment-issue.json', comment('/droid fix make the date parser accept ISO weeks')) });
    expect(ignored.code, failed(ignored)).toBe(0);
    expect(ignored.outputs.conclusion).toBe('no-changes');
    expect(ignored.commands('notice')[0]?.message).toContain('does not start with @droid');
    const run = await world.run({ event: 'issue_comment', payload: world.payload('issue-comment-issue.json', comment('@droid fix make the date parser accept ISO weeks')) });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('pr-opened');
    world.gh.assertNoViolations();
  });

  it('the trigger_phrase input wins over access.trigger', async () => {
    world = await startWorld({ config: { extra: 'access:\n  trigger: "@droid"\n' } });
    const run = await world.run({ event: 'issue_comment', payload: world.payload('issue-comment-issue.json', comment('@droid fix it')), inputs: { trigger_phrase: '/bot' } });
    expect(run.code, failed(run)).toBe(0);
    expect(run.commands('notice')[0]?.message).toContain('does not start with /bot');
    expect(world.gh.state.pulls).toHaveLength(0);
  });
});
