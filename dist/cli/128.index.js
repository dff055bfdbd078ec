export const id = 128;
export const ids = [128];
export const modules = {

/***/ 98128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   localPlatform: () => (/* binding */ localPlatform)
/* harmony export */ });
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52555);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);


/**
 * `--platform local`: a run on one's own checkout. The request comes from the arguments; there is no
 * forge (the run publishes through a LocalForge, forge.ts) and nothing for doctor to probe beyond
 * the config and the engine.
 */
const localPlatform = {
    name: 'local',
    setup: async (env, _ctx, options) => ({ platform: 'local', request: options.command === 'review' ? await localReviewRequest(options, env) : localRequest(options, env) }),
};
function localRequest(options, env) {
    const command = options.command ?? 'fix';
    const prompt = options.prompt ?? '';
    // one ticket (and so one branch) per run: two runs with the same prompt must not share a branch
    const key = options.ticket ?? `LOCAL-${new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}`;
    if (!/^[A-Za-z0-9][A-Za-z0-9._#!/-]{0,63}$/.test(key)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DroidError */ .TF('usage', `--ticket "${key}" is not a ticket key`, { hint: 'use letters, digits, "-", "_", "." (e.g. PROJ-123)' });
    }
    const title = options.title ?? (prompt.split('\n')[0]?.slice(0, 120) || `${command} ${key}`);
    return {
        command,
        ticket: { key, title, body: prompt },
        instructions: prompt,
        actor: localActor(env),
        actorIsBot: false,
        target: { kind: 'ticket' },
        source: { event: 'cli' },
    };
}
/**
 * A local review: the current branch is the "merge request", `--base` (default main) its target. Local
 * git only; a detached HEAD has no branch to review.
 */
async function localReviewRequest(options, env) {
    const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .Git */ .T({ cwd: options.repoRoot ?? process.cwd() });
    const head = await git.currentBranch();
    if (!head)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DroidError */ .TF('usage', 'a local review needs a branch: HEAD is detached', { hint: 'check out the branch to review (git switch <branch>)' });
    const base = options.base ?? 'main';
    const baseName = await git.checkBranchName(base).catch(() => undefined);
    if (!baseName || !(await git.resolveCommit(`refs/heads/${base}`))) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DroidError */ .TF('usage', `--base "${base}" is not a local branch`, { hint: 'name the branch the current one would merge into, e.g. --base main' });
    }
    if (base === head)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DroidError */ .TF('usage', `the current branch is the base (${base}): nothing to review`, { hint: 'check out the branch to review, or pass --base' });
    return {
        command: 'review',
        ticket: { key: options.ticket ?? head.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 64), title: options.title ?? `Review of ${head}`, body: '' },
        instructions: options.prompt ?? '',
        actor: localActor(env),
        actorIsBot: false,
        target: { kind: 'change', number: 0, headBranch: head, headSha: await git.revParse('HEAD'), baseBranch: base, fromFork: false },
        source: { event: 'cli' },
    };
}
/** Who runs a local run: DROID_ACTOR, else the login. */
function localActor(env) {
    return env.DROID_ACTOR || env.USER || env.LOGNAME || 'local';
}


/***/ })

};
