export const id = 612;
export const ids = [612];
export const modules = {

/***/ 47612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xL: () => (/* reexport */ ConfigError),
  Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
  Z9: () => (/* binding */ loadConfig),
  RG: () => (/* binding */ readConfigFile)
});

// UNUSED EXPORTS: MAX_ALIAS_COUNT, MAX_CONFIG_BYTES

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
// EXTERNAL MODULE: ./src/config/locate.ts
var locate = __webpack_require__(55562);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/config/suggest.ts
/**
 * "Did you mean" for config keys and enum values, and the allowed keys at each level of the schema.
 */

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    const at = (i, j) => d[i]?.[j] ?? 0;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, at(i - 2, j - 2) + 1);
            d[i][j] = best;
        }
    }
    return at(a.length, b.length);
}
const canonical = (s) => s.toLowerCase().replace(/[-\s]/g, '_');
/** The closest candidate, if it is close enough to be a plausible typo. */
function closest(input, candidates) {
    const wanted = canonical(input);
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(wanted, canonical(candidate));
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    // one edit for short words, two from four letters (`tset` -> `tests`: a swap and a missing letter), three for long ones
    const limit = wanted.length <= 3 ? 1 : wanted.length <= 8 ? 2 : 3;
    return best !== undefined && bestDistance <= limit ? best : undefined;
}
/** Unwraps default/optional/pipe/transform wrappers down to the schema that holds the shape. */
function unwrap(schema) {
    let current = schema;
    for (let i = 0; i < 20; i++) {
        if (current instanceof schemas/* ZodDefault */.XiL || current instanceof schemas/* ZodOptional */.IiU || current instanceof schemas/* ZodNullable */.l1C) {
            current = current.unwrap();
        }
        else if (current instanceof schemas/* ZodPipe */.utH) {
            current = current.in;
        }
        else {
            return current;
        }
    }
    return current;
}
/** The schema found at `path` below `root` (numbers index into arrays), or undefined. */
function schemaAt(root, path) {
    let current = unwrap(root);
    for (const segment of path) {
        if (current === undefined)
            return undefined;
        if (current instanceof schemas/* ZodArray */.naA && typeof segment === 'number')
            current = unwrap(current.element);
        else if (current instanceof schemas/* ZodObject */.bvH && typeof segment === 'string') {
            const shape = current.shape;
            const next = Object.hasOwn(shape, segment) ? shape[segment] : undefined;
            current = next === undefined ? undefined : unwrap(next);
        }
        else if (current instanceof schemas/* ZodRecord */.b8S && typeof segment === 'string')
            current = unwrap(current.valueType);
        else
            return undefined;
    }
    return current;
}
/** The keys an object schema accepts at `path`, in declaration order ([] when it is not an object). */
function keysAt(root, path) {
    const schema = schemaAt(root, path);
    return schema instanceof schemas/* ZodObject */.bvH ? Object.keys(schema.shape) : [];
}
/** Every object path in the schema that accepts `key`, written like `engine` or `tests[]` ('' is the top level). */
function levelsWithKey(root, key) {
    const found = [];
    const walk = (schema, label, depth) => {
        const inner = unwrap(schema);
        if (depth > 6)
            return;
        if (inner instanceof schemas/* ZodArray */.naA)
            walk(inner.element, `${label}[]`, depth + 1);
        else if (inner instanceof schemas/* ZodObject */.bvH) {
            const shape = inner.shape;
            if (Object.hasOwn(shape, key))
                found.push(label);
            for (const [name, child] of Object.entries(shape))
                walk(child, label ? `${label}.${name}` : name, depth + 1);
        }
    };
    walk(root, '', 0);
    return found;
}

;// CONCATENATED MODULE: ./src/config/problems.ts



