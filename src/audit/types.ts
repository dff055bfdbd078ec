/** One line of the audit log (PRODUCT.md §7). Never holds a secret: the sink redacts every string. */
export type Stage =
  | 'trigger'
  | 'config'
  | 'gate'
  | 'tickets'
  | 'workspace'
  | 'plan'
  | 'edit'
  | 'test'
  | 'commit'
  | 'push'
  | 'pr'
  | 'ci'
  | 'report';

export interface AuditEvent {
  stage: Stage;
  /** e.g. 'file.edit', 'command.run', 'api.call', 'git.push', 'pr.update', 'stage.start', 'stage.end' */
  action: string;
  outcome: 'ok' | 'fail' | 'skip' | 'refused';
  /** free-form, small, redacted: method+path for API calls, argv[0] for commands, file path for edits */
  detail?: Record<string, string | number | boolean | undefined> | undefined;
  durationMs?: number | undefined;
}

export interface AuditLine extends AuditEvent {
  time: string;
  run_id: string;
  actor: string;
}

export interface Audit {
  readonly runId: string;
  record(event: AuditEvent): void;
  /** Runs `fn` as a stage: start/end lines and, with OpenTelemetry, one span (child of the run's root span). */
  stage<T>(stage: Stage, fn: () => Promise<T>): Promise<T>;
  /** moves the log to `file` (from the config's audit.file), carrying over the lines written so far */
  useFile?(file: string): void;
  /** flush the file and exporter; called once at the end of the run */
  close(): Promise<void>;
}

/** OpenTelemetry for one run (audit/otel.ts, loaded only when an endpoint is set). */
export interface Telemetry {
  /** attributes of the run's root span known only after the trigger is read */
  setAttributes(attributes: Record<string, string>): void;
  startStage(stage: Stage): void;
  endStage(stage: Stage, outcome: 'ok' | 'fail'): void;
  event(line: AuditLine): void;
  shutdown(): Promise<void>;
}

export interface ExporterConfig {
  url: string;
  headers: Record<string, string>;
  timeoutMillis: number;
}
