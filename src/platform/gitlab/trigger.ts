import { DroidError } from '../../util/errors.js';
import type { DroidCommand, Request, Target, Ticket } from '../../trigger/request.js';
import { COMMANDS, isDroidCommand, parseNote } from '../../trigger/command-text.js';
import { checkHttpUrl, printable } from '../../util/validate.js';

/**
 * GitLab CI variables -> Request (PRODUCT.md §1.1). Pure: reads only the `env` it is given.
 *
 * Where the variables come from:
 * - the relay (`droid-ci gitlab-relay`) or an API/web/trigger pipeline: DROID_COMMAND, DROID_TICKET_KEY,
 *   DROID_TICKET_TITLE, DROID_TICKET_BODY, DROID_TICKET_URL, DROID_NOTE_BODY, DROID_NOTE_ID, DROID_NOTE_URL,
 *   DROID_ACTOR, DROID_MR_IID, DROID_MR_SOURCE_BRANCH, DROID_MR_TARGET_BRANCH, DROID_MR_SHA,
 *   DROID_MR_FROM_FORK, DROID_ISSUE_IID;
 * - GitLab's predefined variables: CI_MERGE_REQUEST_* in merge request pipelines, CI_COMMIT_SHA,
 *   CI_COMMIT_REF_NAME, CI_OPEN_MERGE_REQUESTS, CI_PIPELINE_SOURCE, GITLAB_USER_LOGIN, CI_PROJECT_*.
 * Every value is checked: a hostile variable gives a DroidError('usage') naming it, never a shell.
 */
export type GitLabTrigger = { kind: 'request'; request: Request } | { kind: 'ignore'; reason: string };

export interface GitLabTriggerOptions {
  /** the trigger phrase (resolved by phrase.ts: DROID_TRIGGER, else access.trigger), default /droid */
  trigger?: string | undefined;
  /** branches the droid owns (the prefix of pr.branch), default droid/ */
  droidBranchPrefix?: string | undefined;
  /** a command from the CLI (--command) wins over DROID_COMMAND */
  command?: DroidCommand | undefined;
}

const MAX_BODY = 64 * 1024;
const MAX_TITLE = 256;

export function requestFromGitLabEnv(env: NodeJS.ProcessEnv, options: GitLabTriggerOptions = {}): GitLabTrigger {
  const trigger = options.trigger ?? '/droid';
  const prefix = options.droidBranchPrefix ?? 'droid/';
  const v = (name: string): string | undefined => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? undefined : value;
  };

  // 1. what is asked
  const noteBody = text(v('DROID_NOTE_BODY'), 'DROID_NOTE_BODY', MAX_BODY);
  let command: DroidCommand | undefined = options.command ?? parseCommand(v('DROID_COMMAND'));
  let instructions = '';
  if (noteBody !== undefined) {
    const parsed = parseNote(noteBody, trigger);
    if (!parsed) return { kind: 'ignore', reason: `the note does not start with ${trigger}` };
    command ??= parsed.command;
    instructions = parsed.instructions;
  }
  if (!command) {
    return { kind: 'ignore', reason: 'no DROID_COMMAND or DROID_NOTE_BODY in this pipeline: nothing was asked of the droid' };
  }

  // 2. who asks
  const actor = login(v('DROID_ACTOR') ?? v('GITLAB_USER_LOGIN'));

  // 3. where the work lands
  const ref = v('CI_COMMIT_REF_NAME');
  const target = targetFrom(v, command);
  if (command === 'ci-fix') {
    const branch = target.kind === 'change' ? target.headBranch : ref;
    if (!branch || !branch.startsWith(prefix)) {
      return { kind: 'ignore', reason: `ci-fix only works on the droid's own branches (${prefix}…), not on ${branch ?? 'an unknown branch'}` };
    }
    if (target.kind !== 'change') {
      return { kind: 'ignore', reason: `no open merge request for ${branch}: nothing to fix` };
    }
  }

  // 4. the ticket
  const ticket = ticketFrom(v, target, command, ref);
  if (!instructions) instructions = text(v('DROID_INSTRUCTIONS'), 'DROID_INSTRUCTIONS', MAX_BODY) ?? '';

  const noteId = optionalInt(v('DROID_NOTE_ID'), 'DROID_NOTE_ID');
  const pipelineSource = (v('CI_PIPELINE_SOURCE') ?? 'pipeline').replace(/[^a-z_]/g, '');
  // a review that a merge request pipeline starts by itself (no note asked for it) is `review.auto`'s to allow
  const auto = command === 'review' && noteBody === undefined && pipelineSource === 'merge_request_event' && target.kind === 'change';
  if (auto && v('CI_MERGE_REQUEST_DRAFT') === 'true') {
    return { kind: 'ignore', reason: `merge request !${target.number} is a draft: it is reviewed once it is marked ready` };
  }
  const request: Request = {
    command,
    ticket,
    instructions,
    actor,
    actorIsBot: false,
    target,
    source: {
      event: noteBody !== undefined ? 'gitlab:note' : `gitlab:${pipelineSource}`,
      commentId: noteId,
      url: url(v('DROID_NOTE_URL'), 'DROID_NOTE_URL') ?? ticket.url,
      ...(auto ? { auto: true } : {}),
    },
  };
  // a ticket key a ticket system may know: DROID_TICKET_KEY without a title, or `/droid fix PROJ-12` in a note
  const keyed = v('DROID_TICKET_KEY') !== undefined && !v('DROID_TICKET_TITLE')?.trim() ? ticket.key : undefined;
  const ticketLookup = keyed ?? /^\s*([A-Za-z][A-Za-z0-9_]{0,31}-\d{1,9})(?![\w-])/.exec(instructions)?.[1];
  return { kind: 'request', request: ticketLookup ? { ...request, ticketLookup } : request };
}

