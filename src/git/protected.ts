import { lstat, unlink } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { parseDocument } from 'yaml';
import { isInside } from '../util/validate.js';
import type { Git } from './git.js';
import type { RawDiffEntry } from './parse.js';

/**
 * Protected paths (PRODUCT.md §8, §10, `pr.protected_paths`), checked on what is committed: the whole work
 * tree is staged, and every index entry that differs from the base (`git diff --cached --raw --no-renames`:
 * content, mode, file -> symlink, submodule, deletion) at a protected path is put back to the base version
 * in the index and the work tree, so it is never committed or pushed. A path is protected when a glob matches
 * it, or matches something below it (a link or file that replaces a protected folder), case-insensitively
 * (`.GitHub/Workflows/ci.yml` is the same file on a case-insensitive checkout). A tracked path is never
 * removed: a link in place of a protected folder is unlinked (its target untouched) and the folder restored.
 * The caller reports `heldBack` ("held back because it matches pr.protected_paths; edit that list to allow
 * it"). With `patchFile`, the held-back changes are first saved there as a binary git diff, so nothing the
 * engine wrote is lost.
 *
 * Glob rules (picomatch): dotfiles match, a pattern without "/" matches that name at any depth
 * (`CODEOWNERS` also holds `.github/CODEOWNERS`), and a trailing "/" means everything below.
 */
export interface HoldBackResult {
  /** repo-relative paths whose changes were held back, sorted */
  heldBack: string[];
  /** where the held-back changes were saved, when asked and there were any */
  patchFile?: string | undefined;
}

