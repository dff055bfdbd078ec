import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullLog, Harness, TOKEN } from './gitlab-e2e-harness.js';

/**
 * CI follow-through on GitLab with the bundled CLI: the pipeline of the pushed SHA, its failed job's
 * trace summarised in the progress note; and `--command ci-fix` (the droid-ci-fix job) pushing a fix
 * for a failed pipeline on a droid branch, bounded by ci.max_fix_attempts counted from trailers.
 */
const h = new Harness();
beforeAll(() => h.start());
afterAll(async () => {
  await h.stop();
});

// a GitLab job trace: ANSI colours, collapsible sections, CRLF, a pytest failure
const PYTEST_TRACE = [
  '\x1b[0KRunning with gitlab-runner 17.5.0\x1b[0;m',
  '\x1b[0Ksection_start:1732530000:step_script\r\x1b[0K\x1b[32;1mExecuting "step_script" stage of the job script\x1b[0;m',
  '$ pytest -q',
  '..F                                                                      [100%]',
  '=================================== FAILURES ===================================',
  '________________________________ test_iso_week _________________________________',
  '',
  '    def test_iso_week():',
  '>       assert parse("2024-W05") == date(2024, 1, 29)',
  'E       AssertionError: assert None == datetime.date(2024, 1, 29)',
  '',
  'tests/test_dates.py:12: AssertionError',
  '=========================== short test summary info ============================',
  'FAILED tests/test_dates.py::test_iso_week - AssertionError: assert None == datetime.date(2024, 1, 29)',
  '1 failed, 2 passed in 0.05s',
  'section_end:1732530001:step_script\r\x1b[0K',
  '\x1b[31;1mERROR: Job failed: exit code 1\x1b[0;m',
  '',
].join('\r\n');

const NODE_TRACE = [
  '$ node --test',
  'not ok 1 - adds two numbers',
  '  ---',
  "  location: '/builds/group/app/test/add.test.js:5:1'",
  '  error: |-',
  '    Expected values to be strictly equal:',
  '    ',
  '    -1 !== 5',
  '  ...',
  '# tests 1',
  '# pass 0',
  '# fail 1',
  'ERROR: Job failed: exit code 1',
].join('\n');

describe('GitLab CI follow-through', () => {
  it('summarises the failed job of the pushed SHA in the progress note', async () => {
    const p = await h.project(h.config({ ciWait: true }));
    p.gl.issues.set(7, { title: 'add() subtracts', description: '' });
    h.pipelinesOnPush(p, () => ({
      status: 'failed',
      jobs: [
        { name: 'pytest', status: 'failed', trace: PYTEST_TRACE },
        { name: 'lint', status: 'success' },
        { name: 'droid-ci-fix', status: 'created' },
      ],
    }));
    const run = await h.run(
      h.env(p, { DROID_NOTE_BODY: '/droid fix add()', DROID_ACTOR: 'alice', DROID_ISSUE_IID: '7', DROID_TICKET_KEY: '#7', DROID_TICKET_TITLE: 'add() subtracts' }),
    );
    expect(run.code, run.stderr).toBe(0);
    const ci = run.json['ci'] as { state: string; failedJobs: Array<{ name: string; summary: string }> };
    expect(ci.state).toBe('failure');
    expect(ci.failedJobs.map((j) => j.name)).toEqual(['pytest']);
    expect(ci.failedJobs[0]!.summary).toContain('test_iso_week');
    expect(ci.failedJobs[0]!.summary).not.toContain('\x1b');
    expect(ci.failedJobs[0]!.summary).not.toContain('section_start');
    const pipeline = p.gl.pipelines.find((x) => x.sha === run.json['commit'])!;
    expect(pipeline.ref).toMatch(/^droid\/7-/);
    const progress = p.gl.notes.find((n) => n.noun === 'issues' && n.iid === 7)!;
    expect(progress.body).toContain('pytest');
    expect(progress.body).toContain('test_iso_week');
    expect(progress.body).not.toContain(TOKEN);
    expect(p.gl.requestsTo('GET', /\/jobs\/\d+\/trace$/)).toHaveLength(1);
    p.gl.assertNoViolations();
  });

  it('--command ci-fix pushes a fix for a failed pipeline on a droid branch, and stops at ci.max_fix_attempts', async () => {
    const p = await h.project(h.config({ maxFixAttempts: 1 }));
    const branch = 'droid/9-make-add-add';
    const first = await h.remote.pushAs(p.name, branch, { 'CHANGELOG.md': '- started\n' }, { from: 'main', message: 'Start on add()\n\nDroid-Command: fix' });
    p.gl.mergeRequests.push({
      id: 950, iid: 1, title: '[Droid] 9: make add add', description: '<!-- droid:body -->\n<!-- droid:ticket=9 -->', state: 'opened',
      source_branch: branch, target_branch: 'main', source_project_id: p.gl.project.id, labels: ['droid'], reviewer_ids: [], author_id: p.gl.tokenUser.id, sha: first,
    });
    const failedPipeline = (sha: string) =>
      p.gl.addPipeline({ sha, ref: branch, status: 'failed', jobs: [{ name: 'unit', status: 'failed', trace: NODE_TRACE }, { name: 'droid-ci-fix', status: 'running' }] });
    failedPipeline(first);
    const job = (sha: string) =>
      h.env(p, {
        CI_JOB_NAME: 'droid-ci-fix',
        CI_PIPELINE_SOURCE: 'push',
        CI_COMMIT_REF_NAME: branch,
        CI_COMMIT_BRANCH: branch,
        CI_COMMIT_SHA: sha,
        CI_OPEN_MERGE_REQUESTS: `${p.name}!1`,
        GITLAB_USER_LOGIN: p.gl.tokenUser.username,
      });

    const fix = await h.run(job(first), ['--command', 'ci-fix']);
    expect(fix.code, fix.stderr).toBe(0);
    const fixed = p.head(branch)!;
    expect(fixed).not.toBe(first);
    expect(fullLog(p, `${first}..${fixed}`)).toContain('Droid-Command: ci-fix');
    expect(await h.remote.fileAt(p.name, branch, 'src/add.js')).toContain('a + b');
    expect(p.gl.requestsTo('GET', /\/jobs\/\d+\/trace$/)).toHaveLength(1);
    // the engine was told what failed in CI: the failed job's trace, summarised
    const prompt = readFileSync(join(h.tools, 'last-prompt.md'), 'utf8');
    expect(prompt).toContain('ci: unit');
    expect(prompt).toContain('adds two numbers');
    expect(p.gl.mergeRequests).toHaveLength(1);

    // its pipeline fails too: one attempt was allowed, so the next job stops and says why
    failedPipeline(fixed);
    const again = await h.run(job(fixed), ['--command', 'ci-fix']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.json['conclusion']).toBe('no-changes');
    expect(String(again.json['message'])).toContain('max_fix_attempts');
    expect(p.head(branch)).toBe(fixed);
    p.gl.assertNoViolations();
  });
});
