export const id = 467;
export const ids = [467];
export const modules = {

/***/ 23882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RELAY_USAGE: () => (/* binding */ RELAY_USAGE),
  gitlabRelayCommand: () => (/* binding */ gitlabRelayCommand),
  runGitLabRelay: () => (/* binding */ runGitLabRelay)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/platform/gitlab/forge.ts + 9 modules
var forge = __webpack_require__(84909);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/platform/gitlab/http.ts
var http = __webpack_require__(52851);
// EXTERNAL MODULE: ./src/gate/gate.ts
var gate_gate = __webpack_require__(4512);
// EXTERNAL MODULE: ./src/trigger/command-text.ts
var command_text = __webpack_require__(61357);
// EXTERNAL MODULE: ./src/platform/gitlab/relay/signature.ts
var signature = __webpack_require__(74071);
;// CONCATENATED MODULE: ./src/platform/gitlab/relay/note.ts





/**
 * One GitLab "Note Hook" event -> at most one pipeline with the DROID_* variables
 * (PRODUCT.md §6 Relay). The HTTP side (token, size, dedupe) is in server.ts.
 */
const author = schemas/* object */.Ikc({ id: schemas/* number */.aig().int(), username: schemas/* string */.YjP() });
const notePayload = schemas/* object */.Ikc({
    object_kind: schemas/* literal */.euz('note'),
    user: author,
    project: schemas/* object */.Ikc({
        id: schemas/* number */.aig().int(),
        path_with_namespace: schemas/* string */.YjP(),
        default_branch: schemas/* string */.YjP().nullish(),
        web_url: schemas/* string */.YjP().optional(),
    }),
    object_attributes: schemas/* object */.Ikc({
        id: schemas/* number */.aig().int(),
        note: schemas/* string */.YjP(),
        noteable_type: schemas/* string */.YjP(),
        system: schemas/* boolean */.zMY().nullish(),
        action: schemas/* string */.YjP().nullish(),
        url: schemas/* string */.YjP().nullish(),
    }),
    merge_request: schemas/* object */.Ikc({ iid: schemas/* number */.aig().int(), title: schemas/* string */.YjP(), description: schemas/* string */.YjP().nullish(), url: schemas/* string */.YjP().nullish() })
        .nullish(),
    issue: schemas/* object */.Ikc({ iid: schemas/* number */.aig().int(), title: schemas/* string */.YjP(), description: schemas/* string */.YjP().nullish(), url: schemas/* string */.YjP().nullish() }).nullish(),
});
/** GitLab keeps a variable's value within limits; a note is cut rather than refused. */
const MAX_VARIABLE = 10_000;
async function relayNote(payload, ctx) {
    const attrs = payload.object_attributes;
    if (attrs.system)
        return { status: 'ignored', reason: 'system note' };
    if (attrs.action && attrs.action !== 'create')
        return { status: 'ignored', reason: `note ${attrs.action}d, not created` };
    const asked = (0,command_text/* parseNote */.wd)(attrs.note, ctx.trigger);
    if (!asked)
        return { status: 'ignored', reason: `the note does not start with ${ctx.trigger}` };
    const onMr = attrs.noteable_type === 'MergeRequest' && payload.merge_request;
    const onIssue = attrs.noteable_type === 'Issue' && payload.issue;
    if (!onMr && !onIssue)
        return { status: 'ignored', reason: `notes on ${attrs.noteable_type} are not relayed` };
    const actor = payload.user.username;
    const access = await ctx.forge.actorAccess(actor);
    const request = {
        command: asked.command,
        ticket: { key: onMr ? `!${payload.merge_request.iid}` : `#${payload.issue.iid}`, title: '', body: '' },
        instructions: asked.instructions,
        actor,
        actorIsBot: access.isBot,
        target: { kind: 'ticket' },
        source: { event: 'gitlab:note', commentId: attrs.id },
    };
    // the run gates again with the full picture (fork, push); here only: may this person start the droid at all?
    const gate = (0,gate_gate/* decideGate */.q)({ request, access, allowBots: ctx.allowBots, needsPush: false });
    if (!gate.allowed)
        return { status: 'ignored', reason: gate.reason };
    const variables = {
        DROID_COMMAND: asked.command,
        DROID_NOTE_BODY: cut(attrs.note),
        DROID_NOTE_ID: String(attrs.id),
        DROID_ACTOR: actor,
        // the job parses DROID_NOTE_BODY again: it must use the phrase this relay matched (--trigger), not its default
        DROID_TRIGGER: ctx.trigger,
    };
    if (attrs.url)
        variables['DROID_NOTE_URL'] = attrs.url;
    let ref;
    if (onMr) {
        const mr = await ctx.forge.client.mergeRequest(ctx.forge.projectRef, payload.merge_request.iid);
        if (mr.state !== 'opened')
            return { status: 'ignored', reason: `merge request !${mr.iid} is ${mr.state}` };
        const fromFork = mr.source_project_id !== undefined && mr.target_project_id !== undefined && mr.source_project_id !== mr.target_project_id;
        // a fork's branch is not in this project: run on the default branch; the run refuses to push to a fork
        ref = fromFork ? await ctx.forge.defaultBranch() : mr.source_branch;
        Object.assign(variables, {
            DROID_MR_IID: String(mr.iid),
            DROID_MR_SOURCE_BRANCH: mr.source_branch,
            DROID_MR_TARGET_BRANCH: mr.target_branch,
            DROID_MR_FROM_FORK: String(fromFork),
            DROID_TICKET_KEY: `!${mr.iid}`,
            DROID_TICKET_TITLE: cut(mr.title),
            DROID_TICKET_BODY: cut(mr.description ?? ''),
            DROID_TICKET_URL: mr.web_url,
        });
        if (mr.sha)
            variables['DROID_MR_SHA'] = mr.sha;
    }
    else {
        const issue = payload.issue;
        ref = payload.project.default_branch || (await ctx.forge.defaultBranch());
        Object.assign(variables, {
            DROID_ISSUE_IID: String(issue.iid),
            DROID_TICKET_KEY: `#${issue.iid}`,
            DROID_TICKET_TITLE: cut(issue.title),
            DROID_TICKET_BODY: cut(issue.description ?? ''),
        });
        if (issue.url)
            variables['DROID_TICKET_URL'] = issue.url;
    }
    const pipeline = await createPipelineOnce(ctx, ref, (0,signature/* signVariables */.$t)(variables, ctx.signingSecret, ref), attrs.id);
    ctx.log.info(`note ${attrs.id} by @${actor}: started pipeline ${pipeline.id} on ${ref} (${asked.command})`);
    return { status: 'created', pipelineId: pipeline.id, pipelineUrl: pipeline.web_url, ref };
}
/** A POST whose answer was lost is not repeated blindly: look for a pipeline carrying this note id first. */
async function createPipelineOnce(ctx, ref, variables, noteId) {
    const { client, projectRef } = ctx.forge;
    try {
        return await client.createPipeline(projectRef, ref, variables);
    }
    catch (error) {
        if (!(error instanceof http/* GitLabApiError */.AT && error.maybeApplied))
            throw error;
        ctx.log.warn(`${error.message}; checking whether the pipeline was created before trying again`);
        for (const candidate of (await client.pipelinesForRef(projectRef, ref, 'api')).slice(0, 5)) {
            const vars = await client.pipelineVariables(projectRef, candidate.id);
            if (vars.some((v) => v.key === 'DROID_NOTE_ID' && v.value === String(noteId)))
                return candidate;
        }
        return client.createPipeline(projectRef, ref, variables);
    }
}
function cut(text) {
    return text.length > MAX_VARIABLE ? `${text.slice(0, MAX_VARIABLE)}\n… [truncated]` : text;
}

;// CONCATENATED MODULE: ./src/platform/gitlab/relay/server.ts




function createRelayHandler(options) {
    const maxBody = options.maxBodyBytes ?? 1024 * 1024;
    const window = options.dedupeWindowMs ?? 60 * 60 * 1000;
    const now = options.now ?? Date.now;
    const secretHash = sha256(options.secret);
    const seen = new Map();
    const forges = new Map();
    const allowed = new Set((options.projects ?? []).map((p) => p.toLowerCase()));
    function remember(key) {
        const t = now();
        for (const [k, at] of seen)
            if (t - at > window)
                seen.delete(k);
        if (seen.has(key))
            return false;
        seen.set(key, t);
        return true;
    }
    return (req, res) => {
        const reply = (status, body) => {
            if (res.headersSent)
                return;
            res.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
            res.end(JSON.stringify(body));
        };
        const path = (req.url ?? '/').split('?')[0];
        if (req.method === 'GET' && path === '/healthz')
            return reply(200, { status: 'ok' });
        if (req.method !== 'POST') {
            req.resume();
            return reply(req.method === 'GET' ? 404 : 405, { error: 'POST GitLab Note Hook events here' });
        }
        const given = req.headers['x-gitlab-token'];
        if (typeof given !== 'string' || !(0,external_node_crypto_.timingSafeEqual)(sha256(given), secretHash)) {
            req.resume();
            options.log.warn(`rejected a webhook with a missing or wrong X-Gitlab-Token from ${req.socket.remoteAddress ?? 'unknown'}`);
            return reply(401, { error: 'invalid X-Gitlab-Token' });
        }
        const declared = Number(req.headers['content-length'] ?? 0);
        if (declared > maxBody) {
            req.resume();
            return reply(413, { error: `body larger than ${maxBody} bytes` });
        }
        const chunks = [];
        let size = 0;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size <= maxBody)
                chunks.push(chunk);
            else if (!res.headersSent) {
                chunks.length = 0;
                reply(413, { error: `body larger than ${maxBody} bytes` });
                // let the answer reach the sender, then drop the connection instead of reading on
                res.once('finish', () => req.destroy());
            }
        });
        req.on('end', () => {
            if (size > maxBody)
                return;
            void handle(Buffer.concat(chunks).toString('utf8'), req.headers['x-gitlab-event']).then(([status, body]) => reply(status, body), (error) => {
                options.log.error(`relay failed: ${(0,errors/* describeError */.Uc)(error)}`);
                reply(502, { error: 'could not start the pipeline; see the relay log' });
            });
        });
    };
    async function handle(text, event) {
        const parsed = parseNoteEvent(text, event);
        if (Array.isArray(parsed))
            return parsed;
        const payload = parsed;
        const project = { id: payload.project.id, path: payload.project.path_with_namespace };
        if (allowed.size > 0 && !allowed.has(project.path.toLowerCase())) {
            return [202, { status: 'ignored', reason: `project ${project.path} is not relayed here` }];
        }
        const key = `${project.id}:${payload.object_attributes.id}`;
        if (!remember(key))
            return [200, { status: 'duplicate', reason: `note ${payload.object_attributes.id} was already handled` }];
        let forge = forges.get(project.id);
        if (!forge) {
            forge = options.forgeFor(project);
            forges.set(project.id, forge);
        }
        let outcome;
        try {
            outcome = await relayNote(payload, {
                forge,
                trigger: options.trigger ?? '/droid',
                allowBots: options.allowBots ?? [],
                log: options.log,
                signingSecret: options.signingSecret ?? options.secret,
            });
        }
        catch (error) {
            seen.delete(key); // let GitLab's redelivery try again
            throw error;
        }
        if (outcome.status === 'ignored') {
            options.log.info(`note ${payload.object_attributes.id} by @${payload.user.username} ignored: ${outcome.reason}`);
            return [202, { status: 'ignored', reason: outcome.reason }];
        }
        return [201, { status: 'created', pipeline_id: outcome.pipelineId, pipeline_url: outcome.pipelineUrl, ref: outcome.ref }];
    }
}
/** A webhook body as a note event, or the answer to give when it is not one (ignored, or refused with why). */
function parseNoteEvent(text, event) {
    if (event !== undefined && event !== 'Note Hook')
        return [202, { status: 'ignored', reason: `${String(event)} events are not relayed` }];
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return [400, { error: 'body is not JSON' }];
    }
    if (typeof json === 'object' && json !== null && json['object_kind'] !== 'note') {
        return [202, { status: 'ignored', reason: 'not a note event' }];
    }
    const parsed = notePayload.safeParse(json);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        return [400, { error: `not a GitLab note event (${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'})` }];
    }
    return parsed.data;
}
async function startRelay(options) {
    const server = external_node_http_default().createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, createRelayHandler(options));
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => resolve());
    });
    const address = server.address();
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return {
        url: `http://${host}:${address.port}`,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest();
}

