import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../src/entry/cli.js';
import { captureIo, makeRepo } from './support/repo.js';

/**
 * The whole loop on --platform local with real git, real test processes and the `command` engine
 * (a script standing in for a model: wrong edit first, the right one once it has seen the failure).
 */
const ADD_JS = 'export function add(a, b) {\n  return a - b;\n}\n';
const ADD_TEST = `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add } from '../src/add.js';

test('adds two numbers', () => {
  assert.equal(add(2, 3), 5);
});
`;

// The scripted "engine": round 1 makes a wrong edit (multiplication), round 2 reads the failure from
// the prompt and writes the right fix. Every prompt is kept for the assertions.
const ENGINE = `import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
const log = process.argv[2];
const prompt = readFileSync(process.env.DROID_PROMPT_FILE, 'utf8');
const n = readdirSync(log).length + 1;
writeFileSync(join(log, 'prompt-' + n + '.md'), prompt);
const body = n === 1 ? 'return a * b;' : 'return a + b;';
writeFileSync('src/add.js', 'export function add(a, b) {\\n  ' + body + '\\n}\\n');
console.log(n === 1 ? 'Changed add() to multiply.' : 'Fixed add() to add its operands.');
`;

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function setup(extraConfig = '') {
  const tools = mkdtempSync(join(tmpdir(), 'droid-engine-'));
  const prompts = join(tools, 'prompts');
  mkdirSync(prompts);
  writeFileSync(join(tools, 'engine.mjs'), ENGINE);
  // the engine runs as the sandbox account (PRODUCT.md §10): it reads its script and writes the prompts here
  chmodSync(tools, 0o755);
  chmodSync(prompts, 0o777);
  const repo = makeRepo({
    'package.json': '{ "type": "module" }\n',
    'src/add.js': ADD_JS,
    'test/add.test.js': ADD_TEST,
    'AGENTS.md': 'Keep functions pure.\n',
    '.droid.yml': `version: 1
tests:
  - name: unit
    path: .
    command: node --test
    timeout_seconds: 60
engine:
  use: command
  command: node ${join(tools, 'engine.mjs')} ${prompts}
  max_iterations: 3
pr:
  labels: [droid]
${extraConfig}`,
  });
  cleanups.push(repo.cleanup, () => rmSync(tools, { recursive: true, force: true }));
  return { repo, prompts };
}


