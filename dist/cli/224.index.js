export const id = 224;
export const ids = [224];
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

/***/ 79164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bz: () => (/* binding */ createGitHubForge),
  kk: () => (/* binding */ runUrlFromEnv)
});

// UNUSED EXPORTS: GITHUB_TRAITS

// EXTERNAL MODULE: ./src/platform/limits.ts
var limits = __webpack_require__(78351);
// EXTERNAL MODULE: ./src/git/trailers.ts
var trailers = __webpack_require__(31574);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/platform/github/client.ts
var client = __webpack_require__(27560);
;// CONCATENATED MODULE: ./src/platform/github/access.ts

/** `role_name` (fine-grained, includes maintain/triage) -> our level. Custom roles fall back to `permission`. */
const roleTable = {
    admin: 'admin',
    maintain: 'maintain',
    write: 'write',
    triage: 'triage',
    read: 'read',
    none: 'none',
};
/** Legacy `permission` (admin | write | read | none) -> our level. */
const permissionTable = {
    admin: 'admin',
    write: 'write',
    read: 'read',
    none: 'none',
};
async function isBotAccount(ctx, login) {
    if (login.endsWith('[bot]'))
        return true;
    try {
        const { data } = await ctx.octokit.rest.users.getByUsername({ username: login });
        return data.type === 'Bot';
    }
    catch (error) {
        if ((0,client/* statusOf */.c2)(error) === 404)
            return false;
        throw error;
    }
}
async function actorAccess(ctx, login) {
    if (!login.trim())
        return { login, level: 'none', isBot: false, blocked: false };
    return (0,client/* call */.T1)(`permission of ${login}`, async () => {
        try {
            const { data } = await ctx.octokit.rest.repos.getCollaboratorPermissionLevel({ owner: ctx.owner, repo: ctx.repo, username: login });
            const level = roleTable[data.role_name] ?? permissionTable[data.permission] ?? 'none';
            const isBot = data.user?.type === 'Bot' || login.endsWith('[bot]');
            ctx.log.debug(`actor ${login}: role ${data.role_name}, permission ${data.permission} -> ${level}${isBot ? ' (bot)' : ''}`);
            return { login, level, isBot, blocked: false };
        }
        catch (error) {
            if ((0,client/* statusOf */.c2)(error) !== 404)
                throw error;
            ctx.log.debug(`actor ${login}: not a collaborator (404)`);
            return { login, level: 'none', isBot: await isBotAccount(ctx, login), blocked: false };
        }
    });
}

;// CONCATENATED MODULE: ./src/platform/github/ci.ts

/** check run `status` -> state; 'completed' is decided by the conclusion. */
const checkRunStatusTable = {
    queued: 'pending',
    requested: 'pending',
    waiting: 'pending',
    pending: 'pending',
    in_progress: 'pending',
    completed: 'by-conclusion',
};
/** check run `conclusion` (when completed) -> state. */
const checkRunConclusionTable = {
    success: 'success',
    neutral: 'success',
    skipped: 'success',
    failure: 'failure',
    timed_out: 'failure',
    cancelled: 'failure',
    action_required: 'failure',
    startup_failure: 'failure',
    stale: 'failure',
};
/** commit status `state` -> state. */
const commitStatusTable = {
    pending: 'pending',
    success: 'success',
    failure: 'failure',
    error: 'failure',
};
function checkRunState(status, conclusion) {
    const byStatus = checkRunStatusTable[status] ?? 'pending';
    if (byStatus !== 'by-conclusion')
        return byStatus;
    return checkRunConclusionTable[conclusion ?? ''] ?? 'pending';
}
/** failure wins, then pending; nothing reported at all is pending */
function combineStates(states) {
    if (states.includes('failure'))
        return 'failure';
    if (states.length === 0 || states.includes('pending'))
        return 'pending';
    return 'success';
}
function ignored(name, patterns) {
    return patterns.some((pattern) => {
        if (!pattern.includes('*'))
            return pattern === name;
        const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
        return regex.test(name);
    });
}
async function ciStatus(ctx, sha, options = {}) {
    const ignore = options.ignoreJobNames ?? [];
    return (0,client/* call */.T1)(`CI status of ${sha.slice(0, 12)}`, async () => {
        const runs = await ctx.octokit.paginate(ctx.octokit.rest.checks.listForRef, { owner: ctx.owner, repo: ctx.repo, ref: sha, filter: 'latest', per_page: 100 });
        const { data: combined } = await ctx.octokit.rest.repos.getCombinedStatusForRef({ owner: ctx.owner, repo: ctx.repo, ref: sha, per_page: 100 });
        const jobs = [];
        for (const run of runs) {
            if (ignored(run.name, ignore))
                continue;
            jobs.push({
                id: run.id,
                name: run.name,
                state: checkRunState(run.status, run.conclusion),
                url: run.html_url ?? run.details_url ?? '',
                logAvailable: run.app?.slug === 'github-actions',
            });
        }
        for (const status of combined.statuses) {
            if (ignored(status.context, ignore))
                continue;
            jobs.push({ id: status.id, name: status.context, state: commitStatusTable[status.state] ?? 'pending', url: status.target_url ?? '', logAvailable: false });
        }
        return { state: combineStates(jobs.map((j) => j.state)), jobs, empty: jobs.length === 0 };
    });
}
const HEAD_BYTES = 64 * 1024;
/** Reads a stream keeping the first HEAD_BYTES and the last (max - HEAD_BYTES) bytes. */
async function readBounded(stream, maxBytes) {
    const headLimit = Math.min(HEAD_BYTES, Math.floor(maxBytes / 2));
    const tailLimit = maxBytes - headLimit;
    const head = [];
    let headSize = 0;
    let tail = [];
    let tailSize = 0;
    let dropped = 0;
    for await (const chunk of stream) {
        let rest = chunk;
        if (headSize < headLimit) {
            const take = rest.subarray(0, headLimit - headSize);
            head.push(take);
            headSize += take.length;
            rest = rest.subarray(take.length);
        }
        if (rest.length === 0)
            continue;
        tail.push(rest);
        tailSize += rest.length;
        while (tailSize > tailLimit && tail.length > 0) {
            const first = tail[0];
            const excess = tailSize - tailLimit;
            if (first.length <= excess) {
                tail.shift();
                tailSize -= first.length;
                dropped += first.length;
            }
            else {
                tail[0] = first.subarray(excess);
                tailSize -= excess;
                dropped += excess;
            }
        }
        if (tail.length > 64)
            tail = [Buffer.concat(tail)];
    }
    const decode = (parts) => Buffer.concat(parts).toString('utf8');
    return dropped > 0 ? `${decode(head)}\n… [${dropped} bytes of log elided] …\n${decode(tail)}` : decode([...head, ...tail]);
}
async function jobLog(ctx, job, maxBytes) {
    if (!job.logAvailable) {
        ctx.log.debug(`no downloadable log for ${job.name} (not a GitHub Actions job)`);
        return '';
    }
    return (0,client/* call */.T1)(`log of job ${job.name}`, async () => {
        try {
            const response = await ctx.octokit.rest.actions.downloadJobLogsForWorkflowRun({
                owner: ctx.owner,
                repo: ctx.repo,
                job_id: job.id,
                request: { parseSuccessResponseBody: false },
            });
            const data = response.data;
            if (data && typeof data === 'object' && Symbol.asyncIterator in data)
                return readBounded(data, maxBytes);
            return typeof data === 'string' ? data.slice(-maxBytes) : '';
        }
        catch (error) {
            const status = (0,client/* statusOf */.c2)(error);
            if (status === 404 || status === 410) {
                ctx.log.warn(`the log of ${job.name} is no longer available (${status})`);
                return '';
            }
            throw error;
        }
    });
}

;// CONCATENATED MODULE: ./src/platform/github/context.ts
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** A failure after which the request may or may not have taken effect (5xx, network, timeout). */
function isUncertain(status) {
    return status === undefined || status >= 500;
}

;// CONCATENATED MODULE: ./src/platform/github/identity.ts

