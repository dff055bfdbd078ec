/**
 * Locating an agent CLI's real executable.
 *
 * npm installs these CLIs as a small launcher plus a platform package that holds the native
 * binary. When install scripts are off (as in many CI set-ups), the launcher in
 * `node_modules/.bin` can be a stub that only prints an error: files under `minBytes` are skipped,
 * and the platform package's binary is looked for in every `node_modules` above this module and
 * the working directory. Order: explicit path (factory option) → override variable → PATH →
 * node_modules.
 */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DroidError } from '../util/errors.js';

export interface CliSpec {
  /** what users call it, for messages: "Claude Code" */
  label: string;
  /** the command looked up on PATH: "claude" */
  command: string;
  /** variable that may name the executable explicitly: "CLAUDE_CLI_PATH" */
  overrideEnv: string;
  /** candidate files relative to a node_modules folder, best first */
  packagePaths: string[];
  /** files smaller than this are launcher stubs, not the CLI (checked for package paths and PATH hits) */
  minBytes?: number | undefined;
  /** how to install it, for the hint */
  installHint: string;
}

export interface CliLocation {
  path: string;
  source: 'option' | 'env' | 'node_modules' | 'PATH';
}

function isExecutableFile(file: string, minBytes: number): boolean {
  try {
    const stats = statSync(file);
    if (!stats.isFile() || stats.size < minBytes) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Every `node_modules` folder from `start` up to the filesystem root. */
function nodeModulesAbove(start: string): string[] {
  const found: string[] = [];
  let dir = path.resolve(start);
  for (;;) {
    found.push(path.join(dir, 'node_modules'));
    const parent = path.dirname(dir);
    if (parent === dir) return found;
    dir = parent;
  }
}

function moduleDir(): string | undefined {
  try {
    return path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return undefined;
  }
}

/** Where to look for node_modules: this module's folder (source or bundle) and the working directory. */
export function defaultSearchRoots(): string[] {
  const roots = [moduleDir(), process.cwd()].filter((d): d is string => d !== undefined);
  return [...new Set(roots)];
}

/** Finds the CLI or returns undefined. `env` supplies the override variable and PATH. */
export function tryLocateCli(
  spec: CliSpec,
  env: NodeJS.ProcessEnv,
  options: { binPath?: string | undefined; searchRoots?: string[] | undefined } = {},
): CliLocation | undefined {
  if (options.binPath) return { path: path.resolve(options.binPath), source: 'option' };
  const override = env[spec.overrideEnv];
  if (override) return { path: path.resolve(override), source: 'env' };
  const minBytes = spec.minBytes ?? 0;
  // what the job image installed on purpose comes first; launcher stubs are skipped by size
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, spec.command);
    if (isExecutableFile(candidate, minBytes)) return { path: candidate, source: 'PATH' };
  }
  const seen = new Set<string>();
  for (const root of options.searchRoots ?? defaultSearchRoots()) {
    for (const nodeModules of nodeModulesAbove(root)) {
      if (seen.has(nodeModules)) continue;
      seen.add(nodeModules);
      for (const rel of spec.packagePaths) {
        const candidate = path.join(nodeModules, rel);
        if (isExecutableFile(candidate, minBytes)) return { path: candidate, source: 'node_modules' };
      }
    }
  }
  return undefined;
}

/** Like tryLocateCli, and checks that an explicit path really is an executable; throws DroidError('engine'). */
export function locateCli(
  spec: CliSpec,
  env: NodeJS.ProcessEnv,
  options: { binPath?: string | undefined; searchRoots?: string[] | undefined } = {},
): CliLocation {
  const found = tryLocateCli(spec, env, options);
  if (!found) {
    throw new DroidError('engine', `${spec.label} CLI not found (looked for \`${spec.command}\` in node_modules and on PATH)`, {
      hint: `${spec.installHint}, or set ${spec.overrideEnv} to the executable`,
    });
  }
  if ((found.source === 'option' || found.source === 'env') && !isExecutableFile(found.path, 0)) {
    const origin = found.source === 'env' ? spec.overrideEnv : 'the configured path';
    throw new DroidError('engine', `${spec.label} CLI at ${found.path} (from ${origin}) is not an executable file`, {
      hint: `point ${spec.overrideEnv} at the ${spec.command} executable`,
    });
  }
  return found;
}
