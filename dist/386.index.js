export const id = 386;
export const ids = [386,5];
export const modules = {

/***/ 67005:
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
// EXTERNAL MODULE: ./src/platform/index.ts
var src_platform = __webpack_require__(57711);
// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(47612);
// EXTERNAL MODULE: ./src/engine/index.ts + 3 modules
var engine = __webpack_require__(83526);
// EXTERNAL MODULE: ./src/engine/env.ts
var engine_env = __webpack_require__(98725);
// EXTERNAL MODULE: ./src/git/git.ts + 5 modules
var git_git = __webpack_require__(52555);
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
// EXTERNAL MODULE: ./src/util/log.ts
var util_log = __webpack_require__(29906);
// EXTERNAL MODULE: ./src/sandbox/index.ts + 4 modules
var src_sandbox = __webpack_require__(92852);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
;// CONCATENATED MODULE: ./src/platform/doctor-change.ts
/**
 * `droid-ci doctor --write`'s PR/MR probe, and the reviewers check.
 * Probe: one empty commit on a scratch branch `droid/doctor-probe-<random>`, a DRAFT PR/MR titled
 * "[droid doctor] probe" with the configured labels (no reviewers requested: that would notify
 * people), read back to see the labels stuck, then closed and the branch deleted — also on failure.
 */


const PROBE_TITLE = '[droid doctor] probe';
const PROBE_BODY = 'Opened by `droid-ci doctor --write` to check that the droid can open a pull/merge request with its labels. It is closed and its branch deleted right away; nothing to review.';
function withFix(platform, step, error) {
    const fix = platform.fix(step, error);
    // a specific fix replaces the error's generic hint
    return fix ? `${error instanceof Error ? error.message : String(error)}\n  fix: ${fix}` : (0,errors/* describeError */.Uc)(error);
}
/** Opens, checks and closes the probe PR/MR. `parent` is the commit the probe branch starts from. */
async function probeChangeRequest(input) {
    const { platform, git } = input;
    const forge = platform.forge;
    const remote = forge.cloneUrl();
    const authEnv = forge.gitAuthEnv();
    const branch = `droid/doctor-probe-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    const kind = forge.traits.changeNoun.long;
    let change;
    let pushed = false;
    let result;
    try {
        const sha = await git.emptyCommitOn(input.parent, `${PROBE_TITLE}\n\n${PROBE_BODY}`);
        const report = await git.pushCommit(remote, sha, branch, { authEnv });
        pushed = report.refs[0]?.flag === 'new';
        if (!pushed) {
            const why = [report.refs[0]?.reason ?? 'rejected', ...report.remoteMessages].join('\n');
            return { state: 'fail', detail: `could not push the probe branch ${branch}: ${why}\n  fix: ${platform.fix('push', undefined) ?? 'check that the token may push'}` };
        }
        const upserted = await forge.upsertChangeRequest({
            sourceBranch: branch,
            targetBranch: input.targetBranch,
            title: PROBE_TITLE,
            body: PROBE_BODY,
            draft: true,
            labels: input.labels,
            reviewers: [],
            teamReviewers: [],
        });
        change = upserted.change;
        result = await checkLabels(platform, change.number, input.labels, upserted.warnings, kind);
    }
    catch (error) {
        result = pushed
            ? { state: 'fail', detail: `could not open a draft ${kind}: ${withFix(platform, 'change', error)}` }
            : { state: 'fail', detail: `could not push the probe branch ${branch}: ${withFix(platform, 'push', error)}` };
    }
    const leftovers = [];
    if (change)
        leftovers.push(await closeProbe(forge, change, kind));
    if (pushed)
        leftovers.push(await deleteProbeBranch(git, remote, branch, authEnv));
    const left = leftovers.filter(Boolean);
    if (left.length === 0)
        return result;
    return { state: result.state === 'ok' ? 'warn' : result.state, detail: `${result.detail}\n${left.join('\n')}` };
}
async function checkLabels(platform, number, labels, warnings, kind) {
    const opened = `opened draft ${kind} #${number}`;
    if (labels.length === 0)
        return { state: 'ok', detail: `${opened} (no labels configured), closed it and deleted its branch` };
    let found;
    try {
        found = (await platform.forge.getChangeRequest(number)).labels;
    }
    catch (error) {
        return { state: 'fail', detail: `${opened} but could not read it back: ${withFix(platform, 'change', error)}` };
    }
    if (found === undefined)
        return { state: 'warn', detail: `${opened}; its labels could not be read back, so whether ${labels.join(', ')} stuck is unknown` };
    const have = new Set(found.map((l) => l.toLowerCase()));
    const missing = labels.filter((l) => !have.has(l.toLowerCase()));
    if (missing.length === 0)
        return { state: 'ok', detail: `${opened} with labels ${labels.join(', ')}, closed it and deleted its branch` };
    const why = warnings.length > 0 ? ` (${warnings.join('; ')})` : '';
    return { state: 'fail', detail: `${opened} but labels ${missing.join(', ')} did not stick${why}\n  fix: ${platform.fix('labels', undefined) ?? 'check the token can create and add labels'}` };
}
async function closeProbe(forge, change, kind) {
    if (!forge.closeChangeRequest)
        return `this adapter cannot close ${kind}s: close #${change.number} (${change.url}) by hand`;
    try {
        await forge.closeChangeRequest(change.number);
        return '';
    }
    catch (error) {
        return `could not close the probe ${kind} #${change.number}: close ${change.url} by hand (${(0,errors/* describeError */.Uc)(error)})`;
    }
}
async function deleteProbeBranch(git, remote, branch, authEnv) {
    try {
        const deleted = await git.deleteRemoteBranch(remote, branch, { authEnv });
        return deleted.refs[0]?.flag === 'deleted' ? '' : `could not delete the probe branch ${branch}: delete it by hand`;
    }
    catch (error) {
        return `could not delete the probe branch ${branch}: delete it by hand (${(0,errors/* describeError */.Uc)(error)})`;
    }
}
/**
 * The configured reviewers (pr.reviewers.rules[].users) must be collaborators with at least write
 * access (GitHub) or members with at least the Developer role (GitLab); nobody is requested here.
 */
async function checkReviewers(forge, config) {
    const { rules, codeowners } = config.pr.reviewers;
    const users = [...new Set(rules.flatMap((r) => r.users).map((u) => u.replace(/^@/, '')))];
    const teams = [...new Set(rules.flatMap((r) => r.teams))];
    const notes = [];
    if (teams.length > 0)
        notes.push(forge.platform === 'gitlab' ? `teams (${teams.join(', ')}) are a GitHub feature: GitLab ignores them` : `teams (${teams.join(', ')}) are not checked`);
    if (codeowners)
        notes.push('owners from CODEOWNERS are not checked');
    if (users.length === 0)
        return { state: 'skip', detail: ['no reviewers configured in pr.reviewers.rules', ...notes].join('; ') };
    const unfit = [];
    for (const login of users) {
        const access = await forge.actorAccess(login);
        if (access.blocked)
            unfit.push(`${login} (blocked)`);
        else if (!['write', 'maintain', 'admin'].includes(access.level))
            unfit.push(`${login} (${access.level === 'none' ? 'no access' : `${access.level} access`})`);
    }
    const need = forge.platform === 'gitlab' ? 'members with at least the Developer role' : 'collaborators with at least write access';
    if (unfit.length === 0)
        return { state: 'ok', detail: [`${users.join(', ')} can review (${need}); none was requested`, ...notes].join('; ') };
    return {
        state: 'warn',
        detail: [`cannot be requested as reviewers: ${unfit.join(', ')}`, ...notes].join('; ') + `\n  fix: reviewers must be ${need}: add them to ${forge.repo} or remove them from pr.reviewers in .droid.yml`,
    };
}

;// CONCATENATED MODULE: ./src/commands/doctor.ts














/**
 * `droid-ci doctor`: checks the set-up signals one by one and says what to fix for each:
 * config, engine (binary + key), credentials, read the repo, push a branch (--write), open a PR/MR
 * with labels (--write), reviewers, read CI results. Exit 0 when no check failed, 1 otherwise, 2 usage.
 */
const HELP = `usage: droid-ci doctor [--platform github|gitlab|local] [--write] [--repo DIR] [--config FILE] [--engine NAME] [--json]

Checks the set-up and says what to fix: config, engine (CLI and key), credentials, read the
repository, push a branch, open a PR/MR with the configured labels, reviewers, read CI results.

  --write   also push and delete a scratch branch droid/doctor-probe-*, and open and close a
            draft PR/MR "[droid doctor] probe" with the configured labels (nobody is requested)
  --engine  check this engine instead of engine.use (as \`run --engine\`)
  --json    print { ok, checks: [{ name, state, detail }] }
exit: 0 no check failed, 1 a check failed, 2 usage`;
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
                engine: { type: 'string' },
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
    const platform = (0,src_platform/* detectPlatform */.l)(values.platform, env);
    const repoRoot = (0,external_node_path_.resolve)(values.repo ?? env.CI_PROJECT_DIR ?? env.GITHUB_WORKSPACE ?? process.cwd());
    const checks = await runChecks({ platform, repoRoot, configPath: values.config ?? '.droid.yml', write: values.write ?? false, env, io, engineOverride: values.engine });
    const ok = !checks.some((c) => c.state === 'fail');
    if (values.json)
        io.stdout(JSON.stringify({ ok, checks }, null, 2));
    else
        io.stdout(renderChecks(checks));
    return ok ? 0 : 1;
}
function renderChecks(checks) {
    const icon = { ok: '✔', fail: '✘', skip: '–', warn: '!' };
    return checks.map((c) => `${icon[c.state]} ${c.name}: ${c.detail}`).join('\n');
}
function failWith(platform, step, error) {
    const fix = platform.fix(step, error);
    // a specific fix replaces the error's generic hint
    return ['fail', fix ? `${error instanceof Error ? error.message : String(error)}\n  fix: ${fix}` : (0,errors/* describeError */.Uc)(error)];
}
async function runChecks(input) {
    const { env, repoRoot } = input;
    const checks = [];
    const redactor = new redact/* Redactor */.pO();
    const log = (0,util_log/* streamLogger */.V)((l) => input.io.stderr(l), redactor, { debug: Boolean(env.DROID_DEBUG) });
    const check = async (name, fn) => {
        let outcome;
        try {
            outcome = await fn();
        }
        catch (error) {
            outcome = ['fail', (0,errors/* describeError */.Uc)(error)];
        }
        checks.push({ name, state: outcome[0], detail: redactor.redact(outcome[1]) });
        return outcome[0];
    };
    let config;
    await check('config', async () => {
        const loaded = await (0,load/* readConfigFile */.RG)(repoRoot, input.configPath);
        config = loaded.config;
        return loaded.found
            ? ['ok', `${input.configPath} is valid (${loaded.config.tests.length} test profile(s))`]
            : ['warn', `no ${input.configPath}: defaults apply and no test profile runs\n  fix: run \`droid-ci init\` and commit ${input.configPath}`];
    });
    await check('engine', async () => {
        if (!config)
            return ['skip', 'not checked: fix the config first'];
        const name = input.engineOverride ?? config.engine.use;
        await (0,engine/* createEngine */.P)(name).preflight((0,engine_env/* engineBaseEnv */.V)(env), config);
        const ready = `${name} is ready (CLI found${name === 'command' || name === 'fix-commands' ? '' : ', key present'})`;
        // the isolation boundary (PRODUCT.md §10) is part of "can the engine run here"
        const sandbox = await (0,src_sandbox/* openSandbox */.Ep)({ mode: config.sandbox.mode, user: config.sandbox.user, workdir: repoRoot, env, log });
        await sandbox.close();
        if (sandbox.warning) {
            const fix = config.sandbox.mode === 'off' ? 'set `sandbox.mode: auto`' : 'run the job as root or give the runner passwordless sudo, with util-linux (setpriv, unshare) installed';
            return ['warn', `${ready}\n  ${sandbox.warning}\n  fix: ${fix}`];
        }
        if (!sandbox.pidNamespace)
            return ['warn', `${ready}\n  ${sandbox.describe}: the host's /proc stays visible\n  fix: allow unshare (CAP_SYS_ADMIN) in the job's container`];
        log.debug(`sandbox: ${sandbox.describe}`);
        return ['ok', ready];
    });
    const probes = (await (0,src_platform/* loadPlatform */.G)(input.platform)).doctor;
    if (!probes)
        return checks;
    let platform;
    const audit = new audit_audit/* AuditLog */.S('doctor', { actor: () => 'doctor', redactor });
    await check('credentials', async () => {
        const ctx = { log, redactor, audit };
        platform = await probes(env, ctx);
        return [platform.credentials.state, platform.credentials.detail];
    });
    const p = platform;
    const rest = ['read the repository', 'push a branch', 'open a PR/MR', 'reviewers', 'read CI results'];
    const skipRest = (from, why) => {
        for (const name of rest.slice(from))
            checks.push({ name, state: 'skip', detail: `not tried: ${why}` });
        return checks;
    };
    if (!p)
        return skipRest(0, 'no usable credentials');
    await probeForge(p, config, input, { check, skipRest, log, redactor });
    return checks;
}
/** The forge half of doctor: read the repository, push a branch, open a PR/MR, reviewers, CI results. */
async function probeForge(p, config, input, tools) {
    const { check, skipRest, log, redactor } = tools;
    const repoRoot = input.repoRoot;
    const forge = p.forge;
    let defaultBranch = '';
    const read = await check('read the repository', async () => {
        try {
            defaultBranch = await forge.defaultBranch();
        }
        catch (error) {
            return failWith(p, 'read', error);
        }
        return ['ok', `${forge.repo} is visible; default branch ${defaultBranch}`];
    });
    if (read === 'fail') {
        skipRest(1, 'the repository cannot be read');
        return;
    }
    const git = new git_git/* Git */.T({ cwd: repoRoot, redactor, logger: log });
    const remote = forge.cloneUrl();
    // droid's PRs/MRs go to pr.target_branch (default: the default branch): the probe does too
    const target = config?.pr.target_branch || defaultBranch;
    let headSha;
    const push = await check('push a branch', async () => {
        try {
            headSha = await git.lsRemote(remote, target, { authEnv: forge.gitAuthEnv() });
        }
        catch (error) {
            return ['fail', `git cannot read ${remote} with these credentials: ${(0,errors/* describeError */.Uc)(error)}`];
        }
        if (!headSha && target !== defaultBranch)
            return ['fail', `pr.target_branch "${target}" does not exist on ${remote}\n  fix: set pr.target_branch in ${input.configPath} to an existing branch, or remove it to use ${defaultBranch}`];
        if (!input.write)
            return ['skip', `not tried (run with --write to push and delete a scratch branch droid/doctor-probe-*); git can read ${remote} with these credentials`];
        const probe = await probePush(git, remote, forge.gitAuthEnv());
        if (!probe.ok)
            return ['fail', `${probe.reason ?? 'push failed'}\n  fix: ${p.fix('push', undefined) ?? 'check that the token may push'}`];
        if (probe.leftBranch)
            return ['warn', `pushed a scratch branch but could not delete it: delete ${probe.leftBranch} by hand`];
        return ['ok', `pushed and deleted a scratch branch on ${remote}`];
    });
    await check('open a PR/MR', async () => {
        if (!input.write)
            return ['skip', 'not tried (run with --write to open and close a draft PR/MR with the configured labels)'];
        if (push === 'fail')
            return ['skip', 'not tried: pushing a branch failed'];
        if (!config)
            return ['skip', 'not tried: fix the config first'];
        const parent = (headSha && (await git.resolveCommit(headSha))) || (await git.headSha());
        const probed = await probeChangeRequest({ platform: p, git, parent, targetBranch: target, labels: config.pr.labels });
        return [probed.state, probed.detail];
    });
    await check('reviewers', async () => {
        if (!config)
            return ['skip', 'not checked: fix the config first'];
        try {
            const result = await checkReviewers(forge, config);
            return [result.state, result.detail];
        }
        catch (error) {
            return ['warn', `could not check the reviewers' access: ${(0,errors/* describeError */.Uc)(error)}`];
        }
    });
    await check('read CI results', async () => {
        if (!headSha)
            return ['skip', `no head of ${target} to read the CI of`];
        try {
            const status = await forge.ciStatus(headSha);
            const what = `CI of ${target} (${headSha.slice(0, 12)}): ${status.empty ? 'nothing reported yet' : `${status.state}, ${status.jobs.length} job(s)`}`;
            const withLog = status.jobs.find((j) => j.logAvailable);
            if (withLog)
                await forge.jobLog(withLog);
            return ['ok', withLog ? `${what}; the log of "${withLog.name}" can be read` : what];
        }
        catch (error) {
            return failWith(p, 'ci', error);
        }
    });
}


