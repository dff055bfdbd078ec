/**
 * The environment an engine adapter starts from: the runner's environment minus every forge credential
 * and the action's own inputs. Model keys stay (each adapter then passes only its own key to its CLI).
 */
const FORGE_NAMES = new Set([
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GH_ENTERPRISE_TOKEN',
  'GITHUB_ENTERPRISE_TOKEN',
  'GITLAB_TOKEN',
  'CI_JOB_TOKEN',
  'CI_JOB_JWT',
  'CI_JOB_JWT_V1',
  'CI_JOB_JWT_V2',
  'CI_REPOSITORY_URL',
  'DROID_GITLAB_TOKEN',
  'GIT_ASKPASS',
  'SSH_AUTH_SOCK',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
]);
const FORGE_PREFIXES = ['INPUT_', 'ACTIONS_', 'GIT_CONFIG_KEY_', 'GIT_CONFIG_VALUE_'];

export function engineBaseEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    const upper = name.toUpperCase();
    if (FORGE_NAMES.has(upper) || FORGE_PREFIXES.some((p) => upper.startsWith(p))) continue;
    if (value !== undefined && /(gitlab-ci-token|x-access-token|oauth2):[^@\s]+@/i.test(value)) continue;
    out[name] = value;
  }
  return out;
}
