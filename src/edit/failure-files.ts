/**
 * The files that failing tests point at, read for the prompt: only regular text files inside the
 * repository (`.git` excluded), a bounded number of them, each bounded in size (a window around the
 * failing line when the file is large). The file itself is never a link (not followed: O_NOFOLLOW), its
 * folder resolves inside the repository, and FIFOs and devices are skipped (util/safe-fs.ts).
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { ProfileResult } from '../profiles/types.js';
import { profilePassed } from '../profiles/types.js';
import { readRegularFile } from '../util/safe-fs.js';
import { isInside } from '../util/validate.js';

export interface FailureFile {
  /** relative to the repo root, with forward slashes */
  path: string;
  content: string;
  /** set when only part of the file is included: the lines included, of `total` lines read */
  range?: { from: number; to: number; total: number } | undefined;
}

export interface FileLimits {
  /** most files included (default 6) */
  maxFiles?: number | undefined;
  /** largest file included whole, in bytes (default 24 KiB); larger ones are cut to a window */
  maxBytesPerFile?: number | undefined;
  /** total bytes across all files (default 96 KiB) */
  maxTotalBytes?: number | undefined;
}

interface Candidate {
  /** as written by the test runner */
  file: string;
  /** the profile's directory relative to the repo root */
  profilePath: string;
  lines: number[];
  /** go test prints a test file's bare name; its package's import path says the folder (see goPackageOf) */
  goPackage?: string | undefined;
}

/**
 * The import path of the package a go test failure is in, when the runner gave only a bare file name:
 * go test names a failure `<package>.<test>` (`example.com/shop/calc.TestAdd`) and its place `calc_test.go`.
 */
function goPackageOf(failure: ProfileResult['summary']['failures'][number]): string | undefined {
  const { file, name, full_name: full } = failure;
  if (!file || file.includes('/') || !file.endsWith('.go') || !full.endsWith(`.${name}`)) return undefined;
  const pkg = full.slice(0, full.length - name.length - 1);
  return pkg && !/\s/.test(pkg) ? pkg : undefined;
}

function candidates(results: ProfileResult[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const result of results) {
    if (profilePassed(result)) continue;
    for (const failure of result.summary.failures) {
      if (!failure.file) continue;
      const goPackage = goPackageOf(failure);
      // (two packages may each have a file of the same bare name)
      const key = `${result.path}\u0000${goPackage ?? ''}\u0000${failure.file}`;
      const entry = byKey.get(key) ?? { file: failure.file, profilePath: result.path, lines: [], goPackage };
      if (failure.line !== undefined && failure.line > 0) entry.lines.push(failure.line);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}

/** Below `root` (not the root itself). */
function inside(root: string, candidate: string): boolean {
  return path.resolve(root) !== path.resolve(root, candidate) && isInside(root, candidate);
}

/**
 * The folder, relative to the profile's directory, of a go package: its import path past the module path
 * of the go.mod there (or at the repository's root); undefined when neither module holds the package.
 */
async function goPackageDir(root: string, profilePath: string, pkg: string, modules: Map<string, string | undefined>): Promise<string | undefined> {
  for (const [dir, prefix] of [
    [profilePath, ''],
    ['.', path.relative(profilePath, '.')],
  ] as const) {
    // (read once per run: a run's failures share their go.mod files)
    const file = path.join(root, dir, 'go.mod');
    if (!modules.has(file)) modules.set(file, await goModule(file));
    const module = modules.get(file);
    if (!module) continue;
    if (pkg === module) return prefix || '.';
    if (pkg.startsWith(`${module}/`)) return path.join(prefix, pkg.slice(module.length + 1));
  }
  return undefined;
}

/** The module path a go.mod declares; undefined when there is none. */
async function goModule(file: string): Promise<string | undefined> {
  const mod = await readRegularFile(file, 64 * 1024);
  return (mod && /^module\s+"?([^\s"]+)"?/m.exec(mod.data.toString('utf8'))?.[1]) || undefined;
}

/** Resolves a runner's file name against the profile directory, then the repo root; undefined if outside. */
async function resolveInRepo(root: string, c: Candidate, modules: Map<string, string | undefined>): Promise<string | undefined> {
  const cleaned = c.file.replace(/^file:\/\//, '');
  const goDir = c.goPackage ? await goPackageDir(root, c.profilePath, c.goPackage, modules) : undefined;
  const tries = path.isAbsolute(cleaned)
    ? [cleaned]
    : [...(goDir ? [path.join(root, c.profilePath, goDir, cleaned)] : []), path.join(root, c.profilePath, cleaned), path.join(root, cleaned)];
  for (const attempt of tries) {
    let dir: string;
    try {
      dir = await realpath(path.dirname(attempt));
    } catch {
      continue;
    }
    const real = path.join(dir, path.basename(attempt));
    if (!inside(root, real)) continue;
    if (path.relative(root, real).split(path.sep).includes('.git')) continue;
    return real;
  }
  return undefined;
}

async function readHead(file: string, bytes: number): Promise<{ data: Buffer; size: number } | undefined> {
  return readRegularFile(file, bytes);
}

/** A window of whole lines around the failing lines, at most `budget` characters. */
function windowAround(text: string, lines: number[], budget: number): { content: string; from: number; to: number; total: number } {
  const all = text.split('\n');
  const total = all.length;
  const focus = lines.length > 0 ? Math.min(...lines) : 1;
  let from = Math.max(1, focus - 40);
  let to = from - 1;
  let size = 0;
  while (to < total && size + (all[to]?.length ?? 0) + 1 <= budget) {
    size += (all[to]?.length ?? 0) + 1;
    to += 1;
  }
  // widen backwards if the end of the file came first
  while (from > 1 && size + (all[from - 2]?.length ?? 0) + 1 <= budget) {
    from -= 1;
    size += (all[from - 1]?.length ?? 0) + 1;
  }
  return { content: all.slice(from - 1, to).join('\n'), from, to: Math.max(from, to), total };
}

export async function filesFromFailures(repoRoot: string, results: ProfileResult[], limits: FileLimits = {}): Promise<FailureFile[]> {
  const maxFiles = limits.maxFiles ?? 6;
  const perFile = limits.maxBytesPerFile ?? 24 * 1024;
  let budget = limits.maxTotalBytes ?? 96 * 1024;
  const root = await realpath(repoRoot);
  const seen = new Set<string>();
  const files: FailureFile[] = [];
  const modules = new Map<string, string | undefined>();
  for (const c of candidates(results)) {
    if (files.length >= maxFiles || budget <= 0) break;
    const real = await resolveInRepo(root, c, modules);
    if (!real || seen.has(real)) continue;
    seen.add(real);
    // read a little more than allowed so a window can be cut around the failing line
    const head = await readHead(real, Math.max(perFile * 8, 256 * 1024));
    if (!head) continue; // a link, FIFO, device, folder or nothing
    const { data, size } = head;
    if (data.includes(0)) continue; // binary
    const text = data.toString('utf8');
    const rel = path.relative(root, real).split(path.sep).join('/');
    const allowed = Math.min(perFile, budget);
    if (size <= allowed && text.length <= allowed) {
      files.push({ path: rel, content: text });
      budget -= text.length;
      continue;
    }
    const w = windowAround(text, c.lines, allowed);
    if (w.content === '') continue;
    files.push({ path: rel, content: w.content, range: { from: w.from, to: w.to, total: w.total } });
    budget -= w.content.length;
  }
  return files;
}
