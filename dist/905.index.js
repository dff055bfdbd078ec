export const id = 905;
export const ids = [905];
export const modules = {

/***/ 19905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: runAction

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/util/safe-fs.ts
var safe_fs = __webpack_require__(12267);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/engine/args.ts
var args = __webpack_require__(22173);
// EXTERNAL MODULE: ./src/engine/install.ts
var install = __webpack_require__(24337);
// EXTERNAL MODULE: ./src/engine/usage.ts
var usage = __webpack_require__(6537);
// EXTERNAL MODULE: ./src/run/execute.ts + 35 modules
var execute = __webpack_require__(1375);
// EXTERNAL MODULE: ./src/platform/github/platform.ts
var platform = __webpack_require__(88224);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/report/body.ts
var body = __webpack_require__(98492);
;// CONCATENATED MODULE: ./src/report/job-summary.ts

function jobSummaryMarkdown(input) {
    const lines = [`## ${(0,body/* tableCell */.xR)(input.title)}`, ''];
    if (input.isolationWarning)
        lines.push(`> [!WARNING]\n> ${(0,body/* tableCell */.xR)(input.isolationWarning)}`, '');
    lines.push(`**Conclusion:** \`${(0,body/* tableCell */.xR)(input.conclusion)}\``);
    if (input.change)
        lines.push(`**Pull request:** [#${input.change.number}](${input.change.url})`);
    if (input.branch)
        lines.push(`**Branch:** \`${(0,body/* tableCell */.xR)(input.branch)}\``);
    if (input.usage)
        lines.push(`**Usage:** ${(0,body/* tableCell */.xR)(input.usage)}`);
    lines.push('', '### Tests', '', (0,body/* testsTable */.kS)(input.results));
    const failing = input.results.flatMap((r) => r.summary.failures.slice(0, 20).map((f) => ({ profile: r.name, f })));
    if (failing.length > 0) {
        lines.push('<details><summary>Failing tests</summary>', '');
        for (const { profile, f } of failing) {
            const where = f.file ? ` (${(0,body/* tableCell */.xR)(f.file)}${f.line ? `:${f.line}` : ''})` : '';
            lines.push(`- **${(0,body/* tableCell */.xR)(profile)}** ${(0,body/* tableCell */.xR)(f.full_name || f.name)}${where}: ${(0,body/* tableCell */.xR)(f.message).slice(0, 300)}`);
        }
        lines.push('', '</details>', '');
    }
    if (input.notes && input.notes.length > 0)
        lines.push('### Notes', '', ...input.notes.map((n) => `- ${(0,body/* tableCell */.xR)(n)}`), '');
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/platform/github/report.ts
/**
 * GitHub's own report sinks (PRODUCT.md §1.9, §8): where the job summary goes (rendered by
 * report/job-summary.ts), error
 * annotations on failing tests (file, line), and `::stop-commands::` around echoed test output so it
 * cannot issue workflow commands.
 */




/** Appends the summary to GITHUB_STEP_SUMMARY; does nothing outside Actions. */
async function writeJobSummary(input, env = process.env) {
    if (!env.GITHUB_STEP_SUMMARY)
        return false;
    await core/* summary */.z.addRaw(jobSummaryMarkdown(input), true).write();
    core/* summary */.z.emptyBuffer();
    return true;
}
/** A failure's file as GitHub wants it: relative to the workspace, with forward slashes. */
function annotationPath(file, profilePath, workspace) {
    if ((0,external_node_path_.isAbsolute)(file))
        return workspace ? (0,external_node_path_.relative)(workspace, file).split('\\').join('/') : file;
    const clean = file.replace(/\\/g, '/').replace(/^\.\//, '');
    const base = profilePath === '.' || profilePath === '' ? '' : profilePath.replace(/\/+$/, '');
    if (!base || clean.startsWith(`${base}/`))
        return clean;
    return external_node_path_.posix.join(base, clean);
}
/**
 * One `::error file=…,line=…::` annotation per failing test (at most `max`; GitHub shows 10 per step).
 * Returns how many were written.
 */
function annotateFailures(results, options = {}) {
    const max = options.max ?? 10;
    let count = 0;
    for (const result of results) {
        for (const failure of result.summary.failures) {
            if (count >= max)
                return count;
            const properties = { title: `${result.name}: ${failure.full_name || failure.name}`.slice(0, 200) };
            if (failure.file) {
                properties.file = annotationPath(failure.file, result.path, options.workspace);
                if (failure.line)
                    properties.startLine = failure.line;
            }
            core/* error */.z3(failure.message.slice(0, 4000) || 'test failed', properties);
            count += 1;
        }
    }
    return count;
}
/**
 * Wraps text echoed into the job log so that lines in it are not read as workflow commands
 * (`::set-output`, `::add-mask`…): `::stop-commands::TOKEN` … `::TOKEN::` with a random token.
 */
function stopCommandsWrap(text, token = (0,external_node_crypto_.randomBytes)(16).toString('hex')) {
    if (!/^[A-Za-z0-9_-]{16,}$/.test(token))
        throw new Error('stop-commands token must be 16+ unguessable characters');
    const body = text.endsWith('\n') ? text : `${text}\n`;
    return `::stop-commands::${token}\n${body}::${token}::\n`;
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
;// CONCATENATED MODULE: ./src/entry/action.ts













/**
 * The GitHub Action entry (`uses: factory/droid@v1`): inputs + event -> executeRun -> outputs, job summary,
 * annotations. The only place that calls core.setFailed. Honest status: `error` and `tests-failing` fail
 * the step with the reason; `refused` and `no-changes` pass with a notice.
 */
/** Every form of a secret the run learns is masked in the job log as well as redacted by us. */
class ActionsRedactor extends redact/* Redactor */.pO {
    /** forms already sent to the runner: each secret is registered once, not once per place that knows it */
    masked = new Set();
    add(secret) {
        const forms = super.add(secret);
        for (const form of forms) {
            if (this.masked.has(form))
                continue;
            this.masked.add(form);
            core/* setSecret */.Pq(form);
        }
        return forms;
    }
}
/** core's logger, redacted; text with `::` is wrapped so it cannot issue workflow commands. */
function actionsLogger(redactor) {
    const safe = (message) => {
        const text = redactor.redact(message);
        return text.includes('::') ? stopCommandsWrap(text).trimEnd() : text;
    };
    return {
        debug: (m) => core/* debug */.Yz(safe(m)),
        info: (m) => core/* info */.pq(safe(m)),
        warn: (m) => core/* warning */.$e(safe(m)),
        error: (m) => core/* error */.z3(safe(m)),
        group: (title) => {
            core/* startGroup */.Oh(safe(title));
            return () => core/* endGroup */.N4();
        },
    };
}
async function runAction(env = process.env) {
    const redactor = new ActionsRedactor();
    const runEnv = { ...env };
    const factoryKey = core/* getInput */.V4('factory_api_key');
    if (factoryKey) {
        redactor.add(factoryKey);
        // handed to the droid engine only: test commands never see it (profiles/env.ts drops *_API_KEY)
        runEnv.FACTORY_API_KEY = factoryKey;
    }
    for (const name of ['github_token', 'app_private_key'])
        redactor.add(core/* getInput */.V4(name));
    const signingKey = core/* getInput */.V4('signing_key');
    if (signingKey) {
        redactor.add(signingKey);
        // read by the commit step only (git/sign.ts); engines and test commands never get it (profiles/env.ts drops *_KEY)
        runEnv.DROID_SIGNING_KEY = signingKey;
    }
    const repoRoot = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE ?? process.cwd());
    const common = {
        repoRoot,
        configPath: core/* getInput */.V4('config') || '.droid.yml',
        dryRun: core/* getInput */.V4('dry_run') === 'true',
        engineOverride: core/* getInput */.V4('engine') || undefined,
        engineArgs: (0,args/* splitEngineArgs */.s)(core/* getInput */.V4('engine_args')),
        engineInstall: core/* getInput */.V4('install_engine') === 'false' ? undefined : { dir: (0,install/* defaultInstallDir */.WA)(env, (0,external_node_os_.tmpdir)()), version: core/* getInput */.V4('engine_version') || undefined, env },
        env: runEnv,
        logger: actionsLogger,
        redactor,
    };
    if (core/* getInput */.V4('command') === 'doctor') {
        const { runChecks, renderChecks } = await __webpack_require__.e(/* import() */ 386).then(__webpack_require__.bind(__webpack_require__, 67005));
        const checks = await runChecks({ platform: 'github', repoRoot, configPath: common.configPath, write: false, engineOverride: common.engineOverride, env: runEnv, io: { stdout: (s) => core/* info */.pq(s), stderr: (s) => core/* info */.pq(redactor.redact(s)) } });
        core/* info */.pq(renderChecks(checks));
        const failed = checks.filter((c) => c.state === 'fail');
        const outcome = { conclusion: failed.length ? 'error' : 'no-changes', message: failed.length ? failed.map((c) => `${c.name}: ${c.detail}`).join('; ') : 'doctor: every check passed', iterations: 0, tests: [], heldBack: [], warnings: checks.filter((c) => c.state === 'warn').map((c) => c.detail) };
        await report(outcome, repoRoot, redactor, env);
        return outcome;
    }
    core/* debug */.Yz(`inputs: config=${common.configPath} dry_run=${common.dryRun} engine=${common.engineOverride ?? '(config)'} command=${core/* getInput */.V4('command') || '(event)'}`);
    const outcome = await (0,execute/* executeRun */.lk)((ctx) => (0,platform.githubSetup)(runEnv, ctx), common, (line) => core/* info */.pq(line));
    await report(outcome, repoRoot, redactor, env);
    return outcome;
}
async function report(outcome, repoRoot, redactor, env) {
    // one summary, redacted once: written to .droid/summary.md (the summary_file output) and the job summary
    const summaryInput = redactor.redactValue({
        title: `Droid${outcome.branch ? `: ${outcome.branch}` : ''}`,
        conclusion: outcome.conclusion,
        results: outcome.tests,
        change: outcome.pr?.number && outcome.pr.url ? { number: outcome.pr.number, url: outcome.pr.url } : undefined,
        branch: outcome.branch,
        isolationWarning: outcome.isolationWarning,
        usage: outcome.usage ? (0,usage/* usageLine */.U0)(outcome.usage) : undefined,
        notes: [outcome.message, ...outcome.warnings, ...(outcome.heldBack.length ? [`Held back (protected paths): ${outcome.heldBack.join(', ')}`] : [])],
    });
    const artifactDir = (0,external_node_path_.join)(repoRoot, '.droid');
    const summaryFile = (0,external_node_path_.join)(artifactDir, 'summary.md');
    try {
        await (0,safe_fs/* prepareArtifactDir */.Xr)(artifactDir);
        await (0,safe_fs/* writeFileNoFollow */.qI)(summaryFile, jobSummaryMarkdown(summaryInput));
    }
    catch (error) {
        core/* warning */.$e(`could not write ${summaryFile}: ${(0,errors/* describeError */.Uc)(error)}`);
    }
    if (env.GITHUB_STEP_SUMMARY) {
        await writeJobSummary(summaryInput, env).catch((e) => core/* warning */.$e(`could not write the job summary: ${(0,errors/* describeError */.Uc)(e)}`));
    }
    annotateFailures(summaryInput.results, { workspace: repoRoot });
    core/* setOutput */.uH('conclusion', outcome.conclusion);
    core/* setOutput */.uH('branch_name', outcome.branch ?? '');
    core/* setOutput */.uH('pr_number', outcome.pr?.number?.toString() ?? '');
    core/* setOutput */.uH('pr_url', outcome.pr?.url ?? '');
    core/* setOutput */.uH('commit_sha', outcome.commit ?? '');
    core/* setOutput */.uH('tests_passed', outcome.testsPassed === undefined ? '' : String(outcome.testsPassed));
    core/* setOutput */.uH('summary_file', summaryFile);
    core/* setOutput */.uH('audit_log', outcome.auditLog ?? '');
    core/* setOutput */.uH('findings', outcome.review ? String(outcome.review.findings) : '');
    core/* setOutput */.uH('cost_usd', outcome.usage?.costUsd === undefined ? '' : String((0,usage/* roundCost */.eB)(outcome.usage.costUsd)));
    core/* setOutput */.uH('usage', outcome.usage ? JSON.stringify((0,usage/* usageJson */.AE)(outcome.usage)) : '');
    const message = redactor.redact(outcome.message);
    if (outcome.conclusion === 'review-posted' && outcome.review && outcome.review.failing > 0) {
        core/* setFailed */.C1(message);
        return;
    }
    switch (outcome.conclusion) {
        case 'error':
        case 'tests-failing':
            core/* setFailed */.C1(message);
            break;
        case 'refused':
        case 'no-changes':
            core/* notice */.lm(message);
            break;
        default:
            core/* info */.pq(message);
    }
}
/** Entry for dist/index.js: never throws; an unexpected error fails the step with a redacted message. */
async function main() {
    try {
        await runAction();
    }
    catch (error) {
        core/* setOutput */.uH('conclusion', 'error');
        core/* setFailed */.C1((0,errors/* describeError */.Uc)(error));
    }
}


/***/ })

};
