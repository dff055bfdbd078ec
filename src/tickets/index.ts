/**
 * Builds the configured ticket system from `tickets:` and the environment. The token is read here, put
 * in the redaction set, and handed only to the ticket HTTP client: it never reaches the engine, the
 * test commands (their environments drop the variable by name), a log, a comment or the audit log.
 */
import type { TicketsConfig } from '../config/types.js';
import type { Audit } from '../audit/types.js';
import type { Logger } from '../util/log.js';
import type { Redactor } from '../util/redact.js';
import { ticketHttp } from './http.js';
import { jiraSystem } from './jira.js';
import { LINEAR_URL, linearSystem } from './linear.js';
import type { TicketSystem } from './types.js';

export type { FetchedTicket, TicketSystem } from './types.js';

export const DEFAULT_TOKEN_ENV = { jira: 'JIRA_API_TOKEN', linear: 'LINEAR_API_KEY' } as const;
export const DEFAULT_EMAIL_ENV = 'JIRA_EMAIL';

/** the variables that hold the ticket credentials: kept from the engine and the test commands */
export function ticketSecretNames(config: TicketsConfig): string[] {
  if (config.provider === 'none') return [];
  return [config.token_env || DEFAULT_TOKEN_ENV[config.provider]];
}

/** `PROJ-12` -> true when it is a ticket key for `keys:` (any KEY-123 when the list is empty) */
export function isTicketKey(key: string, keys: string[]): boolean {
  const m = /^([A-Za-z][A-Za-z0-9_]{0,31})-(\d{1,9})$/.exec(key);
  if (!m) return false;
  return keys.length === 0 || keys.some((k) => k.toUpperCase() === m[1]!.toUpperCase());
}

export type SystemOrProblem = { system: TicketSystem } | { problem: string } | undefined;

export function ticketSystemFor(config: TicketsConfig, env: NodeJS.ProcessEnv, ctx: { log: Logger; redactor: Redactor; audit: Audit }): SystemOrProblem {
  if (config.provider === 'none') return undefined;
  const tokenEnv = config.token_env || DEFAULT_TOKEN_ENV[config.provider];
  const token = env[tokenEnv]?.trim();
  ctx.redactor.add(token);
  if (!token) return { problem: `${tokenEnv} is not set, so the ${config.provider === 'jira' ? 'Jira' : 'Linear'} ticket could not be read (tickets.token_env)` };
  const onCall = (call: { method: string; path: string; status: number; attempt: number }): void =>
    ctx.audit.record({ stage: 'tickets', action: 'api.call', outcome: call.status > 0 && call.status < 400 ? 'ok' : 'fail', detail: { method: call.method, path: call.path.replace(/\?.*$/, ''), status: call.status, attempt: call.attempt } });
  const scale = Number(env.DROID_GITHUB_RETRY_SCALE ?? '');
  // the forge clients' test knob: every wait (backoff and Retry-After) scaled down, in (0, 1]
  const waitScale = Number.isFinite(scale) && scale > 0 && scale <= 1 ? scale : undefined;
  if (config.provider === 'linear') {
    return { system: linearSystem(ticketHttp({ system: 'Linear', baseUrl: config.url || LINEAR_URL, authorization: token, log: ctx.log, onCall, waitScale })) };
  }
  let authorization: string;
  if (config.api === 'cloud') {
    const emailEnv = config.email_env || DEFAULT_EMAIL_ENV;
    const email = env[emailEnv]?.trim();
    if (!email) return { problem: `${emailEnv} is not set: Jira Cloud needs the account email with the API token (tickets.email_env)` };
    const basic = Buffer.from(`${email}:${token}`).toString('base64');
    ctx.redactor.add(basic);
    authorization = `Basic ${basic}`;
  } else {
    authorization = `Bearer ${token}`;
  }
  return { system: jiraSystem(ticketHttp({ system: 'Jira', baseUrl: config.url, authorization, log: ctx.log, onCall, waitScale }), { site: config.url, api: config.api }) };
}
