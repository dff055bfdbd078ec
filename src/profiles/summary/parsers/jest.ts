import { addCount, countOf, type ParserOutcome, type RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { isJsFrameLine, jsFrame, sameFile } from '../location.js';
import { NextMatch } from '../lines.js';

// `FAIL test/a.test.js`, with a project's displayName before the file (`FAIL api packages/api/a.test.js`), and
// in colour as badges (` FAIL   api  packages/…`)
const FILE_STATUS = /^ ?(PASS|FAIL) +(\S.{0,999})$/;
const TEST_FILE = /^\S+\.(?:[cm]?[jt]sx?|vue|svelte)$/;

/** The test file of a status line: the first word that is a script file, else the first word. */
function statusFile(rest: string): string | undefined {
  const words = rest.split(' ', 12).filter((w) => w !== '');
  return words.find((w) => TEST_FILE.test(w)) ?? words[0];
}
const BULLET = /^ {2}● (.+)$/;
// written so a line of spaces cannot make it backtrack quadratically
const CODE_FRAME = /^\s*(?:> *)?\d+ \||^\s+\|/;
const TOTALS = /^Tests:\s+(.*)$/;
// the lines that open or close a block, by what they hold in raw bytes (`●` as UTF-8 in a latin1 view)
const HEADLINES = ['PASS ', 'FAIL ', '\xe2\x97\x8f ', 'Summary of all failing tests', 'Tests:', 'Test Suites:'];

/** A `● title` block's failure in `file`; undefined when the sink only counts it (it is counted here). */
function bulletDraft(title: string, file: string | undefined, sink: FailureSink): Draft | undefined {
  const suite = title === 'Test suite failed to run';
  const parts = suite ? [] : title.split(' › ');
  const name = suite ? (file ?? title) : (parts[parts.length - 1] ?? title);
  const full = suite ? `${file ?? ''} › ${title}` : title;
  return sink.countIfOnly(name, full, suite) ? undefined : new Draft(name, full, suite ? { file, error: true } : { file });
}

/** jest's default reporter (stdout and stderr merged). */
export function jestParser(sink: FailureSink): RunnerParser {
  let draft: Draft | undefined;
  let skipping = false;
  let inFrames = false;
  let file: string | undefined;
  let passed: number | null = null;
  let failed: number | null = null;
  let sawResults = false;
  // "Summary of all failing tests" repeats the blocks already printed in this run
  let repeating = false;
  let addedThisRun = 0;
  let framedLine: number | undefined;
  const headlines = HEADLINES.map((h) => new NextMatch(h));

  const commit = (): void => {
    if (draft) {
      // no project frame in the stack (syntax errors): the line the code frame points at
      if (draft.line === undefined && framedLine !== undefined) draft.at(draft.file, framedLine);
      draft.commit(sink);
      addedThisRun += 1;
    }
    draft = undefined;
  };

  return {
    runner: 'jest',
    line(text) {
      const status = text.startsWith('PASS ') || text.startsWith('FAIL ') || text.startsWith(' FAIL ') || text.startsWith(' PASS ') ? FILE_STATUS.exec(text) : null;
      if (status) {
        commit();
        skipping = false;
        sawResults = true;
        file = statusFile(status[2] ?? '');
        return;
      }
      const bullet = text.startsWith('  ● ') ? BULLET.exec(text) : null;
      if (bullet) {
        commit();
        inFrames = false;
        framedLine = undefined;
        const title = bullet[1] ?? '';
        skipping = title === 'Console' || (repeating && addedThisRun > 0);
        if (skipping) return;
        draft = bulletDraft(title, file, sink);
        // past the sink's lists a new name is only counted: its block is passed over unread
        if (!draft) {
          addedThisRun += 1;
          skipping = true;
        }
        return;
      }
      if (text.startsWith('Summary of all failing tests')) {
        commit();
        repeating = true;
        return;
      }
      const totals = text.startsWith('Tests:') ? TOTALS.exec(text) : null;
      if (totals) {
        commit();
        sawResults = true;
        const body = totals[1] ?? '';
        failed = addCount(failed, countOf(body, /failed/) ?? 0);
        passed = addCount(passed, countOf(body, /passed/) ?? 0);
        repeating = false;
        addedThisRun = 0;
        return;
      }
      if (text.startsWith('Test Suites:')) {
        commit();
        sawResults = true;
        return;
      }
      if (!draft || skipping) return;
      if (isJsFrameLine(text)) {
        inFrames = true;
        const loc = jsFrame(text);
        if (loc && (!draft.file || sameFile(loc.file, draft.file))) draft.at(loc.file, loc.line);
        return;
      }
      if (inFrames) return;
      if (CODE_FRAME.test(text)) {
        const pointed = /^\s*> *(\d+) \|/.exec(text);
        if (pointed) framedLine ??= Number(pointed[1]);
        return;
      }
      draft.msg.add(text);
    },
    // outside a failure, in one skipped, or in its stack once placed, only the headlines count
    nextLine(block, from) {
      if (draft && !skipping && !(inFrames && draft.line !== undefined)) return from;
      let next = Infinity;
      for (const h of headlines) next = Math.min(next, h.lineFrom(block, from));
      return next;
    },
    finish(): ParserOutcome {
      commit();
      return { passed, failed, sawResults };
    },
  };
}
