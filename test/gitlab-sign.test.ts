import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, type CliRun, type Project } from './gitlab-e2e-harness.js';

/**
 * `pr.sign: ssh` on GitLab through the bundled CLI: DROID_SIGNING_KEY as GitLab can hold a key — a
 * File-type CI/CD variable (the variable is the path of a file with the key, since GitLab cannot mask
 * a multi-line value) or the key in base64 (maskable). The pushed commit verifies with `git
 * verify-commit` against an allowed-signers file, and the key is in no log, note, MR, .git/config or
 * the engine's environment.
 */
const h = new Harness();
let keys: string;
let privateKey: string;
let publicKey: string;
let dump: string;

beforeAll(async () => {
  await h.start();
  keys = mkdtempSync(join(h.tmp, 'sign-keys-'));
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'droid-signing', '-f', join(keys, 'id')]);
  privateKey = readFileSync(join(keys, 'id'), 'utf8');
  publicKey = readFileSync(join(keys, 'id.pub'), 'utf8').trim();
  dump = mkdtempSync(join(h.tmp, 'sign-dump-'));
  chmodSync(dump, 0o777); // the engine may run as the sandbox account
});
afterAll(async () => {
  await h.stop();
});

/** an engine that fixes add() and leaves its environment (and what it sees of the key folder) for the assertions */
function config(): string {
  const engine = join(dump, 'engine.mjs');
  writeFileSync(
    engine,
    `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(join(dump, 'engine-env.txt'))}, JSON.stringify(process.env));\nwriteFileSync('src/add.js', 'export function add(a, b) {\\n  return a + b;\\n}\\n');\nconsole.log('Fixed add().');\n`,
  );
  chmodSync(engine, 0o755);
  return h.config().replace(/command: node \S+engine\.mjs good/, `command: node ${engine}`).replace('pr:\n', 'pr:\n  sign: ssh\n');
}

const pipeline = (p: Project, signingKey: string) =>
  h.env(p, { DROID_COMMAND: 'fix', GITLAB_USER_LOGIN: 'alice', DROID_TICKET_KEY: 'SIGN-1', DROID_TICKET_TITLE: 'add() subtracts', DROID_SIGNING_KEY: signingKey });

function verifies(p: Project, sha: string, publicKeyLine: string): boolean {
  const signers = join(h.tmp, `signers-${sha.slice(0, 8)}-${Math.random().toString(36).slice(2)}`);
  writeFileSync(signers, `* ${publicKeyLine}\n`);
  try {
    execFileSync('git', ['-c', 'gpg.format=ssh', '-c', `gpg.ssh.allowedSignersFile=${signers}`, 'verify-commit', sha], { cwd: p.bare, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function keyNowhere(p: Project, run: CliRun): void {
  const body = privateKey.split('\n')[1]!;
  const b64 = Buffer.from(privateKey).toString('base64');
  expect(body.length).toBeGreaterThan(20);
  const texts: Array<[string, string]> = [
    ['stdout', run.stdout],
    ['stderr', run.stderr],
    ['.git/config', readFileSync(join(p.work, '.git/config'), 'utf8')],
    ['engine env', readFileSync(join(dump, 'engine-env.txt'), 'utf8')],
    ...p.gl.notes.map((n): [string, string] => [`note ${n.id}`, n.body]),
    ...p.gl.mergeRequests.map((mr): [string, string] => [`MR !${mr.iid}`, `${mr.title}\n${mr.description}`]),
    ...readdirSync(join(p.work, '.droid')).map((f): [string, string] => [`.droid/${f}`, readFileSync(join(p.work, '.droid', f), 'utf8')]),
  ];
  for (const [where, text] of texts) {
    expect(text, where).not.toContain(body);
    expect(text, where).not.toContain(b64.slice(40, 100));
  }
  expect(readFileSync(join(p.work, '.git/config'), 'utf8')).not.toMatch(/signingkey|gpg/i);
}

describe('pr.sign: ssh on GitLab (DROID_SIGNING_KEY)', () => {
  it('a File-type variable: the pushed commit verifies with the key, and the key shows nowhere', async () => {
    const p = await h.project(config());
    const file = join(keys, 'DROID_SIGNING_KEY'); // where GitLab writes a File variable's value
    writeFileSync(file, privateKey, { mode: 0o600 });
    const run = await h.run(pipeline(p, file));
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.json['conclusion']).toBe('pr-opened');
    const sha = String(run.json['commit']);
    expect(p.head(p.gl.mergeRequests[0]!.source_branch)).toBe(sha);
    expect(verifies(p, sha, publicKey)).toBe(true);
    // another key does not verify it: the check can fail
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(keys, 'other')]);
    expect(verifies(p, sha, readFileSync(join(keys, 'other.pub'), 'utf8').trim())).toBe(false);
    keyNowhere(p, run);
    p.gl.assertNoViolations();
  });

  it('the key in base64 (a masked variable) signs the same way', async () => {
    const p = await h.project(config());
    const run = await h.run(pipeline(p, Buffer.from(privateKey).toString('base64')));
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(verifies(p, String(run.json['commit']), publicKey)).toBe(true);
    keyNowhere(p, run);
  });

  it('a File variable whose file is gone: a config error naming the variable and the fix before the engine runs, nothing pushed', async () => {
    const p = await h.project(config());
    const run = await h.run(pipeline(p, join(keys, 'missing-key-file')));
    expect(run.code).not.toBe(0);
    expect(run.json['conclusion']).toBe('error');
    expect(String(run.json['message'])).toContain('the commit signing key file that DROID_SIGNING_KEY names cannot be read (ENOENT)');
    expect(`${run.stdout}${run.stderr}`).toContain('type File');
    // checked before the engine ran: nothing was spent, nothing is left to keep
    expect(String(run.json['message'])).not.toContain('unfinished');
    expect(Number(run.json['iterations'])).toBe(0);
    expect(p.gl.mergeRequests).toHaveLength(0);
    expect(p.head('droid/SIGN-1-add-subtracts')).toBeUndefined();
  });
});
