export const id = 166;
export const ids = [166];
export const modules = {

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

/***/ 12178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RM: () => (/* binding */ createGitLabForge)
});

// UNUSED EXPORTS: cleanTrace, gitlabTraits

// EXTERNAL MODULE: ./src/git/trailers.ts
var trailers = __webpack_require__(31574);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/platform/limits.ts
var limits = __webpack_require__(78351);
// EXTERNAL MODULE: ./node_modules/@gitbeaker/rest/dist/index.mjs + 1 modules
var dist = __webpack_require__(37582);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/platform/gitlab/http.ts
var http = __webpack_require__(52851);
;// CONCATENATED MODULE: ./src/platform/gitlab/schemas.ts


/**
 * The parts of GitLab v4 responses the adapter reads, validated (renovate-style) so a proxy's HTML
 * page or a changed field fails with a clear message instead of `undefined` further down.
 * Objects are not strict: GitLab adds fields over time.
 */
const userRef = schemas/* object */.Ikc({
    id: schemas/* number */.aig().int(),
    username: schemas/* string */.YjP(),
});
const user = userRef.extend({
    state: schemas/* string */.YjP(),
    bot: schemas/* boolean */.zMY().nullish(),
});
const member = userRef.extend({
    state: schemas/* string */.YjP().optional(),
    access_level: schemas/* number */.aig().int(),
    membership_state: schemas/* string */.YjP().optional(),
});
const schemas_project = schemas/* object */.Ikc({
    id: schemas/* number */.aig().int(),
    path_with_namespace: schemas/* string */.YjP(),
    default_branch: schemas/* string */.YjP().nullable(),
    web_url: schemas/* string */.YjP(),
    http_url_to_repo: schemas/* string */.YjP().optional(),
});
const mergeRequest = schemas/* object */.Ikc({
    id: schemas/* number */.aig().int(),
    iid: schemas/* number */.aig().int(),
    project_id: schemas/* number */.aig().int(),
    title: schemas/* string */.YjP(),
    description: schemas/* string */.YjP().nullable(),
    state: schemas/* string */.YjP(),
    draft: schemas/* boolean */.zMY().optional(),
    work_in_progress: schemas/* boolean */.zMY().optional(),
    source_branch: schemas/* string */.YjP(),
    target_branch: schemas/* string */.YjP(),
    source_project_id: schemas/* number */.aig().int().optional(),
    target_project_id: schemas/* number */.aig().int().optional(),
    sha: schemas/* string */.YjP().nullable(),
    web_url: schemas/* string */.YjP(),
    author: userRef,
    labels: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* object */.Ikc({ name: schemas/* string */.YjP() })])).optional(),
    reviewers: schemas/* array */.YOg(userRef).nullish(),
});
const note = schemas/* object */.Ikc({
    id: schemas/* number */.aig().int(),
    body: schemas/* string */.YjP(),
    system: schemas/* boolean */.zMY().optional(),
    author: userRef,
});
const pipeline = schemas/* object */.Ikc({
    id: schemas/* number */.aig().int(),
    sha: schemas/* string */.YjP(),
    ref: schemas/* string */.YjP(),
    status: schemas/* string */.YjP(),
    source: schemas/* string */.YjP().optional(),
    web_url: schemas/* string */.YjP(),
});
const job = schemas/* object */.Ikc({
    id: schemas/* number */.aig().int(),
    name: schemas/* string */.YjP(),
    stage: schemas/* string */.YjP().optional(),
    status: schemas/* string */.YjP(),
    allow_failure: schemas/* boolean */.zMY().optional(),
    web_url: schemas/* string */.YjP(),
});
const pipelineVariable = schemas/* object */.Ikc({ key: schemas/* string */.YjP(), value: schemas/* string */.YjP() });
/** GET /personal_access_tokens/self (personal, project and group access tokens) */
const tokenSelf = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().optional(),
    scopes: schemas/* array */.YOg(schemas/* string */.YjP()),
    active: schemas/* boolean */.zMY().optional(),
    expires_at: schemas/* string */.YjP().nullish(),
});
/** Validates one response; the error names the endpoint and the first fields that did not fit. */
function parseResponse(schema, value, endpoint) {
    const result = schema.safeParse(value);
    if (result.success)
        return result.data;
    const issues = result.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
        .join('; ');
    throw new errors/* DroidError */.TF('platform', `GitLab API ${endpoint} answered an unexpected shape (${issues})`, {
        hint: 'is CI_API_V4_URL pointing at a GitLab API (not a proxy login page)?',
    });
}

;// CONCATENATED MODULE: ./src/platform/gitlab/client.ts




