import type { DroidConfig } from '../config/types.js';
import type { RunContext } from '../run/types.js';
import type { Request } from '../trigger/request.js';
import { decideGate } from './gate.js';

/**
 * The gate stage (PRODUCT.md §1.3): the actor's access, read from the forge, against the request.
 * Returns the refusal to reply with, or undefined when the run may go on.
 */
export async function checkActor(request: Request, config: DroidConfig, ctx: RunContext): Promise<string | undefined> {
  // a run on one's own machine: the person owns the repository, and nothing is asked of a forge
  if (!ctx.forge.traits.pushes) return undefined;
  const access = await ctx.forge.actorAccess(request.actor);
  const decision = decideGate({
    request,
    access,
    allowBots: [...config.access.allow_bots, ...ctx.settings.allowBots],
    // a plan or a review only posts: a fork PR may be planned; forks are reviewed per review.forks
    needsPush: request.command !== 'plan' && request.command !== 'review',
  });
  ctx.audit.record({ stage: 'gate', action: 'gate.decide', outcome: decision.allowed ? 'ok' : 'refused', detail: { level: access.level, bot: access.isBot } });
  return decision.allowed ? undefined : decision.reason;
}
