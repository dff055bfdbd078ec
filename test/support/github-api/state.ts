/** The fake GitHub's state: one repository and what lives around it. Tests read and seed it directly. */
import type { KeyObject } from 'node:crypto';

export type RoleName = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
  /** collaborator role on the repo; undefined = not a collaborator */
  role?: RoleName | undefined;
}

export interface FakePull {
  number: number;
  id: number;
  node_id: string;
  title: string;
  body: string | null;
  head: { ref: string; sha: string; owner: string };
  base: { ref: string };
  draft: boolean;
  state: 'open' | 'closed';
  merged: boolean;
  user: string;
  requested_reviewers: string[];
  requested_teams: string[];
}

export interface FakeComment {
  id: number;
  issue_number: number;
  body: string;
  user: string;
  created_at: string;
  updated_at: string;
}

/** One changed file of a PR as `pulls/list-files` shows it (patch: hunks only, like GitHub's). */
export interface FakePullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string | undefined;
  additions: number;
  deletions: number;
  patch?: string | undefined;
}

export interface FakeReview {
  id: number;
  pull_number: number;
  user: string;
  body: string;
  state: 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED';
  commit_id: string;
  submitted_at: string;
}

export interface FakeReviewComment {
  id: number;
  review_id: number;
  pull_number: number;
  user: string;
  path: string;
  line: number;
  start_line: number | null;
  side: 'RIGHT' | 'LEFT';
  body: string;
  commit_id: string;
  created_at: string;
}

export interface FakeLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export type CheckStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
export type CheckConclusion =
  | 'success'
  | 'failure'
  | 'neutral'
  | 'cancelled'
  | 'skipped'
  | 'timed_out'
  | 'action_required'
  | 'stale'
  | 'startup_failure'
  | null;

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: CheckStatus;
  conclusion: CheckConclusion;
  /** 'github-actions' for Actions jobs (whose logs can be downloaded) */
  app_slug: string;
}

export interface FakeStatus {
  id: number;
  sha: string;
  context: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  target_url: string | null;
  description: string | null;
}

export interface FakeJob {
  id: number;
  run_id: number;
  name: string;
  head_sha: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped' | null;
  /** served by the log download redirect */
  log: string;
}

export interface FakeApp {
  id: number;
  slug: string;
  /** verifies the app's JWTs (RS256) */
  publicKey: KeyObject;
  installationId: number;
  /** "owner/repo" names the installation can see; empty = not installed on this repo */
  repositories: string[];
}

export interface FakeState {
  owner: string;
  repo: string;
  defaultBranch: string;
  /** the identity behind the token: author of PRs and comments it creates */
  tokenUser: string;
  users: Map<string, FakeUser>;
  /** org team slugs (without the org) that exist and may review */
  teams: Set<string>;
  pulls: FakePull[];
  /** issue numbers that exist as issues (PRs are issues too) */
  issues: Set<number>;
  comments: FakeComment[];
  labels: Map<string, FakeLabel>;
  issueLabels: Map<number, string[]>;
  checkRuns: FakeCheckRun[];
  statuses: FakeStatus[];
  jobs: FakeJob[];
  reviews: FakeReview[];
  reviewComments: FakeReviewComment[];
  /** the files of a PR for `pulls/list-files` (the action world computes them with git from the remote); default none */
  pullFiles?: ((pull: FakePull) => FakePullFile[]) | undefined;
  app?: FakeApp | undefined;
  /** installation tokens minted so far (accepted as auth afterwards) */
  mintedTokens: { token: string; installationId: number; repositories: string[] | undefined }[];
  nextId: number;
  /** the bare repo behind the git remote: createCommitOnBranch and git/create-ref write to it (unset: they fail) */
  gitDir?: string | undefined;
  /** commits made through createCommitOnBranch (GitHub signs these) */
  apiCommits: { branch: string; oid: string; parent: string; message: string }[];
  /** called as a createCommitOnBranch request arrives, before the head is checked: a test moves the branch here to race the droid */
  beforeCommitOnBranch?: ((branch: string) => void) | undefined;
}

export function createState(init: { owner: string; repo: string; defaultBranch: string; tokenUser: string }): FakeState {
  const state: FakeState = {
    ...init,
    users: new Map(),
    teams: new Set(),
    pulls: [],
    issues: new Set(),
    comments: [],
    labels: new Map(),
    issueLabels: new Map(),
    checkRuns: [],
    statuses: [],
    jobs: [],
    reviews: [],
    reviewComments: [],
    mintedTokens: [],
    nextId: 1000,
    apiCommits: [],
  };
  state.users.set(init.owner.toLowerCase(), { login: init.owner, id: 1, type: 'User', role: 'admin' });
  state.users.set(init.tokenUser.toLowerCase(), { login: init.tokenUser, id: 2, type: 'Bot', role: 'write' });
  return state;
}

export function nextId(state: FakeState): number {
  state.nextId += 1;
  return state.nextId;
}

export function findUser(state: FakeState, login: string): FakeUser | undefined {
  return state.users.get(login.toLowerCase());
}
