export const id = 233;
export const ids = [233];
export const modules = {

/***/ 41233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ol: () => (/* reexport */ createSummarizer),
  w1: () => (/* reexport */ summarizeFile),
  bB: () => (/* reexport */ summarizeText)
});

// UNUSED EXPORTS: MAX_TEXT, readJunit, stripAnsi

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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

// EXTERNAL MODULE: ./src/profiles/summary/lines.ts
var lines = __webpack_require__(68674);
// EXTERNAL MODULE: ./src/profiles/summary/sink.ts
var summary_sink = __webpack_require__(39674);
;// CONCATENATED MODULE: ./src/profiles/summary/parser.ts
/** Adds totals from successive runs (a log may hold several: cargo targets, repeated jobs). */
function addCount(current, more) {
    if (more === undefined || Number.isNaN(more))
        return current;
    return (current ?? 0) + more;
}
/** Reads `3 failed`, `2 passed` style counts out of a totals line. */
function countOf(text, word) {
    const m = new RegExp(`(\\d+) (?:${word.source})\\b`).exec(text);
    return m ? Number(m[1]) : undefined;
}

// EXTERNAL MODULE: ./src/profiles/summary/location.ts
var summary_location = __webpack_require__(61886);
;// CONCATENATED MODULE: ./src/profiles/summary/parsers/vitest.ts



