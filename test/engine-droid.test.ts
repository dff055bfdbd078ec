/**
 * The droid engine end to end: the real Factory droid CLI from node_modules, its model replaced by a
 * scripted chat-completions server on 127.0.0.1 (BYOK custom model, air-gapped), editing a real git repo.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/schema.js';
import type { DroidConfig } from '../src/config/types.js';
import { tryLocateCli } from '../src/engine/cli-path.js';
import { droidCli, droidEngine } from '../src/engine/droid.js';
import { parseSessionTranscript, refusedCalls, touchedFiles } from '../src/engine/droid-output.js';
import { buildPrompt } from '../src/edit/prompt.js';
import type { EngineInput } from '../src/engine/types.js';
import type { Request } from '../src/trigger/request.js';
import { DroidError, describeError } from '../src/util/errors.js';
import { silentLogger } from '../src/util/log.js';
import { startChatServer, type ChatServer, type ChatStep } from './support/model-server/chat.js';

const droidBin = tryLocateCli(droidCli(), { PATH: '' })?.path;
const fixtures = path.join(import.meta.dirname, 'fixtures', 'engine');

function config(engine: Partial<DroidConfig['engine']> = {}): DroidConfig {
  const c = defaultConfig();
  return { ...c, engine: { ...c.engine, use: 'droid', timeout_minutes: 2, ...engine } };
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
const GITHUB_TOKEN = 'ghs_0123456789abcdefghijABCDEFGHIJ0123';
const TEAM_KEY = 'team-llm-key-5f2c9a';

describe.skipIf(droidBin === undefined)('the droid engine with the real droid CLI', () => {
  let repo: string;
  let scratch: string;
  let server: ChatServer | undefined;

  beforeEach(() => {
    repo = mkdtempSync(path.join(os.tmpdir(), 'droid-repo-'));
    scratch = mkdtempSync(path.join(os.tmpdir(), 'droid-scratch-'));
    writeFileSync(path.join(repo, 'add.js'), 'exports.add = (a, b) => a - b;\n');
    writeFileSync(
      path.join(repo, 'add.test.js'),
      "const test = require('node:test');\nconst assert = require('node:assert');\nconst { add } = require('./add.js');\ntest('adds', () => assert.strictEqual(add(2, 3), 5));\n",
    );
    git(repo, 'init', '-q');
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.');
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'start');
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    rmSync(repo, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  const input = (cfg: DroidConfig, env: NodeJS.ProcessEnv, command: Request['command'] = 'fix'): EngineInput => ({
    workdir: repo,
    request: request(command),
    config: cfg,
    iteration: 1,
    lastResults: [],
    prompt: buildPrompt({ request: request(command), config: cfg, iteration: 1, lastResults: [] }),
    scratchDir: scratch,
    env,
    extraArgs: [],
    log: silentLogger,
  });

  const editScript = (): ChatStep[] => [
    { toolCalls: [{ name: 'Read', arguments: { file_path: path.join(repo, 'add.js') } }] },
    { toolCalls: [{ name: 'Edit', arguments: { file_path: path.join(repo, 'add.js'), old_str: 'a - b', new_str: 'a + b' } }] },
    {
      toolCalls: [
        {
          name: 'Execute',
          arguments: {
            summary: 'Show what the environment holds',
            command: 'echo "home=$HOME gh=${GITHUB_TOKEN:-absent} fk=${FACTORY_API_KEY:-absent} team=${TEAM_LLM_KEY:-absent}"',
            riskLevelReason: 'Only prints variables',
            riskLevel: 'low',
          },
        },
      ],
    },
    { text: 'Changed add() to return the sum of its arguments.' },
  ];

  const byok = (url: string, extra: Partial<DroidConfig['engine']> = {}): DroidConfig =>
    config({ base_url: url, model: 'scripted-coder', api_key_env: 'TEAM_LLM_KEY', ...extra });

  it('makes a real edit through the team\'s own endpoint (BYOK) that turns a red test green', async () => {
    expect(nodeTest(repo)).not.toBe(0);
    server = await startChatServer(editScript());
    const env = { PATH: process.env.PATH, GITHUB_TOKEN, TEAM_LLM_KEY: TEAM_KEY };
    const result = await droidEngine().run(input(byok(server.url), env));

    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
    expect(result.summary).toBe('Changed add() to return the sum of its arguments.');
    expect(result.refusedEdits).toBeUndefined();
    expect(result.touched).toEqual([
      { path: 'add.js', action: 'read' },
      { path: 'add.js', action: 'edit' },
    ]);
    expect(git(repo, 'diff', '--name-only').trim()).toBe('add.js');
    expect(git(repo, 'diff')).toContain('+exports.add = (a, b) => a + b;');
    expect(nodeTest(repo)).toBe(0);

    // the endpoint got the team's key, the custom model and our prompt
    const first = server.requests[0];
    expect(first?.headers.authorization).toBe(`Bearer ${TEAM_KEY}`);
    expect(first?.model).toBe('scripted-coder');
    expect(JSON.stringify(first?.messages)).toContain('add() subtracts');
    // inside droid: a private HOME, no forge token, no key in the environment (it lives in the settings file)
    const envLine = server.toolResults().find((t) => t.includes('home='));
    expect(envLine).toMatch(/home=\S*droid-home-\S+ gh=absent fk=absent team=absent/);
    // the HOME (with the key in its settings) is gone after the round
    expect(readdirSync(scratch).filter((f) => f.startsWith('droid-home-'))).toEqual([]);
  });

  it('reports a refusal when the task needs more autonomy than engine.auto allows', async () => {
    server = await startChatServer([
      {
        toolCalls: [
          {
            name: 'Execute',
            arguments: {
              summary: 'Commit the fixed adder now',
              command: `cd ${repo} && git commit -qam fix`,
              riskLevelReason: 'Creates a local commit',
              riskLevel: 'medium',
            },
          },
        ],
      },
      { text: 'Committed.' },
    ]);
    const result = await droidEngine().run(input(byok(server.url, { auto: 'low' }), { PATH: process.env.PATH, TEAM_LLM_KEY: TEAM_KEY }));
    expect(result.ok).toBe(false);
    expect(result.refusedEdits?.[0]).toMatch(/insufficient permission/);
    expect(result.error).toContain('needs more autonomy than engine.auto "low" allows');
    expect(result.error).toContain('raise engine.auto in .droid.yml');
    expect(git(repo, 'log', '--oneline').trim().split('\n')).toHaveLength(1);
  });

  it('runs /droid plan read-only: a scripted edit is refused inside droid and the tree stays clean', async () => {
    server = await startChatServer([
      { toolCalls: [{ name: 'Edit', arguments: { file_path: path.join(repo, 'add.js'), old_str: 'a - b', new_str: 'a + b' } }] },
      { text: '1. In add.js, return a + b.\n2. Run node --test.' },
    ]);
    const result = await droidEngine().run(input(byok(server.url), { PATH: process.env.PATH, TEAM_LLM_KEY: TEAM_KEY }, 'plan'));
    expect(result.ok).toBe(true);
    expect(result.plan).toBe('1. In add.js, return a + b.\n2. Run node --test.');
    expect(git(repo, 'status', '--porcelain')).toBe('');
    expect(server.requests[0]?.toolNames).not.toContain('Edit');
  });

  it('names the variable when the team\'s endpoint rejects the key', async () => {
    server = await startChatServer([], { failWith: { status: 401, body: JSON.stringify({ error: { message: 'invalid key', type: 'invalid_request_error' } }) } });
    const result = await droidEngine().run(input(byok(server.url), { PATH: process.env.PATH, TEAM_LLM_KEY: TEAM_KEY }));
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(new RegExp(`^droid could not authenticate with the model endpoint ${server.url.replace(/[.]/g, '\\.')} \\(.*invalid key.*\\)\\. Check that TEAM_LLM_KEY holds a valid key for it\\.$`));
    expect(result.error).not.toContain(TEAM_KEY);
  });

  it('names FACTORY_API_KEY when Factory refuses the key', async () => {
    const result = await droidEngine().run(input(config(), { PATH: process.env.PATH, FACTORY_API_KEY: 'fk-bad' }));
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/^droid could not authenticate with Factory: Authentication failed/);
    expect(result.error).toContain('Check FACTORY_API_KEY');
  });
});

describe('the droid engine without the CLI doing the work', () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'droid-fake-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  const input = (cfg: DroidConfig, env: NodeJS.ProcessEnv): EngineInput => ({
    workdir: scratch,
    request: request(),
    config: cfg,
    iteration: 1,
    lastResults: [],
    prompt: 'fix it',
    scratchDir: path.join(scratch, 'round-1'),
    env,
    extraArgs: [],
    log: silentLogger,
  });

  it('without a key or an endpoint: a clear message naming FACTORY_API_KEY, before anything runs', async () => {
    const error = await droidEngine().preflight({ PATH: process.env.PATH }, config()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DroidError);
    const text = describeError(error);
    expect(text).toContain('FACTORY_API_KEY is not set: the droid engine needs a Factory API key');
    expect(text).toContain('factory_api_key input');
    expect(text).not.toMatch(/\n\s+at /);

    const result = await droidEngine().run(input(config(), { PATH: process.env.PATH }));
    expect(result.ok).toBe(false);
    expect(result.error).toContain('FACTORY_API_KEY is not set');
    expect(existsSync(path.join(scratch, 'round-1'))).toBe(false);
  });

  it('with an endpoint whose key variable is empty: names that variable', async () => {
    const cfg = config({ base_url: 'http://127.0.0.1:9/v1', model: 'm', api_key_env: 'TEAM_LLM_KEY' });
    await expect(droidEngine().preflight({ TEAM_LLM_KEY: ' ' }, cfg)).rejects.toThrow(
      'TEAM_LLM_KEY is not set: engine.api_key_env names it as the key for the model endpoint http://127.0.0.1:9/v1',
    );
    await expect(droidEngine().preflight({}, config({ base_url: 'http://127.0.0.1:9/v1' }))).rejects.toThrow(/engine.model is required with engine.base_url/);
  });

  it('treats is_error: true as a failure even when droid exits 0', async () => {
    const fake = path.join(scratch, 'droid');
    writeFileSync(
      fake,
      '#!/bin/sh\necho \'{"type":"result","subtype":"failure","is_error":true,"duration_ms":5,"num_turns":1,"result":"Model quota exhausted","session_id":"abc"}\'\nexit 0\n',
    );
    chmodSync(fake, 0o755);
    const result = await droidEngine().run(input(config(), { PATH: process.env.PATH, FACTORY_API_KEY: 'fk-test', DROID_CLI_PATH: fake }));
    expect(result.ok).toBe(false);
    expect(result.error).toBe('droid failed: Model quota exhausted');
  });

  it('passes the autonomy level, the prompt file, the work tree and the model to droid exec', async () => {
    const fake = path.join(scratch, 'droid');
    const argsFile = path.join(scratch, 'args.txt');
    writeFileSync(
      fake,
      `#!/bin/sh\nprintf '%s\\n' "$@" > '${argsFile}'\necho "key=$FACTORY_API_KEY" >> '${argsFile}'\necho '{"type":"result","subtype":"success","is_error":false,"result":"done","session_id":"abc"}'\n`,
    );
    chmodSync(fake, 0o755);
    const cfg = config({ auto: 'high', model: 'claude-sonnet-9' });
    const result = await droidEngine({ binPath: fake }).run({ ...input(cfg, { PATH: process.env.PATH, FACTORY_API_KEY: 'fk-test-key' }), extraArgs: ['--reasoning-effort', 'low'] });
    expect(result.ok).toBe(true);
    const args = readFileSync(argsFile, 'utf8').trim().split('\n');
    const promptFile = path.join(scratch, 'round-1', 'droid-prompt.md');
    expect(args).toEqual(['exec', '--auto', 'high', '-o', 'json', '-f', promptFile, '--cwd', scratch, '--model', 'claude-sonnet-9', '--reasoning-effort', 'low', 'key=fk-test-key']);
    expect(readFileSync(promptFile, 'utf8')).toBe('fix it');
  });

  it('reports edits refused inside a session that still ends with exit 0 and is_error: false', async () => {
    // a stand-in droid that leaves the transcript of a real read-only session (Edit not permitted) in its HOME
    const transcript = readFileSync(path.join(fixtures, 'droid-session-readonly.jsonl'), 'utf8').replaceAll('/work/repo', scratch);
    writeFileSync(path.join(scratch, 'transcript.jsonl'), transcript);
    const fake = path.join(scratch, 'droid');
    writeFileSync(
      fake,
      [
        '#!/bin/sh',
        'mkdir -p "$HOME/.factory/sessions/work"',
        `cp '${path.join(scratch, 'transcript.jsonl')}' "$HOME/.factory/sessions/work/814f7c73-2a1e-49c4-b15e-77e951f987c4.jsonl"`,
        'echo \'{"type":"result","subtype":"success","is_error":false,"num_turns":3,"result":"Done.","session_id":"814f7c73-2a1e-49c4-b15e-77e951f987c4"}\'',
        '',
      ].join('\n'),
    );
    chmodSync(fake, 0o755);
    const result = await droidEngine({ binPath: fake }).run(input(config({ auto: 'low' }), { PATH: process.env.PATH, FACTORY_API_KEY: 'fk-test' }));
    expect(result.ok).toBe(false);
    expect(result.refusedEdits).toEqual([expect.stringMatching(/^add\.js \(Edit\): Tool Edit is not permitted/)]);
    expect(result.error).toContain('droid was not allowed to edit files');
    expect(result.error).toContain('raise engine.auto in .droid.yml');
    expect(result.touched).toEqual([{ path: 'add.js', action: 'read' }]);
  });

  it('reads refused tool calls and touched files from a read-only session transcript', () => {
    const calls = parseSessionTranscript(readFileSync(path.join(fixtures, 'droid-session-readonly.jsonl'), 'utf8'));
    expect(touchedFiles(calls, '/work/repo')).toEqual([{ path: 'add.js', action: 'read' }]);
    expect(refusedCalls(calls, '/work/repo')).toEqual([
      {
        tool: 'Edit',
        writes: true,
        text: 'add.js (Edit): Tool Edit is not permitted in this exec session. Available tools: Read, LS, Execute, Grep, Glob, ToolSearch, and Skill.',
      },
    ]);
  });
});
