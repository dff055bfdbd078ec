import type { Failure } from '../types.js';
import { detach, stripControl } from './lines.js';
import { isTestFile, type Location } from './location.js';

export const MAX_NAME = 200;
export const MAX_MESSAGE_LINE = 240;
export const MAX_MESSAGE_LINES = 12;
export const MAX_MESSAGE = 1200;
const MOCHA_TIMEOUT = /^(?:Error: )?Timeout of \d+ms exceeded\..* \(([^()\s]{1,500}\.[cm]?[jt]sx?)\)$/;
/** differing lines kept from a diff; its context lines are dropped */
const MAX_DIFF_LINES = 8;
// a diff's legend: jest/vitest `- Expected`/`+ Received`, mocha `+ expected - actual`, node:assert `+ actual - expected`, unified `---`/`+++`/`@@`
const DIFF_LEGEND = /^(?:- Expected\b|\+ Received\b|\+ expected - actual|- actual \+ expected|\+ actual - expected|Difference \(|--- |\+\+\+ |@@ )/;

/** A failure as parsers build it: `error` marks a build/collection/suite error rather than a failed test. */
export interface FoundFailure extends Failure {
  error?: boolean;
  /** how many identical failures this one stands for (retries, repeated runs) */
  times?: number;
}

export interface NamedFailure {
  name: string;
  times: number;
}

export interface SinkLimits {
  /** failures kept with full detail */
  detailed: number;
  /** further failures kept by name only; beyond that they are only counted */
  named: number;
}

const DEFAULT_LIMITS: SinkLimits = { detailed: 50, named: 1000 };

/**
 * Collects failures with bounded memory whatever the log size: N in full, M more by name, the rest
 * counted. Identical failures (same test, place and message: retries, repeated runs) are kept once
 * with a count.
 */
export class FailureSink {
  readonly detailed: FoundFailure[] = [];
  readonly extraNames: NamedFailure[] = [];
  tests = 0;
  errors = 0;
  /** failures that the detailed and named lists stand for, repeats included */
  represented = 0;
  private readonly limits: SinkLimits;
  private readonly byKey = new Map<string, FoundFailure>();
  private readonly byName = new Map<string, NamedFailure>();
  /** the full names in `detailed` (a failure whose name is not here cannot repeat one of them) */
  private readonly detailedNames = new Set<string>();

  constructor(limits: Partial<SinkLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  get count(): number {
    return this.tests + this.errors;
  }

  /** Both lists are full: a failure whose name is in neither is only counted. */
  get full(): boolean {
    return this.detailed.length >= this.limits.detailed && this.extraNames.length >= this.limits.named;
  }

  /**
   * Whether `add` would only count a failure of this name: both lists are full and the name is in
   * neither. A reader can then count it (countOnly) without working out its place and message.
   */
  onlyCounts(name: string, fullName: string): boolean {
    if (!this.full) return false;
    const full = clip(fullName || name, MAX_NAME * 2);
    return !this.detailedNames.has(full) && !this.byName.has(full || clip(name, MAX_NAME));
  }

  /** Counts a failure that onlyCounts said `add` would only count. */
  countOnly(error: boolean): void {
    if (error) this.errors += 1;
    else this.tests += 1;
  }

  /** onlyCounts and, when it holds, countOnly: true when the failure was counted (a parser then need not read it). */
  countIfOnly(name: string, fullName: string, error = false): boolean {
    if (!this.onlyCounts(name, fullName)) return false;
    this.countOnly(error);
    return true;
  }

  /** Records a failure; returns the stored object (so a parser can fill it in later) or undefined when only named/counted. */
  add(failure: FoundFailure): FoundFailure | undefined {
    if (failure.error) this.errors += 1;
    else this.tests += 1;
    if (this.detailed.length >= this.limits.detailed) {
      // a failure that repeats none of the detailed ones is named or counted: only its name is cleaned
      // (a long run of failures past the list does not clean each one's message and place)
      const full = clip(failure.full_name || failure.name, MAX_NAME * 2);
      if (!this.detailedNames.has(full)) {
        this.name(full || clip(failure.name, MAX_NAME));
        return undefined;
      }
    }
    const clean = normalise(failure);
    const key = `${clean.full_name}\u0000${clean.file ?? ''}\u0000${clean.line ?? ''}\u0000${clean.message}`;
    const seen = this.byKey.get(key);
    if (seen) {
      seen.times = (seen.times ?? 1) + 1;
      this.represented += 1;
      return seen;
    }
    if (this.detailed.length < this.limits.detailed) {
      this.detailed.push(clean);
      this.detailedNames.add(clean.full_name);
      this.byKey.set(key, clean);
      this.represented += 1;
      return clean;
    }
    this.name(clean.full_name || clean.name);
    return undefined;
  }

  /** A failure past the detailed list: named while there is room, a repeat of a named one counted with it. */
  private name(name: string): void {
    const named = this.byName.get(name);
    if (named) {
      named.times += 1;
      this.represented += 1;
    } else if (this.extraNames.length < this.limits.named) {
      const entry = { name, times: 1 };
      this.extraNames.push(entry);
      this.byName.set(name, entry);
      this.represented += 1;
    }
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

  /** The first line kept, if any. */
  get first(): string | undefined {
    return this.lines[0];
  }

  /** No more lines are taken (add returns false): a parser can skip its checks for message lines. */
  get full(): boolean {
    return this.lines.length >= this.maxLines || this.size >= MAX_MESSAGE;
  }

  private inDiff = false;
  private diffLines = 0;

  /**
   * Adds a line (trimmed; blank lines ignored); returns false once full. After a diff's legend only
   * the differing (`+`/`-`) lines are kept, so the lines that matter are not cut off by context.
   */
  add(line: string): boolean {
    if (this.lines.length >= this.maxLines || this.size >= MAX_MESSAGE) return false;
    const t = line.trim();
    if (!t) return true;
    if (DIFF_LEGEND.test(t)) {
      if (this.inDiff && (t.startsWith('---') || t.startsWith('+++') || t.startsWith('@@'))) return true;
      this.inDiff = true;
    } else if (this.inDiff) {
      if (!/^[-+]/.test(t)) return true;
      if (this.diffLines >= MAX_DIFF_LINES) return true;
      this.diffLines += 1;
    }
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

  private fallback: Location | undefined;

  /**
   * A stack frame in the project: the first one in a test file is the place; the first one elsewhere
   * (the code under test) is kept in case no frame is in a test file.
   */
  frame(loc: Location): void {
    if (this.line !== undefined) return;
    if (isTestFile(loc.file)) this.at(loc.file, loc.line);
    else this.fallback ??= loc;
  }

  commit(sink: FailureSink): FoundFailure | undefined {
    if (this.line === undefined && this.fallback) this.at(this.fallback.file, this.fallback.line);
    // mocha's timeout has no stack, only the test file at the end of its message
    if (!this.file) this.file = MOCHA_TIMEOUT.exec(this.msg.first ?? '')?.[1];
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