const VIEWER = 'query { viewer { login } }';
/** A once-per-run lookup; undefined when GitHub would not say (then no marker is trusted). */
function identityResolver(octokit, log, known) {
    let answer;
    return () => (answer ??= known
        ? Promise.resolve(known)
        : octokit.graphql(VIEWER).then((data) => (typeof data.viewer?.login === 'string' && data.viewer.login ? data.viewer.login : undefined), (error) => {
            log.warn(`could not learn which account the token belongs to (${(0,client/* errorDetail */.m2)(error)}): no existing PR or comment is taken as the droid's`);
            return undefined;
        }));
}
function sameLogin(a, b) {
    return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

;// CONCATENATED MODULE: ./src/platform/github/comments.ts




/** look-ups after an uncertain create, before it is tried again */
const LOOKUPS_AFTER_UNCERTAIN = 2;
async function findComment(ctx, number, marker) {
    const self = await ctx.self();
    if (!self)
        return undefined;
    const comments = await ctx.octokit.paginate(ctx.octokit.rest.issues.listComments, { owner: ctx.owner, repo: ctx.repo, issue_number: number, per_page: 100 });
    return comments.filter((c) => (c.body ?? '').includes(marker) && sameLogin(c.user?.login, self)).at(-1);
}
async function updateComment(ctx, id, body) {
    const { data } = await ctx.octokit.rest.issues.updateComment({ owner: ctx.owner, repo: ctx.repo, comment_id: id, body });
    return data;
}
/** The comment an uncertain create may have made, looked for more than once. */
async function findAfterUncertain(ctx, number, marker, attempt) {
    for (let lookup = 1; lookup <= LOOKUPS_AFTER_UNCERTAIN; lookup += 1) {
        const found = await findComment(ctx, number, marker);
        if (found)
            return found;
        await sleep(ctx.waits.retryBaseMs * attempt * lookup);
    }
    return undefined;
}
async function createComment(ctx, number, body, marker) {
    let lastError;
    for (let attempt = 1; attempt <= ctx.waits.createAttempts; attempt += 1) {
        try {
            const { data } = await ctx.octokit.rest.issues.createComment({ owner: ctx.owner, repo: ctx.repo, issue_number: number, body, request: { retries: 0 } });
            return data;
        }
        catch (error) {
            lastError = error;
            if (!isUncertain((0,client/* statusOf */.c2)(error)))
                throw error;
            ctx.log.warn(`creating a comment on #${number} failed (${(0,client/* errorDetail */.m2)(error)}); checking whether it was created before retrying`);
            // without a marker there is nothing to look for: a second create could duplicate, so stop here
            if (!marker)
                throw error;
            const created = await findAfterUncertain(ctx, number, marker, attempt);
            if (created)
                return created.body === body ? created : updateComment(ctx, created.id, body);
        }
    }
    throw (0,client/* platformError */.sx)(lastError, `create comment on #${number}, ${ctx.waits.createAttempts} attempts`);
}
async function upsertComment(ctx, target, body, marker, existing) {
    const text = (0,limits/* fitText */.vY)(marker && !body.includes(marker) ? `${body}\n\n${marker}` : body, limits/* GITHUB_LIMITS */.f_.comment, { keep: marker ? [marker] : [] });
    const ref = (c) => ({ id: c.id, url: c.html_url, target });
    return (0,client/* call */.T1)(`comment on #${target.number}`, async () => {
        if (existing) {
            try {
                return ref(await updateComment(ctx, existing.id, text));
            }
            catch (error) {
                if ((0,client/* statusOf */.c2)(error) !== 404)
                    throw error;
                ctx.log.warn(`comment ${existing.id} is gone; posting a new one`);
            }
        }
        const found = marker ? await findComment(ctx, target.number, marker) : undefined;
        if (found)
            return ref(await updateComment(ctx, found.id, text));
        return ref(await createComment(ctx, target.number, text, marker));
    });
}
/** The droid's own latest comment holding `marker`, as it reads now (edits by people included). */
async function findOwnComment(ctx, target, marker) {
    return (0,client/* call */.T1)(`comments on #${target.number}`, async () => {
        const found = await findComment(ctx, target.number, marker);
        return found ? { id: found.id, url: found.html_url, body: found.body ?? '' } : undefined;
    });
}

// EXTERNAL MODULE: ./src/git/auth.ts
var auth = __webpack_require__(5768);
;// CONCATENATED MODULE: ./src/platform/github/graphql-commit.ts
/**
 * `pr.sign: api` on GitHub (PRODUCT.md §14): the droid's commit is made by GitHub itself through the
 * GraphQL `createCommitOnBranch` mutation, so GitHub signs it and shows it Verified (commits made over
 * git or the REST git-data API are not). The mutation is still fast-forward only: `expectedHeadOid`
 * must be the branch's head, else GitHub refuses with STALE_DATA, which is reported as `stale` for
 * the caller (git/sign.ts) to refetch once; nothing here ever moves a ref backwards or forces.
 *
 * A new branch is created first with REST `POST /repos/{owner}/{repo}/git/refs` at the commit the
 * droid's work starts from, then the mutation adds the commit on top.
 */


const MUTATION = `mutation droidCommit($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) {
    commit { oid url }
  }
}`;
function graphqlErrors(error) {
    const e = error;
    return Array.isArray(e?.errors) ? e.errors : [];
}
/** GitHub's answer when expectedHeadOid is no longer the branch head. */
function isStaleHead(error) {
    const text = [...graphqlErrors(error).map((e) => `${e.type ?? ''} ${e.message ?? ''}`), error?.message ?? ''].join(' ');
    return /STALE_DATA|Expected branch to point to|is not the latest|does not match the expected/i.test(text);
}
async function createCommitOnBranch(ctx, input) {
    const variables = {
        input: {
            branch: { repositoryNameWithOwner: `${ctx.owner}/${ctx.repo}`, branchName: input.branch },
            expectedHeadOid: input.expectedHeadOid,
            message: { headline: input.headline, body: input.body },
            fileChanges: { additions: input.additions, deletions: input.deletions },
        },
    };
    try {
        const data = await ctx.octokit.graphql(MUTATION, variables);
        const oid = data.createCommitOnBranch?.commit?.oid;
        if (typeof oid !== 'string' || !/^[0-9a-f]{40}$/.test(oid)) {
            throw new errors/* DroidError */.TF('platform', 'GitHub answered createCommitOnBranch without a commit id');
        }
        return { status: 'committed', oid, url: data.createCommitOnBranch?.commit?.url };
    }
    catch (error) {
        if (isStaleHead(error))
            return { status: 'stale', message: graphqlErrors(error)[0]?.message ?? 'the branch head moved' };
        if (error instanceof errors/* DroidError */.TF)
            throw error;
        const detail = graphqlErrors(error)
            .map((e) => e.message)
            .filter(Boolean)
            .join('; ');
        if (detail)
            throw new errors/* DroidError */.TF('platform', `GitHub refused the signed commit (createCommitOnBranch): ${detail}`, { hint: 'the token needs `contents: write` on the repository' });
        return (0,client/* call */.T1)('create the signed commit (createCommitOnBranch)', () => Promise.reject(error));
    }
}
/** A new branch at `sha` (REST git/refs), before the first signed commit on it. */
async function createBranchRef(ctx, branch, sha) {
    await (0,client/* call */.T1)(`create the branch ${branch}`, () => ctx.octokit.rest.git.createRef({ owner: ctx.owner, repo: ctx.repo, ref: `refs/heads/${branch}`, sha }));
}

;// CONCATENATED MODULE: ./src/platform/github/labels.ts
/**
 * Labels on a PR, in one request: GitHub's add-labels makes a label that does not exist yet on the fly.
 * A refusal (401/403) is a warning at once; only another failure has the missing labels created one by one (get, create on a 404) and added again.
 * Failures are warnings.
 */

const DEFAULT_COLOR = 'ededed';
async function ensureLabel(ctx, name) {
    try {
        await ctx.octokit.rest.issues.getLabel({ owner: ctx.owner, repo: ctx.repo, name });
        return;
    }
    catch (error) {
        if ((0,client/* statusOf */.c2)(error) !== 404)
            throw error;
    }
    try {
        await ctx.octokit.rest.issues.createLabel({ owner: ctx.owner, repo: ctx.repo, name, color: DEFAULT_COLOR, description: 'Added by Droid' });
        ctx.log.debug(`created label ${name}`);
    }
    catch (error) {
        // created meanwhile by someone else: fine
        if ((0,client/* statusOf */.c2)(error) !== 422)
            throw error;
    }
}
function notAdded(names, error) {
    return `labels ${names.join(', ')} could not be added: ${(0,client/* errorDetail */.m2)(error)}`;
}
async function addLabels(ctx, number, labels) {
    await ctx.octokit.rest.issues.addLabels({ owner: ctx.owner, repo: ctx.repo, issue_number: number, labels });
}
async function applyLabels(ctx, number, labels) {
    const names = [...new Set(labels.map((l) => l.trim()).filter(Boolean))];
    if (names.length === 0)
        return [];
    try {
        await addLabels(ctx, number, names);
        return [];
    }
    catch (error) {
        // no permission (the token lacks issues: write): creating labels would not help either
        if ((0,client/* statusOf */.c2)(error) === 401 || (0,client/* statusOf */.c2)(error) === 403) {
            const warning = notAdded(names, error);
            ctx.log.warn(warning);
            return [warning];
        }
        ctx.log.debug(`adding labels ${names.join(', ')} failed (${(0,client/* errorDetail */.m2)(error)}); creating the missing ones first`);
    }
    const warnings = [];
    const usable = [];
    for (const name of names) {
        try {
            await ensureLabel(ctx, name);
            usable.push(name);
        }
        catch (error) {
            warnings.push(`label "${name}" could not be created: ${(0,client/* errorDetail */.m2)(error)}`);
        }
    }
    if (usable.length > 0) {
        try {
            await addLabels(ctx, number, usable);
        }
        catch (error) {
            warnings.push(notAdded(usable, error));
        }
    }
    for (const warning of warnings)
        ctx.log.warn(warning);
    return warnings;
}

// EXTERNAL MODULE: ./src/report/body.ts
var report_body = __webpack_require__(98492);
;// CONCATENATED MODULE: ./src/platform/github/reviewers.ts


function unique(values) {
    const seen = new Set();
    return values.filter((v) => {
        const key = v.toLowerCase();
        if (!v || seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** `org/team` -> team slug; teams of another org cannot review here. */
function teamSlugs(ctx, teams, warnings) {
    const slugs = [];
    for (const team of teams) {
        const [org, slug] = team.includes('/') ? team.split('/', 2) : [ctx.owner, team];
        if (!slug)
            continue;
        if (org && org.toLowerCase() !== ctx.owner.toLowerCase()) {
            warnings.push(`team ${team} belongs to another organisation than ${ctx.owner}; not requested`);
            continue;
        }
        slugs.push(slug);
    }
    return unique(slugs);
}
async function send(ctx, number, batch) {
    await ctx.octokit.rest.pulls.requestReviewers({ owner: ctx.owner, repo: ctx.repo, pull_number: number, ...batch });
}
async function requestReviewers(ctx, pull, spec, options) {
    const excluded = new Set([pull.author, options.actor ?? ''].map((l) => l.toLowerCase()).filter(Boolean));
    const warnings = [];
    const batch = {
        reviewers: unique(spec.reviewers.map((r) => r.replace(/^@/, ''))).filter((r) => !excluded.has(r.toLowerCase())),
        team_reviewers: teamSlugs(ctx, spec.teamReviewers.map((t) => t.replace(/^@/, '')), warnings),
    };
    if (batch.reviewers.length + batch.team_reviewers.length === 0)
        return warnings;
    try {
        await send(ctx, pull.number, batch);
        return warnings;
    }
    catch (error) {
        if ((0,client/* statusOf */.c2)(error) !== 422) {
            warnings.push(`reviewers could not be requested: ${(0,client/* errorDetail */.m2)(error)}`);
            return warnings;
        }
        if (options.fresh) {
            await sleep(ctx.waits.freshPullRequestWaitMs);
            try {
                await send(ctx, pull.number, batch);
                return warnings;
            }
            catch (retryError) {
                if ((0,client/* statusOf */.c2)(retryError) !== 422) {
                    warnings.push(`reviewers could not be requested: ${(0,client/* errorDetail */.m2)(retryError)}`);
                    return warnings;
                }
            }
        }
    }
    // one at a time, so each refusal names its reviewer
    const singles = [
        ...batch.reviewers.map((login) => [`@${login}`, { reviewers: [login], team_reviewers: [] }]),
        ...batch.team_reviewers.map((slug) => [`team ${ctx.owner}/${slug}`, { reviewers: [], team_reviewers: [slug] }]),
    ];
    for (const [who, single] of singles) {
        try {
            await send(ctx, pull.number, single);
        }
        catch (error) {
            warnings.push(`review could not be requested from ${who}: ${(0,client/* errorDetail */.m2)(error)}`);
        }
    }
    for (const warning of warnings)
        ctx.log.warn(warning);
    return warnings;
}

;// CONCATENATED MODULE: ./src/platform/github/pulls.ts








function toPull(data) {
    const state = data.merged_at ? 'merged' : data.state === 'closed' ? 'closed' : 'open';
    return {
        nodeId: data.node_id,
        change: {
            number: data.number,
            url: data.html_url,
            sourceBranch: data.head.ref,
            targetBranch: data.base.ref,
            title: data.title,
            body: data.body ?? '',
            draft: data.draft === true,
            state,
            headSha: data.head.sha,
            author: data.user?.login ?? '',
            // a deleted fork has no head repo: still a fork
            fromFork: data.head.repo === null ? true : data.head.repo && data.base.repo ? data.head.repo.full_name.toLowerCase() !== data.base.repo.full_name.toLowerCase() : undefined,
            labels: data.labels?.map((l) => l.name ?? '').filter(Boolean),
        },
    };
}
const MAX_MARKER_PAGES = 10;
async function findPullByBranch(ctx, branch) {
    const { data } = await ctx.octokit.rest.pulls.list({ owner: ctx.owner, repo: ctx.repo, state: 'open', head: `${ctx.owner}:${branch}`, per_page: 10 });
    const match = data.find((p) => p.head.ref === branch);
    return match ? toPull(match) : undefined;
}
/**
 * A hidden marker is anyone's to type: a PR that carries one is the droid's only when its head is a
 * branch of this repository under the droid's branch prefix, or the droid's own account opened it
 * (PRODUCT.md §10). An outsider's fork PR with the marker in its body is never taken over.
 */
function trustedPull(ctx, pull, self, branchPrefix) {
    if (sameLogin(pull.user?.login, self))
        return true;
    const here = `${ctx.owner}/${ctx.repo}`.toLowerCase();
    const headHere = !!pull.head.repo && pull.head.repo.full_name.toLowerCase() === here;
    return headHere && branchPrefix !== undefined && pull.head.ref.startsWith(branchPrefix);
}
async function findPullByMarker(ctx, marker, branchPrefix) {
    const self = await ctx.self();
    let page = 0;
    for await (const response of ctx.octokit.paginate.iterator(ctx.octokit.rest.pulls.list, { owner: ctx.owner, repo: ctx.repo, state: 'open', per_page: 100 })) {
        const match = response.data.find((p) => (p.body ?? '').includes(marker) && trustedPull(ctx, p, self, branchPrefix));
        if (match)
            return toPull(match);
        page += 1;
        if (page >= MAX_MARKER_PAGES)
            break;
    }
    return undefined;
}
/** A PR whose head is `branch` of this repository's owner (what `pulls.list?head=owner:branch` matches). */
function headIs(ctx, pull, branch) {
    return pull.head.ref === branch && (pull.head.label === undefined || pull.head.label.toLowerCase() === `${ctx.owner}:${branch}`.toLowerCase());
}
async function findPull(ctx, query) {
    return (0,client/* call */.T1)('find pull request', async () => {
        if (query.sourceBranch && query.marker) {
            // one page of open PRs answers both questions when every open PR fits on it (most repositories)
            const first = await ctx.octokit.rest.pulls.list({ owner: ctx.owner, repo: ctx.repo, state: 'open', per_page: 100 });
            const byBranch = first.data.find((p) => headIs(ctx, p, query.sourceBranch));
            if (byBranch)
                return toPull(byBranch);
            if (!/\brel="next"/.test(first.headers.link ?? '')) {
                const self = await ctx.self();
                const byMarker = first.data.find((p) => (p.body ?? '').includes(query.marker) && trustedPull(ctx, p, self, query.branchPrefix));
                return byMarker ? toPull(byMarker) : undefined;
            }
            // more pages: the exact branch query, then the marker through every page
        }
        if (query.sourceBranch) {
            const byBranch = await findPullByBranch(ctx, query.sourceBranch);
            if (byBranch)
                return byBranch;
        }
        return query.marker ? findPullByMarker(ctx, query.marker, query.branchPrefix) : undefined;
    });
}
async function getPull(ctx, number) {
    return (0,client/* call */.T1)(`get pull request #${number}`, async () => {
        const { data } = await ctx.octokit.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: number });
        return toPull(data);
    });
}
/** Closes a PR without merging it (doctor's probe PR). */
async function closePull(ctx, number) {
    await (0,client/* call */.T1)(`close pull request #${number}`, () => ctx.octokit.rest.pulls.update({ owner: ctx.owner, repo: ctx.repo, pull_number: number, state: 'closed' }));
}
async function updatePull(ctx, number, spec) {
    return (0,client/* call */.T1)(`update pull request #${number}`, async () => {
        const { data } = await ctx.octokit.rest.pulls.update({
            owner: ctx.owner,
            repo: ctx.repo,
            pull_number: number,
            title: (0,limits/* fitTitle */.Ei)(spec.title, limits/* GITHUB_LIMITS */.f_.title),
            body: fitBody(spec.body),
            base: spec.targetBranch,
        });
        return toPull(data);
    });
}
/** The body within GitHub's limit, its markers kept (the PR body renderer trims first; this is the net). */
function fitBody(body) {
    const markers = [report_body/* BODY_MARKER */.iE, ...(body.match(/<!-- droid:[^>\n]{0,200}-->/g) ?? [])];
    return (0,limits/* fitText */.vY)(body, limits/* GITHUB_LIMITS */.f_.body, { keep: [...new Set(markers)] });
}
/** Creates the PR; on an uncertain failure looks it up by branch before trying again. */
async function createPull(ctx, spec) {
    let lastError;
    for (let attempt = 1; attempt <= ctx.waits.createAttempts; attempt += 1) {
        try {
            const { data } = await ctx.octokit.rest.pulls.create({
                owner: ctx.owner,
                repo: ctx.repo,
                head: spec.sourceBranch,
                base: spec.targetBranch,
                title: (0,limits/* fitTitle */.Ei)(spec.title, limits/* GITHUB_LIMITS */.f_.title),
                body: fitBody(spec.body),
                draft: spec.draft,
                request: { retries: 0 },
            });
            return { pull: toPull(data), action: 'created' };
        }
        catch (error) {
            lastError = error;
            const status = (0,client/* statusOf */.c2)(error);
            if (status === 422 && /already exists/i.test((0,client/* errorDetail */.m2)(error))) {
                ctx.log.info(`a pull request for ${spec.sourceBranch} already exists; updating it`);
                const existing = await findPull(ctx, { sourceBranch: spec.sourceBranch });
                if (!existing)
                    throw (0,client/* platformError */.sx)(error, 'create pull request (exists, but no open PR was found for the branch)');
                return { pull: await updatePull(ctx, existing.change.number, spec), action: 'updated' };
            }
            if (!isUncertain(status))
                throw (0,client/* platformError */.sx)(error, 'create pull request');
            ctx.log.warn(`creating the pull request failed (${(0,client/* errorDetail */.m2)(error)}); checking whether it was created before retrying`);
            const created = await findPull(ctx, { sourceBranch: spec.sourceBranch });
            if (created)
                return { pull: created, action: 'created' };
            await sleep(ctx.waits.retryBaseMs * attempt * attempt);
        }
    }
    throw (0,client/* platformError */.sx)(lastError, `create pull request, ${ctx.waits.createAttempts} attempts`);
}
const DRAFT_MUTATIONS = {
    draft: 'mutation($id: ID!) { convertPullRequestToDraft(input: { pullRequestId: $id }) { pullRequest { isDraft } } }',
    ready: 'mutation($id: ID!) { markPullRequestReadyForReview(input: { pullRequestId: $id }) { pullRequest { isDraft } } }',
};
/** REST cannot change the draft flag of an existing PR: GraphQL does. A failure is a warning. */
async function syncDraft(ctx, pull, draft) {
    if (pull.change.draft === draft)
        return [];
    try {
        await ctx.octokit.graphql(draft ? DRAFT_MUTATIONS.draft : DRAFT_MUTATIONS.ready, { id: pull.nodeId });
        pull.change.draft = draft;
        return [];
    }
    catch (error) {
        const what = draft ? 'convert the pull request to a draft' : 'mark the pull request ready for review';
        ctx.log.warn(`could not ${what}: ${(0,client/* errorDetail */.m2)(error)}`);
        return [`could not ${what}: ${(0,client/* errorDetail */.m2)(error)}`];
    }
}
/**
 * `known`: the caller's own look-up of this very PR (or of none for the branch) moments ago, in this run:
 * used instead of asking GitHub again.
 */
async function upsertPull(ctx, spec, existing, options, known) {
    if (!spec.sourceBranch || !spec.targetBranch) {
        throw new errors/* DroidError */.TF('internal', 'upsertChangeRequest needs a source and a target branch');
    }
    let found = known ? known.pull : existing ? await getPull(ctx, existing.number) : await findPull(ctx, { sourceBranch: spec.sourceBranch });
    if (found && found.change.state !== 'open')
        found = await findPull(ctx, { sourceBranch: spec.sourceBranch });
    const { pull, action } = found
        ? { pull: await updatePull(ctx, found.change.number, spec), action: 'updated' }
        : await createPull(ctx, spec);
    const warnings = [
        ...(await syncDraft(ctx, pull, spec.draft)),
        ...(await applyLabels(ctx, pull.change.number, spec.labels)),
        ...(await requestReviewers(ctx, pull.change, spec, { actor: options.actor, fresh: action === 'created' })),
    ];
    return { action, change: pull.change, warnings };
}

// EXTERNAL MODULE: ./src/review/render.ts
var render = __webpack_require__(40746);
;// CONCATENATED MODULE: ./src/platform/github/review.ts




/** GitHub lists at most 3,000 files of a PR */
const MAX_FILE_PAGES = 30;
/** only what the droid's own account wrote counts (identity.ts; unknown identity: nothing does) */
function ownedBy(item, self) {
    return !!item.user && sameLogin(item.user.login, self);
}
const STATUSES = new Set(['added', 'modified', 'removed', 'renamed', 'copied', 'changed', 'unchanged']);
function toComment(c) {
    return c.startLine !== undefined && c.startLine < c.line
        ? { path: c.path, line: c.line, side: 'RIGHT', start_line: c.startLine, start_side: 'RIGHT', body: c.body }
        : { path: c.path, line: c.line, side: 'RIGHT', body: c.body };
}
/** Inline comments that GitHub refused, folded into the body so no finding is lost. */
function foldedBody(post) {
    const entries = post.comments.map((c) => `#### \`${c.path.replace(/`/g, "'")}:${c.startLine !== undefined ? `${c.startLine}-` : ''}${c.line}\`\n\n${c.body}`);
    return `${post.body}\n\n**Findings** (GitHub did not accept them as inline comments)\n\n${entries.join('\n\n')}`;
}
function githubReview(ctx) {
    const { owner, repo } = ctx;
    const findReview = async (number, marker) => {
        const [reviews, self] = await Promise.all([ctx.octokit.paginate(ctx.octokit.rest.pulls.listReviews, { owner, repo, pull_number: number, per_page: 100 }), ctx.self()]);
        return reviews.find((r) => (r.body ?? '').includes(marker) && ownedBy(r, self));
    };
    const create = async (post, body, comments) => {
        const { data } = await ctx.octokit.rest.pulls.createReview({
            owner,
            repo,
            pull_number: post.number,
            commit_id: post.headSha,
            event: 'COMMENT',
            body,
            comments: comments.map(toComment),
            request: { retries: 0 },
        });
        return { url: data.html_url };
    };
    return {
        diff: (number) => (0,client/* call */.T1)(`list the files of pull request #${number}`, async () => {
            const files = [];
            let page = 0;
            for await (const response of ctx.octokit.paginate.iterator(ctx.octokit.rest.pulls.listFiles, { owner, repo, pull_number: number, per_page: 100 })) {
                for (const f of response.data) {
                    const status = STATUSES.has(f.status) ? f.status : 'changed';
                    files.push({ path: f.filename, previousPath: f.previous_filename ?? undefined, status, patch: f.patch ?? undefined });
                }
                page += 1;
                if (page >= MAX_FILE_PAGES)
                    break;
            }
            return files;
        }),
        postedMarkers: (number) => (0,client/* call */.T1)(`read the earlier reviews of pull request #${number}`, async () => {
            const [comments, reviews, self] = await Promise.all([
                ctx.octokit.paginate(ctx.octokit.rest.pulls.listReviewComments, { owner, repo, pull_number: number, per_page: 100 }),
                ctx.octokit.paginate(ctx.octokit.rest.pulls.listReviews, { owner, repo, pull_number: number, per_page: 100 }),
                ctx.self(),
            ]);
            const keys = new Set();
            for (const item of [...comments, ...reviews]) {
                if (!ownedBy(item, self))
                    continue;
                for (const key of (0,render/* markersIn */.vU)(item.body ?? ''))
                    keys.add(key);
            }
            return keys;
        }),
        postReview: (post) => (0,client/* call */.T1)(`post a review on pull request #${post.number}`, async () => {
            let lastError;
            let comments = post.comments;
            let body = post.body;
            for (let attempt = 1; attempt <= ctx.waits.createAttempts; attempt += 1) {
                try {
                    return await create(post, body, comments);
                }
                catch (error) {
                    lastError = error;
                    const status = (0,client/* statusOf */.c2)(error);
                    if (status === 422 && comments.length > 0) {
                        ctx.log.warn(`GitHub did not accept the inline comments (${(0,client/* errorDetail */.m2)(error)}); posting the findings in the review body instead`);
                        body = foldedBody(post);
                        comments = [];
                        continue;
                    }
                    if (!isUncertain(status))
                        throw error;
                    ctx.log.warn(`posting the review failed (${(0,client/* errorDetail */.m2)(error)}); checking whether it was posted before retrying`);
                    const posted = await findReview(post.number, post.marker);
                    if (posted)
                        return { url: posted.html_url };
                    await sleep(ctx.waits.retryBaseMs * attempt * attempt);
                }
            }
            throw (0,client/* platformError */.sx)(lastError, `post a review on #${post.number}, ${ctx.waits.createAttempts} attempts`);
        }),
    };
}

;// CONCATENATED MODULE: ./src/platform/github/adapter.ts












/** PRs, GitHub's lengths, and the noreply address GitHub credits a co-author by. */
const GITHUB_TRAITS = {
    pushes: true,
    returnsToStart: false,
    changeNoun: { short: 'PR', long: 'pull request' },
    limits: limits/* GITHUB_LIMITS */.f_,
    coAuthor: (actor) => (0,trailers/* githubCoAuthor */.LK)((0,trailers/* loginOf */.DQ)(actor)),
};
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
function createGitHubForge(options) {
    if (!REPO.test(options.repo)) {
        throw new errors/* DroidError */.TF('usage', `"${options.repo}" is not a GitHub repository name`, { hint: 'use owner/name, as in GITHUB_REPOSITORY' });
    }
    const [owner = '', repo = ''] = options.repo.split('/');
    const waits = { ...client/* defaultWaits */.OS, ...options.waits };
    const octokit = (0,client/* createGitHubClient */.LX)({ token: options.token, apiUrl: options.apiUrl, log: options.log, audit: options.audit, waits });
    const ctx = { octokit, owner, repo, log: options.log, waits, self: identityResolver(octokit, options.log, options.identity) };
    const serverUrl = options.serverUrl.replace(/\/+$/, '');
    let defaultBranch;
    // The last PR look-up, handed to the upsert that follows it (publish.ts: find or get, then create or
    // update), so the same PR is not asked for twice: used when the upsert is given that very object, or
    // nothing after a look-up of the same branch found nothing. Consumed by the upsert either way.
    let lookedUp;
    const remember = (found, branch) => {
        lookedUp = { branch, pull: found };
        return found;
    };
    const knownFor = (spec, existing) => {
        const last = lookedUp;
        lookedUp = undefined;
        if (!last)
            return undefined;
        if (existing)
            return last.pull && last.pull.change === existing ? { pull: last.pull } : undefined;
        return last.pull === undefined && last.branch !== undefined && last.branch === spec.sourceBranch ? { pull: undefined } : undefined;
    };
    return {
        platform: 'github',
        traits: GITHUB_TRAITS,
        repo: options.repo,
        async defaultBranch() {
            defaultBranch ??= await (0,client/* call */.T1)('read the repository', async () => (await ctx.octokit.rest.repos.get({ owner, repo })).data.default_branch);
            return defaultBranch;
        },
        actorAccess: (login) => actorAccess(ctx, login),
        findChangeRequest: async (query) => remember(await findPull(ctx, query), query.sourceBranch)?.change,
        getChangeRequest: async (number) => remember(await getPull(ctx, number)).change,
        upsertChangeRequest: (spec, existing) => upsertPull(ctx, spec, existing, { actor: options.actor }, knownFor(spec, existing)),
        closeChangeRequest: (number) => closePull(ctx, number),
        upsertComment: (target, body, marker, existing) => upsertComment(ctx, target, body, marker, existing),
        findOwnComment: (target, marker) => findOwnComment(ctx, target, marker),
        ciStatus: (sha, ciOptions) => ciStatus(ctx, sha, ciOptions),
        jobLog: (job) => jobLog(ctx, job, options.maxLogBytes ?? 1024 * 1024),
        gitAuthEnv: () => (0,auth/* authEnvForToken */.WJ)({ serverUrl, token: options.token }),
        cloneUrl: () => `${serverUrl}/${options.repo}.git`,
        jobUrl: () => options.runUrl,
        review: githubReview(ctx),
        apiCommits: { commit: (input) => createCommitOnBranch(ctx, input), createBranch: (branch, sha) => createBranchRef(ctx, branch, sha) },
    };
}
/** This run's link from the runner's variables, when they are there. */
function runUrlFromEnv(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt } = env;
    if (!server || !repo || !runId)
        return undefined;
    return `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`;
}


