/** `--platform github`: the runner's event, inputs and token -> PlatformSetup (see forge/github/setup.ts). */
export { githubSetup } from '../forge/github/setup.js';
