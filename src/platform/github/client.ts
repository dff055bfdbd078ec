/**
 * The Octokit the GitHub adapter talks through: `@actions/github`'s getOctokit with the retry and
 * throttling plugins.
 * - 5xx and network errors are retried with a short backoff (`retryBaseMs * (n+1)^2`, `retries` times).
 *   Calls that create something (PR, comment) pass `request: { retries: 0 }` and are made idempotent
 *   by the adapter (look up by branch/marker before trying again).
 * - Rate limits (primary: remaining 0 + reset; secondary: retry-after) are waited out up to
 *   `maxRateLimitWaitSeconds`, `rateLimitRetries` times; beyond that the call fails.
 * - Every wait is configurable so tests run in milliseconds.
 * Errors leave as DroidError('platform') naming the endpoint and the status (`platformError`).
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
// the light build (no Redis clustering), the one the retry and throttling plugins already load
import Bottleneck from 'bottleneck/light.js';
import type { Audit, Stage } from '../../audit/types.js';
import { DroidError } from '../../util/errors.js';
import type { Logger } from '../../util/log.js';

export interface RetryWaits {
  /** retries of a 5xx/network failure */
  retries: number;
  /** backoff unit for 5xx/network retries: waits retryBaseMs * (attempt+1)^2 */
  retryBaseMs: number;
  /** retries after a rate limit */
  rateLimitRetries: number;
  /** milliseconds per second of `retry-after` / time to reset (1000 in production) */
  rateLimitUnitMs: number;
  /** a longer rate-limit wait is not taken: the call fails instead */
  maxRateLimitWaitSeconds: number;
  /** spacing between writes (GitHub asks for about a second between content-creating requests) */
  writeIntervalMs: number;
  /** attempts at creating a PR or comment (each failed attempt is followed by a look-up) */
  createAttempts: number;
  /** pause before retrying reviewers on a fresh PR that GitHub has not fully indexed yet */
  freshPullRequestWaitMs: number;
}

export const defaultWaits: RetryWaits = {
  retries: 3,
  retryBaseMs: 1000,
  rateLimitRetries: 2,
  rateLimitUnitMs: 1000,
  maxRateLimitWaitSeconds: 120,
  writeIntervalMs: 1000,
  createAttempts: 3,
  freshPullRequestWaitMs: 2000,
};

/**
 * Test-only knob: `DROID_GITHUB_RETRY_SCALE` (a number in (0, 1]) multiplies every wait above, so an
 * end-to-end test of the bundled action can go through 429s and retries in milliseconds. Unset,
 * empty or out of range: production waits. Retry counts are never changed.
 */
export function waitsFromEnv(env: NodeJS.ProcessEnv): Partial<RetryWaits> {
  const scale = Number(env.DROID_GITHUB_RETRY_SCALE ?? '');
  if (!env.DROID_GITHUB_RETRY_SCALE || !Number.isFinite(scale) || scale <= 0 || scale > 1) return {};
  return {
    retryBaseMs: defaultWaits.retryBaseMs * scale,
    rateLimitUnitMs: defaultWaits.rateLimitUnitMs * scale,
    writeIntervalMs: defaultWaits.writeIntervalMs * scale,
    freshPullRequestWaitMs: defaultWaits.freshPullRequestWaitMs * scale,
  };
}

