/**
 * GitHub's own report sinks (PRODUCT.md §1.9, §8): where the job summary goes (rendered by
 * report/job-summary.ts), error
 * annotations on failing tests (file, line), and `::stop-commands::` around echoed test output so it
 * cannot issue workflow commands.
 */
import { randomBytes } from 'node:crypto';
import { isAbsolute, posix, relative } from 'node:path';
import * as core from '@actions/core';
import type { ProfileResult } from '../../profiles/types.js';
import { jobSummaryMarkdown, type JobSummaryInput } from '../../report/job-summary.js';

/** Appends the summary to GITHUB_STEP_SUMMARY; does nothing outside Actions. */
export async function writeJobSummary(input: JobSummaryInput, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (!env.GITHUB_STEP_SUMMARY) return false;
  await core.summary.addRaw(jobSummaryMarkdown(input), true).write();
  core.summary.emptyBuffer();
  return true;
}

/** A failure's file as GitHub wants it: relative to the workspace, with forward slashes. */
function annotationPath(file: string, profilePath: string, workspace: string | undefined): string {
  if (isAbsolute(file)) return workspace ? relative(workspace, file).split('\\').join('/') : file;
  const clean = file.replace(/\\/g, '/').replace(/^\.\//, '');
  const base = profilePath === '.' || profilePath === '' ? '' : profilePath.replace(/\/+$/, '');
  if (!base || clean.startsWith(`${base}/`)) return clean;
  return posix.join(base, clean);
}

/**
 * One `::error file=…,line=…::` annotation per failing test (at most `max`; GitHub shows 10 per step).
 * Returns how many were written.
 */
export function annotateFailures(results: ProfileResult[], options: { workspace?: string | undefined; max?: number } = {}): number {
  const max = options.max ?? 10;
  let count = 0;
  for (const result of results) {
    for (const failure of result.summary.failures) {
      if (count >= max) return count;
      const properties: core.AnnotationProperties = { title: `${result.name}: ${failure.full_name || failure.name}`.slice(0, 200) };
      if (failure.file) {
        properties.file = annotationPath(failure.file, result.path, options.workspace);
        if (failure.line) properties.startLine = failure.line;
      }
      core.error(failure.message.slice(0, 4000) || 'test failed', properties);
      count += 1;
    }
  }
  return count;
}

/**
 * Wraps text echoed into the job log so that lines in it are not read as workflow commands
 * (`::set-output`, `::add-mask`…): `::stop-commands::TOKEN` … `::TOKEN::` with a random token.
 */
export function stopCommandsWrap(text: string, token: string = randomBytes(16).toString('hex')): string {
  if (!/^[A-Za-z0-9_-]{16,}$/.test(token)) throw new Error('stop-commands token must be 16+ unguessable characters');
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `::stop-commands::${token}\n${body}::${token}::\n`;
}
