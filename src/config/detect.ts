/**
 * Finds the test commands of a repo for `droid-ci init`. The strongest hint is what the repo's own CI runs
 * (`.github/workflows/*.yml` `run:` lines, `.gitlab-ci.yml` `script:` lines), with the build step CI runs
 * before the tests in the same job. Then the manifests of the root and of folders up to two levels down
 * (detect-ecosystems.ts); workspaces (npm/pnpm/yarn, go.work) give one profile per package, Nx and Turborepo
 * one at the root. Each profile gets the fixers of the tools the repo uses. Reads small files; runs nothing.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';
import { readCiJobs, type CiJob } from './detect-ci.js';
import { bareCommand, classifyCommand, profileCommand, scriptFile, type CommandKind } from './detect-commands.js';
import { detectIn, fixersFor, hasScript, makeTestTarget, nodeExec, nodeTest, packageManager, type FixContext, type Hit, type Manager } from './detect-ecosystems.js';
import { isDir, isFile, readJson, readSmall, SAFE_DIR_NAME, subdirectories } from './detect-files.js';
import type { TestProfile } from './types.js';
import { slugify } from './template.js';
import { isRecord } from '../util/validate.js';

export type ProfileKind = CommandKind;

export interface DetectedProfile {
  profile: TestProfile;
  kind: ProfileKind;
  /** what was found, e.g. "package.json test script (pnpm-lock.yaml)" */
  reason: string;
}

export interface Detection {
  profiles: DetectedProfile[];
  /** what init looked at and left out, and why (a CI line using an expression, a Makefile target running docker) */
  notes: string[];
}

const TIMEOUT: Record<ProfileKind, number> = {
  node: 600, deno: 600, python: 900, go: 900, rust: 1800, maven: 1800, gradle: 1800, ruby: 900, php: 900, elixir: 900, make: 900, script: 1800,
};
const MAX_COMMAND = 500;
/** `scripts/test`, `test.sh`, `ci/run-tests.sh`: the repo's own entry point for its tests, not a side suite. */
const CANONICAL_TEST_SCRIPT = /(?:^|\/)(?:run[-_])?tests?(?:\.sh)?$/;
const MAX_NOTES = 8;

interface Found extends Hit {
  dir: string;
  name?: string | undefined;
  /** a package of a workspace (npm/pnpm/yarn, go.work): a root CI command of the same kind covers it */
  member?: boolean;
  fromCi?: boolean;
  /** the JUnit report the command writes (pytest's --junitxml in CI), relative to `dir` */
  junit?: string | undefined;
}

/** The profiles a starter `.droid.yml` should hold for the repo at `repoRoot`. */
export async function detectProfiles(repoRoot: string): Promise<TestProfile[]> {
  return (await detectRepo(repoRoot)).profiles.map((d) => d.profile);
}

export async function detectProfilesWithReasons(repoRoot: string): Promise<DetectedProfile[]> {
  return (await detectRepo(repoRoot)).profiles;
}

