import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { jvmFrame, JvmTrace } from './jvm.js';

// the summary box: `[         3 tests failed          ]`
const COUNT = /^\[ {0,20}(\d{1,9}) tests (successful|failed) {0,40}\]$/;
const FAILURES = /^Failures \(\d+\):$/;
// tree and summary details: `  JUnit Jupiter:CartTest:addsTax()`, then `MethodSource [className = 'acme.CartTest', methodName = 'addsTax', methodParameterTypes = '']`
const ENTRY = /^ {2}(\S.{0,600})$/;
const SOURCE = /^ {4}MethodSource \[className = '([^']{1,300})', methodName = '([^']{1,300})', methodParameterTypes = '([^']{0,300})'\]$/;
const CLASS_SOURCE = /^ {4}ClassSource \[className = '([^']{1,300})'/;
// flat details: `Finished:    addsTax() ([engine:junit-jupiter]/[class:acme.CartTest]/[method:addsTax()])`
const FINISHED = /^Finished: {1,8}(.{1,400}) \((\[engine:[^\s]{1,800})\)$/;
const UID_PART = /\[(class|nested-class|method|test-template|test-template-invocation|dynamic-test|test):([^\]]{1,300})\]/g;

interface Pending {
  name: string;
  cls: string | undefined;
  method: string | undefined;
}

/**
 * The JUnit Platform console launcher (JUnit 5, `junit-platform-console-standalone`): the
 * `Failures (N):` list of the tree and summary details, or the `Finished: … => Exception:` blocks
 * of the flat details; the counts from the closing box. Names are the methods, as a JUnit report
 * names them; the full name is the class and the method, with the display name when it differs.
 */
export function junit5Parser(sink: FailureSink): RunnerParser {
  let mode: 'none' | 'failures' | 'flat' = 'none';
  let pending: Pending | undefined;
  let draft: Draft | undefined;
  let trace = new JvmTrace(undefined);
  let inMessage = false;
  const counts: { successful?: number; failed?: number } = {};

  const commit = (): void => {
    if (draft) {
      const at = trace.place;
      if (at) draft.at(at.file, at.line);
      draft.commit(sink);
    }
    draft = undefined;
    pending = undefined;
    inMessage = false;
  };

  const start = (p: Pending): void => {
    // the method names the test as the JUnit report does (`addsTax()`); a display name is kept in the full name
    const name = p.method ?? p.name;
    // (JUnit Vintage shows JUnit 4 tests by their method name, without the parentheses)
    const shown = p.method && p.name !== p.method && `${p.name}()` !== p.method ? ` (${p.name})` : '';
    draft = new Draft(name, p.cls ? `${p.cls} > ${name}${shown}` : name);
    trace = new JvmTrace(p.cls, p.method?.replace(/\(.*$/, ''));
  };

  const body = (text: string): void => {
    if (!draft) return;
    const frame = jvmFrame(text);
    if (frame) {
      trace.add(frame);
      inMessage = false;
      return;
    }
    const t = text.trim();
    if (t === '[...]') return;
    if (t.startsWith('=> ')) {
      inMessage = true;
      draft.msg.add(t.slice(3).replace(/^Exception: /, ''));
      return;
    }
    if (t.startsWith('Caused by: ') || t.startsWith('Suppressed: ')) {
      inMessage = true;
      draft.msg.add(t);
      return;
    }
    if (inMessage) draft.msg.add(text);
  };

  return {
    runner: 'junit5',
    line(text) {
      const c = text.startsWith('[') ? COUNT.exec(text) : null;
      if (c) {
        commit();
        mode = 'none';
        if (c[2] === 'failed') counts.failed = Number(c[1]);
        else counts.successful = Number(c[1]);
        return;
      }
      if (text.startsWith('Failures (') && FAILURES.test(text)) {
        commit();
        mode = 'failures';
        return;
      }
      if (text.startsWith('Test run finished after ') || text.startsWith('Test execution finished.')) {
        commit();
        mode = 'none';
        return;
      }
      const fin = text.startsWith('Finished: ') ? FINISHED.exec(text) : null;
      if (fin) {
        commit();
        mode = 'flat';
        let cls: string | undefined;
        let method: string | undefined;
        for (const m of (fin[2] ?? '').matchAll(UID_PART)) {
          const kind = m[1];
          const value = m[2] ?? '';
          if (kind === 'class') cls = value;
          else if (kind === 'nested-class') cls = `${cls ?? ''}$${value}`;
          else if (kind === 'method' || kind === 'test-template') method = value;
        }
        // a container (class, engine) finishing is not a test unless it failed; it is kept as pending
        pending = { name: fin[1] ?? '', cls, method };
        return;
      }
      if (mode === 'flat') {
        if (pending && !draft) {
          if (text.trimStart().startsWith('=> Exception: ')) start(pending);
          else if (!text.startsWith(' ')) pending = undefined;
        }
        if (/^(?:Started|Skipped|Finished|Test execution|Reported): /.test(text)) {
          commit();
          return;
        }
        body(text);
        return;
      }
      if (mode !== 'failures') return;
      const entry = !inMessage || /^ {2}[A-Z][\w -]{0,40}:/.test(text) ? ENTRY.exec(text) : null;
      if (entry) {
        commit();
        const path = entry[1] ?? '';
        const colon = path.lastIndexOf(':');
        pending = { name: colon >= 0 ? path.slice(colon + 1) : path, cls: undefined, method: undefined };
        return;
      }
      if (pending && !draft) {
        const s = text.startsWith('    ') ? (SOURCE.exec(text) ?? CLASS_SOURCE.exec(text)) : null;
        if (s) {
          pending.cls = s[1];
          if (s[2] !== undefined) pending.method = `${s[2]}(${s[3] ?? ''})`;
          return;
        }
        if (text.trimStart().startsWith('=> ')) start(pending);
        else return;
      }
      body(text);
    },
    finish(): ParserOutcome {
      commit();
      if (counts.failed === undefined && counts.successful === undefined) {
        return { passed: null, failed: sink.tests || null, sawResults: sink.count > 0 };
      }
      return { passed: counts.successful ?? 0, failed: counts.failed ?? sink.tests, sawResults: true };
    },
  };
}
