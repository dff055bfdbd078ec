/**
 * Checks a valid config against the checkout it belongs to (used by `droid-ci validate`): every profile's
 * `path` must be a folder inside the repo. A missing folder would only show up later as an infra error.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { DroidConfig } from './types.js';
import { locate, position } from './locate.js';
import type { ConfigProblem } from './problems.js';
import { isInside } from '../util/validate.js';

export async function checkAgainstRepo(config: DroidConfig, text: string, file: string, repoRoot: string): Promise<ConfigProblem[]> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, merge: true });
  const root = await realpath(repoRoot);
  const problems: ConfigProblem[] = [];
  for (const [index, profile] of config.tests.entries()) {
    const problem = await folderProblem(root, profile.path);
    if (!problem) continue;
    const { line, column } = position(lineCounter, locate(doc, ['tests', index, 'path']).offset);
    problems.push({ file, line, column, message: `\`tests[${index}].path\` at ${file}:${line}:${column}: \`${profile.path}\` ${problem}` });
  }
  return problems;
}

async function folderProblem(root: string, relative: string): Promise<string | undefined> {
  let target: string;
  try {
    target = await realpath(path.join(root, relative));
  } catch {
    return 'is not a folder in this repo (check the spelling, or create it)';
  }
  if (!isInside(root, target)) return 'leads outside the repo (through a symlink)';
  if (!(await stat(target)).isDirectory()) return 'is a file, not a folder';
  return undefined;
}
