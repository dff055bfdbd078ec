import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { AuditEvent } from '../src/audit/types.js';
import { gitlabSetupFromEnv } from '../src/platform/gitlab/index.js';
import { silentLogger } from '../src/util/log.js';
import { Redactor } from '../src/util/redact.js';
import { signVariables } from '../src/platform/gitlab/relay/signature.js';
import { startFakeGitLab, type FakeGitLab } from './support/gitlab-api/server.js';

let gl: FakeGitLab;

function env(name: string, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const load = (f: string): Record<string, string> => JSON.parse(readFileSync(new URL(`./fixtures/gitlab/env/${f}.json`, import.meta.url), 'utf8')) as Record<string, string>;
  return {
    ...load('base'),
    ...load(name),
    CI_SERVER_URL: gl.url,
    CI_API_V4_URL: gl.apiUrl,
    CI_PROJECT_PATH: 'group/project',
    CI_PROJECT_ID: '42',
    CI_JOB_NAME: 'droid',
    DROID_GITLAB_TOKEN: gl.token,
    ...extra,
  };
}

beforeEach(async () => {
  gl = await startFakeGitLab({ projectPath: 'group/project', projectId: 42 });
});

afterEach(async () => {
  gl.assertNoViolations();
  await gl.close();
});

it('sets a GitLab job up: request from the variables, an adapter that reaches the API, the token masked, API calls audited', async () => {
  const redactor = new Redactor();
  const events: AuditEvent[] = [];
  // a relayed pipeline: the relay signed its DROID_* variables, the job holds the key
  const relayed = env('relay-mr-note');
  const sent = Object.fromEntries(Object.entries(relayed).filter(([k, v]) => k.startsWith('DROID_') && k !== 'DROID_GITLAB_TOKEN' && v !== undefined)) as Record<string, string>;
  const signed = { ...relayed, ...signVariables(sent, 'relay-signing-key-0123456789', relayed['CI_COMMIT_REF_NAME']!), DROID_RELAY_SECRET: 'relay-signing-key-0123456789' };
  const setup = gitlabSetupFromEnv(signed, { log: silentLogger, redactor, audit: { record: (e) => events.push(e) } });
  if ('ignored' in setup) throw new Error(setup.ignored);
  expect(setup.request).toMatchObject({ command: 'fix', actor: 'bob', target: { kind: 'change', number: 17 } });
  expect(setup.forge.repo).toBe('group/project');
  expect(setup.jobUrl).toBe('https://gitlab.example.com/acme/shop/-/jobs/9001');
  expect(setup.ownJobNames).toContain('droid-ci-fix');
  expect(redactor.redact(`token ${gl.token}`)).not.toContain(gl.token);
  expect(redactor.redact('key relay-signing-key-0123456789')).not.toContain('relay-signing-key');
  expect(await setup.forge.defaultBranch()).toBe('main');
  expect(events).toEqual([
    expect.objectContaining({ stage: 'workspace', action: 'api.call', outcome: 'ok', detail: { method: 'GET', path: '/projects/42', status: 200, attempt: 1 } }),
  ]);
});

it('passes on a pipeline that asks nothing of the droid, and names a missing token', () => {
  const ctx = { log: silentLogger, redactor: new Redactor() };
  expect(gitlabSetupFromEnv(env('mr-pipeline', { DROID_COMMAND: undefined }), ctx)).toEqual({ ignored: expect.stringContaining('DROID_COMMAND') });
  expect(() => gitlabSetupFromEnv(env('api-ticket', { DROID_GITLAB_TOKEN: undefined }), ctx)).toThrow(/DROID_GITLAB_TOKEN is not set/);
  // the template's `trigger` input reaches note parsing
  const custom = gitlabSetupFromEnv(env('relay-mr-note', { DROID_TRIGGER: '@bot', DROID_NOTE_BODY: '@bot plan it' }), ctx);
  expect(custom).toMatchObject({ request: { command: 'plan', instructions: 'it' } });
});
