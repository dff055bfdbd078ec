import type { Ignored, Platform, PlatformSetup, SetupContext } from '../types.js';
import { gitlabSetupFromEnv, type GitLabSetup } from './setup.js';
import type { DroidCommand } from '../../trigger/request.js';

/** `--platform gitlab`: the job's predefined and DROID_* variables (setup.ts); doctor's probes (doctor.ts). */
export const gitlabPlatform: Platform = {
  name: 'gitlab',
  setup: (env, ctx, options) => gitlabSetup(env, ctx, { command: options.command }),
  doctor: async (env, ctx) => (await import('./doctor.js')).gitlabDoctorSetup(env, ctx),
};

/** The job's predefined and DROID_* variables -> PlatformSetup. */
export async function gitlabSetup(env: NodeJS.ProcessEnv, ctx: SetupContext, options: { command?: DroidCommand | undefined }): Promise<PlatformSetup | Ignored> {
  const setup = gitlabSetupFromEnv(env, ctx, { command: options.command });
  if ('ignored' in setup) return setup;
  const own = await ownMergeRequestPipeline(setup);
  return own ? { ignored: own } : setup;
}

/**
 * A merge request pipeline that the droid's own push started (its user is the token's user) is not a
 * person's request: `droid-mr` would otherwise refuse its own bot on every push, with a note and a
 * failed job. ci-fix (CI-triggered, bounded) and relayed notes (DROID_ACTOR) are not affected.
 */
async function ownMergeRequestPipeline(setup: Exclude<GitLabSetup, { ignored: string }>): Promise<string | undefined> {
  const { request } = setup;
  if (request.source.event !== 'gitlab:merge_request_event' || request.command === 'ci-fix') return undefined;
  const me = await setup.forge.client.currentUser();
  if (me.username.toLowerCase() !== request.actor.toLowerCase()) return undefined;
  return `this merge request pipeline was started by the droid's own push (@${me.username}); nothing to do`;
}
