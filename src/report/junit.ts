import { isAbsolute, posix, relative } from 'node:path';
import { profilePassed, type Failure, type ProfileResult } from '../profiles/types.js';

/**
 * The run's test results as a JUnit XML report (`.droid/junit.xml`), so GitLab's merge request widget
 * (`artifacts: reports: junit:`) and other CI test views show the failing tests.
 *
 * One <testsuite> per profile. Each named failure is a <testcase> with a <failure> (file and line as
 * attributes, as GitLab reads them). Passing tests are only counted (the summariser keeps no names of
 * passing tests): the suite's `tests` attribute is passed + failed. A profile that failed without a
 * named failure (a crash, a timeout, a missing command) is one <testcase> with an <error>.
 * With `root` (the repository), file paths are written relative to it, as GitLab links them.
 */
const MAX_MESSAGE = 1000;
const MAX_TEXT = 8000;

export function junitXml(results: ProfileResult[], options: { root?: string | undefined } = {}): string {
  const suites = results.map((r) => suite(r, options.root));
  const totals = suites.reduce((a, s) => ({ tests: a.tests + s.tests, failures: a.failures + s.failures, errors: a.errors + s.errors, time: a.time + s.time }), {
    tests: 0,
    failures: 0,
    errors: 0,
    time: 0,
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="droid" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}" time="${seconds(totals.time)}">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
  time: number;
}

function suite(result: ProfileResult, root: string | undefined): Suite {
  const { summary } = result;
  const passed = profilePassed(result);
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  if (!passed) {
    for (const failure of summary.failures) {
      cases.push(failureCase(result.name, failure.file ? { ...failure, file: repoPath(failure.file, result.path, root) } : failure));
      failures += 1;
    }
    if (failures === 0) {
      errors = 1;
      const why = result.timedOut ? `timed out: ${result.command}` : `${result.command} exited ${result.exitCode ?? result.signal ?? 'abnormally'}`;
      cases.push(
        `    <testcase classname="${attr(result.name)}" name="${attr(result.name)}">\n` +
          `      <error message="${attr(clip(why, MAX_MESSAGE))}" type="${attr(summary.kind)}">${text(clip(summary.text || result.output, MAX_TEXT))}</error>\n` +
          '    </testcase>',
      );
    }
  }
  // the summary may count more failures than it names (bounded lists); the count is what GitLab totals
  const failedCount = Math.max(summary.failed, failures);
  const tests = Math.max(summary.passed + failedCount + errors, cases.length);
  const head =
    `  <testsuite name="${attr(result.name)}" tests="${tests}" failures="${failedCount}" errors="${errors}" skipped="0" time="${seconds(result.durationMs)}">\n` +
    '    <properties>\n' +
    `      <property name="command" value="${attr(result.command)}"/>\n` +
    `      <property name="path" value="${attr(result.path)}"/>\n` +
    `      <property name="runner" value="${attr(summary.runner)}"/>\n` +
    '    </properties>';
  return { xml: [head, ...cases, '  </testsuite>'].join('\n'), tests, failures: failedCount, errors, time: result.durationMs };
}

function failureCase(profile: string, failure: Failure): string {
  const where = failure.file ? ` file="${attr(failure.file)}"${failure.line !== undefined ? ` line="${failure.line}"` : ''}` : '';
  const classname = failure.file ? `${profile}.${failure.file}` : profile;
  const location = failure.file ? `${failure.file}${failure.line !== undefined ? `:${failure.line}` : ''}\n` : '';
  return (
    `    <testcase classname="${attr(classname)}" name="${attr(failure.full_name || failure.name)}"${where}>\n` +
    `      <failure message="${attr(clip(firstLine(failure.message), MAX_MESSAGE))}" type="failure">${text(clip(location + failure.message, MAX_TEXT))}</failure>\n` +
    '    </testcase>'
  );
}

/** A failure's file as a path from the repository root (runners print absolute or profile-relative paths). */
function repoPath(file: string, profilePath: string, root: string | undefined): string {
  if (isAbsolute(file)) {
    if (!root) return file;
    const rel = relative(root, file).split('\\').join('/');
    return rel.startsWith('../') ? file : rel;
  }
  const clean = file.replace(/\\/g, '/').replace(/^\.\//, '');
  const base = profilePath === '.' || profilePath === '' ? '' : profilePath.replace(/\/+$/, '');
  return !base || clean.startsWith(`${base}/`) ? clean : posix.join(base, clean);
}

function seconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(3);
}

function firstLine(s: string): string {
  return s.split('\n').find((l) => l.trim() !== '') ?? '';
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** XML 1.0 allows only tab, LF, CR and printable characters; ANSI escapes and other controls go. */
function clean(s: string): string {
  return s
    .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function text(s: string): string {
  return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
