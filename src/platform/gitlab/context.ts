import type { Logger } from '../../util/log.js';
import type { CommentTarget } from '../types.js';
import { GitLabClient, type ProjectRef } from './client.js';
import type { ApiCall } from './http.js';
import type { GitLabUser } from './schemas.js';

export interface GitLabForgeOptions {
  token: string;
  /** "group/subgroup/project" (CI_PROJECT_PATH) or the numeric id (CI_PROJECT_ID) */
  project: string | number;
  /** needed for `repo` and `cloneUrl()` when `project` is a numeric id */
  projectPath?: string | undefined;
  /** CI_API_V4_URL; default `${serverUrl}/api/v4` */
  apiUrl?: string | undefined;
  /** CI_SERVER_URL, e.g. https://gitlab.example.com (self-managed: any URL, also with a path) */
  serverUrl: string;
  /** CI_JOB_URL */
  jobUrl?: string | undefined;
  log: Logger;
  /** PEM text of a private CA (read from CI_SERVER_TLS_CA_FILE) */
  ca?: string | undefined;
  /** path of that CA file, handed to git as http.sslCAInfo */
  caFile?: string | undefined;
  /** other URL bases git reaches the instance at (the runner's clone URL when its `clone_url` differs); the token is scoped to these too */
  gitUrls?: string[] | undefined;
  retries?: number | undefined;
  baseDelayMs?: number | undefined;
  maxDelayMs?: number | undefined;
  sleep?: ((ms: number) => Promise<void>) | undefined;
  onCall?: ((call: ApiCall) => void) | undefined;
  /** bytes of a job log kept from its start and from its end (default 256 KiB each) */
  logKeepBytes?: number | undefined;
}

/** What every part of the GitLab forge shares: the client, the project, the token's own user. */
export interface GitLabContext {
  readonly client: GitLabClient;
  readonly projectRef: ProjectRef;
  readonly projectPath: string | undefined;
  /** without a trailing slash */
  readonly serverUrl: string;
  readonly log: Logger;
  /** the token's own user, asked for once */
  currentUser(): Promise<GitLabUser>;
  /** a username's id, cached; undefined when there is no such user */
  userIdFor(username: string): Promise<number | undefined>;
  sleep(ms: number): Promise<void>;
  /** the pause before looking again for something whose create answer was lost */
  readonly lookupPauseMs: number;
}

export function createGitLabContext(options: GitLabForgeOptions): GitLabContext {
  const serverUrl = options.serverUrl.replace(/\/+$/, '');
  const apiUrl = (options.apiUrl ?? `${serverUrl}/api/v4`).replace(/\/+$/, '');
  const client = new GitLabClient({
    apiUrl,
    token: options.token,
    log: options.log,
    ca: options.ca,
    retries: options.retries,
    baseDelayMs: options.baseDelayMs,
    maxDelayMs: options.maxDelayMs,
    sleep: options.sleep,
    onCall: options.onCall,
    maxTextBytes: options.logKeepBytes ?? 256 * 1024,
  });
  let me: Promise<GitLabUser> | undefined;
  const userIds = new Map<string, number | undefined>();
  return {
    client,
    projectRef: options.project,
    projectPath: typeof options.project === 'string' ? options.project : options.projectPath,
    serverUrl,
    log: options.log,
    currentUser: () => (me ??= client.currentUser()),
    async userIdFor(username) {
      const key = username.replace(/^@/, '').toLowerCase();
      if (!userIds.has(key)) {
        const users = await client.usersByUsername(key);
        userIds.set(key, users.find((u) => u.username.toLowerCase() === key)?.id);
      }
      return userIds.get(key);
    },
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    lookupPauseMs: options.baseDelayMs ?? 1000,
  };
}

/** The web URL of a note on an MR or an issue. */
export function noteUrl(ctx: GitLabContext, target: CommentTarget, id: number): string {
  const kind = target.kind === 'change' ? 'merge_requests' : 'issues';
  return `${ctx.serverUrl}/${ctx.projectPath ?? String(ctx.projectRef)}/-/${kind}/${target.number}#note_${id}`;
}

/** GitLab usernames: letters, digits, `_`, `.`, `-`, not starting with `-`. */
export const GITLAB_USERNAME = /^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/;
