import type { Ignored, PlatformSetup, SetupContext } from '../execute.js';
import { gitlabSetupFromEnv } from '../forge/gitlab/setup.js';
import type { DroidCommand } from '../trigger/request.js';

/** `--platform gitlab`: the job's predefined and DROID_* variables -> PlatformSetup. */
export function gitlabSetup(env: NodeJS.ProcessEnv, ctx: SetupContext, options: { command?: DroidCommand | undefined }): Promise<PlatformSetup | Ignored> {
  return Promise.resolve(gitlabSetupFromEnv(env, ctx, { command: options.command }));
}
