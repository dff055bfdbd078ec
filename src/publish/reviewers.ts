/**
 * Who reviews a change: `pr.reviewers.rules` whose paths match a changed file, plus CODEOWNERS owners
 * of the changed files (when `pr.reviewers.codeowners` is on), without the actor and the PR author,
 * deduplicated case-insensitively in first-seen order. Pure; the adapters turn the result into API calls.
 */
import picomatch from 'picomatch';
import type { ReviewerRule } from '../config/types.js';
import { ownersOf, parseCodeowners } from './codeowners.js';

export interface ReviewerInput {
  changedFiles: string[];
  rules: ReviewerRule[];
  /** CODEOWNERS text (read from the base branch); undefined when off or absent */
  codeowners?: string | undefined;
  /** logins never requested: the actor and the PR author */
  exclude: string[];
}

export interface Reviewers {
  users: string[];
  /** as written: "team" or "org/team" */
  teams: string[];
}

function addUnique(list: string[], seen: Set<string>, value: string): void {
  const clean = value.trim().replace(/^@/, '');
  const key = clean.toLowerCase();
  if (!clean || seen.has(key)) return;
  seen.add(key);
  list.push(clean);
}

export function computeReviewers(input: ReviewerInput): Reviewers {
  const excluded = new Set(input.exclude.map((login) => login.replace(/^@/, '').toLowerCase()));
  const users: string[] = [];
  const teams: string[] = [];
  const seenUsers = new Set(excluded);
  const seenTeams = new Set<string>();
  const files = input.changedFiles.map((f) => f.replace(/^\.?\/+/, ''));

  for (const rule of input.rules) {
    const matches = picomatch(rule.paths, { dot: true });
    if (!files.some((file) => matches(file))) continue;
    for (const user of rule.users) addUnique(users, seenUsers, user);
    for (const team of rule.teams) addUnique(teams, seenTeams, team);
  }
  if (input.codeowners) {
    const codeowners = parseCodeowners(input.codeowners);
    for (const file of files) {
      const owners = ownersOf(codeowners, file);
      for (const user of owners.users) addUnique(users, seenUsers, user);
      for (const team of owners.teams) addUnique(teams, seenTeams, team);
    }
  }
  return { users, teams };
}
