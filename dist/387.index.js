export const id = 387;
export const ids = [387];
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
