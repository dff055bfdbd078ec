import { readFileSync } from 'node:fs';
import { DroidError } from '../../util/errors.js';
import type { Logger } from '../../util/log.js';
import type { GitLabForgeOptions } from './forge.js';
import { checkHttpUrl } from '../../util/validate.js';

/**
 * The adapter's options from a GitLab job's predefined variables (works on gitlab.com and on
 * self-managed instances at any URL):
 * - DROID_GITLAB_TOKEN: a project/group access token or PAT with `api` + `write_repository`
 *   (CI_JOB_TOKEN cannot open merge requests or write notes);
 * - CI_API_V4_URL (else CI_SERVER_URL + /api/v4), CI_SERVER_URL, CI_PROJECT_PATH, CI_PROJECT_ID, CI_JOB_URL;
 * - CI_SERVER_TLS_CA_FILE: GitLab's file variable holding the instance's CA chain; it is added to the
 *   trusted roots of the API client and given to git as http.sslCAInfo. NODE_EXTRA_CA_CERTS also works
 *   for the API client (Node reads it at start-up);
 * - DROID_GITLAB_RETRY_BASE_MS: first backoff step of API retries without a Retry-After (default 1000);
 * - CI_REPOSITORY_URL: its host (and relative root) also gets the token for git, for runners whose clone_url differs.
 */
export function gitlabForgeOptionsFromEnv(
  env: NodeJS.ProcessEnv,
  log: Logger,
  overrides: Partial<GitLabForgeOptions> = {},
): GitLabForgeOptions {
  const token = env['DROID_GITLAB_TOKEN']?.trim();
  if (!token) {
    throw new DroidError('usage', 'DROID_GITLAB_TOKEN is not set', {
      hint: 'add a masked, protected CI/CD variable DROID_GITLAB_TOKEN holding an access token with the api and write_repository scopes',
    });
  }
  const serverUrl = requireUrl(env, 'CI_SERVER_URL');
  const apiUrl = env['CI_API_V4_URL'] ? requireUrl(env, 'CI_API_V4_URL') : `${serverUrl.replace(/\/+$/, '')}/api/v4`;
  const path = env['CI_PROJECT_PATH']?.trim();
  const id = env['CI_PROJECT_ID']?.trim();
  if (!path && !id) {
    throw new DroidError('usage', 'neither CI_PROJECT_PATH nor CI_PROJECT_ID is set', {
      hint: 'run inside a GitLab CI job, or set CI_PROJECT_PATH=group/project',
    });
  }
  if (path && !/^[A-Za-z0-9_.][A-Za-z0-9_./-]*$/.test(path)) {
    throw new DroidError('usage', `CI_PROJECT_PATH "${path.slice(0, 100)}" is not a GitLab project path`);
  }
  if (id && !/^\d+$/.test(id)) throw new DroidError('usage', `CI_PROJECT_ID "${id.slice(0, 40)}" is not a number`);
  const caFile = env['CI_SERVER_TLS_CA_FILE']?.trim() || undefined;
  let ca: string | undefined;
  if (caFile) {
    try {
      ca = readFileSync(caFile, 'utf8');
    } catch (error) {
      throw new DroidError('usage', `cannot read CI_SERVER_TLS_CA_FILE ${caFile}: ${(error as Error).message}`);
    }
  }
  // DROID_GITLAB_RETRY_BASE_MS: first backoff step of API retries when GitLab gives no Retry-After
  // (default 1000 ms, doubled per attempt); tests and impatient self-managed setups lower it
  const retryBase = env['DROID_GITLAB_RETRY_BASE_MS']?.trim();
  if (retryBase && !/^\d{1,5}$/.test(retryBase)) {
    throw new DroidError('usage', `DROID_GITLAB_RETRY_BASE_MS "${retryBase.slice(0, 20)}" is not a number of milliseconds (0-99999)`);
  }
  return {
    token,
    ...(retryBase ? { baseDelayMs: Number(retryBase) } : {}),
    gitUrls: cloneBase(env['CI_REPOSITORY_URL'], path),
    // the numeric id is stable across renames and needs no encoding; the path is kept for URLs
    project: id ? Number(id) : path!,
    projectPath: path,
    apiUrl,
    serverUrl,
    jobUrl: env['CI_JOB_URL'] || undefined,
    log,
    ca,
    caFile,
    ...overrides,
  };
}

/**
 * The base of the runner's clone URL (CI_REPOSITORY_URL, `https://gitlab-ci-token:…@host/group/project.git`)
 * without credentials and project path, when it is http(s): a runner with `clone_url` set clones from
 * another host than CI_SERVER_URL, and git must send the token there too. Never logged (it holds the job token).
 */
function cloneBase(repositoryUrl: string | undefined, projectPath: string | undefined): string[] {
  if (!repositoryUrl?.trim()) return [];
  let url: URL;
  try {
    url = new URL(repositoryUrl.trim());
  } catch {
    return [];
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return [];
  const pathname = url.pathname.replace(/\/+$/, '');
  const suffix = projectPath ? `/${projectPath}.git` : undefined;
  const root = suffix && pathname.endsWith(suffix) ? pathname.slice(0, -suffix.length) : '';
  return [`${url.protocol}//${url.host}${root}`];
}

function requireUrl(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) {
    throw new DroidError('usage', `${name} is not set`, { hint: 'run inside a GitLab CI job, or set it to your GitLab URL' });
  }
  const url = checkHttpUrl(value, name);
  if (typeof url === 'string') throw new DroidError('usage', url);
  return value.replace(/\/+$/, '');
}
