/**
 * The forge seen by the run: a small domain vocabulary shared by the github/, gitlab/ and local adapters.
 * Adapters map their API's shapes onto these (renovate-style tables), and never throw raw HTTP errors:
 * they throw DroidError('platform') naming the endpoint and status.
 */
import type { ReviewForge } from '../review/types.js';
import type { Audit } from '../audit/types.js';
import type { DroidCommand, Request } from '../trigger/request.js';
import type { Logger } from '../util/log.js';
import type { Redactor } from '../util/redact.js';
import type { ForgeLimits } from './limits.js';

/** The platforms a run can be on. Only src/platform/ compares these names; elsewhere they are shown, never tested. */
export type PlatformName = 'github' | 'gitlab' | 'local';

/**
 * What differs between forges that the stages need to know, as data: the stages ask the forge, never
 * which forge it is.
 */
export interface ForgeTraits {
  /** the droid's branches are pushed to a remote and their PR/MR opened there (false: they stay in this repository) */
  pushes: boolean;
  /** the run leaves the person on the branch they started on (a run on their own machine) */
  returnsToStart: boolean;
  /** "PR" or "MR", and the long form */
  changeNoun: { short: 'PR' | 'MR'; long: string };
  /** title, body and comment lengths the forge accepts */
  limits: ForgeLimits;
  /** the `Co-authored-by` value that credits `actor` on this forge */
  coAuthor(actor: string): string;
}

export type AccessLevel = 'none' | 'read' | 'triage' | 'write' | 'maintain' | 'admin';

export interface ActorAccess {
  login: string;
  level: AccessLevel;
  isBot: boolean;
  /** GitLab: blocked users; GitHub: always false */
  blocked: boolean;
}

export interface ChangeRequest {
  number: number;
  url: string;
  sourceBranch: string;
  targetBranch: string;
  title: string;
  body: string;
  draft: boolean;
  state: 'open' | 'closed' | 'merged';
  headSha: string;
  author: string;
  /** the head branch lives in another repository (a fork); undefined when the adapter cannot tell */
  fromFork?: boolean | undefined;
  /** label names on the PR/MR, when the adapter read them (doctor checks its labels stuck) */
  labels?: string[] | undefined;
}

export interface ChangeRequestSpec {
  sourceBranch: string;
  targetBranch: string;
  title: string;
  body: string;
  draft: boolean;
  labels: string[];
  /** user logins/usernames */
  reviewers: string[];
  /** GitHub `org/team` slugs; ignored by GitLab */
  teamReviewers: string[];
}

export interface ChangeRequestQuery {
  sourceBranch?: string | undefined;
  marker?: string | undefined;
  /** the fixed start of `pr.branch` (e.g. `droid/`) */
  branchPrefix?: string | undefined;
}

export interface UpsertResult {
  action: 'created' | 'updated';
  change: ChangeRequest;
  /** non-fatal problems (unknown reviewer, label could not be added), shown in the progress comment */
  warnings: string[];
}

/** Where progress comments and replies go. */
export type CommentTarget = { kind: 'issue'; number: number } | { kind: 'change'; number: number };

/** A comment as it reads now (a person may have edited it). */
export interface CommentText {
  id: number;
  url: string;
  body: string;
}

export interface CommentRef {
  id: number;
  url: string;
  target: CommentTarget;
}

/** Tri-state CI status of one SHA (renovate's vocabulary). */
export type CiState = 'pending' | 'success' | 'failure';

export interface CiJob {
  id: number;
  name: string;
  state: CiState;
  url: string;
  /** GitHub check run / GitLab job ids are what `jobLog` takes */
  logAvailable: boolean;
}

export interface CiStatus {
  state: CiState;
  jobs: CiJob[];
  /** nothing reported for the SHA yet (no checks, no pipeline) */
  empty: boolean;
}

/** A commit the forge creates itself from whole-file contents (GitHub createCommitOnBranch, for `pr.sign: api`). */
export interface ApiCommitInput {
  branch: string;
  /** the head the commit goes on top of: fast-forward only */
  expectedHeadOid: string;
  headline: string;
  body: string;
  /** contents base64 */
  additions: { path: string; contents: string }[];
  deletions: { path: string }[];
}
export type ApiCommitResult = { status: 'committed'; oid: string; url?: string | undefined } | { status: 'stale'; message: string };

