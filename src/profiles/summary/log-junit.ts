import { JunitReader, type JunitResult } from './junit.js';

/** Lines looked at for the start of a report, before the log is taken to hold none. */
const LOOK_LINES = 2000;
const START = /^\s*<(?:\?xml\b|testsuites[\s>]|testsuite[\s>])/;
const ROOT_END = /<\/testsuites>\s*$/;

/**
 * A JUnit report printed on the log itself (`node --test --test-reporter=junit`, `deno test --reporter=junit`,
 * `bats --formatter junit`), perhaps after a few lines of other output (npm's script header): read from its
 * first line to the end of its root. Whatever goes wrong (a line cut at MAX_LINE, text after an unclosed root)
 * leaves the log to the text readers: `result()` is then undefined.
 */
export class LogJunit {
  private reader: JunitReader | undefined;
  private state: 'looking' | 'reading' | 'done' | 'gone' = 'looking';
  private looked = 0;

  constructor(private readonly limits?: { detailed?: number; named?: number }) {}

  /** A report has begun and is being read. */
  get reading(): boolean {
    return this.state === 'reading';
  }

  /** No report will be read: a runner spoke first (a CI log of many steps is not one step's report). */
  stopLooking(): void {
    if (this.state === 'looking') this.state = 'gone';
  }

  line(text: string): void {
    if (this.state === 'looking') {
      this.looked += 1;
      if (this.looked > LOOK_LINES) this.state = 'gone';
      if (!text.includes('<') || !START.test(text)) return;
      this.reader = new JunitReader(this.limits);
      this.state = 'reading';
    }
    if (this.state !== 'reading') return;
    try {
      this.reader?.write(`${text}\n`);
      if (text.includes('</testsuites>') && ROOT_END.test(text)) this.close();
    } catch {
      this.state = 'gone';
    }
  }

  /** The report, when the log held a well-formed one with at least one testcase. */
  result(): JunitResult | undefined {
    if (this.state === 'reading') {
      try {
        this.close();
      } catch {
        this.state = 'gone';
      }
    }
    const result = this.state === 'done' ? this.reader?.result : undefined;
    return result && result.tests > 0 ? result : undefined;
  }

  private close(): void {
    this.reader?.next();
    this.state = 'done';
  }
}
