import { addCount, countOf, type ParserOutcome, type RunnerParser } from '../parser.js';
import { clip, Draft, MAX_MESSAGE, MessageLines, type FailureSink, type FoundFailure } from '../sink.js';
import { tidyPath, type Location } from '../location.js';
import { MAX_LINE, NextMatch, type RawBlock } from '../lines.js';
import { FrameList, isPythonUserFile, MessageGather, pythonFrame, sameTail, testFrame } from './python.js';

const SECTION = /^={3,} (.+?) ={3,}$/;
const BLOCK = /^_{3,} (.+?) _{3,}$/;
const WHERE = /^(\S{1,1000}\.py):(\d+): ?(.{0,1000})$/;
const SHORT = /^(FAILED|ERROR) (\S+?)(?: - (.*))?$/;
const TOTALS = /^(?:=+ )?((?:\d+ \w+(?:, )?)+) in [\d.]+s(?: \([^)]*\))?(?: =+)?$/;
const STATUSES = ['PASSED', 'FAILED', 'ERROR', 'SKIPPED', 'XFAIL', 'XPASS'] as const;
const SPACE = /\s/g;
const COLLECTED = /^collected \d+ item/;
const MARKS = '.FEsxX';
const PROGRESS = /^(?:(\S{1,1000}\.py) )?([.FEsxX]+)(?: +\[ *\d+%\])?$/;
// PROGRESS at a line's start in a block of lines, ending at the line's end
const PROGRESS_AT = new RegExp(`${PROGRESS.source.slice(1, -1)}(?=\\n|$)`, 'y');
const FATAL = /Fatal Python error: (.{1,300})$/;

/**
 * A -v line, `tests/test_x.py::test_y[a b] PASSED  [ 40%]`: the node id (a path without spaces ending in
 * `.py`, then `::` and anything) and the first status word after it that a space or the line's end follows.
 * What the regex `^(\S{1,1000}\.py::.+?) (PASSED|…)(?: |$)` matches, found with searches instead of its lazy scan.
 */
export function verboseStatus(text: string): { nodeid: string; status: string } | undefined {
  const at = text.indexOf('.py::');
  if (at < 1 || at > 1000) return undefined;
  SPACE.lastIndex = 0;
  const space = SPACE.exec(text);
  if (space && space.index < at) return undefined;
  // `.+?`: at least one character after `::`
  for (let sp = text.indexOf(' ', at + 6); sp >= 0; sp = text.indexOf(' ', sp + 1)) {
    for (const status of STATUSES) {
      const end = sp + 1 + status.length;
      if (text.startsWith(status, sp + 1) && (end === text.length || text.charCodeAt(end) === 32)) return { nodeid: text.slice(0, sp), status };
    }
  }
  return undefined;
}

/**
 * Whether the line [at, end) of a raw block, whose first `.py::` is at `py`, is one verboseStatus reads as PASSED, and
 * its node id is ASCII (no decoding could change it): read in place, without making the line a string.
 * `spaceOnly`: the block holds no white space but spaces and no byte outside ASCII.
 */
function plainPassed(text: string, at: number, end: number, py: number, spaceOnly: boolean): boolean {
  if (py < at + 1 || py - at > 1000 || py >= end) return false;
  // the node id holds no white space (in a block where a space is the only kind, one native search says so)
  if (spaceOnly) {
    const space = text.indexOf(' ', at);
    if (space >= 0 && space < py) return false;
  } else {
    for (let i = at; i < py; i += 1) {
      const c = text.charCodeAt(i);
      if (c <= 32 || c >= 127) return false;
    }
  }
  // the first status word after the node id that a space or the line's end follows: PASSED, or another
  for (let sp = text.indexOf(' ', py + 6); sp >= 0 && sp < end; sp = text.indexOf(' ', sp + 1)) {
    const c = text.charCodeAt(sp + 1);
    if (c === 80) {
      const after = sp + 7;
      if (after <= end && text.startsWith('PASSED', sp + 1) && (after === end || text.charCodeAt(after) === 32)) return true;
    } else if (c === 70 || c === 69 || c === 83 || c === 88) {
      for (const status of STATUSES) {
        const after = sp + 1 + status.length;
        if (after <= end && text.startsWith(status, sp + 1) && (after === end || text.charCodeAt(after) === 32)) return false;
      }
    }
  }
  return false;
}

