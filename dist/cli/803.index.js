export const id = 803;
export const ids = [803];
export const modules = {

/***/ 94184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ AuditLog)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_safe_fs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12267);


/**
 * The audit log (PRODUCT.md §7): one JSON line per action, redacted, appended synchronously so a crash
 * loses nothing already recorded. The file is written without following links (util/safe-fs.ts): an
 * engine that replaced `.droid` or the log with a link to somewhere else gets a fresh folder and file,
 * rewritten with every line so far, and nothing is written outside. With telemetry, every stage is a span under the run's root span and
 * every event a short child span of its stage.
 */
class AuditLog {
    runId;
    options;
    currentStage = 'trigger';
    lines = [];
    constructor(runId, options) {
        this.runId = runId;
        this.options = options;
        if (options.file)
            (0,_util_safe_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareArtifactDirSync */ .Y2)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(options.file));
    }
    /** The lines written so far (redacted), e.g. for the job summary. */
    get entries() {
        return this.lines;
    }
    get file() {
        return this.options.file;
    }
    useFile(file) {
        if (file === this.options.file)
            return;
        (0,_util_safe_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareArtifactDirSync */ .Y2)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(file));
        (0,_util_safe_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .appendFileNoFollowSync */ .Y4)(file, this.allLines());
        this.options.file = file;
    }
    record(event) {
        const line = this.options.redactor.redactValue({
            time: (this.options.now?.() ?? new Date()).toISOString(),
            run_id: this.runId,
            actor: this.options.actor(),
            ...event,
        });
        this.lines.push(line);
        if (this.options.file)
            this.append(this.options.file, `${JSON.stringify(line)}\n`);
        this.options.telemetry?.event(line);
    }
    allLines() {
        return this.lines.map((l) => `${JSON.stringify(l)}\n`).join('');
    }
    /** Appends one line; when the folder or the file is missing or was not a regular file, the whole log so far is written. */
    append(file, text) {
        const freshDir = (0,_util_safe_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareArtifactDirSync */ .Y2)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(file));
        const whole = freshDir || !(0,_util_safe_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .isRegularFileSync */ .iF)(file, { removeOther: true });
        (0,_util_safe_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .appendFileNoFollowSync */ .Y4)(file, whole ? this.allLines() : text);
    }
    async stage(stage, fn) {
        const previous = this.currentStage;
        this.currentStage = stage;
        const started = Date.now();
        this.record({ stage, action: 'stage.start', outcome: 'ok' });
        this.options.telemetry?.startStage(stage);
        try {
            const result = await fn();
            this.record({ stage, action: 'stage.end', outcome: 'ok', durationMs: Date.now() - started });
            this.options.telemetry?.endStage(stage, 'ok');
            return result;
        }
        catch (error) {
            this.record({
                stage,
                action: 'stage.end',
                outcome: 'fail',
                durationMs: Date.now() - started,
                detail: { error: error instanceof Error ? error.message : String(error) },
            });
            this.options.telemetry?.endStage(stage, 'fail');
            throw error;
        }
        finally {
            this.currentStage = previous;
        }
    }
    async close() {
        await this.options.telemetry?.shutdown();
    }
}


/***/ }),

/***/ 96759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ describeExit),
/* harmony export */   KF: () => (/* binding */ stderrGist),
/* harmony export */   b$: () => (/* binding */ agentEnv),
/* harmony export */   kY: () => (/* binding */ runEngineCli)
/* harmony export */ });
/* unused harmony exports cliFolders, runAgentCli */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37895);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49997);
/**
 * Running an agent CLI for one round: private HOME, a minimal environment, the prompt fed on
 * stdin from a file (prompts can exceed the 128 KiB limit of one argv string), stderr kept
 * apart from the structured stdout, and stdout handed over line by line.
 */




/** Non-secret variables an agent CLI needs to work behind a corporate proxy or CA. */
const PASS_THROUGH = [
    'PATH',
    'LANG',
    'LC_ALL',
    'LC_CTYPE',
    'TZ',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'NODE_EXTRA_CA_CERTS',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
];
/** A fresh environment: pass-through basics, HOME/TMPDIR in the scratch dir, plus `extra`. */
function agentEnv(source, home, extra) {
    const env = {};
    for (const name of PASS_THROUGH) {
        const value = source[name];
        if (value !== undefined && value !== '')
            env[name] = value;
    }
    env.PATH ??= '/usr/local/bin:/usr/bin:/bin';
    env.HOME = home;
    return { ...env, ...extra };
}
function readTail(file, bytes) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
        const length = Math.min(size, bytes);
        const buffer = Buffer.alloc(length);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, length, size - length);
        return buffer.toString('utf8');
    }
    catch {
        return '';
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * `/bin/sh` only redirects stdin and stderr and then `exec`s the CLI, so the CLI leads the
 * process group that runProcess kills on timeout. No user text is part of the script: the
 * file names and the CLI's argv are positional parameters.
 */
const REDIRECT = 'in=$1; err=$2; shift 2; exec "$@" <"$in" 2>"$err"';
/**
 * What the sandbox must be able to read of the CLI: its package, up to the outermost `node_modules`
 * (a launcher finds its platform binary there), when that lies under a folder the sandbox cannot see.
 */
function cliFolders(bin) {
    let real = bin;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(bin);
    }
    catch {
        return [];
    }
    const parts = real.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
    const first = parts.indexOf('node_modules');
    return [first > 0 ? parts.slice(0, first + 1).join((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) : node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(real)];
}
async function runAgentCli(options) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(options.scratchDir, { recursive: true });
    let stdinFile = '/dev/null';
    if (options.prompt !== undefined) {
        stdinFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.scratchDir, 'prompt.md');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(stdinFile, options.prompt, { mode: 0o600 });
    }
    const stderrFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.scratchDir, 'agent-stderr.log');
    const lines = new _util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .WholeLineSplitter */ .fz(options.onLine);
    const result = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .runProcess */ .R3)('/bin/sh', ['-c', REDIRECT, 'droid-agent', stdinFile, stderrFile, options.bin, ...options.args], {
        cwd: options.workdir,
        env: options.env,
        timeoutMs: options.timeoutMs,
        signal: options.signal,
        keepBytes: 32 * 1024,
        onOutput: (chunk) => lines.write(chunk),
        jail: options.sandbox?.jail({ grants: [options.scratchDir], readOnly: cliFolders(options.bin) }),
    });
    lines.end();
    return { result, stderrTail: readTail(stderrFile, 8 * 1024) };
}
/**
 * One engine round's CLI run: the work tree, scratch folder, sandbox, time budget (engine.timeout_minutes)
 * and cancel signal come from the round's input; the engine gives only what is its own.
 */
function runEngineCli(input, cli) {
    return runAgentCli({
        ...cli,
        workdir: input.workdir,
        scratchDir: input.scratchDir,
        sandbox: input.sandbox,
        timeoutMs: input.config.engine.timeout_minutes * 60_000,
        signal: input.signal,
    });
}
/** stderr lines that never explain a failure */
const NOISE = ['WARNING: proceeding', 'Reading additional input from stdin', 'Reading prompt from stdin'];
/** The last meaningful stderr lines, for an error message (no stack frames). */
function stderrGist(stderrTail, maxLines = 5) {
    const lines = stderrTail
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !/^at\s/.test(l) && !NOISE.some((n) => l.startsWith(n)));
    return lines.slice(-maxLines).join('\n');
}
/** "did not finish within N minutes" / "was stopped" / exit description, for failures without a structured error. */
function describeExit(label, result, timeoutMinutes) {
    if (result.spawnError)
        return `${label} could not be started: ${result.spawnError}`;
    if (result.timedOut)
        return `${label} did not finish within ${timeoutMinutes} minutes (engine.timeout_minutes); it was stopped`;
    if (result.aborted)
        return `${label} was stopped (run cancelled)`;
    if (result.signal)
        return `${label} was killed by ${result.signal}`;
    if (result.exitCode === 126 || result.exitCode === 127)
        return `${label} could not be started (exit code ${result.exitCode})`;
    return `${label} exited with code ${String(result.exitCode)}`;
}


/***/ }),

/***/ 14622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ claudeCli),
/* harmony export */   No: () => (/* binding */ claudeEngine)
/* harmony export */ });
/* unused harmony export ClaudeStream */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _agent_process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96759);
/* harmony import */ var _cli_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46354);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40789);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(94441);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6537);
/* harmony import */ var _util_validate_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8956);
/**
 * The `claude` engine: Claude Code in print mode.
 *
 *   claude -p --output-format stream-json --verbose --permission-mode acceptEdits [--model m] [engine_args]
 *
 * with the prompt on stdin, in the work tree, with a private HOME and only its own key.
 * stream-json (one JSON event per line) ends with the same `result` object as `--output-format json`
 * and also shows each tool call, so reads and edits reach the audit log.
 *
 * Outcomes:
 * - `result.is_error: true` (bad key, model API down, max turns) → ok:false with the message;
 *   an HTTP 401/403 from the model API says which variable holds the key.
 * - edits refused by the permission mode (exit 0, is_error false, `permission_denials`): listed in
 *   `refusedEdits`; if no edit went through at all, the round fails (ok:false) with that list, so a
 *   run never ends quietly as "no changes" because Claude Code was not allowed to write.
 * - `/droid plan`: `--permission-mode plan`, the final text is the plan.
 * - `/droid review`: `--permission-mode plan` and no edit tools; the final text (or `structured_output`, when
 *   engine_args add `--json-schema`) is the findings JSON.
 */









