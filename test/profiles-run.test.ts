import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runProfiles, type RunProfilesOptions } from '../src/profiles/run.js';
import { profilePassed } from '../src/profiles/types.js';
import { silentLogger } from '../src/util/log.js';
import { cleanup, isRunning, monorepo, profile, tempDir } from './profiles-fixture.js';

let repo: string;
beforeEach(() => {
  repo = tempDir();
});
afterEach(() => cleanup(repo));

const baseEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' };
const opts = (extra: Partial<RunProfilesOptions> = {}): RunProfilesOptions => ({
  repoRoot: repo,
  env: baseEnv,
  log: silentLogger,
  killGraceMs: 300,
  ...extra,
});

describe('running test profiles', () => {
  it('kills the whole process group at the timeout and says so', async () => {
    const command = [
      'trap "" TERM',
      '(trap "" TERM; sleep 1000) & echo $! >> pids',
      'sh -c "sleep 1000 & echo \\$! >> pids; wait" & echo $! >> pids',
      'echo started',
      'while :; do sleep 1; done',
    ].join('; ');
    const [result] = await runProfiles([profile({ name: 'hangs', command, timeout_seconds: 2 })], opts());
    expect(result!.timedOut).toBe(true);
    expect(result!.summary.kind).toBe('infra-error');
    expect(result!.summary.text).toContain('timed out after 2 s; the process group was killed');
    expect(profilePassed(result!)).toBe(false);
    const pids = readFileSync(join(repo, 'pids'), 'utf8').split(/\s+/).filter(Boolean).map(Number);
    expect(pids).toHaveLength(3);
    expect(pids.filter(isRunning)).toEqual([]);
  });

  it('gives the command a scrubbed environment plus the profile env', async () => {
    const env = {
      ...baseEnv,
      GITHUB_TOKEN: 'ghs_0123456789abcdefghijklmnopqrstuvwxyz',
      INPUT_FACTORY_API_KEY: 'fk-secret',
      OPENAI_API_KEY: 'sk-secret',
      ACTIONS_RUNTIME_TOKEN: 'rt-secret',
      KEEP_ME: 'visible',
    };
    const [result] = await runProfiles(
      [profile({ name: 'env', command: 'env', env: { PYTHONWARNINGS: 'ignore' } })],
      opts({ env }),
    );
    const names = result!.output.split('\n').map((l) => l.split('=')[0]);
    expect(names).toEqual(expect.arrayContaining(['KEEP_ME', 'PYTHONWARNINGS', 'CI', 'PATH']));
    expect(result!.output).toContain('PYTHONWARNINGS=ignore');
    expect(result!.output).toContain('CI=true');
    expect(result!.output).not.toMatch(/GITHUB_TOKEN|INPUT_|OPENAI_API_KEY|ACTIONS_RUNTIME|secret|ghs_/);
  });

  it('keeps the result bounded and memory flat when a profile floods its output, and still summarises its end', async () => {
    const command = [
      'echo begin',
      'yes | head -c 300000000',
      'echo',
      'echo "=========================== short test summary info ============================"',
      'echo "FAILED tests/test_flood.py::test_quiet - AssertionError: too loud"',
      'echo "========================= 1 failed, 3 passed in 9.99s =========================="',
      'exit 1',
    ].join('; ');
    const before = process.memoryUsage().rss;
    const [result] = await runProfiles([profile({ name: 'flood', command })], opts({ keepBytes: 32 * 1024, summarizeBytes: 2 * 1024 * 1024 }));
    const grown = process.memoryUsage().rss - before;
    expect(result!.exitCode).toBe(1);
    expect(result!.output.length).toBeLessThan(2 * 32 * 1024 + 200);
    expect(result!.output.startsWith('begin')).toBe(true);
    expect(result!.output).toMatch(/bytes elided/);
    expect(result!.output.trimEnd().endsWith('==========')).toBe(true);
    expect(result!.summary.kind).toBe('test-failures');
    expect(result!.summary.failures.map((f) => f.name).join()).toContain('test_quiet');
    expect(result!.summary.text.length).toBeLessThan(20_000);
    expect(grown).toBeLessThan(100 * 1024 * 1024);
  });

  it('runs independent profiles at the same time', async () => {
    const waitFor = (mine: string, other: string): string =>
      `touch ${mine}.marker; while [ ! -f ${other}.marker ]; do sleep 0.05; done; echo saw ${other}`;
    const results = await runProfiles(
      [
        profile({ name: 'a', command: waitFor('a', 'b'), timeout_seconds: 30 }),
        profile({ name: 'b', command: waitFor('b', 'a'), timeout_seconds: 30 }),
      ],
      opts({ concurrency: 2 }),
    );
    expect(results.map((r) => [r.name, r.timedOut, r.exitCode])).toEqual([
      ['a', false, 0],
      ['b', false, 0],
    ]);
    expect(results[0]!.output).toContain('saw b');
  });

  it('returns results in config order whatever the finish order', async () => {
    const finished: string[] = [];
    const results = await runProfiles(
      [
        profile({ name: 'slow', command: 'while [ ! -f fast.marker ]; do sleep 0.05; done; echo slow done', timeout_seconds: 30 }),
        profile({ name: 'fast', command: 'touch fast.marker; echo fast done' }),
      ],
      opts({ onResult: (r) => finished.push(r.name) }),
    );
    expect(finished).toEqual(['fast', 'slow']);
    expect(results.map((r) => r.name)).toEqual(['slow', 'fast']);
  });

  it('honours the concurrency limit', async () => {
    const results = await runProfiles(
      [
        profile({ name: 'waits', command: 'while [ ! -f other.marker ]; do sleep 0.05; done', timeout_seconds: 1 }),
        profile({ name: 'other', command: 'touch other.marker' }),
      ],
      opts({ concurrency: 1 }),
    );
    expect(results[0]!.timedOut).toBe(true);
    expect(results[1]!.exitCode).toBe(0);
  });

  it('reports a command that does not exist as an infra error', async () => {
    const [result] = await runProfiles([profile({ name: 'typo', command: 'no-such-test-runner --all' })], opts());
    expect(result!.exitCode).toBe(127);
    expect(result!.summary.kind).toBe('infra-error');
    expect(result!.summary.text).toMatch(/not found/);
  });

  it('reports a missing directory or one outside the repository as an infra error, without running anything', async () => {
    const outside = tempDir();
    try {
      symlinkSync(outside, join(repo, 'escape'));
      const results = await runProfiles(
        [
          profile({ name: 'missing', path: 'services/nope', command: 'touch ran' }),
          profile({ name: 'escape', path: 'escape', command: 'touch ran' }),
        ],
        opts(),
      );
      expect(results.map((r) => r.summary.kind)).toEqual(['infra-error', 'infra-error']);
      expect(results[0]!.summary.text).toContain('directory services/nope does not exist');
      expect(results[1]!.summary.text).toContain('outside the repository');
      expect(() => readFileSync(join(outside, 'ran'))).toThrow();
    } finally {
      cleanup(outside);
    }
  });

  it('runs a passing profile in its path and calls it passed', async () => {
    const mono = monorepo();
    try {
      const [result] = await runProfiles(
        [profile({ name: 'web', path: 'apps/web', command: 'node --test' })],
        opts({ repoRoot: mono }),
      );
      expect(result!.summary.kind).toBe('all-pass');
      expect(result!.summary.passed).toBe(1);
      expect(profilePassed(result!)).toBe(true);
    } finally {
      cleanup(mono);
    }
  });
});