/***/ }),

/***/ 27560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   OS: () => (/* binding */ defaultWaits),
/* harmony export */   QH: () => (/* binding */ waitsFromEnv),
/* harmony export */   T1: () => (/* binding */ call),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   eK: () => (/* binding */ isRequestError),
/* harmony export */   m2: () => (/* binding */ errorDetail),
/* harmony export */   sx: () => (/* binding */ platformError),
/* harmony export */   zY: () => (/* binding */ githubUrlsFromEnv)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * The Octokit the GitHub adapter talks through: `@actions/github`'s getOctokit with the retry and
 * throttling plugins.
 * - 5xx and network errors are retried with a short backoff (`retryBaseMs * (n+1)^2`, `retries` times).
 *   Calls that create something (PR, comment) pass `request: { retries: 0 }` and are made idempotent
 *   by the adapter (look up by branch/marker before trying again).
 * - Rate limits (primary: remaining 0 + reset; secondary: retry-after) are waited out up to
 *   `maxRateLimitWaitSeconds`, `rateLimitRetries` times; beyond that the call fails.
 * - Every wait is configurable so tests run in milliseconds.
 * Errors leave as DroidError('platform') naming the endpoint and the status (`platformError`).
 */



// the light build (no Redis clustering), the one the retry and throttling plugins already load


