/**
 * Review requests on a PR: users and teams, never the actor or the PR's author. A fresh PR is retried
 * once after a pause (GitHub may not have indexed it yet); a 422 for the whole batch is split into one
 * request per reviewer so one unknown login does not lose the others. Failures are warnings.
 */
import type { ChangeRequest, ChangeRequestSpec } from '../types.js';
import { errorDetail, statusOf } from './client.js';
import { sleep, type GitHubContext } from './context.js';

interface Batch {
  reviewers: string[];
  team_reviewers: string[];
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (!v || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `org/team` -> team slug; teams of another org cannot review here. */
function teamSlugs(ctx: GitHubContext, teams: string[], warnings: string[]): string[] {
  const slugs: string[] = [];
  for (const team of teams) {
    const [org, slug] = team.includes('/') ? team.split('/', 2) : [ctx.owner, team];
    if (!slug) continue;
    if (org && org.toLowerCase() !== ctx.owner.toLowerCase()) {
      warnings.push(`team ${team} belongs to another organisation than ${ctx.owner}; not requested`);
      continue;
    }
    slugs.push(slug);
  }
  return unique(slugs);
}

async function send(ctx: GitHubContext, number: number, batch: Batch): Promise<void> {
  await ctx.octokit.rest.pulls.requestReviewers({ owner: ctx.owner, repo: ctx.repo, pull_number: number, ...batch });
}

export async function requestReviewers(
  ctx: GitHubContext,
  pull: ChangeRequest,
  spec: ChangeRequestSpec,
  options: { actor?: string | undefined; fresh: boolean },
): Promise<string[]> {
  const excluded = new Set([pull.author, options.actor ?? ''].map((l) => l.toLowerCase()).filter(Boolean));
  const warnings: string[] = [];
  const batch: Batch = {
    reviewers: unique(spec.reviewers.map((r) => r.replace(/^@/, ''))).filter((r) => !excluded.has(r.toLowerCase())),
    team_reviewers: teamSlugs(ctx, spec.teamReviewers.map((t) => t.replace(/^@/, '')), warnings),
  };
  if (batch.reviewers.length + batch.team_reviewers.length === 0) return warnings;
  try {
    await send(ctx, pull.number, batch);
    return warnings;
  } catch (error) {
    if (statusOf(error) !== 422) {
      warnings.push(`reviewers could not be requested: ${errorDetail(error)}`);
      return warnings;
    }
    if (options.fresh) {
      await sleep(ctx.waits.freshPullRequestWaitMs);
      try {
        await send(ctx, pull.number, batch);
        return warnings;
      } catch (retryError) {
        if (statusOf(retryError) !== 422) {
          warnings.push(`reviewers could not be requested: ${errorDetail(retryError)}`);
          return warnings;
        }
      }
    }
  }
  // one at a time, so each refusal names its reviewer
  const singles: [string, Batch][] = [
    ...batch.reviewers.map((login): [string, Batch] => [`@${login}`, { reviewers: [login], team_reviewers: [] }]),
    ...batch.team_reviewers.map((slug): [string, Batch] => [`team ${ctx.owner}/${slug}`, { reviewers: [], team_reviewers: [slug] }]),
  ];
  for (const [who, single] of singles) {
    try {
      await send(ctx, pull.number, single);
    } catch (error) {
      warnings.push(`review could not be requested from ${who}: ${errorDetail(error)}`);
    }
  }
  for (const warning of warnings) ctx.log.warn(warning);
  return warnings;
}
