/**
 * `droid-ci run --platform local --command review` (PRODUCT.md §13) with real git and the `command`
 * engine: the current branch is reviewed against --base, the findings go to .droid/review.md, nothing
 * is committed, no test profile runs, and the user stays on their branch.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../src/entry/cli.js';
import { parseGitDiff } from '../src/platform/local/review.js';
import { captureIo, makeRepo } from './support/repo.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const BASE = Array.from({ length: 20 }, (_, i) => `const v${i + 1} = ${i + 1};`).join('\n') + '\n';
const HEAD = BASE.replace('const v5 = 5;', 'const v5 = parseInt(input);') + 'function divide(a, b) {\n  return a / b;\n}\n';

const ANSWER = {
  summary: 'Parses without a radix; divides without a check.',
  findings: [
    { path: 'src/calc.js', line: 5, end_line: null, severity: 'medium', title: 'parseInt without a radix', body: 'Pass 10.', suggestion: 'const v5 = parseInt(input, 10);' },
    { path: 'src/calc.js', line: 22, end_line: null, severity: 'high', title: 'Division by zero', body: '`b` may be 0.', suggestion: null },
    { path: 'README.md', line: 1, end_line: null, severity: 'low', title: 'Undocumented', body: 'Document divide.', suggestion: null },
  ],
};

function setup(extra = '') {
  const tools = mkdtempSync(join(tmpdir(), 'droid-local-review-'));
  // the engine runs as the sandbox account where the runner allows it: it reads its script and leaves the prompt here
  chmodSync(tools, 0o777);
  writeFileSync(join(tools, 'answer.json'), JSON.stringify(ANSWER));
  writeFileSync(join(tools, 'review.sh'), `#!/bin/sh\nset -e\ncp "$DROID_PROMPT_FILE" "${tools}/prompt.md"\ncp "${tools}/answer.json" "$DROID_REVIEW_FILE"\n`);
  chmodSync(join(tools, 'review.sh'), 0o755);
  const repo = makeRepo({
    'src/calc.js': BASE,
    'AGENTS.md': 'Prefer an explicit radix.\n',
    '.droid.yml': `version: 1
tests:
  - name: unit
    command: touch TESTS-RAN
engine:
  use: command
  command: sh ${join(tools, 'review.sh')}
${extra}`,
  });
  cleanups.push(repo.cleanup, () => rmSync(tools, { recursive: true, force: true }));
  repo.git('checkout', '-qb', 'feature');
  writeFileSync(join(repo.dir, 'src/calc.js'), HEAD);
  repo.git('commit', '-qam', 'divide');
  return { repo, tools };
}

describe('droid-ci run --platform local --command review', () => {
  it('writes the review of the current branch against --base to .droid/review.md, commits nothing and runs no test', async () => {
    const { repo, tools } = setup();
    const head = repo.git('rev-parse', 'HEAD');
    const { io, out, err } = captureIo();
    const code = await cli(['run', '--platform', 'local', '--repo', repo.dir, '--command', 'review', '--base', 'main', '--prompt', 'look at error handling', '--json'], io, { ...process.env, DROID_ACTOR: 'alice' });
    expect(err()).not.toContain('error:');
    const result = JSON.parse(out());
    expect(result.conclusion).toBe('review-posted');
    expect(code).toBe(0);
    expect(result.findings).toBe(3);
    expect(result.review).toMatchObject({ findings: 3, inline: 2, outside_diff: 1, duplicates: 0, url: join(repo.dir, '.droid/review.md') });
    const md = readFileSync(join(repo.dir, '.droid/review.md'), 'utf8');
    expect(md).toContain('**Droid review**');
    expect(md).toContain('Parses without a radix');
    // inline findings under their file and line; the one outside the diff in the body
    expect(md).toContain('### `src/calc.js:5`');
    expect(md).toContain('```suggestion\nconst v5 = parseInt(input, 10);\n```');
    expect(md).toContain('### `src/calc.js:22`');
    expect(md).toMatch(/\*\*Outside the diff\*\*[\s\S]*Undocumented[\s\S]*README\.md:1/);
    // the prompt had the diff against main, the focus and the base's AGENTS.md
    const prompt = readFileSync(join(tools, 'prompt.md'), 'utf8');
    expect(prompt).toContain('+function divide(a, b) {');
    expect(prompt).toContain('look at error handling');
    expect(prompt).toContain('Prefer an explicit radix.');
    // nothing else happened
    expect(repo.git('rev-parse', 'HEAD')).toBe(head);
    expect(repo.git('branch', '--show-current')).toBe('feature');
    expect(existsSync(join(repo.dir, 'TESTS-RAN'))).toBe(false);
    expect(repo.git('status', '--porcelain', '--untracked-files=no')).toBe('');
  });

  it('exits 1 when a finding is at or above review.fail_on', async () => {
    const { repo } = setup('review:\n  fail_on: high\n');
    const { io, out } = captureIo();
    const code = await cli(['run', '--platform', 'local', '--repo', repo.dir, '--command', 'review'], io, process.env);
    expect(code).toBe(1);
    expect(out()).toContain('conclusion: review-posted');
    expect(out()).toMatch(/findings: 3 \(.*review\.md\)/);
    expect(out()).toContain('1 finding(s) at or above review.fail_on (high)');
  });

  it('refuses a base that is not a local branch, and a review of the base itself', async () => {
    const { repo } = setup();
    const first = captureIo();
    expect(await cli(['run', '--platform', 'local', '--repo', repo.dir, '--command', 'review', '--base', 'develop'], first.io, process.env)).not.toBe(0);
    expect(first.err() + first.out()).toContain('--base "develop" is not a local branch');
    repo.git('checkout', '-q', 'main');
    const second = captureIo();
    expect(await cli(['run', '--platform', 'local', '--repo', repo.dir, '--command', 'review'], second.io, process.env)).not.toBe(0);
    expect(second.err() + second.out()).toContain('the current branch is the base (main)');
  });

  it('documents review in --help', async () => {
    const { io, out } = captureIo();
    expect(await cli(['run', '--help'], io, process.env)).toBe(0);
    expect(out()).toMatch(/--command C\s+fix \(default\), plan, test, ci-fix, review/);
    expect(out()).toContain('.droid/review.md');
    expect(out()).toContain('--base BRANCH');
  });
});

describe('git diff -> changed files', () => {
  it('reads added, removed, renamed and binary files from real git output', () => {
    const repo = makeRepo({ 'a.txt': 'a\nb\n', 'gone.txt': 'x\n', 'old.txt': 'same\ncontent\nhere\n', 'bin.dat': '\0\x01' });
    cleanups.push(repo.cleanup);
    repo.git('checkout', '-qb', 'x');
    writeFileSync(join(repo.dir, 'a.txt'), 'a\nB\n');
    writeFileSync(join(repo.dir, 'new.txt'), 'n\n');
    writeFileSync(join(repo.dir, 'bin.dat'), '\0\x02');
    repo.git('rm', '-q', 'gone.txt');
    repo.git('mv', 'old.txt', 'renamed.txt');
    repo.git('add', '-A');
    repo.git('commit', '-qm', 'x');
    const files = parseGitDiff(repo.git('diff', '-M', 'main...x'));
    const by = Object.fromEntries(files.map((f) => [f.path, f]));
    expect(by['a.txt']).toMatchObject({ status: 'modified' });
    expect(by['a.txt']!.patch).toMatch(/^@@ -1,2 \+1,2 @@\n a\n-b\n\+B$/);
    expect(by['new.txt']).toMatchObject({ status: 'added', patch: '@@ -0,0 +1 @@\n+n' });
    expect(by['gone.txt']).toMatchObject({ status: 'removed' });
    expect(by['renamed.txt']).toMatchObject({ status: 'renamed', previousPath: 'old.txt', patch: undefined });
    expect(by['bin.dat']).toMatchObject({ status: 'modified', patch: undefined });
    expect(files).toHaveLength(5);
  });
});
