export const id = 928;
export const ids = [928];
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


/***/ }),

/***/ 49997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yo: () => (/* binding */ detach),
/* harmony export */   aJ: () => (/* binding */ stripAnsi),
/* harmony export */   fz: () => (/* binding */ WholeLineSplitter),
/* harmony export */   g3: () => (/* binding */ LineSplitter),
/* harmony export */   kU: () => (/* binding */ stripControl),
/* harmony export */   oY: () => (/* binding */ indentAt),
/* harmony export */   te: () => (/* binding */ NextMatch)
/* harmony export */ });
/* unused harmony exports MAX_LINE, cleanLine, TailWindow */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Text primitives shared by the failure summaries and the engines: terminal control sequences,
 * line cleaning, and splitting a stream of chunks into lines with bounded memory.
 */


/** Longest line handed to a parser; the rest of an over-long line (minified code, base64 dumps) is dropped. */
const MAX_LINE = 4096;
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;
// after an ESC: CSI (colours, cursor moves), OSC (hyperlinks, titles) or a lone two-byte escape;
// tried only where an ESC is (a native search finds it). No sequence spans a newline.
const AFTER_ESC = /\[[0-9;?<=>!]*[ -/]*[@-~]|\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|[@-Z\\-_]/y;
/**
 * Where the escape sequence that starts at the ESC at `esc` ends (the index after it), or -1 when there is
 * none. A CSI (`ESC [`, every colour code) is read char by char: parameters, then intermediates, then the
 * final byte, which is what AFTER_ESC's first branch matches (no parameter or intermediate is a final byte,
 * so reading each run to its end cannot miss a match); the rarer OSC and two-byte escapes go to the regex.
 */
function escapeEnd(text, esc) {
    let i = esc + 1;
    if (text.charCodeAt(i) === 91) {
        let c = text.charCodeAt(++i);
        while ((c >= 48 && c <= 57) || c === 59 || (c >= 60 && c <= 63) || c === 33)
            c = text.charCodeAt(++i);
        while (c >= 32 && c <= 47)
            c = text.charCodeAt(++i);
        return c >= 64 && c <= 126 ? i + 1 : -1;
    }
    AFTER_ESC.lastIndex = i;
    return AFTER_ESC.test(text) ? AFTER_ESC.lastIndex : -1;
}
/**
 * Removes colour codes and other terminal control sequences: what replacing `\x1b` + AFTER_ESC globally does, at
 * about 2.3× its speed on a coloured log (a sequence is looked at only at each ESC, the text between is copied whole).
 */
function stripAnsi(text) {
    let esc = text.indexOf('\x1b');
    if (esc < 0)
        return text;
    let out = '';
    let kept = 0;
    while (esc >= 0) {
        const end = escapeEnd(text, esc);
        if (end >= 0) {
            out += text.slice(kept, esc);
            kept = end;
            esc = text.indexOf('\x1b', kept);
        }
        else {
            esc = text.indexOf('\x1b', esc + 1);
        }
    }
    return out + text.slice(kept);
}
const TIMESTAMP = /^\d{4}-\d\d-\d\dT[\d:.]+Z (?:[0-9a-f]{2}[OE]\+? ?)?/;
// TIMESTAMP tried at a line's start inside a block
const TIMESTAMP_AT = new RegExp(TIMESTAMP.source.slice(1), 'y');
/**
 * Whether a line of the block (or the text after a carriage return in it) starts with a CI timestamp. Only
 * the lines that hold `Z ` are looked at, each once (the search goes on from the line's end), so a block
 * costs a native search, not a regex per position.
 */
function hasTimestampLine(block, carriage) {
    for (let at = block.indexOf('Z '); at >= 0; at = block.indexOf('Z ', at)) {
        let start = block.lastIndexOf('\n', at) + 1;
        if (carriage) {
            for (let i = at - 1; i >= start; i -= 1) {
                if (block.charCodeAt(i) === 13) {
                    start = i + 1;
                    break;
                }
            }
        }
        if (at - start >= 19 && block.charCodeAt(start + 4) === 45 && block.charCodeAt(start + 10) === 84) {
            TIMESTAMP_AT.lastIndex = start;
            if (TIMESTAMP_AT.test(block))
                return true;
        }
        at = block.indexOf('\n', at);
        if (at < 0)
            return false;
    }
    return false;
}
/**
 * Turns one raw log line into what a reader of the terminal saw: no colour codes, only the text
 * after the last carriage return (progress bars), no CI timestamp prefix, no control characters.
 */
function cleanLine(raw) {
    let line = raw;
    if (line.length > MAX_LINE)
        line = line.slice(0, MAX_LINE);
    line = stripAnsi(line);
    return finishLine(line, line.includes('\r'), true);
}
/** The per-line part of cleaning, once colour codes are gone: carriage returns and timestamps. */
function finishLine(text, carriage, timestamps) {
    // most lines of most blocks: nothing to do (no call to anything)
    if (!carriage && !timestamps && text.length <= MAX_LINE)
        return text;
    let line = text;
    if (carriage) {
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        const cr = line.lastIndexOf('\r');
        if (cr >= 0)
            line = line.slice(cr + 1);
    }
    // GitHub Actions log downloads prefix each line with an ISO timestamp; GitLab job logs with
    // timestamps add a stream marker after it (`00O `, `01E+ `)
    if (timestamps && line.length > 20 && line.charCodeAt(4) === 45 && line.charCodeAt(10) === 84) {
        const m = TIMESTAMP.exec(line);
        if (m)
            line = line.slice(m[0].length);
    }
    if (line.length > MAX_LINE)
        line = line.slice(0, MAX_LINE);
    return line;
}
/** Removes control characters (other than tab and newline) from text that is kept for the summary. */
function stripControl(text) {
    return text.replace(CONTROL, '');
}
/** A copy that does not keep the (possibly megabytes long) chunk it was sliced from alive. */
function detach(text) {
    return text.length < 16 ? text : (' ' + text).slice(1);
}
// a byte that is not ASCII, in a latin1 view of the bytes (one char per byte)
const NON_ASCII = /[\x80-\xff]/;
const NEXT_NON_ASCII = /[\x80-\xff]/g;
/**
 * The line of the next place in a block where a needle occurs, found by one native search and
 * reused until the reader passes it, so finding the lines that hold X costs a search per line that
 * does, not a test per line. The needle (a string, or a regex with the g flag) must not match across
 * a newline.
 */
class NextMatch {
    needle;
    seq = -1;
    at = Infinity;
    line = Infinity;
    constructor(needle) {
        this.needle = needle;
    }
    /** The start of the first line at or after `from` (a line start) that holds the needle; Infinity if none. */
    lineFrom(block, from) {
        if (block.seq !== this.seq || this.at < from) {
            this.seq = block.seq;
            this.at = find(this.needle, block.text, from);
            this.line = this.at === Infinity ? Infinity : block.text.lastIndexOf('\n', this.at) + 1;
        }
        return this.line;
    }
}
function find(needle, text, from) {
    if (typeof needle === 'string') {
        const at = text.indexOf(needle, from);
        return at < 0 ? Infinity : at;
    }
    needle.lastIndex = from;
    return needle.exec(text)?.index ?? Infinity;
}
/** Where the text of a line starts after its indentation (spaces and tabs), in a block of lines. */
function indentAt(text, from) {
    let i = from;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 9)
            break;
        i += 1;
    }
    return i;
}
/**
 * Splits a stream of chunks into cleaned lines (see cleanLine) with bounded memory. The work is done
 * per block of complete lines, not per line: colour codes are stripped from the whole block in one
 * pass, and carriage returns and timestamps are looked at only in blocks that hold any. A line longer
 * than MAX_LINE is cut and the rest of it skipped, so a log without newlines cannot grow the buffer.
 *
 * Bytes (a file or a child's output) are split before they are decoded: a block of lines is viewed
 * as latin1 (one char per byte, no decoding work), and only the lines that hold a non-ASCII byte are
 * decoded as UTF-8; colour codes are stripped from each block that holds an escape. With a `skip`,
 * the plain lines it says change nothing are not made into strings at all. A chunk is not kept after
 * write returns (the caller may reuse its buffer); the partial last line is copied.
 */
