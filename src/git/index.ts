/** The git stage (STYLE.md: typed wrapper, command-scoped auth, branch/commit/push). */
export { Git, DEFAULT_IDENTITY, type GitIdentity, type GitOptions, type CommitOptions, type PushReport } from './git.js';
export { authEnvForToken, mergeGitConfigEnv, serverPrefix, secretsOfAuthEnv, type GitAuthEnv, type TokenAuth } from './auth.js';
export { removePersistedCredentials, withoutCredentials } from './credentials.js';
export { holdBackProtected, protectedMatcher, type HoldBackResult } from './protected.js';
export { pushBranch, type PushBranchOptions, type PushBranchResult, type PushStatus } from './push.js';
export { droidTrailers, githubCoAuthor, CO_AUTHORED_BY, DROID_COMMAND, DROID_RUN, DROID_TICKET } from './trailers.js';
export type { FileStatus, NumstatEntry } from './parse.js';
export { probePush, type PushProbe } from './probe.js';
