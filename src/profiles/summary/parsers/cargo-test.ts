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

/** `cargo test` (libtest output): panics, should_panic that did not, stack overflows, and compile errors. */
export function cargoTestParser(sink: FailureSink): RunnerParser {
  let passed: number | null = null;
  let failed: number | null = null;
  let counted = { pass: 0, fail: 0 };
  let sawResults = false;
  let draft: Draft | undefined;
  let reading = false;
  let aborted: Draft | undefined;
  const diagnostics = new RustDiagnostics(sink);

  const commit = (): void => {
    draft?.commit(sink);
    draft = undefined;
    reading = false;
  };
  const commitAbort = (): void => {
    if (!aborted) return;
    aborted.commit(sink);
    aborted = undefined;
    failed = addCount(failed, 1);
  };

  const inBlock = (text: string, d: Draft): boolean => {
    const p = PANIC_NEW.exec(text);
    if (p) {
      const file = tidyPath(p[2] ?? '');
      if (isUserFile(file)) d.at(file, Number(p[3]));
      reading = true;
      return true;
    }
    const old = PANIC_OLD.exec(text);
    if (old) {
      d.msg.add(old[2] ?? '');
      const file = tidyPath(old[3] ?? '');
      if (isUserFile(file)) d.at(file, Number(old[4]));
      return true;
    }
    const noPanic = text.startsWith('note: test did not panic') ? NO_PANIC.exec(text) : null;
    if (noPanic) {
      d.msg.add(text.slice(6));
      if (noPanic[1]) d.at(tidyPath(noPanic[1]), Number(noPanic[2]));
      return true;
    }
    if (reading) {
      if (!text.trim() || text.startsWith('note: ') || text.startsWith('stack backtrace:')) reading = false;
      else d.msg.add(text);
      return true;
    }
    if (text === 'failures:' || TOTALS.test(text)) {
      commit();
      return false;
    }
    return true;
  };

  return {
    runner: 'cargo-test',
    line(text) {
      const block = text.startsWith('---- ') ? BLOCK.exec(text) : null;
      if (block) {
        commit();
        draft = new Draft(block[1] ?? '', block[1] ?? '');
        return;
      }
      if (draft && inBlock(text, draft)) return;
      // the test binary aborted (stack overflow): no result line, no totals for that target
      const overflow = text.startsWith('thread ') ? OVERFLOW.exec(text) : null;
      if (overflow) {
        commitAbort();
        sawResults = true;
        aborted = new Draft(overflow[1] ?? '', overflow[1] ?? '');
        aborted.msg.add(text);
        return;
      }
      if (aborted && (text.startsWith('fatal runtime error: ') || /\(signal: \d+, SIG\w+/.test(text))) {
        aborted.msg.add(text.trim());
        return;
      }
      const totals = text.startsWith('test result: ') ? TOTALS.exec(text) : null;
      if (totals) {
        sawResults = true;
        failed = addCount(failed, countOf(totals[1] ?? '', /failed/) ?? 0);
        passed = addCount(passed, countOf(totals[1] ?? '', /passed/) ?? 0);
        counted = { pass: 0, fail: 0 };
        return;
      }
      const result = text.startsWith('test ') ? RESULT.exec(text) : null;
      if (result) {
        sawResults = true;
        if (result[2] === 'ok') counted.pass += 1;
        else if (result[2] === 'FAILED') counted.fail += 1;
        return;
      }
      diagnostics.line(text);
    },
    finish(): ParserOutcome {
      commit();
      commitAbort();
      diagnostics.flush();
      if (passed === null && failed === null && sawResults) {
        passed = counted.pass;
        failed = counted.fail;
      }
      const built = diagnostics.found > 0;
      const infraReason = !sawResults && !built && diagnostics.cargoError ? `cargo: ${diagnostics.cargoError}` : undefined;
      return { passed, failed, sawResults: sawResults || built, infraReason };
    },
  };
}
