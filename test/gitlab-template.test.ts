import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signVariables } from '../src/platform/gitlab/relay/signature.js';
import { fullLog, Harness, RELAY_SECRET, ROOT, TOKEN, type Project } from './gitlab-e2e-harness.js';
import { startJiraApi, type JiraApi } from './support/jira-api/server.js';
import { WIKI_DESCRIPTION } from './support/jira-api/samples.js';

/**
 * gitlab/droid.yml run by gitlab-ci-local (shell executor) in a sample project that includes it with
 * inputs. The jobs run the real CLI (dist/cli/index.js, the `cli` input) against the fake GitLab API
 * and a real git remote, both behind one origin (gitlab-ci-local derives CI_SERVER_URL and
 * CI_API_V4_URL from the clone's origin URL; CI_PROJECT_ID is always 1217 there).
 */
const CLI = `node ${join(ROOT, 'dist/cli/index.js')}`;
const GCL = join(ROOT, 'node_modules/.bin/gitlab-ci-local');

const h = new Harness();
let p: Project;
let dir: string;
let jira: JiraApi;
const JIRA_PAT = 'NjQ2canaryJiraServerPAT0a1b2c3d4e5f6';

interface ListedJob {
  name: string;
  stage: string;
  when: string;
  needs?: unknown[];
}

function run(file: string, args: string[], cwd: string): Promise<{ code: number; out: string; stdout: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: join(h.tmp, 'home'), GCL_IGNORE_PREDEFINED_VARS: 'CI_PIPELINE_SOURCE,CI_PROJECT_DIR', LANG: 'C.UTF-8', GIT_CONFIG_NOSYSTEM: '1' };
    execFile(file, args, { cwd, env, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, out: `${stdout}${stderr}`, stdout });
    });
  });
}

function git(...args: string[]): ReturnType<typeof run> {
  return run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], dir);
}

function gcl(...args: string[]): ReturnType<typeof run> {
  return run(GCL, ['--home', join(h.tmp, 'home'), '--no-color', ...args], dir);
}

async function list(...variables: string[]): Promise<Record<string, ListedJob>> {
  const result = await gcl('--list-json', ...variables.flatMap((v) => ['--variable', v]));
  expect(result.code, result.out).toBe(0);
  const jobs = JSON.parse(result.stdout.slice(result.stdout.indexOf('['))) as ListedJob[];
  return Object.fromEntries(jobs.map((j) => [j.name, j]));
}

// the profile's deterministic fixer (the fix-commands engine runs it when the profile fails)
const FIX = "import { writeFileSync } from 'node:fs';\nwriteFileSync('src/add.js', 'export function add(a, b) {\\n  return a + b;\\n}\\n');\n";

beforeAll(async () => {
  await h.start();
  jira = await startJiraApi({ api: 'server', token: JIRA_PAT });
  mkdirSync(join(h.tmp, 'home'));
  const config = `version: 1
tests:
  - name: unit
    path: .
    command: node --test test/*.test.js
    fix: node tools/fix.mjs
    timeout_seconds: 60
pr:
  labels: [droid]
ci:
  wait: false
  max_fix_attempts: 2
`;
  p = await h.project(
    config,
    {
      '.gitlab-ci.yml': [
        'include:',
        '  - local: ci/droid.yml',
        '    inputs:',
        `      cli: ${CLI}`,
        '      mr_pipelines: true',
        '      engine: fix-commands',
        '      setup: echo "droid-setup-ran in $CI_PROJECT_NAME"',
        'stages: [build, test]',
        'build:',
        '  stage: build',
        '  script:',
        '    - test "$BREAK_BUILD" != "yes"',
        '',
      ].join('\n'),
      'ci/droid.yml': readFileSync(join(ROOT, 'gitlab/droid.yml'), 'utf8'),
      'tools/fix.mjs': FIX,
      // the same, with Jira Server as the ticket system (DROID_CONFIG=.droid-jira.yml picks it)
      '.droid-jira.yml': `${config}tickets:\n  provider: jira\n  url: ${jira.url}\n  api: server\n  keys: [PROJ]\n  transition: In Review\n`,
      '.gitignore': '.gitlab-ci-local/\n.droid/\n',
    },
    { projectId: 1217 },
  );
  p.gl.setMember('bob', 30);
  dir = p.work;
  await git('remote', 'set-url', 'origin', `${await h.front(p)}/${p.name}.git`);
});

afterAll(async () => {
  p.gl.assertNoViolations();
  await jira.close();
  await h.stop();
});

