import { readFile } from 'node:fs/promises';
import type { Git } from './git.js';

/**
 * Takes out of the repo's local git config every credential a CI checkout left there, so the engine
 * (which can read `.git/config` and run `git`) never sees or uses them. The droid pushes with its own
 * command-scoped auth env (auth.ts), so nothing needs restoring afterwards. What it removes:
 *
 * - `http.<url>.extraheader` / `http.extraheader` (actions/checkout ≤ v5 `persist-credentials`: an
 *   `AUTHORIZATION: basic …` header in `.git/config`);
 * - `includeIf.<condition>.path` entries that point at a credentials file (actions/checkout v6 keeps the
 *   header in `$RUNNER_TEMP/git-credentials-*.config` and includes it from `.git/config`); the file itself
 *   belongs to the runner and is left alone, it is simply no longer included;
 * - user:password in `remote.<name>.url` / `pushurl` (GitLab runners clone with
 *   `https://gitlab-ci-token:…@host/…`): the URL is rewritten without the credentials;
 * - `url.<base>.insteadOf` sections whose base carries credentials (GitLab runners add them for submodules).
 *
 * Returns the config keys it changed (never their values). Submodules' own configs are not visited.
 */
export async function removePersistedCredentials(git: Git): Promise<{ removed: string[] }> {
  const removed: string[] = [];

  for (const [key] of await git.configGetRegexp('^http\\.(.*\\.)?extraheader$', 'local')) {
    if (await git.tryConfigUnset(key)) removed.push(key);
  }

  for (const [key, value] of await git.configGetRegexp('^includeif\\..*\\.path$', 'local')) {
    if ((await includesCredentials(value)) && (await git.tryConfigUnset(key))) removed.push(key);
  }

  for (const [key, value] of await git.configGetRegexp('^remote\\..*\\.(push)?url$', 'local')) {
    const clean = withoutCredentials(value);
    if (clean === undefined) continue;
    git.addSecret(credentialsOf(value));
    await git.configSet(key, clean);
    removed.push(key);
  }

  for (const [key] of await git.configGetRegexp('^url\\..*\\.insteadof$', 'local')) {
    const base = key.slice('url.'.length, -'.insteadof'.length);
    if (withoutCredentials(base) === undefined) continue;
    git.addSecret(credentialsOf(base));
    if (await git.tryConfigRemoveSection(`url.${base}`)) removed.push('url.<credentials>.insteadof');
  }
  return { removed };
}

async function includesCredentials(file: string): Promise<boolean> {
  if (/credential/i.test(file)) return true;
  try {
    return /extraheader|authorization|password|token/i.test(await readFile(file, 'utf8'));
  } catch {
    return false;
  }
}

/** The URL without user:password, or undefined when it carries none. */
export function withoutCredentials(url: string): string | undefined {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/@]*)@(.*)$/i.exec(url);
  if (!m) return undefined;
  const scheme = (m[1] ?? '').toLowerCase();
  const http = scheme === 'http://' || scheme === 'https://';
  if (!http && !(m[2] ?? '').includes(':')) return undefined; // ssh://git@host: a user name, not a secret
  return `${m[1]}${m[3]}`;
}

function credentialsOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/@]*)@/i.exec(url);
  const userinfo = m?.[1] ?? '';
  const i = userinfo.indexOf(':');
  return decodeURIComponent(i >= 0 ? userinfo.slice(i + 1) : userinfo);
}
