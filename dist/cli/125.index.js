export const id = 125;
export const ids = [125];
export const modules = {

/***/ 6125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctorCommand: () => (/* binding */ doctorCommand),
  renderChecks: () => (/* binding */ renderChecks),
  runChecks: () => (/* binding */ runChecks)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(47612);
// EXTERNAL MODULE: ./src/engine/index.ts + 10 modules
var engine = __webpack_require__(46286);
// EXTERNAL MODULE: ./src/engine/env.ts
var engine_env = __webpack_require__(98725);
// EXTERNAL MODULE: ./src/git/git.ts + 3 modules
var git_git = __webpack_require__(63971);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/git/probe.ts


async function probePush(git, remote, authEnv) {
    const branch = `droid/doctor-probe-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    try {
        const sha = await git.headSha();
        const pushed = await git.pushCommit(remote, sha, branch, { authEnv });
        const ref = pushed.refs[0];
        if (!ref || ref.flag !== 'new') {
            const why = [ref ? `${ref.summary} ${ref.reason ?? ''}`.trim() : 'no result', ...pushed.remoteMessages].join('\n');
            return { ok: false, reason: `could not create a branch on the remote: ${why}` };
        }
        const deleted = await git.deleteRemoteBranch(remote, branch, { authEnv });
        if (deleted.refs[0]?.flag !== 'deleted')
            return { ok: true, leftBranch: branch };
        return { ok: true };
    }
    catch (error) {
        if (error instanceof errors/* DroidError */.TF)
            return { ok: false, reason: error.hint ? `${error.message}\n${error.hint}` : error.message };
        throw error;
    }
}

// EXTERNAL MODULE: ./src/audit/audit.ts
var audit_audit = __webpack_require__(94184);
// EXTERNAL MODULE: ./src/util/logger.ts
var logger = __webpack_require__(96618);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
;// CONCATENATED MODULE: ./src/commands/doctor.ts











const HELP = `usage: droid-ci doctor [--platform github|gitlab|local] [--write] [--repo DIR] [--config FILE] [--json]

  --write   also push and delete a scratch branch, and open and close a draft PR/MR with the configured labels`;
async function doctorCommand(argv, io, env) {
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({
            args: argv,
            options: {
                platform: { type: 'string' },
                write: { type: 'boolean' },
                repo: { type: 'string' },
                config: { type: 'string' },
                json: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
            },
            strict: true,
        }));
    }
    catch (error) {
        throw new errors/* DroidError */.TF('usage', error.message, { hint: 'see `droid-ci doctor --help`' });
    }
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const platform = values.platform ?? (env.GITHUB_ACTIONS === 'true' ? 'github' : env.GITLAB_CI === 'true' ? 'gitlab' : 'local');
    if (!['github', 'gitlab', 'local'].includes(platform))
        throw new errors/* DroidError */.TF('usage', `unknown platform "${platform}"`);
    const repoRoot = (0,external_node_path_.resolve)(values.repo ?? env.CI_PROJECT_DIR ?? env.GITHUB_WORKSPACE ?? process.cwd());
    const checks = await runChecks({ platform: platform, repoRoot, configPath: values.config ?? '.droid.yml', write: values.write ?? false, env, io });
    if (values.json)
        io.stdout(JSON.stringify({ ok: !checks.some((c) => c.state === 'fail'), checks }, null, 2));
    else
        io.stdout(renderChecks(checks));
    return checks.some((c) => c.state === 'fail') ? 1 : 0;
}
function renderChecks(checks) {
    const icon = { ok: '✔', fail: '✘', skip: '–', warn: '!' };
    return checks.map((c) => `${icon[c.state]} ${c.name}: ${c.detail}`).join('\n');
}
async function runChecks(input) {
    const { env, repoRoot } = input;
    const checks = [];
    const redactor = new redact/* Redactor */.pO();
    const log = (0,logger/* streamLogger */.V)((l) => input.io.stderr(l), redactor, { debug: Boolean(env.DROID_DEBUG) });
    const check = async (name, fn) => {
        try {
            const [state, detail] = await fn();
            checks.push({ name, state, detail: redactor.redact(detail) });
        }
        catch (error) {
            checks.push({ name, state: 'fail', detail: redactor.redact((0,errors/* describeError */.Uc)(error)) });
        }
    };
    let engineName = 'droid';
    await check('config', async () => {
        const loaded = await (0,load/* readConfigFile */.RG)(repoRoot, input.configPath);
        engineName = loaded.config.engine.use;
        await (0,engine/* createEngine */.P)(engineName).preflight((0,engine_env/* engineBaseEnv */.V)(env), loaded.config);
        return loaded.found
            ? ['ok', `${input.configPath} is valid (${loaded.config.tests.length} test profile(s)); engine ${engineName} is ready`]
            : ['warn', `no ${input.configPath}: defaults apply and no test profile runs (run \`droid-ci init\`)`];
    });
    if (input.platform === 'local')
        return checks;
    let forge;
    let pushStartsNoWorkflows = false;
    const audit = new audit_audit/* AuditLog */.S('doctor', { actor: () => 'doctor', redactor });
    await check('credentials', async () => {
        const ctx = { log, redactor, audit };
        const setup = input.platform === 'github'
            ? await (await Promise.all(/* import() */[__webpack_require__.e(660), __webpack_require__.e(817), __webpack_require__.e(968)]).then(__webpack_require__.bind(__webpack_require__, 63968))).githubDoctorSetup(env, ctx)
            : await (await Promise.all(/* import() */[__webpack_require__.e(582), __webpack_require__.e(212), __webpack_require__.e(824)]).then(__webpack_require__.bind(__webpack_require__, 53824))).gitlabDoctorSetup(env, ctx);
        forge = setup.forge;
        pushStartsNoWorkflows = setup.pushStartsNoWorkflows;
        return ['ok', setup.describe];
    });
    if (!forge)
        return checks;
    const f = forge;
    let defaultBranch = '';
    await check('read the repository', async () => {
        defaultBranch = await f.defaultBranch();
        return ['ok', `${f.repo} is visible; default branch ${defaultBranch}`];
    });
    const git = new git_git/* Git */.T({ cwd: repoRoot, redactor, logger: log });
    await check('push a branch', async () => {
        if (!input.write)
            return ['skip', 'not tried: run with --write to push and delete a scratch branch'];
        const probe = await probePush(git, f.cloneUrl(), f.gitAuthEnv());
        if (!probe.ok)
            return ['fail', probe.reason ?? 'push failed'];
        return pushStartsNoWorkflows
            ? ['warn', 'can push, but with the job token: pushes made with it do not start other workflows, so CI will not run on droid branches (use a GitHub App or a PAT)']
            : ['ok', 'pushed and deleted a scratch branch'];
    });
    await check('read CI results', async () => {
        const sha = defaultBranch ? await git.lsRemote(f.cloneUrl(), defaultBranch, { authEnv: f.gitAuthEnv() }) : undefined;
        if (!sha)
            return ['skip', 'no default branch head to read'];
        const status = await f.ciStatus(sha);
        return ['ok', `CI of ${defaultBranch} (${sha.slice(0, 12)}): ${status.empty ? 'nothing reported' : `${status.state}, ${status.jobs.length} job(s)`}`];
    });
    return checks;
}


/***/ })

};