/** A config that cannot be used; `problems` lists every problem found, in file order. */
class ConfigError extends errors/* DroidError */.TF {
    problems;
    constructor(file, problems) {
        const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
        const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
        super('config', `${file} is not valid (${count}):\n${sorted.map((p) => `  ${p.message}`).join('\n')}`, {
            hint: `fix ${file} and check it with \`droid-ci validate\`; the JSON Schema (schema/droid.schema.json) gives completion in editors`,
        });
        this.name = 'ConfigError';
        this.problems = sorted;
    }
}
const MAX_SHOWN_VALUE = 40;
/** `tests[0].timeout_seconds` */
function dotted(path) {
    return path.reduce((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}
function valueAt(data, path) {
    let current = data;
    for (const seg of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[seg];
    }
    return current;
}
function describeValue(value) {
    if (value === null)
        return 'nothing (an empty value)';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string') {
        const shown = value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}…` : value;
        return `string ${JSON.stringify(shown)}`;
    }
    if (typeof value === 'object')
        return 'a mapping';
    return `${typeof value} ${String(value)}`;
}
const EXPECTED = {
    number: 'a number',
    int: 'a whole number',
    string: 'a string',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping (key: value)',
    record: 'a mapping (key: value)',
};
function problems_location(ctx, offset) {
    const { line, column } = (0,locate/* position */.G)(ctx.lineCounter, offset);
    return { file: ctx.file, line, column, at: `${ctx.file}:${line}:${column}` };
}
/** One problem per issue (an unrecognized_keys issue gives one per key). */
function problemsFromIssues(ctx, issues) {
    const problems = [];
    // a misspelt key (`comand`) is one mistake: its did-you-mean replaces the "missing `command`" problem
    const suggested = new Set();
    for (const issue of issues) {
        if (issue.code !== 'unrecognized_keys')
            continue;
        const path = issue.path.filter((s) => typeof s === 'string' || typeof s === 'number');
        for (const key of issue.keys) {
            const suggestion = closest(key, keysAt(ctx.schema, path));
            if (suggestion !== undefined)
                suggested.add(dotted([...path, suggestion]));
        }
    }
    for (const issue of issues) {
        const path = issue.path.filter((s) => typeof s === 'string' || typeof s === 'number');
        if (issue.code === 'unrecognized_keys') {
            for (const key of issue.keys)
                problems.push(unknownKey(ctx, path, key));
            continue;
        }
        if (suggested.has(dotted(path)) && valueAt(ctx.data, issue.path) === undefined)
            continue;
        const found = (0,locate/* locate */.x)(ctx.doc, path);
        const subject = dotted(path) || 'the top level';
        const value = valueAt(ctx.data, issue.path);
        if (found.depth < path.length || value === undefined) {
            const loc = problems_location(ctx, found.offset);
            const key = path[path.length - 1];
            const parent = dotted(path.slice(0, -1)) || 'the top level';
            const detail = issue.code === 'custom' ? `: ${issue.message}` : requiredHint(path);
            problems.push({ ...strip(loc), message: `missing required key \`${String(key)}\` in ${parent} at ${loc.at}${detail}` });
            continue;
        }
        const loc = problems_location(ctx, offsetForIssue(ctx, issue, found.offset, found.keyOffset));
        problems.push({ ...strip(loc), message: `\`${subject}\` at ${loc.at}: ${detailFor(issue, value)}` });
    }
    return problems;
}
function strip(loc) {
    return { file: loc.file, line: loc.line, column: loc.column };
}
function requiredHint(path) {
    const key = path[path.length - 1];
    if (key === 'version')
        return ': add `version: 1` as the first line';
    if (key === 'command')
        return ': add the test command, e.g. `command: npm test`';
    if (key === 'name')
        return ': add a unique name, e.g. `name: unit`';
    return '';
}
/** For a template field, point at the `{field}` itself when the scalar is on one line. */
function offsetForIssue(ctx, issue, offset, keyOffset) {
    if (issue.code === 'invalid_key')
        return keyOffset ?? offset;
    const field = issue.code === 'custom' ? issue.params?.templateField : undefined;
    if (field !== undefined) {
        const lineEnd = ctx.text.indexOf('\n', offset);
        const at = ctx.text.slice(offset, lineEnd === -1 ? undefined : lineEnd).indexOf(`{${field}}`);
        if (at >= 0)
            return offset + at;
    }
    return offset;
}
function detailFor(issue, value) {
    switch (issue.code) {
        case 'invalid_type':
            return `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeValue(value)}`;
        case 'invalid_value': {
            const allowed = issue.values.map((v) => JSON.stringify(v));
            const suggestion = typeof value === 'string' ? closest(value, issue.values.map(String)) : undefined;
            const tail = suggestion !== undefined ? `; did you mean \`${suggestion}\`?` : '';
            if (allowed.length === 1)
                return `must be ${allowed[0]}, got ${describeValue(value)}${tail}`;
            return `must be one of ${allowed.join(', ')}, got ${describeValue(value)}${tail}`;
        }
        case 'invalid_key':
            return issue.issues[0]?.message ?? 'invalid key';
        case 'too_small':
        case 'too_big':
            return issue.message.startsWith('Too ') ? sizeMessage(issue) : issue.message;
        case 'invalid_union':
            return `${issue.message}, got ${describeValue(value)}`;
        default:
            return issue.message;
    }
}
function sizeMessage(issue) {
    const small = issue.code === 'too_small';
    const bound = Number(small ? issue.minimum : issue.maximum);
    if (issue.origin === 'string')
        return small && bound <= 1 ? 'must not be empty' : `must be ${small ? 'at least' : 'at most'} ${bound} characters`;
    if (issue.origin === 'array')
        return `needs ${small ? 'at least' : 'at most'} ${bound} entr${bound === 1 ? 'y' : 'ies'}`;
    return `must be ${small ? 'at least' : 'at most'} ${bound}`;
}
function unknownKey(ctx, path, key) {
    const found = (0,locate/* locate */.x)(ctx.doc, [...path, key]);
    const loc = problems_location(ctx, found.keyOffset ?? found.offset);
    const allowed = keysAt(ctx.schema, path);
    const where = path.length ? ` in ${dotted(path)}` : '';
    const head = `unknown key \`${key}\`${where} at ${loc.at}`;
    const suggestion = closest(key, allowed);
    if (suggestion !== undefined)
        return { ...strip(loc), message: `${head}, did you mean \`${suggestion}\`?` };
    const elsewhere = levelsWithKey(ctx.schema, key).map((level) => (level === '' ? 'at the top level' : `under \`${level}\``));
    if (elsewhere.length > 0)
        return { ...strip(loc), message: `${head}: \`${key}\` belongs ${elsewhere.join(' or ')}` };
    return { ...strip(loc), message: `${head}; allowed keys here: ${allowed.join(', ')}` };
}

// EXTERNAL MODULE: ./src/util/validate.ts
var validate = __webpack_require__(8956);
;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * Reads `.droid.yml`: YAML with positions -> schema -> DroidConfig, or one ConfigError listing every problem.
 * `loadConfig` is pure (the caller may read the text from the target branch, PRODUCT.md §8);
 * `readConfigFile` reads it from a checkout.
 */









