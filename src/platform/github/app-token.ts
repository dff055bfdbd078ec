/**
 * A GitHub App installation token for one repository (PRODUCT.md §6: pushes made with the job token
 * do not start other workflows; an app token's pushes do). Finds the repo's installation with the
 * app's JWT, then mints a token scoped to that repository only. The caller masks the token.
 */
import { createPrivateKey } from 'node:crypto';
import { GitHub } from '@actions/github/lib/utils';
import { DroidError } from '../../util/errors.js';
import { errorDetail, platformError, statusOf } from './client.js';

export interface AppTokenOptions {
  appId: string;
  /** PEM; literal "\n" sequences (as some secret stores keep them) are accepted */
  privateKey: string;
  /** "owner/name" */
  repo: string;
  apiUrl: string;
}

export interface AppToken {
  token: string;
  expiresAt: string;
  installationId: number;
  /** the app's slug: its account is `<slug>[bot]` */
  appSlug?: string | undefined;
}

function normaliseKey(raw: string): string {
  const key = raw.includes('\\n') && !raw.includes('\n') ? raw.replace(/\\n/g, '\n') : raw;
  try {
    createPrivateKey(key.trim());
  } catch {
    throw new DroidError('config', 'app_private_key is not a valid private key', {
      hint: 'paste the whole PEM file GitHub generated for the app (-----BEGIN RSA PRIVATE KEY----- …) into the secret',
    });
  }
  return key.trim();
}

export async function mintInstallationToken(options: AppTokenOptions): Promise<AppToken> {
  const appId = options.appId.trim();
  if (!/^\d+$/.test(appId) && !/^Iv\w+$/.test(appId)) {
    throw new DroidError('config', `app_id "${appId}" is not a GitHub App id`, { hint: "use the numeric App ID from the app's settings page" });
  }
  const [owner = '', repo = ''] = options.repo.split('/');
  if (!owner || !repo) throw new DroidError('usage', `"${options.repo}" is not a GitHub repository name`, { hint: 'use owner/name' });
  const privateKey = normaliseKey(options.privateKey);
  // loaded only with an App (its JWT and OAuth helpers are a separate chunk of the bundle)
  const { createAppAuth } = await import('@octokit/auth-app');
  const octokit = new GitHub({ baseUrl: options.apiUrl.replace(/\/+$/, ''), authStrategy: createAppAuth, auth: { appId, privateKey } });

  let installationId: number;
  let appSlug: string | undefined;
  try {
    const { data } = await octokit.rest.apps.getRepoInstallation({ owner, repo });
    installationId = data.id;
    appSlug = data.app_slug || undefined;
  } catch (error) {
    const status = statusOf(error);
    if (status === 404) {
      throw new DroidError('config', `The GitHub App ${appId} is not installed on ${options.repo}`, {
        hint: "install the app on the repository, or add the repository to the app's installation",
      });
    }
    if (status === 401) {
      throw new DroidError('config', `GitHub refused the app's credentials: ${errorDetail(error)}`, {
        hint: 'app_id and app_private_key must belong to the same app (and the runner clock must be right)',
      });
    }
    throw platformError(error, 'find the app installation');
  }

  try {
    const auth = (await octokit.auth({ type: 'installation', installationId, repositoryNames: [repo] })) as { token: string; expiresAt: string };
    return { token: auth.token, expiresAt: auth.expiresAt, installationId, appSlug };
  } catch (error) {
    if (statusOf(error) === 422) {
      throw new DroidError('config', `The GitHub App ${appId} cannot access ${options.repo}: ${errorDetail(error)}`, {
        hint: "add the repository to the app's installation",
      });
    }
    throw platformError(error, 'create an installation token');
  }
}
