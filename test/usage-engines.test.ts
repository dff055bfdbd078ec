/**
 * Usage per engine round, read from each real CLI's structured output while scripted model servers
 * (test/support/model-server) report token counts the way the providers send them: Anthropic
 * `message_start.usage` / `message_delta.usage` (Claude Code, droid BYOK with provider anthropic) and
 * OpenAI Responses `response.completed.response.usage` (Codex). Plus the `command` engine's
 * `$DROID_USAGE_FILE`, and Claude Code's turn cap from engine.max_turns.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/schema.js';
import type { DroidConfig } from '../src/config/types.js';
import { claudeEngine } from '../src/engine/claude.js';
import { tryLocateCli } from '../src/engine/cli-path.js';
import { codexEngine } from '../src/engine/codex.js';
import { commandEngine } from '../src/engine/command.js';
import { droidCli, droidEngine } from '../src/engine/droid.js';
import type { EngineInput } from '../src/engine/types.js';
import { addUsage, commandUsage, totalUsage, usageJson, usageLine } from '../src/engine/usage.js';
import type { Request } from '../src/trigger/request.js';
import { silentLogger } from '../src/util/log.js';
import { startAnthropicServer, type AnthropicStep, type ScriptedServer } from './support/model-server/anthropic.js';
import { startResponsesServer } from './support/model-server/responses.js';

const droidBin = tryLocateCli(droidCli(), { PATH: '' })?.path;

function config(engine: Partial<DroidConfig['engine']>): DroidConfig {
  const c = defaultConfig();
  return { ...c, engine: { ...c.engine, timeout_minutes: 2, ...engine } };
}

const request: Request = {
  command: 'fix',
  ticket: { key: 'T-1', title: 'add() subtracts', body: 'add(2, 3) should be 5' },
  instructions: 'make the add test pass',
  actor: 'alice',
  actorIsBot: false,
  target: { kind: 'ticket' },
  source: { event: 'test' },
};

let tmp: string;
let repo: string;
let server: ScriptedServer | undefined;

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'usage-engines-'));
  repo = path.join(tmp, 'repo');
  mkdirSync(repo);
  writeFileSync(path.join(repo, 'add.js'), 'export function add(a, b) {\n  return a - b;\n}\n');
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  execFileSync('git', ['add', '.'], { cwd: repo });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init'], { cwd: repo });
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(tmp, { recursive: true, force: true });
});

function input(cfg: DroidConfig, env: NodeJS.ProcessEnv, extra: Partial<EngineInput> = {}): EngineInput {
  return {
    workdir: repo,
    request,
    config: cfg,
    iteration: 1,
    lastResults: [],
    prompt: 'Fix add() in add.js.',
    scratchDir: path.join(tmp, 'scratch'),
    env,
    extraArgs: [],
    log: silentLogger,
    ...extra,
  };
}

/** Read, edit, answer: three model turns with distinct token counts (cache reads and writes on the first). */
function anthropicScript(editTool: { name: string; old: string; new: string }): AnthropicStep[] {
  const file = path.join(repo, 'add.js');
  return [
    { text: 'Reading.', toolUses: [{ name: 'Read', input: { file_path: file } }], usage: { input_tokens: 1200, output_tokens: 40, cache_read_input_tokens: 500, cache_creation_input_tokens: 30 } },
    { toolUses: [{ name: 'Edit', input: { file_path: file, [editTool.old]: 'return a - b;', [editTool.new]: 'return a + b;' } }], usage: { input_tokens: 1500, output_tokens: 60 } },
    { text: 'Fixed add().', usage: { input_tokens: 1700, output_tokens: 25 } },
  ];
}

