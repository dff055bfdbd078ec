/**
 * Who the droid is on GitHub: the account behind its token, whose PRs and comments are the only ones
 * whose hidden markers it trusts (PRODUCT.md §10). Known up front for an App token it minted
 * (`<app slug>[bot]`); otherwise asked once per run with GraphQL `viewer { login }`, which answers for
 * every kind of token (the job token: `github-actions[bot]`; an App's installation token: `<slug>[bot]`;
 * a PAT: its user), where REST `GET /user` refuses installation tokens.
 */
import type { GitHubClient } from './client.js';
import { errorDetail } from './client.js';
import type { Logger } from '../../util/log.js';

const VIEWER = 'query { viewer { login } }';

/** A once-per-run lookup; undefined when GitHub would not say (then no marker is trusted). */
export function identityResolver(octokit: GitHubClient, log: Logger, known?: string): () => Promise<string | undefined> {
  let answer: Promise<string | undefined> | undefined;
  return () =>
    (answer ??= known
      ? Promise.resolve(known)
      : octokit.graphql<{ viewer?: { login?: unknown } }>(VIEWER).then(
          (data) => (typeof data.viewer?.login === 'string' && data.viewer.login ? data.viewer.login : undefined),
          (error: unknown) => {
            log.warn(`could not learn which account the token belongs to (${errorDetail(error)}): no existing PR or comment is taken as the droid's`);
            return undefined;
          },
        ));
}

export function sameLogin(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}
