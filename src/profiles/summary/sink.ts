import type { Failure } from '../types.js';
import { detach, stripControl } from './lines.js';

export const MAX_NAME = 200;
export const MAX_MESSAGE_LINE = 240;
export const MAX_MESSAGE_LINES = 6;
export const MAX_MESSAGE = 800;

/** A failure as parsers build it: `error` marks a build/collection/suite error rather than a failed test. */
export interface FoundFailure extends Failure {
  error?: boolean;
}

export interface SinkLimits {
  /** failures kept with full detail */
  detailed: number;
  /** further failures kept by name only; beyond that they are only counted */
  named: number;
}

const DEFAULT_LIMITS: SinkLimits = { detailed: 50, named: 1000 };

/** Collects failures with bounded memory whatever the log size: N in full, M more by name, the rest counted. */
export class FailureSink {
  readonly detailed: FoundFailure[] = [];
  readonly extraNames: string[] = [];
  tests = 0;
  errors = 0;
  private readonly limits: SinkLimits;

  constructor(limits: Partial<SinkLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  get count(): number {
    return this.tests + this.errors;
  }

  /** Records a failure; returns the stored object (so a parser can fill it in later) or undefined when only named/counted. */
  add(failure: FoundFailure): FoundFailure | undefined {
    if (failure.error) this.errors += 1;
    else this.tests += 1;
    const clean = normalise(failure);
    if (this.detailed.length < this.limits.detailed) {
      this.detailed.push(clean);
      return clean;
    }
    if (this.extraNames.length < this.limits.named) this.extraNames.push(clean.full_name || clean.name);
    return undefined;
  }

  find(predicate: (f: FoundFailure) => boolean): FoundFailure | undefined {
    return this.detailed.find(predicate);
  }
}

function normalise(f: FoundFailure): FoundFailure {
  const out: FoundFailure = {
    name: clip(f.name, MAX_NAME),
    full_name: clip(f.full_name || f.name, MAX_NAME * 2),
    message: clip(f.message, MAX_MESSAGE),
  };
  if (f.file) out.file = clip(f.file, MAX_NAME);
  if (f.line !== undefined && Number.isFinite(f.line)) out.line = f.line;
  if (f.error) out.error = true;
  return out;
}

export function clip(text: string, max: number): string {
  const t = stripControl(text.length > max ? `${text.slice(0, max - 1)}…` : text);
  return t.length > max ? `${t.slice(0, max - 1)}…` : detach(t);
}

/** Gathers the key message of a failure: the first meaningful lines, each and all bounded. */
export class MessageLines {
  private readonly lines: string[] = [];
  private size = 0;

  constructor(private readonly maxLines = MAX_MESSAGE_LINES) {}

  get length(): number {
    return this.lines.length;
  }

  /** Adds a line (trimmed; blank lines ignored); returns false once full. */
  add(line: string): boolean {
    if (this.lines.length >= this.maxLines || this.size >= MAX_MESSAGE) return false;
    const t = line.trim();
    if (!t) return true;
    const c = clip(t, MAX_MESSAGE_LINE);
    this.lines.push(c);
    this.size += c.length + 1;
    return true;
  }

  text(): string {
    return this.lines.join('\n');
  }
}

/** A failure being read, committed to the sink when its block ends. */
export class Draft {
  file: string | undefined;
  line: number | undefined;
  readonly msg: MessageLines;

  constructor(
    public name: string,
    public full_name: string,
    options: { file?: string | undefined; error?: boolean; maxLines?: number } = {},
  ) {
    this.file = options.file;
    this.error = options.error ?? false;
    this.msg = new MessageLines(options.maxLines);
  }

  error: boolean;

  /** Sets file and line unless already known (the first project frame is the one that matters). */
  at(file: string | undefined, line: number | undefined): void {
    if (this.line !== undefined || line === undefined) return;
    if (file) this.file = file;
    this.line = line;
  }

  commit(sink: FailureSink): FoundFailure | undefined {
    return sink.add({
      name: this.name,
      full_name: this.full_name,
      file: this.file,
      line: this.line,
      message: this.msg.text(),
      error: this.error,
    });
  }
}