// EXTERNAL MODULE: ./src/util/log.ts
var util_log = __webpack_require__(29906);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
;// CONCATENATED MODULE: ./src/commands/gitlab-relay.ts







const RELAY_USAGE = `usage: droid-ci gitlab-relay --port N --secret-env NAME [options]

Serves GitLab "Note Hook" webhooks: a note that starts with the trigger, written by a member with
Developer access or more, starts a pipeline (on the MR's branch, or the default branch for issues)
with the DROID_* variables that the droid job of gitlab/droid.yml reads.

options:
  --port N              port to listen on (required; 0 picks a free one)
  --host ADDRESS        address to listen on (default 127.0.0.1; put a TLS proxy in front)
  --secret-env NAME     environment variable holding the webhook's secret token (required)
  --signing-secret-env NAME
                        environment variable holding the key that signs the DROID_* variables of the
                        pipelines (DROID_RELAY_SIGNATURE); the droid job needs the same value as the
                        masked CI/CD variable DROID_RELAY_SECRET (default: DROID_RELAY_SECRET when it
                        is set, else the webhook secret)
  --trigger PHRASE      trigger phrase (default /droid)
  --project PATH        relay only this project (group/project); repeatable
  --allow-bot NAME      let this bot user trigger the droid; repeatable
  --gitlab-url URL      GitLab URL (default $DROID_GITLAB_URL, then $CI_SERVER_URL)
  --ca-file FILE        CA certificate(s) of a self-managed GitLab (default $CI_SERVER_TLS_CA_FILE)

environment:
  DROID_GITLAB_TOKEN    API token (scope api) of a user with Developer access or more: it creates the pipelines`;
