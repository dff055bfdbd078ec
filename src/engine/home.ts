/**
 * Per-run HOME folders for agent CLIs: each round gets a fresh, private (0700) folder inside its
 * scratch dir, so a CLI never reads the runner's own settings, credentials or earlier sessions,
 * and the keys written into it (droid's BYOK settings) are removed when the round ends.
 */
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A new private folder `<scratchDir>/<prefix>-XXXXXX`. */
export async function createRunHome(scratchDir: string, prefix = 'home'): Promise<string> {
  await mkdir(scratchDir, { recursive: true, mode: 0o700 });
  const home = await mkdtemp(path.join(scratchDir, `${prefix}-`));
  await chmod(home, 0o700);
  return home;
}

/** Writes a file readable by the owner only, creating its folder (0700). */
export async function writePrivateFile(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, content, { mode: 0o600 });
  await chmod(file, 0o600);
}

/** Removes a run HOME and everything in it; never throws (cleanup must not hide the real outcome). */
export async function removeRunHome(home: string): Promise<void> {
  await rm(home, { recursive: true, force: true, maxRetries: 2 }).catch(() => undefined);
}

/** One entry of droid's BYOK `customModels` (Factory docs: ~/.factory/settings.json). */
export interface FactoryCustomModel {
  model: string;
  displayName: string;
  provider: 'anthropic' | 'openai' | 'generic-chat-completion-api';
  baseUrl: string;
  apiKey: string;
  maxOutputTokens: number;
}

/** `$HOME/.factory/settings.json` with the given custom models; returns the file's path. */
export async function writeFactorySettings(home: string, customModels: FactoryCustomModel[]): Promise<string> {
  const file = path.join(home, '.factory', 'settings.json');
  await writePrivateFile(file, `${JSON.stringify({ customModels }, null, 2)}\n`);
  return file;
}
