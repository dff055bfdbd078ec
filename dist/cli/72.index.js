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
/* harmony import */ var _util_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8956);



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
    const url = (0,_util_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkHttpUrl */ .Om)(value, name);
    if (typeof url === 'string')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DroidError */ .TF('usage', url);
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
/* harmony import */ var _setup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75452);

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

/***/ 75452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _s: () => (/* binding */ auditEvent),
  eP: () => (/* binding */ gitlabSetupFromEnv)
});

// UNUSED EXPORTS: DROID_JOB_NAMES, withTrustedActor

// EXTERNAL MODULE: ./src/platform/gitlab/relay/signature.ts
var signature = __webpack_require__(74071);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/trigger/command-text.ts
var command_text = __webpack_require__(61357);
// EXTERNAL MODULE: ./src/util/validate.ts
var validate = __webpack_require__(8956);
;// CONCATENATED MODULE: ./src/platform/gitlab/trigger.ts



const MAX_BODY = 64 * 1024;
const MAX_TITLE = 256;
function requestFromGitLabEnv(env, options = {}) {
    const trigger = options.trigger ?? '/droid';
    const prefix = options.droidBranchPrefix ?? 'droid/';
    const v = (name) => {
        const value = env[name];
        return value === undefined || value.trim() === '' ? undefined : value;
    };
    // 1. what is asked
    const noteBody = trigger_text(v('DROID_NOTE_BODY'), 'DROID_NOTE_BODY', MAX_BODY);
    let command = options.command ?? parseCommand(v('DROID_COMMAND'));
    let instructions = '';
    if (noteBody !== undefined) {
        const parsed = (0,command_text/* parseNote */.wd)(noteBody, trigger);
        if (!parsed)
            return { kind: 'ignore', reason: `the note does not start with ${trigger}` };
        command ??= parsed.command;
        instructions = parsed.instructions;
    }
    if (!command) {
        return { kind: 'ignore', reason: 'no DROID_COMMAND or DROID_NOTE_BODY in this pipeline: nothing was asked of the droid' };
    }
    // 2. who asks
    const actor = login(v('DROID_ACTOR') ?? v('GITLAB_USER_LOGIN'));
    // 3. where the work lands
    const ref = v('CI_COMMIT_REF_NAME');
    const target = targetFrom(v, command);
    if (command === 'ci-fix') {
        const branch = target.kind === 'change' ? target.headBranch : ref;
        if (!branch || !branch.startsWith(prefix)) {
            return { kind: 'ignore', reason: `ci-fix only works on the droid's own branches (${prefix}…), not on ${branch ?? 'an unknown branch'}` };
        }
        if (target.kind !== 'change') {
            return { kind: 'ignore', reason: `no open merge request for ${branch}: nothing to fix` };
        }
    }
    // 4. the ticket
    const ticket = ticketFrom(v, target, command, ref);
    if (!instructions)
        instructions = trigger_text(v('DROID_INSTRUCTIONS'), 'DROID_INSTRUCTIONS', MAX_BODY) ?? '';
    const noteId = optionalInt(v('DROID_NOTE_ID'), 'DROID_NOTE_ID');
    const pipelineSource = (v('CI_PIPELINE_SOURCE') ?? 'pipeline').replace(/[^a-z_]/g, '');
    // a review that a merge request pipeline starts by itself (no note asked for it) is `review.auto`'s to allow
    const auto = command === 'review' && noteBody === undefined && pipelineSource === 'merge_request_event' && target.kind === 'change';
    if (auto && v('CI_MERGE_REQUEST_DRAFT') === 'true') {
        return { kind: 'ignore', reason: `merge request !${target.number} is a draft: it is reviewed once it is marked ready` };
    }
    const request = {
        command,
        ticket,
        instructions,
        actor,
        actorIsBot: false,
        target,
        source: {
            event: noteBody !== undefined ? 'gitlab:note' : `gitlab:${pipelineSource}`,
            commentId: noteId,
            url: url(v('DROID_NOTE_URL'), 'DROID_NOTE_URL') ?? ticket.url,
            ...(auto ? { auto: true } : {}),
        },
    };
    // a ticket key a ticket system may know: DROID_TICKET_KEY without a title, or `/droid fix PROJ-12` in a note
    const keyed = v('DROID_TICKET_KEY') !== undefined && !v('DROID_TICKET_TITLE')?.trim() ? ticket.key : undefined;
    const ticketLookup = keyed ?? /^\s*([A-Za-z][A-Za-z0-9_]{0,31}-\d{1,9})(?![\w-])/.exec(instructions)?.[1];
    return { kind: 'request', request: ticketLookup ? { ...request, ticketLookup } : request };
}
function targetFrom(v, command) {
    const projectId = v('CI_PROJECT_ID');
    // a merge request pipeline
    const mrIid = optionalInt(v('CI_MERGE_REQUEST_IID'), 'CI_MERGE_REQUEST_IID');
    if (mrIid !== undefined) {
        const sourceProject = v('CI_MERGE_REQUEST_SOURCE_PROJECT_ID');
        const targetProject = v('CI_MERGE_REQUEST_PROJECT_ID') ?? projectId;
        return {
            kind: 'change',
            number: mrIid,
            headBranch: branch(v('CI_MERGE_REQUEST_SOURCE_BRANCH_NAME'), 'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME', true),
            // merged-results pipelines run on a merge commit; the source branch head is this one
            headSha: sha(v('CI_MERGE_REQUEST_SOURCE_BRANCH_SHA') ?? v('CI_COMMIT_SHA'), 'CI_COMMIT_SHA'),
            baseBranch: branch(v('CI_MERGE_REQUEST_TARGET_BRANCH_NAME'), 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME', true),
            fromFork: sourceProject !== undefined && targetProject !== undefined && sourceProject !== targetProject,
        };
    }
    // a pipeline the relay started for a note on a merge request
    const relayed = optionalInt(v('DROID_MR_IID'), 'DROID_MR_IID');
    if (relayed !== undefined) {
        return {
            kind: 'change',
            number: relayed,
            headBranch: branch(v('DROID_MR_SOURCE_BRANCH') ?? v('CI_COMMIT_REF_NAME'), 'DROID_MR_SOURCE_BRANCH', true),
            headSha: sha(v('DROID_MR_SHA') ?? v('CI_COMMIT_SHA'), 'DROID_MR_SHA'),
            baseBranch: branch(v('DROID_MR_TARGET_BRANCH') ?? v('CI_DEFAULT_BRANCH'), 'DROID_MR_TARGET_BRANCH', true),
            fromFork: v('DROID_MR_FROM_FORK') === 'true',
        };
    }
    // a branch pipeline of a branch that has an open merge request (ci-fix after a failed push pipeline)
    if (command === 'ci-fix') {
        const open = openMergeRequest(v('CI_OPEN_MERGE_REQUESTS'), v('CI_PROJECT_PATH'));
        const ref = branch(v('CI_COMMIT_REF_NAME'), 'CI_COMMIT_REF_NAME', false);
        if (open !== undefined && ref) {
            return {
                kind: 'change',
                number: open,
                headBranch: ref,
                headSha: sha(v('CI_COMMIT_SHA'), 'CI_COMMIT_SHA'),
                baseBranch: branch(v('CI_DEFAULT_BRANCH'), 'CI_DEFAULT_BRANCH', true),
                fromFork: false,
            };
        }
    }
    return { kind: 'ticket', issueNumber: optionalInt(v('DROID_ISSUE_IID'), 'DROID_ISSUE_IID') };
}
function ticketFrom(v, target, command, ref) {
    const given = v('DROID_TICKET_KEY');
    let key;
    if (given !== undefined) {
        key = given.trim();
        if (!/^[A-Za-z0-9#!][A-Za-z0-9._#!/-]{0,63}$/.test(key)) {
            throw new errors/* DroidError */.TF('usage', `DROID_TICKET_KEY "${(0,validate/* printable */.g$)(key)}" is not a ticket key`, {
                hint: 'use letters, digits, "-", "_", "." (e.g. PROJ-123), at most 64 characters',
            });
        }
    }
    else if (target.kind === 'change')
        key = `!${target.number}`;
    else if (target.issueNumber !== undefined)
        key = `#${target.issueNumber}`;
    else {
        throw new errors/* DroidError */.TF('usage', `DROID_COMMAND=${command} needs a ticket: set DROID_TICKET_KEY (and DROID_TICKET_TITLE/BODY), or DROID_ISSUE_IID`, {
            hint: 'the relay sets these for notes; for API and web pipelines pass them as pipeline variables',
        });
    }
    const fallbackTitle = target.kind === 'change'
        ? v('CI_MERGE_REQUEST_TITLE') ?? `${command} on ${target.headBranch}`
        : `${command} ${key}${ref ? ` on ${ref}` : ''}`;
    return {
        key,
        title: oneLine(trigger_text(v('DROID_TICKET_TITLE'), 'DROID_TICKET_TITLE', 4 * MAX_TITLE) ?? fallbackTitle).slice(0, MAX_TITLE),
        body: trigger_text(v('DROID_TICKET_BODY'), 'DROID_TICKET_BODY', MAX_BODY) ?? v('CI_MERGE_REQUEST_DESCRIPTION')?.slice(0, MAX_BODY) ?? '',
        url: url(v('DROID_TICKET_URL'), 'DROID_TICKET_URL'),
    };
}
function parseCommand(value) {
    if (value === undefined)
        return undefined;
    const c = value.trim().toLowerCase();
    if ((0,command_text/* isDroidCommand */.yV)(c))
        return c;
    throw new errors/* DroidError */.TF('usage', `DROID_COMMAND "${(0,validate/* printable */.g$)(value)}" is not a droid command`, { hint: `use one of ${command_text/* COMMANDS */.Lo.join(', ')}` });
}
/** `group/project!12,other/project!3` -> 12 for this project (GitLab lists up to four). */
function openMergeRequest(list, projectPath) {
    if (!list || !projectPath)
        return undefined;
    for (const item of list.split(',')) {
        const [path, iid] = item.trim().split('!');
        if (path === projectPath && iid && /^\d{1,9}$/.test(iid))
            return Number(iid);
    }
    return undefined;
}
function login(value) {
    if (value === undefined) {
        throw new errors/* DroidError */.TF('usage', 'who asked is unknown: neither DROID_ACTOR nor GITLAB_USER_LOGIN is set', {
            hint: 'run inside a GitLab CI job (GITLAB_USER_LOGIN) or set DROID_ACTOR',
        });
    }
    const name = value.trim().replace(/^@/, '');
    if (!/^[A-Za-z0-9_.][A-Za-z0-9_.-]{0,254}$/.test(name)) {
        throw new errors/* DroidError */.TF('usage', `DROID_ACTOR/GITLAB_USER_LOGIN "${(0,validate/* printable */.g$)(value)}" is not a GitLab username`);
    }
    return name;
}
function optionalInt(value, name) {
    if (value === undefined)
        return undefined;
    if (!/^\d{1,9}$/.test(value.trim()) || Number(value) === 0) {
        throw new errors/* DroidError */.TF('usage', `${name} "${(0,validate/* printable */.g$)(value)}" is not a positive number`);
    }
    return Number(value.trim());
}
function sha(value, name) {
    if (value === undefined)
        throw new errors/* DroidError */.TF('usage', `${name} is not set`, { hint: 'run inside a GitLab CI job' });
    const s = value.trim().toLowerCase();
    if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(s))
        throw new errors/* DroidError */.TF('usage', `${name} "${(0,validate/* printable */.g$)(value)}" is not a commit SHA`);
    return s;
}
function branch(value, name, required) {
    if (value === undefined) {
        if (required)
            throw new errors/* DroidError */.TF('usage', `${name} is not set`, { hint: 'run inside a GitLab CI job' });
        return undefined;
    }
    const b = value.trim();
    const bad = b.length > 255 ||
        b.startsWith('-') ||
        b.startsWith('/') ||
        b.endsWith('/') ||
        b.endsWith('.lock') ||
        b.includes('..') ||
        b.includes('@{') ||
        b.includes('//') ||
        /[\x00-\x20\x7f~^:?*[\\]/.test(b);
    if (bad || b === '')
        throw new errors/* DroidError */.TF('usage', `${name} "${(0,validate/* printable */.g$)(value)}" is not a valid branch name`);
    return b;
}
function url(value, name) {
    if (value === undefined)
        return undefined;
    const parsed = (0,validate/* checkHttpUrl */.Om)(value, name);
    if (typeof parsed === 'string')
        throw new errors/* DroidError */.TF('usage', parsed);
    return parsed.toString();
}
function trigger_text(value, name, max) {
    if (value === undefined)
        return undefined;
    if (value.includes('\0'))
        throw new errors/* DroidError */.TF('usage', `${name} contains a NUL byte`);
    return value.length > max ? `${value.slice(0, max)}\n… [truncated]` : value;
}
function oneLine(s) {
    return s.replace(/[\r\n\t]+/g, ' ').trim();
}

// EXTERNAL MODULE: ./src/trigger/phrase.ts
var phrase = __webpack_require__(29283);
// EXTERNAL MODULE: ./src/platform/gitlab/env.ts
var gitlab_env = __webpack_require__(91084);
// EXTERNAL MODULE: ./src/platform/gitlab/forge.ts + 9 modules
var gitlab_forge = __webpack_require__(84909);
;// CONCATENATED MODULE: ./src/platform/gitlab/setup.ts





/**
 * Everything `droid-ci run --platform gitlab` needs from a GitLab job, in one call: the Request from
 * the pipeline's variables, the adapter (token from DROID_GITLAB_TOKEN), the secrets to mask and the
 * droid's own job names (ignored when following CI). Shaped like execute.ts's PlatformSetup / Ignored.
 */
const DROID_JOB_NAMES = ['droid', 'droid-mr', 'droid-ci-fix'];
function gitlabSetupFromEnv(env, ctx, options = {}) {
    // the token is registered before anything can fail and print
    ctx.redactor.add(env['DROID_GITLAB_TOKEN']);
    ctx.redactor.add(env[signature/* SECRET_VAR */.vq]);
    const trigger = requestFromGitLabEnv(withTrustedActor(env, ctx.log), {
        command: options.command,
        // the template's `trigger` input (or the relay's) wins; else access.trigger of the checked-out config; else /droid
        trigger: options.trigger ?? (0,phrase/* resolveTriggerPhrase */.Ut)(env['DROID_TRIGGER'], env['CI_PROJECT_DIR'] ?? process.cwd(), env['DROID_CONFIG']).phrase,
    });
    if (trigger.kind === 'ignore')
        return { ignored: trigger.reason };
    const forgeOptions = (0,gitlab_env/* gitlabForgeOptionsFromEnv */.E)(env, ctx.log, {
        onCall: ctx.audit ? (call) => ctx.audit.record(auditEvent(call)) : undefined,
    });
    const forge = (0,gitlab_forge/* createGitLabForge */.RM)(forgeOptions);
    const own = env['CI_JOB_NAME'] ? [...new Set([...DROID_JOB_NAMES, env['CI_JOB_NAME']])] : DROID_JOB_NAMES;
    return {
        platform: 'gitlab',
        request: trigger.request,
        forge,
        secrets: [forgeOptions.token],
        jobUrl: forgeOptions.jobUrl,
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
    const verdict = (0,signature/* verifyVariables */.j1)(env);
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
/* harmony import */ var _util_validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8956);
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
        const access = (0,_util_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(config) ? config['access'] : undefined;
        const trigger = (0,_util_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(access) ? access['trigger'] : undefined;
        return typeof trigger === 'string' && PHRASE.test(trigger) ? trigger : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