const DEFAULT_CONFIG_FILE = '.droid.yml';
/** A real .droid.yml is a few KiB; anything this large is a mistake or an attack. */
const MAX_CONFIG_BYTES = 256 * 1024;
/** Aliases are allowed (e.g. sharing `env`), but not enough of them to expand into a "billion laughs". */
const MAX_ALIAS_COUNT = 50;
/** Parses and validates the text of a `.droid.yml`; throws ConfigError (kind 'config') with every problem found. */
function loadConfig(options) {
    const { text, file } = options;
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_CONFIG_BYTES) {
        throw new ConfigError(file, [
            { file, line: 1, column: 1, message: `${file} is ${bytes} bytes; a config file may be at most ${MAX_CONFIG_BYTES} bytes (is this the right file?)` },
        ]);
    }
    const lineCounter = new dist/* LineCounter */.HN();
    // YAML 1.2 core schema (`yes` is a string), `<<` merge keys so profiles can share settings
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2', merge: true });
    const at = (offset) => {
        const { line, column } = (0,locate/* position */.G)(lineCounter, offset);
        return { file, line, column, where: `${file}:${line}:${column}` };
    };
    const syntax = [...doc.errors, ...doc.warnings].map((error) => {
        const loc = at(error.pos[0]);
        return { file, line: loc.line, column: loc.column, message: `YAML syntax error at ${loc.where}: ${yamlMessage(error.message)}` };
    });
    if (syntax.length > 0)
        throw new ConfigError(file, syntax);
    const contents = doc.contents;
    if (contents === null) {
        throw new ConfigError(file, [{ file, line: 1, column: 1, message: `${file} is empty: start it with \`version: 1\` (or run \`droid-ci init\`)` }]);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        const loc = at(firstAliasOffset(doc));
        const reason = error instanceof Error ? error.message : String(error);
        throw new ConfigError(file, [{ file, line: loc.line, column: loc.column, message: `YAML aliases at ${loc.where} expand too much (${reason}); write the values out instead` }]);
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        const loc = at(contents.range[0]);
        const got = Array.isArray(data) ? 'a list' : `a single value`;
        throw new ConfigError(file, [
            { file, line: loc.line, column: loc.column, message: `the top level of ${file} at ${loc.where} must be a mapping of keys (${Object.keys(schema/* configSchema */.Qn.shape).join(', ')}), got ${got}` },
        ]);
    }
    const result = schema/* configSchema */.Qn.safeParse(data);
    if (result.success)
        return result.data;
    throw new ConfigError(file, problemsFromIssues({ file, text, doc, lineCounter, schema: schema/* configSchema */.Qn, data }, result.error.issues));
}
function yamlMessage(message) {
    return message.replace(/\s+at line \d+, column \d+.*$/s, '').trim();
}
function firstAliasOffset(doc) {
    let offset = 0;
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            offset = node.range?.[0] ?? 0;
            return dist/* visit */.YR.BREAK;
        },
    });
    return offset;
}
/**
 * Reads `file` (relative to `repoRoot`, or absolute) and validates it. A missing file gives the
 * defaults with `found: false`; anything else that cannot be read is a config error.
 * A relative `file` must stay inside the repo, symlinks included.
 */
async function readConfigFile(repoRoot, file = DEFAULT_CONFIG_FILE) {
    const absolute = external_node_path_default().resolve(repoRoot, file);
    let info;
    try {
        info = await (0,promises_.lstat)(absolute);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { config: (0,schema/* defaultConfig */.sb)(), found: false, path: absolute, file };
        throw new errors/* DroidError */.TF('config', `cannot read ${file}: ${error.message}`);
    }
    if (!external_node_path_default().isAbsolute(file))
        await assertInsideRepo(repoRoot, absolute, file);
    if (info.isSymbolicLink())
        info = await (0,promises_.stat)(absolute);
    if (!info.isFile())
        throw new errors/* DroidError */.TF('config', `${file} is not a regular file`, { hint: 'point --config at a YAML file' });
    if (info.size > MAX_CONFIG_BYTES) {
        throw new ConfigError(file, [
            { file, line: 1, column: 1, message: `${file} is ${info.size} bytes; a config file may be at most ${MAX_CONFIG_BYTES} bytes (is this the right file?)` },
        ]);
    }
    const text = await (0,promises_.readFile)(absolute, 'utf8');
    return { config: loadConfig({ text, file }), found: true, path: absolute, file, text };
}
async function assertInsideRepo(repoRoot, absolute, file) {
    let root;
    let target;
    try {
        root = await (0,promises_.realpath)(repoRoot);
        target = await (0,promises_.realpath)(absolute);
    }
    catch (error) {
        throw new errors/* DroidError */.TF('config', `cannot read ${file}: ${error.message}`);
    }
    if (!(0,validate/* isInside */.FK)(root, target)) {
        throw new errors/* DroidError */.TF('config', `${file} resolves outside the repository`, { hint: 'the config must be a file inside the repo (not a symlink to elsewhere)' });
    }
}


/***/ }),

/***/ 55562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ position),
/* harmony export */   x: () => (/* binding */ locate)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/**
 * Maps a path in the parsed config (['tests', 0, 'timeout_seconds']) back to where it is written
 * in the YAML source, so every problem can name file:line:column.
 */