describe('droid-ci run --platform local', () => {
  it('iterates on a failure, commits with trailers on a new branch and leaves the starting branch untouched', async () => {
    const { repo, prompts } = setup();
    const before = repo.git('rev-parse', 'main');
    const { io, out, err } = captureIo();
    const code = await cli(['run', '--platform', 'local', '--repo', repo.dir, '--ticket', 'CALC-7', '--prompt', 'make add() add', '--json'], io, { ...process.env, DROID_ACTOR: 'alice' });
    expect(err()).not.toContain('error:');
    expect(code).toBe(0);
    const result = JSON.parse(out());
    expect(result.conclusion).toBe('pr-opened');
    expect(result.iterations).toBe(2);
    expect(result.branch).toBe('droid/CALC-7-make-add-add');
    expect(result.tests).toHaveLength(1);
    expect(result.tests[0]).toMatchObject({ name: 'unit', passed: true });

    // the second prompt carries the first round's failure: test name and message
    const files = readdirSync(prompts).sort();
    expect(files).toEqual(['prompt-1.md', 'prompt-2.md']);
    const second = readFileSync(join(prompts, 'prompt-2.md'), 'utf8');
    expect(second).toContain('adds two numbers');
    expect(second).toMatch(/6 !== 5|expected.*5|5.*6/s);
    expect(readFileSync(join(prompts, 'prompt-1.md'), 'utf8')).toContain('Keep functions pure.');

    // the starting branch did not move and is checked out again; the work is on the droid branch
    expect(repo.git('rev-parse', 'main')).toBe(before);
    expect(repo.git('branch', '--show-current')).toBe('main');
    expect(readFileSync(join(repo.dir, 'src/add.js'), 'utf8')).toBe(ADD_JS);
    const show = repo.git('show', '-s', '--format=%an <%ae>%n%B', result.branch);
    expect(show).toContain('droid[bot]');
    expect(show).toContain('Co-authored-by: alice');
    expect(show).toContain('Droid-Ticket: CALC-7');
    expect(show).toMatch(/Droid-Run: local-/);
    expect(repo.git('show', `${result.branch}:src/add.js`)).toContain('return a + b;');
    expect(repo.git('rev-list', '--count', `main..${result.branch}`)).toBe('1');

    // the PR body went to .droid/pr.md, which is not committed
    const pr = readFileSync(join(repo.dir, '.droid/pr.md'), 'utf8');
    expect(pr).toContain('<!-- droid:ticket=CALC-7 -->');
    expect(pr).toMatch(/\| unit \| `node --test` \| ✅ passed \| 1 \| 0 \|/);
    expect(pr).toContain('`src/add.js` (+1 / −1)');
    expect(result.pr).toMatchObject({ labels: ['droid'], draft: false });
    expect(repo.git('ls-tree', '-r', '--name-only', result.branch)).not.toContain('.droid/pr.md');
    // the audit log names every stage and the command run
    const audit = readFileSync(join(repo.dir, '.droid/audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(audit.map((l) => l.stage)).toEqual(expect.arrayContaining(['config', 'workspace', 'edit', 'test', 'commit']));
    expect(audit.some((l) => l.action === 'command.run' && l.detail.profile === 'unit')).toBe(true);
    expect(audit.every((l) => l.actor === 'alice' && l.run_id.startsWith('local-'))).toBe(true);
  });

  it('keeps the work committed and concludes tests-failing (exit 1) when the limit is reached', async () => {
    const { repo } = setup();
    // one round only: the wrong edit stays
    writeFileSync(join(repo.dir, '.droid.yml'), readFileSync(join(repo.dir, '.droid.yml'), 'utf8').replace('max_iterations: 3', 'max_iterations: 1'));
    repo.git('commit', '-qam', 'one round');
    const { io, out } = captureIo();
    const code = await cli(['run', '--platform', 'local', '--repo', repo.dir, '--ticket', 'CALC-8', '--prompt', 'fix add', '--json'], io, process.env);
    expect(code).toBe(1);
    const result = JSON.parse(out());
    expect(result.conclusion).toBe('tests-failing');
    expect(result.tests[0].passed).toBe(false);
    expect(result.pr.draft).toBe(true);
    expect(repo.git('show', `${result.branch}:src/add.js`)).toContain('a * b');
  });

  it('says no-changes when the engine changes nothing', async () => {
    const repo = makeRepo({ '.droid.yml': 'version: 1\nengine:\n  use: command\n  command: "true"\n', 'a.txt': 'a\n' });
    cleanups.push(repo.cleanup);
    const { io, out } = captureIo();
    const code = await cli(['run', '--platform', 'local', '--repo', repo.dir, '--ticket', 'X-1', '--prompt', 'nothing', '--json'], io, process.env);
    expect(code).toBe(0);
    expect(JSON.parse(out()).conclusion).toBe('no-changes');
    expect(repo.git('branch', '--show-current')).toBe('main');
  });

  it('with fix-commands and a failing profile that has no fix, says which profile needs a fix: entry', async () => {
    const repo = makeRepo({ '.droid.yml': 'version: 1\ntests:\n  - name: unit\n    command: exit 1\n', 'a.txt': 'a\n' });
    cleanups.push(repo.cleanup);
    const { io, out } = captureIo();
    const code = await cli(['run', '--platform', 'local', '--repo', repo.dir, '--engine', 'fix-commands', '--prompt', 'fix', '--json'], io, process.env);
    const result = JSON.parse(out());
    expect(result.conclusion).toBe('no-changes');
    expect(result.message).toContain('Failing profiles without a fix command: unit');
    expect(code).toBe(0);
  });

  it('refuses to run on a dirty work tree, naming the files (exit 2)', async () => {
    const { repo } = setup();
    writeFileSync(join(repo.dir, 'src/add.js'), '// local edit\n');
    const { io, out } = captureIo();
    const code = await cli(['run', '--platform', 'local', '--repo', repo.dir, '--ticket', 'X-2', '--prompt', 'x', '--json'], io, process.env);
    expect(code).toBe(2);
    const result = JSON.parse(out());
    expect(result.conclusion).toBe('error');
    expect(result.message).toContain('src/add.js');
    expect(existsSync(join(repo.dir, '.droid/pr.md'))).toBe(false);
  });

  it('two runs with the same prompt and no --ticket get branches of their own', async () => {
    const repo = makeRepo({ '.droid.yml': 'version: 1\nengine:\n  use: command\n  command: "echo $RANDOM$$ >> notes.txt"\n', 'a.txt': 'a\n' });
    cleanups.push(repo.cleanup);
    const branches: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { io, out } = captureIo();
      expect(await cli(['run', '--platform', 'local', '--repo', repo.dir, '--prompt', 'write a note', '--json'], io, process.env)).toBe(0);
      branches.push(JSON.parse(out()).branch);
      await new Promise((resolve) => setTimeout(resolve, 1100)); // the default key has seconds in it
    }
    expect(branches[0]).not.toBe(branches[1]);
    expect(repo.git('rev-list', '--count', `main..${branches[1]}`)).toBe('1');
  });

  it('in a repository with no commit yet, says to commit first, once (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'droid-empty-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
    const { io, out, err } = captureIo();
    const code = await cli(['run', '--platform', 'local', '--repo', dir, '--engine', 'fix-commands'], io, process.env);
    expect(code).toBe(2);
    expect(out()).toContain('the repository has no commit yet');
    expect(out()).toContain('commit your files first');
    expect(err()).not.toContain('no commit yet'); // printed once, in the outcome
  });

  it('reports a config error with file, line and column (exit 2)', async () => {
    const repo = makeRepo({ '.droid.yml': 'version: 1\ntests:\n  - name: unit\n    command: npm test\n    timout_seconds: 5\n' });
    cleanups.push(repo.cleanup);
    const { io, out } = captureIo();
    const code = await cli(['run', '--platform', 'local', '--repo', repo.dir, '--ticket', 'X-3', '--prompt', 'x', '--json'], io, process.env);
    expect(code).toBe(2);
    expect(JSON.parse(out()).message).toMatch(/\.droid\.yml:5:5.*timeout_seconds/);
  });
});
