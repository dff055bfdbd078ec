import { addCount, countOf, type ParserOutcome, type RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { isUserFile, tidyPath } from '../location.js';
import { RustDiagnostics } from './rust-diagnostics.js';

const BLOCK = /^---- (.+?) stdout ----$/;
const PANIC_NEW = /^thread '(.+?)'(?: \(\d+\))? panicked at (.+?):(\d+):\d+:$/;
const PANIC_OLD = /^thread '(.+?)'(?: \(\d+\))? panicked at '(.*)', (.+?):(\d+):\d+$/;
const NO_PANIC = /^note: test did not panic as expected(?: at (\S+?):(\d+):\d+)?$/;
const OVERFLOW = /^thread '(.{1,300}?)'(?: \(\d+\))? has overflowed its stack$/;
const RESULT = /^test (\S+) (?:- should panic )?\.\.\. (ok|FAILED|ignored)/;
const TOTALS = /^test result: (?:ok|FAILED)\. (.*)$/;
// a doctest's name: the source file, the item, the line of its code block
const DOCTEST = /^(\S+\.rs) - .* \(line (\d+)\)$/;

/** `cargo test` (libtest output): panics, should_panic that did not, stack overflows, and compile errors. */
export function cargoTestParser(sink: FailureSink): RunnerParser {
  return new CargoTestParser(sink);
}

/** libtest's state between lines; each kind of line has its own handler. */
class CargoTestParser implements RunnerParser {
  readonly runner = 'cargo-test';
  private readonly run = { passed: null as number | null, failed: null as number | null, sawResults: false };
  /** result lines of the target being read, for a run that printed no totals */
  private counted = { pass: 0, fail: 0 };
  private draft: Draft | undefined;
  /** inside a panic's message */
  private reading = false;
  /** the block is a doctest's: placed by its name, not by the panic */
  private doctest = false;
  /** a test binary that aborted (stack overflow) */
  private aborted: Draft | undefined;
  private readonly diagnostics: RustDiagnostics;

  constructor(private readonly sink: FailureSink) {
    this.diagnostics = new RustDiagnostics(sink);
  }

  line(text: string): void {
    const block = text.startsWith('---- ') ? BLOCK.exec(text) : null;
    if (block) {
      this.commit();
      this.draft = new Draft(block[1] ?? '', block[1] ?? '');
      // a doctest panics in a generated file under /tmp: its place is the code block in the source
      const doc = DOCTEST.exec(block[1] ?? '');
      this.doctest = doc !== null;
      if (doc) this.draft.at(tidyPath(doc[1] ?? ''), Number(doc[2]));
      return;
    }
    if (this.draft && this.inBlock(text, this.draft)) return;
    // the test binary aborted (stack overflow): no result line, no totals for that target
    const overflow = text.startsWith('thread ') ? OVERFLOW.exec(text) : null;
    if (overflow) {
      this.commitAbort();
      this.run.sawResults = true;
      this.aborted = new Draft(overflow[1] ?? '', overflow[1] ?? '');
      this.aborted.msg.add(text);
      return;
    }
    if (this.aborted && (text.startsWith('fatal runtime error: ') || /\(signal: \d+, SIG\w+/.test(text))) {
      this.aborted.msg.add(text.trim());
      return;
    }
    if (!this.resultLine(text)) this.diagnostics.line(text);
  }

  finish(): ParserOutcome {
    this.commit();
    this.commitAbort();
    const { run, diagnostics } = this;
    diagnostics.flush();
    if (run.passed === null && run.failed === null && run.sawResults) {
      run.passed = this.counted.pass;
      run.failed = this.counted.fail;
    }
    const built = diagnostics.found > 0;
    const infraReason = !run.sawResults && !built && diagnostics.cargoError ? `cargo: ${diagnostics.cargoError}` : undefined;
    return { passed: run.passed, failed: run.failed, sawResults: run.sawResults || built, infraReason };
  }

  /** `test result: FAILED. 1 passed; 2 failed; …` or `test x ... ok`. */
  private resultLine(text: string): boolean {
    const run = this.run;
    const totals = text.startsWith('test result: ') ? TOTALS.exec(text) : null;
    if (totals) {
      run.sawResults = true;
      run.failed = addCount(run.failed, countOf(totals[1] ?? '', /failed/) ?? 0);
      run.passed = addCount(run.passed, countOf(totals[1] ?? '', /passed/) ?? 0);
      this.counted = { pass: 0, fail: 0 };
      return true;
    }
    const result = text.startsWith('test ') ? RESULT.exec(text) : null;
    if (!result) return false;
    run.sawResults = true;
    if (result[2] === 'ok') this.counted.pass += 1;
    else if (result[2] === 'FAILED') this.counted.fail += 1;
    return true;
  }

  /** A line of a `---- name stdout ----` block: the panic's place and message; false once the block ends. */
  private inBlock(text: string, d: Draft): boolean {
    const p = PANIC_NEW.exec(text);
    if (p) {
      const file = tidyPath(p[2] ?? '');
      if (isUserFile(file) && !this.doctest) d.at(file, Number(p[3]));
      this.reading = true;
      return true;
    }
    const old = PANIC_OLD.exec(text);
    if (old) {
      d.msg.add(old[2] ?? '');
      const file = tidyPath(old[3] ?? '');
      if (isUserFile(file) && !this.doctest) d.at(file, Number(old[4]));
      return true;
    }
    const noPanic = text.startsWith('note: test did not panic') ? NO_PANIC.exec(text) : null;
    if (noPanic) {
      d.msg.add(text.slice(6));
      if (noPanic[1]) d.at(tidyPath(noPanic[1]), Number(noPanic[2]));
      return true;
    }
    // #[should_panic(expected = …)] with another message: the note and the two messages it compares
    if (text.startsWith('note: panic did not contain expected string')) {
      d.msg.add(text.slice(6));
      this.reading = true;
      return true;
    }
    // a test returning Err: the harness prints the error's Debug form, and there is no panic
    if (!this.reading && text.startsWith('Error: ') && d.msg.length === 0) {
      d.msg.add(text);
      return true;
    }
    if (this.reading) {
      if (!text.trim() || text.startsWith('note: ') || text.startsWith('stack backtrace:')) this.reading = false;
      else d.msg.add(text);
      return true;
    }
    if (text === 'failures:' || TOTALS.test(text)) {
      this.commit();
      return false;
    }
    return true;
  }

  private commit(): void {
    this.draft?.commit(this.sink);
    this.draft = undefined;
    this.reading = false;
  }

  private commitAbort(): void {
    if (!this.aborted) return;
    this.aborted.commit(this.sink);
    this.aborted = undefined;
    this.run.failed = addCount(this.run.failed, 1);
  }
}
