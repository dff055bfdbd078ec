/**
 * File access that never follows a link out of the work tree (PRODUCT.md §10). The engine and the test
 * commands may leave anything in the tree: a symlink to /dev/zero or to a file outside, a FIFO, a device,
 * a `.droid` folder replaced by a link. What the droid reads is looked at with `lstat` first and opened
 * with O_NOFOLLOW | O_NONBLOCK (a FIFO never blocks); a symlink is described by its target text, never
 * read through; anything but a regular file is only named; every read is capped. What the droid writes
 * (its artifacts folder `.droid/`: pr.md, audit.jsonl, patches) goes into a folder that is not a link
 * (a link there is removed and a fresh folder made) and into files opened without following links (a link
 * or FIFO in their place is removed and the file created fresh, exclusively).
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { lstat, mkdir, open, readlink, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { DroidError } from './errors.js';

const { O_RDONLY, O_WRONLY, O_CREAT, O_TRUNC, O_EXCL, O_APPEND, O_NOFOLLOW, O_NONBLOCK } = constants;
/** most bytes read of one file unless the caller says otherwise */
export const DEFAULT_READ_CAP = 8 * 1024 * 1024;
/** longest symlink target text kept */
const MAX_LINK_TEXT = 4096;

export type Entry =
  | { kind: 'file'; size: number; data: Buffer; truncated: boolean; mode: number }
  | { kind: 'symlink'; target: string }
  | { kind: 'dir' }
  | { kind: 'other'; type: 'fifo' | 'socket' | 'device' | 'unknown' }
  | { kind: 'missing' };

/** What is at `file`, without following a link: a regular file's first `maxBytes` bytes, a link's target text. */
export async function describeEntry(file: string, maxBytes = DEFAULT_READ_CAP): Promise<Entry> {
  const info = await lstat(file).catch(() => undefined);
  if (!info) return { kind: 'missing' };
  if (info.isSymbolicLink()) {
    const target = await readlink(file).catch(() => '');
    return { kind: 'symlink', target: target.slice(0, MAX_LINK_TEXT) };
  }
  if (info.isDirectory()) return { kind: 'dir' };
  if (!info.isFile()) return { kind: 'other', type: otherType(info) };
  const read = await readRegularFile(file, maxBytes);
  if (!read) return { kind: 'other', type: 'unknown' };
  return { kind: 'file', ...read, mode: info.mode };
}

function otherType(info: { isFIFO(): boolean; isSocket(): boolean; isBlockDevice(): boolean; isCharacterDevice(): boolean }): 'fifo' | 'socket' | 'device' | 'unknown' {
  if (info.isFIFO()) return 'fifo';
  if (info.isSocket()) return 'socket';
  if (info.isBlockDevice() || info.isCharacterDevice()) return 'device';
  return 'unknown';
}

/**
 * The first `maxBytes` bytes of a regular file and its size; undefined when `file` is a link, a FIFO, a
 * device, a folder or missing. Never blocks and never reads more than `maxBytes`.
 */
export async function readRegularFile(file: string, maxBytes = DEFAULT_READ_CAP): Promise<{ data: Buffer; size: number; truncated: boolean } | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return undefined;
    const want = Math.max(0, Math.min(info.size, maxBytes));
    const data = Buffer.alloc(want);
    let got = 0;
    while (got < want) {
      const { bytesRead } = await handle.read(data, got, want - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return { data: data.subarray(0, got), size: info.size, truncated: info.size > got };
  } finally {
    await handle.close();
  }
}

// ---- writing the droid's artifacts -------------------------------------------------------------

/**
 * Makes `dir` a real folder: created when missing (its parents too); a link or a non-folder in its place is
 * removed first. Returns true when something had to be replaced (the caller may say so).
 */
export async function prepareArtifactDir(dir: string): Promise<boolean> {
  const info = await lstat(dir).catch(() => undefined);
  if (info?.isDirectory()) return false;
  if (info) await unlink(dir).catch((e: unknown) => failReplace(dir, e));
  else await mkdir(path.dirname(dir), { recursive: true });
  await mkdir(dir).catch((e: unknown) => {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  });
  if (!(await lstat(dir)).isDirectory()) failReplace(dir, new Error('not a folder'));
  return info !== undefined;
}

export function prepareArtifactDirSync(dir: string): boolean {
  let info;
  try {
    info = lstatSync(dir);
  } catch {
    info = undefined;
  }
  if (info?.isDirectory()) return false;
  if (info) {
    try {
      unlinkSync(dir);
    } catch (e) {
      failReplace(dir, e);
    }
  } else mkdirSync(path.dirname(dir), { recursive: true });
  try {
    mkdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  if (!lstatSync(dir).isDirectory()) failReplace(dir, new Error('not a folder'));
  return info !== undefined;
}

function failReplace(dir: string, cause: unknown): never {
  throw new DroidError('work', `${dir} is not a folder and could not be replaced by one: ${cause instanceof Error ? cause.message : String(cause)}`, {
    hint: 'remove it; the droid writes its artifacts there and never through a link',
  });
}

/**
 * Writes (or appends) `data` to `file` without following a link: a link, FIFO or device in its place is
 * removed and the file created fresh (O_EXCL). The folder is not checked: call prepareArtifactDir first.
 */
export async function writeFileNoFollow(file: string, data: string | Buffer, options: { append?: boolean; mode?: number } = {}): Promise<void> {
  const handle = await openForWrite(file, options.append === true, options.mode ?? 0o644);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}

async function openForWrite(file: string, append: boolean, mode: number): Promise<FileHandle> {
  const flags = O_WRONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK | (append ? O_APPEND : O_TRUNC);
  try {
    const handle = await open(file, flags, mode);
    if ((await handle.stat()).isFile()) return handle;
    await handle.close();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ELOOP: a link; ENXIO: a FIFO nobody reads; EISDIR: a folder (left alone, reported)
    if (code !== 'ELOOP' && code !== 'ENXIO' && code !== 'EMLINK') throw error;
  }
  await unlink(file);
  return open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode);
}

/** Sync append for the audit log (every line is on disk before the next action). Returns true when the file was created fresh. */
export function appendFileNoFollowSync(file: string, data: string): boolean {
  const flags = O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_NONBLOCK;
  let fd: number | undefined;
  let fresh = false;
  try {
    fd = openSync(file, flags, 0o644);
    if (!fstatSync(fd).isFile()) {
      closeSync(fd);
      fd = undefined;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ELOOP' && code !== 'ENXIO' && code !== 'EMLINK') throw error;
  }
  if (fd === undefined) {
    unlinkSync(file);
    fd = openSync(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o644);
    fresh = true;
  }
  try {
    writeSync(fd, data);
  } finally {
    closeSync(fd);
  }
  return fresh;
}

/** `file` is a regular file (not followed); with `removeOther`, a link, FIFO or device in its place is removed. */
export function isRegularFileSync(file: string, options: { removeOther?: boolean } = {}): boolean {
  let info;
  try {
    info = lstatSync(file);
  } catch {
    return false;
  }
  if (info.isFile()) return true;
  if (options.removeOther && !info.isDirectory()) unlinkSync(file);
  return false;
}
