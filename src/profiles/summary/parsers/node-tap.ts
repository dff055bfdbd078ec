import { addCount, type ParserOutcome, type RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { jsFrame, tidyPath } from '../location.js';

const SUBTEST = /^( *)# Subtest: (.+)$/;
const POINT = /^( *)(not ok|ok)\b(?: \d+)?(?: -)? ?(.*)$/;
const KEY = /^( *)([A-Za-z_][\w ]*|'[^']*'): ?(.*)$/;
const TOTAL = /^# (pass|fail) (\d+)$/;
const TOTALS_OBJECT = /^# \{ total: \d+, pass: (\d+), fail: (\d+)/;
const DIRECTIVE = / # (\S+)/;
// keys whose text is the failure's message, and keys whose +/- lines are the differing lines
const MESSAGE_KEYS = new Set(['error', 'message']);
const DIFF_KEYS = new Set(['diff', 'details']);

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && ((t.startsWith("'") && t.endsWith("'")) || (t.startsWith('"') && t.endsWith('"')))) {
    return t.slice(1, -1).replace(/''/g, "'");
  }
  return t;
}

/** `name # time=12ms` -> name and directive (TODO, SKIP, time=…); `\#` in a name stays. */
function splitDirective(text: string): { name: string; directive: string } {
  const m = DIRECTIVE.exec(text);
  if (!m) return { name: text.trim(), directive: '' };
  return { name: text.slice(0, m.index).trim(), directive: (m[1] ?? '').toUpperCase() };
}

/** What the points one level down were: tests of their own (`# Subtest:`) or assertions of this test. */
interface Children {
  tests: boolean;
  firstFailure: Draft | undefined;
}

/**
 * TAP 13/14 from `node --test`, node-tap, mocha `--reporter=tap` (with or without a header) and
 * `ava --tap`. A point with a `# Subtest:` header is a test; its children are either tests (then it
 * is a suite and not counted) or assertions (then they are folded into it: one failing test, with
 * the first failing assertion's message and place). Diagnostics are YAML blocks or indented text.
 */
