/**
 * The claude engine end to end: the real Claude Code CLI from node_modules, its model replaced by
 * a scripted Anthropic server on 127.0.0.1, editing a real git repo.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DroidConfig } from '../src/config/types.js';
import { claudeEngine } from '../src/engine/claude.js';
import { tryLocateCli } from '../src/engine/cli-path.js';
import type { EngineInput } from '../src/engine/types.js';
import type { Request } from '../src/trigger/request.js';
import { DroidError } from '../src/util/errors.js';
import { silentLogger } from '../src/util/log.js';
import { startAnthropicServer, type AnthropicStep, type ScriptedServer } from './support/model-server/anthropic.js';

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
      use: 'claude',
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
  tmp = mkdtempSync(path.join(os.tmpdir(), 'engine-claude-'));
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

/** Read add.js, then fix it: Claude Code only allows an Edit after a Read of that file. */
function fixScript(): AnthropicStep[] {
  const file = path.join(repo, 'add.js');
  return [
    { text: 'Let me look at add.js.', toolUses: [{ name: 'Read', input: { file_path: file } }] },
    { toolUses: [{ name: 'Edit', input: { file_path: file, old_string: 'return a - b;', new_string: 'return a + b;' } }] },
    { text: 'Fixed add() to return a + b.' },
  ];
}

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

