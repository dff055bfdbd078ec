import { addCount, type ParserOutcome, type RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { isJsFrameLine, jsFrame, sameFile, tidyPath } from '../location.js';

const SUITE = /^( *)▶ (.+)$/;
const MARK = /^( *)([✔✖﹣]) (.+?)(?: \([\d.]+m?s\))?(?: # .*)?$/;
const TOTAL = /^ℹ (pass|fail) (\d+)$/;
const TEST_AT = /^test at (.+):(\d+):\d+$/;

function indentOf(text: string): number {
  let i = 0;
  while (text.charCodeAt(i) === 32) i += 1;
  return i;
}

/** The spec reporter of `node --test` (default on a terminal; `--test-reporter=spec`). */
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

  constructor(private readonly sink: FailureSink) {}

  line(text: string): void {
    if (this.draft) {
      if (text.trim() === '' || indentOf(text) > this.draftIndent) return this.detail(this.draft, text);
      this.commit();
    }
    if (text === '✖ failing tests:') {
      this.section = true;
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
    return { ...this.run };
  }

  /** A line under a failing test: a stack frame places it; lines before the frames are its message. */
  private detail(draft: Draft, text: string): void {
    if (isJsFrameLine(text)) {
      this.inFrames = true;
      const loc = jsFrame(text);
      if (loc) draft.at(loc.file, loc.line);
    } else if (!this.inFrames) draft.msg.add(text);
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
    if (!this.section) {
      d.commit(this.sink);
      this.inlineThisRun += 1;
      return;
    }
    if (this.inlineThisRun === 0) {
      d.commit(this.sink);
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
