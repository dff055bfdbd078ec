export const id = 9;
export const ids = [9];
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

/***/ 31574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ loginOf),
/* harmony export */   LK: () => (/* binding */ githubCoAuthor),
/* harmony export */   pW: () => (/* binding */ droidTrailers)
/* harmony export */ });
/* unused harmony exports CO_AUTHORED_BY, DROID_TICKET, DROID_RUN, DROID_COMMAND, DROID_PLAN */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86524);

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

/***/ 78351:
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

/***/ 98492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ renderPrBody),
/* harmony export */   Fz: () => (/* binding */ ticketMarker),
/* harmony export */   YI: () => (/* binding */ neutralize),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   iE: () => (/* binding */ BODY_MARKER),
/* harmony export */   kS: () => (/* binding */ testsTable),
/* harmony export */   xR: () => (/* binding */ tableCell)
/* harmony export */ });
/* unused harmony export testResultLabel */
/* harmony import */ var _profiles_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9927);
/* harmony import */ var _platform_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78351);


const BODY_MARKER = '<!-- droid:body -->';
function ticketMarker(key) {
    return `<!-- droid:ticket=${key.replace(/[^A-Za-z0-9_.#!/-]/g, '_')} -->`;
}
/** Text from issues and engines goes into markdown: it must not open HTML comments (fake markers) or tags. */
function neutralize(text) {
    return text.replace(/<!--/g, '&lt;!--').replace(/<(\/?)(script|details|summary|img|iframe)/gi, '&lt;$1$2');
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    const s = ms / 1000;
    if (s < 60)
        return `${s.toFixed(1)} s`;
    return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}
function testResultLabel(result) {
    if (result.timedOut)
        return '⏱ timed out';
    if ((0,_profiles_types_js__WEBPACK_IMPORTED_MODULE_1__/* .profilePassed */ .O)(result))
        return '✅ passed';
    if (result.summary.kind === 'infra-error')
        return '⚠️ could not run';
    return '❌ failed';
}
function testsTable(results) {
    if (results.length === 0)
        return '_No test profile was affected by this change._';
    const rows = results.map((r) => `| ${tableCell(r.name)} | \`${tableCell(r.command).replace(/`/g, "'")}\` | ${testResultLabel(r)} | ${r.summary.passed} | ${r.summary.failed} | ${formatDuration(r.durationMs)} |`);
    return ['| Profile | Command | Result | Passed | Failed | Duration |', '|---|---|---|---:|---:|---:|', ...rows].join('\n');
}
/** Text safe inside a markdown table cell: no pipes, no newlines, no HTML. */
function tableCell(text) {
    return text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').trim();
}
/**
 * The body, within `maxChars`: a long Changes list is cut (it says how many files were left out),
 * and anything still too long is cut by fitText (markers kept, fences closed).
 */
