import { describe, expect, it } from 'vitest';
import { verboseStatus } from '../src/profiles/summary/parsers/pytest.js';
import { fixture, fixtureTests, summarize } from './support/lang-fixtures.js';

const PYTEST_CASES = /^(raised-elsewhere|pass-verbose|pass-quiet|collect-error|segfault|outcomes|xdist)/;

describe('pytest summaries of real pytest output', () => {
  fixtureTests(['pytest'], (fx) => PYTEST_CASES.test(fx.name));

  it('places a failure raised in the code under test or in conftest.py at the test file of the node id', () => {
    const s = summarize(fixture('pytest', 'raised-elsewhere'));
    for (const f of s.failures) expect(f.file).toBe('tests/test_rates.py');
    expect(s.text).not.toMatch(/rates\.py:3\b|conftest\.py:6/);
  });

  it('keeps the assertion line and the lines of the diff that differ', () => {
    const long = summarize(fixture('pytest', 'raised-elsewhere')).failures.find((f) => f.name === 'test_long_text');
    expect(long?.message).toContain('AssertionError');
    expect(long?.message).toContain('- line seven');
    expect(long?.message).toContain('+ line 7');
  });

  it('counts the PASSED lines of pytest -v and the totals of a passing pytest -q', () => {
    expect(summarize(fixture('pytest', 'pass-verbose'))).toMatchObject({ kind: 'all-pass', runner: 'pytest', passed: 7 });
    expect(summarize(fixture('pytest', 'pass-quiet'))).toMatchObject({ kind: 'all-pass', runner: 'pytest', passed: 7 });
  });

  it('reports a collection error as a failure naming the module and the error, not as an infra error', () => {
    const s = summarize(fixture('pytest', 'collect-error-others'));
    expect(s.kind).toBe('test-failures');
    expect(s.failures[0]).toMatchObject({ name: 'tests/test_broken.py', file: 'tests/test_broken.py', line: 1 });
    expect(s.failures[0]?.message).toContain("cannot import name 'convrt'");
  });

  it('names the test that segfaulted, from the faulthandler trace, with or without -v', () => {
    for (const name of ['segfault', 'segfault-verbose']) {
      const s = summarize(fixture('pytest', name));
      expect(s.kind).toBe('test-failures');
      expect(s.failures[0]).toMatchObject({ name: 'test_reads_native_buffer', file: 'tests/test_crash.py', line: 5 });
    }
  });
});

describe('python -m unittest summaries of real unittest output', () => {
  fixtureTests(['unittest']);

  it('places failures at the test module of the test id, keeps the diff lines and names subtests', () => {
    const s = summarize(fixture('unittest', 'fail'));
    const rejects = s.failures.find((f) => f.name === 'test_rejects');
    expect(rejects).toMatchObject({ file: 'tests/test_rates.py', line: 14 });
    expect(s.failures.find((f) => f.name === 'test_lines')?.message).toContain('- b');
    expect(s.failures.map((f) => f.name)).toContain('test_rounding (n=1)');
  });

  it('reports a test module that fails to import as a failure naming the module', () => {
    const s = summarize(fixture('unittest', 'import-error'));
    expect(s.failures[0]).toMatchObject({ name: 'tests.test_broken', file: 'tests/test_broken.py', line: 2 });
  });
});

describe('mypy and pyright summaries of real output', () => {
  fixtureTests(['mypy', 'pyright']);

  it('reads mypy --pretty messages wrapped over several lines, up to their error code', () => {
    const s = summarize(fixture('mypy', 'fail-pretty'));
    expect(s.failures.find((f) => f.line === 9)?.message).toBe('Incompatible return value type (got "int", expected "str")');
  });

  it("does not take mypy's closing line for tsc's", () => {
    expect(summarize(fixture('mypy', 'fail')).runner).toBe('mypy');
  });
});


describe('pytest -v lines', () => {
  it('are read by searches exactly as by the regex they replace, on lines built from their pieces', () => {
    const VERBOSE = /^(\S{1,1000}\.py::.+?) (PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS)(?: |$)/;
    const pieces = ['tests/', 'test_x', '.py', '::', '.py::', 'test_y', '[1 2]', '[a-b]', ' ', '  ', '\t', '\u00a0', 'PASSED', 'FAILED', 'ERROR', 'SKIPPED', 'XFAIL', 'XPASS', 'PASSEDX', ' (reason)', '[ 40%]', 'x', 'é'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let matched = 0;
    for (let i = 0; i < 20000; i += 1) {
      let line = '';
      for (let k = 1 + next(9); k > 0; k -= 1) line += pieces[next(pieces.length)];
      if (i % 4 === 0) line = `tests/test_${i}.py::test_${i}${line}`;
      else if (i % 4 === 1) line = `tests/t.py::t${line} ${pieces[12 + next(6)]}${next(2) ? '' : pieces[next(pieces.length)]}`;
      const m = VERBOSE.exec(line);
      const want = m ? { nodeid: m[1], status: m[2] } : undefined;
      expect(verboseStatus(line), JSON.stringify(line)).toEqual(want);
      if (m) matched += 1;
    }
    expect(matched).toBeGreaterThan(800);
    // a node id of 1,000 characters before `.py` is the longest read
    expect(verboseStatus(`${'a'.repeat(1000)}.py::t PASSED`)?.status).toBe('PASSED');
    expect(verboseStatus(`${'a'.repeat(1001)}.py::t PASSED`)).toBeUndefined();
  });
});
