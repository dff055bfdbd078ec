import { context, trace, SpanStatusCode, type Span, type Tracer } from '@opentelemetry/api';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import type { AuditLine, Stage } from './types.js';

/**
 * OpenTelemetry for one run: a root span `droid.run`, one child span per stage, and one short child span
 * per audit event inside its stage. Attributes come from already-redacted audit lines only.
 * Exported over OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT (the exporter reads the standard OTEL_* variables).
 */
export interface Telemetry {
  /** attributes of the run's root span known only after the trigger is read */
  setAttributes(attributes: Record<string, string>): void;
  startStage(stage: Stage): void;
  endStage(stage: Stage, outcome: 'ok' | 'fail'): void;
  event(line: AuditLine): void;
  shutdown(): Promise<void>;
}

/** Default bound of one export (and of the flush at the end of the run), unless OTEL_EXPORTER_OTLP_TIMEOUT says otherwise. */
const DEFAULT_EXPORT_TIMEOUT_MS = 5_000;

export function telemetryFromEnv(
  env: NodeJS.ProcessEnv,
  attributes: { runId: string; repo: string; version: string },
): Telemetry | undefined {
  const exporter = exporterConfig(env);
  if (!exporter) return undefined;
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({
      'service.name': env.OTEL_SERVICE_NAME || 'droid-ci',
      'service.version': attributes.version,
    }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter(exporter), { exportTimeoutMillis: exporter.timeoutMillis })],
  });
  return new RunTelemetry(provider, attributes, exporter.timeoutMillis);
}

/**
 * The exporter's settings from the run's environment (not process.env: the CLI and the tests pass their
 * own). The OTLP/HTTP exporter sends JSON (`application/json`) to `<endpoint>/v1/traces`, or to
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given; OTEL_EXPORTER_OTLP_(TRACES_)HEADERS and _TIMEOUT are honoured.
 */
export function exporterConfig(env: NodeJS.ProcessEnv): { url: string; headers: Record<string, string>; timeoutMillis: number } | undefined {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return undefined;
  const tracesEndpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!tracesEndpoint && !endpoint) return undefined;
  const url = tracesEndpoint || `${endpoint!.replace(/\/+$/, '')}/v1/traces`;
  const timeout = Number(env.OTEL_EXPORTER_OTLP_TRACES_TIMEOUT || env.OTEL_EXPORTER_OTLP_TIMEOUT || DEFAULT_EXPORT_TIMEOUT_MS);
  return {
    url,
    headers: { ...parseHeaders(env.OTEL_EXPORTER_OTLP_HEADERS), ...parseHeaders(env.OTEL_EXPORTER_OTLP_TRACES_HEADERS) },
    timeoutMillis: Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_EXPORT_TIMEOUT_MS,
  };
}

/** `key1=value1,key2=value2` with URL-encoded values (the OTEL_EXPORTER_OTLP_HEADERS format). */
function parseHeaders(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of (text ?? '').split(',')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const key = pair.slice(0, at).trim();
    let value = pair.slice(at + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      // keep the raw value
    }
    if (key) out[key] = value;
  }
  return out;
}

class RunTelemetry implements Telemetry {
  private readonly tracer: Tracer;
  private readonly root: Span;
  private readonly stages = new Map<Stage, Span>();
  /** the latest span of each stage, open or ended: events recorded just after their stage (engine.run, git.commit) still belong to it */
  private readonly lastOfStage = new Map<Stage, Span>();

  constructor(
    private readonly provider: BasicTracerProvider,
    attributes: { runId: string; repo: string },
    private readonly timeoutMillis: number,
  ) {
    this.tracer = provider.getTracer('droid-ci');
    this.root = this.tracer.startSpan('droid.run', {
      attributes: {
        'droid.run_id': attributes.runId,
        'droid.repo': attributes.repo,
      },
    });
  }

  setAttributes(attributes: Record<string, string>): void {
    this.root.setAttributes(attributes);
  }

  startStage(stage: Stage): void {
    const span = this.tracer.startSpan(`droid.${stage}`, {}, trace.setSpan(context.active(), this.root));
    this.stages.set(stage, span);
    this.lastOfStage.set(stage, span);
  }

  endStage(stage: Stage, outcome: 'ok' | 'fail'): void {
    const span = this.stages.get(stage);
    if (!span) return;
    span.setStatus({ code: outcome === 'ok' ? SpanStatusCode.OK : SpanStatusCode.ERROR });
    span.end();
    this.stages.delete(stage);
  }

  event(line: AuditLine): void {
    if (line.action === 'stage.start' || line.action === 'stage.end') return;
    const parent = this.stages.get(line.stage) ?? this.lastOfStage.get(line.stage) ?? this.root;
    const end = Date.parse(line.time);
    const start = line.durationMs ? end - line.durationMs : end;
    const attributes: Record<string, string | number | boolean> = {
      'droid.stage': line.stage,
      'droid.outcome': line.outcome,
      'droid.actor': line.actor,
    };
    for (const [k, v] of Object.entries(line.detail ?? {})) {
      if (v !== undefined) attributes[`droid.${k}`] = v;
    }
    const span = this.tracer.startSpan(line.action, { startTime: start, attributes }, trace.setSpan(context.active(), parent));
    if (line.outcome === 'fail') span.setStatus({ code: SpanStatusCode.ERROR });
    span.end(end);
  }

  async shutdown(): Promise<void> {
    for (const [stage] of this.stages) this.endStage(stage, 'fail');
    this.root.end();
    // an unreachable or silent endpoint must neither fail nor hold up the run: the exporter gives up after
    // its timeout, and this bound covers whatever is left (the spans are then dropped, the run goes on)
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.timeoutMillis + 1_000);
      timer.unref();
    });
    try {
      await Promise.race([this.provider.shutdown().catch(() => undefined), bound]);
    } finally {
      clearTimeout(timer);
    }
  }
}
