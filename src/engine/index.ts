/**
 * The engine factory: `engine.use` (or the `engine` input) -> an Engine. Adapters live one per file;
 * every one checks its own set-up in `preflight` and runs one round in `run`.
 */
import type { EngineName } from '../config/types.js';
import { DroidError } from '../util/errors.js';
import { claudeEngine } from './claude.js';
import { codexEngine } from './codex.js';
import { commandEngine } from './command.js';
import { droidEngine } from './droid.js';
import { fixCommandsEngine } from './fix-commands.js';
import type { Engine } from './types.js';
import type { Redactor } from '../util/redact.js';
import { redactedEngine } from './redacted.js';

export const ENGINE_NAMES: readonly EngineName[] = ['droid', 'claude', 'codex', 'command', 'fix-commands'];

export interface EngineOptions {
  /** an explicit executable for the CLI engines (droid, claude, codex); default: located as each adapter documents */
  binPath?: string | undefined;
}

export function isEngineName(name: string): name is EngineName {
  return (ENGINE_NAMES as readonly string[]).includes(name);
}

export function createEngine(name: string, options: EngineOptions = {}): Engine {
  const bin = options.binPath ? { binPath: options.binPath } : {};
  if (!isEngineName(name)) {
    throw new DroidError('config', `unknown engine "${name}"`, { hint: `use one of: ${ENGINE_NAMES.join(', ')}` });
  }
  switch (name) {
    case 'droid':
      return droidEngine(bin);
    case 'claude':
      return claudeEngine(bin);
    case 'codex':
      return codexEngine(bin);
    case 'command':
      return commandEngine();
    case 'fix-commands':
      return fixCommandsEngine();
  }
}

export type { Engine, EngineInput, EngineResult } from './types.js';

/** the variables the engines read their keys from by default (engine.api_key_env adds its own) */
const ENGINE_KEY_VARS = ['FACTORY_API_KEY', 'ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN', 'CLAUDE_CODE_OAUTH_TOKEN', 'OPENAI_API_KEY'];

/**
 * The run's engine: its key is a secret of this run even on --platform local, masked in every message
 * (a model API may echo it in an error), log line and audit entry.
 */
export function engineFor(name: string, config: { engine: { api_key_env: string } }, engineEnv: NodeJS.ProcessEnv, redactor: Redactor): Engine {
  for (const variable of ENGINE_KEY_VARS.concat(config.engine.api_key_env.trim())) redactor.add(engineEnv[variable]?.trim());
  return redactedEngine(createEngine(name), redactor);
}
