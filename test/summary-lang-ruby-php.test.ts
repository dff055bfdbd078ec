import { describe, expect, it } from 'vitest';
import { fixture, fixtureTests, summarize } from './support/lang-fixtures.js';

describe('rspec summaries of real output (progress and documentation formats)', () => {
  fixtureTests(['rspec']);

  it('places an error raised in lib/ at the spec line, and a FIXED pending example at its definition', () => {
    const s = summarize(fixture('rspec', 'fail-documentation'));
    expect(s.failures.find((f) => f.name === 'Cart takes the first price')).toMatchObject({ file: 'spec/cart_spec.rb', line: 13 });
    expect(s.failures.find((f) => f.name === 'Cart rounds')).toMatchObject({ file: 'spec/cart_spec.rb', line: 27 });
  });

  it('does not report pending examples whose failure is expected', () => {
    const s = summarize(fixture('rspec', 'fail'));
    expect(s.failures.map((f) => f.name)).not.toContain('Cart applies discounts');
    expect(s.text).not.toContain('not built yet');
  });

  it('reports a spec file that fails to load as a failure naming the file and the error', () => {
    const s = summarize(fixture('rspec', 'load-error'));
    expect(s.kind).toBe('test-failures');
    expect(s.failures[0]?.message).toContain('LoadError');
  });
});

describe('minitest summaries of real output', () => {
  fixtureTests(['minitest']);

  it('keeps the differing lines of an assert_equal diff', () => {
    const f = summarize(fixture('minitest', 'fail')).failures.find((x) => x.name === 'test_lines');
    expect(f?.message).toContain('-b');
    expect(f?.message).toContain('+B');
  });
});

describe('phpunit summaries of real output (text and --testdox)', () => {
  fixtureTests(['phpunit']);

  it('places an exception thrown in src/ at the test file line', () => {
    for (const name of ['fail', 'fail-testdox']) {
      const s = summarize(fixture('phpunit', name));
      const f = s.failures.find((x) => x.name.includes('irst'));
      expect(f?.file, name).toMatch(/tests\/CartTest\.php$/);
      expect(f?.line, name).toBe(20);
    }
  });
});
