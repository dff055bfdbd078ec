/**
 * The codex engine end to end: the real Codex CLI from node_modules, its model replaced by a
 * scripted Responses API server on 127.0.0.1, editing a real git repo.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DroidConfig } from '../src/config/types.js';
import { codexEngine } from '../src/engine/codex.js';
import type { EngineInput } from '../src/engine/types.js';
import type { Request } from '../src/trigger/request.js';
import { DroidError } from '../src/util/errors.js';
import { silentLogger } from '../src/util/log.js';
import { startResponsesServer, type ResponsesStep, type ScriptedServer } from './support/model-server/responses.js';

function config(engine: Partial<DroidConfig['engine']> = {}): DroidConfig {
  return {
    version: 1,
    tests: [],
    pr: {
      target_branch: '',
      branch: 'droid/{ticket}-{slug}',
      title: '[Droid] {ticket}: {summary}',
      labels: [],
      draft: false,
      on_tests_failing: 'draft',
      protected_paths: [],
      reviewers: { codeowners: false, rules: [] },
    },
    engine: {
      use: 'codex',
      command: '',
      model: '',
      base_url: '',
      provider: '',
      api_key_env: '',
      auto: 'medium',
      max_iterations: 3,
      timeout_minutes: 2,
      ...engine,
    },
    access: { trigger: '/droid', allow_bots: [] },
    ci: { wait: false, timeout_minutes: 30, max_fix_attempts: 2 },
    audit: { file: '.droid/audit.jsonl' },
    sandbox: { mode: 'auto', user: 'droid-sandbox' },
    review: { auto: false, forks: false, security: false, security_threshold: 'medium', fail_on: 'none' },
    tickets: { provider: 'none', url: '', api: 'cloud', email_env: '', token_env: '', keys: [], on_pr: 'comment', transition: '' },
  };
}

function request(command: Request['command'] = 'fix'): Request {
  return {
    command,
    ticket: { key: 'T-1', title: 'add() subtracts', body: 'add(2, 3) should be 5' },
    instructions: 'make the add test pass',
    actor: 'alice',
    actorIsBot: false,
    target: { kind: 'ticket' },
    source: { event: 'test' },
  };
}

const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8' });
const nodeTest = (cwd: string): number => spawnSync(process.execPath, ['--test', 'add.test.js'], { cwd, stdio: 'ignore' }).status ?? -1;

/** pids of live processes whose HOME is `home` (Linux /proc), to prove nothing outlived a timeout */
function processesWithHome(home: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
      if (environ.includes(`HOME=${home}`)) found.push(Number(entry));
    } catch {
      /* gone or not ours */
    }
  }
  return found;
}

let tmp: string;
let repo: string;
let server: ScriptedServer | undefined;

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'engine-codex-'));
  repo = path.join(tmp, 'repo');
  mkdirSync(repo);
  writeFileSync(path.join(repo, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(path.join(repo, 'add.js'), 'export function add(a, b) {\n  return a - b;\n}\n');
  writeFileSync(
    path.join(repo, 'add.test.js'),
    "import test from 'node:test';\nimport assert from 'node:assert';\nimport { add } from './add.js';\ntest('adds', () => assert.strictEqual(add(2, 3), 5));\n",
  );
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init');
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(tmp, { recursive: true, force: true });
});

/** One freeform apply_patch (the tool Codex offers built-in models), then the final answer. */
const FIX_PATCH = [
  '*** Begin Patch',
  '*** Update File: add.js',
  '@@',
  ' export function add(a, b) {',
  '-  return a - b;',
  '+  return a + b;',
  ' }',
  '*** End Patch',
  '',
].join('\n');

const fixScript = (): ResponsesStep[] => [
  { calls: [{ kind: 'custom', name: 'apply_patch', input: FIX_PATCH }] },
  { text: 'Fixed add() to return a + b.' },
];

function input(overrides: Partial<EngineInput> & { env: NodeJS.ProcessEnv; config: DroidConfig }): EngineInput {
  return {
    workdir: repo,
    request: request(),
    iteration: 1,
    lastResults: [],
    prompt: 'Fix the failing test `adds` in add.test.js. DROID-PROMPT-MARK',
    scratchDir: path.join(tmp, 'scratch'),
    extraArgs: [],
    log: silentLogger,
    ...overrides,
  };
}

const v1 = (server: ScriptedServer): string => `${server.url}/v1`;

