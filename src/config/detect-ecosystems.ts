/**
 * The test command and the fixers one folder's manifests declare, per ecosystem, for `droid-ci init`:
 * npm/pnpm/yarn/bun, Deno, Python (uv, poetry, pdm, hatch, tox, nox, pytest), Go, Rust, Maven, Gradle,
 * Ruby (rspec, rake), PHP (composer, phpunit, pest), Elixir and Makefiles. Reads small files only.
 */
import path from 'node:path';
import { unusableReason, type CommandKind } from './detect-commands.js';
import { dependencyNames, firstExisting, isDir, isFile, listDir, readJson, readJsonc, readSmall } from './detect-files.js';
import { isRecord } from '../util/validate.js';

export interface Hit {
  kind: CommandKind;
  command: string;
  reason: string;
}

export interface Manager {
  tool: 'npm' | 'pnpm' | 'yarn' | 'bun';
  reason: string;
}

const NPM_PLACEHOLDER = /no test specified/;
const NODE_DEP_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'];

export function nodeTest(manager: Manager): string {
  return `${manager.tool} ${manager.tool === 'bun' ? 'run test' : 'test'}`;
}

/** How to run a package's binary with this manager: `npx eslint`, `pnpm exec eslint`, `yarn eslint`, `bunx eslint`. */
export function nodeExec(manager: Manager): string {
  return { npm: 'npx', pnpm: 'pnpm exec', yarn: 'yarn', bun: 'bunx' }[manager.tool];
}

/** The lockfile decides the tool (a `packageManager` field wins); npm when there is none. */
export async function packageManager(dir: string, pkg: Record<string, unknown> | undefined): Promise<Manager> {
  const declared = typeof pkg?.['packageManager'] === 'string' ? /^(npm|pnpm|yarn|bun)@/.exec(pkg['packageManager'])?.[1] : undefined;
  if (declared) return { tool: declared as Manager['tool'], reason: `packageManager ${declared}` };
  if (await isFile(path.join(dir, 'pnpm-lock.yaml'))) return { tool: 'pnpm', reason: 'pnpm-lock.yaml' };
  if (await isFile(path.join(dir, 'yarn.lock'))) return { tool: 'yarn', reason: 'yarn.lock' };
  if ((await isFile(path.join(dir, 'bun.lockb'))) || (await isFile(path.join(dir, 'bun.lock')))) return { tool: 'bun', reason: 'bun.lock' };
  if (await isFile(path.join(dir, 'package-lock.json'))) return { tool: 'npm', reason: 'package-lock.json' };
  return { tool: 'npm', reason: 'no lockfile' };
}

export function hasScript(pkg: Record<string, unknown> | undefined, name: string): boolean {
  const scripts = pkg?.['scripts'];
  if (!isRecord(scripts)) return false;
  const script = scripts[name];
  return typeof script === 'string' && script.trim() !== '' && !NPM_PLACEHOLDER.test(script);
}

