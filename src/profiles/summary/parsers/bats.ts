import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { tidyPath } from '../location.js';

const TAP = /^(ok|not ok) \d+ (.{0,1000}?)(?: # (skip|SKIP|todo|TODO)\b.*)?$/;
// `(in test file x.bats, line 4)`, or `(from function `setup' in test file x.bats, line 1)` for a hook or helper
const WHERE = /^(?:# )? *\((?:from function `[^']{1,200}' )?in test file (\S.{0,999}?), line (\d+)\)$/;
// the pretty formatter's heading for the next file
const FILE_HEADING = /^\S{1,500}\.bats$/;
const PLAN = /^1\.\.(\d+)$/;
const TOTALS = /^(\d+) tests?, (\d+) failures?(?:, (\d+) skipped)?/;

/** The text after a pretty-formatter mark: cursor moves leave the line's earlier states before it. */
function pretty(text: string): { ok: boolean; skip: boolean; name: string } | undefined {
  const fail = text.lastIndexOf(' ✗ ');
  const pass = text.lastIndexOf(' ✓ ');
  const skip = text.lastIndexOf(' - ');
  const at = Math.max(fail, pass);
  if (at >= 0) return { ok: pass > fail, skip: false, name: text.slice(at + 3).trim() };
  if (skip >= 0 && /\(skipped(?::.*)?\)$/.test(text)) return { ok: true, skip: true, name: text.slice(skip + 3).replace(/ \(skipped.*$/, '') };
  return undefined;
}

/** bats: TAP (the default without a terminal) and the pretty formatter, with each failure's file, line and failed command. */
export function batsParser(sink: FailureSink): RunnerParser {
  const count = { passed: 0, failed: 0, seen: false };
  let totals: { failed: number; passed: number } | undefined;
  let draft: Draft | undefined;

  const commit = (): void => {
    draft?.commit(sink);
    draft = undefined;
  };
  const result = (ok: boolean, skip: boolean, name: string): void => {
    commit();
    count.seen = true;
    if (skip) return;
    if (ok) {
      count.passed += 1;
      return;
    }
    count.failed += 1;
    draft = new Draft(name, name);
  };

  return {
    runner: 'bats',
    line(text) {
      const tap = text.startsWith('ok ') || text.startsWith('not ok ') ? TAP.exec(text) : null;
      if (tap) return result(tap[1] === 'ok', tap[3] !== undefined, (tap[2] ?? '').trim());
      const where = text.includes('in test file ') ? WHERE.exec(text) : null;
      if (where && draft) {
        draft.at(tidyPath(where[1] ?? ''), Number(where[2]));
        return;
      }
      const t = TOTALS.exec(text);
      if (t) {
        commit();
        const skipped = Number(t[3] ?? 0);
        totals = { failed: Number(t[2]), passed: Number(t[1]) - Number(t[2]) - skipped };
        return;
      }
      if (PLAN.test(text)) return;
      if (FILE_HEADING.test(text)) {
        commit();
        return;
      }
      const p = text.includes(' ✗ ') || text.includes(' ✓ ') || text.includes(' - ') ? pretty(text) : undefined;
      if (p) return result(p.ok, p.skip, p.name);
      if (draft && draft.line !== undefined) {
        const body = text.replace(/^# ?/, '').trim();
        // `[ "$x" = y ]' failed`: the command that failed, without bats' quoting
        if (body) draft.msg.add(body.replace(/^`(.*)' failed(.*)$/, '$1 failed$2'));
      }
    },
    finish(): ParserOutcome {
      commit();
      if (totals) return { passed: totals.passed, failed: totals.failed, sawResults: true };
      return { passed: count.seen ? count.passed : null, failed: count.failed, sawResults: count.seen };
    },
  };
}
