export const id = 976;
export const ids = [976];
export const modules = {

/***/ 86976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VALIDATE_USAGE: () => (/* binding */ VALIDATE_USAGE),
  validateCommand: () => (/* binding */ validateCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(47612);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/config/locate.ts
var locate = __webpack_require__(55562);
// EXTERNAL MODULE: ./src/util/validate.ts
var validate = __webpack_require__(8956);
;// CONCATENATED MODULE: ./src/config/repo-checks.ts
/**
 * Checks a valid config against the checkout it belongs to (used by `droid-ci validate`): every profile's
 * `path` must be a folder inside the repo. A missing folder would only show up later as an infra error.
 */





async function checkAgainstRepo(config, text, file, repoRoot) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, merge: true });
    const root = await (0,promises_.realpath)(repoRoot);
    const problems = [];
    for (const [index, profile] of config.tests.entries()) {
        const problem = await folderProblem(root, profile.path);
        if (!problem)
            continue;
        const { line, column } = (0,locate/* position */.G)(lineCounter, (0,locate/* locate */.x)(doc, ['tests', index, 'path']).offset);
        problems.push({ file, line, column, message: `\`tests[${index}].path\` at ${file}:${line}:${column}: \`${profile.path}\` ${problem}` });
    }
    return problems;
}
async function folderProblem(root, relative) {
    let target;
    try {
        target = await (0,promises_.realpath)(external_node_path_default().join(root, relative));
    }
    catch {
        return 'is not a folder in this repo (check the spelling, or create it)';
    }
    if (!(0,validate/* isInside */.FK)(root, target))
        return 'leads outside the repo (through a symlink)';
    if (!(await (0,promises_.stat)(target)).isDirectory())
        return 'is a file, not a folder';
    return undefined;
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/commands/validate.ts
/**
 * `droid-ci validate [--config <file>] [--dir <repo>] [--json]`: checks `.droid.yml` and prints every problem
 * with file:line:column, then checks it against the checkout (each profile's `path` is a folder of the repo). Exit codes: 0 valid (or no file: the defaults apply), 2 invalid or usage error.
 */





const VALIDATE_USAGE = `usage: droid-ci validate [--config <file>] [--dir <repo>] [--json]
  --config FILE   the config file, relative to the repo (default ${load/* DEFAULT_CONFIG_FILE */.Cu})
  --dir DIR       the repo root (default: the current directory)
  --json          print {valid, found, file, problems | config} as JSON on stdout
exit codes: 0 valid (or no config file: the defaults apply), 2 not valid or usage error`;
function parseValidateArgs(argv, cwd) {
    try {
        const { values } = (0,external_node_util_.parseArgs)({
            args: argv,
            options: { config: { type: 'string' }, dir: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
            strict: true,
            allowPositionals: false,
        });
        return { config: values.config, dir: values.dir ?? cwd, json: values.json ?? false, help: values.help ?? false };
    }
    catch (error) {
        throw new errors/* DroidError */.TF('usage', error.message, { hint: VALIDATE_USAGE });
    }
}
async function validateCommand(argv, io, cwd = process.cwd()) {
    let args;
    try {
        args = parseValidateArgs(argv, cwd);
    }
    catch (error) {
        io.stderr(`droid-ci validate: ${(0,errors/* describeError */.Uc)(error)}`);
        return (0,errors/* exitCodeFor */.Rr)(error);
    }
    if (args.help) {
        io.stdout(VALIDATE_USAGE);
        return 0;
    }
    const file = args.config ?? load/* DEFAULT_CONFIG_FILE */.Cu;
    try {
        const dirInfo = await (0,promises_.stat)(args.dir).catch(() => undefined);
        if (!dirInfo?.isDirectory())
            throw new errors/* DroidError */.TF('usage', `--dir ${args.dir}: not a directory`, { hint: 'pass the repository root (default: the current directory)' });
        const loaded = await (0,load/* readConfigFile */.RG)(args.dir, file);
        if (!loaded.found && args.config !== undefined) {
            throw new errors/* DroidError */.TF('config', `no config file at ${file}`, { hint: 'check --config (it is relative to the repo root), or run `droid-ci init`' });
        }
        if (loaded.text !== undefined) {
            const problems = await checkAgainstRepo(loaded.config, loaded.text, file, args.dir);
            if (problems.length > 0)
                throw new load/* ConfigError */.xL(file, problems);
        }
        if (args.json) {
            io.stdout(JSON.stringify({ valid: true, found: loaded.found, file, config: loaded.config }, null, 2));
        }
        else if (!loaded.found) {
            io.stdout(`no ${file} here: the defaults apply (no test profiles). Run \`droid-ci init\` to write one.`);
        }
        else {
            io.stdout(`${file} is valid: ${summary(loaded.config)}`);
        }
        if (loaded.found && loaded.config.tests.length === 0) {
            io.stderr(`warning: ${file} has no test profiles: the droid cannot check its edits and \`droid-ci test\` has nothing to run; add one under \`tests:\` (\`droid-ci init --print\` proposes some)`);
        }
        return 0;
    }
    catch (error) {
        if (args.json) {
            const problems = error instanceof load/* ConfigError */.xL ? error.problems : [{ file, line: 0, column: 0, message: (0,errors/* describeError */.Uc)(error) }];
            io.stdout(JSON.stringify({ valid: false, found: true, file, problems }, null, 2));
        }
        else {
            io.stderr((0,errors/* describeError */.Uc)(error));
        }
        return (0,errors/* exitCodeFor */.Rr)(error);
    }
}
function summary(config) {
    const count = config.tests.length;
    const profiles = count === 0 ? 'no test profiles' : `${count} test profile${count === 1 ? '' : 's'} (${config.tests.map((t) => t.name).join(', ')})`;
    return `${profiles}; engine ${config.engine.use}, up to ${config.engine.max_iterations} iteration${config.engine.max_iterations === 1 ? '' : 's'}`;
}


/***/ })

};
