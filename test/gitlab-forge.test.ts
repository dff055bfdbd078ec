import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitLabForge, GitLabApiError, type GitLabForge } from '../src/platform/gitlab/index.js';
import type { ChangeRequestSpec } from '../src/platform/types.js';
import { DroidError } from '../src/util/errors.js';
import { silentLogger, type Logger } from '../src/util/log.js';
import { startFakeGitLab, type FakeGitLab } from './support/gitlab-api/server.js';

let gl: FakeGitLab;
let waits: number[];
let warnings: string[];

function forge(extra: Partial<Parameters<typeof createGitLabForge>[0]> = {}): GitLabForge {
  const log: Logger = { ...silentLogger, warn: (m) => warnings.push(m) };
  return createGitLabForge({
    token: gl.token,
    project: gl.project.path,
    apiUrl: gl.apiUrl,
    serverUrl: gl.url,
    log,
    retries: 3,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...extra,
  });
}

const spec = (over: Partial<ChangeRequestSpec> = {}): ChangeRequestSpec => ({
  sourceBranch: 'droid/PROJ-1-fix-dates',
  targetBranch: 'main',
  title: '[Droid] PROJ-1: accept ISO weeks',
  body: 'Summary\n\n<!-- droid:ticket=PROJ-1 -->',
  draft: false,
  labels: ['ai-generated', 'droid'],
  reviewers: [],
  teamReviewers: [],
  ...over,
});

beforeEach(async () => {
  gl = await startFakeGitLab();
  gl.branches.add('droid/PROJ-1-fix-dates');
  waits = [];
  warnings = [];
});

afterEach(async () => {
  gl.assertNoViolations();
  await gl.close();
});

describe('merge requests', () => {
  it('opens one merge request with labels, reviewers and draft, then updates that same one on the next run', async () => {
    const alice = gl.addUser('alice');
    const f = forge();
    const first = await f.upsertChangeRequest(spec({ draft: true, reviewers: ['alice', 'ghost'] }));
    expect(first.action).toBe('created');
    expect(first.change).toMatchObject({ number: 1, draft: true, title: '[Droid] PROJ-1: accept ISO weeks', state: 'open' });
    expect(first.warnings).toEqual(['reviewer @ghost is not a GitLab user; skipped']);
    expect(gl.mergeRequests[0]).toMatchObject({ title: 'Draft: [Droid] PROJ-1: accept ISO weeks', labels: ['ai-generated', 'droid'], reviewer_ids: [alice.id] });

    // someone adds a label and a reviewer by hand; the next run must keep them
    const bob = gl.addUser('bob');
    gl.mergeRequests[0]!.labels.push('team-a');
    gl.mergeRequests[0]!.reviewer_ids.push(bob.id);

    const second = await forge().upsertChangeRequest(spec({ draft: false, labels: ['needs-review'], reviewers: ['alice'], body: 'v2\n<!-- droid:ticket=PROJ-1 -->' }));
    expect(second.action).toBe('updated');
    expect(second.change).toMatchObject({ number: 1, draft: false, body: 'v2\n<!-- droid:ticket=PROJ-1 -->' });
    expect(gl.mergeRequests).toHaveLength(1);
    expect(gl.mergeRequests[0]!.title).toBe('[Droid] PROJ-1: accept ISO weeks');
    expect([...gl.mergeRequests[0]!.labels].sort()).toEqual(['ai-generated', 'droid', 'needs-review', 'team-a']);
    expect([...gl.mergeRequests[0]!.reviewer_ids].sort()).toEqual([alice.id, bob.id].sort());
    expect(gl.requestsTo('POST', /merge_requests$/)).toHaveLength(1);
  });

  it('finds the merge request by branch, and by the ticket marker in its description', async () => {
    const f = forge();
    await f.upsertChangeRequest(spec());
    expect((await f.findChangeRequest({ sourceBranch: 'droid/PROJ-1-fix-dates' }))?.number).toBe(1);
    expect((await f.findChangeRequest({ sourceBranch: 'other', marker: '<!-- droid:ticket=PROJ-1 -->' }))?.number).toBe(1);
    expect(await f.findChangeRequest({ marker: '<!-- droid:ticket=PROJ-2 -->' })).toBeUndefined();
    expect((await f.getChangeRequest(1)).sourceBranch).toBe('droid/PROJ-1-fix-dates');
  });

  it('does not open a second merge request when the answer to its POST was lost', async () => {
    gl.fail({ method: 'POST', path: /merge_requests$/, status: 502, applied: true });
    const result = await forge().upsertChangeRequest(spec());
    expect(result.action).toBe('created');
    expect(gl.mergeRequests).toHaveLength(1);
    expect(gl.requestsTo('POST', /merge_requests$/)).toHaveLength(1);
  });

  it('survives a dropped connection: a GET is retried, a POST that went through is not repeated', async () => {
    gl.fail({ method: 'GET', path: /merge_requests$/, status: 0, reset: true });
    gl.fail({ method: 'POST', path: /merge_requests$/, status: 0, reset: true, applied: true });
    const result = await forge().upsertChangeRequest(spec());
    expect(result.change.number).toBe(1);
    expect(gl.mergeRequests).toHaveLength(1);
    expect(gl.requestsTo('POST', /merge_requests$/)).toHaveLength(1);
  });

  it('creates the merge request again after a 500 once it has checked none was made', async () => {
    gl.fail({ method: 'POST', path: /merge_requests$/, status: 500 });
    const result = await forge().upsertChangeRequest(spec());
    expect(result.change.number).toBe(1);
    expect(gl.mergeRequests).toHaveLength(1);
    expect(gl.requestsTo('POST', /merge_requests$/)).toHaveLength(2);
    expect(warnings.join('\n')).toContain('looking the merge request up by its branch');
  });
});

