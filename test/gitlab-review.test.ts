/**
 * The GitLab review adapter at the wire (PRODUCT.md §13): the fake checks every request against
 * GitLab's documented v4 endpoints and places a diff note only where GitLab would (the MR's diff
 * version, a changed file, an added line by new_line, an unchanged line by old_line and new_line).
 * The diffs are real `git diff` output; the comments come from the review renderer.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitLabForge, type GitLabForge } from '../src/platform/gitlab/index.js';
import { gitlabSuggestion, lineMap } from '../src/platform/gitlab/review.js';
import { fileDiffs } from '../src/review/diff.js';
import type { Finding } from '../src/review/findings.js';
import { findingKey, renderReview } from '../src/review/render.js';
import { silentLogger, type Logger } from '../src/util/log.js';
import { diffLines, startFakeGitLab, type FakeDiff, type FakeGitLab, type FakeMergeRequest } from './support/gitlab-api/server.js';
import { makeRepo } from './support/repo.js';

let gl: FakeGitLab;
let warnings: string[];
const cleanups: Array<() => void> = [];

beforeEach(async () => {
  gl = await startFakeGitLab();
  warnings = [];
});

afterEach(async () => {
  gl.assertNoViolations();
  await gl.close();
  while (cleanups.length) cleanups.pop()!();
});

function forge(): GitLabForge {
  const log: Logger = { ...silentLogger, warn: (m) => warnings.push(m) };
  return createGitLabForge({ token: gl.token, project: gl.project.path, apiUrl: gl.apiUrl, serverUrl: gl.url, log, retries: 1, sleep: async () => {} });
}

const BASE = Array.from({ length: 30 }, (_, i) => `const v${i + 1} = ${i + 1};`).join('\n') + '\n';
/** lines 10-12 change; a function is added at the end (lines 31-34) */
const HEAD = BASE.split('\n')
  .map((line, i) => (i >= 9 && i <= 11 ? `const v${i + 1} = parseInt(input${i + 1});` : line))
  .join('\n')
  .replace(/\n$/, '\nfunction divide(a, b) {\n  return a / b;\n}\n// end\n');

/** real git: base on main, the change on feature; GitLab's diffs as its API gives them (from the first @@) */
function realDiffs(): { diffs: FakeDiff[]; base: string; head: string } {
  const repo = makeRepo({ 'src/calc.js': BASE, 'old-name.txt': 'keep\nthis\nfile\n' });
  cleanups.push(repo.cleanup);
  const base = repo.git('rev-parse', 'HEAD');
  repo.git('checkout', '-qb', 'feature');
  writeFileSync(join(repo.dir, 'src/calc.js'), HEAD);
  writeFileSync(join(repo.dir, 'src/new.js'), 'export const x = 1;\n');
  repo.git('mv', 'old-name.txt', 'new-name.txt');
  repo.git('add', '-A');
  repo.git('commit', '-qm', 'change');
  const head = repo.git('rev-parse', 'HEAD');
  const diffOf = (path: string, old = path) =>
    execFileSync('git', ['-C', repo.dir, 'diff', '-M', `${base}..${head}`, '--', old, path], { encoding: 'utf8' }).replace(/^[\s\S]*?(?=^@@)/m, '');
  return {
    base,
    head,
    diffs: [
      { old_path: 'src/calc.js', new_path: 'src/calc.js', new_file: false, renamed_file: false, deleted_file: false, diff: diffOf('src/calc.js') },
      { old_path: 'src/new.js', new_path: 'src/new.js', new_file: true, renamed_file: false, deleted_file: false, diff: diffOf('src/new.js') },
      { old_path: 'old-name.txt', new_path: 'new-name.txt', new_file: false, renamed_file: true, deleted_file: false, diff: '' },
    ],
  };
}

function openMr(extra: Partial<FakeMergeRequest> = {}): FakeMergeRequest {
  const { diffs, base, head } = realDiffs();
  const author = gl.addUser('alice');
  const mr: FakeMergeRequest = {
    id: 900,
    iid: 7,
    title: 'Parse inputs',
    description: '',
    state: 'opened',
    source_branch: 'feature',
    target_branch: 'main',
    source_project_id: gl.project.id,
    labels: [],
    reviewer_ids: [],
    author_id: author.id,
    sha: head,
    diffs,
    diff_refs: { base_sha: base, start_sha: base, head_sha: head },
    ...extra,
  };
  gl.mergeRequests.push(mr);
  return mr;
}