const defaultWaits = {
    retries: 3,
    retryBaseMs: 1000,
    rateLimitRetries: 2,
    rateLimitUnitMs: 1000,
    maxRateLimitWaitSeconds: 120,
    writeIntervalMs: 1000,
    createAttempts: 3,
    freshPullRequestWaitMs: 2000,
};
/**
 * Test-only knob: `DROID_GITHUB_RETRY_SCALE` (a number in (0, 1]) multiplies every wait above, so an
 * end-to-end test of the bundled action can go through 429s and retries in milliseconds. Unset,
 * empty or out of range: production waits. Retry counts are never changed.
 */
function waitsFromEnv(env) {
    const scale = Number(env.DROID_GITHUB_RETRY_SCALE ?? '');
    if (!env.DROID_GITHUB_RETRY_SCALE || !Number.isFinite(scale) || scale <= 0 || scale > 1)
        return {};
    return {
        retryBaseMs: defaultWaits.retryBaseMs * scale,
        rateLimitUnitMs: defaultWaits.rateLimitUnitMs * scale,
        writeIntervalMs: defaultWaits.writeIntervalMs * scale,
        freshPullRequestWaitMs: defaultWaits.freshPullRequestWaitMs * scale,
    };
}
/** Audit stage of an API call, by route template. */
function stageOf(route) {
    if (/\/(check-runs|status|statuses|actions)\b/.test(route))
        return 'ci';
    if (/\/issues\/comments|\/issues\/\{issue_number\}\/comments/.test(route))
        return 'report';
    if (/\/(collaborators|users)\//.test(route))
        return 'gate';
    if (/\/(pulls|labels|issues)\b|graphql/.test(route))
        return 'pr';
    return 'workspace';
}
function createGitHubClient(options) {
    if (!options.token) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DroidError */ .TF('usage', 'No GitHub token', { hint: 'set the github_token input (the default is the job token) or app_id + app_private_key' });
    }
    const waits = { ...defaultWaits, ...options.waits };
    const { log } = options;
    const group = (minTime) => new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 1, minTime });
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const where = `${request.method} ${request.url}`;
        if (retryCount >= waits.rateLimitRetries || retryAfter > waits.maxRateLimitWaitSeconds) {
            log.warn(`GitHub ${kind} rate limit on ${where}: not waiting ${retryAfter}s (limit ${waits.maxRateLimitWaitSeconds}s, attempt ${retryCount + 1})`);
            return false;
        }
        log.warn(`GitHub ${kind} rate limit on ${where}: retrying in ${retryAfter}s`);
        return true;
    };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        retry: {
            retries: waits.retries,
            retryAfterBaseValue: waits.retryBaseMs,
            // 429 is the throttling plugin's job (it honours retry-after)
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            retryAfterBaseValue: waits.rateLimitUnitMs,
            fallbackSecondaryRateRetryAfter: 60,
            write: group(waits.writeIntervalMs),
            notifications: group(waits.writeIntervalMs * 3),
            search: group(waits.writeIntervalMs * 2),
        },
        log: { debug: (m) => log.debug(m), info: (m) => log.debug(m), warn: (m) => log.warn(m), error: (m) => log.warn(m) },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
    const audit = options.audit;
    if (audit) {
        octokit.hook.after('request', (response, request) => {
            audit.record({ stage: stageOf(request.url), action: 'api.call', outcome: 'ok', detail: { method: request.method, path: request.url, status: response.status } });
        });
        octokit.hook.error('request', (error, request) => {
            const status = error.status;
            audit.record({ stage: stageOf(request.url), action: 'api.call', outcome: 'fail', detail: { method: request.method, path: request.url, status } });
            throw error;
        });
    }
    return octokit;
}
function isRequestError(error) {
    return error instanceof Error && typeof error.status === 'number' && 'request' in error;
}
function statusOf(error) {
    return isRequestError(error) ? error.status : undefined;
}
/** The message GitHub put in an error body, with each `errors[].message`. */
function errorDetail(error) {
    if (!isRequestError(error))
        return error instanceof Error ? error.message : String(error);
    const data = error.response?.data;
    const parts = [typeof data?.message === 'string' ? data.message : error.message];
    for (const item of Array.isArray(data?.errors) ? data.errors : []) {
        const text = typeof item.message === 'string' ? item.message : typeof item.code === 'string' ? item.code : undefined;
        if (text)
            parts.push(text);
    }
    return parts.join(': ');
}
function pathOf(url) {
    if (!url)
        return '?';
    try {
        return new URL(url).pathname;
    }
    catch {
        return url.split('?')[0] ?? url;
    }
}
function hintFor(status, error) {
    switch (status) {
        case 401:
            return 'the token was refused: check github_token, or app_id and app_private_key';
        case 403: {
            const headers = error.response?.headers ?? {};
            if (String(headers['x-ratelimit-remaining']) === '0') {
                const reset = Number(headers['x-ratelimit-reset']);
                return `GitHub's rate limit is used up${reset ? ` until ${new Date(reset * 1000).toISOString()}` : ''}; try again later`;
            }
            return 'the token lacks a permission: give the workflow `permissions: contents: write, pull-requests: write, issues: write, checks: read, actions: read`';
        }
        case 404:
            return 'not found, or the token cannot see it: check the repository name and the token’s access';
        case 429:
            return "GitHub's rate limit: try again later";
        default:
            return status >= 500 ? 'GitHub had a server error; the run can be retried' : undefined;
    }
}
/** A DroidError('platform') naming the endpoint and status of a failed call. */
function platformError(error, what) {
    if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DroidError */ .TF)
        return error;
    if (!isRequestError(error)) {
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DroidError */ .TF('platform', `GitHub API ${what ?? 'call'} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const endpoint = `${error.request?.method ?? ''} ${pathOf(error.request?.url)}`.trim();
    const retries = error.request?.request?.retryCount;
    const network = error.status === 500 && error.response === undefined;
    const status = network ? 'a network error' : String(error.status);
    const after = retries ? ` after ${retries} retr${retries === 1 ? 'y' : 'ies'}` : '';
    const message = `GitHub API ${endpoint}${what ? ` (${what})` : ''} failed with ${status}${after}: ${errorDetail(error)}`;
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DroidError */ .TF('platform', message, { hint: hintFor(error.status, error), cause: error });
}
/** Runs one API call; any failure becomes platformError(…, what). */
async function call(what, fn) {
    try {
        return await fn();
    }
    catch (error) {
        throw platformError(error, what);
    }
}
/** API and web URLs from the runner's environment (GHES: GITHUB_API_URL / GITHUB_SERVER_URL). */
function githubUrlsFromEnv(env) {
    return {
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    };
}


/***/ }),

/***/ 88224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubPlatform: () => (/* binding */ githubPlatform),
/* harmony export */   githubSetup: () => (/* reexport safe */ _setup_js__WEBPACK_IMPORTED_MODULE_0__.rI)
/* harmony export */ });
/* harmony import */ var _setup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1834);

/** `--platform github` and the Action: the runner's event, inputs and token (setup.ts); doctor's probes (doctor.ts). */
const githubPlatform = {
    name: 'github',
    setup: (env, ctx, options) => (0,_setup_js__WEBPACK_IMPORTED_MODULE_0__/* .githubSetup */ .rI)(env, ctx, { command: options.command, ticket: options.ticket, prompt: options.prompt }),
    doctor: async (env, ctx) => (await __webpack_require__.e(/* import() */ 948).then(__webpack_require__.bind(__webpack_require__, 41948))).githubDoctorSetup(env, ctx),
};



/***/ }),

/***/ 1834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jD: () => (/* binding */ actionInput),
  rI: () => (/* binding */ githubSetup),
  Sh: () => (/* binding */ token)
});

// UNUSED EXPORTS: JOB_TOKEN_NOTICE

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/validate.ts
var validate = __webpack_require__(8956);
;// CONCATENATED MODULE: ./src/platform/github/event.ts
/**
 * A GitHub event payload, read once into a typed union (claude-code-action style). Every field is
 * checked as it is read: a missing field or a wrong type gives DroidError('usage') naming the field,
 * never a crash; long texts are cut (issue bodies can be 65 kB, a hostile one more).
 */



const MAX_BODY = 64 * 1024;
const MAX_TITLE = 1024;
function isCommentEvent(event) {
    return event.name === 'issue_comment' || event.name === 'pull_request_review_comment';
}
function fail(path, what) {
    throw new errors/* DroidError */.TF('usage', `GitHub event payload: ${path} ${what}`, {
        hint: 'the event file (GITHUB_EVENT_PATH) does not look like one GitHub sent; run on the events the docs list',
    });
}
function obj(value, path) {
    return (0,validate/* isRecord */.u4)(value) ? value : fail(path, 'is missing or not an object');
}
function str(value, path) {
    return typeof value === 'string' ? value : fail(path, 'is missing or not a string');
}
function optStr(value, path) {
    if (value === undefined || value === null)
        return undefined;
    return str(value, path);
}
function event_int(value, path) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : fail(path, 'is missing or not a positive integer');
}
/** Long user text is cut, not refused: the reader cannot change what was written. */
function cut(text, max = MAX_BODY) {
    const clean = text.replace(/\0/g, '');
    return clean.length > max ? `${clean.slice(0, max)}\n… [truncated]` : clean;
}
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
function actor(value, path) {
    const o = obj(value, path);
    const login = str(o.login, `${path}.login`);
    if (!LOGIN.test(login))
        fail(`${path}.login`, `"${login.slice(0, 60)}" is not a GitHub login`);
    return { login, isBot: o.type === 'Bot' || login.endsWith('[bot]') };
}
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function sha(value, path) {
    const s = str(value, path);
    return SHA.test(s) ? s : fail(path, 'is not a commit SHA');
}
function branch(value, path) {
    const b = str(value, path);
    return (0,validate/* isValidBranchName */.eB)(b) ? b : fail(path, `"${b.slice(0, 60)}" is not a valid branch name`);
}
function names(value, key) {
    if (!Array.isArray(value))
        return [];
    return value.filter(validate/* isRecord */.u4).map((item) => item[key]).filter((n) => typeof n === 'string');
}
function issue(value, path) {
    const o = obj(value, path);
    return {
        number: event_int(o.number, `${path}.number`),
        title: cut(str(o.title, `${path}.title`), MAX_TITLE),
        body: cut(optStr(o.body, `${path}.body`) ?? ''),
        url: optStr(o.html_url, `${path}.html_url`),
        labels: names(o.labels, 'name'),
        assignees: names(o.assignees, 'login'),
        isPullRequest: (0,validate/* isRecord */.u4)(o.pull_request),
    };
}
function repoName(value) {
    return (0,validate/* isRecord */.u4)(value) && typeof value.full_name === 'string' ? value.full_name.toLowerCase() : undefined;
}
function pull(value, path) {
    const o = obj(value, path);
    const head = obj(o.head, `${path}.head`);
    const base = obj(o.base, `${path}.base`);
    const headRepo = repoName(head.repo);
    return {
        number: event_int(o.number, `${path}.number`),
        title: cut(str(o.title, `${path}.title`), MAX_TITLE),
        body: cut(optStr(o.body, `${path}.body`) ?? ''),
        url: optStr(o.html_url, `${path}.html_url`),
        headRef: branch(head.ref, `${path}.head.ref`),
        headSha: sha(head.sha, `${path}.head.sha`),
        baseRef: branch(base.ref, `${path}.base.ref`),
        // a deleted fork has no head repo: treat it as a fork
        fromFork: headRepo === undefined || headRepo !== repoName(base.repo),
    };
}
function comment(value, path) {
    const o = obj(value, path);
    const line = o.line ?? o.original_line;
    return {
        id: event_int(o.id, `${path}.id`),
        body: cut(str(o.body, `${path}.body`)),
        url: optStr(o.html_url, `${path}.html_url`),
        path: optStr(o.path, `${path}.path`),
        line: typeof line === 'number' && Number.isSafeInteger(line) && line > 0 ? line : undefined,
    };
}
function run(value, path) {
    const o = obj(value, path);
    const pulls = Array.isArray(o.pull_requests) ? o.pull_requests : [];
    return {
        id: event_int(o.id, `${path}.id`),
        name: cut(optStr(o.name, `${path}.name`) ?? '', MAX_TITLE),
        conclusion: optStr(o.conclusion, `${path}.conclusion`) ?? null,
        headBranch: o.head_branch === null || o.head_branch === undefined ? undefined : branch(o.head_branch, `${path}.head_branch`),
        headSha: sha(o.head_sha, `${path}.head_sha`),
        url: optStr(o.html_url, `${path}.html_url`),
        actor: o.triggering_actor ? actor(o.triggering_actor, `${path}.triggering_actor`) : o.actor ? actor(o.actor, `${path}.actor`) : undefined,
        pulls: pulls.map((p, i) => {
            const item = obj(p, `${path}.pull_requests[${i}]`);
            const head = obj(item.head, `${path}.pull_requests[${i}].head`);
            const base = obj(item.base, `${path}.pull_requests[${i}].base`);
            const headRepo = (0,validate/* isRecord */.u4)(head.repo) ? head.repo.id : undefined;
            const baseRepo = (0,validate/* isRecord */.u4)(base.repo) ? base.repo.id : undefined;
            return {
                number: event_int(item.number, `${path}.pull_requests[${i}].number`),
                headRef: branch(head.ref, `${path}.pull_requests[${i}].head.ref`),
                headSha: sha(head.sha, `${path}.pull_requests[${i}].head.sha`),
                baseRef: branch(base.ref, `${path}.pull_requests[${i}].base.ref`),
                fromFork: headRepo === undefined || headRepo !== baseRepo,
            };
        }),
    };
}
function stringInputs(value) {
    const out = {};
    if (!(0,validate/* isRecord */.u4)(value))
        return out;
    for (const [key, v] of Object.entries(value)) {
        if (typeof v === 'string')
            out[key] = v;
        else if (typeof v === 'number' || typeof v === 'boolean')
            out[key] = String(v);
    }
    return out;
}
/** Reads the payload of `eventName`; events the droid does not handle come back as `other`. */
function parseGitHubEvent(eventName, payload) {
    const p = obj(payload, 'the payload');
    switch (eventName) {
        case 'issues':
            return {
                name: 'issues',
                action: str(p.action, 'action'),
                issue: issue(p.issue, 'issue'),
                label: (0,validate/* isRecord */.u4)(p.label) ? optStr(p.label.name, 'label.name') : undefined,
                assignee: (0,validate/* isRecord */.u4)(p.assignee) ? optStr(p.assignee.login, 'assignee.login') : undefined,
                sender: actor(p.sender, 'sender'),
            };
        case 'issue_comment':
            return { name: 'issue_comment', action: str(p.action, 'action'), issue: issue(p.issue, 'issue'), comment: comment(p.comment, 'comment'), sender: actor(p.sender, 'sender') };
        case 'pull_request_review_comment':
            return {
                name: 'pull_request_review_comment',
                action: str(p.action, 'action'),
                pull: pull(p.pull_request, 'pull_request'),
                comment: comment(p.comment, 'comment'),
                sender: actor(p.sender, 'sender'),
            };
        case 'workflow_dispatch':
            return { name: 'workflow_dispatch', inputs: stringInputs(p.inputs), sender: actor(p.sender, 'sender') };
        case 'repository_dispatch':
            return {
                name: 'repository_dispatch',
                eventType: str(p.action, 'action'),
                clientPayload: p.client_payload === undefined || p.client_payload === null ? {} : obj(p.client_payload, 'client_payload'),
                sender: actor(p.sender, 'sender'),
            };
        case 'pull_request':
        case 'pull_request_target': {
            const o = obj(p.pull_request, 'pull_request');
            return { name: 'pull_request', action: str(p.action, 'action'), pull: { ...pull(o, 'pull_request'), draft: o.draft === true }, sender: actor(p.sender, 'sender') };
        }
        case 'workflow_run':
            return { name: 'workflow_run', action: str(p.action, 'action'), run: run(p.workflow_run, 'workflow_run'), sender: actor(p.sender, 'sender') };
        default:
            return { name: 'other', eventName };
    }
}
const MAX_EVENT_FILE = 32 * 1024 * 1024;
/** The event the runner handed over: GITHUB_EVENT_NAME and the JSON file at GITHUB_EVENT_PATH. */
function readGitHubEvent(env) {
    const eventName = env.GITHUB_EVENT_NAME?.trim();
    const path = env.GITHUB_EVENT_PATH?.trim();
    if (!eventName || !path) {
        throw new errors/* DroidError */.TF('usage', 'GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set', { hint: 'run as a step of a GitHub Actions job, or use --platform local' });
    }
    let size;
    try {
        size = (0,external_node_fs_.statSync)(path).size;
    }
    catch {
        throw new errors/* DroidError */.TF('usage', `the event file ${path} (GITHUB_EVENT_PATH) cannot be read`);
    }
    if (size > MAX_EVENT_FILE)
        throw new errors/* DroidError */.TF('usage', `the event file ${path} is ${size} bytes: too large to be a GitHub event`);
    try {
        return { eventName, payload: JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8')) };
    }
    catch {
        throw new errors/* DroidError */.TF('usage', `the event file ${path} (GITHUB_EVENT_PATH) is not JSON`);
    }
}

// EXTERNAL MODULE: ./src/trigger/phrase.ts
var phrase = __webpack_require__(29283);
// EXTERNAL MODULE: ./src/trigger/command-text.ts
var command_text = __webpack_require__(61357);
;// CONCATENATED MODULE: ./src/platform/github/trigger.ts




/** pull_request actions that start an automatic review (`review.auto`, PRODUCT.md §13) */
const REVIEW_ACTIONS = new Set(['opened', 'synchronize', 'ready_for_review']);
const TICKET_KEY = /^[A-Za-z0-9#][A-Za-z0-9._#-]{0,63}$/;
const trigger_MAX_TITLE = 256;
function commandInput(value, name) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const c = value.trim().toLowerCase();
    if ((0,command_text/* isDroidCommand */.yV)(c))
        return c;
    throw new errors/* DroidError */.TF('usage', `${name} "${(0,validate/* printable */.g$)(value)}" is not a droid command`, { hint: `use one of ${command_text/* COMMANDS */.Lo.join(', ')}` });
}
function oneLine(s) {
    return s.replace(/[\r\n\t]+/g, ' ').trim().slice(0, trigger_MAX_TITLE);
}
function ticketUrl(value, name) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (typeof value !== 'string')
        throw new errors/* DroidError */.TF('usage', `${name} must be a string`);
    const parsed = (0,validate/* checkHttpUrl */.Om)(value, name);
    if (typeof parsed === 'string')
        throw new errors/* DroidError */.TF('usage', parsed);
    return parsed.toString();
}
function ticketKey(value, name) {
    if (typeof value !== 'string' || !TICKET_KEY.test(value.trim())) {
        throw new errors/* DroidError */.TF('usage', `${name} ${typeof value === 'string' ? `"${(0,validate/* printable */.g$)(value)}"` : 'is missing or'} is not a ticket key`, {
            hint: 'use letters, digits, "-", "_", "." or "#" (e.g. PROJ-123 or #42), at most 64 characters',
        });
    }
    return value.trim();
}
/** {key, title, body, url} from a dispatch payload or a JSON `ticket` input. */
function ticketFromObject(value, name) {
    if (!(0,validate/* isRecord */.u4)(value)) {
        throw new errors/* DroidError */.TF('usage', `${name} must be an object {key, title, body, url}`, { hint: 'send client_payload: {"ticket": {"key": "PROJ-1", "title": "…", "body": "…", "url": "https://…"}}' });
    }
    const key = ticketKey(value.key, `${name}.key`);
    for (const field of ['title', 'body']) {
        if (value[field] !== undefined && value[field] !== null && typeof value[field] !== 'string')
            throw new errors/* DroidError */.TF('usage', `${name}.${field} must be a string`);
    }
    const title = typeof value.title === 'string' && value.title.trim() ? oneLine(value.title) : key;
    return { key, title, body: typeof value.body === 'string' ? cut(value.body) : '', url: ticketUrl(value.url, `${name}.url`) };
}
/** `PROJ-12 …` -> "PROJ-12": a leading ticket key a ticket system may know (the tickets stage decides) */
function leadingTicketKey(text) {
    return /^\s*([A-Za-z][A-Za-z0-9_]{0,31}-\d{1,9})(?![\w-])/.exec(text)?.[1];
}
/** a dispatched ticket with a key and no title is looked up */
function untitledKey(value, ticket) {
    return (0,validate/* isRecord */.u4)(value) && !(typeof value.title === 'string' && value.title.trim()) ? ticket.key : undefined;
}
function issueNumberOf(key) {
    const m = /^#?(\d{1,9})$/.exec(key);
    return m ? Number(m[1]) : undefined;
}
function base(command, ticket, instructions, sender, target, source, ticketLookup) {
    const request = { command, ticket, instructions, actor: sender.login, actorIsBot: sender.isBot, target, source };
    return ticketLookup ? { ...request, ticketLookup } : request;
}
/** A PR target whose head is not known yet: fail-safe values until `withPullRequest` fills it. */
function pendingChange(number) {
    return { kind: 'change', number, headBranch: '', headSha: '', baseBranch: '', fromFork: true };
}
function fromIssues(event, inputs) {
    const { issue } = event;
    const label = inputs.labelTrigger?.trim().toLowerCase();
    const assignee = inputs.assigneeTrigger?.trim().replace(/^@/, '').toLowerCase();
    const parsed = (0,command_text/* parseCommandText */.ur)(issue.body.trimStart(), inputs.triggerPhrase) ?? (0,command_text/* parseCommandText */.ur)(issue.title.trimStart(), inputs.triggerPhrase);
    if (event.action === 'opened') {
        const triggered = parsed !== undefined ||
            (label !== undefined && label !== '' && issue.labels.some((l) => l.toLowerCase() === label)) ||
            (assignee !== undefined && assignee !== '' && issue.assignees.some((a) => a.toLowerCase() === assignee));
        if (!triggered)
            return { kind: 'ignore', reason: `issue #${issue.number} was opened without ${inputs.triggerPhrase}, the trigger label or the trigger assignee` };
    }
    else if (event.action === 'labeled') {
        if (!label)
            return { kind: 'ignore', reason: 'an issue was labeled but no label_trigger is configured' };
        if (event.label?.toLowerCase() !== label)
            return { kind: 'ignore', reason: `label "${event.label ?? ''}" is not the trigger label "${inputs.labelTrigger}"` };
    }
    else if (event.action === 'assigned') {
        if (!assignee)
            return { kind: 'ignore', reason: 'an issue was assigned but no assignee_trigger is configured' };
        if (event.assignee?.toLowerCase() !== assignee)
            return { kind: 'ignore', reason: `assignee "${event.assignee ?? ''}" is not the trigger assignee "${inputs.assigneeTrigger}"` };
    }
    else {
        return { kind: 'ignore', reason: `issues.${event.action} does not trigger the droid` };
    }
    const command = parsed?.command ?? commandInput(inputs.command, 'command input') ?? 'fix';
    if (command === 'ci-fix' || command === 'review')
        return { kind: 'ignore', reason: `${command} works on a pull request, not on an issue` };
    const ticket = { key: `#${issue.number}`, title: oneLine(issue.title), body: issue.body, url: issue.url };
    const instructions = parsed?.instructions || inputs.prompt?.trim() || '';
    const lookup = leadingTicketKey(parsed?.instructions ?? '') ?? leadingTicketKey(issue.title);
    const request = base(command, ticket, instructions, event.sender, { kind: 'ticket', issueNumber: issue.number }, { event: `github:issues.${event.action}`, url: issue.url }, lookup);
    return { kind: 'request', request };
}
function fromComment(event, inputs) {
    if (event.action !== 'created')
        return { kind: 'ignore', reason: `${event.name}.${event.action}: only new comments trigger the droid` };
    const parsed = (0,command_text/* parseCommandText */.ur)(event.comment.body, inputs.triggerPhrase);
    if (!parsed)
        return { kind: 'ignore', reason: `the comment does not start with ${inputs.triggerPhrase}` };
    const source = { event: `github:${event.name}`, commentId: event.comment.id, url: event.comment.url };
    if (event.name === 'pull_request_review_comment') {
        const { pull } = event;
        const target = { kind: 'change', number: pull.number, headBranch: pull.headRef, headSha: pull.headSha, baseBranch: pull.baseRef, fromFork: pull.fromFork };
        const ticket = { key: `#${pull.number}`, title: oneLine(pull.title), body: pull.body, url: pull.url };
        const location = event.comment.path ? { path: event.comment.path, line: event.comment.line } : undefined;
        return { kind: 'request', request: base(parsed.command, ticket, parsed.instructions, event.sender, target, { ...source, location }, leadingTicketKey(parsed.instructions)) };
    }
    const { issue } = event;
    const ticket = { key: `#${issue.number}`, title: oneLine(issue.title), body: issue.body, url: issue.url };
    if (!issue.isPullRequest) {
        if (parsed.command === 'ci-fix' || parsed.command === 'review')
            return { kind: 'ignore', reason: `${parsed.command} works on a pull request, not on an issue` };
        return { kind: 'request', request: base(parsed.command, ticket, parsed.instructions, event.sender, { kind: 'ticket', issueNumber: issue.number }, source, leadingTicketKey(parsed.instructions)) };
    }
    return {
        kind: 'request',
        request: base(parsed.command, ticket, parsed.instructions, event.sender, pendingChange(issue.number), source, leadingTicketKey(parsed.instructions)),
        needsPullRequest: { by: 'number', number: issue.number },
    };
}
function ticketFromInput(value, prompt) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const trimmed = value.trim();
    if (trimmed.startsWith('{')) {
        let parsed;
        try {
            parsed = JSON.parse(trimmed);
        }
        catch {
            throw new errors/* DroidError */.TF('usage', 'the ticket input starts with "{" but is not JSON', { hint: 'pass a key (PROJ-123) or {"key","title","body","url"} as JSON' });
        }
        const ticket = ticketFromObject(parsed, 'ticket input');
        return { ticket, lookup: untitledKey(parsed, ticket) };
    }
    const key = ticketKey(trimmed, 'ticket input');
    const firstLine = prompt.split('\n', 1)[0] ?? '';
    return { ticket: { key, title: oneLine(firstLine) || key, body: prompt }, lookup: key };
}
function fromDispatch(event, inputs) {
    const pick = (name) => (inputs[name]?.trim() ? inputs[name] : event.inputs[name]);
    const command = commandInput(pick('command'), 'command input') ?? 'fix';
    const prompt = cut(pick('prompt')?.trim() ?? '');
    const given = ticketFromInput(pick('ticket'), prompt);
    const ticket = given?.ticket;
    if (!ticket && !prompt && command !== 'test') {
        throw new errors/* DroidError */.TF('usage', `workflow_dispatch with command ${command} needs a ticket or a prompt input`, { hint: 'fill in the ticket or prompt field when running the workflow' });
    }
    if (command === 'ci-fix' || command === 'review')
        return { kind: 'ignore', reason: `${command} runs on a pull request (a comment or a pull_request event), not on workflow_dispatch` };
    const finalTicket = ticket ?? { key: command === 'test' && !prompt ? 'test' : 'manual', title: oneLine(prompt.split('\n', 1)[0] ?? '') || command, body: prompt };
    const issueNumber = issueNumberOf(finalTicket.key);
    return { kind: 'request', request: base(command, finalTicket, prompt, event.sender, { kind: 'ticket', issueNumber }, { event: 'github:workflow_dispatch', url: finalTicket.url }, given?.lookup) };
}
function fromRepositoryDispatch(event, inputs) {
    const payload = event.clientPayload;
    if (payload.ticket === undefined) {
        throw new errors/* DroidError */.TF('usage', `repository_dispatch "${(0,validate/* printable */.g$)(event.eventType)}" has no client_payload.ticket`, {
            hint: 'send client_payload: {"ticket": {"key": "PROJ-1", "title": "…", "body": "…", "url": "https://…"}}',
        });
    }
    const ticket = ticketFromObject(payload.ticket, 'client_payload.ticket');
    const given = typeof payload.command === 'string' ? payload.command : undefined;
    const command = commandInput(given, 'client_payload.command') ?? commandInput(inputs.command, 'command input') ?? 'fix';
    if (command === 'ci-fix' || command === 'review')
        return { kind: 'ignore', reason: `${command} runs on a pull request (a comment or a pull_request event), not on repository_dispatch` };
    const instructions = typeof payload.prompt === 'string' ? cut(payload.prompt) : inputs.prompt?.trim() ?? '';
    return {
        kind: 'request',
        request: base(command, ticket, instructions, event.sender, { kind: 'ticket', issueNumber: issueNumberOf(ticket.key) }, { event: `github:repository_dispatch`, url: ticket.url }, untitledKey(payload.ticket, ticket)),
    };
}
function fromWorkflowRun(event, inputs) {
    const { run } = event;
    const prefix = inputs.droidBranchPrefix ?? 'droid/';
    if (event.action !== 'completed')
        return { kind: 'ignore', reason: `workflow_run.${event.action}: only completed runs matter` };
    if (run.conclusion !== 'failure')
        return { kind: 'ignore', reason: `workflow run "${run.name}" concluded ${run.conclusion ?? 'without a conclusion'}, not failure` };
    if (!run.headBranch || !run.headBranch.startsWith(prefix)) {
        return { kind: 'ignore', reason: `ci-fix only works on the droid's own branches (${prefix}…), not on ${run.headBranch ?? 'a run without a branch'}` };
    }
    const actor = run.actor ?? event.sender;
    const source = { event: 'github:workflow_run', url: run.url };
    const instructions = inputs.prompt?.trim() ?? '';
    const pull = run.pulls.find((p) => p.headRef === run.headBranch);
    if (pull) {
        const target = { kind: 'change', number: pull.number, headBranch: pull.headRef, headSha: run.headSha, baseBranch: pull.baseRef, fromFork: pull.fromFork };
        const ticket = { key: `#${pull.number}`, title: `CI failed on ${run.headBranch}`, body: '' };
        return { kind: 'request', request: base('ci-fix', ticket, instructions, actor, target, source) };
    }
    const ticket = { key: '', title: `CI failed on ${run.headBranch}`, body: '' };
    return {
        kind: 'request',
        request: base('ci-fix', ticket, instructions, actor, { kind: 'change', number: 0, headBranch: run.headBranch, headSha: run.headSha, baseBranch: '', fromFork: true }, source),
        needsPullRequest: { by: 'branch', branch: run.headBranch, headSha: run.headSha },
    };
}
/**
 * `pull_request` opened / synchronize / ready_for_review -> an automatic review. Whether `review.auto` is
 * on is read later from the base branch's config (the run's trusted ref), never from the PR.
 */
