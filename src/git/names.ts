import { DroidError } from '../util/errors.js';

/**
 * Cheap checks on user-provided git arguments before they reach argv. They complement
 * `git check-ref-format --branch` (run by `Git.checkBranchName`): anything that could be read as an
 * option, a revision expression or a path trick is refused here with a message naming the value.
 */
export function assertBranchShape(name: string, what = 'branch name'): void {
  const bad =
    name.length === 0 ||
    name.length > 255 ||
    name.startsWith('-') ||
    name === '@' ||
    name === 'HEAD' ||
    name.includes('@{') ||
    name.startsWith('refs/') ||
     
    /[\x00-\x20\x7f]/.test(name);
  if (bad) throw invalidBranchName(name, what);
}

export function invalidBranchName(name: string, what = 'branch name'): DroidError {
  return new DroidError('work', `Invalid ${what}: ${JSON.stringify(name)}`, {
    hint: 'Use letters, digits, "/", "-", "_" and "."; no spaces, no leading "-", no "..", "@{", "~", "^", ":", "?", "*", "[" or "\\".',
  });
}

/** A revision argument (SHA, branch, remote-tracking ref, HEAD~n): never an option, never empty. */
export function assertRevArg(rev: string): void {
   
  if (rev.length === 0 || rev.startsWith('-') || /[\x00-\x1f\x7f\s]/.test(rev)) {
    throw new DroidError('work', `Invalid git revision: ${JSON.stringify(rev)}`);
  }
}

/** A remote name or URL; URLs must not carry credentials (PRODUCT.md §9). */
export function assertRemoteArg(remote: string): void {
   
  if (remote.length === 0 || remote.startsWith('-') || /[\x00-\x1f\x7f\s]/.test(remote)) {
    throw new DroidError('work', `Invalid git remote: ${JSON.stringify(remote)}`);
  }
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/]*@/i.test(remote)) {
    throw new DroidError('config', 'A git remote URL carries credentials', {
      hint: 'Use a URL without user:token@; the token is given to git per command instead.',
    });
  }
}

/** A repo-relative path for `show <ref>:<path>`. */
export function assertRepoPath(p: string): void {
  if (p.length === 0 || p.startsWith('/') || p.includes('\0') || p.split('/').includes('..')) {
    throw new DroidError('work', `Invalid repository path: ${JSON.stringify(p)}`);
  }
}

/** Trailer keys are tokens; values become one line (no line breaks, no control characters). */
export function trailerLine(key: string, value: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(key)) throw new DroidError('internal', `Invalid trailer key: ${key}`);
   
  const clean = value.replace(/[\x00-\x1f\x7f]+/g, ' ').trim();
  if (!clean) throw new DroidError('work', `Empty value for commit trailer ${key}`);
  return `${key}: ${clean}`;
}
