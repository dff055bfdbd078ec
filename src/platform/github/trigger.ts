/**
 * GitHub event -> Request (PRODUCT.md §1.1). Pure: the payload is read once (github-event.ts), then
 * each event kind maps to a Request or to `ignore` with a reason.
 *
 * - `issues`: opened (body starts with the trigger phrase, or already carries the trigger label or
 *   assignee), labeled with `labelTrigger`, assigned to `assigneeTrigger`.
 * - `issue_comment` (issue or PR) and `pull_request_review_comment`: the comment must START with the
 *   trigger phrase (`/droid fix …`, `/droid plan …`, `/droid test`, `/droid ci-fix`). A comment on a PR
 *   does not carry the PR's head: the result says `needsPullRequest` and the orchestrator fetches the
 *   PR (pinning its head SHA then) and calls `withPullRequest`.
 * - `workflow_dispatch`: the action's inputs (`command`, `ticket`, `prompt`), else the dispatch inputs.
 * - `repository_dispatch`: `client_payload.ticket` = {key, title, body, url}, validated.
 * - `workflow_run` completed with conclusion failure on a branch starting with `droid/` -> ci-fix.
 */
import type { ChangeRequest } from '../types.js';
import { DroidError } from '../../util/errors.js';
import { cut, parseGitHubEvent, type Actor, type CommentEvent, type GitHubEvent } from './event.js';
import type { DroidCommand, Request, Target, Ticket } from '../../trigger/request.js';
import { COMMANDS, isDroidCommand, parseCommandText } from '../../trigger/command-text.js';
import { checkHttpUrl, isRecord, isValidBranchName, printable } from '../../util/validate.js';

export interface GitHubTriggerInputs {
  command?: string | undefined;
  ticket?: string | undefined;
  prompt?: string | undefined;
  /** default /droid */
  triggerPhrase: string;
  labelTrigger?: string | undefined;
  assigneeTrigger?: string | undefined;
  /** branches the droid owns (the prefix of pr.branch), default droid/ */
  droidBranchPrefix?: string | undefined;
}

/** How the orchestrator finds the PR a request is about, when the event did not carry its head. */
export type PullRequestLookup = { by: 'number'; number: number } | { by: 'branch'; branch: string; headSha: string };

export type GitHubTrigger =
  | { kind: 'request'; request: Request; needsPullRequest?: PullRequestLookup | undefined }
  | { kind: 'ignore'; reason: string };

/** pull_request actions that start an automatic review (`review.auto`, PRODUCT.md §13) */
const REVIEW_ACTIONS = new Set(['opened', 'synchronize', 'ready_for_review']);
const TICKET_KEY = /^[A-Za-z0-9#][A-Za-z0-9._#-]{0,63}$/;
const MAX_TITLE = 256;

function commandInput(value: string | undefined, name: string): DroidCommand | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const c = value.trim().toLowerCase();
  if (isDroidCommand(c)) return c;
  throw new DroidError('usage', `${name} "${printable(value)}" is not a droid command`, { hint: `use one of ${COMMANDS.join(', ')}` });
}


function oneLine(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ').trim().slice(0, MAX_TITLE);
}

function ticketUrl(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new DroidError('usage', `${name} must be a string`);
  const parsed = checkHttpUrl(value, name);
  if (typeof parsed === 'string') throw new DroidError('usage', parsed);
  return parsed.toString();
}

function ticketKey(value: unknown, name: string): string {
  if (typeof value !== 'string' || !TICKET_KEY.test(value.trim())) {
    throw new DroidError('usage', `${name} ${typeof value === 'string' ? `"${printable(value)}"` : 'is missing or'} is not a ticket key`, {
      hint: 'use letters, digits, "-", "_", "." or "#" (e.g. PROJ-123 or #42), at most 64 characters',
    });
  }
  return value.trim();
}

/** {key, title, body, url} from a dispatch payload or a JSON `ticket` input. */
export function ticketFromObject(value: unknown, name: string): Ticket {
  if (!isRecord(value)) {
    throw new DroidError('usage', `${name} must be an object {key, title, body, url}`, { hint: 'send client_payload: {"ticket": {"key": "PROJ-1", "title": "…", "body": "…", "url": "https://…"}}' });
  }
  const key = ticketKey(value.key, `${name}.key`);
  for (const field of ['title', 'body'] as const) {
    if (value[field] !== undefined && value[field] !== null && typeof value[field] !== 'string') throw new DroidError('usage', `${name}.${field} must be a string`);
  }
  const title = typeof value.title === 'string' && value.title.trim() ? oneLine(value.title) : key;
  return { key, title, body: typeof value.body === 'string' ? cut(value.body) : '', url: ticketUrl(value.url, `${name}.url`) };
}

