import { addCount, type ParserOutcome, type RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { jsFrame, tidyPath } from '../location.js';

const SUBTEST = /^( *)# Subtest: (.+)$/;
const POINT = /^( *)(not ok|ok)\b(?: \d+)?(?: -)? ?(.*)$/;
const KEY = /^( *)([A-Za-z_][\w ]*|'[^']*'): ?(.*)$/;
const TOTAL = /^# (pass|fail) (\d+)$/;
const TOTALS_OBJECT = /^# \{ total: \d+, pass: (\d+), fail: (\d+)/;
const DIRECTIVE = / # (\S+)/;
// the first line of a JS stack: the error's name (and Node's code) before the message
const STACK_HEAD = /^\s*[\w$.]{1,200}(?: \[[\w-]{1,100}\])?: /;
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
  return new TapParser(sink);
}

/** The point being read, until the next point or totals line settles it. */
interface Point {
  d: Draft;
  level: number;
  test: boolean;
  indent: number;
  suite: boolean;
}

/** The TAP stream's state between lines; each kind of line has its own handler. */
class TapParser implements RunnerParser {
  private readonly names: string[] = [];
  private readonly headers: boolean[] = [];
  private readonly children: (Children | undefined)[] = [];
  private passed: number | null = null;
  private failed: number | null = null;
  private readonly counted = { pass: 0, fail: 0, todoNotOk: 0 };
  private sawResults = false;
  private draft: Point | undefined;
  private yaml: { indent: number; key: string } | undefined;
  private located = false;
  /** mocha's indented text has reached the stack (which repeats the message after the error's name) */
  private stack = false;
  private at: { file?: string; line?: number } = {};
  // which program printed the TAP, from what only it prints
  private flavour = 'tap';
  /** inside bats' `#` diagnostics of a failed point */
  private bats = false;

  constructor(private readonly sink: FailureSink) {}

  get runner(): string {
    return this.flavour;
  }

  line(text: string): void {
    this.notice(text);
    if (this.draft && this.yaml) {
      if (/^\s*\.\.\.$/.test(text)) {
        this.yaml = undefined;
        return;
      }
      this.diagnostic(text);
      return;
    }
    if (this.batsLine(text)) return;
    const sub = text.includes('# Subtest: ') ? SUBTEST.exec(text) : null;
    if (sub) return this.subtest((sub[1] ?? '').length, sub[2] ?? '');
    const p = text.includes('ok') ? POINT.exec(text) : null;
    if (p) {
      const indent = (p[1] ?? '').length;
      this.point(Math.floor(indent / 4), p[2] === 'ok', p[3] ?? '', indent);
      return;
    }
    const draft = this.draft;
    if (draft && /^\s*---$/.test(text)) {
      this.yaml = { indent: -1, key: '' };
      return;
    }
    if (draft && text.length > draft.indent && text.charCodeAt(draft.indent) === 32 && !text.trimStart().startsWith('#')) {
      this.diagnostic(text);
      return;
    }
    this.totalsLine(text);
  }

  finish(): ParserOutcome {
    this.settle();
    // a TAP stream cut short has no totals: count what it printed
    if (this.passed === null && this.failed === null && this.sawResults) {
      this.passed = this.counted.pass;
      this.failed = this.counted.fail;
    }
    // a TODO that fails is no failure (TAP 13), but ava's `# fail` counts it: then it is exactly the extra
    const { fail, todoNotOk } = this.counted;
    if (todoNotOk > 0 && this.failed === fail + todoNotOk) this.failed = fail;
    return { passed: this.passed, failed: this.failed, sawResults: this.sawResults };
  }

