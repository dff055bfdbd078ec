/**
 * Reads `.droid.yml`: YAML with positions -> schema -> DroidConfig, or one ConfigError listing every problem.
 * `loadConfig` is pure (the caller may read the text from the target branch, PRODUCT.md §8);
 * `readConfigFile` reads it from a checkout.
 */
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { DroidError } from '../util/errors.js';
import type { DroidConfig } from './types.js';
import { configSchema, defaultConfig } from './schema.js';
import { ConfigError, problemsFromIssues, type ConfigProblem } from './problems.js';
import { position } from './locate.js';
import { isInside } from '../util/validate.js';

export { ConfigError, type ConfigProblem } from './problems.js';

export const DEFAULT_CONFIG_FILE = '.droid.yml';
/** A real .droid.yml is a few KiB; anything this large is a mistake or an attack. */
export const MAX_CONFIG_BYTES = 256 * 1024;
/** Aliases are allowed (e.g. sharing `env`), but not enough of them to expand into a "billion laughs". */
export const MAX_ALIAS_COUNT = 50;

export interface LoadConfigOptions {
  text: string;
  /** the name shown in messages, e.g. `.droid.yml` */
  file: string;
}

/** Parses and validates the text of a `.droid.yml`; throws ConfigError (kind 'config') with every problem found. */
export function loadConfig(options: LoadConfigOptions): DroidConfig {
  const { text, file } = options;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_CONFIG_BYTES) {
    throw new ConfigError(file, [
      { file, line: 1, column: 1, message: `${file} is ${bytes} bytes; a config file may be at most ${MAX_CONFIG_BYTES} bytes (is this the right file?)` },
    ]);
  }
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema (`yes` is a string), `<<` merge keys so profiles can share settings
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2', merge: true });
  const at = (offset: number): { file: string; line: number; column: number; where: string } => {
    const { line, column } = position(lineCounter, offset);
    return { file, line, column, where: `${file}:${line}:${column}` };
  };

  const syntax: ConfigProblem[] = [...doc.errors, ...doc.warnings].map((error) => {
    const loc = at(error.pos[0]);
    return { file, line: loc.line, column: loc.column, message: `YAML syntax error at ${loc.where}: ${yamlMessage(error.message)}` };
  });
  if (syntax.length > 0) throw new ConfigError(file, syntax);

  const contents = doc.contents;
  if (contents === null) {
    throw new ConfigError(file, [{ file, line: 1, column: 1, message: `${file} is empty: start it with \`version: 1\` (or run \`droid-ci init\`)` }]);
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const loc = at(firstAliasOffset(doc));
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(file, [{ file, line: loc.line, column: loc.column, message: `YAML aliases at ${loc.where} expand too much (${reason}); write the values out instead` }]);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const loc = at(contents.range[0]);
    const got = Array.isArray(data) ? 'a list' : `a single value`;
    throw new ConfigError(file, [
      { file, line: loc.line, column: loc.column, message: `the top level of ${file} at ${loc.where} must be a mapping of keys (${Object.keys(configSchema.shape).join(', ')}), got ${got}` },
    ]);
  }

  const result = configSchema.safeParse(data);
  if (result.success) return result.data;
  throw new ConfigError(file, problemsFromIssues({ file, text, doc, lineCounter, schema: configSchema, data }, result.error.issues));
}

function yamlMessage(message: string): string {
  return message.replace(/\s+at line \d+, column \d+.*$/s, '').trim();
}

function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

export interface LoadedConfig {
  config: DroidConfig;
  /** false when the file does not exist: `config` is then the defaults (no test profiles) */
  found: boolean;
  /** absolute path of the file that was (or would have been) read */
  path: string;
  /** the name used in messages: `file` as given */
  file: string;
  /** the file's text, when found */
  text?: string | undefined;
}

/**
 * Reads `file` (relative to `repoRoot`, or absolute) and validates it. A missing file gives the
 * defaults with `found: false`; anything else that cannot be read is a config error.
 * A relative `file` must stay inside the repo, symlinks included.
 */
export async function readConfigFile(repoRoot: string, file: string = DEFAULT_CONFIG_FILE): Promise<LoadedConfig> {
  const absolute = path.resolve(repoRoot, file);
  let info;
  try {
    info = await lstat(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { config: defaultConfig(), found: false, path: absolute, file };
    throw new DroidError('config', `cannot read ${file}: ${(error as Error).message}`);
  }
  if (!path.isAbsolute(file)) await assertInsideRepo(repoRoot, absolute, file);
  if (info.isSymbolicLink()) info = await stat(absolute);
  if (!info.isFile()) throw new DroidError('config', `${file} is not a regular file`, { hint: 'point --config at a YAML file' });
  if (info.size > MAX_CONFIG_BYTES) {
    throw new ConfigError(file, [
      { file, line: 1, column: 1, message: `${file} is ${info.size} bytes; a config file may be at most ${MAX_CONFIG_BYTES} bytes (is this the right file?)` },
    ]);
  }
  const text = await readFile(absolute, 'utf8');
  return { config: loadConfig({ text, file }), found: true, path: absolute, file, text };
}

async function assertInsideRepo(repoRoot: string, absolute: string, file: string): Promise<void> {
  let root: string;
  let target: string;
  try {
    root = await realpath(repoRoot);
    target = await realpath(absolute);
  } catch (error) {
    throw new DroidError('config', `cannot read ${file}: ${(error as Error).message}`);
  }
  if (!isInside(root, target)) {
    throw new DroidError('config', `${file} resolves outside the repository`, { hint: 'the config must be a file inside the repo (not a symlink to elsewhere)' });
  }
}
