export { createGitLabForge, cleanTrace, type GitLabForge, type GitLabForgeOptions } from './forge.js';
export { gitlabForgeOptionsFromEnv } from './env.js';
export { GitLabApiError, serverWait, type ApiCall } from './http.js';
export { GitLabClient, type ProjectRef } from './client.js';
export { accessLevel, pipelineState, jobState, ACCESS_LEVEL, PIPELINE_STATUS } from './mapping.js';
export { gitlabSetupFromEnv, auditEvent, DROID_JOB_NAMES, type GitLabSetup, type GitLabSetupContext } from './setup.js';
