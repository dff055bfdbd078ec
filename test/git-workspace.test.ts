import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { authEnvForToken } from '../src/git/auth.js';
import { droidTrailers } from '../src/git/trailers.js';
import { openWorkspace } from '../src/git/workspace.js';
import { silentLogger } from '../src/util/log.js';
import { Redactor } from '../src/util/redact.js';
import { startGitRemote, type GitRemote } from './support/git-remote.js';
import { makeTempDir } from './support/git-workspace.js';

const TOKEN = 'ghs_workspaceTestToken0123456789abcdef';
let remote: GitRemote;
let tmp: { dir: string; remove(): Promise<void> };

beforeAll(async () => {
  remote = await startGitRemote({ token: TOKEN });
});
afterAll(async () => {
  await remote.close();
});
beforeEach(async () => {
  tmp = await makeTempDir();
});
afterEach(async () => {
  await tmp.remove();
});

it('runs a ticket from a CI checkout: credentials removed, artifacts kept out of the commit, branch pushed with trailers', async () => {
  const mainSha = await remote.createRepo('acme/ws', { 'README.md': '# ws\n', '.github/workflows/ci.yml': 'on: push\n' });
  const root = path.join(tmp.dir, 'checkout');
  await remote.clone('acme/ws', root);
  const persisted = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
  await writeFile(path.join(root, '.git', 'config'), `${await readFile(path.join(root, '.git', 'config'), 'utf8')}[http "${remote.baseUrl}/"]\n\textraheader = AUTHORIZATION: basic ${persisted}\n`);
  const artifactDir = path.join(root, '.droid');

  const git = await openWorkspace({
    root: path.join(root), // the run may start anywhere inside the checkout
    authEnv: authEnvForToken({ serverUrl: remote.baseUrl, token: TOKEN }),
    artifactDir,
    redactor: new Redactor(),
    log: silentLogger,
    identity: { name: 'droid[bot]', email: 'droid[bot]@users.noreply.github.com' },
  });

  expect(git.root).toBe(root);
  expect(await readFile(path.join(root, '.git', 'config'), 'utf8')).not.toContain(persisted);
  await git.checkoutNewBranch('droid/WS-1', mainSha);
  await mkdir(artifactDir, { recursive: true });
  await writeFile(path.join(artifactDir, 'audit.jsonl'), '{}\n');
  await writeFile(path.join(root, 'README.md'), '# ws, fixed\n');
  await writeFile(path.join(root, '.github/workflows/ci.yml'), 'on: [push, pull_request]\n');
  expect(await git.holdBack(['.github/workflows/**'])).toEqual(['.github/workflows/ci.yml']);
  expect(await git.dirtyFiles()).toEqual(['README.md']);
  const sha = await git.commit('Fix the README', droidTrailers({ ticketKey: 'WS-1', runId: 'run-9' }));
  expect(sha).toBeDefined();

  const pushed = await git.push({ branch: 'droid/WS-1', mode: 'droid-branch', base: mainSha, forbidden: ['main'] });

  expect(pushed).toMatchObject({ status: 'pushed', sha });
  expect(await remote.fileAt('acme/ws', 'droid/WS-1', 'README.md')).toBe('# ws, fixed\n');
  expect(await remote.fileAt('acme/ws', 'droid/WS-1', '.droid/audit.jsonl')).toBeUndefined();
  expect(await remote.fileAt('acme/ws', 'droid/WS-1', '.github/workflows/ci.yml')).toBe('on: push\n');
  expect((await remote.commitInfo('acme/ws', 'droid/WS-1')).message).toContain('Droid-Ticket: WS-1');
  expect(await git.countTrailer(`${mainSha}..HEAD`, 'Droid-Run')).toBe(1);
  expect(await git.fetchBranch('droid/WS-1')).toBe(sha);
});
