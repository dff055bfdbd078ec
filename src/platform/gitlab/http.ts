import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import { createRequesterFn, type FormattedResponse, type ResponseBodyTypes } from '@gitbeaker/requester-utils';
import { DroidError } from '../../util/errors.js';
import { BoundedBuffer } from '../../util/exec.js';
import type { Logger } from '../../util/log.js';

/**
 * The transport under gitbeaker. gitbeaker's own handler retries 429/502 ten times without reading
 * `Retry-After` and retries POSTs; this one replaces it (PRODUCT.md §8):
 * - GET/PUT/DELETE are retried on 5xx, network errors and 429;
 * - POST is retried only when the server certainly did not act on it (429, connection refused);
 *   a POST that may have succeeded throws `GitLabApiError` with `maybeApplied: true`, and the adapter
 *   looks the object up (by branch or marker) before it tries again;
 * - waits honour `Retry-After` (seconds or HTTP date) and `RateLimit-Reset` (epoch seconds);
 * - giving up throws DroidError('platform') naming method, endpoint and status.
 */
export interface GitLabHttpOptions {
  /** e.g. https://gitlab.example.com/api/v4 (CI_API_V4_URL) */
  apiUrl: string;
  token: string;
  log: Logger;
  /** PEM text of extra CA certificates (self-managed GitLab with a private CA) */
  ca?: string | undefined;
  /** retries after the first attempt (default 4) */
  retries?: number | undefined;
  /** first backoff step when the server gives no hint (default 1000 ms, doubled per attempt) */
  baseDelayMs?: number | undefined;
  /** the longest single wait; a server asking for longer makes us give up (default 60 s) */
  maxDelayMs?: number | undefined;
  /** per attempt (default 60 s) */
  timeoutMs?: number | undefined;
  /** bytes kept from the start and from the end of a text body such as a job log (default 512 KiB each) */
  maxTextBytes?: number | undefined;
  /** injectable for tests; default setTimeout */
  sleep?: ((ms: number) => Promise<void>) | undefined;
  /** one call per HTTP attempt, for the audit log (method, path without query, status) */
  onCall?: ((call: ApiCall) => void) | undefined;
}

export interface ApiCall {
  method: string;
  path: string;
  status: number;
  attempt: number;
  durationMs: number;
}

export class GitLabApiError extends DroidError {
  readonly status: number;
  readonly method: string;
  readonly endpoint: string;
  /** true when a POST may have been applied by the server (5xx, reset connection) */
  readonly maybeApplied: boolean;

  constructor(init: { method: string; endpoint: string; status: number; detail: string; maybeApplied: boolean; attempts: number }) {
    const what = init.status > 0 ? `answered ${init.status}` : 'failed';
    const tries = init.attempts > 1 ? ` after ${init.attempts} attempts` : '';
    super('platform', `GitLab API ${init.method} /${init.endpoint} ${what}${tries}: ${init.detail}`, {
      hint: hintFor(init.status),
    });
    this.name = 'GitLabApiError';
    this.status = init.status;
    this.method = init.method;
    this.endpoint = init.endpoint;
    this.maybeApplied = init.maybeApplied;
  }
}

function hintFor(status: number): string | undefined {
  switch (status) {
    case 401:
      return 'the GitLab token (DROID_GITLAB_TOKEN) is missing, invalid or expired';
    case 403:
      return 'the GitLab token needs the `api` scope and at least Developer access to the project';
    case 404:
      return "check the project path (CI_PROJECT_PATH) and that the token's user can see the project";
    case 429:
      return 'GitLab is rate limiting this token; try again later or raise the limit on a self-managed instance';
    case 0:
      return 'check CI_API_V4_URL / CI_SERVER_URL and, for a private CA, CI_SERVER_TLS_CA_FILE or NODE_EXTRA_CA_CERTS';
    default:
      return undefined;
  }
}

type RawResponse = FormattedResponse<ResponseBodyTypes>;

