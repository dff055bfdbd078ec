import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink, type FoundFailure } from '../sink.js';
import { isUserFile, tidyPath } from '../location.js';
import { goNote, NoteList, RunningNotes } from './go-notes.js';

const RUN = /^=== (RUN|CONT|PAUSE|NAME) +(\S+)/;
const RESULT = /^( *)--- (PASS|FAIL|SKIP): (\S+) \(/;
const PACKAGE = /^(ok|FAIL) *\t(\S+)\t(?:[\d.]+s|\(cached\))/;
const PACKAGE_BAD = /^FAIL\t(\S+) \[(build|setup) failed\]$/;
const HEADER = /^# (\S+)(?: \[(\S+)\])?$/;
const COMPILE = /^(\S{1,500}\.go):(\d+):(?:\d+:)? (.+)$/;
const FRAME = /^\t(\S{1,500}\.go):(\d+)(?: \+0x[0-9a-f]+)?$/;
const TEST_FUNC = /(?:^|[./])((?:Test|Benchmark|Fuzz|Example)\w*)(?:\.func\d+)*\(/;
const RUNNING = /^\t(\S+) \([^)]*\)$/;

interface Pending {
  status: string;
  name: string;
  /** only a failing result has a draft and gathers notes (a -v log is mostly passing results) */
  draft: Draft | undefined;
  notes: NoteList | undefined;
}

interface BuildError {
  file: string;
  line: number;
  text: string;
}

/** What a `go test` event line (`go test -json`, test2json) printed, or undefined for other JSON. */
function jsonOutput(text: string): string | undefined {
  try {
    const e = JSON.parse(text) as { Output?: unknown };
    return typeof e.Output === 'string' ? e.Output : undefined;
  } catch {
    return undefined;
  }
}

/** `go test` output: plain, -v and -json, with subtests, panics, timeouts, build and vet failures. */
export function goTestParser(sink: FailureSink): RunnerParser {
  return new GoTestParser(sink);
}

/** A panic (or a timeout's goroutine dump) being read: where it started and what it has found. */
class Panic {
  on = false;
  draft: Draft | undefined;
  timeout = false;
  /** the function line above the next frame */
  func = '';
  /** inside the timeout's "running tests:" list */
  names = false;
  listed = false;
  located = false;
}

/** The reporter's state between lines; each kind of line has its own handler. */
class GoTestParser implements RunnerParser {
  readonly runner = 'go-test';
  private readonly count = { passed: 0, failed: 0, verbose: false, sawResults: false };
  private pending: Pending | undefined;
  private readonly running = new RunningNotes();
  private current: string | undefined;
  /** plain output prints a test's notes after its --- FAIL line */
  private noteTarget: NoteList | undefined;
  private panic = new Panic();
  private header: { pkg: string; test: boolean } | undefined;
  private buildErrors: BuildError[] = [];
  private packageFailures: FoundFailure[] = [];

  constructor(private readonly sink: FailureSink) {}

  line(text: string): void {
    if (!text.startsWith('{"')) return this.textLine(text);
    const out = jsonOutput(text);
    if (out !== undefined) for (const l of out.replace(/\n$/, '').split('\n')) this.textLine(l);
  }

  finish(): ParserOutcome {
    this.settle();
    this.endPanic();
    if (this.buildErrors.length > 0) this.buildFailed(this.header?.pkg ?? 'build', 'build');
    const count = this.count;
    return { passed: count.verbose ? count.passed : null, failed: count.failed, sawResults: count.sawResults };
  }

  private textLine(text: string): void {
    const run = text.startsWith('=== ') ? RUN.exec(text) : null;
    if (run) return this.runLine(run[1] ?? '', run[2] ?? '');
    const result = text.includes('--- ') ? RESULT.exec(text) : null;
    if (result) return this.resultLine(result[2] ?? '', result[3] ?? '');
    const note = this.panic.on ? undefined : goNote(text);
    if (note) {
      if (this.noteTarget) this.noteTarget.add(note);
      else if (this.current) this.running.add(this.current, note);
      return;
    }
    if (text.startsWith('panic: ') && !this.panic.on) return this.startPanic(text);
    if (this.packageLine(text)) return;
    if (this.panic.on) return this.inPanic(text);
    const h = text.startsWith('# ') ? HEADER.exec(text) : null;
    if (h) {
      this.header = { pkg: h[1] ?? '', test: (h[2] ?? '').endsWith('.test') };
      return;
    }
    const compile = text.includes('.go:') ? COMPILE.exec(text) : null;
    if (compile && this.buildErrors.length < 50) this.buildErrors.push({ file: tidyPath(compile[1] ?? ''), line: Number(compile[2]), text: compile[3] ?? '' });
  }

  /** `=== RUN TestX` (-v): the test whose notes the next lines are. */
  private runLine(kind: string, name: string): void {
    this.count.verbose = true;
    if (kind !== 'PAUSE') this.current = name;
    this.noteTarget = undefined;
  }

  /** `--- FAIL: TestX (0.00s)`: held until the next result says whether subtests follow. */
  private resultLine(status: string, name: string): void {
    this.count.sawResults = true;
    this.settle(name);
    const taken = this.running.take(name);
    const failing = status === 'FAIL';
    const notes = failing ? (taken ?? new NoteList()) : undefined;
    this.pending = { status, name, draft: failing ? new Draft(name, name) : undefined, notes };
    this.noteTarget = notes;
  }

  private keep(d: Draft): void {
    const stored = d.commit(this.sink);
    if (stored) this.packageFailures.push(stored);
  }

  private settle(next?: string): void {
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    // a parent whose subtests follow is not a failure of its own
    if (next !== undefined && next.charCodeAt(p.name.length) === 47 && next.startsWith(p.name)) return;
    if (p.status === 'PASS') this.count.passed += 1;
    else if (p.status === 'FAIL' && p.draft) {
      this.count.failed += 1;
      p.notes?.fill(p.draft);
      this.keep(p.draft);
    }
  }

  private endPanic(): void {
    const panic = this.panic;
    if (panic.timeout && panic.draft) {
      if (!panic.draft.name) panic.draft.name = this.current ?? 'test timed out';
      panic.draft.full_name = panic.draft.name;
      this.count.failed += 1;
      this.keep(panic.draft);
    }
    this.panic = new Panic();
  }

  private startPanic(text: string): void {
    const panic = this.panic;
    const current = this.current ?? '';
    panic.on = true;
    panic.timeout = text.startsWith('panic: test timed out');
    panic.draft = panic.timeout ? new Draft(current, current) : this.pending?.status === 'FAIL' ? this.pending.draft : undefined;
    panic.draft?.msg.add(text.replace(/ \[recovered\]$/, ''));
  }

  private inPanic(text: string): void {
    const panic = this.panic;
    if (text === 'running tests:') {
      panic.names = true;
      return;
    }
    const named = panic.names ? RUNNING.exec(text) : null;
    if (named && panic.draft && !panic.listed) panic.draft.name = named[1] ?? '';
    if (named) panic.listed = true;
    else panic.names = false;
    const frame = text.startsWith('\t') ? FRAME.exec(text) : null;
    if (!frame) {
      if (text && !text.startsWith('\t') && !text.startsWith('goroutine ')) panic.func = text;
      return;
    }
    const file = tidyPath(frame[1] ?? '');
    if (!panic.draft || panic.located || !isUserFile(file) || file.endsWith('_testmain.go')) return;
    const fn = TEST_FUNC.exec(panic.func);
    // a timeout: the goroutine of the running test; a panic: the first frame in a _test.go file, else the
    // first frame of the project (the code under test that panicked)
    if (panic.timeout && !fn) return;
    if (panic.timeout) {
      if (fn && !panic.draft.name) panic.draft.name = fn[1] ?? '';
      panic.draft.at(file, Number(frame[2]));
      panic.located = true;
      return;
    }
    panic.draft.frame({ file, line: Number(frame[2]) });
    panic.located = panic.draft.line !== undefined;
  }

  private buildFailed(pkg: string, what: string): void {
    const header = this.header;
    const vet = what === 'build' && header !== undefined && header.pkg === pkg && !header.test;
    const name = `${vet ? 'go vet' : what} failed: ${pkg}`;
    if (this.buildErrors.length === 0) this.buildErrors.push({ file: '', line: 0, text: `FAIL ${pkg} [${what} failed]` });
    for (const e of this.buildErrors) {
      const d = new Draft(name, name, { error: true });
      if (e.file) d.at(e.file, e.line);
      d.msg.add(e.text);
      d.commit(this.sink);
    }
    this.buildErrors = [];
    this.header = undefined;
  }

  /** `ok  pkg 0.1s` / `FAIL pkg 0.1s` / `FAIL pkg [build failed]`: the package's results end. */
  private packageLine(text: string): boolean {
    if (!text.startsWith('ok') && !text.startsWith('FAIL')) return false;
    const bad = PACKAGE_BAD.exec(text);
    const pkg = bad ? undefined : PACKAGE.exec(text);
    if (!bad && !pkg) return false;
    this.settle();
    this.endPanic();
    this.count.sawResults = true;
    this.noteTarget = undefined;
    this.current = undefined;
    this.running.clear();
    const name = bad ? (bad[1] ?? '') : (pkg?.[2] ?? '');
    for (const f of this.packageFailures) f.full_name = `${name}.${f.name}`;
    this.packageFailures = [];
    if (bad) this.buildFailed(name, bad[2] ?? 'build');
    return true;
  }
}
