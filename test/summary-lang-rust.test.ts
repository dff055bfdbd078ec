import { describe, expect, it } from 'vitest';
import { fixture, fixtureTests, summarize } from './support/lang-fixtures.js';
import { summarizeText } from '../src/profiles/summary/index.js';

describe('cargo test and cargo clippy summaries of real output', () => {
  fixtureTests(['cargo-test'], (fx) => /^(overflow|no-panic|compile-error|outcomes)/.test(fx.name));
  fixtureTests(['clippy']);

  it('reports compile errors as failures with their real message and file:line, not an infra error named E0308', () => {
    const s = summarize(fixture('cargo-test', 'compile-error'));
    expect(s.kind).toBe('test-failures');
    expect(s.failures.map((f) => [f.name, f.file, f.line])).toEqual([
      ['mismatched types', 'src/lib.rs', 2],
      ['mismatched types', 'src/lib.rs', 31],
    ]);
    expect(s.failures[0]?.message).toContain('expected `u32`, found `usize`');
    expect(s.text).not.toMatch(/^\d\) E0308/m);
  });

  it('reports a should_panic test that did not panic, at the place libtest names', () => {
    const f = summarize(fixture('cargo-test', 'no-panic')).failures.find((x) => x.name === 'tests::rejects_empty');
    expect(f).toMatchObject({ file: 'src/lib.rs', line: 20 });
    expect(f?.message).toContain('test did not panic as expected');
  });

  it('reports a stack overflow that aborted the test binary (SIGABRT) as a failure of that test', () => {
    const s = summarize(fixture('cargo-test', 'overflow-targets'));
    const f = s.failures.find((x) => x.name === 'tests::recurses');
    expect(f?.message).toContain('has overflowed its stack');
    expect(s.failed).toBe(2);
  });

  it('adds no failure named "error" for cargo\'s own lines (test failed, targets failed, could not compile)', () => {
    for (const name of ['overflow-targets', 'no-panic', 'compile-error']) {
      const s = summarize(fixture('cargo-test', name));
      expect(s.failures.map((f) => f.name)).not.toContain('error');
      expect(s.text).not.toMatch(/targets? failed|to rerun pass|could not compile/);
    }
  });

  it('names clippy findings by their lint', () => {
    const s = summarize(fixture('clippy', 'deny'));
    expect(s.failures.map((f) => f.name).sort()).toEqual(['clippy::needless_range_loop', 'clippy::needless_return', 'clippy::ptr_arg']);
  });

  it('keeps a cargo error with no place (no such package) an infra error with its message', () => {
    const s = summarizeText('    Updating crates.io index\nerror: no matching package named `serde_jsn` found\nlocation searched: crates.io index\n', { exitCode: 101 });
    expect(s.kind).toBe('infra-error');
  });
});