describe('codex engine', () => {
  it('turns a red test green with the real Codex CLI and reports the changed file', async () => {
    server = await startResponsesServer({ steps: fixScript() });
    expect(nodeTest(repo)).not.toBe(0);
    const cfg = config({ base_url: v1(server), model: 'gpt-5.5' });
    const env = { PATH: process.env.PATH, OPENAI_API_KEY: 'sk-test-1', GITHUB_TOKEN: 'ghs_secret' };

    await codexEngine().preflight(env, cfg);
    const result = await codexEngine().run(input({ env, config: cfg }));

    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
    expect(result.summary).toBe('Fixed add() to return a + b.');
    expect(result.refusedEdits).toBeUndefined();
    expect(result.touched).toEqual([{ path: 'add.js', action: 'edit' }]);
    expect(git(repo, 'diff', '--', 'add.js')).toContain('+  return a + b;');
    expect(nodeTest(repo)).toBe(0);

    const agent = server.agentRequests();
    expect(agent.map((r) => r.step)).toEqual([0, 1]);
    expect(agent[0]?.headers.authorization).toBe('Bearer sk-test-1');
    expect(JSON.stringify(agent[0]?.body)).toContain('DROID-PROMPT-MARK');
    expect((agent[0]?.body as { model?: string }).model).toBe('gpt-5.5');
    // a private CODEX_HOME with our provider, and no forge token handed to the CLI
    const toml = readFileSync(path.join(tmp, 'scratch', 'codex-config', 'config.toml'), 'utf8');
    expect(toml).toContain(`base_url = "${v1(server)}"`);
    expect(toml).not.toContain('sk-test-1');
    expect(existsSync(path.join(tmp, 'scratch', 'codex-home'))).toBe(true);
    expect(JSON.stringify(server.requests)).not.toContain('ghs_secret');
  });

  it('reports a patch refused by a read-only sandbox instead of a silent "no changes"', async () => {
    server = await startResponsesServer({ steps: fixScript() });
    const cfg = config({ base_url: v1(server), model: 'gpt-5.5' });
    const env = { PATH: process.env.PATH, OPENAI_API_KEY: 'sk-test-1' };

    const result = await codexEngine().run(input({ env, config: cfg, extraArgs: ['--sandbox', 'read-only'] }));

    expect(result.ok).toBe(false);
    expect(result.refusedEdits?.[0]).toMatch(/patch rejected: .*read-only sandbox/);
    expect(result.error).toMatch(/^Codex was not allowed to edit files: patch rejected/);
    expect(result.error).toContain('--sandbox workspace-write');
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('fails on a model name Codex does not know, although Codex itself exits 0', async () => {
    server = await startResponsesServer({ steps: fixScript() });
    const cfg = config({ base_url: v1(server), model: 'my-team-model' });
    const env = { PATH: process.env.PATH, OPENAI_API_KEY: 'sk-test-1' };

    const result = await codexEngine().run(input({ env, config: cfg }));

    expect(result.ok).toBe(false);
    expect(result.error).toContain('Codex does not know the model "my-team-model"');
    expect(result.error).toContain('engine.model');
  });

  it('says so when the work tree is not a git repository', async () => {
    server = await startResponsesServer({ steps: fixScript() });
    const plain = path.join(tmp, 'plain');
    mkdirSync(plain);
    const cfg = config({ base_url: v1(server), model: 'gpt-5.5' });

    const result = await codexEngine().run(input({ env: { PATH: process.env.PATH, OPENAI_API_KEY: 'sk-test-1' }, config: cfg, workdir: plain }));

    expect(result.ok).toBe(false);
    expect(result.error).toBe(`Codex only runs inside a git repository, and ${plain} is not one`);
  });

  it('refuses to start without a key and names the variable to set', async () => {
    const env = { PATH: process.env.PATH };
    const missing = await codexEngine()
      .preflight(env, config())
      .then(() => undefined, (error: unknown) => error);
    expect(missing).toBeInstanceOf(DroidError);
    expect((missing as DroidError).kind).toBe('engine');
    expect((missing as DroidError).message).toContain('OPENAI_API_KEY is not set');

    const custom = await codexEngine()
      .preflight({ ...env, OPENAI_API_KEY: 'sk-unused' }, config({ api_key_env: 'TEAM_LLM_KEY' }))
      .then(() => undefined, (error: unknown) => error);
    expect((custom as DroidError).message).toContain('TEAM_LLM_KEY is not set');
  });

  it('explains a rejected key (HTTP 401) without a stack trace', async () => {
    server = await startResponsesServer({ steps: fixScript(), failWith: { status: 401 } });
    const cfg = config({ base_url: v1(server), model: 'gpt-5.5', api_key_env: 'TEAM_LLM_KEY' });
    const env = { PATH: process.env.PATH, TEAM_LLM_KEY: 'sk-revoked' };

    const result = await codexEngine().run(input({ env, config: cfg }));

    expect(result.ok).toBe(false);
    expect(result.error).toContain('could not authenticate');
    expect(result.error).toContain('HTTP 401');
    expect(result.error).toContain('TEAM_LLM_KEY');
    expect(result.error).not.toMatch(/\n\s+at /);
    expect(result.error).not.toContain('sk-revoked');
    expect(server.requests.find((r) => r.path.endsWith('/responses'))?.headers.authorization).toBe('Bearer sk-revoked');
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('answers /droid plan with a plan and leaves the files alone, whatever engine_args say', async () => {
    server = await startResponsesServer({ steps: fixScript() });
    const cfg = config({ base_url: v1(server), model: 'gpt-5.5' });
    const env = { PATH: process.env.PATH, OPENAI_API_KEY: 'sk-test-1' };

    const result = await codexEngine().run(input({ env, config: cfg, request: request('plan'), extraArgs: ['--sandbox', 'workspace-write'] }));

    expect(result.ok).toBe(true);
    expect(result.plan).toBe('Fixed add() to return a + b.');
    expect(result.refusedEdits).toBeUndefined();
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('stops the CLI and everything it started at engine.timeout_minutes', async () => {
    server = await startResponsesServer({ steps: fixScript(), stallAtStep: 0 });
    const cfg = config({ base_url: v1(server), model: 'gpt-5.5', timeout_minutes: 0.03 });
    const env = { PATH: process.env.PATH, OPENAI_API_KEY: 'sk-test-1' };

    const result = await codexEngine().run(input({ env, config: cfg }));

    expect(result.ok).toBe(false);
    expect(result.error).toBe('Codex did not finish within 0.03 minutes (engine.timeout_minutes); it was stopped');
    expect(processesWithHome(path.join(tmp, 'scratch', 'codex-home'))).toEqual([]);
  });
});
