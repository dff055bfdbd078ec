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
  return new Junit5Parser(sink);
}

/** The launcher's state between lines; each kind of line has its own handler. */
class Junit5Parser implements RunnerParser {
  readonly runner = 'junit5';
  private mode: 'none' | 'failures' | 'flat' = 'none';
  private pending: Pending | undefined;
  private draft: Draft | undefined;
  private trace = new JvmTrace(undefined);
  private inMessage = false;
  private readonly counts: { successful?: number; failed?: number } = {};

  constructor(private readonly sink: FailureSink) {}

  line(text: string): void {
    const c = text.startsWith('[') ? COUNT.exec(text) : null;
    if (c) {
      this.commit('none');
      if (c[2] === 'failed') this.counts.failed = Number(c[1]);
      else this.counts.successful = Number(c[1]);
      return;
    }
    if (text.startsWith('Failures (') && FAILURES.test(text)) return this.commit('failures');
    if (text.startsWith('Test run finished after ') || text.startsWith('Test execution finished.')) return this.commit('none');
    const fin = text.startsWith('Finished: ') ? FINISHED.exec(text) : null;
    if (fin) return this.finishedLine(fin[1] ?? '', fin[2] ?? '');
    if (this.mode === 'flat') return this.flatLine(text);
    if (this.mode === 'failures') this.failuresLine(text);
  }

  finish(): ParserOutcome {
    this.commit(this.mode);
    const { counts, sink } = this;
    if (counts.failed === undefined && counts.successful === undefined) {
      return { passed: null, failed: sink.tests || null, sawResults: sink.count > 0 };
    }
    return { passed: counts.successful ?? 0, failed: counts.failed ?? sink.tests, sawResults: true };
  }

  /** Flat details: `Finished:    addsTax() ([engine:…]/[class:…]/[method:…])`, a test or a container. */
  private finishedLine(name: string, uid: string): void {
    this.commit('flat');
    let cls: string | undefined;
    let method: string | undefined;
    for (const m of uid.matchAll(UID_PART)) {
      const kind = m[1];
      const value = m[2] ?? '';
      if (kind === 'class') cls = value;
      else if (kind === 'nested-class') cls = `${cls ?? ''}$${value}`;
      else if (kind === 'method' || kind === 'test-template') method = value;
    }
    // a container (class, engine) finishing is not a test unless it failed; it is kept as pending
    this.pending = { name, cls, method };
  }

  /** A line after a flat `Finished:`: its `=> Exception:` makes it a failure; the next event ends it. */
  private flatLine(text: string): void {
    if (this.pending && !this.draft) {
      if (text.trimStart().startsWith('=> Exception: ')) this.start(this.pending);
      else if (!text.startsWith(' ')) this.pending = undefined;
    }
    if (/^(?:Started|Skipped|Finished|Test execution|Reported): /.test(text)) return this.commit('flat');
    this.body(text);
  }

  /** A line of the `Failures (N):` list: an entry, its source, then its `=>` message and trace. */
  private failuresLine(text: string): void {
    const entry = !this.inMessage || /^ {2}[A-Z][\w -]{0,40}:/.test(text) ? ENTRY.exec(text) : null;
    if (entry) {
      this.commit('failures');
      const path = entry[1] ?? '';
      const colon = path.lastIndexOf(':');
      this.pending = { name: colon >= 0 ? path.slice(colon + 1) : path, cls: undefined, method: undefined };
      return;
    }
    const pending = this.pending;
    if (pending && !this.draft) {
      const s = text.startsWith('    ') ? (SOURCE.exec(text) ?? CLASS_SOURCE.exec(text)) : null;
      if (s) {
        pending.cls = s[1];
        if (s[2] !== undefined) pending.method = `${s[2]}(${s[3] ?? ''})`;
        return;
      }
      if (!text.trimStart().startsWith('=> ')) return;
      this.start(pending);
    }
    this.body(text);
  }

  private start(p: Pending): void {
    // the method names the test as the JUnit report does (`addsTax()`); a display name is kept in the full name
    const name = p.method ?? p.name;
    // (JUnit Vintage shows JUnit 4 tests by their method name, without the parentheses)
    const shown = p.method && p.name !== p.method && `${p.name}()` !== p.method ? ` (${p.name})` : '';
    this.draft = new Draft(name, p.cls ? `${p.cls} > ${name}${shown}` : name);
    this.trace = new JvmTrace(p.cls, p.method?.replace(/\(.*$/, ''));
  }

  /** A failure's detail line: a frame, the `=>` message, a cause, or more of the message. */
  private body(text: string): void {
    const draft = this.draft;
    if (!draft) return;
    const frame = jvmFrame(text);
    if (frame) {
      this.trace.add(frame);
      this.inMessage = false;
      return;
    }
    const t = text.trim();
    if (t === '[...]') return;
    if (t.startsWith('=> ')) {
      this.inMessage = true;
      draft.msg.add(t.slice(3).replace(/^Exception: /, ''));
    } else if (t.startsWith('Caused by: ') || t.startsWith('Suppressed: ')) {
      this.inMessage = true;
      draft.msg.add(t);
    } else if (this.inMessage) draft.msg.add(text);
  }

  /** Stores the failure being read and goes on in `mode`. */
  private commit(mode: 'none' | 'failures' | 'flat'): void {
    const draft = this.draft;
    if (draft) {
      const at = this.trace.place;
      if (at) draft.at(at.file, at.line);
      draft.commit(this.sink);
    }
    this.draft = undefined;
    this.pending = undefined;
    this.inMessage = false;
    this.mode = mode;
  }
}
