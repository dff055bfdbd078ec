import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullLog, Harness, TOKEN, TOKEN_FORMS, type CliRun, type Project } from './gitlab-e2e-harness.js';

/**
 * `droid-ci run --platform gitlab` end to end: the bundled CLI in a child process, the job's
 * variables, a fake GitLab API checked against the documented v4 endpoints, a real git remote.
 */
const h = new Harness();
beforeAll(() => h.start());
afterAll(async () => {
  await h.stop();
});

const note = (p: Project, extra: Record<string, string> = {}) =>
  h.env(p, {
    DROID_COMMAND: 'fix',
    DROID_NOTE_BODY: '/droid fix make add() add its operands',
    DROID_ACTOR: 'alice',
    DROID_ISSUE_IID: '7',
    DROID_TICKET_KEY: '#7',
    DROID_TICKET_TITLE: 'add() subtracts',
    DROID_TICKET_BODY: 'add(2, 3) gives -1',
    ...extra,
  });

function noSecret(p: Project, run: CliRun): void {
  const texts: Array<[string, string]> = [
    ['stdout', run.stdout],
    ['stderr', run.stderr],
    ['.git/config', readFileSync(join(p.work, '.git/config'), 'utf8')],
    ...p.gl.notes.map((n): [string, string] => [`note ${n.id}`, n.body]),
    ...p.gl.mergeRequests.map((mr): [string, string] => [`MR !${mr.iid}`, `${mr.title}\n${mr.description}`]),
    ...p.gl.requests.map((r): [string, string] => [`API ${r.method} ${r.path}`, `${r.path} ${JSON.stringify(r.query)} ${JSON.stringify(r.body ?? '')}`]),
    // the remote saw the token only in the Authorization header, never in a URL
    ...h.remote.requests.map((r): [string, string] => [`git ${r.url}`, r.url]),
  ];
  const droidDir = join(p.work, '.droid');
  if (existsSync(droidDir)) for (const f of readdirSync(droidDir)) texts.push([`.droid/${f}`, readFileSync(join(droidDir, f), 'utf8')]);
  for (const [where, text] of texts) for (const form of TOKEN_FORMS) expect(text, where).not.toContain(form);
}

