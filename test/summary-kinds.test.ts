import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summarizeText } from '../src/profiles/summary/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'runners');
const fixture = (p: string): string => readFileSync(join(ROOT, p), 'utf8');

describe('classifying a run as test failures, all pass or an infra error', () => {
  it('calls a run that timed out an infra error even when failures were printed, and keeps them', () => {
    const s = summarizeText(fixture('pytest/fail.log'), { timedOut: true, exitCode: null });
    expect(s.kind).toBe('infra-error');
    expect(s.text).toMatch(/timed out/);
    expect(s.failures.map((f) => f.name)).toContain('test_multiplies');
  });

  it('calls a command that could not be started an infra error', () => {
    const s = summarizeText('', { spawnError: 'spawn pytest ENOENT' });
    expect(s.kind).toBe('infra-error');
    expect(s.text).toContain('spawn pytest ENOENT');
  });

  it('calls exit code 127 with no results "command not found" even without the shell message', () => {
    const s = summarizeText('', { exitCode: 127 });
    expect(s.kind).toBe('infra-error');
    expect(s.text).toMatch(/command not found/);
  });

  it('recognises "not found" from the shell without an exit code', () => {
    const s = summarizeText(fixture('infra/not-found.log'));
    expect(s.kind).toBe('infra-error');
    expect(s.text).toContain('nonexistent-cmd');
  });

  it('does not call a passing run a success when the exit code says otherwise', () => {
    const s = summarizeText(fixture('vitest/pass.log'), { exitCode: 1 });
    expect(s.kind).toBe('infra-error');
    expect(s.text).toMatch(/no failing test/);
  });

  it('says tests failed when the runner printed failures even if the exit code was swallowed', () => {
    const s = summarizeText(fixture('go-test/fail.log'), { exitCode: 0 });
    expect(s.kind).toBe('test-failures');
    expect(s.failed).toBe(2);
  });

  it('needs a result or an exit code of 0 to call output all-pass', () => {
    expect(summarizeText('building...\ndone\n').kind).toBe('infra-error');
    expect(summarizeText('building...\ndone\n', { exitCode: 0 }).kind).toBe('all-pass');
  });

  it('falls back to the log text when the JUnit report is not XML or holds no testcase, and says so', () => {
    const bad = summarizeText(fixture('jest/fail.log'), { exitCode: 1, junitXml: '<testsuites><testsuite>' });
    expect(bad.runner).toBe('jest');
    expect(bad.failed).toBe(3);
    expect(bad.text).toMatch(/JUnit report unreadable/);
    const empty = summarizeText(fixture('jest/fail.log'), { exitCode: 1, junitXml: '<testsuites></testsuites>' });
    expect(empty.runner).toBe('jest');
    expect(empty.text).toMatch(/holds no testcase/);
  });

  it('prefers the JUnit report over the text when both are given', () => {
    const xml = fixture('pytest/fail.junit.xml');
    const meta = JSON.parse(fixture('pytest/fail.meta.json')) as { expected: { failed: number; passed: number; failures: { name: string; file: string; line: number }[] } };
    const want = meta.expected.failures.find((f) => f.name === 'test_parses_config');
    const s = summarizeText('unrelated output\n', { exitCode: 1, junitXml: xml });
    expect(s.runner).toBe('junit');
    expect(s.failed).toBe(meta.expected.failed);
    expect(s.passed).toBe(meta.expected.passed);
    expect(want).toBeDefined();
    expect(s.failures.find((f) => f.name === 'test_parses_config')).toMatchObject({ file: want?.file, line: want?.line });
  });

  it('reads the options given at creation only when the stream ends (exit code known later)', async () => {
    const { createSummarizer } = await import('../src/profiles/summary/index.js');
    const opts: { exitCode?: number | null } = {};
    const s = createSummarizer(opts);
    s.write(fixture('vitest/pass.log'));
    opts.exitCode = 1;
    expect(s.end().kind).toBe('infra-error');
  });
});

describe('summaries of CI job logs that wrap the runner output', () => {
  const shape = (s: ReturnType<typeof summarizeText>) => ({ kind: s.kind, runner: s.runner, failed: s.failed, passed: s.passed, failures: s.failures });

  it('reads a GitHub Actions log download (timestamp on every line, group markers)', () => {
    const plain = fixture('vitest/fail-color.log');
    const lines = ['##[group]Run npm test', '> acme@1.0.0 test', '> vitest run', '##[endgroup]', ...plain.split('\n'), '##[error]Process completed with exit code 1.'];
    const wrapped = lines.map((l, i) => `2026-11-25T11:00:${String(i % 60).padStart(2, '0')}.1234567Z ${l}`).join('\n');
    expect(shape(summarizeText(wrapped, { exitCode: 1 }))).toEqual(shape(summarizeText(plain, { exitCode: 1 })));
  });

  it('reads a GitLab job trace (section markers with carriage returns, erase-line codes, timestamps)', () => {
    const plain = fixture('pytest/fail-color.log');
    const trace = [
      '\x1b[0KRunning with gitlab-runner 17.5.0 (abc123)',
      'section_start:1764068400:step_script\r\x1b[0K\x1b[0K\x1b[36;1mExecuting "step_script" stage of the job script\x1b[0;m',
      '\x1b[32;1m$ python -m pytest --color=yes\x1b[0;m',
      ...plain.split('\n'),
      'section_end:1764068460:step_script\r\x1b[0K\x1b[31;1mERROR: Job failed: exit code 1\x1b[0;m',
    ];
    const stamped = trace.map((l) => `2026-11-25T11:00:00.123456Z 00O ${l}`).join('\n');
    const expected = shape(summarizeText(plain, { exitCode: 1 }));
    expect(shape(summarizeText(trace.join('\n'), { exitCode: 1 }))).toEqual(expected);
    expect(shape(summarizeText(stamped, { exitCode: 1 }))).toEqual(expected);
  });
});
