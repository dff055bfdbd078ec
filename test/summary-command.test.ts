import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { summarizeCommand } from '../src/commands/summarize.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'runners');
const tmp = mkdtempSync(join(tmpdir(), 'droid-summarize-cmd-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await summarizeCommand(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('droid-ci summarize', () => {
  it('prints the compact summary of a log', async () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'pytest/fail.meta.json'), 'utf8')) as { expected: { failed: number; passed: number } };
    const r = await run([join(ROOT, 'pytest/fail.log'), '--exit-code', '1']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe(`FAILED [pytest]: ${meta.expected.failed} failed, ${meta.expected.passed} passed`);
    expect(r.out).toContain('tests/test_strings.py::TestStrings::test_trims (tests/test_strings.py:6)');
    expect(r.err).toBe('');
  });

  it('prints JSON with kind, runner, counts, failures and text', async () => {
    const r = await run([join(ROOT, 'cargo-test/fail.log'), '--exit-code', '101', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(j).sort()).toEqual(['failed', 'failures', 'kind', 'passed', 'runner', 'text']);
    expect(j).toMatchObject({ kind: 'test-failures', runner: 'cargo-test', failed: 2, passed: 2 });
    expect(j['failures']).toContainEqual(expect.objectContaining({ name: 'tests::parses_config', file: 'src/lib.rs', line: 6, message: 'config file missing' }));
  });

  it('reads every report a --junit folder or glob names, and says when it matches nothing', async () => {
    const dir = join(tmp, 'reports');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'TEST-vitest.xml'), readFileSync(join(ROOT, 'vitest/fail.junit.xml')));
    writeFileSync(join(dir, 'TEST-jest.xml'), readFileSync(join(ROOT, 'jest/fail.junit.xml')));
    for (const spec of [dir, join(dir, 'TEST-*.xml')]) {
      const r = await run([join(ROOT, 'vitest/fail.log'), '--junit', spec, '--json']);
      const j = JSON.parse(r.out) as { runner: string; failed: number };
      expect(j).toMatchObject({ runner: 'junit', failed: 6 });
    }
    const none = await run([join(ROOT, 'vitest/fail.log'), '--junit', join(dir, '*.junit')]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/matches no file/);
  });

  it('uses a JUnit report given with --junit', async () => {
    const r = await run([join(ROOT, 'vitest/fail.log'), '--junit', join(ROOT, 'vitest/fail.junit.xml'), '--json']);
    const j = JSON.parse(r.out) as { runner: string; failed: number; failures: { full_name: string; line: number }[] };
    expect(j.runner).toBe('junit');
    expect(j.failed).toBe(3);
    expect(j.failures.map((f) => f.full_name)).toContain('test/math.test.js > math > parses config');
  });

  it('calls an empty log with exit code 127 a missing command', async () => {
    const empty = join(tmp, 'empty.log');
    writeFileSync(empty, '');
    const r = await run([empty, '--exit-code', '127', '--json']);
    expect(JSON.parse(r.out)).toMatchObject({ kind: 'infra-error' });
  });

  it('prints its usage with --help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('use - for standard input');
  });

  it('refuses unknown flags, a missing log, a missing file and a bad exit code with exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['--nope', 'x.log'], /Unknown option '--nope'/],
      [[], /missing the log file/],
      [[join(tmp, 'absent.log')], /absent\.log does not exist/],
      [[join(ROOT, 'jest/fail.log'), '--exit-code', 'one'], /--exit-code must be a whole number/],
      [[join(ROOT, 'jest/fail.log'), '--junit', join(tmp, 'nope.xml')], /JUnit report .*nope\.xml does not exist/],
      [[tmp], /is not a file/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.out).toBe('');
    }
  });

  it('summarises the same log the same way as the library (a real fixture end to end)', async () => {
    const r = await run([join(ROOT, 'go-test/panic-verbose.log'), '--exit-code', '1', '--json']);
    const j = JSON.parse(r.out) as { failures: { name: string; file: string; line: number }[] };
    const meta = JSON.parse(readFileSync(join(ROOT, 'go-test/panic-verbose.meta.json'), 'utf8')) as { expected: { failures: { name: string; line: number }[] } };
    expect(j.failures.map((f) => [f.name, f.line])).toEqual(meta.expected.failures.map((f) => [f.name, f.line]));
  });
});