function isMusl() {
    if (process.platform !== 'linux')
        return false;
    const report = process.report?.getReport();
    return report?.header?.glibcVersionRuntime === undefined;
}
/** The native binary's package for this platform (musl first on Alpine), then the wrapper's copy. */
function claudeBinaryPaths() {
    const base = `@anthropic-ai/claude-code-${process.platform}-${process.arch}`;
    const variants = process.platform !== 'linux' ? [base] : isMusl() ? [`${base}-musl`, base] : [base, `${base}-musl`];
    const exe = process.platform === 'win32' ? 'claude.exe' : 'claude';
    return [...variants.map((pkg) => `${pkg}/${exe}`), '@anthropic-ai/claude-code/bin/claude.exe'];
}
/** How to find Claude Code; with install scripts off, the wrapper's bin/claude.exe is a small stub. */
function claudeCli() {
    return {
        label: 'Claude Code',
        command: 'claude',
        overrideEnv: 'CLAUDE_CLI_PATH',
        packagePaths: claudeBinaryPaths(),
        minBytes: 1024 * 1024,
        installHint: 'install it with `npm i -g @anthropic-ai/claude-code`',
    };
}
const DEFAULT_KEY_VAR = 'ANTHROPIC_API_KEY';
/** engine.api_key_env values handed to Claude Code under their own name */
const BEARER_VARS = new Set(['CLAUDE_CODE_OAUTH_TOKEN', 'ANTHROPIC_AUTH_TOKEN']);
/** tuning knobs passed through from the job environment when set (none is secret) */
const TUNING_VARS = ['CLAUDE_CODE_MAX_RETRIES', 'API_TIMEOUT_MS', 'IS_SANDBOX', 'CLAUDE_CODE_MAX_OUTPUT_TOKENS'];
const EDIT_TOOLS = new Set(['Edit', 'MultiEdit', 'Write', 'NotebookEdit']);
const READ_TOOLS = new Set(['Read']);
function keyVariable(config) {
    return (0,_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .keyVariable */ .OE)(config, DEFAULT_KEY_VAR);
}
function readKey(env, config) {
    return (0,_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .readKey */ .YZ)(env, config, DEFAULT_KEY_VAR, 'the claude engine needs an Anthropic API key');
}
function checkEndpoint(config) {
    const { base_url: baseUrl, provider } = config.engine;
    if (provider !== '' && provider !== 'anthropic') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DroidError */ .TF('config', `engine.provider "${provider}" cannot be used with engine "claude": Claude Code speaks the Anthropic API only`, {
            hint: 'set engine.provider to "anthropic" (or leave it empty), or use engine "droid" for other providers',
        });
    }
    if (baseUrl !== '')
        (0,_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .parseBaseUrl */ .Q2)(baseUrl, 'https://llm.example.com');
}
/** Folds the event stream into what the engine result needs. */
class ClaudeStream {
    result;
    model;
    lastText = '';
    toolUses = new Map();
    /** tool_use_id -> the CLI's denial message */
    denied = new Map();
    /** tool_use_ids whose tool ran without error, with the kind of write when known */
    succeeded = new Map();
    unparsed = 0;
    line(line) {
        let event;
        try {
            event = JSON.parse(line);
        }
        catch {
            this.unparsed += 1;
            return;
        }
        if (!(0,_util_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .isRecord */ .u4)(event))
            return;
        if (event.type === 'system' && event.subtype === 'init' && typeof event.model === 'string')
            this.model = event.model;
        if (event.type === 'system' && event.subtype === 'permission_denied' && typeof event.tool_use_id === 'string') {
            this.denied.set(event.tool_use_id, typeof event.message === 'string' ? event.message : 'permission denied');
        }
        if (event.type === 'assistant' && (0,_util_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .isRecord */ .u4)(event.message) && Array.isArray(event.message.content)) {
            for (const block of event.message.content) {
                if (!(0,_util_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .isRecord */ .u4)(block))
                    continue;
                if (block.type === 'text' && typeof block.text === 'string' && block.text.trim() !== '')
                    this.lastText = block.text;
                if (block.type === 'tool_use' && typeof block.id === 'string' && typeof block.name === 'string') {
                    this.toolUses.set(block.id, {
                        type: 'tool_use',
                        id: block.id,
                        name: block.name,
                        input: (0,_util_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .isRecord */ .u4)(block.input) ? block.input : {},
                    });
                }
            }
        }
        if (event.type === 'user' && (0,_util_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .isRecord */ .u4)(event.message) && Array.isArray(event.message.content)) {
            const writeKind = (0,_util_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .isRecord */ .u4)(event.tool_use_result) && typeof event.tool_use_result.type === 'string' ? event.tool_use_result.type : undefined;
            for (const block of event.message.content) {
                if ((0,_util_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .isRecord */ .u4)(block) && block.type === 'tool_result' && typeof block.tool_use_id === 'string' && block.is_error !== true) {
                    this.succeeded.set(block.tool_use_id, writeKind);
                }
            }
        }
        if (event.type === 'result')
            this.result = event;
    }
    /** denials from the stream and from the result's permission_denials, by tool_use_id */
    denials() {
        const byId = new Map();
        for (const d of this.result?.permission_denials ?? []) {
            const id = d.tool_use_id ?? `denial-${byId.size}`;
            const file = typeof d.tool_input?.file_path === 'string' ? d.tool_input.file_path : undefined;
            byId.set(id, { id, tool: d.tool_name ?? 'tool', file, message: this.denied.get(id) ?? 'permission denied' });
        }
        for (const [id, message] of this.denied) {
            if (byId.has(id))
                continue;
            const use = this.toolUses.get(id);
            const file = typeof use?.input.file_path === 'string' ? use.input.file_path : undefined;
            byId.set(id, { id, tool: use?.name ?? 'tool', file, message });
        }
        return [...byId.values()];
    }
}
function relative(workdir, file) {
    return (0,_util_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .relativeInside */ .JA)(workdir, file) ?? file;
}
function touchedFiles(stream, workdir) {
    const touched = [];
    for (const [id, use] of stream.toolUses) {
        if (!stream.succeeded.has(id) || stream.denied.has(id))
            continue;
        const file = use.input.file_path ?? use.input.notebook_path;
        if (typeof file !== 'string')
            continue;
        if (READ_TOOLS.has(use.name))
            touched.push({ path: relative(workdir, file), action: 'read' });
        else if (EDIT_TOOLS.has(use.name)) {
            const created = use.name === 'Write' && stream.succeeded.get(id) === 'create';
            touched.push({ path: relative(workdir, file), action: created ? 'create' : 'edit' });
        }
    }
    return touched;
}
const REFUSAL_HINT = 'droid runs Claude Code with --permission-mode acceptEdits; an engine_args override (--permission-mode, --disallowedTools) or a deny rule in the repo\'s .claude/settings.json blocks edits: remove it';
function authError(status, keyVar, config, text) {
    const endpoint = config.engine.base_url || 'api.anthropic.com';
    return `Claude Code could not authenticate with the model API at ${endpoint} (HTTP ${status}: ${text || 'unauthorized'}). Check that ${keyVar} holds a valid key for that endpoint.`;
}
function failureMessage(result, keyVar, config) {
    const status = result.api_error_status ?? undefined;
    const text = (result.result ?? '').trim();
    if (status === 401 || status === 403)
        return authError(status, keyVar, config, text);
    const detail = text || (Array.isArray(result.errors) ? result.errors.map(String).join('; ') : '') || result.subtype || 'unknown error';
    return status ? `Claude Code failed (model API HTTP ${status}): ${detail}` : `Claude Code failed: ${detail}`;
}
async function runClaude(binPath, input) {
    const started = Date.now();
    const { config, log } = input;
    const keyVar = keyVariable(config);
    let bin;
    let key;
    try {
        checkEndpoint(config);
        key = readKey(input.env, config);
        bin = (0,_cli_path_js__WEBPACK_IMPORTED_MODULE_4__/* .locateCli */ .VF)(claudeCli(), input.env, { binPath }).path;
    }
    catch (error) {
        return { ok: false, summary: '', error: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error), durationMs: Date.now() - started };
    }
    const review = input.request.command === 'review';
    const planOnly = input.request.command === 'plan' || review;
    const args = ['-p', '--output-format', 'stream-json', '--verbose', '--permission-mode', 'acceptEdits'];
    if (config.engine.model)
        args.push('--model', config.engine.model);
    // the run's turn budget left for this round (engine.max_turns); engine_args may lower it, never lift the budget
    if (input.maxTurns !== undefined)
        args.push('--max-turns', String(input.maxTurns));
    args.push(...input.extraArgs);
    // the last --permission-mode wins: engine_args may loosen a fix round, never a plan
    if (planOnly)
        args.push('--permission-mode', 'plan');
    if (review)
        args.push('--disallowedTools', [...EDIT_TOOLS, 'Bash'].join(','));
    const home = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(input.scratchDir, 'claude-home');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(home, { recursive: true });
    const extra = {
        // a Claude subscription token or a gateway's bearer token keeps its own variable; any other is the API key
        [BEARER_VARS.has(keyVar) ? keyVar : DEFAULT_KEY_VAR]: key,
        CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
        DISABLE_AUTOUPDATER: '1',
    };
    if (config.engine.base_url)
        extra.ANTHROPIC_BASE_URL = config.engine.base_url.replace(/\/+$/, '');
    // Claude Code retries even a 401 for minutes by default; a few retries still ride out a 529
    extra.CLAUDE_CODE_MAX_RETRIES = '3';
    for (const name of TUNING_VARS) {
        const value = input.env[name];
        if (value !== undefined && value !== '')
            extra[name] = value;
    }
    const env = (0,_agent_process_js__WEBPACK_IMPORTED_MODULE_3__/* .agentEnv */ .b$)(input.env, home, extra);
    log.info(`claude: running Claude Code (${planOnly ? 'plan' : 'acceptEdits'} mode${config.engine.model ? `, model ${config.engine.model}` : ''})`);
    log.debug(`claude: ${bin} ${args.join(' ')}`);
    const stream = new ClaudeStream();
    const { result: run, stderrTail } = await (0,_agent_process_js__WEBPACK_IMPORTED_MODULE_3__/* .runEngineCli */ .kY)(input, {
        bin,
        args,
        env,
        prompt: input.prompt,
        onLine: (line) => stream.line(line),
    });
    const durationMs = Date.now() - started;
    const touched = touchedFiles(stream, input.workdir);
    const result = stream.result;
    const usage = (0,_usage_js__WEBPACK_IMPORTED_MODULE_7__/* .anthropicUsage */ .qX)(result?.usage, { costUsd: result?.total_cost_usd, turns: result?.num_turns, durationMs });
    if (!result || run.timedOut || run.aborted) {
        const gist = (0,_agent_process_js__WEBPACK_IMPORTED_MODULE_3__/* .stderrGist */ .KF)(stderrTail);
        const why = (0,_agent_process_js__WEBPACK_IMPORTED_MODULE_3__/* .describeExit */ .KE)('Claude Code', run, config.engine.timeout_minutes);
        return { ok: false, summary: stream.lastText, error: gist && !run.timedOut ? `${why}: ${gist}` : why, touched, usage, durationMs };
    }
    if (result.is_error === true && result.subtype === 'error_max_turns' && input.maxTurns !== undefined) {
        // the turn budget, not a failure: the edits so far are tested and kept like after a last round
        const summary = stream.lastText.trim();
        return { ok: true, summary, touched, usage, durationMs, budgetReached: `Claude Code stopped at the turn budget (engine.max_turns: ${input.maxTurns} turn(s) left for this round)` };
    }
    if (result.is_error === true) {
        return { ok: false, summary: '', error: failureMessage(result, keyVar, config), touched, usage, durationMs };
    }
    const summary = (result.result ?? stream.lastText).trim();
    if (review) {
        const structured = result.structured_output;
        return { ok: true, summary, review: structured !== undefined && structured !== null ? JSON.stringify(structured) : summary, touched, usage, durationMs };
    }
    if (planOnly)
        return { ok: true, summary, plan: summary, touched, usage, durationMs };
    const denials = stream.denials();
    for (const other of denials.filter((d) => !EDIT_TOOLS.has(d.tool))) {
        log.info(`claude: Claude Code was not allowed to use ${other.tool}: ${other.message}`);
    }
    const refused = denials
        .filter((d) => EDIT_TOOLS.has(d.tool))
        .map((d) => `${d.file ? relative(input.workdir, d.file) : '(unknown file)'} (${d.tool}): ${d.message}`);
    const edited = touched.some((t) => t.action !== 'read');
    return (0,_output_js__WEBPACK_IMPORTED_MODULE_5__/* .withRefusals */ ._)({ tag: 'claude', name: 'Claude Code', log }, { ok: true, summary, touched, usage, durationMs }, refused, edited, REFUSAL_HINT);
}
function claudeEngine(options = {}) {
    return {
        name: 'claude',
        async preflight(env, config) {
            checkEndpoint(config);
            readKey(env, config);
            (0,_cli_path_js__WEBPACK_IMPORTED_MODULE_4__/* .locateCli */ .VF)(claudeCli(), env, { binPath: options.binPath });
        },
        run: (input) => runClaude(options.binPath, input),
    };
}