async function gitlabRelayCommand(argv, io, env) {
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
        return await runGitLabRelay(argv, io, env, { signal: stop.signal });
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
/** The command with its lifetime handed in (tests stop it with `signal`). */
async function runGitLabRelay(argv, io, env, control) {
    const { values } = (0,external_node_util_.parseArgs)({
        args: argv,
        options: {
            port: { type: 'string' },
            host: { type: 'string', default: '127.0.0.1' },
            'secret-env': { type: 'string' },
            'signing-secret-env': { type: 'string' },
            trigger: { type: 'string', default: '/droid' },
            project: { type: 'string', multiple: true, default: [] },
            'allow-bot': { type: 'string', multiple: true, default: [] },
            'gitlab-url': { type: 'string' },
            'ca-file': { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
        strict: true,
    });
    if (values.help) {
        io.stdout(RELAY_USAGE);
        return 0;
    }
    const port = Number(values.port);
    if (values.port === undefined || !/^\d{1,5}$/.test(values.port) || port > 65535) {
        throw new errors/* DroidError */.TF('usage', '--port must be a port number (0-65535)', { hint: RELAY_USAGE.split('\n')[0] });
    }
    const secretEnv = values['secret-env'];
    if (!secretEnv || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(secretEnv)) {
        throw new errors/* DroidError */.TF('usage', '--secret-env must name the environment variable that holds the webhook secret');
    }
    const secret = env[secretEnv] ?? '';
    if (secret.length < 16) {
        throw new errors/* DroidError */.TF('usage', `${secretEnv} must hold the webhook secret token, at least 16 characters`, {
            hint: 'generate one (e.g. openssl rand -hex 32), set it here and as the "Secret token" of the GitLab webhook',
        });
    }
    const signingEnv = values['signing-secret-env'] ?? (env['DROID_RELAY_SECRET'] ? 'DROID_RELAY_SECRET' : undefined);
    if (signingEnv !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(signingEnv)) {
        throw new errors/* DroidError */.TF('usage', '--signing-secret-env must name the environment variable that holds the signing key');
    }
    const signingSecret = signingEnv === undefined ? secret : (env[signingEnv] ?? '');
    if (signingSecret.length < 16) {
        throw new errors/* DroidError */.TF('usage', `${signingEnv ?? secretEnv} must hold the relay's signing key, at least 16 characters`, {
            hint: 'generate one (e.g. openssl rand -hex 32); give the droid job the same value as the masked CI/CD variable DROID_RELAY_SECRET',
        });
    }
    const token = env['DROID_GITLAB_TOKEN']?.trim();
    if (!token) {
        throw new errors/* DroidError */.TF('usage', 'DROID_GITLAB_TOKEN is not set', { hint: 'an access token with the api scope, of a user with Developer access' });
    }
    const serverUrl = (values['gitlab-url'] ?? env['DROID_GITLAB_URL'] ?? env['CI_SERVER_URL'] ?? '').replace(/\/+$/, '');
    if (!/^https?:\/\/[^/@\s]+/.test(serverUrl)) {
        throw new errors/* DroidError */.TF('usage', 'the GitLab URL is missing or not an http(s) URL', { hint: 'pass --gitlab-url https://gitlab.example.com' });
    }
    const trigger = values.trigger.trim();
    if (!trigger || /\s/.test(trigger))
        throw new errors/* DroidError */.TF('usage', '--trigger must be one word, such as /droid');
    const caFile = values['ca-file'] ?? env['CI_SERVER_TLS_CA_FILE'];
    let ca;
    if (caFile) {
        try {
            ca = (0,external_node_fs_.readFileSync)(caFile, 'utf8');
        }
        catch (error) {
            throw new errors/* DroidError */.TF('usage', `cannot read the CA file ${caFile}: ${error.message}`);
        }
    }
    const redactor = new redact/* Redactor */.pO();
    redactor.add(secret);
    redactor.add(signingSecret);
    redactor.add(token);
    const log = (0,util_log/* streamLogger */.V)(io.stderr, redactor, { debug: Boolean(env['DROID_DEBUG']) });
    const server = await startRelay({
        host: values.host,
        port,
        secret,
        signingSecret,
        trigger,
        projects: values.project,
        allowBots: values['allow-bot'],
        log,
        forgeFor: (project) => (0,forge/* createGitLabForge */.RM)({ token, project: project.id, projectPath: project.path, serverUrl, log, ca, caFile }),
    });
    log.info(`gitlab-relay listening on ${server.url} (trigger ${trigger}, GitLab ${serverUrl}; pipelines signed with ${signingEnv ?? secretEnv}: the droid job needs that value as DROID_RELAY_SECRET)`);
    control.onListening?.(server);
    if (!control.signal.aborted) {
        await new Promise((resolve) => control.signal.addEventListener('abort', () => resolve(), { once: true }));
    }
    await server.close();
    log.info('gitlab-relay stopped');
    return 0;
}


/***/ }),

/***/ 4512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ decideGate)
/* harmony export */ });
/* unused harmony export isCiTriggered */
const WRITE_LEVELS = new Set(['write', 'maintain', 'admin']);
function decideGate(input) {
    const { request, access, allowBots, needsPush } = input;
    const actor = request.actor;
    if (isCiTriggered(request)) {
        // a failed CI run on the droid's own branch: not a person's request. The pusher is usually the droid's
        // own bot; the run is bounded by ci.max_fix_attempts and never touches a fork.
        if (request.target.kind === 'change' && request.target.fromFork) {
            return { allowed: false, reason: 'The failed run belongs to a fork: the droid does not push to forks.' };
        }
        return { allowed: true };
    }
    if (request.actorIsBot || access.isBot) {
        const allowed = allowBots.some((bot) => sameLogin(bot, actor));
        if (!allowed) {
            return {
                allowed: false,
                reason: `@${actor} is a bot, and bots may not start the droid. Add it to \`access.allow_bots\` in .droid.yml (or the \`allowed_bots\` input) to allow it.`,
            };
        }
    }
    if (access.blocked) {
        return { allowed: false, reason: `@${actor} is blocked on this project.` };
    }
    if (!WRITE_LEVELS.has(access.level)) {
        return {
            allowed: false,
            reason: `@${actor} needs write access to this repository to start the droid (has: ${access.level}).`,
        };
    }
    if (needsPush && request.target.kind === 'change' && request.target.fromFork) {
        return {
            allowed: false,
            reason: 'This pull request comes from a fork: the droid does not push to forks. Open the change from a branch of this repository, or ask for `/droid plan`.',
        };
    }
    return { allowed: true };
}
function sameLogin(a, b) {
    const norm = (s) => s.trim().toLowerCase().replace(/\[bot\]$/, '');
    return norm(a) === norm(b);
}
/** ci-fix started by the CI itself (GitHub workflow_run, a GitLab pipeline job), not by a comment or note. */
function isCiTriggered(request) {
    if (request.command !== 'ci-fix')
        return false;
    const event = request.source.event;
    return event === 'github:workflow_run' || (event.startsWith('gitlab:') && event !== 'gitlab:note');
}


