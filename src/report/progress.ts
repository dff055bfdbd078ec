import type { CommentRef, CommentTarget, Forge } from '../platform/types.js';
import { neutralize } from './body.js';
import type { Logger } from '../util/log.js';
import { describeError } from '../util/errors.js';

/**
 * One progress comment per run, edited in place (PRODUCT.md §1.9): a checklist of stages and,
 * at the end, the outcome. A comment that cannot be written never stops the run: it is logged.
 *
 * Written only when a reader gains something (issue 13: a run costs API requests, and GitHub spaces
 * writes about a second apart):
 * - posted when the first stage after start() begins (so it shows that stage running), or at the end;
 * - a later stage that begins is shown once it has run for `settleMs` (default 15 s): a stage that ends
 *   sooner is never worth its own edit, its result shows with the next write;
 * - the outcome, always; a write whose text is the one already there is skipped.
 */
export type ProgressStep = 'setup' | 'edit' | 'tests' | 'push' | 'pr' | 'ci' | 'review';
type StepState = 'pending' | 'running' | 'done' | 'failed' | 'skipped';

const STEP_TITLES: Record<ProgressStep, string> = {
  setup: 'Read the request and the config, check permissions',
  edit: 'Edit the code',
  tests: 'Run the test profiles',
  push: 'Commit and push',
  pr: 'Open or update the pull request',
  ci: 'Follow CI',
  review: 'Review the diff (read-only)',
};

export const PROGRESS_MARKER = '<!-- droid:progress -->';

/** how long a stage runs before the comment is edited to show it (stages that end sooner cost no write) */
export const DEFAULT_SETTLE_MS = 15_000;

export class ProgressComment {
  private readonly states = new Map<ProgressStep, { state: StepState; detail?: string | undefined }>();
  private ref: CommentRef | undefined;
  private outcome: string | undefined;
  private readonly notices: string[] = [];
  /** shown above the checklist: the run is not isolated (PRODUCT.md §10) */
  private warning: string | undefined;
  private started = false;
  private short = false;
  /** `/droid plan`: the plan comment's lines (src/trigger/plan.ts), shown instead of the checklist */
  private planLines: string[] | undefined;
  /** the text last written (a write of the same text is skipped) */
  private written: string | undefined;
  /** writes in order: a deferred edit and a stage's own never overlap */
  private queue: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private readonly settleMs: number;

  constructor(
    private readonly forge: Forge | undefined,
    private target: CommentTarget | undefined,
    private readonly info: { runId: string; jobUrl?: string | undefined; steps: ProgressStep[]; settleMs?: number | undefined },
    private readonly log: Logger,
  ) {
    for (const s of info.steps) this.states.set(s, { state: 'pending' });
    this.settleMs = info.settleMs ?? DEFAULT_SETTLE_MS;
  }

  get comment(): CommentRef | undefined {
    return this.ref;
  }

  /**
   * A run with no thread (a dispatched ticket, an API pipeline) reports on the PR/MR once it exists
   * (issue 11 part 4): the checklist so far, the CI follow-through and the outcome go there. A run
   * that has a thread keeps it.
   */
  adopt(target: CommentTarget): void {
    this.target ??= target;
  }

  /** A warning shown at the very top of the comment (the run is not isolated). */
  warnTop(text: string): void {
    this.warning = text;
  }

  notice(text: string): void {
    if (!this.notices.includes(text)) this.notices.push(text);
  }

  /** From here on the comment is written: posted ("working on it") as the next stage begins, or at the end. */
  async start(): Promise<void> {
    this.started = true;
  }

  /**
   * A stage that begins is shown at once when the comment is not posted yet, else once it has run for
   * settleMs; one that ends is shown with the next write (the next stage shown, or the outcome).
   */
  async step(step: ProgressStep, state: StepState, detail?: string): Promise<void> {
    this.states.set(step, { state, detail });
    if (!this.started || state !== 'running' || this.outcome !== undefined) return;
    if (this.written === undefined) {
      await this.flush();
      return;
    }
    // one pending edit at a time: when it fires it shows whatever is running then
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.settleMs).unref();
  }

  /** The outcome; `short`: a plain reply with no checklist (refusals, ignored requests). */
  async finish(outcome: string, options: { short?: boolean; planLines?: string[] | undefined } = {}): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const [step, s] of this.states) if (s.state === 'pending' || s.state === 'running') this.states.set(step, { state: 'skipped' });
    this.outcome = outcome;
    this.short = options.short ?? false;
    this.planLines = options.planLines;
    await this.flush();
  }

  render(): string {
    const marker = `${PROGRESS_MARKER}\n<!-- droid:run=${this.info.runId} -->`;
    if (this.short && this.outcome) return `${marker}\n${neutralize(this.outcome)}`;
    const sub = `<sub>run \`${this.info.runId}\`${this.info.jobUrl ? ` · [job](${this.info.jobUrl})` : ''}</sub>`;
    if (this.planLines && this.outcome) {
      const out = [marker, ...(this.warning ? [`> [!WARNING]\n> ${neutralize(this.warning)}`, ''] : []), ...this.planLines];
      if (this.notices.length) out.push('', ...this.notices.map((n) => `> ${neutralize(n)}`));
      out.push('', neutralize(this.outcome), '', sub);
      return out.join('\n');
    }
    const head = this.outcome
      ? '**Droid** finished.'
      : `**Droid** is working on it${this.info.jobUrl ? ` ([job log](${this.info.jobUrl}))` : ''}…`;
    const lines = [...this.states].map(([step, s]) => {
      const box = s.state === 'done' ? '[x]' : '[ ]';
      const mark = { pending: '', running: ' ⏳', done: '', failed: ' ❌', skipped: ' (skipped)' }[s.state];
      return `- ${box} ${STEP_TITLES[step]}${mark}${s.detail ? `: ${neutralize(s.detail)}` : ''}`;
    });
    const out = [marker, ...(this.warning ? [`> [!WARNING]\n> ${neutralize(this.warning)}`, ''] : []), head, '', ...lines];
    if (this.notices.length) out.push('', ...this.notices.map((n) => `> ${neutralize(n)}`));
    if (this.outcome) out.push('', neutralize(this.outcome));
    out.push('', sub);
    return out.join('\n');
  }

  private flush(): Promise<void> {
    this.queue = this.queue.then(() => this.write());
    return this.queue;
  }

  private async write(): Promise<void> {
    if (!this.forge || !this.target) return;
    const body = this.render();
    if (body === this.written) return;
    try {
      this.ref = await this.forge.upsertComment(this.target, body, `<!-- droid:run=${this.info.runId} -->`, this.ref);
      this.written = body;
    } catch (error) {
      this.log.warn(`could not update the progress comment: ${describeError(error)}`);
    }
  }
}
