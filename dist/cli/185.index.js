export const id = 185;
export const ids = [185];
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
// EXTERNAL MODULE: ./src/platform/gitlab/forge.ts + 3 modules
var forge = __webpack_require__(12178);
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
// EXTERNAL MODULE: ./src/platform/gitlab/trigger.ts
var trigger = __webpack_require__(50587);
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
    const asked = (0,trigger/* parseNote */.w)(attrs.note, ctx.trigger);
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
        const payload = parsed.data;
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

// EXTERNAL MODULE: ./src/util/logger.ts
var logger = __webpack_require__(96618);
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
    const log = (0,logger/* streamLogger */.V)(io.stderr, redactor, { debug: Boolean(env['DROID_DEBUG']) });
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

/***/ 86524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KG: () => (/* binding */ assertBranchShape),
/* harmony export */   PW: () => (/* binding */ invalidBranchName),
/* harmony export */   ac: () => (/* binding */ assertRepoPath),
/* harmony export */   eh: () => (/* binding */ trailerLine),
/* harmony export */   f2: () => (/* binding */ assertRemoteArg),
/* harmony export */   s9: () => (/* binding */ assertRevArg)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/**
 * Cheap checks on user-provided git arguments before they reach argv. They complement
 * `git check-ref-format --branch` (run by `Git.checkBranchName`): anything that could be read as an
 * option, a revision expression or a path trick is refused here with a message naming the value.
 */
function assertBranchShape(name, what = 'branch name') {
    const bad = name.length === 0 ||
        name.length > 255 ||
        name.startsWith('-') ||
        name === '@' ||
        name === 'HEAD' ||
        name.includes('@{') ||
        name.startsWith('refs/') ||
        /[\x00-\x20\x7f]/.test(name);
    if (bad)
        throw invalidBranchName(name, what);
}
function invalidBranchName(name, what = 'branch name') {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('work', `Invalid ${what}: ${JSON.stringify(name)}`, {
        hint: 'Use letters, digits, "/", "-", "_" and "."; no spaces, no leading "-", no "..", "@{", "~", "^", ":", "?", "*", "[" or "\\".',
    });
}
/** A revision argument (SHA, branch, remote-tracking ref, HEAD~n): never an option, never empty. */
function assertRevArg(rev) {
    if (rev.length === 0 || rev.startsWith('-') || /[\x00-\x1f\x7f\s]/.test(rev)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('work', `Invalid git revision: ${JSON.stringify(rev)}`);
    }
}
/** A remote name or URL; URLs must not carry credentials (PRODUCT.md §9). */
function assertRemoteArg(remote) {
    if (remote.length === 0 || remote.startsWith('-') || /[\x00-\x1f\x7f\s]/.test(remote)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('work', `Invalid git remote: ${JSON.stringify(remote)}`);
    }
    if (/^[a-z][a-z0-9+.-]*:\/\/[^/]*@/i.test(remote)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('config', 'A git remote URL carries credentials', {
            hint: 'Use a URL without user:token@; the token is given to git per command instead.',
        });
    }
}
/** A repo-relative path for `show <ref>:<path>`. */
function assertRepoPath(p) {
    if (p.length === 0 || p.startsWith('/') || p.includes('\0') || p.split('/').includes('..')) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('work', `Invalid repository path: ${JSON.stringify(p)}`);
    }
}
/** Trailer keys are tokens; values become one line (no line breaks, no control characters). */
function trailerLine(key, value) {
    if (!/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(key))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('internal', `Invalid trailer key: ${key}`);
    const clean = value.replace(/[\x00-\x1f\x7f]+/g, ' ').trim();
    if (!clean)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('work', `Empty value for commit trailer ${key}`);
    return `${key}: ${clean}`;
}


/***/ }),

/***/ 37895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ shellArgv),
/* harmony export */   GI: () => (/* binding */ BoundedBuffer),
/* harmony export */   R3: () => (/* binding */ runProcess)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_2__);