describe('JUnit reports', () => {
  const junit = (failures: number): string => `<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" errors="0" failures="${failures}" skipped="0" tests="2">
<testcase classname="tests.test_app" name="test_adds" file="tests/test_app.py" line="1"/>
${failures ? '<testcase classname="tests.test_app" name="test_greets" file="tests/test_app.py" line="5"><failure message="AssertionError: assert &apos;HELLO&apos; == &apos;hello&apos;">tests/test_app.py:6: AssertionError</failure></testcase>' : '<testcase classname="tests.test_app" name="test_greets"/>'}
</testsuite></testsuites>`;

  it('reads the report the command wrote, relative to the profile path', async () => {
    mkdirSync(join(repo, 'svc/reports'), { recursive: true });
    writeFileSync(join(repo, 'report.xml'), junit(1));
    const [result] = await runProfiles(
      [profile({ name: 'svc', path: 'svc', command: 'cp ../report.xml reports/junit.xml; echo done; exit 1', junit: 'reports/junit.xml' })],
      opts(),
    );
    expect(result!.summary.kind).toBe('test-failures');
    expect(result!.summary.failed).toBe(1);
    expect(result!.summary.failures[0]!.name).toContain('test_greets');
  });

  it('ignores a stale report left over from an earlier run', async () => {
    mkdirSync(join(repo, 'reports'));
    writeFileSync(join(repo, 'reports/junit.xml'), junit(1));
    const old = new Date(Date.now() - 3600_000);
    utimesSync(join(repo, 'reports/junit.xml'), old, old);
    const [result] = await runProfiles(
      [profile({ name: 'ok', command: 'echo fine', junit: 'reports/junit.xml' })],
      opts(),
    );
    expect(result!.summary.kind).toBe('all-pass');
  });
});

