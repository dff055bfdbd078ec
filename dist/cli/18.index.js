export const id = 18;
export const ids = [18];
export const modules = {

/***/ 6537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AE: () => (/* binding */ usageJson),
/* harmony export */   GG: () => (/* binding */ totalUsage),
/* harmony export */   T3: () => (/* binding */ commandUsage),
/* harmony export */   U0: () => (/* binding */ usageLine),
/* harmony export */   gi: () => (/* binding */ openAiUsage),
/* harmony export */   qX: () => (/* binding */ anthropicUsage),
/* harmony export */   vk: () => (/* binding */ addUsage)
/* harmony export */ });
/* unused harmony export roundCost */
/* harmony import */ var _util_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8956);
/**
 * What an engine round cost (PRODUCT.md §14), read from each CLI's structured output:
 * - droid `-o json` result: `usage {input_tokens, output_tokens, cache_read_input_tokens, cache_creation_input_tokens}`, `num_turns`;
 * - Claude Code `result` event: the same `usage` (Anthropic's), `total_cost_usd`, `num_turns`;
 * - Codex `turn.completed` events: `usage {input_tokens (cached ones included), cached_input_tokens, cache_write_input_tokens, output_tokens}`;
 * - the `command` engine: the JSON file named by `$DROID_USAGE_FILE`, if it writes one
 *   (`{"input_tokens": n, "output_tokens": n, "cost_usd": x, "turns": n}`, every field optional).
 *
 * `inputTokens` counts every input token, cache reads and writes included (OpenTelemetry's
 * `gen_ai.usage.input_tokens`); the cache counts say how many of them were cached.
 */

const MAX_COUNT = 1e12;
/** A non-negative finite number, else undefined: a hostile or broken report cannot poison the totals. */
function count(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_COUNT ? value : undefined;
}
/** Anthropic-style usage (droid, Claude Code): input_tokens excludes the cached part, so it is added back. */
function anthropicUsage(usage, extra) {
    if (!(0,_util_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(usage))
        return undefined;
    const input = count(usage.input_tokens);
    const output = count(usage.output_tokens);
    if (input === undefined && output === undefined)
        return undefined;
    const cacheRead = count(usage.cache_read_input_tokens) ?? 0;
    const cacheWrite = count(usage.cache_creation_input_tokens) ?? 0;
    return {
        inputTokens: (input ?? 0) + cacheRead + cacheWrite,
        outputTokens: output ?? 0,
        cacheReadTokens: cacheRead,
        cacheWriteTokens: cacheWrite,
        costUsd: count(extra.costUsd),
        turns: count(extra.turns),
        durationMs: extra.durationMs,
    };
}
/** OpenAI-style usage (Codex `turn.completed`): input_tokens already includes the cached tokens. */
function openAiUsage(usage, durationMs) {
    if (!(0,_util_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(usage))
        return undefined;
    const input = count(usage.input_tokens);
    const output = count(usage.output_tokens);
    if (input === undefined && output === undefined)
        return undefined;
    return {
        inputTokens: input ?? 0,
        outputTokens: output ?? 0,
        cacheReadTokens: count(usage.cached_input_tokens) ?? 0,
        cacheWriteTokens: count(usage.cache_write_input_tokens) ?? 0,
        durationMs,
    };
}
/** The `$DROID_USAGE_FILE` a command engine may write; undefined when absent, empty or not the documented JSON. */
function commandUsage(text, durationMs) {
    if (text === undefined || text.trim() === '' || text.length > 64 * 1024)
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!(0,_util_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value))
        return undefined;
    const input = count(value.input_tokens);
    const output = count(value.output_tokens);
    const cost = count(value.cost_usd);
    const turns = count(value.turns);
    if (input === undefined && output === undefined && cost === undefined && turns === undefined)
        return undefined;
    return {
        inputTokens: input ?? 0,
        outputTokens: output ?? 0,
        cacheReadTokens: count(value.cache_read_tokens) ?? 0,
        cacheWriteTokens: count(value.cache_write_tokens) ?? 0,
        costUsd: cost,
        turns,
        durationMs,
    };
}
/** Sums usage over turns or rounds; cost and turns stay undefined unless some part reported them. */
function addUsage(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    const opt = (x, y) => (x === undefined && y === undefined ? undefined : (x ?? 0) + (y ?? 0));
    return {
        inputTokens: a.inputTokens + b.inputTokens,
        outputTokens: a.outputTokens + b.outputTokens,
        cacheReadTokens: a.cacheReadTokens + b.cacheReadTokens,
        cacheWriteTokens: a.cacheWriteTokens + b.cacheWriteTokens,
        costUsd: opt(a.costUsd, b.costUsd),
        turns: opt(a.turns, b.turns),
        durationMs: a.durationMs + b.durationMs,
    };
}
function totalUsage(rounds) {
    const reported = rounds.filter((u) => u !== undefined);
    if (reported.length === 0)
        return undefined;
    let sum;
    for (const u of reported)
        sum = addUsage(sum, u);
    return sum ? { ...sum, rounds: reported.length } : undefined;
}
/** Cost rounded for display and outputs (sub-cent costs are common: 6 decimals). */
function roundCost(usd) {
    return Math.round(usd * 1e6) / 1e6;
}
/** One line for the progress comment, the job summary and the log: "3,307 tokens in (300 cached), 110 out · $0.0143 · 2 turns · 4 s". */
function usageLine(usage) {
    const n = (x) => Math.round(x).toLocaleString('en-US');
    const cached = usage.cacheReadTokens > 0 ? ` (${n(usage.cacheReadTokens)} cached)` : '';
    const parts = [`${n(usage.inputTokens)} tokens in${cached}, ${n(usage.outputTokens)} out`];
    if (usage.costUsd !== undefined)
        parts.push(`$${usage.costUsd.toFixed(usage.costUsd >= 1 ? 2 : 4)}`);
    if (usage.turns !== undefined)
        parts.push(`${n(usage.turns)} turn${usage.turns === 1 ? '' : 's'}`);
    parts.push(`${Math.round(usage.durationMs / 1000)} s`);
    return parts.join(' · ');
}
/** The `usage` output and the CLI's `--json` field (snake_case, like the rest of the JSON). */
function usageJson(usage) {
    if (!usage)
        return null;
    return {
        input_tokens: usage.inputTokens,
        output_tokens: usage.outputTokens,
        cache_read_tokens: usage.cacheReadTokens,
        cache_write_tokens: usage.cacheWriteTokens,
        cost_usd: usage.costUsd === undefined ? null : roundCost(usage.costUsd),
        turns: usage.turns ?? null,
        duration_ms: usage.durationMs,
        rounds: usage.rounds,
    };
}


/***/ }),

/***/ 52555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* reexport */ DEFAULT_IDENTITY),
  T: () => (/* binding */ Git)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/safe-fs.ts
var safe_fs = __webpack_require__(12267);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(37895);
;// CONCATENATED MODULE: ./src/git/answers.ts

/** a full object id: what it names never changes */
const FULL_OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** git commands (by their first word) that change no ref, no HEAD and no work tree file */
const READ_ONLY = new Set(['rev-parse', 'show', 'cat-file', 'ls-tree', 'ls-files', 'diff', 'log', 'rev-list', 'merge-base', 'check-ref-format', 'status', 'for-each-ref']);
function readOnly(args) {
    const [verb, ...rest] = args;
    if (verb === 'symbolic-ref')
        return rest.every((a) => a.startsWith('-')) || rest.filter((a) => !a.startsWith('-')).length === 1;
    if (verb === 'config')
        return rest.some((a) => a === '--get' || a === '--get-regexp' || a === '--list');
    return verb !== undefined && READ_ONLY.has(verb);
}
/**
 * Answers that repeat within a run without asking git again (issue 13: 47 git processes in a small
 * local run, 14 of them the same rev-parse). `fixed`: what a full object id names, and files at it,
 * never change. `refs`: HEAD, branches, the checked-out branch; valid only while no process at all has
 * started since the read-only git command that filled it (processStarts), so a commit, a checkout or
 * an engine round in between empties it.
 */
class GitAnswers {
    fixed = new Map();
    refs = new Map();
    refsStamp = -1;
    /** An answer about a full object id (`rev`), kept for good once read. */
    fixedAnswer(rev, key) {
        return FULL_OID.test(rev) && this.fixed.has(key) ? { value: this.fixed.get(key) } : undefined;
    }
    /** Keeps an answer about `rev` for good when rev is a full object id (and `keep` holds: a missing object may arrive with a fetch). */
    keepFixed(rev, key, value, keep = true) {
        if (!FULL_OID.test(rev) || !keep)
            return false;
        this.fixed.set(key, value);
        return true;
    }
    /** A ref answer kept by keepRef, while nothing has run since. */
    refAnswer(key) {
        if (this.refsStamp !== exec/* processStarts */.ht.count || !this.refs.has(key))
            return undefined;
        return { value: this.refs.get(key) };
    }
    /** Keeps a ref answer just read, when the read was the last process started (afterCommand sets the stamp). */
    keepRef(key, value) {
        if (this.refsStamp === exec/* processStarts */.ht.count)
            this.refs.set(key, value);
    }
    /** Called before a git command starts; its result goes to afterCommand. */
    beforeCommand() {
        return { startsBefore: exec/* processStarts */.ht.count, refsValid: this.refsStamp === exec/* processStarts */.ht.count };
    }
    /**
     * The ref answers stay valid (and this one may join them) only if this read-only command was the one
     * process started meanwhile; anything else (a write, an engine, a test, a concurrent call) empties them.
     */
    afterCommand(args, before) {
        if (readOnly(args) && exec/* processStarts */.ht.count === before.startsBefore + 1) {
            if (!before.refsValid)
                this.refs.clear();
            this.refsStamp = exec/* processStarts */.ht.count;
        }
        else {
            this.refs.clear();
            this.refsStamp = -1;
        }
    }
}

// EXTERNAL MODULE: ./src/git/auth.ts
var auth = __webpack_require__(5768);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/git/hardening.ts



/**
 * What every git command of the wrapper (git.ts) runs with (PRODUCT.md §10): the `-c` switches that keep
 * the work tree's hooks, pagers, editors, helpers and signing out; an environment with git's steering
 * variables removed and the droid's identity set; and the overrides that neutralise every content
 * driver some config names. Pure functions over their inputs, so the wrapper's one exec stays short.
 */
const STRIPPED_ENV = /^(GIT_TRACE.*|GIT_DIR|GIT_WORK_TREE|GIT_INDEX_FILE|GIT_OBJECT_DIRECTORY|GIT_ALTERNATE_OBJECT_DIRECTORIES|GIT_ASKPASS|SSH_ASKPASS|GIT_EXEC_PATH|GIT_NAMESPACE|GIT_CEILING_DIRECTORIES|GIT_SSH|GIT_SSH_COMMAND|GIT_EDITOR|GIT_SEQUENCE_EDITOR|GIT_PAGER|PAGER|GIT_EXTERNAL_DIFF|GIT_DIFF_OPTS|GIT_ATTR_SOURCE|GIT_CONFIG|GIT_CONFIG_PARAMETERS|GIT_PROXY_COMMAND|GIT_ALLOW_PROTOCOL)$/;
/** `filter.<x>.clean` … `merge.<x>.driver`: the config keys that name a command git runs on content */
const DRIVER_KEY = /^(filter|diff|merge)\.(.+)\.([a-z]+)$/;
/**
 * Git LFS's own filter, as `git lfs install` writes it: left to run, so a repository that tracks files with
 * LFS gets pointers committed, not the files. Only these exact commands (no shell words of anyone's
 * choosing) and only when every key of `filter.lfs` is one of them; anything else under that name is
 * neutralised like any other driver.
 */