export function protectedMatcher(globs: readonly string[]): (file: string) => boolean {
  const patterns = globs
    .map((g) => g.trim())
    .filter(Boolean)
    .map((g) => g.replace(/^\.\//, '').replace(/^\//, ''))
    .map((g) => (g.endsWith('/') ? `${g}**` : g));
  if (patterns.length === 0) return () => false;
  const withSlash = picomatch(
    patterns.filter((p) => p.includes('/')),
    { dot: true, nocase: true },
  );
  const bareNames = picomatch(
    patterns.filter((p) => !p.includes('/')),
    { dot: true, basename: true, nocase: true },
  );
  const hasSlash = patterns.some((p) => p.includes('/'));
  const hasBare = patterns.some((p) => !p.includes('/'));
  const matches = (file: string): boolean => (hasSlash && withSlash(file)) || (hasBare && bareNames(file));
  // a file or link at `a/b` takes the place of everything protected below `a/b/`
  const bases = patterns
    .filter((p) => p.includes('/'))
    .map((p) => picomatch.scan(p).base.toLowerCase())
    .filter(Boolean);
  return (file) => {
    const clean = file.replace(/\/+$/, '');
    if (matches(clean)) return true;
    const lower = `${clean.toLowerCase()}/`;
    return bases.some((b) => `${b}/`.startsWith(lower)) || (hasSlash && withSlash(`${clean}/x`));
  };
}

/** The protected entries among an index-vs-base diff. */
export function protectedEntries(entries: readonly RawDiffEntry[], isProtected: (file: string) => boolean): RawDiffEntry[] {
  return entries.filter((e) => isProtected(e.path));
}

export async function holdBackProtected(
  git: Git,
  globs: readonly string[],
  options: { patchFile?: string } = {},
): Promise<HoldBackResult> {
  const hasHead = (await git.resolveCommit('HEAD')) !== undefined;
  const all = [...globs, ...(hasHead ? await gitlabLocalIncludes(git, 'HEAD', globs) : [])];
  const isProtected = protectedMatcher(all);
  if (!hasHead) return { heldBack: [] };

  await git.add();
  const changed = protectedEntries(await git.diffIndexRaw('HEAD'), isProtected);
  if (changed.length === 0) return { heldBack: [] };
  const paths = [...new Set(changed.map((f) => f.path))].sort();
  const tracked = new Set(await git.trackedAt('HEAD', paths));
  const fresh = paths.filter((p) => !tracked.has(p));

  let patchFile: string | undefined;
  if (options.patchFile) {
    await git.diffIndexToFile('HEAD', paths, options.patchFile);
    patchFile = options.patchFile;
  }

  // the index first: it is what gets committed
  await git.resetPaths('HEAD', paths);
  // a new link, file or submodule where a protected path is: unlinked, never followed, never a tracked path
  for (const p of fresh) {
    const abs = path.resolve(git.cwd, p);
    if (!isInside(git.cwd, abs) || abs === path.resolve(git.cwd)) continue;
    const info = await lstat(abs).catch(() => undefined);
    if (info && !info.isDirectory()) await unlink(abs);
  }
  // then the tracked ones back to the base version (git replaces a link in a leading folder by the folder)
  await git.restore(paths.filter((p) => tracked.has(p)));
  return { heldBack: paths, patchFile };
}

/**
 * Before a commit and before a push: the index (or `base..head`) must not change a protected path. Returns
 * the offending paths; `holdBackInIndex` also puts them back in the index (the work tree is left alone).
 */
export async function holdBackInIndex(git: Git, globs: readonly string[], base: string): Promise<string[]> {
  const isProtected = protectedMatcher([...globs, ...(await gitlabLocalIncludes(git, base, globs))]);
  const paths = [...new Set(protectedEntries(await git.diffIndexRaw(base), isProtected).map((e) => e.path))].sort();
  if (paths.length) await git.resetPaths(base, paths);
  return paths;
}

export async function protectedChangesBetween(git: Git, globs: readonly string[], base: string, head: string): Promise<string[]> {
  const isProtected = protectedMatcher([...globs, ...(await gitlabLocalIncludes(git, base, globs))]);
  return [...new Set(protectedEntries(await git.diffTreeRaw(base, head), isProtected).map((e) => e.path))].sort();
}

// ---- .gitlab-ci.yml `include: local:` -----------------------------------------------------------

const MAX_INCLUDE_FILES = 150; // GitLab's own limit on included files
const MAX_CI_FILE_BYTES = 1024 * 1024;

/**
 * When `.gitlab-ci.yml` is protected, so is every file it pulls in with `include: local:` (a string, a
 * list, `- local: path`, globs), followed through the included files' own includes, as they are at `rev`
 * (the base: a change to the include list itself is held back with `.gitlab-ci.yml`). Remote, project,
 * template and component includes live elsewhere and are not paths of this repository.
 */
export async function gitlabLocalIncludes(git: Git, rev: string, globs: readonly string[]): Promise<string[]> {
  if (!protectedMatcher(globs)('.gitlab-ci.yml')) return [];
  const found = new Set<string>();
  const queue = ['.gitlab-ci.yml'];
  const seen = new Set<string>();
  while (queue.length > 0 && seen.size < MAX_INCLUDE_FILES) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const text = await git.show(rev, file).catch(() => undefined);
    if (text === undefined || text.length > MAX_CI_FILE_BYTES) continue;
    for (const local of localIncludes(text)) {
      found.add(local);
      if (/[*?[\]{}]/.test(local)) {
        const m = picomatch(local, { dot: true });
        for (const f of await git.lsTree(rev)) if (m(f) && !seen.has(f)) queue.push(f);
      } else queue.push(local);
    }
  }
  return [...found];
}

/** The `include: local:` paths of one CI file (repo-relative, no leading "/"); [] when it does not parse. */
export function localIncludes(text: string): string[] {
  let value: unknown;
  try {
    // GitLab tags (`!reference`) are unknown here: warnings, and the rest of the document still reads
    const doc = parseDocument(text, { uniqueKeys: false, logLevel: 'silent' });
    value = (doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown> | null)?.include;
  } catch {
    return [];
  }
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const out: string[] = [];
  for (const item of items) {
    let local: unknown;
    if (typeof item === 'string') local = /^https?:\/\//i.test(item) ? undefined : item;
    else if (item && typeof item === 'object' && 'local' in item) local = (item as { local: unknown }).local;
    if (typeof local !== 'string' || !local.trim()) continue;
    const clean = local.trim().replace(/^\.?\/+/, '');
    if (clean && !clean.split('/').includes('..')) out.push(clean);
  }
  return out;
}