export interface Forge {
  /** for display (traces, telemetry); never compared outside src/platform/ */
  readonly platform: PlatformName;
  readonly traits: ForgeTraits;
  /** `pr.sign: api`: commits made (and signed) by the forge; only GitHub has it */
  apiCommits?: { commit(input: ApiCommitInput): Promise<ApiCommitResult>; createBranch(branch: string, sha: string): Promise<void> } | undefined;
  /** "owner/repo" or "group/project" */
  readonly repo: string;
  defaultBranch(): Promise<string>;
  actorAccess(login: string): Promise<ActorAccess>;
  /**
   * By source branch (a branch of this repository), else by hidden marker: a PR/MR found by its
   * marker counts only when its head is this repository on a branch under `branchPrefix` (the droid's
   * branches), or the droid's own account opened it.
   */
  findChangeRequest(query: ChangeRequestQuery): Promise<ChangeRequest | undefined>;
  getChangeRequest(number: number): Promise<ChangeRequest>;
  /** create-or-update, idempotent: a retried call never makes a second PR/MR */
  upsertChangeRequest(spec: ChangeRequestSpec, existing?: ChangeRequest): Promise<UpsertResult>;
  /** closes a PR/MR without merging (doctor's probe PR/MR); optional for adapters that cannot */
  closeChangeRequest?(number: number): Promise<void>;
  /** create a comment, or update the one that holds `marker` (idempotent by marker) */
  upsertComment(target: CommentTarget, body: string, marker: string, existing?: CommentRef): Promise<CommentRef>;
  /**
   * The latest comment on the thread that holds `marker` and that the droid's own account wrote, in its
   * current text (`/droid approve`, PRODUCT.md §12); comments by anyone else never count. Optional.
   */
  findOwnComment?(target: CommentTarget, marker: string): Promise<CommentText | undefined>;
  ciStatus(sha: string, options?: { ignoreJobNames?: string[] }): Promise<CiStatus>;
  jobLog(job: CiJob): Promise<string>;
  /** environment entries that give `git` access to the remote for one command (GIT_CONFIG_COUNT form) */
  gitAuthEnv(): Record<string, string>;
  /** remote URL without credentials */
  cloneUrl(): string;
  /** a link to this job's log, for the progress comment */
  jobUrl(): string | undefined;
  /** review mode (PRODUCT.md §13); absent on a forge that cannot post reviews yet */
  review?: ReviewForge | undefined;
}

/** What a platform needs to build its forge: the run's logger, redactor and audit log. */
export interface SetupContext {
  log: Logger;
  redactor: Redactor;
  audit: Audit;
}

/** A trigger that is not for the droid (another label, a comment without the phrase): a notice, not a failure. */
export interface Ignored {
  ignored: string;
}

/** A platform's word that the droid's pushes will start no CI on the branch. */
export interface PushNotice {
  /** said once in the progress comment, with the fix */
  notice: string;
  /** the CI step's reason when no CI appears */
  noCi: string;
}

/** One run's start, as a platform reads it from its event, variables or argv. */
export interface PlatformSetup {
  platform: PlatformName;
  request: Request;
  /** undefined: the run stays in this repository and publishes through a LocalForge (platform/local/forge.ts) */
  forge?: Forge | undefined;
  /** every secret value the run holds; masked everywhere, kept from test commands */
  secrets?: string[] | undefined;
  jobUrl?: string | undefined;
  /** set when the droid's pushes start no CI (GitHub's job token): what to say and why CI is missing */
  pushNotice?: PushNotice | undefined;
  ownJobNames?: string[] | undefined;
  allowBots?: string[] | undefined;
}

/** What `droid-ci run` passes on from its arguments (the action reads its own inputs). */
export interface SetupOptions {
  command?: DroidCommand | undefined;
  ticket?: string | undefined;
  title?: string | undefined;
  prompt?: string | undefined;
  /** a local review: the branch the current one would merge into (default main) */
  base?: string | undefined;
  /** the repository the run works in (a local review reads its branches) */
  repoRoot?: string | undefined;
}

/**
 * A platform: where a run comes from and where its results go. The only place that names github,
 * gitlab or local is src/platform/; everything else gets a Platform and its Forge.
 */
export interface Platform {
  readonly name: PlatformName;
  /** the run's request, forge, secrets and identity, from the event / variables / argv */
  setup(env: NodeJS.ProcessEnv, ctx: SetupContext, options: SetupOptions): Promise<PlatformSetup | Ignored>;
  /** doctor's probes of the forge; undefined: there is no forge to probe */
  doctor?(env: NodeJS.ProcessEnv, ctx: SetupContext): Promise<DoctorPlatform>;
}

// doctor's probes (`droid-ci doctor`, src/commands/doctor.ts)
export type CheckState = 'ok' | 'fail' | 'skip' | 'warn';

export interface Check {
  name: string;
  state: CheckState;
  /** what was found and, for fail/warn, what to fix */
  detail: string;
}

/** The steps whose failures a platform explains. */
export type DoctorStep = 'read' | 'push' | 'change' | 'labels' | 'ci';

export interface DoctorPlatform {
  forge: Forge;
  /** which credentials are used and what that means (the job token starts no workflows; a GitLab token without the api scope) */
  credentials: { state: 'ok' | 'warn' | 'fail'; detail: string };
  /** what to change when `step` failed with `error`; undefined when the error's own hint says it */
  fix(step: DoctorStep, error: unknown): string | undefined;
}
