import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { plainLocation, tidyPath } from '../location.js';

// `FAIL name`, `✗ name`, `not ok 3 - name`, `[FAIL] name`, `name ... FAILED`
const FAIL_LINE = /^\s*(?:\[?(?:FAIL(?:ED|URE)?|ERROR)\]?:?|[✗✘×✖]|not ok(?: \d+)?(?: -)?)\s+(\S.*)$/;
// found by search, not by a lazy `(.*?)` before it, which backtracks quadratically on padded lines
const FAILED_AFTER = /(?:\.\.\.?|…) ?(?:FAILED|FAIL|ERROR|not ok)\b/;
// `path/file.ext:12:3: error: message`, `file.ext(12,3): error …`
const DIAGNOSTIC = /^(\S+?\.[A-Za-z]{1,6})(?::(\d+)(?::\d+)?:?|\((\d+),\d+\):) (?:fatal )?(?:error|ERROR|Error)\b:?\s*(.*)$/;
const COUNT = /\b(\d+) (?:tests? |specs? |examples? )?(passed|passing|pass|ok|succeeded|failed|failing|fail|failures?|errors?)\b/g;
// applied to trimmed text: a leading `\s*` would make every space of a padded name a start
const DURATION = / ?(?:\([\d.]+ ?m?s\)|\[[\d.]+ ?m?s\]|# time=\S+)$/;
const MAX_NAMES = 5000;
// the start of each word COUNT ends in (`ok`, and `pass`, `succ`, `fail`, `error` without their endings)
const COUNT_WORD = /pass|fail|ok|succ|error/;

/**
 * The fallback for output that no parser recognises: lines that say a test failed (`FAIL`, `✗`,
 * `not ok`, `… FAILED`), `file:line: error` diagnostics and closing counts (`3 failed, 2 passed`).
 * Names and places are a best guess; the summary says the runner was not recognised.
 */
export function genericParser(sink: FailureSink): RunnerParser {
  let passed: number | null = null;
  let failed: number | null = null;
  let sawResults = false;
  let found = 0;
  const seen = new Set<string>();

  const add = (name: string, file: string | undefined, line: number | undefined, message: string): void => {
    const key = `${name}\u0000${file ?? ''}:${line ?? ''}`;
    if (seen.has(key)) return; // the same failure in a closing list
    if (seen.size < MAX_NAMES) seen.add(key);
    sawResults = true;
    found += 1;
    // past the sink's lists a failure is only counted: no draft to build
    if (sink.countIfOnly(name, name)) return;
    const d = new Draft(name, name, { file });
    d.at(file, line);
    d.msg.add(message);
    d.commit(sink);
  };

  return {
    runner: 'unknown',
    line(text) {
      if (!text) return;
      const diag = text.includes('rror') || text.includes('ERROR') ? DIAGNOSTIC.exec(text) : null;
      if (diag) {
        const file = tidyPath(diag[1] ?? '');
        const line = Number(diag[2] ?? diag[3]);
        add(`${file}:${line}`, file, line, diag[4] ?? '');
        return;
      }
      const fail = FAIL_LINE.exec(text)?.[1] ?? failedAfter(text);
      if (fail) {
        const name = fail.trim().replace(DURATION, '').trim();
        if (name && !/^\d+ (?:tests?|failed|passed)/.test(name)) {
          const loc = plainLocation(name);
          add(name, loc?.file, loc?.line, '');
          return;
        }
      }
      // (COUNT's words, then a count before a word: most lines of a long log hold neither)
      if (!COUNT_WORD.test(text) || !/\d [a-z]/.test(text)) return;
      let p: number | undefined;
      let f: number | undefined;
      for (const m of text.matchAll(COUNT)) {
        const n = Number(m[1]);
        if (/^(?:pass|ok|succ)/.test(m[2] ?? '')) p ??= n;
        else f ??= n;
      }
      if (p !== undefined || f !== undefined) {
        // the last line with counts is the closing one
        sawResults = true;
        passed = p ?? passed;
        failed = f ?? (p !== undefined ? 0 : failed);
      }
    },
    finish(): ParserOutcome {
      return { passed, failed: Math.max(failed ?? 0, found) || (failed === null ? null : 0), sawResults };
    },
  };
}

/** `name ... FAILED` -> name */
function failedAfter(text: string): string | undefined {
  if (!text.includes('FAIL') && !text.includes('ERROR') && !text.includes('not ok')) return undefined;
  const at = text.search(FAILED_AFTER);
  return at > 0 ? text.slice(0, at).trim() : undefined;
}
