export const id = 204;
export const ids = [204];
export const modules = {

/***/ 5768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   US: () => (/* binding */ mergeGitConfigEnv),
/* harmony export */   V7: () => (/* binding */ configEntriesToEnv),
/* harmony export */   WJ: () => (/* binding */ authEnvForToken),
/* harmony export */   Yv: () => (/* binding */ secretsOfAuthEnv)
/* harmony export */ });
/* unused harmony exports serverPrefix, configEntriesFromEnv */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _util_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8956);


/**
 * The entries that make git send `AUTHORIZATION: basic base64(username:token)` to `serverUrl` (and
 * everything under it) for one command. The first entry is an empty value for the same key, which resets
 * any extraheader inherited from repo/global config (e.g. what actions/checkout persisted), so exactly one
 * Authorization header is sent. Zero-based and self-contained: `mergeGitConfigEnv` appends them after any
 * `GIT_CONFIG_COUNT` entries already in the environment (the `Git` wrapper does that for every command).
 */
function authEnvForToken(auth) {
    if (!auth.token || /[\r\n]/.test(auth.token)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('config', 'The git token is empty or contains a line break', {
            hint: 'Pass the token itself (no "Bearer " prefix, no newline).',
        });
    }
    const username = auth.username ?? 'x-access-token';
    if (/[:\r\n]/.test(username))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('config', `Invalid git user name for token auth: ${username}`);
    const basic = Buffer.from(`${username}:${auth.token}`).toString('base64');
    const entries = [];
    for (const prefix of new Set([auth.serverUrl, ...(auth.extraUrls ?? [])].map(serverPrefix))) {
        const key = `http.${prefix}.extraheader`;
        entries.push([key, ''], [key, `AUTHORIZATION: basic ${basic}`]);
        if (auth.caFile)
            entries.push([`http.${prefix}.sslCAInfo`, auth.caFile]);
    }
    return configEntriesToEnv(entries);
}
/** `https://github.com/` from any form of the server URL; refuses URLs that carry credentials. */
function serverPrefix(serverUrl) {
    const url = (0,_util_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .checkHttpUrl */ .Om)(serverUrl, 'the server URL for git auth');
    if (typeof url === 'string') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('config', url, url.endsWith('credentials') ? { hint: 'Give the token separately; it is never put in a URL.' } : {});
    }
    const pathPart = url.pathname.replace(/\/+$/, '');
    return `${url.protocol}//${url.host}${pathPart}/`;
}
function configEntriesToEnv(entries) {
    const env = { GIT_CONFIG_COUNT: String(entries.length) };
    entries.forEach(([key, value], i) => {
        env[`GIT_CONFIG_KEY_${i}`] = key;
        env[`GIT_CONFIG_VALUE_${i}`] = value;
    });
    return env;
}
/** The config entries held in an environment's GIT_CONFIG_COUNT form (entries with a missing key are skipped). */
function configEntriesFromEnv(env) {
    const count = Number.parseInt(env.GIT_CONFIG_COUNT ?? '0', 10);
    if (!Number.isInteger(count) || count <= 0)
        return [];
    const out = [];
    for (let i = 0; i < count; i++) {
        const key = env[`GIT_CONFIG_KEY_${i}`];
        if (key === undefined || key === '')
            continue;
        out.push([key, env[`GIT_CONFIG_VALUE_${i}`] ?? '']);
    }
    return out;
}
/**
 * `base` with `extra`'s config entries appended after base's own (renumbered), so an existing
 * GIT_CONFIG_COUNT in the runner's environment keeps working. Other keys of `extra` are copied as they are.
 */
function mergeGitConfigEnv(base, extra) {
    const out = { ...base };
    if (!extra)
        return out;
    for (const [k, v] of Object.entries(extra)) {
        if (!/^GIT_CONFIG_(COUNT|KEY_\d+|VALUE_\d+)$/.test(k))
            out[k] = v;
    }
    const extraEntries = configEntriesFromEnv(extra);
    if (extraEntries.length === 0)
        return out;
    const baseEntries = configEntriesFromEnv(base);
    for (const k of Object.keys(out))
        if (/^GIT_CONFIG_(COUNT|KEY_\d+|VALUE_\d+)$/.test(k))
            delete out[k];
    return { ...out, ...configEntriesToEnv([...baseEntries, ...extraEntries]) };
}
/** Every secret an auth env carries (header values, decoded Basic passwords), for the redactor. */
function secretsOfAuthEnv(env) {
    if (!env)
        return [];
    const secrets = [];
    for (const [key, value] of configEntriesFromEnv(env)) {
        if (!/extraheader$/i.test(key) || !value)
            continue;
        secrets.push(value);
        const m = /^\s*authorization:\s*(basic|bearer|token)\s+(\S+)/i.exec(value);
        if (!m?.[2])
            continue;
        secrets.push(m[2]);
        if (m[1]?.toLowerCase() === 'basic') {
            const decoded = Buffer.from(m[2], 'base64').toString('utf8');
            const i = decoded.indexOf(':');
            if (i >= 0 && decoded.length > i + 1)
                secrets.push(decoded.slice(i + 1));
        }
    }
    return secrets;
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

/***/ 9927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ profilePassed)
/* harmony export */ });
function profilePassed(result) {
    return result.summary.kind === 'all-pass' && !result.timedOut && result.exitCode === 0;
}


/***/ }),

