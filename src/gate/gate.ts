import type { ActorAccess } from '../platform/types.js';
import type { Request } from '../trigger/request.js';

/**
 * May this actor make this request? (PRODUCT.md §1.3). Pure: the forge supplies `access`.
 * Write access means GitHub write/maintain/admin or GitLab Developer (30) and above, which the
 * adapters map to 'write' | 'maintain' | 'admin'.
 */
export type GateDecision = { allowed: true } | { allowed: false; reason: string };

const WRITE_LEVELS = new Set(['write', 'maintain', 'admin']);

export function decideGate(input: {
  request: Request;
  access: ActorAccess;
  allowBots: string[];
  /** false for commands that only post (plan): a fork PR may still be planned */
  needsPush: boolean;
}): GateDecision {
  const { request, access, allowBots, needsPush } = input;
  const actor = request.actor;
  if (isCiTriggered(request)) {
    // a failed CI run on the droid's own branch: not a person's request. The pusher is usually the droid's
    // own bot; the run is bounded by ci.max_fix_attempts and never touches a fork.
    if (request.target.kind === 'change' && request.target.fromFork) {
      return { allowed: false, reason: 'The failed run belongs to a fork: the droid does not push to forks.' };
    }
    return { allowed: true };
  }
  if (request.actorIsBot || access.isBot) {
    const allowed = allowBots.some((bot) => sameLogin(bot, actor));
    if (!allowed) {
      return {
        allowed: false,
        reason: `@${actor} is a bot, and bots may not start the droid. Add it to \`access.allow_bots\` in .droid.yml (or the \`allowed_bots\` input) to allow it.`,
      };
    }
  }
  if (access.blocked) {
    return { allowed: false, reason: `@${actor} is blocked on this project.` };
  }
  if (!WRITE_LEVELS.has(access.level)) {
    return {
      allowed: false,
      reason: `@${actor} needs write access to this repository to start the droid (has: ${access.level}).`,
    };
  }
  if (needsPush && request.target.kind === 'change' && request.target.fromFork) {
    return {
      allowed: false,
      reason:
        'This pull request comes from a fork: the droid does not push to forks. Open the change from a branch of this repository, or ask for `/droid plan`.',
    };
  }
  return { allowed: true };
}

function sameLogin(a: string, b: string): boolean {
  const norm = (s: string): string => s.trim().toLowerCase().replace(/\[bot\]$/, '');
  return norm(a) === norm(b);
}

/** ci-fix started by the CI itself (GitHub workflow_run, a GitLab pipeline job), not by a comment or note. */
export function isCiTriggered(request: Request): boolean {
  if (request.command !== 'ci-fix') return false;
  const event = request.source.event;
  return event === 'github:workflow_run' || (event.startsWith('gitlab:') && event !== 'gitlab:note');
}