/***/ }),

/***/ 46354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MC: () => (/* binding */ tryLocateCli),
/* harmony export */   VF: () => (/* binding */ locateCli)
/* harmony export */ });
/* unused harmony export defaultSearchRoots */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/**
 * Locating an agent CLI's real executable.
 *
 * npm installs these CLIs as a small launcher plus a platform package that holds the native
 * binary. When install scripts are off (as in many CI set-ups), the launcher in
 * `node_modules/.bin` can be a stub that only prints an error: files under `minBytes` are skipped,
 * and the platform package's binary is looked for in every `node_modules` above this module and
 * the working directory. Order: explicit path (factory option) → override variable → PATH →
 * node_modules.
 */




function isExecutableFile(file, minBytes) {
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
        if (!stats.isFile() || stats.size < minBytes)
            return false;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** Every `node_modules` folder from `start` up to the filesystem root. */
function nodeModulesAbove(start) {
    const found = [];
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(start);
    for (;;) {
        found.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'node_modules'));
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (parent === dir)
            return found;
        dir = parent;
    }
}
function moduleDir() {
    try {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    }
    catch {
        return undefined;
    }
}
/** Where to look for node_modules: this module's folder (source or bundle) and the working directory. */
function defaultSearchRoots() {
    const roots = [moduleDir(), process.cwd()].filter((d) => d !== undefined);
    return [...new Set(roots)];
}
/** Finds the CLI or returns undefined. `env` supplies the override variable and PATH. */
function tryLocateCli(spec, env, options = {}) {
    if (options.binPath)
        return { path: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.binPath), source: 'option' };
    const override = env[spec.overrideEnv];
    if (override)
        return { path: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(override), source: 'env' };
    const minBytes = spec.minBytes ?? 0;
    // what the job image installed on purpose comes first; launcher stubs are skipped by size
    for (const dir of (env.PATH ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter))) {
        if (!dir)
            continue;
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, spec.command);
        if (isExecutableFile(candidate, minBytes))
            return { path: candidate, source: 'PATH' };
    }
    const seen = new Set();
    for (const root of options.searchRoots ?? defaultSearchRoots()) {
        for (const nodeModules of nodeModulesAbove(root)) {
            if (seen.has(nodeModules))
                continue;
            seen.add(nodeModules);
            for (const rel of spec.packagePaths) {
                const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(nodeModules, rel);
                if (isExecutableFile(candidate, minBytes))
                    return { path: candidate, source: 'node_modules' };
            }
        }
    }
    return undefined;
}
/** Like tryLocateCli, and checks that an explicit path really is an executable; throws DroidError('engine'). */
function locateCli(spec, env, options = {}) {
    const found = tryLocateCli(spec, env, options);
    if (!found) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DroidError */ .TF('engine', `${spec.label} CLI not found (looked for \`${spec.command}\` in node_modules and on PATH)`, {
            hint: `${spec.installHint}, or set ${spec.overrideEnv} to the executable`,
        });
    }
    if ((found.source === 'option' || found.source === 'env') && !isExecutableFile(found.path, 0)) {
        const origin = found.source === 'env' ? spec.overrideEnv : 'the configured path';
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DroidError */ .TF('engine', `${spec.label} CLI at ${found.path} (from ${origin}) is not an executable file`, {
            hint: `point ${spec.overrideEnv} at the ${spec.command} executable`,
        });
    }
    return found;
}


/***/ }),

/***/ 37781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gQ: () => (/* binding */ codexCli),
/* harmony export */   sC: () => (/* binding */ codexEngine)
/* harmony export */ });
/* unused harmony exports codexConfigToml, hasOption, withoutSandboxOptions, CodexStream, rejectedPatches */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _agent_process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96759);
/* harmony import */ var _cli_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46354);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40789);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(94441);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6537);
/* harmony import */ var _util_validate_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8956);
/**
 * The `codex` engine: Codex CLI in exec mode.
 *
 *   codex exec --json --sandbox workspace-write [-m model] [engine_args] -
 *
 * with the prompt on stdin, in the work tree, with a private HOME and CODEX_HOME. CODEX_HOME holds
 * a config.toml that defines one model provider (`droid`): the team's `engine.base_url` or
 * OpenAI's, Responses wire API, key from OPENAI_API_KEY, two retries, no update checks, analytics,
 * plugins or apps.
 *
 * Outcomes (events are JSON lines):
 * - `turn.failed` or an `error` event/item → ok:false with its message. This includes an unknown
 *   model name, which Codex reports as an error item and then carries on degraded with exit 0.
 * - HTTP 401/403 from the model API → ok:false naming the key variable.
 * - patches refused by the sandbox (Codex logs `patch rejected: …` and exits 0) → `refusedEdits`;
 *   if no file change went through at all, ok:false with that list.
 * - the last `agent_message` is the summary; `file_change` items are the touched files.
 * - `/droid plan`: `--sandbox read-only`, the last message is the plan.
 * - `/droid review`: `--sandbox read-only` and `--output-schema` (the findings JSON Schema); the last
 *   message is the findings JSON.
 */









