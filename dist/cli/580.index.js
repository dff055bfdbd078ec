export const id = 580;
export const ids = [580];
export const modules = {

/***/ 27580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitlabDoctorSetup: () => (/* binding */ gitlabDoctorSetup),
/* harmony export */   gitlabFix: () => (/* binding */ gitlabFix)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _env_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91084);
/* harmony import */ var _forge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84909);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52851);
/* harmony import */ var _setup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75452);





const TOKEN = 'DROID_GITLAB_TOKEN must be a project (or group) access token with the Developer role and the api and write_repository scopes';
async function gitlabDoctorSetup(env, ctx, now = new Date()) {
    ctx.redactor.add(env['DROID_GITLAB_TOKEN']);
    const options = (0,_env_js__WEBPACK_IMPORTED_MODULE_1__/* .gitlabForgeOptionsFromEnv */ .E)(env, ctx.log, { onCall: (call) => ctx.audit.record((0,_setup_js__WEBPACK_IMPORTED_MODULE_4__/* .auditEvent */ ._s)(call)), retries: 1 });
    const forge = (0,_forge_js__WEBPACK_IMPORTED_MODULE_2__/* .createGitLabForge */ .RM)(options);
    let who;
    try {
        const me = await forge.client.currentUser();
        who = `@${me.username}${me.bot ? ' (a bot user: a project or group access token)' : ''}`;
    }
    catch (error) {
        if (error instanceof _http_js__WEBPACK_IMPORTED_MODULE_3__/* .GitLabApiError */ .AT && error.status === 401) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', 'DROID_GITLAB_TOKEN was refused (401): it is expired, revoked or mistyped', { hint: TOKEN, cause: error });
        }
        throw error;
    }
    const where = `${forge.repo} at ${options.apiUrl ?? options.serverUrl} with DROID_GITLAB_TOKEN of ${who}`;
    return { forge, credentials: await scopes(forge.client, where, now), fix: (step, error) => gitlabFix(step, error, forge.repo) };
}
const EXPIRY_WARNING_DAYS = 14;
/** The token's scopes and expiry, when the instance tells (GitLab 15.5+); `api` is what the droid needs. */
async function scopes(client, where, now) {
    let token;
    try {
        token = await client.tokenSelf();
    }
    catch (error) {
        if (error instanceof _http_js__WEBPACK_IMPORTED_MODULE_3__/* .GitLabApiError */ .AT && (error.status === 404 || error.status === 403))
            return { state: 'ok', detail: `${where} (its scopes could not be read: not checked)` };
        throw error;
    }
    const has = token.scopes.length > 0 ? token.scopes.join(', ') : 'none';
    if (token.active === false)
        return { state: 'fail', detail: `${where}: the token is not active (revoked or expired)\n  fix: ${TOKEN}` };
    if (!token.scopes.includes('api')) {
        return { state: 'fail', detail: `${where}: the token lacks the api scope (it has: ${has}), so it cannot open merge requests or write comments\n  fix: ${TOKEN}` };
    }
    const days = token.expires_at ? Math.floor((Date.parse(`${token.expires_at.slice(0, 10)}T00:00:00Z`) - now.getTime()) / 86_400_000) : undefined;
    if (days !== undefined && days <= EXPIRY_WARNING_DAYS) {
        return { state: 'warn', detail: `${where} (scopes: ${has}); the token expires on ${token.expires_at.slice(0, 10)}\n  fix: rotate it and update the DROID_GITLAB_TOKEN variable` };
    }
    return { state: 'ok', detail: `${where} (scopes: ${has})` };
}
/** What to change when a check failed against GitLab; undefined when the error's own hint says it. */
function gitlabFix(step, error, project) {
    const status = error instanceof _http_js__WEBPACK_IMPORTED_MODULE_3__/* .GitLabApiError */ .AT ? error.status : undefined;
    if (status === 401)
        return `DROID_GITLAB_TOKEN was refused: ${TOKEN}`;
    switch (step) {
        case 'read':
            if (status === 404)
                return `the token cannot see ${project}: check CI_PROJECT_PATH / CI_PROJECT_ID, and make the token's user a member of the project (${TOKEN})`;
            if (status === 403)
                return `the token may not read ${project}: ${TOKEN}`;
            return undefined;
        case 'push':
            return `the token cannot push: ${TOKEN} (CI_JOB_TOKEN cannot push), and no protected branch or push rule may match droid/*`;
        case 'change':
            if (status === 403 || status === 404)
                return `the token cannot open merge requests: ${TOKEN}`;
            return undefined;
        case 'labels':
            return `labels could not be set: the token's user needs at least the Reporter role (Developer for the droid) to create and add labels, or create them in the project by hand`;
        case 'ci':
            if (status === 403 || status === 404)
                return 'the token cannot read pipelines and jobs: it needs the api (or read_api) scope and at least the Reporter role, and the project\'s CI/CD must be visible to members';
            return undefined;
        default:
            return undefined;
    }
}


/***/ })

};
