import type { Logger } from '../util/log.js';
import type { Redactor } from '../util/redact.js';
import type { GitAuthEnv } from './auth.js';
import type { PushRefStatus } from './parse.js';

/** The shapes of the git wrapper (git.ts): its options, identity, and what its one exec takes and gives. */
export interface GitIdentity {
  name: string;
  email: string;
}

export const DEFAULT_IDENTITY: GitIdentity = { name: 'droid[bot]', email: 'droid[bot]@users.noreply.github.com' };

export interface GitOptions {
  cwd: string;
  /** environment the git children start from (default process.env); tokens in it are not added */
  env?: NodeJS.ProcessEnv;
  identity?: GitIdentity;
  /** sign commits with the user's configured key (default false: `commit.gpgsign=false`) */
  signCommits?: boolean;
  logger?: Logger;
  /** the run's redactor; secrets of every auth env used are added to it */
  redactor?: Redactor;
  /** per command (default 10 minutes) */
  timeoutMs?: number;
  gitBinary?: string;
}

export interface RemoteOptions {
  authEnv?: GitAuthEnv | undefined;
}

export interface CommitOptions {
  /** subject, blank line, body; kept as written (`--cleanup=whitespace`, so Markdown `#` lines survive) */
  message: string;
  /** trailers in order, e.g. [['Co-authored-by', 'alice <…>'], ['Droid-Ticket', 'PROJ-1'], ['Droid-Run', id]] */
  trailers?: ReadonlyArray<readonly [string, string]>;
  allowEmpty?: boolean;
  /** `commit -S` with this environment (sign.ts: gpg.format=ssh and user.signingkey through GIT_CONFIG_*) */
  signEnv?: Record<string, string> | undefined;
}

export interface PushReport {
  refs: PushRefStatus[];
  /** the server's `remote:` lines (hook output, forge messages) */
  remoteMessages: string[];
  exitCode: number;
}

export interface ExecOptions {
  remote?: boolean;
  authEnv?: GitAuthEnv | undefined;
  /** extra env for this command */
  env?: Record<string, string>;
  /** return instead of throwing on a non-zero exit */
  allowFailure?: boolean;
  /** most stdout bytes kept; more is an error (default: all) */
  maxStdoutBytes?: number;
  /** internal: skip the driver lookup (it is the lookup) */
  noDriverLookup?: boolean;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  /** stdout as bytes (blobs) */
  bytes: Buffer;
  stderr: string;
}

