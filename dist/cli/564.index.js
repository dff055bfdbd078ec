export const id = 564;
export const ids = [564];
export const modules = {

/***/ 44564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   testCommand: () => (/* binding */ testCommand)
/* harmony export */ });
/* unused harmony exports TEST_USAGE, parseTestArgs, testRedactor, renderResults */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47612);
/* harmony import */ var _profiles_affected_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9740);
/* harmony import */ var _profiles_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88500);
/* harmony import */ var _sandbox_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92852);
/* harmony import */ var _profiles_types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9927);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70017);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37895);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(50767);
/* harmony import */ var _profiles_env_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(34945);
/**
 * `droid-ci test [--config <file>] [--profile NAME]... [--affected <git-rev>] [--json]`
 * Runs the repo's test profiles as the droid would (PRODUCT.md §3, §6) and prints a table, or JSON.
 * Exit codes: 0 all pass, 1 a profile failed, 2 usage or config error.
 */










const TEST_USAGE = `usage: droid-ci test [--config <file>] [--profile NAME]... [--affected <git-rev>] [--concurrency N] [--json]
  --config FILE      the config file (default .droid.yml at the repo root)
  --profile NAME     run only this profile (repeatable)
  --affected REV     run only the profiles affected by changes since REV (committed, staged, unstaged, untracked)
  --concurrency N    profiles run at the same time (default: tests_concurrency, else the number of CPUs)
  --json             print the results as JSON on stdout`;
