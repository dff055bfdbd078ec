export { openSandbox, unisolated, UNISOLATED_WARNING, type Sandbox, type SandboxOptions, type JailOptions } from './sandbox.js';
export type { Account } from './account.js';
