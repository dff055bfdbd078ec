export const id = 72;
export const ids = [72];
export const modules = {

/***/ 91084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ gitlabForgeOptionsFromEnv)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);


/**
 * The adapter's options from a GitLab job's predefined variables (works on gitlab.com and on
 * self-managed instances at any URL):
 * - DROID_GITLAB_TOKEN: a project/group access token or PAT with `api` + `write_repository`
 *   (CI_JOB_TOKEN cannot open merge requests or write notes);
 * - CI_API_V4_URL (else CI_SERVER_URL + /api/v4), CI_SERVER_URL, CI_PROJECT_PATH, CI_PROJECT_ID, CI_JOB_URL;
 * - CI_SERVER_TLS_CA_FILE: GitLab's file variable holding the instance's CA chain; it is added to the
 *   trusted roots of the API client and given to git as http.sslCAInfo. NODE_EXTRA_CA_CERTS also works
 *   for the API client (Node reads it at start-up);
 * - DROID_GITLAB_RETRY_BASE_MS: first backoff step of API retries without a Retry-After (default 1000);
 * - CI_REPOSITORY_URL: its host (and relative root) also gets the token for git, for runners whose clone_url differs.
 */
function gitlabForgeOptionsFromEnv(env, log, overrides = {}) {
    const token = env['DROID_GITLAB_TOKEN']?.trim();
    if (!token) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DroidError */ .TF('usage', 'DROID_GITLAB_TOKEN is not set', {
            hint: 'add a masked, protected CI/CD variable DROID_GITLAB_TOKEN holding an access token with the api and write_repository scopes',
        });
    }
    const serverUrl = requireUrl(env, 'CI_SERVER_URL');
    const apiUrl = env['CI_API_V4_URL'] ? requireUrl(env, 'CI_API_V4_URL') : `${serverUrl.replace(/\/+$/, '')}/api/v4`;
    const path = env['CI_PROJECT_PATH']?.trim();
    const id = env['CI_PROJECT_ID']?.trim();
    if (!path && !id) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DroidError */ .TF('usage', 'neither CI_PROJECT_PATH nor CI_PROJECT_ID is set', {
            hint: 'run inside a GitLab CI job, or set CI_PROJECT_PATH=group/project',
        });
    }
    if (path && !/^[A-Za-z0-9_.][A-Za-z0-9_./-]*$/.test(path)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DroidError */ .TF('usage', `CI_PROJECT_PATH "${path.slice(0, 100)}" is not a GitLab project path`);
    }
    if (id && !/^\d+$/.test(id))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DroidError */ .TF('usage', `CI_PROJECT_ID "${id.slice(0, 40)}" is not a number`);
    const caFile = env['CI_SERVER_TLS_CA_FILE']?.trim() || undefined;
    let ca;
    if (caFile) {
        try {
            ca = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(caFile, 'utf8');
        }
        catch (error) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DroidError */ .TF('usage', `cannot read CI_SERVER_TLS_CA_FILE ${caFile}: ${error.message}`);
        }
    }
    // DROID_GITLAB_RETRY_BASE_MS: first backoff step of API retries when GitLab gives no Retry-After
    // (default 1000 ms, doubled per attempt); tests and impatient self-managed setups lower it
    const retryBase = env['DROID_GITLAB_RETRY_BASE_MS']?.trim();
    if (retryBase && !/^\d{1,5}$/.test(retryBase)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DroidError */ .TF('usage', `DROID_GITLAB_RETRY_BASE_MS "${retryBase.slice(0, 20)}" is not a number of milliseconds (0-99999)`);
    }
    return {
        token,
        ...(retryBase ? { baseDelayMs: Number(retryBase) } : {}),
        gitUrls: cloneBase(env['CI_REPOSITORY_URL'], path),
        // the numeric id is stable across renames and needs no encoding; the path is kept for URLs
        project: id ? Number(id) : path,
        projectPath: path,
        apiUrl,
        serverUrl,
        jobUrl: env['CI_JOB_URL'] || undefined,
        log,
        ca,
        caFile,
        ...overrides,
    };
}
/**
 * The base of the runner's clone URL (CI_REPOSITORY_URL, `https://gitlab-ci-token:…@host/group/project.git`)
 * without credentials and project path, when it is http(s): a runner with `clone_url` set clones from
 * another host than CI_SERVER_URL, and git must send the token there too. Never logged (it holds the job token).
 */
