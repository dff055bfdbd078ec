import { tidyPath, type Location } from '../location.js';

// `  File "/x/tests/test_a.py", line 10, in test_x` (traceback) and `  File "…", line 10 in test_x` (faulthandler)
const FRAME = /^ {2}File "([^"]{1,1000})", line (\d+),? in (\S{1,300})$/;

export interface PythonFrame extends Location {
  fn: string;
}

/** A frame of a Python traceback or of a faulthandler dump. */
export function pythonFrame(line: string): PythonFrame | undefined {
  if (!line.startsWith('  File "')) return undefined;
  const m = FRAME.exec(line);
  if (!m) return undefined;
  return { file: tidyPath(m[1] ?? ''), line: Number(m[2]), fn: m[3] ?? '' };
}

/** A file of the project, not of Python itself or an installed package. */
export function isPythonUserFile(file: string): boolean {
  return !(file.startsWith('<') || file.includes('/site-packages/') || file.includes('/dist-packages/') || /\/lib\/python\d[\d.]*\//.test(file) || /(?:^|\/)(?:_pytest|pluggy|unittest)\//.test(file));
}

/** A test module by pytest's and unittest's default naming, not a conftest or the code under test. */
export function isPythonTestFile(file: string): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return /^test_.*\.py$|_test\.py$|^tests?\.py$/.test(base);
}

/** The frame that is the test's own: the deepest in the test module, else the first frame of the project. */
export function testFrame<T extends Location>(frames: readonly T[], testFile?: string): T | undefined {
  const user = frames.filter((f) => isPythonUserFile(f.file));
  // the deepest frame in the test file: a helper of the test that raised, else the test's own line
  const last = (keep: (f: T) => boolean): T | undefined => user.filter(keep).pop();
  if (testFile) return last((f) => sameTail(f.file, testFile));
  return last((f) => isPythonTestFile(f.file)) ?? user.find((f) => !f.file.endsWith('conftest.py'));
}

/** `/builds/acme/tests/a.py` and `tests/a.py` are the same file. */
export function sameTail(a: string, b: string): boolean {
  return a === b || a.endsWith(`/${b}`) || b.endsWith(`/${a}`);
}

/** Keeps the first frames of a traceback: the test's own frame comes early, the raising one last. */
export class FrameList<T extends Location> {
  readonly items: T[] = [];
  last: T | undefined;

  constructor(private readonly max = 16) {}

  push(frame: T): void {
    if (this.items.length < this.max) this.items.push(frame);
    this.last = frame;
  }
}

const DIFF_LINE = /^\s*(?:[-+](?![-+]{2}(?: |$))|\? )/;
const MAX_GATHERED = 60;

/**
 * Message lines gathered in full (bounded) and picked when the failure ends: the assertion line
 * first, then the lines of a diff that differ (`- want`, `+ got`), then the rest in order.
 */
export class MessageGather {
  private readonly lines: string[] = [];

  get length(): number {
    return this.lines.length;
  }

  add(line: string): void {
    if (this.lines.length < MAX_GATHERED && line.trim()) this.lines.push(line.length > 300 ? line.slice(0, 300) : line);
  }

  pick(max = 6): string[] {
    if (this.lines.length <= max) return [...this.lines];
    const keep = new Set<number>([0]);
    this.lines.forEach((l, i) => {
      if (keep.size < max && DIFF_LINE.test(l)) keep.add(i);
    });
    for (let i = 1; i < this.lines.length && keep.size < max; i += 1) keep.add(i);
    return [...keep].sort((a, b) => a - b).map((i) => this.lines[i] ?? '');
  }
}