describe('usage from the real CLIs', () => {
  it('Claude Code: tokens with the cache counts, its cost and its turns', async () => {
    server = await startAnthropicServer({ steps: anthropicScript({ name: 'Edit', old: 'old_string', new: 'new_string' }) });
    const env = { PATH: process.env.PATH, ANTHROPIC_API_KEY: 'sk-ant-test', CLAUDE_CODE_MAX_RETRIES: '0' };
    const result = await claudeEngine().run(input(config({ use: 'claude', base_url: server.url }), env));
    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
    expect(result.usage).toMatchObject({
      // 1200+1500+1700 uncached, plus 500 read from and 30 written to the cache
      inputTokens: 4400 + 530,
      outputTokens: 125,
      cacheReadTokens: 500,
      cacheWriteTokens: 30,
      turns: 3,
    });
    // Claude Code prices the tokens itself (total_cost_usd): some positive amount
    expect(result.usage?.costUsd).toBeGreaterThan(0);
    expect(result.usage?.durationMs).toBe(result.durationMs);
  });

  it('Claude Code gets the turns left as --max-turns and stops there: the round counts, flagged as the budget', async () => {
    server = await startAnthropicServer({ steps: anthropicScript({ name: 'Edit', old: 'old_string', new: 'new_string' }) });
    const env = { PATH: process.env.PATH, ANTHROPIC_API_KEY: 'sk-ant-test', CLAUDE_CODE_MAX_RETRIES: '0' };
    const result = await claudeEngine().run(input(config({ use: 'claude', base_url: server.url, max_turns: 5 }), env, { maxTurns: 1 }));
    expect(result.ok).toBe(true);
    expect(result.budgetReached).toMatch(/turn budget/);
    expect(server.agentRequests().map((r) => r.step)).toEqual([0]);
    expect(result.usage).toMatchObject({ outputTokens: 40, turns: 2 });
  });

  it('Codex: the turn.completed usage (cached tokens are part of the input)', async () => {
    server = await startResponsesServer({
      steps: [
        { calls: [{ kind: 'function', name: 'exec_command', arguments: { cmd: 'cat add.js' } }], usage: { input_tokens: 900, cached_tokens: 300, output_tokens: 35 } },
        { text: 'Looked at add.js.', usage: { input_tokens: 1100, cached_tokens: 0, output_tokens: 15 } },
      ],
    });
    const env = { PATH: process.env.PATH, OPENAI_API_KEY: 'sk-test' };
    const result = await codexEngine().run(input(config({ use: 'codex', base_url: `${server.url}/v1`, model: 'gpt-5.5' }), env));
    expect(result.error).toBeUndefined();
    expect(result.usage).toMatchObject({ inputTokens: 2000, outputTokens: 50, cacheReadTokens: 300 });
    expect(result.usage?.costUsd).toBeUndefined();
  });

  it.skipIf(droidBin === undefined)('droid (BYOK, Anthropic endpoint): the usage of its -o json result and num_turns', async () => {
    server = await startAnthropicServer({ steps: anthropicScript({ name: 'Edit', old: 'old_str', new: 'new_str' }) });
    const env = { PATH: process.env.PATH, TEAM_LLM_KEY: 'team-key' };
    const cfg = config({ use: 'droid', base_url: server.url, provider: 'anthropic', model: 'claude-scripted', api_key_env: 'TEAM_LLM_KEY', auto: 'low' });
    const result = await droidEngine().run(input(cfg, env));
    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
    expect(result.usage).toMatchObject({ inputTokens: 4930, outputTokens: 125, cacheReadTokens: 500, cacheWriteTokens: 30, turns: 3 });
  });
});

describe('the command engine and $DROID_USAGE_FILE', () => {
  it('reads the usage the command wrote; none when it wrote nothing; ignores a malformed file', async () => {
    const run = (command: string) => commandEngine().run(input(config({ use: 'command', command }), { PATH: process.env.PATH }));
    const written = await run(`printf '{"input_tokens": 1000, "output_tokens": 200, "cost_usd": 0.42, "turns": 3}' > "$DROID_USAGE_FILE"; echo done`);
    expect(written.usage).toMatchObject({ inputTokens: 1000, outputTokens: 200, costUsd: 0.42, turns: 3 });
    expect((await run('echo nothing')).usage).toBeUndefined();
    expect((await run(`printf 'not json' > "$DROID_USAGE_FILE"`)).usage).toBeUndefined();
    expect((await run(`printf '{"cost_usd": -5, "input_tokens": "many"}' > "$DROID_USAGE_FILE"`)).usage).toBeUndefined();
  });

  it('sums rounds, keeps cost unknown unless reported, and formats one line', () => {
    const a = commandUsage('{"input_tokens": 1500, "output_tokens": 20, "cost_usd": 0.25}', 2000);
    const b = commandUsage('{"input_tokens": 500, "output_tokens": 30, "turns": 4}', 3000);
    expect(addUsage(a, undefined)).toEqual(a);
    const total = totalUsage([a, undefined, b]);
    expect(total).toMatchObject({ inputTokens: 2000, outputTokens: 50, costUsd: 0.25, turns: 4, durationMs: 5000, rounds: 2 });
    expect(usageLine(total!)).toBe('2,000 tokens in, 50 out · $0.2500 · 4 turns · 5 s');
    expect(usageJson(total)).toEqual({ input_tokens: 2000, output_tokens: 50, cache_read_tokens: 0, cache_write_tokens: 0, cost_usd: 0.25, turns: 4, duration_ms: 5000, rounds: 2 });
    expect(totalUsage([undefined])).toBeUndefined();
    expect(commandUsage('{"input_tokens": 1e300}', 1)).toBeUndefined();
    expect(commandUsage('x'.repeat(100_000), 1)).toBeUndefined();
  });
});