/***/ }),

/***/ 8956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   JA: () => (/* binding */ relativeInside),
/* harmony export */   Om: () => (/* binding */ checkHttpUrl),
/* harmony export */   e1: () => (/* binding */ resolveDirInside),
/* harmony export */   eB: () => (/* binding */ isValidBranchName),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   qY: () => (/* binding */ asRecord),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The checks every layer applies to what comes from outside: the shape of parsed JSON, a path that must
 * stay inside a root, a branch name. One home for each (issue 9), so a fix to one reaches every caller.
 * git's own argv checks (`assertRevArg`, `assertRemoteArg`…) stay beside the git wrapper in git/names.ts.
 */


/** A plain object (not null, not an array): what a JSON field must be before its keys are read. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The object, or an empty one when the value is anything else (lenient readers of API responses). */
function asRecord(value) {
    return isRecord(value) ? value : {};
}
/** `child` is `root` or below it, lexically: no `..` step out, no other absolute path (`..x` is a name). */
function isInside(root, child) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root), node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, child));
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
/** `file` relative to `root` when it lies inside it (resolved against `root`), else undefined. */
function relativeInside(root, file) {
    return isInside(root, file) ? node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root), node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, file)) : undefined;
}
/**
 * A folder named relative to `root` (a profile's `path`): it must exist, be a directory and stay inside
 * `root` with symlinks resolved. The problem, when there is one, names the path so the config can be fixed.
 */
