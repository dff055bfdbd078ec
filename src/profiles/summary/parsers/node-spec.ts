import { addCount, type ParserOutcome, type RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { isJsFrameLine, jsFrame, sameFile, tidyPath } from '../location.js';

const SUITE = /^( *)▶ (.+)$/;
const MARK = /^( *)([✔✖﹣]) (.+?)(?: \([\d.]+m?s\))?(?: # .*)?$/;
const TOTAL = /^ℹ (pass|fail) (\d+)$/;
const TEST_AT = /^test at (.+):(\d+):\d+$/;
// the dot reporter: a mark per test and per suite (`.` passed, `X` failed), then "Failed tests:" in full
const DOTS = /^[.X]{1,4096}$/;
// what a suite or a test with subtests says when only its children failed: not a failure of its own
const PARENT = /^\d+ subtests? failed$/;
// a failure that is not an Error (a timeout, a thrown string) is printed as a quoted string
const QUOTED = /^\s*'([^']*)'\s*$/;

function indentOf(text: string): number {
  let i = 0;
  while (text.charCodeAt(i) === 32) i += 1;
  return i;
}

/** The spec and dot reporters of `node --test` (spec is the default on a terminal; `--test-reporter=spec|dot`). */
export function nodeSpecParser(sink: FailureSink): RunnerParser {
  return new NodeSpecParser(sink);
}

/** The reporter's state between lines; each kind of line has its own handler. */
class NodeSpecParser implements RunnerParser {
  readonly runner = 'node-test';
  private readonly suites: { name: string; indent: number }[] = [];
  private readonly run = { passed: null as number | null, failed: null as number | null, sawResults: false };
  private draft: Draft | undefined;
  private draftIndent = 0;
  private inFrames = false;
  /** inside the "✖ failing tests:" section, which repeats the failures printed inline */
  private section = false;
  private inlineThisRun = 0;
  private sectionAt: { file: string; line: number } | undefined;
  /** the dot reporter's marks: passes, and failures of tests and suites alike */
  private readonly dots = { pass: 0, fail: 0, seen: false };
  private committed = 0;

  constructor(private readonly sink: FailureSink) {}

  line(text: string): void {
    if (this.draft) {
      if (text.trim() === '' || indentOf(text) > this.draftIndent) return this.detail(this.draft, text);
      this.commit();
    }
    if (text === '✖ failing tests:' || (text === 'Failed tests:' && this.dots.seen)) {
      this.section = true;
      return;
    }
    if (!this.section && DOTS.test(text)) {
      this.countDots(text);
      return;
    }
    const total = TOTAL.exec(text);
    if (total) {
      const run = this.run;
      run.sawResults = true;
      if (total[1] === 'pass') run.passed = addCount(run.passed, Number(total[2]));
      else run.failed = addCount(run.failed, Number(total[2]));
      return;
    }
    if (this.section && this.sectionLine(text)) return;
    const suite = SUITE.exec(text);
    if (suite) {
      const indent = (suite[1] ?? '').length;
      this.closeSuites(indent, true);
      this.suites.push({ name: suite[2] ?? '', indent });
      return;
    }
    const mark = MARK.exec(text);
    if (mark) this.markLine((mark[1] ?? '').length, mark[2] ?? '', mark[3] ?? '');
  }

  finish(): ParserOutcome {
    this.commit();
    const run = { ...this.run };
    // the dot reporter prints no totals: its marks give the passes, its list the failed tests
    if (this.dots.seen && run.passed === null && run.failed === null) {
      run.passed = this.dots.pass;
      run.failed = this.committed;
      run.sawResults = true;
    }
    return run;
  }

  private countDots(text: string): void {
    this.dots.seen = true;
    for (let i = 0; i < text.length; i += 1) {
      if (text.charCodeAt(i) === 46) this.dots.pass += 1;
      else this.dots.fail += 1;
    }
  }

  /** A line under a failing test: a stack frame places it; lines before the frames are its message. */
  private detail(draft: Draft, text: string): void {
    if (isJsFrameLine(text)) {
      this.inFrames = true;
      const loc = jsFrame(text);
      if (loc) draft.at(loc.file, loc.line);
    } else if (!this.inFrames) draft.msg.add(draft.msg.length === 0 ? text.replace(QUOTED, '$1') : text);
  }

  /** A line of the failing tests section; false when the section has ended and the line is the next run's. */
  private sectionLine(text: string): boolean {
    const at = TEST_AT.exec(text);
    if (at) {
      this.sectionAt = { file: tidyPath(at[1] ?? ''), line: Number(at[2]) };
      return true;
    }
    if (text.startsWith('▶ ') || text.startsWith('✔ ')) {
      this.section = false;
      this.inlineThisRun = 0;
      return false;
    }
    const mark = MARK.exec(text);
    if (mark && mark[2] === '✖') this.startDraft(new Draft(mark[3] ?? '', mark[3] ?? '', { file: this.sectionAt?.file }), indentOf(text));
    return true;
  }

  private closeSuites(indent: number, same: boolean): void {
    const suites = this.suites;
    while (suites.length && (suites[suites.length - 1]?.indent ?? 0) + (same ? 1 : 0) > indent) suites.pop();
  }

  /** `✔ name (1ms)` / `✖ name`: a test's result, or the end line of a suite. */
  private markLine(indent: number, mark: string, name: string): void {
    this.run.sawResults = true;
    const suites = this.suites;
    this.closeSuites(indent, false);
    const top = suites[suites.length - 1];
    if (top && top.indent === indent && top.name === name) {
      suites.pop(); // the end line of a suite
      return;
    }
    if (mark !== '✖') return;
    const path = [...suites.map((s) => s.name), name];
    this.startDraft(new Draft(name, path.join(' > ')), indent);
  }

  private startDraft(draft: Draft, indent: number): void {
    this.draft = draft;
    this.draftIndent = indent;
    this.inFrames = false;
  }

  private commit(): void {
    const d = this.draft;
    if (!d) return;
    this.draft = undefined;
    if (PARENT.test(d.msg.text())) return;
    if (!this.section) {
      d.commit(this.sink);
      this.inlineThisRun += 1;
      return;
    }
    if (this.inlineThisRun === 0) {
      d.commit(this.sink);
      this.committed += 1;
      return;
    }
    // Node 22+ prints failures inline without details and gives them here: fill them in
    const known = this.sink.find((f) => f.name === d.name && !f.message && (!f.file || !d.file || sameFile(f.file, d.file)));
    if (!known) return;
    known.message = d.msg.text();
    if (known.line === undefined) {
      known.file = d.file ?? known.file;
      known.line = d.line ?? this.sectionAt?.line;
    }
  }
}
