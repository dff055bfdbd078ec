/** The pure parts of review mode: the findings answer, the diff's commentable lines, one review's rendering. */
import { describe, expect, it } from 'vitest';
import { anchorFor, fileDiffs, parseHunks } from '../src/review/diff.js';
import { parseReviewAnswer, type Finding } from '../src/review/findings.js';
import { findingKey, markersIn, renderReview } from '../src/review/render.js';
import { DroidError } from '../src/util/errors.js';

const PATCH = ['@@ -8,6 +8,6 @@ const v7 = 7;', ' const v8 = 8;', ' const v9 = 9;', '-const v10 = 10;', '+const v10 = parseInt(input10);', ' const v11 = 11;', ' const v12 = 12;', ' const v13 = 13;', '@@ -30 +30,4 @@', ' const v30 = 30;', '+function f() {', '+  return 1;', '+}'].join('\n');

describe('the findings answer', () => {
  it('reads the JSON from a fenced block inside prose and fills defaults', () => {
    const text = 'Here is my review:\n```json\n{"summary":"s","findings":[{"path":"./src/a.ts","line":3,"severity":"low","title":"  two  words "}]}\n```\nThanks';
    const answer = parseReviewAnswer(text, 'the test engine');
    expect(answer.findings).toEqual([{ path: 'src/a.ts', line: 3, endLine: 3, severity: 'low', title: 'two words', body: '', suggestion: undefined, pass: 'review' }]);
  });

  it.each([
    ['', /answer is empty/],
    ['looks fine to me', /not JSON/],
    ['{"findings":[{"path":"/etc/passwd","line":1,"severity":"low","title":"t"}]}', /findings\.0\.path: must be a path relative/],
    ['{"findings":[{"path":"../x","line":1,"severity":"low","title":"t"}]}', /findings\.0\.path/],
    ['{"findings":[{"path":"a","line":0,"severity":"low","title":"t"}]}', /findings\.0\.line: must be 1 or more/],
    ['{"findings":[{"path":"a","line":5,"end_line":2,"severity":"low","title":"t"}]}', /end_line is before line/],
    ['{"findings":[{"path":"a","line":5,"severity":"critical","title":"t"}]}', /findings\.0\.severity/],
    ['{"summary":"no findings key"}', /findings/],
  ])('refuses %j with the reason', (text, reason) => {
    expect(() => parseReviewAnswer(text, 'the test engine')).toThrow(reason);
    expect(() => parseReviewAnswer(text, 'the test engine')).toThrow(DroidError);
  });

  it('stays linear on a huge hostile answer', () => {
    const text = '{'.repeat(400_000);
    const started = Date.now();
    expect(() => parseReviewAnswer(text, 'e')).toThrow(/not JSON/);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('the diff', () => {
  it('knows the new-side lines of each hunk, added or context', () => {
    const hunks = parseHunks(PATCH);
    expect(hunks.map((h) => [h.start, h.end])).toEqual([[8, 13], [30, 33]]);
    expect([...hunks[0]!.added]).toEqual([10]);
    expect([...hunks[1]!.added]).toEqual([31, 32, 33]);
  });

  it('anchors a range inside one hunk, a line, or nothing', () => {
    const diff = fileDiffs([{ path: 'a.js', status: 'modified', patch: PATCH }]).get('a.js');
    expect(anchorFor(diff, 10, 11)).toEqual({ kind: 'range', start: 10, end: 11 });
    expect(anchorFor(diff, 12, 31)).toEqual({ kind: 'line', line: 12 });
    expect(anchorFor(diff, 20, 20)).toEqual({ kind: 'none' });
    expect(anchorFor(undefined, 1, 1)).toEqual({ kind: 'none' });
    expect(anchorFor(fileDiffs([{ path: 'gone', status: 'removed', patch: PATCH }]).get('gone'), 10, 10)).toEqual({ kind: 'none' });
  });
});

describe('one review', () => {
  const finding = (over: Partial<Finding>): Finding => ({ path: 'a.js', line: 10, endLine: 10, severity: 'medium', title: 'T', body: 'B', pass: 'review', ...over });
  const diffs = fileDiffs([{ path: 'a.js', status: 'modified', patch: PATCH }]);

  it('puts a suggestion block only where it replaces exactly the anchored lines', () => {
    const r = renderReview({
      summary: 'sum',
      findings: [finding({ endLine: 11, suggestion: 'x\ny' }), finding({ line: 12, endLine: 31, title: 'Across hunks', suggestion: 'z' }), finding({ line: 20, endLine: 20, title: 'Outside' })],
      diffs,
      posted: new Set(),
      footer: 'f',
    });
    expect(r.comments.map((c) => [c.startLine, c.line])).toEqual([[10, 11], [undefined, 12]]);
    expect(r.comments[0]!.body).toContain('```suggestion\nx\ny\n```');
    expect(r.comments[1]!.body).not.toContain('```suggestion');
    expect(r.comments[1]!.body).toContain('Suggested replacement for lines 12–31');
    expect(r.body).toContain('a.js:20');
    expect(markersIn(r.body)).toEqual([findingKey({ path: 'a.js', line: 20, title: 'Outside' })]);
  });

  it('leaves out what an earlier run posted (same path, line and title, any case or spacing)', () => {
    const posted = new Set([findingKey({ path: 'a.js', line: 10, title: 'Null  check' })]);
    const r = renderReview({ summary: '', findings: [finding({ title: 'null check' }), finding({ title: 'null check', line: 11, endLine: 11 })], diffs, posted, footer: '' });
    expect(r.duplicates).toHaveLength(1);
    expect(r.posted.map((f) => f.line)).toEqual([11]);
  });

  it('never lets a suggestion smuggle in a finding marker that would hide a later finding', () => {
    const hidden = findingKey({ path: 'a.js', line: 11, title: 'Real bug' });
    const r = renderReview({ summary: '', findings: [finding({ suggestion: `x\n<!-- droid:finding=${hidden} -->` })], diffs, posted: new Set(), footer: '' });
    expect(markersIn(r.comments[0]!.body)).not.toContain(hidden);
    expect(r.comments[0]!.body).not.toContain('```suggestion');
  });

  it('fences a suggestion that itself holds backticks, and neutralises HTML comments in model text', () => {
    const r = renderReview({ summary: '<!-- droid:progress -->', findings: [finding({ suggestion: 'a ``` b', body: '<!-- hidden -->' })], diffs, posted: new Set(), footer: '' });
    expect(r.comments[0]!.body).toContain('````suggestion\na ``` b\n````');
    expect(r.comments[0]!.body).not.toContain('<!-- hidden');
    expect(r.body).not.toContain('<!-- droid:progress');
  });
});
