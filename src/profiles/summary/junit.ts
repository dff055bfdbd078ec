import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Draft, FailureSink } from './sink.js';
import { firstLocation, sameFile, tidyPath } from './location.js';

export interface JunitResult {
  tests: number;
  passed: number;
  failed: number;
  skipped: number;
  sink: FailureSink;
}

type Node = Record<string, unknown>;

/** JUnit files above this size are not read whole; the text of the log is used instead. */
export const MAX_JUNIT_BYTES = 64 * 1024 * 1024;

const parser = new XMLParser({
  ignoreAttributes: false,
  // attributes apart from children: node's reporter has both a `failure` attribute and a <failure> element
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
});

function asNodes(v: unknown): Node[] {
  const list: unknown[] = Array.isArray(v) ? v : v === undefined ? [] : [v];
  // an element with text and no attributes comes back as a bare string
  return list.flatMap((x): Node[] => (typeof x === 'string' ? [{ '#text': x }] : typeof x === 'object' && x !== null ? [x as Node] : []));
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function textOf(n: Node): string {
  return str(n['#text']);
}

/**
 * Reads a JUnit XML report (vitest, jest-junit, pytest, mocha xunit, node --test junit, …):
 * every testcase, its failure/error with file and line from attributes or the stack.
 * Throws on XML that does not parse; returns tests = 0 when the report holds no testcase.
 */
export function readJunit(xml: string, limits?: { detailed?: number; named?: number }): JunitResult {
  if (xml.length > MAX_JUNIT_BYTES) throw new Error(`JUnit report is larger than ${MAX_JUNIT_BYTES / 1024 / 1024} MB`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`JUnit report is not valid XML (line ${valid.err.line}: ${valid.err.msg})`);
  const doc = parser.parse(xml) as Node;
  const out: JunitResult = { tests: 0, passed: 0, failed: 0, skipped: 0, sink: new FailureSink(limits) };
  const roots = [...asNodes(doc['testsuites']), ...asNodes(doc['testsuite']).map((s) => ({ testsuite: [s] }) as Node)];
  for (const root of roots) {
    for (const suite of asNodes(root['testsuite'])) walkSuite(suite, out, str(suite['@_file']), str(suite['@_name']));
  }
  return out;
}

// suite names that say nothing about the test (the reporter's own name)
const GENERIC_SUITES = /^(pytest|Mocha Tests|jest tests|vitest tests|root|)$/;

function walkSuite(suite: Node, out: JunitResult, suiteFile: string, suiteName: string): void {
  for (const tc of asNodes(suite['testcase'])) readCase(tc, out, suiteFile, suiteName);
  for (const nested of asNodes(suite['testsuite'])) {
    const name = str(nested['@_name']);
    const path = GENERIC_SUITES.test(suiteName) ? name : `${suiteName} > ${name}`;
    walkSuite(nested, out, str(nested['@_file']) || suiteFile, path);
  }
}

function readCase(tc: Node, out: JunitResult, suiteFile: string, suiteName: string): void {
  out.tests += 1;
  const problems = [...asNodes(tc['failure']), ...asNodes(tc['error'])];
  if (problems.length === 0) {
    if (tc['skipped'] !== undefined) out.skipped += 1;
    else out.passed += 1;
    return;
  }
  out.failed += 1;
  const name = str(tc['@_name']) || 'unnamed test';
  let classname = str(tc['@_classname']);
  if ((!classname || classname === 'test') && !GENERIC_SUITES.test(suiteName)) classname = suiteName;
  const fullName = !classname || name.startsWith(classname) || classname.endsWith(name) ? name : `${classname} > ${name}`;
  const problem = problems[0] ?? {};
  const body = textOf(problem);
  const fileAttr = str(tc['@_file']) || suiteFile || (/\.\w{1,5}$/.test(classname) && classname.includes('/') ? classname : '');
  const draft = new Draft(name, fullName, { file: fileAttr ? tidyPath(fileAttr) : undefined });
  const lineAttr = Number(str(tc['@_line']));
  if (Number.isFinite(lineAttr) && lineAttr > 0) draft.at(draft.file, lineAttr);
  else {
    // pytest names the crash line last (`tests/x.py:10: Error`); stacks name it first
    const pyLines = [...body.matchAll(/^(\S+\.py):(\d+): /gm)];
    const py = pyLines[pyLines.length - 1];
    if (py) draft.at(tidyPath(py[1] ?? ''), Number(py[2]));
    else {
      const loc = firstLocation(body, draft.file);
      if (loc && (!draft.file || sameFile(loc.file, draft.file))) draft.at(loc.file, loc.line);
      else if (loc && !draft.file) draft.at(loc.file, loc.line);
    }
  }
  const message = str(problem['@_message']);
  if (message) for (const l of message.split('\n')) draft.msg.add(l);
  if (draft.msg.length === 0) {
    for (const l of body.split('\n')) {
      if (/^\s*at\s|^\s*❯|^\s*\d+\s*\|/.test(l)) break;
      draft.msg.add(l);
      if (draft.msg.length >= 4) break;
    }
  }
  draft.commit(out.sink);
}
