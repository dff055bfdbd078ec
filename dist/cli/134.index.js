export const id = 134;
export const ids = [134];
export const modules = {

/***/ 94184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ AuditLog)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The audit log (PRODUCT.md §7): one JSON line per action, redacted, appended synchronously so a crash
 * loses nothing already recorded. With telemetry, every stage is a span under the run's root span and
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
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(options.file), { recursive: true });
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, this.lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
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
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(this.options.file, `${JSON.stringify(line)}\n`);
        this.options.telemetry?.event(line);
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
/* harmony export */   pV: () => (/* binding */ runAgentCli)
/* harmony export */ });
/* unused harmony export LineSplitter */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37895);
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
/** Splits a byte stream into lines; lines longer than `maxLine` are dropped (memory stays flat). */
class LineSplitter {
    onLine;
    maxLine;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_2__.StringDecoder('utf8');
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
async function runAgentCli(options) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(options.scratchDir, { recursive: true });
    let stdinFile = '/dev/null';
    if (options.prompt !== undefined) {
        stdinFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.scratchDir, 'prompt.md');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(stdinFile, options.prompt, { mode: 0o600 });
    }
    const stderrFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.scratchDir, 'agent-stderr.log');
    const lines = new LineSplitter(options.onLine);
    const result = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R3)('/bin/sh', ['-c', REDIRECT, 'droid-agent', stdinFile, stderrFile, options.bin, ...options.args], {
        cwd: options.workdir,
        env: options.env,
        timeoutMs: options.timeoutMs,
        signal: options.signal,
        keepBytes: 32 * 1024,
        onOutput: (chunk) => lines.write(chunk),
    });
    lines.end();
    return { result, stderrTail: readTail(stderrFile, 8 * 1024) };
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
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94441);
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
    return (0,_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .keyVariable */ .OE)(config, DEFAULT_KEY_VAR);
}
function readKey(env, config) {
    return (0,_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .readKey */ .YZ)(env, config, DEFAULT_KEY_VAR, 'the claude engine needs an Anthropic API key');
}
function checkEndpoint(config) {
    const { base_url: baseUrl, provider } = config.engine;
    if (provider !== '' && provider !== 'anthropic') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DroidError */ .TF('config', `engine.provider "${provider}" cannot be used with engine "claude": Claude Code speaks the Anthropic API only`, {
            hint: 'set engine.provider to "anthropic" (or leave it empty), or use engine "droid" for other providers',
        });
    }
    if (baseUrl !== '')
        (0,_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .parseBaseUrl */ .Q2)(baseUrl, 'https://llm.example.com');
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
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
        if (!isRecord(event))
            return;
        if (event.type === 'system' && event.subtype === 'init' && typeof event.model === 'string')
            this.model = event.model;
        if (event.type === 'system' && event.subtype === 'permission_denied' && typeof event.tool_use_id === 'string') {
            this.denied.set(event.tool_use_id, typeof event.message === 'string' ? event.message : 'permission denied');
        }
        if (event.type === 'assistant' && isRecord(event.message) && Array.isArray(event.message.content)) {
            for (const block of event.message.content) {
                if (!isRecord(block))
                    continue;
                if (block.type === 'text' && typeof block.text === 'string' && block.text.trim() !== '')
                    this.lastText = block.text;
                if (block.type === 'tool_use' && typeof block.id === 'string' && typeof block.name === 'string') {
                    this.toolUses.set(block.id, {
                        type: 'tool_use',
                        id: block.id,
                        name: block.name,
                        input: isRecord(block.input) ? block.input : {},
                    });
                }
            }
        }
        if (event.type === 'user' && isRecord(event.message) && Array.isArray(event.message.content)) {
            const writeKind = isRecord(event.tool_use_result) && typeof event.tool_use_result.type === 'string' ? event.tool_use_result.type : undefined;
            for (const block of event.message.content) {
                if (isRecord(block) && block.type === 'tool_result' && typeof block.tool_use_id === 'string' && block.is_error !== true) {
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
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workdir, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workdir, file));
    return rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) ? file : rel;
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
    const planOnly = input.request.command === 'plan';
    const args = ['-p', '--output-format', 'stream-json', '--verbose', '--permission-mode', 'acceptEdits'];
    if (config.engine.model)
        args.push('--model', config.engine.model);
    args.push(...input.extraArgs);
    // the last --permission-mode wins: engine_args may loosen a fix round, never a plan
    if (planOnly)
        args.push('--permission-mode', 'plan');
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
    const { result: run, stderrTail } = await (0,_agent_process_js__WEBPACK_IMPORTED_MODULE_3__/* .runAgentCli */ .pV)({
        bin,
        args,
        workdir: input.workdir,
        env,
        scratchDir: input.scratchDir,
        prompt: input.prompt,
        timeoutMs: config.engine.timeout_minutes * 60_000,
        signal: input.signal,
        onLine: (line) => stream.line(line),
    });
    const durationMs = Date.now() - started;
    const touched = touchedFiles(stream, input.workdir);
    const result = stream.result;
    if (!result || run.timedOut || run.aborted) {
        const gist = (0,_agent_process_js__WEBPACK_IMPORTED_MODULE_3__/* .stderrGist */ .KF)(stderrTail);
        const why = (0,_agent_process_js__WEBPACK_IMPORTED_MODULE_3__/* .describeExit */ .KE)('Claude Code', run, config.engine.timeout_minutes);
        return { ok: false, summary: stream.lastText, error: gist && !run.timedOut ? `${why}: ${gist}` : why, touched, durationMs };
    }
    if (result.is_error === true) {
        return { ok: false, summary: '', error: failureMessage(result, keyVar, config), touched, durationMs };
    }
    const summary = (result.result ?? stream.lastText).trim();
    if (planOnly)
        return { ok: true, summary, plan: summary, touched, durationMs };
    const denials = stream.denials();
    for (const other of denials.filter((d) => !EDIT_TOOLS.has(d.tool))) {
        log.info(`claude: Claude Code was not allowed to use ${other.tool}: ${other.message}`);
    }
    const refused = denials
        .filter((d) => EDIT_TOOLS.has(d.tool))
        .map((d) => `${d.file ? relative(input.workdir, d.file) : '(unknown file)'} (${d.tool}): ${d.message}`);
    if (refused.length === 0)
        return { ok: true, summary, touched, durationMs };
    log.warn(`claude: Claude Code was refused ${refused.length} edit(s); ${REFUSAL_HINT}`);
    const edited = touched.some((t) => t.action !== 'read');
    if (edited)
        return { ok: true, summary, refusedEdits: refused, touched, durationMs };
    return {
        ok: false,
        summary,
        refusedEdits: refused,
        error: `Claude Code was not allowed to edit files: ${refused.join('; ')}. Hint: ${REFUSAL_HINT}.`,
        touched,
        durationMs,
    };
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
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94441);
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
    return (0,_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .keyVariable */ .OE)(config, DEFAULT_KEY_VAR);
}
function readKey(env, config) {
    return (0,_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .readKey */ .YZ)(env, config, DEFAULT_KEY_VAR, 'the codex engine needs a model API key');
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
    (0,_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .parseBaseUrl */ .Q2)(configured, 'https://llm.example.com/v1');
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
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
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
        if (!isRecord(event))
            return;
        if (event.type === 'error' && typeof event.message === 'string')
            this.errors.push(event.message);
        if (event.type === 'turn.failed') {
            this.turnFailed = isRecord(event.error) && typeof event.error.message === 'string' ? event.error.message : 'turn failed';
        }
        if (event.type === 'turn.completed')
            this.completed = true;
        if (event.type === 'item.completed' && isRecord(event.item))
            this.item(event.item);
    }
    item(item) {
        if (item.type === 'agent_message' && typeof item.text === 'string')
            this.lastMessage = item.text;
        if (item.type === 'error' && typeof item.message === 'string')
            this.errors.push(item.message);
        if (item.type === 'file_change' && Array.isArray(item.changes)) {
            for (const change of item.changes) {
                if (!isRecord(change) || typeof change.path !== 'string')
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
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(this.workdir, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(this.workdir, file));
        return rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) ? file : rel;
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
    const planOnly = input.request.command === 'plan';
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
    args.push(...extraArgs, '-');
    const env = (0,_agent_process_js__WEBPACK_IMPORTED_MODULE_3__/* .agentEnv */ .b$)(input.env, home, { OPENAI_API_KEY: key, CODEX_HOME: codexHome, NO_COLOR: '1' });
    log.info(`codex: running Codex (${planOnly ? 'read-only' : 'workspace-write'} sandbox${config.engine.model ? `, model ${config.engine.model}` : ''})`);
    log.debug(`codex: ${bin} ${args.join(' ')}`);
    const stream = new CodexStream(input.workdir);
    const { result: run, stderrTail } = await (0,_agent_process_js__WEBPACK_IMPORTED_MODULE_3__/* .runAgentCli */ .pV)({
        bin,
        args,
        workdir: input.workdir,
        env,
        scratchDir: input.scratchDir,
        prompt: input.prompt,
        timeoutMs: config.engine.timeout_minutes * 60_000,
        signal: input.signal,
        onLine: (line) => stream.line(line),
    });
    const durationMs = Date.now() - started;
    const touched = stream.touched;
    const summary = stream.lastMessage.trim();
    if (run.timedOut || run.aborted) {
        return { ok: false, summary, error: (0,_agent_process_js__WEBPACK_IMPORTED_MODULE_3__/* .describeExit */ .KE)('Codex', run, config.engine.timeout_minutes), touched, durationMs };
    }
    const failure = stream.turnFailed ?? stream.errors[0];
    if (failure !== undefined) {
        return { ok: false, summary, error: failureMessage(failure, keyVar, url, config.engine.model), touched, durationMs };
    }
    if (run.exitCode !== 0 || !stream.completed) {
        const gist = (0,_agent_process_js__WEBPACK_IMPORTED_MODULE_3__/* .stderrGist */ .KF)(stderrTail);
        if (gist.includes('Not inside a trusted directory')) {
            return { ok: false, summary, error: `Codex only runs inside a git repository, and ${input.workdir} is not one`, touched, durationMs };
        }
        const why = (0,_agent_process_js__WEBPACK_IMPORTED_MODULE_3__/* .describeExit */ .KE)('Codex', run, config.engine.timeout_minutes);
        return { ok: false, summary, error: gist ? `${why}: ${gist}` : why, touched, durationMs };
    }
    if (planOnly)
        return { ok: true, summary, plan: summary, touched, durationMs };
    const refused = [...stream.failedChanges, ...rejectedPatches(stderrTail)];
    if (refused.length === 0)
        return { ok: true, summary, touched, durationMs };
    log.warn(`codex: Codex was refused ${refused.length} edit(s); ${REFUSAL_HINT}`);
    if (touched.length > 0)
        return { ok: true, summary, refusedEdits: refused, touched, durationMs };
    return {
        ok: false,
        summary,
        refusedEdits: refused,
        error: `Codex was not allowed to edit files: ${refused.join('; ')}. Hint: ${REFUSAL_HINT}.`,
        touched,
        durationMs,
    };
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


function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The result object from droid's stdout lines (the last line that parses as `{type: "result"}`). */
function parseDroidResult(lines) {
    for (let i = lines.length - 1; i >= 0; i -= 1) {
        const line = lines[i]?.trim() ?? '';
        if (!line.startsWith('{'))
            continue;
        try {
            const value = JSON.parse(line);
            if (isRecord(value) && value.type === 'result')
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
        return content.map((p) => (isRecord(p) && typeof p.text === 'string' ? p.text : '')).join('');
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
        if (!isRecord(entry) || entry.type !== 'message' || !isRecord(entry.message))
            continue;
        const content = entry.message.content;
        if (!Array.isArray(content))
            continue;
        for (const block of content) {
            if (!isRecord(block))
                continue;
            if (block.type === 'tool_use' && typeof block.id === 'string' && typeof block.name === 'string') {
                calls.set(block.id, { id: block.id, name: block.name, input: isRecord(block.input) ? block.input : {} });
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
    const rel = external_node_path_default().relative(workdir, external_node_path_default().resolve(workdir, file));
    return rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? file : rel;
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
        try {
            return await (0,promises_.readFile)(external_node_path_default().join(root, dir, `${sessionId}.jsonl`), 'utf8');
        }
        catch {
            /* not in this folder */
        }
    }
    return '';
}
async function readTail(file, bytes) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, 'r');
        const { size } = await handle.stat();
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
    const plan = input.request.command === 'plan';
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
        const { result: run, stderrTail } = await (0,agent_process/* runAgentCli */.pV)({
            bin,
            args,
            workdir: input.workdir,
            env,
            scratchDir: input.scratchDir,
            timeoutMs: config.engine.timeout_minutes * 60_000,
            signal: input.signal,
            onLine: (line) => {
                lines.push(line);
                if (lines.length > 200)
                    lines.shift();
            },
        });
        const result = parseDroidResult(lines);
        const calls = parseSessionTranscript(await readSessionTranscript(home, result?.session_id));
        const touched = touchedFiles(calls, input.workdir);
        if (!result || run.timedOut || run.aborted) {
            const why = (0,agent_process/* describeExit */.KE)('droid', run, config.engine.timeout_minutes);
            const gist = (0,agent_process/* stderrGist */.KF)(stderrTail) || (0,output/* lastLines */.w)(lines.join('\n'), 5, 1000);
            const error = gist && !run.timedOut && !run.aborted ? `${why}: ${gist}` : why;
            return { ok: false, summary: '', error: redactor.redact(error), touched, durationMs: elapsed() };
        }
        if (result.is_error === true) {
            const error = (await failureFor(result, input, setup, home)) ?? 'droid failed';
            const refused = NEEDS_AUTONOMY.test(result.result ?? '') ? [redactor.redact((result.result ?? '').trim())] : undefined;
            return { ok: false, summary: '', error: redactor.redact(error), refusedEdits: refused, touched, durationMs: elapsed() };
        }
        const summary = redactor.redact((result.result ?? '').trim());
        if (plan)
            return { ok: true, summary, plan: summary, touched, durationMs: elapsed() };
        const refusals = refusedCalls(calls, input.workdir);
        for (const other of refusals.filter((r) => !r.writes))
            log.info(`droid: droid was not allowed to use ${redactor.redact(other.text)}`);
        const refused = refusals.filter((r) => r.writes).map((r) => redactor.redact(r.text));
        const edited = touched.some((t) => t.action !== 'read');
        if (refused.length === 0 && !edited && calls.length === 0 && isRefusalText(summary)) {
            // no transcript to go by: droid's own words say it was not allowed to write
            refused.push(summary.split('\n')[0]?.slice(0, 300) ?? summary);
        }
        if (refused.length === 0)
            return { ok: true, summary, touched, durationMs: elapsed() };
        log.warn(`droid: ${refused.length} edit(s) were refused; ${refusalHint(config)}`);
        // some edits went through: the tests judge the result, the refusals are reported alongside
        if (edited)
            return { ok: true, summary, refusedEdits: refused, touched, durationMs: elapsed() };
        return {
            ok: false,
            summary,
            refusedEdits: refused,
            error: `droid was not allowed to edit files: ${refused.join('; ')}. Hint: ${refusalHint(config)}.`,
            touched,
            durationMs: elapsed(),
        };
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

/***/ 55448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ createEngine)
});

// UNUSED EXPORTS: ENGINE_NAMES, isEngineName

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/engine/claude.ts
var claude = __webpack_require__(14622);
// EXTERNAL MODULE: ./src/engine/codex.ts
var codex = __webpack_require__(37781);
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
;// CONCATENATED MODULE: ./src/engine/command.ts
/**
 * The `command` engine: any program the team chooses, run through `/bin/sh -c <engine.command>` in
 * the work tree. It finds the prompt in the file named by `$DROID_PROMPT_FILE` and the round in
 * `$DROID_ITERATION` (`$DROID_COMMAND` holds fix / plan / ci-fix). Its environment is scrubbed of
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
    const env = (0,profiles_env/* scrubEnv */.LK)(input.env, {
        DROID_PROMPT_FILE: promptFile,
        DROID_ITERATION: String(input.iteration),
        DROID_COMMAND: input.request.command,
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
    const plan = input.request.command === 'plan' ? summary : undefined;
    return { ok: true, summary, plan, durationMs: Date.now() - started };
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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/profiles/types.ts
var types = __webpack_require__(9927);
;// CONCATENATED MODULE: ./src/engine/fix-commands.ts
/**
 * The `fix-commands` engine: no model. It runs the deterministic `fix` command of each failing test
 * profile (`ruff check --fix .`, `eslint --fix`, `prettier --write`, …) in the profile's `path`, with
 * the profile's timeout and a scrubbed environment plus the profile's `env`, like the test itself.
 *
 * Which fixers run:
 * - with results from a previous round: those of the profiles that did not pass;
 * - with no results yet (the orchestrator normally tests first for this engine, see engine/loop.ts;
 *   this covers callers that do not): every profile that has a `fix`, in config order. Fixers are
 *   meant to be idempotent, so running one on a clean tree changes nothing.
 * `/droid plan` runs nothing and answers with the fixers it would run.
 *
 * ok:false only when a fixer could not be started at all (a missing program: exit 126/127, or a
 * profile path that does not exist); a fixer that exits non-zero (issues left it cannot fix) or
 * times out is reported in the summary and the tests decide.
 */






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
/** The profile's directory: it must exist and stay inside the work tree (symlinks resolved). */
async function profileDir(workdir, relative) {
    try {
        const root = await (0,promises_.realpath)(workdir);
        const dir = await (0,promises_.realpath)(external_node_path_default().resolve(root, relative));
        const rel = external_node_path_default().relative(root, dir);
        if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
            return { problem: `path ${relative} resolves outside the repository` };
        if (!(await (0,promises_.stat)(dir)).isDirectory())
            return { problem: `path ${relative} is not a directory` };
        return dir;
    }
    catch {
        return { problem: `directory ${relative} does not exist in the repository` };
    }
}
async function runFixer(input, profile) {
    const fix = (profile.fix ?? '').trim();
    const base = { name: profile.name, fix };
    const dir = await profileDir(input.workdir, profile.path);
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


/***/ }),

/***/ 40789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ lastLines)
/* harmony export */ });
/* unused harmony export stripAnsi */
/** Turning an engine's raw output into the short texts users see (summary, error tail). */
const ANSI = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[@-Z\\-_])/g;
function stripAnsi(text) {
    return text.replace(ANSI, '');
}
/** The last `maxLines` non-empty lines, at most `maxChars` characters (cut at the front). */
function lastLines(text, maxLines = 20, maxChars = 4000) {
    const lines = stripAnsi(text)
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


/***/ }),

