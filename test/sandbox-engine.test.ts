/**
 * A real agent CLI through the sandbox: Claude Code from node_modules, its model replaced by the
 * scripted Anthropic server, runs one round as the sandbox account in a work tree under a private
 * (0700) folder. The scripted model reads a link planted in the tree that points at a secret of the
 * droid beside the tree, then fixes add.js. The requests the CLI sends back to the "model" carry no
 * canary; the git that Claude Code runs for its context runs as the sandbox account and works.
 * Needs root, as on CI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DroidConfig } from '../src/config/types.js';
import { defaultConfig } from '../src/config/schema.js';
import { claudeCli, claudeEngine } from '../src/engine/claude.js';
import { tryLocateCli } from '../src/engine/cli-path.js';
import type { EngineInput } from '../src/engine/types.js';
import { openSandbox, type Sandbox } from '../src/sandbox/index.js';
import { silentLogger } from '../src/util/log.js';
import { startAnthropicServer, type AnthropicStep, type ScriptedServer } from './support/model-server/anthropic.js';

const isRoot = process.getuid?.() === 0;
const claudeFound = tryLocateCli(claudeCli(), { PATH: process.env.PATH }) !== undefined;
const CANARY = 'ghs_CANARYengineRead0123456789abcdefXYZ';

const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8' });
const nodeTest = (cwd: string): number => spawnSync(process.execPath, ['--test', 'add.test.js'], { cwd, stdio: 'ignore' }).status ?? -1;

let tmp: string;
let repo: string;
let server: ScriptedServer | undefined;
let sandbox: Sandbox | undefined;
let uidsFile = '';
const cleanup: (() => void)[] = [];

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'sandbox-engine-'));
  repo = path.join(tmp, 'repo');
  mkdirSync(repo);
  writeFileSync(path.join(tmp, 'secret.txt'), `${CANARY}\n`, { mode: 0o644 });
  writeFileSync(path.join(repo, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(path.join(repo, 'add.js'), 'export function add(a, b) {\n  return a - b;\n}\n');
  writeFileSync(
    path.join(repo, 'add.test.js'),
    "import test from 'node:test';\nimport assert from 'node:assert';\nimport { add } from './add.js';\ntest('adds', () => assert.strictEqual(add(2, 3), 5));\n",
  );
  symlinkSync(path.join(tmp, 'secret.txt'), path.join(repo, 'notes.txt'));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init');
});

afterEach(async () => {
  await server?.close();
  await sandbox?.close();
  server = undefined;
  sandbox = undefined;
  rmSync(tmp, { recursive: true, force: true });
  while (cleanup.length) cleanup.pop()!();
});

function steps(): AnthropicStep[] {
  const file = path.join(repo, 'add.js');
  return [
    // a link planted in the tree (an earlier round, or the repo itself) to a file of the droid's
    { text: 'First the notes.', toolUses: [{ name: 'Read', input: { file_path: path.join(repo, 'notes.txt') } }] },
    { toolUses: [{ name: 'Read', input: { file_path: file } }] },
    { toolUses: [{ name: 'Edit', input: { file_path: file, old_string: 'return a - b;', new_string: 'return a + b;' } }] },
    { text: 'Fixed add() to return a + b.' },
  ];
}

function input(config: DroidConfig, env: NodeJS.ProcessEnv, withSandbox: Sandbox | undefined): EngineInput {
  return {
    workdir: repo,
    request: { command: 'fix', ticket: { key: 'T-1', title: 'add', body: '' }, instructions: 'fix add', actor: 'alice', actorIsBot: false, target: { kind: 'ticket' }, source: { event: 'test' } },
    config,
    iteration: 1,
    lastResults: [],
    prompt: 'Fix the failing test `adds` in add.test.js.',
    scratchDir: path.join(tmp, 'scratch'),
    env,
    extraArgs: [],
    log: silentLogger,
    sandbox: withSandbox,
  };
}

describe.skipIf(!isRoot || !claudeFound)('the real Claude Code CLI in the sandbox', () => {
  async function round(): Promise<{ ok: boolean; error?: string | undefined; sent: string }> {
    server = await startAnthropicServer({ steps: steps() });
    const config = defaultConfig();
    config.engine = { ...config.engine, use: 'claude', base_url: server.url };
    config.sandbox = { mode: 'user', user: 'droid-sbx-engine' };
    // a `git` first on PATH that notes who runs it: Claude Code runs git for its context
    const shims = mkdtempSync(path.join(os.tmpdir(), 'sandbox-shims-'));
    chmodSync(shims, 0o777);
    writeFileSync(path.join(shims, 'git'), `#!/bin/sh\nid -u >> ${shims}/uids\nexec /usr/bin/git "$@"\n`, { mode: 0o755 });
    cleanup.push(() => rmSync(shims, { recursive: true, force: true }));
    uidsFile = path.join(shims, 'uids');
    const env = { PATH: `${shims}:${process.env.PATH}`, ANTHROPIC_API_KEY: 'sk-ant-test-1', CLAUDE_CODE_MAX_RETRIES: '0' };
    sandbox = await openSandbox({ mode: 'user', user: 'droid-sbx-engine', workdir: repo, env: { ...process.env, HOME: tmp }, log: silentLogger });
    const result = await claudeEngine().run(input(config, env, sandbox));
    return { ok: result.ok, error: result.error, sent: JSON.stringify(server.agentRequests().map((r) => r.body)) };
  }

  it('fixes the test as the sandbox account, and what it read for the model holds no secret of the droid', async () => {
    const { ok, error, sent } = await round();
    expect(error).toBeUndefined();
    expect(ok).toBe(true);
    expect(git(repo, 'diff', '--', 'add.js')).toContain('+  return a + b;');
    expect(nodeTest(repo)).toBe(0);
    expect(sent).not.toContain(CANARY);
    // its own git ran as the sandbox account, and worked on the tree the droid owns (safe.directory)
    const uids = new Set(readFileSync(uidsFile, 'utf8').trim().split('\n'));
    expect([...uids]).toEqual([String(sandbox!.account!.uid)]);
    expect(sent).toContain('Current branch: main');
    // the tree is the droid's again
    expect(statSync(path.join(repo, 'add.js')).uid).toBe(0);
    expect(git(repo, 'status', '--porcelain')).toContain('add.js');
  });

});