function startOf(node) {
    if (node && typeof node === 'object' && 'range' in node) {
        const range = node.range;
        if (range)
            return range[0];
    }
    return undefined;
}
function locate(doc, path) {
    let current = doc.contents;
    const found = { offset: startOf(current) ?? 0, depth: 0, node: current ?? undefined };
    for (const segment of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(current))
            current = current.resolve(doc);
        let next;
        let keyNode;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(current)) {
            const pair = current.items.find((item) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) ? String(item.key.value) : String(item.key)) === String(segment));
            if (!pair)
                return found;
            keyNode = pair.key;
            next = pair.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(current) && typeof segment === 'number') {
            next = current.items[segment];
            if (next === undefined)
                return found;
        }
        else {
            return found;
        }
        const keyOffset = startOf(keyNode);
        const offset = startOf(next) ?? keyOffset ?? found.offset;
        found.offset = offset;
        found.keyOffset = keyOffset;
        found.depth += 1;
        found.node = next ?? undefined;
        current = next;
    }
    return found;
}
/** 1-based line and column of an offset. */
function position(lineCounter, offset) {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
}


/***/ }),

/***/ 90131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ relativePathProblem),
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   sb: () => (/* binding */ defaultConfig)
/* harmony export */ });
/* unused harmony exports MAX_PROFILE_TIMEOUT_SECONDS, MAX_ENGINE_TIMEOUT_MINUTES, MAX_CI_TIMEOUT_MINUTES, MAX_PROFILES, MAX_TESTS_CONCURRENCY, normalizeRelativePath, profileSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38816);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69030);
/* harmony import */ var _util_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8956);
/**
 * The `.droid.yml` schema, version 1 (PRODUCT.md §2): keys, defaults and checks, in one place.
 * The JSON Schema for editors (schema/droid.schema.json) is generated from this file (json-schema.ts).
 * Every object is strict: an unknown key is an error (load.ts adds the "did you mean").
 */



const MAX_PROFILE_TIMEOUT_SECONDS = 6 * 60 * 60;
const MAX_ENGINE_TIMEOUT_MINUTES = 6 * 60;
const MAX_CI_TIMEOUT_MINUTES = 6 * 60;
const MAX_PROFILES = 100;
const MAX_TESTS_CONCURRENCY = 64;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Names the scrubbed environment removes (PRODUCT.md §3); a value for them in a committed file is a leaked secret. */
const SECRET_ENV_NAME = /(^|_)(API_KEY|TOKEN|SECRET|PASSWORD|PRIVATE_KEY)$|^(ACTIONS_RUNTIME_|ACTIONS_ID_TOKEN_)/i;
const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** Why a repo-relative path or glob is unacceptable, or undefined when it is fine. */
function relativePathProblem(value) {
    if (value.includes('\0'))
        return 'must not contain a NUL character';
    if (value.includes('\\'))
        return 'must use "/" as separator, not "\\"';
    if (value.startsWith('/') || /^[A-Za-z]:/.test(value) || value.startsWith('~')) {
        return 'must be relative to the repo root (remove the leading "/", "~" or drive letter)';
    }
    if (value.split('/').includes('..'))
        return 'must stay inside the repo (no ".." segments)';
    return undefined;
}
/** `./services/api/` -> `services/api`; `` and `./` -> `.` */
function normalizeRelativePath(value) {
    const parts = value.split('/').filter((p) => p !== '' && p !== '.');
    return parts.length === 0 ? '.' : parts.join('/');
}
function relativePath(what) {
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1, { message: `${what} must not be empty` })
        .superRefine((value, ctx) => {
        const problem = relativePathProblem(value);
        if (problem)
            ctx.addIssue({ code: 'custom', message: `${what} ${problem}` });
    })
        .transform(normalizeRelativePath);
}
function glob(what) {
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1, { message: `${what} must not be empty` })
        .superRefine((value, ctx) => {
        const problem = relativePathProblem(value);
        if (problem)
            ctx.addIssue({ code: 'custom', message: `${what} ${problem}` });
    });
}
function positiveInt(max, unit) {
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .int({ message: `must be a whole number of ${unit}` })
        .min(1, { message: `must be at least 1 ${unit.replace(/s$/, '')}` })
        .max(max, { message: `must be at most ${max} ${unit}` });
}
function template(what) {
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1, { message: `${what} must not be empty` })
        .superRefine((value, ctx) => {
        for (const name of (0,_template_js__WEBPACK_IMPORTED_MODULE_0__/* .unknownTemplateFields */ .o2)(value)) {
            ctx.addIssue({
                code: 'custom',
                message: `unknown template field \`{${name}}\` in ${what}; allowed: ${_template_js__WEBPACK_IMPORTED_MODULE_0__/* .TEMPLATE_FIELDS */ .du.map((f) => `{${f}}`).join(' ')}`,
                params: { templateField: name },
            });
        }
    });
}
const envValue = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()], { message: 'expected a string' })
    .transform((v) => String(v));
const profileSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1, { message: 'a profile name must not be empty' })
        .max(64, { message: 'a profile name must be at most 64 characters' })
        .regex(PROFILE_NAME, { message: 'a profile name may use letters, digits, ".", "_" and "-" (starting with a letter or digit)' })
        .describe('Unique name of the test profile, e.g. api-fast'),
    path: relativePath('path').default('.').describe('Working directory relative to the repo root; also the scope for "affected"'),
    command: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().trim().min(1, { message: 'command must not be empty' }).describe('Test command, run through a shell in `path`'),
    timeout_seconds: positiveInt(MAX_PROFILE_TIMEOUT_SECONDS, 'seconds').default(600).describe('The process group is killed at this limit'),
    env: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(ENV_NAME, { message: 'env keys must be variable names like MY_VAR' })
        .refine((name) => !SECRET_ENV_NAME.test(name), {
        message: 'looks like a secret: env is committed in plain text and test commands never get secrets; remove it',
    }), envValue)
        .default({})
        .describe('Non-secret variables added to the scrubbed environment'),
    junit: relativePath('junit').optional().describe('JUnit XML report(s) the command writes, relative to `path`: a file, a folder (its .xml files at any depth) or a glob such as `target/surefire-reports/*.xml` or `build/test-results/**/*.xml`; only reports written during the run are read'),
    fix: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().trim().min(1, { message: 'fix must not be empty (remove the key instead)' }).optional().describe('Deterministic fixer, used by the fix-commands engine'),
    watch: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(glob('a watch glob')).default([]).describe('Extra globs (from the repo root) that make this profile affected'),
})
    .describe('A test profile');
