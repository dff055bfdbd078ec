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
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52555);
/* harmony import */ var _profiles_affected_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9740);
/* harmony import */ var _profiles_stage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40914);
/* harmony import */ var _sandbox_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92852);
/* harmony import */ var _profiles_types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9927);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70017);
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
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DroidError */ .TF('usage', `${flag} needs a value`, { hint: TEST_USAGE });
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
                args.affected = (0,_profiles_affected_js__WEBPACK_IMPORTED_MODULE_3__/* .checkRevision */ .G7)(value());
                break;
            case '--concurrency': {
                const n = Number(value());
                if (!Number.isInteger(n) || n < 1 || n > 64)
                    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DroidError */ .TF('usage', '--concurrency must be a whole number from 1 to 64');
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
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DroidError */ .TF('usage', `unknown argument ${JSON.stringify(arg)} for droid-ci test`, { hint: TEST_USAGE });
        }
    }
    return args;
}
/** The work tree's top folder, through the git wrapper like the affected selection; `cwd` outside a repository. */
async function repoRootOf(cwd) {
    const root = await new _git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .Git */ .T({ cwd, timeoutMs: 30_000 }).topLevel().catch(() => '');
    return root !== '' && !root.includes('\n') ? root : cwd;
}
function selectByName(all, names) {
    if (names.length === 0)
        return [...all];
    const known = all.map((p) => p.name);
    const unknown = names.filter((n) => !known.includes(n));
    if (unknown.length > 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DroidError */ .TF('usage', `unknown profile ${unknown.map((n) => JSON.stringify(n)).join(', ')}`, {
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
        out.stderr.write(`droid-ci test: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeError */ .Uc)(error)}\n`);
        return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .exitCodeFor */ .Rr)(error);
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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DroidError */ .TF('config', `no config file at ${loaded.path}`, { hint: 'run `droid-ci init` to write a starter .droid.yml, or pass --config' });
    }
    const all = loaded.config.tests;
    if (all.length === 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DroidError */ .TF('config', `${loaded.file} has no test profiles`, { hint: 'add a `tests:` list with at least one profile (name, path, command)' });
    }
    let selected = selectByName(all, args.profiles);
    let changed;
    if (args.affected !== undefined) {
        changed = await (0,_profiles_affected_js__WEBPACK_IMPORTED_MODULE_3__/* .changedFilesSince */ .OM)(repoRoot, args.affected);
        selected = (0,_profiles_affected_js__WEBPACK_IMPORTED_MODULE_3__/* .affectedProfiles */ .hV)(selected, changed);
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
    const sandbox = await (0,_sandbox_index_js__WEBPACK_IMPORTED_MODULE_5__/* .openSandbox */ .Ep)({ mode: loaded.config.sandbox.mode, user: loaded.config.sandbox.user, workdir: repoRoot, env: process.env, log });
    if (sandbox.warning)
        log.warn(sandbox.warning);
    let results;
    try {
        // the same runner as a run's: scrubbed of the engine key and the ticket token, as the sandbox account
        results = await (0,_profiles_stage_js__WEBPACK_IMPORTED_MODULE_4__/* .runTestProfiles */ .EP)(selected, loaded.config, { repoRoot, env: process.env, secrets: [], log, sandbox, concurrency: args.concurrency, signal });
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


/***/ })

};
