import { addCount, countOf, type ParserOutcome, type RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { isUserFile, tidyPath } from '../location.js';

const BLOCK = /^---- (.+?) stdout ----$/;
const PANIC_NEW = /^thread '(.+?)'(?: \(\d+\))? panicked at (.+?):(\d+):\d+:$/;
const PANIC_OLD = /^thread '(.+?)'(?: \(\d+\))? panicked at '(.*)', (.+?):(\d+):\d+$/;
const RESULT = /^test (\S+) \.\.\. (ok|FAILED|ignored)/;
const TOTALS = /^test result: (?:ok|FAILED)\. (.*)$/;
const COMPILE = /^error(?:\[(E\d+)\])?: (.+)$/;
const ARROW = /^\s*--> (.+?):(\d+):\d+$/;

/** `cargo test` (libtest output), including panics and compile errors. */
export function cargoTestParser(sink: FailureSink): RunnerParser {
  let passed: number | null = null;
  let failed: number | null = null;
  let counted = { pass: 0, fail: 0 };
  let sawResults = false;
  let infraReason: string | undefined;
  let draft: Draft | undefined;
  let reading = false;
  let compile: Draft | undefined;

  const commit = (): void => {
    draft?.commit(sink);
    draft = undefined;
    reading = false;
  };
  const commitCompile = (): void => {
    compile?.commit(sink);
    compile = undefined;
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
      if (draft) {
        const p = PANIC_NEW.exec(text);
        if (p) {
          const file = tidyPath(p[2] ?? '');
          if (isUserFile(file)) draft.at(file, Number(p[3]));
          reading = true;
          return;
        }
        const old = PANIC_OLD.exec(text);
        if (old) {
          draft.msg.add(old[2] ?? '');
          const file = tidyPath(old[3] ?? '');
          if (isUserFile(file)) draft.at(file, Number(old[4]));
          return;
        }
        if (reading) {
          if (!text.trim() || text.startsWith('note: ') || text.startsWith('stack backtrace:')) reading = false;
          else draft.msg.add(text);
          return;
        }
        if (text === 'failures:' || TOTALS.test(text)) commit();
        else return;
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
      const err = text.startsWith('error') ? COMPILE.exec(text) : null;
      if (err) {
        commitCompile();
        const message = err[2] ?? '';
        if (message.startsWith('could not compile')) {
          infraReason ??= `cargo: ${message}`;
        } else if (!message.startsWith('test failed, to rerun') && !message.startsWith('aborting due to')) {
          compile = new Draft(err[1] ?? 'error', err[1] ?? 'error', { error: true });
          compile.msg.add(message);
        }
        return;
      }
      if (compile) {
        const arrow = ARROW.exec(text);
        if (arrow) {
          compile.at(tidyPath(arrow[1] ?? ''), Number(arrow[2]));
          compile.full_name = `${compile.file}:${compile.line} ${compile.name}`;
          commitCompile();
        }
      }
    },
    finish(): ParserOutcome {
      commit();
      commitCompile();
      if (passed === null && failed === null && sawResults) {
        passed = counted.pass;
        failed = counted.fail;
      }
      return { passed, failed, sawResults, infraReason };
    },
  };
}
