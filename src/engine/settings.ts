import type { DroidConfig } from '../config/types.js';
import { DroidError } from '../util/errors.js';
import { checkHttpUrl } from '../util/validate.js';

/**
 * Engine settings every CLI adapter reads the same way: the variable that holds the model key
 * (engine.api_key_env, else the engine's own default) and an http(s) engine.base_url without credentials.
 */
export function keyVariable(config: DroidConfig, defaultVar: string): string {
  return config.engine.api_key_env.trim() || defaultVar;
}

/** The key's value, or a DroidError('engine') naming the variable to set; `needs` completes "the X engine needs …". */
export function readKey(env: NodeJS.ProcessEnv, config: DroidConfig, defaultVar: string, needs: string): string {
  const name = keyVariable(config, defaultVar);
  const value = env[name];
  if (value === undefined || value.trim() === '') {
    throw new DroidError('engine', `${name} is not set: ${needs}`, {
      hint:
        name === defaultVar
          ? `store the key as a CI secret and expose it to the job as ${name} (or name another variable in engine.api_key_env)`
          : `store the key as a CI secret and expose it to the job as ${name} (engine.api_key_env names it)`,
    });
  }
  return value.trim();
}

/** engine.base_url parsed; a config error for anything but an http(s) URL without user info. */
export function parseBaseUrl(baseUrl: string, example: string): URL {
  const url = checkHttpUrl(baseUrl, 'engine.base_url');
  if (typeof url !== 'string') return url;
  const hint = url.endsWith('credentials') ? 'put the key in a CI secret and name its variable in engine.api_key_env' : `use e.g. ${example}`;
  throw new DroidError('config', url, { hint });
}
