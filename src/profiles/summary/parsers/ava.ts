import { addCount, type ParserOutcome, type RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { isJsFrameLine, jsFrame, plainLocation } from '../location.js';

const LISTED = /^ {2}✘ \[fail\]: (.+)$/;
// what ava appends to a listed failure's title
const SUFFIXES = [' Error thrown in test', ' Test finished without running any assertions', ' Rejected promise returned by test', ' Promise returned by test never resolved'];

function listedTitle(text: string): string {
  for (const s of SUFFIXES) if (text.endsWith(s)) return text.slice(0, -s.length);
  return text;
}
const TOTAL = /^ {2}(\d+) (?:tests?|known failures?) (passed|failed|skipped|todo)?/;
const PLACE = /^ {2}(\S+\.[cm]?[jt]sx?):(\d+)$/;
const MAX_TITLES = 2000;

/**
 * ava's default reporter: `✘ [fail]: file › title` while running, then one detail block per
 * failure (title, `file:line`, code frame, difference or error, stack) and closing totals.
 */
export function avaParser(sink: FailureSink): RunnerParser {
  const titles: string[] = [];
  const detailed = new Set<string>();
  let draft: Draft | undefined;
  let inFrames = false;
  let passed: number | null = null;
  let failed: number | null = null;
  let sawResults = false;
  let ticks = 0;

  const commit = (): void => {
    draft?.commit(sink);
    draft = undefined;
  };
  const start = (title: string): void => {
    commit();
    detailed.add(title);
    inFrames = false;
    draft = new Draft(title.split(' › ').pop() ?? title, title);
  };

  return {
    runner: 'ava',
    line(text) {
      const listed = text.startsWith('  ✘ ') ? LISTED.exec(text) : null;
      if (listed) {
        sawResults = true;
        if (titles.length < MAX_TITLES) titles.push(listedTitle(listed[1] ?? ''));
        return;
      }
      if (text.startsWith('  ✔ ')) {
        sawResults = true;
        ticks += 1;
        return;
      }
      const total = TOTAL.exec(text);
      if (total && /^ {2}\d+ [a-z ]+$/.test(text)) {
        commit();
        sawResults = true;
        if (total[2] === 'passed') passed = addCount(passed, Number(total[1]));
        else if (total[2] === 'failed') failed = addCount(failed, Number(total[1]));
        return;
      }
      const title = text.startsWith('  ') ? text.slice(2) : '';
      if (title && !detailed.has(title) && titles.includes(title)) {
        start(title);
        return;
      }
      if (!draft) return;
      const place = PLACE.exec(text);
      if (place) {
        draft.at(place[1], Number(place[2]));
        return;
      }
      if (isJsFrameLine(text)) {
        inFrames = true;
        const loc = jsFrame(text);
        if (loc) draft.frame(loc);
        return;
      }
      if (text.trimStart().startsWith('› ')) {
        const loc = plainLocation(text.replace('file://', ''));
        if (loc) draft.at(loc.file, loc.line);
        return;
      }
      if (inFrames || /^\s+\d+: /.test(text) || text.trim() === '─') return;
      draft.msg.add(text);
    },
    finish(): ParserOutcome {
      commit();
      // failures listed while running but given no detail block (a cut log)
      for (const t of titles) if (!detailed.has(t)) new Draft(t.split(' › ').pop() ?? t, t).commit(sink);
      // ava prints "N tests passed" only when none failed: count the ticks otherwise
      return { passed: passed ?? (sawResults ? ticks : null), failed, sawResults };
    },
  };
}
