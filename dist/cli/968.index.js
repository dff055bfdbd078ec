export const id = 968;
export const ids = [968];
export const modules = {

/***/ 63968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubDoctorSetup: () => (/* binding */ githubDoctorSetup)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _adapter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32662);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18428);
/* harmony import */ var _setup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79817);




/** The forge for `droid-ci doctor --platform github`: the same token rules as a run, no event needed. */
async function githubDoctorSetup(env, ctx) {
    const repo = env.GITHUB_REPOSITORY?.trim();
    if (!repo)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', 'GITHUB_REPOSITORY is not set', { hint: 'set it to owner/name (the runner sets it in Actions)' });
    const { apiUrl, serverUrl } = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .githubUrlsFromEnv */ .zY)(env);
    const auth = await (0,_setup_js__WEBPACK_IMPORTED_MODULE_3__/* .token */ .Sh)(env, repo, apiUrl, ctx);
    const forge = (0,_adapter_js__WEBPACK_IMPORTED_MODULE_1__/* .createGitHubForge */ .b)({ token: auth.token, repo, apiUrl, serverUrl, log: ctx.log, audit: ctx.audit });
    const kind = auth.isJobToken ? 'the job token' : 'an app or personal token';
    return { forge, pushStartsNoWorkflows: auth.isJobToken, describe: `${repo} at ${apiUrl} with ${kind}` };
}


/***/ })

};
