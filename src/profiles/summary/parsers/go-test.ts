import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink, type FoundFailure } from '../sink.js';
import { isUserFile, tidyPath } from '../location.js';
import { goNote, NoteList, RunningNotes } from './go-notes.js';
import { MAX_LINE, NextMatch, type RawBlock } from '../lines.js';

const RUN = /^=== (RUN|CONT|PAUSE|NAME) +(\S+)/;
const RESULT = /^( *)--- (PASS|FAIL|SKIP): (\S+) \(/;
const PACKAGE = /^(ok|FAIL) *\t(\S+)\t(?:[\d.]+s|\(cached\))/;
const PACKAGE_BAD = /^FAIL\t(\S+) \[(build|setup) failed\]$/;
const HEADER = /^# (\S+)(?: \[(\S+)\])?$/;
const COMPILE = /^(\S{1,500}\.go):(\d+):(?:\d+:)? (.+)$/;
const FRAME = /^\t(\S{1,500}\.go):(\d+)(?: \+0x[0-9a-f]+)?$/;
const TEST_FUNC = /(?:^|[./])((?:Test|Benchmark|Fuzz|Example)\w*)(?:\.func\d+)*\(/;
const RUNNING = /^\t(\S+) \([^)]*\)$/;
// a frame of the race detector's report: `      /path/counter_test.go:15 +0x74`
const RACE_FRAME = /^ +(\S{1,500}\.go):(\d+)(?: \+0x[0-9a-f]+)?$/;
const RACE_ACCESS = /^(?:Previous )?(?:[Rr]ead|[Ww]rite) at 0x[0-9a-f]+ by (?:goroutine \d+|main goroutine):$/;
const RACE_RULE = '==================';

/** A `WARNING: DATA RACE` report (go test -race): its first accesses and its place, for the test it was found in. */
class RaceReport {
  on = true;
  readonly accesses: string[] = [];
  file: string | undefined;
  line: number | undefined;
  /** the place in the project when no frame is in a test file */
  fallback: { file: string; line: number } | undefined;

  /** `test`: the test running when the report began (-v), or undefined (plain output: the next failure's) */
  constructor(readonly test: string | undefined) {}

  /** A line while the report is open; false when it is none of the report's (it is read as usual). */
  read(text: string): boolean {
    if (text === RACE_RULE) {
      this.on = false;
      return true;
    }
    if (RACE_ACCESS.test(text)) {
      if (this.accesses.length < 2) this.accesses.push(text.replace(/:$/, ''));
      return true;
    }
    const frame = text.startsWith(' ') ? RACE_FRAME.exec(text) : null;
    if (!frame) return false;
    const file = tidyPath(frame[1] ?? '');
    if (this.line === undefined && isUserFile(file)) {
      if (file.endsWith('_test.go')) {
        this.file = file;
        this.line = Number(frame[2]);
      } else this.fallback ??= { file, line: Number(frame[2]) };
    }
    return true;
  }

  /** Adds the report to a failure's message and places the failure at it (unless its notes place it). */
  fill(d: Draft, notes: NoteList | undefined): void {
    d.msg.add('WARNING: DATA RACE');
    for (const a of this.accesses) d.msg.add(a);
    notes?.fill(d);
    const at = this.line !== undefined ? { file: this.file, line: this.line } : this.fallback;
    if (at) d.at(at.file, at.line);
  }
}

/**
 * Where the name starts in the line [at, end) of a raw block when RUN or RESULT would read the line as a
 * `=== RUN   name` line (or CONT, PAUSE, NAME) or a passing or skipped result `--- PASS: name (…`, with an
 * ASCII name (a decoded line reads the same); -1 for any other line. Read in place: no string is made.
 */
function stepName(block: RawBlock, at: number, end: number, names: NameEnds): number {
  const text = block.text;
  if (text.charCodeAt(at) === 61) {
    if (!text.startsWith('=== ', at)) return -1;
    const k = text.charCodeAt(at + 4);
    const kind = k === 82 ? 'RUN' : k === 67 ? 'CONT' : k === 80 ? 'PAUSE' : k === 78 ? 'NAME' : '';
    let p = at + 4 + kind.length;
    if (!kind || !text.startsWith(kind, at + 4) || text.charCodeAt(p) !== 32) return -1;
    while (text.charCodeAt(p) === 32) p += 1;
    return names.end(block, p, end) > p ? p : -1;
  }
  let p = at;
  while (text.charCodeAt(p) === 32) p += 1;
  if (text.charCodeAt(p) !== 45 || !text.startsWith('--- ', p)) return -1;
  if (!text.startsWith('PASS: ', p + 4) && !text.startsWith('SKIP: ', p + 4)) return -1;
  const nameEnd = names.end(block, p + 10, end);
  return nameEnd > p + 10 && nameEnd + 1 < end && text.charCodeAt(nameEnd) === 32 && text.charCodeAt(nameEnd + 1) === 40 ? p + 10 : -1;
}

/** Where a name (`\S+`) that starts at `p` ends; `p` itself when a byte outside ASCII comes first (then no step is read). */
function wordEndByChars(text: string, p: number, end: number): number {
  let i = p;
  for (; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) break;
    if (c >= 128) return p;
  }
  return i;
}

