/**
 * Repeated git questions within a run are answered once (src/git/git.ts): what a full object id names
 * forever, HEAD and branches only while no process at all has started since the answer (so a commit,
 * a checkout, an engine round or a test in between is always seen). Real git, processes counted.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { Git } from '../src/git/git.js';
import { processStarts, runProcess } from '../src/util/exec.js';
import { makeRepo } from './support/repo.js';

const repos: { cleanup: () => void }[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

function setup(): { dir: string; git: Git; sh: (...args: string[]) => string } {
  const repo = makeRepo({ 'a.txt': 'one\n', 'CODEOWNERS': '* @alice\n' });
  repos.push(repo);
  return { dir: repo.dir, git: new Git({ cwd: repo.dir, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } }), sh: repo.git };
}

/** processes started by `fn` */
async function starts(fn: () => Promise<unknown>): Promise<number> {
  const before = processStarts.count;
  await fn();
  return processStarts.count - before;
}

it('asks git once for files at a commit id and for the commit itself', async () => {
  const { git, sh } = setup();
  const sha = sh('rev-parse', 'HEAD');
  expect(await git.show(sha, 'CODEOWNERS')).toBe('* @alice\n');
  expect(await starts(() => git.show(sha, 'CODEOWNERS'))).toBe(0);
  expect(await starts(() => git.show(sha, 'missing.txt'))).toBe(1);
  expect(await starts(() => git.show(sha, 'missing.txt'))).toBe(0);
  expect(await git.show(sha, 'missing.txt')).toBeUndefined();
  expect(await starts(() => git.resolveCommit(sha))).toBe(0);
  // an id git does not have is not fixed (a fetch may bring it): asked again once anything ran
  expect(await git.resolveCommit('f'.repeat(40))).toBeUndefined();
  await runProcess('true', [], { cwd: '/', env: process.env });
  expect(await starts(() => git.resolveCommit('f'.repeat(40)))).toBe(1);
});

it('answers HEAD again only while nothing ran, and sees a commit or a checkout made in between', async () => {
  const { dir, git } = setup();
  const first = await git.resolveCommit('HEAD');
  expect(await starts(() => git.resolveCommit('HEAD'))).toBe(0);
  expect(await starts(() => git.currentBranch())).toBe(1);
  expect(await starts(() => git.currentBranch())).toBe(0);
  // another process (an engine round, say) commits: the next question goes to git
  writeFileSync(join(dir, 'a.txt'), 'two\n');
  const committed = await runProcess('/bin/sh', ['-c', 'git -c user.name=e -c user.email=e@x commit -qam engine'], { cwd: dir, env: process.env });
  expect(committed.exitCode).toBe(0);
  const second = await git.resolveCommit('HEAD');
  expect(second).not.toBe(first);
  // our own write (a checkout) empties the answers as well
  await git.checkoutNewBranch('topic', first!);
  expect(await git.resolveCommit('HEAD')).toBe(first);
  expect(await git.currentBranch()).toBe('topic');
});
