/**
 * A GitHub event payload, read once into a typed union (claude-code-action style). Every field is
 * checked as it is read: a missing field or a wrong type gives DroidError('usage') naming the field,
 * never a crash; long texts are cut (issue bodies can be 65 kB, a hostile one more).
 */
import { readFileSync, statSync } from 'node:fs';
import { DroidError } from '../../util/errors.js';
import { isRecord, isValidBranchName } from '../../util/validate.js';

export const MAX_BODY = 64 * 1024;
const MAX_TITLE = 1024;

export interface Actor {
  login: string;
  isBot: boolean;
}

export interface IssuePart {
  number: number;
  title: string;
  body: string;
  url: string | undefined;
  labels: string[];
  assignees: string[];
  /** issue_comment on a PR: the issue is the PR */
  isPullRequest: boolean;
}

export interface PullPart {
  number: number;
  title: string;
  body: string;
  url: string | undefined;
  headRef: string;
  headSha: string;
  baseRef: string;
  fromFork: boolean;
}

export interface CommentPart {
  id: number;
  body: string;
  url: string | undefined;
  path?: string | undefined;
  line?: number | undefined;
}

export interface RunPart {
  id: number;
  name: string;
  conclusion: string | null;
  /** null for runs not on a branch (tags) */
  headBranch: string | undefined;
  headSha: string;
  url: string | undefined;
  actor: Actor | undefined;
  pulls: { number: number; headRef: string; headSha: string; baseRef: string; fromFork: boolean }[];
}

export type GitHubEvent =
  | { name: 'issues'; action: string; issue: IssuePart; label: string | undefined; assignee: string | undefined; sender: Actor }
  | { name: 'issue_comment'; action: string; issue: IssuePart; comment: CommentPart; sender: Actor }
  | { name: 'pull_request_review_comment'; action: string; pull: PullPart; comment: CommentPart; sender: Actor }
  | { name: 'workflow_dispatch'; inputs: Record<string, string>; sender: Actor }
  | { name: 'repository_dispatch'; eventType: string; clientPayload: Record<string, unknown>; sender: Actor }
  | { name: 'workflow_run'; action: string; run: RunPart; sender: Actor }
  | { name: 'pull_request'; action: string; pull: PullPart & { draft: boolean }; sender: Actor }
  | { name: 'other'; eventName: string };

export type CommentEvent = Extract<GitHubEvent, { name: 'issue_comment' | 'pull_request_review_comment' }>;

export function isCommentEvent(event: GitHubEvent): event is CommentEvent {
  return event.name === 'issue_comment' || event.name === 'pull_request_review_comment';
}

type Obj = Record<string, unknown>;

function fail(path: string, what: string): never {
  throw new DroidError('usage', `GitHub event payload: ${path} ${what}`, {
    hint: 'the event file (GITHUB_EVENT_PATH) does not look like one GitHub sent; run on the events the docs list',
  });
}

function obj(value: unknown, path: string): Obj {
  return isRecord(value) ? value : fail(path, 'is missing or not an object');
}

function str(value: unknown, path: string): string {
  return typeof value === 'string' ? value : fail(path, 'is missing or not a string');
}

function optStr(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  return str(value, path);
}

function int(value: unknown, path: string): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : fail(path, 'is missing or not a positive integer');
}