/** What one folder declares. `pkg` and `manager` are the folder's package.json and tool (read by the caller). */
export async function detectIn(dir: string, pkg: Record<string, unknown> | undefined, manager: Manager, notes: string[], label: string): Promise<Hit[]> {
  const hits: Hit[] = [];
  const has = (name: string): Promise<boolean> => isFile(path.join(dir, name));

  if (hasScript(pkg, 'test')) hits.push({ kind: 'node', command: nodeTest(manager), reason: `package.json test script (${manager.reason})` });

  const denoFile = await firstExisting(dir, ['deno.json', 'deno.jsonc']);
  if (denoFile && !hits.some((h) => h.kind === 'node')) {
    const deno = await readJsonc(path.join(dir, denoFile));
    const tasks = isRecord(deno?.['tasks']) ? deno['tasks'] : {};
    hits.push(tasks['test'] !== undefined ? { kind: 'deno', command: 'deno task test', reason: `${denoFile} test task` } : { kind: 'deno', command: 'deno test', reason: denoFile });
  }

  const python = await pythonCommand(dir);
  if (python) hits.push({ kind: 'python', ...python });

  if (await has('go.mod')) hits.push({ kind: 'go', command: 'go test ./...', reason: 'go.mod' });

  const cargo = await readSmall(path.join(dir, 'Cargo.toml'));
  if (cargo !== undefined) {
    const workspace = /^\[workspace\]/m.test(cargo);
    hits.push({ kind: 'rust', command: workspace ? 'cargo test --workspace' : 'cargo test', reason: workspace ? 'Cargo.toml [workspace]' : 'Cargo.toml' });
  }

  const pom = await readSmall(path.join(dir, 'pom.xml'));
  if (pom !== undefined) {
    const modules = /<modules>/.test(pom) ? ' with modules' : '';
    hits.push({ kind: 'maven', command: (await has('mvnw')) ? './mvnw -B test' : 'mvn -B test', reason: `pom.xml${modules}` });
  }
  const gradleFile = await firstExisting(dir, ['settings.gradle.kts', 'settings.gradle', 'build.gradle.kts', 'build.gradle']);
  if (gradleFile) hits.push({ kind: 'gradle', command: (await has('gradlew')) ? './gradlew test' : 'gradle test', reason: gradleFile });

  const ruby = await rubyCommand(dir);
  if (ruby) hits.push({ kind: 'ruby', ...ruby });
  const php = await phpCommand(dir);
  if (php) hits.push({ kind: 'php', ...php });
  if (await has('mix.exs')) hits.push({ kind: 'elixir', command: 'mix test', reason: 'mix.exs' });

  const make = await makeTestTarget(dir);
  if (make?.usable) hits.push({ kind: 'make', command: 'make test', reason: `${make.file} with a test target` });
  else if (make) notes.push(`left out \`make test\` in ${label}: ${make.why}`);
  return hits;
}

// ---- Python ----

