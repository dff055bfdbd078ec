export const id = 235;
export const ids = [235];
export const modules = {

/***/ 35235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INIT_USAGE: () => (/* binding */ INIT_USAGE),
  detectProfiles: () => (/* reexport */ detectProfiles),
  detectProfilesWithReasons: () => (/* reexport */ detectProfilesWithReasons),
  detectRepo: () => (/* reexport */ detectRepo),
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/util/validate.ts
var validate = __webpack_require__(8956);
;// CONCATENATED MODULE: ./src/config/detect-files.ts
/**
 * Small, bounded file reads for `droid-ci init`'s detection: manifests are read only when they are regular
 * files under 1 MiB; a broken or hostile file gives `undefined`, never a crash. Nothing here runs anything.
 */



const MAX_MANIFEST_BYTES = 1024 * 1024;
const MAX_DIRS = 2000;
const SKIP_DIRS = new Set(['node_modules', 'vendor', 'target', 'build', 'dist', 'out', 'venv', '__pycache__', 'site-packages', 'bower_components', '_build', 'deps']);
/** Folder names we are willing to write into a config (no control characters, quotes, backslashes or `#`). */
const SAFE_DIR_NAME = /^[A-Za-z0-9_@+-][A-Za-z0-9_.@+ -]*$/;
async function listDir(dir) {
    try {
        return (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    catch {
        return [];
    }
}
async function isFile(file) {
    try {
        return (await (0,promises_.stat)(file)).isFile();
    }
    catch {
        return false;
    }
}
async function isDir(dir) {
    try {
        return (await (0,promises_.lstat)(dir)).isDirectory();
    }
    catch {
        return false;
    }
}
async function firstExisting(dir, names) {
    for (const name of names)
        if (await isFile(external_node_path_default().join(dir, name)))
            return name;
    return undefined;
}
async function readSmall(file) {
    try {
        const info = await (0,promises_.stat)(file);
        if (!info.isFile() || info.size > MAX_MANIFEST_BYTES)
            return undefined;
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
async function readJson(file) {
    const text = await readSmall(file);
    if (text === undefined)
        return undefined;
    return parseJsonObject(text);
}
/** deno.jsonc, tsconfig-style JSON: comments and trailing commas are allowed. */
async function readJsonc(file) {
    const text = await readSmall(file);
    if (text === undefined)
        return undefined;
    return parseJsonObject(stripJsonc(text));
}
function parseJsonObject(text) {
    try {
        const parsed = JSON.parse(text);
        return (0,validate/* isRecord */.u4)(parsed) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** Removes `//` and `/* *\/` comments and trailing commas outside strings, in one linear pass. */
function stripJsonc(text) {
    const out = [];
    let lastSignificant = -1; // index in `out` of the last character that is not white space
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === '"') {
            let j = i + 1;
            while (j < text.length && text[j] !== '"')
                j += text[j] === '\\' ? 2 : 1;
            out.push(text.slice(i, j + 1));
            lastSignificant = out.length - 1;
            i = j + 1;
        }
        else if (c === '/' && text[i + 1] === '/') {
            while (i < text.length && text[i] !== '\n')
                i++;
        }
        else if (c === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            i = end < 0 ? text.length : end + 2;
            out.push(' ');
        }
        else {
            if ((c === '}' || c === ']') && lastSignificant >= 0 && out[lastSignificant] === ',')
                out[lastSignificant] = ' ';
            out.push(c);
            if (!/\s/.test(c))
                lastSignificant = out.length - 1;
            i++;
        }
    }
    return out.join('');
}
/** Folders below `root`, breadth first, up to `depth` levels, skipping dependencies, build output and dot folders. */
async function subdirectories(root, depth) {
    const result = [];
    let level = [root];
    for (let d = 0; d < depth && level.length > 0; d++) {
        const next = [];
        for (const dir of level) {
            for (const entry of await listDir(dir)) {
                if (!entry.isDirectory() || entry.name.startsWith('.') || SKIP_DIRS.has(entry.name) || !SAFE_DIR_NAME.test(entry.name))
                    continue;
                if (result.length >= MAX_DIRS)
                    return result.sort();
                const child = external_node_path_default().join(dir, entry.name);
                result.push(child);
                next.push(child);
            }
        }
        level = next;
    }
    return result.sort();
}
/** The keys of `deps`, `devDependencies`... of a package.json-like object. */
function dependencyNames(manifest, fields) {
    const names = new Set();
    for (const field of fields) {
        const value = manifest?.[field];
        if ((0,validate/* isRecord */.u4)(value))
            for (const name of Object.keys(value))
                names.add(name);
    }
    return names;
}

;// CONCATENATED MODULE: ./src/config/detect-ci.ts
/**
 * What the repo's own CI runs, for `droid-ci init`: the `run:` lines of `.github/workflows/*.yml` and the
 * `script:` lines of `.gitlab-ci.yml` (with `before_script`, `extends`, `!reference` and YAML anchors), split
 * into single commands with the folder each runs in. commands.ts says which of them test or build.
 * Bounded: at most 50 workflow files of 1 MiB, 200 jobs, 400 lines a job; broken YAML is skipped, not fatal.
 */




const MAX_FILES = 50;
const MAX_JOBS = 200;
const MAX_LINES = 400;
const MAX_LINE = 2000;
async function readCiJobs(root) {
    const jobs = [];
    const workflowDir = external_node_path_default().join(root, '.github', 'workflows');
    const files = (await listDir(workflowDir))
        .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
        .map((e) => e.name)
        // the files that look like the test workflow first: their commands win over a release workflow's
        .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))
        .slice(0, MAX_FILES);
    for (const name of files) {
        const parsed = parseYaml(await readSmall(external_node_path_default().join(workflowDir, name)));
        if (parsed !== undefined)
            jobs.push(...githubJobs(`.github/workflows/${name}`, parsed));
    }
    const gitlab = parseYaml(await readSmall(external_node_path_default().join(root, '.gitlab-ci.yml')));
    if (gitlab !== undefined)
        jobs.push(...gitlabJobs('.gitlab-ci.yml', gitlab));
    return jobs.slice(0, MAX_JOBS);
}
function rank(file) {
    if (/test/i.test(file))
        return 0;
    if (/^(ci|main|build|check|pr|pull)/i.test(file))
        return 1;
    if (/release|publish|deploy|docs|pages|stale|label|codeql/i.test(file))
        return 3;
    return 2;
}
function parseYaml(text) {
    if (text === undefined)
        return undefined;
    try {
        const doc = (0,dist/* parseDocument */.Tp)(text, { merge: true, uniqueKeys: false, prettyErrors: false });
        if (doc.errors.length > 0)
            return undefined;
        return doc.toJS({ maxAliasCount: 200 });
    }
    catch {
        return undefined;
    }
}
// ---- GitHub Actions ----
function githubJobs(file, workflow) {
    if (!(0,validate/* isRecord */.u4)(workflow) || !(0,validate/* isRecord */.u4)(workflow['jobs']))
        return [];
    const workflowDir = workingDirectory(workflow['defaults']);
    const result = [];
    for (const [job, spec] of Object.entries(workflow['jobs'])) {
        if (!(0,validate/* isRecord */.u4)(spec) || !Array.isArray(spec['steps']))
            continue;
        const jobDir = workingDirectory(spec['defaults']) ?? workflowDir;
        const commands = [];
        for (const step of spec['steps']) {
            if (!(0,validate/* isRecord */.u4)(step) || typeof step['run'] !== 'string')
                continue;
            // a step allowed to fail says nothing about what must pass
            if (step['continue-on-error'] === true)
                continue;
            const stepDir = typeof step['working-directory'] === 'string' ? step['working-directory'] : jobDir;
            commands.push(...splitScript(step['run'], baseDir(stepDir)));
            if (commands.length >= MAX_LINES)
                break;
        }
        result.push({ file, job, commands: commands.slice(0, MAX_LINES) });
    }
    return result;
}
function workingDirectory(defaults) {
    if (!(0,validate/* isRecord */.u4)(defaults) || !(0,validate/* isRecord */.u4)(defaults['run']))
        return undefined;
    const dir = defaults['run']['working-directory'];
    return typeof dir === 'string' ? dir : undefined;
}
// ---- GitLab CI ----
const GITLAB_KEYWORDS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script', 'pages', 'spec']);
function gitlabJobs(file, config) {
    if (!(0,validate/* isRecord */.u4)(config))
        return [];
    const defaults = (0,validate/* isRecord */.u4)(config['default']) ? config['default'] : {};
    const globalBefore = defaults['before_script'] ?? config['before_script'];
    const result = [];
    for (const [job, spec] of Object.entries(config)) {
        if (job.startsWith('.') || GITLAB_KEYWORDS.has(job) || !(0,validate/* isRecord */.u4)(spec))
            continue;
        const resolved = resolveExtends(config, job, 0, new Set());
        if (!(0,validate/* isRecord */.u4)(resolved) || resolved['script'] === undefined)
            continue;
        if (resolved['allow_failure'] === true)
            continue;
        const lines = [...scriptLines(config, resolved['before_script'] ?? globalBefore), ...scriptLines(config, resolved['script'])];
        // every script line of a job runs in one shell: a `cd` carries over to the next line
        result.push({ file, job, commands: splitScript(lines.slice(0, MAX_LINES).join('\n'), '.').slice(0, MAX_LINES) });
    }
    return result;
}
/** A job with its `extends` chain merged in (hashes deep-merged, arrays and scalars replaced, the job wins). */
function resolveExtends(config, name, depth, seen) {
    const spec = config[name];
    if (!(0,validate/* isRecord */.u4)(spec) || depth > 10 || seen.has(name))
        return spec;
    seen.add(name);
    const parents = typeof spec['extends'] === 'string' ? [spec['extends']] : Array.isArray(spec['extends']) ? spec['extends'].filter((p) => typeof p === 'string') : [];
    let merged = {};
    for (const parent of parents) {
        const resolved = resolveExtends(config, parent, depth + 1, seen);
        if ((0,validate/* isRecord */.u4)(resolved))
            merged = deepMerge(merged, resolved);
    }
    seen.delete(name);
    return deepMerge(merged, spec);
}
function deepMerge(base, over) {
    const out = { ...base };
    for (const [key, value] of Object.entries(over)) {
        const current = out[key];
        out[key] = (0,validate/* isRecord */.u4)(current) && (0,validate/* isRecord */.u4)(value) ? deepMerge(current, value) : value;
    }
    return out;
}
/** `script:` as lines: a string, a list of strings, nested lists, and `!reference [job, key]` (read as a pair). */
function scriptLines(config, value, depth = 0) {
    if (depth > 5)
        return [];
    if (typeof value === 'string')
        return [value];
    if (!Array.isArray(value))
        return [];
    const lines = [];
    for (const item of value) {
        if (typeof item === 'string')
            lines.push(item);
        else if (Array.isArray(item)) {
            const [job, key] = item;
            const isReference = item.length === 2 && typeof job === 'string' && typeof key === 'string' && (0,validate/* isRecord */.u4)(config[job]);
            if (isReference) {
                const target = resolveExtends(config, job, 0, new Set());
                if ((0,validate/* isRecord */.u4)(target))
                    lines.push(...scriptLines(config, target[key], depth + 1));
            }
            else
                lines.push(...scriptLines(config, item, depth + 1));
        }
        if (lines.length >= MAX_LINES)
            break;
    }
    return lines;
}
// ---- shell text -> commands ----
/** A CI folder (`./api`, `api/`) as a repo-relative one; undefined when it uses an expression or leaves the repo. */
function baseDir(dir) {
    if (dir === undefined || dir.trim() === '' || dir.trim() === '.')
        return '.';
    return relativeDir('.', dir.trim());
}
function relativeDir(from, to) {
    if (from === undefined || /[$`{}*?~\\]/.test(to) || to.startsWith('/'))
        return undefined;
    const joined = external_node_path_default().posix.normalize(external_node_path_default().posix.join(from, to.replace(/^["']|["']$/g, '')));
    if (joined === '..' || joined.startsWith('../'))
        return undefined;
    return joined.replace(/\/+$/, '') || '.';
}
/**
 * One shell script -> its simple commands with their folders: continuation lines joined, comments and blank
 * lines dropped, `a && b` and `a; b` split outside quotes, `cd dir` followed for the commands after it.
 */
function splitScript(script, dir) {
    const result = [];
    let current = dir;
    const lines = script.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
    for (const raw of lines) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.length > MAX_LINE)
            continue;
        for (const part of splitOutsideQuotes(line)) {
            const cd = /^(?:cd|pushd)\s+(\S+)$/.exec(part);
            if (cd) {
                current = relativeDir(current, cd[1]);
                continue;
            }
            if (part === 'popd' || part === 'cd' || /^cd\s+(-|~)/.test(part)) {
                current = undefined;
                continue;
            }
            result.push({ dir: current, command: part.replace(/\s+/g, ' ') });
        }
    }
    return result;
}
/** Splits on `&&` and `;` outside quotes (a `#` comment ends the line); `a || b` stays one command. */
function splitOutsideQuotes(line) {
    const parts = [];
    let quote;
    let start = 0;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
            else if (c === '\\' && quote === '"')
                i++;
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
            parts.push(line.slice(start, i));
            start = line.length;
            break;
        }
        else if (c === ';' || (c === '&' && line[i + 1] === '&')) {
            parts.push(line.slice(start, i));
            if (c === '&')
                i++;
            start = i + 1;
        }
    }
    parts.push(line.slice(start));
    return parts.map((p) => p.trim()).filter((p) => p !== '');
}

;// CONCATENATED MODULE: ./src/config/detect-commands.ts
const TESTS = [
    ['node', /^(?:npm|pnpm|yarn|bun)\s+(?:(?:-\S+|--filter\s+\S+)\s+)*(?:(?:run|run-script)\s+)?(?:t|test)(?::[\w:.-]*)?(?:\s|$)/],
    ['node', /^bun\s+test(?:\s|$)/],
    ['node', /^npm\s+(?:install-test|it|cit|clean-install-test|install-ci-test)(?:\s|$)/],
    ['node', /^(?:npx\s+|pnpm\s+(?:exec\s+)?|yarn\s+|bunx\s+)?(?:nx|turbo|lerna)\s+(?:\S+\s+)*?(?:test|run\s+test|-t\s+test|--target[= ]test)(?::\S*)?(?:\s|$)/],
    ['node', /^yarn\s+workspaces\s+(?:foreach\s+)?(?:\S+\s+)*?(?:run\s+)?test(?:\s|$)/],
    ['node', /^(?:npx\s+|pnpm\s+exec\s+|yarn\s+)?(?:jest|vitest|mocha|ava)(?:\s|$)/],
    ['deno', /^deno\s+(?:test|task\s+test)(?::\S*)?(?:\s|$)/],
    ['python', /^(?:(?:uv|poetry|pdm|pipenv|rye)\s+run\s+(?:--?[\w-]+(?:[= ]\S+)?\s+)*)?(?:coverage\s+run\s+(?:--?\S+\s+)*-m\s+|python3?\s+-m\s+)?(?:pytest|py\.test)(?:\s|$)/],
    ['python', /^(?:hatch\s+test|hatch\s+run\s+(?:[\w.-]+:)?(?:test|cov)\S*)(?:\s|$)/],
    ['python', /^(?:python3?\s+-m\s+)?(?:tox|nox)(?:\s|$)/],
    ['python', /^(?:uv\s+run\s+)?python3?\s+(?:-m\s+unittest|manage\.py\s+test)(?:\s|$)/],
    ['go', /^(?:go\s+test|gotestsum)(?:\s|$)/],
    ['rust', /^cargo\s+(?:\+\S+\s+)?(?:test|nextest\s+run)(?:\s|$)/],
    ['maven', /^(?:\.\/mvnw|mvn)\s(?:.*\s)?(?:test|verify|install|package)(?:\s|$)/],
    ['gradle', /^(?:\.\/gradlew|gradle)\s(?:.*\s)?(?:[\w:-]*:)?(?:test|check|build|test\w*UnitTest)(?:\s|$)/],
    // `rake` alone runs the default task (the tests, by convention); `rake build` or `rake release` do not test
    ['ruby', /^(?:bundle\s+exec\s+|bin\/)?(?:rspec(?:\s|$)|rails\s+test(?:\s|$)|rake(?:\s+(?:test|spec|default)[\w:]*)?(?:\s+-\S+)*$)/],
    ['php', /^(?:php\s+)?(?:\.\/)?(?:vendor\/bin\/)?(?:phpunit|pest|paratest)(?:\s|$)/],
    ['php', /^(?:composer\s+(?:run(?:-script)?\s+)?test|php\s+artisan\s+test)(?::\S*)?(?:\s|$)/],
    ['elixir', /^mix\s+test(?:\s|$)/],
    ['make', /^make\s+(?:-[\w-]+(?:=\S+)?\s+|-C\s+\S+\s+)*(?:[\w.-]*test[\w.-]*|check)(?:\s|$)/],
    // `scripts/test`, `./ci/run-tests.sh`, `bash test.sh` (init checks that the file is there)
    ['script', /^(?:(?:bash|sh)\s+)?(?:\.\/)?(?:(?:[\w.-]{1,64}\/){1,4}[\w.-]{0,32}test[\w.-]{0,32}|[\w.-]{0,32}test[\w.-]{0,32}\.sh)(?:\s|$)/],
];
const BUILDS = [
    ['node', /^(?:npm|pnpm|yarn|bun)\s+(?:(?:-\S+|--filter\s+\S+)\s+)*(?:run\s+)?build(?::[\w:.-]*)?(?:\s|$)/],
    ['node', /^(?:npx\s+|pnpm\s+(?:exec\s+)?|yarn\s+)?(?:tsc|(?:nx|turbo|lerna)\s+(?:\S+\s+)*?(?:build|run\s+build|-t\s+build))(?:\s|$)/],
    ['deno', /^deno\s+task\s+build(?:\s|$)/],
    ['rust', /^cargo\s+(?:\+\S+\s+)?build(?:\s|$)/],
    ['go', /^go\s+(?:build|generate)(?:\s|$)/],
    ['maven', /^(?:\.\/mvnw|mvn)\s(?:.*\s)?(?:compile|install|package)\s(?:.*\s)?-D(?:skipTests|maven\.test\.skip)\S*(?:\s|$)/],
    ['gradle', /^(?:\.\/gradlew|gradle)\s+(?:assemble|compile\w*|build\s+-x\s+test)(?:\s|$)/],
    ['elixir', /^mix\s+compile(?:\s|$)/],
    ['ruby', /^bundle\s+exec\s+rake\s+compile(?:\s|$)/],
    ['make', /^make(?:\s+(?:-j\s*\d*|-[\w-]+))*(?:\s+(?:build|all|compile))?$/],
];
/** Script names that need a browser or a deployed app: not the first choice for a droid's inner loop. */
const HEAVY_TEST = /e2e|playwright|cypress|browser|visual|smoke|acceptance|integration|benchmark|bench\b/i;
/** CI's test command as a profile runs it: `npm install-test` (install, then test) -> `npm test`, the install being the job's set-up. */
function profileCommand(command) {
    return command.replace(/^npm\s+(?:install-test|it|cit|clean-install-test|install-ci-test)(?=\s|$)/, 'npm test');
}
/** The file a `script` kind command runs (`bash ci/test.sh -v` -> `ci/test.sh`). */
function scriptFile(command) {
    return bareCommand(command).replace(/^(?:bash|sh)\s+/, '').split(/\s/, 1)[0].replace(/^\.\//, '');
}
/** `FOO=1 BAR=2 time npm test` -> `npm test` (what the pattern tables look at). */
function bareCommand(command) {
    return command.replace(/^(?:[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'|\S*)\s+)+/, '').replace(/^(?:time|command|exec)\s+/, '').trim();
}
/** Why a command cannot run in a droid's job as written, or undefined. */
function unusableReason(command) {
    if (command.includes('${{'))
        return 'it uses a workflow expression (${{ }})';
    // a value written next to a secret-looking name is not copied into .droid.yml (nor shown by init)
    if (/(?:^|\s)[A-Za-z_]*(?:TOKEN|SECRET|PASSWORD|API_KEY|PRIVATE_KEY)[A-Za-z_]*=/i.test(command))
        return 'it sets a secret-looking variable';
    if (/\$(?:\{|\(|[A-Za-z_])|`/.test(command))
        return 'it uses a CI variable or command substitution';
    if (/(?:^|[\s;&|(])(?:docker|docker-compose|podman|kubectl)\s/.test(command))
        return 'it runs docker';
    if (/(?:^|\s)(?:sudo|xvfb-run|ssh)\s/.test(command))
        return 'it needs sudo, a display or a remote host';
    if (/(?:^|\s)-(?:it|ti)(?:\s|$)|\s--tty\b|\s--interactive\b/.test(command))
        return 'it needs a terminal (-it)';
    return undefined;
}
function classifyCommand(command) {
    const bare = bareCommand(command);
    const test = TESTS.find(([, pattern]) => pattern.test(bare));
    const build = test ? undefined : BUILDS.find(([, pattern]) => pattern.test(bare));
    const hit = test ?? build;
    if (!hit)
        return undefined;
    const why = unusableReason(command);
    if (why)
        return test ? { role: 'unusable', why } : undefined;
    if (test && HEAVY_TEST.test(bare))
        return { role: 'unusable', why: 'it looks like an end-to-end or integration suite' };
    if (test && hit[0] === 'python' && /^(?:python3?\s+-m\s+)?(?:tox|nox)\s+(?:-e|-s|--sessions?)\s+(\S+)/.test(bare)) {
        const envs = /(?:-e|-s|--sessions?)\s+(\S+)/.exec(bare)?.[1] ?? '';
        if (envs.split(',').every((env) => /lint|type|mypy|docs?|format|style|pre-commit|check|build|release/i.test(env)))
            return undefined;
    }
    // `mvn install -DskipTests` and `gradle build -x test` build without testing
    if (test && hit[0] === 'maven' && /\s-D(?:skipTests|maven\.test\.skip)/.test(bare))
        return { role: 'build', kind: 'maven' };
    if (test && hit[0] === 'gradle' && /\s(?:-x|--exclude-task)\s+(?:\S*:)?test(?:\s|$)/.test(bare))
        return { role: 'build', kind: 'gradle' };
    return { role: test ? 'test' : 'build', kind: hit[0] };
}

;// CONCATENATED MODULE: ./src/config/detect-ecosystems.ts
/**
 * The test command and the fixers one folder's manifests declare, per ecosystem, for `droid-ci init`:
 * npm/pnpm/yarn/bun, Deno, Python (uv, poetry, pdm, hatch, tox, nox, pytest), Go, Rust, Maven, Gradle,
 * Ruby (rspec, rake), PHP (composer, phpunit, pest), Elixir and Makefiles. Reads small files only.
 */




const NPM_PLACEHOLDER = /no test specified/;
const NODE_DEP_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'];
function nodeTest(manager) {
    return `${manager.tool} ${manager.tool === 'bun' ? 'run test' : 'test'}`;
}
/** How to run a package's binary with this manager: `npx eslint`, `pnpm exec eslint`, `yarn eslint`, `bunx eslint`. */
function nodeExec(manager) {
    return { npm: 'npx', pnpm: 'pnpm exec', yarn: 'yarn', bun: 'bunx' }[manager.tool];
}
/** The lockfile decides the tool (a `packageManager` field wins); npm when there is none. */
async function packageManager(dir, pkg) {
    const declared = typeof pkg?.['packageManager'] === 'string' ? /^(npm|pnpm|yarn|bun)@/.exec(pkg['packageManager'])?.[1] : undefined;
    if (declared)
        return { tool: declared, reason: `packageManager ${declared}` };
    if (await isFile(external_node_path_default().join(dir, 'pnpm-lock.yaml')))
        return { tool: 'pnpm', reason: 'pnpm-lock.yaml' };
    if (await isFile(external_node_path_default().join(dir, 'yarn.lock')))
        return { tool: 'yarn', reason: 'yarn.lock' };
    if ((await isFile(external_node_path_default().join(dir, 'bun.lockb'))) || (await isFile(external_node_path_default().join(dir, 'bun.lock'))))
        return { tool: 'bun', reason: 'bun.lock' };
    if (await isFile(external_node_path_default().join(dir, 'package-lock.json')))
        return { tool: 'npm', reason: 'package-lock.json' };
    return { tool: 'npm', reason: 'no lockfile' };
}
function hasScript(pkg, name) {
    const scripts = pkg?.['scripts'];
    if (!(0,validate/* isRecord */.u4)(scripts))
        return false;
    const script = scripts[name];
    return typeof script === 'string' && script.trim() !== '' && !NPM_PLACEHOLDER.test(script);
}
/** What one folder declares. `pkg` and `manager` are the folder's package.json and tool (read by the caller). */
async function detectIn(dir, pkg, manager, notes, label) {
    const hits = [];
    const has = (name) => isFile(external_node_path_default().join(dir, name));
    if (hasScript(pkg, 'test'))
        hits.push({ kind: 'node', command: nodeTest(manager), reason: `package.json test script (${manager.reason})` });
    const denoFile = await firstExisting(dir, ['deno.json', 'deno.jsonc']);
    if (denoFile && !hits.some((h) => h.kind === 'node')) {
        const deno = await readJsonc(external_node_path_default().join(dir, denoFile));
        const tasks = (0,validate/* isRecord */.u4)(deno?.['tasks']) ? deno['tasks'] : {};
        hits.push(tasks['test'] !== undefined ? { kind: 'deno', command: 'deno task test', reason: `${denoFile} test task` } : { kind: 'deno', command: 'deno test', reason: denoFile });
    }
    const python = await pythonCommand(dir);
    if (python)
        hits.push({ kind: 'python', ...python });
    if (await has('go.mod'))
        hits.push({ kind: 'go', command: 'go test ./...', reason: 'go.mod' });
    const cargo = await readSmall(external_node_path_default().join(dir, 'Cargo.toml'));
    if (cargo !== undefined) {
        const workspace = /^\[workspace\]/m.test(cargo);
        hits.push({ kind: 'rust', command: workspace ? 'cargo test --workspace' : 'cargo test', reason: workspace ? 'Cargo.toml [workspace]' : 'Cargo.toml' });
    }
    const pom = await readSmall(external_node_path_default().join(dir, 'pom.xml'));
    if (pom !== undefined) {
        const modules = /<modules>/.test(pom) ? ' with modules' : '';
        hits.push({ kind: 'maven', command: (await has('mvnw')) ? './mvnw -B test' : 'mvn -B test', reason: `pom.xml${modules}` });
    }
    const gradleFile = await firstExisting(dir, ['settings.gradle.kts', 'settings.gradle', 'build.gradle.kts', 'build.gradle']);
    if (gradleFile)
        hits.push({ kind: 'gradle', command: (await has('gradlew')) ? './gradlew test' : 'gradle test', reason: gradleFile });
    const ruby = await rubyCommand(dir);
    if (ruby)
        hits.push({ kind: 'ruby', ...ruby });
    const php = await phpCommand(dir);
    if (php)
        hits.push({ kind: 'php', ...php });
    if (await has('mix.exs'))
        hits.push({ kind: 'elixir', command: 'mix test', reason: 'mix.exs' });
    const make = await makeTestTarget(dir);
    if (make?.usable)
        hits.push({ kind: 'make', command: 'make test', reason: `${make.file} with a test target` });
    else if (make)
        notes.push(`left out \`make test\` in ${label}: ${make.why}`);
    return hits;
}
// ---- Python ----
async function pythonCommand(dir) {
    const pyproject = (await readSmall(external_node_path_default().join(dir, 'pyproject.toml'))) ?? '';
    const has = (name) => isFile(external_node_path_default().join(dir, name));
    const pytest = await pytestReason(dir, pyproject);
    const tox = (await has('tox.ini')) || /^\[tool\.tox\]/m.test(pyproject);
    const noxfile = await readSmall(external_node_path_default().join(dir, 'noxfile.py'));
    if (!pytest && !tox && noxfile === undefined)
        return undefined;
    const why = pytest ?? (tox ? 'tox.ini' : 'noxfile.py');
    if (await has('uv.lock'))
        return { command: 'uv run pytest', reason: `${why} (uv.lock)` };
    if ((await has('poetry.lock')) || /^\[tool\.poetry\]/m.test(pyproject))
        return { command: 'poetry run pytest', reason: `${why} (poetry)` };
    if (await has('pdm.lock'))
        return { command: 'pdm run pytest', reason: `${why} (pdm.lock)` };
    if (/^\[tool\.hatch\.envs\.hatch-test/m.test(pyproject) || ((await has('hatch.toml')) && pytest))
        return { command: 'hatch test', reason: `${why} (hatch)` };
    // tox and nox build their own environments: the command that works on a fresh checkout
    if (tox)
        return { command: 'tox -e py', reason: `${tox && !pytest ? 'tox' : `${why}, tox`} (env py: the current interpreter)` };
    if (noxfile !== undefined) {
        const session = /^def (tests?)\s*\(/m.exec(noxfile)?.[1] ?? /@nox\.session\([^)]*name\s*=\s*["'](tests?)["']/.exec(noxfile)?.[1];
        return { command: session ? `nox -s ${session}` : 'nox', reason: `${pytest ? `${why}, ` : ''}noxfile.py` };
    }
    if (await has('Pipfile.lock'))
        return { command: 'pipenv run pytest', reason: `${why} (Pipfile.lock)` };
    return { command: 'python -m pytest', reason: why };
}
async function pytestReason(dir, pyproject) {
    if (await isFile(external_node_path_default().join(dir, 'pytest.ini')))
        return 'pytest.ini';
    if (/^\[tool\.pytest/m.test(pyproject))
        return 'pyproject.toml [tool.pytest]';
    if (/^\[tool:pytest\]/m.test((await readSmall(external_node_path_default().join(dir, 'setup.cfg'))) ?? ''))
        return 'setup.cfg [tool:pytest]';
    if (/^\[pytest\]/m.test((await readSmall(external_node_path_default().join(dir, 'tox.ini'))) ?? ''))
        return 'tox.ini [pytest]';
    if (await isFile(external_node_path_default().join(dir, 'conftest.py')))
        return 'conftest.py';
    for (const tests of ['tests', 'test']) {
        const entries = await listDir(external_node_path_default().join(dir, tests));
        if (entries.some((e) => e.isFile() && /^(test_.*|.*_test)\.py$/.test(e.name)))
            return `${tests}/ with test_*.py files`;
    }
    if (/["']pytest\b/.test(pyproject))
        return 'pytest in pyproject.toml';
    return undefined;
}
// ---- Ruby, PHP ----
async function rubyCommand(dir) {
    const gemfile = await readSmall(external_node_path_default().join(dir, 'Gemfile'));
    const rakefile = await firstExisting(dir, ['Rakefile', 'rakefile', 'Rakefile.rb']);
    const bundle = gemfile !== undefined ? 'bundle exec ' : '';
    const specs = await hasSpecFiles(external_node_path_default().join(dir, 'spec'));
    if ((await isFile(external_node_path_default().join(dir, '.rspec'))) || (specs && (gemfile === undefined || /["']rspec/.test(gemfile)))) {
        return { command: `${bundle}rspec`, reason: specs ? 'spec/ (rspec)' : '.rspec' };
    }
    if (gemfile === undefined && !rakefile)
        return undefined;
    if ((await isFile(external_node_path_default().join(dir, 'bin', 'rails'))) && (await isDir(external_node_path_default().join(dir, 'test'))))
        return { command: 'bin/rails test', reason: 'bin/rails and test/' };
    if (rakefile && (await isDir(external_node_path_default().join(dir, 'test'))))
        return { command: `${bundle}rake test`, reason: `${rakefile} and test/` };
    return undefined;
}
/** `*_spec.rb` in spec/ or one folder below (a Go package called `spec` is not RSpec). */
async function hasSpecFiles(specDir) {
    const entries = await listDir(specDir);
    if (entries.some((e) => e.isFile() && e.name.endsWith('_spec.rb')))
        return true;
    for (const sub of entries.filter((e) => e.isDirectory()).slice(0, 20)) {
        if ((await listDir(external_node_path_default().join(specDir, sub.name))).some((e) => e.isFile() && e.name.endsWith('_spec.rb')))
            return true;
    }
    return false;
}
async function phpCommand(dir) {
    const composer = await readJson(external_node_path_default().join(dir, 'composer.json'));
    const phpunitXml = await firstExisting(dir, ['phpunit.xml', 'phpunit.xml.dist', 'phpunit.dist.xml']);
    if (!composer && !phpunitXml)
        return undefined;
    if (hasScript(composer, 'test'))
        return { command: 'composer test', reason: 'composer.json test script' };
    const dev = dependencyNames(composer, ['require', 'require-dev']);
    if (dev.has('pestphp/pest'))
        return { command: 'vendor/bin/pest', reason: 'pestphp/pest in composer.json' };
    if (phpunitXml || dev.has('phpunit/phpunit'))
        return { command: 'vendor/bin/phpunit', reason: phpunitXml ?? 'phpunit/phpunit in composer.json' };
    return undefined;
}
/** The `test` target of a Makefile and whether its recipe (with its prerequisites, variables expanded) fits a droid's job. */
async function makeTestTarget(dir) {
    const file = await firstExisting(dir, ['GNUmakefile', 'makefile', 'Makefile']);
    if (!file)
        return undefined;
    const text = (await readSmall(external_node_path_default().join(dir, file))) ?? '';
    const rules = parseMakefile(text);
    if (!rules.targets.has('test'))
        return undefined;
    const seen = new Set();
    const queue = ['test'];
    while (queue.length > 0 && seen.size < 50) {
        const target = queue.shift();
        if (seen.has(target))
            continue;
        seen.add(target);
        const rule = rules.targets.get(target);
        if (!rule)
            continue;
        for (const line of rule.recipe) {
            const expanded = expand(line, rules.vars);
            const why = unusableReason(expanded.replace(/\$\$|\$[@<^*?]|\$\([^)]*\)|\$\{[^}]*\}/g, 'x'));
            if (why && /docker|podman|kubectl|terminal|sudo/.test(why))
                return { file, usable: false, why: `its recipe ${why.replace(/^it /, '')} (\`${expanded.trim().slice(0, 80)}\`)` };
        }
        queue.push(...rule.prerequisites);
    }
    return { file, usable: true };
}
function parseMakefile(text) {
    const targets = new Map();
    const vars = new Map();
    let current = [];
    for (const raw of text.replace(/\\\r?\n/g, ' ').split(/\r?\n/).slice(0, 5000)) {
        if (raw.length > 4000)
            continue; // generated walls of text say nothing about `test`; keeps the regexes linear
        if (raw.startsWith('\t')) {
            for (const rule of current)
                if (rule.recipe.length < 100)
                    rule.recipe.push(raw.slice(1));
            continue;
        }
        const line = raw.replace(/(^|\s)#.*$/, '').trimEnd();
        if (line.trim() === '')
            continue;
        const assign = /^(?:export\s+|override\s+)?([A-Za-z_][\w.-]*)\s*(?:\?|:|::|\+|!)?=\s*(.*)$/.exec(line);
        if (assign) {
            vars.set(assign[1], assign[2]);
            current = [];
            continue;
        }
        const rule = /^([^:=\s][^:=]*?)\s*::?(?!=)\s*([^;=]*?)(?:;(.*))?$/.exec(line);
        if (rule) {
            const prerequisites = rule[2].split(/\s+/).filter((p) => p !== '' && !p.startsWith('|'));
            current = rule[1].split(/\s+/).filter(Boolean).map((name) => {
                const entry = targets.get(name) ?? { prerequisites: [], recipe: [] };
                entry.prerequisites.push(...prerequisites);
                if (rule[3])
                    entry.recipe.push(rule[3]);
                targets.set(name, entry);
                return entry;
            });
            continue;
        }
        current = [];
    }
    return { targets, vars };
}
/** `$(DOCKER) run` with DOCKER = docker -> `docker run`; three rounds at most (a variable may name another). */
function expand(line, vars) {
    let out = line;
    for (let round = 0; round < 3 && /\$[({]/.test(out); round++) {
        out = out.replace(/\$\(([A-Za-z_][\w.-]*)\)|\$\{([A-Za-z_][\w.-]*)\}/g, (all, a, b) => vars.get(a ?? b ?? '') ?? all);
        if (out.length > 4000)
            break;
    }
    return out;
}
/** The deterministic fixers for a folder's ecosystem, only for tools the repo uses (a dependency or a config file). */
async function fixersFor(dir, kind, pkg, manager, ctx) {
    const inDirOrRoot = async (names) => (await firstExisting(dir, names)) !== undefined || (dir !== ctx.root && (await firstExisting(ctx.root, names)) !== undefined);
    const uses = (tool) => tool.test(ctx.tooling);
    switch (kind) {
        case 'node': {
            const deps = new Set([...dependencyNames(pkg, NODE_DEP_FIELDS), ...dependencyNames(ctx.rootPkg, NODE_DEP_FIELDS)]);
            const exec = nodeExec(manager);
            const fixers = [];
            if (deps.has('@biomejs/biome') || (await inDirOrRoot(['biome.json', 'biome.jsonc'])))
                fixers.push(`${exec} biome check --write .`);
            if (deps.has('eslint') || pkg?.['eslintConfig'] !== undefined || (await inDirOrRoot(ESLINT_CONFIGS)))
                fixers.push(`${exec} eslint --fix .`);
            if (deps.has('prettier') || pkg?.['prettier'] !== undefined || ctx.rootPkg?.['prettier'] !== undefined || (await inDirOrRoot(PRETTIER_CONFIGS)))
                fixers.push(`${exec} prettier --write .`);
            return fixers;
        }
        case 'deno':
            return ['deno fmt'];
        case 'python': {
            const pyproject = `${(await readSmall(external_node_path_default().join(dir, 'pyproject.toml'))) ?? ''}\n${dir !== ctx.root ? ((await readSmall(external_node_path_default().join(ctx.root, 'pyproject.toml'))) ?? '') : ''}`;
            // run ruff the way CI does (`uv run ruff`), else through the lockfile's tool when the project depends on it
            const ciRunner = /\b(uv|poetry|pdm|hatch) run (?:ruff|black)\b/.exec(ctx.tooling)?.[1];
            const locked = (await isFile(external_node_path_default().join(dir, 'uv.lock'))) ? 'uv' : (await isFile(external_node_path_default().join(dir, 'poetry.lock'))) ? 'poetry' : undefined;
            const tool = ciRunner ?? (locked && /^ruff\s*=|["']ruff\b/m.test(pyproject) ? locked : undefined);
            const runner = tool ? `${tool} run ` : '';
            const fixers = [];
            const ruff = /^\[tool\.ruff/m.test(pyproject) || (await inDirOrRoot(['ruff.toml', '.ruff.toml'])) || uses(/\bruff\b/);
            if (ruff)
                fixers.push(`${runner}ruff check --fix .`);
            if (/^\[tool\.ruff\.format\]/m.test(pyproject) || uses(/ruff[ -]format/))
                fixers.push(`${runner}ruff format .`);
            else if (/^\[tool\.black\]/m.test(pyproject) || uses(/\bblack\b/))
                fixers.push(`${runner}black .`);
            return fixers;
        }
        case 'go':
            return [uses(/\bgoimports\b/) ? 'goimports -w .' : 'gofmt -w .'];
        case 'rust':
            return uses(/cargo\s+clippy/) || (await inDirOrRoot(['clippy.toml', '.clippy.toml'])) ? ['cargo clippy --fix --allow-dirty --allow-staged', 'cargo fmt'] : ['cargo fmt'];
        case 'ruby': {
            const gemfile = (await readSmall(external_node_path_default().join(dir, 'Gemfile'))) ?? '';
            const bundle = gemfile ? 'bundle exec ' : '';
            if (/["']standard["']/.test(gemfile))
                return [`${bundle}standardrb --fix`];
            if (/["']rubocop/.test(gemfile) || (await inDirOrRoot(['.rubocop.yml'])))
                return [`${bundle}rubocop -a`];
            return [];
        }
        case 'php': {
            const dev = dependencyNames(await readJson(external_node_path_default().join(dir, 'composer.json')), ['require', 'require-dev']);
            if (dev.has('friendsofphp/php-cs-fixer') || (await inDirOrRoot(['.php-cs-fixer.php', '.php-cs-fixer.dist.php', '.php_cs', '.php_cs.dist'])))
                return ['vendor/bin/php-cs-fixer fix'];
            if (dev.has('laravel/pint') || (await inDirOrRoot(['pint.json'])))
                return ['vendor/bin/pint'];
            if (dev.has('squizlabs/php_codesniffer') || (await inDirOrRoot(['phpcs.xml', 'phpcs.xml.dist', '.phpcs.xml'])))
                return ['vendor/bin/phpcbf'];
            return [];
        }
        case 'elixir':
            return ['mix format'];
        case 'gradle': {
            const build = `${(await readSmall(external_node_path_default().join(dir, 'build.gradle.kts'))) ?? ''}${(await readSmall(external_node_path_default().join(dir, 'build.gradle'))) ?? ''}`;
            return /spotless/.test(build) ? [(await isFile(external_node_path_default().join(dir, 'gradlew'))) ? './gradlew spotlessApply' : 'gradle spotlessApply'] : [];
        }
        case 'maven': {
            const pom = (await readSmall(external_node_path_default().join(dir, 'pom.xml'))) ?? '';
            return /spotless-maven-plugin/.test(pom) ? [(await isFile(external_node_path_default().join(dir, 'mvnw'))) ? './mvnw -B spotless:apply' : 'mvn -B spotless:apply'] : [];
        }
        default:
            return [];
    }
}
const ESLINT_CONFIGS = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', '.eslintrc', '.eslintrc.js', '.eslintrc.cjs', '.eslintrc.json', '.eslintrc.yml', '.eslintrc.yaml'];
const PRETTIER_CONFIGS = ['.prettierrc', '.prettierrc.json', '.prettierrc.yml', '.prettierrc.yaml', '.prettierrc.js', '.prettierrc.cjs', '.prettierrc.mjs', '.prettierrc.toml', 'prettier.config.js', 'prettier.config.cjs', 'prettier.config.mjs', 'prettier.config.ts'];

// EXTERNAL MODULE: ./src/config/template.ts
var template = __webpack_require__(69030);
;// CONCATENATED MODULE: ./src/config/detect.ts
/**
 * Finds the test commands of a repo for `droid-ci init`. The strongest hint is what the repo's own CI runs
 * (`.github/workflows/*.yml` `run:` lines, `.gitlab-ci.yml` `script:` lines), with the build step CI runs
 * before the tests in the same job. Then the manifests of the root and of folders up to two levels down
 * (detect-ecosystems.ts); workspaces (npm/pnpm/yarn, go.work) give one profile per package, Nx and Turborepo
 * one at the root. Each profile gets the fixers of the tools the repo uses. Reads small files; runs nothing.
 */









const TIMEOUT = {
    node: 600, deno: 600, python: 900, go: 900, rust: 1800, maven: 1800, gradle: 1800, ruby: 900, php: 900, elixir: 900, make: 900, script: 1800,
};
const MAX_COMMAND = 500;
/** `scripts/test`, `test.sh`, `ci/run-tests.sh`: the repo's own entry point for its tests, not a side suite. */
const CANONICAL_TEST_SCRIPT = /(?:^|\/)(?:run[-_])?tests?(?:\.sh)?$/;
const MAX_NOTES = 8;
/** The profiles a starter `.droid.yml` should hold for the repo at `repoRoot`. */
async function detectProfiles(repoRoot) {
    return (await detectRepo(repoRoot)).profiles.map((d) => d.profile);
}
async function detectProfilesWithReasons(repoRoot) {
    return (await detectRepo(repoRoot)).profiles;
}
async function detectRepo(repoRoot) {
    const root = external_node_path_default().resolve(repoRoot);
    const notes = [];
    const manifests = await manifestProfiles(root, notes);
    const jobs = await readCiJobs(root);
    const hints = await ciProfiles(root, jobs, notes);
    const merged = mergeHints(manifests.found, hints);
    const tooling = [
        ...jobs.flatMap((j) => j.commands.map((c) => c.command)),
        (await readSmall(external_node_path_default().join(root, '.pre-commit-config.yaml'))) ?? '',
        (await readSmall(external_node_path_default().join(root, 'Makefile'))) ?? '',
        (await readSmall(external_node_path_default().join(root, '.golangci.yml'))) ?? '',
        (await readSmall(external_node_path_default().join(root, '.golangci.yaml'))) ?? '',
    ].join('\n');
    const fixContext = { root, rootPkg: manifests.rootPkg, tooling };
    const names = new Set();
    const profiles = [];
    for (const hit of merged) {
        const base = hit.name ?? (hit.dir === '.' ? hit.kind : (0,template/* slugify */.Yv)(external_node_path_default().posix.basename(hit.dir)) || hit.kind);
        const name = uniqueName(base, hit.kind, names);
        const absolute = external_node_path_default().join(root, hit.dir);
        const pkg = hit.dir === '.' ? manifests.rootPkg : await readJson(external_node_path_default().join(absolute, 'package.json'));
        const manager = hit.dir === '.' || hit.member ? manifests.manager : await packageManager(absolute, pkg);
        const kinds = hit.kind === 'make' || hit.kind === 'script' ? await kindsIn(absolute, pkg, manager) : [hit.kind];
        const fixers = [...new Set((await Promise.all(kinds.map((k) => fixersFor(absolute, k, pkg, manager, fixContext)))).flat())];
        const profile = { name, path: hit.dir, command: hit.command, timeout_seconds: TIMEOUT[hit.kind], env: {}, watch: [] };
        if (fixers.length > 0)
            profile.fix = fixers.join('; ');
        if (hit.junit)
            profile.junit = hit.junit;
        profiles.push({ profile, kind: hit.kind, reason: hit.reason });
    }
    return { profiles, notes: [...new Set(notes)].slice(0, MAX_NOTES) };
}
/** The ecosystems a folder declares (for the fixers of a `make test` or a test script that wraps them). */
async function kindsIn(dir, pkg, manager) {
    return (await detectIn(dir, pkg, manager, [], '')).map((h) => h.kind).filter((k) => k !== 'make');
}
function uniqueName(base, kind, taken) {
    let name = taken.has(base) ? `${base}-${kind}` : base;
    for (let i = 2; taken.has(name); i++)
        name = `${base}-${i}`;
    taken.add(name);
    return name;
}
// ---- manifests ----
async function manifestProfiles(root, notes) {
    const found = [];
    const rootPkg = await readJson(external_node_path_default().join(root, 'package.json'));
    const manager = await packageManager(root, rootPkg);
    const patterns = await workspacePatterns(root, rootPkg);
    const workspaceDirs = await workspacePackages(root, patterns);
    const members = [];
    for (const dir of workspaceDirs) {
        const pkg = await readJson(external_node_path_default().join(root, dir, 'package.json'));
        if (hasScript(pkg, 'test')) {
            const pkgName = typeof pkg?.['name'] === 'string' ? pkg['name'].replace(/^@[^/]+\//, '') : '';
            members.push({ kind: 'node', dir, command: nodeTest(manager), name: (0,template/* slugify */.Yv)(pkgName) || undefined, reason: `workspace package with a test script (${manager.reason})`, member: true });
        }
    }
    // Nx and Turborepo run every package's tests from the root (with their caches): one root profile
    const runner = await monorepoRunner(root, manager, members.length > 0);
    if (runner)
        found.push({ kind: 'node', dir: '.', ...runner });
    else
        found.push(...members);
    const goWork = await goWorkspace(root);
    found.push(...goWork);
    const covered = [...workspaceDirs, ...goWork.map((g) => g.dir)];
    const dirs = [root, ...(await subdirectories(root, 2))];
    const rootKinds = new Set(goWork.length > 0 ? ['go'] : []);
    for (const absolute of dirs) {
        const dir = external_node_path_default().relative(root, absolute).split((external_node_path_default()).sep).join('/') || '.';
        const atRoot = dir === '.';
        if (!atRoot && covered.some((w) => dir === w || dir.startsWith(`${w}/`)))
            continue;
        const pkg = atRoot ? rootPkg : await readJson(external_node_path_default().join(absolute, 'package.json'));
        const local = atRoot ? manager : await packageManager(absolute, pkg);
        for (const hit of await detectIn(absolute, pkg, local, atRoot ? notes : [], dir)) {
            if (atRoot) {
                if (hit.kind === 'node' && (members.length > 0 || runner))
                    continue;
                if (hit.kind === 'go' && goWork.length > 0)
                    continue;
                rootKinds.add(hit.kind);
            }
            else if (rootKinds.has(hit.kind) || hit.kind === 'make' || (hit.kind === 'node' && patterns.length > 0)) {
                // covered by the root's own command, too noisy (nested Makefiles), or a package the workspaces leave out
                continue;
            }
            found.push({ ...hit, dir });
        }
    }
    // `make test` usually wraps the ecosystem's own command: keep it only where nothing else was found
    const withOther = new Set(found.filter((f) => f.kind !== 'make').map((f) => f.dir));
    return { found: found.filter((f) => f.kind !== 'make' || !withOther.has(f.dir)), rootPkg, manager };
}
async function monorepoRunner(root, manager, membersTest) {
    const exec = nodeExec(manager);
    const nx = await readSmall(external_node_path_default().join(root, 'nx.json'));
    if (nx !== undefined && (membersTest || /"test"/.test(nx))) {
        // with a defaultBase, `nx affected` tests what the change touches (the working tree against that branch), as
        // Nx's own CI set-up does; without one Nx assumes `main`, which a repo may not have, so every project runs
        if (/"defaultBase"\s*:\s*"[^"]+"/.test(nx))
            return { command: `${exec} nx affected -t test`, reason: 'nx.json (the projects the change affects, against its defaultBase)' };
        return { command: `${exec} nx run-many -t test`, reason: 'nx.json (every project with a test target)' };
    }
    const turbo = await readSmall(external_node_path_default().join(root, 'turbo.json'));
    if (turbo !== undefined && /"(?:[\w@/.-]*#)?test"\s*:/.test(turbo))
        return { command: `${exec} turbo run test`, reason: 'turbo.json test task' };
    return undefined;
}
/** go.work: one profile per module it uses (`go test ./...` at the root does not cross module borders). */
async function goWorkspace(root) {
    const text = await readSmall(external_node_path_default().join(root, 'go.work'));
    if (text === undefined)
        return [];
    const uses = [];
    let block = false;
    for (const raw of text.split(/\r?\n/).slice(0, 2000)) {
        const line = raw.replace(/\/\/.*$/, '').trim();
        if (block) {
            if (line === ')')
                block = false;
            else if (line)
                uses.push(line);
        }
        else if (/^use\s*\($/.test(line))
            block = true;
        else if (/^use\s+\S+$/.test(line))
            uses.push(line.slice(3).trim());
    }
    const found = [];
    for (const use of uses) {
        const dir = safeRepoDir(use.replace(/^"|"$/g, ''));
        if (dir === undefined || !(await isFile(external_node_path_default().join(root, dir, 'go.mod'))))
            continue;
        found.push({ kind: 'go', dir, command: 'go test ./...', reason: 'go.work module', member: true });
    }
    return found;
}
/** Workspace globs from package.json `workspaces` (array or {packages}) and pnpm-workspace.yaml `packages`. */
async function workspacePatterns(root, pkg) {
    const patterns = [];
    const declared = pkg?.['workspaces'];
    const list = Array.isArray(declared) ? declared : (0,validate/* isRecord */.u4)(declared) && Array.isArray(declared['packages']) ? declared['packages'] : [];
    patterns.push(...list.filter((p) => typeof p === 'string'));
    const pnpm = await readSmall(external_node_path_default().join(root, 'pnpm-workspace.yaml'));
    if (pnpm !== undefined) {
        try {
            const parsed = (0,dist/* parse */.qg)(pnpm, { maxAliasCount: 10 });
            if ((0,validate/* isRecord */.u4)(parsed) && Array.isArray(parsed['packages']))
                patterns.push(...parsed['packages'].filter((p) => typeof p === 'string'));
        }
        catch {
            // a broken pnpm-workspace.yaml: no workspace profiles rather than a crash
        }
    }
    return patterns;
}
/** Workspace package folders (relative, `/`-separated, sorted) matching the patterns (`!` excludes). */
async function workspacePackages(root, patterns) {
    const include = patterns.filter((p) => !p.startsWith('!')).map(cleanPattern);
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => cleanPattern(p.slice(1)));
    if (include.length === 0)
        return [];
    const matches = picomatch_default()(include);
    const excluded = exclude.length ? picomatch_default()(exclude) : () => false;
    const depth = Math.min(4, Math.max(...include.map((p) => (p.includes('**') ? 4 : p.split('/').length))));
    const dirs = await subdirectories(root, depth);
    const result = [];
    for (const absolute of dirs) {
        const dir = external_node_path_default().relative(root, absolute).split((external_node_path_default()).sep).join('/');
        if (matches(dir) && !excluded(dir) && (await isFile(external_node_path_default().join(absolute, 'package.json'))))
            result.push(dir);
    }
    return result.sort();
}
function cleanPattern(pattern) {
    return pattern.replace(/^\.\//, '').replace(/\/+$/, '');
}
/** A repo-relative folder we are willing to write into the config, or undefined. */
function safeRepoDir(dir) {
    const normalized = external_node_path_default().posix.normalize(dir.replace(/^\.\//, '')).replace(/\/+$/, '');
    if (normalized === '.' || normalized === '')
        return '.';
    if (normalized.startsWith('/') || normalized.split('/').some((part) => part === '..' || !SAFE_DIR_NAME.test(part)))
        return undefined;
    return normalized;
}
// ---- CI ----
/** Test commands from CI jobs, each with the build commands the job ran before it in the same folder. */
async function ciProfiles(root, jobs, notes) {
    const hints = [];
    const taken = new Set();
    for (const job of jobs) {
        const builds = [];
        for (const step of job.commands) {
            const classified = classifyCommand(step.command);
            if (!classified)
                continue;
            const where = `${job.file} job ${job.job}`;
            if (classified.role === 'build') {
                if (!builds.some((b) => b.dir === step.dir && b.command === step.command))
                    builds.push(step);
                continue;
            }
            if (classified.role === 'unusable') {
                const shown = /secret/.test(classified.why) ? bareCommand(step.command) : step.command;
                notes.push(`left out \`${clip(shown)}\` (${where}): ${classified.why}`);
                continue;
            }
            const dir = step.dir === undefined ? undefined : safeRepoDir(step.dir);
            if (dir === undefined || !(await isDir(external_node_path_default().join(root, dir)))) {
                notes.push(`left out \`${clip(step.command)}\` (${where}): it runs in a folder init cannot tell`);
                continue;
            }
            const key = `${dir}\0${classified.kind}`;
            if (taken.has(key))
                continue;
            if (classified.kind === 'script' && !(await isFile(external_node_path_default().join(root, dir, scriptFile(step.command)))))
                continue;
            if (classified.kind === 'make' && /^make\s+test(?:\s|$)/.test(step.command)) {
                const target = await makeTestTarget(external_node_path_default().join(root, dir));
                if (target && !target.usable) {
                    notes.push(`left out \`make test\` (${where}): ${target.why}`);
                    continue;
                }
            }
            const before = builds.filter((b) => b.dir === step.dir).map((b) => b.command);
            const command = [...before.slice(-3), profileCommand(step.command)].join(' && ');
            if (command.length > MAX_COMMAND || /[\r\n]/.test(command))
                continue;
            taken.add(key);
            const junit = /(?:^|\s)--junit-?xml[= ](\S+)/.exec(step.command)?.[1];
            const report = junit && safeRepoDir(junit) !== undefined && safeRepoDir(junit) !== '.' ? safeRepoDir(junit) : undefined;
            hints.push({ kind: classified.kind, dir, command, junit: report, reason: `CI runs it (${where}${before.length ? ', with the build step before it' : ''})`, fromCi: true });
        }
    }
    return hints;
}
function clip(command) {
    return command.length > 60 ? `${command.slice(0, 59)}…` : command;
}
/**
 * CI's command replaces what the manifests suggest for the same folder and ecosystem; a CI `make test` or
 * `scripts/test` at a folder replaces every manifest profile there (other test scripts only fill a gap); a root CI command replaces the workspace packages'
 * of its ecosystem. Profiles come out root first, then by folder.
 */
function mergeHints(manifests, hints) {
    const wraps = (hint) => hint.kind === 'make' || (hint.kind === 'script' && CANONICAL_TEST_SCRIPT.test(scriptFile(hint.command)));
    const covers = (hint, hit) => (hit.dir === hint.dir && (hit.kind === hint.kind || wraps(hint))) ||
        (hint.dir === '.' && hit.member === true && hit.kind === hint.kind);
    const result = [];
    const placed = new Set();
    for (const hit of manifests) {
        const hint = hints.find((h) => covers(h, hit));
        if (!hint)
            result.push(hit);
        else if (!placed.has(hint)) {
            placed.add(hint);
            // a workspace package's name is kept only when the CI command is for that very folder
            result.push({ ...hint, name: hit.dir === hint.dir ? hit.name : undefined });
        }
    }
    const manifestDirs = new Set(manifests.map((m) => m.dir));
    for (const hint of hints) {
        // another test-ish script (`ci/test-complete`) is only a fallback where the manifests found nothing
        if (!placed.has(hint) && !(hint.kind === 'script' && !wraps(hint) && manifestDirs.has(hint.dir)))
            result.push(hint);
    }
    // a CI make/script profile next to an ecosystem one from CI in the same folder runs the same tests twice
    const ciEcosystemDirs = new Set(result.filter((r) => r.fromCi && r.kind !== 'make' && r.kind !== 'script').map((r) => r.dir));
    const deduped = result.filter((r) => !(r.fromCi && (r.kind === 'make' || r.kind === 'script') && ciEcosystemDirs.has(r.dir)));
    return deduped
        .map((hit, index) => ({ hit, index }))
        .sort((a, b) => order(a.hit.dir, b.hit.dir) || a.index - b.index)
        .map(({ hit }) => hit);
}
function order(a, b) {
    if (a === b)
        return 0;
    if (a === '.')
        return -1;
    if (b === '.')
        return 1;
    return a < b ? -1 : 1;
}

// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(47612);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
;// CONCATENATED MODULE: ./src/config/json-schema.ts
/**
 * The JSON Schema of `.droid.yml`, generated from the zod schema (one source of truth).
 * scripts/gen-schema.mjs writes it to schema/droid.schema.json; a test checks the committed file is current.
 * Editors pick it up with a first line `# yaml-language-server: $schema=<url or path of droid.schema.json>`.
 */


const SCHEMA_ID = 'https://raw.githubusercontent.com/factory/droid/v1/schema/droid.schema.json';
/** The JSON Schema (draft-07, the draft editors support best) describing what a user may write. */
function buildJsonSchema() {
    const generated = z.toJSONSchema(configSchema, {
        io: 'input',
        target: 'draft-07',
        unrepresentable: 'any',
        // zod leaves out defaults of fields that hold a transform (paths are normalised); editors should still show them
        override: ({ zodSchema, jsonSchema }) => {
            const def = zodSchema._zod.def;
            if (def.type === 'default' && jsonSchema.default === undefined)
                jsonSchema.default = JSON.parse(JSON.stringify(def.defaultValue));
        },
    });
    return { ...generated, $id: SCHEMA_ID, title: 'Droid for CI configuration (.droid.yml)' };
}
/** The exact file content: stable key order from the schema source, two-space indent, trailing newline. */
function renderJsonSchema() {
    return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/config/starter.ts
/**
 * The starter `.droid.yml` that `droid-ci init` writes: every section of PRODUCT.md §2 with its default and a
 * comment saying what it does, plus the detected test profiles. The result always passes loadConfig.
 */


/** A YAML scalar as the yaml library would write it (plain when safe, quoted otherwise). */
function scalar(value) {
    return (0,dist/* stringify */.As)(value, { lineWidth: 0 }).trimEnd();
}
function profileBlock(detected) {
    const { profile, reason } = detected;
    return [
        `  - name: ${scalar(profile.name)}  # found: ${reason.replace(/[\r\n]+/g, ' ')}`,
        `    path: ${scalar(profile.path)}`,
        `    command: ${scalar(profile.command)}`,
        `    timeout_seconds: ${profile.timeout_seconds}`,
        ...(profile.fix ? [`    fix: ${scalar(profile.fix)}  # the tools this repo uses; run by the fix-commands engine`] : []),
        ...(profile.junit ? [`    junit: ${scalar(profile.junit)}  # the JUnit report the command writes`] : []),
    ].join('\n');
}
function profileHelp(detected) {
    return [
        '    # env: { CI: "true" }       # optional: non-secret variables for the command',
        ...(detected.profile.junit ? [] : ['    # junit: reports/junit.xml  # optional: JUnit XML report the command writes (relative to path)']),
        ...(detected.profile.fix ? [] : ['    # fix: <your formatter>     # optional: deterministic fixer, used by the fix-commands engine']),
        '    # watch: [libs/shared/**]   # optional: more globs (from the repo root) that make this profile affected',
    ].join('\n');
}
const NO_PROFILES = [
    'tests: []',
    '# No test command was found. Add your own, for example:',
    '# tests:',
    '#   - name: unit',
    '#     path: .',
    '#     command: npm test',
    '#     timeout_seconds: 600',
    '#     fix: npx eslint --fix .    # optional: a fixer for the fix-commands engine',
    '# `droid-ci validate` warns while this list is empty, and `droid-ci test` has nothing to run.',
].join('\n');
function renderStarterConfig(detected) {
    const tests = detected.length === 0
        ? NO_PROFILES
        : ['tests:', ...detected.map((d, i) => (i === 0 ? `${profileBlock(d)}\n${profileHelp(d)}` : profileBlock(d)))].join('\n');
    return `# yaml-language-server: $schema=${SCHEMA_ID}
# Droid for CI configuration, written by \`droid-ci init\` from what it found in this repo.
# Check the test commands, then commit this file. \`droid-ci validate\` checks it; unknown keys are errors.

version: 1

# Test profiles: each runs \`command\` through a shell in \`path\` (relative to the repo root) with a scrubbed
# environment. The droid runs the profiles its change affects and iterates until they pass.
${tests}
# tests_concurrency: 2                # profiles run at the same time (default: the number of CPUs)

pr:
  target_branch: ""                   # "" = the repo's default branch
  branch: "droid/{ticket}-{slug}"     # fields: {ticket} {slug} {summary} {command} {number}
  title: "[Droid] {ticket}: {summary}"
  labels: [ai-generated, droid, needs-review]
  draft: false
  on_tests_failing: draft             # draft | comment-only
  # Files the droid never pushes; edit this list to allow them.
  protected_paths: [.github/workflows/**, .github/actions/**, .gitlab-ci.yml, .gitlab/**, CODEOWNERS, .droid.yml]
  reviewers:
    codeowners: true                  # request the owners of changed paths from CODEOWNERS
    rules: []                         # e.g. - { paths: [services/api/**], users: [alice], teams: [backend] }

engine:
  use: droid                          # droid | claude | codex | command | fix-commands
  model: ""                           # model id for the engine's CLI ("" = its default)
  auto: medium                        # droid autonomy: low | medium | high
  max_iterations: 3                   # edit -> test rounds, 1..10
  timeout_minutes: 30
  # base_url: https://llm.example.com/v1   # your team's own model endpoint
  # provider: openai                       # with base_url: anthropic | openai | generic-chat-completion-api
  # api_key_env: MY_MODEL_KEY              # NAME of the variable that holds the model key

access:
  trigger: /droid                     # comments starting with this start a run (the Action's trigger_phrase
                                      # input or the GitLab template's trigger input, when set, win)
  allow_bots: []                      # bot accounts allowed to trigger runs

ci:
  wait: true                          # follow the CI of the pushed commit in the same job
  timeout_minutes: 30
  max_fix_attempts: 2                 # for ci-fix: pushes per branch before giving up

audit:
  file: .droid/audit.jsonl
`;
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/commands/init.ts
/**
 * `droid-ci init [--dir <repo>] [--force] [--print]`: detects the repo's test commands (what its CI runs first,
 * then its manifests) and fixers, and writes a starter
 * `.droid.yml` (commented, valid). Refuses to replace an existing file without --force.
 * Exit codes: 0 written (or printed), 2 usage error or a file already there.
 */








const INIT_USAGE = `usage: droid-ci init [--dir <repo>] [--force] [--print]
  --dir DIR   the repo root (default: the current directory)
  --force     replace an existing ${load/* DEFAULT_CONFIG_FILE */.Cu}
  --print     print the proposed file on stdout instead of writing it`;
async function initCommand(argv, io, cwd = process.cwd()) {
    try {
        const { values } = parseInitArgs(argv);
        if (values.help) {
            io.stdout(INIT_USAGE);
            return 0;
        }
        const root = external_node_path_default().resolve(cwd, values.dir ?? '.');
        const info = await (0,promises_.stat)(root).catch(() => undefined);
        if (!info?.isDirectory())
            throw new errors/* DroidError */.TF('usage', `--dir ${values.dir ?? root}: not a directory`);
        const { profiles: detected, notes } = await detectRepo(root);
        const text = renderStarterConfig(detected);
        // the starter must pass our own validation; if not, that is a bug here, not the user's
        (0,load/* loadConfig */.Z9)({ text, file: load/* DEFAULT_CONFIG_FILE */.Cu });
        if (values.print) {
            io.stdout(text);
            return 0;
        }
        const target = external_node_path_default().join(root, load/* DEFAULT_CONFIG_FILE */.Cu);
        const existing = await (0,promises_.lstat)(target).catch(() => undefined);
        if (existing && !values.force) {
            throw new errors/* DroidError */.TF('usage', `${load/* DEFAULT_CONFIG_FILE */.Cu} already exists in ${root}`, {
                hint: 'use --force to replace it, or --print to see the proposal',
            });
        }
        // never write through a symlink someone left in place of the config
        if (existing)
            await (0,promises_.unlink)(target);
        await (0,promises_.writeFile)(target, text, { flag: 'wx', mode: 0o644 });
        io.stdout(`wrote ${external_node_path_default().relative(cwd, target) || target}`);
        if (detected.length === 0) {
            io.stdout('no test command found: add one under `tests:` (see the example in the file)');
        }
        else {
            for (const { profile, reason } of detected) {
                io.stdout(`  ${profile.name}: ${profile.command} (in ${profile.path}; found ${reason})`);
                if (profile.fix)
                    io.stdout(`    fix: ${profile.fix}`);
            }
        }
        for (const note of notes)
            io.stdout(`  note: ${note}`);
        io.stdout('Check the commands, run `droid-ci validate`, then commit the file.');
        return 0;
    }
    catch (error) {
        io.stderr(`droid-ci init: ${(0,errors/* describeError */.Uc)(error)}`);
        return (0,errors/* exitCodeFor */.Rr)(error);
    }
}
function parseInitArgs(argv) {
    try {
        return (0,external_node_util_.parseArgs)({
            args: argv,
            options: {
                dir: { type: 'string' },
                force: { type: 'boolean', default: false },
                print: { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false },
            },
            strict: true,
            allowPositionals: false,
        });
    }
    catch (error) {
        throw new errors/* DroidError */.TF('usage', error.message, { hint: INIT_USAGE });
    }
}


/***/ })

};
