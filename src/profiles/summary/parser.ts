import type { FailureSink } from './sink.js';
import type { RawBlock } from './lines.js';

/** What a runner's own output said once the stream ended. */
export interface ParserOutcome {
  /** passed tests from the runner's totals (or counted result lines); null when the runner does not say */
  passed: number | null;
  /** failed tests from the runner's totals (or counted result lines); null when the runner does not say */
  failed: number | null;
  /** the runner printed at least one result line or totals */
  sawResults: boolean;
  /** set when the run stopped before tests could run (build failed, collection error, config failed to load) */
  infraReason?: string | undefined;
}

/** One runner's text parser: fed cleaned lines (no ANSI, no newline), one at a time, with bounded state. */
export interface RunnerParser {
  readonly runner: string;
  line(text: string): void;
  /**
   * Optional, for speed: the start of the next line at or after `from` in block.text that `line` may
   * act on in the state the parser is in now (see LineSkip); `from` when it may act on any line.
   * Lines before it are not passed to `line`. Wrong only if it passes over a line that `line` would
   * act on; returning `from` is always safe.
   */
  nextLine?(block: RawBlock, from: number): number;
  /**
   * Optional, for speed: the end of the run of passing-result lines that starts at `from` (a line start;
   * `from` when that line is not one), lines the parser only counts and that nothing else reads (they are
   * not the log's error lines). The run is passed over and counted in passedOver, not handed to `line`.
   * Wrong if the run holds a line that `line` would do more with than count.
   */
  passingRun?(block: RawBlock, from: number): number;
  /**
   * With passingRun: the lines in [from, to) of block.text were passed over (`to` is a line start, or
   * Infinity for the block's last lines). It is called right after the passingRun(block, from) that
   * allowed it, and the range ends at or before what that returned (another reader may want a line
   * sooner), so the parser counts what `line` would have counted for them, once.
   */
  passedOver?(block: RawBlock, from: number, to: number): void;
  finish(): ParserOutcome;
}

export type ParserFactory = (sink: FailureSink) => RunnerParser;

/** Adds totals from successive runs (a log may hold several: cargo targets, repeated jobs). */
export function addCount(current: number | null, more: number | undefined): number | null {
  if (more === undefined || Number.isNaN(more)) return current;
  return (current ?? 0) + more;
}

// the count regexes, built once per word (a totals line can come once per test file)
const COUNTS = new Map<string, RegExp>();

/** Reads `3 failed`, `2 passed` style counts out of a totals line. */
export function countOf(text: string, word: RegExp): number | undefined {
  let re = COUNTS.get(word.source);
  if (!re) {
    // the count starts where a run of digits does: tried inside a long run, `\d+` would backtrack through
    // the rest of it at every digit (quadratic on a line of digits)
    re = new RegExp(`(?<!\\d)(\\d{1,15}) (?:${word.source})\\b`);
    if (COUNTS.size < 256) COUNTS.set(word.source, re);
  }
  const m = re.exec(text);
  return m ? Number(m[1]) : undefined;
}
