import type { Audit } from '../audit/types.js';
import type { CommitSigning, DroidConfig } from '../config/types.js';
import type { EngineInstall } from '../engine/install.js';
import type { UsageTotals } from '../engine/usage.js';
import type { FileChange } from '../report/body.js';
import type { Forge, PushNotice } from '../platform/types.js';
import type { ProfileResult } from '../profiles/types.js';
import type { PushStatus } from '../git/push.js';
import type { ErrorKind } from '../util/errors.js';
import type { Logger } from '../util/log.js';
import type { Redactor } from '../util/redact.js';
import type { ReviewSummary } from '../review/types.js';

/** The conclusions of PRODUCT.md §6, the same on every platform. */
export type Conclusion = 'pr-opened' | 'pr-updated' | 'no-changes' | 'tests-failing' | 'refused' | 'plan-posted' | 'review-posted' | 'error';

/** What the orchestrator needs of git; src/git/workspace.ts implements it over the Git wrapper. */
export interface RunGit {
  readonly root: string;
  /** undefined on a detached HEAD */
  currentBranch(): Promise<string | undefined>;
  headSha(): Promise<string>;
  /** tracked changes and untracked files, ignoring the droid's own `.droid/` folder */
  dirtyFiles(): Promise<string[]>;
  /** a file's content at a ref, undefined when it does not exist there */
  showFile(ref: string, path: string): Promise<string | undefined>;
  /** the commit a ref points at, undefined when it does not exist */
  resolve(ref: string): Promise<string | undefined>;
  /** fetches a branch from the remote (auth scoped to the command); its commit, or undefined if absent */
  fetchBranch(branch: string): Promise<string | undefined>;
  checkoutNewBranch(branch: string, startPoint: string): Promise<void>;
  checkout(branch: string): Promise<void>;
  changes(base: string): Promise<{ files: string[]; fingerprint: string }>;
  /** commits the engine made itself become work-tree changes again (so the droid's commit carries the trailers) */
  absorbEngineCommits(start: string): Promise<void>;
  /**
   * --platform local, after a failed run: the work since `start` (engine commits, edits, new files) is
   * written to `patchFile` and the branch, index and work tree go back to `start`, so nothing follows the
   * user to their own branch. Returns the patch file, or undefined when there was no change. Optional.
   */
  setAside?(start: string, patchFile: string): Promise<string | undefined>;
  /** deletes a local branch already merged into HEAD (an empty droid branch of a failed run); optional */
  tryDeleteBranch?(branch: string): Promise<boolean>;
  /** reverts changes to protected paths; returns the files held back */
  holdBack(globs: string[]): Promise<string[]>;
  /** `pr.sign: ssh`: reads and checks the signing key before any edit, so a missing or unreadable key stops the run before the engine spends anything */
  signingReady(sign: CommitSigning | undefined): Promise<void>;
  /** commits everything (hooks off); undefined when there was nothing to commit. `sign: 'ssh'` signs it (git/sign.ts) */
  commit(message: string, trailers: [string, string][], options?: { sign?: CommitSigning | undefined }): Promise<string | undefined>;
  numstat(base: string, head: string): Promise<FileChange[]>;
  /** the unified diff of head against its merge base with base (a local review reads it) */
  diffPatch(base: string, head: string): Promise<string>;
  /** keeps a path out of the droid's commits (e.g. an audit log written inside the work tree) */
  ignore(path: string): Promise<void>;
  push(input: {
    branch: string;
    mode: 'droid-branch' | 'pr-head';
    expectedRemoteSha?: string | undefined;
    /** where the droid's own commits start */
    base: string;
    /** never pushed to (the target branch) */
    forbidden: string[];
    /** `api`: the forge makes the commit (GitHub createCommitOnBranch, Verified) instead of a git push */
    sign?: CommitSigning | undefined;
  }): Promise<{
    status: PushStatus;
    sha: string;
    reason?: string | undefined;
    patchFile?: string | undefined;
    /** e.g. why a signed commit fell back to a plain push */
    note?: string | undefined;
  }>;
  /** how many commits on `range` carry the trailer (ci-fix attempts) */
  countTrailer(range: string, key: string, value?: string): Promise<number>;
}