const TRIPLES = {
    'linux-x64': 'x86_64-unknown-linux-musl',
    'linux-arm64': 'aarch64-unknown-linux-musl',
    'darwin-x64': 'x86_64-apple-darwin',
    'darwin-arm64': 'aarch64-apple-darwin',
};
/** How to find Codex: the native binary of the platform package, then the npm launcher. */
function codexCli() {
    const key = `${process.platform}-${process.arch}`;
    const triple = TRIPLES[key];
    const native = triple ? [`@openai/codex-${key}/vendor/${triple}/bin/codex`, `@openai/codex/vendor/${triple}/bin/codex`] : [];
    return {
        label: 'Codex',
        command: 'codex',
        overrideEnv: 'CODEX_CLI_PATH',
        packagePaths: [...native, '@openai/codex/bin/codex.js'],
        installHint: 'install it with `npm i -g @openai/codex`',
    };
}
const DEFAULT_KEY_VAR = 'OPENAI_API_KEY';
const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
/** features that phone home or add tools a CI run has no use for */
const DISABLED_FEATURES = [
    'plugins',
    'remote_plugin',
    'apps',
    'image_generation',
    'computer_use',
    'browser_use',
    'in_app_updates',
    'daemon_auto_start',
    'unbounded_connection_retries',
];
function keyVariable(config) {
    return (0,_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .keyVariable */ .OE)(config, DEFAULT_KEY_VAR);
}
function readKey(env, config) {
    return (0,_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .readKey */ .YZ)(env, config, DEFAULT_KEY_VAR, 'the codex engine needs a model API key');
}
function baseUrl(config) {
    const { base_url: configured, provider } = config.engine;
    if (provider === 'anthropic') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DroidError */ .TF('config', 'engine.provider "anthropic" cannot be used with engine "codex": Codex speaks the OpenAI Responses API', {
            hint: 'use engine "claude" for an Anthropic endpoint, or point engine.base_url at an OpenAI-compatible Responses API',
        });
    }
    if (configured === '')
        return DEFAULT_BASE_URL;
    (0,_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .parseBaseUrl */ .Q2)(configured, 'https://llm.example.com/v1');
    return configured.replace(/\/+$/, '');
}
/** TOML basic strings accept JSON's escapes. */
const tomlString = (value) => JSON.stringify(value);
function codexConfigToml(url, model) {
    return [
        '# written by droid for one run',
        ...(model ? [`model = ${tomlString(model)}`] : []),
        'model_provider = "droid"',
        'check_for_update_on_startup = false',
        '',
        '[analytics]',
        'enabled = false',
        '',
        '[features]',
        ...DISABLED_FEATURES.map((f) => `${f} = false`),
        '',
        '[model_providers.droid]',
        'name = "droid"',
        `base_url = ${tomlString(url)}`,
        'wire_api = "responses"',
        'env_key = "OPENAI_API_KEY"',
        'request_max_retries = 2',
        'stream_max_retries = 2',
        '',
    ].join('\n');
}
const SANDBOX_OPTIONS = ['--sandbox', '-s', '--full-auto', '--dangerously-bypass-approvals-and-sandbox', '--yolo'];
/** Does argv set one of these options (`--opt value`, `--opt=value`)? */
function hasOption(args, names) {
    return args.some((arg) => names.some((name) => arg === name || arg.startsWith(`${name}=`)));
}
/** engine_args without the options that loosen the sandbox (and their values). */
function withoutSandboxOptions(args) {
    const out = [];
    for (let i = 0; i < args.length; i += 1) {
        const arg = args[i] ?? '';
        if (arg === '--sandbox' || arg === '-s') {
            i += 1;
            continue;
        }
        if (hasOption([arg], SANDBOX_OPTIONS))
            continue;
        out.push(arg);
    }
    return out;
}
/** Folds Codex's JSONL events into what the engine result needs. */
class CodexStream {
    workdir;
    lastMessage = '';
    errors = [];
    turnFailed;
    touched = [];
    failedChanges = [];
    completed = false;
    /** summed over the `turn.completed` events (one per exec turn) */
    usage;
    constructor(workdir) {
        this.workdir = workdir;
    }
    line(line) {
        let event;
        try {
            event = JSON.parse(line);
        }
        catch {
            return;
        }
        if (!(0,_util_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .isRecord */ .u4)(event))
            return;
        if (event.type === 'error' && typeof event.message === 'string')
            this.errors.push(event.message);
        if (event.type === 'turn.failed') {
            this.turnFailed = (0,_util_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .isRecord */ .u4)(event.error) && typeof event.error.message === 'string' ? event.error.message : 'turn failed';
        }
        if (event.type === 'turn.completed') {
            this.completed = true;
            this.usage = (0,_usage_js__WEBPACK_IMPORTED_MODULE_7__/* .addUsage */ .vk)(this.usage, (0,_usage_js__WEBPACK_IMPORTED_MODULE_7__/* .openAiUsage */ .gi)(event.usage, 0));
        }
        if (event.type === 'item.completed' && (0,_util_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .isRecord */ .u4)(event.item))
            this.item(event.item);
    }
    item(item) {
        if (item.type === 'agent_message' && typeof item.text === 'string')
            this.lastMessage = item.text;
        if (item.type === 'error' && typeof item.message === 'string')
            this.errors.push(item.message);
        if (item.type === 'file_change' && Array.isArray(item.changes)) {
            for (const change of item.changes) {
                if (!(0,_util_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .isRecord */ .u4)(change) || typeof change.path !== 'string')
                    continue;
                const file = this.relative(change.path);
                if (item.status !== 'completed') {
                    this.failedChanges.push(`${file} (${String(change.kind ?? 'change')}): ${String(item.status ?? 'not applied')}`);
                    continue;
                }
                this.touched.push({ path: file, action: change.kind === 'add' ? 'create' : 'edit' });
            }
        }
    }
    relative(file) {
        return (0,_util_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .relativeInside */ .JA)(this.workdir, file) ?? file;
    }
}
/** `patch rejected: writing is blocked by read-only sandbox; …` lines Codex logs to stderr. */
function rejectedPatches(stderr) {
    const found = [];
    for (const line of stderr.split('\n')) {
        const match = /patch rejected: (.*)$/.exec(line);
        if (match?.[1])
            found.push(`patch rejected: ${match[1].trim()}`);
    }
    return [...new Set(found)];
}
const REFUSAL_HINT = 'droid runs Codex with --sandbox workspace-write; an engine_args override (--sandbox read-only) or an approval policy blocks edits: remove it';
function failureMessage(message, keyVar, url, model) {
    const status = /\bstatus (\d{3})\b/.exec(message)?.[1];
    if (status === '401' || status === '403') {
        return `Codex could not authenticate with the model API at ${url} (HTTP ${status}). Check that ${keyVar} holds a valid key for that endpoint. (${message})`;
    }
    if (/Model metadata for .* not found/.test(message)) {
        return `Codex does not know the model "${model}": ${message} Set engine.model to a model Codex supports.`;
    }
    if (/Missing environment variable/.test(message))
        return `Codex: ${message} (set ${keyVar})`;
    return `Codex failed: ${message}`;
}
async function runCodex(binPath, input) {
    const started = Date.now();
    const { config, log } = input;
    const keyVar = keyVariable(config);
    let bin;
    let key;
    let url;
    try {
        url = baseUrl(config);
        key = readKey(input.env, config);
        bin = (0,_cli_path_js__WEBPACK_IMPORTED_MODULE_4__/* .locateCli */ .VF)(codexCli(), input.env, { binPath }).path;
    }
    catch (error) {
        return { ok: false, summary: '', error: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error), durationMs: Date.now() - started };
    }
    const review = input.request.command === 'review';
    const planOnly = input.request.command === 'plan' || review;
    const home = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(input.scratchDir, 'codex-home');
    const codexHome = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(input.scratchDir, 'codex-config');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(home, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(codexHome, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(codexHome, 'config.toml'), codexConfigToml(url, config.engine.model), { mode: 0o600 });
    // Codex rejects an option given twice: engine_args that set the sandbox or model replace ours,
    // except in a plan round, which is always read-only
    const extraArgs = planOnly ? withoutSandboxOptions(input.extraArgs) : input.extraArgs;
    const args = ['exec', '--json'];
    if (!hasOption(extraArgs, SANDBOX_OPTIONS))
        args.push('--sandbox', planOnly ? 'read-only' : 'workspace-write');
    if (config.engine.model && !hasOption(extraArgs, ['--model', '-m']))
        args.push('--model', config.engine.model);
    if (review && input.reviewSchema && !hasOption(extraArgs, ['--output-schema'])) {
        const schemaFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(input.scratchDir, 'review-schema.json');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(schemaFile, JSON.stringify(input.reviewSchema), { mode: 0o600 });
        args.push('--output-schema', schemaFile);
    }
    args.push(...extraArgs, '-');
    const env = (0,_agent_process_js__WEBPACK_IMPORTED_MODULE_3__/* .agentEnv */ .b$)(input.env, home, { OPENAI_API_KEY: key, CODEX_HOME: codexHome, NO_COLOR: '1' });
    log.info(`codex: running Codex (${planOnly ? 'read-only' : 'workspace-write'} sandbox${config.engine.model ? `, model ${config.engine.model}` : ''})`);
    log.debug(`codex: ${bin} ${args.join(' ')}`);
    const stream = new CodexStream(input.workdir);
    const { result: run, stderrTail } = await (0,_agent_process_js__WEBPACK_IMPORTED_MODULE_3__/* .runEngineCli */ .kY)(input, {
        bin,
        args,
        env,
        prompt: input.prompt,
        onLine: (line) => stream.line(line),
    });
    const durationMs = Date.now() - started;
    const touched = stream.touched;
    const summary = stream.lastMessage.trim();
    const usage = stream.usage ? { ...stream.usage, durationMs } : undefined;
    if (run.timedOut || run.aborted) {
        return { ok: false, summary, error: (0,_agent_process_js__WEBPACK_IMPORTED_MODULE_3__/* .describeExit */ .KE)('Codex', run, config.engine.timeout_minutes), touched, usage, durationMs };
    }
    const failure = stream.turnFailed ?? stream.errors[0];
    if (failure !== undefined) {
        return { ok: false, summary, error: failureMessage(failure, keyVar, url, config.engine.model), touched, usage, durationMs };
    }
    if (run.exitCode !== 0 || !stream.completed) {
        const gist = (0,_agent_process_js__WEBPACK_IMPORTED_MODULE_3__/* .stderrGist */ .KF)(stderrTail);
        if (gist.includes('Not inside a trusted directory')) {
            return { ok: false, summary, error: `Codex only runs inside a git repository, and ${input.workdir} is not one`, touched, usage, durationMs };
        }
        const why = (0,_agent_process_js__WEBPACK_IMPORTED_MODULE_3__/* .describeExit */ .KE)('Codex', run, config.engine.timeout_minutes);
        return { ok: false, summary, error: gist ? `${why}: ${gist}` : why, touched, usage, durationMs };
    }
    if (review)
        return { ok: true, summary, review: summary, touched, usage, durationMs };
    if (planOnly)
        return { ok: true, summary, plan: summary, touched, usage, durationMs };
    const refused = [...stream.failedChanges, ...rejectedPatches(stderrTail)];
    return (0,_output_js__WEBPACK_IMPORTED_MODULE_5__/* .withRefusals */ ._)({ tag: 'codex', name: 'Codex', log }, { ok: true, summary, touched, usage, durationMs }, refused, touched.length > 0, REFUSAL_HINT);
}
function codexEngine(options = {}) {
    return {
        name: 'codex',
        async preflight(env, config) {
            baseUrl(config);
            readKey(env, config);
            (0,_cli_path_js__WEBPACK_IMPORTED_MODULE_4__/* .locateCli */ .VF)(codexCli(), env, { binPath: options.binPath });
        },
        run: (input) => runCodex(options.binPath, input),
    };
}


/***/ }),

/***/ 65823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ny: () => (/* binding */ droidCli),
  b_: () => (/* binding */ droidEngine)
});

// UNUSED EXPORTS: FACTORY_KEY_VAR, keySetup, locateDroid

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
// EXTERNAL MODULE: ./src/engine/agent-process.ts
var agent_process = __webpack_require__(96759);
// EXTERNAL MODULE: ./src/engine/cli-path.ts
var cli_path = __webpack_require__(46354);
// EXTERNAL MODULE: ./src/engine/settings.ts
var settings = __webpack_require__(94441);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/util/safe-fs.ts
var safe_fs = __webpack_require__(12267);
// EXTERNAL MODULE: ./src/util/validate.ts
var validate = __webpack_require__(8956);
;// CONCATENATED MODULE: ./src/engine/droid-output.ts
/**
 * Reading what Factory's droid CLI leaves behind:
 * - its `-o json` result line on stdout: `{type: "result", subtype, is_error, duration_ms, num_turns,
 *   result, session_id, usage}`;
 * - its session transcript in the per-run HOME (`.factory/sessions/<cwd>/<session_id>.jsonl`), where
 *   every tool call and tool result is recorded: the files it read and edited, and the tool calls that
 *   were refused for lack of autonomy (exit 0 and `is_error: false` notwithstanding);
 * - its log (`.factory/logs/droid-log-single.log`), which holds the model endpoint's error when the
 *   result only says "Exec failed".
 */