function renderPrBody(input) {
    const limit = input.maxChars ?? _platform_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_LIMITS */ .f_.body;
    const lines = changeLines(input.changes);
    const [before, after] = renderFrame(input);
    const room = limit - before.length - after.length;
    let kept = lines.length;
    let used = lines.reduce((n, l) => n + l.length + 1, 0) - 1;
    if (used > room) {
        // drop files from the end until the list and its "left out" line fit
        const more = (n) => `- … and ${n} more files (left out to fit the forge's limit)`;
        while (kept > 0 && used + 1 + more(lines.length - kept).length > room) {
            kept -= 1;
            used -= lines[kept].length + 1;
        }
        const list = [...lines.slice(0, kept), more(lines.length - kept)].join('\n');
        return (0,_platform_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .fitText */ .vY)(before + list + after, limit, { keep: [BODY_MARKER, ticketMarker(input.ticket.key)] });
    }
    return (0,_platform_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .fitText */ .vY)(before + lines.join('\n') + after, limit, { keep: [BODY_MARKER, ticketMarker(input.ticket.key)] });
}
function changeLines(changes) {
    if (changes.length === 0)
        return ['_No files changed._'];
    return changes.map((c) => (c.binary ? `- \`${c.path}\` (binary)` : `- \`${c.path}\` (+${c.added} / −${c.removed})`));
}
/** The body around the Changes list: the text before it and the text after it. */
function renderFrame(input) {
    const { ticket, trace } = input;
    const out = [BODY_MARKER, ticketMarker(ticket.key), ''];
    out.push('## Summary', '', neutralize(input.summary.trim() || '_The engine gave no summary._'), '');
    out.push('## Ticket', '');
    const title = neutralize(ticket.title.trim()) || '(untitled)';
    out.push(ticket.url ? `**${neutralize(ticket.key)}**: [${title}](${ticket.url})` : `**${neutralize(ticket.key)}**: ${title}`, '');
    out.push('## Changes', '');
    const before = `${out.join('\n')}\n`;
    out.length = 0;
    if (input.heldBack.length > 0) {
        out.push('', `> [!WARNING]\n> Held back (protected paths, not pushed): ${input.heldBack.map((p) => `\`${p}\``).join(', ')}. Edit \`pr.protected_paths\` in .droid.yml to allow them.`);
    }
    out.push('', '## Tests', '', testsTable(input.tests), '');
    const failing = input.tests.filter((t) => !(0,_profiles_types_js__WEBPACK_IMPORTED_MODULE_1__/* .profilePassed */ .O)(t));
    if (failing.length > 0) {
        out.push('<details><summary>Failure summary</summary>', '', '```text');
        for (const f of failing)
            out.push(`[${f.name}]`, fenceSafe(f.summary.text));
        out.push('```', '</details>', '');
    }
    out.push('## Plan', '', ...planLines(input), '');
    if (input.warnings?.length) {
        out.push('## Notes', '', ...input.warnings.map((w) => `- ${neutralize(w)}`), '');
    }
    out.push('<details><summary>Trace</summary>', '');
    out.push(`- Run: \`${trace.runId}\`${trace.runUrl ? ` ([job](${trace.runUrl}))` : ''}`);
    out.push(`- Platform: ${trace.platform}`, `- Engine: ${trace.engine}`, `- Iterations: ${trace.iterations}`);
    if (trace.auditLog)
        out.push(`- Audit log: ${trace.auditLog}`);
    out.push('', '</details>', '');
    return [before, `\n${out.join('\n')}`];
}
const MAX_PLAN_CHARS = 20_000;
function planLines(input) {
    const approved = input.approvedPlan;
    if (!approved)
        return [input.plan?.trim() ? neutralize(input.plan.trim()) : '_No separate plan: see Summary._'];
    const login = approved.approver.replace(/[^A-Za-z0-9._[\]-]/g, '') || 'unknown';
    const where = /^https?:\/\/[^\s()<>]+$/.test(approved.url) ? `[plan comment](${approved.url})` : `plan comment ${neutralize(approved.url.replace(/\s+/g, ' ').slice(0, 100))}`;
    const text = approved.text.trim();
    const shown = text.length > MAX_PLAN_CHARS ? `${text.slice(0, MAX_PLAN_CHARS)}\n\n_… the plan is cut here; the rest is in the ${where}._` : text;
    return [`Approved by @${login} (${where}).`, '', neutralize(shown) || '_The plan comment is empty._'];
}
function fenceSafe(text) {
    return text.replace(/```/g, "'''");
}


/***/ }),

/***/ 75813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NI: () => (/* binding */ diffText),
/* harmony export */   P7: () => (/* binding */ fileDiffs),
/* harmony export */   r4: () => (/* binding */ anchorFor)
/* harmony export */ });
/* unused harmony export parseHunks */
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/** Hunks of one file's patch. Linear; lines outside a hunk header's count are ignored. */
function parseHunks(patch) {
    if (!patch)
        return [];
    const hunks = [];
    let current;
    let next = 0;
    let remaining = 0;
    for (const line of patch.split('\n')) {
        const header = HUNK.exec(line);
        if (header) {
            const start = Number(header[1]);
            const count = header[2] === undefined ? 1 : Number(header[2]);
            current = { start, end: start + count - 1, added: new Set() };
            if (count > 0)
                hunks.push(current);
            next = start;
            remaining = count;
            continue;
        }
        if (!current || remaining <= 0)
            continue;
        if (line.startsWith('+')) {
            current.added.add(next);
            next += 1;
            remaining -= 1;
        }
        else if (line.startsWith(' ') || line === '') {
            next += 1;
            remaining -= 1;
        }
        // '-' lines and '\ No newline at end of file' do not move the new side
    }
    return hunks;
}
function fileDiffs(files) {
    const out = new Map();
    for (const file of files)
        out.set(file.path, { path: file.path, status: file.status, hunks: file.status === 'removed' ? [] : parseHunks(file.patch) });
    return out;
}
function anchorFor(diff, line, endLine) {
    if (!diff)
        return { kind: 'none' };
    const hunk = diff.hunks.find((h) => line >= h.start && line <= h.end);
    if (!hunk) {
        const endHunk = diff.hunks.find((h) => endLine >= h.start && endLine <= h.end);
        return endHunk ? { kind: 'line', line: endLine } : { kind: 'none' };
    }
    if (endLine === line)
        return { kind: 'line', line };
    return endLine <= hunk.end ? { kind: 'range', start: line, end: endLine } : { kind: 'line', line };
}
/** The diff as the engine reads it: file headers and hunks, bounded. */
function diffText(files, maxChars) {
    const parts = [];
    let size = 0;
    let truncated = false;
    for (const file of files) {
        const header = `diff --git a/${file.previousPath ?? file.path} b/${file.path}\n# ${file.status}${file.previousPath ? ` (from ${file.previousPath})` : ''}\n`;
        const body = file.patch ? `${file.patch}\n` : '# (no text diff: binary or too large)\n';
        if (size + header.length + body.length > maxChars) {
            truncated = true;
            parts.push(`${header}# (diff left out: the diff is larger than ${maxChars} characters)\n`);
            size += header.length;
            continue;
        }
        parts.push(header + body);
        size += header.length + body.length;
    }
    return { text: parts.join(''), truncated };
}


