export const id = 172;
export const ids = [172];
export const modules = {

/***/ 97470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/run/execute.ts + 35 modules
var execute = __webpack_require__(1375);
// EXTERNAL MODULE: ./src/platform/index.ts
var src_platform = __webpack_require__(57711);
// EXTERNAL MODULE: ./src/engine/args.ts
var args = __webpack_require__(22173);
// EXTERNAL MODULE: ./src/engine/install.ts
var install = __webpack_require__(24337);
// EXTERNAL MODULE: ./src/engine/usage.ts
var usage = __webpack_require__(6537);
// EXTERNAL MODULE: ./src/profiles/types.ts
var types = __webpack_require__(9927);
// EXTERNAL MODULE: ./src/report/body.ts
var body = __webpack_require__(98492);
;// CONCATENATED MODULE: ./src/report/cli.ts



/** `droid-ci run`'s views of an outcome: `--json` (a stable shape for scripts) and the text a person reads. */
function jsonOutcome(outcome) {
    return {
        conclusion: outcome.conclusion,
        message: outcome.message,
        branch: outcome.branch ?? null,
        commit: outcome.commit ?? null,
        iterations: outcome.iterations,
        tests_passed: outcome.testsPassed ?? null,
        tests: outcome.tests.map((t) => ({
            name: t.name,
            command: t.command,
            path: t.path,
            passed: (0,types/* profilePassed */.O)(t),
            exit_code: t.exitCode,
            timed_out: t.timedOut,
            duration_ms: t.durationMs,
            summary: { kind: t.summary.kind, runner: t.summary.runner, passed: t.summary.passed, failed: t.summary.failed, failures: t.summary.failures },
        })),
        pr: outcome.pr ?? null,
        pr_file: outcome.prFile ?? null,
        plan: outcome.plan ?? null,
        held_back: outcome.heldBack,
        patch_file: outcome.patchFile ?? null,
        warnings: outcome.warnings,
        ci: outcome.ci ?? null,
        usage: (0,usage/* usageJson */.AE)(outcome.usage),
        budget_reached: outcome.budgetReached ?? null,
        findings: outcome.review ? outcome.review.findings : null,
        review: outcome.review
            ? { findings: outcome.review.findings, inline: outcome.review.inline, outside_diff: outcome.review.outsideDiff, duplicates: outcome.review.duplicates, failing: outcome.review.failing, fail_on: outcome.review.failOn, url: outcome.review.url ?? null }
            : null,
    };
}
function humanOutcome(outcome) {
    const lines = [`conclusion: ${outcome.conclusion}`, outcome.message];
    if (outcome.branch)
        lines.push(`branch: ${outcome.branch}${outcome.commit ? ` @ ${outcome.commit.slice(0, 12)}` : ''}`);
    for (const t of outcome.tests) {
        lines.push(`  ${(0,types/* profilePassed */.O)(t) ? 'PASS' : 'FAIL'} ${t.name} (${t.summary.passed} passed, ${t.summary.failed} failed, ${(0,body/* formatDuration */.a3)(t.durationMs)})`);
    }
    if (outcome.heldBack.length)
        lines.push(`held back (protected paths): ${outcome.heldBack.join(', ')}`);
    if (outcome.review)
        lines.push(`findings: ${outcome.review.findings}${outcome.review.url ? ` (${outcome.review.url})` : ''}`);
    if (outcome.usage)
        lines.push(`usage: ${(0,usage/* usageLine */.U0)(outcome.usage)}`);
    for (const w of outcome.warnings)
        lines.push(`warning: ${w}`);
    if (outcome.pr && outcome.prFile)
        lines.push('', `── ${outcome.prFile} ──`, `# ${outcome.pr.title}`, '', outcome.pr.body);
    else if (outcome.pr?.url)
        lines.push(`pull request: ${outcome.pr.url}`);
    if (outcome.plan)
        lines.push('', outcome.plan);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/commands/run.ts









/**
 * `droid-ci run`: the whole loop. `--platform local` needs no forge: the branch and commits are made in
 * the local repo and the PR body is written to .droid/pr.md and printed (a review of the current branch
 * goes to .droid/review.md). `--platform gitlab` reads the
 * pipeline's variables; `--platform github` reads the runner's event, as the action does.
 */
const HELP = `usage: droid-ci run [--platform local|github|gitlab] [options]

  --platform P       local (default outside CI), github (GITHUB_ACTIONS), gitlab (GITLAB_CI)
  --ticket KEY       ticket key, e.g. PROJ-123 (local; default LOCAL-<time>)
  --title TEXT       ticket title (local; default the first line of --prompt)
  --prompt TEXT      what to do (local; for a review: what to focus on)
  --command C        fix (default), plan, test, ci-fix, review
                     review: a read-only review of a merge request's diff (gitlab: one thread per finding
                     plus a summary note; review.auto decides merge request pipelines) or, locally, of the
                     current branch against --base, written to .droid/review.md (exit 1 on a finding at
                     or above review.fail_on)
  --base BRANCH      the branch a local review compares with (default main)
  --engine E         override engine.use: droid, claude, codex, command, fix-commands
  --engine-args A    extra arguments for the engine's CLI (split like shell words; quotes group)
  --config FILE      config path in the repo (default .droid.yml)
  --repo DIR         the repository (default the current directory)
  --dry-run          make the branch and commit locally, push nothing, open nothing
  --json             print the outcome as JSON`;
const COMMANDS = ['fix', 'plan', 'test', 'ci-fix', 'review'];
async function runCommand(argv, io, env) {
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({
            args: joinEngineArgs(argv),
            options: {
                platform: { type: 'string' },
                ticket: { type: 'string' },
                title: { type: 'string' },
                prompt: { type: 'string' },
                command: { type: 'string' },
                base: { type: 'string' },
                engine: { type: 'string' },
                'engine-args': { type: 'string' },
                config: { type: 'string' },
                repo: { type: 'string' },
                'dry-run': { type: 'boolean' },
                json: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
            },
            strict: true,
            allowPositionals: false,
        }));
    }
    catch (error) {
        throw new errors/* DroidError */.TF('usage', error.message, { hint: 'see `droid-ci run --help`' });
    }
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const platform = await (0,src_platform/* loadPlatform */.G)((0,src_platform/* detectPlatform */.l)(values.platform, env));
    const command = (values.command ?? 'fix');
    if (!COMMANDS.includes(command))
        throw new errors/* DroidError */.TF('usage', `unknown command "${values.command}"`, { hint: `use one of ${COMMANDS.join(', ')}` });
    const repoRoot = (0,external_node_path_.resolve)(values.repo ?? env.CI_PROJECT_DIR ?? env.GITHUB_WORKSPACE ?? process.cwd());
    const common = {
        repoRoot,
        configPath: values.config ?? '.droid.yml',
        dryRun: values['dry-run'] ?? false,
        engineOverride: values.engine,
        engineArgs: (0,args/* splitEngineArgs */.s)(values['engine-args'] ?? ''),
        // the GitLab template sets DROID_INSTALL_ENGINE=true; on a person's machine nothing is installed
        engineInstall: env.DROID_INSTALL_ENGINE === 'true' ? { dir: env.DROID_ENGINE_DIR || (0,install/* defaultInstallDir */.WA)(env, (0,external_node_os_.tmpdir)()), version: env.DROID_ENGINE_VERSION || undefined, env } : undefined,
        env,
    };
    const options = { command: values.command ? command : undefined, ticket: values.ticket, title: values.title, prompt: values.prompt, base: values.base, repoRoot };
    const makeSetup = (ctx) => platform.setup(env, ctx, options);
    const outcome = await (0,execute/* executeRun */.lk)(makeSetup, common, (line) => io.stderr(line));
    if (values.json)
        io.stdout(JSON.stringify(jsonOutcome(outcome), null, 2));
    else
        io.stdout(humanOutcome(outcome));
    return (0,execute/* exitCodeForOutcome */.xo)(outcome);
}
/**
 * `--engine-args "--model x"`: parseArgs refuses a value that starts with a dash as ambiguous, yet every
 * engine argument does (the GitLab template passes them this way): bind the next word to the option.
 */
function joinEngineArgs(argv) {
    const out = [];
    for (let i = 0; i < argv.length; i += 1) {
        const arg = argv[i] ?? '';
        const value = argv[i + 1];
        if (arg === '--engine-args' && value !== undefined) {
            out.push(`--engine-args=${value}`);
            i += 1;
        }
        else
            out.push(arg);
    }
    return out;
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
            return (await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(387), __webpack_require__.e(224)]).then(__webpack_require__.bind(__webpack_require__, 88224))).githubPlatform;
        case 'gitlab':
            return (await Promise.all(/* import() */[__webpack_require__.e(582), __webpack_require__.e(387), __webpack_require__.e(693), __webpack_require__.e(72)]).then(__webpack_require__.bind(__webpack_require__, 7072))).gitlabPlatform;
        case 'local':
            return (await __webpack_require__.e(/* import() */ 128).then(__webpack_require__.bind(__webpack_require__, 98128))).localPlatform;
    }
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


/***/ })

};