function cloneBase(repositoryUrl, projectPath) {
    if (!repositoryUrl?.trim())
        return [];
    let url;
    try {
        url = new URL(repositoryUrl.trim());
    }
    catch {
        return [];
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return [];
    const pathname = url.pathname.replace(/\/+$/, '');
    const suffix = projectPath ? `/${projectPath}.git` : undefined;
    const root = suffix && pathname.endsWith(suffix) ? pathname.slice(0, -suffix.length) : '';
    return [`${url.protocol}//${url.host}${root}`];
}
function requireUrl(env, name) {
    const value = env[name]?.trim();
    if (!value) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DroidError */ .TF('usage', `${name} is not set`, { hint: 'run inside a GitLab CI job, or set it to your GitLab URL' });
    }
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DroidError */ .TF('usage', `${name} "${value.slice(0, 100)}" is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DroidError */ .TF('usage', `${name} must be an http(s) URL, not ${url.protocol}`);
    }
    if (url.username || url.password)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DroidError */ .TF('usage', `${name} must not carry credentials`);
    return value.replace(/\/+$/, '');
}


/***/ }),

/***/ 7072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitlabPlatform: () => (/* binding */ gitlabPlatform),
/* harmony export */   gitlabSetup: () => (/* binding */ gitlabSetup)
/* harmony export */ });
/* harmony import */ var _setup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48198);

/** `--platform gitlab`: the job's predefined and DROID_* variables (setup.ts); doctor's probes (doctor.ts). */
const gitlabPlatform = {
    name: 'gitlab',
    setup: (env, ctx, options) => gitlabSetup(env, ctx, { command: options.command }),
    doctor: async (env, ctx) => (await __webpack_require__.e(/* import() */ 580).then(__webpack_require__.bind(__webpack_require__, 27580))).gitlabDoctorSetup(env, ctx),
};
/** The job's predefined and DROID_* variables -> PlatformSetup. */
async function gitlabSetup(env, ctx, options) {
    const setup = (0,_setup_js__WEBPACK_IMPORTED_MODULE_0__/* .gitlabSetupFromEnv */ .eP)(env, ctx, { command: options.command });
    if ('ignored' in setup)
        return setup;
    const own = await ownMergeRequestPipeline(setup);
    return own ? { ignored: own } : setup;
}
/**
 * A merge request pipeline that the droid's own push started (its user is the token's user) is not a
 * person's request: `droid-mr` would otherwise refuse its own bot on every push, with a note and a
 * failed job. ci-fix (CI-triggered, bounded) and relayed notes (DROID_ACTOR) are not affected.
 */
async function ownMergeRequestPipeline(setup) {
    const { request } = setup;
    if (request.source.event !== 'gitlab:merge_request_event' || request.command === 'ci-fix')
        return undefined;
    const me = await setup.forge.client.currentUser();
    if (me.username.toLowerCase() !== request.actor.toLowerCase())
        return undefined;
    return `this merge request pipeline was started by the droid's own push (@${me.username}); nothing to do`;
}


/***/ }),

/***/ 48198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _s: () => (/* binding */ auditEvent),
/* harmony export */   eP: () => (/* binding */ gitlabSetupFromEnv)
/* harmony export */ });
/* unused harmony exports DROID_JOB_NAMES, withTrustedActor */
/* harmony import */ var _relay_signature_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74071);
/* harmony import */ var _trigger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50587);
/* harmony import */ var _trigger_phrase_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29283);
/* harmony import */ var _env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91084);
/* harmony import */ var _forge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12178);





/**
 * Everything `droid-ci run --platform gitlab` needs from a GitLab job, in one call: the Request from
 * the pipeline's variables, the adapter (token from DROID_GITLAB_TOKEN), the secrets to mask and the
 * droid's own job names (ignored when following CI). Shaped like execute.ts's PlatformSetup / Ignored.
 */
