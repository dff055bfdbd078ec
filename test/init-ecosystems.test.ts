/**
 * `droid-ci init` on small repos of each ecosystem, written here file by file: the profiles and fixers it
 * writes, and that `droid-ci validate` accepts the file it wrote.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initCommand } from '../src/commands/init.js';
import { validateCommand } from '../src/commands/validate.js';
import { detectRepo } from '../src/config/detect.js';
import { readConfigFile } from '../src/config/load.js';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function repo(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'droid-init-eco-'));
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

type Expected = { name: string; path: string; command: string; fix?: string };

/** init writes the file, validate accepts it without a warning, and the file holds `expected`. */
async function initAndValidate(dir: string, expected: Expected[]): Promise<string[]> {
  const init = capture();
  expect(await initCommand(['--dir', dir], init.io)).toBe(0);
  expect(init.err).toEqual([]);
  const loaded = await readConfigFile(dir);
  expect(loaded.config.tests.map(({ name, path: p, command, fix }) => ({ name, path: p, command, ...(fix ? { fix } : {}) }))).toEqual(expected);
  const validate = capture();
  expect(await validateCommand(['--dir', dir], validate.io)).toBe(0);
  expect(validate.err).toEqual(expected.length === 0 ? [expect.stringMatching(/^warning: .*no test profiles/)] : []);
  return init.out;
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);