/** `PROJ-12 …` -> "PROJ-12": a leading ticket key a ticket system may know (the tickets stage decides) */
export function leadingTicketKey(text: string): string | undefined {
  return /^\s*([A-Za-z][A-Za-z0-9_]{0,31}-\d{1,9})(?![\w-])/.exec(text)?.[1];
}

/** a dispatched ticket with a key and no title is looked up */
function untitledKey(value: unknown, ticket: Ticket): string | undefined {
  return isRecord(value) && !(typeof value.title === 'string' && value.title.trim()) ? ticket.key : undefined;
}

function issueNumberOf(key: string): number | undefined {
  const m = /^#?(\d{1,9})$/.exec(key);
  return m ? Number(m[1]) : undefined;
}

function base(command: DroidCommand, ticket: Ticket, instructions: string, sender: Actor, target: Target, source: Request['source'], ticketLookup?: string): Request {
  const request: Request = { command, ticket, instructions, actor: sender.login, actorIsBot: sender.isBot, target, source };
  return ticketLookup ? { ...request, ticketLookup } : request;
}

/** A PR target whose head is not known yet: fail-safe values until `withPullRequest` fills it. */
function pendingChange(number: number): Target {
  return { kind: 'change', number, headBranch: '', headSha: '', baseBranch: '', fromFork: true };
}

function fromIssues(event: Extract<GitHubEvent, { name: 'issues' }>, inputs: GitHubTriggerInputs): GitHubTrigger {
  const { issue } = event;
  const label = inputs.labelTrigger?.trim().toLowerCase();
  const assignee = inputs.assigneeTrigger?.trim().replace(/^@/, '').toLowerCase();
  const parsed = parseCommandText(issue.body.trimStart(), inputs.triggerPhrase) ?? parseCommandText(issue.title.trimStart(), inputs.triggerPhrase);
  if (event.action === 'opened') {
    const triggered =
      parsed !== undefined ||
      (label !== undefined && label !== '' && issue.labels.some((l) => l.toLowerCase() === label)) ||
      (assignee !== undefined && assignee !== '' && issue.assignees.some((a) => a.toLowerCase() === assignee));
    if (!triggered) return { kind: 'ignore', reason: `issue #${issue.number} was opened without ${inputs.triggerPhrase}, the trigger label or the trigger assignee` };
  } else if (event.action === 'labeled') {
    if (!label) return { kind: 'ignore', reason: 'an issue was labeled but no label_trigger is configured' };
    if (event.label?.toLowerCase() !== label) return { kind: 'ignore', reason: `label "${event.label ?? ''}" is not the trigger label "${inputs.labelTrigger}"` };
  } else if (event.action === 'assigned') {
    if (!assignee) return { kind: 'ignore', reason: 'an issue was assigned but no assignee_trigger is configured' };
    if (event.assignee?.toLowerCase() !== assignee) return { kind: 'ignore', reason: `assignee "${event.assignee ?? ''}" is not the trigger assignee "${inputs.assigneeTrigger}"` };
  } else {
    return { kind: 'ignore', reason: `issues.${event.action} does not trigger the droid` };
  }
  const command = parsed?.command ?? commandInput(inputs.command, 'command input') ?? 'fix';
  if (command === 'ci-fix' || command === 'review') return { kind: 'ignore', reason: `${command} works on a pull request, not on an issue` };
  const ticket: Ticket = { key: `#${issue.number}`, title: oneLine(issue.title), body: issue.body, url: issue.url };
  const instructions = parsed?.instructions || inputs.prompt?.trim() || '';
  const lookup = leadingTicketKey(parsed?.instructions ?? '') ?? leadingTicketKey(issue.title);
  const request = base(command, ticket, instructions, event.sender, { kind: 'ticket', issueNumber: issue.number }, { event: `github:issues.${event.action}`, url: issue.url }, lookup);
  return { kind: 'request', request };
}

