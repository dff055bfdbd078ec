import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { tidyPath } from '../location.js';

// tty (default): `In file line 3:` / the source line / `^--^ SC2164 (warning): message`
const IN_FILE = /^In (\S.{0,999}?) line (\d+):$/;
const MARK = /^ *\^-*\^? (SC\d{4}) \((error|warning|info|style)\): (.{1,1000})$/;
// gcc: `file:3:1: warning: message [SC2164]`
const GCC = /^(\S{1,1000}?):(\d+):(\d+): (error|warning|note|info|style): (.{0,1000}) \[(SC\d{4})\]$/;

/** shellcheck, tty and gcc formats: each finding named by its SC code, at file:line. */
export function shellcheckParser(sink: FailureSink): RunnerParser {
  let at: { file: string; line: number } | undefined;
  let counted = 0;

  const add = (file: string, line: number, code: string, severity: string, message: string): void => {
    counted += 1;
    const d = new Draft(code, `${file}:${line} ${code}`);
    d.at(file, line);
    d.msg.add(`${message} (${severity})`);
    d.commit(sink);
  };

  return {
    runner: 'shellcheck',
    line(text) {
      const where = text.startsWith('In ') ? IN_FILE.exec(text) : null;
      if (where) {
        at = { file: tidyPath(where[1] ?? ''), line: Number(where[2]) };
        return;
      }
      const mark = at && text.includes(' SC') ? MARK.exec(text) : null;
      if (mark && at) return add(at.file, at.line, mark[1] ?? '', mark[2] ?? '', mark[3] ?? '');
      const gcc = text.includes('[SC') ? GCC.exec(text) : null;
      if (gcc) add(tidyPath(gcc[1] ?? ''), Number(gcc[2]), gcc[6] ?? '', gcc[4] ?? '', gcc[5] ?? '');
    },
    finish(): ParserOutcome {
      return { passed: null, failed: counted, sawResults: counted > 0 };
    },
  };
}
