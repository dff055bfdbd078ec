import { branchPrefix } from '../publish/publish.js';
import { BODY_MARKER } from '../report/body.js';
import { PROGRESS_MARKER } from '../report/progress.js';
import type { RunContext } from '../run/types.js';
import type { DroidConfig } from '../config/types.js';
import { describeError } from '../util/errors.js';
import type { EarlierWork, Request } from './request.js';

/** at most this much of each part goes on to the prompt (it is cut again there) */
const MAX_PART = 6_000;
const PROMPT_COMMANDS = new Set(['fix', 'ci-fix']);

/**
 * The follow-up stage (PRODUCT.md §12): a `/droid fix …` on a PR/MR the droid opened carries the earlier
 * context into the prompt — the ticket, the plan, the last summary and failing tests (from the droid's
 * PR/MR body, which holds its marker) and the CI failures (from the droid's own latest progress comment).
 * A PR/MR counts as the droid's only on one of its branches (`pr.branch`'s prefix) in this repository:
 * a look-alike body on anyone else's PR is ignored. Reading is best effort: a failure is a log line.
 */
export async function withEarlierWork(request: Request, config: DroidConfig, ctx: RunContext): Promise<Request> {
  const target = request.target;
  if (target.kind !== 'change' || !PROMPT_COMMANDS.has(request.command) || request.earlier) return request;
  if (target.fromFork || !target.headBranch.startsWith(branchPrefix(config.pr.branch))) return request;
  try {
    const change = await ctx.forge.getChangeRequest(target.number);
    if (!change.body.includes(BODY_MARKER)) return request;
    const progress = ctx.forge.findOwnComment ? await ctx.forge.findOwnComment({ kind: 'change', number: target.number }, PROGRESS_MARKER) : undefined;
    const earlier = earlierFromBody(change.body, change.url);
    earlier.ci = progress ? ciFailures(progress.body) : undefined;
    const parts = Object.entries(earlier).filter(([key, value]) => key !== 'from' && value).map(([key]) => key);
    ctx.audit.record({ stage: 'trigger', action: 'follow-up.context', outcome: 'ok', detail: { number: target.number, parts: parts.join(',') || 'none' } });
    if (parts.length === 0) return request;
    ctx.log.info(`follow-up on ${change.url}: the earlier ${parts.join(', ')} go into the prompt`);
    return { ...request, earlier };
  } catch (error) {
    ctx.log.warn(`could not read the earlier work on #${target.number}: ${describeError(error)}`);
    return request;
  }
}

/** The sections of a body the droid rendered (report/body.ts): Summary, Ticket, the failure summary, Plan. */
export function earlierFromBody(body: string, from: string): EarlierWork {
  const text = body.replace(/\r\n?/g, '\n');
  const failures = /<details><summary>Failure summary<\/summary>\n\n```text\n([\s\S]*?)\n```\n<\/details>/.exec(text)?.[1];
  const plan = section(text, 'Plan');
  return {
    from,
    ticket: section(text, 'Ticket'),
    summary: usable(section(text, 'Summary'), '_The engine gave no summary._'),
    plan: usable(plan, '_No separate plan: see Summary._'),
    failures: failures ? cut(failures) : undefined,
  };
}

/** `## Name` up to the next `## ` heading or `<details>`; undefined when absent or empty. */
function section(text: string, name: string): string | undefined {
  const start = text.indexOf(`\n## ${name}\n`);
  if (start < 0) return undefined;
  const from = start + name.length + 5;
  const ends = [text.indexOf('\n## ', from), text.indexOf('\n<details>', from)].filter((i) => i >= 0);
  const body = text.slice(from, ends.length ? Math.min(...ends) : text.length).trim();
  return body ? cut(body) : undefined;
}

function usable(text: string | undefined, placeholder: string): string | undefined {
  return text && text !== placeholder ? text : undefined;
}

/** The "CI job **name** failed:" notices of a progress comment, each with its summary lines. */
export function ciFailures(comment: string): string | undefined {
  const lines = comment.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!lines[i]!.startsWith('> CI job **')) continue;
    out.push(lines[i]!.slice(2));
    for (let j = i + 1; j < lines.length && j <= i + 12; j += 1) {
      const line = lines[j]!;
      if (line.startsWith('> ') || line.trim() === '') break;
      out.push(line);
    }
  }
  return out.length ? cut(out.join('\n')) : undefined;
}

function cut(text: string): string {
  return text.length > MAX_PART ? `${text.slice(0, MAX_PART)}\n…` : text;
}
