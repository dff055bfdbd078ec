import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { JAVAC_ERROR, jvmFrame, JvmTrace, sourcePath } from './jvm.js';

// `acme.CartTest > addsTax FAILED`, `CartTest > WithAList > listsTheItems() FAILED` (JUnit Platform)
const RESULT = /^([^\s>].{0,600}?) > (.{1,300}) (FAILED|PASSED|SKIPPED)$/;
// the default (short) exception format: `    java.lang.AssertionError at CartTest.java:17`
const SHORT = /^ {4}(\S{1,300}) at ([\w$.-]{1,200}\.(?:java|kt|groovy|scala)):(\d{1,9})$/;
const TOTALS = /^(\d+) tests? completed, (\d+) failed(?:, (\d+) skipped)?$/;
// Kotlin: `e: file:///x/src/Foo.kt:14:5 Unresolved reference: tax`, older `e: /x/src/Foo.kt: (14, 5): …`
const KOTLIN = /^e: (?:file:\/\/)?(\S{1,500}?\.kts?)(?::(\d{1,9}):\d{1,9}|: \((\d{1,9}), \d{1,9}\):) (.{1,500})$/;

/**
 * Gradle's console output of the test task: `Class > test FAILED` with the exception (short or full
 * format), placed at the test class's frame; `N tests completed, M failed, K skipped`, or the
 * PASSED/FAILED events when no totals are printed; javac and Kotlin compile errors; a build that
 * failed before any test ran is an infra error naming what went wrong.
 */
export function gradleParser(sink: FailureSink): RunnerParser {
  return new GradleParser(sink);
}

/** The build's state between lines; each kind of line has its own handler. */
class GradleParser implements RunnerParser {
  readonly runner = 'gradle';
  private draft: Draft | undefined;
  private trace = new JvmTrace(undefined);
  private cls: string | undefined;
  private totals: { completed: number; failed: number; skipped: number } | undefined;
  private readonly events = { passed: 0, failed: 0 };
  private compileErrors = 0;
  private buildFailed = false;
  /** the first line under `* What went wrong:` */
  private wrong: string | undefined;
  private wantWrong = false;

  constructor(private readonly sink: FailureSink) {}

  line(text: string): void {
    const r = text.endsWith('D') && text.includes(' > ') ? RESULT.exec(text) : null;
    if (r) return this.resultLine(r[1] ?? '', r[2] ?? '', r[3] ?? '');
    const t = text.includes(' completed, ') ? TOTALS.exec(text) : null;
    if (t) {
      this.commit();
      this.totals = { completed: Number(t[1]), failed: Number(t[2]), skipped: Number(t[3] ?? 0) };
      return;
    }
    const j = text.includes(': error: ') ? JAVAC_ERROR.exec(text) : null;
    if (j) return this.compileLine(j[1] ?? '', Number(j[2]), j[3] ?? 'compile error');
    const k = text.startsWith('e: ') ? KOTLIN.exec(text) : null;
    if (k) return this.compileLine(k[1] ?? '', Number(k[2] ?? k[3]), k[4] ?? 'compile error');
    if (text.startsWith('FAILURE: Build failed')) {
      this.commit();
      this.buildFailed = true;
      return;
    }
    if (text === '* What went wrong:') {
      this.wantWrong = true;
      return;
    }
    if (this.wantWrong) {
      if (text.trim()) {
        this.wrong ??= text.trim();
        this.wantWrong = false;
      }
      return;
    }
    if (this.draft) this.inBlock(this.draft, text);
  }

  finish(): ParserOutcome {
    this.commit();
    const { totals, events } = this;
    if (totals) return { passed: Math.max(0, totals.completed - totals.failed - totals.skipped), failed: totals.failed, sawResults: true };
    if (this.compileErrors > 0) return { passed: 0, failed: this.compileErrors, sawResults: true };
    if (events.passed || events.failed) return { passed: events.passed, failed: events.failed, sawResults: true };
    const infraReason = this.buildFailed && this.sink.count === 0 ? (this.wrong ?? 'the Gradle build failed before any test ran') : undefined;
    return { passed: null, failed: null, sawResults: false, infraReason };
  }

  /** `acme.CartTest > addsTax FAILED`: a failing test's block starts (PASSED and SKIPPED are counted). */
  private resultLine(path: string, name: string, status: string): void {
    this.commit();
    if (status === 'PASSED') this.events.passed += 1;
    if (status !== 'FAILED') return;
    this.events.failed += 1;
    // the class path may hold nested classes' display names: the first part is the class
    const cls = path.split(' > ')[0];
    this.cls = cls;
    this.draft = new Draft(name, `${path} > ${name}`);
    this.trace = new JvmTrace(cls?.includes('.') ? cls : undefined, name.replace(/\(.*$/, ''));
  }

  /** A javac or Kotlin compile error. */
  private compileLine(file: string, line: number, message: string): void {
    this.commit();
    this.compileErrors += 1;
    const d = new Draft(message, message, { file });
    d.at(file, line);
    d.msg.add(message);
    this.draft = d;
    this.trace = new JvmTrace(undefined);
  }

  /** A line under a failing test or a compile error: the short exception, a frame, or the message. */
  private inBlock(draft: Draft, text: string): void {
    if (text === '' || !text.startsWith(' ')) {
      // a blank line ends a test's block; compile errors carry their source line and caret below
      if (text === '' || this.compileErrors === 0) this.commit();
      return;
    }
    const s = SHORT.exec(text);
    if (s) {
      draft.msg.add(s[1] ?? '');
      const file = s[2] ?? '';
      const cls = this.cls;
      const simple = (cls ?? '').split('.').pop()?.split('$')[0];
      const place = cls?.includes('.') && simple && file.startsWith(`${simple}.`) ? sourcePath(cls, file) : file;
      draft.at(place, Number(s[3]));
      return;
    }
    const frame = jvmFrame(text);
    if (frame) this.trace.add(frame);
    else if (this.trace.frames === 0 || text.trimStart().startsWith('Caused by: ')) draft.msg.add(text);
  }

  private commit(): void {
    const draft = this.draft;
    if (draft) {
      const at = this.trace.place;
      if (at) draft.at(at.file, at.line);
      draft.commit(this.sink);
    }
    this.draft = undefined;
  }
}