function fromComment(event: CommentEvent, inputs: GitHubTriggerInputs): GitHubTrigger {
  if (event.action !== 'created') return { kind: 'ignore', reason: `${event.name}.${event.action}: only new comments trigger the droid` };
  const parsed = parseCommandText(event.comment.body, inputs.triggerPhrase);
  if (!parsed) return { kind: 'ignore', reason: `the comment does not start with ${inputs.triggerPhrase}` };
  const source: Request['source'] = { event: `github:${event.name}`, commentId: event.comment.id, url: event.comment.url };
  if (event.name === 'pull_request_review_comment') {
    const { pull } = event;
    const target: Target = { kind: 'change', number: pull.number, headBranch: pull.headRef, headSha: pull.headSha, baseBranch: pull.baseRef, fromFork: pull.fromFork };
    const ticket: Ticket = { key: `#${pull.number}`, title: oneLine(pull.title), body: pull.body, url: pull.url };
    const location = event.comment.path ? { path: event.comment.path, line: event.comment.line } : undefined;
    return { kind: 'request', request: base(parsed.command, ticket, parsed.instructions, event.sender, target, { ...source, location }, leadingTicketKey(parsed.instructions)) };
  }
  const { issue } = event;
  const ticket: Ticket = { key: `#${issue.number}`, title: oneLine(issue.title), body: issue.body, url: issue.url };
  if (!issue.isPullRequest) {
    if (parsed.command === 'ci-fix' || parsed.command === 'review') return { kind: 'ignore', reason: `${parsed.command} works on a pull request, not on an issue` };
    return { kind: 'request', request: base(parsed.command, ticket, parsed.instructions, event.sender, { kind: 'ticket', issueNumber: issue.number }, source, leadingTicketKey(parsed.instructions)) };
  }
  return {
    kind: 'request',
    request: base(parsed.command, ticket, parsed.instructions, event.sender, pendingChange(issue.number), source, leadingTicketKey(parsed.instructions)),
    needsPullRequest: { by: 'number', number: issue.number },
  };
}

function ticketFromInput(value: string | undefined, prompt: string): { ticket: Ticket; lookup?: string | undefined } | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      throw new DroidError('usage', 'the ticket input starts with "{" but is not JSON', { hint: 'pass a key (PROJ-123) or {"key","title","body","url"} as JSON' });
    }
    const ticket = ticketFromObject(parsed, 'ticket input');
    return { ticket, lookup: untitledKey(parsed, ticket) };
  }
  const key = ticketKey(trimmed, 'ticket input');
  const firstLine = prompt.split('\n', 1)[0] ?? '';
  return { ticket: { key, title: oneLine(firstLine) || key, body: prompt }, lookup: key };
}

function fromDispatch(event: Extract<GitHubEvent, { name: 'workflow_dispatch' }>, inputs: GitHubTriggerInputs): GitHubTrigger {
  const pick = (name: 'command' | 'ticket' | 'prompt'): string | undefined => (inputs[name]?.trim() ? inputs[name] : event.inputs[name]);
  const command = commandInput(pick('command'), 'command input') ?? 'fix';
  const prompt = cut(pick('prompt')?.trim() ?? '');
  const given = ticketFromInput(pick('ticket'), prompt);
  const ticket = given?.ticket;
  if (!ticket && !prompt && command !== 'test') {
    throw new DroidError('usage', `workflow_dispatch with command ${command} needs a ticket or a prompt input`, { hint: 'fill in the ticket or prompt field when running the workflow' });
  }
  if (command === 'ci-fix' || command === 'review') return { kind: 'ignore', reason: `${command} runs on a pull request (a comment or a pull_request event), not on workflow_dispatch` };
  const finalTicket = ticket ?? { key: command === 'test' && !prompt ? 'test' : 'manual', title: oneLine(prompt.split('\n', 1)[0] ?? '') || command, body: prompt };
  const issueNumber = issueNumberOf(finalTicket.key);
  return { kind: 'request', request: base(command, finalTicket, prompt, event.sender, { kind: 'ticket', issueNumber }, { event: 'github:workflow_dispatch', url: finalTicket.url }, given?.lookup) };
}

function fromRepositoryDispatch(event: Extract<GitHubEvent, { name: 'repository_dispatch' }>, inputs: GitHubTriggerInputs): GitHubTrigger {
  const payload = event.clientPayload;
  if (payload.ticket === undefined) {
    throw new DroidError('usage', `repository_dispatch "${printable(event.eventType)}" has no client_payload.ticket`, {
      hint: 'send client_payload: {"ticket": {"key": "PROJ-1", "title": "…", "body": "…", "url": "https://…"}}',
    });
  }
  const ticket = ticketFromObject(payload.ticket, 'client_payload.ticket');
  const given = typeof payload.command === 'string' ? payload.command : undefined;
  const command = commandInput(given, 'client_payload.command') ?? commandInput(inputs.command, 'command input') ?? 'fix';
  if (command === 'ci-fix' || command === 'review') return { kind: 'ignore', reason: `${command} runs on a pull request (a comment or a pull_request event), not on repository_dispatch` };
  const instructions = typeof payload.prompt === 'string' ? cut(payload.prompt) : inputs.prompt?.trim() ?? '';
  return {
    kind: 'request',
    request: base(command, ticket, instructions, event.sender, { kind: 'ticket', issueNumber: issueNumberOf(ticket.key) }, { event: `github:repository_dispatch`, url: ticket.url }, untitledKey(payload.ticket, ticket)),
  };
}

