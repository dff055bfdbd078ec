import { trailerLine } from './names.js';

/**
 * The droid's commit trailers (PRODUCT.md §1.6): who asked (`Co-authored-by`), for which ticket, from which
 * run, and — so `ci.max_fix_attempts` can be enforced from history alone — which command made the commit.
 *   git.countTrailers(`${base}..HEAD`, DROID_COMMAND, 'ci-fix')  → ci-fix attempts already on the branch
 */
export const CO_AUTHORED_BY = 'Co-authored-by';
export const DROID_TICKET = 'Droid-Ticket';
export const DROID_RUN = 'Droid-Run';
export const DROID_COMMAND = 'Droid-Command';
export const DROID_PLAN = 'Droid-Plan';

export interface DroidTrailerInput {
  /** "Name <email>" or a bare login (see githubCoAuthor) */
  coAuthor?: string | undefined;
  ticketKey?: string | undefined;
  runId: string;
  command?: string | undefined;
  /** the approved plan's comment URL (`/droid approve`) */
  plan?: string | undefined;
}

export function droidTrailers(input: DroidTrailerInput): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (input.coAuthor?.trim()) out.push([CO_AUTHORED_BY, input.coAuthor]);
  if (input.ticketKey?.trim()) out.push([DROID_TICKET, input.ticketKey]);
  out.push([DROID_RUN, input.runId]);
  if (input.command?.trim()) out.push([DROID_COMMAND, input.command]);
  if (input.plan?.trim()) out.push([DROID_PLAN, input.plan]);
  for (const [k, v] of out) trailerLine(k, v); // validates now rather than at commit time
  return out;
}

/** GitHub credits a co-author by its noreply address: `login <id+login@users.noreply.github.com>`. */
export function githubCoAuthor(login: string, userId?: number, host = 'users.noreply.github.com'): string {
  const local = userId ? `${userId}+${login}` : login;
  return `${login} <${local}@${host}>`;
}

/** A login as it can stand in a trailer: characters a forge login may hold, else "unknown". */
export function loginOf(actor: string): string {
  return actor.replace(/[^A-Za-z0-9._[\]-]/g, '') || 'unknown';
}
