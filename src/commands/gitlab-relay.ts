import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CliIo } from './io.js';
import { createGitLabForge } from '../platform/gitlab/forge.js';
import { startRelay, type RelayServer } from '../platform/gitlab/relay/server.js';
import { DroidError } from '../util/errors.js';
import { streamLogger } from '../util/log.js';
import { Redactor } from '../util/redact.js';

export const RELAY_USAGE = `usage: droid-ci gitlab-relay --port N --secret-env NAME [options]

Serves GitLab "Note Hook" webhooks: a note that starts with the trigger, written by a member with
Developer access or more, starts a pipeline (on the MR's branch, or the default branch for issues)
with the DROID_* variables that the droid job of gitlab/droid.yml reads.

options:
  --port N              port to listen on (required; 0 picks a free one)
  --host ADDRESS        address to listen on (default 127.0.0.1; put a TLS proxy in front)
  --secret-env NAME     environment variable holding the webhook's secret token (required)
  --signing-secret-env NAME
                        environment variable holding the key that signs the DROID_* variables of the
                        pipelines (DROID_RELAY_SIGNATURE); the droid job needs the same value as the
                        masked CI/CD variable DROID_RELAY_SECRET (default: DROID_RELAY_SECRET when it
                        is set, else the webhook secret)
  --trigger PHRASE      trigger phrase (default /droid)
  --project PATH        relay only this project (group/project); repeatable
  --allow-bot NAME      let this bot user trigger the droid; repeatable
  --gitlab-url URL      GitLab URL (default $DROID_GITLAB_URL, then $CI_SERVER_URL)
  --ca-file FILE        CA certificate(s) of a self-managed GitLab (default $CI_SERVER_TLS_CA_FILE)

environment:
  DROID_GITLAB_TOKEN    API token (scope api) of a user with Developer access or more: it creates the pipelines`;

export async function gitlabRelayCommand(argv: string[], io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await runGitLabRelay(argv, io, env, { signal: stop.signal });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** The command with its lifetime handed in (tests stop it with `signal`). */
export async function runGitLabRelay(
  argv: string[],
  io: CliIo,
  env: NodeJS.ProcessEnv,
  control: { signal: AbortSignal; onListening?: (server: RelayServer) => void },
): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      'secret-env': { type: 'string' },
      'signing-secret-env': { type: 'string' },
      trigger: { type: 'string', default: '/droid' },
      project: { type: 'string', multiple: true, default: [] },
      'allow-bot': { type: 'string', multiple: true, default: [] },
      'gitlab-url': { type: 'string' },
      'ca-file': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    io.stdout(RELAY_USAGE);
    return 0;
  }
  const port = Number(values.port);
  if (values.port === undefined || !/^\d{1,5}$/.test(values.port) || port > 65535) {
    throw new DroidError('usage', '--port must be a port number (0-65535)', { hint: RELAY_USAGE.split('\n')[0] });
  }
  const secretEnv = values['secret-env'];
  if (!secretEnv || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(secretEnv)) {
    throw new DroidError('usage', '--secret-env must name the environment variable that holds the webhook secret');
  }
  const secret = env[secretEnv] ?? '';
  if (secret.length < 16) {
    throw new DroidError('usage', `${secretEnv} must hold the webhook secret token, at least 16 characters`, {
      hint: 'generate one (e.g. openssl rand -hex 32), set it here and as the "Secret token" of the GitLab webhook',
    });
  }
  const signingEnv = values['signing-secret-env'] ?? (env['DROID_RELAY_SECRET'] ? 'DROID_RELAY_SECRET' : undefined);
  if (signingEnv !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(signingEnv)) {
    throw new DroidError('usage', '--signing-secret-env must name the environment variable that holds the signing key');
  }
  const signingSecret = signingEnv === undefined ? secret : (env[signingEnv] ?? '');
  if (signingSecret.length < 16) {
    throw new DroidError('usage', `${signingEnv ?? secretEnv} must hold the relay's signing key, at least 16 characters`, {
      hint: 'generate one (e.g. openssl rand -hex 32); give the droid job the same value as the masked CI/CD variable DROID_RELAY_SECRET',
    });
  }
  const token = env['DROID_GITLAB_TOKEN']?.trim();
  if (!token) {
    throw new DroidError('usage', 'DROID_GITLAB_TOKEN is not set', { hint: 'an access token with the api scope, of a user with Developer access' });
  }
  const serverUrl = (values['gitlab-url'] ?? env['DROID_GITLAB_URL'] ?? env['CI_SERVER_URL'] ?? '').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/@\s]+/.test(serverUrl)) {
    throw new DroidError('usage', 'the GitLab URL is missing or not an http(s) URL', { hint: 'pass --gitlab-url https://gitlab.example.com' });
  }
  const trigger = values.trigger.trim();
  if (!trigger || /\s/.test(trigger)) throw new DroidError('usage', '--trigger must be one word, such as /droid');
  const caFile = values['ca-file'] ?? env['CI_SERVER_TLS_CA_FILE'];
  let ca: string | undefined;
  if (caFile) {
    try {
      ca = readFileSync(caFile, 'utf8');
    } catch (error) {
      throw new DroidError('usage', `cannot read the CA file ${caFile}: ${(error as Error).message}`);
    }
  }

  const redactor = new Redactor();
  redactor.add(secret);
  redactor.add(signingSecret);
  redactor.add(token);
  const log = streamLogger(io.stderr, redactor, { debug: Boolean(env['DROID_DEBUG']) });
  const server = await startRelay({
    host: values.host,
    port,
    secret,
    signingSecret,
    trigger,
    projects: values.project,
    allowBots: values['allow-bot'],
    log,
    forgeFor: (project) => createGitLabForge({ token, project: project.id, projectPath: project.path, serverUrl, log, ca, caFile }),
  });
  log.info(`gitlab-relay listening on ${server.url} (trigger ${trigger}, GitLab ${serverUrl}; pipelines signed with ${signingEnv ?? secretEnv}: the droid job needs that value as DROID_RELAY_SECRET)`);
  control.onListening?.(server);
  if (!control.signal.aborted) {
    await new Promise<void>((resolve) => control.signal.addEventListener('abort', () => resolve(), { once: true }));
  }
  await server.close();
  log.info('gitlab-relay stopped');
  return 0;
}