describe('retries', () => {
  it('retries a GET through 500s and succeeds', async () => {
    gl.fail({ method: 'GET', path: /^\/projects\/[^/]+$/, status: 500, times: 2 });
    expect(await forge().defaultBranch()).toBe('main');
    expect(gl.requestsTo('GET', /^\/projects\/[^/]+$/)).toHaveLength(3);
    expect(waits).toEqual([1000, 2000]);
  });

  it('waits as long as Retry-After says on a 429, also for a POST', async () => {
    gl.fail({ method: 'POST', path: /merge_requests$/, status: 429, headers: { 'retry-after': '7' } });
    await forge().upsertChangeRequest(spec());
    expect(waits).toEqual([7000]);
    expect(gl.mergeRequests).toHaveLength(1);
  });

  it('waits until RateLimit-Reset when there is no Retry-After', async () => {
    const reset = Math.floor(Date.now() / 1000) + 30;
    gl.fail({ method: 'GET', status: 429, headers: { 'ratelimit-reset': String(reset) } });
    await forge().defaultBranch();
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(25_000);
    expect(waits[0]).toBeLessThanOrEqual(30_000);
  });

  it('gives up with a platform error naming the endpoint and the status', async () => {
    gl.fail({ method: 'GET', path: /merge_requests/, status: 503, times: 10 });
    const error = await forge()
      .findChangeRequest({ sourceBranch: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitLabApiError);
    expect(error).toBeInstanceOf(DroidError);
    expect((error as DroidError).kind).toBe('platform');
    expect((error as Error).message).toMatch(/GitLab API GET \/projects\/group%2Fproject\/merge_requests answered 503 after 4 attempts/);
    expect(gl.requestsTo('GET', /merge_requests/)).toHaveLength(4);
  });

  it('does not wait when the server asks for longer than the run will wait', async () => {
    gl.fail({ method: 'GET', status: 429, headers: { 'retry-after': '3600' } });
    await expect(forge().defaultBranch()).rejects.toThrow(/asks to wait 3600 s/);
    expect(waits).toEqual([]);
  });

  it('names a bad token with a hint, without retrying', async () => {
    const f = forge({ token: 'glpat-wrong-wrong-wrong-wrong' });
    const error = (await f.defaultBranch().catch((e: unknown) => e)) as DroidError;
    expect(error.message).toContain('answered 401');
    expect(error.hint).toContain('DROID_GITLAB_TOKEN');
    expect(error.message).not.toContain('glpat-wrong');
    expect(gl.requests).toHaveLength(1);
  });
});

describe('comments', () => {
  it('keeps one progress note per run, edited in place, and leaves notes of other people alone', async () => {
    await forge().upsertChangeRequest(spec());
    const mallory = gl.addUser('mallory');
    gl.notes.push({ id: 9999, noun: 'merge_requests', iid: 1, body: 'fake <!-- droid:progress -->', author_id: mallory.id, system: false });
    const f = forge();
    const first = await f.upsertComment({ kind: 'change', number: 1 }, 'step 1 <!-- droid:progress -->', '<!-- droid:progress -->');
    const second = await forge().upsertComment({ kind: 'change', number: 1 }, 'step 2 <!-- droid:progress -->', '<!-- droid:progress -->');
    expect(second.id).toBe(first.id);
    expect(first.url).toBe(`${gl.url}/group/project/-/merge_requests/1#note_${first.id}`);
    const ours = gl.notes.filter((n) => n.author_id === gl.tokenUser.id);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toBe('step 2 <!-- droid:progress -->');
    expect(gl.notes.find((n) => n.id === 9999)!.body).toBe('fake <!-- droid:progress -->');
  });

  it('finds its note on a later page of a long discussion', async () => {
    await forge().upsertChangeRequest(spec());
    const other = gl.addUser('chatty');
    for (let i = 0; i < 150; i++) gl.notes.push({ id: 5000 + i, noun: 'merge_requests', iid: 1, body: `comment ${i}`, author_id: other.id, system: false });
    gl.notes.push({ id: 9000, noun: 'merge_requests', iid: 1, body: 'old <!-- droid:progress -->', author_id: gl.tokenUser.id, system: false });
    const ref = await forge().upsertComment({ kind: 'change', number: 1 }, 'new <!-- droid:progress -->', '<!-- droid:progress -->');
    expect(ref.id).toBe(9000);
    expect(gl.notes.find((n) => n.id === 9000)!.body).toBe('new <!-- droid:progress -->');
    expect(gl.requestsTo('GET', /notes$/).map((r) => r.query['page'] ?? '1')).toEqual(['1', '2']);
  });

  it('comments on issues, and a lost POST answer does not make a second note', async () => {
    gl.issues.set(7, { title: 'Dates', description: 'broken' });
    gl.fail({ method: 'POST', path: /issues\/7\/notes$/, status: 500, applied: true });
    const ref = await forge().upsertComment({ kind: 'issue', number: 7 }, 'refused: needs Developer', '<!-- droid:reply -->');
    expect(gl.notes).toHaveLength(1);
    expect(gl.notes[0]!.body).toBe('refused: needs Developer\n\n<!-- droid:reply -->');
    expect(ref.url).toContain('/-/issues/7#note_');
  });
});

describe('actor access', () => {
  it('maps GitLab access levels (inherited included) and flags bots and blocked users', async () => {
    gl.setMember('dev', 30);
    gl.setMember('reporter', 20);
    gl.setMember('owner', 50);
    gl.addUser('outsider');
    gl.addUser('blocked-dev', { state: 'blocked' });
    gl.setMember('blocked-dev', 30);
    gl.addUser('project_42_bot_abc', { bot: true });
    gl.setMember('project_42_bot_abc', 40);
    gl.setMember('invited', 30, { awaiting: true });
    const f = forge();
    expect(await f.actorAccess('dev')).toEqual({ login: 'dev', level: 'write', isBot: false, blocked: false });
    expect((await f.actorAccess('reporter')).level).toBe('read');
    expect((await f.actorAccess('owner')).level).toBe('admin');
    expect((await f.actorAccess('outsider')).level).toBe('none');
    expect((await f.actorAccess('nobody-at-all')).level).toBe('none');
    expect(await f.actorAccess('blocked-dev')).toMatchObject({ level: 'write', blocked: true });
    expect(await f.actorAccess('project_42_bot_abc')).toMatchObject({ level: 'maintain', isBot: true });
    expect((await f.actorAccess('invited')).level).toBe('none');
    expect((await f.actorAccess('../../etc')).level).toBe('none');
  });
});

describe('CI', () => {
  it('reads the pipeline of a SHA and its jobs, and fetches a failed job log as plain text', async () => {
    const sha = 'b'.repeat(40);
    gl.addPipeline({
      sha,
      ref: 'droid/PROJ-1-fix-dates',
      status: 'failed',
      jobs: [
        { name: 'lint', status: 'success' },
        { name: 'unit', status: 'failed', trace: '\x1b[31mFAIL\x1b[0m test/dates.test.ts\nsection_start:1700000000:step_script\r\x1b[0Kexpected 1\n' },
        { name: 'flaky', status: 'failed', allow_failure: true },
        { name: 'deploy', status: 'manual' },
      ],
    });
    gl.addPipeline({ sha: 'c'.repeat(40), ref: 'main', status: 'running', jobs: [{ name: 'unit', status: 'running' }] });
    const f = forge();
    const status = await f.ciStatus(sha);
    expect(status.state).toBe('failure');
    expect(status.empty).toBe(false);
    expect(status.jobs.map((j) => [j.name, j.state])).toEqual([
      ['lint', 'success'],
      ['unit', 'failure'],
      ['flaky', 'success'],
      ['deploy', 'success'],
    ]);
    const log = await f.jobLog(status.jobs[1]!);
    expect(log).toBe('FAIL test/dates.test.ts\nexpected 1\n');
    expect((await f.ciStatus(sha, { ignoreJobNames: ['unit'] })).state).toBe('success');
    expect((await f.ciStatus('c'.repeat(40))).state).toBe('pending');
    // a pipeline that holds only the droid's own (running) job is no CI result to wait for
    gl.addPipeline({ sha: 'f'.repeat(40), ref: 'droid/x', status: 'running', jobs: [{ name: 'droid', status: 'running' }] });
    expect(await f.ciStatus('f'.repeat(40), { ignoreJobNames: ['droid'] })).toEqual({ state: 'pending', jobs: [], empty: true });
    gl.addPipeline({ sha: '9'.repeat(40), ref: 'droid/y', status: 'created' });
    expect((await f.ciStatus('9'.repeat(40), { ignoreJobNames: ['droid'] })).state).toBe('pending');
    expect(await f.ciStatus('d'.repeat(40))).toEqual({ state: 'pending', jobs: [], empty: true });
  });

  it('keeps a huge job log bounded (head and tail)', async () => {
    const trace = `first line\n${'x'.repeat(3 * 1024 * 1024)}\nlast line\n`;
    gl.addPipeline({ sha: 'e'.repeat(40), ref: 'main', status: 'failed', jobs: [{ name: 'unit', status: 'failed', trace }] });
    const f = forge({ logKeepBytes: 64 * 1024 });
    const [job] = (await f.ciStatus('e'.repeat(40))).jobs;
    const log = await f.jobLog(job!);
    expect(log.length).toBeLessThan(200 * 1024);
    expect(log.startsWith('first line')).toBe(true);
    expect(log.trimEnd().endsWith('last line')).toBe(true);
    expect(log).toContain('elided');
  });
});

describe('git access', () => {
  it('hands git the token as an extraheader scoped to the server (an inherited one reset first), never in the URL', () => {
    const f = forge({ caFile: '/etc/gitlab-ca.pem' });
    expect(f.cloneUrl()).toBe(`${gl.url}/group/project.git`);
    const env = f.gitAuthEnv();
    expect(env).toEqual({
      GIT_CONFIG_COUNT: '3',
      GIT_CONFIG_KEY_0: `http.${gl.url}/.extraheader`,
      GIT_CONFIG_VALUE_0: '',
      GIT_CONFIG_KEY_1: `http.${gl.url}/.extraheader`,
      GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${Buffer.from(`oauth2:${gl.token}`).toString('base64')}`,
      GIT_CONFIG_KEY_2: `http.${gl.url}/.sslCAInfo`,
      GIT_CONFIG_VALUE_2: '/etc/gitlab-ca.pem',
    });
    expect(f.cloneUrl()).not.toContain(gl.token);
  });

  it('works with a numeric project id', async () => {
    const f = forge({ project: gl.project.id, projectPath: gl.project.path });
    expect(await f.defaultBranch()).toBe('main');
    expect(f.repo).toBe('group/project');
    expect(gl.requests[0]!.path).toBe('/projects/42');
  });
});