describe('claude engine', () => {
  it('turns a red test green with the real Claude Code CLI and reports what it touched', async () => {
    server = await startAnthropicServer({ steps: fixScript() });
    expect(nodeTest(repo)).not.toBe(0);
    const cfg = config({ base_url: server.url });
    const env = { PATH: process.env.PATH, ANTHROPIC_API_KEY: 'sk-ant-test-1', CLAUDE_CODE_MAX_RETRIES: '0', GITHUB_TOKEN: 'ghs_secret' };

    await claudeEngine().preflight(env, cfg);
    const result = await claudeEngine().run(input({ env, config: cfg }));

    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
    expect(result.summary).toBe('Fixed add() to return a + b.');
    expect(result.refusedEdits).toBeUndefined();
    expect(result.touched).toEqual([
      { path: 'add.js', action: 'read' },
      { path: 'add.js', action: 'edit' },
    ]);
    expect(git(repo, 'diff', '--', 'add.js')).toContain('+  return a + b;');
    expect(nodeTest(repo)).toBe(0);

    const agent = server.agentRequests();
    expect(agent.map((r) => r.step)).toEqual([0, 1, 2]);
    expect(agent[0]?.headers['x-api-key']).toBe('sk-ant-test-1');
    expect(JSON.stringify(agent[0]?.body)).toContain('DROID-PROMPT-MARK');
    // a private HOME in the scratch dir, and no forge token handed to the CLI
    expect(existsSync(path.join(tmp, 'scratch', 'claude-home'))).toBe(true);
    expect(JSON.stringify(server.requests)).not.toContain('ghs_secret');
  });

  it('reports edits refused by the permission mode instead of a silent "no changes"', async () => {
    server = await startAnthropicServer({ steps: fixScript() });
    // a gateway's bearer token (engine.api_key_env: ANTHROPIC_AUTH_TOKEN) is handed over under its own name
    const cfg = config({ base_url: server.url, api_key_env: 'ANTHROPIC_AUTH_TOKEN' });
    const env = { PATH: process.env.PATH, ANTHROPIC_AUTH_TOKEN: 'gateway-token-1', CLAUDE_CODE_MAX_RETRIES: '0' };

    const result = await claudeEngine().run(input({ env, config: cfg, extraArgs: ['--permission-mode', 'default'] }));

    expect(server.agentRequests()[0]?.headers.authorization).toBe('Bearer gateway-token-1');
    expect(result.ok).toBe(false);
    expect(result.refusedEdits).toHaveLength(1);
    expect(result.refusedEdits?.[0]).toMatch(/^add\.js \(Edit\): /);
    expect(result.error).toMatch(/Claude Code was not allowed to edit files: add\.js \(Edit\)/);
    expect(result.error).toContain('--permission-mode acceptEdits');
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('refuses to start without a key and names the variable to set', async () => {
    const env = { PATH: process.env.PATH };
    const missing = await claudeEngine()
      .preflight(env, config())
      .then(() => undefined, (error: unknown) => error);
    expect(missing).toBeInstanceOf(DroidError);
    expect((missing as DroidError).kind).toBe('engine');
    expect((missing as DroidError).message).toContain('ANTHROPIC_API_KEY is not set');

    const custom = await claudeEngine()
      .preflight({ ...env, ANTHROPIC_API_KEY: 'sk-ant-unused' }, config({ api_key_env: 'TEAM_CLAUDE_KEY' }))
      .then(() => undefined, (error: unknown) => error);
    expect((custom as DroidError).message).toContain('TEAM_CLAUDE_KEY is not set');
    expect((custom as DroidError).hint).toContain('engine.api_key_env');
  });

  it('explains a rejected key (HTTP 401) without a stack trace', async () => {
    server = await startAnthropicServer({ steps: fixScript(), failWith: { status: 401 } });
    const cfg = config({ base_url: server.url, api_key_env: 'TEAM_CLAUDE_KEY' });
    const env = { PATH: process.env.PATH, TEAM_CLAUDE_KEY: 'sk-ant-revoked', CLAUDE_CODE_MAX_RETRIES: '0' };

    const result = await claudeEngine().run(input({ env, config: cfg }));

    expect(result.ok).toBe(false);
    expect(result.error).toContain('could not authenticate');
    expect(result.error).toContain('HTTP 401');
    expect(result.error).toContain('TEAM_CLAUDE_KEY');
    expect(result.error).not.toMatch(/\n\s+at /);
    expect(result.error).not.toContain('sk-ant-revoked');
    // the configured variable's value went out as the Anthropic key
    expect(server.requests.find((r) => r.path.endsWith('/v1/messages'))?.headers['x-api-key']).toBe('sk-ant-revoked');
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('finds the real Claude Code binary, never an install-scripts-off stub', () => {
    const nm = path.join(tmp, 'proj', 'node_modules');
    const stub = path.join(nm, '@anthropic-ai', 'claude-code', 'bin', 'claude.exe');
    mkdirSync(path.dirname(stub), { recursive: true });
    writeFileSync(stub, '#!/bin/sh\necho "claude native binary not installed" >&2; exit 1\n');
    chmodSync(stub, 0o755);
    const spec = {
      label: 'Claude Code',
      command: 'claude',
      overrideEnv: 'CLAUDE_CLI_PATH',
      packagePaths: ['@anthropic-ai/claude-code-linux-x64/claude', '@anthropic-ai/claude-code/bin/claude.exe'],
      minBytes: 1024,
      installHint: 'npm i -g @anthropic-ai/claude-code',
    };
    const roots = [path.join(tmp, 'proj', 'sub')];
    expect(tryLocateCli(spec, { PATH: path.dirname(stub) }, { searchRoots: roots })).toBeUndefined();

    const real = path.join(nm, '@anthropic-ai', 'claude-code-linux-x64', 'claude');
    mkdirSync(path.dirname(real), { recursive: true });
    writeFileSync(real, `#!/bin/sh\n# ${'x'.repeat(2048)}\n`);
    chmodSync(real, 0o755);
    expect(tryLocateCli(spec, { PATH: '' }, { searchRoots: roots })).toEqual({ path: real, source: 'node_modules' });
    expect(tryLocateCli(spec, { CLAUDE_CLI_PATH: stub }, { searchRoots: roots })).toEqual({ path: stub, source: 'env' });
    // a real `claude` the job image put on PATH wins over node_modules
    const global = path.join(tmp, 'global-bin', 'claude');
    mkdirSync(path.dirname(global), { recursive: true });
    writeFileSync(global, `#!/bin/sh\n# ${'y'.repeat(2048)}\n`);
    chmodSync(global, 0o755);
    expect(tryLocateCli(spec, { PATH: `${path.dirname(stub)}:${path.dirname(global)}` }, { searchRoots: roots })).toEqual({
      path: global,
      source: 'PATH',
    });
    expect(readFileSync(real, 'utf8')).toContain('#!/bin/sh');
  });

  it('answers /droid plan with a plan and leaves the files alone, whatever engine_args say', async () => {
    server = await startAnthropicServer({ steps: fixScript() });
    const cfg = config({ base_url: server.url });
    const env = { PATH: process.env.PATH, ANTHROPIC_API_KEY: 'sk-ant-test-1', CLAUDE_CODE_MAX_RETRIES: '0' };

    const result = await claudeEngine().run(input({ env, config: cfg, request: request('plan'), extraArgs: ['--permission-mode', 'acceptEdits'] }));

    expect(result.ok).toBe(true);
    expect(result.plan).toBe('Fixed add() to return a + b.');
    expect(result.refusedEdits).toBeUndefined();
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('stops the CLI and everything it started at engine.timeout_minutes', async () => {
    server = await startAnthropicServer({ steps: fixScript(), stallAtStep: 0 });
    const cfg = config({ base_url: server.url, timeout_minutes: 0.03 });
    const env = { PATH: process.env.PATH, ANTHROPIC_API_KEY: 'sk-ant-test-1', CLAUDE_CODE_MAX_RETRIES: '0' };

    const result = await claudeEngine().run(input({ env, config: cfg }));

    expect(result.ok).toBe(false);
    expect(result.error).toBe('Claude Code did not finish within 0.03 minutes (engine.timeout_minutes); it was stopped');
    expect(processesWithHome(path.join(tmp, 'scratch', 'claude-home'))).toEqual([]);
  });
});
