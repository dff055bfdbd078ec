import { addCount, type ParserOutcome, type RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { isJsFrameLine, jsFrame, sameFile, tidyPath } from '../location.js';

const SUITE = /^( *)▶ (.+)$/;
const MARK = /^( *)([✔✖﹣]) (.+?)(?: \([\d.]+m?s\))?(?: # .*)?$/;
const TOTAL = /^ℹ (pass|fail) (\d+)$/;
const TEST_AT = /^test at (.+):(\d+):\d+$/;

function indentOf(text: string): number {
  let i = 0;
  while (text.charCodeAt(i) === 32) i += 1;
  return i;
}

/** The spec reporter of `node --test` (default on a terminal; `--test-reporter=spec`). */
export function nodeSpecParser(sink: FailureSink): RunnerParser {
  const suites: { name: string; indent: number }[] = [];
  let passed: number | null = null;
  let failed: number | null = null;
  let sawResults = false;
  let draft: Draft | undefined;
  let draftIndent = 0;
  let inFrames = false;
  // the "✖ failing tests:" section repeats the failures printed inline
  let section = false;
  let inlineThisRun = 0;
  let sectionAt: { file: string; line: number } | undefined;

  const commit = (): void => {
    if (!draft) return;
    const d = draft;
    draft = undefined;
    if (!section) {
      d.commit(sink);
      inlineThisRun += 1;
      return;
    }
    if (inlineThisRun === 0) {
      d.commit(sink);
      return;
    }
    // Node 22+ prints failures inline without details and gives them here: fill them in
    const known = sink.find((f) => f.name === d.name && !f.message && (!f.file || !d.file || sameFile(f.file, d.file)));
    if (!known) return;
    known.message = d.msg.text();
    if (known.line === undefined) {
      known.file = d.file ?? known.file;
      known.line = d.line ?? sectionAt?.line;
    }
  };

  return {
    runner: 'node-test',
    line(text) {
      if (draft) {
        if (text.trim() === '' || indentOf(text) > draftIndent) {
          if (isJsFrameLine(text)) {
            inFrames = true;
            const loc = jsFrame(text);
            if (loc) draft.at(loc.file, loc.line);
          } else if (!inFrames) draft.msg.add(text);
          return;
        }
        commit();
      }
      if (text === '✖ failing tests:') {
        section = true;
        return;
      }
      const total = TOTAL.exec(text);
      if (total) {
        sawResults = true;
        if (total[1] === 'pass') passed = addCount(passed, Number(total[2]));
        else failed = addCount(failed, Number(total[2]));
        return;
      }
      if (section) {
        const at = TEST_AT.exec(text);
        if (at) {
          sectionAt = { file: tidyPath(at[1] ?? ''), line: Number(at[2]) };
          return;
        }
        if (text.startsWith('▶ ') || text.startsWith('✔ ')) {
          section = false;
          inlineThisRun = 0;
        } else {
          const mark = MARK.exec(text);
          if (mark && mark[2] === '✖') {
            draft = new Draft(mark[3] ?? '', mark[3] ?? '', { file: sectionAt?.file });
            draftIndent = indentOf(text);
            inFrames = false;
          }
          return;
        }
      }
      const suite = SUITE.exec(text);
      if (suite) {
        const indent = (suite[1] ?? '').length;
        while (suites.length && (suites[suites.length - 1]?.indent ?? 0) >= indent) suites.pop();
        suites.push({ name: suite[2] ?? '', indent });
        return;
      }
      const mark = MARK.exec(text);
      if (!mark) return;
      sawResults = true;
      const indent = (mark[1] ?? '').length;
      const name = mark[3] ?? '';
      while (suites.length && (suites[suites.length - 1]?.indent ?? 0) > indent) suites.pop();
      const top = suites[suites.length - 1];
      if (top && top.indent === indent && top.name === name) {
        suites.pop(); // the end line of a suite
        return;
      }
      if (mark[2] !== '✖') return;
      const path = [...suites.map((s) => s.name), name];
      draft = new Draft(name, path.join(' > '));
      draftIndent = indent;
      inFrames = false;
    },
    finish(): ParserOutcome {
      commit();
      return { passed, failed, sawResults };
    },
  };
}
