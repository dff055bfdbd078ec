import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { jvmFrame, JvmTrace } from './jvm.js';

const LEVEL = /^\[(?:INFO|ERROR|WARNING|WARN|DEBUG)\] ?/;
const RUNNING = /^Running (\S{1,400})$/;
// `addsTax(acme.CartTest)  Time elapsed: 0.026 s  <<< FAILURE!` (JUnit 4 provider), `addsTax  Time…` (JUnit
// Platform, Surefire 2.22), `acme.CartTest.addsTax -- Time…` (Surefire 3)
const HEAD = /^(\S.{0,400}?)(?: --)? {1,2}Time elapsed: [\d.,]{1,20} s(?:ec)? {1,2}<<< (FAILURE|ERROR)!$/;
const NAME = /^([^()\s]{1,300})\(([^()\s]{1,300})\)$/;
const TOTALS = /^Tests run: (\d+), Failures: (\d+), Errors: (\d+), Skipped: (\d+)(?:, Flakes: \d+)?$/;
// javac through maven-compiler-plugin: `/x/src/main/java/acme/Cart.java:[14,32] cannot find symbol`
const COMPILE = /^(\S.{0,500}?\.(?:java|kt|scala|groovy)):\[(\d{1,9})(?:,\d{1,9})?\] (.{1,500})$/;

/**
 * Maven with Surefire (or Failsafe): each failing test's block with its exception and stack (placed
 * at the frame in the test's class), the totals of every module's Results, and javac's errors from
 * the compiler plugin. A build that stopped before any test ran is an infra error naming why.
 */
export function mavenParser(sink: FailureSink): RunnerParser {
  return new MavenParser(sink);
}

/** The build's state between lines; each kind of line has its own handler. */
class MavenParser implements RunnerParser {
  readonly runner = 'maven';
  private running: string | undefined;
  private draft: Draft | undefined;
  private trace = new JvmTrace(undefined);
  private testMethod = '';
  private totals: { run: number; failed: number; skipped: number } | undefined;
  private compileSection = false;
  private compileErrors = 0;
  private compileDraft: Draft | undefined;
  private buildFailure = false;
  private firstError: string | undefined;
  private sawTests = false;

  constructor(private readonly sink: FailureSink) {}

  line(raw: string): void {
    const level = raw.charCodeAt(0) === 91 ? LEVEL.exec(raw) : null;
    const text = level ? raw.slice(level[0].length) : raw;
    const tagged = level !== null;
    if (this.structureLine(text)) return;
    if (text === 'BUILD FAILURE') this.buildFailure = true;
    if (text.startsWith('Failed to execute goal ')) {
      this.commit();
      this.firstError ??= text;
      // javac's errors are repeated below this line; they were read from the COMPILATION ERROR list
      this.compileSection = this.compileErrors === 0 && text.includes('Compilation failure');
      return;
    }
    const c = this.compileSection && text.includes(':[') ? COMPILE.exec(text) : null;
    if (c) return this.compileLine(c[1] ?? '', Number(c[2]), c[3] ?? 'compile error');
    if (this.compileDraft) return this.compileDetail(text, tagged);
    if (tagged) return this.taggedLine(raw, text);
    if (this.draft) this.inBlock(this.draft, text);
  }

  finish(): ParserOutcome {
    this.commit();
    const { totals, sink } = this;
    if (this.compileErrors > 0 && !totals) return { passed: 0, failed: this.compileErrors, sawResults: true };
    if (!totals) {
      const infraReason = this.buildFailure && sink.count === 0 ? (this.firstError ?? 'the Maven build failed before any test ran') : undefined;
      return { passed: null, failed: sink.tests || null, sawResults: sink.count > 0, infraReason };
    }
    return { passed: Math.max(0, totals.run - totals.failed - totals.skipped), failed: totals.failed, sawResults: true };
  }

  /** A module's Results totals, `Running acme.CartTest`, a failing test's head, or the compile list's start. */
  private structureLine(text: string): boolean {
    // the Results totals of a module (the per-class lines end with `Time elapsed`, and do not match)
    const t = text.startsWith('Tests run: ') ? TOTALS.exec(text) : null;
    if (t) {
      this.commit();
      this.sawTests = true;
      const totals = this.totals;
      this.totals = {
        run: (totals?.run ?? 0) + Number(t[1]),
        failed: (totals?.failed ?? 0) + Number(t[2]) + Number(t[3]),
        skipped: (totals?.skipped ?? 0) + Number(t[4]),
      };
      return true;
    }
    const r = text.startsWith('Running ') ? RUNNING.exec(text) : null;
    if (r) {
      this.commit();
      this.running = r[1];
      this.sawTests = true;
      return true;
    }
    // (Surefire 2.12's per-class line also ends with `<<< FAILURE!`)
    const h = text.includes('<<< ') && !text.startsWith('Tests run: ') ? HEAD.exec(text) : null;
    if (h) {
      this.startTest(h[1] ?? '');
      return true;
    }
    if (text === 'COMPILATION ERROR : ') {
      this.commit();
      this.compileSection = true;
      return true;
    }
    return false;
  }

  /** A failing test's head line: its method and class, in any Surefire's spelling. */
  private startTest(whole: string): void {
    this.commit();
    const running = this.running;
    const n = NAME.exec(whole);
    let cls = running;
    let method = whole;
    if (n) {
      method = n[1] ?? whole;
      cls = n[2];
    } else if (running && whole.startsWith(`${running}.`)) {
      method = whole.slice(running.length + 1);
    }
    this.testMethod = method;
    this.draft = new Draft(method, cls ? `${cls} > ${method}` : method, { error: false });
    this.trace = new JvmTrace(cls, method.replace(/[(\[].*$/, ''));
  }

  private compileLine(file: string, line: number, message: string): void {
    this.commit();
    this.compileErrors += 1;
    const d = new Draft(message, message, { file });
    d.at(file, line);
    d.msg.add(message);
    this.compileDraft = d;
  }

  /** javac's detail lines (`  symbol:   variable tax`) are indented; anything else ends the error. */
  private compileDetail(text: string, tagged: boolean): void {
    const d = this.compileDraft;
    if (!tagged && text.startsWith(' ')) d?.msg.add(text);
    else if (tagged && text.startsWith('  ') && !text.startsWith('  -')) d?.msg.add(text);
    else this.commit();
  }

  private taggedLine(raw: string, text: string): void {
    if (text.startsWith('Results') || text === 'Failures: ' || text === 'Errors: ') this.commit();
    if (raw.startsWith('[ERROR]') && text.trim() && this.firstError === undefined && !this.draft && !this.sawTests) this.firstError = text;
    if (this.draft && text.trim() === '') this.commit();
  }

  /** An untagged line under a failing test's head: a frame, or the message. */
  private inBlock(draft: Draft, text: string): void {
    if (text === '') return this.commit();
    const frame = jvmFrame(text);
    if (frame) this.trace.add(frame);
    else if (this.trace.frames === 0 || text.startsWith('Caused by: ')) draft.msg.add(text);
  }

  private commit(): void {
    const draft = this.draft;
    if (draft) {
      const trace = this.trace;
      const at = trace.place;
      if (at) draft.at(at.file, at.line);
      // a nested class shows in the frame of the test method, not in `Running`
      if (trace.testFrameClass && trace.testFrameClass !== this.running && !draft.full_name.includes('(')) {
        draft.full_name = `${trace.testFrameClass} > ${this.testMethod}`;
      }
      draft.commit(this.sink);
    }
    this.draft = undefined;
    this.compileDraft?.commit(this.sink);
    this.compileDraft = undefined;
  }
}