function targetFrom(v: (name: string) => string | undefined, command: DroidCommand): Target {
  const projectId = v('CI_PROJECT_ID');
  // a merge request pipeline
  const mrIid = optionalInt(v('CI_MERGE_REQUEST_IID'), 'CI_MERGE_REQUEST_IID');
  if (mrIid !== undefined) {
    const sourceProject = v('CI_MERGE_REQUEST_SOURCE_PROJECT_ID');
    const targetProject = v('CI_MERGE_REQUEST_PROJECT_ID') ?? projectId;
    return {
      kind: 'change',
      number: mrIid,
      headBranch: branch(v('CI_MERGE_REQUEST_SOURCE_BRANCH_NAME'), 'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME', true)!,
      // merged-results pipelines run on a merge commit; the source branch head is this one
      headSha: sha(v('CI_MERGE_REQUEST_SOURCE_BRANCH_SHA') ?? v('CI_COMMIT_SHA'), 'CI_COMMIT_SHA'),
      baseBranch: branch(v('CI_MERGE_REQUEST_TARGET_BRANCH_NAME'), 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME', true)!,
      fromFork: sourceProject !== undefined && targetProject !== undefined && sourceProject !== targetProject,
    };
  }
  // a pipeline the relay started for a note on a merge request
  const relayed = optionalInt(v('DROID_MR_IID'), 'DROID_MR_IID');
  if (relayed !== undefined) {
    return {
      kind: 'change',
      number: relayed,
      headBranch: branch(v('DROID_MR_SOURCE_BRANCH') ?? v('CI_COMMIT_REF_NAME'), 'DROID_MR_SOURCE_BRANCH', true)!,
      headSha: sha(v('DROID_MR_SHA') ?? v('CI_COMMIT_SHA'), 'DROID_MR_SHA'),
      baseBranch: branch(v('DROID_MR_TARGET_BRANCH') ?? v('CI_DEFAULT_BRANCH'), 'DROID_MR_TARGET_BRANCH', true)!,
      fromFork: v('DROID_MR_FROM_FORK') === 'true',
    };
  }
  // a branch pipeline of a branch that has an open merge request (ci-fix after a failed push pipeline)
  if (command === 'ci-fix') {
    const open = openMergeRequest(v('CI_OPEN_MERGE_REQUESTS'), v('CI_PROJECT_PATH'));
    const ref = branch(v('CI_COMMIT_REF_NAME'), 'CI_COMMIT_REF_NAME', false);
    if (open !== undefined && ref) {
      return {
        kind: 'change',
        number: open,
        headBranch: ref,
        headSha: sha(v('CI_COMMIT_SHA'), 'CI_COMMIT_SHA'),
        baseBranch: branch(v('CI_DEFAULT_BRANCH'), 'CI_DEFAULT_BRANCH', true)!,
        fromFork: false,
      };
    }
  }
  return { kind: 'ticket', issueNumber: optionalInt(v('DROID_ISSUE_IID'), 'DROID_ISSUE_IID') };
}

function ticketFrom(v: (name: string) => string | undefined, target: Target, command: DroidCommand, ref: string | undefined): Ticket {
  const given = v('DROID_TICKET_KEY');
  let key: string;
  if (given !== undefined) {
    key = given.trim();
    if (!/^[A-Za-z0-9#!][A-Za-z0-9._#!/-]{0,63}$/.test(key)) {
      throw new DroidError('usage', `DROID_TICKET_KEY "${printable(key)}" is not a ticket key`, {
        hint: 'use letters, digits, "-", "_", "." (e.g. PROJ-123), at most 64 characters',
      });
    }
  } else if (target.kind === 'change') key = `!${target.number}`;
  else if (target.issueNumber !== undefined) key = `#${target.issueNumber}`;
  else {
    throw new DroidError('usage', `DROID_COMMAND=${command} needs a ticket: set DROID_TICKET_KEY (and DROID_TICKET_TITLE/BODY), or DROID_ISSUE_IID`, {
      hint: 'the relay sets these for notes; for API and web pipelines pass them as pipeline variables',
    });
  }
  const fallbackTitle =
    target.kind === 'change'
      ? v('CI_MERGE_REQUEST_TITLE') ?? `${command} on ${target.headBranch}`
      : `${command} ${key}${ref ? ` on ${ref}` : ''}`;
  return {
    key,
    title: oneLine(text(v('DROID_TICKET_TITLE'), 'DROID_TICKET_TITLE', 4 * MAX_TITLE) ?? fallbackTitle).slice(0, MAX_TITLE),
    body: text(v('DROID_TICKET_BODY'), 'DROID_TICKET_BODY', MAX_BODY) ?? v('CI_MERGE_REQUEST_DESCRIPTION')?.slice(0, MAX_BODY) ?? '',
    url: url(v('DROID_TICKET_URL'), 'DROID_TICKET_URL'),
  };
}

function parseCommand(value: string | undefined): DroidCommand | undefined {
  if (value === undefined) return undefined;
  const c = value.trim().toLowerCase();
  if (isDroidCommand(c)) return c;
  throw new DroidError('usage', `DROID_COMMAND "${printable(value)}" is not a droid command`, { hint: `use one of ${COMMANDS.join(', ')}` });
}

/** `group/project!12,other/project!3` -> 12 for this project (GitLab lists up to four). */
function openMergeRequest(list: string | undefined, projectPath: string | undefined): number | undefined {
  if (!list || !projectPath) return undefined;
  for (const item of list.split(',')) {
    const [path, iid] = item.trim().split('!');
    if (path === projectPath && iid && /^\d{1,9}$/.test(iid)) return Number(iid);
  }
  return undefined;
}

function login(value: string | undefined): string {
  if (value === undefined) {
    throw new DroidError('usage', 'who asked is unknown: neither DROID_ACTOR nor GITLAB_USER_LOGIN is set', {
      hint: 'run inside a GitLab CI job (GITLAB_USER_LOGIN) or set DROID_ACTOR',
    });
  }
  const name = value.trim().replace(/^@/, '');
  if (!/^[A-Za-z0-9_.][A-Za-z0-9_.-]{0,254}$/.test(name)) {
    throw new DroidError('usage', `DROID_ACTOR/GITLAB_USER_LOGIN "${printable(value)}" is not a GitLab username`);
  }
  return name;
}

function optionalInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value.trim()) || Number(value) === 0) {
    throw new DroidError('usage', `${name} "${printable(value)}" is not a positive number`);
  }
  return Number(value.trim());
}

