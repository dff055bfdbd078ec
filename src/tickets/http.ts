/**
 * The droid's own HTTP client for ticket systems: the only code that holds the ticket token. Same
 * policy as the forge clients: 5xx and network errors are retried with backoff (GET and PUT; a POST only
 * when the server certainly did not act), 429 waits out `Retry-After` (seconds or an HTTP date) up to a
 * ceiling, every answer is size-bounded, and an error names method, path and status, never the token.
 */
import { DroidError } from '../util/errors.js';
import type { Logger } from '../util/log.js';

export interface TicketHttpOptions {
  /** e.g. "Jira", "Linear": named in every error */
  system: string;
  baseUrl: string;
  /** the whole Authorization header value */
  authorization: string;
  log: Logger;
  retries?: number | undefined;
  baseDelayMs?: number | undefined;
  maxDelayMs?: number | undefined;
  timeoutMs?: number | undefined;
  sleep?: ((ms: number) => Promise<void>) | undefined;
  /** multiplies every wait, Retry-After included (the DROID_GITHUB_RETRY_SCALE test knob); default 1 */
  waitScale?: number | undefined;
  onCall?: ((call: { method: string; path: string; status: number; attempt: number }) => void) | undefined;
}

export class TicketHttpError extends DroidError {
  constructor(
    readonly system: string,
    readonly method: string,
    readonly path: string,
    readonly status: number,
    detail: string,
  ) {
    super('platform', `${system} ${method} ${path} ${status > 0 ? `answered ${status}` : 'failed'}: ${detail}`, { hint: hintFor(system, status) });
    this.name = 'TicketHttpError';
  }
}

function hintFor(system: string, status: number): string | undefined {
  if (status === 401) return `the ${system} credentials (tickets.token_env${system === 'Jira' ? ' / tickets.email_env' : ''}) are missing, invalid or expired`;
  if (status === 403) return `the ${system} account cannot see or change this ticket`;
  if (status === 0) return 'check tickets.url and the network';
  return undefined;
}

const MAX_BODY = 8 * 1024 * 1024;
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export interface TicketHttp {
  /** `retrySafe`: a POST the server may repeat harmlessly (a GraphQL query), retried like a GET */
  request(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, opts?: { retrySafe?: boolean }): Promise<{ status: number; json: unknown }>;
}

export function ticketHttp(options: TicketHttpOptions): TicketHttp {
  const base = options.baseUrl.replace(/\/+$/, '');
  const retries = options.retries ?? 4;
  const baseDelay = options.baseDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 60_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  return {
    async request(method, path, body, opts) {
      const repeatable = method !== 'POST' || opts?.retrySafe === true;
      for (let attempt = 1; ; attempt += 1) {
        let response: Response;
        try {
          response = await fetch(`${base}${path}`, {
            method,
            headers: { Authorization: options.authorization, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
            body: body === undefined ? undefined : JSON.stringify(body),
            signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
            redirect: 'error',
          });
        } catch (error) {
          const code = causeCode(error);
          options.onCall?.({ method, path, status: 0, attempt });
          const safe = repeatable || NOT_SENT.has(code);
          if (attempt <= retries && safe) {
            await sleep(backoff(attempt));
            continue;
          }
          throw new TicketHttpError(options.system, method, path, 0, code || (error instanceof Error ? error.name : 'network error'));
        }
        options.onCall?.({ method, path, status: response.status, attempt });
        const text = await boundedText(response);
        if (response.status === 429 && attempt <= retries) {
          const hinted = retryAfter(response.headers.get('retry-after'), Date.now());
          const wait = hinted !== undefined ? hinted * (options.waitScale ?? 1) : backoff(attempt);
          if (wait <= maxDelay) {
            options.log.debug(`${options.system} ${method} ${path}: rate limited; retrying in ${wait} ms`);
            await sleep(wait);
            continue;
          }
        }
        if (response.status >= 500 && attempt <= retries && repeatable) {
          options.log.debug(`${options.system} ${method} ${path}: ${response.status}; retrying`);
          await sleep(backoff(attempt));
          continue;
        }
        let json: unknown;
        try {
          json = text === '' ? undefined : JSON.parse(text);
        } catch {
          json = undefined;
        }
        if (response.status >= 400) throw new TicketHttpError(options.system, method, path, response.status, errorDetail(json, response.statusText));
        return { status: response.status, json };
      }
    },
  };

  function backoff(attempt: number): number {
    return Math.min(maxDelay, baseDelay * 2 ** (attempt - 1)) * (options.waitScale ?? 1);
  }
}

/** `Retry-After: 3` or an HTTP date, as milliseconds from now; undefined when absent or unreadable */
export function retryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d{1,7}$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/** Jira `{"errorMessages":[…],"errors":{field: msg}}`, GraphQL `{"errors":[{message}]}`, or the status text */
export function errorDetail(json: unknown, fallback: string): string {
  const o = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const parts: string[] = [];
  if (Array.isArray(o.errorMessages)) parts.push(...o.errorMessages.filter((m): m is string => typeof m === 'string'));
  if (o.errors && typeof o.errors === 'object' && !Array.isArray(o.errors)) {
    for (const [field, msg] of Object.entries(o.errors as Record<string, unknown>)) if (typeof msg === 'string') parts.push(`${field}: ${msg}`);
  }
  if (Array.isArray(o.errors)) for (const e of o.errors) if (typeof (e as { message?: unknown })?.message === 'string') parts.push((e as { message: string }).message);
  const text = parts.join('; ').replace(/[\x00-\x1f\x7f]+/g, ' ').slice(0, 500);
  return text || fallback || 'no detail';
}

async function boundedText(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY) {
      await reader.cancel();
      throw new DroidError('platform', `the ticket system sent more than ${MAX_BODY} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function causeCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === 'string' ? cause.code : '';
}
