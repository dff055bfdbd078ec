export const id = 895;
export const ids = [895];
export const modules = {

/***/ 62348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GJ: () => (/* binding */ junitFiles),
/* harmony export */   aH: () => (/* binding */ MAX_JUNIT_FILES),
/* harmony export */   fg: () => (/* binding */ isGlob)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Which files a `junit:` setting names: one file, a folder (its `.xml` files, at any depth) or a glob
 * (`target/surefire-reports/*.xml`, `build/test-results/**\/*.xml`). The walk never follows a
 * symlinked folder, stays under the glob's fixed part, and is bounded in files and folders visited.
 */



/** Most report files read for one profile; more are listed as skipped. */
const MAX_JUNIT_FILES = 2000;
const MAX_DIRS = 20_000;
const GLOB_CHARS = /[*?[\]{}!]/;
function isGlob(spec) {
    return GLOB_CHARS.test(spec);
}
/** The files `spec` names, relative to `base`, sorted; empty when nothing matches. */
async function junitFiles(base, spec) {
    const posix = spec.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    if (!isGlob(posix)) {
        const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(base, spec);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(target).catch(() => undefined);
        if (!info)
            return { files: [], skipped: 0 };
        if (!info.isDirectory())
            return { files: info.isFile() || info.isSymbolicLink() ? [target] : [], skipped: 0 };
        return walk(target, (rel) => rel.endsWith('.xml'));
    }
    const parts = posix.split('/');
    const fixed = [];
    while (parts.length > 1 && !isGlob(parts[0] ?? ''))
        fixed.push(parts.shift() ?? '');
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(base, fixed.join('/') || '.');
    const match = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(parts.join('/'), { dot: false });
    return walk(root, (rel) => match(rel));
}
async function walk(root, wanted) {
    const found = [];
    let skipped = 0;
    let dirs = 0;
    const queue = [''];
    while (queue.length > 0 && dirs < MAX_DIRS) {
        const rel = queue.shift() ?? '';
        dirs += 1;
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, rel), { withFileTypes: true }).catch(() => []);
        for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            const child = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (e.name !== 'node_modules' && e.name !== '.git')
                    queue.push(child);
            }
            else if ((e.isFile() || e.isSymbolicLink()) && wanted(child)) {
                if (found.length < MAX_JUNIT_FILES)
                    found.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, child));
                else
                    skipped += 1;
            }
        }
    }
    return { files: found.sort(), skipped };
}


/***/ }),

/***/ 80058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w_: () => (/* reexport */ MAX_JUNIT_BYTES),
  ol: () => (/* reexport */ createSummarizer),
  cy: () => (/* reexport */ readJunitReports),
  w1: () => (/* reexport */ summarizeFile),
  bB: () => (/* reexport */ summarizeText)
});

// UNUSED EXPORTS: JunitReader, MAX_TEXT, readJunit, readJunitFiles, stripAnsi

;// CONCATENATED MODULE: ./src/profiles/summary/classify.ts
/**
 * test-failures, all-pass or infra-error (PRODUCT.md §3). An infra error is anything that is not a
 * verdict on the tests: not started, timed out, command not found, stopped before tests ran, or
 * an exit code that contradicts a clean run. Failing tests win over a swallowed exit code.
 */
function classify(i) {
    const exitText = i.exitCode === null ? '' : ` (exit code ${i.exitCode})`;
    if (i.spawnError)
        return { kind: 'infra-error', reason: `the command could not be started: ${i.spawnError}` };
    if (i.timedOut)
        return { kind: 'infra-error', reason: `the command timed out${i.failed > 0 ? ` after ${i.failed} failure(s)` : ''}` };
    if ((i.exitCode === 127 || i.notFound !== undefined) && !i.sawResults) {
        return { kind: 'infra-error', reason: `command not found${i.notFound ? `: ${i.notFound}` : ''}${exitText}` };
    }
    if (i.failed > 0 || (i.failedTests > 0 && !i.infraReason))
        return { kind: 'test-failures' };
    if (i.infraReason)
        return { kind: 'infra-error', reason: `${i.infraReason}${exitText}` };
    // a test file that failed to load while others ran
    if (i.errors > 0 && i.sawResults)
        return { kind: 'test-failures' };
    if (i.exitCode !== null && i.exitCode !== 0) {
        return {
            kind: 'infra-error',
            reason: i.sawResults
                ? `exit code ${i.exitCode} although the runner reported no failing test`
                : `exit code ${i.exitCode} before any test result (crash, or a runner this summariser does not recognise)`,
        };
    }
    if (i.sawResults)
        return { kind: 'all-pass' };
    if (i.exitCode === 0)
        return { kind: 'all-pass', note: '(exit code 0; no test results recognised in the output)' };
    return { kind: 'infra-error', reason: 'no test results recognised in the output, and no exit code given' };
}

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
;// CONCATENATED MODULE: ./src/profiles/summary/lines.ts
/** The summary parsers' line primitives; their home is util/text.ts. */


