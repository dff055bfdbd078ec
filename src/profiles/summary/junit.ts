import { StringDecoder } from 'node:string_decoder';
import { JvmTrace, jvmFrame } from './parsers/jvm.js';
import { readChunks } from './read.js';
import { Draft, FailureSink } from './sink.js';
import { firstLocation, sameFile, tidyPath } from './location.js';
import { decodeEntities, XmlStream, XmlSyntaxError, type XmlHandler } from './xml-stream.js';

export interface JunitResult {
  tests: number;
  passed: number;
  failed: number;
  skipped: number;
  sink: FailureSink;
}

/** The most report bytes read (all files together); memory stays flat whatever the size, this bounds the time. */
export const MAX_JUNIT_BYTES = 256 * 1024 * 1024;
/** How much of one failure's body is kept to find its message and location. */
const MAX_BODY = 16 * 1024;

// suite names that say nothing about the test (the reporter's own name)
const GENERIC_SUITES = /^(pytest|Mocha Tests|jest tests|vitest tests|root|)$/;

interface Suite {
  name: string;
  file: string;
}

interface Case {
  /** past the sink's bounded lists under a new name: only counted, its body not read */
  countOnly: boolean;
  name: string;
  classname: string;
  file: string;
  line: string;
  suite: Suite;
  problem?: { message: string; type: string; body: string } | undefined;
  skipped: boolean;
}

/**
 * Reads JUnit XML reports (vitest, jest-junit, pytest, mocha xunit, node --test junit, Surefire,
 * Gradle, …) as a stream: every testcase wherever it sits (under a testsuite or straight under
 * testsuites), its failure or error with file and line from attributes or the stack. Feed one or
 * more documents (`next()` between files); memory is one failure body and the bounded sink.
 */
export class JunitReader {
  readonly result: JunitResult;
  private xml: XmlStream;
  private decoder = new StringDecoder('utf8');
  private readonly suites: Suite[] = [];
  private current: Case | undefined;
  private inProblem = false;
  private bytes = 0;

  constructor(limits?: { detailed?: number; named?: number }) {
    this.result = { tests: 0, passed: 0, failed: 0, skipped: 0, sink: new FailureSink(limits) };
    this.xml = new XmlStream(this.handler());
  }

