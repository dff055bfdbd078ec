/** What every part of the GitHub adapter works with: one client, one repo, the logger and the waits. */
import type { Logger } from '../../util/log.js';
import type { GitHubClient, RetryWaits } from './client.js';

export interface GitHubContext {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  log: Logger;
  waits: RetryWaits;
  /** the login behind the token (identity.ts), looked up once; undefined: unknown, trust no marker */
  self: () => Promise<string | undefined>;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A failure after which the request may or may not have taken effect (5xx, network, timeout). */
export function isUncertain(status: number | undefined): boolean {
  return status === undefined || status >= 500;
}
