import type { AccessLevel, CiState } from '../types.js';

/**
 * GitLab's vocabularies mapped onto ours, written out as tables (renovate-style) so a reader can
 * check each row against GitLab's docs.
 */

/** Pipeline status -> our tri-state. */
export const PIPELINE_STATUS: Record<string, CiState> = {
  created: 'pending',
  waiting_for_resource: 'pending',
  preparing: 'pending',
  pending: 'pending',
  running: 'pending',
  scheduled: 'pending',
  canceling: 'pending',
  success: 'success',
  failed: 'failure',
  canceled: 'failure',
  // nothing ran that could fail; waiting for a skipped pipeline would never end
  skipped: 'success',
  // only manual jobs are left: the automatic part is over and nothing will move on its own
  manual: 'success',
};

/** Job status -> our tri-state (a failed job with `allow_failure: true` counts as success). */
export const JOB_STATUS: Record<string, CiState> = {
  ...PIPELINE_STATUS,
};

export function pipelineState(status: string): CiState {
  // an unknown, newer status is treated as "not finished" rather than guessed
  return PIPELINE_STATUS[status] ?? 'pending';
}

export function jobState(status: string, allowFailure: boolean): CiState {
  const state = JOB_STATUS[status] ?? 'pending';
  return state === 'failure' && allowFailure ? 'success' : state;
}

/** Member access level (numbers from GitLab's docs) -> our access level. */
export const ACCESS_LEVEL: ReadonlyArray<readonly [minimum: number, level: AccessLevel, gitlabName: string]> = [
  [60, 'admin', 'Admin'],
  [50, 'admin', 'Owner'],
  [40, 'maintain', 'Maintainer'],
  [30, 'write', 'Developer'],
  [20, 'read', 'Reporter'],
  [15, 'read', 'Planner'],
  [10, 'read', 'Guest'],
  [5, 'none', 'Minimal Access'],
  [0, 'none', 'No access'],
];

export function accessLevel(value: number): AccessLevel {
  for (const [minimum, level] of ACCESS_LEVEL) if (value >= minimum) return level;
  return 'none';
}

/** User states that may not act (GitLab user `state`). */
export const BLOCKED_STATES = new Set(['blocked', 'banned', 'blocked_pending_approval', 'ldap_blocked', 'deactivated']);

/** Title prefixes GitLab reads as "draft" (case-insensitive, at the start). */
const DRAFT_PREFIX = /^\s*(?:\[draft\]|\(draft\)|draft:|draft\s+-)\s*/i;

export function isDraftTitle(title: string): boolean {
  return DRAFT_PREFIX.test(title);
}

export function stripDraft(title: string): string {
  return title.replace(DRAFT_PREFIX, '');
}

export function draftTitle(title: string, draft: boolean): string {
  const plain = stripDraft(title);
  return draft ? `Draft: ${plain}` : plain;
}

export function changeState(state: string): 'open' | 'closed' | 'merged' {
  if (state === 'merged') return 'merged';
  if (state === 'opened' || state === 'locked') return 'open';
  return 'closed';
}
