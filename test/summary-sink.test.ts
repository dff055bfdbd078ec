import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanLine } from '../src/profiles/summary/lines.js';
import type { ParserFactory } from '../src/profiles/summary/parser.js';
import { jestParser } from '../src/profiles/summary/parsers/jest.js';
import { pytestParser } from '../src/profiles/summary/parsers/pytest.js';
import { vitestParser } from '../src/profiles/summary/parsers/vitest.js';
import { RUNNERS } from './support/lang-fixtures.js';
import { clip, FailureSink, MAX_MESSAGE, MAX_NAME, type FoundFailure, type NamedFailure } from '../src/profiles/summary/sink.js';

/** The sink's rule written plainly, every failure cleaned whole: what the sink must keep, however it gets there. */
class PlainSink {
  readonly detailed: FoundFailure[] = [];
  readonly extraNames: NamedFailure[] = [];
  tests = 0;
  errors = 0;
  represented = 0;

  constructor(private readonly limits: { detailed: number; named: number }) {}

  add(f: FoundFailure): void {
    if (f.error) this.errors += 1;
    else this.tests += 1;
    const clean: FoundFailure = { name: clip(f.name, MAX_NAME), full_name: clip(f.full_name || f.name, MAX_NAME * 2), message: clip(f.message, MAX_MESSAGE) };
    if (f.file) clean.file = clip(f.file, MAX_NAME);
    if (f.line !== undefined) clean.line = f.line;
    if (f.error) clean.error = true;
    const same = this.detailed.find((d) => d.full_name === clean.full_name && (d.file ?? '') === (clean.file ?? '') && d.line === clean.line && d.message === clean.message);
    if (same) {
      same.times = (same.times ?? 1) + 1;
      this.represented += 1;
      return;
    }
    if (this.detailed.length < this.limits.detailed) {
      this.detailed.push(clean);
      this.represented += 1;
      return;
    }
    const name = clean.full_name || clean.name;
    const named = this.extraNames.find((n) => n.name === name);
    if (named) {
      named.times += 1;
      this.represented += 1;
    } else if (this.extraNames.length < this.limits.named) {
      this.extraNames.push({ name, times: 1 });
      this.represented += 1;
    }
  }
}

describe('the failure sink', () => {
  it('keeps, names and counts what the plain rule does, also for failures past its lists, repeats and control characters', () => {
    let seed = 11;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (const limits of [
      { detailed: 3, named: 5 },
      { detailed: 0, named: 2 },
      { detailed: 4, named: 0 },
    ]) {
      const sink = new FailureSink(limits);
      const plain = new PlainSink(limits);
      for (let i = 0; i < 3000; i += 1) {
        const name = ['adds', 'trims', `t${next(20)}`, 'x'.repeat(MAX_NAME + next(3)), 'bell\x07name', ''][next(6)]!;
        const f: FoundFailure = { name, full_name: next(3) ? `suite > ${name}` : '', message: ['', 'expected 1', `m${next(4)}\x1b`, 'y'.repeat(MAX_MESSAGE + 5)][next(4)]!, error: next(5) === 0 };
        if (next(2)) f.file = `test/f${next(3)}.test.ts`;
        if (next(2)) f.line = next(4);
        sink.add({ ...f });
        plain.add({ ...f });
      }
      expect({ detailed: sink.detailed, extraNames: sink.extraNames, tests: sink.tests, errors: sink.errors, represented: sink.represented }, JSON.stringify(limits)).toEqual({
        detailed: plain.detailed,
        extraNames: plain.extraNames,
        tests: plain.tests,
        errors: plain.errors,
        represented: plain.represented,
      });
    }
  });
});

describe('a parser past the sink\'s lists', () => {
  /** A sink that never says a failure would only be counted: the parser reads every failure whole. */
  class NeverFull extends FailureSink {
    override get full(): boolean {
      return false;
    }

    override onlyCounts(): boolean {
      return false;
    }
  }

  // renamed failures, exact repeats of earlier runs (the same names again) and suite or collection errors
  const cases: [string, ParserFactory, string, string][] = [
    ['pytest', pytestParser, 'pytest/fail.log', 'pytest/collect-error.log'],
    ['jest', jestParser, 'jest/fail-color.log', 'jest/suite-error.log'],
    ['vitest', vitestParser, 'vitest/fail-color.log', 'vitest/suite-error.log'],
  ];
  for (const [runner, factory, failLog, errorLog] of cases) {
    it(`${runner} counts a failure past the lists without reading it, and keeps, names and counts what reading every one does`, () => {
      const fail = readFileSync(join(RUNNERS, failLog), 'utf8');
      const errors = readFileSync(join(RUNNERS, errorLog), 'utf8');
      const runs: string[] = [];
      for (let i = 0; i < 40; i += 1) runs.push(i % 7 === 3 ? fail : fail.replace(/(test_|multipl|pars|trim)(\w*)/g, `$1$2_${i}`), i % 9 === 0 ? errors : '');
      const lines = runs.join('\n').split('\n').map((l) => cleanLine(l));
      for (const limits of [
        { detailed: 2, named: 3 },
        { detailed: 5, named: 20 },
        { detailed: 0, named: 0 },
      ]) {
        const sinks = [new FailureSink(limits), new NeverFull(limits)];
        const outcomes = sinks.map((sink) => {
          const parser = factory(sink);
          for (const line of lines) parser.line(line);
          return parser.finish();
        });
        expect(sinks[0]!.full, JSON.stringify(limits)).toBe(true);
        expect(outcomes[0]).toEqual(outcomes[1]);
        const [counted, read] = sinks.map((s) => ({ detailed: s.detailed, extraNames: s.extraNames, tests: s.tests, errors: s.errors, represented: s.represented }));
        expect(counted, JSON.stringify(limits)).toEqual(read);
        expect(counted!.tests + counted!.errors).toBeGreaterThan(60);
      }
    });
  }
});
