/**
 * Finds the test commands of a repo for `droid-ci init`: npm/pnpm/yarn/bun `test` scripts (workspaces give one
 * profile per package), pytest, go test, cargo test, maven, gradle, `make test`. Looks at the root and at folders
 * up to two levels down (services/api, apps/web), reading only small manifest files; never runs anything.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';
import type { TestProfile } from './types.js';
import { slugify } from './template.js';

export type ProfileKind = 'node' | 'python' | 'go' | 'rust' | 'maven' | 'gradle' | 'make';

export interface DetectedProfile {
  profile: TestProfile;
  kind: ProfileKind;
  /** what was found, e.g. "package.json test script (pnpm-lock.yaml)" */
  reason: string;
}

const MAX_MANIFEST_BYTES = 1024 * 1024;
const MAX_DIRS = 2000;
const SKIP_DIRS = new Set(['node_modules', 'vendor', 'target', 'build', 'dist', 'out', 'venv', '__pycache__', 'site-packages', 'bower_components']);
const NPM_PLACEHOLDER = /no test specified/;
/** Folder names we are willing to write into a config (no control characters, quotes, backslashes or `#`). */
const SAFE_DIR_NAME = /^[A-Za-z0-9_@+-][A-Za-z0-9_.@+ -]*$/;

const TIMEOUT: Record<ProfileKind, number> = { node: 600, python: 600, go: 900, rust: 1800, maven: 1800, gradle: 1800, make: 900 };

/** The profiles a starter `.droid.yml` should hold for the repo at `repoRoot`. */
export async function detectProfiles(repoRoot: string): Promise<TestProfile[]> {
  return (await detectProfilesWithReasons(repoRoot)).map((d) => d.profile);
}