/** Output kept per profile in --json (the end of the output, where the failures are). */
const JSON_OUTPUT_CHARS = 4000;
function parseTestArgs(argv) {
    const args = { profiles: [], json: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
        const flag = eq > 0 ? arg.slice(0, eq) : arg;
        const value = () => {
            const v = eq > 0 ? arg.slice(eq + 1) : argv[++i];
            if (v === undefined || v === '')
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DroidError */ .TF('usage', `${flag} needs a value`, { hint: TEST_USAGE });
            return v;
        };
        switch (flag) {
            case '--config':
            case '-c':
                args.config = value();
                break;
            case '--profile':
            case '-p':
                args.profiles.push(value());
                break;
            case '--affected':
                args.affected = (0,_profiles_affected_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRevision */ .G7)(value());
                break;
            case '--concurrency': {
                const n = Number(value());
                if (!Number.isInteger(n) || n < 1 || n > 64)
                    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DroidError */ .TF('usage', '--concurrency must be a whole number from 1 to 64');
                args.concurrency = n;
                break;
            }
            case '--json':
                args.json = true;
                break;
            case '--help':
            case '-h':
                args.help = true;
                break;
            default:
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DroidError */ .TF('usage', `unknown argument ${JSON.stringify(arg)} for droid-ci test`, { hint: TEST_USAGE });
        }
    }
    return args;
}
async function repoRootOf(cwd) {
    const result = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .runProcess */ .R3)('git', ['rev-parse', '--show-toplevel'], { cwd, env: process.env, timeoutMs: 30_000 });
    const root = result.output.trim();
    return result.exitCode === 0 && root !== '' && !root.includes('\n') ? root : cwd;
}
function selectByName(all, names) {
    if (names.length === 0)
        return [...all];
    const known = all.map((p) => p.name);
    const unknown = names.filter((n) => !known.includes(n));
    if (unknown.length > 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DroidError */ .TF('usage', `unknown profile ${unknown.map((n) => JSON.stringify(n)).join(', ')}`, {
            hint: `known profiles: ${known.join(', ')}`,
        });
    }
    return all.filter((p) => names.includes(p.name));
}
/** Workflow command files: their values are paths, not credentials (they are still kept from the tests). */
const FILE_COMMAND_NAMES = new Set(['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'SSH_AUTH_SOCK']);
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|PRIVATE_KEY|CREDENTIAL|(^|_)(KEY|JWT|AUTH)(_|$)/i;
/**
 * Every secret this process knows from its environment (forge tokens, model keys, the App key, the
 * variables named by `engine.api_key_env`): a test may still print one (read from a file, from
 * /proc, or pasted in a fixture), so whatever `droid-ci test` prints goes through this redactor.
 */
function testRedactor(env, dropNames) {
    const redactor = new _util_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .Redactor */ .pO();
    for (const [name, value] of Object.entries(env)) {
        if (!value || FILE_COMMAND_NAMES.has(name.toUpperCase()))
            continue;
        const reason = (0,_profiles_env_js__WEBPACK_IMPORTED_MODULE_7__/* .secretReason */ .rz)(name, value, { dropNames });
        if (reason === undefined)
            continue;
        // DROID_*, INPUT_* and ACTIONS_* are dropped by prefix: only the secret ones among them are masked
        if (reason.endsWith('*') && !SECRET_NAME.test(name))
            continue;
        redactor.add(value);
    }
    return redactor;
}
function stderrLogger(io, redactor) {
    const line = (text) => {
        io.stderr.write(`${redactor.redact(text)}\n`);
    };
    return {
        debug: () => { },
        info: line,
        warn: (m) => line(`warning: ${m}`),
        error: (m) => line(`error: ${m}`),
        group: (title) => {
            line(`── ${title}`);
            return () => { };
        },
    };
}
async function testCommand(argv, io, cwd = process.cwd(), signal) {
    // without a caller's signal, Ctrl-C and SIGTERM still kill the profiles' process trees
    const own = signal ? undefined : new AbortController();
    const onSignal = () => own?.abort();
    if (own) {
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
    }
    // the CLI's process.env is the one the tests could reach (and print): mask its secrets everywhere
    const redactor = testRedactor(process.env, []);
    const out = {
        stdout: { write: (text) => io.stdout.write(redactor.redact(text)) },
        stderr: { write: (text) => io.stderr.write(redactor.redact(text)) },
    };
    try {
        return await runTests(argv, out, cwd, signal ?? own?.signal, redactor);
    }
    catch (error) {
        out.stderr.write(`droid-ci test: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(error)}\n`);
        return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .exitCodeFor */ .Rr)(error);
    }
    finally {
        if (own) {
            process.removeListener('SIGINT', onSignal);
            process.removeListener('SIGTERM', onSignal);
        }
    }
}
async function runTests(argv, io, cwd, signal, redactor) {
    const args = parseTestArgs(argv);
    if (args.help) {
        io.stdout.write(`${TEST_USAGE}\n`);
        return 0;
    }
    const repoRoot = await repoRootOf(cwd);
    const loaded = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .readConfigFile */ .RG)(repoRoot, args.config);
    if (!loaded.found) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DroidError */ .TF('config', `no config file at ${loaded.path}`, { hint: 'run `droid-ci init` to write a starter .droid.yml, or pass --config' });
    }
    const all = loaded.config.tests;
    if (all.length === 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DroidError */ .TF('config', `${loaded.file} has no test profiles`, { hint: 'add a `tests:` list with at least one profile (name, path, command)' });
    }
    let selected = selectByName(all, args.profiles);
    let changed;
    if (args.affected !== undefined) {
        changed = await (0,_profiles_affected_js__WEBPACK_IMPORTED_MODULE_2__/* .changedFilesSince */ .OM)(repoRoot, args.affected);
        selected = (0,_profiles_affected_js__WEBPACK_IMPORTED_MODULE_2__/* .affectedProfiles */ .hV)(selected, changed);
    }
    const apiKeyEnv = loaded.config.engine.api_key_env;
    const keyValue = apiKeyEnv ? process.env[apiKeyEnv] : undefined;
    if (keyValue)
        redactor.add(keyValue);
    const log = stderrLogger(io, redactor);
    if (selected.length === 0) {
        log.info(`no profile is affected by the ${changed?.length ?? 0} file(s) changed since ${args.affected ?? ''}`);
    }
    // the profiles run as the sandbox account, like in a run (PRODUCT.md §10); `user` that cannot be set up stops here
    const sandbox = await (0,_sandbox_index_js__WEBPACK_IMPORTED_MODULE_4__/* .openSandbox */ .Ep)({ mode: loaded.config.sandbox.mode, user: loaded.config.sandbox.user, workdir: repoRoot, env: process.env, log });
    if (sandbox.warning)
        log.warn(sandbox.warning);
    let results;
    try {
        results = await (0,_profiles_run_js__WEBPACK_IMPORTED_MODULE_3__/* .runProfiles */ .Ub)(selected, {
            repoRoot,
            env: process.env,
            concurrency: args.concurrency ?? loaded.config.tests_concurrency,
            signal,
            log,
            scrub: { dropNames: apiKeyEnv ? [apiKeyEnv] : [] },
            sandbox,
        });
    }
    finally {
        await sandbox.close();
    }
    const passed = results.every(_profiles_types_js__WEBPACK_IMPORTED_MODULE_9__/* .profilePassed */ .O);
    if (args.json) {
        const report = {
            profiles: results.map((r) => redactor.redactValue(shortenOutput(r))),
            passed,
            ...(args.affected !== undefined ? { affected: { base: args.affected, changedFiles: changed?.length ?? 0, skipped: all.filter((p) => !selected.includes(p)).map((p) => p.name) } } : {}),
        };
        io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    }
    else if (process.env.GITHUB_ACTIONS === 'true') {
        // test output must not be able to issue workflow commands (PRODUCT.md §8)
        const token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
        io.stdout.write(`::stop-commands::${token}\n${renderResults(results)}::${token}::\n`);
    }
    else {
        io.stdout.write(renderResults(results));
    }
    return passed ? 0 : 1;
}
function shortenOutput(result) {
    const { output } = result;
    return output.length <= JSON_OUTPUT_CHARS ? result : { ...result, output: `…${output.slice(-JSON_OUTPUT_CHARS)}` };
}
function resultWord(result) {
    if ((0,_profiles_types_js__WEBPACK_IMPORTED_MODULE_9__/* .profilePassed */ .O)(result))
        return 'pass';
    if (result.timedOut)
        return 'timed out';
    return result.summary.kind === 'infra-error' ? 'error' : 'fail';
}
/** The table (profile, result, passed/failed, duration) and each failing profile's summary. */
function renderResults(results) {
    if (results.length === 0)
        return 'No profile to run.\n';
    const rows = [
        ['profile', 'result', 'passed/failed', 'duration'],
        ...results.map((r) => [r.name, resultWord(r), `${r.summary.passed}/${r.summary.failed}`, `${(r.durationMs / 1000).toFixed(1)} s`]),
    ];
    const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
    const lines = rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd());
    lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
    let text = `${lines.join('\n')}\n`;
    for (const r of results.filter((x) => !(0,_profiles_types_js__WEBPACK_IMPORTED_MODULE_9__/* .profilePassed */ .O)(x))) {
        text += `\n── ${r.name} (${r.command}, in ${r.path}) ──\n${r.summary.text.trimEnd()}\n`;
    }
    const failing = results.filter((x) => !(0,_profiles_types_js__WEBPACK_IMPORTED_MODULE_9__/* .profilePassed */ .O)(x)).length;
    text += failing === 0 ? `\nAll ${results.length} profile(s) pass.\n` : `\n${failing} of ${results.length} profile(s) failing.\n`;
    return text;
}


