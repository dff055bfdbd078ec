import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createGitLabForge, gitlabForgeOptionsFromEnv } from '../src/platform/gitlab/index.js';
import { DroidError } from '../src/util/errors.js';
import { silentLogger } from '../src/util/log.js';
import { startFakeGitLab, type FakeGitLab } from './support/gitlab-api/server.js';
import { configEntriesFromEnv } from '../src/git/auth.js';

/** A self-managed GitLab over HTTPS with a private CA, as the runner describes it in CI_SERVER_TLS_CA_FILE. */
let dir: string;
let gl: FakeGitLab;
let caFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'droid-gitlab-ca-'));
  caFile = join(dir, 'ca.pem');
  const key = join(dir, 'key.pem');
  await promisify(execFile)('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=gitlab.internal',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', caFile,
  ]);
  gl = await startFakeGitLab({ tls: { key: readFileSync(key, 'utf8'), cert: readFileSync(caFile, 'utf8') } });
});

afterAll(async () => {
  gl.assertNoViolations();
  await gl.close();
  rmSync(dir, { recursive: true, force: true });
});

const jobEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  CI_SERVER_URL: gl.url,
  CI_API_V4_URL: gl.apiUrl,
  CI_PROJECT_PATH: gl.project.path,
  CI_PROJECT_ID: String(gl.project.id),
  DROID_GITLAB_TOKEN: gl.token,
  ...extra,
});

it('trusts the instance CA from CI_SERVER_TLS_CA_FILE and hands it to git', async () => {
  const options = gitlabForgeOptionsFromEnv(jobEnv({ CI_SERVER_TLS_CA_FILE: caFile }), silentLogger);
  const forge = createGitLabForge({ ...options, retries: 0 });
  expect(await forge.defaultBranch()).toBe('main');
  expect(configEntriesFromEnv(forge.gitAuthEnv())).toContainEqual([`http.${gl.url}/.sslCAInfo`, caFile]);
});

it('fails with a hint about the CA when the certificate is not trusted', async () => {
  const waits: number[] = [];
  const forge = createGitLabForge({ ...gitlabForgeOptionsFromEnv(jobEnv(), silentLogger), sleep: async (ms) => void waits.push(ms) });
  const error = (await forge.defaultBranch().catch((e: unknown) => e)) as DroidError;
  expect(waits).toEqual([]); // a certificate problem does not heal by waiting
  expect(error).toBeInstanceOf(DroidError);
  expect(error.kind).toBe('platform');
  expect(error.message).toMatch(/GitLab API GET \/projects\/42 failed: .*(certificate|self.signed)/i);
  expect(error.hint).toContain('CI_SERVER_TLS_CA_FILE');
});

it('names a CA file that cannot be read, and a malformed server URL', () => {
  expect(() => gitlabForgeOptionsFromEnv(jobEnv({ CI_SERVER_TLS_CA_FILE: join(dir, 'missing.pem') }), silentLogger)).toThrow(/cannot read CI_SERVER_TLS_CA_FILE/);
  expect(() => gitlabForgeOptionsFromEnv(jobEnv({ CI_SERVER_URL: 'ftp://gitlab.internal' }), silentLogger)).toThrow(/CI_SERVER_URL must be an http\(s\) URL/);
  expect(() => gitlabForgeOptionsFromEnv(jobEnv({ CI_API_V4_URL: 'https://user:pw@gitlab.internal/api/v4' }), silentLogger)).toThrow(/must not contain credentials/);
});