describe('init per ecosystem', () => {
  const cases: Array<{ name: string; files: Record<string, string>; expected: Expected[] }> = [
    {
      name: 'Ruby with rspec and rubocop, through bundler',
      files: { Gemfile: "source 'https://rubygems.org'\ngem 'rspec'\ngem 'rubocop', require: false\n", '.rspec': '--require spec_helper\n', 'spec/user_spec.rb': 'RSpec.describe "x" do; end\n' },
      expected: [{ name: 'ruby', path: '.', command: 'bundle exec rspec', fix: 'bundle exec rubocop -a' }],
    },
    {
      name: 'Ruby with rake and a test folder (minitest)',
      files: { Gemfile: "gem 'minitest'\n", Rakefile: "require 'rake/testtask'\nRake::TestTask.new\ntask default: :test\n", 'test/test_x.rb': '' },
      expected: [{ name: 'ruby', path: '.', command: 'bundle exec rake test' }],
    },
    {
      name: 'PHP with a composer test script and php-cs-fixer',
      files: { 'composer.json': json({ scripts: { test: 'phpunit' }, 'require-dev': { 'phpunit/phpunit': '^11', 'friendsofphp/php-cs-fixer': '^3' } }), 'phpunit.xml.dist': '<phpunit/>' },
      expected: [{ name: 'php', path: '.', command: 'composer test', fix: 'vendor/bin/php-cs-fixer fix' }],
    },
    {
      name: 'PHP with phpunit only, and a Makefile test target that runs docker -it (left out)',
      files: {
        'composer.json': json({ 'require-dev': { 'phpunit/phpunit': '^10' } }),
        Makefile: 'DOCKER_RUN = docker run -it --rm -v $(PWD):/app php:8.3\n\ntest: vendor\n\t$(DOCKER_RUN) vendor/bin/phpunit\n\nvendor:\n\tcomposer install\n',
      },
      expected: [{ name: 'php', path: '.', command: 'vendor/bin/phpunit' }],
    },
    {
      name: 'Deno with a test task in deno.jsonc (comments, trailing commas)',
      files: { 'deno.jsonc': '{\n  // tasks\n  "tasks": {\n    "test": "deno test -A", /* all */\n  },\n}\n', 'mod_test.ts': '' },
      expected: [{ name: 'deno', path: '.', command: 'deno task test', fix: 'deno fmt' }],
    },
    { name: 'Deno without tasks', files: { 'deno.json': '{ "imports": {} }' }, expected: [{ name: 'deno', path: '.', command: 'deno test', fix: 'deno fmt' }] },
    {
      name: 'Nx: one root profile over the projects, eslint and prettier from devDependencies',
      files: {
        'package.json': json({ name: 'acme', workspaces: ['packages/*'], devDependencies: { nx: '19', eslint: '9', prettier: '3' } }),
        'package-lock.json': '{}',
        'nx.json': json({ targetDefaults: { build: { dependsOn: ['^build'] } } }),
        'packages/a/package.json': json({ name: 'a', scripts: { test: 'vitest run' } }),
        'packages/b/package.json': json({ name: 'b', scripts: { test: 'vitest run' } }),
      },
      expected: [{ name: 'node', path: '.', command: 'npx nx run-many -t test', fix: 'npx eslint --fix .; npx prettier --write .' }],
    },
    {
      name: 'Nx with a defaultBase: the projects the change affects',
      files: {
        'package.json': json({ name: 'acme', workspaces: ['packages/*'], devDependencies: { nx: '20' } }),
        'package-lock.json': '{}',
        'nx.json': json({ defaultBase: 'trunk', targetDefaults: { test: { cache: true } } }),
        'packages/a/package.json': json({ name: 'a', scripts: { test: 'vitest run' } }),
      },
      expected: [{ name: 'node', path: '.', command: 'npx nx affected -t test' }],
    },
    {
      name: 'Turborepo with pnpm',
      files: {
        'package.json': json({ name: 'acme', packageManager: 'pnpm@9.1.0', devDependencies: { turbo: '2' } }),
        'pnpm-workspace.yaml': 'packages:\n  - apps/*\n',
        'turbo.json': json({ tasks: { build: {}, test: { dependsOn: ['^build'] } } }),
        'apps/web/package.json': json({ name: 'web', scripts: { test: 'jest' } }),
        'biome.json': '{}',
      },
      expected: [{ name: 'node', path: '.', command: 'pnpm exec turbo run test', fix: 'pnpm exec biome check --write .' }],
    },
    {
      name: 'yarn workspaces without a runner: one profile per package, the root prettier config applies',
      files: {
        'package.json': json({ private: true, workspaces: { packages: ['libs/*'] } }),
        'yarn.lock': '',
        '.prettierrc': '{}',
        'libs/core/package.json': json({ name: '@acme/core', scripts: { test: 'mocha' } }),
        'libs/util/package.json': json({ name: '@acme/util', scripts: { test: 'mocha' }, devDependencies: { eslint: '8' } }),
      },
      expected: [
        { name: 'core', path: 'libs/core', command: 'yarn test', fix: 'yarn prettier --write .' },
        { name: 'util', path: 'libs/util', command: 'yarn test', fix: 'yarn eslint --fix .; yarn prettier --write .' },
      ],
    },
    {
      name: 'Python with uv and ruff (check and format)',
      files: { 'pyproject.toml': '[project]\nname = "x"\n\n[dependency-groups]\ndev = ["pytest>=8", "ruff>=0.6"]\n\n[tool.ruff]\nline-length = 100\n\n[tool.ruff.format]\nquote-style = "double"\n', 'uv.lock': '' },
      expected: [{ name: 'python', path: '.', command: 'uv run pytest', fix: 'uv run ruff check --fix .; uv run ruff format .' }],
    },
    {
      name: 'Python with poetry and black',
      files: { 'pyproject.toml': '[tool.poetry]\nname = "x"\n\n[tool.poetry.group.dev.dependencies]\npytest = "^8"\n\n[tool.black]\nline-length = 88\n', 'tests/test_a.py': '' },
      expected: [{ name: 'python', path: '.', command: 'poetry run pytest', fix: 'black .' }],
    },
    {
      name: 'Python with hatch',
      files: { 'pyproject.toml': '[project]\nname = "x"\n\n[tool.hatch.envs.hatch-test]\nextra-dependencies = ["pytest-mock"]\n', 'tests/test_a.py': '' },
      expected: [{ name: 'python', path: '.', command: 'hatch test' }],
    },
    { name: 'Python with tox', files: { 'tox.ini': '[tox]\nenv_list = py311, py312, lint\n\n[testenv]\ncommands = pytest\n', 'setup.py': '' }, expected: [{ name: 'python', path: '.', command: 'tox -e py' }] },
    {
      name: 'Python with nox and a tests session',
      files: { 'noxfile.py': 'import nox\n\n@nox.session\ndef lint(session):\n    pass\n\n@nox.session(python=["3.12"])\ndef tests(session):\n    session.run("pytest")\n' },
      expected: [{ name: 'python', path: '.', command: 'nox -s tests' }],
    },
    { name: 'Python, plain pytest: no -q, so the counts show', files: { 'pytest.ini': '[pytest]\n', 'ruff.toml': '' }, expected: [{ name: 'python', path: '.', command: 'python -m pytest', fix: 'ruff check --fix .' }] },
    { name: 'Go', files: { 'go.mod': 'module example.com/x\n\ngo 1.22\n' }, expected: [{ name: 'go', path: '.', command: 'go test ./...', fix: 'gofmt -w .' }] },
    {
      name: 'Go workspace: one profile per module of go.work',
      files: { 'go.work': 'go 1.22\n\nuse (\n\t./api\n\t./tools // generators\n)\n', 'api/go.mod': 'module a\n', 'tools/go.mod': 'module t\n', 'old/go.mod': 'module o\n' },
      expected: [
        { name: 'api', path: 'api', command: 'go test ./...', fix: 'gofmt -w .' },
        { name: 'tools', path: 'tools', command: 'go test ./...', fix: 'gofmt -w .' },
      ],
    },
    { name: 'Rust crate', files: { 'Cargo.toml': '[package]\nname = "x"\n' }, expected: [{ name: 'rust', path: '.', command: 'cargo test', fix: 'cargo fmt' }] },
    {
      name: 'Rust workspace with clippy.toml: the members are not profiles of their own',
      files: { 'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n', 'clippy.toml': '', 'crates/a/Cargo.toml': '[package]\nname = "a"\n' },
      expected: [{ name: 'rust', path: '.', command: 'cargo test --workspace', fix: 'cargo clippy --fix --allow-dirty --allow-staged; cargo fmt' }],
    },
    {
      name: 'Maven multi-module with its wrapper and spotless',
      files: {
        'pom.xml': '<project><modules><module>core</module><module>web</module></modules><build><plugins><plugin><artifactId>spotless-maven-plugin</artifactId></plugin></plugins></build></project>',
        mvnw: '#!/bin/sh\n',
        'core/pom.xml': '<project/>',
        'web/pom.xml': '<project/>',
      },
      expected: [{ name: 'maven', path: '.', command: './mvnw -B test', fix: './mvnw -B spotless:apply' }],
    },
    { name: 'Maven without a wrapper', files: { 'pom.xml': '<project/>' }, expected: [{ name: 'maven', path: '.', command: 'mvn -B test' }] },
    {
      name: 'Gradle multi-project (Kotlin DSL) with the wrapper',
      files: { 'settings.gradle.kts': 'include("app", "lib")\n', 'build.gradle.kts': 'plugins { id("com.diffplug.spotless") }\n', gradlew: '#!/bin/sh\n', 'app/build.gradle.kts': '', 'lib/build.gradle': '' },
      expected: [{ name: 'gradle', path: '.', command: './gradlew test', fix: './gradlew spotlessApply' }],
    },
    { name: 'Gradle without the wrapper', files: { 'build.gradle': "apply plugin: 'java'\n" }, expected: [{ name: 'gradle', path: '.', command: 'gradle test' }] },
    {
      name: 'Elixir umbrella: mix test at the root only',
      files: { 'mix.exs': 'defmodule Umbrella.MixProject do\nend\n', 'apps/core/mix.exs': '', 'apps/web/mix.exs': '' },
      expected: [{ name: 'elixir', path: '.', command: 'mix test', fix: 'mix format' }],
    },
    {
      name: 'a Makefile test target next to go.mod: the ecosystem command, once',
      files: { 'go.mod': 'module x\n', Makefile: 'test:\n\tgo test -race ./...\n' },
      expected: [{ name: 'go', path: '.', command: 'go test ./...', fix: 'gofmt -w .' }],
    },
    {
      name: 'a Makefile test target whose prerequisite runs docker compose (left out)',
      files: { Makefile: 'up:\n\tdocker compose up -d db\n\ntest: up\n\t./run-tests\n' },
      expected: [],
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const dir = await repo(c.files);
      await initAndValidate(dir, c.expected);
    });
  }

  it('says which Makefile target it left out and why', async () => {
    const dir = await repo({ 'composer.json': json({ 'require-dev': { 'phpunit/phpunit': '^10' } }), Makefile: 'test:\n\tdocker run -it --rm php:8.3 vendor/bin/phpunit\n' });
    const { notes } = await detectRepo(dir);
    expect(notes).toEqual(['left out `make test` in .: its recipe runs docker (`docker run -it --rm php:8.3 vendor/bin/phpunit`)']);
    const out = await initAndValidate(dir, [{ name: 'php', path: '.', command: 'vendor/bin/phpunit' }]);
    expect(out).toContain('  note: left out `make test` in .: its recipe runs docker (`docker run -it --rm php:8.3 vendor/bin/phpunit`)');
  });

  it('writes the fixers into the file with a comment, and the command line shows them', async () => {
    const dir = await repo({ 'go.mod': 'module x\n' });
    const out = await initAndValidate(dir, [{ name: 'go', path: '.', command: 'go test ./...', fix: 'gofmt -w .' }]);
    const text = await readFile(path.join(dir, '.droid.yml'), 'utf8');
    expect(text).toContain('    fix: gofmt -w .  # the tools this repo uses; run by the fix-commands engine\n');
    expect(text).not.toContain('# fix: <your formatter>');
    expect(text).toContain('# tests_concurrency: 2');
    expect(out).toContain('    fix: gofmt -w .');
  });

  it('no fixer for tools the repo does not use', async () => {
    const dir = await repo({ 'package.json': json({ scripts: { test: 'node --test' } }) });
    await initAndValidate(dir, [{ name: 'node', path: '.', command: 'npm test' }]);
    expect(await readFile(path.join(dir, '.droid.yml'), 'utf8')).toContain('# fix: <your formatter>');
  });
});