export async function detectProfilesWithReasons(repoRoot: string): Promise<DetectedProfile[]> {
  const root = path.resolve(repoRoot);
  const found: Array<Omit<DetectedProfile, 'profile'> & { dir: string; command: string; name?: string }> = [];

  const rootPkg = await readJson(path.join(root, 'package.json'));
  const manager = await packageManager(root, rootPkg);
  const patterns = await workspacePatterns(root, rootPkg);
  const workspaceDirs = await workspacePackages(root, patterns);
  for (const dir of workspaceDirs) {
    const pkg = await readJson(path.join(root, dir, 'package.json'));
    if (hasTestScript(pkg)) {
      const pkgName = typeof pkg?.['name'] === 'string' ? pkg['name'].replace(/^@[^/]+\//, '') : '';
      found.push({ kind: 'node', dir, command: `${manager.tool} ${manager.tool === 'bun' ? 'run test' : 'test'}`, name: slugify(pkgName) || undefined, reason: `workspace package with a test script (${manager.reason})` });
    }
  }
  const workspaceProfiles = found.length > 0;

  const dirs = [root, ...(await subdirectories(root, 2))];
  const rootKinds = new Set<ProfileKind>();
  for (const absolute of dirs) {
    const dir = path.relative(root, absolute).split(path.sep).join('/') || '.';
    const atRoot = dir === '.';
    if (!atRoot && workspaceDirs.some((w) => dir === w || dir.startsWith(`${w}/`))) continue;
    for (const hit of await detectIn(absolute, atRoot ? rootPkg : undefined, manager)) {
      if (atRoot) {
        if (hit.kind === 'node' && workspaceProfiles) continue;
        rootKinds.add(hit.kind);
      } else if (rootKinds.has(hit.kind) || hit.kind === 'make' || (hit.kind === 'node' && patterns.length > 0)) {
        // covered by the root's own command, too noisy (nested Makefiles), or a package the workspaces leave out
        continue;
      }
      found.push({ ...hit, dir });
    }
  }

  const names = new Set<string>();
  return found.map((hit) => {
    const base = hit.name ?? (hit.dir === '.' ? hit.kind : slugify(path.posix.basename(hit.dir)) || hit.kind);
    const name = uniqueName(base, hit.kind, names);
    const profile: TestProfile = { name, path: hit.dir, command: hit.command, timeout_seconds: TIMEOUT[hit.kind], env: {}, watch: [] };
    return { profile, kind: hit.kind, reason: hit.reason };
  });
}

function uniqueName(base: string, kind: string, taken: Set<string>): string {
  let name = taken.has(base) ? `${base}-${kind}` : base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  taken.add(name);
  return name;
}

interface Hit {
  kind: ProfileKind;
  command: string;
  reason: string;
}

/** The test commands that one folder declares. `rootPkg` is passed for the root (already read). */
async function detectIn(dir: string, rootPkg: Record<string, unknown> | undefined, manager: Manager): Promise<Hit[]> {
  const hits: Hit[] = [];
  const has = (name: string): Promise<boolean> => isFile(path.join(dir, name));

  const pkg = rootPkg ?? (await readJson(path.join(dir, 'package.json')));
  if (hasTestScript(pkg)) {
    const local = rootPkg ? manager : await packageManager(dir, pkg);
    hits.push({ kind: 'node', command: `${local.tool} ${local.tool === 'bun' ? 'run test' : 'test'}`, reason: `package.json test script (${local.reason})` });
  }

  const python = await pytestReason(dir);
  if (python) {
    const runner = (await has('uv.lock')) ? 'uv run pytest -q' : (await has('poetry.lock')) ? 'poetry run pytest -q' : 'pytest -q';
    hits.push({ kind: 'python', command: runner, reason: python });
  }
  if (await has('go.mod')) hits.push({ kind: 'go', command: 'go test ./...', reason: 'go.mod' });
  if (await has('Cargo.toml')) hits.push({ kind: 'rust', command: 'cargo test', reason: 'Cargo.toml' });
  if (await has('pom.xml')) hits.push({ kind: 'maven', command: (await has('mvnw')) ? './mvnw -q test' : 'mvn -q test', reason: 'pom.xml' });
  const gradleFile = await firstExisting(dir, ['build.gradle.kts', 'build.gradle', 'settings.gradle.kts', 'settings.gradle']);
  if (gradleFile) hits.push({ kind: 'gradle', command: (await has('gradlew')) ? './gradlew test' : 'gradle test', reason: gradleFile });
  const makefile = await firstExisting(dir, ['GNUmakefile', 'makefile', 'Makefile']);
  if (makefile && /^test\s*:(?!=)/m.test((await readSmall(path.join(dir, makefile))) ?? '')) {
    hits.push({ kind: 'make', command: 'make test', reason: `${makefile} with a test target` });
  }
  return hits;
}

async function pytestReason(dir: string): Promise<string | undefined> {
  if (await isFile(path.join(dir, 'pytest.ini'))) return 'pytest.ini';
  if (/^\[tool\.pytest/m.test((await readSmall(path.join(dir, 'pyproject.toml'))) ?? '')) return 'pyproject.toml [tool.pytest]';
  if (/^\[tool:pytest\]/m.test((await readSmall(path.join(dir, 'setup.cfg'))) ?? '')) return 'setup.cfg [tool:pytest]';
  if (/^\[pytest\]/m.test((await readSmall(path.join(dir, 'tox.ini'))) ?? '')) return 'tox.ini [pytest]';
  if (await isFile(path.join(dir, 'conftest.py'))) return 'conftest.py';
  for (const tests of ['tests', 'test']) {
    const entries = await listDir(path.join(dir, tests));
    if (entries.some((e) => e.isFile() && /^(test_.*|.*_test)\.py$/.test(e.name))) return `${tests}/ with test_*.py files`;
  }
  return undefined;
}

interface Manager {
  tool: 'npm' | 'pnpm' | 'yarn' | 'bun';
  reason: string;
}

/** The lockfile decides the tool (a `packageManager` field wins); npm when there is none. */
async function packageManager(dir: string, pkg: Record<string, unknown> | undefined): Promise<Manager> {
  const declared = typeof pkg?.['packageManager'] === 'string' ? /^(npm|pnpm|yarn|bun)@/.exec(pkg['packageManager'])?.[1] : undefined;
  if (declared) return { tool: declared as Manager['tool'], reason: `packageManager ${declared}` };
  if (await isFile(path.join(dir, 'pnpm-lock.yaml'))) return { tool: 'pnpm', reason: 'pnpm-lock.yaml' };
  if (await isFile(path.join(dir, 'yarn.lock'))) return { tool: 'yarn', reason: 'yarn.lock' };
  if ((await isFile(path.join(dir, 'bun.lockb'))) || (await isFile(path.join(dir, 'bun.lock')))) return { tool: 'bun', reason: 'bun.lock' };
  if (await isFile(path.join(dir, 'package-lock.json'))) return { tool: 'npm', reason: 'package-lock.json' };
  return { tool: 'npm', reason: 'no lockfile' };
}

function hasTestScript(pkg: Record<string, unknown> | undefined): boolean {
  const scripts = pkg?.['scripts'];
  if (!scripts || typeof scripts !== 'object') return false;
  const test = (scripts as Record<string, unknown>)['test'];
  return typeof test === 'string' && test.trim() !== '' && !NPM_PLACEHOLDER.test(test);
}

/** Workspace globs from package.json `workspaces` (array or {packages}) and pnpm-workspace.yaml `packages`. */
async function workspacePatterns(root: string, pkg: Record<string, unknown> | undefined): Promise<string[]> {
  const patterns: string[] = [];
  const declared = pkg?.['workspaces'];
  const list = Array.isArray(declared) ? declared : isRecord(declared) && Array.isArray(declared['packages']) ? declared['packages'] : [];
  patterns.push(...list.filter((p): p is string => typeof p === 'string'));
  const pnpm = await readSmall(path.join(root, 'pnpm-workspace.yaml'));
  if (pnpm !== undefined) {
    try {
      const parsed: unknown = parseYaml(pnpm, { maxAliasCount: 10 });
      if (isRecord(parsed) && Array.isArray(parsed['packages'])) patterns.push(...parsed['packages'].filter((p): p is string => typeof p === 'string'));
    } catch {
      // a broken pnpm-workspace.yaml: no workspace profiles rather than a crash
    }
  }
  return patterns;
}

/** Workspace package folders (relative, `/`-separated, sorted) matching the patterns (`!` excludes). */
async function workspacePackages(root: string, patterns: readonly string[]): Promise<string[]> {
  const include = patterns.filter((p) => !p.startsWith('!')).map(cleanPattern);
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => cleanPattern(p.slice(1)));
  if (include.length === 0) return [];
  const matches = picomatch(include);
  const excluded = exclude.length ? picomatch(exclude) : () => false;
  const depth = Math.min(4, Math.max(...include.map((p) => (p.includes('**') ? 4 : p.split('/').length))));
  const dirs = await subdirectories(root, depth);
  const result: string[] = [];
  for (const absolute of dirs) {
    const dir = path.relative(root, absolute).split(path.sep).join('/');
    if (matches(dir) && !excluded(dir) && (await isFile(path.join(absolute, 'package.json')))) result.push(dir);
  }
  return result.sort();
}

function cleanPattern(pattern: string): string {
  return pattern.replace(/^\.\//, '').replace(/\/+$/, '');
}

/** Folders below `root`, breadth first, up to `depth` levels, skipping dependencies, build output and dot folders. */
async function subdirectories(root: string, depth: number): Promise<string[]> {
  const result: string[] = [];
  let level = [root];
  for (let d = 0; d < depth && level.length > 0; d++) {
    const next: string[] = [];
    for (const dir of level) {
      for (const entry of await listDir(dir)) {
        if (!entry.isDirectory() || entry.name.startsWith('.') || SKIP_DIRS.has(entry.name) || !SAFE_DIR_NAME.test(entry.name)) continue;
        if (result.length >= MAX_DIRS) return result;
        const child = path.join(dir, entry.name);
        result.push(child);
        next.push(child);
      }
    }
    level = next;
  }
  return result.sort();
}

async function listDir(dir: string) {
  try {
    return (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return [];
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function firstExisting(dir: string, names: string[]): Promise<string | undefined> {
  for (const name of names) if (await isFile(path.join(dir, name))) return name;
  return undefined;
}

async function readSmall(file: string): Promise<string | undefined> {
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > MAX_MANIFEST_BYTES) return undefined;
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function readJson(file: string): Promise<Record<string, unknown> | undefined> {
  const text = await readSmall(file);
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
