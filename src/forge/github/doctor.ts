import type { SetupContext } from '../../execute.js';
import { DroidError } from '../../util/errors.js';
import type { Forge } from '../types.js';
import { createGitHubForge } from './adapter.js';
import { githubUrlsFromEnv } from './client.js';
import { token } from './setup.js';

/** The forge for `droid-ci doctor --platform github`: the same token rules as a run, no event needed. */
export async function githubDoctorSetup(env: NodeJS.ProcessEnv, ctx: SetupContext): Promise<{ forge: Forge; pushStartsNoWorkflows: boolean; describe: string }> {
  const repo = env.GITHUB_REPOSITORY?.trim();
  if (!repo) throw new DroidError('usage', 'GITHUB_REPOSITORY is not set', { hint: 'set it to owner/name (the runner sets it in Actions)' });
  const { apiUrl, serverUrl } = githubUrlsFromEnv(env);
  const auth = await token(env, repo, apiUrl, ctx);
  const forge = createGitHubForge({ token: auth.token, repo, apiUrl, serverUrl, log: ctx.log, audit: ctx.audit });
  const kind = auth.isJobToken ? 'the job token' : 'an app or personal token';
  return { forge, pushStartsNoWorkflows: auth.isJobToken, describe: `${repo} at ${apiUrl} with ${kind}` };
}