const LFS_FILTER = {
    'filter.lfs.clean': 'git-lfs clean -- %f',
    'filter.lfs.smudge': 'git-lfs smudge -- %f',
    'filter.lfs.process': 'git-lfs filter-process',
    'filter.lfs.required': 'true',
};
/**
 * From `git config --list --show-origin --null`: config entries that switch off every filter, diff and
 * merge driver named there (Git LFS's standard filter excepted), and the files the entries came from.
 */
function driverOverridesFrom(stdout, cwd) {
    const entries = new Map();
    const files = new Set();
    const parts = stdout.split('\0');
    let lfsStandard = true;
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const origin = parts[i] ?? '';
        // with --null, each entry is `origin NUL key LF value NUL`
        const entry = parts[i + 1] ?? '';
        const newline = entry.indexOf('\n');
        const key = newline === -1 ? entry : entry.slice(0, newline);
        const value = newline === -1 ? undefined : entry.slice(newline + 1);
        if (origin.startsWith('file:'))
            files.add(external_node_path_default().resolve(cwd, origin.slice('file:'.length)));
        if (key.startsWith('filter.lfs.') && LFS_FILTER[key] !== value)
            lfsStandard = false;
        const m = DRIVER_KEY.exec(key);
        if (!m)
            continue;
        const [, section, name] = m;
        if (section === 'filter') {
            for (const k of ['clean', 'smudge', 'process'])
                entries.set(`filter.${name}.${k}`, '');
            entries.set(`filter.${name}.required`, 'false');
        }
        else if (section === 'diff') {
            // diff commands pass --no-textconv/--no-ext-diff; `cat` is the identity should one not
            entries.set(`diff.${name}.textconv`, 'cat');
            entries.set(`diff.${name}.command`, 'false');
        }
        else {
            entries.set(`merge.${name}.driver`, '');
        }
    }
    if (lfsStandard)
        for (const key of ['clean', 'smudge', 'process', 'required'])
            entries.delete(`filter.lfs.${key}`);
    return { entries: [...entries], files: [...files] };
}
/** Identity (inode, size, mtime, ctime) of every config file git may read, present or not. */
async function configFilesSignature(env, commonDir, extra) {
    const home = env.HOME ?? '';
    const files = [
        env.GIT_CONFIG_GLOBAL ?? external_node_path_default().join(home, '.gitconfig'),
        external_node_path_default().join(env.XDG_CONFIG_HOME ?? external_node_path_default().join(home, '.config'), 'git', 'config'),
        env.GIT_CONFIG_SYSTEM ?? '/etc/gitconfig',
        ...(commonDir ? [external_node_path_default().join(commonDir, 'config'), external_node_path_default().join(commonDir, 'config.worktree')] : []),
        ...extra,
    ];
    const ids = await Promise.all(files.map((f) => (0,promises_.stat)(f, { bigint: true }).then((s) => `${f}|${s.ino}|${s.size}|${s.mtimeNs}|${s.ctimeNs}`, () => `${f}|-`)));
    return ids.join('\n');
}
/** The `-c` switches of every command; `remote` adds what a fetch or push needs. */
function hardenedConfigArgs(remote, signCommits) {
    const c = [
        'core.hooksPath=/dev/null',
        'core.fsmonitor=false',
        'core.attributesFile=/dev/null',
        'core.pager=cat',
        'core.editor=true',
        'sequence.editor=true',
        'credential.helper=',
        'core.askPass=',
        'submodule.recurse=false',
        'diff.submodule=short',
        `commit.gpgsign=${signCommits ? 'true' : 'false'}`,
        'tag.gpgsign=false',
        'core.quotepath=false',
        'advice.detachedHead=false',
        'rebase.autoSquash=false',
        'rebase.updateRefs=false',
        'pull.rebase=false',
        'protocol.ext.allow=never',
    ];
    if (remote)
        c.push('protocol.file.allow=user');
    return c.flatMap((kv) => ['-c', kv]);
}
/** The process environment without git's steering variables, with the droid's identity and no prompts. */
function hardenedEnv(env, identity) {
    const base = {};
    for (const [k, v] of Object.entries(env))
        if (!STRIPPED_ENV.test(k))
            base[k] = v;
    return {
        ...base,
        LC_ALL: 'C',
        LANGUAGE: 'C',
        GIT_TERMINAL_PROMPT: '0',
        GCM_INTERACTIVE: 'never',
        GIT_LITERAL_PATHSPECS: '1',
        GIT_AUTHOR_NAME: identity.name,
        GIT_AUTHOR_EMAIL: identity.email,
        GIT_COMMITTER_NAME: identity.name,
        GIT_COMMITTER_EMAIL: identity.email,
        GIT_EDITOR: 'true',
        GIT_SEQUENCE_EDITOR: 'true',
        GIT_PAGER: 'cat',
        GIT_ATTR_NOSYSTEM: '1',
    };
}
/** What git prints when the server did not take the credentials. A status is read only where git names one (never from a URL's port). */
const AUTH_TROUBLE = /could not read (Username|Password)|Authentication failed|terminal prompts disabled|returned error: 40[13]\b|HTTP 40[13]\b/i;
/** The server took the credentials and refused the access (HTTP 403), as git and the forges word it. */
const ACCESS_DENIED = /returned error: 403\b|HTTP 403\b|\b403 Forbidden\b|Permission to \S+ denied/i;
/** A failed git command as a DroidError: authentication and access problems say what to fix. `stderr` is already redacted. */
function gitFailure(args, redactedStderr, exitCode, remote, target) {
    const verb = args[0] ?? 'git';
    const stderr = redactedStderr.split('\n').slice(-20).join('\n');
    if (remote && AUTH_TROUBLE.test(stderr)) {
        const where = target ?? args.find((a, i) => i > 0 && args[i - 1] === '--') ?? 'the remote';
        const denied = ACCESS_DENIED.test(stderr);
        return new errors/* DroidError */.TF('platform', `git ${verb} to ${where}: ${denied ? 'access denied (403)' : 'authentication failed (401)'}\n${stderr}`, {
            hint: denied
                ? 'The token was accepted but may not push: it needs contents: write (GitHub) or write_repository (GitLab).'
                : 'The token was refused: check that it is set, not expired, and for this server.',
        });
    }
    return new errors/* DroidError */.TF(remote ? 'platform' : 'work', `git ${verb} failed (exit ${exitCode}): ${stderr || '(no output)'}`);
}
/** `git config --null --get-regexp` output -> [key, value] pairs (a key without a value gets ""). */
function parseNullConfig(stdout) {
    return stdout
        .split('\0')
        .filter(Boolean)
        .map((entry) => {
        const i = entry.indexOf('\n');
        return i < 0 ? [entry, ''] : [entry.slice(0, i), entry.slice(i + 1)];
    });
}

;// CONCATENATED MODULE: ./src/git/runner.ts





const STDERR_KEEP = 64 * 1024;
/**
 * The one place a git command is started (Git's methods all come here): argv through runProcess, never a
 * shell; the hardened config and environment (hardening.ts) with every content driver some config names
 * switched off; stdout capped, stderr's tail kept and redacted in the error it throws.
 */
class GitRunner {
    cwd;
    options;
    identity;
    logger;
    redactor;
    answers;
    driverCache;
    commonDir;
    constructor(cwd, options, identity, logger, redactor, answers) {
        this.cwd = cwd;
        this.options = options;
        this.identity = identity;
        this.logger = logger;
        this.redactor = redactor;
        this.answers = answers;
    }
    async exec(args, options = {}) {
        for (const secret of (0,auth/* secretsOfAuthEnv */.Yv)(options.authEnv))
            this.redactor.add(secret);
        const argv = [...this.configArgs(options.remote === true), ...args];
        const drivers = options.noDriverLookup ? [] : await this.driverOverrides();
        if (!options.noDriverLookup)
            this.logger.debug(`git ${this.redactor.redact(args.join(' '))}`);
        const stdout = [];
        let stdoutBytes = 0;
        let stderr = Buffer.alloc(0);
        const before = this.answers.beforeCommand();
        const result = await (0,exec/* runProcess */.R3)(this.options.gitBinary ?? 'git', argv, {
            cwd: this.cwd,
            env: this.env(options, drivers),
            timeoutMs: this.options.timeoutMs ?? 10 * 60_000,
            keepBytes: 4096,
            onStdout: (c) => {
                stdoutBytes += c.length;
                if (options.maxStdoutBytes === undefined || stdoutBytes <= options.maxStdoutBytes)
                    stdout.push(c);
            },
            onStderr: (c) => {
                stderr = Buffer.concat([stderr, c]);
                if (stderr.length > STDERR_KEEP)
                    stderr = stderr.subarray(stderr.length - STDERR_KEEP);
            },
        });
        this.answers.afterCommand(args, before);
        const bytes = Buffer.concat(stdout);
        const out = {
            exitCode: result.exitCode ?? (result.timedOut ? 124 : 128),
            stdout: bytes.toString('utf8'),
            bytes,
            stderr: stderr.toString('utf8'),
        };
        if (result.spawnError) {
            throw new errors/* DroidError */.TF('internal', `could not run git: ${result.spawnError}`, { hint: 'Install git (2.32 or newer).' });
        }
        if (result.timedOut) {
            throw new errors/* DroidError */.TF(options.remote ? 'platform' : 'work', `git ${args[0]} timed out`);
        }
        if (options.maxStdoutBytes !== undefined && stdoutBytes > options.maxStdoutBytes) {
            throw new errors/* DroidError */.TF('work', `git ${args[0]} printed more than ${options.maxStdoutBytes} bytes`);
        }
        if (out.exitCode !== 0 && !options.allowFailure)
            throw this.failure(args, out, options.remote === true);
        return out;
    }
    /**
     * Config entries that switch off every content driver some config names (`filter.<x>.*`, `diff.<x>.*`,
     * `merge.<x>.*`, from any scope or include): `.gitattributes` in the tree or `.git/info/attributes` can
     * point at them, and no `-c` can switch attributes off. Looked up again whenever one of the config files
     * git reads (the standard ones and every file an entry came from) changed since the last lookup.
     */
    async driverOverrides() {
        const signature = await this.configSignature(this.driverCache?.files ?? []);
        if (this.driverCache && this.driverCache.signature === signature)
            return this.driverCache.entries;
        const r = await this.exec(['config', '--list', '--show-origin', '--null'], {
            allowFailure: true,
            noDriverLookup: true,
            maxStdoutBytes: 8 * 1024 * 1024,
        }).catch(() => undefined);
        if (!r || r.exitCode !== 0)
            return [];
        const { entries: list, files: known } = driverOverridesFrom(r.stdout, this.cwd);
        this.driverCache = { signature: await this.configSignature(known), files: known, entries: list };
        return list;
    }
    /** Identity (inode, size, mtime, ctime) of every config file git may read, present or not. */
    async configSignature(extra) {
        const env = this.options.env ?? process.env;
        this.commonDir ??= await this.exec(['rev-parse', '--git-common-dir'], { noDriverLookup: true, allowFailure: true })
            .then((r) => (r.exitCode === 0 ? external_node_path_default().resolve(this.cwd, r.stdout.trim()) : ''))
            .catch(() => '');
        return configFilesSignature(env, this.commonDir, extra);
    }
    configArgs(remote) {
        return hardenedConfigArgs(remote, this.options.signCommits === true);
    }
    env(options, drivers) {
        const own = { ...hardenedEnv(this.options.env ?? process.env, this.identity), ...options.env };
        const safe = drivers.length ? (0,auth/* mergeGitConfigEnv */.US)(own, (0,auth/* configEntriesToEnv */.V7)(drivers)) : own;
        return options.remote ? (0,auth/* mergeGitConfigEnv */.US)(safe, options.authEnv) : safe;
    }
    failure(args, r, remote, target) {
        return gitFailure(args, this.redactor.redact(r.stderr.trim()), r.exitCode, remote, target);
    }
}

