/** What an operation handler sees and returns. The server fills the documented shape around `body`. */
import type { FakeState } from './state.js';

export interface AuthInfo {
  scheme: 'none' | 'token' | 'bearer' | 'basic' | 'other';
  /** the raw credential (token or JWT); never logged */
  credential: string | undefined;
}

export interface HandlerContext {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  state: FakeState;
  /** the server's origin, e.g. http://127.0.0.1:1234 */
  baseUrl: string;
  auth: AuthInfo;
}

export interface Reply {
  status: number;
  /** fields that matter; the server completes them into the documented response shape */
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: HandlerContext) => Reply;

export function ghError(status: number, message: string, errors?: unknown[]): Reply {
  const body: Record<string, unknown> = {
    message,
    documentation_url: 'https://docs.github.com/rest',
    status: String(status),
  };
  if (errors) body.errors = errors;
  return { status, body };
}

export function notFound(): Reply {
  return ghError(404, 'Not Found');
}

/** GitHub's 422 shape for a field validation error. */
export function validationFailed(resource: string, message: string): Reply {
  return ghError(422, 'Validation Failed', [{ resource, code: 'custom', message }]);
}

/** Slices `items` by `page`/`per_page` and sets a Link header like GitHub's. */
export function paginate<T>(ctx: HandlerContext, path: string, items: T[]): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Number(ctx.query.per_page ?? 30) || 30);
  const page = Math.max(1, Number(ctx.query.page ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const headers: Record<string, string> = {};
  if (page < last) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(ctx.query)) if (key !== 'page') params.set(key, String(value));
    params.set('per_page', String(perPage));
    const link = (p: number): string => {
      params.set('page', String(p));
      return `${ctx.baseUrl}${path}?${params.toString()}`;
    };
    headers.link = `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"`;
  }
  return { page: slice, headers };
}

export function now(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}
