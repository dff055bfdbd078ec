import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../src/entry/cli.js';
import { captureIo, makeRepo } from './support/repo.js';

/** `droid-ci doctor --platform local`: config and engine only, no forge. */
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function repo(config?: string): string {
  const r = makeRepo({ 'README.md': '# app\n' });
  cleanups.push(r.cleanup);
  if (config !== undefined) writeFileSync(join(r.dir, '.droid.yml'), config);
  return r.dir;
}

async function doctor(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  const { io, out, err } = captureIo();
  const code = await cli(['doctor', ...args], io, { PATH: process.env.PATH, HOME: process.env.HOME, ...env });
  return { code, out: out(), err: err() };
}

describe('droid-ci doctor --platform local', () => {
  it('checks the config and the engine only, and passes when both are fine', async () => {
    const dir = repo('version: 1\nengine:\n  use: command\n  command: "true"\n');
    const { code, out } = await doctor(['--platform', 'local', '--repo', dir]);
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual(['✔ config: .droid.yml is valid (0 test profile(s))', '✔ engine: command is ready (CLI found)']);
  });

  it('no config and no Factory key: warns about the config, fails the engine naming FACTORY_API_KEY and how to pass it', async () => {
    const dir = repo();
    const { code, out } = await doctor(['--platform', 'local', '--repo', dir, '--json'], { FACTORY_API_KEY: '' });
    expect(code).toBe(1);
    const report = JSON.parse(out) as { ok: boolean; checks: { name: string; state: string; detail: string }[] };
    expect(report.ok).toBe(false);
    expect(report.checks.map((c) => [c.name, c.state])).toEqual([
      ['config', 'warn'],
      ['engine', 'fail'],
    ]);
    expect(report.checks[0]!.detail).toMatch(/no \.droid\.yml[^]*fix: run `droid-ci init`/);
    expect(report.checks[1]!.detail).toMatch(/FACTORY_API_KEY is not set[^]*factory_api_key input/);
  });

  it('a named key variable that is missing is named; a broken config is located and the engine is not checked', async () => {
    const named = repo('version: 1\nengine:\n  use: claude\n  api_key_env: TEAM_ANTHROPIC_KEY\n');
    const missing = await doctor(['--platform', 'local', '--repo', named]);
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/✘ engine: TEAM_ANTHROPIC_KEY is not set/);

    const broken = repo('version: 1\ntests:\n  - name: unit\n    comand: npm test\n');
    const { code, out } = await doctor(['--platform', 'local', '--repo', broken]);
    expect(code).toBe(1);
    expect(out).toMatch(/✘ config: \.droid\.yml is not valid[^]*unknown key `comand` in tests\[0\] at \.droid\.yml:4:5/);
    expect(out).toMatch(/– engine: not checked: fix the config first/);
  });

  it('--engine checks the engine a run would use instead of engine.use', async () => {
    const dir = repo('version: 1\nengine:\n  use: command\n  command: "true"\n');
    const { code, out } = await doctor(['--platform', 'local', '--repo', dir, '--engine', 'codex'], { OPENAI_API_KEY: '' });
    expect(code).toBe(1);
    expect(out).toMatch(/✘ engine: OPENAI_API_KEY is not set: the codex engine needs a model API key/);
  });

  it('usage errors exit 2', async () => {
    expect((await doctor(['--bogus'])).code).toBe(2);
    expect((await doctor(['--platform', 'bitbucket'])).code).toBe(2);
  });
});
