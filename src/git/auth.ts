import { DroidError } from '../util/errors.js';
import { checkHttpUrl } from '../util/validate.js';

/**
 * Git auth scoped to one command (changesets/action style): environment entries in the
 * `GIT_CONFIG_COUNT` / `GIT_CONFIG_KEY_n` / `GIT_CONFIG_VALUE_n` form, handed to one `git` process.
 * Nothing is written to `.git/config`, no token goes into a remote URL, and the entries never reach
 * the engine or test commands (they only exist in the env of the git child that needs them).
 */
export type GitAuthEnv = Record<string, string>;

export interface TokenAuth {
  /** the forge's web URL, e.g. https://github.com, https://gitlab.example.com (GHES / self-managed too) */
  serverUrl: string;
  /** Basic user: `x-access-token` (GitHub), `oauth2` or `gitlab-ci-token` (GitLab) */
  username?: string;
  token: string;
  /** more URL bases the same token is sent to (GitLab's CI_SERVER_URL and its git URL may differ) */
  extraUrls?: readonly string[];
  /** a private CA bundle for those bases (self-managed instances) */
  caFile?: string | undefined;
}

/** A config entry as git reads it from the environment. */
export type GitConfigEntry = [key: string, value: string];

/**
 * The entries that make git send `AUTHORIZATION: basic base64(username:token)` to `serverUrl` (and
 * everything under it) for one command. The first entry is an empty value for the same key, which resets
 * any extraheader inherited from repo/global config (e.g. what actions/checkout persisted), so exactly one
 * Authorization header is sent. Zero-based and self-contained: `mergeGitConfigEnv` appends them after any
 * `GIT_CONFIG_COUNT` entries already in the environment (the `Git` wrapper does that for every command).
 */
export function authEnvForToken(auth: TokenAuth): GitAuthEnv {
  if (!auth.token || /[\r\n]/.test(auth.token)) {
    throw new DroidError('config', 'The git token is empty or contains a line break', {
      hint: 'Pass the token itself (no "Bearer " prefix, no newline).',
    });
  }
  const username = auth.username ?? 'x-access-token';
  if (/[:\r\n]/.test(username)) throw new DroidError('config', `Invalid git user name for token auth: ${username}`);
  const basic = Buffer.from(`${username}:${auth.token}`).toString('base64');
  const entries: GitConfigEntry[] = [];
  for (const prefix of new Set([auth.serverUrl, ...(auth.extraUrls ?? [])].map(serverPrefix))) {
    const key = `http.${prefix}.extraheader`;
    entries.push([key, ''], [key, `AUTHORIZATION: basic ${basic}`]);
    if (auth.caFile) entries.push([`http.${prefix}.sslCAInfo`, auth.caFile]);
  }
  return configEntriesToEnv(entries);
}

/** `https://github.com/` from any form of the server URL; refuses URLs that carry credentials. */
export function serverPrefix(serverUrl: string): string {
  const url = checkHttpUrl(serverUrl, 'the server URL for git auth');
  if (typeof url === 'string') {
    throw new DroidError('config', url, url.endsWith('credentials') ? { hint: 'Give the token separately; it is never put in a URL.' } : {});
  }
  const pathPart = url.pathname.replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${pathPart}/`;
}

export function configEntriesToEnv(entries: readonly GitConfigEntry[]): GitAuthEnv {
  const env: GitAuthEnv = { GIT_CONFIG_COUNT: String(entries.length) };
  entries.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = key;
    env[`GIT_CONFIG_VALUE_${i}`] = value;
  });
  return env;
}

/** The config entries held in an environment's GIT_CONFIG_COUNT form (entries with a missing key are skipped). */
export function configEntriesFromEnv(env: Readonly<Record<string, string | undefined>>): GitConfigEntry[] {
  const count = Number.parseInt(env.GIT_CONFIG_COUNT ?? '0', 10);
  if (!Number.isInteger(count) || count <= 0) return [];
  const out: GitConfigEntry[] = [];
  for (let i = 0; i < count; i++) {
    const key = env[`GIT_CONFIG_KEY_${i}`];
    if (key === undefined || key === '') continue;
    out.push([key, env[`GIT_CONFIG_VALUE_${i}`] ?? '']);
  }
  return out;
}

/**
 * `base` with `extra`'s config entries appended after base's own (renumbered), so an existing
 * GIT_CONFIG_COUNT in the runner's environment keeps working. Other keys of `extra` are copied as they are.
 */
export function mergeGitConfigEnv(
  base: Readonly<Record<string, string | undefined>>,
  extra: Readonly<Record<string, string | undefined>> | undefined,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = { ...base };
  if (!extra) return out;
  for (const [k, v] of Object.entries(extra)) {
    if (!/^GIT_CONFIG_(COUNT|KEY_\d+|VALUE_\d+)$/.test(k)) out[k] = v;
  }
  const extraEntries = configEntriesFromEnv(extra);
  if (extraEntries.length === 0) return out;
  const baseEntries = configEntriesFromEnv(base);
  for (const k of Object.keys(out)) if (/^GIT_CONFIG_(COUNT|KEY_\d+|VALUE_\d+)$/.test(k)) delete out[k];
  return { ...out, ...configEntriesToEnv([...baseEntries, ...extraEntries]) };
}

/** Every secret an auth env carries (header values, decoded Basic passwords), for the redactor. */
export function secretsOfAuthEnv(env: Readonly<Record<string, string | undefined>> | undefined): string[] {
  if (!env) return [];
  const secrets: string[] = [];
  for (const [key, value] of configEntriesFromEnv(env)) {
    if (!/extraheader$/i.test(key) || !value) continue;
    secrets.push(value);
    const m = /^\s*authorization:\s*(basic|bearer|token)\s+(\S+)/i.exec(value);
    if (!m?.[2]) continue;
    secrets.push(m[2]);
    if (m[1]?.toLowerCase() === 'basic') {
      const decoded = Buffer.from(m[2], 'base64').toString('utf8');
      const i = decoded.indexOf(':');
      if (i >= 0 && decoded.length > i + 1) secrets.push(decoded.slice(i + 1));
    }
  }
  return secrets;
}
