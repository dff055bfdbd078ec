import type { Failure, FailureSummary } from '../types.js';
import { classify } from './classify.js';
import { detach, LineSplitter, type RawBlock } from './lines.js';
import { FailureSink, type FoundFailure } from './sink.js';
import type { ParserOutcome, RunnerParser } from './parser.js';
import { detectRunner, fallbackParser } from './detect.js';
import { Evidence, TAIL_LINES } from './evidence.js';
import { readJunit, type JunitResult } from './junit.js';
import { LogJunit } from './log-junit.js';
import { renderText } from './render.js';
import { Workspaces } from './workspaces.js';
import { readChunks } from './read.js';
import type { SummarizeOptions } from './options.js';

export type { SummarizeOptions } from './options.js';

export interface Summarizer {
  write(chunk: Buffer | string): void;
  end(): FailureSummary;
}

/** Lines held back until a runner is recognised, then replayed to its parser. */
const HOLD_LINES = 2000;
const HOLD_CHARS = 512 * 1024;

/**
 * A streaming failure summariser: feed it the command's output in chunks of any size; memory stays
 * bounded whatever the log size (one parser's small state, a few kept lines, N failures in detail).
 */
export function createSummarizer(options: SummarizeOptions = {}): Summarizer {
  const main = lineSummarizer(options);
  const workspaces = new Workspaces((o) => lineSummarizer({ ...o, limits: options.limits }));
  // a report printed on the log is read as one, unless a report file was given
  const logJunit = options.junit === undefined && options.junitXml === undefined ? new LogJunit(options.limits) : undefined;
  let ended: FailureSummary | undefined;
  // output behind workspace prefixes (turbo, pnpm -r) is split per workspace, once main has no runner
  const splitter = new LineSplitter(
    (line, raw, at) => {
      if (logJunit) {
        if (!logJunit.reading && main.detected()) logJunit.stopLooking();
        logJunit.line(line);
      }
      if (!workspaces.route(line, !main.detected())) main.line(line, raw, at);
    },
    // once a runner is known, most lines of a long log are nothing to it: they are not even decoded
    // (a report on the log is read whole: none of its lines is passed over)
    {
      skip: (block, from) => (logJunit?.reading ? from : Math.min(workspaces.nextLine(block, from), main.nextLine(block, from))),
      passedOver: (block, from, to) => main.passedOver(block, from, to),
      tail: TAIL_LINES,
    },
  );
  return {
    write(chunk) {
      if (ended) throw new Error('summarizer already ended');
      splitter.write(chunk);
    },
    end() {
      if (ended) return ended;
      splitter.end();
      // every line went to main: its last lines are the log's, the skipped ones too
      if (!workspaces.active) main.lastLinesAre(splitter.lastLines());
      const report = logJunit?.result();
      if (report) main.useJunit(report);
      // when main read the first of npm's workspaces, the command's exit code is the whole run's, not its own
      const whole = main.end(workspaces.mainIsWorkspace);
      ended = workspaces.active ? workspaces.merge(whole, options.exitCode ?? null) : whole;
      return ended;
    },
  };
}

interface LineSummarizer {
  /** a cleaned line, with its block's raw view and start when it was cut from bytes (see LineSplitter) */
  line(text: string, raw?: RawBlock, at?: number): void;
  detected(): boolean;
  /** the next raw line that may change anything (see LineSkip): `from` until a runner is known */
  nextLine(block: RawBlock, from: number): number;
  /** the lines in [from, to) were passed over, as the last nextLine allowed (see RunnerParser.passingRun) */
  passedOver(block: RawBlock, from: number, to: number): void;
  /** the log's last lines (the splitter keeps them, whether they were handed on or skipped) */
  lastLinesAre(lines: string[]): void;
  /** a JUnit report the log itself printed: it is the summary's source, as a report file would be */
  useJunit(report: JunitResult): void;
  /** `ownExitUnknown`: the command's exit code is not this summary's own (npm's first workspace) */
  end(ownExitUnknown?: boolean): FailureSummary;
}

