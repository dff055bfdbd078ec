import { type ParserOutcome, type RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { isJsFrameLine, jsFrame } from '../location.js';

const FAIL = /^ {3}FAIL {2}(?:(.+?) {2})?"(.+)"$/;
const TOTAL = /^ {2}(Total|Passed|Skipped): {2,}(\d+)$/;
const PROGRESS = /^[•✘✓ ]+\(\d+ \/ \d+\)$/;

/** uvu's default reporter: `FAIL  "name"` blocks (message, diff, stack) and closing totals. */
export function uvuParser(sink: FailureSink): RunnerParser {
  let draft: Draft | undefined;
  let inFrames = false;
  let total: number | null = null;
  let passed: number | null = null;
  let skipped = 0;
  let sawResults = false;

  const commit = (): void => {
    draft?.commit(sink);
    draft = undefined;
  };

  return {
    runner: 'uvu',
    line(text) {
      const f = text.startsWith('   FAIL  ') ? FAIL.exec(text) : null;
      if (f) {
        commit();
        sawResults = true;
        inFrames = false;
        const name = f[2] ?? 'test';
        draft = new Draft(name, f[1] ? `${f[1]} ${name}` : name);
        return;
      }
      const t = text.startsWith('  ') ? TOTAL.exec(text) : null;
      if (t) {
        commit();
        sawResults = true;
        const n = Number(t[2]);
        if (t[1] === 'Total') total = (total ?? 0) + n;
        else if (t[1] === 'Passed') passed = (passed ?? 0) + n;
        else skipped += n;
        return;
      }
      if (PROGRESS.test(text.trim())) {
        sawResults = true;
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
      // the diff: `++7 (Expected)` / `--6 (Actual)`, with · for spaces
      const diff = /^\s+(\+\+|--)(.*?)\s+\((Expected|Actual)\)$/.exec(text);
      if (diff) draft.msg.add(`${diff[1] === '++' ? '+' : '-'} ${(diff[2] ?? '').replaceAll('·', ' ')}   (${diff[3]})`);
      else if (!/^\s+\^+\s*$/.test(text)) draft.msg.add(text);
    },
    finish(): ParserOutcome {
      commit();
      const failed = total === null || passed === null ? null : Math.max(0, total - passed - skipped);
      return { passed, failed, sawResults };
    },
  };
}