function accountName(what) {
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1, { message: `${what} must not be empty` })
        .refine((v) => !v.startsWith('@'), { message: `write ${what} without the leading "@"` })
        .refine((v) => !/\s/.test(v), { message: `${what} must not contain spaces` });
}
const reviewerRuleSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    paths: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(glob('a reviewer path glob')).min(1, { message: 'paths needs at least one glob' }),
    users: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(accountName('a user')).default([]),
    teams: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(accountName('a team')).default([]),
})
    .superRefine((rule, ctx) => {
    if ((rule.users?.length ?? 0) === 0 && (rule.teams?.length ?? 0) === 0) {
        ctx.addIssue({ code: 'custom', message: 'a reviewer rule needs at least one entry in `users` or `teams`' });
    }
});
const DEFAULT_PROTECTED_PATHS = ['.github/workflows/**', '.github/actions/**', '.gitlab-ci.yml', '.gitlab/**', 'CODEOWNERS', '.droid.yml'];
const prSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    target_branch: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .refine((v) => v === '' || (0,_util_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidBranchName */ .eB)(v), { message: 'target_branch must be a valid branch name (or "" for the default branch)' })
        .default('')
        .describe('Branch the PR/MR targets; "" = the repo default branch'),
    branch: template('pr.branch')
        .refine((value) => (0,_util_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidBranchName */ .eB)(value.replace(/\{[^{}]*\}/g, 'x')), {
        message: 'pr.branch must give a valid git branch name: no spaces, "~^:?*[\\", "..", "@{", no leading "-" or "/"',
    })
        .default('droid/{ticket}-{slug}').describe('Branch name template: {ticket} {slug} {summary} {command} {number}'),
    title: template('pr.title').default('[Droid] {ticket}: {summary}').describe('PR/MR title template: {ticket} {slug} {summary} {command} {number}'),
    labels: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1, { message: 'a label must not be empty' }).max(50, { message: 'a label must be at most 50 characters' }))
        .default(['ai-generated', 'droid', 'needs-review']),
    draft: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(false),
    require_plan: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional().describe('Default false. `fix` first posts a plan and waits for `/droid approve` to carry it out'),
    on_tests_failing: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['draft', 'comment-only']).default('draft').describe('What to do when tests still fail after the last iteration'),
    protected_paths: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(glob('a protected path'))
        .default(DEFAULT_PROTECTED_PATHS)
        .describe('Globs never pushed by the droid; edit this list to allow'),
    reviewers: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        codeowners: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true).describe('Request owners of changed paths from CODEOWNERS'),
        rules: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(reviewerRuleSchema).default([]),
    })
        .default({ codeowners: true, rules: [] }),
    sign: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['none', 'api', 'ssh'])
        .optional()
        .describe("Sign the droid's commit: none (default), api (GitHub's createCommitOnBranch, shown Verified), ssh (the signing_key input / DROID_SIGNING_KEY)"),
});
const engineSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    use: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['droid', 'claude', 'codex', 'command', 'fix-commands']).default('droid'),
    command: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('').describe('For `use: command`: run with the prompt in $DROID_PROMPT_FILE'),
    model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('').describe("Model id for the engine's CLI"),
    base_url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .superRefine((value, ctx) => {
        const problem = baseUrlProblem(value);
        if (problem)
            ctx.addIssue({ code: 'custom', message: problem });
    })
        .default('')
        .describe("The team's own model endpoint (droid BYOK, claude, codex)"),
    provider: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['anthropic', 'openai', 'generic-chat-completion-api', '']).default('').describe('With base_url: the wire protocol of the endpoint'),
    api_key_env: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^([A-Za-z_][A-Za-z0-9_]*)?$/, { message: 'api_key_env must be the NAME of an environment variable (like MY_MODEL_KEY), not the key itself' })
        .default('')
        .describe('Name of the environment variable that holds the model key'),
    auto: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['low', 'medium', 'high']).default('medium').describe('droid autonomy'),
    max_iterations: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int({ message: 'must be a whole number' }).min(1, { message: 'must be between 1 and 10' }).max(10, { message: 'must be between 1 and 10' }).default(3),
    timeout_minutes: positiveInt(MAX_ENGINE_TIMEOUT_MINUTES, 'minutes').default(30),
    max_cost_usd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig({ message: 'must be a number of US dollars, e.g. 2.5' })
        .positive({ message: 'must be more than 0 (remove the key for no cap)' })
        .max(10_000, { message: 'must be at most 10000' })
        .optional()
        .describe('No new engine round once the run has cost this much (USD, as the CLI reports it); unset = no cap'),
    max_turns: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .int({ message: 'must be a whole number' })
        .min(1, { message: 'must be between 1 and 10000' })
        .max(10_000, { message: 'must be between 1 and 10000' })
        .optional()
        .describe('No new engine round once the run has used this many model turns; passed to claude as --max-turns'),
});
const accessSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    trigger: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^\S{1,64}$/, { message: 'trigger must be one word without spaces, e.g. /droid' })
        .default('/droid'),
    allow_bots: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).default([]).describe('Bot accounts allowed to trigger runs'),
});
const ciSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    wait: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true).describe('Follow the CI of the pushed SHA in the same job'),
    timeout_minutes: positiveInt(MAX_CI_TIMEOUT_MINUTES, 'minutes').default(30),
    max_fix_attempts: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int({ message: 'must be a whole number' }).min(0, { message: 'must be between 0 and 10' }).max(10, { message: 'must be between 0 and 10' }).default(2),
});
const sandboxSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    mode: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['auto', 'user', 'off'])
        .default('auto')
        .describe('auto: run engine rounds and test profiles as the sandbox user where the runner allows it (root or passwordless sudo); user: always, or stop; off: unisolated'),
    user: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[a-z_][a-z0-9_-]{0,30}$/, { message: 'must be a Linux account name (lower case letters, digits, _ and -, at most 31 characters)' })
        .default('droid-sandbox')
        .describe('The unprivileged account engine rounds and test profiles run as (created when missing)'),
});
const severity = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['low', 'medium', 'high']);
const reviewSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    auto: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(false).describe('Review every pull request when it is opened, pushed to or marked ready (GitHub pull_request, GitLab merge_request_event)'),
    forks: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(false).describe('Also review pull requests from forks (their code is never run)'),
    security: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(false).describe('Run a second, security-focused pass with its own prompt'),
    security_threshold: severity.default('medium').describe('Security findings below this severity are not posted'),
    fail_on: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['low', 'medium', 'high', 'none']).default('none').describe('Fail the step when a posted finding is at or above this severity'),
});
const auditSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    file: relativePath('audit.file').default('.droid/audit.jsonl'),
});
const envName = (what, fallback) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .regex(/^([A-Za-z_][A-Za-z0-9_]*)?$/, { message: `${what} must be the NAME of an environment variable (like ${fallback}), not the value itself` })
    .default('');
