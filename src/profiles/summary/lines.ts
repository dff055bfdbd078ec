import { StringDecoder } from 'node:string_decoder';

/** Longest line handed to a parser; the rest of an over-long line (minified code, base64 dumps) is dropped. */
export const MAX_LINE = 4096;

// CSI (colours, cursor moves), OSC (hyperlinks, titles) and lone two-byte escapes.
const ANSI = /\x1b\[[0-9;?<=>!]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]/g;
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;

/** Removes colour codes and other terminal control sequences. */
export function stripAnsi(text: string): string {
  return text.includes('\x1b') ? text.replace(ANSI, '') : text;
}

/**
 * Turns one raw log line into what a reader of the terminal saw: no colour codes, only the text
 * after the last carriage return (progress bars), no CI timestamp prefix, no control characters.
 */
export function cleanLine(raw: string): string {
  let line = raw;
  if (line.length > MAX_LINE) line = line.slice(0, MAX_LINE);
  if (line.endsWith('\r')) line = line.slice(0, -1);
  if (line.includes('\x1b')) line = line.replace(ANSI, '');
  const cr = line.lastIndexOf('\r');
  if (cr >= 0) line = line.slice(cr + 1);
  // GitHub Actions log downloads prefix each line with an ISO timestamp; GitLab job logs with
  // timestamps add a stream marker after it (`00O `, `01E+ `)
  if (line.length > 20 && line.charCodeAt(4) === 45 && line.charCodeAt(10) === 84 && /^\d{4}-\d\d-\d\dT[\d:.]+Z /.test(line)) {
    line = line.slice(line.indexOf('Z ') + 2).replace(/^[0-9a-f]{2}[OE]\+? ?/, '');
  }
  return line;
}

/** Removes control characters (other than tab and newline) from text that is kept for the summary. */
export function stripControl(text: string): string {
  return text.replace(CONTROL, '');
}

/** A copy that does not keep the (possibly megabytes long) chunk it was sliced from alive. */
export function detach(text: string): string {
  return text.length < 16 ? text : (' ' + text).slice(1);
}

/**
 * Splits a stream of chunks into lines with bounded memory: a line longer than MAX_LINE is cut and
 * the rest of it skipped, so a log without newlines cannot grow the pending buffer.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';
  private skipping = false;

  constructor(private readonly onLine: (line: string) => void) {}

  write(chunk: Buffer | string): void {
    const text = typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    if (text.length === 0) return;
    let start = 0;
    let buffer = text;
    if (this.pending) {
      buffer = this.pending + text;
      this.pending = '';
    }
    for (;;) {
      const nl = buffer.indexOf('\n', start);
      if (nl < 0) break;
      if (this.skipping) this.skipping = false;
      else this.onLine(buffer.slice(start, nl));
      start = nl + 1;
    }
    if (start < buffer.length && !this.skipping) {
      const rest = buffer.slice(start);
      if (rest.length > MAX_LINE) {
        this.onLine(rest.slice(0, MAX_LINE));
        this.skipping = true;
      } else {
        this.pending = detach(rest);
      }
    }
  }

  end(): void {
    const rest = this.pending + this.decoder.end();
    this.pending = '';
    if (rest && !this.skipping) this.onLine(rest.slice(0, MAX_LINE));
    this.skipping = false;
  }
}

/** Keeps the last `max` characters of a stream, amortised so tiny chunks do not copy the window each time. */
export class TailWindow {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly max = 16_384) {}

  push(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size > this.max * 2) this.compact();
  }

  text(): string {
    this.compact();
    return this.parts[0] ?? '';
  }

  private compact(): void {
    const joined = this.parts.join('');
    const kept = joined.length > this.max ? detach(joined.slice(joined.length - this.max)) : joined;
    this.parts = [kept];
    this.size = kept.length;
  }
}
