/** `--platform github`: the runner's event, inputs and token -> PlatformSetup (see forge/github/setup.ts). */
export { githubSetup } from './setup.js';
