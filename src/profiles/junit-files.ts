/**
 * Which files a `junit:` setting names: one file, a folder (its `.xml` files, at any depth) or a glob
 * (`target/surefire-reports/*.xml`, `build/test-results/**\/*.xml`). The walk never follows a
 * symlinked folder, stays under the glob's fixed part, and is bounded in files and folders visited.
 */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';

/** Most report files read for one profile; more are listed as skipped. */
export const MAX_JUNIT_FILES = 2000;
const MAX_DIRS = 20_000;

export interface JunitFiles {
  files: string[];
  /** files that matched but were left out (over MAX_JUNIT_FILES) */
  skipped: number;
}

const GLOB_CHARS = /[*?[\]{}!]/;

export function isGlob(spec: string): boolean {
  return GLOB_CHARS.test(spec);
}

/** The files `spec` names, relative to `base`, sorted; empty when nothing matches. */
export async function junitFiles(base: string, spec: string): Promise<JunitFiles> {
  const posix = spec.split(path.sep).join('/');
  if (!isGlob(posix)) {
    const target = path.resolve(base, spec);
    const info = await lstat(target).catch(() => undefined);
    if (!info) return { files: [], skipped: 0 };
    if (!info.isDirectory()) return { files: info.isFile() || info.isSymbolicLink() ? [target] : [], skipped: 0 };
    return walk(target, (rel) => rel.endsWith('.xml'));
  }
  const parts = posix.split('/');
  const fixed: string[] = [];
  while (parts.length > 1 && !isGlob(parts[0] ?? '')) fixed.push(parts.shift() ?? '');
  const root = path.resolve(base, fixed.join('/') || '.');
  const match = picomatch(parts.join('/'), { dot: false });
  return walk(root, (rel) => match(rel));
}

async function walk(root: string, wanted: (relative: string) => boolean): Promise<JunitFiles> {
  const found: string[] = [];
  let skipped = 0;
  let dirs = 0;
  const queue = [''];
  while (queue.length > 0 && dirs < MAX_DIRS) {
    const rel = queue.shift() ?? '';
    dirs += 1;
    const entries = await readdir(path.join(root, rel), { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== '.git') queue.push(child);
      } else if ((e.isFile() || e.isSymbolicLink()) && wanted(child)) {
        if (found.length < MAX_JUNIT_FILES) found.push(path.join(root, child));
        else skipped += 1;
      }
    }
  }
  return { files: found.sort(), skipped };
}
