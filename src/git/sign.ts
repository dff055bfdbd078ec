/**
 * Signed commits (PRODUCT.md §14, `pr.sign`).
 *
 * `ssh`: the droid's commit is signed with an SSH key (the `signing_key` input on GitHub,
 * `DROID_SIGNING_KEY` on GitLab). The key is written to a 0600 file in a private temporary folder
 * outside the work tree only for the `git commit -S` call (gpg.format=ssh, user.signingkey through
 * GIT_CONFIG_* entries of that one command, nothing in .git/config) and removed right after; the
 * engine has finished by then and never sees it.
 *
 * `api` (GitHub): the droid's local commit is replayed through the forge's createCommitOnBranch
 * (forge/github/graphql-commit.ts), which GitHub signs. Fast-forward only: the commit goes on the
 * branch head the droid started from; if someone pushed meanwhile, the head is refetched once and used
 * only when their changes touch none of the droid's files (else a conflict, the work kept as a patch);
 * never forced. What the mutation cannot express (symlinks, executable or changed modes, submodules,
 * files over its size limits, several commits) falls back to a normal push, said in the outcome.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ApiCommitInput, ApiCommitResult } from '../platform/types.js';
import { configEntriesToEnv, type GitConfigEntry } from './auth.js';
import { DroidError } from '../util/errors.js';
import type { Logger } from '../util/log.js';
import type { GitAuthEnv } from './auth.js';
import type { Git } from './git.js';

// ---- ssh ----

const PRIVATE_KEY = /^-----BEGIN (?:OPENSSH |RSA |EC |DSA )?PRIVATE KEY-----\n[\s\S]+\n-----END (?:OPENSSH |RSA |EC |DSA )?PRIVATE KEY-----\n?$/;

const BASE64 = /^[A-Za-z0-9+/=\s]+$/;

/**
 * The key from what the variable holds. GitLab cannot mask a multi-line value, so besides the key
 * itself DROID_SIGNING_KEY may be a File-type CI/CD variable (GitLab puts the value in a file and the
 * variable holds its path) or the key in base64 (which GitLab can mask). Anything else is returned as
 * it is, for normalizeSigningKey to refuse with the fix.
 */
