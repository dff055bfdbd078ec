import { rm } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Git } from './git.js';

/**
 * Protected paths (PRODUCT.md §8, `pr.protected_paths`): before a commit, changes to files that match are
 * taken out of the work tree and the index (modified/deleted files are restored from HEAD, new files are
 * removed), so they are never committed or pushed. The caller reports `heldBack` ("held back because it
 * matches pr.protected_paths; edit that list to allow it"). With `patchFile`, the held-back changes are
 * first saved there as a binary git diff, so nothing the engine wrote is lost.
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
    { dot: true },
  );
  const bareNames = picomatch(
    patterns.filter((p) => !p.includes('/')),
    { dot: true, basename: true },
  );
  const hasSlash = patterns.some((p) => p.includes('/'));
  const hasBare = patterns.some((p) => !p.includes('/'));
  return (file) => (hasSlash && withSlash(file)) || (hasBare && bareNames(file));
}

export async function holdBackProtected(
  git: Git,
  globs: readonly string[],
  options: { patchFile?: string } = {},
): Promise<HoldBackResult> {
  const isProtected = protectedMatcher(globs);
  const changed = (await git.status()).filter((f) => isProtected(f.path));
  if (changed.length === 0) return { heldBack: [] };
  const paths = [...new Set(changed.map((f) => f.path))].sort();
  const hasHead = (await git.resolveCommit('HEAD')) !== undefined;
  const tracked = new Set(hasHead ? await git.trackedAt('HEAD', paths) : []);
  const fresh = paths.filter((p) => !tracked.has(p));

  let patchFile: string | undefined;
  if (options.patchFile && hasHead) {
    await git.addIntentToAdd(changed.filter((f) => f.untracked).map((f) => f.path));
    await git.diffToFile('HEAD', paths, options.patchFile);
    patchFile = options.patchFile;
  }

  await git.restore(paths.filter((p) => tracked.has(p)));
  await git.unstageNew(fresh);
  for (const p of fresh) {
    const abs = path.resolve(git.cwd, p);
    if (abs.startsWith(path.resolve(git.cwd) + path.sep)) await rm(abs, { force: true, recursive: true });
  }
  return { heldBack: paths, patchFile };
}
