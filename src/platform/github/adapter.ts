import { GITHUB_LIMITS } from '../limits.js';
import { githubCoAuthor, loginOf } from '../../git/trailers.js';
/**
 * The GitHub Forge: every method of src/forge/types.ts over one Octokit client (client.ts).
 * GHES works by passing the runner's GITHUB_API_URL / GITHUB_SERVER_URL (githubUrlsFromEnv).
 */
import type { Audit } from '../../audit/types.js';
import { DroidError } from '../../util/errors.js';
import type { Logger } from '../../util/log.js';
import type { ChangeRequest, ChangeRequestSpec, Forge, ForgeTraits } from '../types.js';
import { actorAccess } from './access.js';
import { ciStatus, jobLog } from './ci.js';
import { call, createGitHubClient, defaultWaits, type RetryWaits } from './client.js';
import { findOwnComment, upsertComment } from './comments.js';
import type { GitHubContext } from './context.js';
import { authEnvForToken } from '../../git/auth.js';
import { identityResolver } from './identity.js';
import { createBranchRef, createCommitOnBranch } from './graphql-commit.js';
import { closePull, findPull, getPull, upsertPull, type Pull } from './pulls.js';
import { githubReview } from './review.js';

export interface GitHubForgeOptions {
  token: string;
  /** "owner/name" */
  repo: string;
  apiUrl: string;
  serverUrl: string;
  /** link to this workflow run (GITHUB_SERVER_URL/REPO/actions/runs/RUN_ID) */
  runUrl?: string | undefined;
  log: Logger;
  audit?: Audit | undefined;
  /** never requested as a reviewer (the actor of the run) */
  actor?: string | undefined;
  /** the login behind the token when it is known without asking (a minted App token: `<slug>[bot]`) */
  identity?: string | undefined;
  /** largest job log kept, head and tail (default 1 MiB) */
  maxLogBytes?: number | undefined;
  /** retry/rate-limit waits; tests make them tiny */
  waits?: Partial<RetryWaits> | undefined;
}

/** PRs, GitHub's lengths, and the noreply address GitHub credits a co-author by. */
export const GITHUB_TRAITS: ForgeTraits = {
  pushes: true,
  returnsToStart: false,
  changeNoun: { short: 'PR', long: 'pull request' },
  limits: GITHUB_LIMITS,
  coAuthor: (actor) => githubCoAuthor(loginOf(actor)),
};

const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

export function createGitHubForge(options: GitHubForgeOptions): Forge {
  if (!REPO.test(options.repo)) {
    throw new DroidError('usage', `"${options.repo}" is not a GitHub repository name`, { hint: 'use owner/name, as in GITHUB_REPOSITORY' });
  }
  const [owner = '', repo = ''] = options.repo.split('/');
  const waits = { ...defaultWaits, ...options.waits };
  const octokit = createGitHubClient({ token: options.token, apiUrl: options.apiUrl, log: options.log, audit: options.audit, waits });
  const ctx: GitHubContext = { octokit, owner, repo, log: options.log, waits, self: identityResolver(octokit, options.log, options.identity) };
  const serverUrl = options.serverUrl.replace(/\/+$/, '');
  let defaultBranch: string | undefined;
  // The last PR look-up, handed to the upsert that follows it (publish.ts: find or get, then create or
  // update), so the same PR is not asked for twice: used when the upsert is given that very object, or
  // nothing after a look-up of the same branch found nothing. Consumed by the upsert either way.
  let lookedUp: { branch?: string | undefined; pull: Pull | undefined } | undefined;
  const remember = (found: Pull | undefined, branch?: string): Pull | undefined => {
    lookedUp = { branch, pull: found };
    return found;
  };
  const knownFor = (spec: ChangeRequestSpec, existing: ChangeRequest | undefined): { pull: Pull | undefined } | undefined => {
    const last = lookedUp;
    lookedUp = undefined;
    if (!last) return undefined;
    if (existing) return last.pull && last.pull.change === existing ? { pull: last.pull } : undefined;
    return last.pull === undefined && last.branch !== undefined && last.branch === spec.sourceBranch ? { pull: undefined } : undefined;
  };

  return {
    platform: 'github',
    traits: GITHUB_TRAITS,
    repo: options.repo,
    async defaultBranch() {
      defaultBranch ??= await call('read the repository', async () => (await ctx.octokit.rest.repos.get({ owner, repo })).data.default_branch);
      return defaultBranch;
    },
    actorAccess: (login) => actorAccess(ctx, login),
    findChangeRequest: async (query) => remember(await findPull(ctx, query), query.sourceBranch)?.change,
    getChangeRequest: async (number) => remember(await getPull(ctx, number))!.change,
    upsertChangeRequest: (spec, existing) => upsertPull(ctx, spec, existing, { actor: options.actor }, knownFor(spec, existing)),
    closeChangeRequest: (number) => closePull(ctx, number),
    upsertComment: (target, body, marker, existing) => upsertComment(ctx, target, body, marker, existing),
    findOwnComment: (target, marker) => findOwnComment(ctx, target, marker),
    ciStatus: (sha, ciOptions) => ciStatus(ctx, sha, ciOptions),
    jobLog: (job) => jobLog(ctx, job, options.maxLogBytes ?? 1024 * 1024),
    gitAuthEnv: () => authEnvForToken({ serverUrl, token: options.token }),
    cloneUrl: () => `${serverUrl}/${options.repo}.git`,
    jobUrl: () => options.runUrl,
    review: githubReview(ctx),
    apiCommits: { commit: (input) => createCommitOnBranch(ctx, input), createBranch: (branch, sha) => createBranchRef(ctx, branch, sha) },
  };
}

/** This run's link from the runner's variables, when they are there. */
export function runUrlFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt } = env;
  if (!server || !repo || !runId) return undefined;
  return `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`;
}
