/**
 * `droid-ci init` reads what the repo's own CI runs: GitHub workflow `run:` lines and `.gitlab-ci.yml`
 * `script:` lines are the strongest hint for the test command and the build step before it. The
 * workflows below follow the shapes of real projects' CI (setup actions, matrices, multi-line scripts,
 * `working-directory`, GitLab `extends`/anchors/`!reference`).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
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
  const dir = await mkdtemp(path.join(tmpdir(), 'droid-init-ci-'));
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
const brief = (tests: Array<{ name: string; path: string; command: string; fix?: string | undefined }>): Expected[] =>
  tests.map(({ name, path: p, command, fix }) => ({ name, path: p, command, ...(fix ? { fix } : {}) }));

async function initAndValidate(dir: string, expected: Expected[]): Promise<void> {
  expect(brief((await detectRepo(dir)).profiles.map((d) => d.profile))).toEqual(expected);
  const init = capture();
  expect(await initCommand(['--dir', dir], init.io)).toBe(0);
  expect(init.err).toEqual([]);
  expect(brief((await readConfigFile(dir)).config.tests)).toEqual(expected);
  const validate = capture();
  expect(await validateCommand(['--dir', dir], validate.io)).toBe(0);
  expect(validate.err).toEqual([]);
}

const json = (value: unknown): string => JSON.stringify(value);

const NODE_CI = `name: CI
on:
  push:
    branches: [main]
  pull_request:
jobs:
  test:
    runs-on: \${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest]
        node: [20, 22]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: \${{ matrix.node }}
          cache: npm
      - run: npm ci
      - name: Build
        run: npm run build
      - name: Test
        run: npm test -- --coverage
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci
      - run: npm run lint
`;

describe('init takes the test command from the CI workflows', () => {
  it('a Node project: the build step CI runs before the tests is part of the command', async () => {
    const dir = await repo({
      '.github/workflows/ci.yml': NODE_CI,
      'package.json': json({ scripts: { build: 'tsc', test: 'vitest run', lint: 'eslint .' }, devDependencies: { eslint: '9' } }),
      'package-lock.json': '{}',
    });
    await initAndValidate(dir, [{ name: 'node', path: '.', command: 'npm run build && npm test -- --coverage', fix: 'npx eslint --fix .' }]);
    const { profiles } = await detectRepo(dir);
    expect(profiles[0]?.reason).toBe('CI runs it (.github/workflows/ci.yml job test, with the build step before it)');
  });

  it('a Rust project with a multi-line run script and clippy in CI', async () => {
    const dir = await repo({
      '.github/workflows/rust.yml': `on: [push, pull_request]
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: dtolnay/rust-toolchain@stable
        with:
          components: clippy, rustfmt
      - run: cargo fmt --all -- --check
      - run: cargo clippy --all-targets -- -D warnings
      - name: Build and test
        run: |
          cargo build --verbose
          cargo test --all-features \\
            --verbose
`,
      'Cargo.toml': '[package]\nname = "x"\n',
    });
    await initAndValidate(dir, [
      { name: 'rust', path: '.', command: 'cargo build --verbose && cargo test --all-features --verbose', fix: 'cargo clippy --fix --allow-dirty --allow-staged; cargo fmt' },
    ]);
  });

  it('Python with uv: the command CI runs, and ruff the way CI runs it', async () => {
    const dir = await repo({
      '.github/workflows/test.yml': `name: test
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: astral-sh/setup-uv@v5
      - name: Install the project
        run: uv sync --all-extras --dev
      - name: Ruff
        run: |
          uv run ruff check --output-format=github .
          uv run ruff format --check .
      - name: pytest
        run: uv run coverage run -m pytest tests
`,
      'pyproject.toml': '[project]\nname = "x"\n[tool.pytest.ini_options]\n',
      'uv.lock': '',
    });
    await initAndValidate(dir, [{ name: 'python', path: '.', command: 'uv run coverage run -m pytest tests', fix: 'uv run ruff check --fix .; uv run ruff format .' }]);
  });

  it('working-directory (job defaults and step) gives the profile its folder; a matrix-only line is left out with a note', async () => {
    const dir = await repo({
      '.github/workflows/ci.yml': `jobs:
  api:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: ./services/api
    steps:
      - uses: actions/checkout@v4
      - run: pip install -e '.[test]'
      - run: pytest -x --cov=\${{ matrix.package }}
      - run: python -m pytest -p no:cacheprovider
  web:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pnpm install --frozen-lockfile
        working-directory: apps/web
      - run: pnpm build
        working-directory: apps/web
      - run: pnpm test
        working-directory: apps/web
      - run: pnpm run test:e2e
        working-directory: apps/web
`,
      'services/api/pyproject.toml': '[tool.pytest.ini_options]\n',
      'apps/web/package.json': json({ scripts: { build: 'vite build', test: 'vitest' } }),
      'apps/web/pnpm-lock.yaml': '',
    });
    await initAndValidate(dir, [
      { name: 'web', path: 'apps/web', command: 'pnpm build && pnpm test' },
      { name: 'api', path: 'services/api', command: 'python -m pytest -p no:cacheprovider' },
    ]);
    const { notes } = await detectRepo(dir);
    expect(notes).toContain('left out `pytest -x --cov=${{ matrix.package }}` (.github/workflows/ci.yml job api): it uses a workflow expression (${{ }})');
    expect(notes).toContain('left out `pnpm run test:e2e` (.github/workflows/ci.yml job web): it looks like an end-to-end or integration suite');
  });

  it('`cd dir && cmd` in a run script sets the folder', async () => {
    const dir = await repo({
      '.github/workflows/ci.yml': 'jobs:\n  go:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          cd backend\n          go vet ./...\n          go test -race -count=1 ./...\n',
      'backend/go.mod': 'module b\n',
    });
    await initAndValidate(dir, [{ name: 'backend', path: 'backend', command: 'go test -race -count=1 ./...', fix: 'gofmt -w .' }]);
  });

  it('a CI `make test` replaces the ecosystem guesses of its folder; a CI goimports check picks the goimports fixer', async () => {
    const dir = await repo({
      '.github/workflows/ci.yml': 'jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go install golang.org/x/tools/cmd/goimports@latest\n      - run: test -z "$(goimports -l .)"\n      - run: make test\n',
      'go.mod': 'module x\n',
      Makefile: 'generate:\n\tgo generate ./...\n\ntest: generate\n\tgo test ./...\n',
    });
    await initAndValidate(dir, [{ name: 'make', path: '.', command: 'make test', fix: 'goimports -w .' }]);
  });

  it('a CI `make test` whose recipe runs docker is left out: the manifest command stays', async () => {
    const dir = await repo({
      '.github/workflows/ci.yml': 'jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n',
      'composer.json': json({ 'require-dev': { 'phpunit/phpunit': '^10' } }),
      Makefile: 'test:\n\tdocker compose run --rm app vendor/bin/phpunit\n',
    });
    await initAndValidate(dir, [{ name: 'php', path: '.', command: 'vendor/bin/phpunit' }]);
    expect((await detectRepo(dir)).notes).toContain('left out `make test` (.github/workflows/ci.yml job test): its recipe runs docker (`docker compose run --rm app vendor/bin/phpunit`)');
  });

  it('a root CI command covers the workspace packages (CI runs them all at once)', async () => {
    const dir = await repo({
      '.github/workflows/ci.yml': 'jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pnpm install\n      - run: pnpm -r build\n      - run: pnpm -r test\n',
      'package.json': json({ private: true }),
      'pnpm-workspace.yaml': 'packages: [packages/*]\n',
      'pnpm-lock.yaml': '',
      'packages/a/package.json': json({ name: 'a', scripts: { test: 'vitest' } }),
      'packages/b/package.json': json({ name: 'b', scripts: { test: 'vitest' } }),
    });
    await initAndValidate(dir, [{ name: 'node', path: '.', command: 'pnpm -r build && pnpm -r test' }]);
  });

  it("Nx: CI's `nx affected` line (nx-set-shas gives it the base) is the profile, over the nx.json guess", async () => {
    const dir = await repo({
      '.github/workflows/ci.yml':
        'jobs:\n  main:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with: { fetch-depth: 0 }\n      - uses: nrwl/nx-set-shas@v4\n      - run: npm ci\n      - run: npx nx affected -t lint test build\n',
      'package.json': json({ private: true, workspaces: ['packages/*'], devDependencies: { nx: '20' } }),
      'package-lock.json': '{}',
      'nx.json': json({ targetDefaults: { test: { cache: true } } }),
      'packages/a/package.json': json({ name: 'a', scripts: { test: 'vitest run' } }),
    });
    await initAndValidate(dir, [{ name: 'node', path: '.', command: 'npx nx affected -t lint test build' }]);
  });

  it('a release workflow does not override the test workflow; broken YAML and docker steps are skipped', async () => {
    const dir = await repo({
      '.github/workflows/release.yml': 'jobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - run: cargo test --release\n      - run: cargo publish\n',
      '.github/workflows/tests.yml': 'jobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker run --rm -v .:/src rust cargo test\n      - run: cargo nextest run --workspace\n',
      '.github/workflows/broken.yml': 'jobs: [\n  - run: {{\n',
      'Cargo.toml': '[workspace]\nmembers = []\n',
    });
    await initAndValidate(dir, [{ name: 'rust', path: '.', command: 'cargo nextest run --workspace', fix: 'cargo fmt' }]);
  });

  it("the repo's own test script (`scripts/test`) is what CI runs; a side script (`ci/test-complete`) does not replace cargo test", async () => {
    const httpxLike = await repo({
      '.github/workflows/test-suite.yml': 'jobs:\n  tests:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "scripts/install"\n      - run: "scripts/check"\n      - run: "scripts/test"\n',
      'scripts/test': '#!/bin/sh -e\npytest "$@"\n',
      'pyproject.toml': '[tool.pytest.ini_options]\n[tool.ruff]\n',
    });
    await initAndValidate(httpxLike, [{ name: 'script', path: '.', command: 'scripts/test', fix: 'ruff check --fix .' }]);
    const ripgrepLike = await repo({
      '.github/workflows/ci.yml': 'jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${{ env.CARGO }} test --verbose --workspace ${{ env.TARGET_FLAGS }}\n      - run: ci/test-complete\n      - run: ci/test-missing.sh\n',
      'ci/test-complete': '#!/usr/bin/env zsh\n',
      'Cargo.toml': '[workspace]\n',
    });
    await initAndValidate(ripgrepLike, [{ name: 'rust', path: '.', command: 'cargo test --workspace', fix: 'cargo fmt' }]);
    const scriptOnly = await repo({ '.github/workflows/ci.yml': 'jobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: bash ci/run-integration-tests.sh\n      - run: ./ci/unit-test.sh --fast\n', 'ci/unit-test.sh': '' });
    await initAndValidate(scriptOnly, [{ name: 'script', path: '.', command: './ci/unit-test.sh --fast' }]);
  });

  it('a folder named spec without *_spec.rb files is not RSpec (a Go package, say)', async () => {
    const dir = await repo({ 'go.mod': 'module r\n', 'common/spec/inputs.go': 'package spec\n', 'common/spec/inputs_test.go': 'package spec\n' });
    await initAndValidate(dir, [{ name: 'go', path: '.', command: 'go test ./...', fix: 'gofmt -w .' }]);
  });

  it('a test line that sets a secret-looking variable is not copied into .droid.yml, nor its value shown', async () => {
    const dir = await repo({
      '.github/workflows/ci.yml': 'jobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: API_TOKEN=hunter2-literal go test ./...\n',
      'go.mod': 'module x\n',
    });
    await initAndValidate(dir, [{ name: 'go', path: '.', command: 'go test ./...', fix: 'gofmt -w .' }]);
    const { notes } = await detectRepo(dir);
    expect(notes).toEqual(['left out `go test ./...` (.github/workflows/ci.yml job t): it sets a secret-looking variable']);
    expect(JSON.stringify(notes)).not.toContain('hunter2');
  });

  it('a step that may fail, and a line that is a CI variable, are not used', async () => {
    const dir = await repo({
      '.github/workflows/ci.yml': 'jobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run test:flaky\n        continue-on-error: true\n      - run: npm test -- --shard=$SHARD\n',
      'package.json': json({ scripts: { test: 'jest' } }),
    });
    await initAndValidate(dir, [{ name: 'node', path: '.', command: 'npm test' }]);
  });
});

describe('init takes the test command from .gitlab-ci.yml', () => {
  it('extends, default before_script, and a cd in before_script carrying into script', async () => {
    const dir = await repo({
      '.gitlab-ci.yml': `default:
  image: ruby:3.3
  before_script:
    - bundle install -j $(nproc)

.rspec:
  cache:
    paths: [vendor/gems/payments/vendor/ruby]
  before_script:
    - cd vendor/gems/payments
    - gem install bundler --no-document
    - bundle install
  script:
    - bundle exec rspec

rspec-3.2:
  image: ruby:3.2
  extends: .rspec

rubocop:
  script:
    - bundle exec rubocop

deploy:
  stage: deploy
  script:
    - bundle exec rake build
`,
      'vendor/gems/payments/Gemfile': "gem 'rspec'\n",
      'vendor/gems/payments/.rspec': '',
      Gemfile: "gem 'rubocop'\n",
      '.rubocop.yml': '',
    });
    // vendor/ is never searched by the manifests, but CI says the tests live there
    await initAndValidate(dir, [{ name: 'payments', path: 'vendor/gems/payments', command: 'bundle exec rspec', fix: 'bundle exec rubocop -a' }]);
  });

  it('anchors, nested script lists and !reference are resolved; the build step comes along', async () => {
    const dir = await repo({
      '.gitlab-ci.yml': `stages: [build, test]
variables:
  GRADLE_OPTS: "-Dorg.gradle.daemon=false"

.gradle_setup: &gradle_setup
  - chmod +x gradlew
  - ./gradlew --version

.build:
  script:
    - ./gradlew assemble

test:
  stage: test
  before_script:
    - *gradle_setup
  script:
    - !reference [.build, script]
    - ./gradlew test --stacktrace
  artifacts:
    reports:
      junit: build/test-results/test/**/TEST-*.xml