/***/ }),

/***/ 57711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ loadPlatform),
/* harmony export */   l: () => (/* binding */ detectPlatform)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

const NAMES = ['local', 'github', 'gitlab'];
/** `--platform`, else the CI the process runs in (GITHUB_ACTIONS, GITLAB_CI), else local. */
function detectPlatform(value, env) {
    const name = value ?? (env.GITHUB_ACTIONS === 'true' ? 'github' : env.GITLAB_CI === 'true' ? 'gitlab' : 'local');
    if (!NAMES.includes(name))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `unknown platform "${name}"`, { hint: 'use --platform local, github or gitlab' });
    return name;
}
/** The platform's module, loaded only when it is used (a GitLab job never loads Octokit). */
async function loadPlatform(name) {
    switch (name) {
        case 'github':
            return (await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(387), __webpack_require__.e(224)]).then(__webpack_require__.bind(__webpack_require__, 88224))).githubPlatform;
        case 'gitlab':
            return (await Promise.all(/* import() */[__webpack_require__.e(582), __webpack_require__.e(387), __webpack_require__.e(693), __webpack_require__.e(72)]).then(__webpack_require__.bind(__webpack_require__, 7072))).gitlabPlatform;
        case 'local':
            return (await __webpack_require__.e(/* import() */ 128).then(__webpack_require__.bind(__webpack_require__, 98128))).localPlatform;
    }
}


/***/ })

};