export interface GitHubClientOptions {
  token: string;
  /** REST base URL: https://api.github.com, or https://HOST/api/v3 on GHES */
  apiUrl: string;
  log: Logger;
  audit?: Audit | undefined;
  waits?: Partial<RetryWaits> | undefined;
}

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Audit stage of an API call, by route template. */
function stageOf(route: string): Stage {
  if (/\/(check-runs|status|statuses|actions)\b/.test(route)) return 'ci';
  if (/\/issues\/comments|\/issues\/\{issue_number\}\/comments/.test(route)) return 'report';
  if (/\/(collaborators|users)\//.test(route)) return 'gate';
  if (/\/(pulls|labels|issues)\b|graphql/.test(route)) return 'pr';
  return 'workspace';
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (!options.token) {
    throw new DroidError('usage', 'No GitHub token', { hint: 'set the github_token input (the default is the job token) or app_id + app_private_key' });
  }
  const waits = { ...defaultWaits, ...options.waits };
  const { log } = options;
  const group = (minTime: number): Bottleneck.Group => new Bottleneck.Group({ maxConcurrent: 1, minTime });
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const where = `${request.method} ${request.url}`;
      if (retryCount >= waits.rateLimitRetries || retryAfter > waits.maxRateLimitWaitSeconds) {
        log.warn(`GitHub ${kind} rate limit on ${where}: not waiting ${retryAfter}s (limit ${waits.maxRateLimitWaitSeconds}s, attempt ${retryCount + 1})`);
        return false;
      }
      log.warn(`GitHub ${kind} rate limit on ${where}: retrying in ${retryAfter}s`);
      return true;
    };
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      retry: {
        retries: waits.retries,
        retryAfterBaseValue: waits.retryBaseMs,
        // 429 is the throttling plugin's job (it honours retry-after)
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        retryAfterBaseValue: waits.rateLimitUnitMs,
        fallbackSecondaryRateRetryAfter: 60,
        write: group(waits.writeIntervalMs),
        notifications: group(waits.writeIntervalMs * 3),
        search: group(waits.writeIntervalMs * 2),
      },
      log: { debug: (m: string) => log.debug(m), info: (m: string) => log.debug(m), warn: (m: string) => log.warn(m), error: (m: string) => log.warn(m) },
    },
    retry,
    throttling,
  );
  const audit = options.audit;
  if (audit) {
    octokit.hook.after('request', (response, request) => {
      audit.record({ stage: stageOf(request.url), action: 'api.call', outcome: 'ok', detail: { method: request.method, path: request.url, status: response.status } });
    });
    octokit.hook.error('request', (error, request) => {
      const status = (error as { status?: number }).status;
      audit.record({ stage: stageOf(request.url), action: 'api.call', outcome: 'fail', detail: { method: request.method, path: request.url, status } });
      throw error;
    });
  }
  return octokit;
}

interface RequestErrorLike {
  status: number;
  message: string;
  request?: { method?: string; url?: string; request?: { retryCount?: number } };
  response?: { data?: unknown; headers?: Record<string, string | number | undefined> };
}

export function isRequestError(error: unknown): error is RequestErrorLike {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number' && 'request' in error;
}

export function statusOf(error: unknown): number | undefined {
  return isRequestError(error) ? error.status : undefined;
}

/** The message GitHub put in an error body, with each `errors[].message`. */
export function errorDetail(error: unknown): string {
  if (!isRequestError(error)) return error instanceof Error ? error.message : String(error);
  const data = error.response?.data as { message?: unknown; errors?: { message?: unknown; code?: unknown }[] } | undefined;
  const parts = [typeof data?.message === 'string' ? data.message : error.message];
  for (const item of Array.isArray(data?.errors) ? data.errors : []) {
    const text = typeof item.message === 'string' ? item.message : typeof item.code === 'string' ? item.code : undefined;
    if (text) parts.push(text);
  }
  return parts.join(': ');
}

function pathOf(url: string | undefined): string {
  if (!url) return '?';
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}

function hintFor(status: number, error: RequestErrorLike): string | undefined {
  switch (status) {
    case 401:
      return 'the token was refused: check github_token, or app_id and app_private_key';
    case 403: {
      const headers = error.response?.headers ?? {};
      if (String(headers['x-ratelimit-remaining']) === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        return `GitHub's rate limit is used up${reset ? ` until ${new Date(reset * 1000).toISOString()}` : ''}; try again later`;
      }
      return 'the token lacks a permission: give the workflow `permissions: contents: write, pull-requests: write, issues: write, checks: read, actions: read`';
    }
    case 404:
      return 'not found, or the token cannot see it: check the repository name and the token’s access';
    case 429:
      return "GitHub's rate limit: try again later";
    default:
      return status >= 500 ? 'GitHub had a server error; the run can be retried' : undefined;
  }
}

/** A DroidError('platform') naming the endpoint and status of a failed call. */
export function platformError(error: unknown, what?: string): DroidError {
  if (error instanceof DroidError) return error;
  if (!isRequestError(error)) {
    return new DroidError('platform', `GitHub API ${what ?? 'call'} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const endpoint = `${error.request?.method ?? ''} ${pathOf(error.request?.url)}`.trim();
  const retries = error.request?.request?.retryCount;
  const network = error.status === 500 && error.response === undefined;
  const status = network ? 'a network error' : String(error.status);
  const after = retries ? ` after ${retries} retr${retries === 1 ? 'y' : 'ies'}` : '';
  const message = `GitHub API ${endpoint}${what ? ` (${what})` : ''} failed with ${status}${after}: ${errorDetail(error)}`;
  return new DroidError('platform', message, { hint: hintFor(error.status, error), cause: error });
}

/** Runs one API call; any failure becomes platformError(…, what). */
export async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw platformError(error, what);
  }
}

/** API and web URLs from the runner's environment (GHES: GITHUB_API_URL / GITHUB_SERVER_URL). */
export function githubUrlsFromEnv(env: NodeJS.ProcessEnv): { apiUrl: string; serverUrl: string } {
  return {
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
  };
}
