import { stat } from 'node:fs/promises';
import path from 'node:path';
import { DroidError } from '../util/errors.js';
import type { GitConfigEntry } from './auth.js';
import type { GitIdentity } from './git-types.js';

/**
 * What every git command of the wrapper (git.ts) runs with (PRODUCT.md §10): the `-c` switches that keep
 * the work tree's hooks, pagers, editors, helpers and signing out; an environment with git's steering
 * variables removed and the droid's identity set; and the overrides that neutralise every content
 * driver some config names. Pure functions over their inputs, so the wrapper's one exec stays short.
 */
export const STRIPPED_ENV =
  /^(GIT_TRACE.*|GIT_DIR|GIT_WORK_TREE|GIT_INDEX_FILE|GIT_OBJECT_DIRECTORY|GIT_ALTERNATE_OBJECT_DIRECTORIES|GIT_ASKPASS|SSH_ASKPASS|GIT_EXEC_PATH|GIT_NAMESPACE|GIT_CEILING_DIRECTORIES|GIT_SSH|GIT_SSH_COMMAND|GIT_EDITOR|GIT_SEQUENCE_EDITOR|GIT_PAGER|PAGER|GIT_EXTERNAL_DIFF|GIT_DIFF_OPTS|GIT_ATTR_SOURCE|GIT_CONFIG|GIT_CONFIG_PARAMETERS|GIT_PROXY_COMMAND|GIT_ALLOW_PROTOCOL)$/;
/** `filter.<x>.clean` … `merge.<x>.driver`: the config keys that name a command git runs on content */
const DRIVER_KEY = /^(filter|diff|merge)\.(.+)\.([a-z]+)$/;
/**
 * Git LFS's own filter, as `git lfs install` writes it: left to run, so a repository that tracks files with
 * LFS gets pointers committed, not the files. Only these exact commands (no shell words of anyone's
 * choosing) and only when every key of `filter.lfs` is one of them; anything else under that name is
 * neutralised like any other driver.
 */
const LFS_FILTER: Readonly<Record<string, string>> = {
  'filter.lfs.clean': 'git-lfs clean -- %f',
  'filter.lfs.smudge': 'git-lfs smudge -- %f',
  'filter.lfs.process': 'git-lfs filter-process',
  'filter.lfs.required': 'true',
};

/**
 * From `git config --list --show-origin --null`: config entries that switch off every filter, diff and
 * merge driver named there (Git LFS's standard filter excepted), and the files the entries came from.
 */
export function driverOverridesFrom(stdout: string, cwd: string): { entries: GitConfigEntry[]; files: string[] } {
  const entries = new Map<string, string>();
  const files = new Set<string>();
  const parts = stdout.split('\0');
  let lfsStandard = true;
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const origin = parts[i] ?? '';
    // with --null, each entry is `origin NUL key LF value NUL`
    const entry = parts[i + 1] ?? '';
    const newline = entry.indexOf('\n');
    const key = newline === -1 ? entry : entry.slice(0, newline);
    const value = newline === -1 ? undefined : entry.slice(newline + 1);
    if (origin.startsWith('file:')) files.add(path.resolve(cwd, origin.slice('file:'.length)));
    if (key.startsWith('filter.lfs.') && LFS_FILTER[key] !== value) lfsStandard = false;
    const m = DRIVER_KEY.exec(key);
    if (!m) continue;
    const [, section, name] = m;
    if (section === 'filter') {
      for (const k of ['clean', 'smudge', 'process']) entries.set(`filter.${name}.${k}`, '');
      entries.set(`filter.${name}.required`, 'false');
    } else if (section === 'diff') {
      // diff commands pass --no-textconv/--no-ext-diff; `cat` is the identity should one not
      entries.set(`diff.${name}.textconv`, 'cat');
      entries.set(`diff.${name}.command`, 'false');
    } else {
      entries.set(`merge.${name}.driver`, '');
    }
  }
  if (lfsStandard) for (const key of ['clean', 'smudge', 'process', 'required']) entries.delete(`filter.lfs.${key}`);
  return { entries: [...entries], files: [...files] };
}