`,
      'settings.gradle': "rootProject.name = 'x'\n",
      gradlew: '#!/bin/sh\n',
    });
    await initAndValidate(dir, [{ name: 'gradle', path: '.', command: './gradlew assemble && ./gradlew test --stacktrace' }]);
  });

  it('jobs built from an anchor (`<<: *build_and_test`) count; `npm install-test` becomes `npm test`', async () => {
    const dir = await repo({
      '.gitlab-ci.yml': `image: alpine:latest
stages: [test, package]

.build_and_test: &build_and_test
  stage: test
  services:
    - name: selenium/standalone-firefox
      alias: firefox
  variables:
    WEBDRIVER_HOST_FIREFOX: firefox:4444
  script:
    - npm install-test

node:20:
  <<: *build_and_test
  image: node:20

node:22:
  <<: *build_and_test
  image: node:22

pages:
  stage: package
  script:
    - mv web public
`,
      'package.json': json({ scripts: { test: 'lean-test --parallel' } }),
      'package-lock.json': '{}',
    });
    await initAndValidate(dir, [{ name: 'node', path: '.', command: 'npm test' }]);
    expect((await detectRepo(dir)).profiles[0]?.reason).toBe('CI runs it (.gitlab-ci.yml job node:20)');
  });

  it('a before_script that activates a venv and a test line with command substitution: the usable pytest line wins', async () => {
    const dir = await repo({
      '.gitlab-ci.yml': `test_unit:
  image: python:3.12-slim
  before_script:
    - python -m venv venv
    - source venv/bin/activate
    - pip install -r requirements.txt -r testing-requirements.txt
  script:
    - pytest --junitxml=test-reports/junit.xml --cov=amaxa amaxa/test
