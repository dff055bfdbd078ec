import { dirname } from 'node:path';
import { appendFileNoFollowSync, isRegularFileSync, prepareArtifactDirSync } from '../util/safe-fs.js';
import type { Redactor } from '../util/redact.js';
import type { Audit, AuditEvent, AuditLine, Stage } from './types.js';
import type { Telemetry } from './otel.js';

/**
 * The audit log (PRODUCT.md §7): one JSON line per action, redacted, appended synchronously so a crash
 * loses nothing already recorded. The file is written without following links (util/safe-fs.ts): an
 * engine that replaced `.droid` or the log with a link to somewhere else gets a fresh folder and file,
 * rewritten with every line so far, and nothing is written outside. With telemetry, every stage is a span under the run's root span and
 * every event a short child span of its stage.
 */
export class AuditLog implements Audit {
  private currentStage: Stage = 'trigger';
  private readonly lines: AuditLine[] = [];

  constructor(
    readonly runId: string,
    private readonly options: {
      /** undefined: lines are kept in memory until useFile() */
      file?: string | undefined;
      actor: () => string;
      redactor: Redactor;
      telemetry?: Telemetry | undefined;
      now?: () => Date;
    },
  ) {
    if (options.file) prepareArtifactDirSync(dirname(options.file));
  }

  /** The lines written so far (redacted), e.g. for the job summary. */
  get entries(): readonly AuditLine[] {
    return this.lines;
  }

  get file(): string | undefined {
    return this.options.file;
  }

  useFile(file: string): void {
    if (file === this.options.file) return;
    prepareArtifactDirSync(dirname(file));
    appendFileNoFollowSync(file, this.allLines());
    this.options.file = file;
  }

  record(event: AuditEvent): void {
    const line: AuditLine = this.options.redactor.redactValue({
      time: (this.options.now?.() ?? new Date()).toISOString(),
      run_id: this.runId,
      actor: this.options.actor(),
      ...event,
    });
    this.lines.push(line);
    if (this.options.file) this.append(this.options.file, `${JSON.stringify(line)}\n`);
    this.options.telemetry?.event(line);
  }

  private allLines(): string {
    return this.lines.map((l) => `${JSON.stringify(l)}\n`).join('');
  }

  /** Appends one line; when the folder or the file is missing or was not a regular file, the whole log so far is written. */
  private append(file: string, text: string): void {
    const freshDir = prepareArtifactDirSync(dirname(file));
    const whole = freshDir || !isRegularFileSync(file, { removeOther: true });
    appendFileNoFollowSync(file, whole ? this.allLines() : text);
  }

  async stage<T>(stage: Stage, fn: () => Promise<T>): Promise<T> {
    const previous = this.currentStage;
    this.currentStage = stage;
    const started = Date.now();
    this.record({ stage, action: 'stage.start', outcome: 'ok' });
    this.options.telemetry?.startStage(stage);
    try {
      const result = await fn();
      this.record({ stage, action: 'stage.end', outcome: 'ok', durationMs: Date.now() - started });
      this.options.telemetry?.endStage(stage, 'ok');
      return result;
    } catch (error) {
      this.record({
        stage,
        action: 'stage.end',
        outcome: 'fail',
        durationMs: Date.now() - started,
        detail: { error: error instanceof Error ? error.message : String(error) },
      });
      this.options.telemetry?.endStage(stage, 'fail');
      throw error;
    } finally {
      this.currentStage = previous;
    }
  }

  async close(): Promise<void> {
    await this.options.telemetry?.shutdown();
  }
}