/** The summariser of cleaned lines: runner detection, the parser, the fallback, the verdict. */
function lineSummarizer(given: SummarizeOptions): LineSummarizer {
  let options = given;
  const sink = new FailureSink(options.limits);
  const evidence = new Evidence();
  let parser: RunnerParser | undefined;
  // reads every line until a runner is recognised; used only if none is
  const fallbackSink = new FailureSink(options.limits);
  let fallback: RunnerParser | undefined = fallbackParser(fallbackSink);
  let held: string[] = [];
  let heldChars = 0;
  let ended: FailureSummary | undefined;
  // the block and line where the last pass-over allowed by the parser's passingRun starts
  const passing = { seq: -1, from: -1 };
  const onLine = (line: string, raw?: RawBlock, at?: number): void => {
    evidence.see(line, raw, at);
    if (parser) {
      parser.line(line);
      return;
    }
    const factory = detectRunner(line);
    fallback?.line(line);
    if (!factory) {
      const kept = detach(line);
      held.push(kept);
      heldChars += kept.length;
      if (held.length > HOLD_LINES * 2 || heldChars > HOLD_CHARS * 2) {
        held = held.slice(-HOLD_LINES);
        heldChars = held.reduce((n, l) => n + l.length, 0);
        while (heldChars > HOLD_CHARS && held.length > 1) heldChars -= held.shift()?.length ?? 0;
      }
      return;
    }
    parser = factory(sink);
    fallback = undefined;
    for (const h of held) parser.line(h);
    held = [];
    heldChars = 0;
    parser.line(line);
  };
  return {
    line: onLine,
    detected: () => parser !== undefined,
    lastLinesAre: (lines) => evidence.lastLinesAre(lines),
    useJunit(report) {
      options = { ...options, junit: report };
    },
    nextLine(block, from) {
      passing.seq = -1;
      if (!parser) return from;
      // a run of the runner's passing results: counted by the parser, looked at by nothing else
      const run = parser.passingRun?.(block, from) ?? from;
      if (run > from) {
        passing.seq = block.seq;
        passing.from = from;
        return run;
      }
      const next = parser.nextLine?.(block, from) ?? from;
      return next === from ? from : Math.min(next, evidence.nextLine(block, from, next));
    },
    passedOver(block, from, to) {
      // only a run that passingRun allowed is the parser's to count (lines nextLine passed over change nothing)
      if (passing.seq === block.seq && passing.from === from) parser?.passedOver?.(block, from, to);
      passing.seq = -1;
    },
    end(ownExitUnknown = false) {
      if (ended) return ended;
      if (ownExitUnknown) options = { ...options, exitCode: null };
      if (parser || !fallback) {
        const outcome: ParserOutcome = parser?.finish() ?? { passed: null, failed: null, sawResults: false };
        ended = conclude(options, parser?.runner ?? 'unknown', outcome, sink, evidence);
        return ended;
      }
      const guess = fallback.finish();
      if (guess.sawResults) evidence.unrecognised = true;
      ended = conclude(options, 'unknown', guess, fallbackSink, evidence);
      return ended;
    },
  };
}

/** Summarises a whole log held in memory. */
export function summarizeText(log: string, options: SummarizeOptions = {}): FailureSummary {
  const s = createSummarizer(options);
  s.write(log);
  return s.end();
}

/** Summarises a log file by streaming it: a log of any size is read in fixed chunks (see readChunks). */
export async function summarizeFile(path: string, options: SummarizeOptions = {}): Promise<FailureSummary> {
  const s = createSummarizer(options);
  await readChunks(path, (chunk) => s.write(chunk));
  return s.end();
}

function conclude(options: SummarizeOptions, textRunner: string, outcome: ParserOutcome, textSink: FailureSink, evidence: Evidence): FailureSummary {
  const notes: string[] = [];
  let junit: JunitResult | undefined;
  let report = options.junit;
  if (report === undefined && options.junitXml !== undefined) {
    try {
      report = readJunit(options.junitXml, options.limits);
    } catch (error) {
      report = error instanceof Error ? error : new Error(String(error));
    }
  }
  if (report instanceof Error) notes.push(`(JUnit report unreadable: ${report.message}; summarised from the log text)`);
  else if (report && report.tests > 0) junit = report;
  else if (report) notes.push('(JUnit report holds no testcase; summarised from the log text)');
  const runner = junit ? 'junit' : textRunner;
  const sink = junit ? junit.sink : textSink;
  const sawResults = junit ? true : outcome.sawResults;
  const infraReason = junit ? undefined : outcome.infraReason;
  let failed = junit ? junit.failed : (outcome.failed ?? sink.tests);
  const passed = junit ? junit.passed : (outcome.passed ?? 0);
  const { kind, reason, note } = classify({
    spawnError: options.spawnError,
    timedOut: options.timedOut,
    exitCode: options.exitCode ?? null,
    sawResults,
    failed,
    failedTests: sink.tests,
    errors: sink.errors,
    infraReason,
    notFound: evidence.notFound,
  });
  if (note) notes.push(note);
  if (evidence.unrecognised && !junit) notes.push('(runner not recognised: the names, places and counts above are a best guess from lines that look like results)');
  if (kind === 'test-failures' && failed === 0) failed = sink.count;

  const failures: Failure[] = sink.detailed.map(publicFailure);
  const text = renderText({
    kind,
    runner,
    passed,
    passedKnown: junit !== undefined || outcome.passed !== null,
    failed,
    reason,
    failures: sink.detailed,
    moreNames: sink.extraNames,
    unnamed: Math.max(0, Math.max(sink.count, kind === 'test-failures' ? failed : 0) - sink.represented),
    keyLines: evidence.keyLines,
    lastLines: evidence.lastLines(15),
    notes,
  });
  return { kind, runner, failed, passed, failures, text };
}

function publicFailure(f: FoundFailure): Failure {
  const out: Failure = { name: f.name, full_name: f.full_name, message: f.message };
  if (f.file !== undefined) out.file = f.file;
  if (f.line !== undefined) out.line = f.line;
  return out;
}
