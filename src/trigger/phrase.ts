/**
 * The trigger phrase a comment or note must start with (PRODUCT.md §2 `access.trigger`), in this order:
 * 1. what the pipeline says: the Action's `trigger_phrase` input, the GitLab template's `trigger` input
 *    (DROID_TRIGGER, also what the relay sends);
 * 2. `access.trigger` in the checked-out `.droid.yml` (for comments, the default branch's);
 * 3. `/droid`.
 * Read before the run proper (the event decides whether there is a run at all): a missing, unreadable or
 * invalid config gives the default here, and the run's own config load reports what is wrong with it.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { relativePathProblem } from '../config/schema.js';
import { isRecord } from '../util/validate.js';

export const DEFAULT_TRIGGER = '/droid';
const PHRASE = /^\S{1,64}$/;
const MAX_CONFIG_BYTES = 256 * 1024;

export interface TriggerPhrase {
  phrase: string;
  from: 'input' | 'config' | 'default';
}

export function resolveTriggerPhrase(given: string | undefined, repoRoot: string, configPath: string | undefined): TriggerPhrase {
  const input = given?.trim();
  if (input) return { phrase: input, from: 'input' };
  const configured = configuredTrigger(repoRoot, configPath?.trim() || '.droid.yml');
  return configured ? { phrase: configured, from: 'config' } : { phrase: DEFAULT_TRIGGER, from: 'default' };
}

/** `access.trigger` of the config file at `repoRoot/configPath`, when it is there and valid. */
export function configuredTrigger(repoRoot: string, configPath: string): string | undefined {
  if (relativePathProblem(configPath)) return undefined;
  const file = path.join(repoRoot, configPath);
  try {
    const info = statSync(file);
    if (!info.isFile() || info.size > MAX_CONFIG_BYTES) return undefined;
    const config: unknown = parse(readFileSync(file, 'utf8'), { maxAliasCount: 50 });
    const access = isRecord(config) ? config['access'] : undefined;
    const trigger = isRecord(access) ? access['trigger'] : undefined;
    return typeof trigger === 'string' && PHRASE.test(trigger) ? trigger : undefined;
  } catch {
    return undefined;
  }
}