const FAIL_TEST = /^ FAIL {2}(\S+) > (.+)$/;
const FAIL_SUITE = /^ FAIL {2}(\S+)(?: \[ .* \])?$/;
const SEPARATOR = /^⎯{3,}/;
const LOCATION = /^\s*❯ (?:\S+ )?(\S+?):(\d+):(\d+)$/;
// written so a line of spaces cannot make it backtrack quadratically
const CODE_FRAME = /^\s*\d+\||^\s+\|/;
const TOTALS = /^\s*Tests\s{2,}(.*\(\d+\))\s*$/;
const RESULT = /^\s+[✓×↓❯] /;
/** vitest's default and verbose reporters. */
function vitestParser(sink) {
    let draft;
    let located = false;
    let passed = null;
    let failed = null;
    let sawResults = false;
    let infraReason;
    const commit = () => {
        // an unhandled-error section without an error line adds nothing
        if (draft && !(draft.error && draft.name === 'unhandled error' && draft.msg.length === 0))
            draft.commit(sink);
        draft = undefined;
    };
    return {
        runner: 'vitest',
        line(text) {
            if (text.startsWith(' FAIL  ')) {
                commit();
                sawResults = true;
                located = false;
                const t = FAIL_TEST.exec(text);
                if (t) {
                    const path = t[2] ?? '';
                    const parts = path.split(' > ');
                    draft = new summary_sink/* Draft */.KO(parts[parts.length - 1] ?? path, path, { file: t[1] });
                    return;
                }
                const s = FAIL_SUITE.exec(text);
                if (s)
                    draft = new summary_sink/* Draft */.KO(s[1] ?? 'suite', `${s[1] ?? ''} (failed to run)`, { file: s[1], error: true });
                return;
            }
            if (text.startsWith('⎯') && SEPARATOR.test(text)) {
                commit();
                // the "Unhandled Errors" banner only counts them; each follows in its own section
                if (/Uncaught Exception|Unhandled Rejection|Unhandled Error(?!s)/.test(text)) {
                    draft = new summary_sink/* Draft */.KO('unhandled error', 'unhandled error', { error: true });
                    located = false;
                }
                else if (/Startup Error/.test(text)) {
                    infraReason ??= 'vitest failed to start';
                }
                return;
            }
            const totals = text.includes('Tests  ') ? TOTALS.exec(text) : null;
            if (totals) {
                commit();
                sawResults = true;
                const body = totals[1] ?? '';
                failed = addCount(failed, countOf(body, /failed/) ?? 0);
                passed = addCount(passed, countOf(body, /passed/) ?? 0);
                return;
            }
            if (draft) {
                const loc = text.includes('❯') ? LOCATION.exec(text) : null;
                if (loc) {
                    const file = (0,summary_location/* tidyPath */._L)(loc[1] ?? '');
                    if (!located && (0,summary_location/* isUserFile */.CW)(file) && (!draft.file || (0,summary_location/* sameFile */.Vi)(file, draft.file))) {
                        draft.at(file, Number(loc[2]));
                        located = true;
                    }
                    return;
                }
                if (located || CODE_FRAME.test(text))
                    return;
                if (/^(Vitest caught|This error originated|The latest test that might)/.test(text.trim()))
                    return;
                draft.msg.add(text);
                return;
            }
            if (text.startsWith('failed to load config from'))
                infraReason ??= 'vitest failed to load its config';
            else if (!sawResults && (RESULT.test(text) || text.startsWith(' Test Files ')))
                sawResults = true;
        },
        finish() {
            commit();
            return { passed, failed, sawResults, infraReason };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/jest.ts



const FILE_STATUS = /^(PASS|FAIL) (\S+)/;
const BULLET = /^ {2}● (.+)$/;
// written so a line of spaces cannot make it backtrack quadratically
const jest_CODE_FRAME = /^\s*(?:> *)?\d+ \||^\s+\|/;
const jest_TOTALS = /^Tests:\s+(.*)$/;
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
            const status = text.startsWith('PASS ') || text.startsWith('FAIL ') ? FILE_STATUS.exec(text) : null;
            if (status) {
                commit();
                skipping = false;
                sawResults = true;
                file = status[2];
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
                if (title === 'Test suite failed to run') {
                    draft = new summary_sink/* Draft */.KO(file ?? title, `${file ?? ''} › ${title}`, { file, error: true });
                }
                else {
                    const parts = title.split(' › ');
                    draft = new summary_sink/* Draft */.KO(parts[parts.length - 1] ?? title, title, { file });
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
            if ((0,summary_location/* isJsFrameLine */.NA)(text)) {
                inFrames = true;
                const loc = (0,summary_location/* jsFrame */.x3)(text);
                if (loc && (!draft.file || (0,summary_location/* sameFile */.Vi)(loc.file, draft.file)))
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
        draft = new summary_sink/* Draft */.KO(name, titles.join(' '));
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
            if ((0,summary_location/* isJsFrameLine */.NA)(text)) {
                inFrames = true;
                const loc = (0,summary_location/* jsFrame */.x3)(text);
                if (loc)
                    draft.at(loc.file, loc.line);
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
const node_tap_RESULT = /^( *)(not ok|ok) \d+(?: - (.*?))?(?: # (?:SKIP|TODO)\b.*)?$/;
const KEY = /^( *)([A-Za-z_]+): ?(.*)$/;
const TOTAL = /^# (pass|fail) (\d+)$/;
function unquote(v) {
    const t = v.trim();
    if (t.length >= 2 && ((t.startsWith("'") && t.endsWith("'")) || (t.startsWith('"') && t.endsWith('"')))) {
        return t.slice(1, -1).replace(/''/g, "'");
    }
    return t;
}
/** TAP as `node --test` prints it (nested subtests, YAML diagnostics); plain TAP producers work too. */
function nodeTapParser(sink) {
    const names = [];
    let passed = null;
    let failed = null;
    let counted = { pass: 0, fail: 0 };
    let sawResults = false;
    let draft;
    let inYaml = false;
    let keyIndent = 0;
    let key = '';
    let suite = false;
    let location;
    const settle = () => {
        if (draft && !suite) {
            if (draft.line === undefined && location)
                draft.at(location.file, location.line);
            draft.commit(sink);
            counted.fail += 1;
        }
        draft = undefined;
        suite = false;
        location = undefined;
    };
    return {
        runner: 'node-test',
        line(text) {
            if (inYaml) {
                if (/^\s*\.\.\.$/.test(text)) {
                    inYaml = false;
                    settle();
                    return;
                }
                if (!draft)
                    return;
                const kv = KEY.exec(text);
                if (kv && (kv[1] ?? '').length === keyIndent) {
                    key = kv[2] ?? '';
                    const value = kv[3] ?? '';
                    if (key === 'type' && unquote(value) === 'suite')
                        suite = true;
                    else if (key === 'failureType' && unquote(value) === 'subtestsFailed')
                        suite = true;
                    else if (key === 'location') {
                        const m = /^(.*):(\d+):\d+$/.exec(unquote(value));
                        if (m)
                            location = { file: (0,summary_location/* tidyPath */._L)(m[1] ?? ''), line: Number(m[2]) };
                    }
                    else if (key === 'error' && value && !value.startsWith('|') && !value.startsWith('>')) {
                        draft.msg.add(unquote(value));
                    }
                    return;
                }
                if (key === 'error')
                    draft.msg.add(text);
                else if (key === 'stack') {
                    const loc = (0,summary_location/* jsFrame */.x3)(text);
                    if (loc)
                        draft.at(loc.file, loc.line);
                }
                return;
            }
            const sub = text.includes('# Subtest: ') ? SUBTEST.exec(text) : null;
            if (sub) {
                settle();
                const level = Math.floor((sub[1] ?? '').length / 4);
                names.length = level;
                names[level] = sub[2] ?? '';
                return;
            }
            const result = text.includes('ok ') ? node_tap_RESULT.exec(text) : null;
            if (result) {
                settle();
                sawResults = true;
                const level = Math.floor((result[1] ?? '').length / 4);
                const name = result[3] ?? '';
                if (result[2] === 'ok') {
                    counted.pass += 1;
                    return;
                }
                const path = [...names.slice(0, level), name].filter(Boolean);
                draft = new summary_sink/* Draft */.KO(name, path.join(' > '));
                return;
            }
            if (draft && /^\s*---$/.test(text)) {
                inYaml = true;
                keyIndent = text.indexOf('-');
                key = '';
                return;
            }
            const total = TOTAL.exec(text);
            if (total) {
                settle();
                sawResults = true;
                if (total[1] === 'pass')
                    passed = addCount(passed, Number(total[2]));
                else
                    failed = addCount(failed, Number(total[2]));
                counted = { pass: 0, fail: 0 };
            }
        },
        finish() {
            settle();
            // a TAP stream cut short has no totals: count what it printed
            if (passed === null && failed === null && sawResults) {
                passed = counted.pass;
                failed = counted.fail;
            }
            return { passed, failed, sawResults };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/node-spec.ts



const SUITE = /^( *)▶ (.+)$/;
const MARK = /^( *)([✔✖﹣]) (.+?)(?: \([\d.]+m?s\))?(?: # .*)?$/;
const node_spec_TOTAL = /^ℹ (pass|fail) (\d+)$/;
const TEST_AT = /^test at (.+):(\d+):\d+$/;
function indentOf(text) {
    let i = 0;
    while (text.charCodeAt(i) === 32)
        i += 1;
    return i;
}
/** The spec reporter of `node --test` (default on a terminal; `--test-reporter=spec`). */
function nodeSpecParser(sink) {
    const suites = [];
    let passed = null;
    let failed = null;
    let sawResults = false;
    let draft;
    let draftIndent = 0;
    let inFrames = false;
    // the "✖ failing tests:" section repeats the failures printed inline
    let section = false;
    let inlineThisRun = 0;
    let sectionAt;
    const commit = () => {
        if (!draft)
            return;
        const d = draft;
        draft = undefined;
        if (!section) {
            d.commit(sink);
            inlineThisRun += 1;
            return;
        }
        if (inlineThisRun === 0) {
            d.commit(sink);
            return;
        }
        // Node 22+ prints failures inline without details and gives them here: fill them in
        const known = sink.find((f) => f.name === d.name && !f.message && (!f.file || !d.file || (0,summary_location/* sameFile */.Vi)(f.file, d.file)));
        if (!known)
            return;
        known.message = d.msg.text();
        if (known.line === undefined) {
            known.file = d.file ?? known.file;
            known.line = d.line ?? sectionAt?.line;
        }
    };
    return {
        runner: 'node-test',
        line(text) {
            if (draft) {
                if (text.trim() === '' || indentOf(text) > draftIndent) {
                    if ((0,summary_location/* isJsFrameLine */.NA)(text)) {
                        inFrames = true;
                        const loc = (0,summary_location/* jsFrame */.x3)(text);
                        if (loc)
                            draft.at(loc.file, loc.line);
                    }
                    else if (!inFrames)
                        draft.msg.add(text);
                    return;
                }
                commit();
            }
            if (text === '✖ failing tests:') {
                section = true;
                return;
            }
            const total = node_spec_TOTAL.exec(text);
            if (total) {
                sawResults = true;
                if (total[1] === 'pass')
                    passed = addCount(passed, Number(total[2]));
                else
                    failed = addCount(failed, Number(total[2]));
                return;
            }
            if (section) {
                const at = TEST_AT.exec(text);
                if (at) {
                    sectionAt = { file: (0,summary_location/* tidyPath */._L)(at[1] ?? ''), line: Number(at[2]) };
                    return;
                }
                if (text.startsWith('▶ ') || text.startsWith('✔ ')) {
                    section = false;
                    inlineThisRun = 0;
                }
                else {
                    const mark = MARK.exec(text);
                    if (mark && mark[2] === '✖') {
                        draft = new summary_sink/* Draft */.KO(mark[3] ?? '', mark[3] ?? '', { file: sectionAt?.file });
                        draftIndent = indentOf(text);
                        inFrames = false;
                    }
                    return;
                }
            }
            const suite = SUITE.exec(text);
            if (suite) {
                const indent = (suite[1] ?? '').length;
                while (suites.length && (suites[suites.length - 1]?.indent ?? 0) >= indent)
                    suites.pop();
                suites.push({ name: suite[2] ?? '', indent });
                return;
            }
            const mark = MARK.exec(text);
            if (!mark)
                return;
            sawResults = true;
            const indent = (mark[1] ?? '').length;
            const name = mark[3] ?? '';
            while (suites.length && (suites[suites.length - 1]?.indent ?? 0) > indent)
                suites.pop();
            const top = suites[suites.length - 1];
            if (top && top.indent === indent && top.name === name) {
                suites.pop(); // the end line of a suite
                return;
            }
            if (mark[2] !== '✖')
                return;
            const path = [...suites.map((s) => s.name), name];
            draft = new summary_sink/* Draft */.KO(name, path.join(' > '));
            draftIndent = indent;
            inFrames = false;
        },
        finish() {
            commit();
            return { passed, failed, sawResults };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/pytest.ts



const SECTION = /^={3,} (.+?) ={3,}$/;
const BLOCK = /^_{3,} (.+?) _{3,}$/;
const WHERE = /^(\S+\.py):(\d+): ?(.*)$/;
const SHORT = /^(FAILED|ERROR) (\S+?)(?: - (.*))?$/;
const pytest_TOTALS = /^(?:=+ )?((?:\d+ \w+(?:, )?)+) in [\d.]+s(?: \([^)]*\))?(?: =+)?$/;
/** Splits `TestStrings.test_trims[1.5]` into its last name without breaking inside the parameters. */
function lastName(title) {
    const bracket = title.indexOf('[');
    const head = bracket >= 0 ? title.slice(0, bracket) : title;
    const dot = head.lastIndexOf('.');
    return dot >= 0 ? title.slice(dot + 1) : title;
}
/** pytest's terminal reporter, default, -q and -v, with the FAILURES/ERRORS sections and the short summary. */
function pytestParser(sink) {
    let passed = null;
    let failed = null;
    let sawResults = false;
    let infraReason;
    let section = '';
    let draft;
    let title = '';
    let where;
    let fromSectionsThisRun = 0;
    const commit = () => {
        if (draft) {
            if (where) {
                draft.at(where.file, where.line);
                if (!draft.error)
                    draft.full_name = `${where.file}::${title.replace(/\.(?![^[]*\])/g, '::')}`;
                if (draft.msg.length === 0 && where.exc)
                    draft.msg.add(where.exc);
            }
            draft.commit(sink);
            fromSectionsThisRun += 1;
        }
        draft = undefined;
        where = undefined;
    };
    return {
        runner: 'pytest',
        line(text) {
            const sec = text.startsWith('===') ? SECTION.exec(text) : null;
            if (sec) {
                commit();
                const name = sec[1] ?? '';
                const totals = pytest_TOTALS.exec(name);
                if (totals) {
                    readTotals(totals[1] ?? '');
                    return;
                }
                section = name;
                if (name === 'test session starts')
                    fromSectionsThisRun = 0;
                return;
            }
            if (section === 'FAILURES' || section === 'ERRORS') {
                const block = text.startsWith('___') ? BLOCK.exec(text) : null;
                if (block) {
                    commit();
                    title = block[1] ?? '';
                    if (section === 'ERRORS') {
                        const target = title.replace(/^ERROR (collecting|at \w+ of) /, '');
                        const collecting = /^ERROR collecting/.test(title);
                        draft = new summary_sink/* Draft */.KO(collecting ? target : lastName(target), title, { error: collecting });
                    }
                    else {
                        draft = new summary_sink/* Draft */.KO(lastName(title), title);
                    }
                    return;
                }
                if (!draft)
                    return;
                const w = WHERE.exec(text);
                if (w) {
                    where = { file: (0,summary_location/* tidyPath */._L)(w[1] ?? ''), line: Number(w[2]), exc: (w[3] ?? '').replace(/^in /, '') };
                    return;
                }
                if (/^E\s/.test(text))
                    draft.msg.add(text.slice(1));
                return;
            }
            if (section === 'short test summary info') {
                const s = SHORT.exec(text);
                if (s) {
                    const nodeid = s[2] ?? '';
                    const file = nodeid.split('::')[0] ?? '';
                    const rest = nodeid.split('::').slice(1).join('.');
                    const known = sink.find((f) => f.full_name === nodeid || (f.file === file && f.full_name.endsWith(`::${nodeid.split('::').slice(1).join('::')}`)) || f.name === rest);
                    if (known) {
                        if (!known.error)
                            known.full_name = nodeid;
                    }
                    else if (fromSectionsThisRun === 0) {
                        const d = new summary_sink/* Draft */.KO(lastName(rest || nodeid), nodeid, { file, error: s[1] === 'ERROR' && !rest });
                        d.msg.add(s[3] ?? '');
                        d.commit(sink);
                    }
                    return;
                }
            }
            if (text.includes('Interrupted: ') && /error(s)? during collection/.test(text)) {
                infraReason ??= 'pytest stopped: errors during collection';
                return;
            }
            const totals = text.includes(' in ') ? pytest_TOTALS.exec(text) : null;
            if (totals && /\b(passed|failed|error|errors|skipped|deselected|xfailed|xpassed|no tests ran)\b/.test(totals[1] ?? '')) {
                readTotals(totals[1] ?? '');
                return;
            }
            if (!sawResults && /^\S+\.py (?:[.FEsxX]+ *\[|::\S+ (PASSED|FAILED|ERROR))|^collected \d+ item/.test(text))
                sawResults = true;
        },
        finish() {
            commit();
            return { passed, failed, sawResults, infraReason };
        },
    };
    function readTotals(body) {
        sawResults = true;
        section = '';
        // errors at setup/teardown are failed tests too; errors while collecting are not tests
        const errors = infraReason ? 0 : (countOf(body, /errors?/) ?? 0);
        failed = addCount(failed, (countOf(body, /failed/) ?? 0) + errors);
        passed = addCount(passed, countOf(body, /passed/) ?? 0);
        fromSectionsThisRun = 0;
    }
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/go-test.ts


const RUN = /^=== (?:RUN|CONT|PAUSE|NAME) +(\S+)/;
const go_test_RESULT = /^( *)--- (PASS|FAIL|SKIP): (\S+) \(/;
const NOTE = /^ +(\S+\.go):(\d+): ?(.*)$/;
const PACKAGE = /^(ok|FAIL|---) *\t?(\S+)\t(?:[\d.]+s|\(cached\)|\[(build|setup) failed\])/;
const PACKAGE_BAD = /^FAIL\t(\S+) \[(build|setup) failed\]$/;
const COMPILE = /^(\S+\.go):(\d+):(?:\d+:)? (.+)$/;
const FRAME = /^\t(\S+\.go):(\d+)(?: \+0x[0-9a-f]+)?$/;
/** `go test` output, plain and -v, with subtests, panics and build failures. */
function goTestParser(sink) {
    let passed = 0;
    let failed = 0;
    let verbose = false;
    let sawResults = false;
    let infraReason;
    let pending;
    /** -v prints a test's t.Error lines before its --- FAIL line: keep them per running test (bounded) */
    const notes = new Map();
    let running;
    /** where indented note lines go: the running test (-v) or the last --- FAIL line (plain) */
    let noteTarget;
    let panicTarget;
    let inPanic = false;
    let packageFailures = [];
    const noteFor = (name) => {
        let d = notes.get(name);
        if (!d) {
            if (notes.size >= 64)
                notes.delete(notes.keys().next().value);
            d = new summary_sink/* Draft */.KO(name, name);
            notes.set(name, d);
        }
        return d;
    };
    const settle = (next) => {
        if (!pending)
            return;
        const p = pending;
        pending = undefined;
        // a parent whose subtests follow is not a failure of its own
        if (next?.startsWith(`${p.name}/`))
            return;
        if (p.status === 'PASS')
            passed += 1;
        else if (p.status === 'FAIL') {
            failed += 1;
            const stored = p.draft.commit(sink);
            if (stored)
                packageFailures.push(stored);
        }
    };
    return {
        runner: 'go-test',
        line(text) {
            const run = text.startsWith('=== ') ? RUN.exec(text) : null;
            if (run) {
                verbose = true;
                running = run[1];
                noteTarget = undefined;
                return;
            }
            const result = text.includes('--- ') ? go_test_RESULT.exec(text) : null;
            if (result) {
                sawResults = true;
                const name = result[3] ?? '';
                settle(name);
                const status = result[2] ?? '';
                const draft = notes.get(name) ?? new summary_sink/* Draft */.KO(name, name);
                notes.delete(name);
                pending = { status, name, draft };
                noteTarget = status === 'FAIL' ? draft : undefined;
                if (status === 'FAIL')
                    panicTarget = draft;
                return;
            }
            const note = text.startsWith(' ') && text.includes('.go:') ? NOTE.exec(text) : null;
            if (note && !inPanic) {
                const target = noteTarget ?? (running ? noteFor(running) : undefined);
                if (target) {
                    target.at((0,summary_location/* tidyPath */._L)(note[1] ?? ''), Number(note[2]));
                    target.msg.add(note[3] ?? '');
                }
                return;
            }
            if (text.startsWith('panic: ')) {
                if (!inPanic && panicTarget)
                    panicTarget.msg.add(text.replace(/ \[recovered\]$/, ''));
                inPanic = true;
                return;
            }
            if (inPanic) {
                const frame = FRAME.exec(text);
                if (frame && panicTarget) {
                    const file = frame[1] ?? '';
                    if ((0,summary_location/* isUserFile */.CW)(file) && panicTarget.line === undefined)
                        panicTarget.at((0,summary_location/* tidyPath */._L)(file), Number(frame[2]));
                }
            }
            const maybePkg = text.startsWith('ok') || text.startsWith('FAIL') || text.startsWith('---');
            const bad = maybePkg ? PACKAGE_BAD.exec(text) : null;
            const pkg = bad || !maybePkg ? undefined : PACKAGE.exec(text);
            if (bad || pkg) {
                settle();
                sawResults = true;
                inPanic = false;
                panicTarget = undefined;
                noteTarget = undefined;
                running = undefined;
                const name = bad ? bad[1] : pkg?.[2];
                for (const f of packageFailures)
                    if (!f.error)
                        f.full_name = `${name}.${f.name}`;
                packageFailures = [];
                if (bad)
                    infraReason ??= `go test: ${bad[2]} failed`;
                return;
            }
            const compile = text.includes('.go:') ? COMPILE.exec(text) : null;
            if (compile && !inPanic) {
                const d = new summary_sink/* Draft */.KO('compile error', `${(0,summary_location/* tidyPath */._L)(compile[1] ?? '')}:${compile[2]}`, { error: true });
                d.at((0,summary_location/* tidyPath */._L)(compile[1] ?? ''), Number(compile[2]));
                d.msg.add(compile[3] ?? '');
                const stored = d.commit(sink);
                if (stored)
                    packageFailures.push(stored);
            }
        },
        finish() {
            settle();
            return { passed: verbose ? passed : null, failed, sawResults, infraReason };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/cargo-test.ts



const cargo_test_BLOCK = /^---- (.+?) stdout ----$/;
const PANIC_NEW = /^thread '(.+?)'(?: \(\d+\))? panicked at (.+?):(\d+):\d+:$/;
const PANIC_OLD = /^thread '(.+?)'(?: \(\d+\))? panicked at '(.*)', (.+?):(\d+):\d+$/;
const cargo_test_RESULT = /^test (\S+) \.\.\. (ok|FAILED|ignored)/;
const cargo_test_TOTALS = /^test result: (?:ok|FAILED)\. (.*)$/;
const cargo_test_COMPILE = /^error(?:\[(E\d+)\])?: (.+)$/;
const ARROW = /^\s*--> (.+?):(\d+):\d+$/;
/** `cargo test` (libtest output), including panics and compile errors. */
function cargoTestParser(sink) {
    let passed = null;
    let failed = null;
    let counted = { pass: 0, fail: 0 };
    let sawResults = false;
    let infraReason;
    let draft;
    let reading = false;
    let compile;
    const commit = () => {
        draft?.commit(sink);
        draft = undefined;
        reading = false;
    };
    const commitCompile = () => {
        compile?.commit(sink);
        compile = undefined;
    };
    return {
        runner: 'cargo-test',
        line(text) {
            const block = text.startsWith('---- ') ? cargo_test_BLOCK.exec(text) : null;
            if (block) {
                commit();
                draft = new summary_sink/* Draft */.KO(block[1] ?? '', block[1] ?? '');
                return;
            }
            if (draft) {
                const p = PANIC_NEW.exec(text);
                if (p) {
                    const file = (0,summary_location/* tidyPath */._L)(p[2] ?? '');
                    if ((0,summary_location/* isUserFile */.CW)(file))
                        draft.at(file, Number(p[3]));
                    reading = true;
                    return;
                }
                const old = PANIC_OLD.exec(text);
                if (old) {
                    draft.msg.add(old[2] ?? '');
                    const file = (0,summary_location/* tidyPath */._L)(old[3] ?? '');
                    if ((0,summary_location/* isUserFile */.CW)(file))
                        draft.at(file, Number(old[4]));
                    return;
                }
                if (reading) {
                    if (!text.trim() || text.startsWith('note: ') || text.startsWith('stack backtrace:'))
                        reading = false;
                    else
                        draft.msg.add(text);
                    return;
                }
                if (text === 'failures:' || cargo_test_TOTALS.test(text))
                    commit();
                else
                    return;
            }
            const totals = text.startsWith('test result: ') ? cargo_test_TOTALS.exec(text) : null;
            if (totals) {
                sawResults = true;
                failed = addCount(failed, countOf(totals[1] ?? '', /failed/) ?? 0);
                passed = addCount(passed, countOf(totals[1] ?? '', /passed/) ?? 0);
                counted = { pass: 0, fail: 0 };
                return;
            }
            const result = text.startsWith('test ') ? cargo_test_RESULT.exec(text) : null;
            if (result) {
                sawResults = true;
                if (result[2] === 'ok')
                    counted.pass += 1;
                else if (result[2] === 'FAILED')
                    counted.fail += 1;
                return;
            }
            const err = text.startsWith('error') ? cargo_test_COMPILE.exec(text) : null;
            if (err) {
                commitCompile();
                const message = err[2] ?? '';
                if (message.startsWith('could not compile')) {
                    infraReason ??= `cargo: ${message}`;
                }
                else if (!message.startsWith('test failed, to rerun') && !message.startsWith('aborting due to')) {
                    compile = new summary_sink/* Draft */.KO(err[1] ?? 'error', err[1] ?? 'error', { error: true });
                    compile.msg.add(message);
                }
                return;
            }
            if (compile) {
                const arrow = ARROW.exec(text);
                if (arrow) {
                    compile.at((0,summary_location/* tidyPath */._L)(arrow[1] ?? ''), Number(arrow[2]));
                    compile.full_name = `${compile.file}:${compile.line} ${compile.name}`;
                    commitCompile();
                }
            }
        },
        finish() {
            commit();
            commitCompile();
            if (passed === null && failed === null && sawResults) {
                passed = counted.pass;
                failed = counted.fail;
            }
            return { passed, failed, sawResults, infraReason };
        },
    };
}

;// CONCATENATED MODULE: ./src/profiles/summary/parsers/tsc.ts


const PLAIN = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;
const PRETTY = /^(.+?):(\d+):(\d+) - error (TS\d+): (.*)$/;
const GLOBAL = /^error (TS\d+): (.*)$/;
const FOUND = /^Found (\d+) errors?\b/;
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
                const file = (0,summary_location/* tidyPath */._L)(m[1] ?? '');
                draft = new summary_sink/* Draft */.KO(m[4] ?? 'error', `${file}:${m[2]}:${m[3]} ${m[4]}`);
                draft.at(file, Number(m[2]));
                draft.msg.add(m[5] ?? '');
                return;
            }
            const g = text.startsWith('error TS') ? GLOBAL.exec(text) : null;
            if (g) {
                commit();
                infraReason ??= `tsc: ${g[2]}`;
                draft = new summary_sink/* Draft */.KO(g[1] ?? 'error', g[1] ?? 'error', { error: true });
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


const PROBLEM = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.+?)(?:\s{2,}(\S+))?\s*$/;
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
            const p = text.charCodeAt(0) === 32 && (text.includes('  error  ') || text.includes('  warning  ')) ? PROBLEM.exec(text) : null;
            if (p) {
                sawResults = true;
                if (p[3] !== 'error')
                    return;
                counted += 1;
                const rule = p[5] ?? 'eslint';
                const d = new summary_sink/* Draft */.KO(rule, `${file ?? ''}:${p[1]}:${p[2]} ${rule}`, { file });
                d.at(file, Number(p[1]));
                d.msg.add(p[4] ?? '');
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
                file = (0,summary_location/* tidyPath */._L)(text.trim());
        },
        finish() {
            return { passed: null, failed: errors ?? counted, sawResults, infraReason: undefined };
        },
    };
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
    { parser: jestParser, lines: [/^(?:PASS|FAIL) \S+\.[cm]?[jt]sx?\b/, /^Test Suites: \d+ /, /^Tests: {7}\d+ /] },
    { parser: pytestParser, lines: [/^={5,} test session starts ={5,}$/, /^={5,} (?:FAILURES|ERRORS|short test summary info) ={5,}$/, /^collected \d+ items?\b/, /^(?:FAILED|PASSED|ERROR) \S+\.py::/] },
    { parser: nodeTapParser, lines: [/^TAP version 1[34]$/, /^# Subtest: /] },
    { parser: nodeSpecParser, lines: [/^ℹ (?:tests|pass|fail) \d+$/, /^ *[✔✖] .+ \(\d+\.\d+ms\)$/, /^▶ \S/] },
    { parser: mochaParser, lines: [/^ {2}\d+ passing \(\d+m?s\)$/, /^ {2}\d+ failing$/] },
    {
        parser: goTestParser,
        lines: [/^=== RUN {3}\S/, /^ *--- (?:FAIL|PASS): \S+ \(\d/, /^(?:ok|FAIL) *\t\S+\t(?:[\d.]+s|\(cached\))/, /^FAIL\t\S+ \[(?:build|setup) failed\]$/, /^# \S+ \[\S+\.test\]$/],
    },
    { parser: cargoTestParser, lines: [/^running \d+ tests?$/, /^test result: (?:ok|FAILED)\. /, /^ {3}Compiling \S+ v\d/, /^error: could not compile `/] },
    { parser: tscParser, lines: [/^\S.*\(\d+,\d+\): error TS\d+: /, /^\S.*:\d+:\d+ - error TS\d+: /, /^Found \d+ errors? in /, /^error TS\d+: /] },
    { parser: eslintParser, lines: [/^✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/, /^ {2}\d+:\d+ {1,}(?:error|warning) {2}/] },
];
// a cheap pre-check: most lines of a long log match none of the signatures
const MAYBE = /RUN|✓|❯|×|⎯|FAIL|PASS|Test|={5}|collected|TAP|Subtest|ℹ|✔|✖|▶|passing|failing|---|ok|running|test result|Compiling|error|Found|\d:\d/;
/** The parser for the runner that printed this line, if the line is one of a runner's signatures. */
function detectRunner(line) {
    if (!MAYBE.test(line))
        return undefined;
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
const TAIL_LINES = 40;
/**
 * What the log shows besides test results, kept small: the first error-looking lines, a
 * "command not found" message, and the last lines (for infra errors, where no parser applies).
 */
class Evidence {
    keyLines = [];
    notFound;
    tail = new Array(TAIL_LINES);
    seen = 0;
    see(line) {
        // sliced lines keep their chunk alive; at most TAIL_LINES × MAX_LINE chars, so at most two chunks
        this.tail[this.seen % TAIL_LINES] = line;
        this.seen += 1;
        if (!line)
            return;
        if (this.keyLines.length < MAX_KEY_LINES && ERRORISH.test(line))
            this.keyLines.push((0,summary_sink/* clip */.$Q)(line.trim(), 240));
        if (this.notFound === undefined && line.endsWith('not found')) {
            const m = NOT_FOUND.exec(line.trim());
            if (m)
                this.notFound = (0,lines/* detach */.Yo)(m[1] ?? '');
        }
    }
    /** The last `n` non-blank lines of the log. */
    lastLines(n) {
        const out = [];
        const count = Math.min(this.seen, TAIL_LINES);
        for (let i = 1; i <= count && out.length < n; i += 1) {
            const l = this.tail[(this.seen - i) % TAIL_LINES] ?? '';
            // frames inside the runtime or dependencies say little and crowd out the error
            if (l.trim() && !/^\s*at .*(?:node:internal|node_modules|\(node:)/.test(l))
                out.unshift((0,summary_sink/* clip */.$Q)(l.trimEnd(), 240));
        }
        return out;
    }
    get lineCount() {
        return this.seen;
    }
}

// EXTERNAL MODULE: ./src/profiles/summary/junit.ts
var summary_junit = __webpack_require__(39385);
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
        const block = [`${i + 1}) ${f.full_name || f.name}${where(f)}${times(f.times)}`, ...f.message.split('\n').map((l) => `   ${l}`)].join('\n');
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

;// CONCATENATED MODULE: ./src/profiles/summary/summarizer.ts








/** Lines held back until a runner is recognised, then replayed to its parser. */
const HOLD_LINES = 2000;
const HOLD_CHARS = 512 * 1024;
/**
 * A streaming failure summariser: feed it the command's output in chunks of any size; memory stays
 * bounded whatever the log size (one parser's small state, a few kept lines, N failures in detail).
 */
function createSummarizer(options = {}) {
    const sink = new summary_sink/* FailureSink */.ih(options.limits);
    const evidence = new Evidence();
    let parser;
    let held = [];
    let heldChars = 0;
    let ended;
    const onLine = (raw) => {
        const line = (0,lines/* cleanLine */.Ow)(raw);
        evidence.see(line);
        if (parser) {
            parser.line(line);
            return;
        }
        const factory = detectRunner(line);
        if (!factory) {
            const kept = (0,lines/* detach */.Yo)(line);
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
        for (const h of held)
            parser.line(h);
        held = [];
        heldChars = 0;
        parser.line(line);
    };
    const splitter = new lines/* LineSplitter */.g3(onLine);
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
            const outcome = parser?.finish() ?? { passed: null, failed: null, sawResults: false };
            ended = conclude(options, parser?.runner ?? 'unknown', outcome, sink, evidence);
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
/** Summarises a log file by streaming it: a log of any size is read in 1 MB chunks. */
async function summarizeFile(path, options = {}) {
    const s = createSummarizer(options);
    const stream = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1024 * 1024 });
    for await (const chunk of stream)
        s.write(chunk);
    return s.end();
}
function conclude(options, textRunner, outcome, textSink, evidence) {
    const notes = [];
    let junit;
    if (options.junitXml !== undefined) {
        try {
            const r = (0,summary_junit/* readJunit */.f)(options.junitXml, options.limits);
            if (r.tests > 0)
                junit = r;
            else
                notes.push('(JUnit report holds no testcase; summarised from the log text)');
        }
        catch (error) {
            notes.push(`(JUnit report unreadable: ${error instanceof Error ? error.message : String(error)}; summarised from the log text)`);
        }
    }
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






/***/ }),

/***/ 39385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ readJunit),
/* harmony export */   w: () => (/* binding */ MAX_JUNIT_BYTES)
/* harmony export */ });
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69658);
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75824);
/* harmony import */ var _sink_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39674);
/* harmony import */ var _location_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61886);



/** JUnit files above this size are not read whole; the text of the log is used instead. */
const MAX_JUNIT_BYTES = 64 * 1024 * 1024;
const parser = new fast_xml_parser__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A({
    ignoreAttributes: false,
    // attributes apart from children: node's reporter has both a `failure` attribute and a <failure> element
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    processEntities: true,
    isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
});
function asNodes(v) {
    const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
    // an element with text and no attributes comes back as a bare string
    return list.flatMap((x) => (typeof x === 'string' ? [{ '#text': x }] : typeof x === 'object' && x !== null ? [x] : []));
}
function str(v) {
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}
function textOf(n) {
    return str(n['#text']);
}
/**
 * Reads a JUnit XML report (vitest, jest-junit, pytest, mocha xunit, node --test junit, …):
 * every testcase, its failure/error with file and line from attributes or the stack.
 * Throws on XML that does not parse; returns tests = 0 when the report holds no testcase.
 */
function readJunit(xml, limits) {
    if (xml.length > MAX_JUNIT_BYTES)
        throw new Error(`JUnit report is larger than ${MAX_JUNIT_BYTES / 1024 / 1024} MB`);
    const valid = fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__/* .XMLValidator */ .iI.validate(xml);
    if (valid !== true)
        throw new Error(`JUnit report is not valid XML (line ${valid.err.line}: ${valid.err.msg})`);
    const doc = parser.parse(xml);
    const out = { tests: 0, passed: 0, failed: 0, skipped: 0, sink: new _sink_js__WEBPACK_IMPORTED_MODULE_0__/* .FailureSink */ .ih(limits) };
    const roots = [...asNodes(doc['testsuites']), ...asNodes(doc['testsuite']).map((s) => ({ testsuite: [s] }))];
    for (const root of roots) {
        for (const suite of asNodes(root['testsuite']))
            walkSuite(suite, out, str(suite['@_file']), str(suite['@_name']));
    }
    return out;
}
// suite names that say nothing about the test (the reporter's own name)
const GENERIC_SUITES = /^(pytest|Mocha Tests|jest tests|vitest tests|root|)$/;
function walkSuite(suite, out, suiteFile, suiteName) {
    for (const tc of asNodes(suite['testcase']))
        readCase(tc, out, suiteFile, suiteName);
    for (const nested of asNodes(suite['testsuite'])) {
        const name = str(nested['@_name']);
        const path = GENERIC_SUITES.test(suiteName) ? name : `${suiteName} > ${name}`;
        walkSuite(nested, out, str(nested['@_file']) || suiteFile, path);
    }
}
function readCase(tc, out, suiteFile, suiteName) {
    out.tests += 1;
    const problems = [...asNodes(tc['failure']), ...asNodes(tc['error'])];
    if (problems.length === 0) {
        if (tc['skipped'] !== undefined)
            out.skipped += 1;
        else
            out.passed += 1;
        return;
    }
    out.failed += 1;
    const name = str(tc['@_name']) || 'unnamed test';
    let classname = str(tc['@_classname']);
    if ((!classname || classname === 'test') && !GENERIC_SUITES.test(suiteName))
        classname = suiteName;
    const fullName = !classname || name.startsWith(classname) || classname.endsWith(name) ? name : `${classname} > ${name}`;
    const problem = problems[0] ?? {};
    const body = textOf(problem);
    const fileAttr = str(tc['@_file']) || suiteFile || (/\.\w{1,5}$/.test(classname) && classname.includes('/') ? classname : '');
    const draft = new _sink_js__WEBPACK_IMPORTED_MODULE_0__/* .Draft */ .KO(name, fullName, { file: fileAttr ? (0,_location_js__WEBPACK_IMPORTED_MODULE_3__/* .tidyPath */ ._L)(fileAttr) : undefined });
    const lineAttr = Number(str(tc['@_line']));
    if (Number.isFinite(lineAttr) && lineAttr > 0)
        draft.at(draft.file, lineAttr);
    else {
        // pytest names the crash line last (`tests/x.py:10: Error`); stacks name it first
        const pyLines = [...body.matchAll(/^(\S+\.py):(\d+): /gm)];
        const py = pyLines[pyLines.length - 1];
        if (py)
            draft.at((0,_location_js__WEBPACK_IMPORTED_MODULE_3__/* .tidyPath */ ._L)(py[1] ?? ''), Number(py[2]));
        else {
            const loc = (0,_location_js__WEBPACK_IMPORTED_MODULE_3__/* .firstLocation */ .ib)(body, draft.file);
            if (loc && (!draft.file || (0,_location_js__WEBPACK_IMPORTED_MODULE_3__/* .sameFile */ .Vi)(loc.file, draft.file)))
                draft.at(loc.file, loc.line);
            else if (loc && !draft.file)
                draft.at(loc.file, loc.line);
        }
    }
    const message = str(problem['@_message']);
    if (message)
        for (const l of message.split('\n'))
            draft.msg.add(l);
    if (draft.msg.length === 0) {
        for (const l of body.split('\n')) {
            if (/^\s*at\s|^\s*❯|^\s*\d+\s*\|/.test(l))
                break;
            draft.msg.add(l);
            if (draft.msg.length >= 4)
                break;
        }
    }
    draft.commit(out.sink);
}


/***/ }),

/***/ 68674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ow: () => (/* binding */ cleanLine),
/* harmony export */   Yo: () => (/* binding */ detach),
/* harmony export */   g3: () => (/* binding */ LineSplitter),
/* harmony export */   kU: () => (/* binding */ stripControl)
/* harmony export */ });
/* unused harmony exports MAX_LINE, stripAnsi, TailWindow */
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);

/** Longest line handed to a parser; the rest of an over-long line (minified code, base64 dumps) is dropped. */
const MAX_LINE = 4096;
// CSI (colours, cursor moves), OSC (hyperlinks, titles) and lone two-byte escapes.
const ANSI = /\x1b\[[0-9;?<=>!]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]/g;
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;
/** Removes colour codes and other terminal control sequences. */
function stripAnsi(text) {
    return text.includes('\x1b') ? text.replace(ANSI, '') : text;
}
/**
 * Turns one raw log line into what a reader of the terminal saw: no colour codes, only the text
 * after the last carriage return (progress bars), no CI timestamp prefix, no control characters.
 */
function cleanLine(raw) {
    let line = raw;
    if (line.length > MAX_LINE)
        line = line.slice(0, MAX_LINE);
    if (line.endsWith('\r'))
        line = line.slice(0, -1);
    if (line.includes('\x1b'))
        line = line.replace(ANSI, '');
    const cr = line.lastIndexOf('\r');
    if (cr >= 0)
        line = line.slice(cr + 1);
    // GitHub Actions log downloads prefix each line with an ISO timestamp; GitLab job logs with
    // timestamps add a stream marker after it (`00O `, `01E+ `)
    if (line.length > 20 && line.charCodeAt(4) === 45 && line.charCodeAt(10) === 84 && /^\d{4}-\d\d-\d\dT[\d:.]+Z /.test(line)) {
        line = line.slice(line.indexOf('Z ') + 2).replace(/^[0-9a-f]{2}[OE]\+? ?/, '');
    }
    return line;
}
/** Removes control characters (other than tab and newline) from text that is kept for the summary. */
function stripControl(text) {
    return text.replace(CONTROL, '');
}
/** A copy that does not keep the (possibly megabytes long) chunk it was sliced from alive. */
function detach(text) {
    return text.length < 16 ? text : (' ' + text).slice(1);
}
/**
 * Splits a stream of chunks into lines with bounded memory: a line longer than MAX_LINE is cut and
 * the rest of it skipped, so a log without newlines cannot grow the pending buffer.
 */
class LineSplitter {
    onLine;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
    pending = '';
    skipping = false;
    constructor(onLine) {
        this.onLine = onLine;
    }
    write(chunk) {
        const text = typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
        if (text.length === 0)
            return;
        let start = 0;
        let buffer = text;
        if (this.pending) {
            buffer = this.pending + text;
            this.pending = '';
        }
        for (;;) {
            const nl = buffer.indexOf('\n', start);
            if (nl < 0)
                break;
            if (this.skipping)
                this.skipping = false;
            else
                this.onLine(buffer.slice(start, nl));
            start = nl + 1;
        }
        if (start < buffer.length && !this.skipping) {
            const rest = buffer.slice(start);
            if (rest.length > MAX_LINE) {
                this.onLine(rest.slice(0, MAX_LINE));
                this.skipping = true;
            }
            else {
                this.pending = detach(rest);
            }
        }
    }
    end() {
        const rest = this.pending + this.decoder.end();
        this.pending = '';
        if (rest && !this.skipping)
            this.onLine(rest.slice(0, MAX_LINE));
        this.skipping = false;
    }
}
/** Keeps the last `max` characters of a stream, amortised so tiny chunks do not copy the window each time. */
class TailWindow {
    max;
    parts = [];
    size = 0;
    constructor(max = 16_384) {
        this.max = max;
    }
    push(text) {
        this.parts.push(text);
        this.size += text.length;
        if (this.size > this.max * 2)
            this.compact();
    }
    text() {
        this.compact();
        return this.parts[0] ?? '';
    }
    compact() {
        const joined = this.parts.join('');
        const kept = joined.length > this.max ? detach(joined.slice(joined.length - this.max)) : joined;
        this.parts = [kept];
        this.size = kept.length;
    }
}


/***/ }),

/***/ 61886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ isUserFile),
/* harmony export */   NA: () => (/* binding */ isJsFrameLine),
/* harmony export */   Vi: () => (/* binding */ sameFile),
/* harmony export */   _L: () => (/* binding */ tidyPath),
/* harmony export */   ib: () => (/* binding */ firstLocation),
/* harmony export */   x3: () => (/* binding */ jsFrame)
/* harmony export */ });
/* unused harmony export plainLocation */
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


/***/ }),

/***/ 39674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   KO: () => (/* binding */ Draft),
/* harmony export */   ih: () => (/* binding */ FailureSink)
/* harmony export */ });
/* unused harmony exports MAX_NAME, MAX_MESSAGE_LINE, MAX_MESSAGE_LINES, MAX_MESSAGE, MessageLines */
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68674);

const MAX_NAME = 200;
const MAX_MESSAGE_LINE = 240;
const MAX_MESSAGE_LINES = 6;
const MAX_MESSAGE = 800;
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
    constructor(limits = {}) {
        this.limits = { ...DEFAULT_LIMITS, ...limits };
    }
    get count() {
        return this.tests + this.errors;
    }
    /** Records a failure; returns the stored object (so a parser can fill it in later) or undefined when only named/counted. */
    add(failure) {
        if (failure.error)
            this.errors += 1;
        else
            this.tests += 1;
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
            this.byKey.set(key, clean);
            this.represented += 1;
            return clean;
        }
        const name = clean.full_name || clean.name;
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
        return undefined;
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
    const t = (0,_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .stripControl */ .kU)(text.length > max ? `${text.slice(0, max - 1)}…` : text);
    return t.length > max ? `${t.slice(0, max - 1)}…` : (0,_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .detach */ .Yo)(t);
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
    /** Adds a line (trimmed; blank lines ignored); returns false once full. */
    add(line) {
        if (this.lines.length >= this.maxLines || this.size >= MAX_MESSAGE)
            return false;
        const t = line.trim();
        if (!t)
            return true;
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
    commit(sink) {
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


/***/ })

};
