export const id = 693;
export const ids = [693];
export const modules = {

/***/ 84909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RM: () => (/* binding */ createGitLabForge)
});

// UNUSED EXPORTS: cleanTrace, gitlabTraits

// EXTERNAL MODULE: ./src/git/trailers.ts
var trailers = __webpack_require__(31574);
// EXTERNAL MODULE: ./src/platform/limits.ts
var limits = __webpack_require__(78351);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
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

;// CONCATENATED MODULE: ./src/platform/gitlab/ci.ts


/** The pipelines of a commit (the newest per ref), their jobs, and a job's log as text. */
async function ciStatus(ctx, sha, opts = {}) {
    const { client, projectRef } = ctx;
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
async function jobLog(ctx, job) {
    return cleanTrace(await ctx.client.jobTrace(ctx.projectRef, job.id));
}
/** GitLab job traces carry ANSI colours and collapsible-section markers; the summariser wants text. */
function cleanTrace(trace) {
    return (0,util_text/* stripAnsi */.aJ)(trace.replace(/\r\n/g, '\n'))
        .replace(/section_(?:start|end):\d+:[A-Za-z0-9_.-]+(?:\[[^\]]*\])?\r?/g, '')
        .replace(/^.*\r(?!\n)/gm, '');
}

// EXTERNAL MODULE: ./node_modules/@gitbeaker/rest/dist/index.mjs + 1 modules
var dist = __webpack_require__(37582);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/platform/gitlab/http.ts
var http = __webpack_require__(52851);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
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
    /** the MR's current diff version (single-MR endpoint): what a diff note's position names */
    diff_refs: schemas/* object */.Ikc({ base_sha: schemas/* string */.YjP(), head_sha: schemas/* string */.YjP(), start_sha: schemas/* string */.YjP() }).nullish(),
});
/** GET /projects/:id/merge_requests/:iid/diffs (GitLab 15.7+): one entry per changed file */
const mergeRequestDiff = schemas/* object */.Ikc({
    old_path: schemas/* string */.YjP(),
    new_path: schemas/* string */.YjP(),
    new_file: schemas/* boolean */.zMY(),
    renamed_file: schemas/* boolean */.zMY(),
    deleted_file: schemas/* boolean */.zMY(),
    diff: schemas/* string */.YjP(),
});
const note = schemas/* object */.Ikc({
    id: schemas/* number */.aig().int(),
    body: schemas/* string */.YjP(),
    system: schemas/* boolean */.zMY().optional(),
    author: userRef,
});
/** GET /projects/:id/merge_requests/:iid/discussions: threads with their notes (diff notes and plain ones) */
const discussion = schemas/* object */.Ikc({
    id: schemas/* string */.YjP(),
    individual_note: schemas/* boolean */.zMY().optional(),
    notes: schemas/* array */.YOg(note).nullish(),
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
    mrDiscussions;
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
        this.mrDiscussions = new dist/* MergeRequestDiscussions */.dOz(config);
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
    /** the changed files of the MR's current diff version, with their unified diffs */
    async mergeRequestDiffs(project, iid) {
        const value = await this.mergeRequests.allDiffs(project, iid, { perPage: PER_PAGE, maxPages: MAX_PAGES });
        return parseResponse(schemas/* array */.YOg(mergeRequestDiff), value, 'GET /projects/:id/merge_requests/:iid/diffs');
    }
    async discussions(project, iid) {
        const value = await this.mrDiscussions.all(project, iid, { perPage: PER_PAGE, maxPages: MAX_PAGES });
        return parseResponse(schemas/* array */.YOg(discussion), value, 'GET /projects/:id/merge_requests/:iid/discussions');
    }
    /** a thread on a diff line (gitbeaker sends the position as form fields `position[...]`) */
    async createDiffDiscussion(project, iid, body, position) {
        const value = await this.mrDiscussions.create(project, iid, body, {
            position: {
                baseSha: position.baseSha,
                startSha: position.startSha,
                headSha: position.headSha,
                positionType: 'text',
                newPath: position.newPath,
                oldPath: position.oldPath,
                newLine: String(position.newLine),
                ...(position.oldLine !== undefined ? { oldLine: String(position.oldLine) } : {}),
            },
        });
        return parseResponse(discussion, value, 'POST /projects/:id/merge_requests/:iid/discussions');
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

;// CONCATENATED MODULE: ./src/platform/gitlab/context.ts

function createGitLabContext(options) {
    const serverUrl = options.serverUrl.replace(/\/+$/, '');
    const apiUrl = (options.apiUrl ?? `${serverUrl}/api/v4`).replace(/\/+$/, '');
    const client = new GitLabClient({
        apiUrl,
        token: options.token,
        log: options.log,
        ca: options.ca,
        retries: options.retries,
        baseDelayMs: options.baseDelayMs,
        maxDelayMs: options.maxDelayMs,
        sleep: options.sleep,
        onCall: options.onCall,
        maxTextBytes: options.logKeepBytes ?? 256 * 1024,
    });
    let me;
    const userIds = new Map();
    return {
        client,
        projectRef: options.project,
        projectPath: typeof options.project === 'string' ? options.project : options.projectPath,
        serverUrl,
        log: options.log,
        currentUser: () => (me ??= client.currentUser()),
        async userIdFor(username) {
            const key = username.replace(/^@/, '').toLowerCase();
            if (!userIds.has(key)) {
                const users = await client.usersByUsername(key);
                userIds.set(key, users.find((u) => u.username.toLowerCase() === key)?.id);
            }
            return userIds.get(key);
        },
        sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
        lookupPauseMs: options.baseDelayMs ?? 1000,
    };
}
/** The web URL of a note on an MR or an issue. */
function noteUrl(ctx, target, id) {
    const kind = target.kind === 'change' ? 'merge_requests' : 'issues';
    return `${ctx.serverUrl}/${ctx.projectPath ?? String(ctx.projectRef)}/-/${kind}/${target.number}#note_${id}`;
}
/** GitLab usernames: letters, digits, `_`, `.`, `-`, not starting with `-`. */
const GITLAB_USERNAME = /^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/;

;// CONCATENATED MODULE: ./src/platform/gitlab/merge-requests.ts




/** The droid's merge requests: found by branch or by marker, created once, updated keeping what people added. */
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
async function findChangeRequest(ctx, query) {
    const { client, projectRef } = ctx;
    if (query.sourceBranch) {
        const mr = (await client.openMergeRequestsBySource(projectRef, query.sourceBranch)).find(fromHere);
        if (mr)
            return toChange(mr);
    }
    if (query.marker) {
        const marker = query.marker;
        const self = await ctx.currentUser();
        const term = marker.replace(/^<!--\s*|\s*-->$/g, '');
        const found = (await client.openMergeRequestsSearch(projectRef, term)).find((mr) => (mr.description ?? '').includes(marker) && trusted(mr, self, query.branchPrefix));
        if (found)
            return toChange(found);
    }
    return undefined;
}
async function resolveReviewers(ctx, usernames, warnings) {
    const ids = [];
    for (const name of new Set(usernames.map((u) => u.replace(/^@/, '')))) {
        if (!GITLAB_USERNAME.test(name)) {
            warnings.push(`reviewer "${name}" is not a valid GitLab username; skipped`);
            continue;
        }
        const id = await ctx.userIdFor(name);
        if (id === undefined)
            warnings.push(`reviewer @${name} is not a GitLab user; skipped`);
        else
            ids.push(id);
    }
    return ids;
}
/** within GitLab's 1,000,000 characters, the droid's markers kept */
function fitBody(body) {
    return (0,limits/* fitText */.vY)(body, limits/* GITLAB_LIMITS */.Xy.body, { keep: [...new Set(body.match(/<!-- droid:[^>\n]{0,200}-->/g) ?? [])] });
}
async function upsertChangeRequest(ctx, spec, existing) {
    const { client, projectRef } = ctx;
    const warnings = [];
    if (spec.teamReviewers.length > 0) {
        warnings.push(`team reviewers (${spec.teamReviewers.join(', ')}) are a GitHub feature; GitLab ignores them`);
    }
    const reviewerIds = await resolveReviewers(ctx, spec.reviewers, warnings);
    const title = (0,limits/* fitTitle */.Ei)(draftTitle(spec.title, spec.draft), limits/* GITLAB_LIMITS */.Xy.title);
    spec = { ...spec, body: fitBody(spec.body) };
    const current = existing ?? (await findChangeRequest(ctx, { sourceBranch: spec.sourceBranch }));
    if (current) {
        return { action: 'updated', change: await update(ctx, current.number, spec, title, reviewerIds), warnings };
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
        ctx.log.warn(`${error.message}; looking the merge request up by its branch before trying again`);
        const found = await findChangeRequest(ctx, { sourceBranch: spec.sourceBranch });
        // found after a 409: someone else's run made it (updated); after a lost answer: ours (created)
        if (found)
            return { action: error.status === 409 ? 'updated' : 'created', change: await update(ctx, found.number, spec, title, reviewerIds), warnings };
        if (error.status === 409)
            throw error;
        const mr = await client.createMergeRequest(projectRef, spec.sourceBranch, spec.targetBranch, title, fields);
        return { action: 'created', change: toChange(mr), warnings };
    }
}
async function update(ctx, iid, spec, title, reviewerIds) {
    const { client, projectRef } = ctx;
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

;// CONCATENATED MODULE: ./src/platform/gitlab/notes.ts



/** The droid's notes on MRs and issues: found by marker among its own, edited in place, never doubled. */
async function findOwnNote(ctx, target, marker) {
    const self = await ctx.currentUser();
    const notes = await ctx.client.notes(ctx.projectRef, target.kind, target.number);
    // only our own notes: anyone can paste a marker into a comment
    return notes.find((n) => !n.system && n.author.id === self.id && n.body.includes(marker));
}
/** `/droid approve`: the latest note on the thread that carries `marker` and that the droid's own user wrote */
async function findOwnComment(ctx, target, marker) {
    const self = await ctx.currentUser();
    const notes = await ctx.client.notes(ctx.projectRef, target.kind, target.number);
    const own = notes.filter((n) => !n.system && n.author.id === self.id && n.body.includes(marker)).at(-1);
    return own ? { id: own.id, url: noteUrl(ctx, target, own.id), body: own.body } : undefined;
}
/** After a create whose answer was lost: the list may lag behind it, so look twice, pausing between. */
async function findAfterLostCreate(ctx, target, marker) {
    for (let lookup = 1; lookup <= 2; lookup += 1) {
        const found = await findOwnNote(ctx, target, marker);
        if (found)
            return found;
        await ctx.sleep(ctx.lookupPauseMs * lookup);
    }
    return undefined;
}
async function upsertComment(ctx, target, body, marker, existing) {
    const { client, projectRef } = ctx;
    const text = (0,limits/* fitText */.vY)(body.includes(marker) ? body : `${body}\n\n${marker}`, limits/* GITLAB_LIMITS */.Xy.comment, { keep: marker ? [marker] : [] });
    const ref = (id) => ({ id, url: noteUrl(ctx, target, id), target });
    const noteId = existing?.id ?? (await findOwnNote(ctx, target, marker))?.id;
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
        ctx.log.warn(`${error.message}; looking for the comment before trying again`);
        const found = await findAfterLostCreate(ctx, target, marker);
        if (found)
            return ref((await client.editNote(projectRef, target.kind, target.number, found.id, text)).id);
        return ref((await client.createNote(projectRef, target.kind, target.number, text)).id);
    }
}

// EXTERNAL MODULE: ./src/git/auth.ts
var auth = __webpack_require__(5768);
;// CONCATENATED MODULE: ./src/platform/gitlab/project.ts





/** The project itself: its default branch, a member's access, and how git reaches it. */
async function defaultBranch(ctx) {
    const p = await ctx.client.project(ctx.projectRef);
    if (!p.default_branch) {
        throw new errors/* DroidError */.TF('platform', `GitLab project ${p.path_with_namespace} has no default branch (empty repository?)`, {
            hint: 'push a first commit, or set pr.target_branch in .droid.yml',
        });
    }
    return p.default_branch;
}
async function actorAccess(ctx, login) {
    const { client, projectRef } = ctx;
    const username = login.replace(/^@/, '');
    const none = { login: username, level: 'none', isBot: false, blocked: false };
    if (!GITLAB_USERNAME.test(username))
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
/** The token as an http.extraheader scoped to the instance's URL bases (and its private CA), for git only. */
function gitAuthEnv(ctx, token, gitUrls = [], caFile) {
    return (0,auth/* authEnvForToken */.WJ)({ serverUrl: ctx.serverUrl, extraUrls: gitUrls, username: 'oauth2', token, caFile });
}
function cloneUrl(ctx) {
    if (!ctx.projectPath) {
        throw new errors/* DroidError */.TF('usage', 'the GitLab project path is unknown, so there is no clone URL', {
            hint: 'pass the project as "group/project" (CI_PROJECT_PATH)',
        });
    }
    return `${ctx.serverUrl}/${ctx.projectPath}.git`;
}

// EXTERNAL MODULE: ./src/review/render.ts
var render = __webpack_require__(40746);
;// CONCATENATED MODULE: ./src/platform/gitlab/review.ts




const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/** New-side line -> old-side line for every line inside a hunk (added lines map to undefined). Linear. */
function lineMap(patch) {
    const map = new Map();
    let oldLine = 0;
    let newLine = 0;
    let oldLeft = 0;
    let newLeft = 0;
    for (const line of patch.split('\n')) {
        const header = HUNK.exec(line);
        if (header) {
            oldLine = Number(header[1]);
            oldLeft = header[2] === undefined ? 1 : Number(header[2]);
            newLine = Number(header[3]);
            newLeft = header[4] === undefined ? 1 : Number(header[4]);
            continue;
        }
        if (line.startsWith('+') && newLeft > 0) {
            map.set(newLine, undefined);
            newLine += 1;
            newLeft -= 1;
        }
        else if (line.startsWith('-') && oldLeft > 0) {
            oldLine += 1;
            oldLeft -= 1;
        }
        else if ((line.startsWith(' ') || line === '') && newLeft > 0 && oldLeft > 0) {
            map.set(newLine, oldLine);
            newLine += 1;
            oldLine += 1;
            newLeft -= 1;
            oldLeft -= 1;
        }
    }
    return map;
}
function review_status(file) {
    if (file.new_file)
        return 'added';
    if (file.deleted_file)
        return 'removed';
    if (file.renamed_file)
        return 'renamed';
    return 'modified';
}
/**
 * GitHub's ```suggestion replaces the comment's whole range; GitLab's replaces only the line the note
 * sits on unless the fence says how many lines above it belong too (`suggestion:-N+0`).
 */
function gitlabSuggestion(comment) {
    if (comment.startLine === undefined || comment.startLine >= comment.line)
        return comment.body;
    const above = comment.line - comment.startLine;
    return comment.body.replace(/^(`{3,})suggestion[ \t]*$/m, `$1suggestion:-${above}+0`);
}
function folded(comments) {
    const entries = comments.map((c) => `#### \`${c.path.replace(/`/g, "'")}:${c.startLine !== undefined && c.startLine < c.line ? `${c.startLine}-` : ''}${c.line}\`\n\n${c.body}`);
    return `**Findings** (GitLab did not accept them as diff threads)\n\n${entries.join('\n\n')}`;
}
function gitlabReview(deps) {
    const { client, projectRef, log } = deps;
    const versions = new Map();
    async function readVersion(iid) {
        const mr = await client.mergeRequest(projectRef, iid);
        const refs = mr.diff_refs;
        if (!refs?.base_sha || !refs.head_sha || !refs.start_sha) {
            throw new errors/* DroidError */.TF('platform', `GitLab gave no diff version (diff_refs) for merge request !${iid}`, {
                hint: 'the merge request may still be preparing its diff; run the review again in a moment',
            });
        }
        const diffs = await client.mergeRequestDiffs(projectRef, iid).catch((error) => {
            if (error instanceof http/* GitLabApiError */.AT && error.status === 404) {
                throw new errors/* DroidError */.TF('platform', `GitLab has no diffs endpoint for merge request !${iid} (${error.message})`, { hint: 'review mode needs GitLab 15.7 or later (GET /projects/:id/merge_requests/:iid/diffs)' });
            }
            throw error;
        });
        const files = [];
        const byPath = new Map();
        for (const d of diffs) {
            const patch = d.diff.trim() === '' ? undefined : d.diff;
            files.push({ path: d.new_path, previousPath: d.renamed_file ? d.old_path : undefined, status: review_status(d), patch });
            byPath.set(d.new_path, { oldPath: d.old_path, newPath: d.new_path, lines: patch && !d.deleted_file ? lineMap(patch) : new Map() });
        }
        const version = { refs: { baseSha: refs.base_sha, startSha: refs.start_sha, headSha: refs.head_sha }, files: byPath };
        versions.set(iid, version);
        return { version, files };
    }
    async function ownMarkers(iid) {
        const [discussions, self] = await Promise.all([client.discussions(projectRef, iid), deps.currentUser()]);
        const keys = new Set();
        for (const d of discussions) {
            for (const n of d.notes ?? []) {
                // only what the droid's own user wrote: anyone can paste a marker into a comment
                if (n.system || n.author.id !== self.id)
                    continue;
                for (const key of (0,render/* markersIn */.vU)(n.body))
                    keys.add(key);
            }
        }
        return keys;
    }
    function positionFor(version, comment) {
        const file = version.files.get(comment.path);
        if (!file || !file.lines.has(comment.line))
            return undefined;
        return { ...version.refs, newPath: file.newPath, oldPath: file.oldPath, newLine: comment.line, oldLine: file.lines.get(comment.line) };
    }
    /** true: posted (now or by the lost attempt); false: GitLab refused the position */
    async function postThread(iid, comment, position) {
        const body = (0,limits/* fitText */.vY)(gitlabSuggestion(comment), limits/* GITLAB_LIMITS */.Xy.comment, { keep: (0,render/* markersIn */.vU)(comment.body).map((k) => `<!-- droid:finding=${k} -->`) });
        for (let attempt = 1; attempt <= 2; attempt += 1) {
            try {
                await client.createDiffDiscussion(projectRef, iid, body, position);
                return true;
            }
            catch (error) {
                if (error instanceof http/* GitLabApiError */.AT && error.status === 400) {
                    log.warn(`GitLab did not take a thread on ${comment.path}:${comment.line} (${error.message}); the finding goes into the summary note`);
                    return false;
                }
                if (!(error instanceof http/* GitLabApiError */.AT && error.maybeApplied) || attempt === 2)
                    throw error;
                log.warn(`${error.message}; looking for the thread before trying again`);
                const key = (0,render/* markersIn */.vU)(comment.body)[0];
                if (key && (await ownMarkers(iid)).has(key))
                    return true;
            }
        }
        return true;
    }
    return {
        diff: async (iid) => (await readVersion(iid)).files,
        postedMarkers: ownMarkers,
        postReview: async (post) => {
            const version = versions.get(post.number) ?? (await readVersion(post.number)).version;
            if (version.refs.headSha !== post.headSha)
                log.debug(`merge request !${post.number}: reviewed at ${version.refs.headSha}, the pipeline's head is ${post.headSha}`);
            const refused = [];
            for (const comment of post.comments) {
                const position = positionFor(version, comment);
                if (!position || !(await postThread(post.number, comment, position)))
                    refused.push(comment);
            }
            const body = refused.length ? `${post.body}\n\n${folded(refused)}` : post.body;
            const note = await deps.upsertComment({ kind: 'change', number: post.number }, body, post.marker);
            return { url: note.url };
        },
    };
}

;// CONCATENATED MODULE: ./src/platform/gitlab/forge.ts









/**
 * The GitLab adapter, assembled from its parts (like platform/github/): context.ts (client, project,
 * own user), merge-requests.ts, notes.ts, ci.ts, project.ts (access, default branch, git auth),
 * review.ts (discussions at diff positions).
 */
function createGitLabForge(options) {
    const ctx = createGitLabContext(options);
    const { client, projectRef } = ctx;
    const comment = (target, body, marker, existing) => upsertComment(ctx, target, body, marker, existing);
    return {
        platform: 'gitlab',
        traits: gitlabTraits(ctx.serverUrl),
        repo: ctx.projectPath ?? String(projectRef),
        client,
        projectRef,
        defaultBranch: () => defaultBranch(ctx),
        actorAccess: (login) => actorAccess(ctx, login),
        findChangeRequest: (query) => findChangeRequest(ctx, query),
        getChangeRequest: async (number) => toChange(await client.mergeRequest(projectRef, number)),
        upsertChangeRequest: (spec, existing) => upsertChangeRequest(ctx, spec, existing),
        closeChangeRequest: async (number) => {
            await client.editMergeRequest(projectRef, number, { stateEvent: 'close' });
        },
        upsertComment: comment,
        findOwnComment: (target, marker) => findOwnComment(ctx, target, marker),
        ciStatus: (sha, opts) => ciStatus(ctx, sha, opts),
        jobLog: (job) => jobLog(ctx, job),
        gitAuthEnv: () => gitAuthEnv(ctx, options.token, options.gitUrls, options.caFile),
        cloneUrl: () => cloneUrl(ctx),
        jobUrl: () => options.jobUrl,
        review: gitlabReview({ client, projectRef, currentUser: ctx.currentUser, upsertComment: comment, log: ctx.log }),
    };
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
        const { method, path, url, headers, body } = outgoing(apiUrl, endpoint, (raw ?? {}));
        for (let attempt = 1;; attempt += 1) {
            const started = Date.now();
            let response;
            try {
                response = await send(url, method, headers, body);
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
/** What gitbeaker asks for, as the request to send: the prefix it built from `host` put under the real API URL. */
function outgoing(apiUrl, endpoint, opts) {
    const method = (opts.method ?? 'GET').toUpperCase();
    // some resources (notes, members) keep part of their path in the prefix gitbeaker builds from `host`
    const prefix = (opts.prefixUrl ?? '').startsWith(PREFIX_HOST) ? opts.prefixUrl.slice(PREFIX_HOST.length) : '';
    const path = [...prefix.split('/'), ...endpoint.split('/')].filter(Boolean).join('/');
    const url = `${apiUrl}/${path}${opts.searchParams ? `?${opts.searchParams}` : ''}`;
    const form = opts.body instanceof FormData ? urlEncoded(opts.body) : undefined;
    const body = typeof opts.body === 'string' ? opts.body : form;
    if (opts.body !== undefined && body === undefined) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DroidError */ .TF('internal', `GitLab API ${method} /${path}: only JSON and text-only form bodies are supported by this client`);
    }
    const headers = form !== undefined ? { ...opts.headers, 'content-type': 'application/x-www-form-urlencoded' } : (opts.headers ?? {});
    return { method, path, url, headers, body };
}
/** gitbeaker sends some fields (a discussion's `position[...]`) as FormData: text-only forms go out URL-encoded, which GitLab takes alike */
function urlEncoded(form) {
    const params = new URLSearchParams();
    for (const [key, value] of form.entries()) {
        if (typeof value !== 'string')
            return undefined;
        params.append(key, value);
    }
    return params.toString();
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