async function pythonCommand(dir: string): Promise<Omit<Hit, 'kind'> | undefined> {
  const pyproject = (await readSmall(path.join(dir, 'pyproject.toml'))) ?? '';
  const has = (name: string): Promise<boolean> => isFile(path.join(dir, name));
  const pytest = await pytestReason(dir, pyproject);
  const tox = (await has('tox.ini')) || /^\[tool\.tox\]/m.test(pyproject);
  const noxfile = await readSmall(path.join(dir, 'noxfile.py'));
  if (!pytest && !tox && noxfile === undefined) return undefined;
  const why = pytest ?? (tox ? 'tox.ini' : 'noxfile.py');
  if (await has('uv.lock')) return { command: 'uv run pytest', reason: `${why} (uv.lock)` };
  if ((await has('poetry.lock')) || /^\[tool\.poetry\]/m.test(pyproject)) return { command: 'poetry run pytest', reason: `${why} (poetry)` };
  if (await has('pdm.lock')) return { command: 'pdm run pytest', reason: `${why} (pdm.lock)` };
  if (/^\[tool\.hatch\.envs\.hatch-test/m.test(pyproject) || ((await has('hatch.toml')) && pytest)) return { command: 'hatch test', reason: `${why} (hatch)` };
  // tox and nox build their own environments: the command that works on a fresh checkout
  if (tox) return { command: 'tox -e py', reason: `${tox && !pytest ? 'tox' : `${why}, tox`} (env py: the current interpreter)` };
  if (noxfile !== undefined) {
    const session = /^def (tests?)\s*\(/m.exec(noxfile)?.[1] ?? /@nox\.session\([^)]*name\s*=\s*["'](tests?)["']/.exec(noxfile)?.[1];
    return { command: session ? `nox -s ${session}` : 'nox', reason: `${pytest ? `${why}, ` : ''}noxfile.py` };
  }
  if (await has('Pipfile.lock')) return { command: 'pipenv run pytest', reason: `${why} (Pipfile.lock)` };
  return { command: 'python -m pytest', reason: why };
}

async function pytestReason(dir: string, pyproject: string): Promise<string | undefined> {
  if (await isFile(path.join(dir, 'pytest.ini'))) return 'pytest.ini';
  if (/^\[tool\.pytest/m.test(pyproject)) return 'pyproject.toml [tool.pytest]';
  if (/^\[tool:pytest\]/m.test((await readSmall(path.join(dir, 'setup.cfg'))) ?? '')) return 'setup.cfg [tool:pytest]';
  if (/^\[pytest\]/m.test((await readSmall(path.join(dir, 'tox.ini'))) ?? '')) return 'tox.ini [pytest]';
  if (await isFile(path.join(dir, 'conftest.py'))) return 'conftest.py';
  for (const tests of ['tests', 'test']) {
    const entries = await listDir(path.join(dir, tests));
    if (entries.some((e) => e.isFile() && /^(test_.*|.*_test)\.py$/.test(e.name))) return `${tests}/ with test_*.py files`;
  }
  if (/["']pytest\b/.test(pyproject)) return 'pytest in pyproject.toml';
  return undefined;
}

// ---- Ruby, PHP ----

async function rubyCommand(dir: string): Promise<Omit<Hit, 'kind'> | undefined> {
  const gemfile = await readSmall(path.join(dir, 'Gemfile'));
  const rakefile = await firstExisting(dir, ['Rakefile', 'rakefile', 'Rakefile.rb']);
  const bundle = gemfile !== undefined ? 'bundle exec ' : '';
  const specs = await hasSpecFiles(path.join(dir, 'spec'));
  if ((await isFile(path.join(dir, '.rspec'))) || (specs && (gemfile === undefined || /["']rspec/.test(gemfile)))) {
    return { command: `${bundle}rspec`, reason: specs ? 'spec/ (rspec)' : '.rspec' };
  }
  if (gemfile === undefined && !rakefile) return undefined;
  if ((await isFile(path.join(dir, 'bin', 'rails'))) && (await isDir(path.join(dir, 'test')))) return { command: 'bin/rails test', reason: 'bin/rails and test/' };
  if (rakefile && (await isDir(path.join(dir, 'test')))) return { command: `${bundle}rake test`, reason: `${rakefile} and test/` };
  return undefined;
}

/** `*_spec.rb` in spec/ or one folder below (a Go package called `spec` is not RSpec). */
async function hasSpecFiles(specDir: string): Promise<boolean> {
  const entries = await listDir(specDir);
  if (entries.some((e) => e.isFile() && e.name.endsWith('_spec.rb'))) return true;
  for (const sub of entries.filter((e) => e.isDirectory()).slice(0, 20)) {
    if ((await listDir(path.join(specDir, sub.name))).some((e) => e.isFile() && e.name.endsWith('_spec.rb'))) return true;
  }
  return false;
}

async function phpCommand(dir: string): Promise<Omit<Hit, 'kind'> | undefined> {
  const composer = await readJson(path.join(dir, 'composer.json'));
  const phpunitXml = await firstExisting(dir, ['phpunit.xml', 'phpunit.xml.dist', 'phpunit.dist.xml']);
  if (!composer && !phpunitXml) return undefined;
  if (hasScript(composer, 'test')) return { command: 'composer test', reason: 'composer.json test script' };
  const dev = dependencyNames(composer, ['require', 'require-dev']);
  if (dev.has('pestphp/pest')) return { command: 'vendor/bin/pest', reason: 'pestphp/pest in composer.json' };
  if (phpunitXml || dev.has('phpunit/phpunit')) return { command: 'vendor/bin/phpunit', reason: phpunitXml ?? 'phpunit/phpunit in composer.json' };
  return undefined;
}

// ---- Makefiles ----

type MakeTarget = { file: string; usable: true } | { file: string; usable: false; why: string };

/** The `test` target of a Makefile and whether its recipe (with its prerequisites, variables expanded) fits a droid's job. */
export async function makeTestTarget(dir: string): Promise<MakeTarget | undefined> {
  const file = await firstExisting(dir, ['GNUmakefile', 'makefile', 'Makefile']);
  if (!file) return undefined;
  const text = (await readSmall(path.join(dir, file))) ?? '';
  const rules = parseMakefile(text);
  if (!rules.targets.has('test')) return undefined;
  const seen = new Set<string>();
  const queue = ['test'];
  while (queue.length > 0 && seen.size < 50) {
    const target = queue.shift()!;
    if (seen.has(target)) continue;
    seen.add(target);
    const rule = rules.targets.get(target);
    if (!rule) continue;
    for (const line of rule.recipe) {
      const expanded = expand(line, rules.vars);
      const why = unusableReason(expanded.replace(/\$\$|\$[@<^*?]|\$\([^)]*\)|\$\{[^}]*\}/g, 'x'));
      if (why && /docker|podman|kubectl|terminal|sudo/.test(why)) return { file, usable: false, why: `its recipe ${why.replace(/^it /, '')} (\`${expanded.trim().slice(0, 80)}\`)` };
    }
    queue.push(...rule.prerequisites);
  }
  return { file, usable: true };
}

interface MakeRules {
  targets: Map<string, { prerequisites: string[]; recipe: string[] }>;
  vars: Map<string, string>;
}

function parseMakefile(text: string): MakeRules {
  const targets = new Map<string, { prerequisites: string[]; recipe: string[] }>();
  const vars = new Map<string, string>();
  let current: { prerequisites: string[]; recipe: string[] }[] = [];
  for (const raw of text.replace(/\\\r?\n/g, ' ').split(/\r?\n/).slice(0, 5000)) {
    if (raw.length > 4000) continue; // generated walls of text say nothing about `test`; keeps the regexes linear
    if (raw.startsWith('\t')) {
      for (const rule of current) if (rule.recipe.length < 100) rule.recipe.push(raw.slice(1));
      continue;
    }
    const line = raw.replace(/(^|\s)#.*$/, '').trimEnd();
    if (line.trim() === '') continue;
    const assign = /^(?:export\s+|override\s+)?([A-Za-z_][\w.-]*)\s*(?:\?|:|::|\+|!)?=\s*(.*)$/.exec(line);
    if (assign) {
      vars.set(assign[1]!, assign[2]!);
      current = [];
      continue;
    }
    const rule = /^([^:=\s][^:=]*?)\s*::?(?!=)\s*([^;=]*?)(?:;(.*))?$/.exec(line);
    if (rule) {
      const prerequisites = rule[2]!.split(/\s+/).filter((p) => p !== '' && !p.startsWith('|'));
      current = rule[1]!.split(/\s+/).filter(Boolean).map((name) => {
        const entry = targets.get(name) ?? { prerequisites: [], recipe: [] };
        entry.prerequisites.push(...prerequisites);
        if (rule[3]) entry.recipe.push(rule[3]);
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
function expand(line: string, vars: Map<string, string>): string {
  let out = line;
  for (let round = 0; round < 3 && /\$[({]/.test(out); round++) {
    out = out.replace(/\$\(([A-Za-z_][\w.-]*)\)|\$\{([A-Za-z_][\w.-]*)\}/g, (all, a: string | undefined, b: string | undefined) => vars.get(a ?? b ?? '') ?? all);
    if (out.length > 4000) break;
  }
  return out;
}

// ---- fixers ----

export interface FixContext {
  /** the repo root, whose configs apply to every folder */
  root: string;
  rootPkg: Record<string, unknown> | undefined;
  /** CI commands, pre-commit hooks and Makefile text: what the team already runs */
  tooling: string;
}

/** The deterministic fixers for a folder's ecosystem, only for tools the repo uses (a dependency or a config file). */
export async function fixersFor(dir: string, kind: CommandKind, pkg: Record<string, unknown> | undefined, manager: Manager, ctx: FixContext): Promise<string[]> {
  const inDirOrRoot = async (names: readonly string[]): Promise<boolean> =>
    (await firstExisting(dir, names)) !== undefined || (dir !== ctx.root && (await firstExisting(ctx.root, names)) !== undefined);
  const uses = (tool: RegExp): boolean => tool.test(ctx.tooling);
  switch (kind) {
    case 'node': {
      const deps = new Set([...dependencyNames(pkg, NODE_DEP_FIELDS), ...dependencyNames(ctx.rootPkg, NODE_DEP_FIELDS)]);
      const exec = nodeExec(manager);
      const fixers: string[] = [];
      if (deps.has('@biomejs/biome') || (await inDirOrRoot(['biome.json', 'biome.jsonc']))) fixers.push(`${exec} biome check --write .`);
      if (deps.has('eslint') || pkg?.['eslintConfig'] !== undefined || (await inDirOrRoot(ESLINT_CONFIGS))) fixers.push(`${exec} eslint --fix .`);
      if (deps.has('prettier') || pkg?.['prettier'] !== undefined || ctx.rootPkg?.['prettier'] !== undefined || (await inDirOrRoot(PRETTIER_CONFIGS))) fixers.push(`${exec} prettier --write .`);
      return fixers;
    }
    case 'deno':
      return ['deno fmt'];
    case 'python': {
      const pyproject = `${(await readSmall(path.join(dir, 'pyproject.toml'))) ?? ''}\n${dir !== ctx.root ? ((await readSmall(path.join(ctx.root, 'pyproject.toml'))) ?? '') : ''}`;
      // run ruff the way CI does (`uv run ruff`), else through the lockfile's tool when the project depends on it
      const ciRunner = /\b(uv|poetry|pdm|hatch) run (?:ruff|black)\b/.exec(ctx.tooling)?.[1];
      const locked = (await isFile(path.join(dir, 'uv.lock'))) ? 'uv' : (await isFile(path.join(dir, 'poetry.lock'))) ? 'poetry' : undefined;
      const tool = ciRunner ?? (locked && /^ruff\s*=|["']ruff\b/m.test(pyproject) ? locked : undefined);
      const runner = tool ? `${tool} run ` : '';
      const fixers: string[] = [];
      const ruff = /^\[tool\.ruff/m.test(pyproject) || (await inDirOrRoot(['ruff.toml', '.ruff.toml'])) || uses(/\bruff\b/);
      if (ruff) fixers.push(`${runner}ruff check --fix .`);
      if (/^\[tool\.ruff\.format\]/m.test(pyproject) || uses(/ruff[ -]format/)) fixers.push(`${runner}ruff format .`);
      else if (/^\[tool\.black\]/m.test(pyproject) || uses(/\bblack\b/)) fixers.push(`${runner}black .`);
      return fixers;
    }
    case 'go':
      return [uses(/\bgoimports\b/) ? 'goimports -w .' : 'gofmt -w .'];
    case 'rust':
      return uses(/cargo\s+clippy/) || (await inDirOrRoot(['clippy.toml', '.clippy.toml'])) ? ['cargo clippy --fix --allow-dirty --allow-staged', 'cargo fmt'] : ['cargo fmt'];
    case 'ruby': {
      const gemfile = (await readSmall(path.join(dir, 'Gemfile'))) ?? '';
      const bundle = gemfile ? 'bundle exec ' : '';
      if (/["']standard["']/.test(gemfile)) return [`${bundle}standardrb --fix`];
      if (/["']rubocop/.test(gemfile) || (await inDirOrRoot(['.rubocop.yml']))) return [`${bundle}rubocop -a`];
      return [];
    }
    case 'php': {
      const dev = dependencyNames(await readJson(path.join(dir, 'composer.json')), ['require', 'require-dev']);
      if (dev.has('friendsofphp/php-cs-fixer') || (await inDirOrRoot(['.php-cs-fixer.php', '.php-cs-fixer.dist.php', '.php_cs', '.php_cs.dist']))) return ['vendor/bin/php-cs-fixer fix'];
      if (dev.has('laravel/pint') || (await inDirOrRoot(['pint.json']))) return ['vendor/bin/pint'];
      if (dev.has('squizlabs/php_codesniffer') || (await inDirOrRoot(['phpcs.xml', 'phpcs.xml.dist', '.phpcs.xml']))) return ['vendor/bin/phpcbf'];
      return [];
    }
    case 'elixir':
      return ['mix format'];
    case 'gradle': {
      const build = `${(await readSmall(path.join(dir, 'build.gradle.kts'))) ?? ''}${(await readSmall(path.join(dir, 'build.gradle'))) ?? ''}`;
      return /spotless/.test(build) ? [(await isFile(path.join(dir, 'gradlew'))) ? './gradlew spotlessApply' : 'gradle spotlessApply'] : [];
    }
    case 'maven': {
      const pom = (await readSmall(path.join(dir, 'pom.xml'))) ?? '';
      return /spotless-maven-plugin/.test(pom) ? [(await isFile(path.join(dir, 'mvnw'))) ? './mvnw -B spotless:apply' : 'mvn -B spotless:apply'] : [];
    }
    default:
      return [];
  }
}

const ESLINT_CONFIGS = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', '.eslintrc', '.eslintrc.js', '.eslintrc.cjs', '.eslintrc.json', '.eslintrc.yml', '.eslintrc.yaml'];
const PRETTIER_CONFIGS = ['.prettierrc', '.prettierrc.json', '.prettierrc.yml', '.prettierrc.yaml', '.prettierrc.js', '.prettierrc.cjs', '.prettierrc.mjs', '.prettierrc.toml', 'prettier.config.js', 'prettier.config.cjs', 'prettier.config.mjs', 'prettier.config.ts'];