// EXTERNAL MODULE: ./src/util/log.ts
var log = __webpack_require__(29906);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
;// CONCATENATED MODULE: ./src/git/git-types.ts
const DEFAULT_IDENTITY = { name: 'droid[bot]', email: 'droid[bot]@users.noreply.github.com' };

// EXTERNAL MODULE: ./src/git/names.ts
var names = __webpack_require__(86524);
;// CONCATENATED MODULE: ./src/git/parse.ts
/** Pure parsers for git's machine-readable output (porcelain status, numstat, push --porcelain). */
/** `git status --porcelain=v1 -z --no-renames` */
function parseStatusZ(out) {
    const files = [];
    for (const entry of out.split('\0')) {
        if (entry.length < 4)
            continue;
        const index = entry[0] ?? ' ';
        const worktree = entry[1] ?? ' ';
        files.push({
            path: entry.slice(3),
            index,
            worktree,
            untracked: index === '?',
            deleted: index === 'D' || worktree === 'D',
        });
    }
    return files;
}
/** `git diff --numstat -z --no-renames` */
function parseNumstatZ(out) {
    const entries = [];
    for (const record of out.split('\0')) {
        const m = /^(-|\d+)\t(-|\d+)\t([\s\S]+)$/.exec(record.replace(/^\n/, ''));
        if (!m)
            continue;
        const binary = m[1] === '-';
        entries.push({
            path: m[3] ?? '',
            added: binary ? undefined : Number(m[1]),
            deleted: binary ? undefined : Number(m[2]),
            binary,
        });
    }
    return entries;
}
/** `git diff --raw -z --no-renames` (`:old new oldsha newsha S\0path\0`…) */
function parseRawZ(out) {
    const parts = out.split('\0');
    const entries = [];
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const meta = parts[i] ?? '';
        const file = parts[i + 1] ?? '';
        const m = /^:?(\d{6}) (\d{6}) [0-9a-f]+ [0-9a-f]+ ([A-Z])/.exec(meta.replace(/^\n/, ''));
        if (!m || !file)
            continue;
        entries.push({ oldMode: m[1] ?? '', newMode: m[2] ?? '', status: m[3] ?? '', path: file });
    }
    return entries;
}
const FLAGS = {
    ' ': 'fast-forward',
    '+': 'forced',
    '-': 'deleted',
    '*': 'new',
    '!': 'rejected',
    '=': 'up-to-date',
};
/** The ref lines of `git push --porcelain` stdout: `<flag>\t<from>:<to>\t<summary> (<reason>)`. */
function parsePushPorcelain(stdout) {
    const refs = [];
    for (const line of stdout.split('\n')) {
        const m = /^(.)\t([^\t]*):([^\t]*)\t(.*)$/.exec(line);
        if (!m)
            continue;
        const flag = FLAGS[m[1] ?? ''];
        if (!flag)
            continue;
        const rest = m[4] ?? '';
        const r = /^(.*?)(?: \((.*)\))?$/.exec(rest);
        refs.push({ flag, from: m[2] ?? '', to: m[3] ?? '', summary: r?.[1] ?? rest, reason: r?.[2] });
    }
    return refs;
}
/** The `remote: …` lines a server sent (hook output, forge messages), without the prefix and blank lines. */
function remoteMessages(stderr) {
    return stderr
        .split(/\r?\n|\r/)
        .map((l) => /^remote:\s?(.*)$/.exec(l)?.[1]?.trimEnd())
        .filter((l) => l !== undefined && l.trim() !== '');
}

;// CONCATENATED MODULE: ./src/git/git.ts











/**
 * The typed git wrapper (actions/checkout style): one method per git verb, all through one `exec` (GitRunner, runner.ts)
 * (argv via runProcess, never a shell). Every command runs with repo hooks off (`core.hooksPath=/dev/null`),
 * fsmonitor off, signing off unless `signCommits`, literal pathspecs, no prompts, and the droid identity as
 * author and committer. Nothing the work tree configured runs (PRODUCT.md §10): no global attributes file,
 * no pager, editor, external diff, textconv or credential helper, and every filter, diff and merge driver
 * named in any config is overridden to nothing for the command (`filter.<x>.clean/smudge/process` empty,
 * `required=false`; `merge.<x>.driver` empty, so a merge it would drive fails instead of running it). Remote commands take a command-scoped auth env (see auth.ts) and never use a
 * credential helper. Failures throw DroidError: 'platform' for remote commands, 'work' otherwise, with git's
 * stderr redacted. Methods named `try…` return a boolean instead of throwing.
 *
 * `cwd` must be the top level of the work tree.
 */