async function resolveDirInside(root, relative) {
    let realRoot;
    try {
        realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root);
    }
    catch {
        return { problem: `the repository root ${root} does not exist` };
    }
    let target;
    try {
        target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(realRoot, relative));
    }
    catch {
        return { problem: `directory ${relative} does not exist in the repository (check the profile's path)` };
    }
    if (!isInside(realRoot, target))
        return { problem: `path ${relative} resolves outside the repository` };
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target)).isDirectory())
        return { problem: `path ${relative} is not a directory` };
    return target;
}
/** The rules of git-check-ref-format(1) for a branch name, plus: no leading `-` (it would read as an option). */
function isValidBranchName(name) {
    if (name.length === 0 || name.length > 255 || name === '@' || name === 'HEAD')
        return false;
    if (name.startsWith('-') || name.startsWith('/') || name.endsWith('/') || name.endsWith('.'))
        return false;
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(name) || name.includes('..') || name.includes('@{') || name.includes('//'))
        return false;
    return name.split('/').every((c) => c.length > 0 && !c.startsWith('.') && !c.endsWith('.lock'));
}
/** A value quoted in an error message: short, one line, control characters shown as `?`. */
function printable(value, max = 60) {
    const clean = value.replace(/[\x00-\x1f\x7f]/g, '?');
    return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
/**
 * `value` as an http(s) URL that carries no user or password (a secret goes in its own variable, never in a
 * URL that is logged); otherwise the sentence saying what is wrong, naming `name` for the caller's error.
 */
function checkHttpUrl(value, name) {
    let url;
    try {
        url = new URL(value.trim());
    }
    catch {
        return `${name} "${printable(value)}" is not a URL`;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return `${name} must be an http(s) URL, not ${url.protocol}`;
    if (url.username || url.password)
        return `${name} must not contain credentials`;
    return url;
}


/***/ })

};
