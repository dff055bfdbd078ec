export const id = 377;
export const ids = [377,5];
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
// EXTERNAL MODULE: ./src/git/git.ts + 4 modules
var git_git = __webpack_require__(85480);
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
            return (await Promise.all(/* import() */[__webpack_require__.e(582), __webpack_require__.e(387), __webpack_require__.e(359), __webpack_require__.e(72)]).then(__webpack_require__.bind(__webpack_require__, 7072))).gitlabPlatform;
        case 'local':
            return (await __webpack_require__.e(/* import() */ 128).then(__webpack_require__.bind(__webpack_require__, 98128))).localPlatform;
    }
}


/***/ }),

/***/ 49997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yo: () => (/* binding */ detach),
/* harmony export */   aJ: () => (/* binding */ stripAnsi),
/* harmony export */   fz: () => (/* binding */ WholeLineSplitter),
/* harmony export */   g3: () => (/* binding */ LineSplitter),
/* harmony export */   kU: () => (/* binding */ stripControl),
/* harmony export */   oY: () => (/* binding */ indentAt),
/* harmony export */   te: () => (/* binding */ NextMatch)
/* harmony export */ });
/* unused harmony exports MAX_LINE, cleanLine, TailWindow */
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Text primitives shared by the failure summaries and the engines: terminal control sequences,
 * line cleaning, and splitting a stream of chunks into lines with bounded memory.
 */

/** Longest line handed to a parser; the rest of an over-long line (minified code, base64 dumps) is dropped. */
const MAX_LINE = 4096;
// CSI (colours, cursor moves), OSC (hyperlinks, titles) and lone two-byte escapes.
const ANSI = /\x1b\[[0-9;?<=>!]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]/g;
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;
/** Removes colour codes and other terminal control sequences. */
function stripAnsi(text) {
    return text.includes('\x1b') ? text.replace(ANSI, '') : text;
}
const TIMESTAMP = /^\d{4}-\d\d-\d\dT[\d:.]+Z (?:[0-9a-f]{2}[OE]\+? ?)?/;
const TIMESTAMP_ANYWHERE = /^\d{4}-\d\d-\d\dT[\d:.]+Z /m;
/**
 * Turns one raw log line into what a reader of the terminal saw: no colour codes, only the text
 * after the last carriage return (progress bars), no CI timestamp prefix, no control characters.
 */
function cleanLine(raw) {
    let line = raw;
    if (line.length > MAX_LINE)
        line = line.slice(0, MAX_LINE);
    if (line.includes('\x1b'))
        line = line.replace(ANSI, '');
    return finishLine(line, line.includes('\r'), true);
}
/** The per-line part of cleaning, once colour codes are gone: carriage returns and timestamps. */
function finishLine(text, carriage, timestamps) {
    let line = text;
    if (carriage) {
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        const cr = line.lastIndexOf('\r');
        if (cr >= 0)
            line = line.slice(cr + 1);
    }
    // GitHub Actions log downloads prefix each line with an ISO timestamp; GitLab job logs with
    // timestamps add a stream marker after it (`00O `, `01E+ `)
    if (timestamps && line.length > 20 && line.charCodeAt(4) === 45 && line.charCodeAt(10) === 84) {
        const m = TIMESTAMP.exec(line);
        if (m)
            line = line.slice(m[0].length);
    }
    if (line.length > MAX_LINE)
        line = line.slice(0, MAX_LINE);
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
// a byte that is not ASCII, in a latin1 view of the bytes (one char per byte)
const NON_ASCII = /[\x80-\xff]/;
/**
 * The line of the next place in a block where a needle occurs, found by one native search and
 * reused until the reader passes it, so finding the lines that hold X costs a search per line that
 * does, not a test per line. The needle (a string, or a regex with the g flag) must not match across
 * a newline.
 */
class NextMatch {
    needle;
    seq = -1;
    at = Infinity;
    line = Infinity;
    constructor(needle) {
        this.needle = needle;
    }
    /** The start of the first line at or after `from` (a line start) that holds the needle; Infinity if none. */
    lineFrom(block, from) {
        if (block.seq !== this.seq || this.at < from) {
            this.seq = block.seq;
            this.at = find(this.needle, block.text, from);
            this.line = this.at === Infinity ? Infinity : block.text.lastIndexOf('\n', this.at) + 1;
        }
        return this.line;
    }
}
function find(needle, text, from) {
    if (typeof needle === 'string') {
        const at = text.indexOf(needle, from);
        return at < 0 ? Infinity : at;
    }
    needle.lastIndex = from;
    return needle.exec(text)?.index ?? Infinity;
}
/** Where the text of a line starts after its indentation (spaces and tabs), in a block of lines. */
function indentAt(text, from) {
    let i = from;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 9)
            break;
        i += 1;
    }
    return i;
}
/**
 * Splits a stream of chunks into cleaned lines (see cleanLine) with bounded memory. The work is done
 * per block of complete lines, not per line: colour codes are stripped from the whole block in one
 * pass, and carriage returns and timestamps are looked at only in blocks that hold any. A line longer
 * than MAX_LINE is cut and the rest of it skipped, so a log without newlines cannot grow the buffer.
 *
 * Bytes (a file or a child's output) are split before they are decoded: a block of lines is viewed
 * as latin1 (one char per byte, no decoding work), and only the lines that hold a non-ASCII byte are
 * decoded as UTF-8, and only the lines that hold an escape have colour codes stripped. With a `skip`,
 * the plain lines it says change nothing are not made into strings at all. A chunk is not kept after
 * write returns (the caller may reuse its buffer); the partial last line is copied.
 */