class Git {
    cwd;
    identity;
    options;
    logger;
    redactor;
    /** answers that repeat within a run, kept (answers.ts) */
    answers = new GitAnswers();
    topLevelPath;
    gitDirPath;
    runner;
    constructor(options) {
        this.options = options;
        this.cwd = options.cwd;
        this.identity = options.identity ?? DEFAULT_IDENTITY;
        this.logger = options.logger ?? log/* silentLogger */.q;
        this.redactor = options.redactor ?? new redact/* Redactor */.pO();
        this.runner = new GitRunner(this.cwd, options, this.identity, this.logger, this.redactor, this.answers);
    }
    /** Masks a value in everything this wrapper logs or throws (and in the run's shared redactor). */
    addSecret(secret) {
        this.redactor.add(secret);
    }
    // ---- names -------------------------------------------------------------------------------------
    /** Validates a branch name with `git check-ref-format --branch`; returns it unchanged or throws DroidError('work'). */
    async checkBranchName(name) {
        (0,names/* assertBranchShape */.KG)(name);
        const r = await this.exec(['check-ref-format', '--branch', name], { allowFailure: true });
        if (r.exitCode !== 0 || r.stdout.trim() !== name)
            throw (0,names/* invalidBranchName */.PW)(name);
        return name;
    }
    // ---- refs --------------------------------------------------------------------------------------
    /** The commit SHA a revision names; throws if it names none. */
    async revParse(rev) {
        const sha = await this.resolveCommit(rev);
        if (!sha) {
            const empty = rev === 'HEAD' && (await this.exec(['rev-parse', '--verify', '--quiet', 'HEAD'], { allowFailure: true })).exitCode !== 0;
            throw new errors/* DroidError */.TF(empty ? 'usage' : 'work', empty ? 'git: the repository has no commit yet' : `git: no commit named ${JSON.stringify(rev)}`, {
                hint: empty ? 'the droid branches off a commit: commit your files first (git add -A && git commit -m "initial commit")' : undefined,
            });
        }
        return sha;
    }
    /** The commit SHA a revision names, or undefined. */
    async resolveCommit(rev) {
        (0,names/* assertRevArg */.s9)(rev);
        const key = `commit ${rev}`;
        const cached = this.answers.fixedAnswer(rev, key) ?? this.answers.refAnswer(key);
        if (cached)
            return cached.value;
        const r = await this.exec(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowFailure: true });
        const sha = r.exitCode === 0 ? r.stdout.trim() : undefined;
        // a missing object may arrive with a fetch: only a found commit is fixed
        if (!this.answers.keepFixed(rev, key, sha, sha !== undefined))
            this.answers.keepRef(key, sha);
        return sha;
    }
    /** Absolute path of the work tree's top level (works from a subdirectory). */
    async topLevel() {
        this.topLevelPath ??= (await this.exec(['rev-parse', '--show-toplevel'])).stdout.trim();
        return this.topLevelPath;
    }
    /** Absolute path of the git dir (`.git`, or the worktree's git dir). */
    async gitDir() {
        this.gitDirPath ??= (await this.exec(['rev-parse', '--absolute-git-dir'])).stdout.trim();
        return this.gitDirPath;
    }
    /** Absolute path of the common git dir (where config and hooks live; differs from gitDir in a linked worktree). */
    async gitCommonDir() {
        const dir = (await this.exec(['rev-parse', '--git-common-dir'])).stdout.trim();
        return external_node_path_default().resolve(this.cwd, dir);
    }
    headSha() {
        return this.revParse('HEAD');
    }
    /** Short name of the checked-out branch, undefined on a detached HEAD. */
    async currentBranch() {
        const cached = this.answers.refAnswer('branch');
        if (cached)
            return cached.value;
        const r = await this.exec(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true });
        const branch = r.exitCode === 0 ? r.stdout.trim() : undefined;
        this.answers.keepRef('branch', branch);
        return branch;
    }
    async isAncestor(ancestor, descendant) {
        (0,names/* assertRevArg */.s9)(ancestor);
        (0,names/* assertRevArg */.s9)(descendant);
        const r = await this.exec(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true });
        if (r.exitCode > 1)
            throw this.failure(['merge-base'], r, false);
        return r.exitCode === 0;
    }
    async mergeBase(a, b) {
        (0,names/* assertRevArg */.s9)(a);
        (0,names/* assertRevArg */.s9)(b);
        const r = await this.exec(['merge-base', a, b], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    /** SHAs of `range` (e.g. "base..HEAD"), oldest first. */
    async revList(range) {
        (0,names/* assertRevArg */.s9)(range);
        const r = await this.exec(['rev-list', '--reverse', range, '--']);
        return r.stdout.split('\n').filter(Boolean);
    }
    // ---- branches and work tree --------------------------------------------------------------------
    /** `git checkout -b <name> <startPoint>`: a new local branch; fails if it exists. */
    async checkoutNewBranch(name, startPoint) {
        await this.checkBranchName(name);
        (0,names/* assertRevArg */.s9)(startPoint);
        await this.exec(['checkout', '--quiet', '--no-track', '-b', name, startPoint, '--']);
    }
    /** Checks out an existing local branch. */
    async checkout(name) {
        await this.checkBranchName(name);
        await this.exec(['checkout', '--quiet', name, '--']);
    }
    /** Moves the current branch to `rev`, keeping uncommitted changes (`reset --keep`). */
    async resetKeep(rev) {
        (0,names/* assertRevArg */.s9)(rev);
        await this.exec(['reset', '--quiet', '--keep', rev, '--']);
    }
    /** Moves the current branch to `rev` and unstages, keeping the work tree (turns commits back into changes). */
    async resetMixed(rev) {
        (0,names/* assertRevArg */.s9)(rev);
        await this.exec(['reset', '--quiet', '--mixed', rev, '--']);
    }
    /** Moves the current branch to `rev` and makes the index and work tree match it (tracked files only). */
    async resetHard(rev) {
        (0,names/* assertRevArg */.s9)(rev);
        await this.exec(['reset', '--quiet', '--hard', rev, '--']);
    }
    /** Deletes a local branch that is merged into HEAD (`branch -d`, never `-D`); false when git refuses. */
    async tryDeleteMergedBranch(name) {
        await this.checkBranchName(name);
        const r = await this.exec(['branch', '--quiet', '-d', name], { allowFailure: true });
        return r.exitCode === 0;
    }
    /** Stages everything (`add -A`), or only `paths`. */
    async add(paths) {
        await this.exec(paths ? ['add', '-A', '--', ...paths] : ['add', '-A']);
    }
    /** Marks untracked paths as intent-to-add so `diff` shows them. */
    async addIntentToAdd(paths) {
        if (paths.length)
            await this.exec(['add', '--intent-to-add', '--', ...paths]);
    }
    /** Restores paths from `source` in both the index and the work tree. */
    async restore(paths, source = 'HEAD') {
        (0,names/* assertRevArg */.s9)(source);
        if (paths.length)
            await this.exec(['restore', `--source=${source}`, '--staged', '--worktree', '--', ...paths]);
    }
    /** Removes paths from the index only (`rm --cached`), leaving the files. */
    async unstageNew(paths) {
        if (paths.length)
            await this.exec(['rm', '--quiet', '--cached', '--ignore-unmatch', '-r', '--', ...paths]);
    }
    /** Paths of `rev` among `paths` (those that exist there). */
    async trackedAt(rev, paths) {
        (0,names/* assertRevArg */.s9)(rev);
        if (!paths.length)
            return [];
        const r = await this.exec(['ls-tree', '-r', '-z', '--name-only', rev, '--', ...paths]);
        return r.stdout.split('\0').filter(Boolean);
    }
    /** Changed files relative to HEAD (staged, unstaged, untracked; renames as delete + add). */
    async status() {
        const r = await this.exec(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames']);
        return parseStatusZ(r.stdout);
    }
    async changedFiles() {
        return (await this.status()).map((f) => f.path);
    }
    async hasChanges() {
        return (await this.status()).length > 0;
    }
    /** Lines added/deleted per file between `base` and `head` (default: the work tree). */
    async diffNumstat(base, head) {
        (0,names/* assertRevArg */.s9)(base);
        if (head !== undefined)
            (0,names/* assertRevArg */.s9)(head);
        const args = ['diff', '--numstat', '-z', '--no-renames', '--no-ext-diff', '--no-textconv', base];
        if (head)
            args.push(head);
        const r = await this.exec([...args, '--']);
        return parseNumstatZ(r.stdout);
    }
    /** The unified diff of `head` against its merge base with `base` (`git diff -M base...head`), as a review reads it. */
    async diffPatch(base, head) {
        (0,names/* assertRevArg */.s9)(base);
        (0,names/* assertRevArg */.s9)(head);
        return (await this.exec(['diff', '-M', '--no-color', '--no-ext-diff', '--no-textconv', `${base}...${head}`, '--'])).stdout;
    }
    /** `git diff --binary <rev>` (tracked files of the work tree vs rev) as bytes. */
    async diffBytes(rev) {
        (0,names/* assertRevArg */.s9)(rev);
        return (await this.exec(['diff', '--binary', '--no-ext-diff', '--no-textconv', rev, '--'])).bytes;
    }
    /** Writes `git diff --binary <rev> -- paths` (work tree vs rev) to `file`. */
    async diffToFile(rev, paths, file) {
        (0,names/* assertRevArg */.s9)(rev);
        // git opens --output following links: the droid writes it itself, into a folder that is not a link
        const r = await this.exec(['diff', '--binary', '--no-ext-diff', '--no-textconv', rev, '--', ...paths]);
        await (0,safe_fs/* prepareArtifactDir */.Xr)(external_node_path_default().dirname(file));
        await (0,safe_fs/* writeFileNoFollow */.qI)(file, r.bytes);
    }
    /** What the index changes against `base`: one entry per path (modes, type changes, submodules, deletions). */
    async diffIndexRaw(base) {
        (0,names/* assertRevArg */.s9)(base);
        const r = await this.exec(['diff', '--cached', '--raw', '-z', '--no-renames', '--no-ext-diff', '--no-textconv', '--ignore-submodules=none', base, '--']);
        return parseRawZ(r.stdout);
    }
    /** What `head` changes against `base` (both commits). */
    async diffTreeRaw(base, head) {
        (0,names/* assertRevArg */.s9)(base);
        (0,names/* assertRevArg */.s9)(head);
        const r = await this.exec(['diff', '--raw', '-z', '--no-renames', '--no-ext-diff', '--no-textconv', '--ignore-submodules=none', base, head, '--']);
        return parseRawZ(r.stdout);
    }
    /** Writes `git diff --cached --binary <rev> -- paths` (index vs rev) to `file`. */
    async diffIndexToFile(rev, paths, file) {
        (0,names/* assertRevArg */.s9)(rev);
        const r = await this.exec(['diff', '--cached', '--binary', '--no-ext-diff', '--no-textconv', rev, '--', ...paths]);
        await (0,safe_fs/* prepareArtifactDir */.Xr)(external_node_path_default().dirname(file));
        await (0,safe_fs/* writeFileNoFollow */.qI)(file, r.bytes);
    }
    /** Puts the index entries of `paths` back to `rev` (absent there: removed from the index); the work tree is untouched. */
    async resetPaths(rev, paths) {
        (0,names/* assertRevArg */.s9)(rev);
        if (paths.length)
            await this.exec(['reset', '--quiet', rev, '--', ...paths]);
    }
    /** Every file path of `rev` (capped at 64 MiB of names). */
    async lsTree(rev) {
        (0,names/* assertRevArg */.s9)(rev);
        const r = await this.exec(['ls-tree', '-r', '-z', '--name-only', rev], { maxStdoutBytes: 64 * 1024 * 1024 });
        return r.stdout.split('\0').filter(Boolean);
    }
    /** `git diff --name-only -z --no-renames <args>` (e.g. `base...HEAD`, or `HEAD` for the work tree), capped. */
    async diffNames(args, maxBytes) {
        for (const a of args)
            (0,names/* assertRevArg */.s9)(a);
        const r = await this.exec(['diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', '--no-textconv', ...args, '--'], { maxStdoutBytes: maxBytes });
        return r.stdout.split('\0').filter(Boolean);
    }
    /** Untracked files that are not ignored (`ls-files --others --exclude-standard`), capped. */
    async untrackedFiles(maxBytes) {
        const r = await this.exec(['ls-files', '--others', '--exclude-standard', '-z'], { maxStdoutBytes: maxBytes });
        return r.stdout.split('\0').filter(Boolean);
    }
    // ---- commits -----------------------------------------------------------------------------------
    /**
     * Commits the index as the droid identity, hooks off, trailers appended as the message's last paragraph
     * (no `trailer.*` config is consulted). Returns the new SHA.
     */
    async commit(options) {
        const subject = options.message.trim();
        if (!subject)
            throw new errors/* DroidError */.TF('work', 'git commit: empty commit message');
        const trailers = (options.trailers ?? []).map(([k, v]) => (0,names/* trailerLine */.eh)(k, v));
        const message = trailers.length ? `${subject}\n\n${trailers.join('\n')}\n` : `${subject}\n`;
        const args = ['commit', '--quiet', '--no-verify', '--cleanup=whitespace', '-m', message];
        if (options.allowEmpty)
            args.push('--allow-empty');
        if (options.signEnv)
            args.push('-S');
        await this.exec(args, options.signEnv ? { env: options.signEnv } : {});
        return this.headSha();
    }
    /** A commit on top of `parent` with the same tree (no change), as the droid identity; nothing is checked out. Returns its SHA. */
    async emptyCommitOn(parent, message) {
        (0,names/* assertRevArg */.s9)(parent);
        if (!message.trim())
            throw new errors/* DroidError */.TF('work', 'git commit-tree: empty commit message');
        const r = await this.exec(['commit-tree', '-p', parent, '-m', message, '--', `${parent}^{tree}`]);
        return r.stdout.trim();
    }
    /** Values of trailer `key` in the commits of `range` (newest first), e.g. ('base..HEAD', 'Droid-Run'). */
    async logTrailers(range, key) {
        (0,names/* assertRevArg */.s9)(range);
        (0,names/* trailerLine */.eh)(key, 'x');
        const r = await this.exec(['log', `--format=%(trailers:key=${key},valueonly,separator=%x1f)%x1e`, range, '--']);
        return r.stdout
            .split('\x1e')
            .flatMap((c) => c.split('\x1f'))
            .map((v) => v.trim())
            .filter(Boolean);
    }
    /** How many commits of `range` carry trailer `key` (with `value`, when given). */
    async countTrailers(range, key, value) {
        (0,names/* assertRevArg */.s9)(range);
        (0,names/* trailerLine */.eh)(key, 'x');
        const r = await this.exec(['log', `--format=%(trailers:key=${key},valueonly,separator=%x1f)%x1e`, range, '--']);
        return r.stdout
            .split('\x1e')
            .map((c) => c.split('\x1f').map((v) => v.trim()).filter(Boolean))
            .filter((values) => (value === undefined ? values.length > 0 : values.includes(value))).length;
    }
    /** A file's content at `ref`, or undefined when the path does not exist there. Throws if `ref` does not exist. */
    async show(ref, filePath) {
        (0,names/* assertRevArg */.s9)(ref);
        (0,names/* assertRepoPath */.ac)(filePath);
        await this.revParse(ref);
        const key = `show ${ref}:${filePath}`;
        const cached = this.answers.fixedAnswer(ref, key);
        if (cached)
            return cached.value;
        const r = await this.exec(['show', '--no-textconv', `${ref}:${filePath}`], { allowFailure: true });
        const text = r.exitCode === 0 ? r.stdout : undefined;
        this.answers.keepFixed(ref, key, text);
        return text;
    }
    /** `git diff --raw -z --no-renames base head`: the NUL-separated raw records (modes, blob ids, status, path); sign.ts parses them. */
    async diffRaw(base, head) {
        (0,names/* assertRevArg */.s9)(base);
        (0,names/* assertRevArg */.s9)(head);
        return (await this.exec(['diff', '--raw', '-z', '--no-renames', '--no-abbrev', base, head, '--'])).stdout;
    }
    /** The full message of a commit (subject, body, trailers). */
    async commitMessage(rev) {
        (0,names/* assertRevArg */.s9)(rev);
        return (await this.exec(['log', '-1', '--format=%B', rev, '--'])).stdout.trimEnd();
    }
    /** A blob's exact bytes and size (binary-safe). */
    async blob(oid) {
        if (!/^[0-9a-f]{40,64}$/.test(oid))
            throw new errors/* DroidError */.TF('internal', `not a blob id: ${oid}`);
        return (await this.exec(['cat-file', 'blob', oid])).bytes;
    }
    /** Writes the commits of `range` as one mbox file (apply with `git am`); returns how many commits it holds. */
    async formatPatch(range, file) {
        (0,names/* assertRevArg */.s9)(range);
        const commits = await this.revList(range);
        if (commits.length === 0)
            return 0;
        const r = await this.exec(['format-patch', '--stdout', '--binary', '--no-signature', '--no-ext-diff', '--no-textconv', range, '--']);
        await (0,safe_fs/* prepareArtifactDir */.Xr)(external_node_path_default().dirname(file));
        await (0,safe_fs/* writeFileNoFollow */.qI)(file, r.bytes);
        return commits.length;
    }
    // ---- rebase ------------------------------------------------------------------------------------
    /**
     * `git rebase --onto <onto> <upstream>` of the current branch (hooks off, no autosquash, droid as committer).
     * On a conflict the rebase is aborted, the branch is where it was, and false is returned.
     */
    async tryRebase(onto, upstream) {
        (0,names/* assertRevArg */.s9)(onto);
        (0,names/* assertRevArg */.s9)(upstream);
        const r = await this.exec(['rebase', '--quiet', '--no-autosquash', '--no-autostash', '--onto', onto, upstream], {
            allowFailure: true,
        });
        if (r.exitCode === 0)
            return true;
        await this.exec(['rebase', '--abort'], { allowFailure: true });
        this.logger.debug(`git rebase onto ${onto} failed: ${this.redactor.redact(r.stderr.trim())}`);
        return false;
    }
    // ---- config and remotes ------------------------------------------------------------------------
    async configGet(key, scope = 'any') {
        const r = await this.exec(['config', ...scopeArgs(scope), '--get', key], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout.replace(/\n$/, '') : undefined;
    }
    /** [key, value] pairs whose key matches the (git config) regexp. */
    async configGetRegexp(pattern, scope = 'any') {
        const r = await this.exec(['config', ...scopeArgs(scope), '--null', '--get-regexp', pattern], {
            allowFailure: true,
        });
        return r.exitCode === 0 ? parseNullConfig(r.stdout) : [];
    }
    async configSet(key, value, scope = 'local') {
        await this.exec(['config', ...scopeArgs(scope), '--replace-all', key, value]);
    }
    /** Removes every value of `key` in `scope`; true if something was removed. */
    async tryConfigUnset(key, scope = 'local') {
        const r = await this.exec(['config', ...scopeArgs(scope), '--unset-all', key], { allowFailure: true });
        return r.exitCode === 0;
    }
    /** Removes a whole config section (local); true if it existed. */
    async tryConfigRemoveSection(section) {
        const r = await this.exec(['config', '--local', '--remove-section', section], { allowFailure: true });
        return r.exitCode === 0;
    }
    async remoteGetUrl(name) {
        (0,names/* assertRemoteArg */.f2)(name);
        const r = await this.exec(['remote', 'get-url', '--', name]);
        return r.stdout.trim();
    }
    async remoteSetUrl(name, url) {
        (0,names/* assertRemoteArg */.f2)(name);
        (0,names/* assertRemoteArg */.f2)(url);
        await this.exec(['remote', 'set-url', '--', name, url]);
    }
    // ---- network -----------------------------------------------------------------------------------
    /** `git fetch <remote> <refspecs>` (no tags, no recursion; FETCH_HEAD written); refspecs never carry a `+`. */
    async fetch(remote, refspecs, options = {}) {
        (0,names/* assertRemoteArg */.f2)(remote);
        for (const r of refspecs)
            assertFetchRefspec(r);
        const args = ['fetch', '--quiet', '--no-tags', '--no-recurse-submodules'];
        if (options.depth)
            args.push(`--depth=${options.depth}`);
        await this.exec([...args, '--', remote, ...refspecs], { remote: true, authEnv: options.authEnv });
    }
    async tryFetch(remote, refspecs, options = {}) {
        try {
            await this.fetch(remote, refspecs, options);
            return true;
        }
        catch (error) {
            if (error instanceof errors/* DroidError */.TF)
                return false;
            throw error;
        }
    }
    /** SHA of `refs/heads/<branch>` on the remote, or undefined when the branch does not exist. */
    async lsRemote(remote, branch, options = {}) {
        (0,names/* assertRemoteArg */.f2)(remote);
        await this.checkBranchName(branch);
        const r = await this.exec(['ls-remote', '--heads', '--', remote, `refs/heads/${branch}`], {
            remote: true,
            authEnv: options.authEnv,
        });
        const line = r.stdout.split('\n').find((l) => l.endsWith(`\trefs/heads/${branch}`));
        return line?.split('\t')[0];
    }
    /**
     * Fast-forward push of local `branch` to `refs/heads/<remoteBranch>`: no `+`, no `--force*`, ever.
     * Ref rejections come back in the report (with the server's `remote:` lines); transport and auth
     * failures throw DroidError('platform').
     */
    async push(remote, branch, options = {}) {
        (0,names/* assertRemoteArg */.f2)(remote);
        await this.checkBranchName(branch);
        const target = options.remoteBranch ?? branch;
        await this.checkBranchName(target);
        const refspec = `refs/heads/${branch}:refs/heads/${target}`;
        return this.pushRefspec(remote, refspec, options.authEnv);
    }
    /** Fast-forward push of a commit (SHA) to `refs/heads/<remoteBranch>` — for probes that need no local branch. */
    async pushCommit(remote, sha, remoteBranch, options = {}) {
        (0,names/* assertRemoteArg */.f2)(remote);
        if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
            throw new errors/* DroidError */.TF('internal', `pushCommit needs a full SHA, got ${sha}`);
        await this.checkBranchName(remoteBranch);
        return this.pushRefspec(remote, `${sha}:refs/heads/${remoteBranch}`, options.authEnv);
    }
    /** Deletes a branch on the remote (used by `doctor` to clean up its probe branch). */
    async deleteRemoteBranch(remote, branch, options = {}) {
        (0,names/* assertRemoteArg */.f2)(remote);
        await this.checkBranchName(branch);
        return this.pushRefspec(remote, `:refs/heads/${branch}`, options.authEnv);
    }
    async pushRefspec(remote, refspec, authEnv) {
        if (refspec.startsWith('+'))
            throw new errors/* DroidError */.TF('internal', 'refusing a forced refspec');
        const args = ['push', '--porcelain', '--no-verify', '--no-recurse-submodules', '--', remote, refspec];
        const r = await this.exec(args, { remote: true, authEnv, allowFailure: true });
        const refs = parsePushPorcelain(r.stdout);
        if (refs.length === 0 && r.exitCode !== 0)
            throw this.failure(args, r, true, remote);
        return { refs, remoteMessages: remoteMessages(r.stderr).map((l) => this.redactor.redact(l)), exitCode: r.exitCode };
    }
    exec(args, options = {}) {
        return this.runner.exec(args, options);
    }
    failure(args, r, remote, target) {
        return this.runner.failure(args, r, remote, target);
    }
}
function scopeArgs(scope) {
    return scope === 'any' ? [] : [`--${scope}`];
}
function assertFetchRefspec(refspec) {
    if (refspec.startsWith('+') || refspec.startsWith('-') || /[\s\0]/.test(refspec)) {
        throw new errors/* DroidError */.TF('internal', `refusing fetch refspec ${JSON.stringify(refspec)}`);
    }
}


/***/ }),

/***/ 34945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LK: () => (/* binding */ scrubEnv),
/* harmony export */   Zg: () => (/* binding */ FORGE_CREDENTIAL_PREFIXES),
/* harmony export */   rz: () => (/* binding */ secretReason),
/* harmony export */   vq: () => (/* binding */ FORGE_CREDENTIAL_NAMES)
/* harmony export */ });
/**
 * The environment a test command gets (PRODUCT.md §3, §9): the runner's environment without anything
 * that grants access (forge tokens, model keys, cloud credentials, the Actions runtime, the action's
 * own inputs, files that steer later workflow steps), plus the profile's own non-secret `env`.
 * Names are matched case-insensitively. Colour is left as the runner wants it: the failure
 * summarizer strips ANSI codes itself.
 */
