/**
 * The resolved `.droid.yml` (version 1, PRODUCT.md §2) after defaults are applied.
 * The zod schema in schema.ts must produce exactly this shape (a compile-time check there keeps them in step).
 */
export type EngineName = 'droid' | 'claude' | 'codex' | 'command' | 'fix-commands';
export type Autonomy = 'low' | 'medium' | 'high';
export type CommitSigning = 'none' | 'api' | 'ssh';
export type ModelProvider = 'anthropic' | 'openai' | 'generic-chat-completion-api';

export interface TestProfile {
  name: string;
  /** working directory relative to the repo root; '.' for the root. Also the profile's scope for "affected". */
  path: string;
  command: string;
  timeout_seconds: number;
  env: Record<string, string>;
  junit?: string | undefined;
  fix?: string | undefined;
  watch: string[];
}

export interface ReviewerRule {
  paths: string[];
  users: string[];
  teams: string[];
}

export interface DroidConfig {
  version: 1;
  tests: TestProfile[];
  /** profiles run at the same time; undefined = the number of CPUs */
  tests_concurrency?: number | undefined;
  pr: {
    /** empty string = the repo's default branch */
    target_branch: string;
    branch: string;
    title: string;
    labels: string[];
    draft: boolean;
    /** `fix` posts a plan first and waits for `/droid approve` (PRODUCT.md §12) */
    require_plan?: boolean | undefined;
    on_tests_failing: 'draft' | 'comment-only';
    protected_paths: string[];
    reviewers: { codeowners: boolean; rules: ReviewerRule[] };
    /** how the droid's commit is signed: unset/none, api (GitHub createCommitOnBranch: Verified), ssh (signing_key / DROID_SIGNING_KEY) */
    sign?: CommitSigning | undefined;
  };
  engine: {
    use: EngineName;
    command: string;
    model: string;
    base_url: string;
    provider: ModelProvider | '';
    api_key_env: string;
    auto: Autonomy;
    max_iterations: number;
    timeout_minutes: number;
    /** no new round once the run's reported cost reaches this (USD); unset = no cap */
    max_cost_usd?: number | undefined;
    /** no new round once the run's model turns reach this; passed to CLIs that take a cap (claude --max-turns) */
    max_turns?: number | undefined;
  };
  access: { trigger: string; allow_bots: string[] };
  ci: { wait: boolean; timeout_minutes: number; max_fix_attempts: number };
  audit: { file: string };
  /** PRODUCT.md §10: the OS boundary between the droid and the engine / test commands */
  sandbox: { mode: SandboxMode; user: string };
  /** review mode (PRODUCT.md §13) */
  review: {
    auto: boolean;
    forks: boolean;
    security: boolean;
    security_threshold: Severity;
    fail_on: Severity | 'none';
  };
  tickets: TicketsConfig;
}

/** `tickets:` (PRODUCT.md §11): where a ticket key in the trigger is looked up, and what is written back. */
export interface TicketsConfig {
  provider: 'jira' | 'linear' | 'none';
  /** jira: the site (Cloud) or base URL (Server / Data Center); linear: the GraphQL endpoint ('' = https://api.linear.app/graphql) */
  url: string;
  api: 'cloud' | 'server';
  email_env: string;
  token_env: string;
  /** project / team keys that count as ticket keys; empty = any KEY-123 */
  keys: string[];
  on_pr: 'comment' | 'none';
  transition: string;
}

export type Severity = 'low' | 'medium' | 'high';

export type SandboxMode = 'auto' | 'user' | 'off';