export async function resolveSigningKey(value: string): Promise<string> {
  const text = value.trim();
  if (text.startsWith('-----BEGIN')) return value;
  if (path.isAbsolute(text) && !/\s/.test(text)) {
    try {
      return await readFile(text, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      throw new DroidError('config', `the commit signing key file that DROID_SIGNING_KEY names cannot be read (${code})`, {
        hint: 'DROID_SIGNING_KEY is taken as a File-type CI/CD variable when it holds an absolute path: check that the variable is of type File, or give the key itself (or in base64)',
      });
    }
  }
  if (BASE64.test(text)) {
    const decoded = Buffer.from(text.replace(/\s/g, ''), 'base64').toString('utf8');
    if (decoded.trimStart().startsWith('-----BEGIN')) return decoded;
  }
  return value;
}

/** The key text as ssh-keygen wants it (LF line ends, a final newline); throws a config error naming the fix when it is not a private key. */
export function normalizeSigningKey(key: string): string {
  const text = `${key.replace(/\r\n?/g, '\n').trim()}\n`;
  if (!PRIVATE_KEY.test(text)) {
    throw new DroidError('config', 'the commit signing key is not an SSH private key', {
      hint: 'pr.sign: ssh needs the whole private key file (-----BEGIN OPENSSH PRIVATE KEY----- …, no passphrase) in the signing_key input (GitHub) or the DROID_SIGNING_KEY variable (GitLab: a File-type variable, or the key in base64 as a masked variable)',
    });
  }
  return text;
}

/** The environment of one `git commit -S` that signs with the SSH key in `keyFile`. */
export function sshSigningEnv(keyFile: string): Record<string, string> {
  const entries: GitConfigEntry[] = [
    ['gpg.format', 'ssh'],
    ['user.signingkey', keyFile],
    ['gpg.ssh.program', 'ssh-keygen'],
  ];
  return configEntriesToEnv(entries);
}

/** Runs `fn` with the key in a 0600 file under a fresh private folder of `tempRoot` (outside the work tree), removed afterwards whatever happens. */
export async function withSigningKey<T>(key: string, tempRoot: string | undefined, fn: (env: Record<string, string>) => Promise<T>): Promise<T> {
  const text = normalizeSigningKey(key);
  const dir = await mkdtemp(path.join(tempRoot || tmpdir(), 'droid-sign-'));
  try {
    const file = path.join(dir, 'signing-key');
    await writeFile(file, text, { mode: 0o600 });
    try {
      return await fn(sshSigningEnv(file));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new DroidError('config', `could not sign the commit with the SSH key: ${message.split('\n').slice(0, 3).join(' ')}`, {
        hint: 'check the signing key (an unencrypted OpenSSH private key; `ssh-keygen -y -f key` must print its public key) and that ssh-keygen is installed',
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ---- api ----

/** createCommitOnBranch's limits, kept under GitHub's documented request size (file contents travel base64). */
export const API_LIMITS = { maxFileBytes: 10 * 1024 * 1024, maxTotalBytes: 30 * 1024 * 1024 };

export interface RawChange {
  oldMode: string;
  newMode: string;
  newOid: string;
  /** A added, M modified, D deleted, T type changed */
  status: string;
  path: string;
}

/** `git diff --raw -z --no-renames` records: `:old new oldOid newOid S\0path\0`. Linear, one pass. */
export function parseRawDiff(text: string): RawChange[] {
  const parts = text.split('\0');
  const out: RawChange[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const meta = parts[i] ?? '';
    const file = parts[i + 1] ?? '';
    const m = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(meta);
    if (!m) throw new DroidError('internal', `unexpected git diff --raw record: ${meta.slice(0, 80)}`);
    out.push({ oldMode: m[1] ?? '', newMode: m[2] ?? '', newOid: m[4] ?? '', status: m[5] ?? '', path: file });
  }
  return out;
}

/** Why the mutation cannot carry this change, or undefined when it can. */
export function inexpressible(change: RawChange): string | undefined {
  const modes = [change.oldMode, change.newMode];
  if (modes.includes('120000')) return `${change.path} is a symbolic link`;
  if (modes.includes('160000')) return `${change.path} is a submodule`;
  if (change.status !== 'D' && change.newMode === '100755') return `${change.path} is executable`;
  if (change.status === 'M' && change.oldMode !== change.newMode) return `${change.path} changes its file mode`;
  if (change.status === 'T') return `${change.path} changes its type`;
  return undefined;
}

export interface ApiPushOptions {
  git: Git;
  commits: { commit(input: ApiCommitInput): Promise<ApiCommitResult>; createBranch(branch: string, sha: string): Promise<void> };
  branch: string;
  remote: string;
  authEnv?: GitAuthEnv | undefined;
  mode: 'droid-branch' | 'pr-head';
  /** where the droid's own commit starts (its parent) */
  base: string;
  /** pr-head: the head pinned when the run started */
  expectedRemoteSha?: string | undefined;
  log: Logger;
  limits?: typeof API_LIMITS | undefined;
}

export type ApiPushResult =
  | { kind: 'pushed'; sha: string }
  | { kind: 'fallback'; reason: string }
  | { kind: 'head-moved' | 'conflict' | 'rejected'; reason: string; remoteSha?: string | undefined };

/** What the mutation needs from the droid's commit, or why it cannot carry it. */
async function commitContents(options: ApiPushOptions, localSha: string): Promise<{ input: Omit<ApiCommitInput, 'expectedHeadOid'>; paths: Set<string> } | { fallback: string }> {
  const { git, base } = options;
  const limits = options.limits ?? API_LIMITS;
  const commits = await git.revList(`${base}..${localSha}`);
  if (commits.length !== 1) return { fallback: `the branch holds ${commits.length} new commits, the mutation makes one` };
  const changes = parseRawDiff(await git.diffRaw(base, localSha));
  const additions: ApiCommitInput['additions'] = [];
  const deletions: ApiCommitInput['deletions'] = [];
  let total = 0;
  for (const change of changes) {
    const why = inexpressible(change);
    if (why) return { fallback: `${why}, which createCommitOnBranch cannot express` };
    if (change.status === 'D') {
      deletions.push({ path: change.path });
      continue;
    }
    const bytes = await git.blob(change.newOid);
    if (bytes.length > limits.maxFileBytes) return { fallback: `${change.path} is ${bytes.length} bytes, over the mutation's ${limits.maxFileBytes}-byte limit per file` };
    total += bytes.length;
    if (total > limits.maxTotalBytes) return { fallback: `the changed files add up to over ${limits.maxTotalBytes} bytes, the mutation's limit` };
    additions.push({ path: change.path, contents: bytes.toString('base64') });
  }
  const message = await git.commitMessage(localSha);
  const [headline = '', ...rest] = message.split('\n');
  return { input: { branch: options.branch, headline: headline.trim(), body: rest.join('\n').trim(), additions, deletions }, paths: new Set(changes.map((c) => c.path)) };
}

/**
 * The head to commit on: `base` itself, or (droid branch only) a head someone moved forward whose own
 * changes touch none of `paths`, so the droid's whole-file contents overwrite nothing of theirs.
 */
async function usableHead(options: ApiPushOptions, head: string, paths: Set<string>): Promise<ApiPushResult | undefined> {
  const { git, base, branch } = options;
  if (head === base) return undefined;
  if (options.mode === 'pr-head') return { kind: 'head-moved', reason: `PR head moved: ${branch} is at ${head.slice(0, 12)}, the run started at ${base.slice(0, 12)}`, remoteSha: head };
  await git.fetch(options.remote, [`refs/heads/${branch}`], { authEnv: options.authEnv });
  const fetched = await git.revParse('FETCH_HEAD');
  if (!(await git.isAncestor(base, fetched))) return { kind: 'conflict', reason: `${branch} on the remote no longer contains ${base.slice(0, 12)}`, remoteSha: fetched };
  const theirs = parseRawDiff(await git.diffRaw(base, fetched)).map((c) => c.path).filter((p) => paths.has(p));
  if (theirs.length > 0) {
    return { kind: 'conflict', reason: `someone pushed changes to ${theirs.slice(0, 5).join(', ')} on ${branch}, which the droid changed too`, remoteSha: fetched };
  }
  return undefined;
}

export async function apiPush(options: ApiPushOptions): Promise<ApiPushResult> {
  const { git, branch, remote, authEnv, log } = options;
  const localSha = await git.revParse(`refs/heads/${branch}`);
  const contents = await commitContents(options, localSha);
  if ('fallback' in contents) return { kind: 'fallback', reason: contents.fallback };

  let head = await git.lsRemote(remote, branch, { authEnv });
  if (head === undefined) {
    if (options.mode === 'pr-head') return { kind: 'head-moved', reason: `PR head moved: ${branch} no longer exists on the remote` };
    log.info(`sign: creating ${branch} at ${options.base.slice(0, 12)} for the signed commit`);
    await options.commits.createBranch(branch, options.base);
    head = options.base;
  }
  for (let attempt = 1; ; attempt += 1) {
    const blocked = await usableHead(options, head, contents.paths);
    if (blocked) return blocked;
    const result = await options.commits.commit({ ...contents.input, expectedHeadOid: head });
    if (result.status === 'committed') {
      // the local branch follows the commit GitHub made (same tree, GitHub's signature)
      await git.fetch(remote, [`refs/heads/${branch}`], { authEnv });
      const fetched = await git.revParse('FETCH_HEAD');
      if (fetched !== result.oid) log.warn(`sign: ${branch} is at ${fetched.slice(0, 12)} on the remote, not the signed commit ${result.oid.slice(0, 12)}`);
      await git.resetKeep(result.oid);
      return { kind: 'pushed', sha: result.oid };
    }
    const moved = await git.lsRemote(remote, branch, { authEnv });
    if (attempt >= 2 || moved === undefined) {
      return { kind: 'rejected', reason: `${branch} moved again while the signed commit was made (${result.message}); nothing was forced`, remoteSha: moved };
    }
    log.info(`sign: ${branch} moved to ${moved.slice(0, 12)} (${result.message}); refetching the head once`);
    head = moved;
  }
}
