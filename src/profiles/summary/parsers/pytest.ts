import { addCount, countOf, type ParserOutcome, type RunnerParser } from '../parser.js';
import { Draft, MessageLines, type FailureSink, type FoundFailure } from '../sink.js';
import { tidyPath, type Location } from '../location.js';
import { FrameList, isPythonUserFile, MessageGather, pythonFrame, sameTail, testFrame } from './python.js';

const SECTION = /^={3,} (.+?) ={3,}$/;
const BLOCK = /^_{3,} (.+?) _{3,}$/;
const WHERE = /^(\S{1,1000}\.py):(\d+): ?(.{0,1000})$/;
const SHORT = /^(FAILED|ERROR) (\S+?)(?: - (.*))?$/;
const TOTALS = /^(?:=+ )?((?:\d+ \w+(?:, )?)+) in [\d.]+s(?: \([^)]*\))?(?: =+)?$/;
const VERBOSE = /^(\S{1,1000}\.py::.+?) (PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS)(?: |$)/;
const PROGRESS = /^(?:(\S{1,1000}\.py) )?([.FEsxX]+)(?: +\[ *\d+%\])?$/;
const FATAL = /Fatal Python error: (.{1,300})$/;

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
  const run = { passed: null as number | null, failed: null as number | null, sawResults: false };
  const counted = { passed: 0, other: 0 };
  let section = '';
  let draft: Draft | undefined;
  let title = '';
  let frames = new FrameList<Where>();
  let gathered = new MessageGather();
  /** sections that printed failure blocks in this run: their failures are not added again from the short summary */
  const blocksIn = new Set<string>();
  let rootdir = '';
  let nativeExc = false;
  /** frames of stored failures, to place them in the test file once the short summary names it */
  const placed = new Map<FoundFailure, Where[]>();
  /** --tb=line entries: no headers, in the order of the short summary */
  let lineEntries: { where: Where; msg: MessageLines }[] = [];
  let lineMsg = new MessageLines();
  let current = '';
  let crash: Draft | undefined;

  const commit = (): void => {
    if (draft) {
      const target = draft.error ? draft.name : undefined;
      const own = testFrame(frames.items, target) ?? (draft.error ? undefined : testFrame(frames.items));
      if (own) draft.at(relative(own.file), own.line);
      for (const l of gathered.pick()) draft.msg.add(l);
      if (own && !draft.error) draft.full_name = `${relative(own.file)}::${title.replace(/\.(?![^[]*\])/g, '::')}`;
      if (draft.msg.length === 0 && frames.last?.exc) draft.msg.add(frames.last.exc);
      if (draft.error && target && !draft.file) draft.file = target;
      const stored = draft.commit(sink);
      if (stored && placed.size < 200) placed.set(stored, frames.items);
      blocksIn.add(section);
    }
    draft = undefined;
    frames = new FrameList<Where>();
    gathered = new MessageGather();
    nativeExc = false;
  };

  const startBlock = (text: string): void => {
    commit();
    title = text;
    if (section === 'ERRORS') {
      const target = title.replace(/^ERROR (collecting|at \w+ of) /, '');
      const collecting = title.startsWith('ERROR collecting');
      draft = new Draft(collecting ? target : lastName(target), title, { error: collecting });
    } else {
      draft = new Draft(lastName(title), title);
    }
  };

  const inBlock = (text: string): void => {
    const w = text.includes('.py:') ? WHERE.exec(text) : null;
    if (w) {
      const where = { file: tidyPath(w[1] ?? ''), line: Number(w[2]), exc: (w[3] ?? '').replace(/^in /, '') };
      if (draft) pushFrame(where);
      else if (lineEntries.length < 200) {
        lineEntries.push({ where, msg: lineMsg });
        lineMsg = new MessageLines();
      }
      return;
    }
    const native = pythonFrame(text);
    if (native) {
      pushFrame({ file: native.file, line: native.line, exc: '' });
      return;
    }
    const target = draft ? gathered : lineMsg;
    if (/^E\s/.test(text)) target.add(text.slice(1).replace(/^ {0,7}/, ''));
    // --tb=native: the exception line closes the traceback; what follows is its message (a diff)
    else if (nativeExc) gathered.add(text);
    else if (draft && frames.last && /^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning)\b/.test(text)) {
      gathered.add(text);
      nativeExc = true;
    }
  };

  const shortLine = (kind: string, nodeid: string, message: string): void => {
    const parts = nodeid.split('::');
    const file = parts[0] ?? '';
    const rest = parts.slice(1).join('.');
    const tail = parts.slice(1).join('::');
    const known = sink.find((f) => f.full_name === nodeid || (f.file === file && f.full_name.endsWith(`::${tail}`)) || f.name === rest || (f.error === true && f.name === nodeid));
    if (known) {
      if (!known.error) known.full_name = nodeid;
      placeIn(known, file);
      return;
    }
    if (blocksIn.has(kind === 'FAILED' ? 'FAILURES' : 'ERRORS')) return;
    const d = new Draft(lastName(rest || nodeid), nodeid, { file, error: kind === 'ERROR' && !rest });
    const entry = kind === 'FAILED' ? lineEntries.shift() : undefined;
    if (entry) {
      for (const l of entry.msg.text().split('\n')) d.msg.add(l);
      if (sameTail(entry.where.file, file)) d.line = entry.where.line;
    }
    if (d.msg.length === 0) d.msg.add(message);
    d.commit(sink);
  };

  const placeIn = (f: FoundFailure, file: string): void => {
    const fr = placed.get(f);
    if (!fr || !file) return;
    if (f.file && sameTail(f.file, file)) {
      f.file = file;
      return;
    }
    const own = testFrame(fr, file);
    f.file = file;
    if (own) f.line = own.line;
    else delete f.line;
  };

  const crashLine = (text: string): boolean => {
    const fatal = text.includes('Fatal Python error: ') ? FATAL.exec(text) : null;
    if (fatal) {
      const head = text.slice(0, fatal.index).trim();
      countProgress(head);
      if (head.endsWith('.py')) current = head;
      const nodeid = head.includes('::') ? head : '';
      crash = new Draft(nodeid ? lastName(nodeid.split('::').slice(1).join('.')) : 'crash', nodeid);
      crash.msg.add(`Fatal Python error: ${fatal[1] ?? ''}`);
      run.sawResults = true;
      return true;
    }
    if (!crash) return false;
    const frame = pythonFrame(text);
    if (frame && crash.line === undefined && isPythonUserFile(frame.file) && testFrame([frame])) {
      crash.at(current && sameTail(frame.file, current) ? current : relative(frame.file), frame.line);
      if (crash.name === 'crash') crash.name = frame.fn;
      if (!crash.full_name) crash.full_name = `${current || frame.file}::${frame.fn}`;
    }
    return frame !== undefined || !text.trim() || text.startsWith('Current thread') || text.startsWith('Thread 0x');
  };

  const countProgress = (text: string): void => {
    const p = PROGRESS.exec(text);
    if (!p) return;
    if (p[1]) current = p[1];
    const marks = p[2] ?? '';
    for (const c of marks) {
      if (c === '.') counted.passed += 1;
      else if (c === 'F' || c === 'E') counted.other += 1;
    }
    run.sawResults = true;
  };

  return {
    runner: 'pytest',
    line(text) {
      if (crashLine(text)) return;
      const sec = text.startsWith('===') ? SECTION.exec(text) : null;
      if (sec) {
        commit();
        const name = sec[1] ?? '';
        const totals = TOTALS.exec(name);
        if (totals) return readTotals(totals[1] ?? '');
        section = name;
        if (name === 'test session starts') blocksIn.clear();
        return;
      }
      if (section === 'FAILURES' || section === 'ERRORS') {
        const block = text.startsWith('___') ? BLOCK.exec(text) : null;
        if (block) return startBlock(block[1] ?? '');
        inBlock(text);
        return;
      }
      if (section === 'short test summary info') {
        const s = SHORT.exec(text);
        if (s) return shortLine(s[1] ?? '', s[2] ?? '', s[3] ?? '');
      }
      const totals = text.includes(' in ') ? TOTALS.exec(text) : null;
      if (totals && /\b(passed|failed|error|errors|skipped|deselected|xfailed|xpassed|no tests ran)\b/.test(totals[1] ?? '')) {
        readTotals(totals[1] ?? '');
        return;
      }
      const v = text.includes('.py::') ? VERBOSE.exec(text) : null;
      if (v) {
        run.sawResults = true;
        current = (v[1] ?? '').split('::')[0] ?? '';
        if (v[2] === 'PASSED') counted.passed += 1;
        else if (v[2] === 'FAILED' || v[2] === 'ERROR') counted.other += 1;
        return;
      }
      if (text.startsWith('rootdir: ')) rootdir = text.slice(9).split(',')[0]?.trim() ?? '';
      else if (/^collected \d+ item/.test(text)) run.sawResults = true;
      else if (section === 'test session starts' || section === '') countProgress(text);
    },
    finish(): ParserOutcome {
      commit();
      if (crash) {
        if (!crash.full_name) crash.full_name = crash.name;
        crash.commit(sink);
        run.failed = addCount(run.failed, 1);
      }
      // no totals (a crash, a cut log): what the -v lines or progress marks counted
      if (run.passed === null && run.sawResults) run.passed = counted.passed;
      if (run.failed === null && run.sawResults && counted.other > 0) run.failed = counted.other;
      return { passed: run.passed, failed: run.failed, sawResults: run.sawResults };
    },
  };

  function readTotals(body: string): void {
    run.sawResults = true;
    section = '';
    // errors at setup/teardown and while collecting are failures too: the run is not clean
    const errors = countOf(body, /errors?/) ?? 0;
    run.failed = addCount(run.failed, (countOf(body, /failed/) ?? 0) + errors);
    run.passed = addCount(run.passed, countOf(body, /passed/) ?? 0);
    blocksIn.clear();
    lineEntries = [];
  }

  function pushFrame(where: Where): void {
    if (isPythonUserFile(where.file)) frames.push(where);
    else frames.last = where;
  }

  function relative(file: string): string {
    return rootdir && file.startsWith(`${rootdir}/`) ? file.slice(rootdir.length + 1) : file;
  }
}