/***/ }),

/***/ 9740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ checkRevision),
/* harmony export */   OM: () => (/* binding */ changedFilesSince),
/* harmony export */   hV: () => (/* binding */ affectedProfiles)
/* harmony export */ });
/* unused harmony export normalizeRepoPath */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47914);
/**
 * Affected selection (PRODUCT.md §3): which profiles a set of changed files concerns. A profile is
 * affected when a changed file lies under its `path` (`.` = the whole repo) or matches one of its
 * `watch` globs (from the repo root). `changedFilesSince` asks git what changed since a revision.
 */



/** `./a\\b/` -> `a/b`; the repo root is `.` */
function normalizeRepoPath(value) {
    const parts = value
        .replace(/\\/g, '/')
        .split('/')
        .filter((p) => p !== '' && p !== '.');
    return parts.length === 0 ? '.' : parts.join('/');
}
function isUnder(file, dir) {
    return dir === '.' || file === dir || file.startsWith(`${dir}/`);
}
/** The profiles (in config order) that at least one changed file concerns. */
function affectedProfiles(profiles, changedFiles) {
    const files = changedFiles.map(normalizeRepoPath).filter((f) => f !== '.');
    if (files.length === 0)
        return [];
    return profiles.filter((profile) => {
        const dir = normalizeRepoPath(profile.path);
        if (files.some((f) => isUnder(f, dir)))
            return true;
        const globs = profile.watch.map((g) => g.replace(/\\/g, '/').replace(/^(\.\/)+/, ''));
        if (globs.length === 0)
            return false;
        const matches = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(globs, { dot: true });
        return files.some((f) => matches(f));
    });
}
/** A revision given on the command line: a ref, a SHA, `HEAD~2`… never an option, a range or a path. */
function checkRevision(rev) {
    const problem = rev.length === 0
        ? 'is empty'
        : rev.startsWith('-')
            ? 'starts with "-" (it would be read as an option)'
            : /[\s\0-\x1f\x7f]/.test(rev)
                ? 'contains whitespace or control characters'
                : rev.includes('..')
                    ? 'is a range; give a single revision (the base)'
                    : rev.includes(':')
                        ? 'contains ":"'
                        : rev.length > 256
                            ? 'is too long'
                            : undefined;
    if (problem) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `--affected revision ${JSON.stringify(rev.slice(0, 80))} ${problem}`, {
            hint: 'pass the base to compare with, e.g. --affected origin/main or --affected HEAD~1',
        });
    }
    return rev;
}
const MAX_LIST_BYTES = 32 * 1024 * 1024;
function gitAt(repoRoot) {
    return new _git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .Git */ .T({ cwd: repoRoot, timeoutMs: 120_000 });
}
/**
 * Files changed since `rev`: committed on this branch since it forked from `rev` (`rev...HEAD`),
 * staged, unstaged, and untracked (not ignored). Deletions and both sides of a rename count.
 * Through the droid's git wrapper: no filter, driver, hook or fsmonitor the work tree configured runs.
 */
