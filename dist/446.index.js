export const id = 446;
export const ids = [446];
export const modules = {

/***/ 15446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jsonOutcome: () => (/* binding */ jsonOutcome),
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var _engine_usage_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(89324);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32082);
/* harmony import */ var _run_execute_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42333);
/* harmony import */ var _profiles_types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(56922);
/* harmony import */ var _report_body_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39031);
/* harmony import */ var _engine_args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(53026);
/* harmony import */ var _engine_install_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(94112);










/**
 * `droid-ci run`: the whole loop. `--platform local` needs no forge: the branch and commits are made in
 * the local repo and the PR body is written to .droid/pr.md and printed. `--platform gitlab` reads the
 * pipeline's variables; `--platform github` reads the runner's event, as the action does.
 */
const HELP = `usage: droid-ci run [--platform local|github|gitlab] [options]

  --platform P       local (default outside CI), github (GITHUB_ACTIONS), gitlab (GITLAB_CI)
  --ticket KEY       ticket key, e.g. PROJ-123 (local; default LOCAL-<time>)
  --title TEXT       ticket title (local; default the first line of --prompt)
  --prompt TEXT      what to do (local)
  --command C        fix (default), plan, test, ci-fix
  --engine E         override engine.use: droid, claude, codex, command, fix-commands
  --engine-args A    extra arguments for the engine's CLI (split like shell words; quotes group)
  --config FILE      config path in the repo (default .droid.yml)
  --repo DIR         the repository (default the current directory)
  --dry-run          make the branch and commit locally, push nothing, open nothing
  --json             print the outcome as JSON`;
const COMMANDS = ['fix', 'plan', 'test', 'ci-fix'];
async function runCommand(argv, io, env) {
    let values;
    try {
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: joinEngineArgs(argv),
            options: {
                platform: { type: 'string' },
                ticket: { type: 'string' },
                title: { type: 'string' },
                prompt: { type: 'string' },
                command: { type: 'string' },
                engine: { type: 'string' },
                'engine-args': { type: 'string' },
                config: { type: 'string' },
                repo: { type: 'string' },
                'dry-run': { type: 'boolean' },
                json: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
            },
            strict: true,
            allowPositionals: false,
        }));
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DroidError */ .TF('usage', error.message, { hint: 'see `droid-ci run --help`' });
    }
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const platform = values.platform ?? (env.GITHUB_ACTIONS === 'true' ? 'github' : env.GITLAB_CI === 'true' ? 'gitlab' : 'local');
    if (platform !== 'local' && platform !== 'github' && platform !== 'gitlab') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DroidError */ .TF('usage', `unknown platform "${platform}"`, { hint: 'use --platform local, github or gitlab' });
    }
    const command = (values.command ?? 'fix');
    if (!COMMANDS.includes(command))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DroidError */ .TF('usage', `unknown command "${values.command}"`, { hint: `use one of ${COMMANDS.join(', ')}` });
    const repoRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(values.repo ?? env.CI_PROJECT_DIR ?? env.GITHUB_WORKSPACE ?? process.cwd());
    const common = {
        repoRoot,
        configPath: values.config ?? '.droid.yml',
        dryRun: values['dry-run'] ?? false,
        engineOverride: values.engine,
        engineArgs: (0,_engine_args_js__WEBPACK_IMPORTED_MODULE_6__/* .splitEngineArgs */ .s)(values['engine-args'] ?? ''),
        // the GitLab template sets DROID_INSTALL_ENGINE=true; on a person's machine nothing is installed
        engineInstall: env.DROID_INSTALL_ENGINE === 'true' ? { dir: env.DROID_ENGINE_DIR || (0,_engine_install_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultInstallDir */ .WA)(env, (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)()), version: env.DROID_ENGINE_VERSION || undefined, env } : undefined,
        env,
    };
    const makeSetup = async (ctx) => {
        if (platform === 'local')
            return { platform, request: await localRequest(values, command, env) };
        if (platform === 'gitlab') {
            const { gitlabSetup } = await Promise.all(/* import() */[__webpack_require__.e(748), __webpack_require__.e(710), __webpack_require__.e(49)]).then(__webpack_require__.bind(__webpack_require__, 65049));
            return gitlabSetup(env, ctx, { command: values.command ? command : undefined });
        }
        const { githubSetup } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 68865));
        return githubSetup(env, ctx, { command: values.command ? command : undefined, ticket: values.ticket, prompt: values.prompt });
    };
    const outcome = await (0,_run_execute_js__WEBPACK_IMPORTED_MODULE_4__/* .executeRun */ .lk)(makeSetup, common, (line) => io.stderr(line));
    if (values.json)
        io.stdout(JSON.stringify(jsonOutcome(outcome), null, 2));
    else
        io.stdout(humanOutcome(outcome));
    return (0,_run_execute_js__WEBPACK_IMPORTED_MODULE_4__/* .exitCodeForOutcome */ .xo)(outcome);
}
/**
 * `--engine-args "--model x"`: parseArgs refuses a value that starts with a dash as ambiguous, yet every
 * engine argument does (the GitLab template passes them this way): bind the next word to the option.
 */