/** The result object from droid's stdout lines (the last line that parses as `{type: "result"}`). */
function parseDroidResult(lines) {
    for (let i = lines.length - 1; i >= 0; i -= 1) {
        const line = lines[i]?.trim() ?? '';
        if (!line.startsWith('{'))
            continue;
        try {
            const value = JSON.parse(line);
            if ((0,validate/* isRecord */.u4)(value) && value.type === 'result')
                return value;
        }
        catch {
            /* not JSON: droid may print other lines */
        }
    }
    return undefined;
}
const EDIT_TOOLS = new Set(['Edit', 'MultiEdit', 'ApplyPatch', 'Write']);
const CREATE_TOOLS = new Set(['Create']);
const READ_TOOLS = new Set(['Read']);
/** Tool results that mean "not allowed at this autonomy level". */
const REFUSAL = /not permitted|insufficient permission|requires? (?:a )?higher autonomy|--auto (?:low|medium|high)|read-only mode|permission denied by (?:autonomy|policy)/i;
function contentText(content) {
    if (typeof content === 'string')
        return content;
    if (Array.isArray(content))
        return content.map((p) => ((0,validate/* isRecord */.u4)(p) && typeof p.text === 'string' ? p.text : '')).join('');
    return '';
}
/** Tool calls with their results, from a session transcript (JSON lines). */
function parseSessionTranscript(text) {
    const calls = new Map();
    for (const line of text.split('\n')) {
        if (!line.trim().startsWith('{'))
            continue;
        let entry;
        try {
            entry = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (!(0,validate/* isRecord */.u4)(entry) || entry.type !== 'message' || !(0,validate/* isRecord */.u4)(entry.message))
            continue;
        const content = entry.message.content;
        if (!Array.isArray(content))
            continue;
        for (const block of content) {
            if (!(0,validate/* isRecord */.u4)(block))
                continue;
            if (block.type === 'tool_use' && typeof block.id === 'string' && typeof block.name === 'string') {
                calls.set(block.id, { id: block.id, name: block.name, input: (0,validate/* isRecord */.u4)(block.input) ? block.input : {} });
            }
            if (block.type === 'tool_result' && typeof block.tool_use_id === 'string') {
                const call = calls.get(block.tool_use_id);
                if (call) {
                    call.isError = block.is_error === true;
                    call.resultText = contentText(block.content);
                }
            }
        }
    }
    return [...calls.values()];
}
function relative(workdir, file) {
    return (0,validate/* relativeInside */.JA)(workdir, file) ?? file;
}
/** Paths an ApplyPatch-style patch names. */
function patchFiles(patch) {
    const out = [];
    for (const m of patch.matchAll(/^\*\*\* (Update|Add) File: (.+)$/gm)) {
        out.push({ path: (m[2] ?? '').trim(), action: m[1] === 'Add' ? 'create' : 'edit' });
    }
    return out;
}
function touchedFiles(calls, workdir) {
    const touched = [];
    for (const call of calls) {
        if (call.isError !== false)
            continue;
        const file = typeof call.input.file_path === 'string' ? call.input.file_path : undefined;
        if (READ_TOOLS.has(call.name) && file)
            touched.push({ path: relative(workdir, file), action: 'read' });
        else if (CREATE_TOOLS.has(call.name) && file)
            touched.push({ path: relative(workdir, file), action: 'create' });
        else if (EDIT_TOOLS.has(call.name)) {
            if (file)
                touched.push({ path: relative(workdir, file), action: 'edit' });
            const patch = typeof call.input.patch === 'string' ? call.input.patch : typeof call.input.input === 'string' ? call.input.input : '';
            for (const p of patchFiles(patch))
                touched.push({ path: relative(workdir, p.path), action: p.action });
        }
    }
    return touched;
}
/** Tool calls droid refused for lack of autonomy: the tool, whether it writes files, and "target (Tool): message". */
function refusedCalls(calls, workdir) {
    return calls
        .filter((c) => c.isError === true && REFUSAL.test(c.resultText ?? ''))
        .map((c) => {
        const file = typeof c.input.file_path === 'string' ? relative(workdir, c.input.file_path) : undefined;
        const command = typeof c.input.command === 'string' ? `\`${c.input.command.slice(0, 200)}\`` : undefined;
        const message = (c.resultText ?? '').replace(/^Error:\s*/, '').split('\n')[0]?.slice(0, 300) ?? '';
        const writes = EDIT_TOOLS.has(c.name) || CREATE_TOOLS.has(c.name);
        return { tool: c.name, writes, text: `${file ?? command ?? '(unknown target)'} (${c.name}): ${message}` };
    });
}
function isRefusalText(text) {
    return REFUSAL.test(text);
}
const MAX_TRANSCRIPT_BYTES = 32 * 1024 * 1024;
/** The transcript of `sessionId` under `<home>/.factory/sessions/*`, or '' when there is none. */
async function readSessionTranscript(home, sessionId) {
    if (!sessionId || !/^[A-Za-z0-9-]+$/.test(sessionId))
        return '';
    const root = external_node_path_default().join(home, '.factory', 'sessions');
    let dirs;
    try {
        dirs = await (0,promises_.readdir)(root);
    }
    catch {
        return '';
    }
    for (const dir of dirs) {
        // the engine's home is the engine's: a link, FIFO or device there is never read through (util/safe-fs.ts)
        const read = await (0,safe_fs/* readRegularFile */.XF)(external_node_path_default().join(root, dir, `${sessionId}.jsonl`), MAX_TRANSCRIPT_BYTES);
        if (read)
            return read.data.toString('utf8');
    }
    return '';
}
async function readTail(file, bytes) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
        const info = await handle.stat();
        if (!info.isFile())
            return '';
        const { size } = info;
        const length = Math.min(size, bytes);
        const buffer = Buffer.alloc(length);
        await handle.read(buffer, 0, length, size - length);
        return buffer.toString('utf8');
    }
    catch {
        return '';
    }
    finally {
        await handle?.close();
    }
}
/** The last "Chat route failure" droid logged (what the model endpoint answered), if any. */
async function lastEndpointFailure(home) {
    const text = await readTail(external_node_path_default().join(home, '.factory', 'logs', 'droid-log-single.log'), 256 * 1024);
    let found;
    for (const line of text.split('\n')) {
        if (!line.includes('Chat route failure'))
            continue;
        const reason = /"reason":"([^"\\]{1,60})"/.exec(line)?.[1];
        const raw = /"error":\{[^{}]*?"message":"((?:[^"\\]|\\.){0,400})"/.exec(line)?.[1];
        let message = '';
        if (raw !== undefined) {
            try {
                message = JSON.parse(`"${raw}"`);
            }
            catch {
                message = raw;
            }
        }
        found = { reason: reason ?? 'unknown', message: message.split('\n')[0] ?? '' };
    }
    return found;
}

// EXTERNAL MODULE: ./src/engine/home.ts
var engine_home = __webpack_require__(79079);
// EXTERNAL MODULE: ./src/engine/output.ts
var output = __webpack_require__(40789);
// EXTERNAL MODULE: ./src/engine/usage.ts
var engine_usage = __webpack_require__(6537);
;// CONCATENATED MODULE: ./src/engine/droid.ts
/**
 * The `droid` engine: Factory's CLI in exec mode.
 *
 *   droid exec --auto <engine.auto> -o json -f <prompt file> --cwd <work tree> [--model m] [engine_args]
 *
 * Key: `FACTORY_API_KEY` (the action's `factory_api_key` input), or the variable `engine.api_key_env`
 * names. BYOK: with `engine.base_url`, the team's own endpoint is written into a per-run
 * `$HOME/.factory/settings.json` as a custom model (`customModels`), the model is `custom:<model>`,
 * its key comes from `engine.api_key_env`, and without a Factory key droid runs air-gapped
 * (`FACTORY_AIRGAP_ENABLED=1`: no Factory login, no traffic to Factory).
 *
 * Every round: its own HOME (removed afterwards, it may hold the BYOK key), stdin closed, a minimal
 * environment with only its own key, `engine.timeout_minutes`.
 *
 * Outcomes:
 * - `is_error: true` is a failure whatever the exit code; "Authentication failed" and a 401 from the
 *   BYOK endpoint name the variable to fix; "insufficient permission … --auto" is a refusal: listed in
 *   `refusedEdits`, with the hint to raise `engine.auto`.
 * - without `--auto` droid is read-only, and a tool it may not use (e.g. Edit) fails inside the session
 *   while the run still ends with exit 0, `is_error: false`: these refusals are read from the session
 *   transcript and reported; if no edit went through at all, the round fails.
 * - `/droid plan` runs droid read-only (no `--auto`); the final text is the plan.
 */











const FACTORY_KEY_VAR = 'FACTORY_API_KEY';
const DEFAULT_PROVIDER = 'generic-chat-completion-api';
const MAX_OUTPUT_TOKENS = 16_384;
/** non-secret knobs passed through from the job environment when set */
const TUNING_VARS = ['FACTORY_AIRGAP_ENABLED', 'FACTORY_LOG_LEVEL'];
/** Factory ships a "baseline" build for x64 CPUs without AVX2; prefer the build this CPU runs. */
function hasAvx2() {
    if (process.platform !== 'linux' || process.arch !== 'x64')
        return true;
    try {
        return (0,external_node_fs_.readFileSync)('/proc/cpuinfo', 'utf8').toLowerCase().includes('avx2');
    }
    catch {
        return true;
    }
}
/** How to find droid: the platform package holds the native binary (the `droid` package's bin is a hard link to it after its install script, a JS launcher without). */
function droidCli() {
    const base = `@factory/cli-${process.platform}-${process.arch}`;
    const exe = process.platform === 'win32' ? 'droid.exe' : 'droid';
    const variants = hasAvx2() ? [base, `${base}-baseline`] : [`${base}-baseline`, base];
    return {
        label: 'Factory droid',
        command: 'droid',
        overrideEnv: 'DROID_CLI_PATH',
        packagePaths: [...variants.map((pkg) => `${pkg}/bin/${exe}`), 'droid/bin/droid'],
        installHint: 'install it with `npm i -g droid` or Factory\'s installer (`curl -fsSL https://app.factory.ai/cli | sh`)',
    };
}
/**
 * Order (cli-path.ts): the factory option, `DROID_CLI_PATH`, `droid` on PATH (what the job image
 * installed), then the platform package in `node_modules` above this module and the working directory.
 */
