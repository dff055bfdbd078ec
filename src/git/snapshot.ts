/**
 * The droid's git is not the work tree's to configure (PRODUCT.md §10): before each engine round (and each
 * test run) the parts of the git dir that steer what git runs — `config`, `config.worktree`, `info/`
 * (attributes, exclude) and `hooks/` — are snapshotted (bytes, modes, link targets; links never followed),
 * and afterwards put back exactly: what was added is removed, what changed is restored, a link in place of a
 * file or folder is replaced. Every difference is returned so the caller writes it in the audit log.
 * A worktree's own git dir and the common dir are both covered.
 */
import { chmod, lstat, mkdir, open, readdir, readlink, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { DroidError } from '../util/errors.js';
import { readRegularFile } from '../util/safe-fs.js';
import { Git } from './git.js';

type Item =
  | { type: 'file'; mode: number; data: Buffer }
  | { type: 'dir'; mode: number }
  | { type: 'symlink'; target: string }
  | { type: 'other' };

export interface GitDirChange {
  /** e.g. `.git/config`, `.git/info/attributes`, `.git/hooks/pre-commit` (relative to the work tree's parent of the git dir) */
  path: string;
  change: 'added' | 'changed' | 'removed';
}

const TRACKED = ['config', 'config.worktree', 'info', 'hooks'];
const MAX_ITEMS = 20_000;
const MAX_BYTES = 64 * 1024 * 1024;

export class GitDirSnapshot {
  private constructor(
    /** absolute git dirs (the worktree's and the common one, deduplicated) */
    private readonly gitDirs: string[],
    private readonly items: Map<string, Item>,
    private readonly label: (abs: string) => string,
  ) {}

  /** The git dirs of the work tree at `workdir` (its own and the common one), for `take`. */
  static async locate(workdir: string): Promise<string[]> {
    const git = new Git({ cwd: workdir });
    return [...new Set([await git.gitDir(), await git.gitCommonDir()])];
  }

  /** Snapshots the git dir(s) of the work tree at `workdir` (located first unless `dirs` are given). */
  static async take(workdir: string, dirs?: readonly string[]): Promise<GitDirSnapshot> {
    dirs ??= await GitDirSnapshot.locate(workdir);
    const top = path.dirname(dirs[0] ?? workdir);
    const items = new Map<string, Item>();
    const budget = { items: 0, bytes: 0 };
    for (const dir of dirs) for (const name of TRACKED) await collect(path.join(dir, name), items, budget);
    return new GitDirSnapshot([...dirs], items, (abs) => path.relative(top, abs).split(path.sep).join('/') || abs);
  }

  /** Puts everything back as it was when taken; returns what had changed. */
  async restore(): Promise<GitDirChange[]> {
    const now = new Map<string, Item>();
    const budget = { items: 0, bytes: 0 };
    for (const dir of this.gitDirs) {
      for (const name of TRACKED) await collect(path.join(dir, name), now, budget, { lenient: true });
    }
    const changes: GitDirChange[] = [];
    // 1. remove what is new or of another kind, deepest first (a removed folder takes its children along)
    const current = [...now.keys()].sort((a, b) => b.length - a.length);
    for (const abs of current) {
      const was = this.items.get(abs);
      const is = now.get(abs);
      if (!is || (was && sameKind(was, is))) continue;
      if (!(await exists(abs))) continue;
      await rm(abs, { recursive: true, force: true });
      if (!was) changes.push({ path: this.label(abs), change: 'added' });
    }
    // 2. recreate or rewrite what was there, shallowest first
    const before = [...this.items.keys()].sort((a, b) => a.length - b.length);
    for (const abs of before) {
      const was = this.items.get(abs);
      const is = now.get(abs);
      if (!was || was.type === 'other') continue;
      if (is && sameKind(was, is) && sameContent(was, is)) continue;
      await put(abs, was, is !== undefined && sameKind(was, is));
      changes.push({ path: this.label(abs), change: is ? 'changed' : 'removed' });
    }
    return changes;
  }
}

async function exists(abs: string): Promise<boolean> {
  return (await lstat(abs).catch(() => undefined)) !== undefined;
}

function sameKind(a: Item, b: Item): boolean {
  return a.type === b.type;
}

function sameContent(a: Item, b: Item): boolean {
  if (a.type === 'file' && b.type === 'file') return a.mode === b.mode && a.data.equals(b.data);
  if (a.type === 'dir' && b.type === 'dir') return a.mode === b.mode;
  if (a.type === 'symlink' && b.type === 'symlink') return a.target === b.target;
  return true;
}

async function put(abs: string, item: Item, inPlace: boolean): Promise<void> {
  if (item.type === 'dir') {
    if (!inPlace) await mkdir(abs);
    await chmod(abs, item.mode);
  } else if (item.type === 'symlink') {
    await rm(abs, { force: true, recursive: true });
    await symlink(item.target, abs);
  } else if (item.type === 'file') {
    // never written through a link: whatever is there is removed and the file created afresh
    await rm(abs, { force: true, recursive: true });
    const handle = await open(abs, 'wx', item.mode);
    try {
      await handle.writeFile(item.data);
      await handle.chmod(item.mode);
    } finally {
      await handle.close();
    }
  }
}

async function collect(
  abs: string,
  into: Map<string, Item>,
  budget: { items: number; bytes: number },
  options: { lenient?: boolean } = {},
): Promise<void> {
  const info = await lstat(abs).catch(() => undefined);
  if (!info) return;
  if (++budget.items > MAX_ITEMS) {
    if (options.lenient) return;
    throw new DroidError('work', `${abs}: more than ${MAX_ITEMS} entries in the git dir's config, info and hooks`, { hint: 'clean up .git/hooks and .git/info' });
  }
  const mode = info.mode & 0o7777;
  if (info.isSymbolicLink()) {
    into.set(abs, { type: 'symlink', target: await readlink(abs) });
  } else if (info.isDirectory()) {
    into.set(abs, { type: 'dir', mode });
    const names = await readdir(abs).catch(() => []);
    for (const name of names.sort()) await collect(path.join(abs, name), into, budget, options);
  } else if (info.isFile()) {
    budget.bytes += info.size;
    if (budget.bytes > MAX_BYTES) {
      if (options.lenient) {
        // too big to compare: take it as changed (it is removed or rewritten)
        into.set(abs, { type: 'file', mode: -1, data: Buffer.alloc(0) });
        return;
      }
      throw new DroidError('work', `${abs}: the git dir's config, info and hooks hold more than ${MAX_BYTES} bytes`);
    }
    const read = await readRegularFile(abs, MAX_BYTES);
    into.set(abs, read ? { type: 'file', mode, data: read.data } : { type: 'other' });
  } else {
    into.set(abs, { type: 'other' });
  }
}