describe('gitlab/droid.yml', () => {
  it('adds the droid job only to pipelines that ask for it', async () => {
    const push = await list();
    expect(push['build']!.when).toBe('on_success');
    expect(push['droid']!.when).toBe('never');
    expect(push['droid-mr']!.when).toBe('never');
    expect(push['droid-ci-fix']!.when).toBe('never');

    const relayed = await list('CI_PIPELINE_SOURCE=api', 'DROID_COMMAND=fix', 'DROID_NOTE_BODY=/droid fix it');
    expect(relayed['droid']).toMatchObject({ when: 'always', stage: '.post', needs: [] });
    expect(relayed['droid-mr']!.when).toBe('never');
    expect(relayed['droid-ci-fix']!.when).toBe('never');
  });

  it('runs in merge request pipelines when asked, and repairs failed pipelines of droid branches', async () => {
    const mr = await list('CI_PIPELINE_SOURCE=merge_request_event', 'CI_MERGE_REQUEST_IID=3', 'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME=feature/x');
    expect(mr['droid-mr']!.when).toBe('on_success');
    expect(mr['droid-ci-fix']!.when).toBe('never');
    const droidMr = await list('CI_PIPELINE_SOURCE=merge_request_event', 'CI_MERGE_REQUEST_IID=4', 'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME=droid/T-1-x');
    expect(droidMr['droid-ci-fix']!.when).toBe('on_failure');

    await git('checkout', '-q', '-b', 'droid/T-1-fix-dates');
    try {
      const push = await list();
      expect(push['droid-ci-fix']).toMatchObject({ when: 'on_failure', stage: '.post' });
      expect(push['droid']!.when).toBe('never');
    } finally {
      await git('checkout', '-q', 'main');
    }
  });

  it('renders the inputs into the job: the CLI command, the config, the engine, artifacts and JUnit report', async () => {
    const preview = await gcl('--preview');
    expect(preview.code, preview.out).toBe(0);
    expect(preview.out).not.toContain('$[[');
    expect(preview.out).toContain(`DROID_CLI: ${CLI}`);
    expect(preview.out).toContain('DROID_CONFIG: .droid.yml');
    expect(preview.out).toContain('DROID_ENGINE_OVERRIDE: fix-commands');
    expect(preview.out).toContain('set -- run --platform gitlab --config "$DROID_CONFIG"');
    expect(preview.out).toContain('junit: .droid/junit.xml');
    expect(preview.out).toMatch(/DROID_RUN_COMMAND: ci-fix/);
  });

  it('a triggered /droid fix pipeline: the droid job opens a merge request on GitLab', async () => {
    p.gl.issues.set(3, { title: 'add() subtracts', description: '' });
    // what the relay sends, signed; the job has the signing key as the CI/CD variable DROID_RELAY_SECRET
    const relayed = signVariables(
      {
        DROID_COMMAND: 'fix',
        DROID_NOTE_BODY: '/droid fix make add() add its operands',
        DROID_ACTOR: 'bob',
        DROID_ISSUE_IID: '3',
        DROID_TICKET_KEY: 'T-1',
        DROID_TICKET_TITLE: 'add subtracts',
      },
      RELAY_SECRET,
      'main',
    );
    const result = await gcl(
      'droid',
      '--force-shell-executor',
      '--variable', 'CI_PIPELINE_SOURCE=api',
      // the shell executor runs the job in the project folder but names /builds/… as CI_PROJECT_DIR
      '--variable', `CI_PROJECT_DIR=${dir}`,
      ...Object.entries(relayed).flatMap(([k, v]) => ['--variable', `${k}=${v}`]),
      '--variable', `DROID_RELAY_SECRET=${RELAY_SECRET}`,
      '--variable', `DROID_GITLAB_TOKEN=${TOKEN}`,
    );
    expect(result.code, result.out).toBe(0);
    expect(result.out).not.toContain(TOKEN);
    // the template's `setup` input ran in the job before the droid
    expect(result.out).toContain('droid-setup-ran in');
    expect(p.gl.mergeRequests).toHaveLength(1);
    const mr = p.gl.mergeRequests[0]!;
    expect(mr).toMatchObject({ source_branch: 'droid/T-1-add-subtracts', target_branch: 'main', labels: ['droid'] });
    expect(await h.remote.fileAt(p.name, mr.source_branch, 'src/add.js')).toContain('a + b');
    expect(p.gl.notes.find((n) => n.noun === 'issues' && n.iid === 3)?.body).toContain('pr-opened');
    expect(readFileSync(join(dir, '.gitlab-ci-local/artifacts/droid/.droid/junit.xml'), 'utf8')).toContain('<testsuite name="unit"');
    expect(existsSync(join(dir, '.gitlab-ci-local/artifacts/droid/.droid/audit.jsonl'))).toBe(true);
  });

  it('a Jira Automation pipeline (trigger token, a bare key): MR titled from Jira Server, progress on the MR, one comment and one move on the ticket', async () => {
    const issue = jira.addIssue({ key: 'PROJ-12', summary: 'add() subtracts its operands', description: WIKI_DESCRIPTION, status: 'To Do' });
    const before = p.gl.mergeRequests.length;
    // what the Jira rule sends to /trigger/pipeline: the key and the command, nothing signed
    const result = await gcl(
      'droid',
      '--force-shell-executor',
      '--variable', 'CI_PIPELINE_SOURCE=trigger',
      '--variable', `CI_PROJECT_DIR=${dir}`,
      '--variable', 'GITLAB_USER_LOGIN=bob',
      '--variable', 'DROID_COMMAND=fix',
      '--variable', 'DROID_TICKET_KEY=PROJ-12',
      '--variable', 'DROID_CONFIG=.droid-jira.yml',
      '--variable', `JIRA_API_TOKEN=${JIRA_PAT}`,
      '--variable', `DROID_GITLAB_TOKEN=${TOKEN}`,
    );
    expect(result.code, result.out).toBe(0);
    expect(result.out).not.toContain(TOKEN);
    expect(result.out).not.toContain(JIRA_PAT);
    expect(p.gl.mergeRequests).toHaveLength(before + 1);
    const mr = p.gl.mergeRequests.at(-1)!;
    expect(mr).toMatchObject({ title: '[Droid] PROJ-12: add() subtracts its operands', source_branch: 'droid/PROJ-12-add-subtracts-its-operands', target_branch: 'main' });
    expect(mr.description).toContain(`${jira.url}/browse/PROJ-12`);
    // no issue to answer on: the progress note is on the MR
    const notes = p.gl.notes.filter((n) => n.noun === 'merge_requests' && n.iid === mr.iid);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body).toContain('pr-opened');
    for (const n of p.gl.notes) expect(n.body).not.toContain(JIRA_PAT);
    expect(issue.comments).toHaveLength(1);
    expect(String(issue.comments[0]!.body)).toContain(`merge_requests/${mr.iid}`);
    expect(issue.status).toBe('In Review');
    expect(jira.authHeaders.every((a) => a === `Bearer ${JIRA_PAT}`)).toBe(true);
    expect(jira.violations).toEqual([]);
    expect(readFileSync(join(dir, '.gitlab-ci-local/artifacts/droid/.droid/audit.jsonl'), 'utf8')).not.toContain(JIRA_PAT);
  });

  it('a failed pipeline on a droid branch: droid-ci-fix pushes a fix with the ci-fix trailer', async () => {
    const branch = 'droid/T-2-retry';
    const sha = await h.remote.pushAs(p.name, branch, { 'CHANGELOG.md': '- started\n' }, { from: 'main', message: 'Start T-2\n\nDroid-Command: fix' });
    const iid = p.gl.mergeRequests.length + 1;
    p.gl.mergeRequests.push({
      id: 990, iid, title: '[Droid] T-2: retry', description: '<!-- droid:body -->', state: 'opened', source_branch: branch, target_branch: 'main',
      source_project_id: p.gl.project.id, labels: ['droid'], reviewer_ids: [], author_id: p.gl.tokenUser.id, sha,
    });
    // GitLab's record of this very pipeline: the build job failed (gitlab-ci-local reports nothing to the API)
    p.gl.addPipeline({ sha, ref: branch, status: 'failed', jobs: [{ name: 'build', status: 'failed', trace: '$ node --test\nnot ok 1 - adds two numbers\n# fail 1\nERROR: Job failed: exit code 1\n' }] });
    await git('fetch', '-q', p.bare, `+refs/heads/${branch}:refs/remotes/origin/${branch}`);
    await git('checkout', '-q', '-f', '-B', branch, `origin/${branch}`);
    try {
      const result = await gcl('--force-shell-executor', '--variable', `CI_PROJECT_DIR=${dir}`, '--variable', 'BREAK_BUILD=yes', '--variable', `CI_OPEN_MERGE_REQUESTS=${p.name}!${iid}`, '--variable', `DROID_GITLAB_TOKEN=${TOKEN}`);
      expect(result.out).toMatch(/build[\s\S]*FAIL/);
      expect(result.out).toContain('droid-ci-fix');
      expect(result.out).toContain('--command ci-fix');
      expect(result.out).not.toContain(TOKEN);
      const head = p.head(branch)!;
      expect(head, result.out).not.toBe(sha);
      expect(fullLog(p, `${sha}..${head}`)).toContain('Droid-Command: ci-fix');
      expect(await h.remote.fileAt(p.name, branch, 'src/add.js')).toContain('a + b');
    } finally {
      await git('checkout', '-q', '-f', 'main');
    }
  });
});
