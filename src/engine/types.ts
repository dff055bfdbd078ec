import type { DroidConfig } from '../config/types.js';
import type { ProfileResult } from '../profiles/types.js';
import type { Logger } from '../util/log.js';
import type { Request } from '../trigger/request.js';
import type { Sandbox } from '../sandbox/index.js';
import type { Usage } from './usage.js';

/** One round of the plan -> edit -> test loop, as the engine sees it. */
export interface EngineInput {
  /** absolute path of the work tree the engine edits */
  workdir: string;
  request: Request;
  config: DroidConfig;
  /** 1-based round number */
  iteration: number;
  /** profile results of the previous round (empty on the first) */
  lastResults: ProfileResult[];
  /** the full prompt text (built by engine/prompt.ts); adapters write it to a file */
  prompt: string;
  /** a private temporary folder for this round (prompt file, per-run HOME) */
  scratchDir: string;
  /** the process environment the engine may draw its own key from (already scrubbed of forge tokens) */
  env: NodeJS.ProcessEnv;
  /** extra CLI arguments from the `engine_args` input */
  extraArgs: string[];
  /** `/droid review`: the JSON Schema of the findings answer, for CLIs with a structured-output mode */
  reviewSchema?: Record<string, unknown> | undefined;
  /** turns left in the run's engine.max_turns budget, for CLIs that take a cap (claude --max-turns) */
  maxTurns?: number | undefined;
  signal?: AbortSignal | undefined;
  log: Logger;
  /** the run's isolation boundary: the round runs as the sandbox account (PRODUCT.md §10) */
  sandbox?: Sandbox | undefined;
}

export interface EngineResult {
  /** false when the engine itself failed (crash, auth, is_error); the run stops with conclusion `error` */
  ok: boolean;
  /** what the engine says it did (its final message), shown in the PR body's Summary */
  summary: string;
  /** set when the engine's output says an edit was refused (permissions, autonomy) */
  refusedEdits?: string[] | undefined;
  /** a user-facing reason when ok is false, naming what to fix (e.g. the missing variable) */
  error?: string | undefined;
  /** for `/droid plan`: the plan text */
  plan?: string | undefined;
  /** for `/droid review`: the engine's raw findings answer (JSON text), validated by src/review */
  review?: string | undefined;
  /** file paths the engine reports having read or edited, for the audit log */
  touched?: { path: string; action: 'read' | 'edit' | 'create' }[] | undefined;
  /** tokens, cost and turns of this round, where the engine reports them (engine/usage.ts) */
  usage?: Usage | undefined;
  /** the round stopped at a budget the CLI enforces itself (claude's --max-turns): the work so far counts */
  budgetReached?: string | undefined;
  durationMs: number;
}

export interface Engine {
  readonly name: string;
  /** Checks set-up (binary, key) before any work; throws DroidError('engine') naming what to fix. */
  preflight(env: NodeJS.ProcessEnv, config: DroidConfig): Promise<void>;
  run(input: EngineInput): Promise<EngineResult>;
}
