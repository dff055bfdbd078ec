import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectRunner, signatureOf } from '../src/profiles/summary/detect.js';
import { cleanLine } from '../src/profiles/summary/lines.js';
import { RUNNERS } from './support/lang-fixtures.js';
import { FailureSink } from '../src/profiles/summary/sink.js';

const runnerOf = (line: string): string | undefined => detectRunner(line)?.(new FailureSink()).runner;

describe('which runner printed a line', () => {
  it("does not take mypy's closing line for tsc's", () => {
    expect(runnerOf('Found 2 errors in 1 file (checked 3 source files)')).not.toBe('tsc');
    expect(runnerOf('Found 2 errors in 2 files.')).toBe('tsc');
    expect(runnerOf('Found 1 error in src/app.ts:3')).toBe('tsc');
  });

  it("knows jest from its first coloured status badge, not only from the totals at the end; vitest's FAIL lines stay vitest's", () => {
    const firstRunner = (log: string): string | undefined => {
      for (const raw of readFileSync(join(RUNNERS, log), 'utf8').split('\n')) {
        const found = runnerOf(cleanLine(raw));
        if (found) return `${found}: ${cleanLine(raw)}`;
      }
      return undefined;
    };
    expect(firstRunner('jest/pass-color.log')).toBe('jest:  PASS  test/math.test.js');
    expect(firstRunner('jest/projects-color.log')).toBe('jest:  FAIL   api  packages/api/orders.test.js');
    expect(runnerOf(' PASS  test/slow.test.ts (5.2 s)')).toBe('jest');
    for (const log of ['vitest/fail-color.log', 'vitest/projects-color.log', 'vitest/suite-error.log']) expect(firstRunner(log)).toMatch(/^vitest: /);
    expect(runnerOf(' FAIL  test/broken.test.js [ test/broken.test.js ]')).not.toBe('jest');
    expect(runnerOf(' FAIL   api  packages/api/test/orders.test.js > orders > totals the lines')).not.toBe('jest');
  });

  it('lets every line a signature matches through its cheap pre-check: each line of every real log, as printed and indented', () => {
    let matched = 0;
    for (const dir of readdirSync(RUNNERS, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(join(RUNNERS, dir.name)).filter((f) => f.endsWith('.log'))) {
        for (const raw of readFileSync(join(RUNNERS, dir.name, file), 'utf8').split('\n')) {
          const line = cleanLine(raw);
          for (const variant of [line, `  ${line}`, `\t${line}`, line.trimStart()]) {
            const want = signatureOf(variant);
            if (want) matched += 1;
            expect(detectRunner(variant), `${dir.name}/${file}: ${JSON.stringify(variant)}`).toBe(want);
          }
        }
      }
    }
    expect(matched).toBeGreaterThan(1000);
  });
});
