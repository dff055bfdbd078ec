import type { SetupContext } from '../../execute.js';
import type { Forge } from '../types.js';
import { gitlabForgeOptionsFromEnv } from './env.js';
import { createGitLabForge } from './forge.js';
import { auditEvent } from './setup.js';

/** The forge for `droid-ci doctor --platform gitlab`: DROID_GITLAB_TOKEN and the job's CI_* variables. */
export async function gitlabDoctorSetup(env: NodeJS.ProcessEnv, ctx: SetupContext): Promise<{ forge: Forge; pushStartsNoWorkflows: boolean; describe: string }> {
  ctx.redactor.add(env['DROID_GITLAB_TOKEN']);
  const options = gitlabForgeOptionsFromEnv(env, ctx.log, { onCall: (call) => ctx.audit.record(auditEvent(call)) });
  const forge = createGitLabForge(options);
  return { forge, pushStartsNoWorkflows: false, describe: `${forge.repo} at ${options.apiUrl ?? options.serverUrl} with DROID_GITLAB_TOKEN` };
}
