import { addCount, type ParserOutcome, type RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { isJsFrameLine, jsFrame, sameFile, tidyPath } from '../location.js';

const RUNNING = /^running \d+ tests? from (\S+)$/;
const RESULT = /^(.+) \.\.\. (ok|FAILED|ignored)(?: \(.*\))?$/;
const HEADER = /^(.+) => (\S+?):(\d+):\d+$/;
const TOTALS = /^(?:FAILED|ok) \| (\d+) passed(?: \((\d+) steps?\))? \| (\d+) failed/;

/**
 * `deno test`: results inline, details under ` ERRORS ` (`name => file:line:col`, the error, its
 * stack). The place is the anonymous frame in the test file (the test's body), else the first
 * frame in that file, else the test's own declaration.
 */
export function denoParser(sink: FailureSink): RunnerParser {
  let section: 'results' | 'errors' | 'failures' = 'results';
  let draft: Draft | undefined;
  let declared: { file: string; line: number } | undefined;
  let body: { file: string; line: number } | undefined;
  let inFile: { file: string; line: number } | undefined;
  // the line before a lone `^` is the source line it points at, not the message
  let held: string | undefined;
  let framed = false;
  let passed: number | null = null;
  let failed: number | null = null;
  let sawResults = false;
  let counted = 0;

  const commit = (): void => {
    if (!draft) return;
    if (held !== undefined && !framed) draft.msg.add(held);
    const where = body ?? inFile ?? declared;
    if (where) draft.at(where.file, where.line);
    draft.commit(sink);
    draft = undefined;
    body = undefined;
    inFile = undefined;
    held = undefined;
    framed = false;
  };

  return {
    runner: 'deno',
    line(text) {
      if (text === ' ERRORS ') {
        section = 'errors';
        return;
      }
      if (text === ' FAILURES ') {
        commit();
        section = 'failures';
        return;
      }
      const totals = text.includes(' passed') ? TOTALS.exec(text) : null;
      if (totals) {
        commit();
        sawResults = true;
        passed = addCount(passed, Number(totals[1]));
        failed = addCount(failed, Number(totals[3]));
        return;
      }
      if (section === 'failures') return;
      if (section === 'results') {
        if (RUNNING.test(text)) sawResults = true;
        const r = text.includes(' ... ') ? RESULT.exec(text) : null;
        if (r) {
          sawResults = true;
          if (r[2] === 'FAILED') counted += 1;
        }
        return;
      }
      const h = text.includes(' => ') ? HEADER.exec(text) : null;
      if (h) {
        commit();
        const file = tidyPath(h[2] ?? '');
        declared = { file, line: Number(h[3]) };
        const path = h[1] ?? '';
        draft = new Draft(path.split(' ... ').pop() ?? path, path, { file });
        return;
      }
      if (!draft) return;
      if (isJsFrameLine(text)) {
        if (held !== undefined && !framed) draft.msg.add(held);
        held = undefined;
        framed = true;
        const loc = jsFrame(text);
        if (loc && draft.file && sameFile(loc.file, draft.file)) {
          // `at file:///…` has no function name: the test's own body
          if (/^\s*at file:/.test(text)) body ??= loc;
          else inFile ??= loc;
        }
        return;
      }
      if (framed) return;
      if (/^\s*\^\s*$/.test(text)) {
        held = undefined;
        return;
      }
      if (held !== undefined) draft.msg.add(held);
      held = text.startsWith('error: ') ? text.slice(7) : text;
    },
    finish(): ParserOutcome {
      commit();
      return { passed, failed: failed ?? (sawResults ? counted : null), sawResults };
    },
  };
}
