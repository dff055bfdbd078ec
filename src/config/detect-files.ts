/**
 * Small, bounded file reads for `droid-ci init`'s detection: manifests are read only when they are regular
 * files under 1 MiB; a broken or hostile file gives `undefined`, never a crash. Nothing here runs anything.
 */
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isRecord } from '../util/validate.js';

const MAX_MANIFEST_BYTES = 1024 * 1024;
const MAX_DIRS = 2000;
export const SKIP_DIRS = new Set(['node_modules', 'vendor', 'target', 'build', 'dist', 'out', 'venv', '__pycache__', 'site-packages', 'bower_components', '_build', 'deps']);
/** Folder names we are willing to write into a config (no control characters, quotes, backslashes or `#`). */
export const SAFE_DIR_NAME = /^[A-Za-z0-9_@+-][A-Za-z0-9_.@+ -]*$/;

export async function listDir(dir: string) {
  try {
    return (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

export async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

export async function isDir(dir: string): Promise<boolean> {
  try {
    return (await lstat(dir)).isDirectory();
  } catch {
    return false;
  }
}

export async function firstExisting(dir: string, names: readonly string[]): Promise<string | undefined> {
  for (const name of names) if (await isFile(path.join(dir, name))) return name;
  return undefined;
}

export async function readSmall(file: string): Promise<string | undefined> {
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > MAX_MANIFEST_BYTES) return undefined;
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

export async function readJson(file: string): Promise<Record<string, unknown> | undefined> {
  const text = await readSmall(file);
  if (text === undefined) return undefined;
  return parseJsonObject(text);
}

/** deno.jsonc, tsconfig-style JSON: comments and trailing commas are allowed. */
export async function readJsonc(file: string): Promise<Record<string, unknown> | undefined> {
  const text = await readSmall(file);
  if (text === undefined) return undefined;
  return parseJsonObject(stripJsonc(text));
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Removes `//` and `/* *\/` comments and trailing commas outside strings, in one linear pass. */
export function stripJsonc(text: string): string {
  const out: string[] = [];
  let lastSignificant = -1; // index in `out` of the last character that is not white space
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out.push(text.slice(i, j + 1));
      lastSignificant = out.length - 1;
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      out.push(' ');
    } else {
      if ((c === '}' || c === ']') && lastSignificant >= 0 && out[lastSignificant] === ',') out[lastSignificant] = ' ';
      out.push(c);
      if (!/\s/.test(c)) lastSignificant = out.length - 1;
      i++;
    }
  }
  return out.join('');
}

/** Folders below `root`, breadth first, up to `depth` levels, skipping dependencies, build output and dot folders. */
export async function subdirectories(root: string, depth: number): Promise<string[]> {
  const result: string[] = [];
  let level = [root];
  for (let d = 0; d < depth && level.length > 0; d++) {
    const next: string[] = [];
    for (const dir of level) {
      for (const entry of await listDir(dir)) {
        if (!entry.isDirectory() || entry.name.startsWith('.') || SKIP_DIRS.has(entry.name) || !SAFE_DIR_NAME.test(entry.name)) continue;
        if (result.length >= MAX_DIRS) return result.sort();
        const child = path.join(dir, entry.name);
        result.push(child);
        next.push(child);
      }
    }
    level = next;
  }
  return result.sort();
}

/** The keys of `deps`, `devDependencies`... of a package.json-like object. */
export function dependencyNames(manifest: Record<string, unknown> | undefined, fields: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const field of fields) {
    const value = manifest?.[field];
    if (isRecord(value)) for (const name of Object.keys(value)) names.add(name);
  }
  return names;
}