/**
 * Where names end in the lines of a raw block. In an ASCII block without \v or \f (nearly every one),
 * a name ends at the next space or tab, which two kept native searches say; else char by char.
 */
class NameEnds {
  private seq = -1;
  private plain = false;
  private readonly space = new NextMatch(' ');
  private readonly tab = new NextMatch('\t');

  /** Where the name that starts at `p` of the line ending at `end` ends (see wordEndByChars). */
  end(block: RawBlock, p: number, end: number): number {
    if (block.seq !== this.seq) {
      this.seq = block.seq;
      this.plain = block.ascii && block.text.indexOf('\v') < 0 && block.text.indexOf('\f') < 0;
    }
    return this.plain ? Math.min(this.space.indexFrom(block, p), this.tab.indexFrom(block, p), end) : wordEndByChars(block.text, p, end);
  }
}

/** Whether the line at `at` starts as one of go test's may (see GoTestParser.nextLine; `.go:` is looked for apart). */
function mayBeGoLine(text: string, at: number): boolean {
  let p = at;
  while (text.charCodeAt(p) === 32) p += 1;
  if (text.charCodeAt(p) === 45) return true;
  switch (text.charCodeAt(at)) {
    case 61:
      return text.startsWith('=== ', at);
    case 112:
      return text.startsWith('panic: ', at);
    case 111:
      return text.startsWith('ok', at);
    case 70:
      return text.startsWith('FAIL', at);
    case 35:
      return text.startsWith('# ', at);
    case 123:
      return true;
    case 87:
      return text.startsWith('WARNING: DATA RACE', at);
    default:
      return false;
  }
}

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
  private race: RaceReport | undefined;
  private header: { pkg: string; test: boolean } | undefined;
  private buildErrors: BuildError[] = [];
  private packageFailures: FoundFailure[] = [];
  private readonly nameEnds = new NameEnds();
  private readonly rawSource = new NextMatch('.go:');
  /** the steps of the last run passingRun read (the summariser calls passedOver right after it, for it only) */
  private readonly steps: { at: number; word: string; name: string }[] = [];

  constructor(private readonly sink: FailureSink) {}

  /**
   * `go test -v` is mostly `=== RUN` lines and passing results: a run of them is passed over and read in
   * passedOver with the same handlers (no panic being read: its frames come between).
   */
  passingRun(block: RawBlock, from: number): number {
    // the steps read, kept for passedOver (which applies those before where the pass-over ended)
    this.steps.length = 0;
    if (this.panic.on) return from;
    const text = block.text;
    let at = from;
    while (at < text.length) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const name = end - at > MAX_LINE ? -1 : stepName(block, at, end, this.nameEnds);
      if (name < 0) break;
      const value = text.slice(name, this.nameEnds.end(block, name, end));
      const word = text.charCodeAt(at) === 61 ? (text.startsWith('PAUSE', at + 4) ? 'PAUSE' : 'RUN') : text.startsWith('PASS', name - 6) ? 'PASS' : 'SKIP';
      this.steps.push({ at, word, name: value });
      at = end + 1;
    }
    return at > text.length ? Infinity : at;
  }

  /**
   * Outside a panic or a race report, the lines `line` does nothing with are what the tests and the code
   * print: passed over up to the first that may be go test's. A line may be when, after its indentation, it
   * starts with `--- ` (a result), or it starts with `=== `, `panic: `, `ok`, `FAIL`, `# `, `{` (an event) or
   * `WARNING: DATA RACE`,
   * or holds `.go:` (a note, a compile error), or is longer than a cleaned line.
   */
  nextLine(block: RawBlock, from: number): number {
    if (this.panic.on || this.race?.on) return from;
    const text = block.text;
    let at = from;
    while (at < text.length) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      if (end - at > MAX_LINE || this.rawSource.indexFrom(block, at) < end || mayBeGoLine(text, at)) break;
      at = end + 1;
    }
    return at > text.length ? Infinity : at;
  }

  passedOver(_block: RawBlock, _from: number, to: number): void {
    for (const step of this.steps) {
      if (step.at >= to) break;
      if (step.word === 'RUN' || step.word === 'PAUSE') this.runLine(step.word, step.name);
      else this.resultLine(step.word, step.name);
    }
    this.steps.length = 0;
  }


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
    if (text === 'WARNING: DATA RACE') {
      this.race = new RaceReport(this.current);
      return;
    }
    if (this.race?.on && this.race.read(text)) return;
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
      // a race report found while this test ran (or, without -v, the last one before its result)
      const race = this.race;
      if (race && !race.on && (race.test === undefined || race.test === p.name)) {
        race.fill(p.draft, p.notes);
        this.race = undefined;
      } else p.notes?.fill(p.draft);
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
