import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { isTestFile, isUserFile, tidyPath } from '../location.js';

const MAX_VALUE = 20_000;
/** what is remembered by test name (open failures, ignored tests, places) and suite depth: a log cannot grow it */
const MAX_NAMES = 10_000;
const MAX_HINTS = 1000;
const MAX_DEPTH = 64;
// a place in a locationHint (`php_qn:///app/tests/CartTest.php::\CartTest::testSums`, `file:///app/a.test.js:12`)
const HINT = /^(?:[a-z_]{1,20}:\/\/)?(\/?[^:\s]{1,500}?\.\w{1,10})(?::(\d+))?(?:::|$)/;
const PLACE = /(\/?[^\s:'"()]{1,500}\.\w{1,10}):(\d+)/;
// PHPUnit reports a test without assertions as failed in its messages, and as risky (not failed) in its totals
const RISKY = /^This test did not perform any assertions/;

/** TeamCity's escapes: |' |n |r |x |l |p |[ |] || and |0xNNNN. */
function unescape(value: string): string {
  return value.replace(/\|(0x[0-9a-fA-F]{4}|.)/g, (_, c: string) => {
    if (c.length > 1) return String.fromCharCode(Number.parseInt(c.slice(2), 16));
    return c === 'n' ? '\n' : c === 'r' ? '\r' : c === 'x' ? '\u0085' : c === 'l' ? '\u2028' : c === 'p' ? '\u2029' : c;
  });
}

/** The attributes of a service message, read by hand (a value cut at the end of a long line is kept as far as it goes). */
function attributes(text: string, from: number): Map<string, string> {
  const out = new Map<string, string>();
  let i = from;
  while (i < text.length && out.size < 32) {
    while (text.charCodeAt(i) === 32) i += 1;
    const eq = text.indexOf("='", i);
    if (eq < 0 || eq - i > 40) break;
    const key = text.slice(i, eq);
    let j = eq + 2;
    while (j < text.length && text[j] !== "'") j += text[j] === '|' ? 2 : 1;
    out.set(key, unescape(text.slice(eq + 2, Math.min(j, eq + 2 + MAX_VALUE))));
    i = j + 1;
  }
  return out;
}

/**
 * TeamCity service messages (`##teamcity[testFailed name='…' message='…' details='…']`), as PHPUnit
 * `--teamcity`, mocha-teamcity-reporter, jest-teamcity and pytest's teamcity-messages print them: a failure
 * per testFailed, named within its suites and placed by the first test-file place of its details or by
 * its locationHint; passes counted from testFinished. PHPUnit's parser hands its `--teamcity` lines here.
 */
export function teamcityParser(sink: FailureSink): RunnerParser {
  return new TeamcityParser(sink);
}

export class TeamcityParser implements RunnerParser {
  readonly runner = 'teamcity';
  private readonly suites: string[] = [];
  /** suites opened past MAX_DEPTH, closed before the kept ones */
  private deeper = 0;
  private readonly hints = new Map<string, { file: string; line?: number | undefined }>();
  private readonly failedNow = new Set<string>();
  private readonly ignored = new Set<string>();
  private readonly counted = { passed: 0, failed: 0, seen: false };

  constructor(private readonly sink: FailureSink) {}

  line(text: string): void {
    if (!text.startsWith('##teamcity[')) return;
    let end = 11;
    while (end < text.length && text.charCodeAt(end) !== 32 && text.charCodeAt(end) !== 93) end += 1;
    const event = text.slice(11, end);
    const a = attributes(text, end);
    const name = a.get('name') ?? '';
    if (event === 'testSuiteStarted') this.openSuite(name);
    else if (event === 'testSuiteFinished') this.closeSuite();
    else if (event === 'testStarted') this.started(name, a.get('locationHint'));
    else if (event === 'testFailed') this.failed(name, a);
    else if (event === 'testFinished') this.finished(name);
    else if (event === 'testIgnored' && this.ignored.size < MAX_NAMES) this.ignored.add(name);
  }

  private openSuite(name: string): void {
    if (this.suites.length < MAX_DEPTH) this.suites.push(name);
    else this.deeper += 1;
  }

  private closeSuite(): void {
    if (this.deeper > 0) this.deeper -= 1;
    else this.suites.pop();
  }

  finish(): ParserOutcome {
    const { passed, failed, seen } = this.counted;
    return { passed: seen ? passed : null, failed, sawResults: seen };
  }

  private started(name: string, hint: string | undefined): void {
    this.counted.seen = true;
    const m = hint ? HINT.exec(hint) : null;
    if (m && this.hints.size < MAX_HINTS) this.hints.set(name, { file: tidyPath(m[1] ?? ''), line: m[2] ? Number(m[2]) : undefined });
  }

  private failed(name: string, a: Map<string, string>): void {
    this.counted.seen = true;
    const message = a.get('message') ?? '';
    if (RISKY.test(message)) return;
    if (!this.failedNow.has(name)) this.counted.failed += 1;
    if (this.failedNow.size < MAX_NAMES) this.failedNow.add(name);
    // suites named by a path (PHPUnit's folder) say nothing; a data provider's suite is the test's own name
    const suites = this.suites.filter((s) => s && !s.includes('/') && !name.startsWith(s));
    const d = new Draft(name, [...suites, name].join(' > '));
    // PHPUnit writes an exception as `RuntimeException : message`
    for (const l of message.replace(/^([\w\\.]{1,200}) : /, '$1: ').split('\n')) d.msg.add(l);
    // a comparison failure carries both sides: a diff of their lines, the way the runners print one
    const expected = a.get('expected');
    const actual = a.get('actual');
    if (expected !== undefined && actual !== undefined) this.sides(d, expected, actual);
    const details = a.get('details') ?? '';
    const places = details.split('\n').flatMap((l) => {
      const p = PLACE.exec(l);
      return p ? [{ file: tidyPath(p[1] ?? ''), line: Number(p[2]) }] : [];
    });
    const own = places.find((p) => isTestFile(p.file)) ?? places.find((p) => isUserFile(p.file));
    const hint = this.hints.get(name);
    if (own) d.at(own.file, own.line);
    else if (hint) {
      d.file = hint.file;
      d.line = hint.line;
    }
    // the details are the stack (which repeats the message) or PHPUnit's places: the message when there is none
    if (d.msg.length === 0) for (const l of details.split('\n').slice(0, 8)) if (!PLACE.test(l) && !/^\s*at /.test(l)) d.msg.add(l);
    d.commit(this.sink);
  }

  /** The differing lines of the two sides, as `- expected` / `+ actual` lines after a legend. */
  private sides(d: Draft, expected: string, actual: string): void {
    const want = expected.split('\n').slice(0, 200);
    const got = actual.split('\n').slice(0, 200);
    d.msg.add('--- Expected');
    d.msg.add('+++ Actual');
    for (let i = 0; i < Math.max(want.length, got.length); i += 1) {
      if (want[i] === got[i]) continue;
      if (want[i] !== undefined) d.msg.add(`-${want[i]}`);
      if (got[i] !== undefined) d.msg.add(`+${got[i]}`);
    }
  }

  private finished(name: string): void {
    if (this.ignored.delete(name)) return;
    if (!this.failedNow.delete(name)) this.counted.passed += 1;
  }
}