async function changedFilesSince(repoRoot, rev) {
    checkRevision(rev);
    const git = gitAt(repoRoot);
    let sha;
    try {
        sha = await git.resolveCommit(rev);
    }
    catch (error) {
        if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF && /could not run git/.test(error.message)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `cannot run git: ${error.message}`, { hint: 'install git and run inside a git checkout' });
        }
        throw error;
    }
    if (!sha) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `--affected: ${JSON.stringify(rev)} is not a commit in ${repoRoot}`, {
            hint: 'fetch the base first (e.g. git fetch origin main) or pass a SHA',
        });
    }
    try {
        // one after another: `git diff HEAD` may refresh the index, and the others read it
        const committed = await git.diffNames([`${rev}...HEAD`], MAX_LIST_BYTES);
        const uncommitted = await git.diffNames(['HEAD'], MAX_LIST_BYTES);
        const untracked = await git.untrackedFiles(MAX_LIST_BYTES);
        return [...new Set([...committed, ...uncommitted, ...untracked])].sort();
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('work', `git could not list changed files: ${error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ }),

/***/ 73752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nw: () => (/* binding */ rerunFirstFrom),
/* harmony export */   w4: () => (/* binding */ rerunCommand)
/* harmony export */ });
/* unused harmony export shellQuote */
const MAX_NAMES = 50;
const MAX_NAME_LENGTH = 300;
/** `it's` -> `'it'\''s'`: safe for /bin/sh whatever the text. */
function shellQuote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
function rerunCommand(command, failing) {
    const names = [...new Set(failing)]
        .filter((n) => n.trim() !== '' && n.length <= MAX_NAME_LENGTH && !/[\0-\x1f\x7f]/.test(n))
        .slice(0, MAX_NAMES);
    if (names.length === 0)
        return undefined;
    // appending arguments is only meaningful for one simple command
    if (/[|;&<>`\n]|\$\(|\\$/.test(command))
        return undefined;
    const base = command.trim();
    if (/(^|\s)(python3? -m )?pytest(\s|$)/.test(base)) {
        const ids = names.filter((n) => n.includes('::'));
        if (ids.length === 0)
            return undefined;
        return { command: `${base} ${ids.map(shellQuote).join(' ')}`, count: ids.length };
    }
    if (/(^|\s|\/)(vitest|jest)(\s|$)/.test(base) && !/\s--\s/.test(base)) {
        const pattern = names.map(escapeRegex).join('|');
        return { command: `${base} -t ${shellQuote(pattern)}`, count: names.length };
    }
    if (/(^|\s)go test(\s|$)/.test(base) && !/\s-run[\s=]/.test(base)) {
        // `TestStrings/trim` or `example.com/calc.TestStrings/trim` -> `TestStrings`
        const tops = [...new Set(names.map((n) => /(?:^|[./])((?:Test|Example|Fuzz)[A-Za-z0-9_]*)/.exec(n)?.[1]).filter((n) => n !== undefined))];
        if (tops.length === 0)
            return undefined;
        return { command: `${base} -run ${shellQuote(`^(${tops.join('|')})$`)}`, count: tops.length };
    }
    return undefined;
}
/**
 * The `rerunFirst` map for the next round, from this round's results: per failing profile, each
 * failure's pytest node id (`tests/x.py::test_y`) or else its test name.
 */
function rerunFirstFrom(results) {
    const map = new Map();
    for (const r of results) {
        if (r.summary.kind !== 'test-failures' || r.summary.failures.length === 0)
            continue;
        map.set(r.name, r.summary.failures.map((f) => (f.full_name.includes('::') ? f.full_name : f.name)));
    }
    return map;
}


/***/ }),

/***/ 88500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ub: () => (/* binding */ runProfiles)
});

// UNUSED EXPORTS: defaultConcurrency, runProfile

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(37895);
// EXTERNAL MODULE: ./src/profiles/env.ts
var profiles_env = __webpack_require__(34945);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/profiles/junit-files.ts
var junit_files = __webpack_require__(62348);
// EXTERNAL MODULE: ./src/profiles/summary/index.ts + 48 modules
var profiles_summary = __webpack_require__(79625);
;// CONCATENATED MODULE: ./src/profiles/files.ts
/** The files a profile touches: its working directory and its JUnit reports, all kept inside the repo. */




function isInside(root, target) {
    const relative = external_node_path_default().relative(root, target);
    return relative === '' || (!relative.startsWith(`..${(external_node_path_default()).sep}`) && relative !== '..' && !external_node_path_default().isAbsolute(relative));
}
/** The profile's working directory: it must exist, be a directory and stay inside the repo (symlinks resolved). */
async function resolveProfileDir(repoRoot, relative) {
    let root;
    try {
        root = await (0,promises_.realpath)(repoRoot);
    }
    catch {
        return { problem: `the repository root ${repoRoot} does not exist` };
    }
    let target;
    try {
        target = await (0,promises_.realpath)(external_node_path_default().resolve(root, relative));
    }
    catch {
        return { problem: `directory ${relative} does not exist in the repository (check the profile's path)` };
    }
    if (!isInside(root, target))
        return { problem: `path ${relative} resolves outside the repository` };
    if (!(await (0,promises_.stat)(target)).isDirectory())
        return { problem: `path ${relative} is not a directory` };
    return target;
}
/**
 * The JUnit reports the command wrote during this run (a file, a folder or a glob: junit-files.ts),
 * read as a stream into one result; undefined when none is usable (absent, stale, outside the repo),
 * an Error when a report is there but unreadable (the summary says so and uses the text output).
 */
async function readJunit(repoRoot, dir, junit, started, log, name) {
    const root = await (0,promises_.realpath)(repoRoot);
    const { files, skipped } = await (0,junit_files/* junitFiles */.GJ)(dir, junit);
    if (skipped > 0)
        log.warn(`${name}: junit ${junit} matches more than ${junit_files/* MAX_JUNIT_FILES */.aH} files; ${skipped} not read`);
    const fresh = [];
    let stale = 0;
    let bytes = 0;
    for (const file of files) {
        const real = await (0,promises_.realpath)(file).catch(() => undefined);
        if (real === undefined)
            continue;
        if (!isInside(root, real)) {
            log.warn(`${name}: junit report ${external_node_path_default().relative(dir, file)} resolves outside the repository; ignored`);
            continue;
        }
        const info = await (0,promises_.stat)(real).catch(() => undefined);
        if (!info?.isFile())
            continue;
        // written before this run started: a stale report from an earlier run would mislead
        if (info.mtimeMs < started - 2000) {
            stale += 1;
            continue;
        }
        bytes += info.size;
        fresh.push(real);
    }
    if (stale > 0)
        log.warn(`${name}: ${stale} junit report(s) under ${junit} were not written by this run; ${fresh.length ? 'left out' : 'using the text output'}`);
    if (fresh.length === 0)
        return undefined;
    if (bytes > profiles_summary/* MAX_JUNIT_BYTES */.w_) {
        log.warn(`${name}: junit reports under ${junit} hold ${bytes} bytes (limit ${profiles_summary/* MAX_JUNIT_BYTES */.w_}); using the text output`);
        return undefined;
    }
    return (0,profiles_summary/* readJunitFiles */.e9)(fresh).catch((error) => (error instanceof Error ? error : new Error(String(error))));
}

;// CONCATENATED MODULE: ./src/profiles/feed.ts
/**
 * The summarizer's share of a profile's output. Parsing costs CPU per line, so a flood (hundreds of
 * MB) is summarised from its first bytes and its end only; memory stays bounded either way.
 */
const DEFAULT_SUMMARIZE_BYTES = 16 * 1024 * 1024;
const SUMMARY_TAIL_BYTES = 256 * 1024;
/** Feeds a summarizer the first `limit` bytes, keeps only the last bytes after that, and feeds those at the end. */
class CappedFeed {
    write;
    limit;
    fed = 0;
    skipped = 0;
    tail = [];
    tailBytes = 0;
    constructor(write, limit) {
        this.write = write;
        this.limit = limit;
    }
    push(chunk) {
        const room = this.limit - this.fed;
        if (room > 0) {
            const head = chunk.length <= room ? chunk : chunk.subarray(0, room);
            this.fed += head.length;
            this.write(head);
            if (head.length === chunk.length)
                return;
            chunk = chunk.subarray(head.length);
        }
        this.tail.push(Buffer.from(chunk));
        this.tailBytes += chunk.length;
        while (this.tail.length > 1 && this.tailBytes - this.tail[0].length >= SUMMARY_TAIL_BYTES) {
            const dropped = this.tail.shift();
            this.tailBytes -= dropped.length;
            this.skipped += dropped.length;
        }
    }
    finish() {
        if (this.tail.length === 0)
            return;
        if (this.skipped > 0)
            this.write(`\n… [${this.skipped} bytes of output not summarised] …\n`);
        for (const chunk of this.tail)
            this.write(chunk);
        this.tail = [];
    }
}

// EXTERNAL MODULE: ./src/profiles/rerun.ts
var profiles_rerun = __webpack_require__(73752);
// EXTERNAL MODULE: ./src/profiles/types.ts
var types = __webpack_require__(9927);
;// CONCATENATED MODULE: ./src/profiles/run.ts
/**
 * Runs test profiles (PRODUCT.md §3): each `command` through /bin/sh in its `path`, with a scrubbed
 * environment and `timeout_seconds` (the whole process tree is killed at the limit), independent
 * profiles in parallel up to a limit; output streams into the failure summarizer, a JUnit report
 * is read when the profile names one. Results come back in config order whatever the finish order.
 */








const TAIL_LINES = 30;
const TAIL_CHARS = 3000;
/** One profile per CPU the process may use (os.availableParallelism respects the affinity mask). */
function defaultConcurrency() {
    return Math.max(1, (0,external_node_os_.availableParallelism)());
}
async function runProfiles(profiles, options) {
    const limit = Math.max(1, Math.floor(options.concurrency ?? defaultConcurrency()));
    const results = new Array(profiles.length);
    let next = 0;
    const worker = async () => {
        while (next < profiles.length) {
            const index = next++;
            const profile = profiles[index];
            const result = options.signal?.aborted
                ? infraResult(profile, 'not run: the run was cancelled before this profile started')
                : await runProfile(profile, options);
            results[index] = result;
            options.onResult?.(result);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, profiles.length) }, worker));
    return results;
}
/** One profile: the failing tests of the last round first (when possible), then the full command. */
async function runProfile(profile, options) {
    const dir = await resolveProfileDir(options.repoRoot, profile.path);
    if (typeof dir !== 'string')
        return infraResult(profile, dir.problem);
    const env = (0,profiles_env/* scrubEnv */.LK)(options.env, profile.env, options.scrub);
    const rerun = (0,profiles_rerun/* rerunCommand */.w4)(profile.command, options.rerunFirst?.get(profile.name) ?? []);
    if (rerun) {
        options.log.info(`${profile.name}: re-running ${rerun.count} test(s) that failed last round`);
        const first = await execute(profile, rerun.command, dir, env, options);
        if (!(0,types/* profilePassed */.O)(first) && first.summary.kind === 'test-failures') {
            const note = `Re-ran only the ${rerun.count} test(s) that failed last round; they still fail (the full suite was not run).`;
            return { ...first, summary: { ...first.summary, text: `${note}\n${first.summary.text}` } };
        }
    }
    return execute(profile, profile.command, dir, env, options);
}
async function execute(profile, command, dir, env, options) {
    options.log.info(`▶ ${profile.name}: ${command} (in ${profile.path})`);
    const started = Date.now();
    // the summarizer reads these at end(): filled in once the process is done
    const facts = {};
    const summarizer = (0,profiles_summary/* createSummarizer */.ol)(facts);
    let summarizerBroken = false;
    const feed = new CappedFeed((chunk) => {
        if (summarizerBroken)
            return;
        try {
            summarizer.write(chunk);
        }
        catch (error) {
            summarizerBroken = true;
            options.log.warn(`${profile.name}: the failure summarizer failed (${String(error)}); using the raw output`);
        }
    }, options.summarizeBytes ?? DEFAULT_SUMMARIZE_BYTES);
    const [file, args] = (0,exec/* shellArgv */.$K)(command);
    const run = await (0,exec/* runProcess */.R3)(file, args, {
        cwd: dir,
        env,
        timeoutMs: profile.timeout_seconds * 1000,
        signal: options.signal,
        keepBytes: options.keepBytes,
        killGraceMs: options.killGraceMs,
        onOutput: (chunk) => feed.push(chunk),
        jail: options.sandbox?.jail(),
    });
    feed.finish();
    facts.exitCode = run.exitCode;
    facts.timedOut = run.timedOut || run.aborted;
    if (run.spawnError)
        facts.spawnError = run.spawnError;
    if (profile.junit && !run.spawnError && !run.timedOut && !run.aborted) {
        const report = await readJunit(options.repoRoot, dir, profile.junit, started, options.log, profile.name);
        if (report !== undefined)
            facts.junit = report;
    }
    let summary;
    try {
        summary = summarizerBroken ? fallbackSummary(run) : summarizer.end();
    }
    catch {
        summary = fallbackSummary(run);
    }
    const result = {
        name: profile.name,
        command,
        path: profile.path,
        exitCode: run.exitCode,
        signal: run.signal,
        timedOut: run.timedOut,
        durationMs: run.durationMs,
        output: run.output,
        summary: reconcile(summary, run, profile),
    };
    const counts = result.summary.kind === 'infra-error' ? 'infra error' : `${result.summary.passed} passed, ${result.summary.failed} failed`;
    options.log.info(`${(0,types/* profilePassed */.O)(result) ? '✔' : '✘'} ${profile.name}: ${counts} (${(run.durationMs / 1000).toFixed(1)} s)`);
    return result;
}
/** Puts what happened to the process first: timeouts, cancellation, start failures; and never calls a failed exit a pass. */
function reconcile(summary, run, profile) {
    const infra = (headline) => ({
        ...summary,
        kind: 'infra-error',
        text: summary.text ? `${headline}\n${summary.text}` : headline,
    });
    if (run.spawnError)
        return infra(`could not start /bin/sh in ${profile.path}: ${run.spawnError}`);
    if (run.aborted)
        return infra('cancelled; the process group was killed');
    if (run.timedOut)
        return infra(`timed out after ${profile.timeout_seconds} s; the process group was killed`);
    if (run.exitCode !== 0 && summary.kind === 'all-pass') {
        const how = run.exitCode === null ? `was killed by ${run.signal ?? 'a signal'}` : `exited with code ${run.exitCode}`;
        return infra(`the command ${how} although no failing test was found in its output`);
    }
    return summary;
}
function fallbackSummary(run) {
    const passed = run.exitCode === 0;
    return {
        kind: passed ? 'all-pass' : 'infra-error',
        runner: 'unknown',
        failed: 0,
        passed: 0,
        failures: [],
        text: passed ? 'all passed' : tailLines(run.output),
    };
}
function infraResult(profile, text) {
    return {
        name: profile.name,
        command: profile.command,
        path: profile.path,
        exitCode: null,
        signal: null,
        timedOut: false,
        durationMs: 0,
        output: '',
        summary: { kind: 'infra-error', runner: 'unknown', failed: 0, passed: 0, failures: [], text },
    };
}
/** The last lines of the output, bounded in characters too (a line can be huge). */
function tailLines(output) {
    const tail = output.trimEnd().split('\n').slice(-TAIL_LINES).join('\n');
    return tail.length <= TAIL_CHARS ? tail : `…${tail.slice(-TAIL_CHARS)}`;
}


/***/ })

};
