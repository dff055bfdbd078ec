/** Pure parsers for git's machine-readable output (porcelain status, numstat, push --porcelain). */

export interface FileStatus {
  path: string;
  /** index status letter (X of porcelain v1), ' ' when unchanged */
  index: string;
  /** work tree status letter (Y of porcelain v1), '?' for untracked */
  worktree: string;
  untracked: boolean;
  deleted: boolean;
}

/** `git status --porcelain=v1 -z --no-renames` */
export function parseStatusZ(out: string): FileStatus[] {
  const files: FileStatus[] = [];
  for (const entry of out.split('\0')) {
    if (entry.length < 4) continue;
    const index = entry[0] ?? ' ';
    const worktree = entry[1] ?? ' ';
    files.push({
      path: entry.slice(3),
      index,
      worktree,
      untracked: index === '?',
      deleted: index === 'D' || worktree === 'D',
    });
  }
  return files;
}

export interface NumstatEntry {
  path: string;
  /** undefined for binary files */
  added: number | undefined;
  deleted: number | undefined;
  binary: boolean;
}

/** `git diff --numstat -z --no-renames` */
export function parseNumstatZ(out: string): NumstatEntry[] {
  const entries: NumstatEntry[] = [];
  for (const record of out.split('\0')) {
    const m = /^(-|\d+)\t(-|\d+)\t([\s\S]+)$/.exec(record.replace(/^\n/, ''));
    if (!m) continue;
    const binary = m[1] === '-';
    entries.push({
      path: m[3] ?? '',
      added: binary ? undefined : Number(m[1]),
      deleted: binary ? undefined : Number(m[2]),
      binary,
    });
  }
  return entries;
}

export interface RawDiffEntry {
  path: string;
  /** six octal digits, `000000` when absent on that side; `120000` a symlink, `160000` a submodule */
  oldMode: string;
  newMode: string;
  /** A, D, M, T (type change), U */
  status: string;
}

/** `git diff --raw -z --no-renames` (`:old new oldsha newsha S\0path\0`…) */
export function parseRawZ(out: string): RawDiffEntry[] {
  const parts = out.split('\0');
  const entries: RawDiffEntry[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const meta = parts[i] ?? '';
    const file = parts[i + 1] ?? '';
    const m = /^:?(\d{6}) (\d{6}) [0-9a-f]+ [0-9a-f]+ ([A-Z])/.exec(meta.replace(/^\n/, ''));
    if (!m || !file) continue;
    entries.push({ oldMode: m[1] ?? '', newMode: m[2] ?? '', status: m[3] ?? '', path: file });
  }
  return entries;
}

export type PushRefFlag = 'fast-forward' | 'forced' | 'deleted' | 'new' | 'rejected' | 'up-to-date';

export interface PushRefStatus {
  flag: PushRefFlag;
  from: string;
  to: string;
  /** e.g. "[rejected]", "[remote rejected]", "abc..def", "[new branch]" */
  summary: string;
  /** the parenthesised reason: "non-fast-forward", "fetch first", "pre-receive hook declined" */
  reason: string | undefined;
}

const FLAGS: Record<string, PushRefFlag> = {
  ' ': 'fast-forward',
  '+': 'forced',
  '-': 'deleted',
  '*': 'new',
  '!': 'rejected',
  '=': 'up-to-date',
};

/** The ref lines of `git push --porcelain` stdout: `<flag>\t<from>:<to>\t<summary> (<reason>)`. */
export function parsePushPorcelain(stdout: string): PushRefStatus[] {
  const refs: PushRefStatus[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^(.)\t([^\t]*):([^\t]*)\t(.*)$/.exec(line);
    if (!m) continue;
    const flag = FLAGS[m[1] ?? ''];
    if (!flag) continue;
    const rest = m[4] ?? '';
    const r = /^(.*?)(?: \((.*)\))?$/.exec(rest);
    refs.push({ flag, from: m[2] ?? '', to: m[3] ?? '', summary: r?.[1] ?? rest, reason: r?.[2] });
  }
  return refs;
}

/** The `remote: …` lines a server sent (hook output, forge messages), without the prefix and blank lines. */
export function remoteMessages(stderr: string): string[] {
  return stderr
    .split(/\r?\n|\r/)
    .map((l) => /^remote:\s?(.*)$/.exec(l)?.[1]?.trimEnd())
    .filter((l): l is string => l !== undefined && l.trim() !== '');
}
