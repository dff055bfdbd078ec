import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { isJsFrameLine, jsFrame } from '../location.js';

const HEADER = /^(\d+)\) (.+)$/;
const TOTALS = /^(\d+) specs?, (\d+) failures?(?:, (\d+) pending specs?)?/;

/** jasmine's default console reporter: numbered `Failures:` blocks (Message:, Stack:) and closing totals. */
export function jasmineParser(sink: FailureSink): RunnerParser {
  let inFailures = false;
  let part: 'message' | 'stack' | '' = '';
  let draft: Draft | undefined;
  let passed: number | null = null;
  let failed: number | null = null;
  let sawResults = false;

  const commit = (): void => {
    draft?.commit(sink);
    draft = undefined;
  };

  return {
    runner: 'jasmine',
    line(text) {
      const totals = TOTALS.exec(text);
      if (totals) {
        commit();
        sawResults = true;
        inFailures = false;
        const specs = Number(totals[1]);
        const f = Number(totals[2]);
        failed = (failed ?? 0) + f;
        passed = (passed ?? 0) + Math.max(0, specs - f - Number(totals[3] ?? 0));
        return;
      }
      if (text === 'Failures:') {
        inFailures = true;
        sawResults = true;
        return;
      }
      if (text === 'Pending:') {
        commit();
        inFailures = false;
        return;
      }
      if (!inFailures) return;
      const h = HEADER.exec(text);
      if (h) {
        commit();
        // jasmine joins the describe and it titles with spaces: the parts cannot be told apart
        draft = new Draft(h[2] ?? 'spec', h[2] ?? 'spec');
        part = '';
        return;
      }
      if (!draft) return;
      const t = text.trim();
      if (t === 'Message:' || t === 'Stack:') {
        part = t === 'Message:' ? 'message' : 'stack';
        return;
      }
      if (part === 'message') draft.msg.add(text);
      else if (part === 'stack' && isJsFrameLine(text)) {
        const loc = jsFrame(text);
        if (loc) draft.frame(loc);
      }
    },
    finish(): ParserOutcome {
      commit();
      return { passed, failed, sawResults };
    },
  };
}