/** A head+tail buffer: keeps the first and last `keep` bytes of everything written. */
class BoundedBuffer {
    keep;
    head = [];
    headBytes = 0;
    tail = [];
    tailBytes = 0;
    total = 0;
    constructor(keep) {
        this.keep = keep;
    }
    write(chunk) {
        this.total += chunk.length;
        let rest = chunk;
        if (this.headBytes < this.keep) {
            const take = Math.min(this.keep - this.headBytes, rest.length);
            this.head.push(Buffer.from(rest.subarray(0, take)));
            this.headBytes += take;
            rest = rest.subarray(take);
        }
        if (rest.length === 0)
            return;
        this.tail.push(Buffer.from(rest));
        this.tailBytes += rest.length;
        while (this.tail.length > 1 && this.tailBytes - this.tail[0].length >= this.keep) {
            this.tailBytes -= this.tail.shift().length;
        }
    }
    toString() {
        // StringDecoder.write holds back a multi-byte character cut at the end of the head
        const head = new node_string_decoder__WEBPACK_IMPORTED_MODULE_2__.StringDecoder('utf8').write(Buffer.concat(this.head));
        let tail = Buffer.concat(this.tail);
        if (tail.length > this.keep)
            tail = tail.subarray(tail.length - this.keep);
        const omitted = this.total - this.headBytes - tail.length;
        if (omitted <= 0)
            return new node_string_decoder__WEBPACK_IMPORTED_MODULE_2__.StringDecoder('utf8').write(Buffer.concat([...this.head, tail]));
        let start = 0;
        while (start < tail.length && start < 3 && (tail[start] & 0xc0) === 0x80)
            start++; // skip a cut character
        return `${head}\n… [${omitted + start} bytes elided] …\n${tail.subarray(start).toString('utf8')}`;
    }
}
function shellArgv(command) {
    return ['/bin/sh', ['-c', command]];
}
function readStat(pid) {
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
    }
    catch {
        return undefined; // exited while we looked, or no /proc
    }
    // "pid (comm) state ppid pgrp session … starttime(22nd)"; comm may hold spaces and parentheses
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.length < 20)
        return undefined;
    return {
        pid,
        state: fields[0],
        ppid: Number(fields[1]),
        pgrp: Number(fields[2]),
        session: Number(fields[3]),
        start: fields[19],
    };
}
/** Every process on the machine from /proc (Linux); undefined where /proc is not available. */
function readProcTable() {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc');
    }
    catch {
        return undefined;
    }
    const entries = [];
    for (const name of names) {
        if (!/^\d+$/.test(name))
            continue;
        const entry = readStat(Number(name));
        if (entry)
            entries.push(entry);
    }
    return entries;
}
/** The processes a child started: its group, its session and its descendants, remembered across scans. */
class ProcessTree {
    leader;
    seen = new Map();
    /** the leader's start time: tells the leader apart from a later process that got its pid */
    leaderStart;
    leaderPidReused = false;
    constructor(leader) {
        this.leader = leader;
        this.leaderStart = readStat(leader)?.start;
    }
    members() {
        const table = readProcTable();
        if (!table)
            return undefined;
        // the leader is gone and its pid reused: only processes already seen are ours
        const holder = table.find((e) => e.pid === this.leader);
        const reused = holder !== undefined && this.leaderStart !== undefined && holder.start !== this.leaderStart;
        this.leaderPidReused ||= reused;
        const children = new Map();
        for (const e of table) {
            const list = children.get(e.ppid);
            if (list)
                list.push(e.pid);
            else
                children.set(e.ppid, [e.pid]);
        }
        const descendants = new Set();
        const queue = reused ? [] : [this.leader];
        while (queue.length > 0) {
            for (const pid of children.get(queue.pop()) ?? []) {
                if (descendants.has(pid))
                    continue;
                descendants.add(pid);
                queue.push(pid);
            }
        }
        const found = table.filter((e) => e.state !== 'Z' &&
            e.pid !== process.pid &&
            ((!reused && (e.pgrp === this.leader || e.session === this.leader)) ||
                descendants.has(e.pid) ||
                this.seen.get(e.pid) === e.start));
        for (const e of found)
            this.seen.set(e.pid, e.start);
        return found;
    }
    signal(sig) {
        const members = this.members();
        // the group kill is atomic: it also reaches a child forked after the scan
        if (!this.leaderPidReused) {
            try {
                process.kill(-this.leader, sig);
            }
            catch {
                /* group already gone */
            }
        }
        for (const e of members ?? []) {
            try {
                process.kill(e.pid, sig);
            }
            catch {
                /* gone meanwhile */
            }
        }
    }
    /** true while any member is running (zombies waiting for a reaper do not count) */
    alive() {
        const members = this.members();
        if (members)
            return members.length > 0;
        try {
            process.kill(-this.leader, 0);
            return true;
        }
        catch {
            return false;
        }
    }
}
/** How long to wait for the pipes to close once every known process is gone. */
const CLOSE_WAIT_MS = 5000;
function startFailure(started, message, aborted = false) {
    return {
        exitCode: null,
        signal: null,
        timedOut: false,
        aborted,
        durationMs: Date.now() - started,
        output: '',
        totalBytes: 0,
        spawnError: aborted ? undefined : message,
    };
}
function runProcess(file, args, options) {
    return options.jail ? runJailed(file, args, options.jail, options) : spawnSupervised(file, args, options);
}
async function runJailed(file, args, jail, options) {
    const started = Date.now();
    if (options.signal?.aborted)
        return startFailure(started, '', true);
    let entered;
    try {
        entered = await jail.enter({ file, args, cwd: options.cwd, env: options.env });
    }
    catch (err) {
        return startFailure(started, `the sandbox could not be set up: ${err.message}`);
    }
    try {
        const result = await spawnSupervised(entered.file, entered.args, { ...options, cwd: entered.cwd, env: entered.env, jail: undefined });
        return { ...result, durationMs: Date.now() - started };
    }
    finally {
        await entered.release();
    }
}
function spawnSupervised(file, args, options) {
    const started = Date.now();
    if (options.signal?.aborted)
        return Promise.resolve(startFailure(started, '', true));
    let child;
    try {
        child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, [...args], {
            cwd: options.cwd,
            env: options.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
    }
    catch (err) {
        const e = err;
        return Promise.resolve(startFailure(started, `${e.code ?? 'error'}: ${e.message}`));
    }
    return supervise(child, started, options);
}
function supervise(child, started, options) {
    const buffer = new BoundedBuffer(options.keepBytes ?? 64 * 1024);
    const graceMs = options.killGraceMs ?? 2000;
    const drainMs = options.drainMs ?? 200;
    const tree = child.pid === undefined ? undefined : new ProcessTree(child.pid);
    const timers = new Set();
    const later = (ms, fn) => {
        const t = setTimeout(() => {
            timers.delete(t);
            fn();
        }, ms);
        timers.add(t);
    };
    return new Promise((resolve) => {
        let timedOut = false;
        let aborted = false;
        let settled = false;
        let stopping = false;
        let exited;
        let closed;
        let poll;
        const finish = (spawnError) => {
            if (settled)
                return;
            settled = true;
            for (const t of timers)
                clearTimeout(t);
            if (poll)
                clearInterval(poll);
            options.signal?.removeEventListener('abort', onAbort);
            tree?.signal('SIGKILL'); // last sweep: nothing the child started outlives the call
            const end = closed ?? exited;
            resolve({
                exitCode: end?.code ?? null,
                signal: end?.signal ?? null,
                timedOut,
                aborted,
                durationMs: Date.now() - started,
                output: buffer.toString(),
                totalBytes: buffer.total,
                spawnError,
            });
        };
        // the tree is dead or killed, yet the pipes are open: something outside the tree (a daemon that left
        // the session after its parent died) holds them. Give them time to deliver, then stop waiting.
        let deadlineSet = false;
        const closeDeadline = () => {
            if (deadlineSet)
                return;
            deadlineSet = true;
            later(options.closeWaitMs ?? CLOSE_WAIT_MS, () => {
                child.stdout?.destroy();
                child.stderr?.destroy();
                closed ??= exited;
                finish();
            });
        };
        // SIGTERM now, SIGKILL after the grace period
        const stop = () => {
            if (stopping || !tree)
                return;
            stopping = true;
            tree.signal('SIGTERM');
            later(graceMs, () => {
                tree.signal('SIGKILL');
                closeDeadline();
            });
        };
        // the pipes are closed: wait (bounded by stop's timers) until no member of the tree is left
        const reap = () => {
            if (!tree || !tree.alive())
                return finish();
            stop();
            poll ??= setInterval(() => {
                if (!tree.alive())
                    finish();
            }, 50);
        };
        if (options.timeoutMs !== undefined) {
            later(options.timeoutMs, () => {
                timedOut = true;
                stop();
            });
        }
        const onAbort = () => {
            aborted = true;
            stop();
        };
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const onData = (chunk) => {
            buffer.write(chunk);
            options.onOutput?.(chunk);
        };
        child.stdout?.on('data', onData);
        child.stderr?.on('data', onData);
        if (options.onStdout)
            child.stdout?.on('data', options.onStdout);
        if (options.onStderr)
            child.stderr?.on('data', options.onStderr);
        child.on('error', (err) => {
            if (child.pid === undefined)
                finish(`${err.code ?? 'error'}: ${err.message}`);
        });
        child.on('exit', (code, signal) => {
            exited = { code, signal };
            // a background grandchild holding stdout would keep 'close' away forever: give it drainMs
            later(drainMs, () => {
                if (closed)
                    return;
                if (tree?.alive())
                    stop();
                else
                    closeDeadline(); // only unread data left in the pipes: 'close' is coming
            });
        });
        child.on('close', (code, signal) => {
            if (closed)
                return;
            closed = { code, signal };
            reap();
        });
    });
}


/***/ }),

