import { addCount, type ParserOutcome, type RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { jsFrame, sameFile, tidyPath } from '../location.js';

// `(fail) suite > name [0.2ms]` without colour, `✗ suite > name [0.2ms]` with
const RESULT = /^(?:\((pass|fail|skip|todo)\)|([✓✗»✎])) (.+?)(?: \[[\d.]+m?s\])?$/;
const FILE = /^(\S+\.(?:[cm]?[jt]sx?)):$/;
const TOTAL = /^ (\d+) (pass|fail)$/;
const CODE = /^\d+ \|/;

/**
 * `bun test`: each failure's code frame, error and stack come *before* its `(fail)` line, so the
 * lines since the last result are gathered (bounded) and given to the test that fails next.
 */
export function bunParser(sink: FailureSink): RunnerParser {
  let file: string | undefined;
  let pending: Draft | undefined;
  let inError = false;
  let passed: number | null = null;
  let failed: number | null = null;
  let sawResults = false;

  const fresh = (): Draft => new Draft('', '', { file });

  return {
    runner: 'bun',
    line(text) {
      const f = text.endsWith(':') ? FILE.exec(text) : null;
      if (f) {
        file = tidyPath(f[1] ?? '');
        pending = undefined;
        return;
      }
      const r = RESULT.exec(text);
      if (r) {
        sawResults = true;
        const state = r[1] ?? { '✓': 'pass', '✗': 'fail', '»': 'skip', '✎': 'todo' }[r[2] ?? ''] ?? 'pass';
        if (state === 'fail') {
          const path = r[3] ?? '';
          const d = pending ?? fresh();
          d.name = path.split(' > ').pop() ?? path;
          d.full_name = path;
          d.file ??= file;
          d.commit(sink);
        }
        pending = undefined;
        inError = false;
        return;
      }
      const t = text.startsWith(' ') ? TOTAL.exec(text) : null;
      if (t) {
        if (t[2] === 'pass') passed = addCount(passed, Number(t[1]));
        else failed = addCount(failed, Number(t[1]));
        sawResults = true;
        return;
      }
      if (CODE.test(text) || /^\s+\^$/.test(text)) return;
      if (text.startsWith('error: ')) {
        pending ??= fresh();
        inError = true;
        pending.msg.add(text.slice(7));
        return;
      }
      if (!pending || !inError) return;
      const loc = /^\s+at /.test(text) ? jsFrame(text) : undefined;
      if (loc) {
        if (!file || sameFile(loc.file, file)) pending.at(loc.file, loc.line);
        return;
      }
      if (!/^\s+at /.test(text)) pending.msg.add(text);
    },
    finish(): ParserOutcome {
      return { passed, failed, sawResults };
    },
  };
}
