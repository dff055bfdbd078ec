/**
 * The relay signs what it sends, and the job believes DROID_ACTOR only when the signature holds
 * (PRODUCT.md §10). Relay -> pipeline trigger at the wire against the fake GitLab; the job side is
 * gitlabSetupFromEnv on the variables that pipeline carries, then the gate, as in the droid job.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runGitLabRelay } from '../src/commands/gitlab-relay.js';
import type { RelayServer } from '../src/platform/gitlab/relay/server.js';
import { canonicalString, signVariables, verifyVariables } from '../src/platform/gitlab/relay/signature.js';
import { gitlabSetupFromEnv } from '../src/platform/gitlab/index.js';
import { decideGate } from '../src/gate/gate.js';
import { silentLogger, type Logger } from '../src/util/log.js';
import { Redactor } from '../src/util/redact.js';
import { startFakeGitLab, type FakeGitLab } from './support/gitlab-api/server.js';

const WEBHOOK = 'webhook-secret-0123456789abcdef';
const SIGNING = 'signing-key-fedcba9876543210';

let gl: FakeGitLab;
let server: RelayServer;
let stop: AbortController;
let done: Promise<number>;
let stderr: string;

beforeEach(async () => {
  gl = await startFakeGitLab({ projectPath: 'acme/shop', projectId: 42 });
  gl.issues.set(5, { title: 'Dates are off', description: 'by one' });
  gl.addUser('bob');
  gl.setMember('bob', 30);
  gl.addUser('mallory');
  gl.setMember('mallory', 20);
  stop = new AbortController();
  stderr = '';
  const io = { stdout: () => {}, stderr: (s: string) => (stderr += s) };
  await new Promise<void>((resolve, reject) => {
    done = runGitLabRelay(
      ['--port', '0', '--secret-env', 'RELAY_WEBHOOK', '--signing-secret-env', 'RELAY_SIGNING', '--gitlab-url', gl.url],
      io as never,
      { RELAY_WEBHOOK: WEBHOOK, RELAY_SIGNING: SIGNING, DROID_GITLAB_TOKEN: gl.token },
      { signal: stop.signal, onListening: (s) => { server = s; resolve(); } },
    );
    done.catch(reject);
  });
});
afterEach(async () => {
  stop.abort();
  await done;
  gl.assertNoViolations();
  await gl.close();
});

async function deliver(note: string, user: { id: number; username: string }): Promise<Response> {
  const body = {
    object_kind: 'note',
    user,
    project: { id: 42, path_with_namespace: 'acme/shop', default_branch: 'main', web_url: `${gl.url}/acme/shop` },
    object_attributes: { id: 777, note, noteable_type: 'Issue', system: false, action: 'create', url: `${gl.url}/acme/shop/-/issues/5#note_777` },
    issue: { iid: 5, title: 'Dates are off', description: 'by one', url: `${gl.url}/acme/shop/-/issues/5` },
  };
  return fetch(server.url, { method: 'POST', headers: { 'x-gitlab-token': WEBHOOK, 'x-gitlab-event': 'Note Hook', 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** The job of a pipeline: GitLab's predefined variables, the pipeline's variables, and the project's CI/CD variables. */
function jobEnv(pipelineVars: Record<string, string>, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return {
    CI_SERVER_URL: gl.url,
    CI_API_V4_URL: gl.apiUrl,
    CI_PROJECT_PATH: 'acme/shop',
    CI_PROJECT_ID: '42',
    CI_PIPELINE_SOURCE: 'api',
    CI_COMMIT_REF_NAME: 'main',
    CI_JOB_NAME: 'droid',
    DROID_GITLAB_TOKEN: gl.token,
    DROID_RELAY_SECRET: SIGNING,
    ...pipelineVars,
    ...extra,
  };
}

async function gateFor(env: NodeJS.ProcessEnv, log: Logger = silentLogger): Promise<{ actor: string; allowed: boolean; reason?: string }> {
  const setup = gitlabSetupFromEnv(env, { log, redactor: new Redactor() });
  if ('ignored' in setup) throw new Error(setup.ignored);
  const access = await setup.forge.actorAccess(setup.request.actor);
  const gate = decideGate({ request: setup.request, access, allowBots: [], needsPush: true });
  return { actor: setup.request.actor, allowed: gate.allowed, ...(gate.allowed ? {} : { reason: gate.reason }) };
}

