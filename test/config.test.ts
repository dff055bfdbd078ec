import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, readConfigFile, type ConfigProblem } from '../src/config/load.js';
import { defaultConfig } from '../src/config/schema.js';
import { DroidError, exitCodeFor } from '../src/util/errors.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'config');

function problemsOf(text: string, file = '.droid.yml'): ConfigProblem[] {
  try {
    loadConfig({ text, file });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected the config to be rejected');
}

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

describe('a .droid.yml that cannot be used is reported with file, line, column and what to write', () => {
  const cases: Array<{ name: string; text: string; expected: Array<Pick<ConfigProblem, 'line' | 'column' | 'message'>> }> = [
    {
      name: 'unknown key, with a did-you-mean',
      text: lines('version: 1', 'tests:', '  - name: api', '    command: pytest', '    timout_seconds: 10'),
      expected: [{ line: 5, column: 5, message: 'unknown key `timout_seconds` in tests[0] at .droid.yml:5:5, did you mean `timeout_seconds`?' }],
    },
    {
      name: 'a swapped and a missing letter still get a did-you-mean',
      text: lines('version: 1', 'tset:', '  - name: api', '    command: pytest'),
      expected: [{ line: 2, column: 1, message: 'unknown key `tset` at .droid.yml:2:1, did you mean `tests`?' }],
    },
    {
      name: 'unknown key that belongs to another section',
      text: lines('version: 1', 'max_iterations: 5'),
      expected: [{ line: 2, column: 1, message: 'unknown key `max_iterations` at .droid.yml:2:1: `max_iterations` belongs under `engine`' }],
    },
    {
      name: 'unknown key with nothing close lists the allowed keys',
      text: lines('version: 1', 'ci:', '  banana: true'),
      expected: [{ line: 3, column: 3, message: 'unknown key `banana` in ci at .droid.yml:3:3; allowed keys here: wait, timeout_minutes, max_fix_attempts' }],
    },
    {
      name: 'wrong type',
      text: lines('version: 1', 'tests:', '  - name: api', '    command: pytest', '    timeout_seconds: ten'),
      expected: [{ line: 5, column: 22, message: '`tests[0].timeout_seconds` at .droid.yml:5:22: expected a number, got string "ten"' }],
    },
    {
      name: 'YAML 1.1 booleans are strings in YAML 1.2',
      text: lines('version: 1', 'pr:', '  draft: yes'),
      expected: [{ line: 3, column: 10, message: '`pr.draft` at .droid.yml:3:10: expected true or false, got string "yes"' }],
    },
    {
      name: 'bad YAML',
      text: lines('version: 1', 'tests: [a, b', 'pr: {}'),
      expected: [{ line: 3, column: 1, message: 'YAML syntax error at .droid.yml:3:1: Flow sequence in block collection must be sufficiently indented and end with a ]' }],
    },
    {
      name: 'duplicate YAML key',
      text: lines('version: 1', 'ci:', '  wait: true', '  wait: false'),
      expected: [{ line: 4, column: 3, message: 'YAML syntax error at .droid.yml:4:3: Map keys must be unique' }],
    },
    {
      name: 'missing required field',
      text: lines('version: 1', 'tests:', '  - name: api', '    path: services/api'),
      expected: [{ line: 3, column: 5, message: 'missing required key `command` in tests[0] at .droid.yml:3:5: add the test command, e.g. `command: npm test`' }],
    },
    {
      name: 'a misspelt required key is one problem, not two',
      text: lines('version: 1', 'tests:', '  - name: api', '    comand: pytest'),
      expected: [{ line: 4, column: 5, message: 'unknown key `comand` in tests[0] at .droid.yml:4:5, did you mean `command`?' }],
    },
    {
      name: 'missing version',
      text: lines('tests: []'),
      expected: [{ line: 1, column: 1, message: 'missing required key `version` in the top level at .droid.yml:1:1: add `version: 1` as the first line' }],
    },
    {
      name: 'bad version',
      text: lines('version: 2'),
      expected: [{ line: 1, column: 10, message: '`version` at .droid.yml:1:10: must be 1, got number 2' }],
    },
    {
      name: 'duplicate profile name, at the second one',
      text: lines('version: 1', 'tests:', '  - name: unit', '    command: npm test', '  - name: unit', '    command: pytest'),
      expected: [{ line: 5, column: 11, message: '`tests[1].name` at .droid.yml:5:11: duplicate profile name `unit` (also used by tests[0]); names must be unique' }],
    },
    {
      name: 'unknown template field, pointing at the field',
      text: lines('version: 1', 'pr:', '  branch: "droid/{tiket}-{slug}"'),
      expected: [
        {
          line: 3,
          column: 18,
          message: '`pr.branch` at .droid.yml:3:18: unknown template field `{tiket}` in pr.branch; allowed: {ticket} {slug} {summary} {command} {number}',
        },
      ],
    },
    {
      name: 'a branch template that cannot give a git branch name',
      text: lines('version: 1', 'pr:', '  branch: "droid bot/{ticket}"'),
      expected: [
        {
          line: 3,
          column: 11,
          message: '`pr.branch` at .droid.yml:3:11: pr.branch must give a valid git branch name: no spaces, "~^:?*[\\", "..", "@{", no leading "-" or "/"',
        },
      ],
    },
    {
      name: 'path escaping the repo',
      text: lines('version: 1', 'tests:', '  - name: api', '    path: ../elsewhere', '    command: pytest'),
      expected: [{ line: 4, column: 11, message: '`tests[0].path` at .droid.yml:4:11: path must stay inside the repo (no ".." segments)' }],
    },
    {
      name: 'absolute path',
      text: lines('version: 1', 'tests:', '  - name: api', '    path: /etc', '    command: pytest'),
      expected: [{ line: 4, column: 11, message: '`tests[0].path` at .droid.yml:4:11: path must be relative to the repo root (remove the leading "/", "~" or drive letter)' }],
    },
    {
      name: 'enum value with a did-you-mean',
      text: lines('version: 1', 'engine:', '  use: claud'),
      expected: [{ line: 3, column: 8, message: '`engine.use` at .droid.yml:3:8: must be one of "droid", "claude", "codex", "command", "fix-commands", got string "claud"; did you mean `claude`?' }],
    },
    {
      name: 'use: command without a command',
      text: lines('version: 1', 'engine:', '  use: command'),
      expected: [
        {
          line: 3,
          column: 3,
          message: 'missing required key `command` in engine at .droid.yml:3:3: engine.command is required when `use: command` (a command that reads the prompt from $DROID_PROMPT_FILE)',
        },
      ],
    },
    {
      name: 'provider without base_url, and a key instead of a variable name',
      text: lines('version: 1', 'engine:', '  provider: openai', '  api_key_env: sk-live-123'),
      expected: [
        { line: 3, column: 13, message: '`engine.provider` at .droid.yml:3:13: engine.provider only applies with engine.base_url; set base_url or remove provider' },
        {
          line: 4,
          column: 16,
          message: '`engine.api_key_env` at .droid.yml:4:16: api_key_env must be the NAME of an environment variable (like MY_MODEL_KEY), not the key itself',
        },
      ],
    },
    {
      name: 'max_iterations out of range',
      text: lines('version: 1', 'engine:', '  max_iterations: 11'),
      expected: [{ line: 3, column: 19, message: '`engine.max_iterations` at .droid.yml:3:19: must be between 1 and 10' }],
    },
    {
      name: 'timeout that is not a positive integer',
      text: lines('version: 1', 'ci:', '  timeout_minutes: 0'),
      expected: [{ line: 3, column: 20, message: '`ci.timeout_minutes` at .droid.yml:3:20: must be at least 1 minute' }],
    },
    {
      name: 'a secret in a profile env, or a key that is not a variable name',
      text: lines('version: 1', 'tests:', '  - name: unit', '    command: npm test', '    env: { NPM_TOKEN: abc, my-var: 1, CI: true }'),
      expected: [
        {
          line: 5,
          column: 12,
          message: '`tests[0].env.NPM_TOKEN` at .droid.yml:5:12: looks like a secret: env is committed in plain text and test commands never get secrets; remove it',
        },
        { line: 5, column: 28, message: '`tests[0].env.my-var` at .droid.yml:5:28: env keys must be variable names like MY_VAR' },
      ],
    },
    {
      name: 'a reviewer written as a mention',
      text: lines('version: 1', 'pr:', '  reviewers:', '    rules:', '      - { paths: [api/**], users: ["@alice"] }'),
      expected: [{ line: 5, column: 36, message: '`pr.reviewers.rules[0].users[0]` at .droid.yml:5:36: write a user without the leading "@"' }],
    },
    {
      name: 'a __proto__ key is just an unknown key',
      text: lines('version: 1', '__proto__: { polluted: true }'),
      expected: [{ line: 2, column: 1, message: 'unknown key `__proto__` at .droid.yml:2:1; allowed keys here: version, tests, tests_concurrency, pr, engine, access, ci, audit, sandbox, review, tickets' }],
    },
    {
      name: 'an unknown YAML tag',
      text: lines('version: 1', 'access:', '  trigger: !js/function x'),
      expected: [{ line: 3, column: 12, message: 'YAML syntax error at .droid.yml:3:12: Unresolved tag: !js/function' }],
    },
    {
      name: 'a top level that is not a mapping',
      text: lines('- version: 1'),
      expected: [{ line: 1, column: 1, message: 'the top level of .droid.yml at .droid.yml:1:1 must be a mapping of keys (version, tests, tests_concurrency, pr, engine, access, ci, audit, sandbox, review, tickets), got a list' }],
    },
    {
      name: 'an empty file',
      text: lines('# nothing yet'),
      expected: [{ line: 1, column: 1, message: '.droid.yml is empty: start it with `version: 1` (or run `droid-ci init`)' }],
    },
    {
      name: 'several problems at once, in file order',
      text: lines(
        'version: 1',
        'tests:',
        '  - name: api',
        '    command: pytest',
        '    timout_seconds: 10',
        '  - name: api',
        '    path: ../x',
        '    command: npm test',
        'pr:',
        '  on_tests_failing: drat',
      ),
      expected: [
        { line: 5, column: 5, message: 'unknown key `timout_seconds` in tests[0] at .droid.yml:5:5, did you mean `timeout_seconds`?' },
        { line: 6, column: 11, message: '`tests[1].name` at .droid.yml:6:11: duplicate profile name `api` (also used by tests[0]); names must be unique' },
        { line: 7, column: 11, message: '`tests[1].path` at .droid.yml:7:11: path must stay inside the repo (no ".." segments)' },
        { line: 10, column: 21, message: '`pr.on_tests_failing` at .droid.yml:10:21: must be one of "draft", "comment-only", got string "drat"; did you mean `draft`?' },
      ],
    },
  ];

  for (const testCase of cases) {
    it(testCase.name, () => {
      const problems = problemsOf(testCase.text);
      expect(problems.map(({ line, column, message }) => ({ line, column, message }))).toEqual(testCase.expected);
      for (const problem of problems) expect(problem.file).toBe('.droid.yml');
    });
  }

  it('lists every problem on its own line in one config error that exits 2', () => {
    let caught: unknown;
    try {
      loadConfig({ text: lines('version: 1', 'ci:', '  wiat: true', '  timeout_minutes: lots'), file: 'ci/droid.yml' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DroidError);
    expect((caught as DroidError).kind).toBe('config');
    expect(exitCodeFor(caught)).toBe(2);
    expect((caught as Error).message).toBe(
      [
        'ci/droid.yml is not valid (2 problems):',
        '  unknown key `wiat` in ci at ci/droid.yml:3:3, did you mean `wait`?',
        '  `ci.timeout_minutes` at ci/droid.yml:4:20: expected a number, got string "lots"',
      ].join('\n'),
    );
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = ['version: 1', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      bomb.push(`${next}: &${next} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
    }
    const [problem] = problemsOf(lines(...bomb));
    expect(problem?.message).toMatch(/^YAML aliases at \.droid\.yml:3:\d+ expand too much \(.*\); write the values out instead$/);
  });

  it('refuses a huge file with a clear message', () => {
    const [problem] = problemsOf(`version: 1\n${'#'.repeat(300 * 1024)}\n`);
    expect(problem?.message).toBe('.droid.yml is 307212 bytes; a config file may be at most 262144 bytes (is this the right file?)');
  });

  it('does not echo a long value in full', () => {
    const [problem] = problemsOf(lines('version: 1', `ci: { wait: "${'s'.repeat(200)}" }`));
    expect(problem?.message).toBe(`\`ci.wait\` at .droid.yml:2:13: expected true or false, got string "${'s'.repeat(40)}…"`);
  });
});

describe('a valid .droid.yml', () => {
  it('the full example of PRODUCT.md §2 validates and keeps every value', async () => {
    const text = await readFile(path.join(fixtures, 'product-example.droid.yml'), 'utf8');
    const config = loadConfig({ text, file: '.droid.yml' });
    expect(config.tests).toEqual([
      {
        name: 'api-fast',
        path: 'services/api',
        command: 'pytest -q',
        timeout_seconds: 600,
        env: { PYTHONWARNINGS: 'ignore' },
        junit: 'reports/junit.xml',
        fix: 'ruff check --fix .',
        watch: ['libs/py/**'],
      },
      { name: 'web-unit', path: 'apps/web', command: 'npm test -- --runInBand', timeout_seconds: 900, env: {}, watch: [] },
    ]);
    expect(config.pr.reviewers.rules).toEqual([{ paths: ['services/api/**'], users: ['alice'], teams: ['backend'] }]);
    expect(config.engine).toEqual({
      use: 'droid',
      command: '',
      model: '',
      base_url: '',
      provider: '',
      api_key_env: '',
      auto: 'medium',
      max_iterations: 3,
      timeout_minutes: 30,
    });
    expect(config.audit.file).toBe('.droid/audit.jsonl');
  });

  it('a minimal file gets every default', () => {
    const config = loadConfig({ text: lines('version: 1', 'tests:', '  - name: unit', '    command: npm test'), file: '.droid.yml' });
    expect(config).toEqual({
      version: 1,
      tests: [{ name: 'unit', path: '.', command: 'npm test', timeout_seconds: 600, env: {}, watch: [] }],
      pr: {
        target_branch: '',
        branch: 'droid/{ticket}-{slug}',
        title: '[Droid] {ticket}: {summary}',
        labels: ['ai-generated', 'droid', 'needs-review'],
        draft: false,
        on_tests_failing: 'draft',
        protected_paths: ['.github/workflows/**', '.github/actions/**', '.gitlab-ci.yml', '.gitlab/**', 'CODEOWNERS', '.droid.yml'],
        reviewers: { codeowners: true, rules: [] },
      },
      engine: { use: 'droid', command: '', model: '', base_url: '', provider: '', api_key_env: '', auto: 'medium', max_iterations: 3, timeout_minutes: 30 },
      access: { trigger: '/droid', allow_bots: [] },
      ci: { wait: true, timeout_minutes: 30, max_fix_attempts: 2 },
      audit: { file: '.droid/audit.jsonl' },
      sandbox: { mode: 'auto', user: 'droid-sandbox' },
      review: { auto: false, forks: false, security: false, security_threshold: 'medium', fail_on: 'none' },
      tickets: { provider: 'none', url: '', api: 'cloud', email_env: '', token_env: '', keys: [], on_pr: 'comment', transition: '' },
    });
    expect(defaultConfig()).toEqual({ ...config, tests: [] });
  });

  it('normalises paths and turns numbers and booleans in env into strings', () => {
    const config = loadConfig({
      text: lines('version: 1', 'tests:', '  - name: unit', '    path: ./apps/web/', '    command: npm test', '    env: { CI: true, WORKERS: 2 }'),
      file: '.droid.yml',
    });
    expect(config.tests[0]).toMatchObject({ path: 'apps/web', env: { CI: 'true', WORKERS: '2' } });
  });

  it('profiles can share settings with an anchor and a << merge key', () => {
    const config = loadConfig({
      text: lines(
        'version: 1',
        'tests:',
        '  - &py { name: api, path: services/api, command: pytest -q, env: { PYTHONWARNINGS: ignore } }',
        '  - <<: *py',
        '    name: worker',
        '    path: services/worker',
      ),
      file: '.droid.yml',
    });
    expect(config.tests.map((t) => [t.name, t.path, t.command, t.env])).toEqual([
      ['api', 'services/api', 'pytest -q', { PYTHONWARNINGS: 'ignore' }],
      ['worker', 'services/worker', 'pytest -q', { PYTHONWARNINGS: 'ignore' }],
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a yaml-language-server comment does not get in the way', () => {
    const config = loadConfig({ text: lines('# yaml-language-server: $schema=./schema/droid.schema.json', 'version: 1'), file: '.droid.yml' });
    expect(config.tests).toEqual([]);
  });
});

describe('reading .droid.yml from a checkout', () => {
  let repo: string;
  beforeAll(async () => {
    repo = await mkdtemp(path.join(tmpdir(), 'droid-config-'));
  });
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('a missing file gives the defaults, flagged as not found', async () => {
    const loaded = await readConfigFile(repo);
    expect(loaded).toEqual({ config: defaultConfig(), found: false, path: path.join(repo, '.droid.yml'), file: '.droid.yml' });
  });

  it('reads a file at a custom path and names it in problems', async () => {
    await mkdir(path.join(repo, 'ci'), { recursive: true });
    await writeFile(path.join(repo, 'ci', 'droid.yml'), lines('version: 1', 'engine:', '  auto: max'));
    await expect(readConfigFile(repo, 'ci/droid.yml')).rejects.toThrow(
      '`engine.auto` at ci/droid.yml:3:9: must be one of "low", "medium", "high", got string "max"',
    );
    await writeFile(path.join(repo, 'ci', 'droid.yml'), lines('version: 1', 'engine:', '  auto: high'));
    const loaded = await readConfigFile(repo, 'ci/droid.yml');
    expect(loaded.found).toBe(true);
    expect(loaded.config.engine.auto).toBe('high');
  });

  it('refuses a config that is a symlink to a file outside the repo', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'droid-outside-'));
    try {
      await writeFile(path.join(outside, 'secret.yml'), 'version: 1\n');
      await symlink(path.join(outside, 'secret.yml'), path.join(repo, 'linked.yml'));
      await expect(readConfigFile(repo, 'linked.yml')).rejects.toThrow('linked.yml resolves outside the repository');
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('refuses a directory with a clear message', async () => {
    await mkdir(path.join(repo, 'dir.yml'));
    await expect(readConfigFile(repo, 'dir.yml')).rejects.toThrow('dir.yml is not a regular file');
  });
});