function locateDroid(env, binPath) {
    return (0,cli_path/* locateCli */.VF)(droidCli(), env, { binPath });
}
function checkEndpoint(config) {
    const { base_url: baseUrl, model, provider } = config.engine;
    if (baseUrl === '')
        return;
    (0,settings/* parseBaseUrl */.Q2)(baseUrl, 'https://llm.example.com/v1');
    if (model.trim() === '') {
        throw new errors/* DroidError */.TF('config', 'engine.model is required with engine.base_url: droid needs the model name your endpoint serves', {
            hint: 'set engine.model, e.g. "qwen2.5-coder-32b"',
        });
    }
    if (provider !== '' && !['anthropic', 'openai', 'generic-chat-completion-api'].includes(provider)) {
        throw new errors/* DroidError */.TF('config', `engine.provider "${provider}" is not one droid supports`, { hint: 'use anthropic, openai or generic-chat-completion-api' });
    }
}
function readVar(env, name) {
    const value = env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
}
function keySetup(env, config) {
    checkEndpoint(config);
    const { base_url: baseUrl, api_key_env: keyEnv, model, provider } = config.engine;
    const factoryKey = readVar(env, FACTORY_KEY_VAR);
    if (baseUrl !== '') {
        const name = keyEnv.trim();
        let apiKey = 'unused';
        if (name !== '') {
            const value = readVar(env, name);
            if (value === undefined) {
                throw new errors/* DroidError */.TF('engine', `${name} is not set: engine.api_key_env names it as the key for the model endpoint ${baseUrl}`, {
                    hint: `store the key as a CI secret and expose it to the job as ${name} (or clear engine.api_key_env if the endpoint needs no key)`,
                });
            }
            apiKey = value;
        }
        const extra = factoryKey ? { [FACTORY_KEY_VAR]: factoryKey } : { FACTORY_AIRGAP_ENABLED: '1' };
        return {
            env: extra,
            custom: {
                model: model.trim(),
                displayName: `droid-ci ${model.trim()}`,
                provider: provider === '' ? DEFAULT_PROVIDER : provider,
                baseUrl: baseUrl.replace(/\/+$/, ''),
                apiKey,
                maxOutputTokens: MAX_OUTPUT_TOKENS,
            },
            keyVar: name,
            secrets: [apiKey, factoryKey ?? ''].filter((s) => s !== '' && s !== 'unused'),
        };
    }
    const name = keyEnv.trim() || FACTORY_KEY_VAR;
    const key = readVar(env, name);
    if (key === undefined) {
        throw new errors/* DroidError */.TF('engine', `${name} is not set: the droid engine needs a Factory API key`, {
            hint: name === FACTORY_KEY_VAR
                ? 'pass it as the factory_api_key input (GitHub Action) or as a masked CI/CD variable FACTORY_API_KEY (GitLab); or use your own model endpoint with engine.base_url and engine.api_key_env (BYOK)'
                : `store the Factory API key as a CI secret and expose it to the job as ${name} (engine.api_key_env names it)`,
        });
    }
    return { env: { [FACTORY_KEY_VAR]: key }, keyVar: name, secrets: [key] };
}
// ---- outcome ----
function modelArgs(config, setup) {
    if (setup.custom)
        return ['--model', `custom:${setup.custom.model}`];
    return config.engine.model.trim() ? ['--model', config.engine.model.trim()] : [];
}
const AUTH_FAILED = /authentication failed|invalid api key|unauthori[sz]ed|\b401\b/i;
const NEEDS_AUTONOMY = /insufficient permission|re-run with --auto|--auto (?:medium|high)/i;
async function failureFor(result, input, setup, home) {
    const text = (result.result ?? '').trim() || result.subtype || 'unknown error';
    const endpoint = await lastEndpointFailure(home);
    const { config } = input;
    if (AUTH_FAILED.test(text) || endpoint?.reason === 'authError') {
        if (setup.custom) {
            const detail = endpoint?.message || text;
            const fix = setup.keyVar === '' ? 'Name the variable that holds its key in engine.api_key_env.' : `Check that ${setup.keyVar} holds a valid key for it.`;
            return `droid could not authenticate with the model endpoint ${setup.custom.baseUrl} (${detail}). ${fix}`;
        }
        return `droid could not authenticate with Factory: ${text} Check ${setup.keyVar} (the factory_api_key input on GitHub, a masked CI/CD variable on GitLab).`;
    }
    if (NEEDS_AUTONOMY.test(text)) {
        return `droid stopped: the task needs more autonomy than engine.auto "${config.engine.auto}" allows (${text}). If you accept that, raise engine.auto in .droid.yml (low → medium → high).`;
    }
    const detail = endpoint && endpoint.message ? ` (model endpoint: ${endpoint.reason}: ${endpoint.message})` : '';
    return `droid failed: ${text}${detail}`;
}
function refusalHint(config) {
    return `droid ran with --auto ${config.engine.auto}; too low an engine.auto (or an engine_args override) keeps it from editing: raise engine.auto in .droid.yml`;
}
async function runDroid(binPath, input) {
    const started = Date.now();
    const { config, log } = input;
    const elapsed = () => Date.now() - started;
    let setup;
    let bin;
    try {
        setup = keySetup(input.env, config);
        bin = locateDroid(input.env, binPath).path;
    }
    catch (error) {
        return { ok: false, summary: '', error: (0,errors/* describeError */.Uc)(error), durationMs: elapsed() };
    }
    const redactor = new redact/* Redactor */.pO();
    for (const s of setup.secrets)
        redactor.add(s);
    const review = input.request.command === 'review';
    // a review round is read-only like a plan: no --auto, so droid may read but not write or execute
    const plan = input.request.command === 'plan' || review;
    const home = await (0,engine_home/* createRunHome */.BQ)(input.scratchDir, 'droid-home');
    try {
        if (setup.custom)
            await (0,engine_home/* writeFactorySettings */.fC)(home, [setup.custom]);
        const promptFile = external_node_path_default().join(input.scratchDir, 'droid-prompt.md');
        await (0,engine_home/* writePrivateFile */.Pl)(promptFile, input.prompt);
        const args = ['exec', ...(plan ? [] : ['--auto', config.engine.auto]), '-o', 'json', '-f', promptFile, '--cwd', input.workdir];
        args.push(...modelArgs(config, setup), ...input.extraArgs);
        const extra = { ...setup.env };
        for (const name of TUNING_VARS) {
            const value = readVar(input.env, name);
            if (value !== undefined && extra[name] === undefined)
                extra[name] = value;
        }
        const env = (0,agent_process/* agentEnv */.b$)(input.env, home, extra);
        log.info(`droid: running droid exec (${plan ? 'read-only, plan' : `--auto ${config.engine.auto}`}${setup.custom ? `, own endpoint ${setup.custom.baseUrl}` : ''})`);
        log.debug(`droid: ${bin} ${args.join(' ')}`);
        const lines = [];
        const { result: run, stderrTail } = await (0,agent_process/* runEngineCli */.kY)(input, {
            bin,
            args,
            env,
            onLine: (line) => {
                lines.push(line);
                if (lines.length > 200)
                    lines.shift();
            },
        });
        const result = parseDroidResult(lines);
        const calls = parseSessionTranscript(await readSessionTranscript(home, result?.session_id));
        const touched = touchedFiles(calls, input.workdir);
        const usage = (0,engine_usage/* anthropicUsage */.qX)(result?.usage, { turns: result?.num_turns, durationMs: elapsed() });
        if (!result || run.timedOut || run.aborted) {
            const why = (0,agent_process/* describeExit */.KE)('droid', run, config.engine.timeout_minutes);
            const gist = (0,agent_process/* stderrGist */.KF)(stderrTail) || (0,output/* lastLines */.w)(lines.join('\n'), 5, 1000);
            const error = gist && !run.timedOut && !run.aborted ? `${why}: ${gist}` : why;
            return { ok: false, summary: '', error: redactor.redact(error), touched, usage, durationMs: elapsed() };
        }
        if (result.is_error === true) {
            const error = (await failureFor(result, input, setup, home)) ?? 'droid failed';
            const refused = NEEDS_AUTONOMY.test(result.result ?? '') ? [redactor.redact((result.result ?? '').trim())] : undefined;
            return { ok: false, summary: '', error: redactor.redact(error), refusedEdits: refused, touched, usage, durationMs: elapsed() };
        }
        const summary = redactor.redact((result.result ?? '').trim());
        if (review)
            return { ok: true, summary, review: summary, touched, usage, durationMs: elapsed() };
        if (plan)
            return { ok: true, summary, plan: summary, touched, usage, durationMs: elapsed() };
        const refusals = refusedCalls(calls, input.workdir);
        for (const other of refusals.filter((r) => !r.writes))
            log.info(`droid: droid was not allowed to use ${redactor.redact(other.text)}`);
        const refused = refusals.filter((r) => r.writes).map((r) => redactor.redact(r.text));
        const edited = touched.some((t) => t.action !== 'read');
        if (refused.length === 0 && !edited && calls.length === 0 && isRefusalText(summary)) {
            // no transcript to go by: droid's own words say it was not allowed to write
            refused.push(summary.split('\n')[0]?.slice(0, 300) ?? summary);
        }
        return (0,output/* withRefusals */._)({ tag: 'droid', name: 'droid', log }, { ok: true, summary, touched, usage, durationMs: elapsed() }, refused, edited, refusalHint(config));
    }
    finally {
        await (0,engine_home/* removeRunHome */.r5)(home);
    }
}
function droidEngine(options = {}) {
    return {
        name: 'droid',
        async preflight(env, config) {
            keySetup(env, config);
            locateDroid(env, options.binPath);
        },
        run: (input) => runDroid(options.binPath, input),
    };
}


/***/ }),

/***/ 98725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ engineBaseEnv)
/* harmony export */ });
/* harmony import */ var _profiles_env_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34945);

/**
 * The environment an engine adapter starts from: the runner's environment minus every forge credential
 * and the action's own inputs (the same lists test commands lose). Model keys stay: each adapter then
 * passes only its own key to its CLI.
 */
const NAMES = new Set(_profiles_env_js__WEBPACK_IMPORTED_MODULE_0__/* .FORGE_CREDENTIAL_NAMES */ .vq);
function engineBaseEnv(env) {
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        const upper = name.toUpperCase();
        if (NAMES.has(upper) || _profiles_env_js__WEBPACK_IMPORTED_MODULE_0__/* .FORGE_CREDENTIAL_PREFIXES */ .Zg.some((p) => upper.startsWith(p)))
            continue;
        if (value !== undefined && /(gitlab-ci-token|x-access-token|oauth2):[^@\s]+@/i.test(value))
            continue;
        out[name] = value;
    }
    return out;
}


