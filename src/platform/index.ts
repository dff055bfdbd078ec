import { DroidError } from '../util/errors.js';
import type { Platform, PlatformName } from './types.js';

const NAMES: readonly PlatformName[] = ['local', 'github', 'gitlab'];

/** `--platform`, else the CI the process runs in (GITHUB_ACTIONS, GITLAB_CI), else local. */
export function detectPlatform(value: string | undefined, env: NodeJS.ProcessEnv): PlatformName {
  const name = value ?? (env.GITHUB_ACTIONS === 'true' ? 'github' : env.GITLAB_CI === 'true' ? 'gitlab' : 'local');
  if (!(NAMES as readonly string[]).includes(name)) throw new DroidError('usage', `unknown platform "${name}"`, { hint: 'use --platform local, github or gitlab' });
  return name as PlatformName;
}

/** The platform's module, loaded only when it is used (a GitLab job never loads Octokit). */
export async function loadPlatform(name: PlatformName): Promise<Platform> {
  switch (name) {
    case 'github':
      return (await import('./github/platform.js')).githubPlatform;
    case 'gitlab':
      return (await import('./gitlab/platform.js')).gitlabPlatform;
    case 'local':
      return (await import('./local/platform.js')).localPlatform;
  }
}