export async function detectRepo(repoRoot: string): Promise<Detection> {
  const root = path.resolve(repoRoot);
  const notes: string[] = [];
  const manifests = await manifestProfiles(root, notes);
  const jobs = await readCiJobs(root);
  const hints = await ciProfiles(root, jobs, notes);
  const merged = mergeHints(manifests.found, hints);

  const tooling = [
    ...jobs.flatMap((j) => j.commands.map((c) => c.command)),
    (await readSmall(path.join(root, '.pre-commit-config.yaml'))) ?? '',
    (await readSmall(path.join(root, 'Makefile'))) ?? '',
    (await readSmall(path.join(root, '.golangci.yml'))) ?? '',
    (await readSmall(path.join(root, '.golangci.yaml'))) ?? '',
  ].join('\n');
  const fixContext: FixContext = { root, rootPkg: manifests.rootPkg, tooling };

  const names = new Set<string>();
  const profiles: DetectedProfile[] = [];
  for (const hit of merged) {
    const base = hit.name ?? (hit.dir === '.' ? hit.kind : slugify(path.posix.basename(hit.dir)) || hit.kind);
    const name = uniqueName(base, hit.kind, names);
    const absolute = path.join(root, hit.dir);
    const pkg = hit.dir === '.' ? manifests.rootPkg : await readJson(path.join(absolute, 'package.json'));
    const manager = hit.dir === '.' || hit.member ? manifests.manager : await packageManager(absolute, pkg);
    const kinds = hit.kind === 'make' || hit.kind === 'script' ? await kindsIn(absolute, pkg, manager) : [hit.kind];
    const fixers = [...new Set((await Promise.all(kinds.map((k) => fixersFor(absolute, k, pkg, manager, fixContext)))).flat())];
    const profile: TestProfile = { name, path: hit.dir, command: hit.command, timeout_seconds: TIMEOUT[hit.kind], env: {}, watch: [] };
    if (fixers.length > 0) profile.fix = fixers.join('; ');
    if (hit.junit) profile.junit = hit.junit;
    profiles.push({ profile, kind: hit.kind, reason: hit.reason });
  }
  return { profiles, notes: [...new Set(notes)].slice(0, MAX_NOTES) };
}

/** The ecosystems a folder declares (for the fixers of a `make test` or a test script that wraps them). */
async function kindsIn(dir: string, pkg: Record<string, unknown> | undefined, manager: Manager): Promise<CommandKind[]> {
  return (await detectIn(dir, pkg, manager, [], '')).map((h) => h.kind).filter((k) => k !== 'make');
}

function uniqueName(base: string, kind: string, taken: Set<string>): string {
  let name = taken.has(base) ? `${base}-${kind}` : base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  taken.add(name);
  return name;
}

// ---- manifests ----

