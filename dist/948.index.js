export const id = 948;
export const ids = [948];
export const modules = {

/***/ 41948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubDoctorSetup: () => (/* binding */ githubDoctorSetup),
/* harmony export */   githubFix: () => (/* binding */ githubFix)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _adapter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79164);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27560);
/* harmony import */ var _setup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1834);




const PERMISSIONS = 'permissions: { contents: write, pull-requests: write, issues: write, checks: read, statuses: read, actions: read }';
async function githubDoctorSetup(env, ctx) {
    const repo = env.GITHUB_REPOSITORY?.trim();
    if (!repo)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', 'GITHUB_REPOSITORY is not set', { hint: 'set it to owner/name (the runner sets it in Actions)' });
    const { apiUrl, serverUrl } = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .githubUrlsFromEnv */ .zY)(env);
    const isApp = Boolean(((0,_setup_js__WEBPACK_IMPORTED_MODULE_3__/* .actionInput */ .jD)(env, 'app_id') ?? env.DROID_GITHUB_APP_ID) && ((0,_setup_js__WEBPACK_IMPORTED_MODULE_3__/* .actionInput */ .jD)(env, 'app_private_key') ?? env.DROID_GITHUB_APP_PRIVATE_KEY));
    const auth = await (0,_setup_js__WEBPACK_IMPORTED_MODULE_3__/* .token */ .Sh)(env, repo, apiUrl, ctx);
    const forge = (0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__/* .createGitHubForge */ .bz)({ token: auth.token, repo, apiUrl, serverUrl, log: ctx.log, audit: ctx.audit, waits: (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .waitsFromEnv */ .QH)(env) });
    const where = `${repo} at ${apiUrl}`;
    const credentials = isApp
        ? { state: 'ok', detail: `${where} with a GitHub App installation token: pushes start workflows, so CI runs on droid branches` }
        : !auth.isJobToken
            ? { state: 'ok', detail: `${where} with a personal access token: pushes start workflows; PRs and comments appear as the token's owner` }
            : {
                state: 'warn',
                detail: `${where} with the job token (GITHUB_TOKEN, or another ghs_ token): pushes made with it start no workflows, so CI will not run on droid branches and PRs. ` +
                    'Fix: give the action app_id + app_private_key (a GitHub App installation token) or a personal access token as github_token',
            };
    return { forge, credentials, fix: (step, error) => githubFix(step, error, repo, auth.isJobToken && !isApp) };
}
function statusAndPath(error) {
    const cause = error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF ? error.cause : error;
    const message = error instanceof Error ? error.message : String(error);
    if (!(0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .isRequestError */ .eK)(cause))
        return { status: undefined, path: '', message };
    return { status: cause.status, path: cause.request?.url ?? '', message: `${message} ${String(cause.response?.data?.message ?? '')}` };
}
/** What to change when a check failed against GitHub; undefined when the error's own hint says it. */
function githubFix(step, error, repo, jobToken) {
    const { status, path, message } = statusAndPath(error);
    if (status === 401)
        return 'the token was refused (expired, revoked or mistyped): check github_token / GITHUB_TOKEN, or app_id and app_private_key';
    switch (step) {
        case 'read':
            if (status === 404) {
                return `the token cannot see ${repo}: check GITHUB_REPOSITORY; a fine-grained personal access token must list the repository, a GitHub App must be installed on it, and the job token only sees the workflow's own repository`;
            }
            if (status === 403)
                return `the token may not read ${repo}: the workflow needs \`${PERMISSIONS}\` (at least \`contents: read\`)`;
            return undefined;
        case 'push':
            return `the token cannot push: give the workflow \`permissions: contents: write\` (a GitHub App: Contents "Read and write"; a fine-grained token: Contents "Read and write"; a classic token: the repo scope), and make sure no branch rule or ruleset blocks branches named droid/*`;
        case 'change':
            if (status === 403 && /not permitted to create or approve pull requests/i.test(message)) {
                return 'turn on Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests" (organisation and repository), or use a GitHub App / personal access token';
            }
            if (status === 403 || status === 404) {
                return `the token cannot open pull requests: give the workflow \`permissions: pull-requests: write, issues: write\` (labels go through the issues API)${jobToken ? '' : '; a GitHub App needs Pull requests and Issues "Read and write"'}`;
            }
            if (status === 422 && /draft/i.test(message)) {
                return 'draft pull requests are not available for this repository (a private repository on a free plan): set pr.draft: false and pr.on_tests_failing: comment-only';
            }
            return undefined;
        case 'labels':
            return 'labels could not be created or added: give the workflow `permissions: issues: write, pull-requests: write` (a GitHub App: Issues "Read and write"), or create the labels in the repository by hand';
        case 'ci':
            if (status === 403 || status === 404) {
                if (/\/actions\//.test(path))
                    return 'the token cannot read Actions job logs: give the workflow `permissions: actions: read` (a GitHub App: Actions "Read")';
                if (/\/status(es)?\b/.test(path))
                    return 'the token cannot read commit statuses: give the workflow `permissions: statuses: read` (a GitHub App: Commit statuses "Read")';
                return 'the token cannot read check runs: give the workflow `permissions: checks: read` (a GitHub App: Checks "Read")';
            }
            return undefined;
        default:
            return undefined;
    }
}


/***/ })

};
