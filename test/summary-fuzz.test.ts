import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { registeredParsers } from '../src/profiles/summary/detect.js';
import { cleanLine } from '../src/profiles/summary/lines.js';
import { FailureSink } from '../src/profiles/summary/sink.js';
import { createSummarizer } from '../src/profiles/summary/index.js';
import { countOf, type ParserFactory } from '../src/profiles/summary/parser.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'runners');

/** Every distinct line of every committed runner log, cleaned, in order: they put the parsers into their states. */
function realLines(): string[] {
  const seen = new Set<string>();
  for (const dir of readdirSync(ROOT, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(join(ROOT, dir.name)).filter((n) => n.endsWith('.log')).sort()) {
      for (const raw of readFileSync(join(ROOT, dir.name, f), 'utf8').split('\n')) seen.add(cleanLine(raw));
    }
  }
  return [...seen];
}

const REAL = realLines();
// an even sample, so the corpus stays the same size when runners are added
const SAMPLE = REAL.filter((_, i) => i % Math.max(1, Math.floor(REAL.length / 160)) === 0);

/** Tails that make backtracking regexes blow up: padding, runs of one class, separators, near-misses. */
function bodies(n: number): string[] {
  return [
    ' '.repeat(n),
    `${' '.repeat(n)}x`,
    `${' '.repeat(n)}x y`,
    `${'  a'.repeat(n / 3)} b`,
    `${'a'.repeat(n)}:`,
    `${'1'.repeat(n)} `,
    `${'a '.repeat(n / 2)}(`,
    `${'-'.repeat(n)}!`,
    `${'\t'.repeat(n)}|`,
    `${'a:1'.repeat(n / 3)}@`,
    `${' error '.repeat(n / 7)}  `,
    `${'(a'.repeat(n / 2)}.`,
    `${'\\'.repeat(n)}"`,
    `${"'".repeat(n)}'`,
  ];
}

/** The corpus: each real line, then its first characters followed by each hostile tail. */
function corpus(n: number): string[] {
  const out: string[] = [];
  const tails = bodies(n);
  for (const line of SAMPLE) {
    out.push(line);
    const head = line.slice(0, 24);
    for (const t of tails) out.push(cleanLine(head + t));
  }
  return out;
}

function feed(factory: ParserFactory, lines: string[]): number {
  const start = process.hrtime.bigint();
  const p = factory(new FailureSink());
  for (const l of lines) p.line(l);
  p.finish();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * The least time of a few runs of each input, taken in turns: other work on the machine (the suite runs
 * files in parallel) only ever adds time, and taking turns keeps a busy moment from landing on one side.
 */
function best(factory: ParserFactory, small: string[], large: string[]): { a: number; b: number } {
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < 5; i += 1) {
    a = Math.min(a, feed(factory, small));
    b = Math.min(b, feed(factory, large));
  }
  return { a, b };
}

describe('parsers are linear in their input', () => {
  const small = corpus(1000);
  const large = corpus(4000);
  const chars = (ls: string[]): number => ls.reduce((n, l) => n + l.length, 0);

  it('the corpus is built from real output and hostile tails', () => {
    expect(SAMPLE.length).toBeGreaterThan(100);
    expect(chars(large) / chars(small)).toBeGreaterThan(3.5);
  });

  for (const [index, factory] of registeredParsers().entries()) {
    const name = `${factory(new FailureSink()).runner} (${factory.name || `parser ${index}`})`;
    it(`${name}: 4× longer hostile lines cost well under 16× the time (no quadratic regex)`, () => {
      feed(factory, small); // warm up the regex engine
      const { a, b } = best(factory, small, large);
      // a quadratic parser takes ~16× as long; linear ~4×. The floor keeps sub-millisecond noise out.
      expect(b / Math.max(a, 5), `${a.toFixed(1)} ms -> ${b.toFixed(1)} ms`).toBeLessThan(9);
      // and a generous absolute bound: ~5 MB of hostile lines
      expect(b).toBeLessThan(8000);
    });
  }

  it('reads the counts of a totals line in linear time on a run of digits (the regex starts only where the run does)', () => {
    const time = (n: number): number => {
      const text = `1 passed; ${'1'.repeat(n)} `;
      let min = Infinity;
      for (let i = 0; i < 5; i += 1) {
        const started = process.hrtime.bigint();
        for (let k = 0; k < 20; k += 1) countOf(text, /failed/);
        min = Math.min(min, Number(process.hrtime.bigint() - started) / 1e6);
      }
      return min;
    };
    time(2000);
    const a = Math.max(time(2000), 1);
    // quadratic: 4× the digits take 16× as long
    expect(time(8000) / a).toBeLessThan(8);
    expect(countOf('test result: FAILED. 3 passed; 12 failed; 0 ignored', /failed/)).toBe(12);
    expect(countOf('x12 failed', /failed/)).toBe(12);
  });

  it('the whole summariser reads binary, ANSI-flooded, newline-free and padded input in bounded time and memory', () => {
    const s = createSummarizer({ exitCode: 1 });
    const binary = Buffer.alloc(1 << 20);
    for (let i = 0; i < binary.length; i += 1) binary[i] = (i * 2654435761) >>> 24;
    const started = process.hrtime.bigint();
    for (let i = 0; i < 4; i += 1) s.write(binary);
    s.write('\x1b[31m'.repeat(200_000) + '\n');
    s.write(`${' '.repeat(3_000_000)}\n`);
    s.write('x'.repeat(3_000_000));
    for (const l of large) s.write(`${l}\n`);
    const summary = s.end();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(ms).toBeLessThan(20_000);
    expect(Buffer.byteLength(summary.text)).toBeLessThanOrEqual(8192);
    expect(summary.text).not.toMatch(/\x1b/);
  });
});