async function manifestProfiles(root: string, notes: string[]): Promise<{ found: Found[]; rootPkg: Record<string, unknown> | undefined; manager: Manager }> {
  const found: Found[] = [];
  const rootPkg = await readJson(path.join(root, 'package.json'));
  const manager = await packageManager(root, rootPkg);
  const patterns = await workspacePatterns(root, rootPkg);
  const workspaceDirs = await workspacePackages(root, patterns);
  const members: Found[] = [];
  for (const dir of workspaceDirs) {
    const pkg = await readJson(path.join(root, dir, 'package.json'));
    if (hasScript(pkg, 'test')) {
      const pkgName = typeof pkg?.['name'] === 'string' ? pkg['name'].replace(/^@[^/]+\//, '') : '';
      members.push({ kind: 'node', dir, command: nodeTest(manager), name: slugify(pkgName) || undefined, reason: `workspace package with a test script (${manager.reason})`, member: true });
    }
  }
  // Nx and Turborepo run every package's tests from the root (with their caches): one root profile
  const runner = await monorepoRunner(root, manager, members.length > 0);
  if (runner) found.push({ kind: 'node', dir: '.', ...runner });
  else found.push(...members);
  const goWork = await goWorkspace(root);
  found.push(...goWork);
  const covered = [...workspaceDirs, ...goWork.map((g) => g.dir)];

  const dirs = [root, ...(await subdirectories(root, 2))];
  const rootKinds = new Set<ProfileKind>(goWork.length > 0 ? ['go'] : []);
  for (const absolute of dirs) {
    const dir = path.relative(root, absolute).split(path.sep).join('/') || '.';
    const atRoot = dir === '.';
    if (!atRoot && covered.some((w) => dir === w || dir.startsWith(`${w}/`))) continue;
    const pkg = atRoot ? rootPkg : await readJson(path.join(absolute, 'package.json'));
    const local = atRoot ? manager : await packageManager(absolute, pkg);
    for (const hit of await detectIn(absolute, pkg, local, atRoot ? notes : [], dir)) {
      if (atRoot) {
        if (hit.kind === 'node' && (members.length > 0 || runner)) continue;
        if (hit.kind === 'go' && goWork.length > 0) continue;
        rootKinds.add(hit.kind);
      } else if (rootKinds.has(hit.kind) || hit.kind === 'make' || (hit.kind === 'node' && patterns.length > 0)) {
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

async function monorepoRunner(root: string, manager: Manager, membersTest: boolean): Promise<{ command: string; reason: string } | undefined> {
  const exec = nodeExec(manager);
  const nx = await readSmall(path.join(root, 'nx.json'));
  if (nx !== undefined && (membersTest || /"test"/.test(nx))) {
    // with a defaultBase, `nx affected` tests what the change touches (the working tree against that branch), as
    // Nx's own CI set-up does; without one Nx assumes `main`, which a repo may not have, so every project runs
    if (/"defaultBase"\s*:\s*"[^"]+"/.test(nx)) return { command: `${exec} nx affected -t test`, reason: 'nx.json (the projects the change affects, against its defaultBase)' };
    return { command: `${exec} nx run-many -t test`, reason: 'nx.json (every project with a test target)' };
  }
  const turbo = await readSmall(path.join(root, 'turbo.json'));
  if (turbo !== undefined && /"(?:[\w@/.-]*#)?test"\s*:/.test(turbo)) return { command: `${exec} turbo run test`, reason: 'turbo.json test task' };
  return undefined;
}

/** go.work: one profile per module it uses (`go test ./...` at the root does not cross module borders). */
async function goWorkspace(root: string): Promise<Found[]> {
  const text = await readSmall(path.join(root, 'go.work'));
  if (text === undefined) return [];
  const uses: string[] = [];
  let block = false;
  for (const raw of text.split(/\r?\n/).slice(0, 2000)) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (block) {
      if (line === ')') block = false;
      else if (line) uses.push(line);
    } else if (/^use\s*\($/.test(line)) block = true;
    else if (/^use\s+\S+$/.test(line)) uses.push(line.slice(3).trim());
  }
  const found: Found[] = [];
  for (const use of uses) {
    const dir = safeRepoDir(use.replace(/^"|"$/g, ''));
    if (dir === undefined || !(await isFile(path.join(root, dir, 'go.mod')))) continue;
    found.push({ kind: 'go', dir, command: 'go test ./...', reason: 'go.work module', member: true });
  }
  return found;
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

/** A repo-relative folder we are willing to write into the config, or undefined. */
function safeRepoDir(dir: string): string | undefined {
  const normalized = path.posix.normalize(dir.replace(/^\.\//, '')).replace(/\/+$/, '');
  if (normalized === '.' || normalized === '') return '.';
  if (normalized.startsWith('/') || normalized.split('/').some((part) => part === '..' || !SAFE_DIR_NAME.test(part))) return undefined;
  return normalized;
}

// ---- CI ----

/** Test commands from CI jobs, each with the build commands the job ran before it in the same folder. */
async function ciProfiles(root: string, jobs: readonly CiJob[], notes: string[]): Promise<Found[]> {
  const hints: Found[] = [];
  const taken = new Set<string>();
  for (const job of jobs) {
    const builds: Array<{ dir: string | undefined; command: string }> = [];
    for (const step of job.commands) {
      const classified = classifyCommand(step.command);
      if (!classified) continue;
      const where = `${job.file} job ${job.job}`;
      if (classified.role === 'build') {
        if (!builds.some((b) => b.dir === step.dir && b.command === step.command)) builds.push(step);
        continue;
      }
      if (classified.role === 'unusable') {
        const shown = /secret/.test(classified.why) ? bareCommand(step.command) : step.command;
        notes.push(`left out \`${clip(shown)}\` (${where}): ${classified.why}`);
        continue;
      }
      const dir = step.dir === undefined ? undefined : safeRepoDir(step.dir);
      if (dir === undefined || !(await isDir(path.join(root, dir)))) {
        notes.push(`left out \`${clip(step.command)}\` (${where}): it runs in a folder init cannot tell`);
        continue;
      }
      const key = `${dir}\0${classified.kind}`;
      if (taken.has(key)) continue;
      if (classified.kind === 'script' && !(await isFile(path.join(root, dir, scriptFile(step.command))))) continue;
      if (classified.kind === 'make' && /^make\s+test(?:\s|$)/.test(step.command)) {
        const target = await makeTestTarget(path.join(root, dir));
        if (target && !target.usable) {
          notes.push(`left out \`make test\` (${where}): ${target.why}`);
          continue;
        }
      }
      const before = builds.filter((b) => b.dir === step.dir).map((b) => b.command);
      const command = [...before.slice(-3), profileCommand(step.command)].join(' && ');
      if (command.length > MAX_COMMAND || /[\r\n]/.test(command)) continue;
      taken.add(key);
      const junit = /(?:^|\s)--junit-?xml[= ](\S+)/.exec(step.command)?.[1];
      const report = junit && safeRepoDir(junit) !== undefined && safeRepoDir(junit) !== '.' ? safeRepoDir(junit) : undefined;
      hints.push({ kind: classified.kind, dir, command, junit: report, reason: `CI runs it (${where}${before.length ? ', with the build step before it' : ''})`, fromCi: true });
    }
  }
  return hints;
}

function clip(command: string): string {
  return command.length > 60 ? `${command.slice(0, 59)}…` : command;
}

/**
 * CI's command replaces what the manifests suggest for the same folder and ecosystem; a CI `make test` or
 * `scripts/test` at a folder replaces every manifest profile there (other test scripts only fill a gap); a root CI command replaces the workspace packages'
 * of its ecosystem. Profiles come out root first, then by folder.
 */
function mergeHints(manifests: readonly Found[], hints: readonly Found[]): Found[] {
  const wraps = (hint: Found): boolean => hint.kind === 'make' || (hint.kind === 'script' && CANONICAL_TEST_SCRIPT.test(scriptFile(hint.command)));
  const covers = (hint: Found, hit: Found): boolean =>
    (hit.dir === hint.dir && (hit.kind === hint.kind || wraps(hint))) ||
    (hint.dir === '.' && hit.member === true && hit.kind === hint.kind);
  const result: Found[] = [];
  const placed = new Set<Found>();
  for (const hit of manifests) {
    const hint = hints.find((h) => covers(h, hit));
    if (!hint) result.push(hit);
    else if (!placed.has(hint)) {
      placed.add(hint);
      // a workspace package's name is kept only when the CI command is for that very folder
      result.push({ ...hint, name: hit.dir === hint.dir ? hit.name : undefined });
    }
  }
  const manifestDirs = new Set(manifests.map((m) => m.dir));
  for (const hint of hints) {
    // another test-ish script (`ci/test-complete`) is only a fallback where the manifests found nothing
    if (!placed.has(hint) && !(hint.kind === 'script' && !wraps(hint) && manifestDirs.has(hint.dir))) result.push(hint);
  }
  // a CI make/script profile next to an ecosystem one from CI in the same folder runs the same tests twice
  const ciEcosystemDirs = new Set(result.filter((r) => r.fromCi && r.kind !== 'make' && r.kind !== 'script').map((r) => r.dir));
  const deduped = result.filter((r) => !(r.fromCi && (r.kind === 'make' || r.kind === 'script') && ciEcosystemDirs.has(r.dir)));
  return deduped
    .map((hit, index) => ({ hit, index }))
    .sort((a, b) => order(a.hit.dir, b.hit.dir) || a.index - b.index)
    .map(({ hit }) => hit);
}

function order(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '.') return -1;
  if (b === '.') return 1;
  return a < b ? -1 : 1;
}
