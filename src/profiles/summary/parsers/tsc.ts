import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { tidyPath } from '../location.js';

const PLAIN = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;
const PRETTY = /^(.+?):(\d+):(\d+) - error (TS\d+): (.*)$/;
const GLOBAL = /^error (TS\d+): (.*)$/;
// not mypy's `Found 2 errors in 1 file (checked 3 source files)`
const FOUND = /^Found (\d+) errors?\b(?!.*\(checked \d)/;

/** `tsc` diagnostics, plain (`file(line,col): error TSxxxx`) and pretty (`file:line:col - error TSxxxx`). */
export function tscParser(sink: FailureSink): RunnerParser {
  let counted = 0;
  let found: number | null = null;
  let draft: Draft | undefined;
  let pretty = false;
  let infraReason: string | undefined;

  const commit = (): void => {
    draft?.commit(sink);
    draft = undefined;
  };

  return {
    runner: 'tsc',
    line(text) {
      const m = text.includes('error TS') ? (PLAIN.exec(text) ?? PRETTY.exec(text)) : null;
      if (m) {
        commit();
        pretty = !PLAIN.test(text);
        counted += 1;
        const file = tidyPath(m[1] ?? '');
        draft = new Draft(m[4] ?? 'error', `${file}:${m[2]}:${m[3]} ${m[4]}`);
        draft.at(file, Number(m[2]));
        draft.msg.add(m[5] ?? '');
        return;
      }
      const g = text.startsWith('error TS') ? GLOBAL.exec(text) : null;
      if (g) {
        commit();
        infraReason ??= `tsc: ${g[2]}`;
        draft = new Draft(g[1] ?? 'error', g[1] ?? 'error', { error: true });
        draft.msg.add(g[2] ?? '');
        return;
      }
      const f = text.startsWith('Found ') ? FOUND.exec(text) : null;
      if (f) {
        commit();
        found = (found ?? 0) + Number(f[1]);
        return;
      }
      // chained messages ("Type 'x' is not assignable…") are indented under the error; pretty output
      // follows with a code frame, which says nothing the location does not
      if (draft && !pretty && /^\s{2,}\S/.test(text)) draft.msg.add(text);
      else if (draft && !text.trim()) commit();
    },
    finish(): ParserOutcome {
      commit();
      const failed = found ?? counted;
      return { passed: null, failed, sawResults: counted > 0 || found !== null, infraReason };
    },
  };
}