/***/ }),

/***/ 79079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* binding */ createRunHome),
/* harmony export */   Pl: () => (/* binding */ writePrivateFile),
/* harmony export */   fC: () => (/* binding */ writeFactorySettings),
/* harmony export */   r5: () => (/* binding */ removeRunHome)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Per-run HOME folders for agent CLIs: each round gets a fresh, private (0700) folder inside its
 * scratch dir, so a CLI never reads the runner's own settings, credentials or earlier sessions,
 * and the keys written into it (droid's BYOK settings) are removed when the round ends.
 */


/** A new private folder `<scratchDir>/<prefix>-XXXXXX`. */
async function createRunHome(scratchDir, prefix = 'home') {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(scratchDir, { recursive: true, mode: 0o700 });
    const home = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(scratchDir, `${prefix}-`));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(home, 0o700);
    return home;
}
/** Writes a file readable by the owner only, creating its folder (0700). */
async function writePrivateFile(file, content) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true, mode: 0o700 });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, content, { mode: 0o600 });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(file, 0o600);
}
/** Removes a run HOME and everything in it; never throws (cleanup must not hide the real outcome). */
async function removeRunHome(home) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(home, { recursive: true, force: true, maxRetries: 2 }).catch(() => undefined);
}
/** `$HOME/.factory/settings.json` with the given custom models; returns the file's path. */
async function writeFactorySettings(home, customModels) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(home, '.factory', 'settings.json');
    await writePrivateFile(file, `${JSON.stringify({ customModels }, null, 2)}\n`);
    return file;
}


/***/ }),

/***/ 83526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ createEngine),
  Ec: () => (/* binding */ engineFor)
});

// UNUSED EXPORTS: ENGINE_NAMES, isEngineName

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/engine/claude.ts
var claude = __webpack_require__(14622);
// EXTERNAL MODULE: ./src/engine/codex.ts
var codex = __webpack_require__(37781);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/profiles/env.ts
var profiles_env = __webpack_require__(34945);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(37895);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
// EXTERNAL MODULE: ./src/engine/home.ts
var home = __webpack_require__(79079);
// EXTERNAL MODULE: ./src/engine/output.ts
var output = __webpack_require__(40789);
// EXTERNAL MODULE: ./src/engine/usage.ts
var engine_usage = __webpack_require__(6537);
;// CONCATENATED MODULE: ./src/engine/command.ts
/**
 * The `command` engine: any program the team chooses, run through `/bin/sh -c <engine.command>` in
 * the work tree. It finds the prompt in the file named by `$DROID_PROMPT_FILE` and the round in
 * `$DROID_ITERATION` (`$DROID_COMMAND` holds fix / plan / ci-fix / review). For `/droid review` it writes
 * the findings JSON (PRODUCT.md §13) to the file named by `$DROID_REVIEW_FILE`. It may write its usage as JSON to
 * the file named by `$DROID_USAGE_FILE` (`{"input_tokens": n, "output_tokens": n, "cost_usd": x, "turns": n}`,
 * engine/usage.ts), which counts toward engine.max_cost_usd and engine.max_turns. Its environment is scrubbed of
 * forge tokens and keys; the variable named by `engine.api_key_env` is passed back in, and nothing
 * else secret. stdin is closed and `engine.timeout_minutes` bounds it (the whole process tree is
 * killed at the limit).
 *
 * Outcomes: exit 0 → ok, the last lines of its stdout are the summary (and the plan for
 * `/droid plan`); any other exit, a timeout or a start failure → ok:false with the tail of its output.
 */









function checkCommand(config) {
    const command = config.engine.command.trim();
    if (command === '') {
        throw new errors/* DroidError */.TF('config', 'engine.use is "command" but engine.command is empty', {
            hint: 'set engine.command in .droid.yml to the program to run; it reads the prompt from the file named by $DROID_PROMPT_FILE',
        });
    }
    return command;
}
/** The engine's own key: the variable engine.api_key_env names, when it names one. */
function readKey(env, config) {
    const name = config.engine.api_key_env.trim();
    if (name === '')
        return {};
    const value = env[name];
    if (value === undefined || value.trim() === '') {
        throw new errors/* DroidError */.TF('engine', `${name} is not set: engine.api_key_env names it as the key for engine.command`, {
            hint: `store the key as a CI secret and expose it to the job as ${name}, or clear engine.api_key_env`,
        });
    }
    return { [name]: value };
}
function failure(started, error, output = '', summary = '') {
    return { ok: false, summary, error: output ? `${error}\n${output}` : error, durationMs: Date.now() - started };
}
async function runCommand(input) {
    const started = Date.now();
    const { config, log } = input;
    let command;
    let key;
    try {
        command = checkCommand(config);
        key = readKey(input.env, config);
    }
    catch (error) {
        return failure(started, (0,errors/* describeError */.Uc)(error));
    }
    const redactor = new redact/* Redactor */.pO();
    for (const value of Object.values(key))
        redactor.add(value);
    const promptFile = external_node_path_default().join(input.scratchDir, 'prompt.md');
    await (0,home/* writePrivateFile */.Pl)(promptFile, input.prompt);
    const review = input.request.command === 'review';
    const reviewFile = external_node_path_default().join(input.scratchDir, 'review.json');
    const usageFile = external_node_path_default().join(input.scratchDir, 'usage.json');
    // only what this round writes counts
    await (0,promises_.rm)(usageFile, { force: true });
    const env = (0,profiles_env/* scrubEnv */.LK)(input.env, {
        DROID_PROMPT_FILE: promptFile,
        DROID_ITERATION: String(input.iteration),
        DROID_COMMAND: input.request.command,
        ...(review ? { DROID_REVIEW_FILE: reviewFile } : {}),
        DROID_USAGE_FILE: usageFile,
        ...key,
    }, { dropNames: config.engine.api_key_env ? [config.engine.api_key_env] : [] });
    const stdout = new exec/* BoundedBuffer */.GI(16 * 1024);
    const timeoutMinutes = config.engine.timeout_minutes;
    log.info(`command: running engine.command (round ${input.iteration})`);
    const run = await (0,exec/* runProcess */.R3)('/bin/sh', ['-c', command, ...input.extraArgs.length ? ['droid-engine', ...input.extraArgs] : []], {
        cwd: input.workdir,
        env,
        timeoutMs: timeoutMinutes * 60_000,
        signal: input.signal,
        keepBytes: 16 * 1024,
        onStdout: (chunk) => stdout.write(chunk),
        jail: input.sandbox?.jail({ grants: [input.scratchDir] }),
    });
    const tail = redactor.redact((0,output/* lastLines */.w)(run.output, 30));
    const summary = redactor.redact((0,output/* lastLines */.w)(stdout.toString(), 20));
    if (run.spawnError)
        return failure(started, `engine.command could not be started: ${run.spawnError}`);
    if (run.timedOut) {
        return failure(started, `engine.command did not finish within ${timeoutMinutes} minutes (engine.timeout_minutes); it was stopped`, tail);
    }
    if (run.aborted)
        return failure(started, 'engine.command was stopped (run cancelled)', tail);
    if (run.exitCode !== 0) {
        const how = run.signal ? `was killed by ${run.signal}` : `exited with code ${String(run.exitCode)}`;
        const notFound = run.exitCode === 127 ? ' (command not found: check engine.command and that the program is installed in the job image)' : '';
        return failure(started, `engine.command ${how}${notFound}. Its last output:`, tail);
    }
    if (review) {
        const answer = await readReviewFile(reviewFile);
        if (answer.error)
            return failure(started, answer.error, tail);
        return { ok: true, summary, review: redactor.redact(answer.text ?? ''), durationMs: Date.now() - started };
    }
    const plan = input.request.command === 'plan' ? summary : undefined;
    const durationMs = Date.now() - started;
    const usageText = await (0,promises_.readFile)(usageFile, 'utf8').catch(() => undefined);
    const usage = (0,engine_usage/* commandUsage */.T3)(usageText, durationMs);
    if (usage === undefined && (usageText ?? '').trim() !== '') {
        log.warn('command: $DROID_USAGE_FILE is not the documented JSON ({"input_tokens": n, "output_tokens": n, "cost_usd": x, "turns": n}); its usage is ignored');
    }
    return { ok: true, summary, plan, usage, durationMs };
}
const MAX_REVIEW_FILE = 512 * 1024;
async function readReviewFile(file) {
    try {
        const info = await (0,promises_.stat)(file);
        if (!info.isFile())
            return { error: 'engine.command wrote no review: $DROID_REVIEW_FILE is not a file' };
        if (info.size > MAX_REVIEW_FILE)
            return { error: `engine.command wrote a review of ${info.size} bytes to $DROID_REVIEW_FILE, more than the ${MAX_REVIEW_FILE} read` };
        return { text: await (0,promises_.readFile)(file, 'utf8') };
    }
    catch {
        return { error: 'engine.command wrote no review: for /droid review it must write the findings JSON to the file named by $DROID_REVIEW_FILE' };
    }
}
function commandEngine() {
    return {
        name: 'command',
        async preflight(env, config) {
            checkCommand(config);
            readKey(env, config);
        },
        run: runCommand,
    };
}

// EXTERNAL MODULE: ./src/engine/droid.ts + 1 modules
var droid = __webpack_require__(65823);
// EXTERNAL MODULE: ./src/profiles/types.ts
var types = __webpack_require__(9927);
// EXTERNAL MODULE: ./src/util/validate.ts
var validate = __webpack_require__(8956);
;// CONCATENATED MODULE: ./src/engine/fix-commands.ts