  write(chunk: Buffer | string): void {
    this.bytes += chunk.length;
    if (this.bytes > MAX_JUNIT_BYTES) throw new Error(`JUnit report is larger than ${MAX_JUNIT_BYTES / 1024 / 1024} MB`);
    this.xml.write(typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
  }

  /** Ends the current document (throws if it is not well-formed) and gets ready for another. */
  next(): void {
    this.xml.write(this.decoder.end());
    this.xml.end();
    this.xml = new XmlStream(this.handler());
    this.decoder = new StringDecoder('utf8');
    this.suites.length = 0;
    this.current = undefined;
    this.inProblem = false;
  }

  private handler(): XmlHandler {
    return {
      open: (name, a) => this.open(name, a),
      close: (name) => this.close(name),
      text: (data) => {
        const p = this.current?.problem;
        if (this.inProblem && p && p.body.length < MAX_BODY) p.body += data.slice(0, MAX_BODY - p.body.length);
      },
      ignoresText: () => {
        const c = this.current;
        return !this.inProblem || !c?.problem || c.countOnly || c.problem.body.length >= MAX_BODY;
      },
    };
  }

  private open(name: string, a: Map<string, string>): void {
    if (name === 'testsuite') {
      const parent = this.suites[this.suites.length - 1];
      const own = a.get('name') ?? '';
      const path = !parent || GENERIC_SUITES.test(parent.name) ? own : `${parent.name} > ${own}`;
      this.suites.push({ name: path, file: a.get('file') ?? parent?.file ?? '' });
    } else if (name === 'testcase') {
      const suite = this.suites[this.suites.length - 1] ?? { name: '', file: '' };
      this.current = { countOnly: false, name: a.get('name') ?? '', classname: a.get('classname') ?? '', file: a.get('file') ?? '', line: a.get('line') ?? '', suite, skipped: false };
    } else if (this.current && (name === 'failure' || name === 'error')) {
      if (!this.current.problem) {
        // the sink cannot change before this testcase closes: whether it is only counted is known now
        const { short, fullName } = caseNames(this.current);
        this.current.countOnly = this.result.sink.onlyCounts(short, fullName);
      }
      this.current.problem ??= { message: a.get('message') ?? '', type: a.get('type') ?? '', body: '' };
      this.inProblem = true;
    } else if (this.current && name === 'skipped') {
      this.current.skipped = true;
    }
  }

  private close(name: string): void {
    if (name === 'testsuite') this.suites.pop();
    else if (name === 'failure' || name === 'error') this.inProblem = false;
    else if (name === 'testcase' && this.current) {
      readCase(this.current, this.result);
      this.current = undefined;
    }
  }
}

/** Reads one report held in memory. Throws on XML that is not well-formed; tests = 0 when it holds no testcase. */
export function readJunit(xml: string, limits?: { detailed?: number; named?: number }): JunitResult {
  const reader = new JunitReader(limits);
  try {
    reader.write(xml);
    reader.next();
  } catch (error) {
    throw wrap(error);
  }
  return reader.result;
}

/** Reads report files one after another, streamed in fixed chunks (see readChunks), into one result. */
export async function readJunitFiles(files: string[], limits?: { detailed?: number; named?: number }): Promise<JunitResult> {
  const reader = new JunitReader(limits);
  for (const file of files) {
    try {
      await readChunks(file, (chunk) => reader.write(chunk));
      reader.next();
    } catch (error) {
      throw wrap(error, files.length > 1 ? file : undefined);
    }
  }
  return reader.result;
}

/** Report files too large to read together (over MAX_JUNIT_BYTES); the caller falls back to the text output or refuses. */
export interface JunitTooLarge {
  tooLarge: true;
  bytes: number;
}

/**
 * The one reader of report files found on disk: `bytes` (their total size) over MAX_JUNIT_BYTES gives
 * JunitTooLarge without reading anything; a report that cannot be read or parsed gives an Error (the
 * summary says so and uses the text output) instead of throwing.
 */
export async function readJunitReports(files: string[], bytes: number): Promise<JunitResult | Error | JunitTooLarge> {
  if (bytes > MAX_JUNIT_BYTES) return { tooLarge: true, bytes };
  return readJunitFiles(files).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
}

function wrap(error: unknown, file?: string): Error {
  const where = file ? ` ${file}` : '';
  if (error instanceof XmlSyntaxError) return new Error(`JUnit report${where} is not valid XML (${error.message})`);
  return new Error(`JUnit report${where}: ${error instanceof Error ? error.message : String(error)}`);
}

/** node's junit reporter escapes text that was already escaped (`&amp;quot;`): undo the second layer. */
function unescapeTwice(text: string): string {
  return /&(?:quot|apos|lt|gt|amp|#\d{1,7}|#x[0-9a-fA-F]{1,6});/.test(text) ? decodeEntities(text) : text;
}

/** The test's name as the summary shows it, and its class or suite. */
function caseNames(tc: Case): { name: string; classname: string; short: string; fullName: string } {
  const suiteName = tc.suite.name;
  const name = unescapeTwice(tc.name) || 'unnamed test';
  let classname = tc.classname;
  if ((!classname || classname === 'test') && !GENERIC_SUITES.test(suiteName)) classname = suiteName;
  const fullName = !classname || name.startsWith(classname) || classname.endsWith(name) ? name : `${classname} > ${name}`;
  // vitest writes the describe path into the name (`math > parses config`): the test is the last part
  const short = name.includes(' > ') ? (name.split(' > ').pop() ?? name) : name;
  return { name, classname, short, fullName };
}

function readCase(tc: Case, out: JunitResult): void {
  out.tests += 1;
  const problem = tc.problem;
  if (!problem) {
    if (tc.skipped) out.skipped += 1;
    else out.passed += 1;
    return;
  }
  out.failed += 1;
  // past the bounded lists a new name is only counted: its body was not even kept
  if (tc.countOnly) {
    out.sink.countOnly(false);
    return;
  }
  const { classname, short, fullName } = caseNames(tc);
  const body = unescapeTwice(problem.body);
  const fileAttr = tc.file || tc.suite.file || (/\.\w{1,5}$/.test(classname) && classname.includes('/') ? classname : '');
  const draft = new Draft(short, fullName, { file: fileAttr ? tidyPath(fileAttr) : undefined });
  locate(draft, Number(tc.line), body, /^[\w.$]+$/.test(tc.classname) ? tc.classname : '');
  let message = unescapeTwice(problem.message);
  // vitest puts the error's class in `type` and only the text in `message`
  if (message && /^[\w.$]*(?:Error|Exception|Failure)$/.test(problem.type) && !message.startsWith(problem.type)) message = `${problem.type}: ${message}`;
  if (message) for (const l of message.split('\n')) draft.msg.add(l);
  if (draft.msg.length === 0) {
    for (const l of body.split('\n')) {
      if (/^\s*at\s|^\s*❯|^\s*\d+\s*\|/.test(l)) break;
      if (!draft.msg.add(l)) break;
    }
  }
  draft.commit(out.sink);
}

function locate(draft: Draft, lineAttr: number, body: string, module: string): void {
  let ownPy = false;
  if (Number.isFinite(lineAttr) && lineAttr > 0) {
    draft.at(draft.file, lineAttr);
    return;
  }
  // pytest names the crash line last (`tests/x.py:10: Error`); stacks name it first
  let py: RegExpExecArray | undefined;
  for (const m of body.matchAll(/^(\S{1,300}\.py):(\d{1,9}): /gm)) {
    // the test module's own line beats the helper or conftest that raised (`tests.test_x` ↔ tests/test_x.py)
    const own = module !== '' && module.startsWith(tidyPath(m[1] ?? '').slice(0, -3).replaceAll('/', '.'));
    if (own || !py || !ownPy) {
      py = m;
      ownPy = own;
    }
  }
  if (py) {
    draft.at(tidyPath(py[1] ?? ''), Number(py[2]));
    return;
  }
  // a JVM stack (Surefire, Gradle, the JUnit 5 launcher): the frame in the test's own class
  if (body.includes('\tat ') || body.includes('\n    at ')) {
    const trace = new JvmTrace(module || undefined);
    for (const l of body.split('\n')) {
      const f = jvmFrame(l);
      if (f) trace.add(f);
    }
    const at = trace.place;
    if (at) {
      draft.at(at.file, at.line);
      return;
    }
  }
  const loc = firstLocation(body, draft.file);
  if (loc && (!draft.file || sameFile(loc.file, draft.file))) draft.at(loc.file, loc.line);
}
