import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { tidyPath } from '../location.js';
import { MessageGather } from './python.js';

const HEAD = /^ {2}\d+\) (Failure|Error|Skipped|Unexpected):$/;
// `CartTest#test_sums [test/cart_test.rb:4]:`; a spec-style `describe 'Cart totals'` gives a class and test with spaces
const NAME = /^(\S[^#]{0,299}#\S.{0,299}?)(?: \[(\S{1,500}?):(\d+)\])?:$/;
const FRAME = /^ {4}(\S{1,500}?):(\d+):in /;
const TOTALS = /^(\d+) (?:runs|tests), (\d+) assertions, (\d+) failures, (\d+) errors, (\d+) skips$/;

function isTestFile(file: string): boolean {
  return /(?:^|\/)test_[^/]*\.rb$|_test\.rb$/.test(file) || file.startsWith('test/');
}

/** Minitest's reporter (default and --verbose): failures, errors, and the totals line. */
export function minitestParser(sink: FailureSink): RunnerParser {
  let totals: { runs: number; failures: number; errors: number; skips: number } | undefined;
  let kind = '';
  let draft: Draft | undefined;
  let gathered = new MessageGather();
  let frame: { file: string; line: number } | undefined;

  const commit = (): void => {
    if (draft) {
      if (frame) draft.at(frame.file, frame.line);
      for (const l of gathered.pick()) draft.msg.add(l);
      draft.commit(sink);
    }
    draft = undefined;
    frame = undefined;
    gathered = new MessageGather();
  };

  return {
    runner: 'minitest',
    line(text) {
      const head = text.startsWith('  ') ? HEAD.exec(text) : null;
      if (head) {
        commit();
        kind = head[1] ?? '';
        return;
      }
      if (kind && !draft) {
        const n = NAME.exec(text);
        if (n && kind !== 'Skipped') {
          const full = n[1] ?? '';
          draft = new Draft(full.slice(full.indexOf('#') + 1), full);
          if (n[2]) frame = { file: tidyPath(n[2]), line: Number(n[3]) };
          return;
        }
        if (n) kind = '';
        return;
      }
      const t = text.includes('assertions') ? TOTALS.exec(text) : null;
      if (t) {
        commit();
        kind = '';
        totals = { runs: Number(t[1]), failures: Number(t[3]), errors: Number(t[4]), skips: Number(t[5]) };
        return;
      }
      if (!draft) return;
      const f = text.startsWith('    ') ? FRAME.exec(text) : null;
      if (f) {
        const file = tidyPath(f[1] ?? '');
        if (!frame && isTestFile(file)) frame = { file, line: Number(f[2]) };
        return;
      }
      gathered.add(text);
    },
    finish(): ParserOutcome {
      commit();
      if (!totals) return { passed: null, failed: sink.tests, sawResults: sink.count > 0 };
      const failed = totals.failures + totals.errors;
      return { passed: Math.max(0, totals.runs - failed - totals.skips), failed, sawResults: true };
    },
  };
}