describe('failing tests first', () => {
  it('re-runs the tests that failed last round and stops there while they still fail', async () => {
    mkdirSync(join(repo, 'bin'));
    // a stand-in for pytest that records how it was called
    writeFileSync(
      join(repo, 'bin/pytest'),
      [
        '#!/bin/sh',
        'echo "$*" >> "$CALLS"',
        'echo "=========================== short test summary info ============================"',
        'echo "FAILED tests/test_app.py::test_greets - AssertionError: assert 1 == 2"',
        'echo "========================= 1 failed, 0 passed in 0.01s =========================="',
        'exit 1',
      ].join('\n'),
    );
    chmodSync(join(repo, 'bin/pytest'), 0o755);
    const env = { ...baseEnv, PATH: `${join(repo, 'bin')}:${baseEnv.PATH}` };
    const calls = join(repo, 'calls');
    const [result] = await runProfiles(
      [profile({ name: 'api', command: 'pytest -q', env: { CALLS: calls } })],
      opts({ env, rerunFirst: new Map([['api', ['tests/test_app.py::test_greets', "it's; rm -rf /"]]]) }),
    );
    expect(readFileSync(calls, 'utf8')).toBe('-q tests/test_app.py::test_greets\n');
    expect(result!.command).toBe("pytest -q 'tests/test_app.py::test_greets'");
    expect(result!.summary.text).toMatch(/Re-ran only the 1 test/);
  });

  it('runs the full suite when the re-run tests now pass', async () => {
    mkdirSync(join(repo, 'bin'));
    writeFileSync(
      join(repo, 'bin/pytest'),
      ['#!/bin/sh', 'echo "$*" >> "$CALLS"', 'echo "========================= 2 passed in 0.01s ========================="'].join('\n'),
    );
    chmodSync(join(repo, 'bin/pytest'), 0o755);
    const env = { ...baseEnv, PATH: `${join(repo, 'bin')}:${baseEnv.PATH}` };
    const calls = join(repo, 'calls');
    const [result] = await runProfiles(
      [profile({ name: 'api', command: 'pytest -q', env: { CALLS: calls } })],
      opts({ env, rerunFirst: new Map([['api', ['tests/test_app.py::test_greets']]]) }),
    );
    expect(readFileSync(calls, 'utf8')).toBe('-q tests/test_app.py::test_greets\n-q\n');
    expect(result!.command).toBe('pytest -q');
    expect(profilePassed(result!)).toBe(true);
  });
});

describe('cancelling a run', () => {
  it('kills running profiles and does not start the rest', async () => {
    const controller = new AbortController();
    const abortOnceStarted = (): void => {
      const poll = setInterval(() => {
        if (existsSync(join(repo, 'pid')) && readFileSync(join(repo, 'pid'), 'utf8').trim() !== '') {
          clearInterval(poll);
          controller.abort();
        }
      }, 20);
    };
    const results = await runProfiles(
      [
        profile({ name: 'running', command: 'sleep 1000 & echo $! > pid; echo started; wait' }),
        profile({ name: 'queued', command: 'touch queued-ran' }),
      ],
      opts({
        concurrency: 1,
        signal: controller.signal,
        log: { ...silentLogger, info: (m) => (m.startsWith('▶ running') ? abortOnceStarted() : undefined) },
      }),
    );
    expect(results.map((r) => r.summary.kind)).toEqual(['infra-error', 'infra-error']);
    expect(results[0]!.summary.text).toMatch(/^cancelled; the process group was killed/);
    expect(results[1]!.summary.text).toMatch(/not run/);
    expect(isRunning(Number(readFileSync(join(repo, 'pid'), 'utf8')))).toBe(false);
    expect(() => readFileSync(join(repo, 'queued-ran'))).toThrow();
  });
});
