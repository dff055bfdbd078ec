import { describe, expect, it } from 'vitest';
import { scrubEnv, secretReason } from '../src/profiles/env.js';

describe('the environment a test command gets', () => {
  const runner: NodeJS.ProcessEnv = {
    PATH: '/usr/bin:/bin',
    HOME: '/home/runner',
    LANG: 'C.UTF-8',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_SHA: 'abc123',
    GIT_AUTHOR_NAME: 'Droid',
    DATABASE_URL: 'postgres://postgres:postgres@localhost/test',
    NODE_OPTIONS: '--max-old-space-size=4096',
    // forge tokens
    GITHUB_TOKEN: 'ghs_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    GH_TOKEN: 'x1',
    GITLAB_TOKEN: 'x2',
    CI_JOB_TOKEN: 'x3',
    CI_JOB_JWT_V2: 'x4',
    DROID_GITLAB_TOKEN: 'x5',
    CI_REPOSITORY_URL: 'https://gitlab-ci-token:abcdef@gitlab.example.com/g/p.git',
    // the action's inputs
    INPUT_GITHUB_TOKEN: 'x6',
    INPUT_FACTORY_API_KEY: 'x7',
    INPUT_APP_PRIVATE_KEY: 'x8',
    INPUT_COMMAND: 'fix',
    // keys, secrets, passwords, case-insensitively
    OPENAI_API_KEY: 'x9',
    anthropic_api_key: 'x10',
    FACTORY_API_KEY: 'x11',
    NPM_TOKEN: 'x12',
    NODE_AUTH_TOKEN: 'x13',
    AWS_SECRET_ACCESS_KEY: 'x14',
    AWS_ACCESS_KEY_ID: 'x15',
    DB_PASSWORD: 'x16',
    Client_Secret: 'x17',
    APP_PRIVATE_KEY: 'x18',
    'npm_config_//registry.npmjs.org/:_authToken': 'x19',
    GOOGLE_APPLICATION_CREDENTIALS: '/tmp/key.json',
    SSH_AUTH_SOCK: '/tmp/agent.sock',
    // the Actions runtime and workflow command files
    ACTIONS_RUNTIME_TOKEN: 'x20',
    ACTIONS_RUNTIME_URL: 'https://pipelines.example',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x21',
    ACTIONS_CACHE_URL: 'https://cache.example',
    ACTIONS_RESULTS_URL: 'https://results.example',
    GITHUB_ENV: '/home/runner/_temp/env',
    GITHUB_OUTPUT: '/home/runner/_temp/out',
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'http.extraheader',
    GIT_CONFIG_VALUE_0: 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hz',
    // credentials whatever the name
    SOME_VALUE: 'glpat-abcdefghijklmnopqrstuvwxyz',
    MY_SETTING: 'known-secret-value-123',
  };
  const kept = ['PATH', 'HOME', 'LANG', 'GITHUB_REPOSITORY', 'GITHUB_SHA', 'GIT_AUTHOR_NAME', 'DATABASE_URL', 'NODE_OPTIONS'];

  it('drops forge tokens, inputs, keys, secrets, the Actions runtime and credential-shaped values, and keeps the rest', () => {
    const env = scrubEnv(runner, {}, { secretValues: ['known-secret-value-123'] });
    const leaked = Object.keys(env).filter((k) => !kept.includes(k) && k !== 'CI');
    expect(leaked).toEqual([]);
    for (const k of kept) expect(env[k]).toBe(runner[k]);
    expect(JSON.stringify(env)).not.toMatch(/x\d+"|ghs_|glpat-|gitlab-ci-token|known-secret/);
  });

  it('adds CI=true and the profile env last, so the profile can set what it needs', () => {
    const env = scrubEnv(runner, { PYTHONWARNINGS: 'ignore', CI: '1', DATABASE_URL: 'sqlite://' });
    expect(env.PYTHONWARNINGS).toBe('ignore');
    expect(env.CI).toBe('1');
    expect(env.DATABASE_URL).toBe('sqlite://');
    expect(scrubEnv({}, {}).CI).toBe('true');
  });

  it('drops names the caller adds, such as the engine key variable', () => {
    const env = scrubEnv({ MY_LLM: 'abc', PATH: '/bin' }, {}, { dropNames: ['my_llm'] });
    expect(env).toEqual({ PATH: '/bin', CI: 'true' });
  });

  it('says why a variable is dropped', () => {
    expect(secretReason('INPUT_WHATEVER', 'x')).toBe('INPUT_*');
    expect(secretReason('gh_token', 'x')).toBe('credential');
    expect(secretReason('PATH', '/bin')).toBeUndefined();
  });
});