/** Long user text is cut, not refused: the reader cannot change what was written. */
export function cut(text: string, max = MAX_BODY): string {
  const clean = text.replace(/\0/g, '');
  return clean.length > max ? `${clean.slice(0, max)}\n… [truncated]` : clean;
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

function actor(value: unknown, path: string): Actor {
  const o = obj(value, path);
  const login = str(o.login, `${path}.login`);
  if (!LOGIN.test(login)) fail(`${path}.login`, `"${login.slice(0, 60)}" is not a GitHub login`);
  return { login, isBot: o.type === 'Bot' || login.endsWith('[bot]') };
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

function sha(value: unknown, path: string): string {
  const s = str(value, path);
  return SHA.test(s) ? s : fail(path, 'is not a commit SHA');
}

function branch(value: unknown, path: string): string {
  const b = str(value, path);
  return isValidBranchName(b) ? b : fail(path, `"${b.slice(0, 60)}" is not a valid branch name`);
}

function names(value: unknown, key: 'name' | 'login'): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((item) => item[key]).filter((n): n is string => typeof n === 'string');
}

function issue(value: unknown, path: string): IssuePart {
  const o = obj(value, path);
  return {
    number: int(o.number, `${path}.number`),
    title: cut(str(o.title, `${path}.title`), MAX_TITLE),
    body: cut(optStr(o.body, `${path}.body`) ?? ''),
    url: optStr(o.html_url, `${path}.html_url`),
    labels: names(o.labels, 'name'),
    assignees: names(o.assignees, 'login'),
    isPullRequest: isRecord(o.pull_request),
  };
}

function repoName(value: unknown): string | undefined {
  return isRecord(value) && typeof value.full_name === 'string' ? value.full_name.toLowerCase() : undefined;
}

function pull(value: unknown, path: string): PullPart {
  const o = obj(value, path);
  const head = obj(o.head, `${path}.head`);
  const base = obj(o.base, `${path}.base`);
  const headRepo = repoName(head.repo);
  return {
    number: int(o.number, `${path}.number`),
    title: cut(str(o.title, `${path}.title`), MAX_TITLE),
    body: cut(optStr(o.body, `${path}.body`) ?? ''),
    url: optStr(o.html_url, `${path}.html_url`),
    headRef: branch(head.ref, `${path}.head.ref`),
    headSha: sha(head.sha, `${path}.head.sha`),
    baseRef: branch(base.ref, `${path}.base.ref`),
    // a deleted fork has no head repo: treat it as a fork
    fromFork: headRepo === undefined || headRepo !== repoName(base.repo),
  };
}

function comment(value: unknown, path: string): CommentPart {
  const o = obj(value, path);
  const line = o.line ?? o.original_line;
  return {
    id: int(o.id, `${path}.id`),
    body: cut(str(o.body, `${path}.body`)),
    url: optStr(o.html_url, `${path}.html_url`),
    path: optStr(o.path, `${path}.path`),
    line: typeof line === 'number' && Number.isSafeInteger(line) && line > 0 ? line : undefined,
  };
}

function run(value: unknown, path: string): RunPart {
  const o = obj(value, path);
  const pulls = Array.isArray(o.pull_requests) ? o.pull_requests : [];
  return {
    id: int(o.id, `${path}.id`),
    name: cut(optStr(o.name, `${path}.name`) ?? '', MAX_TITLE),
    conclusion: optStr(o.conclusion, `${path}.conclusion`) ?? null,
    headBranch: o.head_branch === null || o.head_branch === undefined ? undefined : branch(o.head_branch, `${path}.head_branch`),
    headSha: sha(o.head_sha, `${path}.head_sha`),
    url: optStr(o.html_url, `${path}.html_url`),
    actor: o.triggering_actor ? actor(o.triggering_actor, `${path}.triggering_actor`) : o.actor ? actor(o.actor, `${path}.actor`) : undefined,
    pulls: pulls.map((p, i) => {
      const item = obj(p, `${path}.pull_requests[${i}]`);
      const head = obj(item.head, `${path}.pull_requests[${i}].head`);
      const base = obj(item.base, `${path}.pull_requests[${i}].base`);
      const headRepo = isRecord(head.repo) ? head.repo.id : undefined;
      const baseRepo = isRecord(base.repo) ? base.repo.id : undefined;
      return {
        number: int(item.number, `${path}.pull_requests[${i}].number`),
        headRef: branch(head.ref, `${path}.pull_requests[${i}].head.ref`),
        headSha: sha(head.sha, `${path}.pull_requests[${i}].head.sha`),
        baseRef: branch(base.ref, `${path}.pull_requests[${i}].base.ref`),
        fromFork: headRepo === undefined || headRepo !== baseRepo,
      };
    }),
  };
}

function stringInputs(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(value)) return out;
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string') out[key] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[key] = String(v);
  }
  return out;
}

/** Reads the payload of `eventName`; events the droid does not handle come back as `other`. */
export function parseGitHubEvent(eventName: string, payload: unknown): GitHubEvent {
  const p = obj(payload, 'the payload');
  switch (eventName) {
    case 'issues':
      return {
        name: 'issues',
        action: str(p.action, 'action'),
        issue: issue(p.issue, 'issue'),
        label: isRecord(p.label) ? optStr(p.label.name, 'label.name') : undefined,
        assignee: isRecord(p.assignee) ? optStr(p.assignee.login, 'assignee.login') : undefined,
        sender: actor(p.sender, 'sender'),
      };
    case 'issue_comment':
      return { name: 'issue_comment', action: str(p.action, 'action'), issue: issue(p.issue, 'issue'), comment: comment(p.comment, 'comment'), sender: actor(p.sender, 'sender') };
    case 'pull_request_review_comment':
      return {
        name: 'pull_request_review_comment',
        action: str(p.action, 'action'),
        pull: pull(p.pull_request, 'pull_request'),
        comment: comment(p.comment, 'comment'),
        sender: actor(p.sender, 'sender'),
      };
    case 'workflow_dispatch':
      return { name: 'workflow_dispatch', inputs: stringInputs(p.inputs), sender: actor(p.sender, 'sender') };
    case 'repository_dispatch':
      return {
        name: 'repository_dispatch',
        eventType: str(p.action, 'action'),
        clientPayload: p.client_payload === undefined || p.client_payload === null ? {} : obj(p.client_payload, 'client_payload'),
        sender: actor(p.sender, 'sender'),
      };
    case 'pull_request':
    case 'pull_request_target': {
      const o = obj(p.pull_request, 'pull_request');
      return { name: 'pull_request', action: str(p.action, 'action'), pull: { ...pull(o, 'pull_request'), draft: o.draft === true }, sender: actor(p.sender, 'sender') };
    }
    case 'workflow_run':
      return { name: 'workflow_run', action: str(p.action, 'action'), run: run(p.workflow_run, 'workflow_run'), sender: actor(p.sender, 'sender') };
    default:
      return { name: 'other', eventName };
  }
}

const MAX_EVENT_FILE = 32 * 1024 * 1024;

/** The event the runner handed over: GITHUB_EVENT_NAME and the JSON file at GITHUB_EVENT_PATH. */
export function readGitHubEvent(env: NodeJS.ProcessEnv): { eventName: string; payload: unknown } {
  const eventName = env.GITHUB_EVENT_NAME?.trim();
  const path = env.GITHUB_EVENT_PATH?.trim();
  if (!eventName || !path) {
    throw new DroidError('usage', 'GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set', { hint: 'run as a step of a GitHub Actions job, or use --platform local' });
  }
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new DroidError('usage', `the event file ${path} (GITHUB_EVENT_PATH) cannot be read`);
  }
  if (size > MAX_EVENT_FILE) throw new DroidError('usage', `the event file ${path} is ${size} bytes: too large to be a GitHub event`);
  try {
    return { eventName, payload: JSON.parse(readFileSync(path, 'utf8')) as unknown };
  } catch {
    throw new DroidError('usage', `the event file ${path} (GITHUB_EVENT_PATH) is not JSON`);
  }
}
