import { clip } from './sink.js';
import { detach, NextMatch, type RawBlock } from './lines.js';

const ERRORISH = /\b(?:Error|ERROR|error|ERR!|FATAL|[Ff]atal|panic|Traceback|Exception|Segmentation fault|Killed|Cannot find|No such file|not found|timed? ?out)\b/;
const NOT_FOUND = /^(?:.*?: )?(?:line \d+: |\d+: )?([^\s:]+): (?:command )?not found$/;
const MAX_KEY_LINES = 8;
// ERRORISH in a block of raw lines (ASCII words: the same in the latin1 view), without the closing \b,
// which a line cut at MAX_LINE may gain
const ERRORISH_ANYWHERE = new RegExp(ERRORISH.source.replace(/\\b$/, ''), 'g');
/** a pass-over at most this long (in chars) is searched on its own */
const SHORT_SKIP = 2048;
/** the last lines kept; the splitter keeps the log's last lines, skipped or not (see SplitOptions.tail) */
export const TAIL_LINES = 40;

/**
 * What the log shows besides test results, kept small: the first error-looking lines, a
 * "command not found" message, and the last lines (for infra errors, where no parser applies).
 */
export class Evidence {
  readonly keyLines: string[] = [];
  notFound: string | undefined;
  /** no parser recognised the runner, and the fallback's guesses are used */
  unrecognised = false;
  private readonly tail: string[] = new Array<string>(TAIL_LINES);
  private seen = 0;
  // (its own regex: a NextMatch keeps its place in it)
  private readonly errorish = new NextMatch(new RegExp(ERRORISH_ANYWHERE.source, 'g'));
  private readonly found = new NextMatch('found');

  /**
   * One cleaned line. With its block's raw view and start (a line cut from bytes), in a block where the
   * words were looked for already (to pass lines over), that search says which lines hold one (the raw
   * line holds every word of the cleaned one), and the line's own test runs only on those: a regex per
   * line was a large part of reading a long log. Where nothing searched the block (every line handed
   * on, or only runs of results passed over), the line's own test is the cheaper one.
   */
  see(line: string, raw?: RawBlock, at?: number): void {
    // sliced lines keep their chunk alive; at most TAIL_LINES × MAX_LINE chars, so at most two chunks
    this.tail[this.seen % TAIL_LINES] = line;
    this.seen += 1;
    if (!line) return;
    if (this.keyLines.length < MAX_KEY_LINES && (raw === undefined || at === undefined || !this.errorish.searched(raw) || this.errorish.lineFrom(raw, at) === at) && ERRORISH.test(line)) {
      this.keyLines.push(clip(line.trim(), 240));
    }
    if (this.notFound === undefined && line.endsWith('not found')) {
      const m = NOT_FOUND.exec(line.trim());
      if (m) this.notFound = detach(m[1] ?? '');
    }
  }

  /**
   * The next raw line that `see` would keep more of than its place among the last lines (see
   * LineSkip): one that may be a key line or end in "not found".
   */
  nextLine(block: RawBlock, from: number, until = Infinity): number {
    // a short pass-over (a line or a few): its own text is read, not the rest of the block (a search of the
    // whole block for a pass-over of a line between results cost more than reading those lines)
    if (until - from <= SHORT_SKIP) return this.nextLineIn(block.text, from, until);
    const key = this.keyLines.length < MAX_KEY_LINES ? this.errorish.lineFrom(block, from) : Infinity;
    return this.notFound === undefined ? Math.min(key, this.found.lineFrom(block, from)) : key;
  }

  /** nextLine within [from, until) of a block's text: Infinity when no line there is one `see` would keep. */
  private nextLineIn(text: string, from: number, until: number): number {
    const part = text.slice(from, Math.min(until, text.length));
    let at = Infinity;
    if (this.keyLines.length < MAX_KEY_LINES) {
      ERRORISH_ANYWHERE.lastIndex = 0;
      at = ERRORISH_ANYWHERE.exec(part)?.index ?? Infinity;
    }
    if (this.notFound === undefined) {
      const found = part.indexOf('found');
      if (found >= 0) at = Math.min(at, found);
    }
    return at === Infinity ? Infinity : from + part.lastIndexOf('\n', at) + 1;
  }

  /** The log's last lines, from the splitter, which has them whether or not they were handed on to `see`. */
  lastLinesAre(lines: readonly string[]): void {
    const last = lines.slice(-TAIL_LINES);
    last.forEach((line, i) => (this.tail[i] = line));
    this.seen = last.length;
  }

  /** The last `n` non-blank lines of the log. */
  lastLines(n: number): string[] {
    const out: string[] = [];
    const count = Math.min(this.seen, TAIL_LINES);
    for (let i = 1; i <= count && out.length < n; i += 1) {
      const l = this.tail[(this.seen - i) % TAIL_LINES] ?? '';
      // frames inside the runtime or dependencies say little and crowd out the error
      if (l.trim() && !/^\s*at .*(?:node:internal|node_modules|\(node:)/.test(l)) out.unshift(clip(l.trimEnd(), 240));
    }
    return out;
  }
}
