import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createSummarizer, summarizeFile, summarizeText } from '../src/profiles/summary/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'runners');
const fixture = (p: string): string => readFileSync(join(ROOT, p), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'droid-summary-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function writeRepeated(path: string, parts: (i: number) => string, minBytes: number): Promise<{ reps: number; bytes: number }> {
  const out = createWriteStream(path);
  let bytes = 0;
  let reps = 0;
  while (bytes < minBytes) {
    const chunk = parts(reps);
    bytes += Buffer.byteLength(chunk);
    reps += 1;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { reps, bytes };
}

describe('summaries of logs of any size', () => {
  it('streams a 50+ MB log of repeated real vitest output into a bounded, correct summary', async () => {
    const log = fixture('vitest/fail-color.log');
    const meta = JSON.parse(fixture('vitest/fail-color.meta.json')) as { expected: { passed: number; failed: number } };
    const path = join(tmp, 'big.log');
    // every repetition names its tests apart, so no two failures are the same
    const distinct = (i: number): string => log.replaceAll('numbers', `numbers ${i}`).replaceAll('config', `config ${i}`).replaceAll('whitespace', `whitespace ${i}`);
    const { reps, bytes } = await writeRepeated(path, distinct, 52 * 1024 * 1024);
    expect(statSync(path).size).toBe(bytes);
    expect(bytes).toBeGreaterThan(50 * 1024 * 1024);

    const s = await summarizeFile(path, { exitCode: 1 });
    expect(s.kind).toBe('test-failures');
    expect(s.runner).toBe('vitest');
    expect(s.failed).toBe(meta.expected.failed * reps);
    expect(s.passed).toBe(meta.expected.passed * reps);
    // full detail for a bounded number, the rest counted
    expect(s.failures.length).toBe(50);
    expect(s.failures[0]).toMatchObject({ name: 'multiplies numbers 0', file: 'test/math.test.js', line: 7 });
    expect(s.failures[2]).toMatchObject({ name: 'trims whitespace 0', file: 'test/strings.test.js', line: 7 });
    expect(s.failures[48]).toMatchObject({ name: 'multiplies numbers 16' });
    expect(Buffer.byteLength(s.text)).toBeLessThanOrEqual(8192);
    const more = /…and (\d+) more failures? not named/.exec(s.text);
    expect(more).not.toBeNull();
    const namedInText = s.text.split('\n').filter((l) => /^(\d+\)|-) /.test(l)).length;
    expect(namedInText + Number(more?.[1])).toBe(s.failed);
  });

  it('lists a failure repeated across runs once, with how many times it failed', () => {
    const log = fixture('go-test/fail-verbose.log');
    const s = summarizeText(log.repeat(400), { exitCode: 1 });
    expect(s.failed).toBe(800);
    expect(s.failures.map((f) => f.name)).toEqual(['TestMultiply', 'TestStrings/trim']);
    expect(s.text).toContain('1) example.com/calc.TestMultiply (math_test.go:13) ×400');
    expect(s.text).not.toMatch(/more failures? not named/);
  });

  it('gives the same summary whatever the chunk boundaries (multi-byte characters split across chunks)', () => {
    for (const p of ['jest/fail-color.log', 'node-test/fail-spec-color.log', 'pytest/fail.log', 'go-test/fail-verbose.log', 'eslint/fail-color.log']) {
      const text = fixture(p);
      const whole = summarizeText(text, { exitCode: 1 });
      const bytes = Buffer.from(text);
      const s = createSummarizer({ exitCode: 1 });
      let seed = 7;
      for (let i = 0; i < bytes.length; ) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        const n = 1 + (seed % 13);
        s.write(bytes.subarray(i, i + n));
        i += n;
      }
      expect(s.end(), p).toEqual(whole);
    }
  });

  it('names every failure, with details while room lasts, and stays under 8 KB with many failures', () => {
    // real jest output, test names made distinct per repetition
    const base = fixture('jest/fail.log');
    const parts: string[] = [];
    for (let i = 0; i < 40; i += 1) parts.push(base.replaceAll('multiplies numbers', `multiplies numbers ${i}`).replaceAll('parses config', `parses config ${i}`).replaceAll('trims whitespace', `trims whitespace ${i}`));
    const s = summarizeText(parts.join(''), { exitCode: 1 });
    expect(s.failed).toBe(120);
    expect(Buffer.byteLength(s.text)).toBeLessThanOrEqual(8192);
    // 50 kept in detail, the other 70 by name: all 120 named (the text has room for these short names)
    expect(s.failures).toHaveLength(50);
    for (let i = 0; i < 40; i += 1) {
      expect(s.text).toContain(`math › multiplies numbers ${i}`);
      expect(s.text).toContain(`strings › trims whitespace ${i}`);
    }
    expect(s.text).toContain('Expected: 7');
  });

  it('keeps memory bounded on a log without newlines and on enormous lines', () => {
    const s = createSummarizer({ exitCode: 1 });
    const junk = 'x'.repeat(1024 * 1024);
    for (let i = 0; i < 20; i += 1) s.write(junk);
    s.write('\n');
    s.write(fixture('pytest/fail.log'));
    const r = s.end();
    const meta = JSON.parse(fixture('pytest/fail.meta.json')) as { expected: { failed: number } };
    expect(r.kind).toBe('test-failures');
    expect(r.failed).toBe(meta.expected.failed);
    expect(Buffer.byteLength(r.text)).toBeLessThanOrEqual(8192);
  });
});
