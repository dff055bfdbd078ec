export const id = 590;
export const ids = [590];
export const modules = {

/***/ 66563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ loginOf),
/* harmony export */   LK: () => (/* binding */ githubCoAuthor),
/* harmony export */   pW: () => (/* binding */ droidTrailers)
/* harmony export */ });
/* unused harmony exports CO_AUTHORED_BY, DROID_TICKET, DROID_RUN, DROID_COMMAND, DROID_PLAN */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72003);

/**
 * The droid's commit trailers (PRODUCT.md §1.6): who asked (`Co-authored-by`), for which ticket, from which
 * run, and — so `ci.max_fix_attempts` can be enforced from history alone — which command made the commit.
 *   git.countTrailers(`${base}..HEAD`, DROID_COMMAND, 'ci-fix')  → ci-fix attempts already on the branch
 */
const CO_AUTHORED_BY = 'Co-authored-by';
const DROID_TICKET = 'Droid-Ticket';
const DROID_RUN = 'Droid-Run';
const DROID_COMMAND = 'Droid-Command';
const DROID_PLAN = 'Droid-Plan';
function droidTrailers(input) {
    const out = [];
    if (input.coAuthor?.trim())
        out.push([CO_AUTHORED_BY, input.coAuthor]);
    if (input.ticketKey?.trim())
        out.push([DROID_TICKET, input.ticketKey]);
    out.push([DROID_RUN, input.runId]);
    if (input.command?.trim())
        out.push([DROID_COMMAND, input.command]);
    if (input.plan?.trim())
        out.push([DROID_PLAN, input.plan]);
    for (const [k, v] of out)
        (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .trailerLine */ .eh)(k, v); // validates now rather than at commit time
    return out;
}
/** GitHub credits a co-author by its noreply address: `login <id+login@users.noreply.github.com>`. */
function githubCoAuthor(login, userId, host = 'users.noreply.github.com') {
    const local = userId ? `${userId}+${login}` : login;
    return `${login} <${local}@${host}>`;
}
/** A login as it can stand in a trailer: characters a forge login may hold, else "unknown". */
function loginOf(actor) {
    return actor.replace(/[^A-Za-z0-9._[\]-]/g, '') || 'unknown';
}


/***/ }),

/***/ 4245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitlabDoctorSetup: () => (/* binding */ gitlabDoctorSetup),
/* harmony export */   gitlabFix: () => (/* binding */ gitlabFix)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32082);
/* harmony import */ var _env_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7699);
/* harmony import */ var _forge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94069);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84686);
/* harmony import */ var _setup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23289);





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


/***/ }),

/***/ 7699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ gitlabForgeOptionsFromEnv)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32082);


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

/***/ 23289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _s: () => (/* binding */ auditEvent),
/* harmony export */   eP: () => (/* binding */ gitlabSetupFromEnv)
/* harmony export */ });
/* unused harmony exports DROID_JOB_NAMES, withTrustedActor */
/* harmony import */ var _relay_signature_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31392);
/* harmony import */ var _trigger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91632);
/* harmony import */ var _trigger_phrase_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58406);
/* harmony import */ var _env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7699);
/* harmony import */ var _forge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94069);





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

/***/ 32740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ei: () => (/* binding */ fitTitle),
/* harmony export */   Xy: () => (/* binding */ GITLAB_LIMITS),
/* harmony export */   f_: () => (/* binding */ GITHUB_LIMITS),
/* harmony export */   vY: () => (/* binding */ fitText)
/* harmony export */ });
const GITHUB_LIMITS = { title: 256, body: 65_536, comment: 65_536 };
const GITLAB_LIMITS = { title: 255, body: 1_000_000, comment: 1_000_000 };
const FENCE_CLOSE = '\n```';
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}
/** `text` cut to at most `at` code units, one whole character shorter if `at` falls inside a surrogate pair. */
function cutAt(text, at) {
    const end = at > 0 && isHighSurrogate(text.charCodeAt(at - 1)) ? at - 1 : at;
    return text.slice(0, end);
}
/** Fence lines (``` or ~~~ at a line start, up to 3 spaces in) opened and not closed in `text`. */
function openFence(text) {
    let open = false;
    let lineStart = 0;
    while (lineStart <= text.length) {
        const nl = text.indexOf('\n', lineStart);
        const line = text.slice(lineStart, nl < 0 ? text.length : nl);
        if (/^ {0,3}(```|~~~)/.test(line))
            open = !open;
        if (nl < 0)
            break;
        lineStart = nl + 1;
    }
    return open;
}
/**
 * `text` within `limit` characters. `keep`: markers that must survive (put back at the end when the
 * cut took them). The result ends with a line saying how much was left out.
 */
function fitText(text, limit, options = {}) {
    if (text.length <= limit)
        return text;
    const note = (left) => `\n\n_… ${left} characters left out to fit the forge's limit of ${limit}._`;
    const keep = (options.keep ?? []).filter((m) => m && text.includes(m));
    // room for the closing fence, the note (its number has at most as many digits as the length) and the kept markers
    const reserve = FENCE_CLOSE.length + note(text.length).length + keep.reduce((n, m) => n + m.length + 1, 0);
    let end = Math.max(0, limit - reserve);
    // never inside an HTML comment (a hidden marker cut in half would show, or swallow what follows)
    const opened = text.lastIndexOf('<!--', end);
    if (opened >= 0) {
        const closed = text.indexOf('-->', opened);
        if (closed < 0 || closed + 3 > end)
            end = opened;
    }
    // at a line end when there is one in the last quarter
    const nl = text.lastIndexOf('\n', end);
    if (nl > end * 0.75)
        end = nl;
    let head = cutAt(text, end).replace(/\s+$/, '');
    if (openFence(head))
        head += FENCE_CLOSE;
    const lost = keep.filter((m) => !head.includes(m));
    const out = `${head}${note(text.length - end)}${lost.length > 0 ? `\n${lost.join('\n')}` : ''}`;
    return out.length <= limit ? out : cutAt(out, limit);
}
/** A one-line title within `limit`, ending in `…` when it was cut. */
function fitTitle(title, limit) {
    return title.length <= limit ? title : `${cutAt(title, limit - 1).trimEnd()}…`;
}


/***/ }),

/***/ 58406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ut: () => (/* binding */ resolveTriggerPhrase)
/* harmony export */ });
/* unused harmony exports DEFAULT_TRIGGER, configuredTrigger */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53645);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98152);
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
