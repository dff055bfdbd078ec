import { Draft, type FailureSink } from '../sink.js';
import { tidyPath } from '../location.js';

const HEAD = /^(error|warning)(?:\[(E\d{4})\])?: (.{1,1000})$/;
const ARROW = /^ *--> (\S.{0,999}?):(\d+):\d+$/;
// `--message-format=short`: one line per diagnostic, its place first
const SHORT = /^(\S{1,500}\.rs):(\d+):\d+: (error|warning)(?:\[(E\d{4})\])?: (.{1,1000})$/;
const LABEL = /^ *(?:\d+ )?\|[ |]*[\^-]+ (.{1,500})$/;
const LINT = /rust-clippy\/[^#\s]{1,100}#([a-z_0-9]{1,100})|[(\[]clippy::([a-z_0-9]{1,100})[)\]]|-D clippy::([a-z0-9-]{1,100}) implied/;
// lines cargo itself prints about the build, never a diagnostic of the code
const CARGO_NOISE = /^(?:could not compile|aborting due to|test failed, to rerun|\d+ targets? failed|build failed|Some errors have detailed explanations|For more information about)/;

/**
 * rustc and clippy diagnostics (`error[E0308]: mismatched types` / `--> src/lib.rs:2:5` / labels, or one
 * `src/lib.rs:2:5: error[E0308]: …` line each with `--message-format=short`):
 * each error is a failure named by its message (clippy findings by their lint), placed at its
 * primary span, with the labels as its message. Warnings are read only when asked (clippy -D).
 */
export class RustDiagnostics {
  private draft: Draft | undefined;
  private label = false;
  /** diagnostics committed; cargo's own `error:` lines without a place are not counted */
  found = 0;
  /** a cargo error with no place that is no diagnostic of the code (`no matching package`) */
  cargoError: string | undefined;

  constructor(private readonly sink: FailureSink) {}

  /** Reads one line; true when the line belonged to a diagnostic. */
  line(text: string): boolean {
    const short = text.includes('.rs:') ? SHORT.exec(text) : null;
    if (short) {
      this.flush();
      if (short[3] === 'warning') return true;
      const message = short[5] ?? '';
      const d = new Draft(message, short[4] ? `error[${short[4]}]: ${message}` : `error: ${message}`, { error: true });
      d.at(tidyPath(short[1] ?? ''), Number(short[2]));
      d.msg.add(`error${short[4] ? `[${short[4]}]` : ''}: ${message}`);
      this.draft = d;
      this.flush();
      return true;
    }
    const head = text.startsWith('error') || text.startsWith('warning') ? HEAD.exec(text) : null;
    if (head) {
      this.flush();
      const message = head[3] ?? '';
      if (head[1] === 'warning' || CARGO_NOISE.test(message)) return true;
      this.draft = new Draft(message, head[2] ? `error[${head[2]}]: ${message}` : `error: ${message}`, { error: true });
      this.draft.msg.add(text);
      this.label = false;
      return true;
    }
    const d = this.draft;
    if (!d) return false;
    const arrow = text.includes('-->') ? ARROW.exec(text) : null;
    if (arrow) {
      if (d.line === undefined) d.at(tidyPath(arrow[1] ?? ''), Number(arrow[2]));
      return true;
    }
    const lint = text.includes('clippy') ? LINT.exec(text) : null;
    if (lint) {
      const name = (lint[1] ?? lint[2] ?? lint[3] ?? '').replace(/-/g, '_');
      if (!d.name.startsWith('clippy::')) {
        d.full_name = `clippy::${name}: ${d.name}`;
        d.name = `clippy::${name}`;
      }
      return true;
    }
    const label = text.includes('|') ? LABEL.exec(text) : null;
    if (label && (!this.label || d.msg.length < 3)) {
      d.msg.add(label[1] ?? '');
      this.label = true;
      return true;
    }
    if (/^ *= (?:note|help): /.test(text) || /^ *(?:\d+ )? *\|/.test(text) || text.startsWith('help: ') || text.startsWith('note: ')) return true;
    if (!text.trim()) return true;
    this.flush();
    return false;
  }

  flush(): void {
    const d = this.draft;
    this.draft = undefined;
    if (!d) return;
    // a located diagnostic, or one with an error code; anything else is cargo talking about the build
    if (d.line !== undefined || d.full_name.startsWith('error[')) {
      d.commit(this.sink);
      this.found += 1;
    } else {
      this.cargoError ??= d.msg.text();
    }
  }
}
