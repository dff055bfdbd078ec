export const id = 325;
export const ids = [325];
export const modules = {

/***/ 55325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INIT_USAGE: () => (/* binding */ INIT_USAGE),
  detectProfiles: () => (/* reexport */ detectProfiles),
  detectProfilesWithReasons: () => (/* reexport */ detectProfilesWithReasons),
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
// EXTERNAL MODULE: ./src/config/template.ts
var template = __webpack_require__(69030);
;// CONCATENATED MODULE: ./src/config/detect.ts
/**
 * Finds the test commands of a repo for `droid-ci init`: npm/pnpm/yarn/bun `test` scripts (workspaces give one
 * profile per package), pytest, go test, cargo test, maven, gradle, `make test`. Looks at the root and at folders
 * up to two levels down (services/api, apps/web), reading only small manifest files; never runs anything.
 */





const MAX_MANIFEST_BYTES = 1024 * 1024;
const MAX_DIRS = 2000;
const SKIP_DIRS = new Set(['node_modules', 'vendor', 'target', 'build', 'dist', 'out', 'venv', '__pycache__', 'site-packages', 'bower_components']);
const NPM_PLACEHOLDER = /no test specified/;
/** Folder names we are willing to write into a config (no control characters, quotes, backslashes or `#`). */
const SAFE_DIR_NAME = /^[A-Za-z0-9_@+-][A-Za-z0-9_.@+ -]*$/;
const TIMEOUT = { node: 600, python: 600, go: 900, rust: 1800, maven: 1800, gradle: 1800, make: 900 };
/** The profiles a starter `.droid.yml` should hold for the repo at `repoRoot`. */
async function detectProfiles(repoRoot) {
    return (await detectProfilesWithReasons(repoRoot)).map((d) => d.profile);
}
async function detectProfilesWithReasons(repoRoot) {
    const root = external_node_path_default().resolve(repoRoot);
    const found = [];
    const rootPkg = await readJson(external_node_path_default().join(root, 'package.json'));
    const manager = await packageManager(root, rootPkg);
    const patterns = await workspacePatterns(root, rootPkg);
    const workspaceDirs = await workspacePackages(root, patterns);
    for (const dir of workspaceDirs) {
        const pkg = await readJson(external_node_path_default().join(root, dir, 'package.json'));
        if (hasTestScript(pkg)) {
            const pkgName = typeof pkg?.['name'] === 'string' ? pkg['name'].replace(/^@[^/]+\//, '') : '';
            found.push({ kind: 'node', dir, command: `${manager.tool} ${manager.tool === 'bun' ? 'run test' : 'test'}`, name: (0,template/* slugify */.Yv)(pkgName) || undefined, reason: `workspace package with a test script (${manager.reason})` });
        }
    }
    const workspaceProfiles = found.length > 0;
    const dirs = [root, ...(await subdirectories(root, 2))];
    const rootKinds = new Set();
    for (const absolute of dirs) {
        const dir = external_node_path_default().relative(root, absolute).split((external_node_path_default()).sep).join('/') || '.';
        const atRoot = dir === '.';
        if (!atRoot && workspaceDirs.some((w) => dir === w || dir.startsWith(`${w}/`)))
            continue;
        for (const hit of await detectIn(absolute, atRoot ? rootPkg : undefined, manager)) {
            if (atRoot) {
                if (hit.kind === 'node' && workspaceProfiles)
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
    const names = new Set();
    return found.map((hit) => {
        const base = hit.name ?? (hit.dir === '.' ? hit.kind : (0,template/* slugify */.Yv)(external_node_path_default().posix.basename(hit.dir)) || hit.kind);
        const name = uniqueName(base, hit.kind, names);
        const profile = { name, path: hit.dir, command: hit.command, timeout_seconds: TIMEOUT[hit.kind], env: {}, watch: [] };
        return { profile, kind: hit.kind, reason: hit.reason };
    });
}
function uniqueName(base, kind, taken) {
    let name = taken.has(base) ? `${base}-${kind}` : base;
    for (let i = 2; taken.has(name); i++)
        name = `${base}-${i}`;
    taken.add(name);
    return name;
}
/** The test commands that one folder declares. `rootPkg` is passed for the root (already read). */
async function detectIn(dir, rootPkg, manager) {
    const hits = [];
    const has = (name) => isFile(external_node_path_default().join(dir, name));
    const pkg = rootPkg ?? (await readJson(external_node_path_default().join(dir, 'package.json')));
    if (hasTestScript(pkg)) {
        const local = rootPkg ? manager : await packageManager(dir, pkg);
        hits.push({ kind: 'node', command: `${local.tool} ${local.tool === 'bun' ? 'run test' : 'test'}`, reason: `package.json test script (${local.reason})` });
    }
    const python = await pytestReason(dir);
    if (python) {
        const runner = (await has('uv.lock')) ? 'uv run pytest -q' : (await has('poetry.lock')) ? 'poetry run pytest -q' : 'pytest -q';
        hits.push({ kind: 'python', command: runner, reason: python });
    }
    if (await has('go.mod'))
        hits.push({ kind: 'go', command: 'go test ./...', reason: 'go.mod' });
    if (await has('Cargo.toml'))
        hits.push({ kind: 'rust', command: 'cargo test', reason: 'Cargo.toml' });
    if (await has('pom.xml'))
        hits.push({ kind: 'maven', command: (await has('mvnw')) ? './mvnw -q test' : 'mvn -q test', reason: 'pom.xml' });
    const gradleFile = await firstExisting(dir, ['build.gradle.kts', 'build.gradle', 'settings.gradle.kts', 'settings.gradle']);
    if (gradleFile)
        hits.push({ kind: 'gradle', command: (await has('gradlew')) ? './gradlew test' : 'gradle test', reason: gradleFile });
    const makefile = await firstExisting(dir, ['GNUmakefile', 'makefile', 'Makefile']);
    if (makefile && /^test\s*:(?!=)/m.test((await readSmall(external_node_path_default().join(dir, makefile))) ?? '')) {
        hits.push({ kind: 'make', command: 'make test', reason: `${makefile} with a test target` });
    }
    return hits;
}
async function pytestReason(dir) {
    if (await isFile(external_node_path_default().join(dir, 'pytest.ini')))
        return 'pytest.ini';
    if (/^\[tool\.pytest/m.test((await readSmall(external_node_path_default().join(dir, 'pyproject.toml'))) ?? ''))
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
    return undefined;
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
function hasTestScript(pkg) {
    const scripts = pkg?.['scripts'];
    if (!scripts || typeof scripts !== 'object')
        return false;
    const test = scripts['test'];
    return typeof test === 'string' && test.trim() !== '' && !NPM_PLACEHOLDER.test(test);
}
/** Workspace globs from package.json `workspaces` (array or {packages}) and pnpm-workspace.yaml `packages`. */
async function workspacePatterns(root, pkg) {
    const patterns = [];
    const declared = pkg?.['workspaces'];
    const list = Array.isArray(declared) ? declared : isRecord(declared) && Array.isArray(declared['packages']) ? declared['packages'] : [];
    patterns.push(...list.filter((p) => typeof p === 'string'));
    const pnpm = await readSmall(external_node_path_default().join(root, 'pnpm-workspace.yaml'));
    if (pnpm !== undefined) {
        try {
            const parsed = (0,dist/* parse */.qg)(pnpm, { maxAliasCount: 10 });
            if (isRecord(parsed) && Array.isArray(parsed['packages']))
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
                    return result;
                const child = external_node_path_default().join(dir, entry.name);
                result.push(child);
                next.push(child);
            }
        }
        level = next;
    }
    return result.sort();
}
async function listDir(dir) {
    try {
        return (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
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
    try {
        const parsed = JSON.parse(text);
        return isRecord(parsed) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
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
    ].join('\n');
}
const PROFILE_HELP = [
    '    # env: { CI: "true" }       # optional: non-secret variables for the command',
    '    # junit: reports/junit.xml  # optional: JUnit XML report the command writes (relative to path)',
    '    # fix: npx eslint --fix .   # optional: deterministic fixer, used by the fix-commands engine',
    '    # watch: [libs/shared/**]   # optional: more globs (from the repo root) that make this profile affected',
].join('\n');
const NO_PROFILES = [
    'tests: []',
    '# No test command was found. Add your own, for example:',
    '# tests:',
    '#   - name: unit',
    '#     path: .',
    '#     command: npm test',
    '#     timeout_seconds: 600',
].join('\n');
function renderStarterConfig(detected) {
    const tests = detected.length === 0
        ? NO_PROFILES
        : ['tests:', ...detected.map((d, i) => (i === 0 ? `${profileBlock(d)}\n${PROFILE_HELP}` : profileBlock(d)))].join('\n');
    return `# yaml-language-server: $schema=${SCHEMA_ID}
# Droid for CI configuration, written by \`droid-ci init\` from what it found in this repo.
# Check the test commands, then commit this file. \`droid-ci validate\` checks it; unknown keys are errors.

version: 1

# Test profiles: each runs \`command\` through a shell in \`path\` (relative to the repo root) with a scrubbed
# environment. The droid runs the profiles its change affects and iterates until they pass.
${tests}

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
  trigger: /droid                     # comments starting with this start a run
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
 * `droid-ci init [--dir <repo>] [--force] [--print]`: detects the repo's test commands and writes a starter
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
        const detected = await detectProfilesWithReasons(root);
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
            for (const { profile, reason } of detected)
                io.stdout(`  ${profile.name}: ${profile.command} (in ${profile.path}; found ${reason})`);
        }
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