const PER_PAGE = 100;
/** lists are bounded: 10 pages of 100 is far more than one branch, MR or SHA ever has */
const MAX_PAGES = 10;
class GitLabClient {
    projects;
    users;
    members;
    mergeRequests;
    mrNotes;
    issueNotes;
    pipelines;
    jobs;
    tokens;
    constructor(options) {
        const config = {
            host: http/* GITBEAKER_HOST */.Ap,
            token: options.token,
            requesterFn: (0,http/* createRequester */.RA)(options),
            // our requester times out each attempt; gitbeaker's whole-call timeout would cut our retries short
            queryTimeout: 0,
            // our requester does not use gitbeaker's client-side limiter
            rateLimits: {},
        };
        this.projects = new dist/* Projects */.JtL(config);
        this.users = new dist/* Users */.zWC(config);
        this.members = new dist/* ProjectMembers */.rRD(config);
        this.mergeRequests = new dist/* MergeRequests */.nPt(config);
        this.mrNotes = new dist/* MergeRequestNotes */.vxy(config);
        this.issueNotes = new dist/* IssueNotes */.nFR(config);
        this.pipelines = new dist/* Pipelines */.Cwc(config);
        this.jobs = new dist/* Jobs */.XPB(config);
        this.tokens = new dist/* PersonalAccessTokens */.lqn(config);
    }
    async project(project) {
        return parseResponse(schemas_project, await this.projects.show(project), 'GET /projects/:id');
    }
    async currentUser() {
        return parseResponse(user, await this.users.showCurrentUser(), 'GET /user');
    }
    /** The token's own scopes and expiry (doctor); 404 on instances older than 15.5 */
    async tokenSelf() {
        return parseResponse(tokenSelf, await this.tokens.show(), 'GET /personal_access_tokens/self');
    }
    async usersByUsername(username) {
        return parseResponse(schemas/* array */.YOg(user), await this.users.all({ username }), 'GET /users?username=');
    }
    async user(id) {
        return parseResponse(user, await this.users.show(id), 'GET /users/:id');
    }
    /** effective membership: direct, inherited from groups and from invited groups */
    async memberAll(project, userId) {
        const value = await this.members.show(project, userId, { includeInherited: true });
        return parseResponse(member, value, 'GET /projects/:id/members/all/:user_id');
    }
    async openMergeRequestsBySource(project, sourceBranch) {
        const value = await this.mergeRequests.all({ projectId: project, sourceBranch, state: 'opened', perPage: PER_PAGE, maxPages: MAX_PAGES });
        return parseResponse(schemas/* array */.YOg(mergeRequest), value, 'GET /projects/:id/merge_requests?source_branch=');
    }
    async openMergeRequestsSearch(project, search) {
        const value = await this.mergeRequests.all({ projectId: project, search, state: 'opened', perPage: PER_PAGE, maxPages: MAX_PAGES });
        return parseResponse(schemas/* array */.YOg(mergeRequest), value, 'GET /projects/:id/merge_requests?search=');
    }
    async mergeRequest(project, iid) {
        return parseResponse(mergeRequest, await this.mergeRequests.show(project, iid), 'GET /projects/:id/merge_requests/:iid');
    }
    async createMergeRequest(project, sourceBranch, targetBranch, title, fields) {
        const value = await this.mergeRequests.create(project, sourceBranch, targetBranch, title, fields);
        return parseResponse(mergeRequest, value, 'POST /projects/:id/merge_requests');
    }
    async editMergeRequest(project, iid, fields) {
        const value = await this.mergeRequests.edit(project, iid, fields);
        return parseResponse(mergeRequest, value, 'PUT /projects/:id/merge_requests/:iid');
    }
    async notes(project, kind, iid) {
        const options = { perPage: PER_PAGE, maxPages: MAX_PAGES, sort: 'asc', orderBy: 'created_at' };
        const value = kind === 'change' ? await this.mrNotes.all(project, iid, options) : await this.issueNotes.all(project, iid, options);
        return parseResponse(schemas/* array */.YOg(note), value, `GET /projects/:id/${noun(kind)}/:iid/notes`);
    }
    async createNote(project, kind, iid, body) {
        const value = kind === 'change' ? await this.mrNotes.create(project, iid, body) : await this.issueNotes.create(project, iid, body);
        return parseResponse(note, value, `POST /projects/:id/${noun(kind)}/:iid/notes`);
    }
    async editNote(project, kind, iid, noteId, body) {
        const value = kind === 'change'
            ? await this.mrNotes.edit(project, iid, noteId, { body })
            : await this.issueNotes.edit(project, iid, noteId, { body });
        return parseResponse(note, value, `PUT /projects/:id/${noun(kind)}/:iid/notes/:note_id`);
    }
    /** newest first */
    async pipelinesForSha(project, sha) {
        const value = await this.pipelines.all(project, { sha, orderBy: 'id', sort: 'desc', perPage: PER_PAGE, maxPages: 1 });
        return parseResponse(schemas/* array */.YOg(pipeline), value, 'GET /projects/:id/pipelines?sha=');
    }
    /** newest first */
    async pipelinesForRef(project, ref, source) {
        const options = { ref, orderBy: 'id', sort: 'desc', perPage: 20, maxPages: 1, ...(source ? { source } : {}) };
        const value = await this.pipelines.all(project, options);
        return parseResponse(schemas/* array */.YOg(pipeline), value, 'GET /projects/:id/pipelines?ref=');
    }
    async pipelineJobs(project, pipelineId) {
        const value = await this.jobs.all(project, { pipelineId, perPage: PER_PAGE, maxPages: MAX_PAGES });
        return parseResponse(schemas/* array */.YOg(job), value, 'GET /projects/:id/pipelines/:pipeline_id/jobs');
    }
    async jobTrace(project, jobId) {
        const value = await this.jobs.showLog(project, jobId);
        return parseResponse(schemas/* string */.YjP(), value, 'GET /projects/:id/jobs/:job_id/trace');
    }
    async createPipeline(project, ref, variables) {
        const list = Object.entries(variables).map(([key, value]) => ({ key, value, variableType: 'env_var' }));
        const value = await this.pipelines.create(project, ref, { variables: list });
        return parseResponse(pipeline, value, 'POST /projects/:id/pipeline');
    }
    async pipelineVariables(project, pipelineId) {
        const value = await this.pipelines.allVariables(project, pipelineId);
        return parseResponse(schemas/* array */.YOg(pipelineVariable), value, 'GET /projects/:id/pipelines/:pipeline_id/variables');
    }
}
function noun(kind) {
    return kind === 'change' ? 'merge_requests' : 'issues';
}

;// CONCATENATED MODULE: ./src/platform/gitlab/mapping.ts
/**
 * GitLab's vocabularies mapped onto ours, written out as tables (renovate-style) so a reader can
 * check each row against GitLab's docs.
 */
/** Pipeline status -> our tri-state. */
const PIPELINE_STATUS = {
    created: 'pending',
    waiting_for_resource: 'pending',
    preparing: 'pending',
    pending: 'pending',
    running: 'pending',
    scheduled: 'pending',
    canceling: 'pending',
    success: 'success',
    failed: 'failure',
    canceled: 'failure',
    // nothing ran that could fail; waiting for a skipped pipeline would never end
    skipped: 'success',
    // only manual jobs are left: the automatic part is over and nothing will move on its own
    manual: 'success',
};
/** Job status -> our tri-state (a failed job with `allow_failure: true` counts as success). */
const JOB_STATUS = {
    ...PIPELINE_STATUS,
};
function pipelineState(status) {
    // an unknown, newer status is treated as "not finished" rather than guessed
    return PIPELINE_STATUS[status] ?? 'pending';
}
function jobState(status, allowFailure) {
    const state = JOB_STATUS[status] ?? 'pending';
    return state === 'failure' && allowFailure ? 'success' : state;
}
/** Member access level (numbers from GitLab's docs) -> our access level. */
const ACCESS_LEVEL = [
    [60, 'admin', 'Admin'],
    [50, 'admin', 'Owner'],
    [40, 'maintain', 'Maintainer'],
    [30, 'write', 'Developer'],
    [20, 'read', 'Reporter'],
    [15, 'read', 'Planner'],
    [10, 'read', 'Guest'],
    [5, 'none', 'Minimal Access'],
    [0, 'none', 'No access'],
];
function accessLevel(value) {
    for (const [minimum, level] of ACCESS_LEVEL)
        if (value >= minimum)
            return level;
    return 'none';
}
/** User states that may not act (GitLab user `state`). */
const BLOCKED_STATES = new Set(['blocked', 'banned', 'blocked_pending_approval', 'ldap_blocked', 'deactivated']);
/** Title prefixes GitLab reads as "draft" (case-insensitive, at the start). */
const DRAFT_PREFIX = /^\s*(?:\[draft\]|\(draft\)|draft:|draft\s+-)\s*/i;
function isDraftTitle(title) {
    return DRAFT_PREFIX.test(title);
}
function stripDraft(title) {
    return title.replace(DRAFT_PREFIX, '');
}
function draftTitle(title, draft) {
    const plain = stripDraft(title);
    return draft ? `Draft: ${plain}` : plain;
}
function changeState(state) {
    if (state === 'merged')
        return 'merged';
    if (state === 'opened' || state === 'locked')
        return 'open';
    return 'closed';
}

