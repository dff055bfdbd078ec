import { addCount, type ParserOutcome, type RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { jsFrame, tidyPath } from '../location.js';

const SUBTEST = /^( *)# Subtest: (.+)$/;
const RESULT = /^( *)(not ok|ok) \d+(?: - (.*?))?(?: # (?:SKIP|TODO)\b.*)?$/;
const KEY = /^( *)([A-Za-z_]+): ?(.*)$/;
const TOTAL = /^# (pass|fail) (\d+)$/;

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && ((t.startsWith("'") && t.endsWith("'")) || (t.startsWith('"') && t.endsWith('"')))) {
    return t.slice(1, -1).replace(/''/g, "'");
  }
  return t;
}

/** TAP as `node --test` prints it (nested subtests, YAML diagnostics); plain TAP producers work too. */
export function nodeTapParser(sink: FailureSink): RunnerParser {
  const names: string[] = [];
  let passed: number | null = null;
  let failed: number | null = null;
  let counted = { pass: 0, fail: 0 };
  let sawResults = false;
  let draft: Draft | undefined;
  let inYaml = false;
  let keyIndent = 0;
  let key = '';
  let suite = false;
  let location: { file: string; line: number } | undefined;

  const settle = (): void => {
    if (draft && !suite) {
      if (draft.line === undefined && location) draft.at(location.file, location.line);
      draft.commit(sink);
      counted.fail += 1;
    }
    draft = undefined;
    suite = false;
    location = undefined;
  };

  return {
    runner: 'node-test',
    line(text) {
      if (inYaml) {
        if (/^\s*\.\.\.$/.test(text)) {
          inYaml = false;
          settle();
          return;
        }
        if (!draft) return;
        const kv = KEY.exec(text);
        if (kv && (kv[1] ?? '').length === keyIndent) {
          key = kv[2] ?? '';
          const value = kv[3] ?? '';
          if (key === 'type' && unquote(value) === 'suite') suite = true;
          else if (key === 'failureType' && unquote(value) === 'subtestsFailed') suite = true;
          else if (key === 'location') {
            const m = /^(.*):(\d+):\d+$/.exec(unquote(value));
            if (m) location = { file: tidyPath(m[1] ?? ''), line: Number(m[2]) };
          } else if (key === 'error' && value && !value.startsWith('|') && !value.startsWith('>')) {
            draft.msg.add(unquote(value));
          }
          return;
        }
        if (key === 'error') draft.msg.add(text);
        else if (key === 'stack') {
          const loc = jsFrame(text);
          if (loc) draft.at(loc.file, loc.line);
        }
        return;
      }
      const sub = text.includes('# Subtest: ') ? SUBTEST.exec(text) : null;
      if (sub) {
        settle();
        const level = Math.floor((sub[1] ?? '').length / 4);
        names.length = level;
        names[level] = sub[2] ?? '';
        return;
      }
      const result = text.includes('ok ') ? RESULT.exec(text) : null;
      if (result) {
        settle();
        sawResults = true;
        const level = Math.floor((result[1] ?? '').length / 4);
        const name = result[3] ?? '';
        if (result[2] === 'ok') {
          counted.pass += 1;
          return;
        }
        const path = [...names.slice(0, level), name].filter(Boolean);
        draft = new Draft(name, path.join(' > '));
        return;
      }
      if (draft && /^\s*---$/.test(text)) {
        inYaml = true;
        keyIndent = text.indexOf('-');
        key = '';
        return;
      }
      const total = TOTAL.exec(text);
      if (total) {
        settle();
        sawResults = true;
        if (total[1] === 'pass') passed = addCount(passed, Number(total[2]));
        else failed = addCount(failed, Number(total[2]));
        counted = { pass: 0, fail: 0 };
      }
    },
    finish(): ParserOutcome {
      settle();
      // a TAP stream cut short has no totals: count what it printed
      if (passed === null && failed === null && sawResults) {
        passed = counted.pass;
        failed = counted.fail;
      }
      return { passed, failed, sawResults };
    },
  };
}
