/** The files a profile touches: its working directory and its JUnit report, both kept inside the repo. */
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../util/log.js';

/** A JUnit report larger than this is not parsed (the text output is used instead). */
export const MAX_JUNIT_BYTES = 20 * 1024 * 1024;

export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/** The profile's working directory: it must exist, be a directory and stay inside the repo (symlinks resolved). */
export async function resolveProfileDir(repoRoot: string, relative: string): Promise<string | { problem: string }> {
  let root: string;
  try {
    root = await realpath(repoRoot);
  } catch {
    return { problem: `the repository root ${repoRoot} does not exist` };
  }
  let target: string;
  try {
    target = await realpath(path.resolve(root, relative));
  } catch {
    return { problem: `directory ${relative} does not exist in the repository (check the profile's path)` };
  }
  if (!isInside(root, target)) return { problem: `path ${relative} resolves outside the repository` };
  if (!(await stat(target)).isDirectory()) return { problem: `path ${relative} is not a directory` };
  return target;
}

/** The JUnit report the command wrote during this run, or undefined (absent, stale, too large, outside). */
export async function readJunit(
  repoRoot: string,
  dir: string,
  junit: string,
  started: number,
  log: Logger,
  name: string,
): Promise<string | undefined> {
  const file = path.resolve(dir, junit);
  try {
    const info = await lstat(file);
    const real = await realpath(file);
    if (!isInside(await realpath(repoRoot), real)) {
      log.warn(`${name}: junit report ${junit} resolves outside the repository; ignored`);
      return undefined;
    }
    const target = info.isSymbolicLink() ? await stat(real) : info;
    if (!target.isFile()) return undefined;
    // written before this run started: a stale report from an earlier run would mislead
    if (target.mtimeMs < started - 2000) {
      log.warn(`${name}: junit report ${junit} was not written by this run; using the text output`);
      return undefined;
    }
    if (target.size > MAX_JUNIT_BYTES) {
      log.warn(`${name}: junit report ${junit} is ${target.size} bytes (limit ${MAX_JUNIT_BYTES}); using the text output`);
      return undefined;
    }
    return await readFile(real, 'utf8');
  } catch {
    return undefined;
  }
}