;// CONCATENATED MODULE: ./src/platform/gitlab/forge.ts






function createGitLabForge(options) {
    const serverUrl = options.serverUrl.replace(/\/+$/, '');
    const apiUrl = (options.apiUrl ?? `${serverUrl}/api/v4`).replace(/\/+$/, '');
    const projectRef = options.project;
    const projectPath = typeof options.project === 'string' ? options.project : options.projectPath;
    const log = options.log;
    const client = new GitLabClient({
        apiUrl,
        token: options.token,
        log,
        ca: options.ca,
        retries: options.retries,
        baseDelayMs: options.baseDelayMs,
        maxDelayMs: options.maxDelayMs,
        sleep: options.sleep,
        onCall: options.onCall,
        maxTextBytes: options.logKeepBytes ?? 256 * 1024,
    });
    let me;
    const currentUser = () => (me ??= client.currentUser());
    const userIds = new Map();
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const lookupPauseMs = options.baseDelayMs ?? 1000;
    async function userIdFor(username) {
        const key = username.replace(/^@/, '').toLowerCase();
        if (!userIds.has(key)) {
            const users = await client.usersByUsername(key);
            userIds.set(key, users.find((u) => u.username.toLowerCase() === key)?.id);
        }
        return userIds.get(key);
    }
    function toChange(mr) {
        return {
            number: mr.iid,
            url: mr.web_url,
            sourceBranch: mr.source_branch,
            targetBranch: mr.target_branch,
            title: stripDraft(mr.title),
            body: mr.description ?? '',
            draft: mr.draft ?? mr.work_in_progress ?? isDraftTitle(mr.title),
            state: changeState(mr.state),
            headSha: mr.sha ?? '',
            author: mr.author.username,
            labels: mr.labels?.map((l) => (typeof l === 'string' ? l : l.name)),
        };
    }
    /** the MR's source branch is in this project (source_branch= also lists MRs from forks with that branch name) */
    function fromHere(mr) {
        return mr.source_project_id !== undefined && mr.target_project_id !== undefined && mr.source_project_id === mr.target_project_id;
    }
    /**
     * A marker is anyone's to type: an MR carrying one is the droid's only when its source branch is a
     * droid branch of this project, or the token's own user opened it (PRODUCT.md §10).
     */
    function trusted(mr, self, branchPrefix) {
        if (mr.author.id === self.id)
            return true;
        return fromHere(mr) && branchPrefix !== undefined && mr.source_branch.startsWith(branchPrefix);
    }
    async function findChangeRequest(query) {
        if (query.sourceBranch) {
            const mr = (await client.openMergeRequestsBySource(projectRef, query.sourceBranch)).find(fromHere);
            if (mr)
                return toChange(mr);
        }
        if (query.marker) {
            const marker = query.marker;
            const self = await currentUser();
            const term = marker.replace(/^<!--\s*|\s*-->$/g, '');
            const found = (await client.openMergeRequestsSearch(projectRef, term)).find((mr) => (mr.description ?? '').includes(marker) && trusted(mr, self, query.branchPrefix));
            if (found)
                return toChange(found);
        }
        return undefined;
    }
    async function resolveReviewers(usernames, warnings) {
        const ids = [];
        for (const name of new Set(usernames.map((u) => u.replace(/^@/, '')))) {
            if (!/^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/.test(name)) {
                warnings.push(`reviewer "${name}" is not a valid GitLab username; skipped`);
                continue;
            }
            const id = await userIdFor(name);
            if (id === undefined)
                warnings.push(`reviewer @${name} is not a GitLab user; skipped`);
            else
                ids.push(id);
        }
        return ids;
    }
    async function upsertChangeRequest(spec, existing) {
        const warnings = [];
        if (spec.teamReviewers.length > 0) {
            warnings.push(`team reviewers (${spec.teamReviewers.join(', ')}) are a GitHub feature; GitLab ignores them`);
        }
        const reviewerIds = await resolveReviewers(spec.reviewers, warnings);
        const title = (0,limits/* fitTitle */.Ei)(draftTitle(spec.title, spec.draft), limits/* GITLAB_LIMITS */.Xy.title);
        spec = { ...spec, body: fitBody(spec.body) };
        const current = existing ?? (await findChangeRequest({ sourceBranch: spec.sourceBranch }));
        if (current) {
            return { action: 'updated', change: await update(current.number, spec, title, reviewerIds), warnings };
        }
        const fields = {
            description: spec.body,
            labels: spec.labels.join(','),
            ...(reviewerIds.length > 0 ? { reviewerIds } : {}),
            removeSourceBranch: true,
        };
        try {
            const mr = await client.createMergeRequest(projectRef, spec.sourceBranch, spec.targetBranch, title, fields);
            return { action: 'created', change: toChange(mr), warnings };
        }
        catch (error) {
            // 409: "Another open merge request already exists for this source branch" (a race, or our own earlier POST)
            const lost = error instanceof http/* GitLabApiError */.AT && (error.maybeApplied || error.status === 409);
            if (!lost)
                throw error;
            log.warn(`${error.message}; looking the merge request up by its branch before trying again`);
            const found = await findChangeRequest({ sourceBranch: spec.sourceBranch });
            // found after a 409: someone else's run made it (updated); after a lost answer: ours (created)
            if (found)
                return { action: error.status === 409 ? 'updated' : 'created', change: await update(found.number, spec, title, reviewerIds), warnings };
            if (error.status === 409)
                throw error;
            const mr = await client.createMergeRequest(projectRef, spec.sourceBranch, spec.targetBranch, title, fields);
            return { action: 'created', change: toChange(mr), warnings };
        }
    }
    async function update(iid, spec, title, reviewerIds) {
        const before = await client.mergeRequest(projectRef, iid);
        // keep reviewers and labels that people added by hand: reviewer_ids replaces the set, add_labels does not
        const keep = (before.reviewers ?? []).map((r) => r.id);
        const fields = {
            title,
            description: spec.body,
            targetBranch: spec.targetBranch,
            ...(spec.labels.length > 0 ? { addLabels: spec.labels.join(',') } : {}),
            ...(reviewerIds.length > 0 ? { reviewerIds: [...new Set([...keep, ...reviewerIds])] } : {}),
        };
        return toChange(await client.editMergeRequest(projectRef, iid, fields));
    }
    /** within GitLab's 1,000,000 characters, the droid's markers kept */
    function fitBody(body) {
        return (0,limits/* fitText */.vY)(body, limits/* GITLAB_LIMITS */.Xy.body, { keep: [...new Set(body.match(/<!-- droid:[^>\n]{0,200}-->/g) ?? [])] });
    }
    function noteUrl(target, id) {
        const kind = target.kind === 'change' ? 'merge_requests' : 'issues';
        return `${serverUrl}/${projectPath ?? String(projectRef)}/-/${kind}/${target.number}#note_${id}`;
    }
    async function findOwnNote(target, marker) {
        const self = await currentUser();
        const notes = await client.notes(projectRef, target.kind, target.number);
        // only our own notes: anyone can paste a marker into a comment
        return notes.find((n) => !n.system && n.author.id === self.id && n.body.includes(marker));
    }
    /** After a create whose answer was lost: the list may lag behind it, so look twice, pausing between. */
    async function findAfterLostCreate(target, marker) {
        for (let lookup = 1; lookup <= 2; lookup += 1) {
            const found = await findOwnNote(target, marker);
            if (found)
                return found;
            await sleep(lookupPauseMs * lookup);
        }
        return undefined;
    }
    async function upsertComment(target, body, marker, existing) {
        const text = (0,limits/* fitText */.vY)(body.includes(marker) ? body : `${body}\n\n${marker}`, limits/* GITLAB_LIMITS */.Xy.comment, { keep: marker ? [marker] : [] });
        const ref = (id) => ({ id, url: noteUrl(target, id), target });
        const noteId = existing?.id ?? (await findOwnNote(target, marker))?.id;
        if (noteId !== undefined) {
            try {
                return ref((await client.editNote(projectRef, target.kind, target.number, noteId, text)).id);
            }
            catch (error) {
                if (!(error instanceof http/* GitLabApiError */.AT && error.status === 404 && existing))
                    throw error;
                // the note was deleted: make a new one below
            }
        }
        try {
            return ref((await client.createNote(projectRef, target.kind, target.number, text)).id);
        }
        catch (error) {
            if (!(error instanceof http/* GitLabApiError */.AT && error.maybeApplied))
                throw error;
            log.warn(`${error.message}; looking for the comment before trying again`);
            const found = await findAfterLostCreate(target, marker);
            if (found)
                return ref((await client.editNote(projectRef, target.kind, target.number, found.id, text)).id);
            return ref((await client.createNote(projectRef, target.kind, target.number, text)).id);
        }
    }
    async function ciStatus(sha, opts = {}) {
        const ignore = new Set(opts.ignoreJobNames ?? []);
        const pipelines = await client.pipelinesForSha(projectRef, sha);
        // the newest pipeline per ref: a retried or re-run pipeline replaces the older one for the same ref
        const latest = new Map();
        for (const p of pipelines)
            if (!latest.has(p.ref) || latest.get(p.ref).id < p.id)
                latest.set(p.ref, p);
        const jobs = [];
        const states = new Set();
        for (const p of latest.values()) {
            const all = await client.pipelineJobs(projectRef, p.id);
            const pipelineJobs = all.filter((j) => !ignore.has(j.name));
            // no jobs listed yet: the pipeline's own status says it all; only our own jobs: not a CI result
            if (all.length === 0)
                states.add(pipelineState(p.status));
            if (pipelineJobs.length === 0)
                continue;
            for (const j of pipelineJobs) {
                const state = jobState(j.status, j.allow_failure ?? false);
                states.add(state);
                jobs.push({ id: j.id, name: j.name, state, url: j.web_url, logAvailable: j.status !== 'created' && j.status !== 'skipped' && j.status !== 'manual' });
            }
        }
        const state = states.has('failure') ? 'failure' : states.has('pending') ? 'pending' : 'success';
        // nothing but our own jobs (or no pipeline at all): no CI result for this SHA yet
        const empty = states.size === 0;
        return { state: empty ? 'pending' : state, jobs, empty };
    }
    async function jobLog(job) {
        return cleanTrace(await client.jobTrace(projectRef, job.id));
    }
    async function actorAccess(login) {
        const username = login.replace(/^@/, '');
        const none = { login: username, level: 'none', isBot: false, blocked: false };
        if (!/^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/.test(username))
            return none;
        const found = (await client.usersByUsername(username)).find((u) => u.username.toLowerCase() === username.toLowerCase());
        if (!found)
            return none;
        // the list endpoint omits `bot` for non-admin tokens; the single-user endpoint has it
        const user = typeof found.bot === 'boolean' ? found : await client.user(found.id);
        const base = { login: user.username, level: 'none', isBot: user.bot === true, blocked: BLOCKED_STATES.has(user.state) };
        try {
            const member = await client.memberAll(projectRef, user.id);
            if (member.membership_state === 'awaiting')
                return base;
            return { ...base, level: accessLevel(member.access_level), blocked: base.blocked || BLOCKED_STATES.has(member.state ?? '') };
        }
        catch (error) {
            if (error instanceof http/* GitLabApiError */.AT && error.status === 404)
                return base;
            throw error;
        }
    }
    async function defaultBranch() {
        const p = await client.project(projectRef);
        if (!p.default_branch) {
            throw new errors/* DroidError */.TF('platform', `GitLab project ${p.path_with_namespace} has no default branch (empty repository?)`, {
                hint: 'push a first commit, or set pr.target_branch in .droid.yml',
            });
        }
        return p.default_branch;
    }
    function gitAuthEnv() {
        const basic = Buffer.from(`oauth2:${options.token}`).toString('base64');
        const entries = [];
        for (const base of new Set([serverUrl, ...(options.gitUrls ?? []).map((u) => u.replace(/\/+$/, ''))])) {
            entries.push([`http.${base}/.extraheader`, `Authorization: Basic ${basic}`]);
            if (options.caFile)
                entries.push([`http.${base}/.sslCAInfo`, options.caFile]);
        }
        const env = { GIT_CONFIG_COUNT: String(entries.length) };
        entries.forEach(([key, value], i) => {
            env[`GIT_CONFIG_KEY_${i}`] = key;
            env[`GIT_CONFIG_VALUE_${i}`] = value;
        });
        return env;
    }
    function cloneUrl() {
        if (!projectPath) {
            throw new errors/* DroidError */.TF('usage', 'the GitLab project path is unknown, so there is no clone URL', {
                hint: 'pass the project as "group/project" (CI_PROJECT_PATH)',
            });
        }
        return `${serverUrl}/${projectPath}.git`;
    }
    return {
        platform: 'gitlab',
        traits: gitlabTraits(serverUrl),
        repo: projectPath ?? String(projectRef),
        client,
        projectRef,
        defaultBranch,
        actorAccess,
        findChangeRequest,
        getChangeRequest: async (number) => toChange(await client.mergeRequest(projectRef, number)),
        upsertChangeRequest,
        closeChangeRequest: async (number) => {
            await client.editMergeRequest(projectRef, number, { stateEvent: 'close' });
        },
        upsertComment,
        ciStatus,
        jobLog,
        gitAuthEnv,
        cloneUrl,
        jobUrl: () => options.jobUrl,
    };
}
/** GitLab job traces carry ANSI colours and collapsible-section markers; the summariser wants text. */
function cleanTrace(trace) {
    return trace
        .replace(/\r\n/g, '\n')
        .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
        .replace(/section_(?:start|end):\d+:[A-Za-z0-9_.-]+(?:\[[^\]]*\])?\r?/g, '')
        .replace(/^.*\r(?!\n)/gm, '');
}
/** MRs, GitLab's lengths, and a co-author address on this instance's noreply domain. */
function gitlabTraits(serverUrl) {
    const host = hostOf(serverUrl);
    return {
        pushes: true,
        returnsToStart: false,
        changeNoun: { short: 'MR', long: 'merge request' },
        limits: limits/* GITLAB_LIMITS */.Xy,
        coAuthor: (actor) => {
            const login = (0,trailers/* loginOf */.DQ)(actor);
            return `${login} <${login}@users.noreply.${host}>`;
        },
    };
}
function hostOf(url) {
    try {
        return new URL(url).hostname || 'gitlab.com';
    }
    catch {
        return 'gitlab.com';
    }
}