function fromPullRequest(event) {
    const { pull } = event;
    if (!REVIEW_ACTIONS.has(event.action))
        return { kind: 'ignore', reason: `pull_request.${event.action} does not start a review (opened, synchronize and ready_for_review do)` };
    if (pull.draft)
        return { kind: 'ignore', reason: `pull request #${pull.number} is a draft: it is reviewed once it is marked ready` };
    const target = { kind: 'change', number: pull.number, headBranch: pull.headRef, headSha: pull.headSha, baseBranch: pull.baseRef, fromFork: pull.fromFork };
    const ticket = { key: `#${pull.number}`, title: oneLine(pull.title), body: pull.body, url: pull.url };
    return { kind: 'request', request: base('review', ticket, '', event.sender, target, { event: `github:pull_request.${event.action}`, url: pull.url, auto: true }) };
}
function requestFromGitHubEvent(args) {
    const { eventName, inputs } = args;
    if (!inputs.triggerPhrase.trim())
        throw new errors/* DroidError */.TF('usage', 'trigger_phrase is empty', { hint: 'leave it unset for /droid, or set a phrase such as @droid' });
    const event = parseGitHubEvent(eventName, args.payload);
    switch (event.name) {
        case 'issues':
            return fromIssues(event, inputs);
        case 'issue_comment':
        case 'pull_request_review_comment':
            return fromComment(event, inputs);
        case 'workflow_dispatch':
            return fromDispatch(event, inputs);
        case 'repository_dispatch':
            return fromRepositoryDispatch(event, inputs);
        case 'workflow_run':
            return fromWorkflowRun(event, inputs);
        case 'pull_request':
            return fromPullRequest(event);
        default:
            return { kind: 'ignore', reason: `the ${eventName} event does not trigger the droid` };
    }
}
/**
 * Completes a request whose PR head the event did not carry, from the PR fetched when the run starts
 * (the head SHA is pinned here: a later push on top of another SHA is refused, PRODUCT.md §8).
 */
