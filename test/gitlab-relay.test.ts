import { readFileSync } from 'node:fs';
import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runGitLabRelay } from '../src/commands/gitlab-relay.js';
import type { RelayServer } from '../src/platform/gitlab/relay/server.js';
import { requestFromGitLabEnv } from '../src/platform/gitlab/trigger.js';
import { DroidError } from '../src/util/errors.js';
import { startFakeGitLab, type FakeGitLab } from './support/gitlab-api/server.js';

const SECRET = 'relay-secret-0123456789abcdef';
let gl: FakeGitLab;
let relay: RelayServer;
let stop: AbortController;
let done: Promise<number>;
let logs: string[];

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`./fixtures/gitlab/webhooks/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

function withNote(payload: Record<string, unknown>, note: string, id?: number): Record<string, unknown> {
  const attrs = payload['object_attributes'] as Record<string, unknown>;
  return { ...payload, object_attributes: { ...attrs, note, ...(id ? { id } : {}) } };
}

async function deliver(body: unknown, headers: Record<string, string> = { 'x-gitlab-token': SECRET }): Promise<{ status: number; json: Record<string, unknown>; text: string }> {
  const res = await fetch(`${relay.url}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-gitlab-event': 'Note Hook', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: JSON.parse(text) as Record<string, unknown>, text };
}

beforeEach(async () => {
  gl = await startFakeGitLab({ projectPath: 'group/project', projectId: 42 });
  gl.setMember('bob', 30);
  gl.setMember('carol', 40);
  gl.setMember('rita', 20);
  gl.branches.add('feature/iso-weeks');
  gl.mergeRequests.push({
    id: 1001,
    iid: 1,
    title: 'Accept ISO week dates',
    description: 'Dates like 2024-W05-3 are rejected.',
    state: 'opened',
    source_branch: 'feature/iso-weeks',
    target_branch: 'main',
    source_project_id: 42,
    labels: [],
    reviewer_ids: [],
    author_id: gl.users.find((u) => u.username === 'bob')!.id,
    sha: '3f786850e387550fdab836ed7e6dc881de23001b',
  });
  gl.issues.set(5, { title: 'Checkout total is off by one cent', description: 'Rounding happens per line.' });
  logs = [];
  stop = new AbortController();
  const listening = new Promise<RelayServer>((resolve) => {
    done = runGitLabRelay(
      ['--port', '0', '--secret-env', 'RELAY_SECRET', '--gitlab-url', gl.url],
      { stdout: (t) => logs.push(t), stderr: (t) => logs.push(t) },
      { RELAY_SECRET: SECRET, DROID_GITLAB_TOKEN: gl.token },
      { signal: stop.signal, onListening: resolve },
    );
  });
  relay = await listening;
});

afterEach(async () => {
  stop.abort();
  expect(await done).toBe(0);
  gl.assertNoViolations();
  await gl.close();
  const all = logs.join('\n');
  expect(all).not.toContain(SECRET);
  expect(all).not.toContain(gl.token);
});

