import type { ParserFactory } from './parser.js';
import { vitestParser } from './parsers/vitest.js';
import { jestParser } from './parsers/jest.js';
import { mochaParser } from './parsers/mocha.js';
import { nodeTapParser } from './parsers/node-tap.js';
import { nodeSpecParser } from './parsers/node-spec.js';
import { pytestParser } from './parsers/pytest.js';
import { goTestParser } from './parsers/go-test.js';
import { cargoTestParser } from './parsers/cargo-test.js';
import { tscParser } from './parsers/tsc.js';
import { eslintParser } from './parsers/eslint.js';
import { bunParser } from './parsers/bun.js';
import { denoParser } from './parsers/deno.js';
import { uvuParser } from './parsers/uvu.js';
import { jasmineParser } from './parsers/jasmine.js';
import { avaParser } from './parsers/ava.js';
import { biomeParser } from './parsers/biome.js';
import { prettierParser } from './parsers/prettier.js';
import { genericParser } from './parsers/generic.js';
import { clippyParser } from './parsers/clippy.js';
import { unittestParser } from './parsers/unittest.js';
import { mypyParser } from './parsers/mypy.js';
import { pyrightParser } from './parsers/pyright.js';
import { shellcheckParser } from './parsers/shellcheck.js';
import { batsParser } from './parsers/bats.js';
import { rspecParser } from './parsers/rspec.js';
import { minitestParser } from './parsers/minitest.js';
import { phpunitParser } from './parsers/phpunit.js';
import { junit4Parser } from './parsers/junit4.js';
import { junit5Parser } from './parsers/junit5.js';
import { mavenParser } from './parsers/maven.js';
import { gradleParser } from './parsers/gradle.js';
import { teamcityParser } from './parsers/teamcity.js';

interface Signature {
  parser: ParserFactory;
  /** lines only this runner prints; the first line matching any signature decides */
  lines: RegExp[];
}

/**
 * Signatures in priority order. Each is a line the runner prints early (a banner, a result line) or
 * at the latest before its failure details end, so the lines held back until detection are enough.
 */