/** Whether the digits at `at` are followed by a space, as the first count of a totals line is (a date or a time is not). */
function countFirst(text: string, at: number): boolean {
  let i = at;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i += 1;
  }
  return text.charCodeAt(i) === 32;
}

/** Whether a line may be the -q totals line (`3 failed, 2 passed in 0.12s`, perhaps between `=`): a count or `=` first, `s`, `)` or `=` last. */
function mayBeTotals(text: string, c0: number): boolean {
  const last = text.charCodeAt(text.length - 1);
  return ((c0 >= 48 && c0 <= 57) || c0 === 61) && (last === 115 || last === 41 || last === 61);
}

interface Where extends Location {
  exc: string;
}

/** Splits `TestStrings.test_trims[1.5]` into its last name without breaking inside the parameters. */
function lastName(title: string): string {
  const bracket = title.indexOf('[');
  const head = bracket >= 0 ? title.slice(0, bracket) : title;
  const dot = head.lastIndexOf('.');
  return dot >= 0 ? title.slice(dot + 1) : title;
}

/**
 * pytest's terminal reporter: default, -q and -v, every --tb style, the FAILURES/ERRORS sections
 * and the short summary, collection errors, and a crash (segfault) that faulthandler traces.
 */
export function pytestParser(sink: FailureSink): RunnerParser {
  return new PytestParser(sink);
}

/** The reporter's state between lines; each kind of line has its own handler. */
class PytestParser implements RunnerParser {
  readonly runner = 'pytest';
  private readonly run = { passed: null as number | null, failed: null as number | null, sawResults: false };
  private readonly counted = { passed: 0, other: 0 };
  private section = '';
  private draft: Draft | undefined;
  private title = '';
  private frames = new FrameList<Where>();
  private gathered = new MessageGather();
  /** sections that printed failure blocks in this run: their failures are not added again from the short summary */
  private readonly blocksIn = new Set<string>();
  private rootdir = '';
  private nativeExc = false;
  /** frames of stored failures, to place them in the test file once the short summary names it */
  private readonly placed = new Map<FoundFailure, Where[]>();
  /** the failures stored from this run's blocks: the ones its short summary may name */
  private stored = new Set<FoundFailure>();
  /** --tb=line entries: no headers, in the order of the short summary */
  private lineEntries: { where: Where; msg: MessageLines }[] = [];
  private lineMsg = new MessageLines();
  private current = '';
  private crash: Draft | undefined;
  /** the lines of the last run passingRun read: at, passed, other, file start, file end, for each (the summariser calls passedOver right after it, for it only) */
  private readonly steps: number[] = [];
  /** in a failure block that is only counted (see startBlock) */
  private counting = false;
  /** the section and title of each failure committed while the sink had room (at most its lists' size) */
  private readonly titles = new Set<string>();
  /** where the next `.py::` of a block is (one search per line that holds it, however the run ends) */
  private readonly rawNodeid = new NextMatch('.py::');
  private readonly rawFatal = new NextMatch('Fatal Python error: ');
  private readonly rawFile = new NextMatch('.py');
  private readonly plainBlock = { seq: -1, plain: false };
  constructor(private readonly sink: FailureSink) {}