/**
 * Forge and runner credentials, and the files that steer later workflow steps: kept from test commands
 * and from engines alike (engine/env.ts). Upper case.
 */
const FORGE_CREDENTIAL_NAMES = [
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'GH_ENTERPRISE_TOKEN',
    'GITHUB_ENTERPRISE_TOKEN',
    'GITLAB_TOKEN',
    'CI_JOB_TOKEN',
    'CI_JOB_JWT',
    'CI_JOB_JWT_V1',
    'CI_JOB_JWT_V2',
    'CI_REPOSITORY_URL', // GitLab puts the job token in it: https://gitlab-ci-token:…@host/…
    'DROID_GITLAB_TOKEN',
    'DROID_RELAY_SECRET', // signs relayed pipelines: whoever holds it can claim to be any member
    'DOCKER_AUTH_CONFIG',
    'SSH_AUTH_SOCK',
    'GIT_ASKPASS',
    'SSH_ASKPASS',
    'GIT_CONFIG_PARAMETERS',
    'GIT_CONFIG_COUNT',
    'NPM_CONFIG__AUTH',
    // the telemetry backend's credentials (e.g. `x-honeycomb-team=…`, `authorization=Bearer …`)
    'OTEL_EXPORTER_OTLP_HEADERS',
    'OTEL_EXPORTER_OTLP_TRACES_HEADERS',
    'OTEL_EXPORTER_OTLP_METRICS_HEADERS',
    'OTEL_EXPORTER_OTLP_LOGS_HEADERS',
    // workflow command files: a test writing to these would steer the steps after this one
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
];
/** Name prefixes (upper case) of the same kind: the action's inputs, the Actions runtime, git auth entries. */
const FORGE_CREDENTIAL_PREFIXES = [
    'INPUT_', // the action's inputs (github_token, factory_api_key, app_private_key, …)
    'ACTIONS_', // ACTIONS_RUNTIME_*, ACTIONS_ID_TOKEN_*, ACTIONS_CACHE_URL, ACTIONS_RESULTS_URL, …
    'GIT_CONFIG_KEY_',
    'GIT_CONFIG_VALUE_',
];
/** Exact names (upper case) dropped from test commands: the above plus the Factory key. */
const DROPPED_NAMES = new Set([...FORGE_CREDENTIAL_NAMES, 'FACTORY_API_KEY']);
/** Name prefixes (upper case) dropped from test commands. */
const DROPPED_PREFIXES = [
    ...FORGE_CREDENTIAL_PREFIXES,
    'DROID_', // this tool's own variables (tokens, ticket text); a test has no use for them
];
/** A name is secret-looking when it contains one of these (NODE_AUTH_TOKEN, npm's `…:_authToken`, DB_PASSWORD) … */
const SECRET_PARTS = ['TOKEN', 'SECRET', 'PASSWORD', 'PASSWD', 'APIKEY', 'API_KEY', 'PRIVATE_KEY', 'CREDENTIAL'];
/** … or when one of its `_`-separated words is one of these (AWS_ACCESS_KEY_ID, SSH_AUTH_SOCK; not GIT_AUTHOR_NAME). */
const SECRET_WORDS = new Set(['KEY', 'KEYS', 'JWT', 'AUTH']);
/** Values that are credentials whatever their variable is called. */
const SECRET_VALUE_SHAPES = [
    /\bgh[pousr]_[A-Za-z0-9]{20,}/,
    /\bgithub_pat_[A-Za-z0-9_]{22,}/,
    /\bgl(?:pat|dt|rt|ptt|ft|cbt|imt|soat|agent)-[A-Za-z0-9_-]{20,}/,
    /\bsk-ant-[A-Za-z0-9_-]{20,}/,
    /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}/,
    /\bxox[abprs]-[A-Za-z0-9-]{10,}/,
    /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
    // a forge token in a URL's user info (database URLs with a test password are left alone)
    /:\/\/(?:gitlab-ci-token|x-access-token|oauth2|x-oauth-basic)[:@]/i,
];
/** Why `name=value` must not reach a test command, or undefined when it may. */
function secretReason(name, value, options = {}) {
    const upper = name.toUpperCase();
    if (DROPPED_NAMES.has(upper))
        return 'credential';
    if (options.dropNames?.some((n) => n.toUpperCase() === upper))
        return 'credential';
    const prefix = DROPPED_PREFIXES.find((p) => upper.startsWith(p));
    if (prefix)
        return `${prefix}*`;
    if (SECRET_PARTS.some((p) => upper.includes(p)) || upper.split('_').some((w) => SECRET_WORDS.has(w))) {
        return 'secret-looking name';
    }
    if (value) {
        if (SECRET_VALUE_SHAPES.some((re) => re.test(value)))
            return 'credential-shaped value';
        if (options.secretValues?.some((s) => s.length >= 6 && value.includes(s)))
            return 'known secret value';
    }
    return undefined;
}
/**
 * `base` without secrets, then `CI=true`, then the profile's `extra` env (non-secret by contract; it
 * is the repo's own config, read from the target branch, so it may set any name it likes).
 */
