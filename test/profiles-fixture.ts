/** Helpers for the test-profile tests: a temp copy of test/fixtures/monorepo made into a git repo. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProfile } from '../src/config/types.js';

export const FIXTURE = new URL('./fixtures/monorepo/', import.meta.url).pathname;

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  });
}

/** A fresh temp dir (realpath'd); the caller removes it with `cleanup`. */
export function tempDir(prefix = 'droid-profiles-'): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The monorepo fixture, committed on `main` in a new git repo under a temp dir. */
export function monorepo(): string {
  const dir = tempDir('droid-monorepo-');
  cpSync(FIXTURE, dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'initial');
  return dir;
}

export function profile(partial: Partial<TestProfile> & { name: string; command: string }): TestProfile {
  return { path: '.', timeout_seconds: 60, env: {}, watch: [], ...partial };
}

/** Running = signal 0 reaches it and it is not a zombie waiting for a reaper (PID 1 here reaps slowly). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.charAt(stat.lastIndexOf(')') + 2) !== 'Z';
  } catch {
    return false;
  }
}
