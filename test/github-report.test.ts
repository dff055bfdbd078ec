/** GitHub job summary, failing-test annotations and stop-commands wrapping. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProfileResult } from '../src/profiles/types.js';
import { annotateFailures, stopCommandsWrap, writeJobSummary } from '../src/platform/github/report.js';
import { jobSummaryMarkdown } from '../src/report/job-summary.js';

function profile(overrides: Partial<ProfileResult> & { failures?: ProfileResult['summary']['failures'] }): ProfileResult {
  const failures = overrides.failures ?? [];
  return {
    name: 'api-fast',
    command: 'pytest -q',
    path: 'services/api',
    exitCode: failures.length ? 1 : 0,
    signal: null,
    timedOut: false,
    durationMs: 2300,
    output: '',
    summary: { kind: failures.length ? 'test-failures' : 'all-pass', runner: 'pytest', passed: 10, failed: failures.length, failures, text: '' },
    ...overrides,
  };
}

const failing = profile({
  failures: [
    { name: 'test_iso_week', full_name: 'tests/test_dates.py::test_iso_week', file: 'tests/test_dates.py', line: 12, message: "AssertionError: 'W05' != None" },
    { name: 'test_abs', full_name: 'test_abs', file: '/work/repo/services/api/tests/test_abs.py', line: 3, message: 'boom' },
  ],
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('job summary', () => {
  it('shows a tests table with result, counts and duration, escaping cell text', () => {
    const md = jobSummaryMarkdown({
      title: 'Droid: PROJ-1',
      conclusion: 'tests-failing',
      results: [profile({ name: 'web|unit', command: 'npm test', durationMs: 900 }), failing],
      change: { number: 7, url: 'https://github.com/acme/app/pull/7' },
      notes: ['review could not be requested from @mallory'],
    });
    expect(md).toContain('| Profile | Command | Result | Passed | Failed | Duration |');
    expect(md).toContain('| web\\|unit | `npm test` | ✅ passed | 10 | 0 | 900 ms |');
    expect(md).toContain('| api-fast | `pytest -q` | ❌ failed | 10 | 2 | 2.3 s |');
    expect(md).toContain('[#7](https://github.com/acme/app/pull/7)');
    expect(md).toContain("tests/test_dates.py::test_iso_week (tests/test_dates.py:12): AssertionError: 'W05' != None");
    expect(md).toContain('- review could not be requested from @mallory');
  });

  it('appends to the GITHUB_STEP_SUMMARY file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'droid-gh-summary-'));
    const file = join(dir, 'summary.md');
    writeFileSync(file, '');
    const previous = process.env.GITHUB_STEP_SUMMARY;
    process.env.GITHUB_STEP_SUMMARY = file;
    try {
      expect(await writeJobSummary({ title: 'Droid: PROJ-1', conclusion: 'pr-opened', results: [profile({})] })).toBe(true);
      expect(readFileSync(file, 'utf8')).toContain('**Conclusion:** `pr-opened`');
      expect(await writeJobSummary({ title: 'x', conclusion: 'y', results: [] }, {})).toBe(false);
    } finally {
      if (previous === undefined) delete process.env.GITHUB_STEP_SUMMARY;
      else process.env.GITHUB_STEP_SUMMARY = previous;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('annotations', () => {
  it('writes one ::error with file and line per failing test, relative to the workspace', () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const count = annotateFailures([failing, profile({})], { workspace: '/work/repo' });
    expect(count).toBe(2);
    expect(lines[0]).toBe("::error title=api-fast%3A tests/test_dates.py%3A%3Atest_iso_week,file=services/api/tests/test_dates.py,line=12::AssertionError: 'W05' != None\n");
    expect(lines[1]).toContain('file=services/api/tests/test_abs.py,line=3::boom');
  });

  it('keeps a multi-line message inside one command and caps the count', () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const many = profile({ failures: Array.from({ length: 15 }, (_, i) => ({ name: `t${i}`, full_name: `t${i}`, message: 'line1\n::add-mask::x' })) });
    expect(annotateFailures([many])).toBe(10);
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('::error title=api-fast%3A t0::line1%0A::add-mask::x\n');
  });
});

describe('stop-commands', () => {
  it('wraps echoed output with a fresh random token', () => {
    const hostile = '::set-output name=conclusion::pr-opened\n::add-mask::oops\n::deadbeefdeadbeef::';
    const wrapped = stopCommandsWrap(hostile);
    const match = /^::stop-commands::([a-f0-9]{32})\n([\s\S]*)::([a-f0-9]{32})::\n$/.exec(wrapped);
    expect(match?.[1]).toBe(match?.[3]);
    expect(match?.[2]).toBe(`${hostile}\n`);
    expect(stopCommandsWrap('x')).not.toBe(stopCommandsWrap('x'));
    expect(() => stopCommandsWrap('x', 'short')).toThrow(/unguessable/);
  });
});