/***/ 94441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OE: () => (/* binding */ keyVariable),
/* harmony export */   Q2: () => (/* binding */ parseBaseUrl),
/* harmony export */   YZ: () => (/* binding */ readKey)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

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
    let url;
    try {
        url = new URL(baseUrl);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('config', `engine.base_url "${baseUrl}" is not a URL`, { hint: `use e.g. ${example}` });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('config', `engine.base_url must be an http(s) URL, got ${url.protocol}`);
    }
    if (url.username || url.password) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('config', 'engine.base_url must not contain credentials', { hint: 'put the key in a CI secret and name its variable in engine.api_key_env' });
    }
    return url;
}


/***/ }),

/***/ 63971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ DEFAULT_IDENTITY),
  T: () => (/* binding */ Git)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(37895);
// EXTERNAL MODULE: ./src/util/log.ts
var log = __webpack_require__(29906);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
;// CONCATENATED MODULE: ./src/git/auth.ts

/**
 * The entries that make git send `AUTHORIZATION: basic base64(username:token)` to `serverUrl` (and
 * everything under it) for one command. The first entry is an empty value for the same key, which resets
 * any extraheader inherited from repo/global config (e.g. what actions/checkout persisted), so exactly one
 * Authorization header is sent. Zero-based and self-contained: `mergeGitConfigEnv` appends them after any
 * `GIT_CONFIG_COUNT` entries already in the environment (the `Git` wrapper does that for every command).
 */