function sha(value: string | undefined, name: string): string {
  if (value === undefined) throw new DroidError('usage', `${name} is not set`, { hint: 'run inside a GitLab CI job' });
  const s = value.trim().toLowerCase();
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(s)) throw new DroidError('usage', `${name} "${printable(value)}" is not a commit SHA`);
  return s;
}

function branch(value: string | undefined, name: string, required: boolean): string | undefined {
  if (value === undefined) {
    if (required) throw new DroidError('usage', `${name} is not set`, { hint: 'run inside a GitLab CI job' });
    return undefined;
  }
  const b = value.trim();
  const bad =
    b.length > 255 ||
    b.startsWith('-') ||
    b.startsWith('/') ||
    b.endsWith('/') ||
    b.endsWith('.lock') ||
    b.includes('..') ||
    b.includes('@{') ||
    b.includes('//') ||
    /[\x00-\x20\x7f~^:?*[\\]/.test(b);
  if (bad || b === '') throw new DroidError('usage', `${name} "${printable(value)}" is not a valid branch name`);
  return b;
}

function url(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const parsed = checkHttpUrl(value, name);
  if (typeof parsed === 'string') throw new DroidError('usage', parsed);
  return parsed.toString();
}

function text(value: string | undefined, name: string, max: number): string | undefined {
  if (value === undefined) return undefined;
  if (value.includes('\0')) throw new DroidError('usage', `${name} contains a NUL byte`);
  return value.length > max ? `${value.slice(0, max)}\n… [truncated]` : value;
}

function oneLine(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ').trim();
}

