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
  let running: string | undefined;
  let draft: Draft | undefined;
  let trace = new JvmTrace(undefined);
  let testMethod = '';
  let totals: { run: number; failed: number; skipped: number } | undefined;
  let compileSection = false;
  let compileErrors = 0;
  let compileDraft: Draft | undefined;
  let buildFailure = false;
  let firstError: string | undefined;
  let sawTests = false;

  const commit = (): void => {
    if (draft) {
      const at = trace.place;
      if (at) draft.at(at.file, at.line);
      // a nested class shows in the frame of the test method, not in `Running`
      if (trace.testFrameClass && trace.testFrameClass !== running && !draft.full_name.includes('(')) {
        draft.full_name = `${trace.testFrameClass} > ${testMethod}`;
      }
      draft.commit(sink);
    }
    draft = undefined;
    if (compileDraft) compileDraft.commit(sink);
    compileDraft = undefined;
  };

  return {
    runner: 'maven',
    line(raw) {
      const level = raw.charCodeAt(0) === 91 ? LEVEL.exec(raw) : null;
      const text = level ? raw.slice(level[0].length) : raw;
      const tagged = level !== null;
      // the Results totals of a module (the per-class lines end with `Time elapsed`, and do not match)
      if (text.startsWith('Tests run: ')) {
        const t = TOTALS.exec(text);
        if (t) {
          commit();
          sawTests = true;
          totals = {
            run: (totals?.run ?? 0) + Number(t[1]),
            failed: (totals?.failed ?? 0) + Number(t[2]) + Number(t[3]),
            skipped: (totals?.skipped ?? 0) + Number(t[4]),
          };
          return;
        }
      }
      if (text.startsWith('Running ')) {
        const r = RUNNING.exec(text);
        if (r) {
          commit();
          running = r[1];
          sawTests = true;
          return;
        }
      }
      // (Surefire 2.12's per-class line also ends with `<<< FAILURE!`)
      if (text.includes('<<< ') && !text.startsWith('Tests run: ')) {
        const h = HEAD.exec(text);
        if (h) {
          commit();
          const whole = h[1] ?? '';
          const n = NAME.exec(whole);
          let cls = running;
          let method = whole;
          if (n) {
            method = n[1] ?? whole;
            cls = n[2];
          } else if (running && whole.startsWith(`${running}.`)) {
            method = whole.slice(running.length + 1);
          }
          testMethod = method;
          draft = new Draft(method, cls ? `${cls} > ${method}` : method, { error: false });
          trace = new JvmTrace(cls, method.replace(/[(\[].*$/, ''));
          return;
        }
      }
      if (text === 'COMPILATION ERROR : ') {
        commit();
        compileSection = true;
        return;
      }
      if (text === 'BUILD FAILURE') buildFailure = true;
      if (text.startsWith('Failed to execute goal ')) {
        commit();
        firstError ??= text;
        // javac's errors are repeated below this line; they were read from the COMPILATION ERROR list
        compileSection = compileErrors === 0 && text.includes('Compilation failure');
        return;
      }
      const c = compileSection && text.includes(':[') ? COMPILE.exec(text) : null;
      if (c) {
        commit();
        compileErrors += 1;
        compileDraft = new Draft(c[3] ?? 'compile error', c[3] ?? 'compile error', { file: c[1] });
        compileDraft.at(c[1], Number(c[2]));
        compileDraft.msg.add(c[3] ?? '');
        return;
      }
      if (compileDraft) {
        // javac's detail lines (`  symbol:   variable tax`) are untagged and indented
        if (!tagged && text.startsWith(' ')) compileDraft.msg.add(text);
        else if (tagged && text.startsWith('  ') && !text.startsWith('  -')) compileDraft.msg.add(text);
        else commit();
        return;
      }
      if (tagged) {
        if (text.startsWith('Results') || text === 'Failures: ' || text === 'Errors: ') commit();
        if (level && raw.startsWith('[ERROR]') && text.trim() && firstError === undefined && !draft && !sawTests) firstError = text;
        if (draft && text.trim() === '') commit();
        return;
      }
      if (!draft) return;
      if (text === '') {
        commit();
        return;
      }
      const frame = jvmFrame(text);
      if (frame) {
        trace.add(frame);
        return;
      }
      if (trace.frames === 0 || text.startsWith('Caused by: ')) draft.msg.add(text);
    },
    finish(): ParserOutcome {
      commit();
      if (compileErrors > 0 && !totals) return { passed: 0, failed: compileErrors, sawResults: true };
      if (!totals) {
        const infraReason = buildFailure && sink.count === 0 ? (firstError ?? 'the Maven build failed before any test ran') : undefined;
        return { passed: null, failed: sink.tests || null, sawResults: sink.count > 0, infraReason };
      }
      return { passed: Math.max(0, totals.run - totals.failed - totals.skipped), failed: totals.failed, sawResults: true };
    },
  };
}
