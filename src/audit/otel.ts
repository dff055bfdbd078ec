import { context, trace, SpanStatusCode, type Span, type Tracer } from '@opentelemetry/api';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import type { AuditLine, Stage } from './types.js';
import type { ExporterConfig, Telemetry } from './types.js';

export type { Telemetry } from './types.js';

/** Audit detail keys that OpenTelemetry's GenAI conventions name (the rest become `droid.<key>`). */
const GEN_AI_ATTRIBUTES: Record<string, string> = {
  input_tokens: 'gen_ai.usage.input_tokens',
  output_tokens: 'gen_ai.usage.output_tokens',
};

/** The OpenTelemetry side of a run (loaded on demand by telemetry.ts when an endpoint is set). */
export function startTelemetry(env: NodeJS.ProcessEnv, exporter: ExporterConfig, attributes: { runId: string; repo: string; version: string }): Telemetry {
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({
      'service.name': env.OTEL_SERVICE_NAME || 'droid-ci',
      'service.version': attributes.version,
    }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter(exporter), { exportTimeoutMillis: exporter.timeoutMillis })],
  });
  return new RunTelemetry(provider, attributes, exporter.timeoutMillis);
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
    const usage: Record<string, number> = {};
    for (const [k, v] of Object.entries(line.detail ?? {})) {
      if (v === undefined) continue;
      const genAi = GEN_AI_ATTRIBUTES[k];
      attributes[genAi ?? `droid.${k}`] = v;
      if (genAi && typeof v === 'number') usage[genAi] = v;
    }
    // the run's totals also go on the root span, where a trace backend sums a run up
    if (line.action === 'run.end' && Object.keys(usage).length > 0) this.root.setAttributes(usage);
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
