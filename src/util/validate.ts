/**
 * The checks every layer applies to what comes from outside: the shape of parsed JSON, a path that must
 * stay inside a root, a branch name. One home for each (issue 9), so a fix to one reaches every caller.
 * git's own argv checks (`assertRevArg`, `assertRemoteArg`…) stay beside the git wrapper in git/names.ts.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** A plain object (not null, not an array): what a JSON field must be before its keys are read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object, or an empty one when the value is anything else (lenient readers of API responses). */
export function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** `child` is `root` or below it, lexically: no `..` step out, no other absolute path (`..x` is a name). */
export function isInside(root: string, child: string): boolean {
  const rel = path.relative(path.resolve(root), path.resolve(root, child));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** `file` relative to `root` when it lies inside it (resolved against `root`), else undefined. */
export function relativeInside(root: string, file: string): string | undefined {
  return isInside(root, file) ? path.relative(path.resolve(root), path.resolve(root, file)) : undefined;
}

/**
 * A folder named relative to `root` (a profile's `path`): it must exist, be a directory and stay inside
 * `root` with symlinks resolved. The problem, when there is one, names the path so the config can be fixed.
 */
export async function resolveDirInside(root: string, relative: string): Promise<string | { problem: string }> {
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    return { problem: `the repository root ${root} does not exist` };
  }
  let target: string;
  try {
    target = await realpath(path.resolve(realRoot, relative));
  } catch {
    return { problem: `directory ${relative} does not exist in the repository (check the profile's path)` };
  }
  if (!isInside(realRoot, target)) return { problem: `path ${relative} resolves outside the repository` };
  if (!(await stat(target)).isDirectory()) return { problem: `path ${relative} is not a directory` };
  return target;
}

/** The rules of git-check-ref-format(1) for a branch name, plus: no leading `-` (it would read as an option). */
export function isValidBranchName(name: string): boolean {
  if (name.length === 0 || name.length > 255 || name === '@' || name === 'HEAD') return false;
  if (name.startsWith('-') || name.startsWith('/') || name.endsWith('/') || name.endsWith('.')) return false;
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(name) || name.includes('..') || name.includes('@{') || name.includes('//')) return false;
  return name.split('/').every((c) => c.length > 0 && !c.startsWith('.') && !c.endsWith('.lock'));
}

/** A value quoted in an error message: short, one line, control characters shown as `?`. */
export function printable(value: string, max = 60): string {
  const clean = value.replace(/[\x00-\x1f\x7f]/g, '?');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/**
 * `value` as an http(s) URL that carries no user or password (a secret goes in its own variable, never in a
 * URL that is logged); otherwise the sentence saying what is wrong, naming `name` for the caller's error.
 */
export function checkHttpUrl(value: string, name: string): URL | string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return `${name} "${printable(value)}" is not a URL`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `${name} must be an http(s) URL, not ${url.protocol}`;
  if (url.username || url.password) return `${name} must not contain credentials`;
  return url;
}
