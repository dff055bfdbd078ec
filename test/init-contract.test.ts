/**
 * Contract slips around a fresh `.droid.yml` (issue 13): `tests_concurrency`, fix-commands with no profiles.
 */
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../src/entry/cli.js';
import { testCommand } from '../src/commands/test.js';
import { ConfigError, loadConfig } from '../src/config/load.js';
import { defaultConcurrency } from '../src/profiles/run.js';
import { captureIo, makeRepo } from './support/repo.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

// each profile writes its start, waits, then its end: overlapping runs show as start,start,end,end
const PROFILE = (name: string): string => `  - name: ${name}
    command: node -e "const fs=require('fs');fs.appendFileSync('../log.txt','start ${name}\\\\n');setTimeout(()=>fs.appendFileSync('../log.txt','end ${name}\\\\n'),400)"
    path: pkg
    timeout_seconds: 30
`;

describe('tests_concurrency in .droid.yml', () => {
  it('is optional (unset = the number of CPUs) and checked', () => {
    expect(loadConfig({ text: 'version: 1\n', file: '.droid.yml' }).tests_concurrency).toBeUndefined();
    expect(defaultConcurrency()).toBe(availableParallelism());
    expect(loadConfig({ text: 'version: 1\ntests_concurrency: 3\n', file: '.droid.yml' }).tests_concurrency).toBe(3);
    for (const bad of ['0', '65', '1.5', '"2"']) {
      expect(() => loadConfig({ text: `version: 1\ntests_concurrency: ${bad}\n`, file: '.droid.yml' })).toThrow(ConfigError);
    }
    expect(() => loadConfig({ text: 'version: 1\ntest_concurrency: 2\n', file: '.droid.yml' })).toThrow(/did you mean `tests_concurrency`/);
  });

  for (const [limit, expected] of [
    [1, ['start a', 'end a', 'start b', 'end b']],
    [2, ['start a', 'start b', 'end a', 'end b']],
  ] as const) {
    it(`droid-ci test runs ${limit} profile(s) at a time with tests_concurrency: ${limit}`, async () => {
      const repo = makeRepo({ 'pkg/.keep': '', '.droid.yml': `version: 1\ntests_concurrency: ${limit}\ntests:\n${PROFILE('a')}${PROFILE('b')}` });
      cleanups.push(repo.cleanup);
      const err: string[] = [];
      const code = await testCommand([], { stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s) } }, repo.dir);
      expect(code, err.join('')).toBe(0);
      const log = readFileSync(join(repo.dir, 'log.txt'), 'utf8').trim().split('\n');
      expect(log.map((l) => l.split(' ')[0])).toEqual(expected.map((l) => l.split(' ')[0]));
    });
  }
});

describe('fix-commands on a repo with no test profiles', () => {
  it('says there are no profiles and how to add one, not that they all pass', async () => {
    const repo = makeRepo({ '.droid.yml': 'version: 1\ntests: []\nengine:\n  use: fix-commands\n', 'README.md': '# x\n' });
    cleanups.push(repo.cleanup);
    const { io, out } = captureIo();
    const code = await cli(['run', '--platform', 'local', '--repo', repo.dir, '--prompt', 'fix the lint', '--json'], io, process.env);
    const outcome = JSON.parse(out()) as { conclusion: string; message: string };
    expect(code).toBe(0);
    expect(outcome.conclusion).toBe('no-changes');
    expect(outcome.message).toContain('No test profiles in the config');
    expect(outcome.message).toContain('droid-ci init --print');
    expect(outcome.message).not.toContain('already pass');
  });
});