/***/ 37895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ shellArgv),
/* harmony export */   GI: () => (/* binding */ BoundedBuffer),
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   ht: () => (/* binding */ processStarts)
/* harmony export */ });
/* unused harmony export procScans */
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
/** Full scans of /proc made so far (tests and benches read it: one per finished child, issue 13). */
const procScans = { count: 0 };
/** Every process on the machine from /proc (Linux); undefined where /proc is not available. */
function readProcTable() {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc');
        procScans.count += 1;
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
    /** One scan of /proc: the members running now (undefined without /proc). */
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
    /** `members`: a scan made just now (in the same tick) to act on instead of scanning again */
    signal(sig, members = this.members()) {
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
    alive(members = this.members()) {
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
/**
 * Processes started so far by this module: whoever caches what a process reported (git.ts caches refs)
 * can tell whether anything else ran since, e.g. an engine round that may have committed.
 */
const processStarts = { count: 0 };
function spawnSupervised(file, args, options) {
    const started = Date.now();
    if (options.signal?.aborted)
        return Promise.resolve(startFailure(started, '', true));
    let child;
    processStarts.count += 1;
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
    return new Promise((resolve) => new Supervision(child, started, options, resolve).watch());
}
/**
 * One child between its spawn and the call's answer: its output kept, its timeout and abort, and its
 * process tree stopped (SIGTERM, then SIGKILL after the grace period) and swept before the answer.
 */
class Supervision {
    child;
    started;
    options;
    resolve;
    buffer;
    tree;
    timers = new Set();
    timedOut = false;
    aborted = false;
    settled = false;
    stopping = false;
    deadlineSet = false;
    exited;
    closed;
    poll;
    onAbort = () => {
        this.aborted = true;
        this.stop();
    };
    constructor(child, started, options, resolve) {
        this.child = child;
        this.started = started;
        this.options = options;
        this.resolve = resolve;
        this.buffer = new BoundedBuffer(options.keepBytes ?? 64 * 1024);
        this.tree = child.pid === undefined ? undefined : new ProcessTree(child.pid);
    }
    watch() {
        const { child, options } = this;
        if (options.timeoutMs !== undefined) {
            this.later(options.timeoutMs, () => {
                this.timedOut = true;
                this.stop();
            });
        }
        options.signal?.addEventListener('abort', this.onAbort, { once: true });
        const onData = (chunk) => {
            this.buffer.write(chunk);
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
                this.finish(`${err.code ?? 'error'}: ${err.message}`);
        });
        child.on('exit', (code, signal) => {
            this.exited = { code, signal };
            // a background grandchild holding stdout would keep 'close' away forever: give it drainMs
            this.later(options.drainMs ?? 200, () => {
                if (this.closed)
                    return;
                if (this.tree?.alive())
                    this.stop();
                else
                    this.closeDeadline(); // only unread data left in the pipes: 'close' is coming
            });
        });
        child.on('close', (code, signal) => {
            if (this.closed)
                return;
            this.closed = { code, signal };
            this.reap();
        });
    }
    later(ms, fn) {
        const t = setTimeout(() => {
            this.timers.delete(t);
            fn();
        }, ms);
        this.timers.add(t);
    }
    /** `scanned`: the members a scan of this very tick found (none: the sweep needs no second scan) */
    finish(spawnError, scanned) {
        if (this.settled)
            return;
        this.settled = true;
        for (const t of this.timers)
            clearTimeout(t);
        if (this.poll)
            clearInterval(this.poll);
        this.options.signal?.removeEventListener('abort', this.onAbort);
        this.tree?.signal('SIGKILL', scanned); // last sweep: nothing the child started outlives the call
        const end = this.closed ?? this.exited;
        this.resolve({
            exitCode: end?.code ?? null,
            signal: end?.signal ?? null,
            timedOut: this.timedOut,
            aborted: this.aborted,
            durationMs: Date.now() - this.started,
            output: this.buffer.toString(),
            totalBytes: this.buffer.total,
            spawnError,
        });
    }
    // the tree is dead or killed, yet the pipes are open: something outside the tree (a daemon that left
    // the session after its parent died) holds them. Give them time to deliver, then stop waiting.
    closeDeadline() {
        if (this.deadlineSet)
            return;
        this.deadlineSet = true;
        this.later(this.options.closeWaitMs ?? CLOSE_WAIT_MS, () => {
            this.child.stdout?.destroy();
            this.child.stderr?.destroy();
            this.closed ??= this.exited;
            this.finish();
        });
    }
    /** SIGTERM now, SIGKILL after the grace period */
    stop(scanned) {
        const tree = this.tree;
        if (this.stopping || !tree)
            return;
        this.stopping = true;
        tree.signal('SIGTERM', scanned);
        this.later(this.options.killGraceMs ?? 2000, () => {
            tree.signal('SIGKILL');
            this.closeDeadline();
        });
    }
    // the pipes are closed: wait (bounded by stop's timers) until no member of the tree is left.
    // One scan per look: what it found is what the kill acts on (a child that left nothing costs one scan).
    reap() {
        const tree = this.tree;
        if (!tree)
            return this.finish();
        const scanned = tree.members();
        if (!tree.alive(scanned))
            return this.finish(undefined, scanned);
        this.stop(scanned);
        this.poll ??= setInterval(() => {
            const now = tree.members();
            if (!tree.alive(now))
                this.finish(undefined, now);
        }, 50);
    }
}


/***/ }),

/***/ 29906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ streamLogger),
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
const silentLogger = {
    debug() { },
    info() { },
    warn() { },
    error() { },
    group: () => () => { },
};
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