function withPullRequest(request, change, lookup) {
    if (!(0,validate/* isValidBranchName */.eB)(change.sourceBranch) || !(0,validate/* isValidBranchName */.eB)(change.targetBranch)) {
        throw new errors/* DroidError */.TF('platform', `pull request #${change.number} has a branch name git cannot use safely`);
    }
    const headSha = lookup?.by === 'branch' ? lookup.headSha : change.headSha;
    const ticket = request.ticket.key ? request.ticket : { key: `#${change.number}`, title: oneLine(change.title), body: '', url: change.url };
    return {
        ...request,
        ticket,
        target: { kind: 'change', number: change.number, headBranch: change.sourceBranch, headSha, baseBranch: change.targetBranch, fromFork: change.fromFork ?? true },
        source: { ...request.source },
    };
}

// EXTERNAL MODULE: ./src/platform/github/adapter.ts + 10 modules
var adapter = __webpack_require__(79164);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 14 modules
var utils = __webpack_require__(80846);
// EXTERNAL MODULE: ./src/platform/github/client.ts
var client = __webpack_require__(27560);
;// CONCATENATED MODULE: ./src/platform/github/app-token.ts
/**
 * A GitHub App installation token for one repository (PRODUCT.md §6: pushes made with the job token
 * do not start other workflows; an app token's pushes do). Finds the repo's installation with the
 * app's JWT, then mints a token scoped to that repository only. The caller masks the token.
 */