function authEnvForToken(auth) {
    if (!auth.token || /[\r\n]/.test(auth.token)) {
        throw new DroidError('config', 'The git token is empty or contains a line break', {
            hint: 'Pass the token itself (no "Bearer " prefix, no newline).',
        });
    }
    const username = auth.username ?? 'x-access-token';
    if (/[:\r\n]/.test(username))
        throw new DroidError('config', `Invalid git user name for token auth: ${username}`);
    const key = `http.${serverPrefix(auth.serverUrl)}.extraheader`;
    const basic = Buffer.from(`${username}:${auth.token}`).toString('base64');
    return configEntriesToEnv([
        [key, ''],
        [key, `AUTHORIZATION: basic ${basic}`],
    ]);
}
/** `https://github.com/` from any form of the server URL; refuses URLs that carry credentials. */
function serverPrefix(serverUrl) {
    let url;
    try {
        url = new URL(serverUrl);
    }
    catch {
        throw new DroidError('config', `Invalid server URL for git auth: ${JSON.stringify(serverUrl)}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new DroidError('config', `Git auth needs an http(s) server URL, got ${url.protocol}`);
    }
    if (url.username || url.password) {
        throw new DroidError('config', 'The server URL for git auth must not contain credentials', {
            hint: 'Give the token separately; it is never put in a URL.',
        });
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

;// CONCATENATED MODULE: ./src/git/names.ts

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
    return new errors/* DroidError */.TF('work', `Invalid ${what}: ${JSON.stringify(name)}`, {
        hint: 'Use letters, digits, "/", "-", "_" and "."; no spaces, no leading "-", no "..", "@{", "~", "^", ":", "?", "*", "[" or "\\".',
    });
}
/** A revision argument (SHA, branch, remote-tracking ref, HEAD~n): never an option, never empty. */
function assertRevArg(rev) {
    if (rev.length === 0 || rev.startsWith('-') || /[\x00-\x1f\x7f\s]/.test(rev)) {
        throw new errors/* DroidError */.TF('work', `Invalid git revision: ${JSON.stringify(rev)}`);
    }
}
/** A remote name or URL; URLs must not carry credentials (PRODUCT.md §9). */
function assertRemoteArg(remote) {
    if (remote.length === 0 || remote.startsWith('-') || /[\x00-\x1f\x7f\s]/.test(remote)) {
        throw new errors/* DroidError */.TF('work', `Invalid git remote: ${JSON.stringify(remote)}`);
    }
    if (/^[a-z][a-z0-9+.-]*:\/\/[^/]*@/i.test(remote)) {
        throw new errors/* DroidError */.TF('config', 'A git remote URL carries credentials', {
            hint: 'Use a URL without user:token@; the token is given to git per command instead.',
        });
    }
}
/** A repo-relative path for `show <ref>:<path>`. */
function assertRepoPath(p) {
    if (p.length === 0 || p.startsWith('/') || p.includes('\0') || p.split('/').includes('..')) {
        throw new errors/* DroidError */.TF('work', `Invalid repository path: ${JSON.stringify(p)}`);
    }
}
/** Trailer keys are tokens; values become one line (no line breaks, no control characters). */
function trailerLine(key, value) {
    if (!/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(key))
        throw new errors/* DroidError */.TF('internal', `Invalid trailer key: ${key}`);
    const clean = value.replace(/[\x00-\x1f\x7f]+/g, ' ').trim();
    if (!clean)
        throw new errors/* DroidError */.TF('work', `Empty value for commit trailer ${key}`);
    return `${key}: ${clean}`;
}

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









const DEFAULT_IDENTITY = { name: 'droid[bot]', email: 'droid[bot]@users.noreply.github.com' };
const STRIPPED_ENV = /^(GIT_TRACE.*|GIT_DIR|GIT_WORK_TREE|GIT_INDEX_FILE|GIT_OBJECT_DIRECTORY|GIT_ASKPASS|SSH_ASKPASS|GIT_EXEC_PATH|GIT_NAMESPACE|GIT_CEILING_DIRECTORIES|GIT_SSH_COMMAND|GIT_EDITOR|GIT_SEQUENCE_EDITOR)$/;
const STDERR_KEEP = 64 * 1024;
class Git {
    cwd;
    identity;
    options;
    logger;
    redactor;
    constructor(options) {
        this.options = options;
        this.cwd = options.cwd;
        this.identity = options.identity ?? DEFAULT_IDENTITY;
        this.logger = options.logger ?? log/* silentLogger */.q;
        this.redactor = options.redactor ?? new redact/* Redactor */.pO();
    }
    /** Masks a value in everything this wrapper logs or throws (and in the run's shared redactor). */
    addSecret(secret) {
        this.redactor.add(secret);
    }
    // ---- names -------------------------------------------------------------------------------------
    /** Validates a branch name with `git check-ref-format --branch`; returns it unchanged or throws DroidError('work'). */
    async checkBranchName(name) {
        assertBranchShape(name);
        const r = await this.exec(['check-ref-format', '--branch', name], { allowFailure: true });
        if (r.exitCode !== 0 || r.stdout.trim() !== name)
            throw invalidBranchName(name);
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
        assertRevArg(rev);
        const r = await this.exec(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    /** Absolute path of the work tree's top level (works from a subdirectory). */
    async topLevel() {
        return (await this.exec(['rev-parse', '--show-toplevel'])).stdout.trim();
    }
    /** Absolute path of the git dir (`.git`, or the worktree's git dir). */
    async gitDir() {
        return (await this.exec(['rev-parse', '--absolute-git-dir'])).stdout.trim();
    }
    headSha() {
        return this.revParse('HEAD');
    }
    /** Short name of the checked-out branch, undefined on a detached HEAD. */
    async currentBranch() {
        const r = await this.exec(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    async isAncestor(ancestor, descendant) {
        assertRevArg(ancestor);
        assertRevArg(descendant);
        const r = await this.exec(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true });
        if (r.exitCode > 1)
            throw this.failure(['merge-base'], r, false);
        return r.exitCode === 0;
    }
    async mergeBase(a, b) {
        assertRevArg(a);
        assertRevArg(b);
        const r = await this.exec(['merge-base', a, b], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    /** SHAs of `range` (e.g. "base..HEAD"), oldest first. */
    async revList(range) {
        assertRevArg(range);
        const r = await this.exec(['rev-list', '--reverse', range, '--']);
        return r.stdout.split('\n').filter(Boolean);
    }
    // ---- branches and work tree --------------------------------------------------------------------
    /** `git checkout -b <name> <startPoint>`: a new local branch; fails if it exists. */
    async checkoutNewBranch(name, startPoint) {
        await this.checkBranchName(name);
        assertRevArg(startPoint);
        await this.exec(['checkout', '--quiet', '--no-track', '-b', name, startPoint, '--']);
    }
    /** Checks out an existing local branch. */
    async checkout(name) {
        await this.checkBranchName(name);
        await this.exec(['checkout', '--quiet', name, '--']);
    }
    /** Moves the current branch to `rev`, keeping uncommitted changes (`reset --keep`). */
    async resetKeep(rev) {
        assertRevArg(rev);
        await this.exec(['reset', '--quiet', '--keep', rev, '--']);
    }
    /** Moves the current branch to `rev` and unstages, keeping the work tree (turns commits back into changes). */
    async resetMixed(rev) {
        assertRevArg(rev);
        await this.exec(['reset', '--quiet', '--mixed', rev, '--']);
    }
    /** Moves the current branch to `rev` and makes the index and work tree match it (tracked files only). */
    async resetHard(rev) {
        assertRevArg(rev);
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
        assertRevArg(source);
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
        assertRevArg(rev);
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
        assertRevArg(base);
        if (head !== undefined)
            assertRevArg(head);
        const args = ['diff', '--numstat', '-z', '--no-renames', '--no-ext-diff', '--no-textconv', base];
        if (head)
            args.push(head);
        const r = await this.exec([...args, '--']);
        return parseNumstatZ(r.stdout);
    }
    /** Writes `git diff --binary <rev> -- paths` (work tree vs rev) to `file`. */
    async diffToFile(rev, paths, file) {
        assertRevArg(rev);
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        await this.exec(['diff', '--binary', '--no-ext-diff', '--no-textconv', `--output=${file}`, rev, '--', ...paths]);
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
        const trailers = (options.trailers ?? []).map(([k, v]) => trailerLine(k, v));
        const message = trailers.length ? `${subject}\n\n${trailers.join('\n')}\n` : `${subject}\n`;
        const args = ['commit', '--quiet', '--no-verify', '--cleanup=whitespace', '-m', message];
        if (options.allowEmpty)
            args.push('--allow-empty');
        await this.exec(args);
        return this.headSha();
    }
    /** A commit on top of `parent` with the same tree (no change), as the droid identity; nothing is checked out. Returns its SHA. */
    async emptyCommitOn(parent, message) {
        assertRevArg(parent);
        if (!message.trim())
            throw new errors/* DroidError */.TF('work', 'git commit-tree: empty commit message');
        const r = await this.exec(['commit-tree', '-p', parent, '-m', message, '--', `${parent}^{tree}`]);
        return r.stdout.trim();
    }
    /** Values of trailer `key` in the commits of `range` (newest first), e.g. ('base..HEAD', 'Droid-Run'). */
    async logTrailers(range, key) {
        assertRevArg(range);
        trailerLine(key, 'x');
        const r = await this.exec(['log', `--format=%(trailers:key=${key},valueonly,separator=%x1f)%x1e`, range, '--']);
        return r.stdout
            .split('\x1e')
            .flatMap((c) => c.split('\x1f'))
            .map((v) => v.trim())
            .filter(Boolean);
    }
    /** How many commits of `range` carry trailer `key` (with `value`, when given). */
    async countTrailers(range, key, value) {
        assertRevArg(range);
        trailerLine(key, 'x');
        const r = await this.exec(['log', `--format=%(trailers:key=${key},valueonly,separator=%x1f)%x1e`, range, '--']);
        return r.stdout
            .split('\x1e')
            .map((c) => c.split('\x1f').map((v) => v.trim()).filter(Boolean))
            .filter((values) => (value === undefined ? values.length > 0 : values.includes(value))).length;
    }
    /** A file's content at `ref`, or undefined when the path does not exist there. Throws if `ref` does not exist. */
    async show(ref, filePath) {
        assertRevArg(ref);
        assertRepoPath(filePath);
        await this.revParse(ref);
        const r = await this.exec(['show', '--no-textconv', `${ref}:${filePath}`], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout : undefined;
    }
    /** Writes the commits of `range` as one mbox file (apply with `git am`); returns how many commits it holds. */
    async formatPatch(range, file) {
        assertRevArg(range);
        const commits = await this.revList(range);
        if (commits.length === 0)
            return 0;
        const r = await this.exec(['format-patch', '--stdout', '--binary', '--no-signature', range, '--']);
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        await (0,promises_.writeFile)(file, r.stdout);
        return commits.length;
    }
    // ---- rebase ------------------------------------------------------------------------------------
    /**
     * `git rebase --onto <onto> <upstream>` of the current branch (hooks off, no autosquash, droid as committer).
     * On a conflict the rebase is aborted, the branch is where it was, and false is returned.
     */
    async tryRebase(onto, upstream) {
        assertRevArg(onto);
        assertRevArg(upstream);
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
        if (r.exitCode !== 0)
            return [];
        return r.stdout
            .split('\0')
            .filter(Boolean)
            .map((entry) => {
            const i = entry.indexOf('\n');
            return i < 0 ? [entry, ''] : [entry.slice(0, i), entry.slice(i + 1)];
        });
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
        assertRemoteArg(name);
        const r = await this.exec(['remote', 'get-url', '--', name]);
        return r.stdout.trim();
    }
    async remoteSetUrl(name, url) {
        assertRemoteArg(name);
        assertRemoteArg(url);
        await this.exec(['remote', 'set-url', '--', name, url]);
    }
    // ---- network -----------------------------------------------------------------------------------
    /** `git fetch <remote> <refspecs>` (no tags, no recursion; FETCH_HEAD written); refspecs never carry a `+`. */
    async fetch(remote, refspecs, options = {}) {
        assertRemoteArg(remote);
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
        assertRemoteArg(remote);
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
        assertRemoteArg(remote);
        await this.checkBranchName(branch);
        const target = options.remoteBranch ?? branch;
        await this.checkBranchName(target);
        const refspec = `refs/heads/${branch}:refs/heads/${target}`;
        return this.pushRefspec(remote, refspec, options.authEnv);
    }
    /** Fast-forward push of a commit (SHA) to `refs/heads/<remoteBranch>` — for probes that need no local branch. */
    async pushCommit(remote, sha, remoteBranch, options = {}) {
        assertRemoteArg(remote);
        if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
            throw new errors/* DroidError */.TF('internal', `pushCommit needs a full SHA, got ${sha}`);
        await this.checkBranchName(remoteBranch);
        return this.pushRefspec(remote, `${sha}:refs/heads/${remoteBranch}`, options.authEnv);
    }
    /** Deletes a branch on the remote (used by `doctor` to clean up its probe branch). */
    async deleteRemoteBranch(remote, branch, options = {}) {
        assertRemoteArg(remote);
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
    // ---- the one exec ------------------------------------------------------------------------------
    async exec(args, options = {}) {
        for (const secret of secretsOfAuthEnv(options.authEnv))
            this.redactor.add(secret);
        const argv = [...this.configArgs(options.remote === true), ...args];
        this.logger.debug(`git ${this.redactor.redact(args.join(' '))}`);
        const stdout = [];
        let stderr = Buffer.alloc(0);
        const result = await (0,exec/* runProcess */.R3)(this.options.gitBinary ?? 'git', argv, {
            cwd: this.cwd,
            env: this.env(options),
            timeoutMs: this.options.timeoutMs ?? 10 * 60_000,
            keepBytes: 4096,
            onStdout: (c) => stdout.push(c),
            onStderr: (c) => {
                stderr = Buffer.concat([stderr, c]);
                if (stderr.length > STDERR_KEEP)
                    stderr = stderr.subarray(stderr.length - STDERR_KEEP);
            },
        });
        const out = {
            exitCode: result.exitCode ?? (result.timedOut ? 124 : 128),
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: stderr.toString('utf8'),
        };
        if (result.spawnError) {
            throw new errors/* DroidError */.TF('internal', `could not run git: ${result.spawnError}`, { hint: 'Install git (2.32 or newer).' });
        }
        if (result.timedOut) {
            throw new errors/* DroidError */.TF(options.remote ? 'platform' : 'work', `git ${args[0]} timed out`);
        }
        if (out.exitCode !== 0 && !options.allowFailure)
            throw this.failure(args, out, options.remote === true);
        return out;
    }
    configArgs(remote) {
        const c = [
            'core.hooksPath=/dev/null',
            'core.fsmonitor=false',
            `commit.gpgsign=${this.options.signCommits ? 'true' : 'false'}`,
            'tag.gpgsign=false',
            'core.quotepath=false',
            'advice.detachedHead=false',
            'rebase.autoSquash=false',
            'rebase.updateRefs=false',
            'pull.rebase=false',
        ];
        if (remote)
            c.push('credential.helper=', 'core.askPass=', 'protocol.ext.allow=never', 'protocol.file.allow=user');
        return c.flatMap((kv) => ['-c', kv]);
    }
    env(options) {
        const base = {};
        for (const [k, v] of Object.entries(this.options.env ?? process.env))
            if (!STRIPPED_ENV.test(k))
                base[k] = v;
        const own = {
            ...base,
            LC_ALL: 'C',
            LANGUAGE: 'C',
            GIT_TERMINAL_PROMPT: '0',
            GCM_INTERACTIVE: 'never',
            GIT_LITERAL_PATHSPECS: '1',
            GIT_AUTHOR_NAME: this.identity.name,
            GIT_AUTHOR_EMAIL: this.identity.email,
            GIT_COMMITTER_NAME: this.identity.name,
            GIT_COMMITTER_EMAIL: this.identity.email,
            GIT_EDITOR: 'true',
            GIT_SEQUENCE_EDITOR: 'true',
            ...options.env,
        };
        return options.remote ? mergeGitConfigEnv(own, options.authEnv) : own;
    }
    failure(args, r, remote, target) {
        const verb = args[0] ?? 'git';
        const stderr = this.redactor.redact(r.stderr.trim()).split('\n').slice(-20).join('\n');
        if (remote && /could not read (Username|Password)|Authentication failed|terminal prompts disabled|returned error: 40[13]|HTTP 40[13]/i.test(stderr)) {
            const where = target ?? args.find((a, i) => i > 0 && args[i - 1] === '--') ?? 'the remote';
            const denied = /40[3]/.test(stderr);
            return new errors/* DroidError */.TF('platform', `git ${verb} to ${where}: ${denied ? 'access denied (403)' : 'authentication failed (401)'}\n${stderr}`, {
                hint: denied
                    ? 'The token was accepted but may not push: it needs contents: write (GitHub) or write_repository (GitLab).'
                    : 'The token was refused: check that it is set, not expired, and for this server.',
            });
        }
        return new errors/* DroidError */.TF(remote ? 'platform' : 'work', `git ${verb} failed (exit ${r.exitCode}): ${stderr || '(no output)'}`);
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
/* harmony export */   vq: () => (/* binding */ FORGE_CREDENTIAL_NAMES)
/* harmony export */ });
/* unused harmony export secretReason */
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

/***/ 29906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
const silentLogger = {
    debug() { },
    info() { },
    warn() { },
    error() { },
    group: () => () => { },
};


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