class LineSplitter {
    onLine;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
    pending = '';
    carry;
    skipping = false;
    skip;
    keepLast;
    block = { text: '', seq: 0 };
    constructor(onLine, options = {}) {
        this.onLine = onLine;
        this.skip = options.skip;
        this.keepLast = options.keepLast ?? 0;
    }
    write(chunk) {
        if (typeof chunk !== 'string') {
            this.writeBytes(chunk);
            return;
        }
        if (this.carry) {
            this.pending = this.carry.toString('utf8');
            this.carry = undefined;
        }
        const text = chunk;
        if (text.length === 0)
            return;
        const last = text.lastIndexOf('\n');
        if (last < 0) {
            this.hold(text);
            return;
        }
        const block = text.slice(0, last);
        if (this.skipping) {
            // the rest of an over-long line: drop it up to its end
            const nl = block.indexOf('\n');
            this.skipping = false;
            if (nl >= 0)
                this.onBlock(block.slice(nl + 1));
        }
        else {
            this.onBlock(this.pending + block);
        }
        this.pending = '';
        this.hold(text.slice(last + 1));
    }
    end() {
        let rest = this.pending + this.decoder.end();
        if (this.carry)
            rest += this.carry.toString('utf8');
        this.pending = '';
        this.carry = undefined;
        if (rest && !this.skipping)
            this.onBlock(rest);
        this.skipping = false;
    }
    writeBytes(chunk) {
        if (chunk.length === 0)
            return;
        let from = 0;
        if (this.skipping) {
            const nl = chunk.indexOf(10);
            if (nl < 0)
                return;
            this.skipping = false;
            from = nl + 1;
        }
        else if (this.carry || this.pending) {
            // the line begun in the last chunk: joined with its end (a copy of a line, not of the chunk)
            const nl = chunk.indexOf(10);
            const head = nl < 0 ? chunk : chunk.subarray(0, nl);
            const carry = this.carry ?? Buffer.from(this.pending, 'utf8');
            this.pending = '';
            this.carry = undefined;
            if (nl < 0) {
                this.holdBytes(Buffer.concat([carry, head]), 0, true);
                return;
            }
            const line = Buffer.concat([carry, head]);
            if (line.length > MAX_LINE * 2)
                this.onBytes(line, 0, MAX_LINE * 2);
            else
                this.onBytes(line, 0, line.length);
            from = nl + 1;
        }
        const last = chunk.lastIndexOf(10);
        if (last < from) {
            this.holdBytes(chunk, from, false);
            return;
        }
        this.onBytes(chunk, from, last);
        this.holdBytes(chunk, last + 1, false);
    }
    /** Keeps the start of an unfinished line (a copy), or emits an over-long one cut and skips its rest. */
    holdBytes(bytes, from, owned) {
        const size = bytes.length - from;
        if (size === 0)
            return;
        if (size > MAX_LINE * 2) {
            this.onBytes(bytes, from, from + MAX_LINE * 2);
            this.skipping = true;
            return;
        }
        this.carry = owned && from === 0 ? bytes : Buffer.from(bytes.subarray(from));
    }
    /** Cleans and emits the complete lines in bytes[start, end) (newline-separated, no newline at the end). */
    onBytes(bytes, start, end) {
        const view = bytes.toString('latin1', start, end);
        const carriage = view.includes('\r');
        const timestamps = view.includes('Z ') && TIMESTAMP_ANYWHERE.test(view);
        const block = this.block;
        block.text = view;
        block.seq += 1;
        // lines are skipped only where they are what a reader saw, and never among the block's last ones
        const skip = timestamps ? undefined : this.skip;
        const keepFrom = skip ? lastLinesStart(view, this.keepLast) : 0;
        // the next escape and carriage return at or after the line's start, found lazily
        let esc = -1;
        let escLine = 0;
        let cr = carriage ? -1 : Infinity;
        let crLine = Infinity;
        let from = 0;
        for (;;) {
            if (esc < from) {
                esc = view.indexOf('\x1b', from);
                if (esc < 0)
                    esc = Infinity;
                escLine = esc === Infinity ? Infinity : view.lastIndexOf('\n', esc) + 1;
            }
            if (skip && from < keepFrom && escLine > from) {
                if (cr < from) {
                    cr = view.indexOf('\r', from);
                    if (cr < 0)
                        cr = Infinity;
                    crLine = cr === Infinity ? Infinity : view.lastIndexOf('\n', cr) + 1;
                }
                if (crLine > from) {
                    const next = Math.min(skip(block, from), escLine, crLine, keepFrom);
                    if (next > from) {
                        if (next > view.length)
                            return;
                        from = next;
                        continue;
                    }
                }
            }
            let nl = view.indexOf('\n', from);
            if (nl < 0)
                nl = view.length;
            // a line with a non-ASCII byte is decoded (the test looks at this line only, not at the lines skipped)
            let line = view.slice(from, nl);
            if (NON_ASCII.test(line))
                line = bytes.toString('utf8', start + from, start + nl);
            if (esc < nl)
                line = line.replace(ANSI, '');
            this.onLine(carriage || timestamps || line.length > MAX_LINE ? finishLine(line, carriage, timestamps) : line);
            if (nl >= view.length)
                return;
            from = nl + 1;
        }
    }
    hold(text) {
        if (this.skipping || text.length === 0)
            return;
        const joined = this.pending + text;
        if (joined.length > MAX_LINE * 2) {
            // keep enough for colour codes to be stripped; the line is cut to MAX_LINE when cleaned
            this.onBlock(joined.slice(0, MAX_LINE * 2));
            this.pending = '';
            this.skipping = true;
        }
        else {
            this.pending = detach(joined);
        }
    }
    /** Cleans and emits the complete lines of a block. */
    onBlock(raw) {
        const block = raw.includes('\x1b') ? raw.replace(ANSI, '') : raw;
        const carriage = block.includes('\r');
        const timestamps = block.includes('Z ') && TIMESTAMP_ANYWHERE.test(block);
        let start = 0;
        for (;;) {
            const nl = block.indexOf('\n', start);
            const end = nl < 0 ? block.length : nl;
            const line = block.slice(start, end);
            this.onLine(carriage || timestamps || line.length > MAX_LINE ? finishLine(line, carriage, timestamps) : line);
            if (nl < 0)
                return;
            start = nl + 1;
        }
    }
}
/** Where the last `n` lines of a block start (0 when it holds no more than n, Infinity for none). */
function lastLinesStart(text, n) {
    if (n === 0)
        return Infinity;
    // forward searches from far enough back (a backward search is several times slower)
    for (let span = 64 * n;; span *= 4) {
        const start = Math.max(0, text.length - span);
        const ends = [];
        for (let at = text.indexOf('\n', start); at >= 0; at = text.indexOf('\n', at + 1))
            ends.push(at);
        if (ends.length >= n)
            return (ends[ends.length - n] ?? -1) + 1;
        if (start === 0)
            return 0;
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
/**
 * Splits a byte stream of records (an agent CLI's JSON lines) into whole lines: nothing is cleaned or
 * cut, blank lines are skipped, and a line longer than `maxLine` is dropped (memory stays flat). Log
 * text for people goes through LineSplitter instead, which cleans and cuts each line.
 */
class WholeLineSplitter {
    onLine;
    maxLine;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
    pending = '';
    overflow = false;
    constructor(onLine, maxLine = 8 * 1024 * 1024) {
        this.onLine = onLine;
        this.maxLine = maxLine;
    }
    write(chunk) {
        this.take(this.decoder.write(chunk));
    }
    end() {
        this.take(this.decoder.end());
        if (!this.overflow && this.pending.trim() !== '')
            this.onLine(this.pending);
        this.pending = '';
    }
    take(text) {
        let rest = text;
        for (;;) {
            const newline = rest.indexOf('\n');
            if (newline < 0)
                break;
            const line = this.pending + rest.slice(0, newline);
            rest = rest.slice(newline + 1);
            if (!this.overflow && line.trim() !== '')
                this.onLine(line.replace(/\r$/, ''));
            this.pending = '';
            this.overflow = false;
        }
        if (this.overflow)
            return;
        this.pending += rest;
        if (this.pending.length > this.maxLine) {
            this.pending = '';
            this.overflow = true;
        }
    }
}


/***/ })

};
