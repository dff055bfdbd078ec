import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../src/entry/cli.js';
import { leaks, loopRepo, runEnv } from './audit-fixture.js';
import { captureIo } from './support/repo.js';

/**
 * PRODUCT.md §7: every action of a run is one JSON line (time, run id, stage, actor, outcome) in the
 * audit file named by `audit.file`, and no secret the run was given ever appears in it.
 */
interface Line {
  time: string;
  run_id: string;
  stage: string;
  actor: string;
  action: string;
  outcome: string;
  detail?: Record<string, unknown>;
  durationMs?: number;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function readLines(file: string): Line[] {
  const text = readFileSync(file, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text.trimEnd().split('\n').map((l) => JSON.parse(l) as Line);
}

describe('the audit log of a local run', () => {
  it('writes one JSON line per stage, command, file change and commit to audit.file, with no secret in any line', async () => {
    const repo = loopRepo({ auditFile: 'logs/droid-audit.jsonl' });
    cleanups.push(repo.cleanup);
    const { io, out, err } = captureIo();
    const code = await cli(['run', '--platform', 'local', '--repo', repo.dir, '--ticket', 'AUD-1', '--prompt', 'make add() add', '--json'], io, runEnv());
    expect(err()).not.toContain('error:');
    expect(code).toBe(0);
    const result = JSON.parse(out()) as { conclusion: string; branch: string; commit: string };
    expect(result.conclusion).toBe('pr-opened');

    const file = join(repo.dir, 'logs/droid-audit.jsonl');
    expect(existsSync(file)).toBe(true);
    expect(existsSync(join(repo.dir, '.droid/audit.jsonl'))).toBe(false);
    const lines = readLines(file);

    // every line carries the common fields, one run id, the actor
    const runIds = new Set(lines.map((l) => l.run_id));
    expect(runIds.size).toBe(1);
    expect([...runIds][0]).toMatch(/^local-/);
    for (const l of lines) {
      expect(Number.isNaN(Date.parse(l.time))).toBe(false);
      expect(l.actor).toBe('alice');
      expect(['ok', 'fail', 'skip', 'refused']).toContain(l.outcome);
      expect(typeof l.stage).toBe('string');
      expect(typeof l.action).toBe('string');
    }
    // times never go backwards
    const times = lines.map((l) => Date.parse(l.time));
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    // each stage that started ended, once, in order
    const starts = lines.filter((l) => l.action === 'stage.start').map((l) => l.stage);
    const ends = lines.filter((l) => l.action === 'stage.end').map((l) => l.stage);
    expect(starts).toEqual(expect.arrayContaining(['config', 'gate', 'workspace', 'test', 'edit', 'commit']));
    expect([...ends].sort()).toEqual([...starts].sort());
    expect(lines.filter((l) => l.action === 'stage.end').every((l) => l.outcome === 'ok' && typeof l.durationMs === 'number')).toBe(true);

    // the engine run, the file change, the profile run after it and the commit, in that order
    const runs = lines.filter((l) => l.action === 'command.run');
    expect(runs.map((l) => [l.detail?.profile, l.outcome, l.detail?.exit_code])).toEqual([['unit', 'ok', 0]]);
    const order = ['engine.run', 'file.changed', 'command.run', 'git.commit'].map((a) => lines.findIndex((l) => l.action === a));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(runs.every((l) => l.stage === 'test' && typeof l.durationMs === 'number')).toBe(true);
    expect(lines.find((l) => l.action === 'engine.run')).toMatchObject({ stage: 'edit', outcome: 'ok', detail: { engine: 'command' } });
    expect(lines.filter((l) => l.action === 'file.changed').map((l) => l.detail?.path)).toEqual(['src/add.js']);
    expect(lines.find((l) => l.action === 'git.commit')).toMatchObject({ stage: 'commit', outcome: 'ok', detail: { sha: result.commit } });
    expect(lines.find((l) => l.action === 'config.read')).toMatchObject({ stage: 'config', outcome: 'ok' });

    // no secret in any line, nor anywhere else the run wrote to
    expect(leaks(readFileSync(file, 'utf8'))).toEqual([]);
    expect(leaks(out())).toEqual([]);
    expect(leaks(err())).toEqual([]);
    const pr = readFileSync(join(repo.dir, '.droid/pr.md'), 'utf8');
    expect(pr).toContain('Fixed add() with key ***'); // the engine did print its key: it reached the run, masked
    expect(leaks(pr)).toEqual([]);

    // the audit file is not committed by the droid
    const tree = repo.git('ls-tree', '-r', '--name-only', result.branch);
    expect(tree).toContain('src/add.js');
    expect(tree).not.toContain('logs/droid-audit.jsonl');
    expect(tree).not.toContain('.droid/');
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('appends a second run to the same file under its own run id', async () => {
    const repo = loopRepo();
    cleanups.push(repo.cleanup);
    const first = captureIo();
    expect(await cli(['run', '--platform', 'local', '--repo', repo.dir, '--ticket', 'AUD-2', '--prompt', 'x', '--json'], first.io, runEnv())).toBe(0);
    const second = captureIo();
    expect(await cli(['run', '--platform', 'local', '--repo', repo.dir, '--ticket', 'AUD-3', '--prompt', 'y', '--json'], second.io, runEnv())).toBe(0);
    const lines = readLines(join(repo.dir, '.droid/audit.jsonl'));
    const runIds = [...new Set(lines.map((l) => l.run_id))];
    expect(runIds).toHaveLength(2);
    for (const id of runIds) {
      const own = lines.filter((l) => l.run_id === id);
      expect(own.filter((l) => l.action === 'git.commit')).toHaveLength(1);
    }
  });

  it('records a run that fails at setup with the reason and no secret', async () => {
    const repo = loopRepo();
    cleanups.push(repo.cleanup);
    const { io } = captureIo();
    const code = await cli(['run', '--platform', 'local', '--repo', repo.dir, '--ticket', 'bad key!', '--prompt', 'x', '--json'], io, runEnv());
    expect(code).toBe(2);
    const lines = readLines(join(repo.dir, '.droid/audit.jsonl'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ stage: 'trigger', action: 'setup', outcome: 'fail' });
    expect(String(lines[0]!.detail?.error)).toContain('is not a ticket key');
  });

  it('ends a run in a folder that is not a git repository with an error outcome and an audit line (not a crash)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'droid-not-git-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, '.droid.yml'), 'version: 1\n');
    const { io, out } = captureIo();
    const code = await cli(['run', '--platform', 'local', '--repo', dir, '--ticket', 'AUD-4', '--prompt', 'x', '--json'], io, runEnv());
    expect(code).toBe(2);
    const result = JSON.parse(out()) as { conclusion: string; message: string };
    expect(result.conclusion).toBe('error');
    expect(result.message).toContain('is not a git repository');
    const lines = readLines(join(dir, '.droid/audit.jsonl'));
    expect(lines.at(-1)).toMatchObject({ stage: 'workspace', action: 'setup', outcome: 'fail', actor: 'alice' });
  });
});
