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
  draft: Draft;
  notes: NoteList;
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
  const count = { passed: 0, failed: 0, verbose: false, sawResults: false };
  let pending: Pending | undefined;
  const running = new RunningNotes();
  let current: string | undefined;
  /** plain output prints a test's notes after its --- FAIL line */
  let noteTarget: NoteList | undefined;
  const panic = { on: false, draft: undefined as Draft | undefined, timeout: false, func: '', names: false, listed: false, located: false };
  let header: { pkg: string; test: boolean } | undefined;
  let buildErrors: BuildError[] = [];
  let packageFailures: FoundFailure[] = [];

  const keep = (d: Draft): void => {
    const stored = d.commit(sink);
    if (stored) packageFailures.push(stored);
  };

  const settle = (next?: string): void => {
    if (!pending) return;
    const p = pending;
    pending = undefined;
    // a parent whose subtests follow is not a failure of its own
    if (next?.startsWith(`${p.name}/`)) return;
    if (p.status === 'PASS') count.passed += 1;
    else if (p.status === 'FAIL') {
      count.failed += 1;
      p.notes.fill(p.draft);
      keep(p.draft);
    }
  };

  const endPanic = (): void => {
    if (panic.timeout && panic.draft) {
      if (!panic.draft.name) panic.draft.name = current ?? 'test timed out';
      panic.draft.full_name = panic.draft.name;
      count.failed += 1;
      keep(panic.draft);
    }
    Object.assign(panic, { on: false, draft: undefined, timeout: false, func: '', names: false, listed: false, located: false });
  };

  const startPanic = (text: string): void => {
    panic.on = true;
    panic.timeout = text.startsWith('panic: test timed out');
    panic.draft = panic.timeout ? new Draft(current ?? '', current ?? '') : pending?.status === 'FAIL' ? pending.draft : undefined;
    panic.draft?.msg.add(text.replace(/ \[recovered\]$/, ''));
  };

  const inPanic = (text: string): void => {
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
    // a timeout: the goroutine of the running test; a panic: the first frame of the project
    if (panic.timeout && !fn) return;
    if (panic.timeout && fn && !panic.draft.name) panic.draft.name = fn[1] ?? '';
    panic.draft.at(file, Number(frame[2]));
    panic.located = true;
  };

  const buildFailed = (pkg: string, what: string): void => {
    const vet = what === 'build' && header !== undefined && header.pkg === pkg && !header.test;
    const name = `${vet ? 'go vet' : what} failed: ${pkg}`;
    if (buildErrors.length === 0) buildErrors.push({ file: '', line: 0, text: `FAIL ${pkg} [${what} failed]` });
    for (const e of buildErrors) {
      const d = new Draft(name, name, { error: true });
      if (e.file) d.at(e.file, e.line);
      d.msg.add(e.text);
      d.commit(sink);
    }
    buildErrors = [];
    header = undefined;
  };

  const packageLine = (text: string): boolean => {
    if (!text.startsWith('ok') && !text.startsWith('FAIL')) return false;
    const bad = PACKAGE_BAD.exec(text);
    const pkg = bad ? undefined : PACKAGE.exec(text);
    if (!bad && !pkg) return false;
    settle();
    endPanic();
    count.sawResults = true;
    noteTarget = undefined;
    current = undefined;
    running.clear();
    const name = bad ? (bad[1] ?? '') : (pkg?.[2] ?? '');
    for (const f of packageFailures) f.full_name = `${name}.${f.name}`;
    packageFailures = [];
    if (bad) buildFailed(name, bad[2] ?? 'build');
    return true;
  };

  const textLine = (text: string): void => {
    const run = text.startsWith('=== ') ? RUN.exec(text) : null;
    if (run) {
      count.verbose = true;
      if (run[1] !== 'PAUSE') current = run[2];
      noteTarget = undefined;
      return;
    }
    const result = text.includes('--- ') ? RESULT.exec(text) : null;
    if (result) {
      count.sawResults = true;
      const name = result[3] ?? '';
      settle(name);
      const status = result[2] ?? '';
      const notes = running.take(name) ?? new NoteList();
      pending = { status, name, draft: new Draft(name, name), notes };
      noteTarget = status === 'FAIL' ? notes : undefined;
      return;
    }
    const note = panic.on ? undefined : goNote(text);
    if (note) {
      if (noteTarget) noteTarget.add(note);
      else if (current) running.add(current, note);
      return;
    }
    if (text.startsWith('panic: ') && !panic.on) return startPanic(text);
    if (packageLine(text)) return;
    if (panic.on) return inPanic(text);
    const h = text.startsWith('# ') ? HEADER.exec(text) : null;
    if (h) {
      header = { pkg: h[1] ?? '', test: (h[2] ?? '').endsWith('.test') };
      return;
    }
    const compile = text.includes('.go:') ? COMPILE.exec(text) : null;
    if (compile && buildErrors.length < 50) buildErrors.push({ file: tidyPath(compile[1] ?? ''), line: Number(compile[2]), text: compile[3] ?? '' });
  };

  return {
    runner: 'go-test',
    line(text) {
      if (!text.startsWith('{"')) return textLine(text);
      const out = jsonOutput(text);
      if (out !== undefined) for (const l of out.replace(/\n$/, '').split('\n')) textLine(l);
    },
    finish(): ParserOutcome {
      settle();
      endPanic();
      if (buildErrors.length > 0) buildFailed(header?.pkg ?? 'build', 'build');
      return { passed: count.verbose ? count.passed : null, failed: count.failed, sawResults: count.sawResults };
    },
  };
}
