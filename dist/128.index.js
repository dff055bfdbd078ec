export const id = 128;
export const ids = [128];
export const modules = {

/***/ 98128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   localPlatform: () => (/* binding */ localPlatform)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/**
 * `--platform local`: a run on one's own checkout. The request comes from the arguments; there is no
 * forge (the run publishes through a LocalForge, forge.ts) and nothing for doctor to probe beyond
 * the config and the engine.
 */
const localPlatform = {
    name: 'local',
    setup: async (env, _ctx, options) => ({ platform: 'local', request: localRequest(options, env) }),
};
function localRequest(options, env) {
    const command = options.command ?? 'fix';
    const prompt = options.prompt ?? '';
    // one ticket (and so one branch) per run: two runs with the same prompt must not share a branch
    const key = options.ticket ?? `LOCAL-${new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}`;
    if (!/^[A-Za-z0-9][A-Za-z0-9._#!/-]{0,63}$/.test(key)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `--ticket "${key}" is not a ticket key`, { hint: 'use letters, digits, "-", "_", "." (e.g. PROJ-123)' });
    }
    const title = options.title ?? (prompt.split('\n')[0]?.slice(0, 120) || `${command} ${key}`);
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


/***/ })

};