/** Identity (inode, size, mtime, ctime) of every config file git may read, present or not. */
export async function configFilesSignature(env: NodeJS.ProcessEnv, commonDir: string | undefined, extra: readonly string[]): Promise<string> {
  const home = env.HOME ?? '';
  const files = [
    env.GIT_CONFIG_GLOBAL ?? path.join(home, '.gitconfig'),
    path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'git', 'config'),
    env.GIT_CONFIG_SYSTEM ?? '/etc/gitconfig',
    ...(commonDir ? [path.join(commonDir, 'config'), path.join(commonDir, 'config.worktree')] : []),
    ...extra,
  ];
  const ids = await Promise.all(
    files.map((f) =>
      stat(f, { bigint: true }).then(
        (s) => `${f}|${s.ino}|${s.size}|${s.mtimeNs}|${s.ctimeNs}`,
        () => `${f}|-`,
      ),
    ),
  );
  return ids.join('\n');
}

/** The `-c` switches of every command; `remote` adds what a fetch or push needs. */
export function hardenedConfigArgs(remote: boolean, signCommits: boolean): string[] {
  const c = [
    'core.hooksPath=/dev/null',
    'core.fsmonitor=false',
    'core.attributesFile=/dev/null',
    'core.pager=cat',
    'core.editor=true',
    'sequence.editor=true',
    'credential.helper=',
    'core.askPass=',
    'submodule.recurse=false',
    'diff.submodule=short',
    `commit.gpgsign=${signCommits ? 'true' : 'false'}`,
    'tag.gpgsign=false',
    'core.quotepath=false',
    'advice.detachedHead=false',
    'rebase.autoSquash=false',
    'rebase.updateRefs=false',
    'pull.rebase=false',
    'protocol.ext.allow=never',
  ];
  if (remote) c.push('protocol.file.allow=user');
  return c.flatMap((kv) => ['-c', kv]);
}

/** The process environment without git's steering variables, with the droid's identity and no prompts. */
export function hardenedEnv(env: NodeJS.ProcessEnv, identity: GitIdentity): Record<string, string | undefined> {
  const base: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(env)) if (!STRIPPED_ENV.test(k)) base[k] = v;
  return {
    ...base,
    LC_ALL: 'C',
    LANGUAGE: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GCM_INTERACTIVE: 'never',
    GIT_LITERAL_PATHSPECS: '1',
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email,
    GIT_EDITOR: 'true',
    GIT_SEQUENCE_EDITOR: 'true',
    GIT_PAGER: 'cat',
    GIT_ATTR_NOSYSTEM: '1',
  };
}

/** What git prints when the server did not take the credentials. A status is read only where git names one (never from a URL's port). */
const AUTH_TROUBLE = /could not read (Username|Password)|Authentication failed|terminal prompts disabled|returned error: 40[13]\b|HTTP 40[13]\b/i;
/** The server took the credentials and refused the access (HTTP 403), as git and the forges word it. */
const ACCESS_DENIED = /returned error: 403\b|HTTP 403\b|\b403 Forbidden\b|Permission to \S+ denied/i;

/** A failed git command as a DroidError: authentication and access problems say what to fix. `stderr` is already redacted. */
export function gitFailure(args: readonly string[], redactedStderr: string, exitCode: number, remote: boolean, target?: string): DroidError {
  const verb = args[0] ?? 'git';
  const stderr = redactedStderr.split('\n').slice(-20).join('\n');
  if (remote && AUTH_TROUBLE.test(stderr)) {
    const where = target ?? args.find((a, i) => i > 0 && args[i - 1] === '--') ?? 'the remote';
    const denied = ACCESS_DENIED.test(stderr);
    return new DroidError(
      'platform',
      `git ${verb} to ${where}: ${denied ? 'access denied (403)' : 'authentication failed (401)'}\n${stderr}`,
      {
        hint: denied
          ? 'The token was accepted but may not push: it needs contents: write (GitHub) or write_repository (GitLab).'
          : 'The token was refused: check that it is set, not expired, and for this server.',
      },
    );
  }
  return new DroidError(remote ? 'platform' : 'work', `git ${verb} failed (exit ${exitCode}): ${stderr || '(no output)'}`);
}

/** `git config --null --get-regexp` output -> [key, value] pairs (a key without a value gets ""). */
export function parseNullConfig(stdout: string): Array<[string, string]> {
  return stdout
    .split('\0')
    .filter(Boolean)
    .map((entry): [string, string] => {
      const i = entry.indexOf('\n');
      return i < 0 ? [entry, ''] : [entry.slice(0, i), entry.slice(i + 1)];
    });
}
