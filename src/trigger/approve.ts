import type { DroidConfig } from '../config/types.js';
import type { RunContext } from '../run/types.js';
import { PLAN_MARKER, planFromComment } from './plan.js';
import type { Request } from './request.js';
import { threadOf } from './thread.js';

/**
 * PRODUCT.md §12. `/droid approve`: the latest plan comment the droid's own account wrote on this thread,
 * in its current text, becomes a `fix` that carries it out (a refusal when there is none). `fix` with
 * `pr.require_plan: true`: a plan is posted first. Returns the request to run, or the refusal.
 */
export async function withPlan(request: Request, config: DroidConfig, ctx: RunContext): Promise<Request | string> {
  if (request.command === 'fix' && config.pr.require_plan) {
    ctx.log.info('pr.require_plan: posting a plan first; reply `/droid approve` to carry it out');
    return { ...request, command: 'plan' };
  }
  if (request.command !== 'approve') return request;
  const phrase = config.access.trigger || '/droid';
  const target = threadOf(request);
  if (!target) return `\`${phrase} approve\` works on an issue or pull request that has a plan comment; this run has no thread.`;
  const where = `${target.kind === 'change' ? 'pull request' : 'issue'} #${target.number}`;
  const forge = ctx.forge;
  if (!forge.findOwnComment) return `\`${phrase} approve\` is not available on this platform yet: run \`${phrase} fix\` with the plan as instructions.`;
  const comment = await forge.findOwnComment(target, PLAN_MARKER);
  const text = comment ? planFromComment(comment.body) : undefined;
  ctx.audit.record({ stage: 'trigger', action: 'plan.lookup', outcome: text ? 'ok' : 'refused', detail: { found: comment !== undefined, comment: comment?.id ?? 0 } });
  if (!comment) return `There is no plan to approve on ${where}: no plan comment by the droid was found. Run \`${phrase} plan …\` first, then reply \`${phrase} approve\`.`;
  if (!text) return `The plan comment on ${where} (${comment.url}) is empty now: write the plan back into it, or run \`${phrase} plan …\` again.`;
  ctx.log.info(`carrying out the plan in ${comment.url}, approved by @${request.actor}`);
  return { ...request, command: 'fix', approvedPlan: { text, approver: request.actor, commentId: comment.id, url: comment.url || String(comment.id) } };
}
