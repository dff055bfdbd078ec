/**
 * Helpers for the git tests: a working clone of a test-remote repo with a `Git` wrapper whose debug log
 * (every argv it ran) is captured, so tests can assert that no command ever forced a push.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { Git } from '../../src/git/git.js';
import type { Logger } from '../../src/util/log.js';
import type { GitRemote } from './git-remote.js';

export interface Workspace {
  dir: string;
  git: Git;
  /** every git argv the wrapper ran ("git push --porcelain …") */
  commands: string[];
  warnings: string[];
  /** runs git directly in the clone (test-side checks). Synchronous: local commands only — a fetch or push
   *  would deadlock against the test remote, which is served by this same process. */
  sh(...args: string[]): string;
}

export async function makeTempDir(prefix = 'droid-git-test-'): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** An environment without the user's global git config, so tests see only what they set. */
export function isolatedEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  return { ...env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), GIT_CONFIG_NOSYSTEM: '1', ...extra };
}

export async function cloneWorkspace(
  remote: GitRemote,
  repo: string,
  root: string,
  options: { branch?: string; env?: Record<string, string> } = {},
): Promise<Workspace> {
  const dir = path.join(root, repo.replace(/\//g, '__'));
  await remote.clone(repo, dir, options.branch ? { branch: options.branch } : {});
  const commands: string[] = [];
  const warnings: string[] = [];
  const logger: Logger = {
    debug: (m) => void (m.startsWith('git ') && commands.push(m)),
    info: () => {},
    warn: (m) => void warnings.push(m),
    error: () => {},
    group: () => () => {},
  };
  const git = new Git({ cwd: dir, env: isolatedEnv(root, options.env), logger });
  const sh = (...args: string[]): string =>
    execFileSync('git', args, { cwd: dir, env: isolatedEnv(root), encoding: 'utf8' }).trim();
  return { dir, git, commands, warnings, sh };
}

/** No command the wrapper ran may force anything. */
export function expectNeverForced(commands: readonly string[]): void {
  for (const c of commands) {
    if (!/^git (push|fetch)\b/.test(c)) continue;
    const words = c.split(' ');
    expect(words.filter((w) => /^--force|^-f$|^\+/.test(w)), c).toEqual([]);
  }
}
