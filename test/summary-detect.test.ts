import { describe, expect, it } from 'vitest';
import { detectRunner } from '../src/profiles/summary/detect.js';
import { FailureSink } from '../src/profiles/summary/sink.js';

const runnerOf = (line: string): string | undefined => detectRunner(line)?.(new FailureSink()).runner;

describe('which runner printed a line', () => {
  it("does not take mypy's closing line for tsc's", () => {
    expect(runnerOf('Found 2 errors in 1 file (checked 3 source files)')).not.toBe('tsc');
    expect(runnerOf('Found 2 errors in 2 files.')).toBe('tsc');
    expect(runnerOf('Found 1 error in src/app.ts:3')).toBe('tsc');
  });
});