class LineSplitter {
    onLine;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
    pending = '';
    carry;
    skipping = false;
    skip;
    tail;
    block = { text: '', seq: 0 };
    constructor(onLine, options = {}) {
        this.onLine = onLine;
        this.skip = options.skip;
        this.tail = new StreamTail(options.tail ?? 0);
    }
    /** The stream's last lines (SplitOptions.tail of them), cleaned as the ones handed on are. */
    lastLines() {
        return this.tail.lines();
    }
    write(chunk) {
        if (typeof chunk !== 'string') {
            this.writeBytes(chunk);
            return;
        }
        if (this.carry) {
            this.pending = this.carry.toString('utf8');
            this.carry = undefined;
        }
        const text = chunk;
        if (text.length === 0)
            return;
        const last = text.lastIndexOf('\n');
        if (last < 0) {
            this.hold(text);
            return;
        }
        const block = text.slice(0, last);
        if (this.skipping) {
            // the rest of an over-long line: drop it up to its end
            const nl = block.indexOf('\n');
            this.skipping = false;
            if (nl >= 0)
                this.onBlock(block.slice(nl + 1));
        }
        else {
            this.onBlock(this.pending + block);
        }
        this.pending = '';
        this.hold(text.slice(last + 1));
    }
    end() {
        let rest = this.pending + this.decoder.end();
        if (this.carry)
            rest += this.carry.toString('utf8');
        this.pending = '';
        this.carry = undefined;
        if (rest && !this.skipping)
            this.onBlock(rest);
        this.skipping = false;
    }
    writeBytes(chunk) {
        if (chunk.length === 0)
            return;
        let from = 0;
        if (this.skipping) {
            const nl = chunk.indexOf(10);
            if (nl < 0)
                return;
            this.skipping = false;
            from = nl + 1;
        }
        else if (this.carry || this.pending) {
            // the line begun in the last chunk: joined with its end (a copy of a line, not of the chunk)
            const nl = chunk.indexOf(10);
            const head = nl < 0 ? chunk : chunk.subarray(0, nl);
            const carry = this.carry ?? Buffer.from(this.pending, 'utf8');
            this.pending = '';
            this.carry = undefined;
            if (nl < 0) {
                this.holdBytes(Buffer.concat([carry, head]), 0, true);
                return;
            }
            const line = Buffer.concat([carry, head]);
            if (line.length > MAX_LINE * 2)
                this.onBytes(line, 0, MAX_LINE * 2);
            else
                this.onBytes(line, 0, line.length);
            from = nl + 1;
        }
        const last = chunk.lastIndexOf(10);
        if (last < from) {
            this.holdBytes(chunk, from, false);
            return;
        }
        this.onBytes(chunk, from, last);
        this.holdBytes(chunk, last + 1, false);
    }
    /** Keeps the start of an unfinished line (a copy), or emits an over-long one cut and skips its rest. */
    holdBytes(bytes, from, owned) {
        const size = bytes.length - from;
        if (size === 0)
            return;
        if (size > MAX_LINE * 2) {
            this.onBytes(bytes, from, from + MAX_LINE * 2);
            this.skipping = true;
            return;
        }
        this.carry = owned && from === 0 ? bytes : Buffer.from(bytes.subarray(from));
    }
    /**
     * Cleans and emits the complete lines in bytes[start, end) (newline-separated, no newline at the end).
     * Colour codes are stripped from the whole block at once (no sequence spans a newline), so the lines
     * a `skip` is asked about are what a reader saw even in a coloured log.
     */
    onBytes(bytes, start, end) {
        const raw = bytes.toString('latin1', start, end);
        const view = stripAnsi(raw);
        // a stripped sequence shifts offsets: a line's UTF-8 is then decoded from its latin1 text, not from the bytes
        const shifted = view.length !== raw.length;
        const carriage = view.includes('\r');
        const timestamps = hasTimestampLine(view, carriage);
        this.tail.see(view, true, carriage, timestamps);
        const block = this.block;
        block.text = view;
        block.seq += 1;
        // lines are skipped only where they are what a reader saw
        const skip = timestamps ? undefined : this.skip;
        // the next carriage return at or after the line's start, found lazily
        let cr = carriage ? -1 : Infinity;
        let crLine = Infinity;
        // the next non-ASCII byte at or after the line's start, found lazily (one search per line that has one);
        // none at all in a block of plain ASCII, which a native check over its bytes says at once
        let high = (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(bytes.subarray(start, end)) ? Infinity : -1;
        let from = 0;
        for (;;) {
            if (skip) {
                if (cr < from) {
                    cr = view.indexOf('\r', from);
                    if (cr < 0)
                        cr = Infinity;
                    crLine = cr === Infinity ? Infinity : view.lastIndexOf('\n', cr) + 1;
                }
                if (crLine > from) {
                    const next = Math.min(skip(block, from), crLine);
                    if (next > from) {
                        if (next > view.length)
                            return;
                        from = next;
                        continue;
                    }
                }
            }
            let nl = view.indexOf('\n', from);
            if (nl < 0)
                nl = view.length;
            // a line with a non-ASCII byte is decoded (the test looks at this line only, not at the lines skipped)
            let line = view.slice(from, nl);
            if (high < from) {
                NEXT_NON_ASCII.lastIndex = from;
                high = NEXT_NON_ASCII.exec(view)?.index ?? Infinity;
            }
            if (high < nl)
                line = shifted ? Buffer.from(line, 'latin1').toString('utf8') : bytes.toString('utf8', start + from, start + nl);
            this.onLine(finishLine(line, carriage, timestamps));
            if (nl >= view.length)
                return;
            from = nl + 1;
        }
    }
    hold(text) {
        if (this.skipping || text.length === 0)
            return;
        const joined = this.pending + text;
        if (joined.length > MAX_LINE * 2) {
            // keep enough for colour codes to be stripped; the line is cut to MAX_LINE when cleaned
            this.onBlock(joined.slice(0, MAX_LINE * 2));
            this.pending = '';
            this.skipping = true;
        }
        else {
            this.pending = detach(joined);
        }
    }
    /** Cleans and emits the complete lines of a block. */
    onBlock(raw) {
        const block = stripAnsi(raw);
        const carriage = block.includes('\r');
        const timestamps = hasTimestampLine(block, carriage);
        this.tail.see(block, false, carriage, timestamps);
        let start = 0;
        for (;;) {
            const nl = block.indexOf('\n', start);
            const end = nl < 0 ? block.length : nl;
            const line = block.slice(start, end);
            this.onLine(finishLine(line, carriage, timestamps));
            if (nl < 0)
                return;
            start = nl + 1;
        }
    }
}
/** The cleaned form of a line of a block: UTF-8 decoded from a latin1 view, carriage returns and timestamps gone, cut. */
function cleanBlockLine(line, latin1, carriage, timestamps) {
    const text = latin1 && NON_ASCII.test(line) ? Buffer.from(line, 'latin1').toString('utf8') : line;
    return finishLine(text, carriage, timestamps);
}
/**
 * The last `n` lines of a stream of blocks, kept as references to the last blocks (no copy, no per-line
 * work) and cleaned only when asked: the lines a skip passed over are there as well as the ones handed on.
 * At most `n` blocks are held (each holds a line at least), and only while the newest holds fewer than `n`.
 */
class StreamTail {
    n;
    blocks = [];
    constructor(n) {
        this.n = n;
    }
    see(text, latin1, carriage, timestamps) {
        if (this.n === 0)
            return;
        const block = { text, latin1, carriage, timestamps };
        if (lastLinesStart(text, this.n) > 0) {
            this.blocks = [block];
            return;
        }
        this.blocks.push(block);
        if (this.blocks.length > this.n)
            this.blocks.shift();
    }
    lines() {
        const out = [];
        for (let b = this.blocks.length - 1; b >= 0 && out.length < this.n; b -= 1) {
            const block = this.blocks[b];
            const want = this.n - out.length;
            const lines = block.text.slice(Math.min(lastLinesStart(block.text, want), block.text.length)).split('\n').slice(-want);
            out.unshift(...lines.map((l) => cleanBlockLine(l, block.latin1, block.carriage, block.timestamps)));
        }
        return out;
    }
}
/** Where the last `n` lines of a block start (0 when it holds no more than n, Infinity for none). */
function lastLinesStart(text, n) {
    if (n === 0)
        return Infinity;
    // forward searches from far enough back (a backward search is several times slower)
    for (let span = 64 * n;; span *= 4) {
        const start = Math.max(0, text.length - span);
        const ends = [];
        for (let at = text.indexOf('\n', start); at >= 0; at = text.indexOf('\n', at + 1))
            ends.push(at);
        if (ends.length >= n)
            return (ends[ends.length - n] ?? -1) + 1;
        if (start === 0)
            return 0;
    }
}
/** Keeps the last `max` characters of a stream, amortised so tiny chunks do not copy the window each time. */
class TailWindow {
    max;
    parts = [];
    size = 0;
    constructor(max = 16_384) {
        this.max = max;
    }
    push(text) {
        this.parts.push(text);
        this.size += text.length;
        if (this.size > this.max * 2)
            this.compact();
    }
    text() {
        this.compact();
        return this.parts[0] ?? '';
    }
    compact() {
        const joined = this.parts.join('');
        const kept = joined.length > this.max ? detach(joined.slice(joined.length - this.max)) : joined;
        this.parts = [kept];
        this.size = kept.length;
    }
}
/**
 * Splits a byte stream of records (an agent CLI's JSON lines) into whole lines: nothing is cleaned or
 * cut, blank lines are skipped, and a line longer than `maxLine` is dropped (memory stays flat). Log
 * text for people goes through LineSplitter instead, which cleans and cuts each line.
 */
class WholeLineSplitter {
    onLine;
    maxLine;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
    pending = '';
    overflow = false;
    constructor(onLine, maxLine = 8 * 1024 * 1024) {
        this.onLine = onLine;
        this.maxLine = maxLine;
    }
    write(chunk) {
        this.take(this.decoder.write(chunk));
    }
    end() {
        this.take(this.decoder.end());
        if (!this.overflow && this.pending.trim() !== '')
            this.onLine(this.pending);
        this.pending = '';
    }
    take(text) {
        let rest = text;
        for (;;) {
            const newline = rest.indexOf('\n');
            if (newline < 0)
                break;
            const line = this.pending + rest.slice(0, newline);
            rest = rest.slice(newline + 1);
            if (!this.overflow && line.trim() !== '')
                this.onLine(line.replace(/\r$/, ''));
            this.pending = '';
            this.overflow = false;
        }
        if (this.overflow)
            return;
        this.pending += rest;
        if (this.pending.length > this.maxLine) {
            this.pending = '';
            this.overflow = true;
        }
    }
}


/***/ })

};
