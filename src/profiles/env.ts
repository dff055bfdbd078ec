/**
 * The environment a test command gets (PRODUCT.md §3, §9): the runner's environment without anything
 * that grants access (forge tokens, model keys, cloud credentials, the Actions runtime, the action's
 * own inputs, files that steer later workflow steps), plus the profile's own non-secret `env`.
 * Names are matched case-insensitively. Colour is left as the runner wants it: the failure
 * summarizer strips ANSI codes itself.
 */

/**
 * Forge and runner credentials, and the files that steer later workflow steps: kept from test commands
 * and from engines alike (engine/env.ts). Upper case.
 */
export const FORGE_CREDENTIAL_NAMES: readonly string[] = [
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GH_ENTERPRISE_TOKEN',
  'GITHUB_ENTERPRISE_TOKEN',
  'GITLAB_TOKEN',
  'CI_JOB_TOKEN',
  'CI_JOB_JWT',
  'CI_JOB_JWT_V1',
  'CI_JOB_JWT_V2',
  'CI_REPOSITORY_URL', // GitLab puts the job token in it: https://gitlab-ci-token:…@host/…
  'DROID_GITLAB_TOKEN',
  'DROID_RELAY_SECRET', // signs relayed pipelines: whoever holds it can claim to be any member
  'DOCKER_AUTH_CONFIG',
  'SSH_AUTH_SOCK',
  'GIT_ASKPASS',
  'SSH_ASKPASS',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
  'NPM_CONFIG__AUTH',
  // the telemetry backend's credentials (e.g. `x-honeycomb-team=…`, `authorization=Bearer …`)
  'OTEL_EXPORTER_OTLP_HEADERS',
  'OTEL_EXPORTER_OTLP_TRACES_HEADERS',
  'OTEL_EXPORTER_OTLP_METRICS_HEADERS',
  'OTEL_EXPORTER_OTLP_LOGS_HEADERS',
  // workflow command files: a test writing to these would steer the steps after this one
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
];

/** Name prefixes (upper case) of the same kind: the action's inputs, the Actions runtime, git auth entries. */
export const FORGE_CREDENTIAL_PREFIXES: readonly string[] = [
  'INPUT_', // the action's inputs (github_token, factory_api_key, app_private_key, …)
  'ACTIONS_', // ACTIONS_RUNTIME_*, ACTIONS_ID_TOKEN_*, ACTIONS_CACHE_URL, ACTIONS_RESULTS_URL, …
  'GIT_CONFIG_KEY_',
  'GIT_CONFIG_VALUE_',
];

/** Exact names (upper case) dropped from test commands: the above plus the Factory key. */
const DROPPED_NAMES = new Set([...FORGE_CREDENTIAL_NAMES, 'FACTORY_API_KEY']);

/** Name prefixes (upper case) dropped from test commands. */
const DROPPED_PREFIXES = [
  ...FORGE_CREDENTIAL_PREFIXES,
  'DROID_', // this tool's own variables (tokens, ticket text); a test has no use for them
];

/** A name is secret-looking when it contains one of these (NODE_AUTH_TOKEN, npm's `…:_authToken`, DB_PASSWORD) … */
const SECRET_PARTS = ['TOKEN', 'SECRET', 'PASSWORD', 'PASSWD', 'APIKEY', 'API_KEY', 'PRIVATE_KEY', 'CREDENTIAL'];
/** … or when one of its `_`-separated words is one of these (AWS_ACCESS_KEY_ID, SSH_AUTH_SOCK; not GIT_AUTHOR_NAME). */
const SECRET_WORDS = new Set(['KEY', 'KEYS', 'JWT', 'AUTH']);

/** Values that are credentials whatever their variable is called. */
const SECRET_VALUE_SHAPES: RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{20,}/,
  /\bgithub_pat_[A-Za-z0-9_]{22,}/,
  /\bgl(?:pat|dt|rt|ptt|ft|cbt|imt|soat|agent)-[A-Za-z0-9_-]{20,}/,
  /\bsk-ant-[A-Za-z0-9_-]{20,}/,
  /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}/,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}/,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  // a forge token in a URL's user info (database URLs with a test password are left alone)
  /:\/\/(?:gitlab-ci-token|x-access-token|oauth2|x-oauth-basic)[:@]/i,
];

export interface ScrubOptions {
  /** more variable names to drop, e.g. the one named by `engine.api_key_env` */
  dropNames?: readonly string[] | undefined;
  /** secret values the run knows (tokens, keys): any variable whose value contains one is dropped */
  secretValues?: readonly string[] | undefined;
}

/** Why `name=value` must not reach a test command, or undefined when it may. */
export function secretReason(name: string, value: string | undefined, options: ScrubOptions = {}): string | undefined {
  const upper = name.toUpperCase();
  if (DROPPED_NAMES.has(upper)) return 'credential';
  if (options.dropNames?.some((n) => n.toUpperCase() === upper)) return 'credential';
  const prefix = DROPPED_PREFIXES.find((p) => upper.startsWith(p));
  if (prefix) return `${prefix}*`;
  if (SECRET_PARTS.some((p) => upper.includes(p)) || upper.split('_').some((w) => SECRET_WORDS.has(w))) {
    return 'secret-looking name';
  }
  if (value) {
    if (SECRET_VALUE_SHAPES.some((re) => re.test(value))) return 'credential-shaped value';
    if (options.secretValues?.some((s) => s.length >= 6 && value.includes(s))) return 'known secret value';
  }
  return undefined;
}

/**
 * `base` without secrets, then `CI=true`, then the profile's `extra` env (non-secret by contract; it
 * is the repo's own config, read from the target branch, so it may set any name it likes).
 */
export function scrubEnv(
  base: NodeJS.ProcessEnv,
  extra: Record<string, string>,
  options: ScrubOptions = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined) continue;
    if (secretReason(name, value, options) === undefined) env[name] = value;
  }
  env.CI = 'true';
  for (const [name, value] of Object.entries(extra)) env[name] = value;
  return env;
}