const DROID_JOB_NAMES = ['droid', 'droid-mr', 'droid-ci-fix'];
function gitlabSetupFromEnv(env, ctx, options = {}) {
    // the token is registered before anything can fail and print
    ctx.redactor.add(env['DROID_GITLAB_TOKEN']);
    ctx.redactor.add(env[_relay_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .SECRET_VAR */ .vq]);
    const trigger = (0,_trigger_js__WEBPACK_IMPORTED_MODULE_1__/* .requestFromGitLabEnv */ .I)(withTrustedActor(env, ctx.log), {
        command: options.command,
        // the template's `trigger` input (or the relay's) wins; else access.trigger of the checked-out config; else /droid
        trigger: options.trigger ?? (0,_trigger_phrase_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveTriggerPhrase */ .Ut)(env['DROID_TRIGGER'], env['CI_PROJECT_DIR'] ?? process.cwd(), env['DROID_CONFIG']).phrase,
    });
    if (trigger.kind === 'ignore')
        return { ignored: trigger.reason };
    const forgeOptions = (0,_env_js__WEBPACK_IMPORTED_MODULE_3__/* .gitlabForgeOptionsFromEnv */ .E)(env, ctx.log, {
        onCall: ctx.audit ? (call) => ctx.audit.record(auditEvent(call)) : undefined,
    });
    const forge = (0,_forge_js__WEBPACK_IMPORTED_MODULE_4__/* .createGitLabForge */ .RM)(forgeOptions);
    const own = env['CI_JOB_NAME'] ? [...new Set([...DROID_JOB_NAMES, env['CI_JOB_NAME']])] : DROID_JOB_NAMES;
    return {
        platform: 'gitlab',
        request: trigger.request,
        forge,
        secrets: [forgeOptions.token],
        jobUrl: forgeOptions.jobUrl,
        pushStartsNoWorkflows: false,
        ownJobNames: own,
    };
}
/**
 * DROID_ACTOR names who asked, but anyone who can start a pipeline (trigger token, API, web form) can
 * set it: it is believed only when the relay signed it (relay/signature.ts). Otherwise it is dropped and
 * the actor is the pipeline's own user (GITLAB_USER_LOGIN), gated as usual.
 */
function withTrustedActor(env, log) {
    if (!env['DROID_ACTOR'])
        return env;
    const verdict = (0,_relay_signature_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyVariables */ .j1)(env);
    if (verdict.signed)
        return env;
    const user = env['GITLAB_USER_LOGIN'] ?? '(unknown)';
    log.warn(`DROID_ACTOR is ignored: ${verdict.reason}; the actor is the pipeline's user @${user}`);
    const out = { ...env };
    delete out['DROID_ACTOR'];
    return out;
}
/** One audit line per API attempt (method and path only; the path holds no secret). */
function auditEvent(call) {
    return {
        stage: stageOf(call.path),
        action: 'api.call',
        outcome: call.status > 0 && call.status < 400 ? 'ok' : 'fail',
        detail: { method: call.method, path: `/${call.path}`, status: call.status, attempt: call.attempt },
        durationMs: call.durationMs,
    };
}
function stageOf(path) {
    if (/\/notes(\/|$)/.test(path))
        return 'report';
    if (/merge_requests/.test(path))
        return 'pr';
    if (/pipelines?|jobs/.test(path))
        return 'ci';
    if (/members|^users|^user$/.test(path))
        return 'gate';
    return 'workspace';
}


/***/ }),

/***/ 29283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ut: () => (/* binding */ resolveTriggerPhrase)
/* harmony export */ });
/* unused harmony exports DEFAULT_TRIGGER, configuredTrigger */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90131);
/**
 * The trigger phrase a comment or note must start with (PRODUCT.md §2 `access.trigger`), in this order:
 * 1. what the pipeline says: the Action's `trigger_phrase` input, the GitLab template's `trigger` input
 *    (DROID_TRIGGER, also what the relay sends);
 * 2. `access.trigger` in the checked-out `.droid.yml` (for comments, the default branch's);
 * 3. `/droid`.
 * Read before the run proper (the event decides whether there is a run at all): a missing, unreadable or
 * invalid config gives the default here, and the run's own config load reports what is wrong with it.
 */




const DEFAULT_TRIGGER = '/droid';
const PHRASE = /^\S{1,64}$/;
const MAX_CONFIG_BYTES = 256 * 1024;
function resolveTriggerPhrase(given, repoRoot, configPath) {
    const input = given?.trim();
    if (input)
        return { phrase: input, from: 'input' };
    const configured = configuredTrigger(repoRoot, configPath?.trim() || '.droid.yml');
    return configured ? { phrase: configured, from: 'config' } : { phrase: DEFAULT_TRIGGER, from: 'default' };
}
/** `access.trigger` of the config file at `repoRoot/configPath`, when it is there and valid. */
function configuredTrigger(repoRoot, configPath) {
    if ((0,_config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .relativePathProblem */ .BE)(configPath))
        return undefined;
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repoRoot, configPath);
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
        if (!info.isFile() || info.size > MAX_CONFIG_BYTES)
            return undefined;
        const config = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), { maxAliasCount: 50 });
        const access = isRecord(config) ? config['access'] : undefined;
        const trigger = isRecord(access) ? access['trigger'] : undefined;
        return typeof trigger === 'string' && PHRASE.test(trigger) ? trigger : undefined;
    }
    catch {
        return undefined;
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ })

};
