import { describe, expect, it } from 'vitest';
import { fixture, fixtureTests, summarize } from './support/lang-fixtures.js';
import { summarizeText } from '../src/profiles/summary/index.js';

describe('go test summaries of real go output (plain, -v, -json)', () => {
  fixtureTests(['go-test'], (fx) => /^(notes|timeout|build|pass-json|outcomes|race)/.test(fx.name));

  it('places a failure at its t.Errorf line, not at the t.Log lines before it', () => {
    for (const name of ['notes', 'notes-verbose', 'notes-json']) {
      const total = summarize(fixture('go-test', name)).failures.find((f) => f.name === 'TestTotal');
      expect(total, name).toMatchObject({ file: 'cart_test.go', line: 13 });
      expect(total?.message.split('\n')[0]).toBe('Total = 6, want 7');
    }
  });

  it('keeps the message of a failing subtest after more than 64 subtests that logged', () => {
    const sub = summarize(fixture('go-test', 'notes-verbose')).failures.find((f) => f.name === 'TestTable/case_097');
    expect(sub?.message).toContain('case 97: got 194, want 97');
  });

  it('reports "panic: test timed out" as a failure of the test that was running', () => {
    for (const name of ['timeout', 'timeout-verbose', 'timeout-json']) {
      const s = summarize(fixture('go-test', name));
      expect(s.kind, name).toBe('test-failures');
      expect(s.failures[0], name).toMatchObject({ name: 'TestSlowCheckout', line: 11 });
      expect(s.failures[0]?.file, name).toMatch(/(?:^|\/)slow_test\.go$/);
      expect(s.failures[0]?.message, name).toContain('panic: test timed out after 1s');
    }
  });

  it('names the timed-out test from the "running tests:" list newer Go versions print', () => {
    const log = ['panic: test timed out after 2s', 'running tests:', '\tTestSlow/eu (2s)', '', 'goroutine 7 [running]:', 'example.com/x.TestSlow.func1(0xc0)', '\t/src/x/slow_test.go:9 +0x25', 'FAIL\texample.com/x\t2.012s'].join('\n');
    const s = summarizeText(`=== RUN   TestSlow\n${log}\n`, { exitCode: 1 });
    expect(s.failures[0]).toMatchObject({ name: 'TestSlow/eu', file: '/src/x/slow_test.go', line: 9 });
  });

  it('names a package that fails to build and one that fails go vet as such, with the compiler message', () => {
    for (const name of ['build-vet', 'build-vet-json']) {
      const s = summarize(fixture('go-test', name));
      expect(s.kind).toBe('test-failures');
      expect(s.failures.map((f) => f.name).sort()).toEqual(['build failed: example.com/shop/price', 'go vet failed: example.com/shop/stock']);
      expect(s.text).not.toContain('compile error');
    }
  });

  it('never uses a frame in Go\'s own testing.go as a location', () => {
    const log = '--- FAIL: TestHelper (0.00s)\n    testing.go:1319: test executed panic(nil) or runtime.Goexit\nFAIL\nFAIL\texample.com/x\t0.010s\n';
    const s = summarizeText(log, { exitCode: 1 });
    expect(s.failures[0]?.name).toBe('TestHelper');
    expect(s.failures[0]?.file).toBeUndefined();
    expect(s.failures[0]?.message).toContain('runtime.Goexit');
  });
});
