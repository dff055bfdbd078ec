/**
 * The `fix-commands` engine (no model): it runs the `fix` command of each failing profile, in the
 * profile's folder, so a red profile turns green.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/schema.js';
import type { DroidConfig, TestProfile } from '../src/config/types.js';
import { createEngine } from '../src/engine/index.js';
import { pickFixers } from '../src/engine/fix-commands.js';
import type { EngineInput } from '../src/engine/types.js';
import type { ProfileResult } from '../src/profiles/types.js';
import type { Request } from '../src/trigger/request.js';
import { silentLogger } from '../src/util/log.js';

const fixture = path.join(import.meta.dirname, 'fixtures', 'engine', 'lint-repo');

const lint: TestProfile = {
  name: 'lint',
  path: 'web',
  command: 'node check.mjs',
  timeout_seconds: 30,
  env: { FIX_MARK: 'from-profile-env' },
  fix: 'node fix.mjs && echo "mark=$FIX_MARK token=${GITHUB_TOKEN:-absent}" > fixer-env.txt',
  watch: [],
};
const unit: TestProfile = { name: 'unit', path: '.', command: 'true', timeout_seconds: 30, env: {}, watch: [] };

function config(tests: TestProfile[]): DroidConfig {
  const c = defaultConfig();
  return { ...c, tests, engine: { ...c.engine, use: 'fix-commands' } };
}

const request: Request = {
  command: 'fix',
  ticket: { key: 'T-2', title: 'lint is red', body: '' },
  instructions: '',
  actor: 'alice',
  actorIsBot: false,
  target: { kind: 'ticket' },
  source: { event: 'test' },
};

/** Runs a profile's command for real and shapes the outcome as the profile runner would. */
function runTest(repo: string, profile: TestProfile): ProfileResult {
  const run = spawnSync('/bin/sh', ['-c', profile.command], { cwd: path.join(repo, profile.path), encoding: 'utf8' });
  const ok = run.status === 0;
  return {
    name: profile.name,
    command: profile.command,
    path: profile.path,
    exitCode: run.status,
    signal: null,
    timedOut: false,
    durationMs: 1,
    output: run.stdout,
    summary: { kind: ok ? 'all-pass' : 'test-failures', runner: 'eslint', failed: ok ? 0 : 1, passed: ok ? 1 : 0, failures: [], text: run.stdout },
  };
}

describe('the fix-commands engine', () => {
  let repo: string;
  let scratch: string;
  beforeEach(() => {
    repo = mkdtempSync(path.join(os.tmpdir(), 'fixcmd-repo-'));
    scratch = mkdtempSync(path.join(os.tmpdir(), 'fixcmd-scratch-'));
    cpSync(fixture, path.join(repo, 'web'), { recursive: true });
  });
  afterEach(() => {
    rmSync(repo, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  const input = (cfg: DroidConfig, lastResults: ProfileResult[], command: Request['command'] = 'fix'): EngineInput => ({
    workdir: repo,
    request: { ...request, command },
    config: cfg,
    iteration: 1,
    lastResults,
    prompt: '',
    scratchDir: scratch,
    env: { PATH: process.env.PATH, GITHUB_TOKEN: 'ghs_0123456789abcdefghijABCDEFGHIJ0123' },
    extraArgs: [],
    log: silentLogger,
  });

  it('turns a red profile green by running its fixer in the profile folder, with a scrubbed env', async () => {
    const cfg = config([lint, unit]);
    const before = [runTest(repo, lint), runTest(repo, unit)];
    expect(before[0]?.exitCode).toBe(1);
    expect(before[0]?.output).toContain('src/counter.js:1:1: error: Unexpected var');

    const result = await createEngine('fix-commands').run(input(cfg, before));
    expect(result.ok).toBe(true);
    expect(result.summary).toBe(
      'Ran the deterministic fixers of the test profiles (no model):\n- lint: `node fix.mjs && echo "mark=$FIX_MARK token=${GITHUB_TOKEN:-absent}" > fixer-env.txt` ran',
    );
    expect(runTest(repo, lint).exitCode).toBe(0);
    expect(readFileSync(path.join(repo, 'web', 'src', 'counter.js'), 'utf8')).toContain('let next = total + x;');
    expect(readFileSync(path.join(repo, 'web', 'fixer-env.txt'), 'utf8').trim()).toBe('mark=from-profile-env token=absent');
  });

  it('names failing profiles that have no fixer, and runs nothing for green ones', async () => {
    const failingUnit = { ...runTest(repo, unit), exitCode: 1, summary: { ...runTest(repo, unit).summary, kind: 'test-failures' as const } };
    const green = { ...runTest(repo, lint), exitCode: 0, summary: { ...runTest(repo, lint).summary, kind: 'all-pass' as const } };
    const result = await createEngine('fix-commands').run(input(config([lint, unit]), [green, failingUnit]));
    expect(result.ok).toBe(true);
    expect(result.summary).toBe('No fix commands ran: no failing profile has a `fix` command.\nFailing profiles without a fix command: unit.');
    expect(runTest(repo, lint).exitCode).toBe(1); // untouched
  });

  it('with no results yet, runs every fixer in config order', () => {
    const second = { ...lint, name: 'lint-2' };
    expect(pickFixers(config([lint, unit, second]), []).run.map((p) => p.profile.name)).toEqual(['lint', 'lint-2']);
  });

  it('fails only when a fixer cannot start, naming the profile and its command', async () => {
    const broken = { ...lint, fix: 'ruff-that-is-not-installed check --fix .' };
    const result = await createEngine('fix-commands').run(input(config([broken]), [runTest(repo, broken)]));
    expect(result.ok).toBe(false);
    expect(result.error).toContain('the fix command of profile lint (`ruff-that-is-not-installed check --fix .`) could not be started');
    expect(result.error).toContain('Check tests[].fix in .droid.yml');
  });

  it('answers /droid plan with the fixers it would run, changing nothing', async () => {
    const result = await createEngine('fix-commands').run(input(config([lint]), [runTest(repo, lint)], 'plan'));
    expect(result.plan).toContain('- lint: `node fix.mjs');
    expect(runTest(repo, lint).exitCode).toBe(1);
  });
});