const finding = (over: Partial<Finding>): Finding => ({ path: 'src/calc.js', line: 32, endLine: 32, severity: 'high', title: 'Division by zero', body: '`b` may be 0.', pass: 'review', ...over });

const FINDINGS: Finding[] = [
  finding({ line: 10, endLine: 11, severity: 'medium', title: 'parseInt without a radix', body: 'Pass 10.', suggestion: 'const v10 = parseInt(input10, 10);\nconst v11 = parseInt(input11, 10);' }),
  finding({}),
  // an unchanged line inside a hunk (context): GitLab wants old_line too
  finding({ line: 8, endLine: 8, severity: 'low', title: 'v8 is unused' }),
  finding({ path: 'README.md', line: 1, endLine: 1, severity: 'low', title: 'README does not mention divide' }),
];

async function review(f: GitLabForge, findings: Finding[]) {
  const files = await f.review!.diff(7, 'main');
  const posted = await f.review!.postedMarkers(7);
  const marker = `<!-- droid:review-run=${Math.random().toString(16).slice(2)} -->`;
  const rendered = renderReview({ summary: 'Parses inputs.', findings, diffs: fileDiffs(files), posted, footer: marker });
  const result = rendered.posted.length ? await f.review!.postReview({ number: 7, headSha: gl.mergeRequests[0]!.sha, body: rendered.body, comments: rendered.comments, marker }) : undefined;
  return { files, rendered, result };
}

const threads = () => gl.notes.filter((n) => n.position);
const plain = () => gl.notes.filter((n) => !n.position);

describe('GitLab review adapter', () => {
  it('reads the changed files of the MR with their statuses and hunks', async () => {
    openMr();
    const files = await forge().review!.diff(7, 'main');
    expect(files.map((f) => [f.path, f.status, f.previousPath])).toEqual([
      ['src/calc.js', 'modified', undefined],
      ['src/new.js', 'added', undefined],
      ['new-name.txt', 'renamed', 'old-name.txt'],
    ]);
    expect(files[2]!.patch).toBeUndefined();
    expect(gl.requestsTo('GET', /\/merge_requests\/7\/diffs$/)).toHaveLength(1);
  });

  it('posts one thread per inline finding at its diff position and one summary note with the finding outside the diff', async () => {
    const mr = openMr();
    const { rendered, result } = await review(forge(), FINDINGS);
    expect(rendered.comments).toHaveLength(3);
    expect(warnings).toEqual([]);
    const placed = threads();
    expect(placed).toHaveLength(3);
    for (const n of placed) expect(n.position).toMatchObject({ base_sha: mr.diff_refs!.base_sha, start_sha: mr.diff_refs!.start_sha, head_sha: mr.sha, position_type: 'text', new_path: 'src/calc.js', old_path: 'src/calc.js' });
    // the range 10-11 sits on its last line, an added line: new_line only; the suggestion covers the line above too
    const range = placed.find((n) => n.body.includes('parseInt without a radix'))!;
    expect(range.position).toMatchObject({ new_line: 11, old_line: null });
    expect(range.body).toContain('```suggestion:-1+0\nconst v10 = parseInt(input10, 10);\nconst v11 = parseInt(input11, 10);\n```');
    expect(placed.find((n) => n.body.includes('Division by zero'))!.position).toMatchObject({ new_line: 32, old_line: null });
    // line 8 is unchanged: both sides, as GitLab requires
    expect(placed.find((n) => n.body.includes('v8 is unused'))!.position).toMatchObject({ new_line: 8, old_line: 8 });
    // the summary: one note, the README finding in it, the run's marker, its URL returned
    expect(plain()).toHaveLength(1);
    const summary = plain()[0]!;
    expect(summary.body).toContain('**Outside the diff**');
    expect(summary.body).toContain('README does not mention divide');
    expect(summary.body).toContain(`<!-- droid:finding=${findingKey(FINDINGS[3]!)} -->`);
    expect(result!.url).toBe(`${gl.url}/${gl.project.path}/-/merge_requests/7#note_${summary.id}`);
    // the position went out as GitLab's form fields, and the fake found it valid
    const post = gl.requestsTo('POST', /\/merge_requests\/7\/discussions$/)[0]!;
    expect(post.body).toMatchObject({ position: { position_type: 'text', new_line: '11' } });
  });

  it('posts nothing twice: a second run with the same findings finds its own markers', async () => {
    openMr();
    const f = forge();
    await review(f, FINDINGS);
    const before = gl.notes.length;
    const second = await review(forge(), [...FINDINGS, finding({ line: 33, endLine: 33, title: 'No test for divide' })]);
    expect(second.rendered.duplicates).toHaveLength(4);
    expect(second.rendered.posted.map((p) => p.title)).toEqual(['No test for divide']);
    expect(gl.notes.length).toBe(before + 2);
    expect(threads().filter((n) => n.body.includes('No test for divide'))).toHaveLength(1);
  });

  it('does not count markers that someone else pasted into the MR', async () => {
    openMr();
    const mallory = gl.addUser('mallory');
    gl.notes.push({ id: 5000, noun: 'merge_requests', iid: 7, body: `spoof <!-- droid:finding=${findingKey(FINDINGS[1]!)} -->`, author_id: mallory.id, system: false });
    const { rendered } = await review(forge(), FINDINGS);
    expect(rendered.duplicates).toEqual([]);
    expect(threads().some((n) => n.body.includes('Division by zero'))).toBe(true);
  });

  it('folds a thread GitLab refuses into the summary note, so no finding is lost', async () => {
    // the MR moved on after the diff was read: GitLab no longer takes positions of the old version
    const mr = openMr();
    const f = forge();
    const files = await f.review!.diff(7, 'main');
    mr.diff_refs = { ...mr.diff_refs!, head_sha: 'f'.repeat(40) };
    const rendered = renderReview({ summary: '', findings: [FINDINGS[1]!], diffs: fileDiffs(files), posted: new Set(), footer: '<!-- droid:review-run=x -->' });
    await f.review!.postReview({ number: 7, headSha: mr.sha, body: rendered.body, comments: rendered.comments, marker: '<!-- droid:review-run=x -->' });
    expect(threads()).toEqual([]);
    expect(gl.requestsTo('POST', /\/discussions$/).map((r) => r.status)).toEqual([400]);
    expect(plain()).toHaveLength(1);
    expect(plain()[0]!.body).toContain('GitLab did not accept them as diff threads');
    expect(plain()[0]!.body).toContain('Division by zero');
    expect(warnings.join('\n')).toMatch(/did not take a thread on src\/calc\.js:32/);
  });

  it('after a lost answer, looks the thread up before posting it again', async () => {
    openMr();
    gl.fail({ method: 'POST', path: /\/discussions$/, status: 502, applied: true });
    await review(forge(), [FINDINGS[1]!]);
    expect(threads()).toHaveLength(1);
    expect(gl.requestsTo('POST', /\/discussions$/)).toHaveLength(1);
    expect(warnings.join('\n')).toMatch(/looking for the thread/);
  });
});

