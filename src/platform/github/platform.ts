import type { Platform } from '../types.js';
import { githubSetup } from './setup.js';

/** `--platform github` and the Action: the runner's event, inputs and token (setup.ts); doctor's probes (doctor.ts). */
export const githubPlatform: Platform = {
  name: 'github',
  setup: (env, ctx, options) => githubSetup(env, ctx, { command: options.command, ticket: options.ticket, prompt: options.prompt }),
  doctor: async (env, ctx) => (await import('./doctor.js')).githubDoctorSetup(env, ctx),
};

export { githubSetup } from './setup.js';