/** How this run was asked to go: read once from the inputs / argv, never changed as the run goes. */
export interface RunSettings {
  runId: string;
  configPath: string;
  dryRun: boolean;
  /** `engine` input / --engine: overrides engine.use */
  engineOverride?: string | undefined;
  engineArgs: string[];
  /** where patches, pr.md and the audit log go (default <repo>/.droid) */
  artifactDir: string;
  jobUrl?: string | undefined;
  /** the platform's word that pushes start no CI (GitHub's job token); said in the progress comment */
  pushNotice?: PushNotice | undefined;
  /** extra bots allowed by the action input (added to access.allow_bots) */
  allowBots: string[];
  /** GitHub: the job's own check name, ignored when following CI */
  ownJobNames: string[];
  /** install the engine's CLI when it is not found (Action, GitLab template); undefined: never (local) */
  engineInstall?: EngineInstall | undefined;
}

/**
 * What the stages of one run share: the seams that have real alternatives (the forge, git) and the
 * run's record keepers. Plain values: a stage calls the next with data and never reaches back.
 */
export interface RunContext {
  /** the repository's forge: access, default branch, PRs, CI (a LocalForge on --platform local) */
  forge: Forge;
  /** where the PR/MR and replies are written: the forge, or a LocalForge on a dry run */
  publisher: Forge;
  git: RunGit;
  settings: RunSettings;
  /** the job's environment: test profiles start from it (scrubbed), engines from engineEnv */
  env: NodeJS.ProcessEnv;
  /** the environment an engine may see: forge tokens already removed */
  engineEnv: NodeJS.ProcessEnv;
  /** secret values the run holds (tokens, keys): dropped from test environments even under innocent names */
  secrets: string[];
  files: RunFiles;
  audit: Audit;
  log: Logger;
  redactor: Redactor;
}

/** The run's files: artifacts in .droid/ (redacted, never through a link) and scratch folders. */
export interface RunFiles {
  writeArtifact(name: string, content: string): Promise<string>;
  scratchDir(label: string): Promise<string>;
}

/** The branch the droid works on, as the workspace stage set it up. */
export interface WorkBranch {
  branch: string;
  /** the commit the droid's changes are measured from */
  startSha: string;
  /** the commit the PR diff is measured from (target branch) */
  baseSha: string;
  /** the remote branch existed before this run */
  existed: boolean;
  remoteSha: string | undefined;
}

/** What the config stage read from the trusted ref (the target branch, never the PR). */
export interface TrustedSetup {
  config: DroidConfig;
  /** the ref the config, AGENTS.md and CODEOWNERS were read from */
  trustedRef: string;
  targetBranch: string;
  targetSha: string;
  agentsMd: string | undefined;
  codeowners: string | undefined;
  startBranch: string | undefined;
}

export interface CiOutcome {
  state: 'success' | 'failure' | 'pending' | 'timed-out' | 'skipped';
  failedJobs: { name: string; url: string; summary: string }[];
  fixCommit?: string | undefined;
}

export interface RunOutcome {
  conclusion: Conclusion;
  /** one line for logs, notices and the step's error */
  message: string;
  errorKind?: ErrorKind | undefined;
  branch?: string | undefined;
  commit?: string | undefined;
  iterations: number;
  tests: ProfileResult[];
  testsPassed?: boolean | undefined;
  pr?:
    | {
        number?: number | undefined;
        url?: string | undefined;
        title: string;
        body: string;
        labels: string[];
        reviewers: string[];
        draft: boolean;
      }
    | undefined;
  plan?: string | undefined;
  heldBack: string[];
  patchFile?: string | undefined;
  warnings: string[];
  /** set when the engine and the tests ran unisolated: first in the job summary */
  isolationWarning?: string | undefined;
  ci?: CiOutcome | undefined;
  /** the audit log file */
  auditLog?: string | undefined;
  /** the file the PR body was written to on --platform local */
  prFile?: string | undefined;
  /** `/droid review`: what was posted (src/review/stage.ts) */
  review?: ReviewSummary | undefined;
  /** tokens, cost and turns of the engine rounds that reported them */
  usage?: UsageTotals | undefined;
  /** engine.max_cost_usd / max_turns stopped the loop: why */
  budgetReached?: string | undefined;
}