describe('gitlab-relay', () => {
  it('starts exactly one pipeline on the MR branch with the DROID_* variables the droid job reads', async () => {
    const res = await deliver(fixture('note-merge-request'));
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ status: 'created', ref: 'feature/iso-weeks' });
    expect(gl.pipelines).toHaveLength(1);
    const [pipeline] = gl.pipelines;
    expect(pipeline!.ref).toBe('feature/iso-weeks');
    const vars = Object.fromEntries(pipeline!.variables.map((v) => [v.key, v.value]));
    expect(vars).toMatchObject({
      DROID_COMMAND: 'fix',
      DROID_NOTE_BODY: '/droid fix make the date parser accept ISO weeks',
      DROID_NOTE_ID: '1244',
      DROID_ACTOR: 'bob',
      DROID_MR_IID: '1',
      DROID_MR_SOURCE_BRANCH: 'feature/iso-weeks',
      DROID_MR_TARGET_BRANCH: 'main',
      DROID_MR_SHA: '3f786850e387550fdab836ed7e6dc881de23001b',
      DROID_MR_FROM_FORK: 'false',
      DROID_TICKET_KEY: '!1',
      DROID_TICKET_TITLE: 'Accept ISO week dates',
    });
    expect(pipeline!.variables.every((v) => v.variable_type === 'env_var')).toBe(true);
    expect(res.text).not.toContain(SECRET);

    // the pipeline's variables are exactly what the droid job turns into a request
    const trigger = requestFromGitLabEnv({
      ...vars,
      CI_PIPELINE_SOURCE: 'api',
      CI_COMMIT_REF_NAME: pipeline!.ref,
      CI_COMMIT_SHA: pipeline!.sha,
      CI_PROJECT_ID: '42',
      CI_PROJECT_PATH: 'group/project',
      CI_DEFAULT_BRANCH: 'main',
      GITLAB_USER_LOGIN: 'droid-bot',
    });
    expect(trigger).toMatchObject({
      kind: 'request',
      request: {
        command: 'fix',
        actor: 'bob',
        instructions: 'make the date parser accept ISO weeks',
        target: { kind: 'change', number: 1, headBranch: 'feature/iso-weeks', headSha: '3f786850e387550fdab836ed7e6dc881de23001b', baseBranch: 'main' },
      },
    });
  });

  it('answers a redelivered webhook without starting a second pipeline', async () => {
    expect((await deliver(fixture('note-merge-request'))).status).toBe(201);
    const again = await deliver(fixture('note-merge-request'));
    expect(again.status).toBe(200);
    expect(again.json['status']).toBe('duplicate');
    expect(gl.pipelines).toHaveLength(1);
  });

  it('rejects a wrong or missing X-Gitlab-Token with 401 and touches nothing', async () => {
    expect((await deliver(fixture('note-merge-request'), { 'x-gitlab-token': 'wrong-secret-wrong-secret' })).status).toBe(401);
    expect((await deliver(fixture('note-merge-request'), {})).status).toBe(401);
    expect((await deliver(fixture('note-merge-request'), { 'x-gitlab-token': `${SECRET}x` })).status).toBe(401);
    expect(gl.requests).toHaveLength(0);
    expect(gl.pipelines).toHaveLength(0);
  });

  it('ignores a note by someone without Developer access', async () => {
    const payload = fixture('note-merge-request');
    const res = await deliver({ ...payload, user: { id: 9, name: 'Rita', username: 'rita' } });
    expect(res.status).toBe(202);
    expect(res.json).toMatchObject({ status: 'ignored' });
    expect(String(res.json['reason'])).toContain('needs write access');
    expect(gl.requestsTo('POST', /pipeline$/)).toHaveLength(0);
    const stranger = await deliver({ ...withNote(payload, '/droid fix', 5555), user: { id: 10, name: 'X', username: 'stranger' } });
    expect(stranger.status).toBe(202);
    expect(gl.pipelines).toHaveLength(0);
  });

  it('ignores notes that do not start with the trigger without calling GitLab', async () => {
    const res = await deliver(withNote(fixture('note-merge-request'), 'LGTM, but /droid fix could tidy this'));
    expect(res.status).toBe(202);
    expect(gl.requests).toHaveLength(0);
  });

  it('refuses an oversized body with 413', async () => {
    const payload = withNote(fixture('note-merge-request'), `/droid fix ${'x'.repeat(2 * 1024 * 1024)}`);
    const res = await deliver(payload);
    expect(res.status).toBe(413);
    expect(gl.pipelines).toHaveLength(0);
  });

  it('refuses an oversized body sent without a length (chunked) with 413', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${relay.url}/`, { method: 'POST', headers: { 'x-gitlab-token': SECRET, 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' || e.code === 'EPIPE' ? resolve(-1) : reject(e)));
      const chunk = 'x'.repeat(64 * 1024);
      for (let i = 0; i < 20; i++) req.write(chunk);
      req.end();
    });
    expect(status).toBe(413);
    expect(gl.requests).toHaveLength(0);
  });

  it('starts one pipeline when GitLab delivers the same note twice at once', async () => {
    const [a, b] = await Promise.all([deliver(fixture('note-merge-request')), deliver(fixture('note-merge-request'))]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(gl.pipelines).toHaveLength(1);
  });

  it('starts a pipeline on the default branch for a note on an issue', async () => {
    const res = await deliver(fixture('note-issue'));
    expect(res.status).toBe(201);
    const vars = Object.fromEntries(gl.pipelines[0]!.variables.map((v) => [v.key, v.value]));
    expect(gl.pipelines[0]!.ref).toBe('main');
    expect(vars).toMatchObject({ DROID_COMMAND: 'plan', DROID_ISSUE_IID: '5', DROID_TICKET_KEY: '#5', DROID_ACTOR: 'carol' });
    expect(vars['DROID_MR_IID']).toBeUndefined();
  });

  it('does not start a second pipeline when the answer to its POST was lost', async () => {
    gl.fail({ method: 'POST', path: /\/pipeline$/, status: 502, applied: true });
    const res = await deliver(fixture('note-merge-request'));
    expect(res.status).toBe(201);
    expect(gl.pipelines).toHaveLength(1);
    expect(gl.requestsTo('POST', /\/pipeline$/)).toHaveLength(1);
  });

  it('answers garbage and other events clearly, and serves /healthz', async () => {
    expect((await deliver('{not json')).status).toBe(400);
    expect((await deliver({ object_kind: 'note' })).status).toBe(400);
    expect((await deliver({ object_kind: 'push' })).status).toBe(202);
    expect((await deliver(fixture('note-merge-request'), { 'x-gitlab-token': SECRET, 'x-gitlab-event': 'Push Hook' })).status).toBe(202);
    const health = await fetch(`${relay.url}/healthz`);
    expect(health.status).toBe(200);
    expect(gl.pipelines).toHaveLength(0);
  });
});

describe('gitlab-relay options', () => {
  it('refuses to start with a weak or missing secret, or without a token', async () => {
    const io = { stdout: () => {}, stderr: () => {} };
    const signal = AbortSignal.abort();
    await expect(runGitLabRelay(['--port', '0', '--secret-env', 'S', '--gitlab-url', 'https://g.example'], io, { S: 'short', DROID_GITLAB_TOKEN: 't' }, { signal })).rejects.toThrow(/at least 16 characters/);
    await expect(runGitLabRelay(['--port', '0', '--secret-env', 'S', '--gitlab-url', 'https://g.example'], io, { S: SECRET }, { signal })).rejects.toThrow(DroidError);
    await expect(runGitLabRelay(['--port', 'eighty', '--secret-env', 'S'], io, { S: SECRET }, { signal })).rejects.toThrow(/--port/);
  });
});