function scrubEnv(base, extra, options = {}) {
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (value === undefined)
            continue;
        if (secretReason(name, value, options) === undefined)
            env[name] = value;
    }
    env.CI = 'true';
    for (const [name, value] of Object.entries(extra))
        env[name] = value;
    return env;
}


/***/ }),

/***/ 92852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ep: () => (/* reexport */ openSandbox)
});

// UNUSED EXPORTS: UNISOLATED_WARNING, unisolated

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(37895);
;// CONCATENATED MODULE: ./src/sandbox/privilege.ts
/**
 * How the droid does what only root may do (create the account, change owners, enter namespaces):
 * directly when it runs as root (GitLab Docker executors, CI containers), through `sudo -n` when
 * passwordless sudo works (GitHub-hosted runners). Every command goes through util/exec.ts.
 */

/** Non-secret variables the privileged helpers need. */
function helperEnv(env) {
    return { PATH: env.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C', LC_ALL: 'C' };
}
async function detectPrivilege(env) {
    if (process.getuid?.() === 0)
        return 'root';
    const probe = await (0,exec/* runProcess */.R3)('sudo', ['-n', 'true'], { cwd: '/', env: helperEnv(env), timeoutMs: 10_000 });
    return probe.exitCode === 0 ? 'sudo' : undefined;
}
/** argv run with the privilege: `sudo -n` in front when the droid is not root. */
function privileged(privilege, argv) {
    if (privilege === 'root')
        return [argv[0], argv.slice(1)];
    return ['sudo', ['-n', '--', ...argv]];
}
/**
 * Like privileged, for a command whose environment matters (a sandboxed engine round or profile): sudo's
 * env_reset would drop it (HOME, TMPDIR, the profile's `env`, the engine's key), so `--preserve-env`
 * keeps the environment the command was given (already scrubbed; sudo still strips LD_* and the like).
 * Passwordless `NOPASSWD: ALL` implies SETENV, which this needs.
 */
function privilegedWithEnv(privilege, argv) {
    if (privilege === 'root')
        return [argv[0], argv.slice(1)];
    return ['sudo', ['-n', '--preserve-env', '--', ...argv]];
}
async function runPrivileged(privilege, argv, env, timeoutMs = 120_000) {
    const [file, args] = privileged(privilege, argv);
    return (0,exec/* runProcess */.R3)(file, args, { cwd: '/', env: helperEnv(env), timeoutMs, keepBytes: 8 * 1024 });
}
/** "exit 1: <last output line>" for an error message */
function failureText(result) {
    if (result.spawnError)
        return result.spawnError;
    const last = result.output.trim().split('\n').slice(-3).join(' ').slice(0, 400);
    return `exit ${String(result.exitCode ?? result.signal)}${last ? `: ${last}` : ''}`;
}

;// CONCATENATED MODULE: ./src/sandbox/account.ts
/**
 * The sandbox account: looked up with `getent passwd`, created once per machine with `useradd`
 * (a system account, its own group, no login shell, no home: the per-run HOME is set for each process).
 */


async function lookupAccount(name, env) {
    const result = await (0,exec/* runProcess */.R3)('getent', ['passwd', name], { cwd: '/', env: { PATH: env.PATH ?? '/usr/bin:/bin' }, timeoutMs: 10_000 });
    if (result.exitCode !== 0)
        return undefined;
    const fields = result.output.trim().split('\n')[0].split(':');
    const uid = Number(fields[2]);
    const gid = Number(fields[3]);
    if (fields[0] !== name || !Number.isInteger(uid) || !Number.isInteger(gid))
        return undefined;
    return { name, uid, gid };
}
/** The account, created when missing. Throws an Error whose message says why. */
async function ensureAccount(name, privilege, env) {
    for (let attempt = 0; attempt < 5; attempt++) {
        const found = await lookupAccount(name, env);
        if (found)
            return found;
        const made = await runPrivileged(privilege, ['useradd', '--system', '--user-group', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', name], env);
        if (made.exitCode === 0)
            continue;
        // 9: created meanwhile by a parallel run; 10: /etc/passwd locked by one
        if (made.exitCode === 9 || made.exitCode === 10) {
            await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
            continue;
        }
        throw new Error(`could not create the sandbox account ${name} with useradd (${failureText(made)})`);
    }
    const found = await lookupAccount(name, env);
    if (found)
        return found;
    throw new Error(`the sandbox account ${name} could not be created (useradd kept failing)`);
}

;// CONCATENATED MODULE: ./src/sandbox/view.ts
/**
 * What the sandbox user sees of the file system (pure planning; sandbox/jail.ts runs it).
 *
 * In its own mount namespace (util-linux `unshare --mount`, private propagation: nothing leaks to the
 * host), before the privileges are dropped:
 * - a *cover* is an empty tmpfs mounted over a folder: every hidden path (RUNNER_TEMP, the folders of
 *   the runner's file-command files, the droid's HOME, `.droid/`) and the topmost ancestor of an exposed
 *   path that the sandbox user could not enter (a 0700 workspace parent, a private HOME);
 * - an *exposed* path (the work tree, the round's scratch folder, the sandbox HOME, the engine's CLI) that
 *   lies under a cover is bind-mounted back at the same absolute path, through a directory descriptor
 *   opened before the cover went on, so the engine sees the paths the droid sees and nothing beside them;
 * - a hidden path inside an exposed one (`<tree>/.droid`) is covered last.
 */

/** descriptors 3..9: the ones a POSIX shell can name with one digit */
const MAX_EXPOSES = 7;
function within(child, parent) {
    if (parent === '/')
        return true;
    return child === parent || child.startsWith(`${parent}/`);
}
function ancestors(dir) {
    const out = [];
    let current = external_node_path_default().dirname(dir);
    while (current !== '/' && current !== external_node_path_default().dirname(current)) {
        out.unshift(current);
        current = external_node_path_default().dirname(current);
    }
    return out;
}
function dedupeNested(paths) {
    const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
    const kept = [];
    for (const p of sorted)
        if (!kept.some((k) => within(p, k)))
            kept.push(p);
    return kept;
}
function planView(input) {
    const norm = (p) => external_node_path_default().resolve(p);
    const exposed = [
        ...input.grants.map((p) => ({ path: norm(p), readOnly: false })),
        ...input.readOnly.map((p) => ({ path: norm(p), readOnly: true })),
    ].filter((e) => e.path !== '/' && input.isDir(e.path));
    // a read-only expose inside a read-write one adds nothing; a grant always wins over read-only
    const outer = exposed
        .sort((a, b) => a.path.length - b.path.length || Number(a.readOnly) - Number(b.readOnly))
        .filter((e, i, all) => !all.slice(0, i).some((o) => within(e.path, o.path)));
    const hidden = [...new Set(input.hidden.map(norm))].filter((h) => h !== '/' && input.isDir(h) && !outer.some((e) => e.path === h));
    const covers = [];
    for (const e of outer) {
        const top = ancestors(e.path).find((a) => hidden.includes(a) || !input.traversable(a));
        if (top)
            covers.push(top);
    }
    // a hidden folder that holds no exposed path is covered too; one that holds one is an ancestor cover
    for (const h of hidden) {
        if (outer.some((e) => within(e.path, h)))
            continue;
        if (!outer.some((e) => within(h, e.path)))
            covers.push(h);
    }
    const finalCovers = dedupeNested(covers);
    const exposes = outer.filter((e) => finalCovers.some((c) => within(e.path, c) && e.path !== c));
    const hides = dedupeNested(hidden.filter((h) => outer.some((e) => within(h, e.path) && h !== e.path)));
    return { covers: finalCovers, exposes, hides };
}
/**
 * The root half of the sandbox's PID 1: builds the view, then runs the (already privilege-dropping)
 * command as its child and forwards SIGTERM to it (PID 1 ignores signals it has no handler for).
 * No path is part of the script text: they are positional parameters.
 */
function setupScript(plan) {
    if (plan.exposes.length > MAX_EXPOSES)
        throw new Error(`at most ${MAX_EXPOSES} folders can be exposed under a cover (got ${plan.exposes.length})`);
    const params = [];
    const ref = (value) => {
        params.push(value);
        return `"\${${params.length}}"`;
    };
    const lines = ['set -e'];
    plan.exposes.forEach((e, i) => lines.push(`exec ${i + 3}<${ref(e.path)}`));
    for (const c of plan.covers)
        lines.push(`mount -t tmpfs -o mode=0755,size=1m,nr_inodes=4096 droid-sandbox ${ref(c)}`);
    plan.exposes.forEach((e, i) => {
        const target = ref(e.path);
        lines.push(`mkdir -p ${target}`, `mount --no-canonicalize --bind /proc/self/fd/${i + 3} ${target}`);
        if (e.readOnly)
            lines.push(`mount --no-canonicalize -o remount,bind,ro ${target}`);
        lines.push(`exec ${i + 3}<&-`);
    });
    for (const h of plan.hides)
        lines.push(`mount -t tmpfs -o mode=0555,size=4k,nr_inodes=16 droid-sandbox ${ref(h)}`);
    lines.push(`shift ${params.length}`, 'set +e', '"$@" &', 'c=$!', "trap 'kill -TERM $c 2>/dev/null' TERM INT HUP", 'while :; do wait $c; s=$?; kill -0 $c 2>/dev/null || break; done', 'exit $s');
    return { script: lines.join('\n'), params };
}

;// CONCATENATED MODULE: ./src/sandbox/sandbox.ts
/**
 * The isolation boundary (PRODUCT.md §10): engine rounds and test profiles run as the sandbox account,
 * in their own PID and mount namespaces where the kernel allows it, with the work tree writable to them
 * and nothing else of the runner's reachable. `openSandbox` decides the mode once per run (before any
 * edit); `jail()` gives util/exec.ts what it needs for one process.
 *
 * Per process (an engine round, a test profile, a fixer):
 * 1. the work tree is handed to the account (lease: the first of parallel profiles hands it over, the
 *    last one takes it back): everything but `.droid/` is chowned to it (engines may commit); the top
 *    folder and `.git` stay the owner's, group-writable to the account with the sticky bit, so `.git` and
 *    `.droid` cannot be renamed or replaced. The round's scratch folder (prompt, settings HOME) too.
 * 2. `unshare --pid --fork --mount --mount-proc --kill-child` runs sandbox/view.ts's script as root: it
 *    covers RUNNER_TEMP, the file-command files' folders, the droid's HOME and `.droid/` with empty
 *    tmpfs, and brings the work tree back at its own path when an ancestor was private; then `setpriv`
 *    drops to the account (no groups, no_new_privs) and runs the command. Its /proc shows only its own.
 * 3. afterwards: the namespace's PID 1 is gone, so every process in it is gone (a `setsid` daemon too);
 *    any process of the account left in the host's namespace is killed; the files are given back.
 */








const UNISOLATED_WARNING = 'the engine and test commands run as the droid\'s own user and can read its token';
const FIX = 'run the job as root (GitLab Docker executors, containers) or give the runner passwordless sudo (GitHub-hosted runners have it), with util-linux (setpriv, unshare) installed; or set `sandbox.mode: auto` to run unisolated with a warning';
function unisolated(reason) {
    const warning = `Not isolated: ${UNISOLATED_WARNING} (${reason}).`;
    return { mode: 'off', pidNamespace: false, warning, describe: warning, jail: () => undefined, close: async () => undefined };
}
async function openSandbox(options) {
    if (options.mode === 'off')
        return unisolated('sandbox.mode is off');
    const privilege = await detectPrivilege(options.env);
    if (!privilege) {
        if (options.mode === 'auto')
            return unisolated('sandbox.mode is auto and the droid is neither root nor allowed `sudo -n`');
        throw new errors/* DroidError */.TF('config', 'sandbox.mode is user, but the droid can neither create nor switch to the sandbox account: it is not root and `sudo -n` is not allowed', { hint: FIX });
    }
    try {
        return await setUp(privilege, options);
    }
    catch (error) {
        const why = error.message;
        if (options.mode === 'auto') {
            options.log.warn(`sandbox: ${why}`);
            return unisolated(`the sandbox could not be set up: ${why}`);
        }
        throw new errors/* DroidError */.TF('config', `sandbox.mode is user, but the sandbox could not be set up: ${why}`, { hint: FIX });
    }
}
async function setUp(privilege, options) {
    const tools = await runPrivileged(privilege, ['setpriv', '--version'], options.env, 10_000);
    if (tools.exitCode !== 0)
        throw new Error(`util-linux setpriv is not available (${failureText(tools)}); install util-linux`);
    const account = await ensureAccount(options.user, privilege, options.env);
    if (account.uid === 0 || account.uid === process.getuid?.()) {
        throw new Error(`sandbox.user ${account.name} is uid ${account.uid}, the droid's own or root's; name a dedicated unprivileged account`);
    }
    const probe = await runPrivileged(privilege, ['unshare', '--pid', '--fork', '--mount', '--mount-proc', '--kill-child', '--', 'true'], options.env, 10_000);
    const pidNamespace = probe.exitCode === 0;
    if (!pidNamespace)
        options.log.warn(`sandbox: no PID namespace on this machine (${failureText(probe)}): the account is separate, but the host's /proc stays visible`);
    const runDir = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'droid-sandbox-'));
    await (0,promises_.chmod)(runDir, 0o711);
    const home = external_node_path_default().join(runDir, 'home');
    const tmp = external_node_path_default().join(runDir, 'tmp');
    await (0,promises_.mkdir)(home, { mode: 0o700 });
    await (0,promises_.mkdir)(tmp, { mode: 0o700 });
    const owned = await runPrivileged(privilege, ['chown', `${account.uid}:${account.gid}`, home, tmp], options.env);
    if (owned.exitCode !== 0)
        throw new Error(`could not hand the per-run HOME to ${account.name} (${failureText(owned)})`);
    return new UserSandbox(privilege, account, pidNamespace, options, runDir, home, tmp);
}
/** Variables that point at the droid's own folders: moved into the sandbox's HOME / TMPDIR. */
const HOME_VARS = ['HOME'];
const TMP_VARS = ['TMPDIR', 'TMP', 'TEMP'];
const DROPPED_DIR_VARS = ['XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_DATA_HOME', 'XDG_STATE_HOME', 'XDG_RUNTIME_DIR'];
/** the runner's file-command files: their folders are covered */
const FILE_COMMAND_VARS = ['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_EVENT_PATH'];
function sandbox_within(child, parent) {
    return child === parent || child.startsWith(parent.endsWith('/') ? parent : `${parent}/`);
}
class UserSandbox {
    privilege;
    account;
    pidNamespace;
    options;
    runDir;
    home;
    tmp;
    mode = 'user';
    warning = undefined;
    leases = 0;
    queue = Promise.resolve();
    treeOwner;
    hostPidNs;
    constructor(privilege, account, pidNamespace, options, runDir, home, tmp) {
        this.privilege = privilege;
        this.account = account;
        this.pidNamespace = pidNamespace;
        this.options = options;
        this.runDir = runDir;
        this.home = home;
        this.tmp = tmp;
        try {
            this.hostPidNs = (0,external_node_fs_.readlinkSync)('/proc/self/ns/pid');
        }
        catch {
            this.hostPidNs = undefined;
        }
    }
    get describe() {
        const ns = this.pidNamespace ? 'in its own PID and mount namespace' : 'without a PID namespace (the kernel refused one)';
        return `engine rounds and test profiles run as ${this.account.name} (uid ${this.account.uid}) ${ns}`;
    }
    jail(options = {}) {
        return { enter: (spawn) => this.enter(spawn, options) };
    }
    async close() {
        await this.serial(() => this.sweep());
        if (this.privilege === 'root')
            await (0,promises_.rm)(this.runDir, { recursive: true, force: true, maxRetries: 2 }).catch(() => undefined);
        else
            await runPrivileged(this.privilege, ['rm', '-rf', '--', this.runDir], this.options.env).catch(() => undefined);
    }
    serial(fn) {
        const next = this.queue.then(fn, fn);
        this.queue = next.catch(() => undefined);
        return next;
    }
    async enter(spawn, options) {
        const tree = external_node_path_default().resolve(this.options.workdir);
        const grants = (options.grants ?? []).map((g) => external_node_path_default().resolve(g));
        await this.serial(async () => {
            if (this.leases === 0)
                await this.grantTree(tree);
            this.leases++;
        });
        let granted = [];
        const release = async () => {
            await this.serial(async () => {
                this.leases--;
                // parallel profiles share the tree: the last one out sweeps and takes it back
                if (this.leases === 0) {
                    await this.sweep();
                    await this.restoreTree(tree);
                }
                if (granted.length)
                    await this.chown(granted, `${process.getuid?.() ?? 0}:${process.getgid?.() ?? 0}`).catch((e) => this.options.log.warn(`sandbox: ${e.message}`));
            }).catch((e) => this.options.log.warn(`sandbox: could not clean up after the process: ${e.message}`));
        };
        try {
            if (grants.length) {
                await this.chown(grants, `${this.account.uid}:${this.account.gid}`);
                granted = grants;
            }
            const allGrants = [tree, this.runDir, ...grants];
            const env = this.childEnv(spawn.env, allGrants, tree);
            const inner = ['setpriv', `--reuid=${this.account.uid}`, `--regid=${this.account.gid}`, '--clear-groups', '--no-new-privs', '--'];
            // sudo resets PATH (secure_path): give the command the PATH it was meant to have
            if (this.privilege === 'sudo')
                inner.push('/usr/bin/env', `PATH=${env.PATH ?? '/usr/bin:/bin'}`);
            inner.push(spawn.file, ...spawn.args);
            let argv;
            if (this.pidNamespace) {
                const plan = planView({
                    grants: allGrants,
                    readOnly: options.readOnly ?? [],
                    hidden: this.hiddenPaths(tree),
                    traversable: (dir) => this.traversable(dir),
                    isDir: (dir) => isDir(dir),
                });
                const { script, params } = setupScript(plan);
                argv = ['unshare', '--pid', '--fork', '--mount', '--mount-proc', '--kill-child', '--', '/bin/sh', '-c', script, 'droid-sandbox', ...params, ...inner];
            }
            else {
                this.checkReachable(spawn.cwd);
                argv = inner;
            }
            const [file, args] = privilegedWithEnv(this.privilege, argv);
            return { file, args, cwd: spawn.cwd, env, release };
        }
        catch (error) {
            await release();
            throw error;
        }
    }
    /** the command's environment with the droid's folders replaced by the sandbox's own */
    childEnv(source, grants, tree) {
        const env = { ...source };
        const inside = (value) => value !== undefined && external_node_path_default().isAbsolute(value) && grants.some((g) => sandbox_within(external_node_path_default().resolve(value), g));
        for (const name of HOME_VARS)
            if (!inside(env[name]))
                env[name] = this.home;
        for (const name of TMP_VARS) {
            if ((name === 'TMPDIR' || env[name] !== undefined) && !inside(env[name]))
                env[name] = this.tmp;
        }
        for (const name of DROPPED_DIR_VARS)
            if (env[name] !== undefined && !inside(env[name]))
                delete env[name];
        env.USER = this.account.name;
        env.LOGNAME = this.account.name;
        // the top folder stays the owner's: the account's git would refuse it as "dubious ownership"
        const count = Number(env.GIT_CONFIG_COUNT ?? '0');
        const index = Number.isInteger(count) && count >= 0 ? count : 0;
        env[`GIT_CONFIG_KEY_${index}`] = 'safe.directory';
        env[`GIT_CONFIG_VALUE_${index}`] = tree;
        env.GIT_CONFIG_COUNT = String(index + 1);
        return env;
    }
    hiddenPaths(tree) {
        const env = this.options.env;
        const out = [external_node_path_default().join(tree, '.droid')];
        const add = (value) => {
            if (value && external_node_path_default().isAbsolute(value) && external_node_path_default().resolve(value) !== '/')
                out.push(external_node_path_default().resolve(value));
        };
        add(env.RUNNER_TEMP);
        for (const name of FILE_COMMAND_VARS)
            if (env[name])
                add(external_node_path_default().dirname(env[name]));
        add(env.HOME);
        add((0,external_node_os_.homedir)());
        add(process.env.HOME);
        for (const h of this.options.hidden ?? [])
            add(h);
        // never cover the tree itself or the sandbox's own folder (view.ts exposes them inside a covered one)
        return out.filter((h) => h !== tree && h !== this.runDir);
    }
    traversable(dir) {
        try {
            const s = (0,external_node_fs_.statSync)(dir);
            if (!s.isDirectory())
                return false;
            if (s.uid === this.account.uid)
                return (s.mode & 0o100) !== 0;
            if (s.gid === this.account.gid)
                return (s.mode & 0o010) !== 0;
            return (s.mode & 0o001) !== 0;
        }
        catch {
            return false;
        }
    }
    checkReachable(dir) {
        let current = external_node_path_default().resolve(dir);
        const blocked = [];
        while (external_node_path_default().dirname(current) !== current) {
            current = external_node_path_default().dirname(current);
            if (!this.traversable(current))
                blocked.push(current);
        }
        if (blocked.length) {
            throw new Error(`the sandbox account cannot enter ${blocked[blocked.length - 1]} (no search permission for others) and this machine gives no mount namespace to expose the work tree; put the workspace under a folder others may enter, or allow \`unshare\` (CAP_SYS_ADMIN)`);
        }
    }
    async chown(paths, owner) {
        const result = await runPrivileged(this.privilege, ['chown', '-R', '-h', owner, '--', ...paths], this.options.env);
        if (result.exitCode !== 0)
            throw new Error(`could not change the owner of ${paths.join(', ')} (${failureText(result)})`);
    }
    /**
     * Everything but .droid to the account (engines may commit: .git's contents too, which gitguard puts
     * back after the round); the top folder and .git itself stay the owner's, group-writable to the account
     * with the sticky bit, so neither .git nor .droid can be renamed away or replaced.
     */
    async grantTree(tree) {
        const s = await (0,promises_.stat)(tree);
        const git = await (0,promises_.lstat)(external_node_path_default().join(tree, '.git')).catch(() => undefined);
        this.treeOwner = { uid: s.uid, gid: s.gid, mode: s.mode & 0o7777, gitMode: git?.isDirectory() ? git.mode & 0o7777 : 0o755 };
        const mode = (this.treeOwner.mode | 0o1070).toString(8);
        const script = [
            'set -e; t=$1; u=$2; g=$3; m=$4',
            'chown -h ":$g" "$t"; chmod "$m" "$t"',
            'find "$t" -mindepth 1 -maxdepth 1 ! -name .git ! -name .droid -exec chown -R -h "$u:$g" {} +',
            'if [ -d "$t/.git" ] && [ ! -L "$t/.git" ]; then chown -h ":$g" "$t/.git"; chmod g+rwx,+t "$t/.git"; find "$t/.git" -mindepth 1 -maxdepth 1 -exec chown -R -h "$u:$g" {} +; fi',
        ].join('\n');
        const result = await runPrivileged(this.privilege, ['/bin/sh', '-c', script, 'droid-grant', tree, String(this.account.uid), String(this.account.gid), mode], this.options.env);
        if (result.exitCode !== 0) {
            await this.restoreTree(tree).catch(() => undefined);
            throw new Error(`could not hand the work tree to ${this.account.name} (${failureText(result)})`);
        }
    }
    /** every file back to the tree's owner (including what the account created), the top folder's mode back */
    async restoreTree(tree) {
        const owner = this.treeOwner;
        if (!owner)
            return;
        const script = [
            'set -e; t=$1; u=$2; g=$3; m=$4',
            'find "$t" -mindepth 1 -maxdepth 1 ! -name .git -exec chown -R -h "$u:$g" {} +',
            'if [ -d "$t/.git" ] && [ ! -L "$t/.git" ]; then find "$t/.git" -mindepth 1 -maxdepth 1 -exec chown -R -h "$u:$g" {} +; chown -h "$u:$g" "$t/.git"; chmod "$5" "$t/.git"; fi',
            'chown -h "$u:$g" "$t"; chmod "$m" "$t"',
        ].join('\n');
        const result = await runPrivileged(this.privilege, ['/bin/sh', '-c', script, 'droid-restore', tree, String(owner.uid), String(owner.gid), owner.mode.toString(8), owner.gitMode.toString(8)], this.options.env);
        if (result.exitCode !== 0)
            throw new Error(`could not give the work tree back to uid ${owner.uid} (${failureText(result)})`);
    }
    /**
     * Kills every process of the account outside a sandbox namespace (with namespaces nothing can be there;
     * without them this is what ends a double-forked daemon). Processes in another run's namespace are
     * that run's to end.
     */
    async sweep() {
        if (this.privilege === 'sudo') {
            if (this.pidNamespace)
                return; // the namespace died with its PID 1; the droid cannot look into root's /proc entries
            for (let round = 0; round < 5; round++) {
                const kill = await runPrivileged(this.privilege, ['setpriv', `--reuid=${this.account.uid}`, `--regid=${this.account.gid}`, '--clear-groups', '--', 'kill', '-KILL', '-1'], this.options.env, 10_000);
                if (kill.exitCode !== 0)
                    return; // nothing left to signal
            }
            return;
        }
        for (let round = 0; round < 50; round++) {
            const pids = this.accountProcesses();
            if (pids.length === 0)
                return;
            for (const pid of pids) {
                try {
                    process.kill(pid, 'SIGKILL');
                }
                catch {
                    /* gone meanwhile */
                }
            }
            await new Promise((resolve) => setTimeout(resolve, 20));
        }
        this.options.log.warn(`sandbox: processes of ${this.account.name} are still running after the sweep`);
    }
    accountProcesses() {
        const found = [];
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)('/proc');
        }
        catch {
            return found;
        }
        for (const name of names) {
            if (!/^\d+$/.test(name))
                continue;
            try {
                const status = (0,external_node_fs_.readFileSync)(`/proc/${name}/status`, 'utf8');
                const uid = /^Uid:\s+(\d+)/m.exec(status)?.[1];
                if (Number(uid) !== this.account.uid)
                    continue;
                if (/^State:\s+Z/m.test(status))
                    continue;
                if (this.hostPidNs !== undefined && (0,external_node_fs_.readlinkSync)(`/proc/${name}/ns/pid`) !== this.hostPidNs)
                    continue;
                found.push(Number(name));
            }
            catch {
                /* exited while we looked */
            }
        }
        return found;
    }
}
function isDir(dir) {
    try {
        return (0,external_node_fs_.statSync)(dir).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/sandbox/index.ts



/***/ }),

