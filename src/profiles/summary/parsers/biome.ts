import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { tidyPath } from '../location.js';

// `src/app.js:2:3 lint/suspicious/noDebugger  FIXABLE  ━━━━`; format and organizeImports have no line
const HEADER = /^(\S+?)(?::(\d+):(\d+))? ((?:lint|assist)\/\S+|format|organizeImports|parse|check)\b[^━]*━/;
const FOUND = /^Found (\d+) errors?\./;

/** biome's default reporter (lint, check, format, ci): diagnostics with `×` are errors; warnings and infos are not counted. */
export function biomeParser(sink: FailureSink): RunnerParser {
  let header: { file: string; line: number | undefined; category: string } | undefined;
  let found: number | null = null;
  let counted = 0;
  let sawResults = false;

  return {
    runner: 'biome',
    line(text) {
      const h = text.includes('━') ? HEADER.exec(text) : null;
      if (h) {
        sawResults = true;
        header = { file: tidyPath(h[1] ?? ''), line: h[2] ? Number(h[2]) : undefined, category: h[4] ?? 'biome' };
        return;
      }
      const f = text.startsWith('Found ') ? FOUND.exec(text) : null;
      if (f) {
        found = (found ?? 0) + Number(f[1]);
        sawResults = true;
        return;
      }
      if (text.startsWith('Checked ')) sawResults = true;
      if (!header) return;
      const t = text.trimStart();
      // × (✖ with colour) is an error, ! (⚠) a warning, i (ℹ) an info
      if (/^[×✖!⚠iℹ] /.test(t)) {
        const h2 = header;
        header = undefined;
        if (!/^[×✖] /.test(t)) return;
        counted += 1;
        const d = new Draft(h2.category, `${h2.file}${h2.line === undefined ? '' : `:${h2.line}`} ${h2.category}`, { file: h2.file });
        d.at(h2.file, h2.line);
        d.msg.add(t.slice(2));
        d.commit(sink);
      }
    },
    finish(): ParserOutcome {
      return { passed: null, failed: found ?? counted, sawResults };
    },
  };
}
