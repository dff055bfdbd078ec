/**
 * Affected selection (PRODUCT.md §3): which profiles a set of changed files concerns. A profile is
 * affected when a changed file lies under its `path` (`.` = the whole repo) or matches one of its
 * `watch` globs (from the repo root). `changedFilesSince` asks git what changed since a revision.
 */
import picomatch from 'picomatch';
import type { TestProfile } from '../config/types.js';
import { DroidError } from '../util/errors.js';
import { runProcess } from '../util/exec.js';

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

async function git(repoRoot: string, args: string[]): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let outBytes = 0;
  const result = await runProcess('git', ['-c', 'core.quotepath=false', ...args], {
    cwd: repoRoot,
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    timeoutMs: 120_000,
    onStdout: (chunk) => {
      outBytes += chunk.length;
      if (outBytes <= MAX_LIST_BYTES) out.push(chunk);
    },
    onStderr: (chunk) => err.push(chunk),
    keepBytes: 4096,
  });
  if (result.spawnError) {
    throw new DroidError('usage', `cannot run git: ${result.spawnError}`, { hint: 'install git and run inside a git checkout' });
  }
  if (outBytes > MAX_LIST_BYTES) throw new DroidError('work', `git ${args[0]} printed more than ${MAX_LIST_BYTES} bytes of file names`);
  return {
    ok: result.exitCode === 0,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8').trim().slice(0, 2000),
  };
}

function nulList(text: string): string[] {
  return text.split('\0').filter(Boolean);
}

/**
 * Files changed since `rev`: committed on this branch since it forked from `rev` (`rev...HEAD`),
 * staged, unstaged, and untracked (not ignored). Deletions and both sides of a rename count.
 */
export async function changedFilesSince(repoRoot: string, rev: string): Promise<string[]> {
  checkRevision(rev);
  const verify = await git(repoRoot, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  if (!verify.ok) {
    throw new DroidError('usage', `--affected: ${JSON.stringify(rev)} is not a commit in ${repoRoot}`, {
      hint: verify.stderr || 'fetch the base first (e.g. git fetch origin main) or pass a SHA',
    });
  }
  const lists = await Promise.all([
    git(repoRoot, ['diff', '--name-only', '--no-renames', '-z', `${rev}...HEAD`, '--']),
    git(repoRoot, ['diff', '--name-only', '--no-renames', '-z', 'HEAD', '--']),
    git(repoRoot, ['ls-files', '--others', '--exclude-standard', '-z']),
  ]);
  const failed = lists.find((l) => !l.ok);
  if (failed) throw new DroidError('work', `git could not list changed files: ${failed.stderr}`);
  return [...new Set(lists.flatMap((l) => nulList(l.stdout)))].sort();
}