/***/ }),

/***/ 52851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ GitLabApiError),
/* harmony export */   Ap: () => (/* binding */ GITBEAKER_HOST),
/* harmony export */   RA: () => (/* binding */ createRequester)
/* harmony export */ });
/* unused harmony export serverWait */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _gitbeaker_requester_utils__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33888);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37895);






class GitLabApiError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DroidError */ .TF {
    status;
    method;
    endpoint;
    /** true when a POST may have been applied by the server (5xx, reset connection) */
    maybeApplied;
    constructor(init) {
        const what = init.status > 0 ? `answered ${init.status}` : 'failed';
        const tries = init.attempts > 1 ? ` after ${init.attempts} attempts` : '';
        super('platform', `GitLab API ${init.method} /${init.endpoint} ${what}${tries}: ${init.detail}`, {
            hint: hintFor(init.status),
        });
        this.name = 'GitLabApiError';
        this.status = init.status;
        this.method = init.method;
        this.endpoint = init.endpoint;
        this.maybeApplied = init.maybeApplied;
    }
}
function hintFor(status) {
    switch (status) {
        case 401:
            return 'the GitLab token (DROID_GITLAB_TOKEN) is missing, invalid or expired';
        case 403:
            return 'the GitLab token needs the `api` scope and at least Developer access to the project';
        case 404:
            return "check the project path (CI_PROJECT_PATH) and that the token's user can see the project";
        case 429:
            return 'GitLab is rate limiting this token; try again later or raise the limit on a self-managed instance';
        case 0:
            return 'check CI_API_V4_URL / CI_SERVER_URL and, for a private CA, CI_SERVER_TLS_CA_FILE or NODE_EXTRA_CA_CERTS';
        default:
            return undefined;
    }
}
/**
 * gitbeaker builds each resource's base as `${host}/api/v4/${prefix}`; the client passes this
 * placeholder as `host` so the handler can take the prefix and put it under the real API URL.
 */