const SIGNATURES: Signature[] = [
  {
    parser: vitestParser,
    lines: [/^ RUN {2}v\d+\.\d+/, /^ (?:✓|❯|×) \S+\.\w+ \(\d+ tests?/, /^ [✓×] \S+\.\w+ > /, /^⎯{3,} Failed (?:Tests|Suites) \d+ ⎯/, /^ FAIL {2}\S+ > /, /^ Test Files {2}\d+ /, /^⎯{3,} Startup Error ⎯/, /^failed to load config from \S+vitest\.config/],
  },
  {
    parser: jestParser,
    // in colour a status is a badge (` PASS `), perhaps with a project's (` api `): the line ends at the file
    // (vitest's ` FAIL  file > test` and ` FAIL  file [ file ]` go on)
    lines: [/^(?:PASS|FAIL) \S+\.[cm]?[jt]sx?\b/, /^ (?:PASS|FAIL) {2}(?: [^\s|]{1,100} {2})?\S+\.[cm]?[jt]sx?(?: \(\d[^)]{0,40}\))?$/, /^Test Suites: \d+ /, /^Tests: {7}\d+ /],
  },
  { parser: pytestParser, lines: [/^={5,} test session starts ={5,}$/, /^={5,} (?:FAILURES|ERRORS|short test summary info) ={5,}$/, /^collected \d+ items?\b/, /^(?:FAILED|PASSED|ERROR) \S+\.py::/] },
  { parser: nodeTapParser, lines: [/^TAP version 1[34]$/, /^# Subtest: /, /^not ok 1 /, /^ok 1 /] },
  { parser: nodeSpecParser, lines: [/^ℹ (?:tests|pass|fail) \d+$/, /^ *[✔✖] .+ \(\d+\.\d+ms\)$/, /^▶ \S/] },
  { parser: mochaParser, lines: [/^ {2}\d+ passing \(\d+m?s\)$/, /^ {2}\d+ failing$/] },
  {
    parser: goTestParser,
    lines: [/^=== RUN {3}\S/, /^ *--- (?:FAIL|PASS): \S+ \(\d/, /^(?:ok|FAIL) *\t\S+\t(?:[\d.]+s|\(cached\))/, /^FAIL\t\S+ \[(?:build|setup) failed\]$/, /^# \S+ \[\S+\.test\]$/],
  },
  { parser: cargoTestParser, lines: [/^running \d+ tests?$/, /^test result: (?:ok|FAILED)\. /, /^ {3}Compiling \S+ v\d/, /^error: could not compile `/] },
  { parser: tscParser, lines: [/^\S.*\(\d+,\d+\): error TS\d+: /, /^\S.*:\d+:\d+ - error TS\d+: /, /^Found \d+ errors? in (?:\d+ files?\.$|\S+:\d+$)/, /^error TS\d+: /] },
  { parser: eslintParser, lines: [/^✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/, /^ {2}\d+:\d+ {1,}(?:error|warning) {2}/] },
  { parser: bunParser, lines: [/^bun test v\d/, /^Ran \d+ tests? across \d+ files?\. /] },
  { parser: denoParser, lines: [/^running \d+ tests? from \S/, /^(?:FAILED|ok) \| \d+ passed(?: \(\d+ steps?\))? \| \d+ failed/] },
  { parser: uvuParser, lines: [/^[•✘ ]+ {2}\(\d+ \/ \d+\)$/, /^ {2}Total: {5}\d+$/] },
  { parser: jasmineParser, lines: [/^Randomized with seed \d+$/, /^\d+ specs?, \d+ failures?/] },
  { parser: avaParser, lines: [/^ {2}✘ \[fail\]: /, /^ {2}\d+ tests? (?:failed|passed)$/] },
  { parser: biomeParser, lines: [/^\S+:\d+:\d+ (?:lint|assist)\/\w+\/\w+/, /^Checked \d+ files? in [\d.]+m?s\./] },
  { parser: prettierParser, lines: [/^Checking formatting\.\.\.$/, /^\[warn\] Code style issues /] },
  // non-JS runners (sumlang)
  { parser: pytestParser, lines: [/^\d+ passed(?:, \d+ \w+)* in \d+\.\d+s$/] },
  { parser: goTestParser, lines: [/^\{"Time":"[^"]{1,64}","Action":"(?:start|run|output|pass|fail|skip)","Package":"/] },
  { parser: clippyParser, lines: [/^ {4}Checking \S+ v\d/, /^ *= help: for further information visit https:\/\/rust-lang\.github\.io\/rust-clippy\//] },
  { parser: unittestParser, lines: [/^(?:FAIL|ERROR): \S+ \(\S+\)/, /^Ran \d+ tests? in \d+\.\d+s$/] },
  { parser: mypyParser, lines: [/^[^\s:]{1,500}\.pyi?:\d+(?::\d+)?: (?:error|warning): /, /^Success: no issues found in \d+ source files?$/, /^Found \d+ errors? in \d+ files? \(checked \d+ source files?\)$/] },
  { parser: pyrightParser, lines: [/^ {2}\S.{0,999}?:\d+:\d+ - (?:error|warning|information): /, /^\d+ errors?, \d+ warnings?, \d+ informations? ?$/] },
  { parser: shellcheckParser, lines: [/^ *\^-*\^? SC\d{4} \((?:error|warning|info|style)\): /, /^\S+:\d+:\d+: (?:error|warning|note|info|style): .{0,1000} \[SC\d{4}\]$/] },
  { parser: batsParser, lines: [/^(?:# )? *\(in test file \S.{0,999}?, line \d+\)$/, /^\d+ tests?, \d+ failures?(?:, \d+ skipped)?(?:, \d+ not run)?(?: in \d+ seconds)?$/] },
  { parser: rspecParser, lines: [/^ {5}Failure\/Error: /, /^\d+ examples?, \d+ failures?/, /^Pending: \(Failures listed here are expected/, /^rspec \.\/\S+:\d+ # /, /^An error occurred while loading \.\//] },
  { parser: minitestParser, lines: [/^Run options: .{0,200}--seed \d+/, /^\d+ (?:runs|tests), \d+ assertions, \d+ failures, \d+ errors, \d+ skips$/] },
  { parser: phpunitParser, lines: [/^PHPUnit \d+\.\d+\.\d+ by Sebastian Bergmann/, /^Tests: \d+, Assertions: \d+/] },
  // TeamCity service messages from any runner's teamcity reporter (PHPUnit's own are read by its parser)
  { parser: teamcityParser, lines: [/^##teamcity\[(?:testCount|testSuiteStarted|testStarted) /] },
  // JVM runners (sumjava): the build tools first, as they print the test frameworks' lines too
  {
    parser: mavenParser,
    lines: [/^\[INFO\] Scanning for projects\.\.\.$/, /^\[INFO\] -{3,} <? ?[\w.-]+:[\w.-]+ >? ?-{3,}$/, /^(?:\[INFO\] )? T E S T S$/, /^\[(?:INFO|ERROR|WARNING)\] Tests run: \d+, Failures: \d+, Errors: \d+, Skipped: \d+/, /^\[INFO\] BUILD (?:SUCCESS|FAILURE)$/],
  },
  {
    parser: gradleParser,
    lines: [/^> Task :[\w:-]+/, /^:(?:[\w-]+:)*(?:compileJava|compileTestJava|compileKotlin|test|check|build)(?: (?:UP-TO-DATE|NO-SOURCE|FAILED|SKIPPED|FROM-CACHE))?$/, /^BUILD (?:SUCCESSFUL|FAILED) in \d/, /^\d+ tests? completed, \d+ failed/],
  },
  { parser: junit5Parser, lines: [/^Test run finished after \d+ ms$/, /^\[ +\d+ (?:tests|containers) (?:found|successful|failed) +\]$/, /^[├└]─ JUnit (?:Jupiter|Vintage|Platform Suite) [✔✘]/, /^(?:Started|Finished): {1,8}.{1,400} \(\[engine:/, /^Thanks for using JUnit!/] },
  { parser: junit4Parser, lines: [/^JUnit version \d+\.\d+/, /^Tests run: \d+, {2}Failures: \d+$/] },
];

// A cheap pre-check, which every signature's line passes: most lines of a long log match none. Nearly every
// signature begins (after indentation) with one of the words of START, tried at the line's start only (a count
// only with the word after it: application logs start with dates and times); the
// few whose word sits further on (tsc, pyright, mypy, biome, gcc-style shellcheck) are MIDDLE's. One
// unanchored alternation of all the words cost a regex attempt at every position of every line.
const START = /^[ \t]*(?:PASS|FAIL|RUN|Test|T E S T S|✓|❯|×|⎯|failed to load|={3}|collected|ERROR|TAP version|#|not ok|ok|ℹ|✔|✖|▶|\d+(?: (?:passed|errors?|tests?|examples?|runs|specs?|passing|failing)\b|:\d+ )|--- |running|test result|Compiling|error|Found|bun test|Ran |Randomized|•|✘|\(|Total|Checked|Checking|\[(?:warn|INFO|ERROR|WARNING)\]|\{"Time"|= help|Success|Failure\/Error|Pending|rspec|An error occurred|Run options|PHPUnit|> Task|:|BUILD|\[ +\d|[├└]─|Started|Finished|Thanks for using JUnit|JUnit version|\^)/;
const MIDDLE = /error TS| - (?:error|warning|information): |\.pyi?:\d+(?::\d+)?: (?:error|warning): |:\d+:\d+ (?:lint|assist)\/|\[SC\d{4}\]$/;

/** The parser for output no signature matched: best-guess names, places and counts. */
export const fallbackParser: ParserFactory = genericParser;

/** Every registered parser, in priority order, then the fallback (the fuzz tests run each of them). */
export function registeredParsers(): ParserFactory[] {
  return [...SIGNATURES.map((s) => s.parser), fallbackParser];
}

/**
 * Every signature as one anchored regex, a named group per runner in priority order: a line is tried
 * against all of them in one regex run (at the line's start only), not in one call per signature. The
 * first group that took part in the match is the runner's, which is the loop's answer (each signature
 * is anchored, so each alternative is tried at the line's start, in order).
 */
const ALL_SIGNATURES = new RegExp(
  `^(?:${SIGNATURES.map((s, i) => `(?<s${i}>${s.lines.map((re) => `(?:${anchoredBody(re)})`).join('|')})`).join('|')})`,
);

function anchoredBody(re: RegExp): string {
  if (!re.source.startsWith('^') || re.flags !== '') throw new Error(`a runner signature must be anchored at the line's start and have no flags: ${re.source}`);
  return re.source.slice(1);
}

/** The parser for the runner that printed this line, if the line is one of a runner's signatures. */
export function detectRunner(line: string): ParserFactory | undefined {
  if (!START.test(line) && !MIDDLE.test(line)) return undefined;
  const groups = ALL_SIGNATURES.exec(line)?.groups;
  if (!groups) return undefined;
  for (let i = 0; i < SIGNATURES.length; i += 1) if (groups[`s${i}`] !== undefined) return SIGNATURES[i]?.parser;
  return undefined;
}

/** Which signature a line matches, tried one by one (the tests hold detectRunner, its pre-check and its one regex, to this). */
export function signatureOf(line: string): ParserFactory | undefined {
  for (const s of SIGNATURES) {
    for (const re of s.lines) if (re.test(line)) return s.parser;
  }
  return undefined;
}
