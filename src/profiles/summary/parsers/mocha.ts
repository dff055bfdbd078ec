import { addCount, type ParserOutcome, type RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { isJsFrameLine, jsFrame } from '../location.js';

const PASSING = /^\s+(\d+) passing \(/;
const FAILING = /^\s+(\d+) failing$/;
const HEADER = /^ {2}(\d+)\) (.+)$/;

/** mocha's spec reporter (and dot/list, which print the same failure section). */
export function mochaParser(sink: FailureSink): RunnerParser {
  let passed: number | null = null;
  let failed: number | null = null;
  let sawResults = false;
  let inFailures = false;
  let titles: string[] = [];
  let titleDone = true;
  let draft: Draft | undefined;
  let inFrames = false;

  const commit = (): void => {
    draft?.commit(sink);
    draft = undefined;
  };
  const startDraft = (): void => {
    const name = titles[titles.length - 1] ?? 'test';
    draft = new Draft(name, titles.join(' '));
    inFrames = false;
  };

  return {
    runner: 'mocha',
    line(text) {
      const passing = text.includes(' passing (') ? PASSING.exec(text) : null;
      if (passing) {
        commit();
        inFailures = false;
        sawResults = true;
        passed = addCount(passed, Number(passing[1]));
        return;
      }
      const failing = text.endsWith(' failing') ? FAILING.exec(text) : null;
      if (failing) {
        commit();
        sawResults = true;
        inFailures = true;
        failed = addCount(failed, Number(failing[1]));
        return;
      }
      if (!inFailures) {
        if (!sawResults && /^\s+(✔|✓|\d+\)) /.test(text)) sawResults = true;
        return;
      }
      const header = HEADER.exec(text);
      if (header) {
        commit();
        const first = header[2] ?? '';
        titles = [first.endsWith(':') ? first.slice(0, -1) : first];
        titleDone = first.endsWith(':');
        if (titleDone) startDraft();
        return;
      }
      if (!titleDone) {
        const t = text.trim();
        if (!t) return;
        titles.push(t.endsWith(':') ? t.slice(0, -1) : t);
        if (t.endsWith(':')) {
          titleDone = true;
          startDraft();
        }
        return;
      }
      if (!draft) return;
      if (isJsFrameLine(text)) {
        inFrames = true;
        const loc = jsFrame(text);
        if (loc) draft.frame(loc);
        return;
      }
      if (inFrames) return;
      // the diff legend and its lines repeat what the assertion line already says
      if (/^\s*\+ expected - actual\s*$/.test(text)) {
        inFrames = true;
        return;
      }
      draft.msg.add(text);
    },
    finish(): ParserOutcome {
      commit();
      return { passed, failed, sawResults };
    },
  };
}
