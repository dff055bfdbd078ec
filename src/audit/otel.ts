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

export function telemetryFromEnv(
  env: NodeJS.ProcessEnv,
  attributes: { runId: string; repo: string; version: string },
): Telemetry | undefined {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT && !env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return undefined;
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({
      'service.name': env.OTEL_SERVICE_NAME || 'droid-ci',
      'service.version': attributes.version,
    }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  return new RunTelemetry(provider, attributes);
}

class RunTelemetry implements Telemetry {
  private readonly tracer: Tracer;
  private readonly root: Span;
  private readonly stages = new Map<Stage, Span>();

  constructor(
    private readonly provider: BasicTracerProvider,
    attributes: { runId: string; repo: string },
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
    const parent = this.stages.get(line.stage) ?? this.root;
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
    await this.provider.shutdown();
  }
}
