export const id = 564;
export const ids = [564];
export const modules = {

/***/ 44564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   testCommand: () => (/* binding */ testCommand)
/* harmony export */ });
/* unused harmony exports TEST_USAGE, parseTestArgs, renderResults */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47612);
/* harmony import */ var _profiles_affected_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9740);
/* harmony import */ var _profiles_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88500);
/* harmony import */ var _profiles_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9927);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37895);
/**
 * `droid-ci test [--config <file>] [--profile NAME]... [--affected <git-rev>] [--json]`
 * Runs the repo's test profiles as the droid would (PRODUCT.md §3, §6) and prints a table, or JSON.
 * Exit codes: 0 all pass, 1 a profile failed, 2 usage or config error.
 */







const TEST_USAGE = `usage: droid-ci test [--config <file>] [--profile NAME]... [--affected <git-rev>] [--concurrency N] [--json]
  --config FILE      the config file (default .droid.yml at the repo root)
  --profile NAME     run only this profile (repeatable)
  --affected REV     run only the profiles affected by changes since REV (committed, staged, unstaged, untracked)
  --concurrency N    profiles run at the same time (default 2)
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
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DroidError */ .TF('usage', `${flag} needs a value`, { hint: TEST_USAGE });
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
                    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DroidError */ .TF('usage', '--concurrency must be a whole number from 1 to 64');
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
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DroidError */ .TF('usage', `unknown argument ${JSON.stringify(arg)} for droid-ci test`, { hint: TEST_USAGE });
        }
    }
    return args;
}
async function repoRootOf(cwd) {
    const result = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .runProcess */ .R3)('git', ['rev-parse', '--show-toplevel'], { cwd, env: process.env, timeoutMs: 30_000 });
    const root = result.output.trim();
    return result.exitCode === 0 && root !== '' && !root.includes('\n') ? root : cwd;
}
function selectByName(all, names) {
    if (names.length === 0)
        return [...all];
    const known = all.map((p) => p.name);
    const unknown = names.filter((n) => !known.includes(n));
    if (unknown.length > 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DroidError */ .TF('usage', `unknown profile ${unknown.map((n) => JSON.stringify(n)).join(', ')}`, {
            hint: `known profiles: ${known.join(', ')}`,
        });
    }
    return all.filter((p) => names.includes(p.name));
}
function stderrLogger(io) {
    const line = (text) => {
        io.stderr.write(`${text}\n`);
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
    try {
        return await runTests(argv, io, cwd, signal ?? own?.signal);
    }
    catch (error) {
        io.stderr.write(`droid-ci test: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(error)}\n`);
        return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .exitCodeFor */ .Rr)(error);
    }
    finally {
        if (own) {
            process.removeListener('SIGINT', onSignal);
            process.removeListener('SIGTERM', onSignal);
        }
    }
}
async function runTests(argv, io, cwd, signal) {
    const args = parseTestArgs(argv);
    if (args.help) {
        io.stdout.write(`${TEST_USAGE}\n`);
        return 0;
    }
    const repoRoot = await repoRootOf(cwd);
    const loaded = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .readConfigFile */ .RG)(repoRoot, args.config);
    if (!loaded.found) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DroidError */ .TF('config', `no config file at ${loaded.path}`, { hint: 'run `droid-ci init` to write a starter .droid.yml, or pass --config' });
    }
    const all = loaded.config.tests;
    if (all.length === 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DroidError */ .TF('config', `${loaded.file} has no test profiles`, { hint: 'add a `tests:` list with at least one profile (name, path, command)' });
    }
    let selected = selectByName(all, args.profiles);
    let changed;
    if (args.affected !== undefined) {
        changed = await (0,_profiles_affected_js__WEBPACK_IMPORTED_MODULE_2__/* .changedFilesSince */ .OM)(repoRoot, args.affected);
        selected = (0,_profiles_affected_js__WEBPACK_IMPORTED_MODULE_2__/* .affectedProfiles */ .hV)(selected, changed);
    }
    const log = stderrLogger(io);
    if (selected.length === 0) {
        log.info(`no profile is affected by the ${changed?.length ?? 0} file(s) changed since ${args.affected ?? ''}`);
    }
    const apiKeyEnv = loaded.config.engine.api_key_env;
    const results = await (0,_profiles_run_js__WEBPACK_IMPORTED_MODULE_3__/* .runProfiles */ .U)(selected, {
        repoRoot,
        env: process.env,
        concurrency: args.concurrency,
        signal,
        log,
        scrub: { dropNames: apiKeyEnv ? [apiKeyEnv] : [] },
    });
    const passed = results.every(_profiles_types_js__WEBPACK_IMPORTED_MODULE_6__/* .profilePassed */ .O);
    if (args.json) {
        const report = {
            profiles: results.map(shortenOutput),
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
    if ((0,_profiles_types_js__WEBPACK_IMPORTED_MODULE_6__/* .profilePassed */ .O)(result))
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
    for (const r of results.filter((x) => !(0,_profiles_types_js__WEBPACK_IMPORTED_MODULE_6__/* .profilePassed */ .O)(x))) {
        text += `\n── ${r.name} (${r.command}, in ${r.path}) ──\n${r.summary.text.trimEnd()}\n`;
    }
    const failing = results.filter((x) => !(0,_profiles_types_js__WEBPACK_IMPORTED_MODULE_6__/* .profilePassed */ .O)(x)).length;
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
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37895);
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
async function git(repoRoot, args) {
    const out = [];
    const err = [];
    let outBytes = 0;
    const result = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .runProcess */ .R3)('git', ['-c', 'core.quotepath=false', ...args], {
        cwd: repoRoot,
        env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        timeoutMs: 120_000,
        onStdout: (chunk) => {
            outBytes += chunk.length;
            if (outBytes <= MAX_LIST_BYTES)
                out.push(chunk);
        },
        onStderr: (chunk) => err.push(chunk),
        keepBytes: 4096,
    });
    if (result.spawnError) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `cannot run git: ${result.spawnError}`, { hint: 'install git and run inside a git checkout' });
    }
    if (outBytes > MAX_LIST_BYTES)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('work', `git ${args[0]} printed more than ${MAX_LIST_BYTES} bytes of file names`);
    return {
        ok: result.exitCode === 0,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8').trim().slice(0, 2000),
    };
}
function nulList(text) {
    return text.split('\0').filter(Boolean);
}
/**
 * Files changed since `rev`: committed on this branch since it forked from `rev` (`rev...HEAD`),
 * staged, unstaged, and untracked (not ignored). Deletions and both sides of a rename count.
 */
async function changedFilesSince(repoRoot, rev) {
    checkRevision(rev);
    const verify = await git(repoRoot, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
    if (!verify.ok) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `--affected: ${JSON.stringify(rev)} is not a commit in ${repoRoot}`, {
            hint: verify.stderr || 'fetch the base first (e.g. git fetch origin main) or pass a SHA',
        });
    }
    const lists = await Promise.all([
        git(repoRoot, ['diff', '--name-only', '--no-renames', '-z', `${rev}...HEAD`, '--']),
        git(repoRoot, ['diff', '--name-only', '--no-renames', '-z', 'HEAD', '--']),
        git(repoRoot, ['ls-files', '--others', '--exclude-standard', '-z']),
    ]);
    const failed = lists.find((l) => !l.ok);
    if (failed)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('work', `git could not list changed files: ${failed.stderr}`);
    return [...new Set(lists.flatMap((l) => nulList(l.stdout)))].sort();
}


/***/ }),

/***/ 34945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LK: () => (/* binding */ scrubEnv),
/* harmony export */   Zg: () => (/* binding */ FORGE_CREDENTIAL_PREFIXES),
/* harmony export */   vq: () => (/* binding */ FORGE_CREDENTIAL_NAMES)
/* harmony export */ });
/* unused harmony export secretReason */
/**
 * The environment a test command gets (PRODUCT.md §3, §9): the runner's environment without anything
 * that grants access (forge tokens, model keys, cloud credentials, the Actions runtime, the action's
 * own inputs, files that steer later workflow steps), plus the profile's own non-secret `env`.
 * Names are matched case-insensitively. Colour is left as the runner wants it: the failure
 * summarizer strips ANSI codes itself.
 */
/**
 * Forge and runner credentials, and the files that steer later workflow steps: kept from test commands
 * and from engines alike (engine/env.ts). Upper case.
 */
const FORGE_CREDENTIAL_NAMES = [
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'GH_ENTERPRISE_TOKEN',
    'GITHUB_ENTERPRISE_TOKEN',
    'GITLAB_TOKEN',
    'CI_JOB_TOKEN',
    'CI_JOB_JWT',
    'CI_JOB_JWT_V1',
    'CI_JOB_JWT_V2',
    'CI_REPOSITORY_URL', // GitLab puts the job token in it: https://gitlab-ci-token:…@host/…
    'DROID_GITLAB_TOKEN',
    'DOCKER_AUTH_CONFIG',
    'SSH_AUTH_SOCK',
    'GIT_ASKPASS',
    'SSH_ASKPASS',
    'GIT_CONFIG_PARAMETERS',
    'GIT_CONFIG_COUNT',
    'NPM_CONFIG__AUTH',
    // the telemetry backend's credentials (e.g. `x-honeycomb-team=…`, `authorization=Bearer …`)
    'OTEL_EXPORTER_OTLP_HEADERS',
    'OTEL_EXPORTER_OTLP_TRACES_HEADERS',
    'OTEL_EXPORTER_OTLP_METRICS_HEADERS',
    'OTEL_EXPORTER_OTLP_LOGS_HEADERS',
    // workflow command files: a test writing to these would steer the steps after this one
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
];
/** Name prefixes (upper case) of the same kind: the action's inputs, the Actions runtime, git auth entries. */
const FORGE_CREDENTIAL_PREFIXES = [
    'INPUT_', // the action's inputs (github_token, factory_api_key, app_private_key, …)
    'ACTIONS_', // ACTIONS_RUNTIME_*, ACTIONS_ID_TOKEN_*, ACTIONS_CACHE_URL, ACTIONS_RESULTS_URL, …
    'GIT_CONFIG_KEY_',
    'GIT_CONFIG_VALUE_',
];
/** Exact names (upper case) dropped from test commands: the above plus the Factory key. */
const DROPPED_NAMES = new Set([...FORGE_CREDENTIAL_NAMES, 'FACTORY_API_KEY']);
/** Name prefixes (upper case) dropped from test commands. */
const DROPPED_PREFIXES = [
    ...FORGE_CREDENTIAL_PREFIXES,
    'DROID_', // this tool's own variables (tokens, ticket text); a test has no use for them
];
/** A name is secret-looking when it contains one of these (NODE_AUTH_TOKEN, npm's `…:_authToken`, DB_PASSWORD) … */
const SECRET_PARTS = ['TOKEN', 'SECRET', 'PASSWORD', 'PASSWD', 'APIKEY', 'API_KEY', 'PRIVATE_KEY', 'CREDENTIAL'];
/** … or when one of its `_`-separated words is one of these (AWS_ACCESS_KEY_ID, SSH_AUTH_SOCK; not GIT_AUTHOR_NAME). */
const SECRET_WORDS = new Set(['KEY', 'KEYS', 'JWT', 'AUTH']);
/** Values that are credentials whatever their variable is called. */
const SECRET_VALUE_SHAPES = [
    /\bgh[pousr]_[A-Za-z0-9]{20,}/,
    /\bgithub_pat_[A-Za-z0-9_]{22,}/,
    /\bgl(?:pat|dt|rt|ptt|ft|cbt|imt|soat|agent)-[A-Za-z0-9_-]{20,}/,
    /\bsk-ant-[A-Za-z0-9_-]{20,}/,
    /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}/,
    /\bxox[abprs]-[A-Za-z0-9-]{10,}/,
    /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
    // a forge token in a URL's user info (database URLs with a test password are left alone)
    /:\/\/(?:gitlab-ci-token|x-access-token|oauth2|x-oauth-basic)[:@]/i,
];
/** Why `name=value` must not reach a test command, or undefined when it may. */
function secretReason(name, value, options = {}) {
    const upper = name.toUpperCase();
    if (DROPPED_NAMES.has(upper))
        return 'credential';
    if (options.dropNames?.some((n) => n.toUpperCase() === upper))
        return 'credential';
    const prefix = DROPPED_PREFIXES.find((p) => upper.startsWith(p));
    if (prefix)
        return `${prefix}*`;
    if (SECRET_PARTS.some((p) => upper.includes(p)) || upper.split('_').some((w) => SECRET_WORDS.has(w))) {
        return 'secret-looking name';
    }
    if (value) {
        if (SECRET_VALUE_SHAPES.some((re) => re.test(value)))
            return 'credential-shaped value';
        if (options.secretValues?.some((s) => s.length >= 6 && value.includes(s)))
            return 'known secret value';
    }
    return undefined;
}
/**
 * `base` without secrets, then `CI=true`, then the profile's `extra` env (non-secret by contract; it
 * is the repo's own config, read from the target branch, so it may set any name it likes).
 */
function scrubEnv(base, extra, options = {}) {
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (value === undefined)
            continue;
        if (secretReason(name, value, options) === undefined)
            env[name] = value;
    }
    env.CI = 'true';
    for (const [name, value] of Object.entries(extra))
        env[name] = value;
    return env;
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
  U: () => (/* binding */ runProfiles)
});

// UNUSED EXPORTS: runProfile

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
// EXTERNAL MODULE: ./src/profiles/summary/index.ts + 42 modules
var profiles_summary = __webpack_require__(65155);
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







const TAIL_LINES = 30;
const TAIL_CHARS = 3000;
async function runProfiles(profiles, options) {
    const limit = Math.max(1, Math.floor(options.concurrency ?? 2));
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


/***/ }),

/***/ 9927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ profilePassed)
/* harmony export */ });
function profilePassed(result) {
    return result.summary.kind === 'all-pass' && !result.timedOut && result.exitCode === 0;
}


/***/ }),

/***/ 37895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ shellArgv),
/* harmony export */   GI: () => (/* binding */ BoundedBuffer),
/* harmony export */   R3: () => (/* binding */ runProcess)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_2__);



/** A head+tail buffer: keeps the first and last `keep` bytes of everything written. */
class BoundedBuffer {
    keep;
    head = [];
    headBytes = 0;
    tail = [];
    tailBytes = 0;
    total = 0;
    constructor(keep) {
        this.keep = keep;
    }
    write(chunk) {
        this.total += chunk.length;
        let rest = chunk;
        if (this.headBytes < this.keep) {
            const take = Math.min(this.keep - this.headBytes, rest.length);
            this.head.push(Buffer.from(rest.subarray(0, take)));
            this.headBytes += take;
            rest = rest.subarray(take);
        }
        if (rest.length === 0)
            return;
        this.tail.push(Buffer.from(rest));
        this.tailBytes += rest.length;
        while (this.tail.length > 1 && this.tailBytes - this.tail[0].length >= this.keep) {
            this.tailBytes -= this.tail.shift().length;
        }
    }
    toString() {
        // StringDecoder.write holds back a multi-byte character cut at the end of the head
        const head = new node_string_decoder__WEBPACK_IMPORTED_MODULE_2__.StringDecoder('utf8').write(Buffer.concat(this.head));
        let tail = Buffer.concat(this.tail);
        if (tail.length > this.keep)
            tail = tail.subarray(tail.length - this.keep);
        const omitted = this.total - this.headBytes - tail.length;
        if (omitted <= 0)
            return new node_string_decoder__WEBPACK_IMPORTED_MODULE_2__.StringDecoder('utf8').write(Buffer.concat([...this.head, tail]));
        let start = 0;
        while (start < tail.length && start < 3 && (tail[start] & 0xc0) === 0x80)
            start++; // skip a cut character
        return `${head}\n… [${omitted + start} bytes elided] …\n${tail.subarray(start).toString('utf8')}`;
    }
}
function shellArgv(command) {
    return ['/bin/sh', ['-c', command]];
}
function readStat(pid) {
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
    }
    catch {
        return undefined; // exited while we looked, or no /proc
    }
    // "pid (comm) state ppid pgrp session … starttime(22nd)"; comm may hold spaces and parentheses
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.length < 20)
        return undefined;
    return {
        pid,
        state: fields[0],
        ppid: Number(fields[1]),
        pgrp: Number(fields[2]),
        session: Number(fields[3]),
        start: fields[19],
    };
}
/** Every process on the machine from /proc (Linux); undefined where /proc is not available. */
function readProcTable() {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc');
    }
    catch {
        return undefined;
    }
    const entries = [];
    for (const name of names) {
        if (!/^\d+$/.test(name))
            continue;
        const entry = readStat(Number(name));
        if (entry)
            entries.push(entry);
    }
    return entries;
}
/** The processes a child started: its group, its session and its descendants, remembered across scans. */
class ProcessTree {
    leader;
    seen = new Map();
    /** the leader's start time: tells the leader apart from a later process that got its pid */
    leaderStart;
    leaderPidReused = false;
    constructor(leader) {
        this.leader = leader;
        this.leaderStart = readStat(leader)?.start;
    }
    members() {
        const table = readProcTable();
        if (!table)
            return undefined;
        // the leader is gone and its pid reused: only processes already seen are ours
        const holder = table.find((e) => e.pid === this.leader);
        const reused = holder !== undefined && this.leaderStart !== undefined && holder.start !== this.leaderStart;
        this.leaderPidReused ||= reused;
        const children = new Map();
        for (const e of table) {
            const list = children.get(e.ppid);
            if (list)
                list.push(e.pid);
            else
                children.set(e.ppid, [e.pid]);
        }
        const descendants = new Set();
        const queue = reused ? [] : [this.leader];
        while (queue.length > 0) {
            for (const pid of children.get(queue.pop()) ?? []) {
                if (descendants.has(pid))
                    continue;
                descendants.add(pid);
                queue.push(pid);
            }
        }
        const found = table.filter((e) => e.state !== 'Z' &&
            e.pid !== process.pid &&
            ((!reused && (e.pgrp === this.leader || e.session === this.leader)) ||
                descendants.has(e.pid) ||
                this.seen.get(e.pid) === e.start));
        for (const e of found)
            this.seen.set(e.pid, e.start);
        return found;
    }
    signal(sig) {
        const members = this.members();
        // the group kill is atomic: it also reaches a child forked after the scan
        if (!this.leaderPidReused) {
            try {
                process.kill(-this.leader, sig);
            }
            catch {
                /* group already gone */
            }
        }
        for (const e of members ?? []) {
            try {
                process.kill(e.pid, sig);
            }
            catch {
                /* gone meanwhile */
            }
        }
    }
    /** true while any member is running (zombies waiting for a reaper do not count) */
    alive() {
        const members = this.members();
        if (members)
            return members.length > 0;
        try {
            process.kill(-this.leader, 0);
            return true;
        }
        catch {
            return false;
        }
    }
}
/** How long to wait for the pipes to close once every known process is gone. */
const CLOSE_WAIT_MS = 5000;
function startFailure(started, message, aborted = false) {
    return {
        exitCode: null,
        signal: null,
        timedOut: false,
        aborted,
        durationMs: Date.now() - started,
        output: '',
        totalBytes: 0,
        spawnError: aborted ? undefined : message,
    };
}
function runProcess(file, args, options) {
    const started = Date.now();
    if (options.signal?.aborted)
        return Promise.resolve(startFailure(started, '', true));
    let child;
    try {
        child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, [...args], {
            cwd: options.cwd,
            env: options.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
    }
    catch (err) {
        const e = err;
        return Promise.resolve(startFailure(started, `${e.code ?? 'error'}: ${e.message}`));
    }
    return supervise(child, started, options);
}
function supervise(child, started, options) {
    const buffer = new BoundedBuffer(options.keepBytes ?? 64 * 1024);
    const graceMs = options.killGraceMs ?? 2000;
    const drainMs = options.drainMs ?? 200;
    const tree = child.pid === undefined ? undefined : new ProcessTree(child.pid);
    const timers = new Set();
    const later = (ms, fn) => {
        const t = setTimeout(() => {
            timers.delete(t);
            fn();
        }, ms);
        timers.add(t);
    };
    return new Promise((resolve) => {
        let timedOut = false;
        let aborted = false;
        let settled = false;
        let stopping = false;
        let exited;
        let closed;
        let poll;
        const finish = (spawnError) => {
            if (settled)
                return;
            settled = true;
            for (const t of timers)
                clearTimeout(t);
            if (poll)
                clearInterval(poll);
            options.signal?.removeEventListener('abort', onAbort);
            tree?.signal('SIGKILL'); // last sweep: nothing the child started outlives the call
            const end = closed ?? exited;
            resolve({
                exitCode: end?.code ?? null,
                signal: end?.signal ?? null,
                timedOut,
                aborted,
                durationMs: Date.now() - started,
                output: buffer.toString(),
                totalBytes: buffer.total,
                spawnError,
            });
        };
        // the tree is dead or killed, yet the pipes are open: something outside the tree (a daemon that left
        // the session after its parent died) holds them. Give them time to deliver, then stop waiting.
        let deadlineSet = false;
        const closeDeadline = () => {
            if (deadlineSet)
                return;
            deadlineSet = true;
            later(options.closeWaitMs ?? CLOSE_WAIT_MS, () => {
                child.stdout?.destroy();
                child.stderr?.destroy();
                closed ??= exited;
                finish();
            });
        };
        // SIGTERM now, SIGKILL after the grace period
        const stop = () => {
            if (stopping || !tree)
                return;
            stopping = true;
            tree.signal('SIGTERM');
            later(graceMs, () => {
                tree.signal('SIGKILL');
                closeDeadline();
            });
        };
        // the pipes are closed: wait (bounded by stop's timers) until no member of the tree is left
        const reap = () => {
            if (!tree || !tree.alive())
                return finish();
            stop();
            poll ??= setInterval(() => {
                if (!tree.alive())
                    finish();
            }, 50);
        };
        if (options.timeoutMs !== undefined) {
            later(options.timeoutMs, () => {
                timedOut = true;
                stop();
            });
        }
        const onAbort = () => {
            aborted = true;
            stop();
        };
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const onData = (chunk) => {
            buffer.write(chunk);
            options.onOutput?.(chunk);
        };
        child.stdout?.on('data', onData);
        child.stderr?.on('data', onData);
        if (options.onStdout)
            child.stdout?.on('data', options.onStdout);
        if (options.onStderr)
            child.stderr?.on('data', options.onStderr);
        child.on('error', (err) => {
            if (child.pid === undefined)
                finish(`${err.code ?? 'error'}: ${err.message}`);
        });
        child.on('exit', (code, signal) => {
            exited = { code, signal };
            // a background grandchild holding stdout would keep 'close' away forever: give it drainMs
            later(drainMs, () => {
                if (closed)
                    return;
                if (tree?.alive())
                    stop();
                else
                    closeDeadline(); // only unread data left in the pipes: 'close' is coming
            });
        });
        child.on('close', (code, signal) => {
            if (closed)
                return;
            closed = { code, signal };
            reap();
        });
    });
}


/***/ })

};
