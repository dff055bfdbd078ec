import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJunit, summarizeText } from '../src/profiles/summary/index.js';
import { detectRunner } from '../src/profiles/summary/detect.js';
import { FailureSink } from '../src/profiles/summary/sink.js';
import { fixture, fixturesOf, fixtureTests, RUNNERS, summarize } from './support/lang-fixtures.js';

const JVM = ['junit4', 'junit5', 'maven', 'gradle'];

describe('JVM runners on their real output (generate-jvm.sh)', () => {
  it('has the fixtures of every JVM runner', () => {
    for (const dir of JVM) expect(fixturesOf(dir).length, dir).toBeGreaterThanOrEqual(2);
  });

  fixtureTests(JVM);

  it('places an exception thrown in the code under test at the test method, not at Cart.java', () => {
    for (const [dir, name] of [['junit4', 'fail'], ['junit5', 'fail'], ['junit5', 'fail-flat'], ['maven', 'fail'], ['gradle', 'fail-full']] as const) {
      const f = summarize(fixture(dir, name)).failures.find((x) => x.full_name.includes('takesTheFirstPrice'));
      expect(f?.file, `${dir}/${name}`).toBe('acme/CartTest.java');
      expect(f?.message, `${dir}/${name}`).toContain('cart is empty');
    }
  });

  it('keeps the differing lines of a multi-line string comparison', () => {
    const f = summarize(fixture('junit4', 'fail')).failures.find((x) => x.name === 'listsTheItems');
    expect(f?.message).toContain('[x]');
    expect(f?.message).toContain('[b]');
  });

  it('names a nested JUnit 5 class in the full name (text and Surefire agree with the report)', () => {
    expect(summarize(fixture('junit5', 'fail')).failures.map((f) => f.full_name)).toContain('acme.CartTest$WithAList > listsTheItems()');
    expect(summarize(fixture('maven', 'fail-jupiter')).failures.map((f) => f.full_name)).toContain('acme.CartTest$WithAList > listsTheItems');
  });

  it('reads a Maven compile error as a failure at the javac line, and a failing build without tests as infra', () => {
    const s = summarize(fixture('maven', 'compile-error'));
    expect(s.failures).toHaveLength(1);
    const broken = fixture('maven', 'pass').log.replace(/\[INFO\] -{5,}\n\[INFO\]  T E S T S[\s\S]*$/, '[INFO] BUILD FAILURE\n[ERROR] Failed to execute goal on project cart: Could not resolve dependencies for project acme:cart:jar:1.0\n');
    const infra = summarizeText(broken, { exitCode: 1 });
    expect(infra.kind, infra.text).toBe('infra-error');
    expect(infra.text).toContain('Could not resolve dependencies');
  });

  it("reads Surefire 3's test headers (`class.method -- Time elapsed`) and ignores 2.12's per-class `<<< FAILURE!` line", () => {
    const real = fixture('maven', 'fail');
    const v3 = real.log
      .replace(/^\[ERROR\] (\w+)\((acme\.CartTest)\) {2}Time elapsed: ([\d.]+) s {2}<<< (FAILURE|ERROR)!$/gm, '[ERROR] $2.$1 -- Time elapsed: $3 s <<< $4!')
      .replace(/^(\[ERROR\] Tests run: 5, Failures: 2, Errors: 1, Skipped: 1), Time elapsed: ([\d.]+) s <<< FAILURE! - in acme\.CartTest$/m, '$1, Time elapsed: $2 sec <<< FAILURE!');
    expect(v3).toContain('[ERROR] acme.CartTest.addsTax -- Time elapsed:');
    expect(v3).toMatch(/Time elapsed: [\d.]+ sec <<< FAILURE!$/m);
    const s = summarizeText(v3, { exitCode: 1 });
    const t = summarize(real);
    expect(s.failures.map((f) => [f.full_name, f.file, f.line])).toEqual(t.failures.map((f) => [f.full_name, f.file, f.line]));
    expect(s.failed).toBe(3);
  });

  it('detects each JVM runner by its own lines and none of them on the other runners', () => {
    const runnerOf = (line: string): string | undefined => detectRunner(line)?.(new FailureSink()).runner;
    expect(runnerOf('JUnit version 4.13.2')).toBe('junit4');
    expect(runnerOf('Test run finished after 106 ms')).toBe('junit5');
    expect(runnerOf('[INFO] Scanning for projects...')).toBe('maven');
    expect(runnerOf('> Task :app:test FAILED')).toBe('gradle');
    expect(runnerOf('BUILD FAILED in 3s')).toBe('gradle');
    for (const dir of ['pytest', 'jest', 'vitest', 'go-test', 'cargo-test', 'rspec', 'phpunit', 'unittest', 'minitest', 'mocha', 'node-test']) {
      for (const fx of fixturesOf(dir)) expect(summarize(fx).runner, `${dir}/${fx.name}`).not.toMatch(/^(?:junit4|junit5|maven|gradle)$/);
    }
  });
});

describe('JUnit XML written by the JVM runners (Surefire reports, Gradle test-results, the launcher)', () => {
  for (const [dir, file, names] of [
    ['maven', 'fail.junit.xml', ['addsTax', 'listsTheItems', 'takesTheFirstPrice']],
    ['maven', 'fail-jupiter.junit.xml', ['addsTax', 'listsTheItems', 'takesTheFirstPrice']],
    ['gradle', 'fail.junit.xml', ['addsTax', 'listsTheItems', 'takesTheFirstPrice']],
    ['junit5', 'fail.junit.xml', ['addsTax()', 'listsTheItems()', 'takesTheFirstPrice()']],
  ] as const) {
    it(`${dir}/${file}: 3 failures at the test class's lines, with the exception class in the message`, () => {
      const xml = readFileSync(join(RUNNERS, dir, file), 'utf8');
      const r = readJunit(xml);
      expect(r.failed).toBe(3);
      expect(r.sink.detailed.map((f) => f.name).sort()).toEqual([...names].sort());
      for (const f of r.sink.detailed) {
        expect(f.file, f.name).toBe('acme/CartTest.java');
        expect(f.line, f.name).toBeGreaterThan(10);
      }
      const raise = r.sink.detailed.find((f) => f.name.startsWith('takesTheFirstPrice'));
      expect(raise?.message).toContain('IllegalStateException');
      // and the summary prefers the report over the log text
      const s = summarizeText(fixture(dir, 'fail').log, { exitCode: 1, junitXml: xml });
      expect(s.runner).toBe('junit');
      expect(s.failed).toBe(3);
    });
  }
});
