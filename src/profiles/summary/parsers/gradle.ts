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
  let draft: Draft | undefined;
  let trace = new JvmTrace(undefined);
  let cls: string | undefined;
  let totals: { completed: number; failed: number; skipped: number } | undefined;
  let passedEvents = 0;
  let failedEvents = 0;
  let compileErrors = 0;
  let buildFailed = false;
  let wrong: string | undefined;
  let wantWrong = false;

  const commit = (): void => {
    if (draft) {
      const at = trace.place;
      if (at) draft.at(at.file, at.line);
      draft.commit(sink);
    }
    draft = undefined;
  };

  return {
    runner: 'gradle',
    line(text) {
      if (text.endsWith('D')) {
        const r = text.includes(' > ') ? RESULT.exec(text) : null;
        if (r) {
          commit();
          const status = r[3];
          if (status === 'PASSED') passedEvents += 1;
          if (status !== 'FAILED') return;
          failedEvents += 1;
          const path = r[1] ?? '';
          const name = r[2] ?? '';
          // the class path may hold nested classes' display names: the first part is the class
          cls = path.split(' > ')[0];
          draft = new Draft(name, `${path} > ${name}`);
          trace = new JvmTrace(cls?.includes('.') ? cls : undefined, name.replace(/\(.*$/, ''));
          return;
        }
      }
      const t = text.includes(' completed, ') ? TOTALS.exec(text) : null;
      if (t) {
        commit();
        totals = { completed: Number(t[1]), failed: Number(t[2]), skipped: Number(t[3] ?? 0) };
        return;
      }
      const j = text.includes(': error: ') ? JAVAC_ERROR.exec(text) : null;
      const k = !j && text.startsWith('e: ') ? KOTLIN.exec(text) : null;
      if (j || k) {
        commit();
        compileErrors += 1;
        const file = (j ? j[1] : k?.[1]) ?? '';
        const message = (j ? j[3] : k?.[4]) ?? 'compile error';
        draft = new Draft(message, message, { file });
        draft.at(file, Number(j ? j[2] : (k?.[2] ?? k?.[3])));
        draft.msg.add(message);
        trace = new JvmTrace(undefined);
        return;
      }
      if (text.startsWith('FAILURE: Build failed')) {
        commit();
        buildFailed = true;
        return;
      }
      if (text === '* What went wrong:') {
        wantWrong = true;
        return;
      }
      if (wantWrong) {
        if (text.trim()) {
          wrong ??= text.trim();
          wantWrong = false;
        }
        return;
      }
      if (!draft) return;
      if (text === '' || !text.startsWith(' ')) {
        // a blank line ends a test's block; compile errors carry their source line and caret below
        if (text === '' || compileErrors === 0) commit();
        return;
      }
      const s = SHORT.exec(text);
      if (s) {
        draft.msg.add(s[1] ?? '');
        const file = s[2] ?? '';
        const simple = (cls ?? '').split('.').pop()?.split('$')[0];
        const place = cls?.includes('.') && simple && file.startsWith(`${simple}.`) ? sourcePath(cls, file) : file;
        draft.at(place, Number(s[3]));
        return;
      }
      const frame = jvmFrame(text);
      if (frame) {
        trace.add(frame);
        return;
      }
      if (trace.frames === 0 || text.trimStart().startsWith('Caused by: ')) draft.msg.add(text);
    },
    finish(): ParserOutcome {
      commit();
      if (totals) return { passed: Math.max(0, totals.completed - totals.failed - totals.skipped), failed: totals.failed, sawResults: true };
      if (compileErrors > 0) return { passed: 0, failed: compileErrors, sawResults: true };
      if (passedEvents || failedEvents) return { passed: passedEvents, failed: failedEvents, sawResults: true };
      const infraReason = buildFailed && sink.count === 0 ? (wrong ?? 'the Gradle build failed before any test ran') : undefined;
      return { passed: null, failed: null, sawResults: false, infraReason };
    },
  };
}