/** The fixers to run this round, in config order; and the failing profiles that have none. */
function pickFixers(config, lastResults) {
    if (lastResults.length === 0) {
        return {
            run: config.tests.filter((p) => (p.fix ?? '').trim() !== '').map((profile) => ({ profile, reason: 'no results yet' })),
            withoutFixer: [],
        };
    }
    const failing = new Set(lastResults.filter((r) => !(0,types/* profilePassed */.O)(r)).map((r) => r.name));
    const run = [];
    const withoutFixer = [];
    for (const profile of config.tests) {
        if (!failing.has(profile.name))
            continue;
        if ((profile.fix ?? '').trim() === '')
            withoutFixer.push(profile.name);
        else
            run.push({ profile, reason: 'failed' });
    }
    return { run, withoutFixer };
}
async function runFixer(input, profile) {
    const fix = (profile.fix ?? '').trim();
    const base = { name: profile.name, fix };
    const dir = await (0,validate/* resolveDirInside */.e1)(input.workdir, profile.path);
    if (typeof dir !== 'string') {
        const why = `profile ${profile.name}: ${dir.problem}`;
        return { ...base, line: `- ${profile.name}: \`${fix}\` could not start: ${dir.problem}`, startFailure: why };
    }
    const env = (0,profiles_env/* scrubEnv */.LK)(input.env, profile.env);
    const run = await (0,exec/* runProcess */.R3)('/bin/sh', ['-c', fix], {
        cwd: dir,
        env,
        timeoutMs: profile.timeout_seconds * 1000,
        signal: input.signal,
        keepBytes: 8 * 1024,
        jail: input.sandbox?.jail(),
    });
    input.log.debug(`fix-commands: ${profile.name}: exit ${String(run.exitCode)}`);
    if (run.spawnError || run.exitCode === 126 || run.exitCode === 127) {
        const detail = run.spawnError ?? (0,output/* lastLines */.w)(run.output, 3, 500);
        return {
            ...base,
            line: `- ${profile.name}: \`${fix}\` could not start (${detail})`,
            startFailure: `the fix command of profile ${profile.name} (\`${fix}\`) could not be started: ${detail}. Check tests[].fix in .droid.yml and that the tool is installed in the job image.`,
        };
    }
    if (run.timedOut)
        return { ...base, line: `- ${profile.name}: \`${fix}\` timed out after ${profile.timeout_seconds}s and was stopped` };
    if (run.aborted)
        return { ...base, line: `- ${profile.name}: \`${fix}\` was stopped (run cancelled)` };
    const status = run.exitCode === 0 ? 'ran' : `ran, exit code ${String(run.exitCode)} (issues may remain)`;
    return { ...base, line: `- ${profile.name}: \`${fix}\` ${status}` };
}
async function runFixCommands(input) {
    const started = Date.now();
    const { run, withoutFixer } = pickFixers(input.config, input.lastResults);
    const missing = withoutFixer.length > 0 ? [`Failing profiles without a fix command: ${withoutFixer.join(', ')}.`] : [];
    if (input.request.command === 'plan') {
        const plan = run.length === 0
            ? ['No fix commands would run: no failing profile has a `fix` command.', ...missing]
            : ['The fix-commands engine would run these fixers:', ...run.map((p) => `- ${p.profile.name}: \`${p.profile.fix ?? ''}\` in \`${p.profile.path}\``), ...missing];
        const text = plan.join('\n');
        return { ok: true, summary: text, plan: text, durationMs: Date.now() - started };
    }
    if (run.length === 0) {
        const summary = ['No fix commands ran: no failing profile has a `fix` command.', ...missing].join('\n');
        return { ok: true, summary, durationMs: Date.now() - started };
    }
    const outcomes = [];
    for (const pick of run) {
        input.log.info(`fix-commands: running the fixer of ${pick.profile.name} (${pick.reason})`);
        outcomes.push(await runFixer(input, pick.profile));
    }
    const summary = ['Ran the deterministic fixers of the test profiles (no model):', ...outcomes.map((o) => o.line), ...missing].join('\n');
    const startFailures = outcomes.filter((o) => o.startFailure !== undefined).map((o) => o.startFailure);
    if (startFailures.length > 0) {
        return { ok: false, summary, error: startFailures.join('\n'), durationMs: Date.now() - started };
    }
    return { ok: true, summary, durationMs: Date.now() - started };
}
function fixCommandsEngine() {
    return {
        name: 'fix-commands',
        async preflight() {
            // no binary and no key: the fixers are the repo's own tools, checked when they run
        },
        run: runFixCommands,
    };
}

;// CONCATENATED MODULE: ./src/engine/redacted.ts
function redactedEngine(engine, redactor) {
    const clean = (text) => (text === undefined ? undefined : redactor.redact(text));
    return {
        name: engine.name,
        preflight: (env, config) => engine.preflight(env, config),
        async run(input) {
            const result = await engine.run(input);
            return {
                ...result,
                summary: redactor.redact(result.summary),
                error: clean(result.error),
                plan: clean(result.plan),
                review: clean(result.review),
                refusedEdits: result.refusedEdits?.map((r) => redactor.redact(r)),
                touched: result.touched?.map((t) => ({ ...t, path: redactor.redact(t.path) })),
            };
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/index.ts







const ENGINE_NAMES = ['droid', 'claude', 'codex', 'command', 'fix-commands'];
function isEngineName(name) {
    return ENGINE_NAMES.includes(name);
}
function createEngine(name, options = {}) {
    const bin = options.binPath ? { binPath: options.binPath } : {};
    if (!isEngineName(name)) {
        throw new errors/* DroidError */.TF('config', `unknown engine "${name}"`, { hint: `use one of: ${ENGINE_NAMES.join(', ')}` });
    }
    switch (name) {
        case 'droid':
            return (0,droid/* droidEngine */.b_)(bin);
        case 'claude':
            return (0,claude/* claudeEngine */.No)(bin);
        case 'codex':
            return (0,codex/* codexEngine */.sC)(bin);
        case 'command':
            return commandEngine();
        case 'fix-commands':
            return fixCommandsEngine();
    }
}
/** the variables the engines read their keys from by default (engine.api_key_env adds its own) */
const ENGINE_KEY_VARS = ['FACTORY_API_KEY', 'ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN', 'CLAUDE_CODE_OAUTH_TOKEN', 'OPENAI_API_KEY'];
/**
 * The run's engine: its key is a secret of this run even on --platform local, masked in every message
 * (a model API may echo it in an error), log line and audit entry.
 */
function engineFor(name, config, engineEnv, redactor) {
    for (const variable of ENGINE_KEY_VARS.concat(config.engine.api_key_env.trim()))
        redactor.add(engineEnv[variable]?.trim());
    return redactedEngine(createEngine(name), redactor);
}


/***/ }),

/***/ 40789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ withRefusals),
/* harmony export */   w: () => (/* binding */ lastLines)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);
/** Turning an engine's raw output into the short texts users see (summary, error tail). */

/** The last `maxLines` non-empty lines, at most `maxChars` characters (cut at the front). */
function lastLines(text, maxLines = 20, maxChars = 4000) {
    const lines = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stripAnsi */ .aJ)(text)
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((l) => l.trimEnd());
    while (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    let out = lines.slice(-maxLines).join('\n').trim();
    if (out.length > maxChars)
        out = `…${out.slice(out.length - maxChars + 1)}`;
    return out;
}
/**
 * How every agent CLI's round ends when it ran to completion: refused edits are reported alongside
 * the edits that went through (the tests judge the result), or, when nothing was edited, they are the
 * round's error with the hint that lifts them.
 */
function withRefusals(cli, done, refused, edited, hint) {
    if (refused.length === 0)
        return done;
    cli.log.warn(`${cli.tag}: ${cli.name} was refused ${refused.length} edit(s); ${hint}`);
    if (edited)
        return { ...done, refusedEdits: refused };
    return { ...done, ok: false, refusedEdits: refused, error: `${cli.name} was not allowed to edit files: ${refused.join('; ')}. Hint: ${hint}.` };
}


/***/ }),

/***/ 94441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OE: () => (/* binding */ keyVariable),
/* harmony export */   Q2: () => (/* binding */ parseBaseUrl),
/* harmony export */   YZ: () => (/* binding */ readKey)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _util_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8956);


/**
 * Engine settings every CLI adapter reads the same way: the variable that holds the model key
 * (engine.api_key_env, else the engine's own default) and an http(s) engine.base_url without credentials.
 */
function keyVariable(config, defaultVar) {
    return config.engine.api_key_env.trim() || defaultVar;
}
/** The key's value, or a DroidError('engine') naming the variable to set; `needs` completes "the X engine needs …". */
function readKey(env, config, defaultVar, needs) {
    const name = keyVariable(config, defaultVar);
    const value = env[name];
    if (value === undefined || value.trim() === '') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('engine', `${name} is not set: ${needs}`, {
            hint: name === defaultVar
                ? `store the key as a CI secret and expose it to the job as ${name} (or name another variable in engine.api_key_env)`
                : `store the key as a CI secret and expose it to the job as ${name} (engine.api_key_env names it)`,
        });
    }
    return value.trim();
}
/** engine.base_url parsed; a config error for anything but an http(s) URL without user info. */
function parseBaseUrl(baseUrl, example) {
    const url = (0,_util_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .checkHttpUrl */ .Om)(baseUrl, 'engine.base_url');
    if (typeof url !== 'string')
        return url;
    const hint = url.endsWith('credentials') ? 'put the key in a CI secret and name its variable in engine.api_key_env' : `use e.g. ${example}`;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('config', url, { hint });
}


/***/ }),

/***/ 57711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ loadPlatform),
/* harmony export */   l: () => (/* binding */ detectPlatform)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

const NAMES = ['local', 'github', 'gitlab'];
/** `--platform`, else the CI the process runs in (GITHUB_ACTIONS, GITLAB_CI), else local. */
function detectPlatform(value, env) {
    const name = value ?? (env.GITHUB_ACTIONS === 'true' ? 'github' : env.GITLAB_CI === 'true' ? 'gitlab' : 'local');
    if (!NAMES.includes(name))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('usage', `unknown platform "${name}"`, { hint: 'use --platform local, github or gitlab' });
    return name;
}
/** The platform's module, loaded only when it is used (a GitLab job never loads Octokit). */
async function loadPlatform(name) {
    switch (name) {
        case 'github':
            return (await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(224)]).then(__webpack_require__.bind(__webpack_require__, 88224))).githubPlatform;
        case 'gitlab':
            return (await Promise.all(/* import() */[__webpack_require__.e(582), __webpack_require__.e(749), __webpack_require__.e(72)]).then(__webpack_require__.bind(__webpack_require__, 7072))).gitlabPlatform;
        case 'local':
            return (await __webpack_require__.e(/* import() */ 128).then(__webpack_require__.bind(__webpack_require__, 98128))).localPlatform;
    }
}


/***/ })

};
