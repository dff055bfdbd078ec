import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink, type FoundFailure } from '../sink.js';
import { isUserFile, tidyPath } from '../location.js';

const RUN = /^=== (?:RUN|CONT|PAUSE|NAME) +(\S+)/;
const RESULT = /^( *)--- (PASS|FAIL|SKIP): (\S+) \(/;
const NOTE = /^ +(\S+\.go):(\d+): ?(.*)$/;
const PACKAGE = /^(ok|FAIL|---) *\t?(\S+)\t(?:[\d.]+s|\(cached\)|\[(build|setup) failed\])/;
const PACKAGE_BAD = /^FAIL\t(\S+) \[(build|setup) failed\]$/;
const COMPILE = /^(\S+\.go):(\d+):(?:\d+:)? (.+)$/;
const FRAME = /^\t(\S+\.go):(\d+)(?: \+0x[0-9a-f]+)?$/;

interface Pending {
  status: string;
  name: string;
  draft: Draft;
}

/** `go test` output, plain and -v, with subtests, panics and build failures. */
export function goTestParser(sink: FailureSink): RunnerParser {
  let passed = 0;
  let failed = 0;
  let verbose = false;
  let sawResults = false;
  let infraReason: string | undefined;
  let pending: Pending | undefined;
  /** -v prints a test's t.Error lines before its --- FAIL line: keep them per running test (bounded) */
  const notes = new Map<string, Draft>();
  let running: string | undefined;
  /** where indented note lines go: the running test (-v) or the last --- FAIL line (plain) */
  let noteTarget: Draft | undefined;
  let panicTarget: Draft | undefined;
  let inPanic = false;
  let packageFailures: FoundFailure[] = [];

  const noteFor = (name: string): Draft => {
    let d = notes.get(name);
    if (!d) {
      if (notes.size >= 64) notes.delete(notes.keys().next().value as string);
      d = new Draft(name, name);
      notes.set(name, d);
    }
    return d;
  };

  const settle = (next?: string): void => {
    if (!pending) return;
    const p = pending;
    pending = undefined;
    // a parent whose subtests follow is not a failure of its own
    if (next?.startsWith(`${p.name}/`)) return;
    if (p.status === 'PASS') passed += 1;
    else if (p.status === 'FAIL') {
      failed += 1;
      const stored = p.draft.commit(sink);
      if (stored) packageFailures.push(stored);
    }
  };

  return {
    runner: 'go-test',
    line(text) {
      const run = text.startsWith('=== ') ? RUN.exec(text) : null;
      if (run) {
        verbose = true;
        running = run[1];
        noteTarget = undefined;
        return;
      }
      const result = text.includes('--- ') ? RESULT.exec(text) : null;
      if (result) {
        sawResults = true;
        const name = result[3] ?? '';
        settle(name);
        const status = result[2] ?? '';
        const draft = notes.get(name) ?? new Draft(name, name);
        notes.delete(name);
        pending = { status, name, draft };
        noteTarget = status === 'FAIL' ? draft : undefined;
        if (status === 'FAIL') panicTarget = draft;
        return;
      }
      const note = text.startsWith(' ') && text.includes('.go:') ? NOTE.exec(text) : null;
      if (note && !inPanic) {
        const target = noteTarget ?? (running ? noteFor(running) : undefined);
        if (target) {
          target.at(tidyPath(note[1] ?? ''), Number(note[2]));
          target.msg.add(note[3] ?? '');
        }
        return;
      }
      if (text.startsWith('panic: ')) {
        if (!inPanic && panicTarget) panicTarget.msg.add(text.replace(/ \[recovered\]$/, ''));
        inPanic = true;
        return;
      }
      if (inPanic) {
        const frame = FRAME.exec(text);
        if (frame && panicTarget) {
          const file = frame[1] ?? '';
          if (isUserFile(file) && panicTarget.line === undefined) panicTarget.at(tidyPath(file), Number(frame[2]));
        }
      }
      const maybePkg = text.startsWith('ok') || text.startsWith('FAIL') || text.startsWith('---');
      const bad = maybePkg ? PACKAGE_BAD.exec(text) : null;
      const pkg = bad || !maybePkg ? undefined : PACKAGE.exec(text);
      if (bad || pkg) {
        settle();
        sawResults = true;
        inPanic = false;
        panicTarget = undefined;
        noteTarget = undefined;
        running = undefined;
        const name = bad ? bad[1] : pkg?.[2];
        for (const f of packageFailures) if (!f.error) f.full_name = `${name}.${f.name}`;
        packageFailures = [];
        if (bad) infraReason ??= `go test: ${bad[2]} failed`;
        return;
      }
      const compile = text.includes('.go:') ? COMPILE.exec(text) : null;
      if (compile && !inPanic) {
        const d = new Draft('compile error', `${tidyPath(compile[1] ?? '')}:${compile[2]}`, { error: true });
        d.at(tidyPath(compile[1] ?? ''), Number(compile[2]));
        d.msg.add(compile[3] ?? '');
        const stored = d.commit(sink);
        if (stored) packageFailures.push(stored);
      }
    },
    finish(): ParserOutcome {
      settle();
      return { passed: verbose ? passed : null, failed, sawResults, infraReason };
    },
  };
}
