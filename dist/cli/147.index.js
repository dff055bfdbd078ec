export const id = 147;
export const ids = [147];
export const modules = {

/***/ 33147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SUMMARIZE_USAGE: () => (/* binding */ SUMMARIZE_USAGE),
/* harmony export */   summarizeCommand: () => (/* binding */ summarizeCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _profiles_junit_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62348);
/* harmony import */ var _profiles_summary_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80058);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70017);
/**
 * `droid-ci summarize <log> [--junit <file|folder|glob>] [--exit-code <n>] [--json]`: the failure summary of a test
 * log (PRODUCT.md §3, §6). The log is streamed, so a log of any size can be summarised in little memory.
 * Exit codes: 0 summarised (whatever the tests did), 2 usage error or unreadable input.
 */






const SUMMARIZE_USAGE = `usage: droid-ci summarize <log> [--junit <file|folder|glob>] [--exit-code <n>] [--json]
  <log>            the test command's output (use - for standard input)
  --junit PATH     JUnit XML report(s) of the same run: a file, a folder of .xml files or a quoted glob
                   ("build/test-results/**/*.xml"); their testcases take precedence over the log text
  --exit-code N    the command's exit code (127 = command not found; non-zero without results = crash)
  --json           print {kind, runner, failed, passed, failures, text} as JSON
exit codes: 0 summarised (the kind says what the tests did), 2 usage error or unreadable input`;
function parse(argv) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args: argv,
            options: {
                junit: { type: 'string' },
                'exit-code': { type: 'string' },
                json: { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false },
            },
            strict: true,
            allowPositionals: true,
        });
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DroidError */ .TF('usage', error.message, { hint: SUMMARIZE_USAGE });
    }
    const { values, positionals } = parsed;
    const help = values.help ?? false;
    if (help)
        return { log: '', junit: undefined, exitCode: undefined, json: false, help };
    if (positionals.length !== 1) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DroidError */ .TF('usage', positionals.length === 0 ? 'missing the log file to summarise' : `expected one log file, got ${positionals.length}`, { hint: SUMMARIZE_USAGE });
    }
    let exitCode;
    const raw = values['exit-code'];
    if (raw !== undefined) {
        if (!/^-?\d{1,3}$/.test(raw.trim()))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DroidError */ .TF('usage', `--exit-code must be a whole number, got "${raw}"`, { hint: SUMMARIZE_USAGE });
        exitCode = Number(raw);
    }
    return { log: positionals[0] ?? '', junit: values.junit, exitCode, json: values.json ?? false, help };
}
async function readable(path, what) {
    try {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        if (!s.isFile())
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DroidError */ .TF('usage', `${what} ${path} is not a file`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK);
    }
    catch (error) {
        if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DroidError */ .TF)
            throw error;
        const code = error.code;
        const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? String(error)})`;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DroidError */ .TF('usage', `${what} ${path} ${why}`, { hint: 'give the path of a file holding the test output' });
    }
}
/** The reports `--junit` names (a file, a folder or a glob), read as one stream. */
async function readReports(spec) {
    const { files, skipped } = await (0,_profiles_junit_files_js__WEBPACK_IMPORTED_MODULE_3__/* .junitFiles */ .GJ)(process.cwd(), spec);
    if (files.length === 0) {
        if (!(0,_profiles_junit_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isGlob */ .fg)(spec))
            await readable(spec, 'JUnit report');
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DroidError */ .TF('usage', `--junit ${spec} matches no file`, { hint: 'give a JUnit XML file, a folder holding .xml reports, or a glob such as "target/surefire-reports/*.xml" (quote it)' });
    }
    let bytes = 0;
    for (const file of files) {
        await readable(file, 'JUnit report');
        bytes += (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file)).size;
    }
    if (skipped > 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DroidError */ .TF('usage', `--junit ${spec} matches more than ${files.length} files`, { hint: 'name a narrower folder or glob' });
    const report = await (0,_profiles_summary_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readJunitReports */ .cy)(files, bytes);
    if ('tooLarge' in report) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DroidError */ .TF('usage', `JUnit reports under ${spec} hold ${Math.round(bytes / 1024 / 1024)} MB, over the ${_profiles_summary_index_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_JUNIT_BYTES */ .w_ / 1024 / 1024} MB this reads`, {
            hint: 'summarise the log text without --junit, or name fewer reports',
        });
    }
    return report;
}
async function summarizeCommand(argv, io) {
    try {
        const args = parse(argv);
        if (args.help) {
            io.stdout(SUMMARIZE_USAGE);
            return 0;
        }
        const logPath = args.log === '-' ? '/dev/stdin' : args.log;
        if (args.log !== '-')
            await readable(logPath, 'log');
        const junit = args.junit === undefined ? undefined : await readReports(args.junit);
        const summary = await (0,_profiles_summary_index_js__WEBPACK_IMPORTED_MODULE_4__/* .summarizeFile */ .w1)(logPath, { exitCode: args.exitCode ?? null, junit });
        if (args.json) {
            const { kind, runner, failed, passed, failures, text } = summary;
            io.stdout(JSON.stringify({ kind, runner, failed, passed, failures: failures.map((f) => ({ name: f.name, full_name: f.full_name, file: f.file ?? null, line: f.line ?? null, message: f.message })), text }, null, 2));
        }
        else {
            io.stdout(summary.text);
        }
        return 0;
    }
    catch (error) {
        io.stderr(`droid-ci summarize: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(error)}`);
        return error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DroidError */ .TF ? (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .exitCodeFor */ .Rr)(error) : 2;
    }
}


/***/ })

};