;// CONCATENATED MODULE: ./src/profiles/summary/location.ts
// `at fn (file:///x/y.js:7:12)`, `at /x/y.js:7:12`, `at Object.toBe (test/math.test.js:7:19)`, node --test TAP `fn (file:...)`
const JS_FRAME = /^\s*(?:at )?(?:.*? \()?((?:file:\/\/)?[^\s()]+?):(\d+):(\d+)\)?\s*(?:\{)?$/;
/** A file that belongs to the project under test, not to the runtime or a dependency. */
function isUserFile(file) {
    return (!file.startsWith('node:') &&
        !file.startsWith('internal/') &&
        !file.includes('/node_modules/') &&
        !file.startsWith('node_modules/') &&
        !file.includes('<anonymous>') &&
        !file.startsWith('/rustc/') &&
        !/\/src\/(runtime|testing|reflect)\//.test(file));
}
function tidyPath(file) {
    let f = file;
    if (f.startsWith('file://'))
        f = f.slice(7);
    if (f.startsWith('./'))
        f = f.slice(2);
    return f;
}
/** The location in a JS stack frame line, when it points into the project. */
function jsFrame(line) {
    if (!line.includes(':'))
        return undefined;
    const m = JS_FRAME.exec(line);
    if (!m)
        return undefined;
    const file = tidyPath(m[1] ?? '');
    if (!file || !isUserFile(file))
        return undefined;
    return { file, line: Number(m[2]) };
}
/** True for a line that looks like any JS stack frame (user or not). */
function isJsFrameLine(line) {
    return /^\s*at \S/.test(line);
}
/** The first project location found in a block of text (JUnit failure bodies, messages). */
function firstLocation(text, preferFile) {
    let first;
    for (const l of text.split('\n')) {
        const loc = jsFrame(l) ?? plainLocation(l);
        if (!loc)
            continue;
        if (!preferFile || sameFile(loc.file, preferFile))
            return loc;
        first ??= loc;
    }
    return first;
}
/** `path/file.ext:12` or `path/file.ext:12:3` anywhere in a line (vitest `❯ file:7:19`, pytest `file.py:6: Error`). */
function plainLocation(line) {
    const m = /(?:^|[\s(❯])((?:file:\/\/)?[\w./@\\-]*\w\.[A-Za-z]{1,6}):(\d+)(?::\d+)?(?:[:)\s]|$)/.exec(line);
    if (!m)
        return undefined;
    const file = tidyPath(m[1] ?? '');
    if (!isUserFile(file))
        return undefined;
    return { file, line: Number(m[2]) };
}
/** Paths from different runners (absolute, relative, `./`) that name the same file. */
function sameFile(a, b) {
    const x = tidyPath(a);
    const y = tidyPath(b);
    return x === y || x.endsWith(`/${y}`) || y.endsWith(`/${x}`);
}
const TEST_FILE = /(?:^|\/)(?:tests?|specs?|__tests__)\/|[._-](?:test|spec)\.[cm]?[jt]sx?$|_test\.\w+$|^test_\w+\.py$|\/test_\w+\.py$/;
/** A file that holds tests by its name or folder (`test/x.js`, `x.test.ts`, `x_spec.js`, `test_x.py`). */
function isTestFile(file) {
    return TEST_FILE.test(file);
}

;// CONCATENATED MODULE: ./src/profiles/summary/sink.ts


const MAX_NAME = 200;
const MAX_MESSAGE_LINE = 240;
const MAX_MESSAGE_LINES = 12;
const MAX_MESSAGE = 1200;
const MOCHA_TIMEOUT = /^(?:Error: )?Timeout of \d+ms exceeded\..* \(([^()\s]{1,500}\.[cm]?[jt]sx?)\)$/;
/** differing lines kept from a diff; its context lines are dropped */
const MAX_DIFF_LINES = 8;
// a diff's legend: jest/vitest `- Expected`/`+ Received`, mocha `+ expected - actual`, node:assert `+ actual - expected`, unified `---`/`+++`/`@@`
const DIFF_LEGEND = /^(?:- Expected\b|\+ Received\b|\+ expected - actual|- actual \+ expected|\+ actual - expected|Difference \(|--- |\+\+\+ |@@ )/;
const DEFAULT_LIMITS = { detailed: 50, named: 1000 };
/**
 * Collects failures with bounded memory whatever the log size: N in full, M more by name, the rest
 * counted. Identical failures (same test, place and message: retries, repeated runs) are kept once
 * with a count.
 */
class FailureSink {
    detailed = [];
    extraNames = [];
    tests = 0;
    errors = 0;
    /** failures that the detailed and named lists stand for, repeats included */
    represented = 0;
    limits;
    byKey = new Map();
    byName = new Map();
    /** the full names in `detailed` (a failure whose name is not here cannot repeat one of them) */
    detailedNames = new Set();
    constructor(limits = {}) {
        this.limits = { ...DEFAULT_LIMITS, ...limits };
    }
    get count() {
        return this.tests + this.errors;
    }
    /** Both lists are full: a failure whose name is in neither is only counted. */
    get full() {
        return this.detailed.length >= this.limits.detailed && this.extraNames.length >= this.limits.named;
    }
    /**
     * Whether `add` would only count a failure of this name: both lists are full and the name is in
     * neither. A reader can then count it (countOnly) without working out its place and message.
     */
    onlyCounts(name, fullName) {
        if (!this.full)
            return false;
        const full = clip(fullName || name, MAX_NAME * 2);
        return !this.detailedNames.has(full) && !this.byName.has(full || clip(name, MAX_NAME));
    }
    /** Counts a failure that onlyCounts said `add` would only count. */
    countOnly(error) {
        if (error)
            this.errors += 1;
        else
            this.tests += 1;
    }
    /** onlyCounts and, when it holds, countOnly: true when the failure was counted (a parser then need not read it). */
    countIfOnly(name, fullName, error = false) {
        if (!this.onlyCounts(name, fullName))
            return false;
        this.countOnly(error);
        return true;
    }
    /** Records a failure; returns the stored object (so a parser can fill it in later) or undefined when only named/counted. */
    add(failure) {
        if (failure.error)
            this.errors += 1;
        else
            this.tests += 1;
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
    name(name) {
        const named = this.byName.get(name);
        if (named) {
            named.times += 1;
            this.represented += 1;
        }
        else if (this.extraNames.length < this.limits.named) {
            const entry = { name, times: 1 };
            this.extraNames.push(entry);
            this.byName.set(name, entry);
            this.represented += 1;
        }
    }
    find(predicate) {
        return this.detailed.find(predicate);
    }
}
function normalise(f) {
    const out = {
        name: clip(f.name, MAX_NAME),
        full_name: clip(f.full_name || f.name, MAX_NAME * 2),
        message: clip(f.message, MAX_MESSAGE),
    };
    if (f.file)
        out.file = clip(f.file, MAX_NAME);
    if (f.line !== undefined && Number.isFinite(f.line))
        out.line = f.line;
    if (f.error)
        out.error = true;
    return out;
}
function clip(text, max) {
    const t = (0,util_text/* stripControl */.kU)(text.length > max ? `${text.slice(0, max - 1)}…` : text);
    return t.length > max ? `${t.slice(0, max - 1)}…` : (0,util_text/* detach */.Yo)(t);
}
/** Gathers the key message of a failure: the first meaningful lines, each and all bounded. */
class MessageLines {
    maxLines;
    lines = [];
    size = 0;
    constructor(maxLines = MAX_MESSAGE_LINES) {
        this.maxLines = maxLines;
    }
    get length() {
        return this.lines.length;
    }
    /** The first line kept, if any. */
    get first() {
        return this.lines[0];
    }
    /** No more lines are taken (add returns false): a parser can skip its checks for message lines. */
    get full() {
        return this.lines.length >= this.maxLines || this.size >= MAX_MESSAGE;
    }
    inDiff = false;
    diffLines = 0;
    /**
     * Adds a line (trimmed; blank lines ignored); returns false once full. After a diff's legend only
     * the differing (`+`/`-`) lines are kept, so the lines that matter are not cut off by context.
     */
    add(line) {
        if (this.lines.length >= this.maxLines || this.size >= MAX_MESSAGE)
            return false;
        const t = line.trim();
        if (!t)
            return true;
        if (DIFF_LEGEND.test(t)) {
            if (this.inDiff && (t.startsWith('---') || t.startsWith('+++') || t.startsWith('@@')))
                return true;
            this.inDiff = true;
        }
        else if (this.inDiff) {
            if (!/^[-+]/.test(t))
                return true;
            if (this.diffLines >= MAX_DIFF_LINES)
                return true;
            this.diffLines += 1;
        }
        const c = clip(t, MAX_MESSAGE_LINE);
        this.lines.push(c);
        this.size += c.length + 1;
        return true;
    }
    text() {
        return this.lines.join('\n');
    }
}
/** A failure being read, committed to the sink when its block ends. */
class Draft {
    name;
    full_name;
    file;
    line;
    msg;
    constructor(name, full_name, options = {}) {
        this.name = name;
        this.full_name = full_name;
        this.file = options.file;
        this.error = options.error ?? false;
        this.msg = new MessageLines(options.maxLines);
    }
    error;
    /** Sets file and line unless already known (the first project frame is the one that matters). */
    at(file, line) {
        if (this.line !== undefined || line === undefined)
            return;
        if (file)
            this.file = file;
        this.line = line;
    }
    fallback;
    /**
     * A stack frame in the project: the first one in a test file is the place; the first one elsewhere
     * (the code under test) is kept in case no frame is in a test file.
     */
    frame(loc) {
        if (this.line !== undefined)
            return;
        if (isTestFile(loc.file))
            this.at(loc.file, loc.line);
        else
            this.fallback ??= loc;
    }
    commit(sink) {
        if (this.line === undefined && this.fallback)
            this.at(this.fallback.file, this.fallback.line);
        // mocha's timeout has no stack, only the test file at the end of its message
        if (!this.file)
            this.file = MOCHA_TIMEOUT.exec(this.msg.first ?? '')?.[1];
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

;// CONCATENATED MODULE: ./src/profiles/summary/parser.ts
/** Adds totals from successive runs (a log may hold several: cargo targets, repeated jobs). */
function addCount(current, more) {
    if (more === undefined || Number.isNaN(more))
        return current;
    return (current ?? 0) + more;
}
// the count regexes, built once per word (a totals line can come once per test file)
const COUNTS = new Map();
/** Reads `3 failed`, `2 passed` style counts out of a totals line. */
function countOf(text, word) {
    let re = COUNTS.get(word.source);
    if (!re) {
        // the count starts where a run of digits does: tried inside a long run, `\d+` would backtrack through
        // the rest of it at every digit (quadratic on a line of digits)
        re = new RegExp(`(?<!\\d)(\\d{1,15}) (?:${word.source})\\b`);
        if (COUNTS.size < 256)
            COUNTS.set(word.source, re);
    }
    const m = re.exec(text);
    return m ? Number(m[1]) : undefined;
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/vitest.ts




// with `projects`, the file follows the project's label: `|api| ` without colour, a badge ` api  ` with it
const FAIL_TEST = /^ FAIL {2}(?:\|[^|\s]{1,100}\| | [^\s|]{1,100} {2})?(\S+) > (.+)$/;
const FAIL_SUITE = /^ FAIL {2}(?:\|[^|\s]{1,100}\| | [^\s|]{1,100} {2})?(\S+)(?: \[ .* \])?$/;
const SEPARATOR = /^⎯{3,}/;
const LOCATION = /^\s*❯ (?:\S+ )?(\S+?):(\d+):(\d+)$/;
// written so a line of spaces cannot make it backtrack quadratically
const CODE_FRAME = /^\s*\d+\||^\s+\|/;
const TOTALS = /^\s*Tests\s{2,}(.*\(\d+\))\s*$/;
const RESULT = /^\s+[✓×↓❯] /;
// `⎯` and `❯` as UTF-8 bytes in a latin1 view of them
const RAW_SEPARATOR = '\xe2\x8e\xaf';
const RAW_ARROW = '\xe2\x9d\xaf';
/** A ` FAIL  file > test` (or a suite's ` FAIL  file`) line's failure; undefined when the sink only counts it (its block is passed over unread). */
function failDraft(text, sink) {
    const t = FAIL_TEST.exec(text);
    if (t) {
        const path = t[2] ?? '';
        const parts = path.split(' > ');
        const name = parts[parts.length - 1] ?? path;
        return sink.countIfOnly(name, path) ? undefined : new Draft(name, path, { file: t[1] });
    }
    const s = FAIL_SUITE.exec(text);
    return s ? new Draft(s[1] ?? 'suite', `${s[1] ?? ''} (failed to run)`, { file: s[1], error: true }) : undefined;
}
/** The first line at or after `from` that starts with a space, a tab, `T` or the first byte of `⎯` (raw UTF-8); Infinity if none. */
function beforeResults(text, from) {
    let at = from;
    while (at < text.length) {
        const c = text.charCodeAt(at);
        if (c === 32 || c === 9 || c === 84 || c === 0xe2)
            return at;
        const end = text.indexOf('\n', at);
        if (end < 0)
            return Infinity;
        at = end + 1;
    }
    return Infinity;
}
/** vitest's default and verbose reporters. */
function vitestParser(sink) {
    let draft;
    let located = false;
    let passed = null;
    let failed = null;
    let sawResults = false;
    let infraReason;
    // what the lines `line` acts on hold, in raw bytes (the words without the spaces around them: searched faster)
    const rawFail = new util_text/* NextMatch */.te('FAIL  ');
    const rawSeparator = new util_text/* NextMatch */.te(RAW_SEPARATOR);
    const rawTotals = new util_text/* NextMatch */.te('Tests ');
    const rawArrow = new util_text/* NextMatch */.te(RAW_ARROW);
    const rawConfig = new util_text/* NextMatch */.te('failed to load config from');
    const commit = () => {
        // an unhandled-error section without an error line adds nothing
        if (draft && !(draft.error && draft.name === 'unhandled error' && draft.msg.length === 0))
            draft.commit(sink);
        draft = undefined;
    };
    return {
        runner: 'vitest',
        line(text) {
            // most lines of a long log are none of the lines below: the first character rules most out
            // (an empty line's NaN would undo the optimised code once)
            const c = text.length > 0 ? text.charCodeAt(0) : 0;
            if (c === 32 && text.startsWith(' FAIL  ')) {
                commit();
                sawResults = true;
                located = false;
                draft = failDraft(text, sink);
                return;
            }
            if (c === 0x23af && SEPARATOR.test(text)) {
                commit();
                // the "Unhandled Errors" banner only counts them; each follows in its own section
                if (/Uncaught Exception|Unhandled Rejection|Unhandled Error(?!s)/.test(text)) {
                    draft = new Draft('unhandled error', 'unhandled error', { error: true });
                    located = false;
                }
                else if (/Startup Error/.test(text)) {
                    infraReason ??= 'vitest failed to start';
                }
                return;
            }
            const totals = (c === 32 || c === 84 || c === 9) && text.startsWith('Tests  ', (0,util_text/* indentAt */.oY)(text, 0)) ? TOTALS.exec(text) : null;
            if (totals) {
                commit();
                sawResults = true;
                const body = totals[1] ?? '';
                failed = addCount(failed, countOf(body, /failed/) ?? 0);
                passed = addCount(passed, countOf(body, /passed/) ?? 0);
                return;
            }
            if (draft) {
                // once located, the rest of the block is the code frame and the stack
                if (located)
                    return;
                const loc = text.includes('❯') ? LOCATION.exec(text) : null;
                if (loc) {
                    const file = tidyPath(loc[1] ?? '');
                    if (isUserFile(file) && (!draft.file || sameFile(file, draft.file))) {
                        draft.at(file, Number(loc[2]));
                        located = true;
                    }
                    return;
                }
                if (draft.msg.full || CODE_FRAME.test(text))
                    return;
                if (/^(Vitest caught|This error originated|The latest test that might)/.test(text.trim()))
                    return;
                draft.msg.add(text);
                return;
            }
            if (text.startsWith('failed to load config from'))
                infraReason ??= 'vitest failed to load its config';
            else if (!sawResults && c === 32 && (RESULT.test(text) || text.startsWith(' Test Files ')))
                sawResults = true;
        },
        // the lines `line` acts on, found in the raw bytes by what they hold; any other line is idle
        nextLine(block, from) {
            if (draft && !located && !draft.msg.full)
                return from;
            // with no draft and no results yet, any line starting with a space or a tab may be a result line
            // (and `Tests` or a `⎯` separator may start a line): the lines before the first such are what the
            // run printed before its results (a config's logs, a global setup's)
            if (!draft && !sawResults)
                return Math.min(beforeResults(block.text, from), rawConfig.lineFrom(block, from));
            let next = Math.min(rawFail.lineFrom(block, from), rawSeparator.lineFrom(block, from), rawTotals.lineFrom(block, from));
            // in a failure: after its place nothing else counts; before it (message full), only a `❯` place
            if (draft && !located)
                next = Math.min(next, rawArrow.lineFrom(block, from));
            // (once the run is known not to have started, its config line changes nothing)
            if (!draft && infraReason === undefined)
                next = Math.min(next, rawConfig.lineFrom(block, from));
            return next;
        },
        finish() {
            commit();
            return { passed, failed, sawResults, infraReason };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/jest.ts




// `FAIL test/a.test.js`, with a project's displayName before the file (`FAIL api packages/api/a.test.js`), and
// in colour as badges (` FAIL   api  packages/…`)
const FILE_STATUS = /^ ?(PASS|FAIL) +(\S.{0,999})$/;
const jest_TEST_FILE = /^\S+\.(?:[cm]?[jt]sx?|vue|svelte)$/;
/** The test file of a status line: the first word that is a script file, else the first word. */
function statusFile(rest) {
    const words = rest.split(' ', 12).filter((w) => w !== '');
    return words.find((w) => jest_TEST_FILE.test(w)) ?? words[0];
}
const BULLET = /^ {2}● (.+)$/;
// written so a line of spaces cannot make it backtrack quadratically
const jest_CODE_FRAME = /^\s*(?:> *)?\d+ \||^\s+\|/;
const jest_TOTALS = /^Tests:\s+(.*)$/;
// the lines that open or close a block, by what they hold in raw bytes (`●` as UTF-8 in a latin1 view)
const HEADLINES = ['PASS ', 'FAIL ', '\xe2\x97\x8f ', 'Summary of all failing tests', 'Tests:', 'Test Suites:'];
/** A `● title` block's failure in `file`; undefined when the sink only counts it (it is counted here). */
function bulletDraft(title, file, sink) {
    const suite = title === 'Test suite failed to run';
    const parts = suite ? [] : title.split(' › ');
    const name = suite ? (file ?? title) : (parts[parts.length - 1] ?? title);
    const full = suite ? `${file ?? ''} › ${title}` : title;
    return sink.countIfOnly(name, full, suite) ? undefined : new Draft(name, full, suite ? { file, error: true } : { file });
}
/** jest's default reporter (stdout and stderr merged). */
function jestParser(sink) {
    let draft;
    let skipping = false;
    let inFrames = false;
    let file;
    let passed = null;
    let failed = null;
    let sawResults = false;
    // "Summary of all failing tests" repeats the blocks already printed in this run
    let repeating = false;
    let addedThisRun = 0;
    let framedLine;
    const headlines = HEADLINES.map((h) => new util_text/* NextMatch */.te(h));
    const commit = () => {
        if (draft) {
            // no project frame in the stack (syntax errors): the line the code frame points at
            if (draft.line === undefined && framedLine !== undefined)
                draft.at(draft.file, framedLine);
            draft.commit(sink);
            addedThisRun += 1;
        }
        draft = undefined;
    };
    return {
        runner: 'jest',
        line(text) {
            const status = text.startsWith('PASS ') || text.startsWith('FAIL ') || text.startsWith(' FAIL ') || text.startsWith(' PASS ') ? FILE_STATUS.exec(text) : null;
            if (status) {
                commit();
                skipping = false;
                sawResults = true;
                file = statusFile(status[2] ?? '');
                return;
            }
            const bullet = text.startsWith('  ● ') ? BULLET.exec(text) : null;
            if (bullet) {
                commit();
                inFrames = false;
                framedLine = undefined;
                const title = bullet[1] ?? '';
                skipping = title === 'Console' || (repeating && addedThisRun > 0);
                if (skipping)
                    return;
                draft = bulletDraft(title, file, sink);
                // past the sink's lists a new name is only counted: its block is passed over unread
                if (!draft) {
                    addedThisRun += 1;
                    skipping = true;
                }
                return;
            }
            if (text.startsWith('Summary of all failing tests')) {
                commit();
                repeating = true;
                return;
            }
            const totals = text.startsWith('Tests:') ? jest_TOTALS.exec(text) : null;
            if (totals) {
                commit();
                sawResults = true;
                const body = totals[1] ?? '';
                failed = addCount(failed, countOf(body, /failed/) ?? 0);
                passed = addCount(passed, countOf(body, /passed/) ?? 0);
                repeating = false;
                addedThisRun = 0;
                return;
            }
            if (text.startsWith('Test Suites:')) {
                commit();
                sawResults = true;
                return;
            }
            if (!draft || skipping)
                return;
            if (isJsFrameLine(text)) {
                inFrames = true;
                const loc = jsFrame(text);
                if (loc && (!draft.file || sameFile(loc.file, draft.file)))
                    draft.at(loc.file, loc.line);
                return;
            }
            if (inFrames)
                return;
            if (jest_CODE_FRAME.test(text)) {
                const pointed = /^\s*> *(\d+) \|/.exec(text);
                if (pointed)
                    framedLine ??= Number(pointed[1]);
                return;
            }
            draft.msg.add(text);
        },
        // outside a failure, in one skipped, or in its stack once placed, only the headlines count
        nextLine(block, from) {
            if (draft && !skipping && !(inFrames && draft.line !== undefined))
                return from;
            let next = Infinity;
            for (const h of headlines)
                next = Math.min(next, h.lineFrom(block, from));
            return next;
        },
        finish() {
            commit();
            return { passed, failed, sawResults };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/mocha.ts



const PASSING = /^\s+(\d+) passing \(/;
const FAILING = /^\s+(\d+) failing$/;
const HEADER = /^ {2}(\d+)\) (.+)$/;
/** mocha's spec reporter (and dot/list, which print the same failure section). */
function mochaParser(sink) {
    let passed = null;
    let failed = null;
    let sawResults = false;
    let inFailures = false;
    let titles = [];
    let titleDone = true;
    let draft;
    let inFrames = false;
    const commit = () => {
        draft?.commit(sink);
        draft = undefined;
    };
    const startDraft = () => {
        const name = titles[titles.length - 1] ?? 'test';
        draft = new Draft(name, titles.join(' '));
        inFrames = false;
    };
    return {
        runner: 'mocha',
        line(text) {
            const passing = text.includes(' passing (') ? PASSING.exec(text) : null;
            if (passing) {
                commit();
                inFailures = false;
                sawResults = true;
                passed = addCount(passed, Number(passing[1]));
                return;
            }
            const failing = text.endsWith(' failing') ? FAILING.exec(text) : null;
            if (failing) {
                commit();
                sawResults = true;
                inFailures = true;
                failed = addCount(failed, Number(failing[1]));
                return;
            }
            if (!inFailures) {
                if (!sawResults && /^\s+(✔|✓|\d+\)) /.test(text))
                    sawResults = true;
                return;
            }
            const header = HEADER.exec(text);
            if (header) {
                commit();
                const first = header[2] ?? '';
                titles = [first.endsWith(':') ? first.slice(0, -1) : first];
                titleDone = first.endsWith(':');
                if (titleDone)
                    startDraft();
                return;
            }
            if (!titleDone) {
                const t = text.trim();
                if (!t)
                    return;
                titles.push(t.endsWith(':') ? t.slice(0, -1) : t);
                if (t.endsWith(':')) {
                    titleDone = true;
                    startDraft();
                }
                return;
            }
            if (!draft)
                return;
            if (isJsFrameLine(text)) {
                inFrames = true;
                const loc = jsFrame(text);
                if (loc)
                    draft.frame(loc);
                return;
            }
            if (inFrames)
                return;
            // the diff legend and its lines repeat what the assertion line already says
            if (/^\s*\+ expected - actual\s*$/.test(text)) {
                inFrames = true;
                return;
            }
            draft.msg.add(text);
        },
        finish() {
            commit();
            return { passed, failed, sawResults };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/node-tap.ts



const SUBTEST = /^( *)# Subtest: (.+)$/;
const POINT = /^( *)(not ok|ok)\b(?: \d+)?(?: -)? ?(.*)$/;
const KEY = /^( *)([A-Za-z_][\w ]*|'[^']*'): ?(.*)$/;
const TOTAL = /^# (pass|fail) (\d+)$/;
const TOTALS_OBJECT = /^# \{ total: \d+, pass: (\d+), fail: (\d+)/;
const DIRECTIVE = / # (\S+)/;
// the first line of a JS stack: the error's name (and Node's code) before the message
const STACK_HEAD = /^\s*[\w$.]{1,200}(?: \[[\w-]{1,100}\])?: /;
// keys whose text is the failure's message, and keys whose +/- lines are the differing lines
const MESSAGE_KEYS = new Set(['error', 'message']);
const DIFF_KEYS = new Set(['diff', 'details']);
function unquote(v) {
    const t = v.trim();
    if (t.length >= 2 && ((t.startsWith("'") && t.endsWith("'")) || (t.startsWith('"') && t.endsWith('"')))) {
        return t.slice(1, -1).replace(/''/g, "'");
    }
    return t;
}
/** `name # time=12ms` -> name and directive (TODO, SKIP, time=…); `\#` in a name stays. */
function splitDirective(text) {
    const m = DIRECTIVE.exec(text);
    if (!m)
        return { name: text.trim(), directive: '' };
    return { name: text.slice(0, m.index).trim(), directive: (m[1] ?? '').toUpperCase() };
}
/**
 * TAP 13/14 from `node --test`, node-tap, mocha `--reporter=tap` (with or without a header) and
 * `ava --tap`. A point with a `# Subtest:` header is a test; its children are either tests (then it
 * is a suite and not counted) or assertions (then they are folded into it: one failing test, with
 * the first failing assertion's message and place). Diagnostics are YAML blocks or indented text.
 */
function nodeTapParser(sink) {
    return new TapParser(sink);
}
/** The TAP stream's state between lines; each kind of line has its own handler. */
class TapParser {
    sink;
    names = [];
    headers = [];
    children = [];
    passed = null;
    failed = null;
    counted = { pass: 0, fail: 0, todoNotOk: 0 };
    sawResults = false;
    draft;
    yaml;
    located = false;
    /** mocha's indented text has reached the stack (which repeats the message after the error's name) */
    stack = false;
    at = {};
    // which program printed the TAP, from what only it prints
    flavour = 'tap';
    /** inside bats' `#` diagnostics of a failed point */
    bats = false;
    constructor(sink) {
        this.sink = sink;
    }
    get runner() {
        return this.flavour;
    }
    line(text) {
        this.notice(text);
        if (this.draft && this.yaml) {
            if (/^\s*\.\.\.$/.test(text)) {
                this.yaml = undefined;
                return;
            }
            this.diagnostic(text);
            return;
        }
        if (this.batsLine(text))
            return;
        const sub = text.includes('# Subtest: ') ? SUBTEST.exec(text) : null;
        if (sub)
            return this.subtest((sub[1] ?? '').length, sub[2] ?? '');
        const p = text.includes('ok') ? POINT.exec(text) : null;
        if (p) {
            const indent = (p[1] ?? '').length;
            this.point(Math.floor(indent / 4), p[2] === 'ok', p[3] ?? '', indent);
            return;
        }
        const draft = this.draft;
        if (draft && /^\s*---$/.test(text)) {
            this.yaml = { indent: -1, key: '' };
            return;
        }
        if (draft && text.length > draft.indent && text.charCodeAt(draft.indent) === 32 && !text.trimStart().startsWith('#')) {
            this.diagnostic(text);
            return;
        }
        this.totalsLine(text);
    }
    finish() {
        this.settle();
        // a TAP stream cut short has no totals: count what it printed
        if (this.passed === null && this.failed === null && this.sawResults) {
            this.passed = this.counted.pass;
            this.failed = this.counted.fail;
        }
        // a TODO that fails is no failure (TAP 13), but ava's `# fail` counts it: then it is exactly the extra
        const { fail, todoNotOk } = this.counted;
        if (todoNotOk > 0 && this.failed === fail + todoNotOk)
            this.failed = fail;
        return { passed: this.passed, failed: this.failed, sawResults: this.sawResults };
    }
    notice(text) {
        if (this.flavour !== 'tap')
            return;
        if (/^\s*duration_ms: /.test(text))
            this.flavour = 'node-test';
        else if (/^# \{ total: /.test(text) || /^\s+fileName: /.test(text))
            this.flavour = 'node-tap';
        else if (/^(?:not )?ok \d+ - .+ › /.test(text))
            this.flavour = 'ava';
        else if (/^\s+at Context\.<anonymous> /.test(text))
            this.flavour = 'mocha';
    }
    /**
     * bats --tap: `# (in test file F, line N)` places the failure, `#   …` lines under it are the
     * message; true when the line was one of those.
     */
    batsLine(text) {
        const draft = this.draft;
        // `# (in test file x.bats, line 4)`; a hook or helper: `# (from function `setup' in test file x.bats, line 1)`
        const start = text.startsWith('# (in test file ') ? 16 : text.startsWith('# (from function `') ? text.indexOf("' in test file ") + 15 : -1;
        if (draft && start >= 15 && text.endsWith(')')) {
            const cut = text.lastIndexOf(', line ');
            const line = Number(text.slice(cut + 7, -1));
            if (cut > start && Number.isInteger(line)) {
                if (this.flavour === 'tap')
                    this.flavour = 'bats';
                this.at = { file: tidyPath(text.slice(start, cut)), line };
                this.located = true;
                this.bats = true;
                return true;
            }
        }
        if (this.bats && draft && text.startsWith('#   ')) {
            // `[ "$x" = y ]' failed`: the command that failed, without bats' quoting (as the pretty formatter's reader)
            draft.d.msg.add(text.slice(4).replace(/^`(.*)' failed(.*)$/, '$1 failed$2'));
            return true;
        }
        this.bats = false;
        return false;
    }
    /** `# Subtest: name`: the header of a test at this depth */
    subtest(indent, name) {
        this.settle();
        const level = Math.floor(indent / 4);
        this.names.length = level;
        this.names[level] = name;
        this.headers[level] = true;
    }
    /** `# pass N` / `# fail N` (node:test, tap) or `# { total: …, pass: N, fail: M }` (node-tap) */
    totalsLine(text) {
        const total = text.startsWith('# ') ? TOTAL.exec(text) : null;
        if (total) {
            this.settle();
            if (total[1] === 'pass')
                this.passed = addCount(this.passed, Number(total[2]));
            else
                this.failed = addCount(this.failed, Number(total[2]));
            return;
        }
        const object = text.startsWith('# {') ? TOTALS_OBJECT.exec(text) : null;
        if (object) {
            this.settle();
            this.passed = addCount(this.passed, Number(object[1]));
            this.failed = addCount(this.failed, Number(object[2]));
        }
    }
    /** Ends the point being read: a failing test is stored, a failing assertion is kept for its test. */
    settle() {
        const cur = this.draft;
        this.draft = undefined;
        this.yaml = undefined;
        if (!cur)
            return;
        const at = this.at;
        if (at.file && at.line !== undefined)
            cur.d.at(at.file, at.line);
        this.at = {};
        this.located = false;
        this.stack = false;
        if (cur.suite)
            return;
        if (!cur.test) {
            const c = (this.children[cur.level] ??= { tests: false, firstFailure: undefined });
            c.firstFailure ??= cur.d;
            return;
        }
        cur.d.commit(this.sink);
    }
    /** `ok N - name` / `not ok N - name` at this depth */
    point(level, ok, rest, indent) {
        this.settle();
        this.sawResults = true;
        const { name, directive } = splitDirective(rest);
        const children = this.children;
        const below = children[level + 1];
        children.length = level + 1;
        const header = this.headers[level] === true;
        this.headers.length = level;
        const path = [...this.names.slice(0, level), name].filter(Boolean);
        this.names.length = level;
        const mine = (children[level] ??= { tests: false, firstFailure: undefined });
        if (header && below?.tests) {
            mine.tests = true; // a suite: its tests were counted one by one
            if (!ok)
                this.draft = { d: new Draft(name, path.join(' > ')), level, test: false, indent, suite: true };
            return;
        }
        const test = header || level === 0;
        if (header)
            mine.tests = true;
        const excused = directive.startsWith('TODO') || directive.startsWith('SKIP');
        if (test) {
            if (ok || excused) {
                if (!excused)
                    this.counted.pass += 1;
                else if (!ok && directive.startsWith('TODO'))
                    this.counted.todoNotOk += 1;
                return;
            }
            this.counted.fail += 1;
        }
        else if (ok || excused)
            return;
        // ava names a test `file title › test title`: the test is the last part
        const short = name.includes(' › ') ? (name.split(' › ').pop() ?? name) : name;
        const d = new Draft(short || 'test', path.join(' > ') || name);
        const first = below?.firstFailure;
        if (first) {
            for (const l of first.msg.text().split('\n'))
                d.msg.add(l);
            d.at(first.file, first.line);
        }
        else if (!test && name)
            d.msg.add(name);
        this.draft = { d, level, test, indent, suite: false };
    }
    /** A line of the point's diagnostics: in a YAML block, or indented text under it (mocha's TAP). */
    diagnostic(text) {
        const cur = this.draft;
        if (!cur)
            return;
        const yaml = this.yaml;
        if (yaml) {
            const kv = KEY.exec(text);
            // the first key sets the block's indent (node:test: that of `---`; mocha and ava: two more)
            if (kv && yaml.indent < 0)
                yaml.indent = (kv[1] ?? '').length;
            if (kv && (kv[1] ?? '').length === yaml.indent)
                this.yamlKey(cur, yaml, unquote(kv[2] ?? ''), kv[3] ?? '');
            else
                this.yamlValue(cur, yaml.key, text);
            return;
        }
        // indented text under the point (mocha's TAP): the message, then the stack
        const loc = jsFrame(text);
        if (loc) {
            if (!this.located)
                cur.d.at(loc.file, loc.line);
            this.located = true;
        }
        else if (!this.located && !this.stack && !/^\s*at /.test(text)) {
            // mocha prints the message, then the stack: `AssertionError [ERR_ASSERTION]: <the message again>`
            const first = cur.d.msg.first;
            if (first !== undefined && STACK_HEAD.test(text) && text.trimEnd().endsWith(`: ${first}`))
                this.stack = true;
            else
                cur.d.msg.add(text);
        }
    }
    /** `key: value` at the block's own indent */
    yamlKey(cur, yaml, key, value) {
        yaml.key = key;
        if (key === 'type' && unquote(value) === 'suite')
            cur.suite = true;
        else if (key === 'failureType' && unquote(value) === 'subtestsFailed')
            cur.suite = true;
        else if (key === 'location') {
            const m = /^(.*):(\d+):\d+$/.exec(unquote(value));
            if (m)
                this.at = { file: tidyPath(m[1] ?? ''), line: Number(m[2]) };
        }
        else if (MESSAGE_KEYS.has(key) && value && !/^[|>]/.test(value))
            cur.d.msg.add(unquote(value));
        else if (key === 'at' && value && !/^[|>]/.test(value)) {
            const loc = jsFrame(unquote(value));
            if (loc)
                this.at = loc;
        }
    }
    /** A line under the last key (a block scalar or nested keys) */
    yamlValue(cur, key, text) {
        const t = text.trim();
        if (MESSAGE_KEYS.has(key))
            cur.d.msg.add(text);
        else if (DIFF_KEYS.has(key)) {
            const thrown = /^message: (.+?),?$/.exec(t);
            if (thrown)
                cur.d.msg.add(unquote(thrown[1] ?? ''));
            else if (/^[-+](?![-+]{2})/.test(t))
                cur.d.msg.add(t);
            else if (/^'?Difference/.test(t))
                cur.d.msg.add(t.replace(/^'(.*)':(?: [|>]-?)?$/, '$1'));
        }
        else if (key === 'at') {
            const f = /^fileName: (.+)$/.exec(t);
            const l = /^lineNumber: (\d+)$/.exec(t);
            if (f)
                this.at.file = tidyPath(unquote(f[1] ?? ''));
            if (l)
                this.at.line = Number(l[1]);
        }
        else if (key === 'stack' && !this.located) {
            const loc = jsFrame(t);
            if (loc) {
                cur.d.at(loc.file, loc.line);
                this.located = true;
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/node-spec.ts



const SUITE = /^( *)▶ (.+)$/;
const MARK = /^( *)([✔✖﹣]) (.+?)(?: \([\d.]+m?s\))?(?: # .*)?$/;
const node_spec_TOTAL = /^ℹ (pass|fail) (\d+)$/;
const TEST_AT = /^test at (.+):(\d+):\d+$/;
// the dot reporter: a mark per test and per suite (`.` passed, `X` failed), then "Failed tests:" in full
const DOTS = /^[.X]{1,4096}$/;
// what a suite or a test with subtests says when only its children failed: not a failure of its own
const PARENT = /^\d+ subtests? failed$/;
// a failure that is not an Error (a timeout, a thrown string) is printed as a quoted string
const QUOTED = /^\s*'([^']*)'\s*$/;
function indentOf(text) {
    let i = 0;
    while (text.charCodeAt(i) === 32)
        i += 1;
    return i;
}
/** The spec and dot reporters of `node --test` (spec is the default on a terminal; `--test-reporter=spec|dot`). */
function nodeSpecParser(sink) {
    return new NodeSpecParser(sink);
}
/** The reporter's state between lines; each kind of line has its own handler. */
class NodeSpecParser {
    sink;
    runner = 'node-test';
    suites = [];
    run = { passed: null, failed: null, sawResults: false };
    draft;
    draftIndent = 0;
    inFrames = false;
    /** inside the "✖ failing tests:" section, which repeats the failures printed inline */
    section = false;
    inlineThisRun = 0;
    sectionAt;
    /** the dot reporter's marks: passes, and failures of tests and suites alike */
    dots = { pass: 0, fail: 0, seen: false };
    committed = 0;
    constructor(sink) {
        this.sink = sink;
    }
    line(text) {
        if (this.draft) {
            if (text.trim() === '' || indentOf(text) > this.draftIndent)
                return this.detail(this.draft, text);
            this.commit();
        }
        if (text === '✖ failing tests:' || (text === 'Failed tests:' && this.dots.seen)) {
            this.section = true;
            return;
        }
        if (!this.section && DOTS.test(text)) {
            this.countDots(text);
            return;
        }
        const total = node_spec_TOTAL.exec(text);
        if (total) {
            const run = this.run;
            run.sawResults = true;
            if (total[1] === 'pass')
                run.passed = addCount(run.passed, Number(total[2]));
            else
                run.failed = addCount(run.failed, Number(total[2]));
            return;
        }
        if (this.section && this.sectionLine(text))
            return;
        const suite = SUITE.exec(text);
        if (suite) {
            const indent = (suite[1] ?? '').length;
            this.closeSuites(indent, true);
            this.suites.push({ name: suite[2] ?? '', indent });
            return;
        }
        const mark = MARK.exec(text);
        if (mark)
            this.markLine((mark[1] ?? '').length, mark[2] ?? '', mark[3] ?? '');
    }
    finish() {
        this.commit();
        const run = { ...this.run };
        // the dot reporter prints no totals: its marks give the passes, its list the failed tests
        if (this.dots.seen && run.passed === null && run.failed === null) {
            run.passed = this.dots.pass;
            run.failed = this.committed;
            run.sawResults = true;
        }
        return run;
    }
    countDots(text) {
        this.dots.seen = true;
        for (let i = 0; i < text.length; i += 1) {
            if (text.charCodeAt(i) === 46)
                this.dots.pass += 1;
            else
                this.dots.fail += 1;
        }
    }
    /** A line under a failing test: a stack frame places it; lines before the frames are its message. */
    detail(draft, text) {
        if (isJsFrameLine(text)) {
            this.inFrames = true;
            const loc = jsFrame(text);
            if (loc)
                draft.at(loc.file, loc.line);
        }
        else if (!this.inFrames)
            draft.msg.add(draft.msg.length === 0 ? text.replace(QUOTED, '$1') : text);
    }
    /** A line of the failing tests section; false when the section has ended and the line is the next run's. */
    sectionLine(text) {
        const at = TEST_AT.exec(text);
        if (at) {
            this.sectionAt = { file: tidyPath(at[1] ?? ''), line: Number(at[2]) };
            return true;
        }
        if (text.startsWith('▶ ') || text.startsWith('✔ ')) {
            this.section = false;
            this.inlineThisRun = 0;
            return false;
        }
        const mark = MARK.exec(text);
        if (mark && mark[2] === '✖')
            this.startDraft(new Draft(mark[3] ?? '', mark[3] ?? '', { file: this.sectionAt?.file }), indentOf(text));
        return true;
    }
    closeSuites(indent, same) {
        const suites = this.suites;
        while (suites.length && (suites[suites.length - 1]?.indent ?? 0) + (same ? 1 : 0) > indent)
            suites.pop();
    }
    /** `✔ name (1ms)` / `✖ name`: a test's result, or the end line of a suite. */
    markLine(indent, mark, name) {
        this.run.sawResults = true;
        const suites = this.suites;
        this.closeSuites(indent, false);
        const top = suites[suites.length - 1];
        if (top && top.indent === indent && top.name === name) {
            suites.pop(); // the end line of a suite
            return;
        }
        if (mark !== '✖')
            return;
        const path = [...suites.map((s) => s.name), name];
        this.startDraft(new Draft(name, path.join(' > ')), indent);
    }
    startDraft(draft, indent) {
        this.draft = draft;
        this.draftIndent = indent;
        this.inFrames = false;
    }
    commit() {
        const d = this.draft;
        if (!d)
            return;
        this.draft = undefined;
        if (PARENT.test(d.msg.text()))
            return;
        if (!this.section) {
            d.commit(this.sink);
            this.inlineThisRun += 1;
            return;
        }
        if (this.inlineThisRun === 0) {
            d.commit(this.sink);
            this.committed += 1;
            return;
        }
        // Node 22+ prints failures inline without details and gives them here: fill them in
        const known = this.sink.find((f) => f.name === d.name && !f.message && (!f.file || !d.file || sameFile(f.file, d.file)));
        if (!known)
            return;
        known.message = d.msg.text();
        if (known.line === undefined) {
            known.file = d.file ?? known.file;
            known.line = d.line ?? this.sectionAt?.line;
        }
    }
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/python.ts

// `  File "/x/tests/test_a.py", line 10, in test_x` (traceback) and `  File "…", line 10 in test_x` (faulthandler)
const FRAME = /^ {2}File "([^"]{1,1000})", line (\d+),? in (\S{1,300})$/;
/** A frame of a Python traceback or of a faulthandler dump. */
function pythonFrame(line) {
    if (!line.startsWith('  File "'))
        return undefined;
    const m = FRAME.exec(line);
    if (!m)
        return undefined;
    return { file: tidyPath(m[1] ?? ''), line: Number(m[2]), fn: m[3] ?? '' };
}
/** A file of the project, not of Python itself or an installed package. */
function isPythonUserFile(file) {
    return !(file.startsWith('<') || file.includes('/site-packages/') || file.includes('/dist-packages/') || /\/lib\/python\d[\d.]*\//.test(file) || /(?:^|\/)(?:_pytest|pluggy|unittest)\//.test(file));
}
/** A test module by pytest's and unittest's default naming, not a conftest or the code under test. */
function isPythonTestFile(file) {
    const base = file.slice(file.lastIndexOf('/') + 1);
    return /^test_.*\.py$|_test\.py$|^tests?\.py$/.test(base);
}
/** The frame that is the test's own: the deepest in the test module, else the first frame of the project. */
function testFrame(frames, testFile) {
    const user = frames.filter((f) => isPythonUserFile(f.file));
    // the deepest frame in the test file: a helper of the test that raised, else the test's own line
    const last = (keep) => user.filter(keep).pop();
    if (testFile)
        return last((f) => sameTail(f.file, testFile));
    return last((f) => isPythonTestFile(f.file)) ?? user.find((f) => !f.file.endsWith('conftest.py'));
}
/** `/builds/acme/tests/a.py` and `tests/a.py` are the same file. */
function sameTail(a, b) {
    return a === b || a.endsWith(`/${b}`) || b.endsWith(`/${a}`);
}
/** Keeps the first frames of a traceback: the test's own frame comes early, the raising one last. */
class FrameList {
    max;
    items = [];
    last;
    constructor(max = 16) {
        this.max = max;
    }
    push(frame) {
        if (this.items.length < this.max)
            this.items.push(frame);
        this.last = frame;
    }
}
const DIFF_LINE = /^\s*(?:[-+](?![-+]{2}(?: |$))|\? )/;
const MAX_GATHERED = 60;
/**
 * Message lines gathered in full (bounded) and picked when the failure ends: the assertion line
 * first, then the lines of a diff that differ (`- want`, `+ got`), then the rest in order.
 */
class MessageGather {
    lines = [];
    get length() {
        return this.lines.length;
    }
    add(line) {
        if (this.lines.length < MAX_GATHERED && line.trim())
            this.lines.push(line.length > 300 ? line.slice(0, 300) : line);
    }
    pick(max = 6) {
        if (this.lines.length <= max)
            return [...this.lines];
        const keep = new Set([0]);
        this.lines.forEach((l, i) => {
            if (keep.size < max && DIFF_LINE.test(l))
                keep.add(i);
        });
        for (let i = 1; i < this.lines.length && keep.size < max; i += 1)
            keep.add(i);
        return [...keep].sort((a, b) => a - b).map((i) => this.lines[i] ?? '');
    }
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/pytest.ts





const SECTION = /^={3,} (.+?) ={3,}$/;
const BLOCK = /^_{3,} (.+?) _{3,}$/;
const WHERE = /^(\S{1,1000}\.py):(\d+): ?(.{0,1000})$/;
const SHORT = /^(FAILED|ERROR) (\S+?)(?: - (.*))?$/;
const pytest_TOTALS = /^(?:=+ )?((?:\d+ \w+(?:, )?)+) in [\d.]+s(?: \([^)]*\))?(?: =+)?$/;
const STATUSES = ['PASSED', 'FAILED', 'ERROR', 'SKIPPED', 'XFAIL', 'XPASS'];
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
function verboseStatus(text) {
    const at = text.indexOf('.py::');
    if (at < 1 || at > 1000)
        return undefined;
    SPACE.lastIndex = 0;
    const space = SPACE.exec(text);
    if (space && space.index < at)
        return undefined;
    // `.+?`: at least one character after `::`
    for (let sp = text.indexOf(' ', at + 6); sp >= 0; sp = text.indexOf(' ', sp + 1)) {
        for (const status of STATUSES) {
            const end = sp + 1 + status.length;
            if (text.startsWith(status, sp + 1) && (end === text.length || text.charCodeAt(end) === 32))
                return { nodeid: text.slice(0, sp), status };
        }
    }
    return undefined;
}
/**
 * Whether the line [at, end) of a raw block, whose first `.py::` is at `py`, is one verboseStatus reads as PASSED, and
 * its node id is ASCII (no decoding could change it): read in place, without making the line a string.
 * `spaceOnly`: the block holds no white space but spaces and no byte outside ASCII.
 */
function plainPassed(text, at, end, py, spaceOnly) {
    if (py < at + 1 || py - at > 1000 || py >= end)
        return false;
    // the node id holds no white space (in a block where a space is the only kind, one native search says so)
    if (spaceOnly) {
        const space = text.indexOf(' ', at);
        if (space >= 0 && space < py)
            return false;
    }
    else {
        for (let i = at; i < py; i += 1) {
            const c = text.charCodeAt(i);
            if (c <= 32 || c >= 127)
                return false;
        }
    }
    // the first status word after the node id that a space or the line's end follows: PASSED, or another
    for (let sp = text.indexOf(' ', py + 6); sp >= 0 && sp < end; sp = text.indexOf(' ', sp + 1)) {
        const c = text.charCodeAt(sp + 1);
        if (c === 80) {
            const after = sp + 7;
            if (after <= end && text.startsWith('PASSED', sp + 1) && (after === end || text.charCodeAt(after) === 32))
                return true;
        }
        else if (c === 70 || c === 69 || c === 83 || c === 88) {
            for (const status of STATUSES) {
                const after = sp + 1 + status.length;
                if (after <= end && text.startsWith(status, sp + 1) && (after === end || text.charCodeAt(after) === 32))
                    return false;
            }
        }
    }
    return false;
}
/** Whether the digits at `at` are followed by a space, as the first count of a totals line is (a date or a time is not). */
function countFirst(text, at) {
    let i = at;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57)
            break;
        i += 1;
    }
    return text.charCodeAt(i) === 32;
}
/** Whether a line may be the -q totals line (`3 failed, 2 passed in 0.12s`, perhaps between `=`): a count or `=` first, `s`, `)` or `=` last. */
function mayBeTotals(text, c0) {
    const last = text.charCodeAt(text.length - 1);
    return ((c0 >= 48 && c0 <= 57) || c0 === 61) && (last === 115 || last === 41 || last === 61);
}
/** Splits `TestStrings.test_trims[1.5]` into its last name without breaking inside the parameters. */
function lastName(title) {
    const bracket = title.indexOf('[');
    const head = bracket >= 0 ? title.slice(0, bracket) : title;
    const dot = head.lastIndexOf('.');
    return dot >= 0 ? title.slice(dot + 1) : title;
}
/**
 * pytest's terminal reporter: default, -q and -v, every --tb style, the FAILURES/ERRORS sections
 * and the short summary, collection errors, and a crash (segfault) that faulthandler traces.
 */
function pytestParser(sink) {
    return new PytestParser(sink);
}
/** The reporter's state between lines; each kind of line has its own handler. */
class PytestParser {
    sink;
    runner = 'pytest';
    run = { passed: null, failed: null, sawResults: false };
    counted = { passed: 0, other: 0 };
    section = '';
    draft;
    title = '';
    frames = new FrameList();
    gathered = new MessageGather();
    /** sections that printed failure blocks in this run: their failures are not added again from the short summary */
    blocksIn = new Set();
    rootdir = '';
    nativeExc = false;
    /** frames of stored failures, to place them in the test file once the short summary names it */
    placed = new Map();
    /** the failures stored from this run's blocks: the ones its short summary may name */
    stored = new Set();
    /** --tb=line entries: no headers, in the order of the short summary */
    lineEntries = [];
    lineMsg = new MessageLines();
    current = '';
    crash;
    /** the lines of the last run passingRun read: at, passed, other, file start, file end, for each (the summariser calls passedOver right after it, for it only) */
    steps = [];
    /** in a failure block that is only counted (see startBlock) */
    counting = false;
    /** the section and title of each failure committed while the sink had room (at most its lists' size) */
    titles = new Set();
    /** where the next `.py::` of a block is (one search per line that holds it, however the run ends) */
    rawNodeid = new util_text/* NextMatch */.te('.py::');
    rawFatal = new util_text/* NextMatch */.te('Fatal Python error: ');
    rawFile = new util_text/* NextMatch */.te('.py');
    plainBlock = { seq: -1, plain: false };
    constructor(sink) {
        this.sink = sink;
    }
    /**
     * Most lines of a long run are results that only count: `nodeid PASSED` (-v) and progress lines
     * (`tests/test_x.py ..F.s [ 40%]`). A run of them is read in place in the raw block and counted in
     * passedOver (so are the lines of a failure block that is only counted, which count nothing). A line
     * is taken only when `line` would do nothing else with it: among the run's results (no section, no
     * crash being read), not a `=` line nor a crash's first line, no longer than a cleaned line; a -v line
     * with an ASCII node id, a progress line in an ASCII block (so each reads the same decoded or not).
     */
    passingRun(block, from) {
        const steps = this.steps;
        steps.length = 0;
        if (this.crash)
            return from;
        // a counted failure block's lines are the parser's own too, and change nothing
        if (this.counting)
            return this.countedBlockEnd(block, from);
        if (this.section !== 'test session starts' && this.section !== '')
            return from;
        const text = block.text;
        const fatal = this.rawFatal.lineFrom(block, from);
        let at = from;
        while (at < text.length && at < fatal && text.charCodeAt(at) !== 61) {
            let end = text.indexOf('\n', at);
            if (end < 0)
                end = text.length;
            if (end - at > util_text/* MAX_LINE */.MV)
                break;
            const py = this.rawNodeid.indexFrom(block, at);
            if (py < end) {
                if (!plainPassed(text, at, end, py, this.spaceOnly(block)))
                    break;
                steps.push(at, 1, 0, at, text.indexOf('::', at));
            }
            else {
                // (a progress line ends in a mark or its percentage: most other lines are ruled out without the regex)
                const last = text.charCodeAt(end - 1);
                PROGRESS_AT.lastIndex = at;
                const p = block.ascii && (last === 93 || MARKS.includes(text[end - 1] ?? ' ')) ? PROGRESS_AT.exec(text) : null;
                if (!p)
                    break;
                let passed = 0;
                let other = 0;
                const marks = p[2] ?? '';
                for (let i = 0; i < marks.length; i += 1) {
                    const c = marks.charCodeAt(i);
                    if (c === 46)
                        passed += 1;
                    else if (c === 70 || c === 69)
                        other += 1;
                }
                const file = p[1] ?? '';
                steps.push(at, passed, other, at, file ? at + file.length : at);
            }
            at = end + 1;
        }
        return at > text.length ? Infinity : at;
    }
    /** The result lines in [from, to), which passingRun read: counted, and the last one that names a file is the running one's. */
    passedOver(block, _from, to) {
        const steps = this.steps;
        let file = -1;
        for (let i = 0; i < steps.length && (steps[i] ?? Infinity) < to; i += 5) {
            this.counted.passed += steps[i + 1] ?? 0;
            this.counted.other += steps[i + 2] ?? 0;
            this.run.sawResults = true;
            if ((steps[i + 4] ?? 0) > (steps[i + 3] ?? 0))
                file = i;
        }
        if (file >= 0)
            this.current = block.text.slice(steps[file + 3], steps[file + 4]);
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
    nextLine(block, from) {
        if (this.crash || (this.section !== 'test session starts' && this.section !== ''))
            return from;
        const text = block.text;
        const fatal = this.rawFatal.lineFrom(block, from);
        let at = from;
        while (at < text.length && at < fatal) {
            let end = text.indexOf('\n', at);
            if (end < 0)
                end = text.length;
            if (end === at || end - at > util_text/* MAX_LINE */.MV || this.rawFile.indexFrom(block, at) < end)
                break;
            const c0 = text.charCodeAt(at);
            if (c0 === 61 || (c0 >= 48 && c0 <= 57 && countFirst(text, at)) || text.startsWith('rootdir: ', at) || text.startsWith('collected', at))
                break;
            const last = text.charCodeAt(end - 1);
            if (last === 93 || MARKS.includes(text[end - 1] ?? ' '))
                break;
            at = end + 1;
        }
        return at > text.length ? Infinity : at;
    }
    /** In a counted failure block: the next line that may end it (it starts with `_` or `=`) or start a crash. */
    countedBlockEnd(block, from) {
        const text = block.text;
        const fatal = this.rawFatal.lineFrom(block, from);
        let at = from;
        while (at < text.length && at < fatal) {
            const c = text.charCodeAt(at);
            if (c === 95 || c === 61)
                break;
            const end = text.indexOf('\n', at);
            if (end < 0)
                return Infinity;
            at = end + 1;
        }
        return at > text.length ? Infinity : at;
    }
    /** Whether the only white space a block's lines can hold is the space (ASCII, no tab, \v or \f): asked once per block. */
    spaceOnly(block) {
        const seen = this.plainBlock;
        if (seen.seq !== block.seq) {
            seen.seq = block.seq;
            // (three native searches: a character class regex reads a block several times slower)
            const text = block.text;
            seen.plain = block.ascii && text.indexOf('\t') < 0 && text.indexOf('\v') < 0 && text.indexOf('\f') < 0;
        }
        return seen.plain;
    }
    line(text) {
        if (this.crashLine(text))
            return;
        const c0 = text.charCodeAt(0);
        const sec = c0 === 61 && text.startsWith('===') ? SECTION.exec(text) : null;
        if (sec)
            return this.sectionLine(sec[1] ?? '');
        if (this.section === 'FAILURES' || this.section === 'ERRORS') {
            const block = c0 === 95 && text.startsWith('___') ? BLOCK.exec(text) : null;
            if (block)
                return this.startBlock(block[1] ?? '');
            // (a counted block's lines change nothing)
            if (!this.counting)
                this.inBlock(text);
            return;
        }
        if (this.section === 'short test summary info') {
            const s = SHORT.exec(text);
            if (s)
                return this.shortLine(s[1] ?? '', s[2] ?? '', s[3] ?? '');
        }
        // (a -v line is most of a verbose log: the cheap tests come first, each rules out most lines)
        const verbose = verboseStatus(text);
        if (verbose)
            return this.verboseLine(verbose.nodeid, verbose.status);
        const totals = mayBeTotals(text, c0) ? pytest_TOTALS.exec(text) : null;
        if (totals && /\b(passed|failed|error|errors|skipped|deselected|xfailed|xpassed|no tests ran)\b/.test(totals[1] ?? '')) {
            this.readTotals(totals[1] ?? '');
            return;
        }
        if (c0 === 114 && text.startsWith('rootdir: '))
            this.rootdir = text.slice(9).split(',')[0]?.trim() ?? '';
        else if (c0 === 99 && COLLECTED.test(text))
            this.run.sawResults = true;
        else if (this.section === 'test session starts' || this.section === '')
            this.countProgress(text);
    }
    finish() {
        const run = this.run;
        this.commit();
        if (this.crash) {
            if (!this.crash.full_name)
                this.crash.full_name = this.crash.name;
            this.crash.commit(this.sink);
            run.failed = addCount(run.failed, 1);
        }
        // no totals (a crash, a cut log): what the -v lines or progress marks counted
        if (run.passed === null && run.sawResults)
            run.passed = this.counted.passed;
        if (run.failed === null && run.sawResults && this.counted.other > 0)
            run.failed = this.counted.other;
        return { passed: run.passed, failed: run.failed, sawResults: run.sawResults };
    }
    /** `=== name ===`: a section starts, or the totals line closes the run. */
    sectionLine(name) {
        this.commit();
        const totals = pytest_TOTALS.exec(name);
        if (totals)
            return this.readTotals(totals[1] ?? '');
        this.section = name;
        if (name === 'test session starts') {
            this.blocksIn.clear();
            this.stored.clear();
        }
    }
    /** `tests/test_x.py::test_y PASSED` (-v) */
    verboseLine(nodeid, status) {
        this.run.sawResults = true;
        const sep = nodeid.indexOf('::');
        this.current = sep < 0 ? nodeid : nodeid.slice(0, sep);
        if (status === 'PASSED')
            this.counted.passed += 1;
        else if (status === 'FAILED' || status === 'ERROR')
            this.counted.other += 1;
    }
    /** Stores the failure block being read, placed in its test's own frame, and starts afresh. */
    commit() {
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
            if (own)
                draft.at(this.relative(own.file), own.line);
            for (const l of this.gathered.pick())
                draft.msg.add(l);
            if (own && !draft.error)
                draft.full_name = `${this.relative(own.file)}::${this.title.replace(/\.(?![^[]*\])/g, '::')}`;
            if (draft.msg.length === 0 && frames.last?.exc)
                draft.msg.add(frames.last.exc);
            if (draft.error && target && !draft.file)
                draft.file = target;
            if (!this.sink.full)
                this.titles.add(`${this.section}\u0000${this.title}`);
            const stored = draft.commit(this.sink);
            // (the sink keeps few in detail and hands back the same one for a repeat: the set stays small)
            if (stored)
                this.stored.add(stored);
            if (stored && this.placed.size < 200)
                this.placed.set(stored, frames.items);
            this.blocksIn.add(this.section);
        }
        this.draft = undefined;
        this.frames = new FrameList();
        this.gathered = new MessageGather();
        this.nativeExc = false;
    }
    /** `____ test_name ____`: a failure block (or, under ERRORS, a collection or setup error). */
    startBlock(text) {
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
        }
        else {
            this.draft = new Draft(lastName(text), text);
        }
    }
    /** A line inside a failure block (or a --tb=line entry): a place, a frame, or the message. */
    inBlock(text) {
        const w = text.includes('.py:') ? WHERE.exec(text) : null;
        if (w) {
            const where = { file: tidyPath(w[1] ?? ''), line: Number(w[2]), exc: (w[3] ?? '').replace(/^in /, '') };
            if (this.draft)
                this.pushFrame(where);
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
        if (/^E\s/.test(text))
            target.add(text.slice(1).replace(/^ {0,7}/, ''));
        // a strict xfail that passed has no traceback: its block is this one line
        else if (text.startsWith('[XPASS(strict)]'))
            target.add(`${text.trim()} the test passed, but it is marked xfail(strict=True)`);
        // --tb=native: the exception line closes the traceback; what follows is its message (a diff)
        else if (this.nativeExc)
            this.gathered.add(text);
        else if (this.draft && this.frames.last && /^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning)\b/.test(text)) {
            this.gathered.add(text);
            this.nativeExc = true;
        }
    }
    /** `FAILED nodeid - message` in the short summary: names a stored failure, or is the only word of it. */
    shortLine(kind, nodeid, message) {
        // (a run whose blocks were all counted has no failure for the line to name: nothing to add either)
        if (this.stored.size === 0 && this.blocksIn.has(kind === 'FAILED' ? 'FAILURES' : 'ERRORS'))
            return;
        const parts = nodeid.split('::');
        const file = parts[0] ?? '';
        const rest = parts.slice(1).join('.');
        const tail = parts.slice(1).join('::');
        const suffix = `::${tail}`;
        // only this run's blocks: a short summary names its own run's failures (a second run's line is not the first's)
        let known;
        for (const f of this.stored) {
            if (f.full_name === nodeid || (f.file === file && f.full_name.endsWith(suffix)) || f.name === rest || (f.error === true && f.name === nodeid)) {
                known = f;
                break;
            }
        }
        if (known) {
            if (!known.error)
                known.full_name = nodeid;
            // a block without a message line (no `E` line): the short summary's words are all there is
            if (!known.message && message.trim())
                known.message = clip(message.trim(), MAX_MESSAGE);
            this.placeIn(known, file);
            return;
        }
        if (this.blocksIn.has(kind === 'FAILED' ? 'FAILURES' : 'ERRORS'))
            return;
        const d = new Draft(lastName(rest || nodeid), nodeid, { file, error: kind === 'ERROR' && !rest });
        const entry = kind === 'FAILED' ? this.lineEntries.shift() : undefined;
        if (entry) {
            for (const l of entry.msg.text().split('\n'))
                d.msg.add(l);
            if (sameTail(entry.where.file, file))
                d.line = entry.where.line;
        }
        if (d.msg.length === 0)
            d.msg.add(message);
        d.commit(this.sink);
    }
    placeIn(f, file) {
        const fr = this.placed.get(f);
        if (!fr || !file)
            return;
        if (f.file && sameTail(f.file, file)) {
            f.file = file;
            return;
        }
        const own = testFrame(fr, file);
        f.file = file;
        if (own)
            f.line = own.line;
        else
            delete f.line;
    }
    /** A faulthandler trace (`Fatal Python error: …` and its thread dumps); true when the line was one of it. */
    crashLine(text) {
        const fatal = text.includes('Fatal Python error: ') ? FATAL.exec(text) : null;
        if (fatal) {
            this.startCrash(text, fatal);
            return true;
        }
        const crash = this.crash;
        if (!crash)
            return false;
        const frame = pythonFrame(text);
        if (frame && crash.line === undefined && isPythonUserFile(frame.file) && testFrame([frame])) {
            const current = this.current;
            crash.at(current && sameTail(frame.file, current) ? current : this.relative(frame.file), frame.line);
            if (crash.name === 'crash')
                crash.name = frame.fn;
            if (!crash.full_name)
                crash.full_name = `${current || frame.file}::${frame.fn}`;
        }
        return frame !== undefined || !text.trim() || text.startsWith('Current thread') || text.startsWith('Thread 0x');
    }
    startCrash(text, fatal) {
        const head = text.slice(0, fatal.index).trim();
        this.countProgress(head);
        if (head.endsWith('.py'))
            this.current = head;
        const nodeid = head.includes('::') ? head : '';
        this.crash = new Draft(nodeid ? lastName(nodeid.split('::').slice(1).join('.')) : 'crash', nodeid);
        this.crash.msg.add(`Fatal Python error: ${fatal[1] ?? ''}`);
        this.run.sawResults = true;
    }
    /** `tests/test_x.py ..F.s [ 40%]`: the progress marks of the default and -q output */
    countProgress(text) {
        // a progress line ends in a mark or in its percentage
        const last = text.charCodeAt(text.length - 1);
        if (last !== 93 && !MARKS.includes(text[text.length - 1] ?? ' '))
            return;
        const p = PROGRESS.exec(text);
        if (!p)
            return;
        if (p[1])
            this.current = p[1];
        const marks = p[2] ?? '';
        for (const c of marks) {
            if (c === '.')
                this.counted.passed += 1;
            else if (c === 'F' || c === 'E')
                this.counted.other += 1;
        }
        this.run.sawResults = true;
    }
    readTotals(body) {
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
    pushFrame(where) {
        if (isPythonUserFile(where.file))
            this.frames.push(where);
        else
            this.frames.last = where;
    }
    relative(file) {
        const rootdir = this.rootdir;
        return rootdir && file.startsWith(`${rootdir}/`) ? file.slice(rootdir.length + 1) : file;
    }
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/go-notes.ts


const NOTE = /^ +(\S{1,500}\.go):(\d+): ?(.*)$/;
// words of a failing check: t.Errorf("got %d, want %d"), testify's "Error Trace"/"expected", "!="
const go_notes_FAILING = /\b(?:want|wanted|expected|expect|got|actual|mismatch|unexpected|fail(?:ed|s|ure)?|error|err|should|must|not equal|diff|Error Trace)\b|!=/i;
const PER_TEST = 12;
const TESTS = 4096;
/** `    file_test.go:12: message`, the line t.Log/t.Errorf print (indented by the subtest depth). */
function goNote(line) {
    if (!line.startsWith(' ') || !line.includes('.go:'))
        return undefined;
    const m = NOTE.exec(line);
    if (!m)
        return undefined;
    const text = m[3] ?? '';
    return { file: tidyPath(m[1] ?? ''), line: Number(m[2]), text, failing: go_notes_FAILING.test(text) };
}
/** A note printed by the testing package itself (testing.go): a message, never a location. */
function isRuntimeNote(n) {
    return n.file === 'testing.go' || n.file.endsWith('/testing.go') || n.file === '_testmain.go';
}
/** The notes of one test: failing-looking ones are always kept, plain logs only while there is room. */
class NoteList {
    notes = [];
    add(n) {
        if (this.notes.length >= PER_TEST) {
            const plain = this.notes.findIndex((x) => !x.failing);
            if (!n.failing || plain < 0)
                return;
            this.notes.splice(plain, 1);
        }
        this.notes.push(n);
    }
    /** Location at the first failing check (not the first t.Log); message with the failing lines first. */
    fill(d) {
        const located = this.notes.filter((n) => !isRuntimeNote(n));
        const at = located.find((n) => n.failing) ?? located[located.length - 1];
        if (at)
            d.at(at.file, at.line);
        for (const n of this.notes.filter((x) => x.failing))
            d.msg.add(n.text);
        for (const n of this.notes.filter((x) => !x.failing))
            d.msg.add(n.text);
    }
}
/**
 * Notes per running test for `go test -v`, where a test's notes come before its result line and
 * subtests' results only after their parent's: bounded by test count, not evicted by many subtests.
 */
class RunningNotes {
    byTest = new Map();
    add(test, n) {
        let list = this.byTest.get(test);
        if (!list) {
            if (this.byTest.size >= TESTS)
                this.byTest.delete(this.byTest.keys().next().value);
            list = new NoteList();
            this.byTest.set(test, list);
        }
        list.add(n);
    }
    take(test) {
        // (most tests print no notes: no lookup, which would hash the name)
        if (this.byTest.size === 0)
            return undefined;
        const list = this.byTest.get(test);
        this.byTest.delete(test);
        return list;
    }
    clear() {
        if (this.byTest.size > 0)
            this.byTest.clear();
    }
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/go-test.ts




const RUN = /^=== (RUN|CONT|PAUSE|NAME) +(\S+)/;
const go_test_RESULT = /^( *)--- (PASS|FAIL|SKIP): (\S+) \(/;
const PACKAGE = /^(ok|FAIL) *\t(\S+)\t(?:[\d.]+s|\(cached\))/;
const PACKAGE_BAD = /^FAIL\t(\S+) \[(build|setup) failed\]$/;
const go_test_HEADER = /^# (\S+)(?: \[(\S+)\])?$/;
const COMPILE = /^(\S{1,500}\.go):(\d+):(?:\d+:)? (.+)$/;
const go_test_FRAME = /^\t(\S{1,500}\.go):(\d+)(?: \+0x[0-9a-f]+)?$/;
const TEST_FUNC = /(?:^|[./])((?:Test|Benchmark|Fuzz|Example)\w*)(?:\.func\d+)*\(/;
const RUNNING = /^\t(\S+) \([^)]*\)$/;
// a frame of the race detector's report: `      /path/counter_test.go:15 +0x74`
const RACE_FRAME = /^ +(\S{1,500}\.go):(\d+)(?: \+0x[0-9a-f]+)?$/;
const RACE_ACCESS = /^(?:Previous )?(?:[Rr]ead|[Ww]rite) at 0x[0-9a-f]+ by (?:goroutine \d+|main goroutine):$/;
const RACE_RULE = '==================';
/** A `WARNING: DATA RACE` report (go test -race): its first accesses and its place, for the test it was found in. */
class RaceReport {
    test;
    on = true;
    accesses = [];
    file;
    line;
    /** the place in the project when no frame is in a test file */
    fallback;
    /** `test`: the test running when the report began (-v), or undefined (plain output: the next failure's) */
    constructor(test) {
        this.test = test;
    }
    /** A line while the report is open; false when it is none of the report's (it is read as usual). */
    read(text) {
        if (text === RACE_RULE) {
            this.on = false;
            return true;
        }
        if (RACE_ACCESS.test(text)) {
            if (this.accesses.length < 2)
                this.accesses.push(text.replace(/:$/, ''));
            return true;
        }
        const frame = text.startsWith(' ') ? RACE_FRAME.exec(text) : null;
        if (!frame)
            return false;
        const file = tidyPath(frame[1] ?? '');
        if (this.line === undefined && isUserFile(file)) {
            if (file.endsWith('_test.go')) {
                this.file = file;
                this.line = Number(frame[2]);
            }
            else
                this.fallback ??= { file, line: Number(frame[2]) };
        }
        return true;
    }
    /** Adds the report to a failure's message and places the failure at it (unless its notes place it). */
    fill(d, notes) {
        d.msg.add('WARNING: DATA RACE');
        for (const a of this.accesses)
            d.msg.add(a);
        notes?.fill(d);
        const at = this.line !== undefined ? { file: this.file, line: this.line } : this.fallback;
        if (at)
            d.at(at.file, at.line);
    }
}
/**
 * Where the name starts in the line [at, end) of a raw block when RUN or RESULT would read the line as a
 * `=== RUN   name` line (or CONT, PAUSE, NAME) or a passing or skipped result `--- PASS: name (…`, with an
 * ASCII name (a decoded line reads the same); -1 for any other line. Read in place: no string is made.
 */
function stepName(block, at, end, names) {
    const text = block.text;
    if (text.charCodeAt(at) === 61) {
        if (!text.startsWith('=== ', at))
            return -1;
        const k = text.charCodeAt(at + 4);
        const kind = k === 82 ? 'RUN' : k === 67 ? 'CONT' : k === 80 ? 'PAUSE' : k === 78 ? 'NAME' : '';
        let p = at + 4 + kind.length;
        if (!kind || !text.startsWith(kind, at + 4) || text.charCodeAt(p) !== 32)
            return -1;
        while (text.charCodeAt(p) === 32)
            p += 1;
        return names.end(block, p, end) > p ? p : -1;
    }
    let p = at;
    while (text.charCodeAt(p) === 32)
        p += 1;
    if (text.charCodeAt(p) !== 45 || !text.startsWith('--- ', p))
        return -1;
    if (!text.startsWith('PASS: ', p + 4) && !text.startsWith('SKIP: ', p + 4))
        return -1;
    const nameEnd = names.end(block, p + 10, end);
    return nameEnd > p + 10 && nameEnd + 1 < end && text.charCodeAt(nameEnd) === 32 && text.charCodeAt(nameEnd + 1) === 40 ? p + 10 : -1;
}
/** Where a name (`\S+`) that starts at `p` ends; `p` itself when a byte outside ASCII comes first (then no step is read). */
function wordEndByChars(text, p, end) {
    let i = p;
    for (; i < end; i += 1) {
        const c = text.charCodeAt(i);
        if (c === 32 || (c >= 9 && c <= 13))
            break;
        if (c >= 128)
            return p;
    }
    return i;
}
/**
 * Where names end in the lines of a raw block. In an ASCII block without \v or \f (nearly every one),
 * a name ends at the next space or tab, which two kept native searches say; else char by char.
 */
class NameEnds {
    seq = -1;
    plain = false;
    space = new util_text/* NextMatch */.te(' ');
    tab = new util_text/* NextMatch */.te('\t');
    /** Where the name that starts at `p` of the line ending at `end` ends (see wordEndByChars). */
    end(block, p, end) {
        if (block.seq !== this.seq) {
            this.seq = block.seq;
            this.plain = block.ascii && block.text.indexOf('\v') < 0 && block.text.indexOf('\f') < 0;
        }
        return this.plain ? Math.min(this.space.indexFrom(block, p), this.tab.indexFrom(block, p), end) : wordEndByChars(block.text, p, end);
    }
}
/** Whether the line at `at` starts as one of go test's may (see GoTestParser.nextLine; `.go:` is looked for apart). */
function mayBeGoLine(text, at) {
    let p = at;
    while (text.charCodeAt(p) === 32)
        p += 1;
    if (text.charCodeAt(p) === 45)
        return true;
    switch (text.charCodeAt(at)) {
        case 61:
            return text.startsWith('=== ', at);
        case 112:
            return text.startsWith('panic: ', at);
        case 111:
            return text.startsWith('ok', at);
        case 70:
            return text.startsWith('FAIL', at);
        case 35:
            return text.startsWith('# ', at);
        case 123:
            return true;
        case 87:
            return text.startsWith('WARNING: DATA RACE', at);
        default:
            return false;
    }
}
/** What a `go test` event line (`go test -json`, test2json) printed, or undefined for other JSON. */
function jsonOutput(text) {
    try {
        const e = JSON.parse(text);
        return typeof e.Output === 'string' ? e.Output : undefined;
    }
    catch {
        return undefined;
    }
}
/** `go test` output: plain, -v and -json, with subtests, panics, timeouts, build and vet failures. */
function goTestParser(sink) {
    return new GoTestParser(sink);
}
/** A panic (or a timeout's goroutine dump) being read: where it started and what it has found. */
class Panic {
    on = false;
    draft;
    timeout = false;
    /** the function line above the next frame */
    func = '';
    /** inside the timeout's "running tests:" list */
    names = false;
    listed = false;
    located = false;
}
/** The reporter's state between lines; each kind of line has its own handler. */
class GoTestParser {
    sink;
    runner = 'go-test';
    count = { passed: 0, failed: 0, verbose: false, sawResults: false };
    pending;
    running = new RunningNotes();
    current;
    /** plain output prints a test's notes after its --- FAIL line */
    noteTarget;
    panic = new Panic();
    race;
    header;
    buildErrors = [];
    packageFailures = [];
    nameEnds = new NameEnds();
    rawSource = new util_text/* NextMatch */.te('.go:');
    /** the steps of the last run passingRun read (the summariser calls passedOver right after it, for it only) */
    steps = [];
    constructor(sink) {
        this.sink = sink;
    }
    /**
     * `go test -v` is mostly `=== RUN` lines and passing results: a run of them is passed over and read in
     * passedOver with the same handlers (no panic being read: its frames come between).
     */
    passingRun(block, from) {
        // the steps read, kept for passedOver (which applies those before where the pass-over ended)
        this.steps.length = 0;
        if (this.panic.on)
            return from;
        const text = block.text;
        let at = from;
        while (at < text.length) {
            let end = text.indexOf('\n', at);
            if (end < 0)
                end = text.length;
            const name = end - at > util_text/* MAX_LINE */.MV ? -1 : stepName(block, at, end, this.nameEnds);
            if (name < 0)
                break;
            const value = text.slice(name, this.nameEnds.end(block, name, end));
            const word = text.charCodeAt(at) === 61 ? (text.startsWith('PAUSE', at + 4) ? 'PAUSE' : 'RUN') : text.startsWith('PASS', name - 6) ? 'PASS' : 'SKIP';
            this.steps.push({ at, word, name: value });
            at = end + 1;
        }
        return at > text.length ? Infinity : at;
    }
    /**
     * Outside a panic or a race report, the lines `line` does nothing with are what the tests and the code
     * print: passed over up to the first that may be go test's. A line may be when, after its indentation, it
     * starts with `--- ` (a result), or it starts with `=== `, `panic: `, `ok`, `FAIL`, `# `, `{` (an event) or
     * `WARNING: DATA RACE`,
     * or holds `.go:` (a note, a compile error), or is longer than a cleaned line.
     */
    nextLine(block, from) {
        if (this.panic.on || this.race?.on)
            return from;
        const text = block.text;
        let at = from;
        while (at < text.length) {
            let end = text.indexOf('\n', at);
            if (end < 0)
                end = text.length;
            if (end - at > util_text/* MAX_LINE */.MV || this.rawSource.indexFrom(block, at) < end || mayBeGoLine(text, at))
                break;
            at = end + 1;
        }
        return at > text.length ? Infinity : at;
    }
    passedOver(_block, _from, to) {
        for (const step of this.steps) {
            if (step.at >= to)
                break;
            if (step.word === 'RUN' || step.word === 'PAUSE')
                this.runLine(step.word, step.name);
            else
                this.resultLine(step.word, step.name);
        }
        this.steps.length = 0;
    }
    line(text) {
        if (!text.startsWith('{"'))
            return this.textLine(text);
        const out = jsonOutput(text);
        if (out !== undefined)
            for (const l of out.replace(/\n$/, '').split('\n'))
                this.textLine(l);
    }
    finish() {
        this.settle();
        this.endPanic();
        if (this.buildErrors.length > 0)
            this.buildFailed(this.header?.pkg ?? 'build', 'build');
        const count = this.count;
        return { passed: count.verbose ? count.passed : null, failed: count.failed, sawResults: count.sawResults };
    }
    textLine(text) {
        const run = text.startsWith('=== ') ? RUN.exec(text) : null;
        if (run)
            return this.runLine(run[1] ?? '', run[2] ?? '');
        const result = text.includes('--- ') ? go_test_RESULT.exec(text) : null;
        if (result)
            return this.resultLine(result[2] ?? '', result[3] ?? '');
        if (text === 'WARNING: DATA RACE') {
            this.race = new RaceReport(this.current);
            return;
        }
        if (this.race?.on && this.race.read(text))
            return;
        const note = this.panic.on ? undefined : goNote(text);
        if (note) {
            if (this.noteTarget)
                this.noteTarget.add(note);
            else if (this.current)
                this.running.add(this.current, note);
            return;
        }
        if (text.startsWith('panic: ') && !this.panic.on)
            return this.startPanic(text);
        if (this.packageLine(text))
            return;
        if (this.panic.on)
            return this.inPanic(text);
        const h = text.startsWith('# ') ? go_test_HEADER.exec(text) : null;
        if (h) {
            this.header = { pkg: h[1] ?? '', test: (h[2] ?? '').endsWith('.test') };
            return;
        }
        const compile = text.includes('.go:') ? COMPILE.exec(text) : null;
        if (compile && this.buildErrors.length < 50)
            this.buildErrors.push({ file: tidyPath(compile[1] ?? ''), line: Number(compile[2]), text: compile[3] ?? '' });
    }
    /** `=== RUN TestX` (-v): the test whose notes the next lines are. */
    runLine(kind, name) {
        this.count.verbose = true;
        if (kind !== 'PAUSE')
            this.current = name;
        this.noteTarget = undefined;
    }
    /** `--- FAIL: TestX (0.00s)`: held until the next result says whether subtests follow. */
    resultLine(status, name) {
        this.count.sawResults = true;
        this.settle(name);
        const taken = this.running.take(name);
        const failing = status === 'FAIL';
        const notes = failing ? (taken ?? new NoteList()) : undefined;
        this.pending = { status, name, draft: failing ? new Draft(name, name) : undefined, notes };
        this.noteTarget = notes;
    }
    keep(d) {
        const stored = d.commit(this.sink);
        if (stored)
            this.packageFailures.push(stored);
    }
    settle(next) {
        const p = this.pending;
        if (!p)
            return;
        this.pending = undefined;
        // a parent whose subtests follow is not a failure of its own
        if (next !== undefined && next.charCodeAt(p.name.length) === 47 && next.startsWith(p.name))
            return;
        if (p.status === 'PASS')
            this.count.passed += 1;
        else if (p.status === 'FAIL' && p.draft) {
            this.count.failed += 1;
            // a race report found while this test ran (or, without -v, the last one before its result)
            const race = this.race;
            if (race && !race.on && (race.test === undefined || race.test === p.name)) {
                race.fill(p.draft, p.notes);
                this.race = undefined;
            }
            else
                p.notes?.fill(p.draft);
            this.keep(p.draft);
        }
    }
    endPanic() {
        const panic = this.panic;
        if (panic.timeout && panic.draft) {
            if (!panic.draft.name)
                panic.draft.name = this.current ?? 'test timed out';
            panic.draft.full_name = panic.draft.name;
            this.count.failed += 1;
            this.keep(panic.draft);
        }
        this.panic = new Panic();
    }
    startPanic(text) {
        const panic = this.panic;
        const current = this.current ?? '';
        panic.on = true;
        panic.timeout = text.startsWith('panic: test timed out');
        panic.draft = panic.timeout ? new Draft(current, current) : this.pending?.status === 'FAIL' ? this.pending.draft : undefined;
        panic.draft?.msg.add(text.replace(/ \[recovered\]$/, ''));
    }
    inPanic(text) {
        const panic = this.panic;
        if (text === 'running tests:') {
            panic.names = true;
            return;
        }
        const named = panic.names ? RUNNING.exec(text) : null;
        if (named && panic.draft && !panic.listed)
            panic.draft.name = named[1] ?? '';
        if (named)
            panic.listed = true;
        else
            panic.names = false;
        const frame = text.startsWith('\t') ? go_test_FRAME.exec(text) : null;
        if (!frame) {
            if (text && !text.startsWith('\t') && !text.startsWith('goroutine '))
                panic.func = text;
            return;
        }
        const file = tidyPath(frame[1] ?? '');
        if (!panic.draft || panic.located || !isUserFile(file) || file.endsWith('_testmain.go'))
            return;
        const fn = TEST_FUNC.exec(panic.func);
        // a timeout: the goroutine of the running test; a panic: the first frame in a _test.go file, else the
        // first frame of the project (the code under test that panicked)
        if (panic.timeout && !fn)
            return;
        if (panic.timeout) {
            if (fn && !panic.draft.name)
                panic.draft.name = fn[1] ?? '';
            panic.draft.at(file, Number(frame[2]));
            panic.located = true;
            return;
        }
        panic.draft.frame({ file, line: Number(frame[2]) });
        panic.located = panic.draft.line !== undefined;
    }
    buildFailed(pkg, what) {
        const header = this.header;
        const vet = what === 'build' && header !== undefined && header.pkg === pkg && !header.test;
        const name = `${vet ? 'go vet' : what} failed: ${pkg}`;
        if (this.buildErrors.length === 0)
            this.buildErrors.push({ file: '', line: 0, text: `FAIL ${pkg} [${what} failed]` });
        for (const e of this.buildErrors) {
            const d = new Draft(name, name, { error: true });
            if (e.file)
                d.at(e.file, e.line);
            d.msg.add(e.text);
            d.commit(this.sink);
        }
        this.buildErrors = [];
        this.header = undefined;
    }
    /** `ok  pkg 0.1s` / `FAIL pkg 0.1s` / `FAIL pkg [build failed]`: the package's results end. */
    packageLine(text) {
        if (!text.startsWith('ok') && !text.startsWith('FAIL'))
            return false;
        const bad = PACKAGE_BAD.exec(text);
        const pkg = bad ? undefined : PACKAGE.exec(text);
        if (!bad && !pkg)
            return false;
        this.settle();
        this.endPanic();
        this.count.sawResults = true;
        this.noteTarget = undefined;
        this.current = undefined;
        this.running.clear();
        const name = bad ? (bad[1] ?? '') : (pkg?.[2] ?? '');
        for (const f of this.packageFailures)
            f.full_name = `${name}.${f.name}`;
        this.packageFailures = [];
        if (bad)
            this.buildFailed(name, bad[2] ?? 'build');
        return true;
    }
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/rust-diagnostics.ts


const HEAD = /^(error|warning)(?:\[(E\d{4})\])?: (.{1,1000})$/;
const ARROW = /^ *--> (\S.{0,999}?):(\d+):\d+$/;
// `--message-format=short`: one line per diagnostic, its place first
const rust_diagnostics_SHORT = /^(\S{1,500}\.rs):(\d+):\d+: (error|warning)(?:\[(E\d{4})\])?: (.{1,1000})$/;
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
class RustDiagnostics {
    sink;
    draft;
    label = false;
    /** diagnostics committed; cargo's own `error:` lines without a place are not counted */
    found = 0;
    /** a cargo error with no place that is no diagnostic of the code (`no matching package`) */
    cargoError;
    constructor(sink) {
        this.sink = sink;
    }
    /** Reads one line; true when the line belonged to a diagnostic. */
    line(text) {
        const short = text.includes('.rs:') ? rust_diagnostics_SHORT.exec(text) : null;
        if (short) {
            this.flush();
            if (short[3] === 'warning')
                return true;
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
            if (head[1] === 'warning' || CARGO_NOISE.test(message))
                return true;
            this.draft = new Draft(message, head[2] ? `error[${head[2]}]: ${message}` : `error: ${message}`, { error: true });
            this.draft.msg.add(text);
            this.label = false;
            return true;
        }
        const d = this.draft;
        if (!d)
            return false;
        const arrow = text.includes('-->') ? ARROW.exec(text) : null;
        if (arrow) {
            if (d.line === undefined)
                d.at(tidyPath(arrow[1] ?? ''), Number(arrow[2]));
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
        if (/^ *= (?:note|help): /.test(text) || /^ *(?:\d+ )? *\|/.test(text) || text.startsWith('help: ') || text.startsWith('note: '))
            return true;
        if (!text.trim())
            return true;
        this.flush();
        return false;
    }
    flush() {
        const d = this.draft;
        this.draft = undefined;
        if (!d)
            return;
        // a located diagnostic, or one with an error code; anything else is cargo talking about the build
        if (d.line !== undefined || d.full_name.startsWith('error[')) {
            d.commit(this.sink);
            this.found += 1;
        }
        else {
            this.cargoError ??= d.msg.text();
        }
    }
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/cargo-test.ts




const cargo_test_BLOCK = /^---- (.+?) stdout ----$/;
const PANIC_NEW = /^thread '(.+?)'(?: \(\d+\))? panicked at (.+?):(\d+):\d+:$/;
const PANIC_OLD = /^thread '(.+?)'(?: \(\d+\))? panicked at '(.*)', (.+?):(\d+):\d+$/;
const NO_PANIC = /^note: test did not panic as expected(?: at (\S+?):(\d+):\d+)?$/;
const OVERFLOW = /^thread '(.{1,300}?)'(?: \(\d+\))? has overflowed its stack$/;
const cargo_test_RESULT = /^test (\S+) (?:- should panic )?\.\.\. (ok|FAILED|ignored)/;
const cargo_test_TOTALS = /^test result: (?:ok|FAILED)\. (.*)$/;
// a doctest's name: the source file, the item, the line of its code block
const DOCTEST = /^(\S+\.rs) - .* \(line (\d+)\)$/;
/** `cargo test` (libtest output): panics, should_panic that did not, stack overflows, and compile errors. */
function cargoTestParser(sink) {
    return new CargoTestParser(sink);
}
/** libtest's state between lines; each kind of line has its own handler. */
class CargoTestParser {
    sink;
    runner = 'cargo-test';
    run = { passed: null, failed: null, sawResults: false };
    /** result lines of the target being read, for a run that printed no totals */
    counted = { pass: 0, fail: 0 };
    draft;
    /** inside a panic's message */
    reading = false;
    /** the block is a doctest's: placed by its name, not by the panic */
    doctest = false;
    /** a test binary that aborted (stack overflow) */
    aborted;
    diagnostics;
    constructor(sink) {
        this.sink = sink;
        this.diagnostics = new RustDiagnostics(sink);
    }
    line(text) {
        const block = text.startsWith('---- ') ? cargo_test_BLOCK.exec(text) : null;
        if (block) {
            this.commit();
            this.draft = new Draft(block[1] ?? '', block[1] ?? '');
            // a doctest panics in a generated file under /tmp: its place is the code block in the source
            const doc = DOCTEST.exec(block[1] ?? '');
            this.doctest = doc !== null;
            if (doc)
                this.draft.at(tidyPath(doc[1] ?? ''), Number(doc[2]));
            return;
        }
        if (this.draft && this.inBlock(text, this.draft))
            return;
        // the test binary aborted (stack overflow): no result line, no totals for that target
        const overflow = text.startsWith('thread ') ? OVERFLOW.exec(text) : null;
        if (overflow) {
            this.commitAbort();
            this.run.sawResults = true;
            this.aborted = new Draft(overflow[1] ?? '', overflow[1] ?? '');
            this.aborted.msg.add(text);
            return;
        }
        if (this.aborted && (text.startsWith('fatal runtime error: ') || /\(signal: \d+, SIG\w+/.test(text))) {
            this.aborted.msg.add(text.trim());
            return;
        }
        if (!this.resultLine(text))
            this.diagnostics.line(text);
    }
    finish() {
        this.commit();
        this.commitAbort();
        const { run, diagnostics } = this;
        diagnostics.flush();
        if (run.passed === null && run.failed === null && run.sawResults) {
            run.passed = this.counted.pass;
            run.failed = this.counted.fail;
        }
        const built = diagnostics.found > 0;
        const infraReason = !run.sawResults && !built && diagnostics.cargoError ? `cargo: ${diagnostics.cargoError}` : undefined;
        return { passed: run.passed, failed: run.failed, sawResults: run.sawResults || built, infraReason };
    }
    /** `test result: FAILED. 1 passed; 2 failed; …` or `test x ... ok`. */
    resultLine(text) {
        const run = this.run;
        const totals = text.startsWith('test result: ') ? cargo_test_TOTALS.exec(text) : null;
        if (totals) {
            run.sawResults = true;
            run.failed = addCount(run.failed, countOf(totals[1] ?? '', /failed/) ?? 0);
            run.passed = addCount(run.passed, countOf(totals[1] ?? '', /passed/) ?? 0);
            this.counted = { pass: 0, fail: 0 };
            return true;
        }
        const result = text.startsWith('test ') ? cargo_test_RESULT.exec(text) : null;
        if (!result)
            return false;
        run.sawResults = true;
        if (result[2] === 'ok')
            this.counted.pass += 1;
        else if (result[2] === 'FAILED')
            this.counted.fail += 1;
        return true;
    }
    /** A line of a `---- name stdout ----` block: the panic's place and message; false once the block ends. */
    inBlock(text, d) {
        const p = PANIC_NEW.exec(text);
        if (p) {
            const file = tidyPath(p[2] ?? '');
            if (isUserFile(file) && !this.doctest)
                d.at(file, Number(p[3]));
            this.reading = true;
            return true;
        }
        const old = PANIC_OLD.exec(text);
        if (old) {
            d.msg.add(old[2] ?? '');
            const file = tidyPath(old[3] ?? '');
            if (isUserFile(file) && !this.doctest)
                d.at(file, Number(old[4]));
            return true;
        }
        const noPanic = text.startsWith('note: test did not panic') ? NO_PANIC.exec(text) : null;
        if (noPanic) {
            d.msg.add(text.slice(6));
            if (noPanic[1])
                d.at(tidyPath(noPanic[1]), Number(noPanic[2]));
            return true;
        }
        // #[should_panic(expected = …)] with another message: the note and the two messages it compares
        if (text.startsWith('note: panic did not contain expected string')) {
            d.msg.add(text.slice(6));
            this.reading = true;
            return true;
        }
        // a test returning Err: the harness prints the error's Debug form, and there is no panic
        if (!this.reading && text.startsWith('Error: ') && d.msg.length === 0) {
            d.msg.add(text);
            return true;
        }
        if (this.reading) {
            if (!text.trim() || text.startsWith('note: ') || text.startsWith('stack backtrace:'))
                this.reading = false;
            else
                d.msg.add(text);
            return true;
        }
        if (text === 'failures:' || cargo_test_TOTALS.test(text)) {
            this.commit();
            return false;
        }
        return true;
    }
    commit() {
        this.draft?.commit(this.sink);
        this.draft = undefined;
        this.reading = false;
    }
    commitAbort() {
        if (!this.aborted)
            return;
        this.aborted.commit(this.sink);
        this.aborted = undefined;
        this.run.failed = addCount(this.run.failed, 1);
    }
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/tsc.ts


const PLAIN = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;
const PRETTY = /^(.+?):(\d+):(\d+) - error (TS\d+): (.*)$/;
const GLOBAL = /^error (TS\d+): (.*)$/;
// not mypy's `Found 2 errors in 1 file (checked 3 source files)`
const FOUND = /^Found (\d+) errors?\b(?!.*\(checked \d)/;
/** `tsc` diagnostics, plain (`file(line,col): error TSxxxx`) and pretty (`file:line:col - error TSxxxx`). */
function tscParser(sink) {
    let counted = 0;
    let found = null;
    let draft;
    let pretty = false;
    let infraReason;
    const commit = () => {
        draft?.commit(sink);
        draft = undefined;
    };
    return {
        runner: 'tsc',
        line(text) {
            const m = text.includes('error TS') ? (PLAIN.exec(text) ?? PRETTY.exec(text)) : null;
            if (m) {
                commit();
                pretty = !PLAIN.test(text);
                counted += 1;
                const file = tidyPath(m[1] ?? '');
                draft = new Draft(m[4] ?? 'error', `${file}:${m[2]}:${m[3]} ${m[4]}`);
                draft.at(file, Number(m[2]));
                draft.msg.add(m[5] ?? '');
                return;
            }
            const g = text.startsWith('error TS') ? GLOBAL.exec(text) : null;
            if (g) {
                commit();
                infraReason ??= `tsc: ${g[2]}`;
                draft = new Draft(g[1] ?? 'error', g[1] ?? 'error', { error: true });
                draft.msg.add(g[2] ?? '');
                return;
            }
            const f = text.startsWith('Found ') ? FOUND.exec(text) : null;
            if (f) {
                commit();
                found = (found ?? 0) + Number(f[1]);
                return;
            }
            // chained messages ("Type 'x' is not assignable…") are indented under the error; pretty output
            // follows with a code frame, which says nothing the location does not
            if (draft && !pretty && /^\s{2,}\S/.test(text))
                draft.msg.add(text);
            else if (draft && !text.trim())
                commit();
        },
        finish() {
            commit();
            const failed = found ?? counted;
            return { passed: null, failed, sawResults: counted > 0 || found !== null, infraReason };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/eslint.ts


// the head only: the message and rule id are split off without a regex, since a lazy `(.+?)` before
// optional padding and `\s*$` backtracks quadratically on long padded lines
const eslint_HEAD = /^\s+(\d+):(\d+)\s+(error|warning)\s+/;
const eslint_TOTALS = /^✖ (\d+) problems? \((\d+) errors?, (\d+) warnings?\)/;
/** eslint's stylish formatter (the default). Warnings do not fail a run and are not listed. */
function eslintParser(sink) {
    let file;
    let counted = 0;
    let errors = null;
    let sawResults = false;
    return {
        runner: 'eslint',
        line(text) {
            if (!text)
                return;
            const p = text.charCodeAt(0) === 32 && (text.includes('  error  ') || text.includes('  warning  ')) ? eslint_HEAD.exec(text) : null;
            if (p) {
                sawResults = true;
                if (p[3] !== 'error')
                    return;
                counted += 1;
                const { message, rule } = messageAndRule(text.slice(p[0].length));
                const d = new Draft(rule, `${file ?? ''}:${p[1]}:${p[2]} ${rule}`, { file });
                d.at(file, Number(p[1]));
                d.msg.add(message);
                d.commit(sink);
                return;
            }
            const t = eslint_TOTALS.exec(text);
            if (t) {
                sawResults = true;
                errors = (errors ?? 0) + Number(t[2]);
                return;
            }
            if (!/^\s/.test(text) && !text.startsWith('✖') && !text.startsWith('>'))
                file = tidyPath(text.trim());
        },
        finish() {
            return { passed: null, failed: errors ?? counted, sawResults, infraReason: undefined };
        },
    };
}
/** `Message text  rule-id` -> both parts; the rule id is the last word after two or more spaces. */
function messageAndRule(rest) {
    const body = rest.trimEnd();
    const gap = body.lastIndexOf('  ');
    const rule = gap < 0 ? '' : body.slice(gap + 2);
    if (!rule || /\s/.test(rule))
        return { message: body, rule: 'eslint' };
    return { message: body.slice(0, gap).trimEnd(), rule };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/bun.ts



// `(fail) suite > name [0.2ms]` without colour, `✗ suite > name [0.2ms]` with
const bun_RESULT = /^(?:\((pass|fail|skip|todo)\)|([✓✗»✎])) (.+?)(?: \[[\d.]+m?s\])?$/;
const FILE = /^(\S+\.(?:[cm]?[jt]sx?)):$/;
const bun_TOTAL = /^ (\d+) (pass|fail)$/;
const CODE = /^\d+ \|/;
/**
 * `bun test`: each failure's code frame, error and stack come *before* its `(fail)` line, so the
 * lines since the last result are gathered (bounded) and given to the test that fails next.
 */
function bunParser(sink) {
    let file;
    let pending;
    let inError = false;
    let passed = null;
    let failed = null;
    let sawResults = false;
    const fresh = () => new Draft('', '', { file });
    return {
        runner: 'bun',
        line(text) {
            const f = text.endsWith(':') ? FILE.exec(text) : null;
            if (f) {
                file = tidyPath(f[1] ?? '');
                pending = undefined;
                return;
            }
            const r = bun_RESULT.exec(text);
            if (r) {
                sawResults = true;
                const state = r[1] ?? { '✓': 'pass', '✗': 'fail', '»': 'skip', '✎': 'todo' }[r[2] ?? ''] ?? 'pass';
                if (state === 'fail') {
                    const path = r[3] ?? '';
                    const d = pending ?? fresh();
                    d.name = path.split(' > ').pop() ?? path;
                    d.full_name = path;
                    d.file ??= file;
                    d.commit(sink);
                }
                pending = undefined;
                inError = false;
                return;
            }
            const t = text.startsWith(' ') ? bun_TOTAL.exec(text) : null;
            if (t) {
                if (t[2] === 'pass')
                    passed = addCount(passed, Number(t[1]));
                else
                    failed = addCount(failed, Number(t[1]));
                sawResults = true;
                return;
            }
            if (CODE.test(text) || /^\s+\^$/.test(text))
                return;
            if (text.startsWith('error: ')) {
                pending ??= fresh();
                inError = true;
                pending.msg.add(text.slice(7));
                return;
            }
            if (!pending || !inError)
                return;
            const loc = /^\s+at /.test(text) ? jsFrame(text) : undefined;
            if (loc) {
                if (!file || sameFile(loc.file, file))
                    pending.at(loc.file, loc.line);
                return;
            }
            if (!/^\s+at /.test(text))
                pending.msg.add(text);
        },
        finish() {
            return { passed, failed, sawResults };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/deno.ts



const deno_RUNNING = /^running \d+ tests? from (\S+)$/;
const deno_RESULT = /^(.+) \.\.\. (ok|FAILED|ignored)(?: \(.*\))?$/;
const deno_HEADER = /^(.+) => (\S+?):(\d+):\d+$/;
const deno_TOTALS = /^(?:FAILED|ok) \| (\d+) passed(?: \((\d+) steps?\))? \| (\d+) failed/;
/**
 * `deno test`: results inline, details under ` ERRORS ` (`name => file:line:col`, the error, its
 * stack). The place is the anonymous frame in the test file (the test's body), else the first
 * frame in that file, else the test's own declaration.
 */
function denoParser(sink) {
    let section = 'results';
    let draft;
    let declared;
    let body;
    let inFile;
    // the line before a lone `^` is the source line it points at, not the message
    let held;
    let framed = false;
    let passed = null;
    let failed = null;
    let sawResults = false;
    let counted = 0;
    const commit = () => {
        if (!draft)
            return;
        if (held !== undefined && !framed)
            draft.msg.add(held);
        const where = body ?? inFile ?? declared;
        if (where)
            draft.at(where.file, where.line);
        draft.commit(sink);
        draft = undefined;
        body = undefined;
        inFile = undefined;
        held = undefined;
        framed = false;
    };
    return {
        runner: 'deno',
        line(text) {
            if (text === ' ERRORS ') {
                section = 'errors';
                return;
            }
            if (text === ' FAILURES ') {
                commit();
                section = 'failures';
                return;
            }
            const totals = text.includes(' passed') ? deno_TOTALS.exec(text) : null;
            if (totals) {
                commit();
                sawResults = true;
                passed = addCount(passed, Number(totals[1]));
                failed = addCount(failed, Number(totals[3]));
                return;
            }
            if (section === 'failures')
                return;
            if (section === 'results') {
                if (deno_RUNNING.test(text))
                    sawResults = true;
                const r = text.includes(' ... ') ? deno_RESULT.exec(text) : null;
                if (r) {
                    sawResults = true;
                    if (r[2] === 'FAILED')
                        counted += 1;
                }
                return;
            }
            const h = text.includes(' => ') ? deno_HEADER.exec(text) : null;
            if (h) {
                commit();
                const file = tidyPath(h[2] ?? '');
                declared = { file, line: Number(h[3]) };
                const path = h[1] ?? '';
                draft = new Draft(path.split(' ... ').pop() ?? path, path, { file });
                return;
            }
            if (!draft)
                return;
            if (isJsFrameLine(text)) {
                if (held !== undefined && !framed)
                    draft.msg.add(held);
                held = undefined;
                framed = true;
                const loc = jsFrame(text);
                if (loc && draft.file && sameFile(loc.file, draft.file)) {
                    // `at file:///…` has no function name: the test's own body
                    if (/^\s*at file:/.test(text))
                        body ??= loc;
                    else
                        inFile ??= loc;
                }
                return;
            }
            if (framed)
                return;
            if (/^\s*\^\s*$/.test(text)) {
                held = undefined;
                return;
            }
            if (held !== undefined)
                draft.msg.add(held);
            held = text.startsWith('error: ') ? text.slice(7) : text;
        },
        finish() {
            commit();
            return { passed, failed: failed ?? (sawResults ? counted : null), sawResults };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/uvu.ts



const FAIL = /^ {3}FAIL {2}(?:(.+?) {2})?"(.+)"$/;
const uvu_TOTAL = /^ {2}(Total|Passed|Skipped): {2,}(\d+)$/;
const uvu_PROGRESS = /^[•✘✓ ]+\(\d+ \/ \d+\)$/;
/** uvu's default reporter: `FAIL  "name"` blocks (message, diff, stack) and closing totals. */
function uvuParser(sink) {
    let draft;
    let inFrames = false;
    let total = null;
    let passed = null;
    let skipped = 0;
    let sawResults = false;
    const commit = () => {
        draft?.commit(sink);
        draft = undefined;
    };
    return {
        runner: 'uvu',
        line(text) {
            const f = text.startsWith('   FAIL  ') ? FAIL.exec(text) : null;
            if (f) {
                commit();
                sawResults = true;
                inFrames = false;
                const name = f[2] ?? 'test';
                draft = new Draft(name, f[1] ? `${f[1]} ${name}` : name);
                return;
            }
            const t = text.startsWith('  ') ? uvu_TOTAL.exec(text) : null;
            if (t) {
                commit();
                sawResults = true;
                const n = Number(t[2]);
                if (t[1] === 'Total')
                    total = (total ?? 0) + n;
                else if (t[1] === 'Passed')
                    passed = (passed ?? 0) + n;
                else
                    skipped += n;
                return;
            }
            if (uvu_PROGRESS.test(text.trim())) {
                sawResults = true;
                return;
            }
            if (!draft)
                return;
            if (isJsFrameLine(text)) {
                inFrames = true;
                const loc = jsFrame(text);
                if (loc)
                    draft.frame(loc);
                return;
            }
            if (inFrames)
                return;
            // the diff: `++7 (Expected)` / `--6 (Actual)`, with · for spaces
            const diff = /^\s+(\+\+|--)(.*?)\s+\((Expected|Actual)\)$/.exec(text);
            if (diff)
                draft.msg.add(`${diff[1] === '++' ? '+' : '-'} ${(diff[2] ?? '').replaceAll('·', ' ')}   (${diff[3]})`);
            else if (!/^\s+\^+\s*$/.test(text))
                draft.msg.add(text);
        },
        finish() {
            commit();
            const failed = total === null || passed === null ? null : Math.max(0, total - passed - skipped);
            return { passed, failed, sawResults };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/jasmine.ts


const jasmine_HEADER = /^(\d+)\) (.+)$/;
const jasmine_TOTALS = /^(\d+) specs?, (\d+) failures?(?:, (\d+) pending specs?)?/;
/** jasmine's default console reporter: numbered `Failures:` blocks (Message:, Stack:) and closing totals. */
function jasmineParser(sink) {
    let inFailures = false;
    let part = '';
    let draft;
    let passed = null;
    let failed = null;
    let sawResults = false;
    const commit = () => {
        draft?.commit(sink);
        draft = undefined;
    };
    return {
        runner: 'jasmine',
        line(text) {
            const totals = jasmine_TOTALS.exec(text);
            if (totals) {
                commit();
                sawResults = true;
                inFailures = false;
                const specs = Number(totals[1]);
                const f = Number(totals[2]);
                failed = (failed ?? 0) + f;
                passed = (passed ?? 0) + Math.max(0, specs - f - Number(totals[3] ?? 0));
                return;
            }
            if (text === 'Failures:') {
                inFailures = true;
                sawResults = true;
                return;
            }
            if (text === 'Pending:') {
                commit();
                inFailures = false;
                return;
            }
            if (!inFailures)
                return;
            const h = jasmine_HEADER.exec(text);
            if (h) {
                commit();
                // jasmine joins the describe and it titles with spaces: the parts cannot be told apart
                draft = new Draft(h[2] ?? 'spec', h[2] ?? 'spec');
                part = '';
                return;
            }
            if (!draft)
                return;
            const t = text.trim();
            if (t === 'Message:' || t === 'Stack:') {
                part = t === 'Message:' ? 'message' : 'stack';
                return;
            }
            if (part === 'message')
                draft.msg.add(text);
            else if (part === 'stack' && isJsFrameLine(text)) {
                const loc = jsFrame(text);
                if (loc)
                    draft.frame(loc);
            }
        },
        finish() {
            commit();
            return { passed, failed, sawResults };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/ava.ts



const LISTED = /^ {2}✘ \[fail\]: (.+)$/;
// what ava appends to a listed failure's title
const SUFFIXES = [' Error thrown in test', ' Test finished without running any assertions', ' Rejected promise returned by test', ' Promise returned by test never resolved'];
function listedTitle(text) {
    for (const s of SUFFIXES)
        if (text.endsWith(s))
            return text.slice(0, -s.length);
    return text;
}
const ava_TOTAL = /^ {2}(\d+) (?:tests?|known failures?) (passed|failed|skipped|todo)?/;
const PLACE = /^ {2}(\S+\.[cm]?[jt]sx?):(\d+)$/;
const MAX_TITLES = 2000;
/**
 * ava's default reporter: `✘ [fail]: file › title` while running, then one detail block per
 * failure (title, `file:line`, code frame, difference or error, stack) and closing totals.
 */
function avaParser(sink) {
    const titles = [];
    const detailed = new Set();
    let draft;
    let inFrames = false;
    let passed = null;
    let failed = null;
    let sawResults = false;
    let ticks = 0;
    const commit = () => {
        draft?.commit(sink);
        draft = undefined;
    };
    const start = (title) => {
        commit();
        detailed.add(title);
        inFrames = false;
        draft = new Draft(title.split(' › ').pop() ?? title, title);
    };
    return {
        runner: 'ava',
        line(text) {
            const listed = text.startsWith('  ✘ ') ? LISTED.exec(text) : null;
            if (listed) {
                sawResults = true;
                if (titles.length < MAX_TITLES)
                    titles.push(listedTitle(listed[1] ?? ''));
                return;
            }
            if (text.startsWith('  ✔ ')) {
                sawResults = true;
                ticks += 1;
                return;
            }
            const total = ava_TOTAL.exec(text);
            if (total && /^ {2}\d+ [a-z ]+$/.test(text)) {
                commit();
                sawResults = true;
                if (total[2] === 'passed')
                    passed = addCount(passed, Number(total[1]));
                else if (total[2] === 'failed')
                    failed = addCount(failed, Number(total[1]));
                return;
            }
            const title = text.startsWith('  ') ? text.slice(2) : '';
            if (title && !detailed.has(title) && titles.includes(title)) {
                start(title);
                return;
            }
            if (!draft)
                return;
            const place = PLACE.exec(text);
            if (place) {
                draft.at(place[1], Number(place[2]));
                return;
            }
            if (isJsFrameLine(text)) {
                inFrames = true;
                const loc = jsFrame(text);
                if (loc)
                    draft.frame(loc);
                return;
            }
            if (text.trimStart().startsWith('› ')) {
                const loc = plainLocation(text.replace('file://', ''));
                if (loc)
                    draft.at(loc.file, loc.line);
                return;
            }
            if (inFrames || /^\s+\d+: /.test(text) || text.trim() === '─')
                return;
            draft.msg.add(text);
        },
        finish() {
            commit();
            // failures listed while running but given no detail block (a cut log)
            for (const t of titles)
                if (!detailed.has(t))
                    new Draft(t.split(' › ').pop() ?? t, t).commit(sink);
            // ava prints "N tests passed" only when none failed: count the ticks otherwise
            return { passed: passed ?? (sawResults ? ticks : null), failed, sawResults };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/biome.ts


// `src/app.js:2:3 lint/suspicious/noDebugger  FIXABLE  ━━━━`; format and organizeImports have no line
const biome_HEADER = /^(\S+?)(?::(\d+):(\d+))? ((?:lint|assist)\/\S+|format|organizeImports|parse|check)\b[^━]*━/;
const biome_FOUND = /^Found (\d+) errors?\./;
/** biome's default reporter (lint, check, format, ci): diagnostics with `×` are errors; warnings and infos are not counted. */
function biomeParser(sink) {
    let header;
    let found = null;
    let counted = 0;
    let sawResults = false;
    return {
        runner: 'biome',
        line(text) {
            const h = text.includes('━') ? biome_HEADER.exec(text) : null;
            if (h) {
                sawResults = true;
                header = { file: tidyPath(h[1] ?? ''), line: h[2] ? Number(h[2]) : undefined, category: h[4] ?? 'biome' };
                return;
            }
            const f = text.startsWith('Found ') ? biome_FOUND.exec(text) : null;
            if (f) {
                found = (found ?? 0) + Number(f[1]);
                sawResults = true;
                return;
            }
            if (text.startsWith('Checked '))
                sawResults = true;
            if (!header)
                return;
            const t = text.trimStart();
            // × (✖ with colour) is an error, ! (⚠) a warning, i (ℹ) an info
            if (/^[×✖!⚠iℹ] /.test(t)) {
                const h2 = header;
                header = undefined;
                if (!/^[×✖] /.test(t))
                    return;
                counted += 1;
                const d = new Draft(h2.category, `${h2.file}${h2.line === undefined ? '' : `:${h2.line}`} ${h2.category}`, { file: h2.file });
                d.at(h2.file, h2.line);
                d.msg.add(t.slice(2));
                d.commit(sink);
            }
        },
        finish() {
            return { passed: null, failed: found ?? counted, sawResults };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/prettier.ts

const WARN = /^\[warn\] (\S.*)$/;
const ERROR = /^\[error\] ([^:\s]+): (.+)$/;
const SUMMARY = /^\[warn\] Code style issues (?:found in (?:the above file|(\d+) files)|in \d+ files)/;
/** `prettier --check`: one `[warn] file` per unformatted file, `[error] file: SyntaxError…` for files it cannot parse. */
function prettierParser(sink) {
    let counted = 0;
    let stated = null;
    let sawResults = false;
    const add = (file, message) => {
        counted += 1;
        const d = new Draft(file, file, { file });
        d.msg.add(message);
        d.commit(sink);
    };
    return {
        runner: 'prettier',
        line(text) {
            if (text === 'Checking formatting...' || text.startsWith('All matched files use Prettier')) {
                sawResults = true;
                return;
            }
            if (!text.startsWith('['))
                return;
            const s = SUMMARY.exec(text);
            if (s) {
                sawResults = true;
                stated = (stated ?? 0) + (s[1] ? Number(s[1]) : 1);
                return;
            }
            const w = WARN.exec(text);
            if (w) {
                add(w[1] ?? '', 'not formatted as Prettier would (run prettier --write)');
                return;
            }
            const e = ERROR.exec(text);
            if (e)
                add(e[1] ?? '', e[2] ?? '');
        },
        finish() {
            return { passed: null, failed: Math.max(counted, stated ?? 0), sawResults: sawResults || counted > 0 };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/generic.ts


// `FAIL name`, `✗ name`, `not ok 3 - name`, `[FAIL] name`, `name ... FAILED`
const FAIL_LINE = /^\s*(?:\[?(?:FAIL(?:ED|URE)?|ERROR)\]?:?|[✗✘×✖]|not ok(?: \d+)?(?: -)?)\s+(\S.*)$/;
// found by search, not by a lazy `(.*?)` before it, which backtracks quadratically on padded lines
const FAILED_AFTER = /(?:\.\.\.?|…) ?(?:FAILED|FAIL|ERROR|not ok)\b/;
// `path/file.ext:12:3: error: message`, `file.ext(12,3): error …`
const DIAGNOSTIC = /^(\S+?\.[A-Za-z]{1,6})(?::(\d+)(?::\d+)?:?|\((\d+),\d+\):) (?:fatal )?(?:error|ERROR|Error)\b:?\s*(.*)$/;
const COUNT = /\b(\d+) (?:tests? |specs? |examples? )?(passed|passing|pass|ok|succeeded|failed|failing|fail|failures?|errors?)\b/g;
// applied to trimmed text: a leading `\s*` would make every space of a padded name a start
const DURATION = / ?(?:\([\d.]+ ?m?s\)|\[[\d.]+ ?m?s\]|# time=\S+)$/;
const MAX_NAMES = 5000;
// the start of each word COUNT ends in (`ok`, and `pass`, `succ`, `fail`, `error` without their endings)
const COUNT_WORD = /pass|fail|ok|succ|error/;
/**
 * The fallback for output that no parser recognises: lines that say a test failed (`FAIL`, `✗`,
 * `not ok`, `… FAILED`), `file:line: error` diagnostics and closing counts (`3 failed, 2 passed`).
 * Names and places are a best guess; the summary says the runner was not recognised.
 */
function genericParser(sink) {
    let passed = null;
    let failed = null;
    let sawResults = false;
    let found = 0;
    const seen = new Set();
    const add = (name, file, line, message) => {
        const key = `${name}\u0000${file ?? ''}:${line ?? ''}`;
        if (seen.has(key))
            return; // the same failure in a closing list
        if (seen.size < MAX_NAMES)
            seen.add(key);
        sawResults = true;
        found += 1;
        // past the sink's lists a failure is only counted: no draft to build
        if (sink.countIfOnly(name, name))
            return;
        const d = new Draft(name, name, { file });
        d.at(file, line);
        d.msg.add(message);
        d.commit(sink);
    };
    return {
        runner: 'unknown',
        line(text) {
            if (!text)
                return;
            const diag = text.includes('rror') || text.includes('ERROR') ? DIAGNOSTIC.exec(text) : null;
            if (diag) {
                const file = tidyPath(diag[1] ?? '');
                const line = Number(diag[2] ?? diag[3]);
                add(`${file}:${line}`, file, line, diag[4] ?? '');
                return;
            }
            const fail = FAIL_LINE.exec(text)?.[1] ?? failedAfter(text);
            if (fail) {
                const name = fail.trim().replace(DURATION, '').trim();
                if (name && !/^\d+ (?:tests?|failed|passed)/.test(name)) {
                    const loc = plainLocation(name);
                    add(name, loc?.file, loc?.line, '');
                    return;
                }
            }
            // (COUNT's words, then a count before a word: most lines of a long log hold neither)
            if (!COUNT_WORD.test(text) || !/\d [a-z]/.test(text))
                return;
            let p;
            let f;
            for (const m of text.matchAll(COUNT)) {
                const n = Number(m[1]);
                if (/^(?:pass|ok|succ)/.test(m[2] ?? ''))
                    p ??= n;
                else
                    f ??= n;
            }
            if (p !== undefined || f !== undefined) {
                // the last line with counts is the closing one
                sawResults = true;
                passed = p ?? passed;
                failed = f ?? (p !== undefined ? 0 : failed);
            }
        },
        finish() {
            return { passed, failed: Math.max(failed ?? 0, found) || (failed === null ? null : 0), sawResults };
        },
    };
}
/** `name ... FAILED` -> name */
function failedAfter(text) {
    if (!text.includes('FAIL') && !text.includes('ERROR') && !text.includes('not ok'))
        return undefined;
    const at = text.search(FAILED_AFTER);
    return at > 0 ? text.slice(0, at).trim() : undefined;
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/clippy.ts

/**
 * `cargo clippy` / `cargo check`: each error (every finding under `-D warnings`) is a failure
 * named by its clippy lint (`clippy::needless_return`) or rustc message, at its primary span.
 * Warnings alone leave the run clean, as clippy's exit code does.
 */
function clippyParser(sink) {
    const diagnostics = new RustDiagnostics(sink);
    let finished = false;
    return {
        runner: 'clippy',
        line(text) {
            if (/^ {4}Finished /.test(text))
                finished = true;
            diagnostics.line(text);
        },
        finish() {
            diagnostics.flush();
            const found = diagnostics.found;
            const infraReason = found === 0 && !finished && diagnostics.cargoError ? `cargo: ${diagnostics.cargoError}` : undefined;
            return { passed: null, failed: found, sawResults: found > 0 || finished, infraReason };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/unittest.ts


// `FAIL: test_x (pkg.mod.Class.test_x)` (3.11+), `FAIL: test_x (pkg.mod.Class)` (older), `… (n=1)` for a subTest
const unittest_HEAD = /^(FAIL|ERROR|UNEXPECTED SUCCESS): (\S{1,300}) \((\S{1,500})\)(?: (\(.{1,300}\)))?$/;
const RAN = /^Ran (\d+) tests? in [\d.]+s$/;
const VERDICT = /^(?:OK|FAILED)(?: \((.{1,200})\))?$/;
const VERBOSE = /^(\S{1,300}) \((\S{1,500})\)(?: (\(.{1,300}\)))? \.\.\. (ok|FAIL|ERROR|skipped|expected failure|unexpected success)/;
function dotted(id, name) {
    return id.endsWith(`.${name}`) ? id : `${id}.${name}`;
}
/** The test module's file from a dotted id (`tests.test_rates.TestConvert.test_x` → `tests/test_rates.py`) if a frame shows it. */
function moduleFile(frames, id) {
    const parts = id.split('.');
    for (let n = parts.length; n > 0; n -= 1) {
        const file = `${parts.slice(0, n).join('/')}.py`;
        const hit = [...frames].reverse().find((f) => sameTail(f.file, file));
        if (hit)
            return { ...hit, file };
    }
    return undefined;
}
/** `python -m unittest` (and unittest-based runners such as Django's): default and -v. */
function unittestParser(sink) {
    let ran = null;
    const counts = { failures: 0, errors: 0, skipped: 0, verdict: false, verboseOk: 0 };
    let draft;
    let id = '';
    let frames = [];
    let gathered = new MessageGather();
    let inTrace = false;
    const commit = () => {
        if (draft) {
            const own = moduleFile(frames, id) ?? frames.filter((f) => isPythonUserFile(f.file)).pop();
            if (own)
                draft.at(own.file, own.line);
            for (const l of gathered.pick())
                draft.msg.add(l);
            draft.commit(sink);
        }
        draft = undefined;
        frames = [];
        gathered = new MessageGather();
        inTrace = false;
    };
    return {
        runner: 'unittest',
        line(text) {
            const head = text.startsWith('FAIL') || text.startsWith('ERROR') || text.startsWith('UNEXPECTED') ? unittest_HEAD.exec(text) : null;
            if (head) {
                commit();
                const name = head[2] ?? '';
                id = dotted(head[3] ?? '', name);
                const sub = head[4] ? ` ${head[4]}` : '';
                // a module that failed to import: unittest names it `unittest.loader._FailedTest.<module>`
                const failedImport = id.startsWith('unittest.loader._FailedTest.');
                if (failedImport)
                    id = name;
                draft = new Draft(`${name}${sub}`, `${id}${sub}`, { error: failedImport });
                // it has no traceback: what happened is the heading
                if (head[1] === 'UNEXPECTED SUCCESS')
                    draft.msg.add('unexpected success: the test passed, but it is marked @unittest.expectedFailure');
                return;
            }
            if (text.startsWith('=====') || text.startsWith('-----')) {
                if (text.startsWith('-----') && draft)
                    inTrace = true;
                else
                    commit();
                return;
            }
            const r = text.startsWith('Ran ') ? RAN.exec(text) : null;
            if (r) {
                commit();
                ran = (ran ?? 0) + Number(r[1]);
                return;
            }
            const v = text.startsWith('OK') || text.startsWith('FAILED') ? VERDICT.exec(text) : null;
            if (v && ran !== null) {
                counts.verdict = true;
                for (const part of (v[1] ?? '').split(', ')) {
                    const [k, n] = part.split('=');
                    if (k === 'failures' || k === 'errors' || k === 'skipped' || k === 'expected failures' || k === 'unexpected successes') {
                        const key = k === 'failures' || k === 'unexpected successes' ? 'failures' : k === 'errors' ? 'errors' : 'skipped';
                        counts[key] += Number(n);
                    }
                }
                return;
            }
            if (draft && inTrace) {
                const frame = pythonFrame(text);
                if (frame) {
                    if (frames.length < 32 && isPythonUserFile(frame.file))
                        frames.push(frame);
                    return;
                }
                if (text.startsWith('Traceback ') || /^ {4}/.test(text))
                    return;
                gathered.add(text);
                return;
            }
            const verbose = text.includes(' ... ') ? VERBOSE.exec(text) : null;
            if (verbose?.[4] === 'ok')
                counts.verboseOk += 1;
        },
        finish() {
            commit();
            if (ran === null)
                return { passed: counts.verboseOk > 0 ? counts.verboseOk : null, failed: sink.tests, sawResults: counts.verboseOk > 0 || sink.count > 0 };
            const failed = counts.failures + counts.errors;
            return { passed: Math.max(0, ran - failed - counts.skipped), failed, sawResults: true };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/mypy.ts


const DIAG = /^(\S{1,500}\.pyi?):(\d+)(?::(\d+))?: (error|note|warning): (.{0,1000})$/;
const mypy_CODE = /^(.*?) {1,2}\[([a-z][a-z0-9-]{0,60})\]$/;
const mypy_FOUND = /^Found (\d+) errors? in \d+ files? \(checked \d+ source files?\)$/;
const SUCCESS = /^Success: no issues found in \d+ source files?$/;
/** mypy's report, plain and --pretty (wrapped messages, source lines and carets): each error named by its code. */
function mypyParser(sink) {
    let found = null;
    let counted = 0;
    let ok = false;
    let draft;
    let text = '';
    let wrapped = false;
    let notes = [];
    const commit = () => {
        if (!draft)
            return;
        const code = mypy_CODE.exec(text.trim());
        const message = code ? (code[1] ?? '') : text.trim();
        if (code) {
            draft.name = code[2] ?? 'error';
            draft.full_name = `${draft.file}:${draft.line} [${draft.name}]`;
        }
        draft.msg.add(message);
        for (const n of notes)
            draft.msg.add(n);
        draft.commit(sink);
        draft = undefined;
        notes = [];
    };
    return {
        runner: 'mypy',
        line(line) {
            const d = line.includes('.py') ? DIAG.exec(line) : null;
            if (d) {
                if (d[4] === 'note') {
                    if (draft && notes.length < 3)
                        notes.push(d[5] ?? '');
                    return;
                }
                commit();
                counted += 1;
                const file = tidyPath(d[1] ?? '');
                draft = new Draft('error', `${file}:${d[2]}`);
                draft.at(file, Number(d[2]));
                text = d[5] ?? '';
                wrapped = !mypy_CODE.test(text.trim());
                return;
            }
            const f = line.startsWith('Found ') ? mypy_FOUND.exec(line) : null;
            if (f) {
                commit();
                found = (found ?? 0) + Number(f[1]);
                return;
            }
            if (SUCCESS.test(line)) {
                ok = true;
                return;
            }
            // --pretty wraps a long message onto the next lines until its [code]
            if (draft && wrapped && line.trim() && !line.startsWith(' ')) {
                text += ` ${line.trim()}`;
                wrapped = !mypy_CODE.test(text.trim());
            }
        },
        finish() {
            commit();
            return { passed: null, failed: found ?? counted, sawResults: ok || found !== null || counted > 0 };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/pyright.ts


const pyright_DIAG = /^ {2}(\S.{0,999}?):(\d+):(\d+) - (error|warning|information): (.{0,1000})$/;
const RULE = /^(.*?) ?\((report[A-Za-z]{1,80})\)$/;
const pyright_TOTALS = /^(\d+) errors?, (\d+) warnings?, (\d+) informations? ?$/;
/** pyright's CLI report: each error named by its rule (`reportReturnType`), at file:line. */
function pyrightParser(sink) {
    let total = null;
    let counted = 0;
    let draft;
    const close = (text) => {
        const rule = RULE.exec(text.trim());
        if (!draft)
            return;
        draft.msg.add(rule ? (rule[1] ?? '') : text);
        if (rule) {
            draft.name = rule[2] ?? 'error';
            draft.full_name = `${draft.file}:${draft.line} ${draft.name}`;
            commit();
        }
    };
    const commit = () => {
        draft?.commit(sink);
        draft = undefined;
    };
    return {
        runner: 'pyright',
        line(text) {
            const d = text.includes(' - ') ? pyright_DIAG.exec(text) : null;
            if (d) {
                commit();
                if (d[4] !== 'error')
                    return;
                counted += 1;
                const file = tidyPath(d[1] ?? '');
                draft = new Draft('error', `${file}:${d[2]}`);
                draft.at(file, Number(d[2]));
                close(d[5] ?? '');
                return;
            }
            const t = pyright_TOTALS.exec(text);
            if (t) {
                commit();
                total = (total ?? 0) + Number(t[1]);
                return;
            }
            // a message continues on lines indented deeper than the diagnostic (pyright pads with
            // no-break spaces), ending with its rule
            if (draft && /^ {2}[ \u00a0]{2}/.test(text))
                close(text.replace(/\u00a0/g, ' ').trim());
            else
                commit();
        },
        finish() {
            commit();
            return { passed: null, failed: total ?? counted, sawResults: total !== null || counted > 0 };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/shellcheck.ts


// tty (default): `In file line 3:` / the source line / `^--^ SC2164 (warning): message`
const IN_FILE = /^In (\S.{0,999}?) line (\d+):$/;
const shellcheck_MARK = /^ *\^-*\^? (SC\d{4}) \((error|warning|info|style)\): (.{1,1000})$/;
// gcc: `file:3:1: warning: message [SC2164]`
const GCC = /^(\S{1,1000}?):(\d+):(\d+): (error|warning|note|info|style): (.{0,1000}) \[(SC\d{4})\]$/;
/** shellcheck, tty and gcc formats: each finding named by its SC code, at file:line. */
function shellcheckParser(sink) {
    let at;
    let counted = 0;
    const add = (file, line, code, severity, message) => {
        counted += 1;
        const d = new Draft(code, `${file}:${line} ${code}`);
        d.at(file, line);
        d.msg.add(`${message} (${severity})`);
        d.commit(sink);
    };
    return {
        runner: 'shellcheck',
        line(text) {
            const where = text.startsWith('In ') ? IN_FILE.exec(text) : null;
            if (where) {
                at = { file: tidyPath(where[1] ?? ''), line: Number(where[2]) };
                return;
            }
            const mark = at && text.includes(' SC') ? shellcheck_MARK.exec(text) : null;
            if (mark && at)
                return add(at.file, at.line, mark[1] ?? '', mark[2] ?? '', mark[3] ?? '');
            const gcc = text.includes('[SC') ? GCC.exec(text) : null;
            if (gcc)
                add(tidyPath(gcc[1] ?? ''), Number(gcc[2]), gcc[6] ?? '', gcc[4] ?? '', gcc[5] ?? '');
        },
        finish() {
            return { passed: null, failed: counted, sawResults: counted > 0 };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/bats.ts


const TAP = /^(ok|not ok) \d+ (.{0,1000}?)(?: # (skip|SKIP|todo|TODO)\b.*)?$/;
// `(in test file x.bats, line 4)`, or `(from function `setup' in test file x.bats, line 1)` for a hook or helper
const bats_WHERE = /^(?:# )? *\((?:from function `[^']{1,200}' )?in test file (\S.{0,999}?), line (\d+)\)$/;
// the pretty formatter's heading for the next file
const FILE_HEADING = /^\S{1,500}\.bats$/;
const PLAN = /^1\.\.(\d+)$/;
const bats_TOTALS = /^(\d+) tests?, (\d+) failures?(?:, (\d+) skipped)?/;
/** The text after a pretty-formatter mark: cursor moves leave the line's earlier states before it. */
function pretty(text) {
    const fail = text.lastIndexOf(' ✗ ');
    const pass = text.lastIndexOf(' ✓ ');
    const skip = text.lastIndexOf(' - ');
    const at = Math.max(fail, pass);
    if (at >= 0)
        return { ok: pass > fail, skip: false, name: text.slice(at + 3).trim() };
    if (skip >= 0 && /\(skipped(?::.*)?\)$/.test(text))
        return { ok: true, skip: true, name: text.slice(skip + 3).replace(/ \(skipped.*$/, '') };
    return undefined;
}
/** bats: TAP (the default without a terminal) and the pretty formatter, with each failure's file, line and failed command. */
function batsParser(sink) {
    const count = { passed: 0, failed: 0, seen: false };
    let totals;
    let draft;
    const commit = () => {
        draft?.commit(sink);
        draft = undefined;
    };
    const result = (ok, skip, name) => {
        commit();
        count.seen = true;
        if (skip)
            return;
        if (ok) {
            count.passed += 1;
            return;
        }
        count.failed += 1;
        draft = new Draft(name, name);
    };
    return {
        runner: 'bats',
        line(text) {
            const tap = text.startsWith('ok ') || text.startsWith('not ok ') ? TAP.exec(text) : null;
            if (tap)
                return result(tap[1] === 'ok', tap[3] !== undefined, (tap[2] ?? '').trim());
            const where = text.includes('in test file ') ? bats_WHERE.exec(text) : null;
            if (where && draft) {
                draft.at(tidyPath(where[1] ?? ''), Number(where[2]));
                return;
            }
            const t = bats_TOTALS.exec(text);
            if (t) {
                commit();
                const skipped = Number(t[3] ?? 0);
                totals = { failed: Number(t[2]), passed: Number(t[1]) - Number(t[2]) - skipped };
                return;
            }
            if (PLAN.test(text))
                return;
            if (FILE_HEADING.test(text)) {
                commit();
                return;
            }
            const p = text.includes(' ✗ ') || text.includes(' ✓ ') || text.includes(' - ') ? pretty(text) : undefined;
            if (p)
                return result(p.ok, p.skip, p.name);
            if (draft && draft.line !== undefined) {
                const body = text.replace(/^# ?/, '').trim();
                // `[ "$x" = y ]' failed`: the command that failed, without bats' quoting
                if (body)
                    draft.msg.add(body.replace(/^`(.*)' failed(.*)$/, '$1 failed$2'));
            }
        },
        finish() {
            commit();
            if (totals)
                return { passed: totals.passed, failed: totals.failed, sawResults: true };
            return { passed: count.seen ? count.passed : null, failed: count.failed, sawResults: count.seen };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/rspec.ts


const rspec_HEAD = /^ {2}(\d+)\) (.{1,500})$/;
const rspec_FRAME = /^\s*# (\S{1,500}?):(\d+)(?::in |$)/;
const rspec_TOTALS = /^(\d+) examples?, (\d+) failures?(?:, (\d+) pending)?(?:, (\d+) errors? occurred outside of examples)?$/;
const RERUN = /^rspec (\S{1,500}?):(\d+) # (.{1,500})$/;
const LOAD = /^An error occurred while loading (\S{1,500}?)\.?(?: - Did you mean\?)?$/;
function isSpecFile(file) {
    return file.endsWith('_spec.rb') || file.startsWith('spec/');
}
/**
 * RSpec, progress and documentation formats: the Failures list (FIXED pending examples included),
 * files that failed to load, the totals and the rerun lines. Names are full descriptions.
 */
function rspecParser(sink) {
    let section = 'none';
    let totals;
    let draft;
    let spec;
    let other;
    let sawExamples = false;
    const commit = () => {
        if (draft) {
            const at = spec ?? other;
            if (at)
                draft.at(at.file, at.line);
            draft.commit(sink);
        }
        draft = undefined;
        spec = undefined;
        other = undefined;
    };
    const body = (text) => {
        if (!draft)
            return;
        const frame = text.includes('# ') ? rspec_FRAME.exec(text) : null;
        if (frame) {
            const file = tidyPath(frame[1] ?? '');
            const at = { file, line: Number(frame[2]) };
            if (isSpecFile(file))
                spec ??= at;
            else
                other ??= at;
            return;
        }
        const t = text.trim();
        // pending reasons (`# not built yet`) and rspec's own remarks say nothing about the failure
        if (t && t !== '(compared using ==)' && !t.startsWith('# '))
            draft.msg.add(t);
    };
    return {
        runner: 'rspec',
        line(text) {
            if (text.startsWith('Pending: ')) {
                commit();
                section = 'pending';
                return;
            }
            if (text === 'Failures:') {
                commit();
                section = 'failures';
                return;
            }
            if (text === 'Failed examples:') {
                commit();
                section = 'rerun';
                return;
            }
            const load = text.startsWith('An error occurred') ? LOAD.exec(text) : null;
            if (load) {
                commit();
                const file = tidyPath(load[1] ?? '');
                draft = new Draft(file, file, { error: true });
                section = 'failures';
                return;
            }
            const t = text.includes('example') ? rspec_TOTALS.exec(text) : null;
            if (t) {
                commit();
                sawExamples = true;
                totals = { examples: Number(t[1]), failures: Number(t[2]), pending: Number(t[3] ?? 0), errors: Number(t[4] ?? 0) };
                section = 'none';
                return;
            }
            if (section === 'failures') {
                const head = text.startsWith('  ') ? rspec_HEAD.exec(text) : null;
                if (head) {
                    commit();
                    const name = (head[2] ?? '').replace(/ FIXED$/, '');
                    draft = new Draft(name, name);
                    return;
                }
                if (text.startsWith('Finished in '))
                    return commit();
                body(text);
                return;
            }
            if (section === 'rerun') {
                const r = RERUN.exec(text);
                const known = r ? sink.find((f) => f.full_name === r[3]) : undefined;
                if (r && known && known.line === undefined) {
                    known.file = tidyPath(r[1] ?? '');
                    known.line = Number(r[2]);
                }
            }
        },
        finish() {
            commit();
            if (!totals)
                return { passed: null, failed: sink.tests, sawResults: sawExamples || sink.count > 0 };
            const { examples, failures, pending } = totals;
            return { passed: Math.max(0, examples - failures - pending), failed: failures, sawResults: true };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/minitest.ts



const minitest_HEAD = /^ {2}\d+\) (Failure|Error|Skipped|Unexpected):$/;
// `CartTest#test_sums [test/cart_test.rb:4]:`; a spec-style `describe 'Cart totals'` gives a class and test with spaces
const NAME = /^(\S[^#]{0,299}#\S.{0,299}?)(?: \[(\S{1,500}?):(\d+)\])?:$/;
const minitest_FRAME = /^ {4}(\S{1,500}?):(\d+):in /;
const minitest_TOTALS = /^(\d+) (?:runs|tests), (\d+) assertions, (\d+) failures, (\d+) errors, (\d+) skips$/;
function minitest_isTestFile(file) {
    return /(?:^|\/)test_[^/]*\.rb$|_test\.rb$/.test(file) || file.startsWith('test/');
}
/** Minitest's reporter (default and --verbose): failures, errors, and the totals line. */
function minitestParser(sink) {
    let totals;
    let kind = '';
    let draft;
    let gathered = new MessageGather();
    let frame;
    const commit = () => {
        if (draft) {
            if (frame)
                draft.at(frame.file, frame.line);
            for (const l of gathered.pick())
                draft.msg.add(l);
            draft.commit(sink);
        }
        draft = undefined;
        frame = undefined;
        gathered = new MessageGather();
    };
    return {
        runner: 'minitest',
        line(text) {
            const head = text.startsWith('  ') ? minitest_HEAD.exec(text) : null;
            if (head) {
                commit();
                kind = head[1] ?? '';
                return;
            }
            if (kind && !draft) {
                const n = NAME.exec(text);
                if (n && kind !== 'Skipped') {
                    const full = n[1] ?? '';
                    draft = new Draft(full.slice(full.indexOf('#') + 1), full);
                    if (n[2])
                        frame = { file: tidyPath(n[2]), line: Number(n[3]) };
                    return;
                }
                if (n)
                    kind = '';
                return;
            }
            const t = text.includes('assertions') ? minitest_TOTALS.exec(text) : null;
            if (t) {
                commit();
                kind = '';
                totals = { runs: Number(t[1]), failures: Number(t[3]), errors: Number(t[4]), skips: Number(t[5]) };
                return;
            }
            if (!draft)
                return;
            const f = text.startsWith('    ') ? minitest_FRAME.exec(text) : null;
            if (f) {
                const file = tidyPath(f[1] ?? '');
                if (!frame && minitest_isTestFile(file))
                    frame = { file, line: Number(f[2]) };
                return;
            }
            gathered.add(text);
        },
        finish() {
            commit();
            if (!totals)
                return { passed: null, failed: sink.tests, sawResults: sink.count > 0 };
            const failed = totals.failures + totals.errors;
            return { passed: Math.max(0, totals.runs - failed - totals.skips), failed, sawResults: true };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/teamcity.ts


const MAX_VALUE = 20_000;
/** what is remembered by test name (open failures, ignored tests, places) and suite depth: a log cannot grow it */
const teamcity_MAX_NAMES = 10_000;
const MAX_HINTS = 1000;
const MAX_DEPTH = 64;
// a place in a locationHint (`php_qn:///app/tests/CartTest.php::\CartTest::testSums`, `file:///app/a.test.js:12`)
const HINT = /^(?:[a-z_]{1,20}:\/\/)?(\/?[^:\s]{1,500}?\.\w{1,10})(?::(\d+))?(?:::|$)/;
const teamcity_PLACE = /(\/?[^\s:'"()]{1,500}\.\w{1,10}):(\d+)/;
// PHPUnit reports a test without assertions as failed in its messages, and as risky (not failed) in its totals
const RISKY = /^This test did not perform any assertions/;
/** TeamCity's escapes: |' |n |r |x |l |p |[ |] || and |0xNNNN. */
function teamcity_unescape(value) {
    return value.replace(/\|(0x[0-9a-fA-F]{4}|.)/g, (_, c) => {
        if (c.length > 1)
            return String.fromCharCode(Number.parseInt(c.slice(2), 16));
        return c === 'n' ? '\n' : c === 'r' ? '\r' : c === 'x' ? '\u0085' : c === 'l' ? '\u2028' : c === 'p' ? '\u2029' : c;
    });
}
/** The attributes of a service message, read by hand (a value cut at the end of a long line is kept as far as it goes). */
function attributes(text, from) {
    const out = new Map();
    let i = from;
    while (i < text.length && out.size < 32) {
        while (text.charCodeAt(i) === 32)
            i += 1;
        const eq = text.indexOf("='", i);
        if (eq < 0 || eq - i > 40)
            break;
        const key = text.slice(i, eq);
        let j = eq + 2;
        while (j < text.length && text[j] !== "'")
            j += text[j] === '|' ? 2 : 1;
        out.set(key, teamcity_unescape(text.slice(eq + 2, Math.min(j, eq + 2 + MAX_VALUE))));
        i = j + 1;
    }
    return out;
}
/**
 * TeamCity service messages (`##teamcity[testFailed name='…' message='…' details='…']`), as PHPUnit
 * `--teamcity`, mocha-teamcity-reporter, jest-teamcity and pytest's teamcity-messages print them: a failure
 * per testFailed, named within its suites and placed by the first test-file place of its details or by
 * its locationHint; passes counted from testFinished. PHPUnit's parser hands its `--teamcity` lines here.
 */
function teamcityParser(sink) {
    return new TeamcityParser(sink);
}
class TeamcityParser {
    sink;
    runner = 'teamcity';
    suites = [];
    /** suites opened past MAX_DEPTH, closed before the kept ones */
    deeper = 0;
    hints = new Map();
    failedNow = new Set();
    ignored = new Set();
    counted = { passed: 0, failed: 0, seen: false };
    constructor(sink) {
        this.sink = sink;
    }
    line(text) {
        if (!text.startsWith('##teamcity['))
            return;
        let end = 11;
        while (end < text.length && text.charCodeAt(end) !== 32 && text.charCodeAt(end) !== 93)
            end += 1;
        const event = text.slice(11, end);
        const a = attributes(text, end);
        const name = a.get('name') ?? '';
        if (event === 'testSuiteStarted')
            this.openSuite(name);
        else if (event === 'testSuiteFinished')
            this.closeSuite();
        else if (event === 'testStarted')
            this.started(name, a.get('locationHint'));
        else if (event === 'testFailed')
            this.failed(name, a);
        else if (event === 'testFinished')
            this.finished(name);
        else if (event === 'testIgnored' && this.ignored.size < teamcity_MAX_NAMES)
            this.ignored.add(name);
    }
    openSuite(name) {
        if (this.suites.length < MAX_DEPTH)
            this.suites.push(name);
        else
            this.deeper += 1;
    }
    closeSuite() {
        if (this.deeper > 0)
            this.deeper -= 1;
        else
            this.suites.pop();
    }
    finish() {
        const { passed, failed, seen } = this.counted;
        return { passed: seen ? passed : null, failed, sawResults: seen };
    }
    started(name, hint) {
        this.counted.seen = true;
        const m = hint ? HINT.exec(hint) : null;
        if (m && this.hints.size < MAX_HINTS)
            this.hints.set(name, { file: tidyPath(m[1] ?? ''), line: m[2] ? Number(m[2]) : undefined });
    }
    failed(name, a) {
        this.counted.seen = true;
        const message = a.get('message') ?? '';
        if (RISKY.test(message))
            return;
        if (!this.failedNow.has(name))
            this.counted.failed += 1;
        if (this.failedNow.size < teamcity_MAX_NAMES)
            this.failedNow.add(name);
        // suites named by a path (PHPUnit's folder) say nothing; a data provider's suite is the test's own name
        const suites = this.suites.filter((s) => s && !s.includes('/') && !name.startsWith(s));
        const d = new Draft(name, [...suites, name].join(' > '));
        // PHPUnit writes an exception as `RuntimeException : message`
        for (const l of message.replace(/^([\w\\.]{1,200}) : /, '$1: ').split('\n'))
            d.msg.add(l);
        // a comparison failure carries both sides: a diff of their lines, the way the runners print one
        const expected = a.get('expected');
        const actual = a.get('actual');
        if (expected !== undefined && actual !== undefined)
            this.sides(d, expected, actual);
        const details = a.get('details') ?? '';
        const places = details.split('\n').flatMap((l) => {
            const p = teamcity_PLACE.exec(l);
            return p ? [{ file: tidyPath(p[1] ?? ''), line: Number(p[2]) }] : [];
        });
        const own = places.find((p) => isTestFile(p.file)) ?? places.find((p) => isUserFile(p.file));
        const hint = this.hints.get(name);
        if (own)
            d.at(own.file, own.line);
        else if (hint) {
            d.file = hint.file;
            d.line = hint.line;
        }
        // the details are the stack (which repeats the message) or PHPUnit's places: the message when there is none
        if (d.msg.length === 0)
            for (const l of details.split('\n').slice(0, 8))
                if (!teamcity_PLACE.test(l) && !/^\s*at /.test(l))
                    d.msg.add(l);
        d.commit(this.sink);
    }
    /** The differing lines of the two sides, as `- expected` / `+ actual` lines after a legend. */
    sides(d, expected, actual) {
        const want = expected.split('\n').slice(0, 200);
        const got = actual.split('\n').slice(0, 200);
        d.msg.add('--- Expected');
        d.msg.add('+++ Actual');
        for (let i = 0; i < Math.max(want.length, got.length); i += 1) {
            if (want[i] === got[i])
                continue;
            if (want[i] !== undefined)
                d.msg.add(`-${want[i]}`);
            if (got[i] !== undefined)
                d.msg.add(`+${got[i]}`);
        }
    }
    finished(name) {
        if (this.ignored.delete(name))
            return;
        if (!this.failedNow.delete(name))
            this.counted.passed += 1;
    }
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/phpunit.ts




const phpunit_SECTION = /^There (?:was|were) \d+ (errors?|failures?|warnings?|risky tests?|incomplete tests?|skipped tests?):$/;
const phpunit_HEAD = /^\d+\) (\S{1,300}?)::(\S{1,300}?)(?: (with data set .{1,200}?))?(?: \(.{0,200}\))?$/;
const phpunit_FRAME = /^(\/?\S{1,500}?\.php):(\d+)$/;
const phpunit_TOTALS = /^Tests: (\d+), Assertions: \d+(.{0,300})\.$/;
const DOX_FAIL = /^ ✘ (.{1,500})$/;
const DOX_PASS = /^ [✔↩∅☢] /;
function phpunit_isTestFile(file) {
    return /Test\.php$/.test(file) || /(?:^|\/)tests?\//.test(file);
}
/** PHPUnit, the default text output and --testdox: failures and errors with their test-file frame, the totals. */
function phpunitParser(sink) {
    const teamcity = new TeamcityParser(sink);
    let section = '';
    let totals;
    let draft;
    let gathered = new MessageGather();
    let test;
    let last;
    const commit = () => {
        if (draft) {
            const at = test ?? last;
            if (at)
                draft.at(at.file, at.line);
            for (const l of gathered.pick())
                draft.msg.add(l);
            draft.commit(sink);
        }
        draft = undefined;
        test = undefined;
        last = undefined;
        gathered = new MessageGather();
    };
    const body = (text) => {
        const f = text.includes('.php:') ? phpunit_FRAME.exec(text) : null;
        if (f) {
            const at = { file: tidyPath(f[1] ?? ''), line: Number(f[2]) };
            if (phpunit_isTestFile(at.file))
                test ??= at;
            last = at;
            return;
        }
        if (text !== '--')
            gathered.add(text);
    };
    return {
        runner: 'phpunit',
        line(text) {
            // `--teamcity`: the failures come as service messages, the totals as text
            if (text.startsWith('##teamcity[')) {
                teamcity.line(text);
                return;
            }
            const sec = text.startsWith('There ') ? phpunit_SECTION.exec(text) : null;
            if (sec) {
                commit();
                section = /^(?:error|failure)/.test(sec[1] ?? '') ? 'failing' : 'other';
                return;
            }
            const t = text.startsWith('Tests: ') ? phpunit_TOTALS.exec(text) : null;
            if (t) {
                commit();
                const n = (word) => Number(new RegExp(`${word.source}: (\\d+)`).exec(t[2] ?? '')?.[1] ?? 0);
                totals = { tests: Number(t[1]), failed: n(/Errors/) + n(/Failures/), skipped: n(/Skipped/) + n(/Incomplete/) };
                section = '';
                return;
            }
            if (section === 'failing') {
                const head = phpunit_HEAD.exec(text);
                if (head) {
                    commit();
                    const name = `${head[2] ?? ''}${head[3] ? ` ${head[3]}` : ''}`;
                    draft = new Draft(name, `${head[1] ?? ''}::${name}`);
                    return;
                }
                if (/^(?:ERRORS|FAILURES)!$/.test(text))
                    return commit();
                if (draft)
                    body(text);
                return;
            }
            // --testdox: `✘ Adds tax` and its box of `│ message` lines
            const dox = text.startsWith(' ✘ ') ? DOX_FAIL.exec(text) : null;
            if (dox) {
                commit();
                const name = (dox[1] ?? '').trim();
                draft = new Draft(name, name);
                return;
            }
            if (draft && text.startsWith('   │'))
                return body(text.slice(4).replace(/^ /, ''));
            if (draft && (DOX_PASS.test(text) || !text.trim()))
                commit();
        },
        finish() {
            commit();
            if (!totals)
                return { passed: null, failed: sink.tests, sawResults: sink.count > 0 };
            return { passed: Math.max(0, totals.tests - totals.failed - totals.skipped), failed: totals.failed, sawResults: true };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/jvm.ts
// `\tat acme.CartTest.addsTax(CartTest.java:17)`, JUnit 5's `   acme.CartTest.addsTax(CartTest.java:19)`,
// `at java.base/jdk.internal.reflect.X.invoke0(Native Method)`, `at app//acme.X.y(X.kt:3)`
const jvm_FRAME = /^\s*(?:at )?([^\s()]{1,500})\(([^()]{0,300})\)(?: ~\[[^\]]{0,200}\])?$/;
const SOURCE = /^([^:]{1,200}):(\d{1,9})$/;
/** The frame in a stack trace line, if the line is one. */
function jvmFrame(text) {
    if (!text.includes('('))
        return undefined;
    const m = jvm_FRAME.exec(text);
    if (!m)
        return undefined;
    let qualified = m[1] ?? '';
    const slash = qualified.lastIndexOf('/');
    if (slash >= 0)
        qualified = qualified.slice(slash + 1);
    const dot = qualified.lastIndexOf('.');
    if (dot <= 0)
        return undefined;
    const src = SOURCE.exec(m[2] ?? '');
    return { cls: qualified.slice(0, dot), method: qualified.slice(dot + 1), file: src?.[1], line: src ? Number(src[2]) : undefined };
}
const FRAMEWORK = /^(?:java|javax|jdk|sun|com\.sun|kotlin|kotlinx|scala|groovy|org\.codehaus\.groovy|org\.junit|junit|org\.opentest4j|org\.apache\.maven|org\.gradle|worker\.org\.gradle|org\.testng|org\.hamcrest|org\.assertj|org\.mockito|net\.bytebuddy|com\.google\.common\.truth|org\.spockframework|org\.jetbrains|io\.kotest|org\.eclipse\.jdt|com\.intellij)\./;
/** A frame in the JDK, the test framework or the build tool, not in the project. */
function isFrameworkClass(cls) {
    return FRAMEWORK.test(cls);
}
/** `acme/CartTest.java` for a class `acme.CartTest$Inner` in file `CartTest.java`: the path under the source root. */
function sourcePath(cls, file) {
    const outer = cls.split('$')[0] ?? cls;
    const dot = outer.lastIndexOf('.');
    return dot > 0 ? `${outer.slice(0, dot).replace(/\./g, '/')}/${file}` : file;
}
function outerClass(cls) {
    const d = cls.indexOf('$');
    return d < 0 ? cls : cls.slice(0, d);
}
/**
 * Picks the place of a failure out of its stack: the first frame in the test's own class (nested
 * classes and lambdas included), else the first frame in the project (not the JDK, the framework
 * or the build tool), else a frame in a file named like a test.
 */
class JvmTrace {
    testClass;
    testMethod;
    test;
    project;
    /** the class of the frame in the test's class whose method is the test's (a nested class's name) */
    testFrameClass;
    frames = 0;
    constructor(testClass, testMethod) {
        this.testClass = testClass;
        this.testMethod = testMethod;
    }
    setTestClass(cls) {
        this.testClass = cls;
    }
    add(f) {
        this.frames += 1;
        if (this.test || f.line === undefined || !f.file)
            return;
        const at = { file: sourcePath(f.cls, f.file), line: f.line };
        const own = this.testClass !== undefined && outerClass(f.cls) === outerClass(this.testClass);
        const named = this.testClass === undefined && /(?:Test|Tests|IT|Spec|TestCase)\.(?:java|kt|groovy|scala)$/.test(f.file);
        if (own || named) {
            this.test = at;
            if (this.testMethod === undefined || f.method === this.testMethod)
                this.testFrameClass = f.cls;
            return;
        }
        if (!isFrameworkClass(f.cls))
            this.project ??= at;
    }
    get place() {
        return this.test ?? this.project;
    }
}
/** `Foo.java:14: error: cannot find symbol` (javac), the path as javac printed it. */
const JAVAC_ERROR = /^(\S.{0,500}?\.java):(\d{1,9}): error: (.{1,500})$/;

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/junit4.ts


const junit4_SECTION = /^There (?:was|were) \d+ failures?:$/;
const junit4_HEAD = /^\d{1,7}\) (.{1,600})$/;
const junit4_NAME = /^([^()]{1,300})\(([^()]{1,300})\)$/;
const junit4_TOTALS = /^Tests run: (\d+), {1,2}Failures: (\d+)$/;
const OK = /^OK \((\d+) tests?\)$/;
/**
 * JUnit 4's console runner (`org.junit.runner.JUnitCore`): the numbered failures with their
 * exception and stack, placed at the frame in the test's own class; the totals (`Tests run: 4,
 * Failures: 3` or `OK (4 tests)`, ignored tests not counted in either).
 */
function junit4Parser(sink) {
    let inFailures = false;
    let draft;
    let trace = new JvmTrace(undefined);
    let totals;
    const commit = () => {
        if (draft) {
            const at = trace.place;
            if (at)
                draft.at(at.file, at.line);
            draft.commit(sink);
        }
        draft = undefined;
    };
    return {
        runner: 'junit4',
        line(text) {
            if (text.startsWith('There ') && junit4_SECTION.test(text)) {
                commit();
                inFailures = true;
                return;
            }
            const t = text.startsWith('Tests run: ') ? junit4_TOTALS.exec(text) : null;
            if (t) {
                commit();
                inFailures = false;
                totals = { run: Number(t[1]), failed: Number(t[2]) };
                return;
            }
            const ok = text.startsWith('OK (') ? OK.exec(text) : null;
            if (ok) {
                totals = { run: Number(ok[1]), failed: 0 };
                return;
            }
            if (!inFailures)
                return;
            if (text === 'FAILURES!!!') {
                commit();
                return;
            }
            const head = text.charCodeAt(0) <= 57 ? junit4_HEAD.exec(text) : null;
            if (head) {
                commit();
                const whole = head[1] ?? '';
                const n = junit4_NAME.exec(whole);
                // `method(class)`; a class-level failure (`initializationError`, a failing @BeforeClass) names the class
                const method = n ? (n[1] ?? whole) : whole;
                const cls = n ? (n[2] ?? '') : whole;
                draft = new Draft(method, cls && cls !== method ? `${cls} > ${method}` : method);
                trace = new JvmTrace(cls || undefined, method);
                return;
            }
            if (!draft)
                return;
            const frame = jvmFrame(text);
            if (frame) {
                trace.add(frame);
                return;
            }
            if (text.startsWith('\t... '))
                return;
            // the exception and its message, and the causes below the stack
            if (trace.frames === 0 || text.startsWith('Caused by: '))
                draft.msg.add(text);
        },
        finish() {
            commit();
            if (!totals)
                return { passed: null, failed: sink.tests || null, sawResults: sink.count > 0 };
            return { passed: Math.max(0, totals.run - totals.failed), failed: totals.failed, sawResults: true };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/junit5.ts


// the summary box: `[         3 tests failed          ]`
const junit5_COUNT = /^\[ {0,20}(\d{1,9}) tests (successful|failed) {0,40}\]$/;
const FAILURES = /^Failures \(\d+\):$/;
// tree and summary details: `  JUnit Jupiter:CartTest:addsTax()`, then `MethodSource [className = 'acme.CartTest', methodName = 'addsTax', methodParameterTypes = '']`
const ENTRY = /^ {2}(\S.{0,600})$/;
const junit5_SOURCE = /^ {4}MethodSource \[className = '([^']{1,300})', methodName = '([^']{1,300})', methodParameterTypes = '([^']{0,300})'\]$/;
const CLASS_SOURCE = /^ {4}ClassSource \[className = '([^']{1,300})'/;
// flat details: `Finished:    addsTax() ([engine:junit-jupiter]/[class:acme.CartTest]/[method:addsTax()])`
const FINISHED = /^Finished: {1,8}(.{1,400}) \((\[engine:[^\s]{1,800})\)$/;
const UID_PART = /\[(class|nested-class|method|test-template|test-template-invocation|dynamic-test|test):([^\]]{1,300})\]/g;
/**
 * The JUnit Platform console launcher (JUnit 5, `junit-platform-console-standalone`): the
 * `Failures (N):` list of the tree and summary details, or the `Finished: … => Exception:` blocks
 * of the flat details; the counts from the closing box. Names are the methods, as a JUnit report
 * names them; the full name is the class and the method, with the display name when it differs.
 */
function junit5Parser(sink) {
    return new Junit5Parser(sink);
}
/** The launcher's state between lines; each kind of line has its own handler. */
class Junit5Parser {
    sink;
    runner = 'junit5';
    mode = 'none';
    pending;
    draft;
    trace = new JvmTrace(undefined);
    inMessage = false;
    counts = {};
    constructor(sink) {
        this.sink = sink;
    }
    line(text) {
        const c = text.startsWith('[') ? junit5_COUNT.exec(text) : null;
        if (c) {
            this.commit('none');
            if (c[2] === 'failed')
                this.counts.failed = Number(c[1]);
            else
                this.counts.successful = Number(c[1]);
            return;
        }
        if (text.startsWith('Failures (') && FAILURES.test(text))
            return this.commit('failures');
        if (text.startsWith('Test run finished after ') || text.startsWith('Test execution finished.'))
            return this.commit('none');
        const fin = text.startsWith('Finished: ') ? FINISHED.exec(text) : null;
        if (fin)
            return this.finishedLine(fin[1] ?? '', fin[2] ?? '');
        if (this.mode === 'flat')
            return this.flatLine(text);
        if (this.mode === 'failures')
            this.failuresLine(text);
    }
    finish() {
        this.commit(this.mode);
        const { counts, sink } = this;
        if (counts.failed === undefined && counts.successful === undefined) {
            return { passed: null, failed: sink.tests || null, sawResults: sink.count > 0 };
        }
        return { passed: counts.successful ?? 0, failed: counts.failed ?? sink.tests, sawResults: true };
    }
    /** Flat details: `Finished:    addsTax() ([engine:…]/[class:…]/[method:…])`, a test or a container. */
    finishedLine(name, uid) {
        this.commit('flat');
        let cls;
        let method;
        for (const m of uid.matchAll(UID_PART)) {
            const kind = m[1];
            const value = m[2] ?? '';
            if (kind === 'class')
                cls = value;
            else if (kind === 'nested-class')
                cls = `${cls ?? ''}$${value}`;
            else if (kind === 'method' || kind === 'test-template')
                method = value;
        }
        // a container (class, engine) finishing is not a test unless it failed; it is kept as pending
        this.pending = { name, cls, method };
    }
    /** A line after a flat `Finished:`: its `=> Exception:` makes it a failure; the next event ends it. */
    flatLine(text) {
        if (this.pending && !this.draft) {
            if (text.trimStart().startsWith('=> Exception: '))
                this.start(this.pending);
            else if (!text.startsWith(' '))
                this.pending = undefined;
        }
        if (/^(?:Started|Skipped|Finished|Test execution|Reported): /.test(text))
            return this.commit('flat');
        this.body(text);
    }
    /** A line of the `Failures (N):` list: an entry, its source, then its `=>` message and trace. */
    failuresLine(text) {
        const entry = !this.inMessage || /^ {2}[A-Z][\w -]{0,40}:/.test(text) ? ENTRY.exec(text) : null;
        if (entry) {
            this.commit('failures');
            const path = entry[1] ?? '';
            const colon = path.lastIndexOf(':');
            this.pending = { name: colon >= 0 ? path.slice(colon + 1) : path, cls: undefined, method: undefined };
            return;
        }
        const pending = this.pending;
        if (pending && !this.draft) {
            const s = text.startsWith('    ') ? (junit5_SOURCE.exec(text) ?? CLASS_SOURCE.exec(text)) : null;
            if (s) {
                pending.cls = s[1];
                if (s[2] !== undefined)
                    pending.method = `${s[2]}(${s[3] ?? ''})`;
                return;
            }
            if (!text.trimStart().startsWith('=> '))
                return;
            this.start(pending);
        }
        this.body(text);
    }
    start(p) {
        // the method names the test as the JUnit report does (`addsTax()`); a display name is kept in the full name
        const name = p.method ?? p.name;
        // (JUnit Vintage shows JUnit 4 tests by their method name, without the parentheses)
        const shown = p.method && p.name !== p.method && `${p.name}()` !== p.method ? ` (${p.name})` : '';
        this.draft = new Draft(name, p.cls ? `${p.cls} > ${name}${shown}` : name);
        this.trace = new JvmTrace(p.cls, p.method?.replace(/\(.*$/, ''));
    }
    /** A failure's detail line: a frame, the `=>` message, a cause, or more of the message. */
    body(text) {
        const draft = this.draft;
        if (!draft)
            return;
        const frame = jvmFrame(text);
        if (frame) {
            this.trace.add(frame);
            this.inMessage = false;
            return;
        }
        const t = text.trim();
        if (t === '[...]')
            return;
        if (t.startsWith('=> ')) {
            this.inMessage = true;
            draft.msg.add(t.slice(3).replace(/^Exception: /, ''));
        }
        else if (t.startsWith('Caused by: ') || t.startsWith('Suppressed: ')) {
            this.inMessage = true;
            draft.msg.add(t);
        }
        else if (this.inMessage)
            draft.msg.add(text);
    }
    /** Stores the failure being read and goes on in `mode`. */
    commit(mode) {
        const draft = this.draft;
        if (draft) {
            const at = this.trace.place;
            if (at)
                draft.at(at.file, at.line);
            draft.commit(this.sink);
        }
        this.draft = undefined;
        this.pending = undefined;
        this.inMessage = false;
        this.mode = mode;
    }
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/maven.ts


const LEVEL = /^\[(?:INFO|ERROR|WARNING|WARN|DEBUG)\] ?/;
const maven_RUNNING = /^Running (\S{1,400})$/;
// `addsTax(acme.CartTest)  Time elapsed: 0.026 s  <<< FAILURE!` (JUnit 4 provider), `addsTax  Time…` (JUnit
// Platform, Surefire 2.22), `acme.CartTest.addsTax -- Time…` (Surefire 3)
const maven_HEAD = /^(\S.{0,400}?)(?: --)? {1,2}Time elapsed: [\d.,]{1,20} s(?:ec)? {1,2}<<< (FAILURE|ERROR)!$/;
const maven_NAME = /^([^()\s]{1,300})\(([^()\s]{1,300})\)$/;
const maven_TOTALS = /^Tests run: (\d+), Failures: (\d+), Errors: (\d+), Skipped: (\d+)(?:, Flakes: \d+)?$/;
// javac through maven-compiler-plugin: `/x/src/main/java/acme/Cart.java:[14,32] cannot find symbol`
const maven_COMPILE = /^(\S.{0,500}?\.(?:java|kt|scala|groovy)):\[(\d{1,9})(?:,\d{1,9})?\] (.{1,500})$/;
/**
 * Maven with Surefire (or Failsafe): each failing test's block with its exception and stack (placed
 * at the frame in the test's class), the totals of every module's Results, and javac's errors from
 * the compiler plugin. A build that stopped before any test ran is an infra error naming why.
 */
function mavenParser(sink) {
    return new MavenParser(sink);
}
/** The build's state between lines; each kind of line has its own handler. */
class MavenParser {
    sink;
    runner = 'maven';
    running;
    draft;
    trace = new JvmTrace(undefined);
    testMethod = '';
    totals;
    compileSection = false;
    compileErrors = 0;
    compileDraft;
    buildFailure = false;
    firstError;
    sawTests = false;
    constructor(sink) {
        this.sink = sink;
    }
    line(raw) {
        const level = raw.charCodeAt(0) === 91 ? LEVEL.exec(raw) : null;
        const text = level ? raw.slice(level[0].length) : raw;
        const tagged = level !== null;
        if (this.structureLine(text))
            return;
        if (text === 'BUILD FAILURE')
            this.buildFailure = true;
        if (text.startsWith('Failed to execute goal ')) {
            this.commit();
            this.firstError ??= text;
            // javac's errors are repeated below this line; they were read from the COMPILATION ERROR list
            this.compileSection = this.compileErrors === 0 && text.includes('Compilation failure');
            return;
        }
        const c = this.compileSection && text.includes(':[') ? maven_COMPILE.exec(text) : null;
        if (c)
            return this.compileLine(c[1] ?? '', Number(c[2]), c[3] ?? 'compile error');
        if (this.compileDraft)
            return this.compileDetail(text, tagged);
        if (tagged)
            return this.taggedLine(raw, text);
        if (this.draft)
            this.inBlock(this.draft, text);
    }
    finish() {
        this.commit();
        const { totals, sink } = this;
        if (this.compileErrors > 0 && !totals)
            return { passed: 0, failed: this.compileErrors, sawResults: true };
        if (!totals) {
            const infraReason = this.buildFailure && sink.count === 0 ? (this.firstError ?? 'the Maven build failed before any test ran') : undefined;
            return { passed: null, failed: sink.tests || null, sawResults: sink.count > 0, infraReason };
        }
        return { passed: Math.max(0, totals.run - totals.failed - totals.skipped), failed: totals.failed, sawResults: true };
    }
    /** A module's Results totals, `Running acme.CartTest`, a failing test's head, or the compile list's start. */
    structureLine(text) {
        // the Results totals of a module (the per-class lines end with `Time elapsed`, and do not match)
        const t = text.startsWith('Tests run: ') ? maven_TOTALS.exec(text) : null;
        if (t) {
            this.commit();
            this.sawTests = true;
            const totals = this.totals;
            this.totals = {
                run: (totals?.run ?? 0) + Number(t[1]),
                failed: (totals?.failed ?? 0) + Number(t[2]) + Number(t[3]),
                skipped: (totals?.skipped ?? 0) + Number(t[4]),
            };
            return true;
        }
        const r = text.startsWith('Running ') ? maven_RUNNING.exec(text) : null;
        if (r) {
            this.commit();
            this.running = r[1];
            this.sawTests = true;
            return true;
        }
        // (Surefire 2.12's per-class line also ends with `<<< FAILURE!`)
        const h = text.includes('<<< ') && !text.startsWith('Tests run: ') ? maven_HEAD.exec(text) : null;
        if (h) {
            this.startTest(h[1] ?? '');
            return true;
        }
        if (text === 'COMPILATION ERROR : ') {
            this.commit();
            this.compileSection = true;
            return true;
        }
        return false;
    }
    /** A failing test's head line: its method and class, in any Surefire's spelling. */
    startTest(whole) {
        this.commit();
        const running = this.running;
        const n = maven_NAME.exec(whole);
        let cls = running;
        let method = whole;
        if (n) {
            method = n[1] ?? whole;
            cls = n[2];
        }
        else if (running && whole.startsWith(`${running}.`)) {
            method = whole.slice(running.length + 1);
        }
        this.testMethod = method;
        this.draft = new Draft(method, cls ? `${cls} > ${method}` : method, { error: false });
        this.trace = new JvmTrace(cls, method.replace(/[(\[].*$/, ''));
    }
    compileLine(file, line, message) {
        this.commit();
        this.compileErrors += 1;
        const d = new Draft(message, message, { file });
        d.at(file, line);
        d.msg.add(message);
        this.compileDraft = d;
    }
    /** javac's detail lines (`  symbol:   variable tax`) are indented; anything else ends the error. */
    compileDetail(text, tagged) {
        const d = this.compileDraft;
        if (!tagged && text.startsWith(' '))
            d?.msg.add(text);
        else if (tagged && text.startsWith('  ') && !text.startsWith('  -'))
            d?.msg.add(text);
        else
            this.commit();
    }
    taggedLine(raw, text) {
        if (text.startsWith('Results') || text === 'Failures: ' || text === 'Errors: ')
            this.commit();
        if (raw.startsWith('[ERROR]') && text.trim() && this.firstError === undefined && !this.draft && !this.sawTests)
            this.firstError = text;
        if (this.draft && text.trim() === '')
            this.commit();
    }
    /** An untagged line under a failing test's head: a frame, or the message. */
    inBlock(draft, text) {
        if (text === '')
            return this.commit();
        const frame = jvmFrame(text);
        if (frame)
            this.trace.add(frame);
        else if (this.trace.frames === 0 || text.startsWith('Caused by: '))
            draft.msg.add(text);
    }
    commit() {
        const draft = this.draft;
        if (draft) {
            const trace = this.trace;
            const at = trace.place;
            if (at)
                draft.at(at.file, at.line);
            // a nested class shows in the frame of the test method, not in `Running`
            if (trace.testFrameClass && trace.testFrameClass !== this.running && !draft.full_name.includes('(')) {
                draft.full_name = `${trace.testFrameClass} > ${this.testMethod}`;
            }
            draft.commit(this.sink);
        }
        this.draft = undefined;
        this.compileDraft?.commit(this.sink);
        this.compileDraft = undefined;
    }
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/gradle.ts


// `acme.CartTest > addsTax FAILED`, `CartTest > WithAList > listsTheItems() FAILED` (JUnit Platform)
const gradle_RESULT = /^([^\s>].{0,600}?) > (.{1,300}) (FAILED|PASSED|SKIPPED)$/;
// the default (short) exception format: `    java.lang.AssertionError at CartTest.java:17`
const gradle_SHORT = /^ {4}(\S{1,300}) at ([\w$.-]{1,200}\.(?:java|kt|groovy|scala)):(\d{1,9})$/;
const gradle_TOTALS = /^(\d+) tests? completed, (\d+) failed(?:, (\d+) skipped)?$/;
// Kotlin: `e: file:///x/src/Foo.kt:14:5 Unresolved reference: tax`, older `e: /x/src/Foo.kt: (14, 5): …`
const KOTLIN = /^e: (?:file:\/\/)?(\S{1,500}?\.kts?)(?::(\d{1,9}):\d{1,9}|: \((\d{1,9}), \d{1,9}\):) (.{1,500})$/;
/**
 * Gradle's console output of the test task: `Class > test FAILED` with the exception (short or full
 * format), placed at the test class's frame; `N tests completed, M failed, K skipped`, or the
 * PASSED/FAILED events when no totals are printed; javac and Kotlin compile errors; a build that
 * failed before any test ran is an infra error naming what went wrong.
 */
function gradleParser(sink) {
    return new GradleParser(sink);
}
/** The build's state between lines; each kind of line has its own handler. */
class GradleParser {
    sink;
    runner = 'gradle';
    draft;
    trace = new JvmTrace(undefined);
    cls;
    totals;
    events = { passed: 0, failed: 0 };
    compileErrors = 0;
    buildFailed = false;
    /** the first line under `* What went wrong:` */
    wrong;
    wantWrong = false;
    constructor(sink) {
        this.sink = sink;
    }
    line(text) {
        const r = text.endsWith('D') && text.includes(' > ') ? gradle_RESULT.exec(text) : null;
        if (r)
            return this.resultLine(r[1] ?? '', r[2] ?? '', r[3] ?? '');
        const t = text.includes(' completed, ') ? gradle_TOTALS.exec(text) : null;
        if (t) {
            this.commit();
            this.totals = { completed: Number(t[1]), failed: Number(t[2]), skipped: Number(t[3] ?? 0) };
            return;
        }
        const j = text.includes(': error: ') ? JAVAC_ERROR.exec(text) : null;
        if (j)
            return this.compileLine(j[1] ?? '', Number(j[2]), j[3] ?? 'compile error');
        const k = text.startsWith('e: ') ? KOTLIN.exec(text) : null;
        if (k)
            return this.compileLine(k[1] ?? '', Number(k[2] ?? k[3]), k[4] ?? 'compile error');
        if (text.startsWith('FAILURE: Build failed')) {
            this.commit();
            this.buildFailed = true;
            return;
        }
        if (text === '* What went wrong:') {
            this.wantWrong = true;
            return;
        }
        if (this.wantWrong) {
            if (text.trim()) {
                this.wrong ??= text.trim();
                this.wantWrong = false;
            }
            return;
        }
        if (this.draft)
            this.inBlock(this.draft, text);
    }
    finish() {
        this.commit();
        const { totals, events } = this;
        if (totals)
            return { passed: Math.max(0, totals.completed - totals.failed - totals.skipped), failed: totals.failed, sawResults: true };
        if (this.compileErrors > 0)
            return { passed: 0, failed: this.compileErrors, sawResults: true };
        if (events.passed || events.failed)
            return { passed: events.passed, failed: events.failed, sawResults: true };
        const infraReason = this.buildFailed && this.sink.count === 0 ? (this.wrong ?? 'the Gradle build failed before any test ran') : undefined;
        return { passed: null, failed: null, sawResults: false, infraReason };
    }
    /** `acme.CartTest > addsTax FAILED`: a failing test's block starts (PASSED and SKIPPED are counted). */
    resultLine(path, name, status) {
        this.commit();
        if (status === 'PASSED')
            this.events.passed += 1;
        if (status !== 'FAILED')
            return;
        this.events.failed += 1;
        // the class path may hold nested classes' display names: the first part is the class
        const cls = path.split(' > ')[0];
        this.cls = cls;
        this.draft = new Draft(name, `${path} > ${name}`);
        this.trace = new JvmTrace(cls?.includes('.') ? cls : undefined, name.replace(/\(.*$/, ''));
    }
    /** A javac or Kotlin compile error. */
    compileLine(file, line, message) {
        this.commit();
        this.compileErrors += 1;
        const d = new Draft(message, message, { file });
        d.at(file, line);
        d.msg.add(message);
        this.draft = d;
        this.trace = new JvmTrace(undefined);
    }
    /** A line under a failing test or a compile error: the short exception, a frame, or the message. */
    inBlock(draft, text) {
        if (text === '' || !text.startsWith(' ')) {
            // a blank line ends a test's block; compile errors carry their source line and caret below
            if (text === '' || this.compileErrors === 0)
                this.commit();
            return;
        }
        const s = gradle_SHORT.exec(text);
        if (s) {
            draft.msg.add(s[1] ?? '');
            const file = s[2] ?? '';
            const cls = this.cls;
            const simple = (cls ?? '').split('.').pop()?.split('$')[0];
            const place = cls?.includes('.') && simple && file.startsWith(`${simple}.`) ? sourcePath(cls, file) : file;
            draft.at(place, Number(s[3]));
            return;
        }
        const frame = jvmFrame(text);
        if (frame)
            this.trace.add(frame);
        else if (this.trace.frames === 0 || text.trimStart().startsWith('Caused by: '))
            draft.msg.add(text);
    }
    commit() {
        const draft = this.draft;
        if (draft) {
            const at = this.trace.place;
            if (at)
                draft.at(at.file, at.line);
            draft.commit(this.sink);
        }
        this.draft = undefined;
    }
}

;// CONCATENATED MODULE: ./src/profiles/summary/detect.ts
































/**
 * Signatures in priority order. Each is a line the runner prints early (a banner, a result line) or
 * at the latest before its failure details end, so the lines held back until detection are enough.
 */
const SIGNATURES = [
    {
        parser: vitestParser,
        lines: [/^ RUN {2}v\d+\.\d+/, /^ (?:✓|❯|×) \S+\.\w+ \(\d+ tests?/, /^ [✓×] \S+\.\w+ > /, /^⎯{3,} Failed (?:Tests|Suites) \d+ ⎯/, /^ FAIL {2}\S+ > /, /^ Test Files {2}\d+ /, /^⎯{3,} Startup Error ⎯/, /^failed to load config from \S+vitest\.config/],
    },
    {
        parser: jestParser,
        // in colour a status is a badge (` PASS `), perhaps with a project's (` api `): the line ends at the file
        // (vitest's ` FAIL  file > test` and ` FAIL  file [ file ]` go on)
        lines: [/^(?:PASS|FAIL) \S+\.[cm]?[jt]sx?\b/, /^ (?:PASS|FAIL) {2}(?: [^\s|]{1,100} {2})?\S+\.[cm]?[jt]sx?(?: \(\d[^)]{0,40}\))?$/, /^Test Suites: \d+ /, /^Tests: {7}\d+ /],
    },
    { parser: pytestParser, lines: [/^={5,} test session starts ={5,}$/, /^={5,} (?:FAILURES|ERRORS|short test summary info) ={5,}$/, /^collected \d+ items?\b/, /^(?:FAILED|PASSED|ERROR) \S+\.py::/] },
    { parser: nodeTapParser, lines: [/^TAP version 1[34]$/, /^# Subtest: /, /^not ok 1 /, /^ok 1 /] },
    { parser: nodeSpecParser, lines: [/^ℹ (?:tests|pass|fail) \d+$/, /^ *[✔✖] .+ \(\d+\.\d+ms\)$/, /^▶ \S/] },
    { parser: mochaParser, lines: [/^ {2}\d+ passing \(\d+m?s\)$/, /^ {2}\d+ failing$/] },
    {
        parser: goTestParser,
        lines: [/^=== RUN {3}\S/, /^ *--- (?:FAIL|PASS): \S+ \(\d/, /^(?:ok|FAIL) *\t\S+\t(?:[\d.]+s|\(cached\))/, /^FAIL\t\S+ \[(?:build|setup) failed\]$/, /^# \S+ \[\S+\.test\]$/],
    },
    { parser: cargoTestParser, lines: [/^running \d+ tests?$/, /^test result: (?:ok|FAILED)\. /, /^ {3}Compiling \S+ v\d/, /^error: could not compile `/] },
    { parser: tscParser, lines: [/^\S.*\(\d+,\d+\): error TS\d+: /, /^\S.*:\d+:\d+ - error TS\d+: /, /^Found \d+ errors? in (?:\d+ files?\.$|\S+:\d+$)/, /^error TS\d+: /] },
    { parser: eslintParser, lines: [/^✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/, /^ {2}\d+:\d+ {1,}(?:error|warning) {2}/] },
    { parser: bunParser, lines: [/^bun test v\d/, /^Ran \d+ tests? across \d+ files?\. /] },
    { parser: denoParser, lines: [/^running \d+ tests? from \S/, /^(?:FAILED|ok) \| \d+ passed(?: \(\d+ steps?\))? \| \d+ failed/] },
    { parser: uvuParser, lines: [/^[•✘ ]+ {2}\(\d+ \/ \d+\)$/, /^ {2}Total: {5}\d+$/] },
    { parser: jasmineParser, lines: [/^Randomized with seed \d+$/, /^\d+ specs?, \d+ failures?/] },
    { parser: avaParser, lines: [/^ {2}✘ \[fail\]: /, /^ {2}\d+ tests? (?:failed|passed)$/] },
    { parser: biomeParser, lines: [/^\S+:\d+:\d+ (?:lint|assist)\/\w+\/\w+/, /^Checked \d+ files? in [\d.]+m?s\./] },
    { parser: prettierParser, lines: [/^Checking formatting\.\.\.$/, /^\[warn\] Code style issues /] },
    // non-JS runners (sumlang)
    { parser: pytestParser, lines: [/^\d+ passed(?:, \d+ \w+)* in \d+\.\d+s$/] },
    { parser: goTestParser, lines: [/^\{"Time":"[^"]{1,64}","Action":"(?:start|run|output|pass|fail|skip)","Package":"/] },
    { parser: clippyParser, lines: [/^ {4}Checking \S+ v\d/, /^ *= help: for further information visit https:\/\/rust-lang\.github\.io\/rust-clippy\//] },
    { parser: unittestParser, lines: [/^(?:FAIL|ERROR): \S+ \(\S+\)/, /^Ran \d+ tests? in \d+\.\d+s$/] },
    { parser: mypyParser, lines: [/^[^\s:]{1,500}\.pyi?:\d+(?::\d+)?: (?:error|warning): /, /^Success: no issues found in \d+ source files?$/, /^Found \d+ errors? in \d+ files? \(checked \d+ source files?\)$/] },
    { parser: pyrightParser, lines: [/^ {2}\S.{0,999}?:\d+:\d+ - (?:error|warning|information): /, /^\d+ errors?, \d+ warnings?, \d+ informations? ?$/] },
    { parser: shellcheckParser, lines: [/^ *\^-*\^? SC\d{4} \((?:error|warning|info|style)\): /, /^\S+:\d+:\d+: (?:error|warning|note|info|style): .{0,1000} \[SC\d{4}\]$/] },
    { parser: batsParser, lines: [/^(?:# )? *\(in test file \S.{0,999}?, line \d+\)$/, /^\d+ tests?, \d+ failures?(?:, \d+ skipped)?(?:, \d+ not run)?(?: in \d+ seconds)?$/] },
    { parser: rspecParser, lines: [/^ {5}Failure\/Error: /, /^\d+ examples?, \d+ failures?/, /^Pending: \(Failures listed here are expected/, /^rspec \.\/\S+:\d+ # /, /^An error occurred while loading \.\//] },
    { parser: minitestParser, lines: [/^Run options: .{0,200}--seed \d+/, /^\d+ (?:runs|tests), \d+ assertions, \d+ failures, \d+ errors, \d+ skips$/] },
    { parser: phpunitParser, lines: [/^PHPUnit \d+\.\d+\.\d+ by Sebastian Bergmann/, /^Tests: \d+, Assertions: \d+/] },
    // TeamCity service messages from any runner's teamcity reporter (PHPUnit's own are read by its parser)
    { parser: teamcityParser, lines: [/^##teamcity\[(?:testCount|testSuiteStarted|testStarted) /] },
    // JVM runners (sumjava): the build tools first, as they print the test frameworks' lines too
    {
        parser: mavenParser,
        lines: [/^\[INFO\] Scanning for projects\.\.\.$/, /^\[INFO\] -{3,} <? ?[\w.-]+:[\w.-]+ >? ?-{3,}$/, /^(?:\[INFO\] )? T E S T S$/, /^\[(?:INFO|ERROR|WARNING)\] Tests run: \d+, Failures: \d+, Errors: \d+, Skipped: \d+/, /^\[INFO\] BUILD (?:SUCCESS|FAILURE)$/],
    },
    {
        parser: gradleParser,
        lines: [/^> Task :[\w:-]+/, /^:(?:[\w-]+:)*(?:compileJava|compileTestJava|compileKotlin|test|check|build)(?: (?:UP-TO-DATE|NO-SOURCE|FAILED|SKIPPED|FROM-CACHE))?$/, /^BUILD (?:SUCCESSFUL|FAILED) in \d/, /^\d+ tests? completed, \d+ failed/],
    },
    { parser: junit5Parser, lines: [/^Test run finished after \d+ ms$/, /^\[ +\d+ (?:tests|containers) (?:found|successful|failed) +\]$/, /^[├└]─ JUnit (?:Jupiter|Vintage|Platform Suite) [✔✘]/, /^(?:Started|Finished): {1,8}.{1,400} \(\[engine:/, /^Thanks for using JUnit!/] },
    { parser: junit4Parser, lines: [/^JUnit version \d+\.\d+/, /^Tests run: \d+, {2}Failures: \d+$/] },
];
// A cheap pre-check, which every signature's line passes: most lines of a long log match none. Nearly every
// signature begins (after indentation) with one of the words of START, tried at the line's start only (a count
// only with the word after it: application logs start with dates and times); the
// few whose word sits further on (tsc, pyright, mypy, biome, gcc-style shellcheck) are MIDDLE's. One
// unanchored alternation of all the words cost a regex attempt at every position of every line.
const START = /^[ \t]*(?:PASS|FAIL|RUN|Test|T E S T S|✓|❯|×|⎯|failed to load|={3}|collected|ERROR|TAP version|#|not ok|ok|ℹ|✔|✖|▶|\d+(?: (?:passed|errors?|tests?|examples?|runs|specs?|passing|failing)\b|:\d+ )|--- |running|test result|Compiling|error|Found|bun test|Ran |Randomized|•|✘|\(|Total|Checked|Checking|\[(?:warn|INFO|ERROR|WARNING)\]|\{"Time"|= help|Success|Failure\/Error|Pending|rspec|An error occurred|Run options|PHPUnit|> Task|:|BUILD|\[ +\d|[├└]─|Started|Finished|Thanks for using JUnit|JUnit version|\^)/;
const MIDDLE = /error TS| - (?:error|warning|information): |\.pyi?:\d+(?::\d+)?: (?:error|warning): |:\d+:\d+ (?:lint|assist)\/|\[SC\d{4}\]$/;
/** The parser for output no signature matched: best-guess names, places and counts. */
const fallbackParser = genericParser;
/** Every registered parser, in priority order, then the fallback (the fuzz tests run each of them). */
function registeredParsers() {
    return [...SIGNATURES.map((s) => s.parser), fallbackParser];
}
/**
 * Every signature as one anchored regex, a named group per runner in priority order: a line is tried
 * against all of them in one regex run (at the line's start only), not in one call per signature. The
 * first group that took part in the match is the runner's, which is the loop's answer (each signature
 * is anchored, so each alternative is tried at the line's start, in order).
 */
const ALL_SIGNATURES = new RegExp(`^(?:${SIGNATURES.map((s, i) => `(?<s${i}>${s.lines.map((re) => `(?:${anchoredBody(re)})`).join('|')})`).join('|')})`);
function anchoredBody(re) {
    if (!re.source.startsWith('^') || re.flags !== '')
        throw new Error(`a runner signature must be anchored at the line's start and have no flags: ${re.source}`);
    return re.source.slice(1);
}
/** The parser for the runner that printed this line, if the line is one of a runner's signatures. */
function detectRunner(line) {
    if (!START.test(line) && !MIDDLE.test(line))
        return undefined;
    const groups = ALL_SIGNATURES.exec(line)?.groups;
    if (!groups)
        return undefined;
    for (let i = 0; i < SIGNATURES.length; i += 1)
        if (groups[`s${i}`] !== undefined)
            return SIGNATURES[i]?.parser;
    return undefined;
}
/** Which signature a line matches, tried one by one (the tests hold detectRunner, its pre-check and its one regex, to this). */
function signatureOf(line) {
    for (const s of SIGNATURES) {
        for (const re of s.lines)
            if (re.test(line))
                return s.parser;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/profiles/summary/evidence.ts


const ERRORISH = /\b(?:Error|ERROR|error|ERR!|FATAL|[Ff]atal|panic|Traceback|Exception|Segmentation fault|Killed|Cannot find|No such file|not found|timed? ?out)\b/;
const NOT_FOUND = /^(?:.*?: )?(?:line \d+: |\d+: )?([^\s:]+): (?:command )?not found$/;
const MAX_KEY_LINES = 8;
// ERRORISH in a block of raw lines (ASCII words: the same in the latin1 view), without the closing \b,
// which a line cut at MAX_LINE may gain
const ERRORISH_ANYWHERE = new RegExp(ERRORISH.source.replace(/\\b$/, ''), 'g');
/** a pass-over at most this long (in chars) is searched on its own */
const SHORT_SKIP = 2048;
/** the last lines kept; the splitter keeps the log's last lines, skipped or not (see SplitOptions.tail) */
const TAIL_LINES = 40;
/**
 * What the log shows besides test results, kept small: the first error-looking lines, a
 * "command not found" message, and the last lines (for infra errors, where no parser applies).
 */
class Evidence {
    keyLines = [];
    notFound;
    /** no parser recognised the runner, and the fallback's guesses are used */
    unrecognised = false;
    tail = new Array(TAIL_LINES);
    seen = 0;
    // (its own regex: a NextMatch keeps its place in it)
    errorish = new util_text/* NextMatch */.te(new RegExp(ERRORISH_ANYWHERE.source, 'g'));
    found = new util_text/* NextMatch */.te('found');
    /**
     * One cleaned line. With its block's raw view and start (a line cut from bytes), in a block where the
     * words were looked for already (to pass lines over), that search says which lines hold one (the raw
     * line holds every word of the cleaned one), and the line's own test runs only on those: a regex per
     * line was a large part of reading a long log. Where nothing searched the block (every line handed
     * on, or only runs of results passed over), the line's own test is the cheaper one.
     */
    see(line, raw, at) {
        // sliced lines keep their chunk alive; at most TAIL_LINES × MAX_LINE chars, so at most two chunks
        this.tail[this.seen % TAIL_LINES] = line;
        this.seen += 1;
        if (!line)
            return;
        if (this.keyLines.length < MAX_KEY_LINES && (raw === undefined || at === undefined || !this.errorish.searched(raw) || this.errorish.lineFrom(raw, at) === at) && ERRORISH.test(line)) {
            this.keyLines.push(clip(line.trim(), 240));
        }
        if (this.notFound === undefined && line.endsWith('not found')) {
            const m = NOT_FOUND.exec(line.trim());
            if (m)
                this.notFound = (0,util_text/* detach */.Yo)(m[1] ?? '');
        }
    }
    /**
     * The next raw line that `see` would keep more of than its place among the last lines (see
     * LineSkip): one that may be a key line or end in "not found".
     */
    nextLine(block, from, until = Infinity) {
        // a short pass-over (a line or a few): its own text is read, not the rest of the block (a search of the
        // whole block for a pass-over of a line between results cost more than reading those lines)
        if (until - from <= SHORT_SKIP)
            return this.nextLineIn(block.text, from, until);
        const key = this.keyLines.length < MAX_KEY_LINES ? this.errorish.lineFrom(block, from) : Infinity;
        return this.notFound === undefined ? Math.min(key, this.found.lineFrom(block, from)) : key;
    }
    /** nextLine within [from, until) of a block's text: Infinity when no line there is one `see` would keep. */
    nextLineIn(text, from, until) {
        const part = text.slice(from, Math.min(until, text.length));
        let at = Infinity;
        if (this.keyLines.length < MAX_KEY_LINES) {
            ERRORISH_ANYWHERE.lastIndex = 0;
            at = ERRORISH_ANYWHERE.exec(part)?.index ?? Infinity;
        }
        if (this.notFound === undefined) {
            const found = part.indexOf('found');
            if (found >= 0)
                at = Math.min(at, found);
        }
        return at === Infinity ? Infinity : from + part.lastIndexOf('\n', at) + 1;
    }
    /** The log's last lines, from the splitter, which has them whether or not they were handed on to `see`. */
    lastLinesAre(lines) {
        const last = lines.slice(-TAIL_LINES);
        last.forEach((line, i) => (this.tail[i] = line));
        this.seen = last.length;
    }
    /** The last `n` non-blank lines of the log. */
    lastLines(n) {
        const out = [];
        const count = Math.min(this.seen, TAIL_LINES);
        for (let i = 1; i <= count && out.length < n; i += 1) {
            const l = this.tail[(this.seen - i) % TAIL_LINES] ?? '';
            // frames inside the runtime or dependencies say little and crowd out the error
            if (l.trim() && !/^\s*at .*(?:node:internal|node_modules|\(node:)/.test(l))
                out.unshift(clip(l.trimEnd(), 240));
        }
        return out;
    }
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/profiles/summary/read.ts

/** Bytes read per system call: big enough that calls cost little, small enough to stay in the CPU's cache. */
const CHUNK = 64 * 1024;
/** Chunks read between turns of the event loop (timers, signals) — about 4 MiB. */
const CHUNKS_PER_TURN = 16;
/**
 * Reads a file in fixed chunks into one reused buffer and hands each to `onChunk`, which must not
 * keep it (the summariser and the JUnit reader decode each chunk at once). Reads are synchronous
 * (a log or report on local disk, from the page cache: no thread-pool round trip per chunk, which
 * left the summariser idle a quarter of its time), with a turn of the event loop every few MiB.
 */
async function readChunks(path, onChunk) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(CHUNK);
        for (let n = 1;; n += 1) {
            const got = (0,external_node_fs_.readSync)(fd, buffer, 0, CHUNK, null);
            if (got === 0)
                return;
            onChunk(buffer.subarray(0, got));
            if (n % CHUNKS_PER_TURN === 0)
                await new Promise((resolve) => setImmediate(resolve));
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/profiles/summary/xml-stream.ts
/**
 * A small push XML tokenizer for reports of any size: chunks in, open/close/text events out, with
 * memory bounded by the longest tag (MAX_MARKUP), whatever the document size. It checks what a
 * reader of test reports needs (tags nest and close, one root, quoted attributes) and never expands
 * entities other than the five predefined ones and character references: a DTD is skipped, so entity
 * bombs cannot grow. Linear in its input: every character is looked at a bounded number of times.
 */
/** Longest tag (with its attributes), comment or processing instruction read whole. */
const MAX_MARKUP = 1024 * 1024;
class XmlSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(`line ${line}: ${message}`);
        this.line = line;
    }
}
const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|(lt|gt|amp|quot|apos));/g;
const NAMED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const xml_stream_NAME = /^[^\s/>!?]+/;
/** Decodes the predefined entities and character references; anything else is kept as written. */
function decodeEntities(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(ENTITY, (whole, hex, dec, named) => {
        if (named)
            return NAMED[named] ?? whole;
        const code = hex ? Number.parseInt(hex, 16) : Number(dec);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}
class XmlStream {
    handler;
    buffer = '';
    mode = 'text';
    stack = [];
    sawRoot = false;
    line = 1;
    constructor(handler) {
        this.handler = handler;
    }
    write(chunk) {
        this.buffer = this.buffer ? this.buffer + chunk : chunk;
        this.drain(false);
    }
    end() {
        this.drain(true);
        if (this.mode === 'cdata')
            this.fail('a CDATA section is not closed');
        if (this.buffer.trim())
            this.fail('the document ends inside a tag');
        if (this.stack.length > 0)
            this.fail(`<${this.stack[this.stack.length - 1] ?? ''}> is not closed`);
        if (!this.sawRoot)
            this.fail('no root element');
    }
    fail(message) {
        throw new XmlSyntaxError(message, this.line);
    }
    consume(upto) {
        const taken = this.buffer.slice(0, upto);
        this.buffer = this.buffer.slice(upto);
        for (let i = taken.indexOf('\n'); i >= 0; i = taken.indexOf('\n', i + 1))
            this.line += 1;
        return taken;
    }
    drain(final) {
        for (;;) {
            if (this.mode === 'cdata') {
                if (!this.cdata(final))
                    return;
                continue;
            }
            const lt = this.buffer.indexOf('<');
            if (lt !== 0) {
                // text up to the next tag; an entity cut by the chunk boundary waits for the next chunk
                let upto = lt < 0 ? this.buffer.length : lt;
                if (lt < 0 && !final) {
                    const amp = this.buffer.lastIndexOf('&');
                    if (amp >= 0 && amp > this.buffer.length - 12 && !this.buffer.includes(';', amp))
                        upto = amp;
                }
                if (upto > 0)
                    this.onText(this.consume(upto));
                if (lt < 0)
                    return;
            }
            if (!this.markup(final))
                return;
        }
    }
    onText(raw) {
        if (this.stack.length === 0) {
            if (raw.trim())
                this.fail('text outside the root element');
            return;
        }
        if (this.handler.ignoresText?.() !== true)
            this.handler.text(decodeEntities(raw));
    }
    /** Streams CDATA content; true when the section closed. */
    cdata(final) {
        const end = this.buffer.indexOf(']]>');
        if (end < 0) {
            const keep = final ? 0 : 2;
            if (this.buffer.length > keep)
                this.cdataText(this.consume(this.buffer.length - keep));
            return false;
        }
        if (end > 0)
            this.cdataText(this.consume(end));
        this.consume(3);
        this.mode = 'text';
        return true;
    }
    cdataText(data) {
        if (this.handler.ignoresText?.() !== true)
            this.handler.text(data);
    }
    /** Reads one piece of markup at the start of the buffer; false when it is not complete yet. */
    markup(final) {
        const b = this.buffer;
        if (b.startsWith('<![CDATA[')) {
            if (this.stack.length === 0)
                this.fail('CDATA outside the root element');
            this.consume(9);
            this.mode = 'cdata';
            return true;
        }
        if (b.length < 9 && !final && '<![CDATA['.startsWith(b))
            return false;
        if (b.startsWith('<!--'))
            return this.skipTo('-->', final);
        if (b.startsWith('<?'))
            return this.skipTo('?>', final);
        if (b.startsWith('<!'))
            return this.skipDoctype(final);
        const end = tagEnd(b);
        if (end < 0) {
            if (b.length > MAX_MARKUP)
                this.fail(`a tag is longer than ${MAX_MARKUP / 1024} KiB`);
            if (final)
                this.fail('the document ends inside a tag');
            return false;
        }
        const tag = this.consume(end + 1);
        if (tag.startsWith('</'))
            this.closeTag(tag.slice(2, -1).trim());
        else
            this.openTag(tag);
        return true;
    }
    skipTo(terminator, final) {
        const end = this.buffer.indexOf(terminator);
        if (end < 0) {
            if (this.buffer.length > MAX_MARKUP)
                this.fail(`a comment or instruction is longer than ${MAX_MARKUP / 1024} KiB`);
            if (final)
                this.fail('the document ends inside a comment or instruction');
            return false;
        }
        this.consume(end + terminator.length);
        return true;
    }
    /** `<!DOCTYPE …>` with an optional internal subset: skipped, its entities never defined. */
    skipDoctype(final) {
        const b = this.buffer;
        const bracket = b.indexOf('[');
        const close = b.indexOf('>');
        if (close >= 0 && (bracket < 0 || close < bracket)) {
            this.consume(close + 1);
            return true;
        }
        const end = bracket >= 0 ? b.indexOf(']>', bracket) : -1;
        if (end >= 0) {
            this.consume(end + 2);
            return true;
        }
        if (b.length > MAX_MARKUP)
            this.fail(`a DOCTYPE is longer than ${MAX_MARKUP / 1024} KiB`);
        if (final)
            this.fail('the document ends inside a DOCTYPE');
        return false;
    }
    openTag(tag) {
        const selfClosing = tag.endsWith('/>');
        const body = tag.slice(1, selfClosing ? -2 : -1);
        const name = xml_stream_NAME.exec(body)?.[0];
        if (!name)
            this.fail(`a tag without a name: ${tag.slice(0, 40)}`);
        if (this.stack.length === 0) {
            if (this.sawRoot)
                this.fail(`a second root element <${name}>`);
            this.sawRoot = true;
        }
        // a Map: an object's keyed stores and `in` with ever new names were a fifth of the time
        const attributes = new Map();
        if (body.length > name.length) {
            // an exec loop, not matchAll (which copies the regex for every tag)
            ATTRIBUTE.lastIndex = name.length;
            for (let m = ATTRIBUTE.exec(body); m; m = ATTRIBUTE.exec(body)) {
                const key = m[1] ?? '';
                if (key && !attributes.has(key))
                    attributes.set(key, decodeEntities(m[2] ?? m[3] ?? ''));
            }
        }
        this.handler.open(name, attributes, selfClosing);
        if (selfClosing)
            this.handler.close(name);
        else
            this.stack.push(name);
    }
    closeTag(name) {
        const open = this.stack.pop();
        if (open === undefined)
            this.fail(`</${name}> closes nothing`);
        if (open !== name)
            this.fail(`</${name}> closes <${open}>`);
        this.handler.close(name);
    }
}
/** Index of the `>` that ends the tag at the start of `text` (quotes respected), or -1. */
function tagEnd(text) {
    let quote = 0;
    for (let i = 1; i < text.length; i += 1) {
        const c = text.charCodeAt(i);
        if (quote) {
            if (c === quote)
                quote = 0;
        }
        else if (c === 34 || c === 39)
            quote = c;
        else if (c === 62)
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/profiles/summary/junit.ts






/** The most report bytes read (all files together); memory stays flat whatever the size, this bounds the time. */
const MAX_JUNIT_BYTES = 256 * 1024 * 1024;
/** How much of one failure's body is kept to find its message and location. */
const MAX_BODY = 16 * 1024;
// suite names that say nothing about the test (the reporter's own name)
const GENERIC_SUITES = /^(pytest|Mocha Tests|jest tests|vitest tests|root|)$/;
/**
 * Reads JUnit XML reports (vitest, jest-junit, pytest, mocha xunit, node --test junit, Surefire,
 * Gradle, …) as a stream: every testcase wherever it sits (under a testsuite or straight under
 * testsuites), its failure or error with file and line from attributes or the stack. Feed one or
 * more documents (`next()` between files); memory is one failure body and the bounded sink.
 */
class JunitReader {
    result;
    xml;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    suites = [];
    current;
    inProblem = false;
    bytes = 0;
    constructor(limits) {
        this.result = { tests: 0, passed: 0, failed: 0, skipped: 0, sink: new FailureSink(limits) };
        this.xml = new XmlStream(this.handler());
    }
    write(chunk) {
        this.bytes += chunk.length;
        if (this.bytes > MAX_JUNIT_BYTES)
            throw new Error(`JUnit report is larger than ${MAX_JUNIT_BYTES / 1024 / 1024} MB`);
        this.xml.write(typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
    }
    /** Ends the current document (throws if it is not well-formed) and gets ready for another. */
    next() {
        this.xml.write(this.decoder.end());
        this.xml.end();
        this.xml = new XmlStream(this.handler());
        this.decoder = new external_node_string_decoder_.StringDecoder('utf8');
        this.suites.length = 0;
        this.current = undefined;
        this.inProblem = false;
    }
    handler() {
        return {
            open: (name, a) => this.open(name, a),
            close: (name) => this.close(name),
            text: (data) => {
                const p = this.current?.problem;
                if (this.inProblem && p && p.body.length < MAX_BODY)
                    p.body += data.slice(0, MAX_BODY - p.body.length);
            },
            ignoresText: () => {
                const c = this.current;
                return !this.inProblem || !c?.problem || c.countOnly || c.problem.body.length >= MAX_BODY;
            },
        };
    }
    open(name, a) {
        if (name === 'testsuite') {
            const parent = this.suites[this.suites.length - 1];
            const own = a.get('name') ?? '';
            const path = !parent || GENERIC_SUITES.test(parent.name) ? own : `${parent.name} > ${own}`;
            this.suites.push({ name: path, file: a.get('file') ?? parent?.file ?? '' });
        }
        else if (name === 'testcase') {
            const suite = this.suites[this.suites.length - 1] ?? { name: '', file: '' };
            this.current = { countOnly: false, name: a.get('name') ?? '', classname: a.get('classname') ?? '', file: a.get('file') ?? '', line: a.get('line') ?? '', suite, skipped: false };
        }
        else if (this.current && (name === 'failure' || name === 'error')) {
            if (!this.current.problem) {
                // the sink cannot change before this testcase closes: whether it is only counted is known now
                const { short, fullName } = caseNames(this.current);
                this.current.countOnly = this.result.sink.onlyCounts(short, fullName);
            }
            this.current.problem ??= { message: a.get('message') ?? '', type: a.get('type') ?? '', body: '' };
            this.inProblem = true;
        }
        else if (this.current && name === 'skipped') {
            this.current.skipped = true;
        }
    }
    close(name) {
        if (name === 'testsuite')
            this.suites.pop();
        else if (name === 'failure' || name === 'error')
            this.inProblem = false;
        else if (name === 'testcase' && this.current) {
            readCase(this.current, this.result);
            this.current = undefined;
        }
    }
}
/** Reads one report held in memory. Throws on XML that is not well-formed; tests = 0 when it holds no testcase. */
function readJunit(xml, limits) {
    const reader = new JunitReader(limits);
    try {
        reader.write(xml);
        reader.next();
    }
    catch (error) {
        throw wrap(error);
    }
    return reader.result;
}
/** Reads report files one after another, streamed in fixed chunks (see readChunks), into one result. */
async function readJunitFiles(files, limits) {
    const reader = new JunitReader(limits);
    for (const file of files) {
        try {
            await readChunks(file, (chunk) => reader.write(chunk));
            reader.next();
        }
        catch (error) {
            throw wrap(error, files.length > 1 ? file : undefined);
        }
    }
    return reader.result;
}
/**
 * The one reader of report files found on disk: `bytes` (their total size) over MAX_JUNIT_BYTES gives
 * JunitTooLarge without reading anything; a report that cannot be read or parsed gives an Error (the
 * summary says so and uses the text output) instead of throwing.
 */
async function readJunitReports(files, bytes) {
    if (bytes > MAX_JUNIT_BYTES)
        return { tooLarge: true, bytes };
    return readJunitFiles(files).catch((error) => (error instanceof Error ? error : new Error(String(error))));
}
function wrap(error, file) {
    const where = file ? ` ${file}` : '';
    if (error instanceof XmlSyntaxError)
        return new Error(`JUnit report${where} is not valid XML (${error.message})`);
    return new Error(`JUnit report${where}: ${error instanceof Error ? error.message : String(error)}`);
}
/** node's junit reporter escapes text that was already escaped (`&amp;quot;`): undo the second layer. */
function unescapeTwice(text) {
    return /&(?:quot|apos|lt|gt|amp|#\d{1,7}|#x[0-9a-fA-F]{1,6});/.test(text) ? decodeEntities(text) : text;
}
/** The test's name as the summary shows it, and its class or suite. */
function caseNames(tc) {
    const suiteName = tc.suite.name;
    const name = unescapeTwice(tc.name) || 'unnamed test';
    let classname = tc.classname;
    if ((!classname || classname === 'test') && !GENERIC_SUITES.test(suiteName))
        classname = suiteName;
    const fullName = !classname || name.startsWith(classname) || classname.endsWith(name) ? name : `${classname} > ${name}`;
    // vitest writes the describe path into the name (`math > parses config`): the test is the last part
    const short = name.includes(' > ') ? (name.split(' > ').pop() ?? name) : name;
    return { name, classname, short, fullName };
}
function readCase(tc, out) {
    out.tests += 1;
    const problem = tc.problem;
    if (!problem) {
        if (tc.skipped)
            out.skipped += 1;
        else
            out.passed += 1;
        return;
    }
    out.failed += 1;
    // past the bounded lists a new name is only counted: its body was not even kept
    if (tc.countOnly) {
        out.sink.countOnly(false);
        return;
    }
    const { classname, short, fullName } = caseNames(tc);
    const body = unescapeTwice(problem.body);
    const fileAttr = tc.file || tc.suite.file || (/\.\w{1,5}$/.test(classname) && classname.includes('/') ? classname : '');
    const draft = new Draft(short, fullName, { file: fileAttr ? tidyPath(fileAttr) : undefined });
    locate(draft, Number(tc.line), body, /^[\w.$]+$/.test(tc.classname) ? tc.classname : '');
    let message = unescapeTwice(problem.message);
    // vitest puts the error's class in `type` and only the text in `message`
    if (message && /^[\w.$]*(?:Error|Exception|Failure)$/.test(problem.type) && !message.startsWith(problem.type))
        message = `${problem.type}: ${message}`;
    if (message)
        for (const l of message.split('\n'))
            draft.msg.add(l);
    if (draft.msg.length === 0) {
        for (const l of body.split('\n')) {
            if (/^\s*at\s|^\s*❯|^\s*\d+\s*\|/.test(l))
                break;
            if (!draft.msg.add(l))
                break;
        }
    }
    draft.commit(out.sink);
}
function locate(draft, lineAttr, body, module) {
    let ownPy = false;
    if (Number.isFinite(lineAttr) && lineAttr > 0) {
        draft.at(draft.file, lineAttr);
        return;
    }
    // pytest names the crash line last (`tests/x.py:10: Error`); stacks name it first
    let py;
    for (const m of body.matchAll(/^(\S{1,300}\.py):(\d{1,9}): /gm)) {
        // the test module's own line beats the helper or conftest that raised (`tests.test_x` ↔ tests/test_x.py)
        const own = module !== '' && module.startsWith(tidyPath(m[1] ?? '').slice(0, -3).replaceAll('/', '.'));
        if (own || !py || !ownPy) {
            py = m;
            ownPy = own;
        }
    }
    if (py) {
        draft.at(tidyPath(py[1] ?? ''), Number(py[2]));
        return;
    }
    // a JVM stack (Surefire, Gradle, the JUnit 5 launcher): the frame in the test's own class
    if (body.includes('\tat ') || body.includes('\n    at ')) {
        const trace = new JvmTrace(module || undefined);
        for (const l of body.split('\n')) {
            const f = jvmFrame(l);
            if (f)
                trace.add(f);
        }
        const at = trace.place;
        if (at) {
            draft.at(at.file, at.line);
            return;
        }
    }
    const loc = firstLocation(body, draft.file);
    if (loc && (!draft.file || sameFile(loc.file, draft.file)))
        draft.at(loc.file, loc.line);
}

;// CONCATENATED MODULE: ./src/profiles/summary/log-junit.ts

/** Lines looked at for the start of a report, before the log is taken to hold none. */
const LOOK_LINES = 2000;
const log_junit_START = /^\s*<(?:\?xml\b|testsuites[\s>]|testsuite[\s>])/;
const ROOT_END = /<\/testsuites>\s*$/;
/**
 * A JUnit report printed on the log itself (`node --test --test-reporter=junit`, `deno test --reporter=junit`,
 * `bats --formatter junit`), perhaps after a few lines of other output (npm's script header): read from its
 * first line to the end of its root. Whatever goes wrong (a line cut at MAX_LINE, text after an unclosed root)
 * leaves the log to the text readers: `result()` is then undefined.
 */
class LogJunit {
    limits;
    reader;
    state = 'looking';
    looked = 0;
    constructor(limits) {
        this.limits = limits;
    }
    /** A report has begun and is being read. */
    get reading() {
        return this.state === 'reading';
    }
    /** No report will be read: a runner spoke first (a CI log of many steps is not one step's report). */
    stopLooking() {
        if (this.state === 'looking')
            this.state = 'gone';
    }
    line(text) {
        if (this.state === 'looking') {
            this.looked += 1;
            if (this.looked > LOOK_LINES)
                this.state = 'gone';
            if (!text.includes('<') || !log_junit_START.test(text))
                return;
            this.reader = new JunitReader(this.limits);
            this.state = 'reading';
        }
        if (this.state !== 'reading')
            return;
        try {
            this.reader?.write(`${text}\n`);
            if (text.includes('</testsuites>') && ROOT_END.test(text))
                this.close();
        }
        catch {
            this.state = 'gone';
        }
    }
    /** The report, when the log held a well-formed one with at least one testcase. */
    result() {
        if (this.state === 'reading') {
            try {
                this.close();
            }
            catch {
                this.state = 'gone';
            }
        }
        const result = this.state === 'done' ? this.reader?.result : undefined;
        return result && result.tests > 0 ? result : undefined;
    }
    close() {
        this.reader?.next();
        this.state = 'done';
    }
}

;// CONCATENATED MODULE: ./src/profiles/summary/render.ts
/** Bytes (UTF-8) of the summary text at most. */
const MAX_TEXT = 8192;
const bytes = (s) => Buffer.byteLength(s);
const times = (n) => (n !== undefined && n > 1 ? ` ×${n}` : '');
function where(f) {
    if (!f.file || f.full_name.includes(`${f.file}:${f.line ?? ''}`))
        return '';
    return f.line !== undefined ? ` (${f.file}:${f.line})` : ` (${f.file})`;
}
function header(input) {
    const runner = input.runner === 'unknown' ? '' : ` [${input.runner}]`;
    switch (input.kind) {
        case 'all-pass':
            return `PASSED${runner}: ${input.passedKnown ? `${input.passed} passed, ` : ''}0 failed`;
        case 'test-failures':
            return `FAILED${runner}: ${input.failed} failed${input.passedKnown ? `, ${input.passed} passed` : ''}`;
        default:
            return `INFRA ERROR${runner}: ${input.reason ?? 'the command failed before any test result'}`;
    }
}
/**
 * The summary an agent reads: a header, each failure with location and key message while room
 * lasts, then the remaining failures by name, then evidence for infra errors. Never over MAX_TEXT.
 */
function renderText(input) {
    const out = [header(input), ...input.notes];
    let size = bytes(out.join('\n'));
    const room = (reserve) => MAX_TEXT - reserve - size;
    // keep room to name every remaining failure (bounded by what fits) and the closing line
    const namesCost = (from) => {
        let c = 0;
        for (let i = from; i < input.failures.length; i += 1)
            c += bytes(input.failures[i]?.full_name ?? '') + 16;
        for (const n of input.moreNames)
            c += bytes(n.name) + 10;
        return Math.min(c, 4096) + 200;
    };
    const push = (s) => {
        out.push(s);
        size += bytes(s) + 1;
    };
    let detailed = 0;
    for (const [i, f] of input.failures.entries()) {
        const block = [`${i + 1}) ${f.full_name || f.name}${where(f)}${times(f.times)}`, ...(f.message ? f.message.split('\n').map((l) => `   ${l}`) : [])].join('\n');
        if (bytes(block) + 1 > room(namesCost(i + 1) + evidenceReserve(input)))
            break;
        push(block);
        detailed += 1;
    }
    const rest = [
        ...input.failures.slice(detailed).map((f, i) => ({ line: `${detailed + i + 1}) ${f.full_name || f.name}${where(f)}${times(f.times)}`, n: f.times ?? 1 })),
        ...input.moreNames.map((m) => ({ line: `- ${m.name}${times(m.times)}`, n: m.times })),
    ];
    let unnamed = input.unnamed;
    if (rest.length > 0) {
        push(detailed > 0 ? 'Also failed:' : 'Failed:');
        for (const [i, { line }] of rest.entries()) {
            if (bytes(line) + 1 > room(120 + evidenceReserve(input))) {
                unnamed += rest.slice(i).reduce((sum, r) => sum + r.n, 0);
                break;
            }
            push(line);
        }
    }
    if (unnamed > 0)
        push(`…and ${unnamed} more failure${unnamed === 1 ? '' : 's'} not named here (summary size limit).`);
    if (input.kind === 'infra-error' || (input.kind !== 'all-pass' && input.failures.length === 0)) {
        if (input.keyLines.length > 0) {
            push('Key lines:');
            for (const l of input.keyLines)
                if (bytes(l) + 3 < room(0))
                    push(`  ${l}`);
        }
        if (input.lastLines.length > 0) {
            push('Last lines of output:');
            for (const l of input.lastLines)
                if (bytes(l) + 3 < room(0))
                    push(`  ${l}`);
        }
    }
    return cutToBytes(out.join('\n'), MAX_TEXT);
}
/** The longest prefix of `text` within `max` UTF-8 bytes (never half a character), marked when cut. */
function cutToBytes(text, max) {
    if (bytes(text) <= max)
        return text;
    const cut = Buffer.from(text).subarray(0, max - 3).toString('utf8').replace(/\uFFFD$/, '');
    return `${cut}…`;
}
function evidenceReserve(input) {
    return input.kind === 'infra-error' ? 1500 : 0;
}

;// CONCATENATED MODULE: ./src/profiles/summary/workspaces.ts


// turbo: `@acme/api:test: …`; pnpm -r: `packages/api test: …` (a path with a slash, then the script)
const TURBO = /^((?:@[\w.-]+\/)?[\w.-]+):([A-Za-z][\w.:-]*): ?/;
const PNPM = /^([\w.@-]+(?:\/[\w.@-]+)+) ([A-Za-z][\w.:-]*): ?/;
// npm --workspaces / -ws: each workspace's script starts with `> @acme/api@1.0.0 test` (then `> command`)
const NPM_HEADER = /^> ((?:@[\w.-]{1,100}\/)?[\w.-]{1,100})@([\w.+-]{1,60}) ([\w:.-]{1,100})$/;
// nx run-many / affected: `> nx run @acme/api:test` opens a task's output (`:configuration` optional);
// with --output-style=stream each line is prefixed with the project (`@acme/api: …`)
const NX_HEADER = /^> nx run ((?:@[\w.-]{1,100}\/)?[\w.-]{1,100}):([\w.-]{1,100})(?::[\w.-]{1,100})?(?: .{0,200})?$/;
const NX_PREFIX = /^((?:@[\w.-]{1,100}\/)?[\w.-]{1,100}): /;
const MAX_WORKSPACES = 64;
/**
 * Output of a monorepo task runner, where each line carries its workspace: every workspace's lines
 * go to a summariser of their own (so each is parsed by its own runner), merged at the end.
 */
class Workspaces {
    make;
    active = false;
    parts = new Map();
    /** sections (npm, nx): lines carry no prefix, the workspace is the last header's */
    sections;
    current;
    /** the first npm header's workspace: its lines went to the main summariser, which stands for it */
    firstSection;
    header = new util_text/* NextMatch */.te('\n>');
    constructor(make) {
        this.make = make;
    }
    /** The main summariser read the first workspace's lines (npm prints no header before it is known to be a workspace run). */
    get mainIsWorkspace() {
        return this.sections === 'npm';
    }
    /**
     * Takes a line that belongs to a workspace: one with a workspace prefix (turbo, nx, pnpm -r), or any
     * line once npm's script headers have named a second workspace. `mayStart` lets the first prefixed
     * line switch the prefix mode on (npm's headers switch it on whenever a second workspace starts).
     */
    route(line, mayStart) {
        const c0 = line.length > 0 ? line.charCodeAt(0) : 0;
        if (c0 === 62 && line.startsWith('> ')) {
            // a header opens the workspace mode only when the log starts with it, before any runner spoke
            // (a CI log that runs `npm test` after other steps prints one too)
            const nx = line.startsWith('> nx run ') ? NX_HEADER.exec(line) : null;
            if (nx && (this.sections === 'nx' || (!this.active && mayStart)))
                return this.nxSection(nx[1] ?? '');
            // inside an nx task, npm's own header belongs to the task
            const h = this.sections === 'nx' ? null : NPM_HEADER.exec(line);
            if (h && (this.sections === 'npm' || (!this.active && (mayStart || this.firstSection !== undefined))))
                return this.section(h[1] ?? '');
        }
        if (this.sections === 'nx') {
            // nx's own lines (` NX   Ran target test for 2 projects`, the failed-task list) end the last task
            if (line.startsWith(' NX   ')) {
                this.current = undefined;
                return false;
            }
            if (c0 !== 32 && line.includes(': ')) {
                const m = NX_PREFIX.exec(line);
                const part = m ? this.parts.get(m[1] ?? '') : undefined;
                if (part && m) {
                    part.line(line.slice(m[0].length));
                    return true;
                }
            }
        }
        if (this.sections) {
            this.current?.line(line);
            return this.current !== undefined;
        }
        if (!this.active && !mayStart)
            return false;
        const c = c0;
        // cheap gate: the prefix starts with a name character and has `: ` early on
        if (!(c === 64 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)))
            return false;
        const colon = line.indexOf(': ');
        if (colon < 0 || colon > 120)
            return false;
        const m = TURBO.exec(line) ?? PNPM.exec(line);
        if (!m)
            return false;
        const name = m[1] ?? '';
        let part = this.parts.get(name);
        if (!part) {
            if (this.parts.size >= MAX_WORKSPACES)
                return false;
            const s = this.make({});
            part = { name, line: (t) => s.line(t), end: () => s.end() };
            this.parts.set(name, part);
            this.active = true;
        }
        part.line(line.slice(m[0].length));
        return true;
    }
    /**
     * The next raw line that route may take once the main summariser knows its runner (see LineSkip):
     * any line in a workspace mode; else only an npm header, and only after a first one (an nx header
     * or a first npm header starts nothing once a runner spoke).
     */
    nextLine(block, from) {
        if (this.active || this.sections !== undefined)
            return from;
        if (this.firstSection === undefined)
            return Infinity;
        return block.text.charCodeAt(from) === 62 ? from : this.header.lineFrom(block, from);
    }
    /** An npm script header: the lines up to the next header are this workspace's. */
    section(name) {
        if (!this.sections) {
            if (this.firstSection === undefined || this.firstSection === name) {
                // one package so far (a plain `npm test` prints the same header): not yet a workspace run
                this.firstSection = name;
                return false;
            }
            this.sections = 'npm';
            this.active = true;
        }
        let part = this.parts.get(name);
        if (!part && this.parts.size < MAX_WORKSPACES && name !== this.firstSection) {
            const s = this.make({});
            part = { name, line: (t) => s.line(t), end: () => s.end() };
            this.parts.set(name, part);
        }
        this.current = part;
        return true;
    }
    /** An nx task header: the lines up to the next header (or nx's closing lines) are this project's. */
    nxSection(name) {
        this.sections = 'nx';
        this.active = true;
        let part = this.parts.get(name);
        if (!part && this.parts.size < MAX_WORKSPACES) {
            const s = this.make({});
            part = { name, line: (t) => s.line(t), end: () => s.end() };
            this.parts.set(name, part);
        }
        this.current = part;
        return true;
    }
    /** One summary: counts added, failures named by workspace, each workspace's text under its name. */
    merge(rest, exitCode) {
        const all = [...this.parts.values()].map((p) => ({ name: p.name, s: p.end() }));
        // npm: the first workspace's lines were read by the main summariser
        if (this.sections === 'npm' && this.firstSection !== undefined)
            all.unshift({ name: this.firstSection, s: rest });
        const failing = all.filter((a) => a.s.kind !== 'all-pass');
        const failures = all.flatMap((a) => a.s.failures.map((f) => ({ ...f, full_name: `${a.name}: ${f.full_name}` })));
        const failed = all.reduce((n, a) => n + a.s.failed, 0);
        const passed = all.reduce((n, a) => n + a.s.passed, 0);
        let kind = 'all-pass';
        if (all.some((a) => a.s.kind === 'test-failures'))
            kind = 'test-failures';
        else if (all.some((a) => a.s.kind === 'infra-error') || (exitCode !== null && exitCode !== 0))
            kind = 'infra-error';
        const runners = [...new Set(all.map((a) => a.s.runner))].join(', ');
        const head = `${kind === 'test-failures' ? 'FAILED' : kind === 'all-pass' ? 'PASSED' : 'INFRA ERROR'} [workspaces: ${runners}]: ${failed} failed, ${passed} passed in ${all.length} workspace(s)`;
        const shown = failing.length ? failing : kind === 'infra-error' ? [{ name: '(task runner)', s: rest }] : [];
        let text = head;
        // each failing workspace gets an equal share of the room, cut at a line (a big one cannot crowd out the rest)
        const share = Math.floor((MAX_TEXT - head.length) / Math.max(1, shown.length));
        for (const a of shown) {
            const title = `\n\n── ${a.name} (${a.s.runner})\n`;
            let body = named(a.name, a.s);
            if (title.length + body.length > share) {
                const cut = body.lastIndexOf('\n', Math.max(0, share - title.length - 2));
                body = `${body.slice(0, cut > 0 ? cut : Math.max(0, share - title.length - 2))}\n…`;
            }
            text += `${title}${body}`;
        }
        return { kind, runner: `workspaces (${runners})`, failed, passed, failures, text: text.slice(0, MAX_TEXT) };
    }
}
/** The workspace's text with each failure named as in the merged list (`@acme/api: test name`). */
function named(workspace, s) {
    let text = s.text;
    for (const f of s.failures) {
        const at = text.indexOf(f.full_name);
        if (at >= 0)
            text = `${text.slice(0, at)}${workspace}: ${text.slice(at)}`;
    }
    return text;
}

;// CONCATENATED MODULE: ./src/profiles/summary/summarizer.ts










/** Lines held back until a runner is recognised, then replayed to its parser. */
const HOLD_LINES = 2000;
const HOLD_CHARS = 512 * 1024;
/**
 * A streaming failure summariser: feed it the command's output in chunks of any size; memory stays
 * bounded whatever the log size (one parser's small state, a few kept lines, N failures in detail).
 */
function createSummarizer(options = {}) {
    const main = lineSummarizer(options);
    const workspaces = new Workspaces((o) => lineSummarizer({ ...o, limits: options.limits }));
    // a report printed on the log is read as one, unless a report file was given
    const logJunit = options.junit === undefined && options.junitXml === undefined ? new LogJunit(options.limits) : undefined;
    let ended;
    // output behind workspace prefixes (turbo, pnpm -r) is split per workspace, once main has no runner
    const splitter = new util_text/* LineSplitter */.g3((line, raw, at) => {
        if (logJunit) {
            if (!logJunit.reading && main.detected())
                logJunit.stopLooking();
            logJunit.line(line);
        }
        if (!workspaces.route(line, !main.detected()))
            main.line(line, raw, at);
    }, 
    // once a runner is known, most lines of a long log are nothing to it: they are not even decoded
    // (a report on the log is read whole: none of its lines is passed over)
    {
        skip: (block, from) => (logJunit?.reading ? from : Math.min(workspaces.nextLine(block, from), main.nextLine(block, from))),
        passedOver: (block, from, to) => main.passedOver(block, from, to),
        tail: TAIL_LINES,
    });
    return {
        write(chunk) {
            if (ended)
                throw new Error('summarizer already ended');
            splitter.write(chunk);
        },
        end() {
            if (ended)
                return ended;
            splitter.end();
            // every line went to main: its last lines are the log's, the skipped ones too
            if (!workspaces.active)
                main.lastLinesAre(splitter.lastLines());
            const report = logJunit?.result();
            if (report)
                main.useJunit(report);
            // when main read the first of npm's workspaces, the command's exit code is the whole run's, not its own
            const whole = main.end(workspaces.mainIsWorkspace);
            ended = workspaces.active ? workspaces.merge(whole, options.exitCode ?? null) : whole;
            return ended;
        },
    };
}
/** The summariser of cleaned lines: runner detection, the parser, the fallback, the verdict. */
function lineSummarizer(given) {
    let options = given;
    const sink = new FailureSink(options.limits);
    const evidence = new Evidence();
    let parser;
    // reads every line until a runner is recognised; used only if none is
    const fallbackSink = new FailureSink(options.limits);
    let fallback = fallbackParser(fallbackSink);
    let held = [];
    let heldChars = 0;
    let ended;
    // the block and line where the last pass-over allowed by the parser's passingRun starts
    const passing = { seq: -1, from: -1 };
    const onLine = (line, raw, at) => {
        evidence.see(line, raw, at);
        if (parser) {
            parser.line(line);
            return;
        }
        const factory = detectRunner(line);
        fallback?.line(line);
        if (!factory) {
            const kept = (0,util_text/* detach */.Yo)(line);
            held.push(kept);
            heldChars += kept.length;
            if (held.length > HOLD_LINES * 2 || heldChars > HOLD_CHARS * 2) {
                held = held.slice(-HOLD_LINES);
                heldChars = held.reduce((n, l) => n + l.length, 0);
                while (heldChars > HOLD_CHARS && held.length > 1)
                    heldChars -= held.shift()?.length ?? 0;
            }
            return;
        }
        parser = factory(sink);
        fallback = undefined;
        for (const h of held)
            parser.line(h);
        held = [];
        heldChars = 0;
        parser.line(line);
    };
    return {
        line: onLine,
        detected: () => parser !== undefined,
        lastLinesAre: (lines) => evidence.lastLinesAre(lines),
        useJunit(report) {
            options = { ...options, junit: report };
        },
        nextLine(block, from) {
            passing.seq = -1;
            if (!parser)
                return from;
            // a run of the runner's passing results: counted by the parser, looked at by nothing else
            const run = parser.passingRun?.(block, from) ?? from;
            if (run > from) {
                passing.seq = block.seq;
                passing.from = from;
                return run;
            }
            const next = parser.nextLine?.(block, from) ?? from;
            return next === from ? from : Math.min(next, evidence.nextLine(block, from, next));
        },
        passedOver(block, from, to) {
            // only a run that passingRun allowed is the parser's to count (lines nextLine passed over change nothing)
            if (passing.seq === block.seq && passing.from === from)
                parser?.passedOver?.(block, from, to);
            passing.seq = -1;
        },
        end(ownExitUnknown = false) {
            if (ended)
                return ended;
            if (ownExitUnknown)
                options = { ...options, exitCode: null };
            if (parser || !fallback) {
                const outcome = parser?.finish() ?? { passed: null, failed: null, sawResults: false };
                ended = conclude(options, parser?.runner ?? 'unknown', outcome, sink, evidence);
                return ended;
            }
            const guess = fallback.finish();
            if (guess.sawResults)
                evidence.unrecognised = true;
            ended = conclude(options, 'unknown', guess, fallbackSink, evidence);
            return ended;
        },
    };
}
/** Summarises a whole log held in memory. */
function summarizeText(log, options = {}) {
    const s = createSummarizer(options);
    s.write(log);
    return s.end();
}
/** Summarises a log file by streaming it: a log of any size is read in fixed chunks (see readChunks). */
async function summarizeFile(path, options = {}) {
    const s = createSummarizer(options);
    await readChunks(path, (chunk) => s.write(chunk));
    return s.end();
}
function conclude(options, textRunner, outcome, textSink, evidence) {
    const notes = [];
    let junit;
    let report = options.junit;
    if (report === undefined && options.junitXml !== undefined) {
        try {
            report = readJunit(options.junitXml, options.limits);
        }
        catch (error) {
            report = error instanceof Error ? error : new Error(String(error));
        }
    }
    if (report instanceof Error)
        notes.push(`(JUnit report unreadable: ${report.message}; summarised from the log text)`);
    else if (report && report.tests > 0)
        junit = report;
    else if (report)
        notes.push('(JUnit report holds no testcase; summarised from the log text)');
    const runner = junit ? 'junit' : textRunner;
    const sink = junit ? junit.sink : textSink;
    const sawResults = junit ? true : outcome.sawResults;
    const infraReason = junit ? undefined : outcome.infraReason;
    let failed = junit ? junit.failed : (outcome.failed ?? sink.tests);
    const passed = junit ? junit.passed : (outcome.passed ?? 0);
    const { kind, reason, note } = classify({
        spawnError: options.spawnError,
        timedOut: options.timedOut,
        exitCode: options.exitCode ?? null,
        sawResults,
        failed,
        failedTests: sink.tests,
        errors: sink.errors,
        infraReason,
        notFound: evidence.notFound,
    });
    if (note)
        notes.push(note);
    if (evidence.unrecognised && !junit)
        notes.push('(runner not recognised: the names, places and counts above are a best guess from lines that look like results)');
    if (kind === 'test-failures' && failed === 0)
        failed = sink.count;
    const failures = sink.detailed.map(publicFailure);
    const text = renderText({
        kind,
        runner,
        passed,
        passedKnown: junit !== undefined || outcome.passed !== null,
        failed,
        reason,
        failures: sink.detailed,
        moreNames: sink.extraNames,
        unnamed: Math.max(0, Math.max(sink.count, kind === 'test-failures' ? failed : 0) - sink.represented),
        keyLines: evidence.keyLines,
        lastLines: evidence.lastLines(15),
        notes,
    });
    return { kind, runner, failed, passed, failures, text };
}
function publicFailure(f) {
    const out = { name: f.name, full_name: f.full_name, message: f.message };
    if (f.file !== undefined)
        out.file = f.file;
    if (f.line !== undefined)
        out.line = f.line;
    return out;
}

;// CONCATENATED MODULE: ./src/profiles/summary/index.ts
/** Failure summaries (PRODUCT.md §3): runner output or JUnit XML -> a bounded FailureSummary. */






/***/ })

};