describe('relay signature', () => {
  it('signs the DROID_* variables of the pipeline it starts; the job believes DROID_ACTOR', async () => {
    const answer = await deliver('/droid fix the dates', { id: gl.users.find((u) => u.username === 'bob')!.id, username: 'bob' });
    expect(answer.status).toBe(201);
    expect(gl.pipelines).toHaveLength(1);
    const vars = Object.fromEntries(gl.pipelines[0]!.variables.map((v) => [v.key, v.value]));
    expect(vars).toMatchObject({ DROID_ACTOR: 'bob', DROID_RELAY_REF: 'main' });
    expect(vars['DROID_RELAY_SIGNATURE']).toMatch(/^[0-9a-f]{64}$/);
    const keys = vars['DROID_RELAY_SIGNED_KEYS']!.split(',');
    expect(keys).toEqual([...keys].sort());
    expect(keys).toEqual(expect.arrayContaining(['DROID_ACTOR', 'DROID_NOTE_BODY', 'DROID_COMMAND', 'DROID_RELAY_REF', 'DROID_RELAY_SIGNED_KEYS']));
    // neither secret travels with the pipeline
    expect(JSON.stringify(gl.pipelines[0]!.variables)).not.toContain(SIGNING);
    expect(JSON.stringify(gl.pipelines[0]!.variables)).not.toContain(WEBHOOK);
    expect(stderr).not.toContain(SIGNING);

    // the job of that pipeline (GITLAB_USER_LOGIN is the relay's own bot user)
    expect(await gateFor(jobEnv(vars, { GITLAB_USER_LOGIN: gl.tokenUser.username }))).toEqual({ actor: 'bob', allowed: true });
  });

  it('ignores a forged DROID_ACTOR without a signature: the pipeline user is gated (and refused)', async () => {
    const warnings: string[] = [];
    const log = { ...silentLogger, warn: (m: string) => warnings.push(m) };
    const forged = { DROID_COMMAND: 'fix', DROID_NOTE_BODY: '/droid fix', DROID_ACTOR: 'bob', DROID_ISSUE_IID: '5', DROID_TICKET_KEY: '#5' };
    const verdict = await gateFor(jobEnv(forged, { GITLAB_USER_LOGIN: 'mallory' }), log);
    expect(verdict).toMatchObject({ actor: 'mallory', allowed: false });
    expect(warnings.join('\n')).toMatch(/DROID_ACTOR is ignored: the pipeline is not signed by the relay.*@mallory/);
  });

  it('ignores DROID_ACTOR under a wrong signature, a signature made with another key, or one altered after signing', async () => {
    const sent = { DROID_COMMAND: 'fix', DROID_NOTE_BODY: '/droid fix', DROID_ACTOR: 'mallory', DROID_ISSUE_IID: '5', DROID_TICKET_KEY: '#5' };
    const good = signVariables(sent, SIGNING, 'main');
    const { DROID_ACTOR: _actor, ...withoutActor } = sent;
    expect(await gateFor(jobEnv(good, { GITLAB_USER_LOGIN: 'bob' }))).toMatchObject({ actor: 'mallory', allowed: false });

    const cases: Array<[string, Record<string, string>, Record<string, string | undefined>]> = [
      ['wrong signature', { ...good, DROID_ACTOR: 'bob', DROID_RELAY_SIGNATURE: 'f'.repeat(64) }, {}],
      ['other key', signVariables({ ...sent, DROID_ACTOR: 'bob' }, 'someone-elses-key-000000', 'main'), {}],
      ['altered actor', { ...good, DROID_ACTOR: 'bob' }, {}],
      ['actor left out of the signed keys', { ...signVariables(withoutActor, SIGNING, 'main'), DROID_ACTOR: 'bob' }, {}],
      ['signed for another ref', signVariables({ ...sent, DROID_ACTOR: 'bob' }, SIGNING, 'release'), {}],
      ['no key in the job', signVariables({ ...sent, DROID_ACTOR: 'bob' }, SIGNING, 'main'), { DROID_RELAY_SECRET: undefined }],
    ];
    for (const [what, vars, extra] of cases) {
      const verdict = await gateFor(jobEnv(vars, { GITLAB_USER_LOGIN: 'mallory', ...extra }));
      expect(verdict, what).toMatchObject({ actor: 'mallory', allowed: false });
    }
  });

  it('cannot be fooled by a value that writes a line of its own into the canonical string', () => {
    const a = canonicalString({ DROID_A: 'x\nDROID_B=y' }, ['DROID_A', 'DROID_B']);
    const b = canonicalString({ DROID_A: 'x', DROID_B: 'y' }, ['DROID_A', 'DROID_B']);
    expect(a).not.toBe(b);
    expect(b).toBe('DROID_A=x\nDROID_B=y\n');
    const signed = signVariables({ DROID_ACTOR: 'bob', DROID_NOTE_BODY: 'hi' }, SIGNING, 'main');
    expect(verifyVariables({ ...signed, DROID_RELAY_SECRET: SIGNING, CI_COMMIT_REF_NAME: 'main' })).toEqual({ signed: true });
  });

  it('refuses to start with a weak signing key', async () => {
    const io = { stdout: () => {}, stderr: () => {} };
    await expect(
      runGitLabRelay(['--port', '0', '--secret-env', 'W', '--signing-secret-env', 'S', '--gitlab-url', gl.url], io as never, { W: WEBHOOK, S: 'short', DROID_GITLAB_TOKEN: 't' }, { signal: new AbortController().signal }),
    ).rejects.toThrow(/S must hold the relay's signing key, at least 16 characters/);
  });
});
