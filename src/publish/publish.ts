import type { RunContext } from '../run/types.js';
import type { Request } from '../trigger/request.js';
import type { DroidConfig } from '../config/types.js';
import { BODY_MARKER, ticketMarker } from '../report/body.js';
import type { ChangeRequest } from '../platform/types.js';

/**
 * Opens or updates the PR/MR for the pushed branch (PRODUCT.md §1.7): found by branch or by the ticket
 * marker, else created. A person's PR keeps its own title, body and draft state: only PRs carrying the
 * droid's body marker are rewritten. Returns undefined when tests fail and on_tests_failing is comment-only.
 */
export interface PrSpec {
  title: string;
  body: string;
  labels: string[];
  /** users, and `org/team` slugs */
  reviewers: string[];
  draft: boolean;
}

/** Reviewers as the forge takes them: user logins, and `org/team` slugs apart. */
export function splitReviewers(reviewers: string[]): { reviewers: string[]; teamReviewers: string[] } {
  return { reviewers: reviewers.filter((r) => !r.includes('/')), teamReviewers: reviewers.filter((r) => r.includes('/')) };
}

/** The fixed start of the `pr.branch` template (`droid/{ticket}-{slug}` -> `droid/`): the droid's branches. */
export function branchPrefix(template: string): string {
  const brace = template.indexOf('{');
  return brace < 0 ? template : template.slice(0, brace);
}

export async function publish(
  request: Request,
  deps: Pick<RunContext, 'publisher' | 'audit'>,
  target: { branch: string; targetBranch: string; config: DroidConfig },
  spec: PrSpec,
  testsPassed: boolean,
): Promise<{ action: 'created' | 'updated'; change: ChangeRequest; warnings: string[] } | undefined> {
  const forge = deps.publisher;
  if (!testsPassed && target.config.pr.on_tests_failing === 'comment-only' && request.target.kind !== 'change') return undefined;
  const existing =
    request.target.kind === 'change'
      ? await forge.getChangeRequest(request.target.number)
      : await forge.findChangeRequest({ sourceBranch: target.branch, marker: ticketMarker(request.ticket.key), branchPrefix: branchPrefix(target.config.pr.branch) });
  const ownBody = !existing || existing.body.includes(BODY_MARKER);
  const result = await forge.upsertChangeRequest(
    {
      sourceBranch: target.branch,
      targetBranch: existing?.targetBranch ?? target.targetBranch,
      title: ownBody ? spec.title : existing.title,
      body: ownBody ? spec.body : existing.body,
      draft: existing && !ownBody ? existing.draft : spec.draft,
      labels: spec.labels,
      ...splitReviewers(spec.reviewers),
    },
    existing,
  );
  deps.audit.record({ stage: 'pr', action: result.action === 'created' ? 'pr.create' : 'pr.update', outcome: 'ok', detail: { number: result.change.number } });
  return result;
}
