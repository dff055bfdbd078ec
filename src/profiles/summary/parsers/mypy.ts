import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { tidyPath } from '../location.js';

const DIAG = /^(\S{1,500}\.pyi?):(\d+)(?::(\d+))?: (error|note|warning): (.{0,1000})$/;
const CODE = /^(.*?) {1,2}\[([a-z][a-z0-9-]{0,60})\]$/;
const FOUND = /^Found (\d+) errors? in \d+ files? \(checked \d+ source files?\)$/;
const SUCCESS = /^Success: no issues found in \d+ source files?$/;

/** mypy's report, plain and --pretty (wrapped messages, source lines and carets): each error named by its code. */
export function mypyParser(sink: FailureSink): RunnerParser {
  let found: number | null = null;
  let counted = 0;
  let ok = false;
  let draft: Draft | undefined;
  let text = '';
  let wrapped = false;
  let notes: string[] = [];

  const commit = (): void => {
    if (!draft) return;
    const code = CODE.exec(text.trim());
    const message = code ? (code[1] ?? '') : text.trim();
    if (code) {
      draft.name = code[2] ?? 'error';
      draft.full_name = `${draft.file}:${draft.line} [${draft.name}]`;
    }
    draft.msg.add(message);
    for (const n of notes) draft.msg.add(n);
    draft.commit(sink);
    draft = undefined;
    notes = [];
  };

  return {
    runner: 'mypy',
    line(line) {
      const d = line.includes('.py') ? DIAG.exec(line) : null;
      if (d) {
        if (d[4] === 'note') {
          if (draft && notes.length < 3) notes.push(d[5] ?? '');
          return;
        }
        commit();
        counted += 1;
        const file = tidyPath(d[1] ?? '');
        draft = new Draft('error', `${file}:${d[2]}`);
        draft.at(file, Number(d[2]));
        text = d[5] ?? '';
        wrapped = !CODE.test(text.trim());
        return;
      }
      const f = line.startsWith('Found ') ? FOUND.exec(line) : null;
      if (f) {
        commit();
        found = (found ?? 0) + Number(f[1]);
        return;
      }
      if (SUCCESS.test(line)) {
        ok = true;
        return;
      }
      // --pretty wraps a long message onto the next lines until its [code]
      if (draft && wrapped && line.trim() && !line.startsWith(' ')) {
        text += ` ${line.trim()}`;
        wrapped = !CODE.test(text.trim());
      }
    },
    finish(): ParserOutcome {
      commit();
      return { passed: null, failed: found ?? counted, sawResults: ok || found !== null || counted > 0 };
    },
  };
}