function ticketsUrlProblem(value) {
    return urlProblem(value, 'tickets.url', 'use e.g. https://acme.atlassian.net', 'put the token in the variable named by token_env');
}
/** Why a config URL is refused, with what to do: an example for a malformed one, where the secret goes instead of the URL. */
function urlProblem(value, field, example, secretHint) {
    if (value === '')
        return undefined;
    const problem = (0,_util_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .checkHttpUrl */ .Om)(value, field);
    if (typeof problem !== 'string')
        return undefined;
    return `${problem}; ${problem.endsWith('credentials') ? secretHint : example}`;
}
const ticketsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    provider: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['jira', 'linear', 'none']).default('none').describe('Where ticket keys in the trigger are looked up; none = the ticket comes from the trigger'),
    url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .superRefine((value, ctx) => {
        const problem = ticketsUrlProblem(value);
        if (problem)
            ctx.addIssue({ code: 'custom', message: problem });
    })
        .default('')
        .describe('jira: the site (Cloud) or base URL (Server / Data Center); linear: the GraphQL endpoint (default https://api.linear.app/graphql)'),
    api: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['cloud', 'server']).default('cloud').describe('jira: cloud (REST v3, Basic email:API token) | server (REST v2, Bearer personal access token)'),
    email_env: envName('email_env', 'JIRA_EMAIL').describe('jira cloud: the variable holding the account email (default JIRA_EMAIL)'),
    token_env: envName('token_env', 'JIRA_API_TOKEN').describe('The variable holding the token: jira default JIRA_API_TOKEN, linear default LINEAR_API_KEY'),
    keys: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[A-Za-z][A-Za-z0-9_]{0,31}$/, { message: 'a key must be a project / team key like PROJ (letters, digits, "_")' }))
        .default([])
        .describe('Project / team keys that count as ticket keys (default: any KEY-123)'),
    on_pr: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['comment', 'none']).default('comment').describe('comment: write the PR/MR link and the tests result back on the ticket'),
    transition: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(100).default('').describe('Move the ticket when the PR/MR opens, e.g. "In Review" (Jira transition / Linear state name)'),
});
/** Cross-field checks; runs even when other fields failed, so `value` is only partly checked. */
function crossFieldChecks(value, ctx) {
    if (!(0,_util_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value))
        return;
    const tests = value['tests'];
    if (Array.isArray(tests)) {
        const seen = new Map();
        tests.forEach((profile, index) => {
            if (!(0,_util_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(profile) || typeof profile['name'] !== 'string')
                return;
            const name = profile['name'];
            const first = seen.get(name);
            if (first === undefined)
                seen.set(name, index);
            else
                ctx.addIssue({ code: 'custom', path: ['tests', index, 'name'], message: `duplicate profile name \`${name}\` (also used by tests[${first}]); names must be unique` });
        });
    }
    const tickets = value['tickets'];
    if ((0,_util_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(tickets) && tickets['provider'] === 'jira' && !(typeof tickets['url'] === 'string' && tickets['url'] !== '')) {
        ctx.addIssue({ code: 'custom', path: ['tickets', 'url'], message: 'tickets.url is required with `provider: jira` (e.g. https://acme.atlassian.net)' });
    }
    const engine = value['engine'];
    if ((0,_util_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(engine)) {
        if (engine['use'] === 'command' && !(typeof engine['command'] === 'string' && engine['command'].trim() !== '')) {
            ctx.addIssue({ code: 'custom', path: ['engine', 'command'], message: 'engine.command is required when `use: command` (a command that reads the prompt from $DROID_PROMPT_FILE)' });
        }
        if (typeof engine['provider'] === 'string' && engine['provider'] !== '' && !(typeof engine['base_url'] === 'string' && engine['base_url'] !== '')) {
            ctx.addIssue({ code: 'custom', path: ['engine', 'provider'], message: 'engine.provider only applies with engine.base_url; set base_url or remove provider' });
        }
    }
}
function baseUrlProblem(value) {
    return urlProblem(value, 'base_url', 'use e.g. https://llm.example.com/v1', 'put the key in the variable named by api_key_env');
}
const configSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1, { message: 'version must be 1' }).describe('Config format version; always 1'),
    tests: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(profileSchema).max(MAX_PROFILES, { message: `at most ${MAX_PROFILES} test profiles` }).default([]),
    tests_concurrency: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .int({ message: 'must be a whole number of profiles' })
        .min(1, { message: `must be between 1 and ${MAX_TESTS_CONCURRENCY}` })
        .max(MAX_TESTS_CONCURRENCY, { message: `must be between 1 and ${MAX_TESTS_CONCURRENCY}` })
        .optional()
        .describe('How many test profiles run at the same time; unset = the number of CPUs'),
    pr: prSchema.default(() => prSchema.parse({})),
    engine: engineSchema.default(() => engineSchema.parse({})),
    access: accessSchema.default(() => accessSchema.parse({})),
    ci: ciSchema.default(() => ciSchema.parse({})),
    audit: auditSchema.default(() => auditSchema.parse({})),
    sandbox: sandboxSchema.default(() => sandboxSchema.parse({})),
    review: reviewSchema.default(() => reviewSchema.parse({})),
    tickets: ticketsSchema.default(() => ticketsSchema.parse({})),
})
    .check(zod__WEBPACK_IMPORTED_MODULE_2__/* .superRefine */ .zni(crossFieldChecks, { when: () => true }))
    .describe('Droid for CI configuration (.droid.yml), version 1');