export function nodeTapParser(sink: FailureSink): RunnerParser {
  const names: string[] = [];
  const headers: boolean[] = [];
  const children: (Children | undefined)[] = [];
  let passed: number | null = null;
  let failed: number | null = null;
  const counted = { pass: 0, fail: 0 };
  let sawResults = false;
  let draft: { d: Draft; level: number; test: boolean; indent: number; suite: boolean } | undefined;
  let yaml: { indent: number; key: string } | undefined;
  let located = false;
  let at: { file?: string; line?: number } = {};
  // which program printed the TAP, from what only it prints
  let flavour = 'tap';
  /** inside bats' `#` diagnostics of a failed point */
  let bats = false;
  const notice = (text: string): void => {
    if (flavour !== 'tap') return;
    if (/^\s*duration_ms: /.test(text)) flavour = 'node-test';
    else if (/^# \{ total: /.test(text) || /^\s+fileName: /.test(text)) flavour = 'node-tap';
    else if (/^(?:not )?ok \d+ - .+ › /.test(text)) flavour = 'ava';
    else if (/^\s+at Context\.<anonymous> /.test(text)) flavour = 'mocha';
  };

  const settle = (): void => {
    const cur = draft;
    draft = undefined;
    yaml = undefined;
    if (!cur) return;
    if (at.file && at.line !== undefined) cur.d.at(at.file, at.line);
    at = {};
    located = false;
    if (cur.suite) return;
    if (!cur.test) {
      const c = (children[cur.level] ??= { tests: false, firstFailure: undefined });
      c.firstFailure ??= cur.d;
      return;
    }
    cur.d.commit(sink);
  };

  const point = (level: number, ok: boolean, rest: string, indent: number): void => {
    settle();
    sawResults = true;
    const { name, directive } = splitDirective(rest);
    const below = children[level + 1];
    children.length = level + 1;
    const header = headers[level] === true;
    headers.length = level;
    const path = [...names.slice(0, level), name].filter(Boolean);
    names.length = level;
    const mine = (children[level] ??= { tests: false, firstFailure: undefined });
    if (header && below?.tests) {
      mine.tests = true; // a suite: its tests were counted one by one
      if (!ok) draft = { d: new Draft(name, path.join(' > ')), level, test: false, indent, suite: true };
      return;
    }
    const test = header || level === 0;
    if (header) mine.tests = true;
    const excused = directive.startsWith('TODO') || directive.startsWith('SKIP');
    if (test) {
      if (ok || excused) {
        if (!excused) counted.pass += 1;
        return;
      }
      counted.fail += 1;
    } else if (ok || excused) return;
    // ava names a test `file title › test title`: the test is the last part
    const short = name.includes(' › ') ? (name.split(' › ').pop() ?? name) : name;
    const d = new Draft(short || 'test', path.join(' > ') || name);
    const first = below?.firstFailure;
    if (first) {
      for (const l of first.msg.text().split('\n')) d.msg.add(l);
      d.at(first.file, first.line);
    } else if (!test && name) d.msg.add(name);
    draft = { d, level, test, indent, suite: false };
  };

  const diagnostic = (text: string): void => {
    const cur = draft;
    if (!cur) return;
    if (yaml) {
      const kv = KEY.exec(text);
      // the first key sets the block's indent (node:test: that of `---`; mocha and ava: two more)
      if (kv && yaml.indent < 0) yaml.indent = (kv[1] ?? '').length;
      if (kv && (kv[1] ?? '').length === yaml.indent) {
        yaml.key = unquote(kv[2] ?? '');
        const value = kv[3] ?? '';
        if (yaml.key === 'type' && unquote(value) === 'suite') cur.suite = true;
        else if (yaml.key === 'failureType' && unquote(value) === 'subtestsFailed') cur.suite = true;
        else if (yaml.key === 'location') {
          const m = /^(.*):(\d+):\d+$/.exec(unquote(value));
          if (m) at = { file: tidyPath(m[1] ?? ''), line: Number(m[2]) };
        } else if (MESSAGE_KEYS.has(yaml.key) && value && !/^[|>]/.test(value)) cur.d.msg.add(unquote(value));
        else if (yaml.key === 'at' && value && !/^[|>]/.test(value)) {
          const loc = jsFrame(unquote(value));
          if (loc) at = loc;
        }
        return;
      }
      const key = yaml.key;
      const t = text.trim();
      if (MESSAGE_KEYS.has(key)) cur.d.msg.add(text);
      else if (DIFF_KEYS.has(key)) {
        const thrown = /^message: (.+?),?$/.exec(t);
        if (thrown) cur.d.msg.add(unquote(thrown[1] ?? ''));
        else if (/^[-+](?![-+]{2})/.test(t)) cur.d.msg.add(t);
        else if (/^'?Difference/.test(t)) cur.d.msg.add(t.replace(/^'(.*)':(?: [|>]-?)?$/, '$1'));
      } else if (key === 'at') {
        const f = /^fileName: (.+)$/.exec(t);
        const l = /^lineNumber: (\d+)$/.exec(t);
        if (f) at.file = tidyPath(unquote(f[1] ?? ''));
        if (l) at.line = Number(l[1]);
      } else if (key === 'stack' && !located) {
        const loc = jsFrame(t);
        if (loc) {
          cur.d.at(loc.file, loc.line);
          located = true;
        }
      }
      return;
    }
    // indented text under the point (mocha's TAP): the message, then the stack
    const loc = jsFrame(text);
    if (loc) {
      if (!located) cur.d.at(loc.file, loc.line);
      located = true;
    } else if (!located && !/^\s*at /.test(text)) cur.d.msg.add(text);
  };

  return {
    get runner() {
      return flavour;
    },
    line(text) {
      notice(text);
      if (draft && yaml) {
        if (/^\s*\.\.\.$/.test(text)) {
          yaml = undefined;
          return;
        }
        diagnostic(text);
        return;
      }
      // bats --tap: `# (in test file F, line N)` places the failure, `#   …` lines under it are the message
      if (draft && text.startsWith('# (in test file ') && text.endsWith(')')) {
        const cut = text.lastIndexOf(', line ');
        const line = Number(text.slice(cut + 7, -1));
        if (cut > 16 && Number.isInteger(line)) {
          if (flavour === 'tap') flavour = 'bats';
          at = { file: tidyPath(text.slice(16, cut)), line };
          located = true;
          bats = true;
          return;
        }
      }
      if (bats && draft && text.startsWith('#   ')) {
        draft.d.msg.add(text.slice(4));
        return;
      }
      bats = false;
      const sub = text.includes('# Subtest: ') ? SUBTEST.exec(text) : null;
      if (sub) {
        settle();
        const level = Math.floor((sub[1] ?? '').length / 4);
        names.length = level;
        names[level] = sub[2] ?? '';
        headers[level] = true;
        return;
      }
      const p = text.includes('ok') ? POINT.exec(text) : null;
      if (p) {
        const indent = (p[1] ?? '').length;
        point(Math.floor(indent / 4), p[2] === 'ok', p[3] ?? '', indent);
        return;
      }
      if (draft && /^\s*---$/.test(text)) {
        yaml = { indent: -1, key: '' };
        return;
      }
      if (draft && text.length > draft.indent && text.charCodeAt(draft.indent) === 32 && !text.trimStart().startsWith('#')) {
        diagnostic(text);
        return;
      }
      const total = text.startsWith('# ') ? TOTAL.exec(text) : null;
      if (total) {
        settle();
        if (total[1] === 'pass') passed = addCount(passed, Number(total[2]));
        else failed = addCount(failed, Number(total[2]));
        return;
      }
      const object = text.startsWith('# {') ? TOTALS_OBJECT.exec(text) : null;
      if (object) {
        settle();
        passed = addCount(passed, Number(object[1]));
        failed = addCount(failed, Number(object[2]));
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
