import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { rerunCommand, rerunFirstFrom, shellQuote } from '../src/profiles/rerun.js';
import type { ProfileResult } from '../src/profiles/types.js';

describe('re-running the tests that failed last round', () => {
  it('passes pytest node ids, quoted', () => {
    expect(rerunCommand('pytest -q', ['tests/test_a.py::test_x', 'tests/test_b.py::TestB::test_y'])).toEqual({
      command: "pytest -q 'tests/test_a.py::test_x' 'tests/test_b.py::TestB::test_y'",
      count: 2,
    });
    expect(rerunCommand('python -m pytest', ['test_x'])).toBeUndefined(); // not a node id
  });

  it('selects vitest and jest tests by a name pattern', () => {
    expect(rerunCommand('npx vitest run', ['adds (1+1)', 'trims'])?.command).toBe("npx vitest run -t 'adds \\(1\\+1\\)|trims'");
    expect(rerunCommand('npx jest --ci', ['a'])?.command).toBe("npx jest --ci -t 'a'");
  });

  it('selects go tests by their top-level name', () => {
    expect(rerunCommand('go test ./...', ['TestStrings/trim', 'example.com/calc.TestMultiply'])?.command).toBe(
      "go test ./... -run '^(TestStrings|TestMultiply)$'",
    );
  });

  it('does not guess for unknown runners, pipelines or npm scripts', () => {
    expect(rerunCommand('npm test', ['a'])).toBeUndefined();
    expect(rerunCommand('pytest -q | tee log', ['t.py::a'])).toBeUndefined();
    expect(rerunCommand('cd api && pytest', ['t.py::a'])).toBeUndefined();
    expect(rerunCommand('pytest', [])).toBeUndefined();
  });

  it('keeps hostile test names inert for the shell', () => {
    const hostile = ["t.py::a'; touch /tmp/droid-pwned; echo '", 't.py::$(id)', 't.py::`id`'];
    const rerun = rerunCommand('printf %s\\\\n', hostile);
    expect(rerun).toBeUndefined(); // printf is no test runner
    const quoted = hostile.map(shellQuote).join(' ');
    const echoed = execFileSync('/bin/sh', ['-c', `printf '%s\\n' ${quoted}`], { encoding: 'utf8' });
    expect(echoed.trimEnd().split('\n')).toEqual(hostile);
  });

  it('drops names with control characters', () => {
    expect(rerunCommand('pytest', ['t.py::a\nrm -rf /'])).toBeUndefined();
  });

  it('builds the next round\'s list from failing profiles only, with pytest node ids', () => {
    const result = (name: string, kind: ProfileResult['summary']['kind'], failures: [string, string][]): ProfileResult => ({
      name,
      command: 'x',
      path: '.',
      exitCode: 1,
      signal: null,
      timedOut: false,
      durationMs: 1,
      output: '',
      summary: { kind, runner: 'x', failed: failures.length, passed: 0, text: '', failures: failures.map(([n, full]) => ({ name: n, full_name: full, message: '' })) },
    });
    const map = rerunFirstFrom([
      result('api', 'test-failures', [['test_x', 'tests/t.py::test_x']]),
      result('web', 'test-failures', [['adds', 'math > adds']]),
      result('broken', 'infra-error', [['a', 'a']]),
      result('green', 'all-pass', []),
    ]);
    expect([...map]).toEqual([
      ['api', ['tests/t.py::test_x']],
      ['web', ['adds']],
    ]);
  });
});