  /**
   * Most lines of a long run are results that only count: `nodeid PASSED` (-v) and progress lines
   * (`tests/test_x.py ..F.s [ 40%]`). A run of them is read in place in the raw block and counted in
   * passedOver (so are the lines of a failure block that is only counted, which count nothing). A line
   * is taken only when `line` would do nothing else with it: among the run's results (no section, no
   * crash being read), not a `=` line nor a crash's first line, no longer than a cleaned line; a -v line
   * with an ASCII node id, a progress line in an ASCII block (so each reads the same decoded or not).
   */
  passingRun(block: RawBlock, from: number): number {
    const steps = this.steps;
    steps.length = 0;
    if (this.crash) return from;
    // a counted failure block's lines are the parser's own too, and change nothing
    if (this.counting) return this.countedBlockEnd(block, from);
    if (this.section !== 'test session starts' && this.section !== '') return from;
    const text = block.text;
    const fatal = this.rawFatal.lineFrom(block, from);
    let at = from;
    while (at < text.length && at < fatal && text.charCodeAt(at) !== 61) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      if (end - at > MAX_LINE) break;
      const py = this.rawNodeid.indexFrom(block, at);
      if (py < end) {
        if (!plainPassed(text, at, end, py, this.spaceOnly(block))) break;
        steps.push(at, 1, 0, at, text.indexOf('::', at));
      } else {
        // (a progress line ends in a mark or its percentage: most other lines are ruled out without the regex)
        const last = text.charCodeAt(end - 1);
        PROGRESS_AT.lastIndex = at;
        const p = block.ascii && (last === 93 || MARKS.includes(text[end - 1] ?? ' ')) ? PROGRESS_AT.exec(text) : null;
        if (!p) break;
        let passed = 0;
        let other = 0;
        const marks = p[2] ?? '';
        for (let i = 0; i < marks.length; i += 1) {
          const c = marks.charCodeAt(i);
          if (c === 46) passed += 1;
          else if (c === 70 || c === 69) other += 1;
        }
        const file = p[1] ?? '';
        steps.push(at, passed, other, at, file ? at + file.length : at);
      }
      at = end + 1;
    }
    return at > text.length ? Infinity : at;
  }

  /** The result lines in [from, to), which passingRun read: counted, and the last one that names a file is the running one's. */
  passedOver(block: RawBlock, _from: number, to: number): void {
    const steps = this.steps;
    let file = -1;
    for (let i = 0; i < steps.length && (steps[i] ?? Infinity) < to; i += 5) {
      this.counted.passed += steps[i + 1] ?? 0;
      this.counted.other += steps[i + 2] ?? 0;
      this.run.sawResults = true;
      if ((steps[i + 4] ?? 0) > (steps[i + 3] ?? 0)) file = i;
    }
    if (file >= 0) this.current = block.text.slice(steps[file + 3], steps[file + 4]);
    steps.length = 0;
  }

  /**
   * Among the run's results (no section, no crash being read), the lines `line` does nothing with are what
   * the tests print (`pytest -s`, plugins): passed over up to the first line that may be one of pytest's.
   * A line may be when it starts with `=` (a section or totals), a count and a space (-q totals), `rootdir: ` or
   * `collected`; ends with `]` or a progress mark; holds `.py` (a -v line, a progress line's file) or a
   * crash's first words; or is longer than a cleaned line. Error-looking lines are kept for the evidence
   * by the summariser itself.
   */
  nextLine(block: RawBlock, from: number): number {
    if (this.crash || (this.section !== 'test session starts' && this.section !== '')) return from;
    const text = block.text;
    const fatal = this.rawFatal.lineFrom(block, from);
    let at = from;
    while (at < text.length && at < fatal) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      if (end === at || end - at > MAX_LINE || this.rawFile.indexFrom(block, at) < end) break;
      const c0 = text.charCodeAt(at);
      if (c0 === 61 || (c0 >= 48 && c0 <= 57 && countFirst(text, at)) || text.startsWith('rootdir: ', at) || text.startsWith('collected', at)) break;
      const last = text.charCodeAt(end - 1);
      if (last === 93 || MARKS.includes(text[end - 1] ?? ' ')) break;
      at = end + 1;
    }
    return at > text.length ? Infinity : at;
  }

  /** In a counted failure block: the next line that may end it (it starts with `_` or `=`) or start a crash. */
  private countedBlockEnd(block: RawBlock, from: number): number {
    const text = block.text;
    const fatal = this.rawFatal.lineFrom(block, from);
    let at = from;
    while (at < text.length && at < fatal) {
      const c = text.charCodeAt(at);
      if (c === 95 || c === 61) break;
      const end = text.indexOf('\n', at);
      if (end < 0) return Infinity;
      at = end + 1;
    }
    return at > text.length ? Infinity : at;
  }

  /** Whether the only white space a block's lines can hold is the space (ASCII, no tab, \v or \f): asked once per block. */
  private spaceOnly(block: RawBlock): boolean {
    const seen = this.plainBlock;
    if (seen.seq !== block.seq) {
      seen.seq = block.seq;
      // (three native searches: a character class regex reads a block several times slower)
      const text = block.text;
      seen.plain = block.ascii && text.indexOf('\t') < 0 && text.indexOf('\v') < 0 && text.indexOf('\f') < 0;
    }
    return seen.plain;
  }


  line(text: string): void {
    if (this.crashLine(text)) return;
    const c0 = text.charCodeAt(0);
    const sec = c0 === 61 && text.startsWith('===') ? SECTION.exec(text) : null;
    if (sec) return this.sectionLine(sec[1] ?? '');
    if (this.section === 'FAILURES' || this.section === 'ERRORS') {
      const block = c0 === 95 && text.startsWith('___') ? BLOCK.exec(text) : null;
      if (block) return this.startBlock(block[1] ?? '');
      // (a counted block's lines change nothing)
      if (!this.counting) this.inBlock(text);
      return;
    }
    if (this.section === 'short test summary info') {
      const s = SHORT.exec(text);
      if (s) return this.shortLine(s[1] ?? '', s[2] ?? '', s[3] ?? '');
    }
    // (a -v line is most of a verbose log: the cheap tests come first, each rules out most lines)
    const verbose = verboseStatus(text);
    if (verbose) return this.verboseLine(verbose.nodeid, verbose.status);
    const totals = mayBeTotals(text, c0) ? TOTALS.exec(text) : null;
    if (totals && /\b(passed|failed|error|errors|skipped|deselected|xfailed|xpassed|no tests ran)\b/.test(totals[1] ?? '')) {
      this.readTotals(totals[1] ?? '');
      return;
    }
    if (c0 === 114 && text.startsWith('rootdir: ')) this.rootdir = text.slice(9).split(',')[0]?.trim() ?? '';
    else if (c0 === 99 && COLLECTED.test(text)) this.run.sawResults = true;
    else if (this.section === 'test session starts' || this.section === '') this.countProgress(text);
  }

  finish(): ParserOutcome {
    const run = this.run;
    this.commit();
    if (this.crash) {
      if (!this.crash.full_name) this.crash.full_name = this.crash.name;
      this.crash.commit(this.sink);
      run.failed = addCount(run.failed, 1);
    }
    // no totals (a crash, a cut log): what the -v lines or progress marks counted
    if (run.passed === null && run.sawResults) run.passed = this.counted.passed;
    if (run.failed === null && run.sawResults && this.counted.other > 0) run.failed = this.counted.other;
    return { passed: run.passed, failed: run.failed, sawResults: run.sawResults };
  }

  /** `=== name ===`: a section starts, or the totals line closes the run. */
  private sectionLine(name: string): void {
    this.commit();
    const totals = TOTALS.exec(name);
    if (totals) return this.readTotals(totals[1] ?? '');
    this.section = name;
    if (name === 'test session starts') {
      this.blocksIn.clear();
      this.stored.clear();
    }
  }

  /** `tests/test_x.py::test_y PASSED` (-v) */
  private verboseLine(nodeid: string, status: string): void {
    this.run.sawResults = true;
    const sep = nodeid.indexOf('::');
    this.current = sep < 0 ? nodeid : nodeid.slice(0, sep);
    if (status === 'PASSED') this.counted.passed += 1;
    else if (status === 'FAILED' || status === 'ERROR') this.counted.other += 1;
  }

  /** Stores the failure block being read, placed in its test's own frame, and starts afresh. */
  private commit(): void {
    if (this.counting) {
      this.counting = false;
      this.blocksIn.add(this.section);
      return;
    }
    const draft = this.draft;
    if (draft) {
      const frames = this.frames;
      const target = draft.error ? draft.name : undefined;
      const own = testFrame(frames.items, target) ?? (draft.error ? undefined : testFrame(frames.items));
      if (own) draft.at(this.relative(own.file), own.line);
      for (const l of this.gathered.pick()) draft.msg.add(l);
      if (own && !draft.error) draft.full_name = `${this.relative(own.file)}::${this.title.replace(/\.(?![^[]*\])/g, '::')}`;
      if (draft.msg.length === 0 && frames.last?.exc) draft.msg.add(frames.last.exc);
      if (draft.error && target && !draft.file) draft.file = target;
      if (!this.sink.full) this.titles.add(`${this.section}\u0000${this.title}`);
      const stored = draft.commit(this.sink);
      // (the sink keeps few in detail and hands back the same one for a repeat: the set stays small)
      if (stored) this.stored.add(stored);
      if (stored && this.placed.size < 200) this.placed.set(stored, frames.items);
      this.blocksIn.add(this.section);
    }
    this.draft = undefined;
    this.frames = new FrameList<Where>();
    this.gathered = new MessageGather();
    this.nativeExc = false;
  }

  /** `____ test_name ____`: a failure block (or, under ERRORS, a collection or setup error). */
  private startBlock(text: string): void {
    this.commit();
    this.title = text;
    // once the sink's lists are full, a block whose title none of the kept failures had is only counted:
    // its name (made from its title) cannot repeat a kept one, so the sink would only count it
    if (this.sink.full && !this.titles.has(`${this.section}\u0000${text}`)) {
      this.counting = true;
      this.sink.countOnly(this.section === 'ERRORS' && text.startsWith('ERROR collecting'));
      return;
    }
    if (this.section === 'ERRORS') {
      const target = text.replace(/^ERROR (collecting|at \w+ of) /, '');
      const collecting = text.startsWith('ERROR collecting');
      this.draft = new Draft(collecting ? target : lastName(target), text, { error: collecting });
    } else {
      this.draft = new Draft(lastName(text), text);
    }
  }

  /** A line inside a failure block (or a --tb=line entry): a place, a frame, or the message. */
  private inBlock(text: string): void {
    const w = text.includes('.py:') ? WHERE.exec(text) : null;
    if (w) {
      const where = { file: tidyPath(w[1] ?? ''), line: Number(w[2]), exc: (w[3] ?? '').replace(/^in /, '') };
      if (this.draft) this.pushFrame(where);
      else if (this.lineEntries.length < 200) {
        this.lineEntries.push({ where, msg: this.lineMsg });
        this.lineMsg = new MessageLines();
      }
      return;
    }
    const native = pythonFrame(text);
    if (native) {
      this.pushFrame({ file: native.file, line: native.line, exc: '' });
      return;
    }
    const target = this.draft ? this.gathered : this.lineMsg;
    if (/^E\s/.test(text)) target.add(text.slice(1).replace(/^ {0,7}/, ''));
    // a strict xfail that passed has no traceback: its block is this one line
    else if (text.startsWith('[XPASS(strict)]')) target.add(`${text.trim()} the test passed, but it is marked xfail(strict=True)`);
    // --tb=native: the exception line closes the traceback; what follows is its message (a diff)
    else if (this.nativeExc) this.gathered.add(text);
    else if (this.draft && this.frames.last && /^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning)\b/.test(text)) {
      this.gathered.add(text);
      this.nativeExc = true;
    }
  }

  /** `FAILED nodeid - message` in the short summary: names a stored failure, or is the only word of it. */
  private shortLine(kind: string, nodeid: string, message: string): void {
    // (a run whose blocks were all counted has no failure for the line to name: nothing to add either)
    if (this.stored.size === 0 && this.blocksIn.has(kind === 'FAILED' ? 'FAILURES' : 'ERRORS')) return;
    const parts = nodeid.split('::');
    const file = parts[0] ?? '';
    const rest = parts.slice(1).join('.');
    const tail = parts.slice(1).join('::');
    const suffix = `::${tail}`;
    // only this run's blocks: a short summary names its own run's failures (a second run's line is not the first's)
    let known: FoundFailure | undefined;
    for (const f of this.stored) {
      if (f.full_name === nodeid || (f.file === file && f.full_name.endsWith(suffix)) || f.name === rest || (f.error === true && f.name === nodeid)) {
        known = f;
        break;
      }
    }
    if (known) {
      if (!known.error) known.full_name = nodeid;
      // a block without a message line (no `E` line): the short summary's words are all there is
      if (!known.message && message.trim()) known.message = clip(message.trim(), MAX_MESSAGE);
      this.placeIn(known, file);
      return;
    }
    if (this.blocksIn.has(kind === 'FAILED' ? 'FAILURES' : 'ERRORS')) return;
    const d = new Draft(lastName(rest || nodeid), nodeid, { file, error: kind === 'ERROR' && !rest });
    const entry = kind === 'FAILED' ? this.lineEntries.shift() : undefined;
    if (entry) {
      for (const l of entry.msg.text().split('\n')) d.msg.add(l);
      if (sameTail(entry.where.file, file)) d.line = entry.where.line;
    }
    if (d.msg.length === 0) d.msg.add(message);
    d.commit(this.sink);
  }

  private placeIn(f: FoundFailure, file: string): void {
    const fr = this.placed.get(f);
    if (!fr || !file) return;
    if (f.file && sameTail(f.file, file)) {
      f.file = file;
      return;
    }
    const own = testFrame(fr, file);
    f.file = file;
    if (own) f.line = own.line;
    else delete f.line;
  }

  /** A faulthandler trace (`Fatal Python error: …` and its thread dumps); true when the line was one of it. */
  private crashLine(text: string): boolean {
    const fatal = text.includes('Fatal Python error: ') ? FATAL.exec(text) : null;
    if (fatal) {
      this.startCrash(text, fatal);
      return true;
    }
    const crash = this.crash;
    if (!crash) return false;
    const frame = pythonFrame(text);
    if (frame && crash.line === undefined && isPythonUserFile(frame.file) && testFrame([frame])) {
      const current = this.current;
      crash.at(current && sameTail(frame.file, current) ? current : this.relative(frame.file), frame.line);
      if (crash.name === 'crash') crash.name = frame.fn;
      if (!crash.full_name) crash.full_name = `${current || frame.file}::${frame.fn}`;
    }
    return frame !== undefined || !text.trim() || text.startsWith('Current thread') || text.startsWith('Thread 0x');
  }

  private startCrash(text: string, fatal: RegExpExecArray): void {
    const head = text.slice(0, fatal.index).trim();
    this.countProgress(head);
    if (head.endsWith('.py')) this.current = head;
    const nodeid = head.includes('::') ? head : '';
    this.crash = new Draft(nodeid ? lastName(nodeid.split('::').slice(1).join('.')) : 'crash', nodeid);
    this.crash.msg.add(`Fatal Python error: ${fatal[1] ?? ''}`);
    this.run.sawResults = true;
  }

  /** `tests/test_x.py ..F.s [ 40%]`: the progress marks of the default and -q output */
  private countProgress(text: string): void {
    // a progress line ends in a mark or in its percentage
    const last = text.charCodeAt(text.length - 1);
    if (last !== 93 && !MARKS.includes(text[text.length - 1] ?? ' ')) return;
    const p = PROGRESS.exec(text);
    if (!p) return;
    if (p[1]) this.current = p[1];
    const marks = p[2] ?? '';
    for (const c of marks) {
      if (c === '.') this.counted.passed += 1;
      else if (c === 'F' || c === 'E') this.counted.other += 1;
    }
    this.run.sawResults = true;
  }

  private readTotals(body: string): void {
    const run = this.run;
    run.sawResults = true;
    this.section = '';
    // errors at setup/teardown and while collecting are failures too: the run is not clean
    const errors = countOf(body, /errors?/) ?? 0;
    run.failed = addCount(run.failed, (countOf(body, /failed/) ?? 0) + errors);
    run.passed = addCount(run.passed, countOf(body, /passed/) ?? 0);
    this.blocksIn.clear();
    this.lineEntries = [];
    this.stored.clear();
  }

  private pushFrame(where: Where): void {
    if (isPythonUserFile(where.file)) this.frames.push(where);
    else this.frames.last = where;
  }

  private relative(file: string): string {
    const rootdir = this.rootdir;
    return rootdir && file.startsWith(`${rootdir}/`) ? file.slice(rootdir.length + 1) : file;
  }
}
