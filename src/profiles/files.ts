/** The files a profile touches: its working directory and its JUnit reports, all kept inside the repo. */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../util/log.js';
import { junitFiles, MAX_JUNIT_FILES } from './junit-files.js';
import { isInside } from '../util/validate.js';


/**
 * The JUnit reports the command wrote during this run (a file, a folder or a glob: junit-files.ts) and
 * their total size; undefined when none is usable (absent, stale, outside the repo). Reading them is
 * summary/junit.ts's readJunitReports.
 */
export async function freshJunitReports(
  repoRoot: string,
  dir: string,
  junit: string,
  started: number,
  log: Logger,
  name: string,
): Promise<{ files: string[]; bytes: number } | undefined> {
  const root = await realpath(repoRoot);
  const { files, skipped } = await junitFiles(dir, junit);
  if (skipped > 0) log.warn(`${name}: junit ${junit} matches more than ${MAX_JUNIT_FILES} files; ${skipped} not read`);
  const fresh: string[] = [];
  let stale = 0;
  let bytes = 0;
  for (const file of files) {
    const real = await realpath(file).catch(() => undefined);
    if (real === undefined) continue;
    if (!isInside(root, real)) {
      log.warn(`${name}: junit report ${path.relative(dir, file)} resolves outside the repository; ignored`);
      continue;
    }
    const info = await stat(real).catch(() => undefined);
    if (!info?.isFile()) continue;
    // written before this run started: a stale report from an earlier run would mislead
    if (info.mtimeMs < started - 2000) {
      stale += 1;
      continue;
    }
    bytes += info.size;
    fresh.push(real);
  }
  if (stale > 0) log.warn(`${name}: ${stale} junit report(s) under ${junit} were not written by this run; ${fresh.length ? 'left out' : 'using the text output'}`);
  if (fresh.length === 0) return undefined;
  return { files: fresh, bytes };
}
