import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { tidyPath } from '../location.js';

const DIAG = /^ {2}(\S.{0,999}?):(\d+):(\d+) - (error|warning|information): (.{0,1000})$/;
const RULE = /^(.*?) ?\((report[A-Za-z]{1,80})\)$/;
const TOTALS = /^(\d+) errors?, (\d+) warnings?, (\d+) informations? ?$/;

/** pyright's CLI report: each error named by its rule (`reportReturnType`), at file:line. */
export function pyrightParser(sink: FailureSink): RunnerParser {
  let total: number | null = null;
  let counted = 0;
  let draft: Draft | undefined;

  const close = (text: string): void => {
    const rule = RULE.exec(text.trim());
    if (!draft) return;
    draft.msg.add(rule ? (rule[1] ?? '') : text);
    if (rule) {
      draft.name = rule[2] ?? 'error';
      draft.full_name = `${draft.file}:${draft.line} ${draft.name}`;
      commit();
    }
  };
  const commit = (): void => {
    draft?.commit(sink);
    draft = undefined;
  };

  return {
    runner: 'pyright',
    line(text) {
      const d = text.includes(' - ') ? DIAG.exec(text) : null;
      if (d) {
        commit();
        if (d[4] !== 'error') return;
        counted += 1;
        const file = tidyPath(d[1] ?? '');
        draft = new Draft('error', `${file}:${d[2]}`);
        draft.at(file, Number(d[2]));
        close(d[5] ?? '');
        return;
      }
      const t = TOTALS.exec(text);
      if (t) {
        commit();
        total = (total ?? 0) + Number(t[1]);
        return;
      }
      // a message continues on lines indented deeper than the diagnostic (pyright pads with
      // no-break spaces), ending with its rule
      if (draft && /^ {2}[ \u00a0]{2}/.test(text)) close(text.replace(/\u00a0/g, ' ').trim());
      else commit();
    },
    finish(): ParserOutcome {
      commit();
      return { passed: null, failed: total ?? counted, sawResults: total !== null || counted > 0 };
    },
  };
}