/** The config used when the repo has no `.droid.yml`: every default, no test profiles. */
function defaultConfig() {
    return configSchema.parse({ version: 1 });
}


/***/ }),

/***/ 69030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yv: () => (/* binding */ slugify),
/* harmony export */   du: () => (/* binding */ TEMPLATE_FIELDS),
/* harmony export */   mL: () => (/* binding */ renderBranchName),
/* harmony export */   o2: () => (/* binding */ unknownTemplateFields),
/* harmony export */   zF: () => (/* binding */ renderTitle)
/* harmony export */ });
/* unused harmony exports MAX_BRANCH_LENGTH, MAX_TITLE_LENGTH, renderTemplate */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _util_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8956);
/**
 * `pr.branch` and `pr.title` templates (PRODUCT.md §2): `{ticket}` `{slug}` `{summary}` `{command}` `{number}`.
 * Rendering never reaches a shell; branch names are additionally made into valid git ref names.
 */


const TEMPLATE_FIELDS = ['ticket', 'slug', 'summary', 'command', 'number'];
const PLACEHOLDER = /\{([^{}]*)\}/g;
/** Longest branch name we produce (forges accept ~255 bytes; long names are unreadable anyway). */
const MAX_BRANCH_LENGTH = 120;
/** GitHub rejects PR titles over 256 characters. */
const MAX_TITLE_LENGTH = 256;
const MAX_SLUG_LENGTH = 48;
/** The `{name}` placeholders of a template that are not template fields, in order of appearance. */
function unknownTemplateFields(template) {
    const unknown = [];
    for (const match of template.matchAll(PLACEHOLDER)) {
        const name = match[1] ?? '';
        if (!TEMPLATE_FIELDS.includes(name) && !unknown.includes(name))
            unknown.push(name);
    }
    return unknown;
}
/** Substitutes the fields; a placeholder that is not a template field is a config error. */
function renderTemplate(template, fields) {
    const unknown = unknownTemplateFields(template);
    if (unknown.length > 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('config', `unknown template field ${unknown.map((n) => `{${n}}`).join(', ')} in "${template}"`, {
            hint: `allowed fields: ${TEMPLATE_FIELDS.map((n) => `{${n}}`).join(' ')}`,
        });
    }
    return template.replace(PLACEHOLDER, (_all, name) => String(fields[name]));
}
/** Lower-case ASCII words joined by `-`, at most 48 characters, cut at a word boundary; '' when nothing is left. */
function slugify(text) {
    const words = text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 0);
    let slug = '';
    for (const word of words) {
        const next = slug ? `${slug}-${word}` : word;
        if (next.length > MAX_SLUG_LENGTH) {
            if (!slug)
                slug = word.slice(0, MAX_SLUG_LENGTH);
            break;
        }
        slug = next;
    }
    return slug;
}
/** Turns any text into something safe inside one path component of a ref: no spaces, no `~^:?*[\`, no `..`. */
function refComponentText(value) {
    return value
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9._\-/]+/g, '-')
        .replace(/\/+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/-{2,}/g, '-');
}
/**
 * Renders the branch template and returns a valid git ref name (checked with the rules of
 * `git check-ref-format --branch`), at most MAX_BRANCH_LENGTH characters. Values are sanitised
 * (`{slug}` and `{summary}` slugified, others stripped of characters git refuses); `/` only comes from the template.
 */
