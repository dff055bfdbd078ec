/**
 * `pr.sign: api` on GitHub (PRODUCT.md §14): the droid's commit is made by GitHub itself through the
 * GraphQL `createCommitOnBranch` mutation, so GitHub signs it and shows it Verified (commits made over
 * git or the REST git-data API are not). The mutation is still fast-forward only: `expectedHeadOid`
 * must be the branch's head, else GitHub refuses with STALE_DATA, which is reported as `stale` for
 * the caller (git/sign.ts) to refetch once; nothing here ever moves a ref backwards or forces.
 *
 * A new branch is created first with REST `POST /repos/{owner}/{repo}/git/refs` at the commit the
 * droid's work starts from, then the mutation adds the commit on top.
 */
import { DroidError } from '../../util/errors.js';
import type { ApiCommitInput, ApiCommitResult } from '../types.js';
import { call } from './client.js';
import type { GitHubContext } from './context.js';

export type CommitOnBranchInput = ApiCommitInput;
export type CommitOnBranchResult = ApiCommitResult;

const MUTATION = `mutation droidCommit($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) {
    commit { oid url }
  }
}`;

interface GraphqlErrorLike {
  errors?: { type?: string; message?: string }[];
  message?: string;
}

function graphqlErrors(error: unknown): { type?: string | undefined; message?: string | undefined }[] {
  const e = error as GraphqlErrorLike | undefined;
  return Array.isArray(e?.errors) ? e.errors : [];
}

/** GitHub's answer when expectedHeadOid is no longer the branch head. */
export function isStaleHead(error: unknown): boolean {
  const text = [...graphqlErrors(error).map((e) => `${e.type ?? ''} ${e.message ?? ''}`), (error as GraphqlErrorLike | undefined)?.message ?? ''].join(' ');
  return /STALE_DATA|Expected branch to point to|is not the latest|does not match the expected/i.test(text);
}

export async function createCommitOnBranch(ctx: GitHubContext, input: CommitOnBranchInput): Promise<CommitOnBranchResult> {
  const variables = {
    input: {
      branch: { repositoryNameWithOwner: `${ctx.owner}/${ctx.repo}`, branchName: input.branch },
      expectedHeadOid: input.expectedHeadOid,
      message: { headline: input.headline, body: input.body },
      fileChanges: { additions: input.additions, deletions: input.deletions },
    },
  };
  try {
    const data = await ctx.octokit.graphql<{ createCommitOnBranch?: { commit?: { oid?: string; url?: string } | null } | null }>(MUTATION, variables);
    const oid = data.createCommitOnBranch?.commit?.oid;
    if (typeof oid !== 'string' || !/^[0-9a-f]{40}$/.test(oid)) {
      throw new DroidError('platform', 'GitHub answered createCommitOnBranch without a commit id');
    }
    return { status: 'committed', oid, url: data.createCommitOnBranch?.commit?.url };
  } catch (error) {
    if (isStaleHead(error)) return { status: 'stale', message: graphqlErrors(error)[0]?.message ?? 'the branch head moved' };
    if (error instanceof DroidError) throw error;
    const detail = graphqlErrors(error)
      .map((e) => e.message)
      .filter(Boolean)
      .join('; ');
    if (detail) throw new DroidError('platform', `GitHub refused the signed commit (createCommitOnBranch): ${detail}`, { hint: 'the token needs `contents: write` on the repository' });
    return call('create the signed commit (createCommitOnBranch)', () => Promise.reject(error));
  }
}

/** A new branch at `sha` (REST git/refs), before the first signed commit on it. */
export async function createBranchRef(ctx: GitHubContext, branch: string, sha: string): Promise<void> {
  await call(`create the branch ${branch}`, () => ctx.octokit.rest.git.createRef({ owner: ctx.owner, repo: ctx.repo, ref: `refs/heads/${branch}`, sha }));
}
