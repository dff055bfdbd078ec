/**
 * Labels on a PR, in one request: GitHub's add-labels makes a label that does not exist yet on the fly.
 * A refusal (401/403) is a warning at once; only another failure has the missing labels created one by one (get, create on a 404) and added again.
 * Failures are warnings.
 */
import { errorDetail, statusOf } from './client.js';
import type { GitHubContext } from './context.js';

const DEFAULT_COLOR = 'ededed';

async function ensureLabel(ctx: GitHubContext, name: string): Promise<void> {
  try {
    await ctx.octokit.rest.issues.getLabel({ owner: ctx.owner, repo: ctx.repo, name });
    return;
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
  try {
    await ctx.octokit.rest.issues.createLabel({ owner: ctx.owner, repo: ctx.repo, name, color: DEFAULT_COLOR, description: 'Added by Droid' });
    ctx.log.debug(`created label ${name}`);
  } catch (error) {
    // created meanwhile by someone else: fine
    if (statusOf(error) !== 422) throw error;
  }
}

function notAdded(names: string[], error: unknown): string {
  return `labels ${names.join(', ')} could not be added: ${errorDetail(error)}`;
}

async function addLabels(ctx: GitHubContext, number: number, labels: string[]): Promise<void> {
  await ctx.octokit.rest.issues.addLabels({ owner: ctx.owner, repo: ctx.repo, issue_number: number, labels });
}

export async function applyLabels(ctx: GitHubContext, number: number, labels: string[]): Promise<string[]> {
  const names = [...new Set(labels.map((l) => l.trim()).filter(Boolean))];
  if (names.length === 0) return [];
  try {
    await addLabels(ctx, number, names);
    return [];
  } catch (error) {
    // no permission (the token lacks issues: write): creating labels would not help either
    if (statusOf(error) === 401 || statusOf(error) === 403) {
      const warning = notAdded(names, error);
      ctx.log.warn(warning);
      return [warning];
    }
    ctx.log.debug(`adding labels ${names.join(', ')} failed (${errorDetail(error)}); creating the missing ones first`);
  }
  const warnings: string[] = [];
  const usable: string[] = [];
  for (const name of names) {
    try {
      await ensureLabel(ctx, name);
      usable.push(name);
    } catch (error) {
      warnings.push(`label "${name}" could not be created: ${errorDetail(error)}`);
    }
  }
  if (usable.length > 0) {
    try {
      await addLabels(ctx, number, usable);
    } catch (error) {
      warnings.push(notAdded(usable, error));
    }
  }
  for (const warning of warnings) ctx.log.warn(warning);
  return warnings;
}