const GITBEAKER_HOST = 'droid-ci://gitlab';
const PREFIX_HOST = `${GITBEAKER_HOST}/api/v4`;
const MAX_JSON_BYTES = 32 * 1024 * 1024;
/** network errors after which a request certainly never reached the application */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** network errors worth another try; others (TLS certificate, unknown host) will not heal by waiting */
const TRANSIENT = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
function createRequester(options) {
    const apiUrl = options.apiUrl.replace(/\/+$/, '');
    const isHttps = apiUrl.startsWith('https:');
    const agent = isHttps
        ? new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)({ keepAlive: true, ca: options.ca ? [...(node_tls__WEBPACK_IMPORTED_MODULE_2___default().rootCertificates), options.ca] : undefined })
        : new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)({ keepAlive: true });
    const retries = options.retries ?? 4;
    const baseDelay = options.baseDelayMs ?? 1000;
    const maxDelay = options.maxDelayMs ?? 60_000;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    async function handle(endpoint, raw) {
        const opts = (raw ?? {});
        const method = (opts.method ?? 'GET').toUpperCase();
        // some resources (notes, members) keep part of their path in the prefix gitbeaker builds from `host`
        const prefix = (opts.prefixUrl ?? '').startsWith(PREFIX_HOST) ? opts.prefixUrl.slice(PREFIX_HOST.length) : '';
        const path = [...prefix.split('/'), ...endpoint.split('/')].filter(Boolean).join('/');
        const url = `${apiUrl}/${path}${opts.searchParams ? `?${opts.searchParams}` : ''}`;
        const body = typeof opts.body === 'string' ? opts.body : undefined;
        if (opts.body !== undefined && body === undefined) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DroidError */ .TF('internal', `GitLab API ${method} /${path}: form bodies are not supported by this client`);
        }
        for (let attempt = 1;; attempt += 1) {
            const started = Date.now();
            let response;
            try {
                response = await send(url, method, opts.headers ?? {}, body);
            }
            catch (error) {
                const code = error.code ?? '';
                const maybeApplied = method !== 'GET' && !NOT_SENT.has(code);
                const detail = `${code || 'network error'}: ${error.message}`;
                options.onCall?.({ method, path: stripQuery(path), status: 0, attempt, durationMs: Date.now() - started });
                if (attempt <= retries && TRANSIENT.has(code) && (method !== 'POST' || !maybeApplied)) {
                    const wait = backoff(attempt);
                    options.log.debug(`GitLab API ${method} /${path}: ${detail}; retrying in ${wait} ms`);
                    await sleep(wait);
                    continue;
                }
                throw new GitLabApiError({ method, endpoint: path, status: 0, detail, maybeApplied, attempts: attempt });
            }
            options.onCall?.({ method, path: stripQuery(path), status: response.status, attempt, durationMs: Date.now() - started });
            if (response.status < 400)
                return response;
            const retryable = response.status === 429 || (response.status >= 500 && method !== 'POST');
            if (retryable && attempt <= retries) {
                const hinted = serverWait(response.headers);
                if (hinted !== undefined && hinted > maxDelay) {
                    throw new GitLabApiError({
                        method,
                        endpoint: path,
                        status: response.status,
                        detail: `the server asks to wait ${Math.ceil(hinted / 1000)} s, longer than the ${Math.ceil(maxDelay / 1000)} s this run waits`,
                        maybeApplied: false,
                        attempts: attempt,
                    });
                }
                const wait = hinted ?? backoff(attempt);
                options.log.debug(`GitLab API ${method} /${path} answered ${response.status}; retrying in ${wait} ms`);
                await sleep(wait);
                continue;
            }
            throw new GitLabApiError({
                method,
                endpoint: path,
                status: response.status,
                detail: describeBody(response.body),
                maybeApplied: method === 'POST' && response.status >= 500,
                attempts: attempt,
            });
        }
    }
    function backoff(attempt) {
        return Math.min(maxDelay, baseDelay * 2 ** (attempt - 1));
    }
    function send(url, method, headers, body) {
        const transport = isHttps ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default());
        return new Promise((resolve, reject) => {
            const request = transport.request(url, {
                method,
                agent,
                headers: { accept: 'application/json', 'user-agent': 'droid-ci', ...headers },
                timeout: options.timeoutMs ?? 60_000,
            }, (res) => {
                readBody(res, options.maxTextBytes ?? 512 * 1024).then((parsed) => resolve({ status: res.statusCode ?? 0, headers: flatHeaders(res.headers), body: parsed }), reject);
            });
            request.on('timeout', () => request.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' })));
            request.on('error', reject);
            request.end(body);
        });
    }
    // gitbeaker's options handler (decamelized JSON body, qs-formatted query, auth header) stays; only the handler is ours
    return (0,_gitbeaker_requester_utils__WEBPACK_IMPORTED_MODULE_3__/* .createRequesterFn */ .PD)(async (_service, requestOptions) => requestOptions, handle);
}
function readBody(res, keepTextBytes) {
    const type = (res.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const isJson = type === 'application/json' || type.endsWith('+json');
    return new Promise((resolve, reject) => {
        const text = new _util_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .BoundedBuffer */ .GI(keepTextBytes);
        const chunks = [];
        let size = 0;
        res.on('data', (chunk) => {
            if (!isJson)
                return text.write(chunk);
            size += chunk.length;
            if (size > MAX_JSON_BYTES)
                res.destroy(new Error(`JSON response larger than ${MAX_JSON_BYTES} bytes`));
            else
                chunks.push(chunk);
        });
        res.on('error', reject);
        res.on('end', () => {
            if (res.statusCode === 204)
                return resolve(null);
            if (!isJson)
                return resolve(text.toString());
            const raw = Buffer.concat(chunks).toString('utf8');
            if (raw.trim() === '')
                return resolve({});
            try {
                resolve(JSON.parse(raw));
            }
            catch {
                resolve(raw.slice(0, 500));
            }
        });
    });
}
function flatHeaders(headers) {
    const out = {};
    for (const [key, value] of Object.entries(headers)) {
        if (value !== undefined)
            out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
/** Milliseconds the server asked us to wait, if it said. */
function serverWait(headers, now = Date.now()) {
    const retryAfter = headers['retry-after'];
    if (retryAfter !== undefined) {
        const seconds = Number(retryAfter);
        if (Number.isFinite(seconds) && seconds >= 0)
            return Math.round(seconds * 1000);
        const date = Date.parse(retryAfter);
        if (!Number.isNaN(date))
            return Math.max(0, date - now);
    }
    const reset = Number(headers['ratelimit-reset']);
    if (Number.isFinite(reset) && reset > 0) {
        // GitLab sends epoch seconds; small numbers are "seconds from now" (the IETF draft form)
        return reset > 1_000_000_000 ? Math.max(0, reset * 1000 - now) : reset * 1000;
    }
    return undefined;
}
function describeBody(body) {
    let text;
    if (typeof body === 'string')
        text = body;
    else if (body && typeof body === 'object') {
        const record = body;
        const message = record['message'] ?? record['error'] ?? body;
        text = typeof message === 'string' ? message : JSON.stringify(message);
    }
    else
        text = String(body);
    text = text.replace(/\s+/g, ' ').trim();
    return text.length > 300 ? `${text.slice(0, 300)}…` : text || '(empty body)';
}
function stripQuery(path) {
    const i = path.indexOf('?');
    return i < 0 ? path : path.slice(0, i);
}


/***/ }),

/***/ 74071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ signVariables),
/* harmony export */   j1: () => (/* binding */ verifyVariables),
/* harmony export */   vq: () => (/* binding */ SECRET_VAR)
/* harmony export */ });
/* unused harmony exports SIGNATURE_VAR, SIGNED_KEYS_VAR, REF_VAR, canonicalString */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The relay's signature on the pipelines it starts (PRODUCT.md §10). Anyone with a trigger token or
 * API access can start a pipeline with any `DROID_*` variables, so the job believes `DROID_ACTOR` only
 * when the relay signed it:
 *
 *   DROID_RELAY_SIGNED_KEYS  the comma-separated names signed (itself included), sorted
 *   DROID_RELAY_SIGNATURE    hex HMAC-SHA256, keyed with the relay secret, over the canonical string:
 *                            one `KEY=value\n` line per signed name, sorted by name, where a value's
 *                            `\` , CR and LF are written `\\`, `\r`, `\n` (so no value can forge a line)
 *   DROID_RELAY_REF          the ref the pipeline was started on (the job checks CI_COMMIT_REF_NAME)
 *
 * The job has the same secret as the masked CI/CD variable DROID_RELAY_SECRET. Comparison is in
 * constant time. Nothing here logs a value.
 */

const SIGNATURE_VAR = 'DROID_RELAY_SIGNATURE';
const SIGNED_KEYS_VAR = 'DROID_RELAY_SIGNED_KEYS';
const REF_VAR = 'DROID_RELAY_REF';
const SECRET_VAR = 'DROID_RELAY_SECRET';
const KEY = /^DROID_[A-Z0-9_]{1,64}$/;
const MAX_KEYS = 64;
function escapeValue(value) {
    return value.replace(/[\\\r\n]/g, (c) => (c === '\\' ? '\\\\' : c === '\r' ? '\\r' : '\\n'));
}
/** The text that is signed: sorted `KEY=value\n` lines of the named variables (a missing one counts as empty). */
function canonicalString(variables, keys) {
    return [...new Set(keys)]
        .sort()
        .map((key) => `${key}=${escapeValue(variables[key] ?? '')}\n`)
        .join('');
}
function hmac(secret, text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', secret).update(text, 'utf8').digest('hex');
}
/**
 * `variables` plus DROID_RELAY_REF, DROID_RELAY_SIGNED_KEYS and DROID_RELAY_SIGNATURE: every DROID_*
 * variable given is signed.
 */
function signVariables(variables, secret, ref) {
    const out = { ...variables, [REF_VAR]: ref };
    delete out[SIGNATURE_VAR];
    delete out[SECRET_VAR];
    const keys = Object.keys(out).filter((k) => KEY.test(k));
    keys.push(SIGNED_KEYS_VAR);
    keys.sort();
    out[SIGNED_KEYS_VAR] = keys.join(',');
    out[SIGNATURE_VAR] = hmac(secret, canonicalString(out, keys));
    return out;
}
/** Whether the job's variables carry a valid relay signature over DROID_ACTOR, for this ref. */
function verifyVariables(env) {
    const signature = env[SIGNATURE_VAR]?.trim();
    if (!signature)
        return { signed: false, reason: 'the pipeline is not signed by the relay (no DROID_RELAY_SIGNATURE)' };
    const secret = env[SECRET_VAR];
    if (!secret)
        return { signed: false, reason: 'DROID_RELAY_SECRET is not set in this job, so the relay signature cannot be checked' };
    const keys = (env[SIGNED_KEYS_VAR] ?? '').split(',').filter(Boolean);
    if (keys.length === 0 || keys.length > MAX_KEYS || !keys.every((k) => KEY.test(k)) || !keys.includes(SIGNED_KEYS_VAR)) {
        return { signed: false, reason: 'DROID_RELAY_SIGNED_KEYS is missing or malformed' };
    }
    if (!keys.includes('DROID_ACTOR') || !keys.includes(REF_VAR))
        return { signed: false, reason: 'the signature does not cover DROID_ACTOR and the ref' };
    const expected = Buffer.from(hmac(secret, canonicalString(env, keys)), 'utf8');
    const given = Buffer.from(signature.toLowerCase(), 'utf8');
    if (given.length !== expected.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(given, expected)) {
        return { signed: false, reason: 'DROID_RELAY_SIGNATURE does not match (forged, altered, or signed with another secret)' };
    }
    const ref = env['CI_COMMIT_REF_NAME'];
    if (ref !== undefined && ref !== env[REF_VAR])
        return { signed: false, reason: `the signature is for ref ${JSON.stringify(env[REF_VAR] ?? '')}, not this pipeline's` };
    return { signed: true };
}


