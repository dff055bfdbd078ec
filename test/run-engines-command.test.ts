/**
 * Engine behaviours the loop must absorb, shown with the `command` engine (a script standing in for an
 * agent CLI) through `droid-ci run --platform local`: an engine that commits on its own, and an engine
 * that edits and then fails.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../src/entry/cli.js';
import { splitEngineArgs } from '../src/engine/args.js';
import { captureIo, makeRepo } from './support/repo.js';

const ADD_JS = 'export function add(a, b) {\n  return a - b;\n}\n';
const ADD_TEST = `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add } from '../src/add.js';

test('adds two numbers', () => {
  assert.equal(add(2, 3), 5);
});
`;

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function setup(script: string, engineExtra = '', commandSuffix = '') {
  const tools = mkdtempSync(join(tmpdir(), 'droid-engine-'));
  cleanups.push(() => rmSync(tools, { recursive: true, force: true }));
  writeFileSync(join(tools, 'engine.sh'), script);
  chmodSync(tools, 0o777); // the engine runs as the sandbox account (PRODUCT.md §10) and keeps a marker here
  const repo = makeRepo({
    'package.json': '{ "type": "module" }\n',
    'src/add.js': ADD_JS,
    'test/add.test.js': ADD_TEST,
    '.droid.yml': `version: 1
tests:
  - name: unit
    path: .
    command: node --test
    timeout_seconds: 60
engine:
  use: command
  command: sh ${join(tools, 'engine.sh')}${commandSuffix}
  max_iterations: 2
${engineExtra}`,
  });
  cleanups.push(repo.cleanup);
  return repo;
}

async function runLocal(dir: string, env: NodeJS.ProcessEnv = {}, extra: string[] = []) {
  const { io, out, err } = captureIo();
  const code = await cli(['run', '--platform', 'local', '--repo', dir, '--ticket', 'CALC-9', '--prompt', 'make add() add', '--json', ...extra], io, {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DROID_ACTOR: 'alice',
    ...env,
  });
  return { code, result: JSON.parse(out()) as Record<string, unknown> & { conclusion: string; message: string; branch: string | null; commit: string | null }, stderr: err() };
}

describe('an engine that commits on its own', () => {
  it('has its commits folded into the droid\'s one commit, which carries the trailers', async () => {
    // like droid with --auto high: fixes the file and commits it, with its own message and identity
    const repo = setup(`set -e
sed -i 's/a - b/a + b/' src/add.js
echo '// engine note' > NOTES.md
git -c user.name=agent -c user.email=agent@example.com add -A
git -c user.name=agent -c user.email=agent@example.com commit -q -m 'agent: fix add'
echo 'Fixed add() and committed it.'
`);
    const before = repo.git('rev-parse', 'main');
    const { code, result } = await runLocal(repo.dir);
    expect(result.message).not.toMatch(/error/i);
    expect(code).toBe(0);
    expect(result.conclusion).toBe('pr-opened');
    const branch = result.branch!;
    expect(repo.git('rev-list', '--count', `main..${branch}`)).toBe('1');
    const log = repo.git('log', '--format=%an|%s', `main..${branch}`);
    expect(log).toMatch(/^droid\[bot\]\|\[Droid\] CALC-9: make add\(\) add$/);
    const message = repo.git('show', '-s', '--format=%B', branch);
    expect(message).toContain('Fixed add() and committed it.');
    expect(message).toContain('Droid-Ticket: CALC-9');
    expect(message).toContain('Co-authored-by: alice');
    expect(message).toMatch(/Droid-Run: local-/);
    expect(repo.git('diff', '--name-only', `main..${branch}`).split('\n').sort()).toEqual(['NOTES.md', 'src/add.js']);
    expect(repo.git('show', `${branch}:src/add.js`)).toContain('a + b');
    // the engine's own commit is on no branch; main did not move; the user is back on it, clean
    expect(repo.git('log', '--all', '--format=%s')).not.toContain('agent: fix add');
    expect(repo.git('rev-parse', 'main')).toBe(before);
    expect(repo.git('branch', '--show-current')).toBe('main');
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(readFileSync(join(repo.dir, '.droid/pr.md'), 'utf8')).toContain('`NOTES.md` (+1 / −0)');
  });
});

describe('an engine that edits and then fails', () => {
  it('keeps its unfinished work as a patch, leaves the user on a clean main, and the next run starts afresh', async () => {
    // first call: a wrong edit, a new file, then a crash; later calls: the right fix
    const repo = setup(`if [ ! -f "$0.ran" ]; then
  touch "$0.ran"
  sed -i 's/a - b/a * b/' src/add.js
  echo scratch > notes.txt
  git -c user.name=agent -c user.email=agent@example.com commit -qam 'agent: half done'
  echo 'out of tokens' >&2
  exit 3
fi
sed -i 's/a - b/a + b/' src/add.js
echo 'Fixed add().'
`);
    const before = repo.git('rev-parse', 'main');
    const first = await runLocal(repo.dir);
    expect(first.code).toBe(1);
    expect(first.result.conclusion).toBe('error');
    expect(first.result.message).toMatch(/^engine\.command exited with code 3\. Its last output:\n(.|\n)*out of tokens/);
    const patch = join(repo.dir, '.droid/unfinished-droid-CALC-9-make-add-add.patch');
    expect(first.result.message).toContain(`The engine's unfinished changes are kept in ${patch}`);
    expect(first.result.patch_file).toBe(patch);
    // nothing followed the user to main; the droid branch it made is gone; the work is in the patch
    expect(repo.git('branch', '--show-current')).toBe('main');
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(repo.git('rev-parse', 'main')).toBe(before);
    expect(repo.git('branch', '--list', 'droid/*')).toBe('');
    const text = readFileSync(patch, 'utf8');
    expect(text).toContain('+  return a * b;');
    expect(text).toContain('+++ b/notes.txt');
    repo.git('apply', '--check', patch);
    const audit = readFileSync(join(repo.dir, '.droid/audit.jsonl'), 'utf8');
    expect(audit).toContain('"action":"work.set-aside"');

    const second = await runLocal(repo.dir);
    expect(second.result.conclusion).toBe('pr-opened');
    expect(repo.git('show', `${second.result.branch}:src/add.js`)).toContain('a + b');
    expect(repo.git('ls-tree', '--name-only', second.result.branch!)).not.toContain('notes.txt');
  });
});

describe('engine_args', () => {
  it('reach the engine as separate arguments, given as `--engine-args "--model x"` (the GitLab template\'s form)', async () => {
    const repo = setup(`printf '%s\\n' "$@" > args.txt
sed -i 's/a - b/a + b/' src/add.js
echo 'Fixed.'
`, '', ' "$@"');
    const { result } = await runLocal(repo.dir, {}, ['--engine-args', '--model team-coder --allowedTools "Bash(npm test)" $HOME']);
    expect(result.message).not.toMatch(/ambiguous/);
    expect(result.conclusion).toBe('pr-opened');
    // quotes group words; nothing is expanded
    expect(repo.git('show', `${result.branch}:args.txt`)).toBe('--model\nteam-coder\n--allowedTools\nBash(npm test)\n$HOME');
  });

  it('are split like shell words without a shell', () => {
    expect(splitEngineArgs('')).toEqual([]);
    expect(splitEngineArgs('  --model   x  ')).toEqual(['--model', 'x']);
    expect(splitEngineArgs(`--allowedTools "Bash(npm test)" 'Edit(src/**)'`)).toEqual(['--allowedTools', 'Bash(npm test)', 'Edit(src/**)']);
    expect(splitEngineArgs(`--append-system-prompt "say \\"hi\\"" a\\ b --x=""`)).toEqual(['--append-system-prompt', 'say "hi"', 'a b', '--x=']);
    expect(splitEngineArgs('$(rm -rf /) `id` ; echo')).toEqual(['$(rm', '-rf', '/)', '`id`', ';', 'echo']);
    expect(() => splitEngineArgs('--allowedTools "Bash(npm test)')).toThrow(/unterminated double quote/);
  });

  it('with an unterminated quote: a usage error (exit 2) before anything runs', async () => {
    const repo = setup('echo never > ran.txt');
    const { io, err } = captureIo();
    const code = await cli(['run', '--platform', 'local', '--repo', repo.dir, '--prompt', 'x', '--engine-args', "--model 'x"], io, { PATH: process.env.PATH });
    expect(code).toBe(2);
    expect(err()).toContain('engine_args has an unterminated single quote');
    expect(err()).not.toMatch(/\n\s+at /);
    expect(repo.git('branch', '--list', 'droid/*')).toBe('');
    expect(repo.git('status', '--porcelain')).toBe('');
  });
});
