import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initCommand } from '../src/commands/init.js';
import { validateCommand } from '../src/commands/validate.js';
import { detectProfiles } from '../src/config/detect.js';
import { loadConfig, readConfigFile } from '../src/config/load.js';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A repo in a temp dir with these files (path -> content). */
async function repo(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'droid-init-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

const pkg = (scripts: Record<string, string>, extra: Record<string, unknown> = {}): string => JSON.stringify({ name: 'x', scripts, ...extra });
const brief = (profiles: Awaited<ReturnType<typeof detectProfiles>>) => profiles.map(({ name, path: p, command }) => ({ name, path: p, command }));

describe('droid-ci init finds the test commands of a repo', () => {
  const kinds: Array<{ name: string; files: Record<string, string>; expected: Array<{ name: string; path: string; command: string }> }> = [
    { name: 'npm (no lockfile)', files: { 'package.json': pkg({ test: 'vitest run' }) }, expected: [{ name: 'node', path: '.', command: 'npm test' }] },
    {
      name: 'pnpm by its lockfile',
      files: { 'package.json': pkg({ test: 'jest' }), 'pnpm-lock.yaml': 'lockfileVersion: 9\n' },
      expected: [{ name: 'node', path: '.', command: 'pnpm test' }],
    },
    { name: 'yarn by its lockfile', files: { 'package.json': pkg({ test: 'mocha' }), 'yarn.lock': '' }, expected: [{ name: 'node', path: '.', command: 'yarn test' }] },
    { name: 'the npm init placeholder is not a test command', files: { 'package.json': pkg({ test: 'echo "Error: no test specified" && exit 1' }) }, expected: [] },
    { name: 'pytest from pyproject', files: { 'pyproject.toml': '[project]\nname = "x"\n\n[tool.pytest.ini_options]\naddopts = "-q"\n' }, expected: [{ name: 'python', path: '.', command: 'python -m pytest' }] },
    { name: 'pytest from a tests folder, run by uv', files: { 'tests/test_api.py': 'def test_x(): pass\n', 'uv.lock': '' }, expected: [{ name: 'python', path: '.', command: 'uv run pytest' }] },
    { name: 'go', files: { 'go.mod': 'module example.com/x\n\ngo 1.22\n' }, expected: [{ name: 'go', path: '.', command: 'go test ./...' }] },
    { name: 'cargo', files: { 'Cargo.toml': '[package]\nname = "x"\n' }, expected: [{ name: 'rust', path: '.', command: 'cargo test' }] },
    { name: 'maven with its wrapper', files: { 'pom.xml': '<project/>', mvnw: '#!/bin/sh\n' }, expected: [{ name: 'maven', path: '.', command: './mvnw -B test' }] },
    { name: 'gradle with its wrapper', files: { 'build.gradle.kts': '', gradlew: '#!/bin/sh\n' }, expected: [{ name: 'gradle', path: '.', command: './gradlew test' }] },
    { name: 'make with a test target', files: { Makefile: 'build:\n\tcc x.c\n\ntest: build\n\t./run-tests\n' }, expected: [{ name: 'make', path: '.', command: 'make test' }] },
    { name: 'a Makefile without a test target', files: { Makefile: 'TEST:=1\nbuild:\n\tcc x.c\n' }, expected: [] },
    {
      name: 'npm workspaces: one profile per package with a test script',
      files: {
        'package.json': pkg({ test: 'npm test --workspaces' }, { workspaces: ['packages/*', 'apps/*'] }),
        'package-lock.json': '{}',
        'packages/core/package.json': JSON.stringify({ name: '@acme/core', scripts: { test: 'vitest run' } }),
        'packages/docs/package.json': JSON.stringify({ name: '@acme/docs', scripts: { build: 'x' } }),
        'apps/web/package.json': JSON.stringify({ name: 'web', scripts: { test: 'jest' } }),
        'apps/web/node_modules/dep/package.json': JSON.stringify({ name: 'dep', scripts: { test: 'x' } }),
      },
      expected: [
        { name: 'web', path: 'apps/web', command: 'npm test' },
        { name: 'core', path: 'packages/core', command: 'npm test' },
      ],
    },
    {
      name: 'pnpm workspace file, with an exclusion',
      files: {
        'package.json': pkg({}),
        'pnpm-workspace.yaml': "packages:\n  - 'packages/**'\n  - '!packages/legacy'\n",
        'pnpm-lock.yaml': '',
        'packages/a/package.json': JSON.stringify({ name: 'a', scripts: { test: 'vitest' } }),
        'packages/nested/b/package.json': JSON.stringify({ name: 'b', scripts: { test: 'vitest' } }),
        'packages/legacy/package.json': JSON.stringify({ name: 'legacy', scripts: { test: 'mocha' } }),
      },
      expected: [
        { name: 'a', path: 'packages/a', command: 'pnpm test' },
        { name: 'b', path: 'packages/nested/b', command: 'pnpm test' },
      ],
    },
    {
      name: 'a mixed monorepo like the PRODUCT example',
      files: {
        'services/api/pyproject.toml': '[tool.pytest.ini_options]\n',
        'services/worker/go.mod': 'module w\n',
        'apps/web/package.json': pkg({ test: 'jest' }),
        'apps/web/yarn.lock': '',
      },
      expected: [
        { name: 'web', path: 'apps/web', command: 'yarn test' },
        { name: 'api', path: 'services/api', command: 'python -m pytest' },
        { name: 'worker', path: 'services/worker', command: 'go test ./...' },
      ],
    },
    { name: 'nothing to find', files: { 'README.md': '# hi\n' }, expected: [] },
  ];

  for (const kind of kinds) {
    it(kind.name, async () => {
      const dir = await repo(kind.files);
      expect(brief(await detectProfiles(dir))).toEqual(kind.expected);
      const { io, err } = capture();
      expect(await initCommand(['--dir', dir], io)).toBe(0);
      expect(err).toEqual([]);
      // the written file validates and holds exactly the detected profiles
      const loaded = await readConfigFile(dir);
      expect(loaded.found).toBe(true);
      expect(brief(loaded.config.tests)).toEqual(kind.expected);
    });
  }

  it('a root profile and a nested one of the same kind: only the root one', async () => {
    const dir = await repo({ 'go.mod': 'module a\n', 'tools/gen/go.mod': 'module b\n', 'pytest.ini': '[pytest]\n', 'tests/conftest.py': '' });
    expect(brief(await detectProfiles(dir))).toEqual([
      { name: 'python', path: '.', command: 'python -m pytest' },
      { name: 'go', path: '.', command: 'go test ./...' },
    ]);
  });

  it('skips folders with names that do not belong in a config file', async () => {
    const dir = await repo({ 'we"ird\\name/go.mod': 'module a\n', 'line\nbreak/Cargo.toml': '', 'ok dir/go.mod': 'module b\n' });
    expect(brief(await detectProfiles(dir))).toEqual([{ name: 'ok-dir', path: 'ok dir', command: 'go test ./...' }]);
    expect(await initCommand(['--dir', dir], capture().io)).toBe(0);
    expect(brief((await readConfigFile(dir)).config.tests)).toEqual([{ name: 'ok-dir', path: 'ok dir', command: 'go test ./...' }]);
  });

  it('the written file has the schema comment, explains itself and is what --print shows', async () => {
    const dir = await repo({ 'package.json': pkg({ test: 'vitest run' }) });
    const printed = capture();
    expect(await initCommand(['--dir', dir, '--print'], printed.io)).toBe(0);
    await expect(readFile(path.join(dir, '.droid.yml'), 'utf8')).rejects.toThrow(/ENOENT/);
    const written = capture();
    expect(await initCommand(['--dir', dir], written.io)).toBe(0);
    const text = await readFile(path.join(dir, '.droid.yml'), 'utf8');
    expect(printed.out).toEqual([text]);
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=https://raw.githubusercontent.com/factory/droid/v1/schema/droid.schema.json');
    expect(text).toContain('  - name: node  # found: package.json test script (no lockfile)');
    expect(written.out[0]).toBe(`wrote ${path.relative(process.cwd(), path.join(dir, '.droid.yml'))}`);
    expect(written.out).toContain('  node: npm test (in .; found package.json test script (no lockfile))');
  });

  it('refuses to overwrite an existing .droid.yml without --force', async () => {
    const dir = await repo({ '.droid.yml': 'version: 1\n# mine\n', 'go.mod': 'module a\n' });
    const { io, err } = capture();
    expect(await initCommand(['--dir', dir], io)).toBe(2);
    expect(err.join('\n')).toContain('.droid.yml already exists in');
    expect(err.join('\n')).toContain('use --force to replace it, or --print to see the proposal');
    expect(await readFile(path.join(dir, '.droid.yml'), 'utf8')).toBe('version: 1\n# mine\n');
    expect(await initCommand(['--dir', dir, '--force'], capture().io)).toBe(0);
    expect((await readConfigFile(dir)).config.tests[0]?.command).toBe('go test ./...');
  });

  it('with --force, replaces a symlinked .droid.yml instead of writing through it', async () => {
    const dir = await repo({ 'go.mod': 'module a\n' });
    const elsewhere = await repo({ 'victim.txt': 'keep me\n' });
    await symlink(path.join(elsewhere, 'victim.txt'), path.join(dir, '.droid.yml'));
    expect(await initCommand(['--dir', dir, '--force'], capture().io)).toBe(0);
    expect(await readFile(path.join(elsewhere, 'victim.txt'), 'utf8')).toBe('keep me\n');
    expect((await readConfigFile(dir)).found).toBe(true);
  });

  it('with nothing found, writes a valid file with an example to fill in', async () => {
    const dir = await repo({});
    const { io, out } = capture();
    expect(await initCommand(['--dir', dir], io)).toBe(0);
    expect(out).toContain('no test command found: add one under `tests:` (see the example in the file)');
    const text = await readFile(path.join(dir, '.droid.yml'), 'utf8');
    expect(text).toContain('tests: []\n# No test command was found. Add your own, for example:');
    expect(loadConfig({ text, file: '.droid.yml' }).tests).toEqual([]);
  });

  it('a bad option or a missing folder is a usage error', async () => {
    const bad = capture();
    expect(await initCommand(['--frce'], bad.io)).toBe(2);
    expect(bad.err[0]).toMatch(/^droid-ci init: Unknown option '--frce'/);
    const missing = capture();
    expect(await initCommand(['--dir', path.join(tmpdir(), 'droid-no-such-dir-xyz')], missing.io)).toBe(2);
    expect(missing.err[0]).toMatch(/not a directory$/);
  });
});

describe('droid-ci validate', () => {
  it('says valid and exits 0 for a good file', async () => {
    const dir = await repo({ '.droid.yml': 'version: 1\ntests:\n  - name: unit\n    command: npm test\n' });
    const { io, out, err } = capture();
    expect(await validateCommand([], io, dir)).toBe(0);
    expect(out).toEqual(['.droid.yml is valid: 1 test profile (unit); engine droid, up to 3 iterations']);
    expect(err).toEqual([]);
  });

  it('prints every problem and exits 2 for a bad file', async () => {
    const dir = await repo({ 'ci/droid.yml': 'version: 1\ntests:\n  - name: unit\n    comand: npm test\n' });
    const { io, out, err } = capture();
    expect(await validateCommand(['--config', 'ci/droid.yml'], io, dir)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toBe(
      [
        'ci/droid.yml is not valid (1 problem):',
        '  unknown key `comand` in tests[0] at ci/droid.yml:4:5, did you mean `command`?',
        '  hint: fix ci/droid.yml and check it with `droid-ci validate`; the JSON Schema (schema/droid.schema.json) gives completion in editors',
      ].join('\n'),
    );
  });

  it('a profile path that is not a folder of the repo is a problem too', async () => {
    const dir = await repo({
      '.droid.yml': 'version: 1\ntests:\n  - name: api\n    path: services/apii\n    command: pytest\n  - name: web\n    path: apps/web\n    command: npm test\n',
      'services/api/pyproject.toml': '',
      'apps/web/package.json': '{}',
    });
    const { io, err } = capture();
    expect(await validateCommand([], io, dir)).toBe(2);
    expect(err.join('\n')).toContain(
      '.droid.yml is not valid (1 problem):\n  `tests[0].path` at .droid.yml:4:11: `services/apii` is not a folder in this repo (check the spelling, or create it)',
    );
  });

  it('--json gives the problems with their positions', async () => {
    const dir = await repo({ '.droid.yml': 'version: 1\nengine:\n  max_iterations: 0\n' });
    const { io, out } = capture();
    expect(await validateCommand(['--json'], io, dir)).toBe(2);
    expect(JSON.parse(out.join(''))).toEqual({
      valid: false,
      found: true,
      file: '.droid.yml',
      problems: [{ file: '.droid.yml', line: 3, column: 19, message: '`engine.max_iterations` at .droid.yml:3:19: must be between 1 and 10' }],
    });
  });

  it('no file: the defaults apply (exit 0); a --config that does not exist is an error (exit 2)', async () => {
    const dir = await repo({});
    const none = capture();
    expect(await validateCommand([], none.io, dir)).toBe(0);
    expect(none.out).toEqual(['no .droid.yml here: the defaults apply (no test profiles). Run `droid-ci init` to write one.']);
    const missing = capture();
    expect(await validateCommand(['--dir', dir, '--config', 'nope.yml'], missing.io)).toBe(2);
    expect(missing.err.join('\n')).toContain('no config file at nope.yml');
  });

  it('a --dir that does not exist is a usage error, not "the defaults apply"', async () => {
    const dir = await repo({});
    const { io, out, err } = capture();
    expect(await validateCommand(['--dir', path.join(dir, 'no-such-folder')], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain('no-such-folder: not a directory');
  });

  it('a file with no test profiles is valid but warned about', async () => {
    const dir = await repo({ '.droid.yml': 'version: 1\n' });
    const { io, out, err } = capture();
    expect(await validateCommand([], io, dir)).toBe(0);
    expect(out).toEqual(['.droid.yml is valid: no test profiles; engine droid, up to 3 iterations']);
    expect(err.join('\n')).toMatch(/^warning: \.droid\.yml has no test profiles: the droid cannot check its edits/);
  });

  it('an unknown option is a usage error', async () => {
    const { io, err } = capture();
    expect(await validateCommand(['--jsn'], io)).toBe(2);
    expect(err[0]).toMatch(/^droid-ci validate: Unknown option '--jsn'/);
  });
});
