import { Draft } from '../sink.js';
import { tidyPath } from '../location.js';

const NOTE = /^ +(\S{1,500}\.go):(\d+): ?(.*)$/;
// words of a failing check: t.Errorf("got %d, want %d"), testify's "Error Trace"/"expected", "!="
const FAILING = /\b(?:want|wanted|expected|expect|got|actual|mismatch|unexpected|fail(?:ed|s|ure)?|error|err|should|must|not equal|diff|Error Trace)\b|!=/i;
const PER_TEST = 12;
const TESTS = 4096;

export interface Note {
  file: string;
  line: number;
  text: string;
  failing: boolean;
}

/** `    file_test.go:12: message`, the line t.Log/t.Errorf print (indented by the subtest depth). */
export function goNote(line: string): Note | undefined {
  if (!line.startsWith(' ') || !line.includes('.go:')) return undefined;
  const m = NOTE.exec(line);
  if (!m) return undefined;
  const text = m[3] ?? '';
  return { file: tidyPath(m[1] ?? ''), line: Number(m[2]), text, failing: FAILING.test(text) };
}

/** A note printed by the testing package itself (testing.go): a message, never a location. */
function isRuntimeNote(n: Note): boolean {
  return n.file === 'testing.go' || n.file.endsWith('/testing.go') || n.file === '_testmain.go';
}

/** The notes of one test: failing-looking ones are always kept, plain logs only while there is room. */
export class NoteList {
  readonly notes: Note[] = [];

  add(n: Note): void {
    if (this.notes.length >= PER_TEST) {
      const plain = this.notes.findIndex((x) => !x.failing);
      if (!n.failing || plain < 0) return;
      this.notes.splice(plain, 1);
    }
    this.notes.push(n);
  }

  /** Location at the first failing check (not the first t.Log); message with the failing lines first. */
  fill(d: Draft): void {
    const located = this.notes.filter((n) => !isRuntimeNote(n));
    const at = located.find((n) => n.failing) ?? located[located.length - 1];
    if (at) d.at(at.file, at.line);
    for (const n of this.notes.filter((x) => x.failing)) d.msg.add(n.text);
    for (const n of this.notes.filter((x) => !x.failing)) d.msg.add(n.text);
  }
}

/**
 * Notes per running test for `go test -v`, where a test's notes come before its result line and
 * subtests' results only after their parent's: bounded by test count, not evicted by many subtests.
 */
export class RunningNotes {
  private readonly byTest = new Map<string, NoteList>();

  add(test: string, n: Note): void {
    let list = this.byTest.get(test);
    if (!list) {
      if (this.byTest.size >= TESTS) this.byTest.delete(this.byTest.keys().next().value as string);
      list = new NoteList();
      this.byTest.set(test, list);
    }
    list.add(n);
  }

  take(test: string): NoteList | undefined {
    // (most tests print no notes: no lookup, which would hash the name)
    if (this.byTest.size === 0) return undefined;
    const list = this.byTest.get(test);
    this.byTest.delete(test);
    return list;
  }

  clear(): void {
    if (this.byTest.size > 0) this.byTest.clear();
  }
}