function normaliseKey(raw) {
    const key = raw.includes('\\n') && !raw.includes('\n') ? raw.replace(/\\n/g, '\n') : raw;
    try {
        (0,external_node_crypto_.createPrivateKey)(key.trim());
    }
    catch {
        throw new errors/* DroidError */.TF('config', 'app_private_key is not a valid private key', {
            hint: 'paste the whole PEM file GitHub generated for the app (-----BEGIN RSA PRIVATE KEY----- …) into the secret',
        });
    }
    return key.trim();
}
async function mintInstallationToken(options) {
    const appId = options.appId.trim();
    if (!/^\d+$/.test(appId) && !/^Iv\w+$/.test(appId)) {
        throw new errors/* DroidError */.TF('config', `app_id "${appId}" is not a GitHub App id`, { hint: "use the numeric App ID from the app's settings page" });
    }
    const [owner = '', repo = ''] = options.repo.split('/');
    if (!owner || !repo)
        throw new errors/* DroidError */.TF('usage', `"${options.repo}" is not a GitHub repository name`, { hint: 'use owner/name' });
    const privateKey = normaliseKey(options.privateKey);
    // loaded only with an App (its JWT and OAuth helpers are a separate chunk of the bundle)
    const { createAppAuth } = await __webpack_require__.e(/* import() */ 479).then(__webpack_require__.bind(__webpack_require__, 76479));
    const octokit = new utils/* GitHub */.gq({ baseUrl: options.apiUrl.replace(/\/+$/, ''), authStrategy: createAppAuth, auth: { appId, privateKey } });
    let installationId;
    let appSlug;
    try {
        const { data } = await octokit.rest.apps.getRepoInstallation({ owner, repo });
        installationId = data.id;
        appSlug = data.app_slug || undefined;
    }
    catch (error) {
        const status = (0,client/* statusOf */.c2)(error);
        if (status === 404) {
            throw new errors/* DroidError */.TF('config', `The GitHub App ${appId} is not installed on ${options.repo}`, {
                hint: "install the app on the repository, or add the repository to the app's installation",
            });
        }
        if (status === 401) {
            throw new errors/* DroidError */.TF('config', `GitHub refused the app's credentials: ${(0,client/* errorDetail */.m2)(error)}`, {
                hint: 'app_id and app_private_key must belong to the same app (and the runner clock must be right)',
            });
        }
        throw (0,client/* platformError */.sx)(error, 'find the app installation');
    }
    try {
        const auth = (await octokit.auth({ type: 'installation', installationId, repositoryNames: [repo] }));
        return { token: auth.token, expiresAt: auth.expiresAt, installationId, appSlug };
    }
    catch (error) {
        if ((0,client/* statusOf */.c2)(error) === 422) {
            throw new errors/* DroidError */.TF('config', `The GitHub App ${appId} cannot access ${options.repo}: ${(0,client/* errorDetail */.m2)(error)}`, {
                hint: "add the repository to the app's installation",
            });
        }
        throw (0,client/* platformError */.sx)(error, 'create an installation token');
    }
}

