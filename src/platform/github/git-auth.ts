/**
 * Git credentials for one command, as environment entries (GIT_CONFIG_COUNT/KEY/VALUE): nothing is
 * written to .git/config and the token never appears in a URL. The header is scoped to the server
 * URL, like actions/checkout's. The first (empty) entry resets extra headers inherited from other
 * config (for example the job token that actions/checkout persisted), so exactly one Authorization
 * header is sent.
 */
export function gitAuthEnv(serverUrl: string, token: string): Record<string, string> {
  const key = `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`;
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
  return {
    GIT_CONFIG_COUNT: '2',
    GIT_CONFIG_KEY_0: key,
    GIT_CONFIG_VALUE_0: '',
    GIT_CONFIG_KEY_1: key,
    GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
  };
}