function fromWorkflowRun(event: Extract<GitHubEvent, { name: 'workflow_run' }>, inputs: GitHubTriggerInputs): GitHubTrigger {
  const { run } = event;
  const prefix = inputs.droidBranchPrefix ?? 'droid/';
  if (event.action !== 'completed') return { kind: 'ignore', reason: `workflow_run.${event.action}: only completed runs matter` };
  if (run.conclusion !== 'failure') return { kind: 'ignore', reason: `workflow run "${run.name}" concluded ${run.conclusion ?? 'without a conclusion'}, not failure` };
  if (!run.headBranch || !run.headBranch.startsWith(prefix)) {
    return { kind: 'ignore', reason: `ci-fix only works on the droid's own branches (${prefix}…), not on ${run.headBranch ?? 'a run without a branch'}` };
  }
  const actor = run.actor ?? event.sender;
  const source: Request['source'] = { event: 'github:workflow_run', url: run.url };
  const instructions = inputs.prompt?.trim() ?? '';
  const pull = run.pulls.find((p) => p.headRef === run.headBranch);
  if (pull) {
    const target: Target = { kind: 'change', number: pull.number, headBranch: pull.headRef, headSha: run.headSha, baseBranch: pull.baseRef, fromFork: pull.fromFork };
    const ticket: Ticket = { key: `#${pull.number}`, title: `CI failed on ${run.headBranch}`, body: '' };
    return { kind: 'request', request: base('ci-fix', ticket, instructions, actor, target, source) };
  }
  const ticket: Ticket = { key: '', title: `CI failed on ${run.headBranch}`, body: '' };
  return {
    kind: 'request',
    request: base('ci-fix', ticket, instructions, actor, { kind: 'change', number: 0, headBranch: run.headBranch, headSha: run.headSha, baseBranch: '', fromFork: true }, source),
    needsPullRequest: { by: 'branch', branch: run.headBranch, headSha: run.headSha },
  };
}

/**
 * `pull_request` opened / synchronize / ready_for_review -> an automatic review. Whether `review.auto` is
 * on is read later from the base branch's config (the run's trusted ref), never from the PR.
 */
function fromPullRequest(event: Extract<GitHubEvent, { name: 'pull_request' }>): GitHubTrigger {
  const { pull } = event;
  if (!REVIEW_ACTIONS.has(event.action)) return { kind: 'ignore', reason: `pull_request.${event.action} does not start a review (opened, synchronize and ready_for_review do)` };
  if (pull.draft) return { kind: 'ignore', reason: `pull request #${pull.number} is a draft: it is reviewed once it is marked ready` };
  const target: Target = { kind: 'change', number: pull.number, headBranch: pull.headRef, headSha: pull.headSha, baseBranch: pull.baseRef, fromFork: pull.fromFork };
  const ticket: Ticket = { key: `#${pull.number}`, title: oneLine(pull.title), body: pull.body, url: pull.url };
  return { kind: 'request', request: base('review', ticket, '', event.sender, target, { event: `github:pull_request.${event.action}`, url: pull.url, auto: true }) };
}

export function requestFromGitHubEvent(args: { eventName: string; payload: unknown; inputs: GitHubTriggerInputs }): GitHubTrigger {
  const { eventName, inputs } = args;
  if (!inputs.triggerPhrase.trim()) throw new DroidError('usage', 'trigger_phrase is empty', { hint: 'leave it unset for /droid, or set a phrase such as @droid' });
  const event = parseGitHubEvent(eventName, args.payload);
  switch (event.name) {
    case 'issues':
      return fromIssues(event, inputs);
    case 'issue_comment':
    case 'pull_request_review_comment':
      return fromComment(event, inputs);
    case 'workflow_dispatch':
      return fromDispatch(event, inputs);
    case 'repository_dispatch':
      return fromRepositoryDispatch(event, inputs);
    case 'workflow_run':
      return fromWorkflowRun(event, inputs);
    case 'pull_request':
      return fromPullRequest(event);
    default:
      return { kind: 'ignore', reason: `the ${eventName} event does not trigger the droid` };
  }
}

/**
 * Completes a request whose PR head the event did not carry, from the PR fetched when the run starts
 * (the head SHA is pinned here: a later push on top of another SHA is refused, PRODUCT.md §8).
 */
export function withPullRequest(request: Request, change: ChangeRequest, lookup?: PullRequestLookup): Request {
  if (!isValidBranchName(change.sourceBranch) || !isValidBranchName(change.targetBranch)) {
    throw new DroidError('platform', `pull request #${change.number} has a branch name git cannot use safely`);
  }
  const headSha = lookup?.by === 'branch' ? lookup.headSha : change.headSha;
  const ticket = request.ticket.key ? request.ticket : { key: `#${change.number}`, title: oneLine(change.title), body: '', url: change.url };
  return {
    ...request,
    ticket,
    target: { kind: 'change', number: change.number, headBranch: change.sourceBranch, headSha, baseBranch: change.targetBranch, fromFork: change.fromFork ?? true },
    source: { ...request.source },
  };
}
