import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitLab, type FakeGitLab } from './support/gitlab-api/server.js';

/**
 * gitlab/droid.yml run by gitlab-ci-local (shell executor) in a sample project that includes it with
 * inputs, against the fake GitLab API (the origin URL decides CI_API_V4_URL).
 * The CLI the jobs run is the `cli` input. To test the real thing end to end, swap this one line:
 *   const CLI = `node ${join(ROOT, 'dist/cli/index.js')}`;
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = `node ${join(ROOT, 'test/fixtures/gitlab/stand-in-cli.mjs')}`;
const GCL = join(ROOT, 'node_modules/.bin/gitlab-ci-local');

let gl: FakeGitLab;
let dir: string;

interface ListedJob {
  name: string;
  stage: string;
  when: string;
  needs?: unknown[];
}

function run(file: string, args: string[], cwd: string): Promise<{ code: number; out: string; stdout: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: join(dir, 'home'), GCL_IGNORE_PREDEFINED_VARS: 'CI_PIPELINE_SOURCE', LANG: 'C.UTF-8' };
    execFile(file, args, { cwd, env, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, out: `${stdout}${stderr}`, stdout });
    });
  });
}

function git(...args: string[]): ReturnType<typeof run> {
  return run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], join(dir, 'project'));
}

function gcl(...args: string[]): ReturnType<typeof run> {
  return run(GCL, ['--home', join(dir, 'home'), '--no-color', ...args], join(dir, 'project'));
}

async function list(...variables: string[]): Promise<Record<string, ListedJob>> {
  const result = await gcl('--list-json', ...variables.flatMap((v) => ['--variable', v]));
  expect(result.code, result.out).toBe(0);
  const jobs = JSON.parse(result.stdout.slice(result.stdout.indexOf('['))) as ListedJob[];
  return Object.fromEntries(jobs.map((j) => [j.name, j]));
}

function record(): { argv: string[]; env: Record<string, string>; tokenPresent: boolean; api: string } {
  return JSON.parse(readFileSync(join(dir, 'project/.droid/stand-in.json'), 'utf8')) as ReturnType<typeof record>;
}

beforeAll(async () => {
  gl = await startFakeGitLab({ projectPath: 'group/project' });
  dir = mkdtempSync(join(tmpdir(), 'droid-gitlab-template-'));
  const project = join(dir, 'project');
  mkdirSync(join(project, 'ci'), { recursive: true });
  mkdirSync(join(dir, 'home'));
  copyFileSync(join(ROOT, 'gitlab/droid.yml'), join(project, 'ci/droid.yml'));
  writeFileSync(
    join(project, '.gitlab-ci.yml'),
    [
      'include:',
      '  - local: ci/droid.yml',
      '    inputs:',
      `      cli: ${CLI}`,
      '      mr_pipelines: true',
      '      engine: fix-commands',
      'stages: [build, test]',
      'build:',
      '  stage: build',
      '  script:',
      '    - test "$BREAK_BUILD" != "yes"',
      '',
    ].join('\n'),
  );
  writeFileSync(join(project, '.droid.yml'), 'version: 1\ntests: []\n');
  await git('init', '-q', '-b', 'main');
  await git('remote', 'add', 'origin', `${gl.url}/group/project.git`);
  await git('add', '-A');
  await git('commit', '-q', '-m', 'sample project');
});

afterAll(async () => {
  gl.assertNoViolations();
  await gl.close();
  rmSync(dir, { recursive: true, force: true });
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

  it('runs the droid job of a relayed pipeline: the CLI gets the run arguments, the DROID_* variables and the API', async () => {
    const result = await gcl(
      'droid',
      '--force-shell-executor',
      '--variable', 'CI_PIPELINE_SOURCE=api',
      '--variable', 'DROID_COMMAND=fix',
      '--variable', 'DROID_NOTE_BODY=/droid fix make the date parser accept ISO weeks',
      '--variable', 'DROID_ACTOR=bob',
      '--variable', 'DROID_MR_IID=1',
      '--variable', `DROID_GITLAB_TOKEN=${gl.token}`,
    );
    expect(result.code, result.out).toBe(0);
    expect(result.out).not.toContain(gl.token);
    const r = record();
    expect(r.argv).toEqual(['run', '--platform', 'gitlab', '--config', '.droid.yml', '--engine', 'fix-commands']);
    expect(r.env).toMatchObject({
      DROID_COMMAND: 'fix',
      DROID_NOTE_BODY: '/droid fix make the date parser accept ISO weeks',
      DROID_ACTOR: 'bob',
      DROID_MR_IID: '1',
      CI_API_V4_URL: `${gl.url}/api/v4`,
      CI_PROJECT_PATH: 'group/project',
      GIT_DEPTH: '0',
    });
    expect(r.tokenPresent).toBe(true);
    expect(r.api).toBe('200 group/project');
    expect(existsSync(join(dir, 'project/.gitlab-ci-local/artifacts/droid/.droid/junit.xml'))).toBe(true);
  });

  it('runs droid-ci-fix after a failed push pipeline on a droid branch, with --command ci-fix', async () => {
    rmSync(join(dir, 'project/.droid'), { recursive: true, force: true });
    await git('checkout', '-q', '-b', 'droid/T-2-retry');
    try {
      const result = await gcl('--force-shell-executor', '--variable', 'BREAK_BUILD=yes');
      expect(result.out).toMatch(/build[\s\S]*FAIL/);
      expect(result.out).toContain('droid-ci-fix');
      const r = record();
      expect(r.argv).toEqual(['run', '--platform', 'gitlab', '--config', '.droid.yml', '--command', 'ci-fix', '--engine', 'fix-commands']);
      expect(r.env['CI_COMMIT_BRANCH']).toBe('droid/T-2-retry');
    } finally {
      await git('checkout', '-q', 'main');
    }
  });
});