;// CONCATENATED MODULE: ./src/platform/github/setup.ts







/** Pushes made with the job token start no other workflow (GitHub's rule): said once, with the fix. */
const JOB_TOKEN_NOTICE = {
    notice: 'Pushes made with the job token (GITHUB_TOKEN) do not start other workflows, so CI will not run on this branch. Give the action a GitHub App (`app_id` + `app_private_key`) or a token with `contents: write` to have CI run.',
    noCi: 'no CI started: pushes made with the job token do not start workflows',
};
/** An action input as the runner passes it: INPUT_<NAME upper-cased, spaces as _>. */
function actionInput(env, name) {
    const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
    return value ? value : undefined;
}
function list(value) {
    return (value ?? '').split(/[,\s]+/).map((s) => s.trim()).filter(Boolean);
}
async function token(env, repo, apiUrl, ctx) {
    const appId = actionInput(env, 'app_id') ?? env.DROID_GITHUB_APP_ID;
    const privateKey = actionInput(env, 'app_private_key') ?? env.DROID_GITHUB_APP_PRIVATE_KEY;
    if (privateKey)
        ctx.redactor.add(privateKey);
    if (appId && privateKey) {
        const minted = await mintInstallationToken({ appId, privateKey, repo, apiUrl });
        ctx.redactor.add(minted.token);
        ctx.log.info(`using a GitHub App installation token (app ${appId}, installation ${minted.installationId})`);
        return { token: minted.token, secrets: [minted.token, privateKey], isJobToken: false, identity: minted.appSlug ? `${minted.appSlug}[bot]` : undefined };
    }
    if (appId || privateKey) {
        throw new errors/* DroidError */.TF('usage', 'app_id and app_private_key go together: one of them is missing');
    }
    const given = actionInput(env, 'github_token') ?? env.GITHUB_TOKEN ?? env.GH_TOKEN;
    if (!given) {
        throw new errors/* DroidError */.TF('usage', 'no GitHub token', { hint: 'the action defaults github_token to the job token; outside Actions set GITHUB_TOKEN' });
    }
    ctx.redactor.add(given);
    // a PAT (ghp_/github_pat_) starts workflows; the job token (ghs_, from the runner) does not
    const isJobToken = !/^(ghp_|github_pat_)/.test(given);
    return { token: given, secrets: [given], isJobToken };
}
async function githubSetup(env, ctx, overrides = {}) {
    const repo = env.GITHUB_REPOSITORY?.trim();
    if (!repo)
        throw new errors/* DroidError */.TF('usage', 'GITHUB_REPOSITORY is not set', { hint: 'run as a step of a GitHub Actions job' });
    const inputs = {
        command: overrides.command ?? actionInput(env, 'command'),
        ticket: overrides.ticket ?? actionInput(env, 'ticket'),
        prompt: overrides.prompt ?? actionInput(env, 'prompt'),
        // the input wins; else access.trigger of the checked-out .droid.yml; else /droid
        triggerPhrase: (0,phrase/* resolveTriggerPhrase */.Ut)(actionInput(env, 'trigger_phrase'), env.GITHUB_WORKSPACE ?? process.cwd(), actionInput(env, 'config')).phrase,
        labelTrigger: actionInput(env, 'label_trigger'),
        assigneeTrigger: actionInput(env, 'assignee_trigger'),
    };
    const { eventName, payload } = readGitHubEvent(env);
    const trigger = requestFromGitHubEvent({ eventName, payload, inputs });
    if (trigger.kind === 'ignore')
        return { ignored: trigger.reason };
    const { apiUrl, serverUrl } = (0,client/* githubUrlsFromEnv */.zY)(env);
    const auth = await token(env, repo, apiUrl, ctx);
    const jobUrl = (0,adapter/* runUrlFromEnv */.kk)(env);
    const forge = (0,adapter/* createGitHubForge */.bz)({ token: auth.token, repo, apiUrl, serverUrl, runUrl: jobUrl, log: ctx.log, audit: ctx.audit, actor: trigger.request.actor, identity: auth.identity, waits: (0,client/* waitsFromEnv */.QH)(env) });
    let request = trigger.request;
    const lookup = trigger.needsPullRequest;
    if (lookup) {
        const change = lookup.by === 'number' ? await forge.getChangeRequest(lookup.number) : await forge.findChangeRequest({ sourceBranch: lookup.branch });
        if (!change)
            return { ignored: `no open pull request for ${lookup.by === 'branch' ? lookup.branch : `#${lookup.number}`}: nothing to do` };
        if (change.state !== 'open')
            return { ignored: `pull request #${change.number} is ${change.state}` };
        request = withPullRequest(request, change, lookup);
        ctx.log.info(`pull request #${change.number}: head ${change.sourceBranch} pinned at ${request.target.kind === 'change' ? request.target.headSha.slice(0, 12) : ''}`);
    }
    return {
        platform: 'github',
        request,
        forge,
        secrets: auth.secrets,
        jobUrl,
        pushNotice: auth.isJobToken ? JOB_TOKEN_NOTICE : undefined,
        ownJobNames: list(env.DROID_OWN_JOB_NAMES ?? env.GITHUB_JOB),
        allowBots: list(actionInput(env, 'allowed_bots')),
    };
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
/* harmony export */   iE: () => (/* binding */ BODY_MARKER)
/* harmony export */ });
/* unused harmony exports testResultLabel, testsTable, tableCell */
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
