import { addCount, countOf, type ParserOutcome, type RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { isUserFile, sameFile, tidyPath } from '../location.js';
import { indentAt, NextMatch } from '../lines.js';

// with `projects`, the file follows the project's label: `|api| ` without colour, a badge ` api  ` with it
const FAIL_TEST = /^ FAIL {2}(?:\|[^|\s]{1,100}\| | [^\s|]{1,100} {2})?(\S+) > (.+)$/;
const FAIL_SUITE = /^ FAIL {2}(?:\|[^|\s]{1,100}\| | [^\s|]{1,100} {2})?(\S+)(?: \[ .* \])?$/;
const SEPARATOR = /^⎯{3,}/;
const LOCATION = /^\s*❯ (?:\S+ )?(\S+?):(\d+):(\d+)$/;
// written so a line of spaces cannot make it backtrack quadratically
const CODE_FRAME = /^\s*\d+\||^\s+\|/;
const TOTALS = /^\s*Tests\s{2,}(.*\(\d+\))\s*$/;
const RESULT = /^\s+[✓×↓❯] /;
// `⎯` and `❯` as UTF-8 bytes in a latin1 view of them
const RAW_SEPARATOR = '\xe2\x8e\xaf';
const RAW_ARROW = '\xe2\x9d\xaf';

/** A ` FAIL  file > test` (or a suite's ` FAIL  file`) line's failure; undefined when the sink only counts it (its block is passed over unread). */
function failDraft(text: string, sink: FailureSink): Draft | undefined {
  const t = FAIL_TEST.exec(text);
  if (t) {
    const path = t[2] ?? '';
    const parts = path.split(' > ');
    const name = parts[parts.length - 1] ?? path;
    return sink.countIfOnly(name, path) ? undefined : new Draft(name, path, { file: t[1] });
  }
  const s = FAIL_SUITE.exec(text);
  return s ? new Draft(s[1] ?? 'suite', `${s[1] ?? ''} (failed to run)`, { file: s[1], error: true }) : undefined;
}

/** The first line at or after `from` that starts with a space, a tab, `T` or the first byte of `⎯` (raw UTF-8); Infinity if none. */
function beforeResults(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (c === 32 || c === 9 || c === 84 || c === 0xe2) return at;
    const end = text.indexOf('\n', at);
    if (end < 0) return Infinity;
    at = end + 1;
  }
  return Infinity;
}

/** vitest's default and verbose reporters. */
export function vitestParser(sink: FailureSink): RunnerParser {
  let draft: Draft | undefined;
  let located = false;
  let passed: number | null = null;
  let failed: number | null = null;
  let sawResults = false;
  let infraReason: string | undefined;
  // what the lines `line` acts on hold, in raw bytes (the words without the spaces around them: searched faster)
  const rawFail = new NextMatch('FAIL  ');
  const rawSeparator = new NextMatch(RAW_SEPARATOR);
  const rawTotals = new NextMatch('Tests ');
  const rawArrow = new NextMatch(RAW_ARROW);
  const rawConfig = new NextMatch('failed to load config from');

  const commit = (): void => {
    // an unhandled-error section without an error line adds nothing
    if (draft && !(draft.error && draft.name === 'unhandled error' && draft.msg.length === 0)) draft.commit(sink);
    draft = undefined;
  };

  return {
    runner: 'vitest',
    line(text) {
      // most lines of a long log are none of the lines below: the first character rules most out
      // (an empty line's NaN would undo the optimised code once)
      const c = text.length > 0 ? text.charCodeAt(0) : 0;
      if (c === 32 && text.startsWith(' FAIL  ')) {
        commit();
        sawResults = true;
        located = false;
        draft = failDraft(text, sink);
        return;
      }
      if (c === 0x23af && SEPARATOR.test(text)) {
        commit();
        // the "Unhandled Errors" banner only counts them; each follows in its own section
        if (/Uncaught Exception|Unhandled Rejection|Unhandled Error(?!s)/.test(text)) {
          draft = new Draft('unhandled error', 'unhandled error', { error: true });
          located = false;
        } else if (/Startup Error/.test(text)) {
          infraReason ??= 'vitest failed to start';
        }
        return;
      }
      const totals = (c === 32 || c === 84 || c === 9) && text.startsWith('Tests  ', indentAt(text, 0)) ? TOTALS.exec(text) : null;
      if (totals) {
        commit();
        sawResults = true;
        const body = totals[1] ?? '';
        failed = addCount(failed, countOf(body, /failed/) ?? 0);
        passed = addCount(passed, countOf(body, /passed/) ?? 0);
        return;
      }
      if (draft) {
        // once located, the rest of the block is the code frame and the stack
        if (located) return;
        const loc = text.includes('❯') ? LOCATION.exec(text) : null;
        if (loc) {
          const file = tidyPath(loc[1] ?? '');
          if (isUserFile(file) && (!draft.file || sameFile(file, draft.file))) {
            draft.at(file, Number(loc[2]));
            located = true;
          }
          return;
        }
        if (draft.msg.full || CODE_FRAME.test(text)) return;
        if (/^(Vitest caught|This error originated|The latest test that might)/.test(text.trim())) return;
        draft.msg.add(text);
        return;
      }
      if (text.startsWith('failed to load config from')) infraReason ??= 'vitest failed to load its config';
      else if (!sawResults && c === 32 && (RESULT.test(text) || text.startsWith(' Test Files '))) sawResults = true;
    },
    // the lines `line` acts on, found in the raw bytes by what they hold; any other line is idle
    nextLine(block, from) {
      if (draft && !located && !draft.msg.full) return from;
      // with no draft and no results yet, any line starting with a space or a tab may be a result line
      // (and `Tests` or a `⎯` separator may start a line): the lines before the first such are what the
      // run printed before its results (a config's logs, a global setup's)
      if (!draft && !sawResults) return Math.min(beforeResults(block.text, from), rawConfig.lineFrom(block, from));
      let next = Math.min(rawFail.lineFrom(block, from), rawSeparator.lineFrom(block, from), rawTotals.lineFrom(block, from));
      // in a failure: after its place nothing else counts; before it (message full), only a `❯` place
      if (draft && !located) next = Math.min(next, rawArrow.lineFrom(block, from));
      // (once the run is known not to have started, its config line changes nothing)
      if (!draft && infraReason === undefined) next = Math.min(next, rawConfig.lineFrom(block, from));
      return next;
    },
    finish(): ParserOutcome {
      commit();
      return { passed, failed, sawResults, infraReason };
    },
  };
}