function renderBranchName(template, fields) {
    const safe = {
        ticket: refComponentText(String(fields.ticket)),
        slug: slugify(String(fields.slug)),
        summary: slugify(String(fields.summary)),
        command: slugify(String(fields.command)),
        number: refComponentText(String(fields.number)),
    };
    const raw = renderTemplate(template, safe);
    const name = sanitizeRefName(raw);
    if (!(0,_util_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidBranchName */ .eB)(name)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DroidError */ .TF('config', `pr.branch "${template}" does not give a valid branch name (got "${raw}")`, {
            hint: 'use letters, digits, "-", "_", "." and "/" around the fields, e.g. "droid/{ticket}-{slug}"',
        });
    }
    return name;
}
/** Best-effort repair of a rendered name; components are trimmed of `.`/`-` and `.lock`, length bounded. */
function sanitizeRefName(raw) {
    const cleaned = raw
        .replace(/[\s~^:?*[\\\x00-\x1f\x7f]+/g, '-')
        .replace(/@\{/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/-{2,}/g, '-');
    const fix = (components) => components
        .map((c) => c.replace(/^[.-]+/, '').replace(/(\.lock)+$/i, '').replace(/[.-]+$/, ''))
        .filter((c) => c.length > 0);
    let components = fix(cleaned.split('/'));
    let name = components.join('/');
    if (name.length > MAX_BRANCH_LENGTH) {
        name = name.slice(0, MAX_BRANCH_LENGTH);
        const cut = Math.max(name.lastIndexOf('-'), name.lastIndexOf('/'));
        if (cut > MAX_BRANCH_LENGTH / 2)
            name = name.slice(0, cut);
        components = fix(name.split('/'));
        name = components.join('/');
    }
    return name;
}
/** Renders the PR/MR title: one line, control characters removed, at most MAX_TITLE_LENGTH characters. */
function renderTitle(template, fields) {
    const title = renderTemplate(template, fields)
        .replace(/[\x00-\x1f\x7f\u2028\u2029]+/g, ' ')
        .replace(/\s{2,}/g, ' ')
        .trim();
    return title.length > MAX_TITLE_LENGTH ? `${title.slice(0, MAX_TITLE_LENGTH - 1)}…` : title;
}


/***/ }),

/***/ 8956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   JA: () => (/* binding */ relativeInside),
/* harmony export */   Om: () => (/* binding */ checkHttpUrl),
/* harmony export */   e1: () => (/* binding */ resolveDirInside),
/* harmony export */   eB: () => (/* binding */ isValidBranchName),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   qY: () => (/* binding */ asRecord),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The checks every layer applies to what comes from outside: the shape of parsed JSON, a path that must
 * stay inside a root, a branch name. One home for each (issue 9), so a fix to one reaches every caller.
 * git's own argv checks (`assertRevArg`, `assertRemoteArg`…) stay beside the git wrapper in git/names.ts.
 */


/** A plain object (not null, not an array): what a JSON field must be before its keys are read. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The object, or an empty one when the value is anything else (lenient readers of API responses). */
function asRecord(value) {
    return isRecord(value) ? value : {};
}
/** `child` is `root` or below it, lexically: no `..` step out, no other absolute path (`..x` is a name). */
function isInside(root, child) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root), node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, child));
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
/** `file` relative to `root` when it lies inside it (resolved against `root`), else undefined. */
function relativeInside(root, file) {
    return isInside(root, file) ? node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root), node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, file)) : undefined;
}
/**
 * A folder named relative to `root` (a profile's `path`): it must exist, be a directory and stay inside
 * `root` with symlinks resolved. The problem, when there is one, names the path so the config can be fixed.
 */
async function resolveDirInside(root, relative) {
    let realRoot;
    try {
        realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root);
    }
    catch {
        return { problem: `the repository root ${root} does not exist` };
    }
    let target;
    try {
        target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(realRoot, relative));
    }
    catch {
        return { problem: `directory ${relative} does not exist in the repository (check the profile's path)` };
    }
    if (!isInside(realRoot, target))
        return { problem: `path ${relative} resolves outside the repository` };
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target)).isDirectory())
        return { problem: `path ${relative} is not a directory` };
    return target;
}
/** The rules of git-check-ref-format(1) for a branch name, plus: no leading `-` (it would read as an option). */
function isValidBranchName(name) {
    if (name.length === 0 || name.length > 255 || name === '@' || name === 'HEAD')
        return false;
    if (name.startsWith('-') || name.startsWith('/') || name.endsWith('/') || name.endsWith('.'))
        return false;
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(name) || name.includes('..') || name.includes('@{') || name.includes('//'))
        return false;
    return name.split('/').every((c) => c.length > 0 && !c.startsWith('.') && !c.endsWith('.lock'));
}
/** A value quoted in an error message: short, one line, control characters shown as `?`. */
function printable(value, max = 60) {
    const clean = value.replace(/[\x00-\x1f\x7f]/g, '?');
    return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
/**
 * `value` as an http(s) URL that carries no user or password (a secret goes in its own variable, never in a
 * URL that is logged); otherwise the sentence saying what is wrong, naming `name` for the caller's error.
 */
function checkHttpUrl(value, name) {
    let url;
    try {
        url = new URL(value.trim());
    }
    catch {
        return `${name} "${printable(value)}" is not a URL`;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return `${name} must be an http(s) URL, not ${url.protocol}`;
    if (url.username || url.password)
        return `${name} must not contain credentials`;
    return url;
}


/***/ })

};
