import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSummarizer, summarizeText } from '../src/profiles/summary/index.js';
import { LineSplitter, MAX_LINE, NextMatch, stripAnsi, type RawBlock } from '../src/profiles/summary/lines.js';
import { RUNNERS } from './support/lang-fixtures.js';

const LOGS = readdirSync(RUNNERS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(RUNNERS, d.name)).filter((f) => f.endsWith('.log')).map((f) => `${d.name}/${f}`));

/** Feeds bytes through one reused buffer, scribbled over after each write (as summarizeFile's reads do). */
function fromBytes(bytes: Buffer, size: number, exitCode = 1) {
  const s = createSummarizer({ exitCode });
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

// once a runner is known, the lines its parser would do nothing with are not even decoded: the
// summary must be the one of the whole text all the same
describe('lines passed over once the runner is known', () => {
  // the runners whose parsers name the lines they may act on
  const leads = LOGS.filter((l) => l.startsWith('vitest/') || l.startsWith('jest/'));
  const others = LOGS.filter((l) => !l.startsWith('vitest/') && !l.startsWith('jest/')).sort();
  const noise = others.map((l) => readFileSync(join(RUNNERS, l), 'utf8')).join('\n');

  it('a CI log of many steps (each vitest and jest log, then every other real log, twice) gives the summary of its text, in any chunks', () => {
    for (const lead of leads) {
      const log = `${readFileSync(join(RUNNERS, lead), 'utf8')}\n${noise}\n${noise.replaceAll('test', 'spec')}`;
      const bytes = Buffer.from(log);
      const whole = summarizeText(log, { exitCode: 1 });
      expect(whole.runner).toBe(lead.split('/')[0]);
      for (const size of [1000, 64 * 1024]) expect(fromBytes(bytes, size), `${lead} then the rest, in chunks of ${size}`).toEqual(whole);
    }
  });

  it('counts the pytest -v PASSED lines it passes over as reading each would, among lines that only look like them', () => {
    const verbose = readFileSync(join(RUNNERS, 'pytest/pass-verbose.log'), 'utf8').split('\n');
    const results = verbose.filter((l) => l.includes('.py::'));
    const head = verbose.slice(0, verbose.indexOf(results[0]!)).join('\n');
    const segfault = readFileSync(join(RUNNERS, 'pytest/segfault-verbose.log'), 'utf8');
    const crash = segfault.slice(segfault.indexOf('tests/test_crash.py::'));
    // each is read differently from a PASSED line, and a run passed over must stop at it
    const lookalikes = [
      'tests/tëst_x.py::test_é PASSED                                [ 50%]',
      'tests/a b.py::test_space PASSED',
      'tests/a\tb.py::test_tab PASSED',
      'tests/x.py::test_p[a PASSED b] FAILED                         [ 50%]',
      'tests/x.py::test_q[a FAILED x] PASSED',
      'tests/x.py::test_r PASSEDX',
      'tests/x.py::test_s  PASSED',
      '===a.py::test_t PASSED',
      `tests/${'long/'.repeat(900)}x.py::test_u PASSED`,
      `tests/x.py::test_u2[${'a'.repeat(4100)}] PASSED`,
      'tests/x.py::test_v ERROR                                      [ 50%]',
      'progress\rtests/x.py::test_w PASSED',
    ];
    const body: string[] = [];
    for (let i = 0; i < 4000; i += 1) {
      body.push(results[i % results.length]!.replace(/::(\w+)/, `::$1_${i}`));
      if (i % 97 === 0) body.push(lookalikes[(i / 97) % lookalikes.length]!);
    }
    for (const tail of ['', `\n${crash}`, '\n=================== 3999 passed, 1 failed in 3.47s ====================\n']) {
      const log = `${head}\n${body.join('\n')}${tail}`;
      const whole = summarizeText(log, { exitCode: 1 });
      expect(whole.runner).toBe('pytest');
      expect(whole.passed).toBeGreaterThan(3000);
      for (const size of [777, 4096, 64 * 1024]) expect(fromBytes(Buffer.from(log), size), `chunks of ${size}`).toEqual(whole);
    }
  });

  it('counts the pytest progress lines it passes over and passes over what the tests print, as reading each line would', () => {
    const plain = readFileSync(join(RUNNERS, 'pytest/pass.log'), 'utf8').split('\n');
    const first = plain.findIndex((l) => l.includes('.py .'));
    const head = plain.slice(0, first).join('\n');
    const progress = plain.filter((l) => l.includes('.py .'));
    const printed = [
      '2026-12-04 10:00:01,123 INFO  [worker-1] app.orders: GET /api/orders/7 200 in 12ms (cache hit)',
      '3 items passed review in 2 days',
      '12 items left in the queue',
      'rootdir: /builds/other',
      'collected 5 items',
      '=x.py ..',
      'tests/x.py .. and more',
      'tests/x.py ..F.E.sxX                                          [ 50%]',
      '..F..',
      '   ',
      '',
      'tests/ü.py ...F                                               [ 60%]',
      'tests/a\u2009b.py ...F                                         [ 70%]',
      'warning: the cache is cold',
      `tests/x.py ${'.'.repeat(5000)}`,
    ];
    const body: string[] = [];
    for (let i = 0; i < 4000; i += 1) {
      body.push(progress[i % progress.length]!.replace(/test_(\w+)\.py/, `test_$1_${i}.py`));
      if (i % 37 === 0) body.push(printed[(i / 37) % printed.length]!);
    }
    const segfault = readFileSync(join(RUNNERS, 'pytest/segfault.log'), 'utf8');
    const crash = segfault.slice(segfault.indexOf('tests/test_crash.py'));
    for (const tail of ['', `\n${crash}`, '\n=================== 9000 passed, 40 failed in 3.47s ====================\n']) {
      const log = `${head}\n${body.join('\n')}${tail}`;
      const whole = summarizeText(log, { exitCode: 1 });
      expect(whole.runner).toBe('pytest');
      expect(whole.passed).toBeGreaterThan(3000);
      for (const size of [777, 4096, 64 * 1024]) expect(fromBytes(Buffer.from(log), size), `chunks of ${size}`).toEqual(whole);
    }
  });

  it('reads the go test -v steps it passes over as reading each would, among lines that only look like them', () => {
    const logs = ['pass-verbose', 'fail-verbose', 'notes-verbose', 'panic-verbose', 'timeout-verbose', 'outcomes-verbose'].map((n) => readFileSync(join(RUNNERS, `go-test/${n}.log`), 'utf8'));
    const lookalikes = [
      '=== RUN\tTestTab',
      '=== RUNX TestY',
      '--- PASS: TestZ(0.00s)',
      '--- PASS: Tést_é (0.00s)',
      '    --- SKIP: TestS/sub (0.00s)',
      '--- PASS: TestA (0.00s) and more',
      '=== PAUSE TestP',
      '=== CONT  TestP',
      '=== NAME  TestP',
      '--- PASS: TestB\t(0.00s)',
      `--- PASS: Test${'x'.repeat(5000)} (0.00s)`,
      '--- PASS: ',
      '    math_test.go:7: a note between the steps',
      '=== RUN   TestTabbed\tafter the name\n    math_test.go:9: got 1, want 2\n--- FAIL: TestTabbed (0.00s)',
      // what tests print, among which go test's own lines must still be found
      '2026/12/04 10:00:00 server listening on :8080\nokay, retrying\nFAILED to connect, retrying\n# not a header\n{"level":"info"}\npanicking is not a panic\n  -- dashes\nPASS\nsee handler.go:12 for details',
    ];
    const parts: string[] = [];
    for (let i = 0; i < 300; i += 1) {
      parts.push(logs[i % logs.length]!.replace(/Test(\w+)/g, `Test$1_${i}`));
      parts.push(lookalikes[i % lookalikes.length]!);
    }
    const log = `${parts.join('\n')}\n`;
    const whole = summarizeText(log, { exitCode: 1 });
    expect(whole.runner).toBe('go-test');
    expect(whole.passed).toBeGreaterThan(500);
    for (const size of [777, 4096, 64 * 1024]) expect(fromBytes(Buffer.from(log), size), `chunks of ${size}`).toEqual(whole);
  });

  it('passes over what a vitest run prints before its results, and still finds the results and a config failure', () => {
    const printed = ['[global-setup] starting the database', 'Tests are starting soon', 'Tests  1 failed (1)', '\tindented by a tab', ' spaced', '⎯⎯⎯ not a banner', 'failed to load config from /builds/acme/vitest.config.ts', 'plain text again'];
    for (const log of ['vitest/fail-color.log', 'vitest/pass.log', 'vitest/suite-error.log']) {
      const lines = readFileSync(join(RUNNERS, log), 'utf8').split('\n');
      const run = lines.findIndex((l) => l.includes('RUN'));
      const noise = Array.from({ length: 3000 }, (_, i) => (i % 50 === 49 ? printed[Math.floor(i / 50) % printed.length]! : `[app] request ${i} handled`));
      const text = [...lines.slice(0, run + 1), ...noise, ...lines.slice(run + 1)].join('\n');
      const whole = summarizeText(text, { exitCode: 1 });
      expect(whole.runner).toBe('vitest');
      for (const size of [777, 64 * 1024]) expect(fromBytes(Buffer.from(text), size), `${log} in chunks of ${size}`).toEqual(whole);
    }
  });

  it('finds the second npm workspace header among lines passed over', () => {
    const vitest = readFileSync(join(RUNNERS, 'vitest/fail-color.log'), 'utf8');
    const filler = readFileSync(join(RUNNERS, 'cargo-test/fail.log'), 'utf8').repeat(20);
    const log = `\n> @acme/api@1.0.0 test\n> vitest run\n\n${vitest}\n${filler}\n> @acme/web@1.0.0 test\n> vitest run\n\n${vitest.replaceAll('math', 'web')}\n`;
    const whole = summarizeText(log, { exitCode: 1 });
    expect(whole.runner).toBe('workspaces (vitest)');
    for (const size of [1000, 64 * 1024]) expect(fromBytes(Buffer.from(log), size), `chunks of ${size}`).toEqual(whole);
  });

  it('reads a jest stack past its library frames to the test file, among lines otherwise passed over', () => {
    const library = Array.from({ length: 60 }, (_, i) => `      at fn${i} (node_modules/expect/build/index.js:${i + 1}:5)`).join('\n');
    const noise = Array.from({ length: 200 }, (_, i) => `log line ${i}`).join('\n');
    const log = `PASS test/b.test.js\nFAIL test/a.test.js\n  ● math › adds\n\n    expect(received).toBe(expected)\n\n${library}\n      at Object.<anonymous> (test/a.test.js:7:19)\n\n${noise}\nTests:       1 failed, 1 passed, 2 total\n${noise}\n`;
    const whole = summarizeText(log, { exitCode: 1 });
    expect(whole.failures[0]).toMatchObject({ name: 'adds', file: 'test/a.test.js', line: 7 });
    for (const size of [1000, 64 * 1024]) expect(fromBytes(Buffer.from(log), size), `chunks of ${size}`).toEqual(whole);
  });

  it('keeps the last lines of the log when the parser wanted none of them (a run killed after its first results)', () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `step ${i}: compiling module ${i} of 3000`).join('\n');
    const log = `\n RUN  v3.2.4 /builds/acme\n\n ✓ test/a.test.ts (3 tests) 5ms\n${filler}\nnpm error Lifecycle script \`test\` failed with error:\nnpm error code 137\nKilled`;
    const whole = summarizeText(log, { exitCode: 137 });
    expect(whole.kind).toBe('infra-error');
    // the filler's last line is no key line: it is there as one of the log's last lines
    expect(whole.text).toMatch(/Last lines of output:[^]*step 2999: compiling/);
    for (const size of [333, 4096, 64 * 1024]) expect(fromBytes(Buffer.from(log), size, 137), `chunks of ${size}`).toEqual(whole);
  });

  it('reads CI timestamps (also after a carriage return) and coloured lines the same way from bytes', () => {
    const vitest = readFileSync(join(RUNNERS, 'vitest/fail-color.log'), 'utf8').split('\n');
    const stamped = vitest.map((l, i) => (i % 3 === 0 ? `50% done\r2026-12-03T13:15:${String(i % 60).padStart(2, '0')}.1234567Z ${l}` : `2026-12-03T13:15:59.1234567Z ${l}`));
    const log = `${stamped.join('\n')}\n${noise}`;
    const whole = summarizeText(log, { exitCode: 1 });
    expect(whole.failed).toBeGreaterThan(0);
    for (const size of [1000, 64 * 1024]) expect(fromBytes(Buffer.from(log), size), `chunks of ${size}`).toEqual(whole);
  });

  it('finds the same key lines from bytes, where the words are looked for once per block, as line by line from text', () => {
    // a runner is known (the lines between are passed over), then error-looking lines behind colour codes,
    // timestamps and carriage returns, words inside longer words (no key line) and non-ASCII text
    const head = readFileSync(join(RUNNERS, 'pytest/pass.log'), 'utf8').split('\n').slice(0, 3).join('\n');
    const lines = [head];
    for (let i = 0; i < 3000; i += 1) {
      if (i === 700) lines.push('AssertionError and TimeoutErrors are not words of their own');
      else if (i === 1200) lines.push('\x1b[31mE\x1b[0mrror: split by a colour code');
      else if (i === 1500) lines.push('2026-12-03T13:15:59.1234567Z \x1b[1;31mFATAL\x1b[0m: stamped and coloured');
      else if (i === 1800) lines.push('12% done\rERROR: after a carriage return');
      else if (i === 2100) lines.push('résumé: Traceback (most recent call last) — non-ASCII');
      else if (i === 2400) lines.push('error: the last one');
      else lines.push(`collected ${i} lines of plain output`);
    }
    const log = `${lines.join('\n')}\n`;
    const whole = summarizeText(log, { exitCode: 2 });
    expect(whole.kind).toBe('infra-error');
    expect(whole.text).toContain('Error: split by a colour code');
    expect(whole.text).toContain('FATAL: stamped and coloured');
    expect(whole.text).toContain('ERROR: after a carriage return');
    expect(whole.text).toContain('résumé: Traceback');
    expect(whole.text).not.toContain('AssertionError and');
    for (const size of [333, 4096, 64 * 1024]) expect(fromBytes(Buffer.from(log), size, 2), `chunks of ${size}`).toEqual(whole);
  });

  it('stays linear on long lines full of the words the readers look for, read from bytes', () => {
    const banner = Buffer.from(' RUN  v3.2.4 /builds/acme\n ✓ test/a.test.ts (3 tests) 5ms\n');
    const hostile = (n: number): Buffer => {
      const parts = ['FAIL  ', 'Tests ', '❯ ', '⎯', 'found ', 'Z ', '\n>', 'error ', 'x'.repeat(50)];
      const line = Array.from({ length: n }, (_, i) => parts[i % parts.length]).join('');
      return Buffer.concat([banner, Buffer.from(`${line.replaceAll('\n', ' ')}\n${line}\n`.repeat(8))]);
    };
    const time = (bytes: Buffer): number => {
      let min = Infinity;
      for (let i = 0; i < 3; i += 1) {
        const started = process.hrtime.bigint();
        fromBytes(bytes, 64 * 1024);
        min = Math.min(min, Number(process.hrtime.bigint() - started) / 1e6);
      }
      return min;
    };
    const small = hostile(1000);
    const large = hostile(4000);
    time(small);
    const a = time(small);
    const b = time(large);
    // lines 4× as long: a scan quadratic in a line's length takes ~16× as long; linear ~4×
    expect(b / Math.max(a, 5), `${a.toFixed(1)} ms -> ${b.toFixed(1)} ms`).toBeLessThan(9);
  });

  it('hands on only the lines a reader names (as seen, colour codes gone) and lines with a carriage return; keeps the last lines, skipped or not', () => {
    // a colour code inside the word does not hide it; a coloured line nobody names is skipped like any other
    const text = ['a', 'b FOUND', 'c', '\x1b[31md\x1b[0m', '\x1b[1mFO\x1b[22mUND ✓', 'e', 'f\rg', 'h', 'i', 'j', 'k'].join('\n');
    const lines: string[] = [];
    const found = new NextMatch('FOUND');
    const splitter = new LineSplitter((l) => lines.push(l), { skip: (block: RawBlock, from: number) => found.lineFrom(block, from), tail: 3 });
    splitter.write(Buffer.from(`${text}\n`));
    splitter.end();
    expect(lines).toEqual(['b FOUND', 'FOUND ✓', 'g']);
    expect(splitter.lastLines()).toEqual(['i', 'j', 'k']);
  });

  it("keeps the stream's last lines, cleaned as if handed on, whatever the chunk sizes and however many lines were skipped", () => {
    const pieces = ['plain', 'é ✓ ü', '\x1b[31mred\x1b[0m', '50%\r100%', '2026-12-03T13:15:59.1234567Z stamped', '', 'x'.repeat(5000), '  indented'];
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let round = 0; round < 60; round += 1) {
      const lines = Array.from({ length: 1 + (next() % 120) }, () => pieces[next() % pieces.length]);
      const log = lines.join('\n') + (next() % 2 ? '\n' : '');
      const all: string[] = [];
      const every = new LineSplitter((l) => all.push(l));
      every.write(log);
      every.end();
      const n = 1 + (next() % 50);
      for (const size of [7, 300, 64 * 1024]) {
        const bytes = Buffer.from(log);
        const skipping = new LineSplitter(() => undefined, { skip: () => Infinity, tail: n });
        for (let i = 0; i < bytes.length; i += size) skipping.write(bytes.subarray(i, i + size));
        skipping.end();
        expect(skipping.lastLines(), `round ${round}, ${n} lines, chunks of ${size}`).toEqual(all.slice(-n));
      }
    }
  });

  it('strips colour codes exactly as the one regex over the whole text would, in linear time', () => {
    const ANSI = /\x1b\[[0-9;?<=>!]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]/g;
    const pieces = ['\x1b', '[', '31', ';1', 'm', ']8;;http://x', '\x07', '\\', '?25l', ' ', '!', 'K', 'a', 'é', '\n', '\r', 'Z', '\x1b\x1b', '(', '~', '<', '=>', '$', '"', '0', ':', '@'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 3000; i += 1) {
      const text = Array.from({ length: next() % 40 }, () => pieces[next() % pieces.length]).join('');
      expect(stripAnsi(text), JSON.stringify(text)).toBe(text.replace(ANSI, ''));
    }
    const time = (n: number): number => {
      const text = '\x1b]8;;'.repeat(n) + '\x1b[31mred\x1b[0m '.repeat(n);
      const started = process.hrtime.bigint();
      stripAnsi(text);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    time(20_000);
    const a = Math.max(time(20_000), 2);
    expect(time(80_000) / a).toBeLessThan(12);
  });
});
