/**
 * Affected selection (PRODUCT.md §3): which profiles a set of changed files concerns. A profile is
 * affected when a changed file lies under its `path` (`.` = the whole repo) or matches one of its
 * `watch` globs (from the repo root). `changedFilesSince` asks git what changed since a revision.
 */
import picomatch from 'picomatch';
import type { TestProfile } from '../config/types.js';
import { DroidError } from '../util/errors.js';
import { Git } from '../git/git.js';

/** `./a\\b/` -> `a/b`; the repo root is `.` */
export function normalizeRepoPath(value: string): string {
  const parts = value
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p !== '' && p !== '.');
  return parts.length === 0 ? '.' : parts.join('/');
}

function isUnder(file: string, dir: string): boolean {
  return dir === '.' || file === dir || file.startsWith(`${dir}/`);
}

/** The profiles (in config order) that at least one changed file concerns. */
export function affectedProfiles(profiles: readonly TestProfile[], changedFiles: readonly string[]): TestProfile[] {
  const files = changedFiles.map(normalizeRepoPath).filter((f) => f !== '.');
  if (files.length === 0) return [];
  return profiles.filter((profile) => {
    const dir = normalizeRepoPath(profile.path);
    if (files.some((f) => isUnder(f, dir))) return true;
    const globs = profile.watch.map((g) => g.replace(/\\/g, '/').replace(/^(\.\/)+/, ''));
    if (globs.length === 0) return false;
    const matches = picomatch(globs, { dot: true });
    return files.some((f) => matches(f));
  });
}

/** A revision given on the command line: a ref, a SHA, `HEAD~2`… never an option, a range or a path. */
export function checkRevision(rev: string): string {
  const problem =
    rev.length === 0
      ? 'is empty'
      : rev.startsWith('-')
        ? 'starts with "-" (it would be read as an option)'
        : /[\s\0-\x1f\x7f]/.test(rev)
          ? 'contains whitespace or control characters'
          : rev.includes('..')
            ? 'is a range; give a single revision (the base)'
            : rev.includes(':')
              ? 'contains ":"'
              : rev.length > 256
                ? 'is too long'
                : undefined;
  if (problem) {
    throw new DroidError('usage', `--affected revision ${JSON.stringify(rev.slice(0, 80))} ${problem}`, {
      hint: 'pass the base to compare with, e.g. --affected origin/main or --affected HEAD~1',
    });
  }
  return rev;
}

const MAX_LIST_BYTES = 32 * 1024 * 1024;

function gitAt(repoRoot: string): Git {
  return new Git({ cwd: repoRoot, timeoutMs: 120_000 });
}

/**
 * Files changed since `rev`: committed on this branch since it forked from `rev` (`rev...HEAD`),
 * staged, unstaged, and untracked (not ignored). Deletions and both sides of a rename count.
 * Through the droid's git wrapper: no filter, driver, hook or fsmonitor the work tree configured runs.
 */
export async function changedFilesSince(repoRoot: string, rev: string): Promise<string[]> {
  checkRevision(rev);
  const git = gitAt(repoRoot);
  let sha: string | undefined;
  try {
    sha = await git.resolveCommit(rev);
  } catch (error) {
    if (error instanceof DroidError && /could not run git/.test(error.message)) {
      throw new DroidError('usage', `cannot run git: ${error.message}`, { hint: 'install git and run inside a git checkout' });
    }
    throw error;
  }
  if (!sha) {
    throw new DroidError('usage', `--affected: ${JSON.stringify(rev)} is not a commit in ${repoRoot}`, {
      hint: 'fetch the base first (e.g. git fetch origin main) or pass a SHA',
    });
  }
  try {
    // one after another: `git diff HEAD` may refresh the index, and the others read it
    const committed = await git.diffNames([`${rev}...HEAD`], MAX_LIST_BYTES);
    const uncommitted = await git.diffNames(['HEAD'], MAX_LIST_BYTES);
    const untracked = await git.untrackedFiles(MAX_LIST_BYTES);
    return [...new Set([...committed, ...uncommitted, ...untracked])].sort();
  } catch (error) {
    throw new DroidError('work', `git could not list changed files: ${error instanceof Error ? error.message : String(error)}`);
  }
}