/***/ 12267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OY: () => (/* binding */ describeEntry),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   Xr: () => (/* binding */ prepareArtifactDir),
/* harmony export */   Y2: () => (/* binding */ prepareArtifactDirSync),
/* harmony export */   Y4: () => (/* binding */ appendFileNoFollowSync),
/* harmony export */   iF: () => (/* binding */ isRegularFileSync),
/* harmony export */   qI: () => (/* binding */ writeFileNoFollow)
/* harmony export */ });
/* unused harmony export DEFAULT_READ_CAP */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/**
 * File access that never follows a link out of the work tree (PRODUCT.md §10). The engine and the test
 * commands may leave anything in the tree: a symlink to /dev/zero or to a file outside, a FIFO, a device,
 * a `.droid` folder replaced by a link. What the droid reads is looked at with `lstat` first and opened
 * with O_NOFOLLOW | O_NONBLOCK (a FIFO never blocks); a symlink is described by its target text, never
 * read through; anything but a regular file is only named; every read is capped. What the droid writes
 * (its artifacts folder `.droid/`: pr.md, audit.jsonl, patches) goes into a folder that is not a link
 * (a link there is removed and a fresh folder made) and into files opened without following links (a link
 * or FIFO in their place is removed and the file created fresh, exclusively).
 */




