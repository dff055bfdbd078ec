import type { ParserOutcome, RunnerParser } from '../parser.js';
import type { FailureSink } from '../sink.js';
import { Draft } from '../sink.js';
import { tidyPath } from '../location.js';

// the head only: the message and rule id are split off without a regex, since a lazy `(.+?)` before
// optional padding and `\s*$` backtracks quadratically on long padded lines
const HEAD = /^\s+(\d+):(\d+)\s+(error|warning)\s+/;
const TOTALS = /^✖ (\d+) problems? \((\d+) errors?, (\d+) warnings?\)/;

/** eslint's stylish formatter (the default). Warnings do not fail a run and are not listed. */
export function eslintParser(sink: FailureSink): RunnerParser {
  let file: string | undefined;
  let counted = 0;
  let errors: number | null = null;
  let sawResults = false;

  return {
    runner: 'eslint',
    line(text) {
      if (!text) return;
      const p = text.charCodeAt(0) === 32 && (text.includes('  error  ') || text.includes('  warning  ')) ? HEAD.exec(text) : null;
      if (p) {
        sawResults = true;
        if (p[3] !== 'error') return;
        counted += 1;
        const { message, rule } = messageAndRule(text.slice(p[0].length));
        const d = new Draft(rule, `${file ?? ''}:${p[1]}:${p[2]} ${rule}`, { file });
        d.at(file, Number(p[1]));
        d.msg.add(message);
        d.commit(sink);
        return;
      }
      const t = TOTALS.exec(text);
      if (t) {
        sawResults = true;
        errors = (errors ?? 0) + Number(t[2]);
        return;
      }
      if (!/^\s/.test(text) && !text.startsWith('✖') && !text.startsWith('>')) file = tidyPath(text.trim());
    },
    finish(): ParserOutcome {
      return { passed: null, failed: errors ?? counted, sawResults, infraReason: undefined };
    },
  };
}

/** `Message text  rule-id` -> both parts; the rule id is the last word after two or more spaces. */
function messageAndRule(rest: string): { message: string; rule: string } {
  const body = rest.trimEnd();
  const gap = body.lastIndexOf('  ');
  const rule = gap < 0 ? '' : body.slice(gap + 2);
  if (!rule || /\s/.test(rule)) return { message: body, rule: 'eslint' };
  return { message: body.slice(0, gap).trimEnd(), rule };
}