/***/ }),

/***/ 50587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ requestFromGitLabEnv),
/* harmony export */   w: () => (/* binding */ parseNote)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

const COMMANDS = ['fix', 'plan', 'approve', 'ci-fix', 'test', 'review'];
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
    const noteBody = text(v('DROID_NOTE_BODY'), 'DROID_NOTE_BODY', MAX_BODY);
    let command = options.command ?? parseCommand(v('DROID_COMMAND'));
    let instructions = '';
    if (noteBody !== undefined) {
        const parsed = parseNote(noteBody, trigger);
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
        instructions = text(v('DROID_INSTRUCTIONS'), 'DROID_INSTRUCTIONS', MAX_BODY) ?? '';
    const noteId = optionalInt(v('DROID_NOTE_ID'), 'DROID_NOTE_ID');
    const request = {
        command,
        ticket,
        instructions,
        actor,
        actorIsBot: false,
        target,
        source: {
            event: noteBody !== undefined ? 'gitlab:note' : `gitlab:${(v('CI_PIPELINE_SOURCE') ?? 'pipeline').replace(/[^a-z_]/g, '')}`,
            commentId: noteId,
            url: url(v('DROID_NOTE_URL'), 'DROID_NOTE_URL') ?? ticket.url,
        },
    };
    // a ticket key a ticket system may know: DROID_TICKET_KEY without a title, or `/droid fix PROJ-12` in a note
    const keyed = v('DROID_TICKET_KEY') !== undefined && !v('DROID_TICKET_TITLE')?.trim() ? ticket.key : undefined;
    const ticketLookup = keyed ?? /^\s*([A-Za-z][A-Za-z0-9_]{0,31}-\d{1,9})(?![\w-])/.exec(instructions)?.[1];
    return { kind: 'request', request: ticketLookup ? { ...request, ticketLookup } : request };
}
/** `/droid fix make the parser accept ISO weeks` -> fix + instructions; `/droid` alone -> fix. */
function parseNote(body, trigger) {
    const trimmed = body.replace(/^\s+/, '');
    if (!trimmed.toLowerCase().startsWith(trigger.toLowerCase()))
        return undefined;
    const rest = trimmed.slice(trigger.length);
    if (rest !== '' && !/^\s/.test(rest))
        return undefined; // "/droidx" is not the trigger
    const words = rest.trim();
    const first = words.split(/\s+/, 1)[0]?.toLowerCase() ?? '';
    if (COMMANDS.includes(first)) {
        return { command: first, instructions: words.slice(first.length).trim() };
    }
    return { command: 'fix', instructions: words };
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
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `DROID_TICKET_KEY "${printable(key)}" is not a ticket key`, {
                hint: 'use letters, digits, "-", "_", "." (e.g. PROJ-123), at most 64 characters',
            });
        }
    }
    else if (target.kind === 'change')
        key = `!${target.number}`;
    else if (target.issueNumber !== undefined)
        key = `#${target.issueNumber}`;
    else {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `DROID_COMMAND=${command} needs a ticket: set DROID_TICKET_KEY (and DROID_TICKET_TITLE/BODY), or DROID_ISSUE_IID`, {
            hint: 'the relay sets these for notes; for API and web pipelines pass them as pipeline variables',
        });
    }
    const fallbackTitle = target.kind === 'change'
        ? v('CI_MERGE_REQUEST_TITLE') ?? `${command} on ${target.headBranch}`
        : `${command} ${key}${ref ? ` on ${ref}` : ''}`;
    return {
        key,
        title: oneLine(text(v('DROID_TICKET_TITLE'), 'DROID_TICKET_TITLE', 4 * MAX_TITLE) ?? fallbackTitle).slice(0, MAX_TITLE),
        body: text(v('DROID_TICKET_BODY'), 'DROID_TICKET_BODY', MAX_BODY) ?? v('CI_MERGE_REQUEST_DESCRIPTION')?.slice(0, MAX_BODY) ?? '',
        url: url(v('DROID_TICKET_URL'), 'DROID_TICKET_URL'),
    };
}
function parseCommand(value) {
    if (value === undefined)
        return undefined;
    const c = value.trim().toLowerCase();
    if (COMMANDS.includes(c))
        return c;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `DROID_COMMAND "${printable(value)}" is not a droid command`, { hint: `use one of ${COMMANDS.join(', ')}` });
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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', 'who asked is unknown: neither DROID_ACTOR nor GITLAB_USER_LOGIN is set', {
            hint: 'run inside a GitLab CI job (GITLAB_USER_LOGIN) or set DROID_ACTOR',
        });
    }
    const name = value.trim().replace(/^@/, '');
    if (!/^[A-Za-z0-9_.][A-Za-z0-9_.-]{0,254}$/.test(name)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `DROID_ACTOR/GITLAB_USER_LOGIN "${printable(value)}" is not a GitLab username`);
    }
    return name;
}
function optionalInt(value, name) {
    if (value === undefined)
        return undefined;
    if (!/^\d{1,9}$/.test(value.trim()) || Number(value) === 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `${name} "${printable(value)}" is not a positive number`);
    }
    return Number(value.trim());
}
function sha(value, name) {
    if (value === undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `${name} is not set`, { hint: 'run inside a GitLab CI job' });
    const s = value.trim().toLowerCase();
    if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(s))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `${name} "${printable(value)}" is not a commit SHA`);
    return s;
}
function branch(value, name, required) {
    if (value === undefined) {
        if (required)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `${name} is not set`, { hint: 'run inside a GitLab CI job' });
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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `${name} "${printable(value)}" is not a valid branch name`);
    return b;
}
function url(value, name) {
    if (value === undefined)
        return undefined;
    let parsed;
    try {
        parsed = new URL(value.trim());
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `${name} "${printable(value)}" is not a URL`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `${name} must be an http(s) URL, not ${parsed.protocol}`);
    }
    if (parsed.username || parsed.password)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `${name} must not carry credentials`);
    return parsed.toString();
}
function text(value, name, max) {
    if (value === undefined)
        return undefined;
    if (value.includes('\0'))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `${name} contains a NUL byte`);
    return value.length > max ? `${value.slice(0, max)}\n… [truncated]` : value;
}
function oneLine(s) {
    return s.replace(/[\r\n\t]+/g, ' ').trim();
}
/** for error messages: short, one line, no control characters */
function printable(s) {
    const clean = s.replace(/[\x00-\x1f\x7f]/g, '?');
    return clean.length > 60 ? `${clean.slice(0, 60)}…` : clean;
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

/***/ 65407:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var map = {
	"./BurstyRateLimiter": [
		85860
	],
	"./BurstyRateLimiter.js": [
		85860
	],
	"./ExpressBruteFlexible": [
		83966,
		966
	],
	"./ExpressBruteFlexible.js": [
		83966,
		966
	],
	"./RLWrapperBlackAndWhite": [
		87383
	],
	"./RLWrapperBlackAndWhite.js": [
		87383
	],
	"./RLWrapperTimeouts": [
		24016
	],
	"./RLWrapperTimeouts.js": [
		24016
	],
	"./RateLimiterAbstract": [
		88569
	],
	"./RateLimiterAbstract.js": [
		88569
	],
	"./RateLimiterCluster": [
		10565
	],
	"./RateLimiterCluster.js": [
		10565
	],
	"./RateLimiterDrizzle": [
		50673
	],
	"./RateLimiterDrizzle.js": [
		50673
	],
	"./RateLimiterDrizzleNonAtomic": [
		75347
	],
	"./RateLimiterDrizzleNonAtomic.js": [
		75347
	],
	"./RateLimiterDynamo": [
		82309
	],
	"./RateLimiterDynamo.js": [
		82309
	],
	"./RateLimiterEtcd": [
		36481
	],
	"./RateLimiterEtcd.js": [
		36481
	],
	"./RateLimiterEtcdNonAtomic": [
		15299
	],
	"./RateLimiterEtcdNonAtomic.js": [
		15299
	],
	"./RateLimiterInsuredAbstract": [
		33847
	],
	"./RateLimiterInsuredAbstract.js": [
		33847
	],
	"./RateLimiterMemcache": [
		73250
	],
	"./RateLimiterMemcache.js": [
		73250
	],
	"./RateLimiterMemory": [
		24544
	],
	"./RateLimiterMemory.js": [
		24544
	],
	"./RateLimiterMongo": [
		28439
	],
	"./RateLimiterMongo.js": [
		28439
	],
	"./RateLimiterMySQL": [
		67793
	],
	"./RateLimiterMySQL.js": [
		67793
	],
	"./RateLimiterPostgres": [
		3740
	],
	"./RateLimiterPostgres.js": [
		3740
	],
	"./RateLimiterPrisma": [
		16323
	],
	"./RateLimiterPrisma.js": [
		16323
	],
	"./RateLimiterQueue": [
		52860
	],
	"./RateLimiterQueue.js": [
		52860
	],
	"./RateLimiterRedis": [
		54336
	],
	"./RateLimiterRedis.js": [
		54336
	],
	"./RateLimiterRes": [
		80449
	],
	"./RateLimiterRes.js": [
		80449
	],
	"./RateLimiterSQLite": [
		73283
	],
	"./RateLimiterSQLite.js": [
		73283
	],
	"./RateLimiterStoreAbstract": [
		65140
	],
	"./RateLimiterStoreAbstract.js": [
		65140
	],
	"./RateLimiterUnion": [
		10244
	],
	"./RateLimiterUnion.js": [
		10244
	],
	"./RateLimiterValkey": [
		32193
	],
	"./RateLimiterValkey.js": [
		32193
	],
	"./RateLimiterValkeyGlide": [
		53756
	],
	"./RateLimiterValkeyGlide.js": [
		53756
	],
	"./component/BlockedKeys": [
		38830
	],
	"./component/BlockedKeys/": [
		38830
	],
	"./component/BlockedKeys/BlockedKeys": [
		85202
	],
	"./component/BlockedKeys/BlockedKeys.js": [
		85202
	],
	"./component/BlockedKeys/index": [
		38830
	],
	"./component/BlockedKeys/index.js": [
		38830
	],
	"./component/MemoryStorage": [
		28178,
		178
	],
	"./component/MemoryStorage/": [
		28178,
		178
	],
	"./component/MemoryStorage/MemoryStorage": [
		81534
	],
	"./component/MemoryStorage/MemoryStorage.js": [
		81534
	],
	"./component/MemoryStorage/Record": [
		60749
	],
	"./component/MemoryStorage/Record.js": [
		60749
	],
	"./component/MemoryStorage/index": [
		28178,
		178
	],
	"./component/MemoryStorage/index.js": [
		28178,
		178
	],
	"./component/RateLimiterEtcdTransactionFailedError": [
		43184
	],
	"./component/RateLimiterEtcdTransactionFailedError.js": [
		43184
	],
	"./component/RateLimiterQueueError": [
		27948
	],
	"./component/RateLimiterQueueError.js": [
		27948
	],
	"./component/RateLimiterSetupError": [
		72922
	],
	"./component/RateLimiterSetupError.js": [
		72922
	],
	"./constants": [
		13880,
		880
	],
	"./constants.js": [
		13880,
		880
	]
};
function webpackAsyncContext(req) {
	if(!__webpack_require__.o(map, req)) {
		return Promise.resolve().then(() => {
			var e = new Error("Cannot find module '" + req + "'");
			e.code = 'MODULE_NOT_FOUND';
			throw e;
		});
	}

	var ids = map[req], id = ids[0];
	return Promise.all(ids.slice(1).map(__webpack_require__.e)).then(() => {
		return __webpack_require__.t(id, 7 | 16);
	});
}
webpackAsyncContext.keys = () => (Object.keys(map));
webpackAsyncContext.id = 65407;
module.exports = webpackAsyncContext;

/***/ })

};
