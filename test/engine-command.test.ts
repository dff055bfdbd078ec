/**
 * The `command` engine: any program, handed the prompt in $DROID_PROMPT_FILE, run in the work tree
 * with a scrubbed environment and a time limit.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/schema.js';
import type { DroidConfig } from '../src/config/types.js';
import { commandEngine } from '../src/engine/command.js';
import { createEngine } from '../src/engine/index.js';
import { buildPrompt } from '../src/edit/prompt.js';
import type { EngineInput } from '../src/engine/types.js';
import type { Request } from '../src/trigger/request.js';
import { DroidError } from '../src/util/errors.js';
import { silentLogger } from '../src/util/log.js';

/** Whether `pid` is still a running (not zombie) process, allowing init a moment to reap it. */
async function runningAfterReap(pid: number): Promise<boolean> {
  for (let i = 0; i < 20; i += 1) {
    let state: string;
    try {
      state = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '')[0] ?? '';
    } catch {
      return false;
    }
    if (state === 'Z' || state === 'X') return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

const script = path.join(import.meta.dirname, 'fixtures', 'engine', 'edit-from-prompt.mjs');

function config(engine: Partial<DroidConfig['engine']>): DroidConfig {
  const c = defaultConfig();
  return { ...c, engine: { ...c.engine, use: 'command', ...engine } };
}

const request: Request = {
  command: 'fix',
  ticket: { key: 'T-1', title: 'add() subtracts', body: 'add(2, 3) should be 5' },
  instructions: '',
  actor: 'alice',
  actorIsBot: false,
  target: { kind: 'ticket' },
  source: { event: 'test' },
};

describe('the command engine', () => {
  let repo: string;
  let scratch: string;
  beforeEach(() => {
    repo = mkdtempSync(path.join(os.tmpdir(), 'cmd-repo-'));
    scratch = mkdtempSync(path.join(os.tmpdir(), 'cmd-scratch-'));
    writeFileSync(path.join(repo, 'add.js'), 'export const add = (a, b) => a - b;\n');
    execFileSync('git', ['init', '-q'], { cwd: repo });
  });
  afterEach(() => {
    rmSync(repo, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  const input = (cfg: DroidConfig, env: NodeJS.ProcessEnv, extraArgs: string[] = []): EngineInput => ({
    workdir: repo,
    request,
    config: cfg,
    iteration: 1,
    lastResults: [],
    prompt: buildPrompt({ request, config: cfg, iteration: 1, lastResults: [] }),
    scratchDir: scratch,
    env,
    extraArgs,
    log: silentLogger,
  });

  it('runs the command in the work tree with the prompt file; its stdout tail is the summary', async () => {
    const cfg = config({ command: `node '${script}' "$@"`, api_key_env: 'MY_ENGINE_KEY' });
    const env = {
      PATH: process.env.PATH,
      GITHUB_TOKEN: 'ghs_0123456789abcdefghijABCDEFGHIJ0123',
      OTHER_API_KEY: 'other-secret-value',
      MY_ENGINE_KEY: 'engine-secret-value',
    };
    const result = await createEngine('command').run(input(cfg, env, ['--fast', 'x y']));
    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
    expect(readFileSync(path.join(repo, 'add.js'), 'utf8')).toBe('export const add = (a, b) => a + b;\n');
    expect(result.summary).toContain('round=1 command=fix');
    expect(result.summary).toContain('github_token=absent other_key=absent');
    // its own key reached it, and is masked in what it printed back
    expect(result.summary).toContain('engine_key=***');
    expect(result.summary).not.toContain('engine-secret-value');
    expect(result.summary).toContain('args=--fast,x y');
    expect(result.summary).toContain('Changed add() to return the sum.');
    expect(result.summary).not.toContain('noise on stderr');
    expect(readFileSync(path.join(scratch, 'prompt.md'), 'utf8')).toContain('add() subtracts');
  });

  it('fails with the tail of its output when the command exits non-zero', async () => {
    const cfg = config({ command: 'echo working; echo "boom: cannot parse the prompt" >&2; exit 3' });
    const result = await commandEngine().run(input(cfg, { PATH: process.env.PATH }));
    expect(result.ok).toBe(false);
    expect(result.error).toContain('engine.command exited with code 3');
    expect(result.error).toContain('boom: cannot parse the prompt');
  });

  it('says so when the program is not installed', async () => {
    const cfg = config({ command: 'no-such-agent-cli --run' });
    const result = await commandEngine().run(input(cfg, { PATH: process.env.PATH }));
    expect(result.ok).toBe(false);
    expect(result.error).toContain('command not found');
  });

  it('stops the command and everything it started at engine.timeout_minutes', async () => {
    const pidFile = path.join(scratch, 'child.pid');
    // a background child that would outlive its shell, and a foreground wait
    const cfg = config({ command: `sleep 300 & echo $! > '${pidFile}'; echo started; wait`, timeout_minutes: 0.01 });
    const result = await commandEngine().run(input(cfg, { PATH: process.env.PATH }));
    expect(result.ok).toBe(false);
    expect(result.error).toContain('did not finish within 0.01 minutes (engine.timeout_minutes)');
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    expect(await runningAfterReap(pid)).toBe(false);
  });

  it('checks its set-up before any work: a command to run, and the key it was told to use', async () => {
    const engine = commandEngine();
    await expect(engine.preflight({}, config({ command: '  ' }))).rejects.toThrow(/engine.command is empty/);
    const missing = await engine.preflight({}, config({ command: 'true', api_key_env: 'MY_ENGINE_KEY' })).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(DroidError);
    expect((missing as DroidError).message).toBe('MY_ENGINE_KEY is not set: engine.api_key_env names it as the key for engine.command');
    await expect(engine.preflight({ MY_ENGINE_KEY: 'k' }, config({ command: 'true', api_key_env: 'MY_ENGINE_KEY' }))).resolves.toBeUndefined();
    expect(existsSync(path.join(scratch, 'prompt.md'))).toBe(false);
  });

  it('refuses an unknown engine name', () => {
    expect(() => createEngine('gpt-engineer')).toThrow(/unknown engine "gpt-engineer"/);
  });

  it('gives a plan on /droid plan', async () => {
    const cfg = config({ command: 'echo "1. change add.js"; echo "2. run the tests"' });
    const result = await commandEngine().run({ ...input(cfg, { PATH: process.env.PATH }), request: { ...request, command: 'plan' } });
    expect(result.ok).toBe(true);
    expect(result.plan).toBe('1. change add.js\n2. run the tests');
  });
});
