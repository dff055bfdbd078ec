/** GitHub App tokens at the wire: the fake GitHub verifies the app's RS256 JWT with the app's public key. */
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubForge } from '../src/platform/github/adapter.js';
import { mintInstallationToken } from '../src/platform/github/app-token.js';
import { DroidError } from '../src/util/errors.js';
import { silentLogger } from '../src/util/log.js';
import { startGitHubApi, type GitHubApi } from './support/github-api/server.js';

const appKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const otherKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = appKeys.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
let gh: GitHubApi;

beforeAll(async () => {
  gh = await startGitHubApi({ owner: 'acme', repo: 'app' });
});
afterAll(async () => {
  await gh.close();
});
beforeEach(() => {
  gh.setApp({ id: 123, slug: 'droid-app', publicKey: appKeys.publicKey, installationId: 77, repositories: ['acme/app'] });
  gh.violations.length = 0;
});

describe('GitHub App installation tokens', () => {
  it('mints a token scoped to the repository, which then works for the API', async () => {
    const minted = await mintInstallationToken({ appId: '123', privateKey: pem, repo: 'acme/app', apiUrl: gh.url });
    expect(minted.installationId).toBe(77);
    expect(minted.token).toMatch(/^ghs_/);
    const [tokenCall] = gh.calls('apps/create-installation-access-token');
    expect(tokenCall?.authScheme).toBe('bearer');
    expect(tokenCall?.body).toMatchObject({ repositories: ['app'] });
    gh.addUser('alice', { role: 'write' });
    const forge = createGitHubForge({ token: minted.token, repo: 'acme/app', apiUrl: gh.url, serverUrl: gh.url, log: silentLogger });
    expect((await forge.actorAccess('alice')).level).toBe('write');
    gh.assertNoViolations();
  });

  it('accepts a key whose newlines were stored as \\n', async () => {
    const minted = await mintInstallationToken({ appId: '123', privateKey: pem.replace(/\n/g, '\\n'), repo: 'acme/app', apiUrl: gh.url });
    expect(minted.token).toMatch(/^ghs_/);
  });

  it('refuses a private key that is not a key, before calling GitHub', async () => {
    const before = gh.requests.length;
    const error = await mintInstallationToken({ appId: '123', privateKey: 'not a key', repo: 'acme/app', apiUrl: gh.url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DroidError);
    expect((error as DroidError).kind).toBe('config');
    expect((error as DroidError).message).toBe('app_private_key is not a valid private key');
    expect(gh.requests.length).toBe(before);
  });

  it("says the app and key do not match when GitHub refuses the app's JWT", async () => {
    const wrong = otherKeys.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const error = await mintInstallationToken({ appId: '123', privateKey: wrong, repo: 'acme/app', apiUrl: gh.url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DroidError);
    expect((error as DroidError).message).toMatch(/refused the app's credentials/);
    expect((error as DroidError).hint).toMatch(/same app/);
  });

  it('says the app is not installed on the repository', async () => {
    gh.setApp({ id: 123, slug: 'droid-app', publicKey: appKeys.publicKey, installationId: 77, repositories: ['acme/other'] });
    const error = await mintInstallationToken({ appId: '123', privateKey: pem, repo: 'acme/app', apiUrl: gh.url }).catch((e: unknown) => e);
    expect((error as DroidError).message).toBe('The GitHub App 123 is not installed on acme/app');
    expect((error as DroidError).kind).toBe('config');
  });

  it('refuses an app id that is not one', async () => {
    await expect(mintInstallationToken({ appId: 'my app', privateKey: pem, repo: 'acme/app', apiUrl: gh.url })).rejects.toThrow(/not a GitHub App id/);
  });
});
