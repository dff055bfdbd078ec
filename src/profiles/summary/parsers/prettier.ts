import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';

const WARN = /^\[warn\] (\S.*)$/;
const ERROR = /^\[error\] ([^:\s]+): (.+)$/;
const SUMMARY = /^\[warn\] Code style issues (?:found in (?:the above file|(\d+) files)|in \d+ files)/;

/** `prettier --check`: one `[warn] file` per unformatted file, `[error] file: SyntaxError…` for files it cannot parse. */
export function prettierParser(sink: FailureSink): RunnerParser {
  let counted = 0;
  let stated: number | null = null;
  let sawResults = false;

  const add = (file: string, message: string): void => {
    counted += 1;
    const d = new Draft(file, file, { file });
    d.msg.add(message);
    d.commit(sink);
  };

  return {
    runner: 'prettier',
    line(text) {
      if (text === 'Checking formatting...' || text.startsWith('All matched files use Prettier')) {
        sawResults = true;
        return;
      }
      if (!text.startsWith('[')) return;
      const s = SUMMARY.exec(text);
      if (s) {
        sawResults = true;
        stated = (stated ?? 0) + (s[1] ? Number(s[1]) : 1);
        return;
      }
      const w = WARN.exec(text);
      if (w) {
        add(w[1] ?? '', 'not formatted as Prettier would (run prettier --write)');
        return;
      }
      const e = ERROR.exec(text);
      if (e) add(e[1] ?? '', e[2] ?? '');
    },
    finish(): ParserOutcome {
      return { passed: null, failed: Math.max(counted, stated ?? 0), sawResults: sawResults || counted > 0 };
    },
  };
}