/***/ 96618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ streamLogger)
/* harmony export */ });
/** A logger for the CLI: plain lines on stderr, every line redacted. */
function streamLogger(write, redactor, options = {}) {
    const emit = (prefix, message) => write(redactor.redact(`${prefix}${message}`));
    return {
        debug: (m) => {
            if (options.debug)
                emit('debug: ', m);
        },
        info: (m) => emit('', m),
        warn: (m) => emit('warning: ', m),
        error: (m) => emit('error: ', m),
        group: (title) => {
            emit('── ', title);
            return () => { };
        },
    };
}


/***/ }),

/***/ 50767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pO: () => (/* binding */ Redactor)
/* harmony export */ });
/* unused harmony exports MASK, secretForms */
/**
 * Masks every form of every secret the run was given (PRODUCT.md §8): the raw value, each line of a
 * multi-line value (PEM keys), its URL-encoded and JSON-escaped forms, base64 of the value and of the
 * `user:value` pairs git and forges use for Basic auth, and well-known token shapes the run was not told about.
 */
const MIN_SECRET_LENGTH = 6;
const BASIC_USERS = ['x-access-token', 'oauth2', 'gitlab-ci-token', 'x-oauth-basic', 'git', 'droid'];
const TOKEN_SHAPES = [
    /\bgh[pousr]_[A-Za-z0-9]{20,255}\b/g,
    /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
    /\bglpat-[A-Za-z0-9_.-]{20,}/g,
    /\bgl(?:dt|rt|ptt|ft|cbt|imt|soat|agent)-[A-Za-z0-9_-]{20,}\b/g,
    /\bsk-ant-[A-Za-z0-9_-]{20,}\b/g,
    /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b/g,
    /\bfk-[A-Za-z0-9_-]{20,}\b/g,
    /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g,
    // AWS access key ids (long-term AKIA, temporary ASIA, …) and a secret access key next to its name
    /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA|ASCA)[A-Z0-9]{16}\b/g,
    /(aws_?secret_?access_?key["']?\s*[:=]\s*["']?)[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/gi,
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
    /(authorization:\s*(?:basic|bearer|token)\s+)[A-Za-z0-9+/=._~-]{8,}/gi,
    // a bearer token outside the `Authorization:` form (JSON headers, curl -H 'Bearer …')
    /(\bbearer\s+)[A-Za-z0-9+/=._~-]{16,}/gi,
];
const MASK = '***';
class Redactor {
    values = new Set();
    pattern;
    /** Registers a secret; returns every form that is now masked (so callers can also pass them to core.setSecret). */
    add(secret) {
        if (!secret)
            return [];
        const forms = secretForms(secret).filter((f) => f.length >= MIN_SECRET_LENGTH);
        for (const f of forms)
            this.values.add(f);
        this.pattern = undefined;
        return forms;
    }
    redact(text) {
        if (!text)
            return text;
        let out = text;
        if (this.values.size > 0) {
            this.pattern ??= new RegExp([...this.values]
                .sort((a, b) => b.length - a.length)
                .map(escapeRegExp)
                .join('|'), 'g');
            out = out.replace(this.pattern, MASK);
        }
        for (const shape of TOKEN_SHAPES) {
            out = out.replace(shape, (match, prefix) => (typeof prefix === 'string' ? `${prefix}${MASK}` : MASK));
        }
        return out;
    }
    /** Deeply redacts strings inside a JSON-like value. */
    redactValue(value) {
        if (typeof value === 'string')
            return this.redact(value);
        if (Array.isArray(value))
            return value.map((v) => this.redactValue(v));
        if (value && typeof value === 'object' && isPlainObject(value)) {
            const out = {};
            for (const [k, v] of Object.entries(value))
                out[this.redact(k)] = this.redactValue(v);
            return out;
        }
        return value;
    }
}
function secretForms(secret) {
    const forms = new Set();
    const add = (s) => {
        if (s)
            forms.add(s);
    };
    const trimmed = secret.trim();
    add(trimmed);
    add(secret);
    // a multi-line value (a PEM key) may also arrive with literal `\n` escapes, as CI variables store it
    for (const line of trimmed.split(/\r?\n|(?:\\r)?\\n/)) {
        const l = line.trim();
        if (l.length >= 16 && !/^-----(BEGIN|END) /.test(l))
            add(l);
    }
    add(encodeURIComponent(trimmed));
    add(JSON.stringify(trimmed).slice(1, -1));
    add(Buffer.from(trimmed).toString('base64'));
    add(Buffer.from(trimmed).toString('base64').replace(/=+$/, ''));
    for (const user of BASIC_USERS) {
        const b64 = Buffer.from(`${user}:${trimmed}`).toString('base64');
        add(b64);
        add(b64.replace(/=+$/, ''));
    }
    return [...forms];
}
function isPlainObject(value) {
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ })

};
