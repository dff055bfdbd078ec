import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { summarizeText } from '../../src/profiles/summary/index.js';
import type { FailureSummary } from '../../src/profiles/types.js';

export const RUNNERS = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'runners');

export interface ExpectedFailure {
  name: string;
  full_name?: string;
  file?: string;
  line?: number;
  message_contains?: string[];
}

export interface Meta {
  runner: string;
  case: string;
  exit_code: number;
  color: boolean;
  runner_detectable?: boolean;
  expected: {
    kind: FailureSummary['kind'];
    passed: number | null;
    failed: number | null;
    failures: ExpectedFailure[];
    message_contains?: string[];
  };
}

export interface Fixture {
  dir: string;
  name: string;
  meta: Meta;
  log: string;
  junit?: string;
}

/** The fixtures of one runner's folder (written by generate-lang.sh or generate.sh). */
export function fixturesOf(dir: string): Fixture[] {
  const root = join(RUNNERS, dir);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((f) => f.endsWith('.meta.json'))
    .map((file) => {
      const name = file.slice(0, -'.meta.json'.length);
      const meta = JSON.parse(readFileSync(join(root, file), 'utf8')) as Meta;
      const junitPath = join(root, `${name}.junit.xml`);
      const fx: Fixture = { dir, name, meta, log: readFileSync(join(root, `${name}.log`), 'utf8') };
      if (existsSync(junitPath)) fx.junit = readFileSync(junitPath, 'utf8');
      return fx;
    });
}

export function fixture(dir: string, name: string): Fixture {
  const fx = fixturesOf(dir).find((f) => f.name === name);
  if (!fx) throw new Error(`no fixture ${dir}/${name}`);
  return fx;
}

export function summarize(fx: Fixture): FailureSummary {
  return summarizeText(fx.log, { exitCode: fx.meta.exit_code });
}

/** Checks a summary against what the real project held (meta.json): kind, counts, names, files, lines, messages. */
export function expectMatchesMeta(s: FailureSummary, meta: Meta): void {
  const e = meta.expected;
  expect(s.kind, s.text).toBe(e.kind);
  if (meta.runner_detectable !== false) expect(s.runner).toBe(meta.runner);
  expect(s.failed, s.text).toBe(e.failed ?? 0);
  expect(s.passed, s.text).toBe(e.passed ?? 0);
  expect(s.failures.map((f) => f.name).sort(), s.text).toEqual(e.failures.map((f) => f.name).sort());
  for (const want of e.failures) {
    const got = s.failures.find((f) => f.name === want.name && (!want.file || (f.file ?? '').endsWith(want.file)) && (want.line === undefined || f.line === want.line));
    expect(got, `${want.name} ${want.file}:${want.line} in ${JSON.stringify(s.failures, null, 1)}`).toBeDefined();
    if (!got) continue;
    if (want.full_name) expect(got.full_name).toBe(want.full_name);
    for (const bit of want.message_contains ?? []) expect(got.message).toContain(bit);
    expect(s.text).toContain(got.full_name);
  }
  for (const bit of e.message_contains ?? []) expect(s.text).toContain(bit);
  expect(Buffer.byteLength(s.text)).toBeLessThanOrEqual(8192);
  expect(s.text).not.toMatch(/\x1b/);
}

/** One test per fixture of these folders: the summary of the real output matches what the project held. */
export function fixtureTests(dirs: string[], only?: (fx: Fixture) => boolean): void {
  for (const dir of dirs) {
    for (const fx of fixturesOf(dir).filter(only ?? (() => true))) {
      it(`${dir}/${fx.name}: ${fx.meta.expected.kind}, ${fx.meta.expected.failed ?? 0} failed, names, files and lines of the real project`, () => {
        expectMatchesMeta(summarize(fx), fx.meta);
      });
    }
  }
}