test_org:
  before_script:
    - if [ ! -d node_modules/sfdx-cli ]; then
          export SFDX_AUTOUPDATE_DISABLE=true;
          npm install sfdx-cli;
      fi;
  script:
    - TEST_HOST="$(cat ip_addr)" pytest amaxa/test_org
`,
      'amaxa/test/test_x.py': '',
      'pytest.ini': '[pytest]\n',
    });
    await initAndValidate(dir, [{ name: 'python', path: '.', command: 'pytest --junitxml=test-reports/junit.xml --cov=amaxa amaxa/test' }]);
    // the JUnit report pytest writes is the profile's junit
    expect((await readConfigFile(dir)).config.tests[0]?.junit).toBe('test-reports/junit.xml');
    expect((await detectRepo(dir)).notes).toEqual(['left out `TEST_HOST="$(cat ip_addr)" pytest amaxa/test_org` (.gitlab-ci.yml job test_org): it uses a CI variable or command substitution']);
  });

  it('a hidden job alone is a template, not a job; allow_failure jobs are skipped', async () => {
    const dir = await repo({
      '.gitlab-ci.yml': '.tests:\n  script: [mix test --cover]\nflaky:\n  allow_failure: true\n  script: [mix test --only slow]\nunit:\n  script:\n    - mix compile --warnings-as-errors\n    - mix test\n',
      'mix.exs': '',
    });
    await initAndValidate(dir, [{ name: 'elixir', path: '.', command: 'mix compile --warnings-as-errors && mix test', fix: 'mix format' }]);
  });
});

describe('hostile CI and manifest text', () => {
  it('classifying, splitting and JSONC stripping stay fast on long adversarial lines', async () => {
    const { classifyCommand } = await import('../src/config/detect-commands.js');
    const { splitScript } = await import('../src/config/detect-ci.js');
    const { stripJsonc } = await import('../src/config/detect-files.js');
    const inputs = [
      `npx nx ${'a '.repeat(1000)}`,
      `mvn ${'x '.repeat(1000)}y`,
      `make ${'-C x '.repeat(400)}`,
      `${'FOO=1 '.repeat(330)}npm test`,
      `bash ${'a/'.repeat(900)}test`,
      `pnpm ${'--filter x '.repeat(200)}build`,
    ];
    const started = performance.now();
    for (const input of inputs) for (let i = 0; i < 20; i++) classifyCommand(input);
    splitScript(`${'"a && b" ; '.repeat(20000)}\n`.repeat(5), '.');
    stripJsonc(`{${'"a": 1, // c\n'.repeat(20000)}}`);
    stripJsonc(`${'/*'.repeat(50000)}`);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('a GitLab extends cycle and a self-referencing !reference end, with no profile from them', async () => {
    const dir = await repo({ '.gitlab-ci.yml': 'a:\n  extends: b\n  script: [!reference [a, script], cargo test]\nb:\n  extends: a\n', 'Cargo.toml': '[package]\nname = "x"\n' });
    await initAndValidate(dir, [{ name: 'rust', path: '.', command: 'cargo test', fix: 'cargo fmt' }]);
  });
});