describe('GitLab diff positions', () => {
  it('maps new-side lines to old-side lines the way the fake (and GitLab) reads the diff', () => {
    const { diffs } = realDiffs();
    const diff = diffs[0]!.diff;
    const map = lineMap(diff);
    const lines = diffLines(diff).filter((l) => l.new !== undefined);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(map.get(l.new!)).toBe(l.old);
    expect(map.size).toBe(lines.length);
  });

  it('widens a range suggestion to the lines above the note, and leaves one-line suggestions alone', () => {
    expect(gitlabSuggestion({ path: 'a', line: 14, startLine: 12, body: 'x\n\n```suggestion\nnew\n```' })).toBe('x\n\n```suggestion:-2+0\nnew\n```');
    expect(gitlabSuggestion({ path: 'a', line: 14, body: '```suggestion\nnew\n```' })).toBe('```suggestion\nnew\n```');
  });
});

describe('GitLab findOwnComment', () => {
  it('finds the latest note with the marker written by the droid, never anyone else’s', async () => {
    openMr();
    const f = forge();
    const mallory = gl.addUser('mallory');
    await f.upsertComment({ kind: 'change', number: 7 }, 'plan one <!-- droid:plan -->', '<!-- droid:plan-1 -->');
    await f.upsertComment({ kind: 'change', number: 7 }, 'plan two <!-- droid:plan -->', '<!-- droid:plan-2 -->');
    gl.notes.push({ id: 9000, noun: 'merge_requests', iid: 7, body: 'fake plan <!-- droid:plan -->', author_id: mallory.id, system: false });
    const found = await f.findOwnComment!({ kind: 'change', number: 7 }, '<!-- droid:plan -->');
    expect(found?.body).toContain('plan two');
    expect(found?.url).toMatch(/merge_requests\/7#note_\d+$/);
    gl.issues.set(3, { title: 'issue', description: '' });
    expect(await f.findOwnComment!({ kind: 'issue', number: 3 }, '<!-- droid:plan -->')).toBeUndefined();
  });
});
