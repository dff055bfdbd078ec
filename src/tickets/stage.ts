/**
 * The tickets stage (PRODUCT.md §11), two steps around the run:
 * - lookUp (after the gate): a key the trigger named is fetched; the ticket's title, Markdown description,
 *   URL and status replace what the trigger carried. An unknown key is a refusal naming key and system;
 *   any other failure is a warning and the run goes on with the trigger's ticket.
 * - writeBack (once the PR/MR exists): one comment on the ticket (found again by its marker and edited)
 *   with the link and the tests result; `transition` moves the ticket unless it is there already.
 */
import type { Audit } from '../audit/types.js';
import type { TicketsConfig } from '../config/types.js';
import type { Request } from '../trigger/request.js';
import { describeError } from '../util/errors.js';
import { isTicketKey } from './index.js';
import type { FetchedTicket, TicketSystem } from './types.js';

export type TicketSource = { system: TicketSystem } | { problem: string } | undefined;

export interface LookUpResult {
  request: Request;
  /** set when the ticket came from the ticket system (write-back happens only then) */
  fetched?: FetchedTicket | undefined;
  refusal?: string | undefined;
  warning?: string | undefined;
}

const MAX_TITLE = 256;
const MAX_BODY = 64 * 1024;

export async function lookUpTicket(request: Request, config: TicketsConfig, source: TicketSource, audit: Audit): Promise<LookUpResult> {
  const key = request.ticketLookup?.trim();
  if (config.provider === 'none' || !key || !isTicketKey(key, config.keys)) return { request };
  if (!source) return { request };
  if ('problem' in source) {
    audit.record({ stage: 'tickets', action: 'ticket.fetch', outcome: 'skip', detail: { key, reason: source.problem } });
    return { request, warning: `Ticket ${key} was not read: ${source.problem}.` };
  }
  const { system } = source;
  let ticket: FetchedTicket | undefined;
  try {
    ticket = await system.fetch(key);
  } catch (error) {
    audit.record({ stage: 'tickets', action: 'ticket.fetch', outcome: 'fail', detail: { key, provider: system.name } });
    return { request, warning: `${system.name} ticket ${key} could not be read (${describeError(error)}); the run uses what the trigger sent.` };
  }
  if (!ticket) {
    audit.record({ stage: 'tickets', action: 'ticket.fetch', outcome: 'refused', detail: { key, provider: system.name } });
    return { request, refusal: `Ticket ${key} does not exist in ${system.name} (or the ${system.name} account cannot see it); check the key.` };
  }
  audit.record({ stage: 'tickets', action: 'ticket.fetch', outcome: 'ok', detail: { key: ticket.key, provider: system.name, status: ticket.status } });
  const title = ticket.title.replace(/[\r\n\t]+/g, ' ').trim().slice(0, MAX_TITLE) || ticket.key;
  const url = /^https?:\/\//i.test(ticket.url) ? ticket.url : request.ticket.url;
  return {
    request: { ...request, ticket: { key: ticket.key, title, body: ticket.description.slice(0, MAX_BODY), url } },
    fetched: ticket,
  };
}

/** the text that finds the droid's comment again on later runs */
export function writeBackMarker(key: string): string {
  return `droid-ci:ticket:${key}`;
}

export function writeBackText(input: { key: string; prUrl: string; prNumber: number | undefined; testsLine: string; testsPassed: boolean; kind: 'PR' | 'MR' }): string {
  const name = input.prNumber !== undefined ? `${input.kind} ${input.kind === 'MR' ? '!' : '#'}${input.prNumber}` : input.kind;
  return [
    `**Droid for CI** opened or updated [${name}](${input.prUrl}) for ${input.key}.`,
    `Tests: ${input.testsPassed ? 'passed' : 'failing'} (${input.testsLine}).`,
    `(${writeBackMarker(input.key)}: this comment is updated on later runs)`,
  ].join('\n\n');
}

export interface WriteBackInput {
  config: TicketsConfig;
  system: TicketSystem;
  ticket: FetchedTicket;
  text: string;
  audit: Audit;
}

/** Returns warnings (never throws): a ticket system that fails is said in the progress comment. */
export async function writeBackTicket(input: WriteBackInput): Promise<string[]> {
  const { config, system, ticket, audit } = input;
  const warnings: string[] = [];
  if (config.on_pr === 'comment') {
    try {
      const result = await system.upsertComment(ticket.key, input.text, writeBackMarker(ticket.key));
      audit.record({ stage: 'tickets', action: `ticket.comment.${result}`, outcome: 'ok', detail: { key: ticket.key, provider: system.name } });
    } catch (error) {
      audit.record({ stage: 'tickets', action: 'ticket.comment', outcome: 'fail', detail: { key: ticket.key, provider: system.name } });
      warnings.push(`Could not comment on ${system.name} ticket ${ticket.key}: ${describeError(error)}`);
    }
  }
  if (config.transition.trim()) {
    try {
      const result = await system.transition(ticket.key, config.transition, ticket.status);
      audit.record({ stage: 'tickets', action: `ticket.transition.${result}`, outcome: result === 'not-available' ? 'skip' : 'ok', detail: { key: ticket.key, to: config.transition } });
      if (result === 'not-available') warnings.push(`${system.name} ticket ${ticket.key} cannot move to "${config.transition}" from "${ticket.status}" (no such transition or state); check tickets.transition.`);
    } catch (error) {
      audit.record({ stage: 'tickets', action: 'ticket.transition', outcome: 'fail', detail: { key: ticket.key, to: config.transition } });
      warnings.push(`Could not move ${system.name} ticket ${ticket.key} to "${config.transition}": ${describeError(error)}`);
    }
  }
  return warnings;
}

/** the engine's environment without the ticket credentials */
export function withoutNames(env: NodeJS.ProcessEnv, names: string[]): NodeJS.ProcessEnv {
  if (names.length === 0) return env;
  const drop = new Set(names.map((n) => n.toUpperCase()));
  return Object.fromEntries(Object.entries(env).filter(([name]) => !drop.has(name.toUpperCase())));
}
