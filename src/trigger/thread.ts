import type { CommentTarget } from '../platform/types.js';
import type { Request } from './request.js';

/**
 * The thread a run replies on: the PR/MR, or the issue it came from; undefined for a run with no
 * thread (a dispatch, an API pipeline) and for an automatic review, which speaks through the review it posts.
 */
export function threadOf(request: Request): CommentTarget | undefined {
  if (request.source.auto) return undefined;
  if (request.target.kind === 'change') return { kind: 'change', number: request.target.number };
  if (request.target.issueNumber !== undefined) return { kind: 'issue', number: request.target.issueNumber };
  return undefined;
}