/***/ }),

/***/ 40746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ renderReview),
/* harmony export */   vU: () => (/* binding */ markersIn)
/* harmony export */ });
/* unused harmony exports REVIEW_MARKER, findingKey, findingMarker */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _report_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98492);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75813);
/**
 * Findings -> one review: an inline comment per finding that sits on a diff line (with a ```suggestion
 * block when it carries a replacement and the whole range is in one hunk), the rest in the review body.
 * Every finding carries a hidden marker of its path, line and title so a later run does not post it again.
 */



const REVIEW_MARKER = '<!-- droid:review -->';
const FINDING_MARKER = /<!-- droid:finding=([0-9a-f]{16}) -->/g;
function findingKey(finding) {
    const title = finding.title.trim().replace(/\s+/g, ' ').toLowerCase();
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${finding.path}\n${finding.line}\n${title}`).digest('hex').slice(0, 16);
}
function findingMarker(finding) {
    return `<!-- droid:finding=${findingKey(finding)} -->`;
}
/** The finding keys a posted text holds (linear scan). */
function markersIn(text) {
    return [...text.matchAll(FINDING_MARKER)].map((m) => m[1] ?? '');
}
const ICON = { high: '🔴', medium: '🟠', low: '🟡' };
function fence(text, info) {
    let longest = 0;
    for (const m of text.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const f = '`'.repeat(Math.max(3, longest + 1));
    return `${f}${info}\n${text.replace(/\n$/, '')}\n${f}`;
}
function heading(finding) {
    const tag = finding.pass === 'security' ? ' · security' : '';
    return `${ICON[finding.severity]} **${(0,_report_body_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralize */ .YI)(finding.title)}** (${finding.severity}${tag})`;
}
/** a suggestion is shown verbatim; one that carries a droid marker is shown neutralised, never as applicable */
function safeSuggestion(finding) {
    if (finding.suggestion === undefined || !/<!--\s*droid:/i.test(finding.suggestion))
        return finding;
    return { ...finding, suggestion: (0,_report_body_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralize */ .YI)(finding.suggestion) };
}
function inlineBody(original, applicable) {
    const finding = safeSuggestion(original);
    const withSuggestion = applicable && finding === original;
    const parts = [heading(finding)];
    if (finding.body)
        parts.push('', (0,_report_body_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralize */ .YI)(finding.body));
    if (finding.suggestion !== undefined)
        parts.push('', withSuggestion ? fence(finding.suggestion, 'suggestion') : `Suggested replacement for lines ${finding.line}–${finding.endLine}:\n\n${fence(finding.suggestion, '')}`);
    parts.push('', findingMarker(finding));
    return parts.join('\n');
}
function bodyEntry(original) {
    const finding = safeSuggestion(original);
    const where = finding.line === finding.endLine ? `${finding.path}:${finding.line}` : `${finding.path}:${finding.line}-${finding.endLine}`;
    const parts = [`- ${heading(finding)} — \`${where.replace(/`/g, "'")}\``];
    if (finding.body)
        parts.push((0,_report_body_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralize */ .YI)(finding.body).replace(/^/gm, '  '));
    if (finding.suggestion !== undefined)
        parts.push(fence(finding.suggestion, '').replace(/^/gm, '  '));
    parts.push(`  ${findingMarker(finding)}`);
    return parts.join('\n');
}
function renderReview(input) {
    const comments = [];
    const outsideDiff = [];
    const duplicates = [];
    const posted = [];
    const seen = new Set(input.posted);
    for (const finding of input.findings) {
        const key = findingKey(finding);
        if (seen.has(key)) {
            duplicates.push(finding);
            continue;
        }
        seen.add(key);
        posted.push(finding);
        const anchor = (0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .anchorFor */ .r4)(input.diffs.get(finding.path), finding.line, finding.endLine);
        if (anchor.kind === 'none') {
            outsideDiff.push(finding);
        }
        else if (anchor.kind === 'range') {
            comments.push({ path: finding.path, startLine: anchor.start, line: anchor.end, body: inlineBody(finding, true) });
        }
        else {
            // one line: a suggestion replaces exactly that line, or it is shown as plain code
            comments.push({ path: finding.path, line: anchor.line, body: inlineBody(finding, finding.line === finding.endLine && anchor.line === finding.line) });
        }
    }
    const counts = ['high', 'medium', 'low'].map((s) => [s, posted.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0);
    const lines = [REVIEW_MARKER, '**Droid review**', ''];
    if (input.summary)
        lines.push((0,_report_body_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralize */ .YI)(input.summary), '');
    lines.push(posted.length ? `${posted.length} finding(s): ${counts.map(([s, n]) => `${n} ${s}`).join(', ')}${comments.length ? `; ${comments.length} inline` : ''}.` : 'No findings.');
    if (duplicates.length)
        lines.push(`${duplicates.length} finding(s) already posted by an earlier review are not repeated.`);
    if (outsideDiff.length)
        lines.push('', '**Outside the diff**', '', ...outsideDiff.map(bodyEntry));
    for (const note of input.notes ?? [])
        lines.push('', `> ${(0,_report_body_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralize */ .YI)(note)}`);
    lines.push('', input.footer);
    return { body: lines.join('\n'), comments, posted, duplicates, outsideDiff };
}


/***/ }),

