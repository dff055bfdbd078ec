/**
 * `pr.sign: ssh` through the bundled action: the droid's commit is signed with the SSH key from the
 * `signing_key` input, and `git verify-commit` with an allowed-signers file accepts it. The key lives
 * only in a 0600 file outside the work tree for the commit: never in the engine's environment, the
 * log, .git/config or the runner's temp folder afterwards.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { normalizeSigningKey, parseRawDiff, inexpressible } from '../src/git/sign.js';
import { DroidError } from '../src/util/errors.js';
import { REPO, startWorld, type ActionRun, type World } from './support/action-runner.js';

let world: World | undefined;
let keys: string;
let privateKey: string;
let publicKey: string;

beforeAll(() => {
  keys = mkdtempSync(path.join(tmpdir(), 'sign-keys-'));
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'droid-signing', '-f', path.join(keys, 'id')]);
  privateKey = readFileSync(path.join(keys, 'id'), 'utf8');
  publicKey = readFileSync(path.join(keys, 'id.pub'), 'utf8').trim();
});
afterAll(() => rmSync(keys, { recursive: true, force: true }));
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const BRANCH = 'droid/1-date-parser-rejects-iso-week-dates';

function failed(run: ActionRun): string {
  return `exit ${run.code}\n${run.log.slice(-4000)}\n${run.stderr}`;
}

/** The engine leaves its environment and the files it can see of the runner's temp folder next to the test's own files. */
function spyEngine(dump: string): string {
  return `env > ${dump}/engine-env.txt\nls -a "$RUNNER_TEMP" > ${dump}/engine-tmp.txt 2>&1 || true\n`;
}

it('signs the droid commit with the signing_key; git verify-commit accepts it with an allowed signers file', async () => {
  const dump = mkdtempSync(path.join(tmpdir(), 'sign-dump-'));
  chmodSync(dump, 0o777); // the engine writes here as the sandbox account (PRODUCT.md §10)
  world = await startWorld({ files: { '.engine-extra.sh': spyEngine(dump) }, config: { pr: 'labels: [droid]\nsign: ssh' } });
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json'), inputs: { signing_key: privateKey } });
  try {
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('pr-opened');
    const sha = run.outputs.commit_sha ?? '';
    expect(await world.remote.headOf(REPO, BRANCH)).toBe(sha);

    // verify on a fresh clone of the remote, trusting only our key
    const clone = path.join(world.dir, 'verify');
    await world.remote.clone(REPO, clone, { branch: BRANCH });
    const signers = path.join(world.dir, 'allowed_signers');
    writeFileSync(signers, `droid@example.com,droid-ci@users.noreply.github.com,* ${publicKey}\n`);
    const verify = execFileSync('git', ['-c', 'gpg.format=ssh', '-c', `gpg.ssh.allowedSignersFile=${signers}`, 'verify-commit', '--raw', sha], { cwd: clone, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(verify).toBe('');
    const shown = execFileSync('git', ['-c', 'gpg.format=ssh', '-c', `gpg.ssh.allowedSignersFile=${signers}`, 'log', '-1', '--format=%G?%n%GK', sha], { cwd: clone, encoding: 'utf8' });
    expect(shown.split('\n')[0]).toBe('G');
    expect(await world.remote.commitInfo(REPO, BRANCH).then((i) => i.message)).toContain('Droid-Run: gh-');

    // another key does not verify it: the check above can fail
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(world.dir, 'other')]);
    const other = path.join(world.dir, 'other_signers');
    writeFileSync(other, `* ${readFileSync(path.join(world.dir, 'other.pub'), 'utf8').trim()}\n`);
    expect(() => execFileSync('git', ['-c', 'gpg.format=ssh', '-c', `gpg.ssh.allowedSignersFile=${other}`, 'verify-commit', sha], { cwd: clone, stdio: 'ignore' })).toThrow();

    // the key was nowhere the engine or a reader of the job could reach
    const keyBody = privateKey.split('\n')[1] ?? '';
    expect(keyBody.length).toBeGreaterThan(20);
    expect(readFileSync(path.join(dump, 'engine-env.txt'), 'utf8')).not.toContain(keyBody);
    expect(readFileSync(path.join(dump, 'engine-tmp.txt'), 'utf8')).not.toContain('droid-sign-');
    // the job log (the runner consumes the ::add-mask:: lines that register the key)
    expect(run.log).not.toContain(keyBody);
    expect(run.stderr).not.toContain(keyBody);
    expect(readFileSync(path.join(run.workspace, '.git', 'config'), 'utf8')).not.toMatch(/signingkey|gpg/i);
    expect(readdirSync(run.env.RUNNER_TEMP ?? '').filter((f) => f.startsWith('droid-sign-'))).toEqual([]);
    world.gh.assertNoViolations();
  } finally {
    rmSync(dump, { recursive: true, force: true });
  }
});

it('pr.sign: ssh without a key fails with what to set, and pushes nothing unsigned', async () => {
  world = await startWorld({ config: { pr: 'labels: [droid]\nsign: ssh' } });
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code).not.toBe(0);
  expect(run.outputs.conclusion).toBe('error');
  expect(run.log).toContain('pr.sign is "ssh" but no signing key was given');
  expect(run.log).toContain('signing_key input');
  expect(await world.remote.headOf(REPO, BRANCH)).toBeUndefined();
});

it('a signing key that is not a private key is refused before anything is written', () => {
  expect(() => normalizeSigningKey('ssh-ed25519 AAAAC3Nza… a public key')).toThrow(DroidError);
  expect(() => normalizeSigningKey('')).toThrow(/not an SSH private key/);
  expect(normalizeSigningKey(privateKey.replace(/\n/g, '\r\n'))).toBe(privateKey.endsWith('\n') ? privateKey : `${privateKey}\n`);
  expect(existsSync(keys)).toBe(true);
});

it('names the changes createCommitOnBranch cannot express', () => {
  const raw = [
    ':000000 100644 0000000000000000000000000000000000000000 1111111111111111111111111111111111111111 A', 'a.txt',
    ':000000 120000 0000000000000000000000000000000000000000 2222222222222222222222222222222222222222 A', 'link',
    ':100644 100755 3333333333333333333333333333333333333333 3333333333333333333333333333333333333333 M', 'run.sh',
    ':160000 160000 4444444444444444444444444444444444444444 5555555555555555555555555555555555555555 M', 'vendor/lib',
    ':100644 000000 6666666666666666666666666666666666666666 0000000000000000000000000000000000000000 D', 'gone.txt',
    '',
  ].join('\0');
  const changes = parseRawDiff(raw);
  expect(changes.map((c) => [c.path, c.status])).toEqual([['a.txt', 'A'], ['link', 'A'], ['run.sh', 'M'], ['vendor/lib', 'M'], ['gone.txt', 'D']]);
  expect(changes.map(inexpressible)).toEqual([undefined, 'link is a symbolic link', 'run.sh is executable', 'vendor/lib is a submodule', undefined]);
  expect(() => parseRawDiff(':garbage\0x\0')).toThrow();
});
