import type { ExporterConfig, Telemetry } from './types.js';

export type { ExporterConfig, Telemetry } from './types.js';

/**
 * OpenTelemetry for one run: a root span `droid.run`, one child span per stage, and one short child span
 * per audit event inside its stage. Attributes come from already-redacted audit lines only.
 * Exported over OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT (the exporter reads the standard OTEL_* variables).
 */

/** Default bound of one export (and of the flush at the end of the run), unless OTEL_EXPORTER_OTLP_TIMEOUT says otherwise. */
const DEFAULT_EXPORT_TIMEOUT_MS = 5_000;

/**
 * The run's telemetry, or undefined when no OTLP endpoint is set. The OpenTelemetry SDK (a large part of
 * the bundle) is loaded only then: a run without an endpoint never parses it.
 */
export async function telemetryFromEnv(
  env: NodeJS.ProcessEnv,
  attributes: { runId: string; repo: string; version: string },
): Promise<Telemetry | undefined> {
  const exporter = exporterConfig(env);
  if (!exporter) return undefined;
  const { startTelemetry } = await import('./otel.js');
  return startTelemetry(env, exporter, attributes);
}

/**
 * The exporter's settings from the run's environment (not process.env: the CLI and the tests pass their
 * own). The OTLP/HTTP exporter sends JSON (`application/json`) to `<endpoint>/v1/traces`, or to
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given; OTEL_EXPORTER_OTLP_(TRACES_)HEADERS and _TIMEOUT are honoured.
 */

export function exporterConfig(env: NodeJS.ProcessEnv): ExporterConfig | undefined {
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

