/**
 * Tickets end to end: the bundled action (dist/index.js) run as a runner runs it, on the fake GitHub and
 * a real git remote, with Jira and Linear fakes at the wire. The `command` engine copies its prompt to
 * notes/last-prompt.md, dumps its environment to notes/engine-env.txt and appends a line to
 * notes/rounds.txt (so every run has a change to push).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO, startWorld, type ActionRun, type World } from './support/action-runner.js';
import { startJiraApi, type JiraApi } from './support/jira-api/server.js';
import { ADF_DESCRIPTION } from './support/jira-api/samples.js';
import { startLinearApi, type LinearApi } from './support/linear-api/server.js';

const JIRA_TOKEN = 'ATATT3xFfGF0canaryJiraT0ken9d8c7b6a';
const LINEAR_KEY = 'lin_api_canaryLinearK3y5e4d3c2b1a0';
const EXTRA = 'mkdir -p notes\nenv > notes/engine-env.txt\necho "round $DROID_ITERATION $(date +%s%N)" >> notes/rounds.txt\n';

let world: World | undefined;
let jira: JiraApi | undefined;
let linear: LinearApi | undefined;
afterEach(async () => {
  await world?.close();
  await jira?.close();
  await linear?.close();
  world = jira = linear = undefined;
});

function failed(run: ActionRun): string {
  return `exit ${run.code}\n${run.log.slice(-4000)}\n${run.stderr}`;
}

function dispatch(w: World, key: string): Record<string, unknown> {
  return w.payload('repository-dispatch.json', (p) => {
    p.client_payload = { ticket: { key } };
  });
}

async function expectNoCanary(w: World, run: ActionRun, canary: string): Promise<void> {
  // the job log as the runner shows it (it consumes the ::add-mask:: lines that register the secret)
  expect(run.log).not.toContain(canary);
  expect(run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(canary);
  expect(run.stderr).not.toContain(canary);
  expect(run.summary).not.toContain(canary);
  for (const c of w.gh.state.comments) expect(c.body).not.toContain(canary);
  for (const p of w.gh.state.pulls) expect(`${p.title}\n${p.body}`).not.toContain(canary);
  const audit = await readFile(path.join(run.workspace, '.droid', 'audit.jsonl'), 'utf8');
  expect(audit.length).toBeGreaterThan(0);
  expect(audit).not.toContain(canary);
  if (run.outputs.commit_sha) {
    const env = await w.remote.fileAt(REPO, run.outputs.commit_sha, 'notes/engine-env.txt');
    expect(env).toContain('DROID_PROMPT_FILE=');
    expect(env).not.toContain(canary);
  }
}

describe('Jira Cloud from a repository_dispatch with a bare key', () => {
  it('titles the PR from Jira, puts the description in the prompt, comments once (edited on the next run) and transitions once', async () => {
    jira = await startJiraApi({ api: 'cloud', token: JIRA_TOKEN, email: 'droid@acme.example' });
    const issue = jira.addIssue({ key: 'PROJ-12', summary: 'Fix the status file', description: ADF_DESCRIPTION, status: 'To Do' });
    world = await startWorld({
      files: { '.engine-extra.sh': EXTRA },
      config: { extra: `tickets:\n  provider: jira\n  url: ${jira.url}\n  api: cloud\n  keys: [PROJ]\n  transition: In Review\n` },
    });
    const env = { JIRA_API_TOKEN: JIRA_TOKEN, JIRA_EMAIL: 'droid@acme.example' };
    const first = await world.run({ event: 'repository_dispatch', payload: dispatch(world, 'PROJ-12'), env });
    expect(first.code, failed(first)).toBe(0);
    expect(first.outputs.conclusion).toBe('pr-opened');
    expect(first.outputs.branch_name).toBe('droid/PROJ-12-fix-the-status-file');
    const pull = world.gh.state.pulls[0]!;
    expect(pull.title).toBe('[Droid] PROJ-12: Fix the status file');
    expect(pull.body).toContain(`${jira.url}/browse/PROJ-12`);
    const prompt = await world.remote.fileAt(REPO, first.outputs.commit_sha!, 'notes/last-prompt.md');
    expect(prompt).toContain('- Title: Fix the status file');
    expect(prompt).toContain('The `status` file says **broken**, it should say *fixed*');
    expect(prompt).toContain('| status.txt | fixed \\| done |');
    expect(issue.comments).toHaveLength(1);
    expect(JSON.stringify(issue.comments[0]!.body)).toContain(`/pull/${pull.number}`);
    expect(JSON.stringify(issue.comments[0]!.body)).toContain('Tests: passed (1 profile(s) pass)');
    expect(issue.status).toBe('In Review');
    await expectNoCanary(world, first, JIRA_TOKEN);

    const second = await world.run({ event: 'repository_dispatch', payload: dispatch(world, 'PROJ-12'), env });
    expect(second.code, failed(second)).toBe(0);
    expect(second.outputs.conclusion).toBe('pr-updated');
    expect(world.gh.state.pulls).toHaveLength(1);
    expect(issue.comments).toHaveLength(1);
    expect(jira.requests.filter((r) => r.method === 'PUT' && r.path.includes('/comment/'))).toHaveLength(1);
    expect(jira.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/transitions'))).toHaveLength(1);
    await expectNoCanary(world, second, JIRA_TOKEN);
    expect(jira.violations).toEqual([]);
    world.gh.assertNoViolations();
  });

  it('an unknown key is refused, naming the key and Jira; nothing is pushed', async () => {
    jira = await startJiraApi({ api: 'cloud', token: JIRA_TOKEN, email: 'droid@acme.example' });
    world = await startWorld({ config: { extra: `tickets:\n  provider: jira\n  url: ${jira.url}\n` } });
    const run = await world.run({ event: 'repository_dispatch', payload: dispatch(world, 'PROJ-404'), env: { JIRA_API_TOKEN: JIRA_TOKEN, JIRA_EMAIL: 'droid@acme.example' } });
    // a refusal passes the step with a notice (as a gate refusal does), and says why
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('refused');
    expect(run.commands('notice').map((c) => c.message).join('\n')).toMatch(/Ticket PROJ-404 does not exist in Jira/);
    expect(world.gh.state.pulls).toHaveLength(0);
    await expectNoCanary(world, run, JIRA_TOKEN);
  });

  it('a Jira 500 on write-back leaves the run green with a warning', async () => {
    jira = await startJiraApi({ api: 'cloud', token: JIRA_TOKEN, email: 'droid@acme.example' });
    jira.addIssue({ key: 'PROJ-12', summary: 'Fix the status file', description: ADF_DESCRIPTION });
    jira.failNext({ method: 'POST', pathPart: '/comment' }, 500, 5);
    world = await startWorld({ config: { extra: `tickets:\n  provider: jira\n  url: ${jira.url}\n` } });
    const run = await world.run({ event: 'repository_dispatch', payload: dispatch(world, 'PROJ-12'), env: { JIRA_API_TOKEN: JIRA_TOKEN, JIRA_EMAIL: 'droid@acme.example' } });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('pr-opened');
    expect(run.commands('warning').map((c) => c.message).join('\n')).toMatch(/Could not comment on Jira ticket PROJ-12/);
  });
});

describe('Linear from a "/droid fix ENG-42" comment', () => {
  it('reads ENG-42, opens the PR from it, comments on the Linear issue and moves it', async () => {
    linear = await startLinearApi({ apiKey: LINEAR_KEY });
    const issue = linear.addIssue({ identifier: 'ENG-42', title: 'Make status say fixed', description: 'The status file must say `fixed`.', state: 'In Progress' });
    world = await startWorld({
      files: { '.engine-extra.sh': EXTRA },
      config: { extra: `tickets:\n  provider: linear\n  url: ${linear.url}\n  transition: In Review\n` },
    });
    const payload = world.payload('issue-comment-issue.json', (p) => {
      (p.comment as { body: string }).body = '/droid fix ENG-42';
    });
    const run = await world.run({ event: 'issue_comment', payload, env: { LINEAR_API_KEY: LINEAR_KEY } });
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('pr-opened');
    expect(run.outputs.branch_name).toBe('droid/ENG-42-make-status-say-fixed');
    expect(world.gh.state.pulls[0]!.title).toBe('[Droid] ENG-42: Make status say fixed');
    const prompt = await world.remote.fileAt(REPO, run.outputs.commit_sha!, 'notes/last-prompt.md');
    expect(prompt).toContain('The status file must say `fixed`.');
    expect(issue.comments.filter((c) => c.mine)).toHaveLength(1);
    expect(issue.comments[0]!.body).toContain(`/pull/${world.gh.state.pulls[0]!.number}`);
    expect(issue.state).toBe('In Review');
    expect(linear.authHeaders.every((h) => h === LINEAR_KEY)).toBe(true);
    expect(linear.violations).toEqual([]);
    await expectNoCanary(world, run, LINEAR_KEY);
    world.gh.assertNoViolations();
  });
});