function joinEngineArgs(argv) {
    const out = [];
    for (let i = 0; i < argv.length; i += 1) {
        const arg = argv[i] ?? '';
        const value = argv[i + 1];
        if (arg === '--engine-args' && value !== undefined) {
            out.push(`--engine-args=${value}`);
            i += 1;
        }
        else
            out.push(arg);
    }
    return out;
}
async function localRequest(values, command, env) {
    const prompt = values.prompt ?? '';
    // one ticket (and so one branch) per run: two runs with the same prompt must not share a branch
    const key = values.ticket ?? `LOCAL-${new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}`;
    if (!/^[A-Za-z0-9][A-Za-z0-9._#!/-]{0,63}$/.test(key)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DroidError */ .TF('usage', `--ticket "${key}" is not a ticket key`, { hint: 'use letters, digits, "-", "_", "." (e.g. PROJ-123)' });
    }
    const title = values.title ?? (prompt.split('\n')[0]?.slice(0, 120) || `${command} ${key}`);
    return {
        command,
        ticket: { key, title, body: prompt },
        instructions: prompt,
        actor: env.DROID_ACTOR || env.USER || env.LOGNAME || 'local',
        actorIsBot: false,
        target: { kind: 'ticket' },
        source: { event: 'cli' },
    };
}
function jsonOutcome(outcome) {
    return {
        conclusion: outcome.conclusion,
        message: outcome.message,
        branch: outcome.branch ?? null,
        commit: outcome.commit ?? null,
        iterations: outcome.iterations,
        tests_passed: outcome.testsPassed ?? null,
        tests: outcome.tests.map((t) => ({
            name: t.name,
            command: t.command,
            path: t.path,
            passed: (0,_profiles_types_js__WEBPACK_IMPORTED_MODULE_8__/* .profilePassed */ .O)(t),
            exit_code: t.exitCode,
            timed_out: t.timedOut,
            duration_ms: t.durationMs,
            summary: { kind: t.summary.kind, runner: t.summary.runner, passed: t.summary.passed, failed: t.summary.failed, failures: t.summary.failures },
        })),
        pr: outcome.pr ?? null,
        pr_file: outcome.prFile ?? null,
        plan: outcome.plan ?? null,
        held_back: outcome.heldBack,
        patch_file: outcome.patchFile ?? null,
        warnings: outcome.warnings,
        ci: outcome.ci ?? null,
        usage: (0,_engine_usage_js__WEBPACK_IMPORTED_MODULE_9__/* .usageJson */ .AE)(outcome.usage),
        budget_reached: outcome.budgetReached ?? null,
    };
}
function humanOutcome(outcome) {
    const lines = [`conclusion: ${outcome.conclusion}`, outcome.message];
    if (outcome.branch)
        lines.push(`branch: ${outcome.branch}${outcome.commit ? ` @ ${outcome.commit.slice(0, 12)}` : ''}`);
    for (const t of outcome.tests) {
        lines.push(`  ${(0,_profiles_types_js__WEBPACK_IMPORTED_MODULE_8__/* .profilePassed */ .O)(t) ? 'PASS' : 'FAIL'} ${t.name} (${t.summary.passed} passed, ${t.summary.failed} failed, ${(0,_report_body_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)(t.durationMs)})`);
    }
    if (outcome.heldBack.length)
        lines.push(`held back (protected paths): ${outcome.heldBack.join(', ')}`);
    if (outcome.usage)
        lines.push(`usage: ${(0,_engine_usage_js__WEBPACK_IMPORTED_MODULE_9__/* .usageLine */ .U0)(outcome.usage)}`);
    for (const w of outcome.warnings)
        lines.push(`warning: ${w}`);
    if (outcome.pr && outcome.prFile)
        lines.push('', `── ${outcome.prFile} ──`, `# ${outcome.pr.title}`, '', outcome.pr.body);
    else if (outcome.pr?.url)
        lines.push(`pull request: ${outcome.pr.url}`);
    if (outcome.plan)
        lines.push('', outcome.plan);
    return lines.join('\n');
}


/***/ })

};
