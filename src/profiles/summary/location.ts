/** Source locations out of stack frames and `file:line` references. */
export interface Location {
  file: string;
  line: number;
}

// `at fn (file:///x/y.js:7:12)`, `at /x/y.js:7:12`, `at Object.toBe (test/math.test.js:7:19)`, node --test TAP `fn (file:...)`
const JS_FRAME = /^\s*(?:at )?(?:.*? \()?((?:file:\/\/)?[^\s()]+?):(\d+):(\d+)\)?\s*(?:\{)?$/;

/** A file that belongs to the project under test, not to the runtime or a dependency. */
export function isUserFile(file: string): boolean {
  return (
    !file.startsWith('node:') &&
    !file.startsWith('internal/') &&
    !file.includes('/node_modules/') &&
    !file.startsWith('node_modules/') &&
    !file.includes('<anonymous>') &&
    !file.startsWith('/rustc/') &&
    !/\/src\/(runtime|testing|reflect)\//.test(file)
  );
}

export function tidyPath(file: string): string {
  let f = file;
  if (f.startsWith('file://')) f = f.slice(7);
  if (f.startsWith('./')) f = f.slice(2);
  return f;
}

/** The location in a JS stack frame line, when it points into the project. */
export function jsFrame(line: string): Location | undefined {
  if (!line.includes(':')) return undefined;
  const m = JS_FRAME.exec(line);
  if (!m) return undefined;
  const file = tidyPath(m[1] ?? '');
  if (!file || !isUserFile(file)) return undefined;
  return { file, line: Number(m[2]) };
}

/** True for a line that looks like any JS stack frame (user or not). */
export function isJsFrameLine(line: string): boolean {
  return /^\s*at \S/.test(line);
}

/** The first project location found in a block of text (JUnit failure bodies, messages). */
export function firstLocation(text: string, preferFile?: string): Location | undefined {
  let first: Location | undefined;
  for (const l of text.split('\n')) {
    const loc = jsFrame(l) ?? plainLocation(l);
    if (!loc) continue;
    if (!preferFile || sameFile(loc.file, preferFile)) return loc;
    first ??= loc;
  }
  return first;
}

/** `path/file.ext:12` or `path/file.ext:12:3` anywhere in a line (vitest `❯ file:7:19`, pytest `file.py:6: Error`). */
export function plainLocation(line: string): Location | undefined {
  const m = /(?:^|[\s(❯])((?:file:\/\/)?[\w./@\\-]*\w\.[A-Za-z]{1,6}):(\d+)(?::\d+)?(?:[:)\s]|$)/.exec(line);
  if (!m) return undefined;
  const file = tidyPath(m[1] ?? '');
  if (!isUserFile(file)) return undefined;
  return { file, line: Number(m[2]) };
}

/** Paths from different runners (absolute, relative, `./`) that name the same file. */
export function sameFile(a: string, b: string): boolean {
  const x = tidyPath(a);
  const y = tidyPath(b);
  return x === y || x.endsWith(`/${y}`) || y.endsWith(`/${x}`);
}

const TEST_FILE = /(?:^|\/)(?:tests?|specs?|__tests__)\/|[._-](?:test|spec)\.[cm]?[jt]sx?$|_test\.\w+$|^test_\w+\.py$|\/test_\w+\.py$/;

/** A file that holds tests by its name or folder (`test/x.js`, `x.test.ts`, `x_spec.js`, `test_x.py`). */
export function isTestFile(file: string): boolean {
  return TEST_FILE.test(file);
}