describe('droid-ci run --platform gitlab', () => {
  it('a triggered /droid fix opens one MR, a second run updates it; labels, reviewer ids, unknown reviewer warned; one note per run edited in place', async () => {
    const p = await h.project(h.config());
    p.gl.issues.set(7, { title: 'add() subtracts', description: 'add(2, 3) gives -1' });

    // the runner clones with the job token in the origin URL; the droid must not use it, nor leave it behind
    const jobToken = 'glcbt-64-JOBTOKEN0123456789';
    await h.git(p, 'remote', 'set-url', 'origin', h.remote.url(p.name).replace('http://', `http://gitlab-ci-token:${jobToken}@`));
    // someone pasted the token into the ticket: it must not travel on into the MR, a note or a commit
    const first = await h.run(note(p, { DROID_TICKET_BODY: `add(2, 3) gives -1; my token is ${TOKEN} oops` }));
    expect(first.code, first.stderr).toBe(0);
    expect(first.json['conclusion']).toBe('pr-opened');
    expect(p.gl.mergeRequests).toHaveLength(1);
    const mr = p.gl.mergeRequests[0]!;
    expect(mr.source_branch).toMatch(/^droid\/7-/);
    expect(mr.target_branch).toBe('main');
    expect(mr.title).not.toMatch(/^Draft:/i);
    expect(mr.description).toContain('<!-- droid:ticket=#7 -->');
    expect([...mr.labels].sort()).toEqual(['bot-fix', 'droid']);
    const rita = p.gl.users.find((u) => u.username === 'rita')!;
    expect(mr.reviewer_ids).toEqual([rita.id]);
    expect(String(first.json['warnings'])).toContain('ghost-reviewer');
    expect(p.head(mr.source_branch)).toBe(first.json['commit']);
    expect(await h.remote.fileAt(p.name, mr.source_branch, 'src/add.js')).toContain('a + b');
    const log = fullLog(p, mr.source_branch);
    expect(log).toContain('Droid-Ticket: #7');
    expect(log).toContain('Droid-Command: fix');
    expect(log).not.toContain(TOKEN);
    // pushed with the token in an extraheader scoped to the server (Basic oauth2:<token>)
    const push = h.remote.requests.find((r) => r.service === 'git-receive-pack' && r.repo === p.name && r.method === 'POST');
    expect(push).toMatchObject({ user: 'oauth2', token: TOKEN, status: 200 });

    // the progress note: one on the issue, created once, then edited when it has news (a stage that runs
    // a while, the outcome: report/progress.ts)
    const issueNotes = p.gl.notes.filter((n) => n.noun === 'issues' && n.iid === 7);
    expect(issueNotes).toHaveLength(1);
    expect(issueNotes[0]!.body).toContain('pr-opened');
    // the unknown reviewer is said where the requester reads
    expect(issueNotes[0]!.body).toContain('ghost-reviewer');
    expect(p.gl.requestsTo('POST', /\/issues\/7\/notes$/)).toHaveLength(1);
    expect(p.gl.requestsTo('PUT', /\/issues\/7\/notes\/\d+$/).length).toBeGreaterThanOrEqual(1);

    // JUnit report for the MR widget
    expect(readFileSync(join(p.work, '.droid/junit.xml'), 'utf8')).toContain('<testsuite name="unit"');
    noSecret(p, first);
    expect(readFileSync(join(p.work, '.git/config'), 'utf8')).not.toContain(jobToken);
    expect(h.remote.requests.filter((r) => r.repo === p.name).map((r) => r.token ?? 'none')).not.toContain(jobToken);
    // nor into the engine's prompt (the engine gets its own key and nothing else secret)
    const prompt = readFileSync(join(h.tools, 'last-prompt.md'), 'utf8');
    expect(prompt).toMatch(/my token is \S+ oops/);
    for (const form of TOKEN_FORMS) expect(prompt).not.toContain(form);

    // a second note on the same ticket: same branch, same MR, updated
    const second = await h.run(note(p, { DROID_NOTE_BODY: '/droid fix and keep it simple' }));
    expect(second.code, second.stderr).toBe(0);
    expect(second.json['conclusion']).toBe('pr-updated');
    expect(p.gl.mergeRequests).toHaveLength(1);
    expect(p.gl.requestsTo('POST', /\/merge_requests$/)).toHaveLength(1);
    expect(p.gl.requestsTo('PUT', /\/merge_requests\/1$/)).toHaveLength(1);
    expect(p.gl.notes.filter((n) => n.noun === 'issues' && n.iid === 7)).toHaveLength(2);
    noSecret(p, second);
    p.gl.assertNoViolations();
  });

  it('a ticket pipeline with no thread (the trigger API) reports on the MR it opened: one note with the checklist and the outcome', async () => {
    const p = await h.project(h.config());
    const run = await h.run(h.env(p, { DROID_COMMAND: 'fix', GITLAB_USER_LOGIN: 'alice', DROID_TICKET_KEY: 'PROJ-9', DROID_TICKET_TITLE: 'add() subtracts', DROID_TICKET_BODY: 'add(2, 3) gives -1' }));
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.json['conclusion']).toBe('pr-opened');
    const mr = p.gl.mergeRequests[0]!;
    expect(mr.source_branch).toMatch(/^droid\/PROJ-9-/);
    // no issue to answer on: the MR is the thread once it exists, and nothing was written before it
    expect(p.gl.notes.filter((n) => n.noun === 'issues')).toHaveLength(0);
    const notes = p.gl.notes.filter((n) => n.noun === 'merge_requests' && n.iid === mr.iid);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body).toContain('<!-- droid:progress -->');
    expect(notes[0]!.body).toContain(`- [x] Open or update the pull request: [#${mr.iid}]`);
    expect(notes[0]!.body).toContain('pr-opened');
    noSecret(p, run);
    p.gl.assertNoViolations();
  });

  it('opens a Draft: MR when the tests still fail, with the failure in the JUnit report; .gitlab-ci.yml edits held back', async () => {
    const p = await h.project(h.config({ engine: 'bad ci' }));
    const run = await h.run(note(p, { DROID_ISSUE_IID: '' }));
    expect(run.code, run.stderr).toBe(1);
    expect(run.json['conclusion']).toBe('tests-failing');
    expect(p.gl.mergeRequests).toHaveLength(1);
    expect(p.gl.mergeRequests[0]!.title).toMatch(/^Draft: /);
    const junit = readFileSync(join(p.work, '.droid/junit.xml'), 'utf8');
    expect(junit).toContain('adds two numbers');
    expect(junit).toMatch(/failures="[1-9]/);
    expect(junit).toContain('file="test/add.test.js"');
    // the engine also rewrote .gitlab-ci.yml (a protected path): not pushed, and said so
    const branch = p.gl.mergeRequests[0]!.source_branch;
    expect(await h.remote.fileAt(p.name, branch, '.gitlab-ci.yml')).toBeUndefined();
    expect(await h.remote.fileAt(p.name, branch, 'src/add.js')).toContain('a * b');
    expect(run.json['held_back']).toEqual(['.gitlab-ci.yml']);
    expect(p.gl.mergeRequests[0]!.description).toContain('.gitlab-ci.yml');

    // the next run gets the tests green: the same MR, no longer a draft
    h.engineMode('good');
    try {
      const green = await h.run(note(p, { DROID_ISSUE_IID: '' }));
      expect(green.code, green.stderr).toBe(0);
      expect(green.json['conclusion']).toBe('pr-updated');
    } finally {
      h.engineMode(undefined);
    }
    expect(p.gl.mergeRequests).toHaveLength(1);
    expect(p.gl.mergeRequests[0]!.title).not.toMatch(/draft/i);
    p.gl.assertNoViolations();
  });

  it('a note on an existing MR pushes to its source branch and keeps the human MR', async () => {
    const p = await h.project(h.config());
    // the MR's branch rewrites the config to run its own "engine": the droid reads the config from the target branch
    const pwned = join(h.tmp, 'pwned');
    const hostile = h.config().replace(/command: node \S+ good/, `command: touch ${pwned}`);
    expect(hostile).toContain('touch');
    const sha = await h.remote.pushAs(p.name, 'feature/sum', { 'NOTES.md': 'wip\n', '.droid.yml': hostile }, { from: 'main' });
    p.gl.mergeRequests.push({
      id: 900,
      iid: 1,
      title: 'Sum feature',
      description: 'Written by a human.',
      state: 'opened',
      source_branch: 'feature/sum',
      target_branch: 'main',
      source_project_id: p.gl.project.id,
      labels: ['feature'],
      reviewer_ids: [],
      author_id: p.gl.users.find((u) => u.username === 'alice')!.id,
      sha,
    });
    const run = await h.run(
      h.env(p, {
        DROID_NOTE_BODY: '/droid fix the add test',
        DROID_ACTOR: 'alice',
        DROID_MR_IID: '1',
        DROID_MR_SOURCE_BRANCH: 'feature/sum',
        DROID_MR_TARGET_BRANCH: 'main',
        DROID_MR_SHA: sha,
        CI_COMMIT_REF_NAME: 'feature/sum',
      }),
    );
    expect(run.code, run.stderr).toBe(0);
    const head = p.head('feature/sum')!;
    expect(head).not.toBe(sha);
    expect(fullLog(p, `${sha}..${head}`)).toContain('Droid-Ticket: !1');
    expect(existsSync(pwned)).toBe(false);
    expect(await h.remote.fileAt(p.name, 'feature/sum', 'src/add.js')).toContain('a + b');
    expect(p.gl.mergeRequests).toHaveLength(1);
    expect(p.gl.mergeRequests[0]).toMatchObject({ title: 'Sum feature', description: 'Written by a human.' });
    expect(p.gl.mergeRequests[0]!.labels).toContain('droid');
    const notes = p.gl.notes.filter((n) => n.noun === 'merge_requests' && n.iid === 1);
    expect(notes).toHaveLength(1);
    expect(p.gl.requestsTo('PUT', /\/merge_requests\/1\/notes\/\d+$/).length).toBeGreaterThanOrEqual(1);
    noSecret(p, run);
    p.gl.assertNoViolations();
  });

  it('in a merge request pipeline (droid-mr, --command test) it reports the tests on the MR and pushes nothing', async () => {
    const p = await h.project(h.config());
    const sha = await h.remote.pushAs(p.name, 'feature/dates', { 'NOTES.md': 'wip\n' }, { from: 'main' });
    p.gl.mergeRequests.push({
      id: 902, iid: 1, title: 'Dates', description: '', state: 'opened', source_branch: 'feature/dates', target_branch: 'main',
      source_project_id: p.gl.project.id, labels: [], reviewer_ids: [], author_id: p.gl.users.find((u) => u.username === 'alice')!.id, sha,
    });
    const pushes = h.remote.requests.filter((r) => r.service === 'git-receive-pack').length;
    const id = String(p.gl.project.id);
    const mrJob = (user: string) =>
      h.env(p, {
        CI_JOB_NAME: 'droid-mr',
        CI_PIPELINE_SOURCE: 'merge_request_event',
        CI_COMMIT_REF_NAME: 'feature/dates',
        CI_COMMIT_SHA: sha,
        CI_MERGE_REQUEST_IID: '1',
        CI_MERGE_REQUEST_TITLE: 'Dates',
        CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature/dates',
        CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
        // empty outside merged-results pipelines, as GitLab sets it
        CI_MERGE_REQUEST_SOURCE_BRANCH_SHA: '',
        CI_MERGE_REQUEST_PROJECT_ID: id,
        CI_MERGE_REQUEST_SOURCE_PROJECT_ID: id,
        GITLAB_USER_LOGIN: user,
      });
    const run = await h.run(mrJob('alice'), ['--command', 'test']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.json['conclusion']).toBe('tests-failing');
    const notes = p.gl.notes.filter((n) => n.noun === 'merge_requests' && n.iid === 1);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body).toContain('failing: unit');
    expect(readFileSync(join(p.work, '.droid/junit.xml'), 'utf8')).toContain('adds two numbers');
    expect(h.remote.requests.filter((r) => r.service === 'git-receive-pack')).toHaveLength(pushes);
    expect(p.head('feature/dates')).toBe(sha);
    noSecret(p, run);

    // the pipeline the droid's own push starts (its user is the token's bot): no refusal note, no failed job
    const own = await h.run(mrJob(p.gl.tokenUser.username), ['--command', 'test']);
    expect(own.code, own.stderr).toBe(0);
    expect(own.json['conclusion']).toBe('no-changes');
    expect(String(own.json['message'])).toContain("droid's own push");
    expect(p.gl.notes.filter((n) => n.noun === 'merge_requests' && n.iid === 1)).toHaveLength(1);
    p.gl.assertNoViolations();
  });

  it('refuses a Reporter and a bot with a short MR note, exit 1, nothing pushed', async () => {
    const p = await h.project(h.config());
    const sha = (await h.remote.headOf(p.name, 'main'))!;
    p.gl.setMember('rita', 20);
    p.gl.addUser('helper-bot', { bot: true });
    p.gl.setMember('helper-bot', 40);
    p.gl.mergeRequests.push({
      id: 901, iid: 1, title: 'x', description: '', state: 'opened', source_branch: 'main-copy', target_branch: 'main',
      source_project_id: p.gl.project.id, labels: [], reviewer_ids: [], author_id: p.gl.tokenUser.id, sha,
    });
    await h.remote.pushAs(p.name, 'main-copy', { 'x.txt': 'x\n' }, { from: 'main' });
    const mrSha = p.head('main-copy')!;
    const pushesBefore = h.remote.requests.filter((r) => r.service === 'git-receive-pack').length;
    for (const [actor, why] of [['rita', 'needs write access'], ['helper-bot', 'is a bot']] as const) {
      const run = await h.run(
        h.env(p, { DROID_NOTE_BODY: '/droid fix', DROID_ACTOR: actor, DROID_MR_IID: '1', DROID_MR_SOURCE_BRANCH: 'main-copy', DROID_MR_TARGET_BRANCH: 'main', DROID_MR_SHA: mrSha }),
      );
      expect(run.code, run.stderr).toBe(1);
      expect(run.json['conclusion']).toBe('refused');
      const last = p.gl.notes.filter((n) => n.noun === 'merge_requests').at(-1)!;
      expect(last.body).toContain(why);
      expect(last.body.length).toBeLessThan(2000);
    }
    expect(p.gl.notes.filter((n) => n.noun === 'merge_requests')).toHaveLength(2);
    expect(h.remote.requests.filter((r) => r.service === 'git-receive-pack')).toHaveLength(pushesBefore);
    expect(p.head('main-copy')).toBe(mrSha);
    p.gl.assertNoViolations();
  });

  it("reads GitLab's protected-branch message back in the progress note, keeps the patch, exit 3", async () => {
    const p = await h.project(h.config());
    p.gl.issues.set(7, { title: 'add() subtracts', description: '' });
    await h.remote.protect(p.name, ['droid/7-add-subtracts'], { style: 'gitlab' });
    const run = await h.run(note(p));
    expect(run.code, run.stderr).toBe(3);
    expect(run.json['conclusion']).toBe('error');
    const patch = run.json['patch_file'] as string;
    expect(existsSync(patch)).toBe(true);
    expect(readFileSync(patch, 'utf8')).toContain('a + b');
    const progress = p.gl.notes.find((n) => n.noun === 'issues' && n.iid === 7)!;
    expect(progress.body).toContain('You are not allowed to push code to protected branches');
    expect(p.head('droid/7-add-subtracts')).toBeUndefined();
    expect(p.gl.mergeRequests).toHaveLength(0);
    noSecret(p, run);
    p.gl.assertNoViolations();
  });

  it('works on a self-managed instance under a relative URL root (API, clone URL and token scope below /gitlab)', async () => {
    const p = await h.project(h.config());
    const server = await h.front(p, '/gitlab');
    const pushesBefore = h.remote.requests.filter((r) => r.service === 'git-receive-pack' && r.repo === p.name).length;
    // the runner's checkout has its origin below the same root
    await h.git(p, 'remote', 'set-url', 'origin', `${server}/${p.name}.git`);
    const run = await h.run(note(p, { DROID_ISSUE_IID: '', CI_SERVER_URL: server, CI_API_V4_URL: `${server}/api/v4` }));
    expect(run.code, run.stderr).toBe(0);
    expect(p.gl.mergeRequests).toHaveLength(1);
    expect(h.remote.requests.filter((r) => r.service === 'git-receive-pack' && r.repo === p.name && r.token === TOKEN).length).toBeGreaterThan(pushesBefore);
    expect(readFileSync(join(p.work, '.git/config'), 'utf8')).toContain(`${server}/${p.name}.git`);
    noSecret(p, run);
    p.gl.assertNoViolations();
  });

  it("pushes when the runner clones from another URL than CI_SERVER_URL (the runner's clone_url)", async () => {
    const p = await h.project(h.config());
    const cloneBase = h.remote.baseUrl.replace('127.0.0.1', 'localhost');
    const repositoryUrl = `${cloneBase.replace('http://', 'http://gitlab-ci-token:glcbt-JOB@')}/${p.name}.git`;
    await h.git(p, 'remote', 'set-url', 'origin', repositoryUrl);
    const run = await h.run(note(p, { DROID_ISSUE_IID: '', CI_SERVER_URL: 'http://gitlab.invalid', CI_REPOSITORY_URL: repositoryUrl }));
    expect(run.code, run.stderr).toBe(0);
    expect(p.gl.mergeRequests).toHaveLength(1);
    expect(readFileSync(join(p.work, '.git/config'), 'utf8')).not.toContain('glcbt-JOB');
    expect(run.stdout + run.stderr).not.toContain('glcbt-JOB');
    expect(h.remote.requests.filter((r) => r.repo === p.name).map((r) => r.token ?? 'none')).not.toContain('glcbt-JOB');
    noSecret(p, run);
  });

  it('rides out 500s and a 429 with Retry-After, then succeeds with one MR', async () => {
    const p = await h.project(h.config());
    p.gl.fail({ method: 'GET', path: /\/merge_requests$/, status: 500, times: 2 });
    p.gl.fail({ method: 'POST', path: /\/merge_requests$/, status: 429, headers: { 'retry-after': '0' } });
    const run = await h.run(note(p, { DROID_ISSUE_IID: '' }));
    expect(run.code, run.stderr).toBe(0);
    expect(p.gl.mergeRequests).toHaveLength(1);
    expect(p.gl.requestsTo('POST', /\/merge_requests$/).map((r) => r.status)).toEqual([429, 201]);
    expect(p.gl.requestsTo('GET', /\/merge_requests$/).map((r) => r.status).slice(0, 3)).toEqual([500, 500, 200]);
    const audit = readFileSync(join(p.work, '.droid/audit.jsonl'), 'utf8');
    expect(audit).toContain('"status":429');
    noSecret(p, run);
    p.gl.assertNoViolations();
  });
});