/***/ 61357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   ur: () => (/* binding */ parseCommandText),
/* harmony export */   wd: () => (/* binding */ parseNote),
/* harmony export */   yV: () => (/* binding */ isDroidCommand)
/* harmony export */ });
const COMMANDS = ['fix', 'plan', 'approve', 'ci-fix', 'test', 'review'];
function isDroidCommand(word) {
    return COMMANDS.includes(word);
}
/** `/droid plan split the parser` -> plan + "split the parser"; `/droid` alone -> fix. Undefined when not triggered. */
function parseCommandText(text, trigger) {
    if (!trigger || !text.toLowerCase().startsWith(trigger.toLowerCase()))
        return undefined;
    const rest = text.slice(trigger.length);
    if (rest !== '' && !/^\s/.test(rest))
        return undefined; // "/droidx" is not the trigger
    const words = rest.trim();
    const first = words.split(/\s+/, 1)[0]?.toLowerCase() ?? '';
    if (isDroidCommand(first))
        return { command: first, instructions: words.slice(first.length).trim() };
    return { command: 'fix', instructions: words };
}
/** A GitLab note (pipeline variable or relay): leading whitespace before the trigger phrase is ignored. */
function parseNote(body, trigger) {
    return parseCommandText(body.replace(/^\s+/, ''), trigger);
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