/** What gitbeaker's RequestHelper hands the request handler (after its options handler ran). */
interface HandlerOptions {
  method?: string;
  headers?: Record<string, string>;
  searchParams?: string;
  prefixUrl?: string;
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * gitbeaker builds each resource's base as `${host}/api/v4/${prefix}`; the client passes this
 * placeholder as `host` so the handler can take the prefix and put it under the real API URL.
 */
export const GITBEAKER_HOST = 'droid-ci://gitlab';
const PREFIX_HOST = `${GITBEAKER_HOST}/api/v4`;
const MAX_JSON_BYTES = 32 * 1024 * 1024;
/** network errors after which a request certainly never reached the application */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** network errors worth another try; others (TLS certificate, unknown host) will not heal by waiting */
const TRANSIENT = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export function createRequester(options: GitLabHttpOptions): ReturnType<typeof createRequesterFn> {
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  const isHttps = apiUrl.startsWith('https:');
  const agent = isHttps
    ? new https.Agent({ keepAlive: true, ca: options.ca ? [...tls.rootCertificates, options.ca] : undefined })
    : new http.Agent({ keepAlive: true });
  const retries = options.retries ?? 4;
  const baseDelay = options.baseDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 60_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  async function handle(endpoint: string, raw?: Record<string, unknown>): Promise<RawResponse> {
    const { method, path, url, headers, body } = outgoing(apiUrl, endpoint, (raw ?? {}) as HandlerOptions);
    for (let attempt = 1; ; attempt += 1) {
      const started = Date.now();
      let response: RawResponse;
      try {
        response = await send(url, method, headers, body);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        const maybeApplied = method !== 'GET' && !NOT_SENT.has(code);
        const detail = `${code || 'network error'}: ${(error as Error).message}`;
        options.onCall?.({ method, path: stripQuery(path), status: 0, attempt, durationMs: Date.now() - started });
        if (attempt <= retries && TRANSIENT.has(code) && (method !== 'POST' || !maybeApplied)) {
          const wait = backoff(attempt);
          options.log.debug(`GitLab API ${method} /${path}: ${detail}; retrying in ${wait} ms`);
          await sleep(wait);
          continue;
        }
        throw new GitLabApiError({ method, endpoint: path, status: 0, detail, maybeApplied, attempts: attempt });
      }
      options.onCall?.({ method, path: stripQuery(path), status: response.status, attempt, durationMs: Date.now() - started });
      if (response.status < 400) return response;
      const retryable = response.status === 429 || (response.status >= 500 && method !== 'POST');
      if (retryable && attempt <= retries) {
        const hinted = serverWait(response.headers);
        if (hinted !== undefined && hinted > maxDelay) {
          throw new GitLabApiError({
            method,
            endpoint: path,
            status: response.status,
            detail: `the server asks to wait ${Math.ceil(hinted / 1000)} s, longer than the ${Math.ceil(maxDelay / 1000)} s this run waits`,
            maybeApplied: false,
            attempts: attempt,
          });
        }
        const wait = hinted ?? backoff(attempt);
        options.log.debug(`GitLab API ${method} /${path} answered ${response.status}; retrying in ${wait} ms`);
        await sleep(wait);
        continue;
      }
      throw new GitLabApiError({
        method,
        endpoint: path,
        status: response.status,
        detail: describeBody(response.body),
        maybeApplied: method === 'POST' && response.status >= 500,
        attempts: attempt,
      });
    }
  }

  function backoff(attempt: number): number {
    return Math.min(maxDelay, baseDelay * 2 ** (attempt - 1));
  }

  function send(url: string, method: string, headers: Record<string, string>, body: string | undefined): Promise<RawResponse> {
    const transport = isHttps ? https : http;
    return new Promise((resolve, reject) => {
      const request = transport.request(
        url,
        {
          method,
          agent,
          headers: { accept: 'application/json', 'user-agent': 'droid-ci', ...headers },
          timeout: options.timeoutMs ?? 60_000,
        },
        (res) => {
          readBody(res, options.maxTextBytes ?? 512 * 1024).then(
            (parsed) => resolve({ status: res.statusCode ?? 0, headers: flatHeaders(res.headers), body: parsed }),
            reject,
          );
        },
      );
      request.on('timeout', () => request.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' })));
      request.on('error', reject);
      request.end(body);
    });
  }

  // gitbeaker's options handler (decamelized JSON body, qs-formatted query, auth header) stays; only the handler is ours
  return createRequesterFn(async (_service, requestOptions) => requestOptions, handle);
}

/** What gitbeaker asks for, as the request to send: the prefix it built from `host` put under the real API URL. */
function outgoing(apiUrl: string, endpoint: string, opts: HandlerOptions): { method: string; path: string; url: string; headers: Record<string, string>; body: string | undefined } {
  const method = (opts.method ?? 'GET').toUpperCase();
  // some resources (notes, members) keep part of their path in the prefix gitbeaker builds from `host`
  const prefix = (opts.prefixUrl ?? '').startsWith(PREFIX_HOST) ? opts.prefixUrl!.slice(PREFIX_HOST.length) : '';
  const path = [...prefix.split('/'), ...endpoint.split('/')].filter(Boolean).join('/');
  const url = `${apiUrl}/${path}${opts.searchParams ? `?${opts.searchParams}` : ''}`;
  const form = opts.body instanceof FormData ? urlEncoded(opts.body) : undefined;
  const body = typeof opts.body === 'string' ? opts.body : form;
  if (opts.body !== undefined && body === undefined) {
    throw new DroidError('internal', `GitLab API ${method} /${path}: only JSON and text-only form bodies are supported by this client`);
  }
  const headers = form !== undefined ? { ...opts.headers, 'content-type': 'application/x-www-form-urlencoded' } : (opts.headers ?? {});
  return { method, path, url, headers, body };
}

/** gitbeaker sends some fields (a discussion's `position[...]`) as FormData: text-only forms go out URL-encoded, which GitLab takes alike */
function urlEncoded(form: FormData): string | undefined {
  const params = new URLSearchParams();
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string') return undefined;
    params.append(key, value);
  }
  return params.toString();
}

function readBody(res: http.IncomingMessage, keepTextBytes: number): Promise<ResponseBodyTypes> {
  const type = (res.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const isJson = type === 'application/json' || type.endsWith('+json');
  return new Promise((resolve, reject) => {
    const text = new BoundedBuffer(keepTextBytes);
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      if (!isJson) return text.write(chunk);
      size += chunk.length;
      if (size > MAX_JSON_BYTES) res.destroy(new Error(`JSON response larger than ${MAX_JSON_BYTES} bytes`));
      else chunks.push(chunk);
    });
    res.on('error', reject);
    res.on('end', () => {
      if (res.statusCode === 204) return resolve(null);
      if (!isJson) return resolve(text.toString());
      const raw = Buffer.concat(chunks).toString('utf8');
      if (raw.trim() === '') return resolve({});
      try {
        resolve(JSON.parse(raw) as ResponseBodyTypes);
      } catch {
        resolve(raw.slice(0, 500));
      }
    });
  });
}

function flatHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value !== undefined) out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Milliseconds the server asked us to wait, if it said. */
export function serverWait(headers: Record<string, string>, now: number = Date.now()): number | undefined {
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = Number(headers['ratelimit-reset']);
  if (Number.isFinite(reset) && reset > 0) {
    // GitLab sends epoch seconds; small numbers are "seconds from now" (the IETF draft form)
    return reset > 1_000_000_000 ? Math.max(0, reset * 1000 - now) : reset * 1000;
  }
  return undefined;
}

function describeBody(body: unknown): string {
  let text: string;
  if (typeof body === 'string') text = body;
  else if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    const message = record['message'] ?? record['error'] ?? body;
    text = typeof message === 'string' ? message : JSON.stringify(message);
  } else text = String(body);
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > 300 ? `${text.slice(0, 300)}…` : text || '(empty body)';
}

function stripQuery(path: string): string {
  const i = path.indexOf('?');
  return i < 0 ? path : path.slice(0, i);
}