  private notice(text: string): void {
    if (this.flavour !== 'tap') return;
    if (/^\s*duration_ms: /.test(text)) this.flavour = 'node-test';
    else if (/^# \{ total: /.test(text) || /^\s+fileName: /.test(text)) this.flavour = 'node-tap';
    else if (/^(?:not )?ok \d+ - .+ › /.test(text)) this.flavour = 'ava';
    else if (/^\s+at Context\.<anonymous> /.test(text)) this.flavour = 'mocha';
  }

  /**
   * bats --tap: `# (in test file F, line N)` places the failure, `#   …` lines under it are the
   * message; true when the line was one of those.
   */
  private batsLine(text: string): boolean {
    const draft = this.draft;
    // `# (in test file x.bats, line 4)`; a hook or helper: `# (from function `setup' in test file x.bats, line 1)`
    const start = text.startsWith('# (in test file ') ? 16 : text.startsWith('# (from function `') ? text.indexOf("' in test file ") + 15 : -1;
    if (draft && start >= 15 && text.endsWith(')')) {
      const cut = text.lastIndexOf(', line ');
      const line = Number(text.slice(cut + 7, -1));
      if (cut > start && Number.isInteger(line)) {
        if (this.flavour === 'tap') this.flavour = 'bats';
        this.at = { file: tidyPath(text.slice(start, cut)), line };
        this.located = true;
        this.bats = true;
        return true;
      }
    }
    if (this.bats && draft && text.startsWith('#   ')) {
      // `[ "$x" = y ]' failed`: the command that failed, without bats' quoting (as the pretty formatter's reader)
      draft.d.msg.add(text.slice(4).replace(/^`(.*)' failed(.*)$/, '$1 failed$2'));
      return true;
    }
    this.bats = false;
    return false;
  }

  /** `# Subtest: name`: the header of a test at this depth */
  private subtest(indent: number, name: string): void {
    this.settle();
    const level = Math.floor(indent / 4);
    this.names.length = level;
    this.names[level] = name;
    this.headers[level] = true;
  }

  /** `# pass N` / `# fail N` (node:test, tap) or `# { total: …, pass: N, fail: M }` (node-tap) */
  private totalsLine(text: string): void {
    const total = text.startsWith('# ') ? TOTAL.exec(text) : null;
    if (total) {
      this.settle();
      if (total[1] === 'pass') this.passed = addCount(this.passed, Number(total[2]));
      else this.failed = addCount(this.failed, Number(total[2]));
      return;
    }
    const object = text.startsWith('# {') ? TOTALS_OBJECT.exec(text) : null;
    if (object) {
      this.settle();
      this.passed = addCount(this.passed, Number(object[1]));
      this.failed = addCount(this.failed, Number(object[2]));
    }
  }

  /** Ends the point being read: a failing test is stored, a failing assertion is kept for its test. */
  private settle(): void {
    const cur = this.draft;
    this.draft = undefined;
    this.yaml = undefined;
    if (!cur) return;
    const at = this.at;
    if (at.file && at.line !== undefined) cur.d.at(at.file, at.line);
    this.at = {};
    this.located = false;
    this.stack = false;
    if (cur.suite) return;
    if (!cur.test) {
      const c = (this.children[cur.level] ??= { tests: false, firstFailure: undefined });
      c.firstFailure ??= cur.d;
      return;
    }
    cur.d.commit(this.sink);
  }

  /** `ok N - name` / `not ok N - name` at this depth */
  private point(level: number, ok: boolean, rest: string, indent: number): void {
    this.settle();
    this.sawResults = true;
    const { name, directive } = splitDirective(rest);
    const children = this.children;
    const below = children[level + 1];
    children.length = level + 1;
    const header = this.headers[level] === true;
    this.headers.length = level;
    const path = [...this.names.slice(0, level), name].filter(Boolean);
    this.names.length = level;
    const mine = (children[level] ??= { tests: false, firstFailure: undefined });
    if (header && below?.tests) {
      mine.tests = true; // a suite: its tests were counted one by one
      if (!ok) this.draft = { d: new Draft(name, path.join(' > ')), level, test: false, indent, suite: true };
      return;
    }
    const test = header || level === 0;
    if (header) mine.tests = true;
    const excused = directive.startsWith('TODO') || directive.startsWith('SKIP');
    if (test) {
      if (ok || excused) {
        if (!excused) this.counted.pass += 1;
        else if (!ok && directive.startsWith('TODO')) this.counted.todoNotOk += 1;
        return;
      }
      this.counted.fail += 1;
    } else if (ok || excused) return;
    // ava names a test `file title › test title`: the test is the last part
    const short = name.includes(' › ') ? (name.split(' › ').pop() ?? name) : name;
    const d = new Draft(short || 'test', path.join(' > ') || name);
    const first = below?.firstFailure;
    if (first) {
      for (const l of first.msg.text().split('\n')) d.msg.add(l);
      d.at(first.file, first.line);
    } else if (!test && name) d.msg.add(name);
    this.draft = { d, level, test, indent, suite: false };
  }

  /** A line of the point's diagnostics: in a YAML block, or indented text under it (mocha's TAP). */
  private diagnostic(text: string): void {
    const cur = this.draft;
    if (!cur) return;
    const yaml = this.yaml;
    if (yaml) {
      const kv = KEY.exec(text);
      // the first key sets the block's indent (node:test: that of `---`; mocha and ava: two more)
      if (kv && yaml.indent < 0) yaml.indent = (kv[1] ?? '').length;
      if (kv && (kv[1] ?? '').length === yaml.indent) this.yamlKey(cur, yaml, unquote(kv[2] ?? ''), kv[3] ?? '');
      else this.yamlValue(cur, yaml.key, text);
      return;
    }
    // indented text under the point (mocha's TAP): the message, then the stack
    const loc = jsFrame(text);
    if (loc) {
      if (!this.located) cur.d.at(loc.file, loc.line);
      this.located = true;
    } else if (!this.located && !this.stack && !/^\s*at /.test(text)) {
      // mocha prints the message, then the stack: `AssertionError [ERR_ASSERTION]: <the message again>`
      const first = cur.d.msg.first;
      if (first !== undefined && STACK_HEAD.test(text) && text.trimEnd().endsWith(`: ${first}`)) this.stack = true;
      else cur.d.msg.add(text);
    }
  }

  /** `key: value` at the block's own indent */
  private yamlKey(cur: Point, yaml: { key: string }, key: string, value: string): void {
    yaml.key = key;
    if (key === 'type' && unquote(value) === 'suite') cur.suite = true;
    else if (key === 'failureType' && unquote(value) === 'subtestsFailed') cur.suite = true;
    else if (key === 'location') {
      const m = /^(.*):(\d+):\d+$/.exec(unquote(value));
      if (m) this.at = { file: tidyPath(m[1] ?? ''), line: Number(m[2]) };
    } else if (MESSAGE_KEYS.has(key) && value && !/^[|>]/.test(value)) cur.d.msg.add(unquote(value));
    else if (key === 'at' && value && !/^[|>]/.test(value)) {
      const loc = jsFrame(unquote(value));
      if (loc) this.at = loc;
    }
  }

  /** A line under the last key (a block scalar or nested keys) */
  private yamlValue(cur: Point, key: string, text: string): void {
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
      if (f) this.at.file = tidyPath(unquote(f[1] ?? ''));
      if (l) this.at.line = Number(l[1]);
    } else if (key === 'stack' && !this.located) {
      const loc = jsFrame(t);
      if (loc) {
        cur.d.at(loc.file, loc.line);
        this.located = true;
      }
    }
  }
}