const { O_RDONLY, O_WRONLY, O_CREAT, O_TRUNC, O_EXCL, O_APPEND, O_NOFOLLOW, O_NONBLOCK } = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants;
/** most bytes read of one file unless the caller says otherwise */
const DEFAULT_READ_CAP = 8 * 1024 * 1024;
/** longest symlink target text kept */
const MAX_LINK_TEXT = 4096;
/** What is at `file`, without following a link: a regular file's first `maxBytes` bytes, a link's target text. */
async function describeEntry(file, maxBytes = DEFAULT_READ_CAP) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file).catch(() => undefined);
    if (!info)
        return { kind: 'missing' };
    if (info.isSymbolicLink()) {
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(file).catch(() => '');
        return { kind: 'symlink', target: target.slice(0, MAX_LINK_TEXT) };
    }
    if (info.isDirectory())
        return { kind: 'dir' };
    if (!info.isFile())
        return { kind: 'other', type: otherType(info) };
    const read = await readRegularFile(file, maxBytes);
    if (!read)
        return { kind: 'other', type: 'unknown' };
    return { kind: 'file', ...read, mode: info.mode };
}
function otherType(info) {
    if (info.isFIFO())
        return 'fifo';
    if (info.isSocket())
        return 'socket';
    if (info.isBlockDevice() || info.isCharacterDevice())
        return 'device';
    return 'unknown';
}
/**
 * The first `maxBytes` bytes of a regular file and its size; undefined when `file` is a link, a FIFO, a
 * device, a folder or missing. Never blocks and never reads more than `maxBytes`.
 */
async function readRegularFile(file, maxBytes = DEFAULT_READ_CAP) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
    }
    catch {
        return undefined;
    }
    try {
        const info = await handle.stat();
        if (!info.isFile())
            return undefined;
        const want = Math.max(0, Math.min(info.size, maxBytes));
        const data = Buffer.alloc(want);
        let got = 0;
        while (got < want) {
            const { bytesRead } = await handle.read(data, got, want - got, got);
            if (bytesRead === 0)
                break;
            got += bytesRead;
        }
        return { data: data.subarray(0, got), size: info.size, truncated: info.size > got };
    }
    finally {
        await handle.close();
    }
}
// ---- writing the droid's artifacts -------------------------------------------------------------
/**
 * Makes `dir` a real folder: created when missing (its parents too); a link or a non-folder in its place is
 * removed first. Returns true when something had to be replaced (the caller may say so).
 */
async function prepareArtifactDir(dir) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(dir).catch(() => undefined);
    if (info?.isDirectory())
        return false;
    if (info)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(dir).catch((e) => failReplace(dir, e));
    else
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir).catch((e) => {
        if (e.code !== 'EEXIST')
            throw e;
    });
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(dir)).isDirectory())
        failReplace(dir, new Error('not a folder'));
    return info !== undefined;
}
function prepareArtifactDirSync(dir) {
    let info;
    try {
        info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir);
    }
    catch {
        info = undefined;
    }
    if (info?.isDirectory())
        return false;
    if (info) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(dir);
        }
        catch (e) {
            failReplace(dir, e);
        }
    }
    else
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir), { recursive: true });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir);
    }
    catch (e) {
        if (e.code !== 'EEXIST')
            throw e;
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir).isDirectory())
        failReplace(dir, new Error('not a folder'));
    return info !== undefined;
}
function failReplace(dir, cause) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DroidError */ .TF('work', `${dir} is not a folder and could not be replaced by one: ${cause instanceof Error ? cause.message : String(cause)}`, {
        hint: 'remove it; the droid writes its artifacts there and never through a link',
    });
}
/**
 * Writes (or appends) `data` to `file` without following a link: a link, FIFO or device in its place is
 * removed and the file created fresh (O_EXCL). The folder is not checked: call prepareArtifactDir first.
 */
async function writeFileNoFollow(file, data, options = {}) {
    const handle = await openForWrite(file, options.append === true, options.mode ?? 0o644);
    try {
        await handle.writeFile(data);
    }
    finally {
        await handle.close();
    }
}
async function openForWrite(file, append, mode) {
    const flags = O_WRONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK | (append ? O_APPEND : O_TRUNC);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, flags, mode);
        if ((await handle.stat()).isFile())
            return handle;
        await handle.close();
    }
    catch (error) {
        const code = error.code;
        // ELOOP: a link; ENXIO: a FIFO nobody reads; EISDIR: a folder (left alone, reported)
        if (code !== 'ELOOP' && code !== 'ENXIO' && code !== 'EMLINK')
            throw error;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(file);
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode);
}
/** Sync append for the audit log (every line is on disk before the next action). Returns true when the file was created fresh. */
function appendFileNoFollowSync(file, data) {
    const flags = O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_NONBLOCK;
    let fd;
    let fresh = false;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, flags, 0o644);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).isFile()) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            fd = undefined;
        }
    }
    catch (error) {
        const code = error.code;
        if (code !== 'ELOOP' && code !== 'ENXIO' && code !== 'EMLINK')
            throw error;
    }
    if (fd === undefined) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(file);
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o644);
        fresh = true;
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, data);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    return fresh;
}
/** `file` is a regular file (not followed); with `removeOther`, a link, FIFO or device in its place is removed. */
function isRegularFileSync(file, options = {}) {
    let info;
    try {
        info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file);
    }
    catch {
        return false;
    }
    if (info.isFile())
        return true;
    if (options.removeOther && !info.isDirectory())
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(file);
    return false;
}


/***/ })

};
