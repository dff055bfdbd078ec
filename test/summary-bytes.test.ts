import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSummarizer, summarizeText } from '../src/profiles/summary/index.js';
import { LineSplitter, MAX_LINE } from '../src/profiles/summary/lines.js';
import { RUNNERS } from './support/lang-fixtures.js';

const LOGS = readdirSync(RUNNERS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(RUNNERS, d.name)).filter((f) => f.endsWith('.log')).map((f) => `${d.name}/${f}`));

/** Feeds bytes through one reused buffer, scribbled over after each write (as summarizeFile's reads do). */
function fromBytes(bytes: Buffer, size: number) {
  const s = createSummarizer({ exitCode: 1 });
  const reused = Buffer.alloc(size);
  for (let i = 0; i < bytes.length; i += size) {
    const n = bytes.copy(reused, 0, i, i + size);
    s.write(reused.subarray(0, n));
    reused.fill(0x7e);
  }
  return s.end();
}

describe('bytes are split before they are decoded, with the same result as the decoded text', () => {
  it('has the real logs', () => expect(LOGS.length).toBeGreaterThan(150));

  it('every real log, in chunks of 7 B, 4 KiB and 256 KiB through a reused buffer, gives the summary of its text', () => {
    for (const log of LOGS) {
      const bytes = readFileSync(join(RUNNERS, log));
      const whole = summarizeText(bytes.toString('utf8'), { exitCode: 1 });
      for (const size of [7, 4096, 256 * 1024]) expect(fromBytes(bytes, size), `${log} in chunks of ${size}`).toEqual(whole);
    }
  });

  it('decodes a non-ASCII line split anywhere, strips colour only where there is colour, and cuts an over-long line', () => {
    const text = `plain\n\x1b[31m✖ fällt\x1b[0m\r\n${'é'.repeat(9000)}\n2026-12-03T13:15:59.1234567Z end ✓\nlast`;
    for (const size of [1, 2, 3, 5, 64]) {
      const lines: string[] = [];
      const splitter = new LineSplitter((l) => lines.push(l));
      const bytes = Buffer.from(text);
      for (let i = 0; i < bytes.length; i += size) splitter.write(Buffer.from(bytes.subarray(i, i + size)));
      splitter.end();
      expect(lines[0]).toBe('plain');
      expect(lines[1]).toBe('✖ fällt');
      expect(lines[2]).toBe('é'.repeat(MAX_LINE));
      expect(lines.slice(3)).toEqual(['end ✓', 'last']);
    }
  });
});
