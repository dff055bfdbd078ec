import { FORGE_CREDENTIAL_NAMES, FORGE_CREDENTIAL_PREFIXES } from '../profiles/env.js';

/**
 * The environment an engine adapter starts from: the runner's environment minus every forge credential
 * and the action's own inputs (the same lists test commands lose). Model keys stay: each adapter then
 * passes only its own key to its CLI.
 */
const NAMES = new Set(FORGE_CREDENTIAL_NAMES);

export function engineBaseEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    const upper = name.toUpperCase();
    if (NAMES.has(upper) || FORGE_CREDENTIAL_PREFIXES.some((p) => upper.startsWith(p))) continue;
    if (value !== undefined && /(gitlab-ci-token|x-access-token|oauth2):[^@\s]+@/i.test(value)) continue;
    out[name] = value;
  }
  return out;
}
