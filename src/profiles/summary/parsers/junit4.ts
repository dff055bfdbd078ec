import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { jvmFrame, JvmTrace } from './jvm.js';

const SECTION = /^There (?:was|were) \d+ failures?:$/;
const HEAD = /^\d{1,7}\) (.{1,600})$/;
const NAME = /^([^()]{1,300})\(([^()]{1,300})\)$/;
const TOTALS = /^Tests run: (\d+), {1,2}Failures: (\d+)$/;
const OK = /^OK \((\d+) tests?\)$/;

/**
 * JUnit 4's console runner (`org.junit.runner.JUnitCore`): the numbered failures with their
 * exception and stack, placed at the frame in the test's own class; the totals (`Tests run: 4,
 * Failures: 3` or `OK (4 tests)`, ignored tests not counted in either).
 */
export function junit4Parser(sink: FailureSink): RunnerParser {
  let inFailures = false;
  let draft: Draft | undefined;
  let trace = new JvmTrace(undefined);
  let totals: { run: number; failed: number } | undefined;

  const commit = (): void => {
    if (draft) {
      const at = trace.place;
      if (at) draft.at(at.file, at.line);
      draft.commit(sink);
    }
    draft = undefined;
  };

  return {
    runner: 'junit4',
    line(text) {
      if (text.startsWith('There ') && SECTION.test(text)) {
        commit();
        inFailures = true;
        return;
      }
      const t = text.startsWith('Tests run: ') ? TOTALS.exec(text) : null;
      if (t) {
        commit();
        inFailures = false;
        totals = { run: Number(t[1]), failed: Number(t[2]) };
        return;
      }
      const ok = text.startsWith('OK (') ? OK.exec(text) : null;
      if (ok) {
        totals = { run: Number(ok[1]), failed: 0 };
        return;
      }
      if (!inFailures) return;
      if (text === 'FAILURES!!!') {
        commit();
        return;
      }
      const head = text.charCodeAt(0) <= 57 ? HEAD.exec(text) : null;
      if (head) {
        commit();
        const whole = head[1] ?? '';
        const n = NAME.exec(whole);
        // `method(class)`; a class-level failure (`initializationError`, a failing @BeforeClass) names the class
        const method = n ? (n[1] ?? whole) : whole;
        const cls = n ? (n[2] ?? '') : whole;
        draft = new Draft(method, cls && cls !== method ? `${cls} > ${method}` : method);
        trace = new JvmTrace(cls || undefined, method);
        return;
      }
      if (!draft) return;
      const frame = jvmFrame(text);
      if (frame) {
        trace.add(frame);
        return;
      }
      if (text.startsWith('\t... ')) return;
      // the exception and its message, and the causes below the stack
      if (trace.frames === 0 || text.startsWith('Caused by: ')) draft.msg.add(text);
    },
    finish(): ParserOutcome {
      commit();
      if (!totals) return { passed: null, failed: sink.tests || null, sawResults: sink.count > 0 };
      return { passed: Math.max(0, totals.run - totals.failed), failed: totals.failed, sawResults: true };
    },
  };
}
