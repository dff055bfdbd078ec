import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { exporterConfig } from '../src/audit/telemetry.js';
import { scrubEnv } from '../src/profiles/env.js';
import { cli } from '../src/entry/cli.js';
import { leaks, loopRepo, runEnv } from './audit-fixture.js';
import { captureIo } from './support/repo.js';

/**
 * PRODUCT.md §7: with OTEL_EXPORTER_OTLP_ENDPOINT set, the audit events leave as OpenTelemetry spans,
 * one trace per run. A tiny OTLP/HTTP receiver on 127.0.0.1 takes what the SDK's exporter sends
 * (`@opentelemetry/exporter-trace-otlp-http` posts JSON to /v1/traces; no protocol variable is needed).
 */
interface OtlpValue {
  stringValue?: string;
  intValue?: number | string;
  boolValue?: boolean;
  doubleValue?: number;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes?: { key: string; value: OtlpValue }[];
  status?: { code?: number };
}
interface OtlpRequest {
  resourceSpans: { resource?: { attributes?: { key: string; value: OtlpValue }[] }; scopeSpans: { spans: OtlpSpan[] }[] }[];
}

interface Receiver {
  url: string;
  requests: { path: string; contentType: string; apiKey: string; body: string }[];
  spans(): OtlpSpan[];
  close(): Promise<void>;
}

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function startReceiver(): Promise<Receiver> {
  const requests: Receiver['requests'] = [];
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      requests.push({ path: req.url ?? '', contentType: String(req.headers['content-type']), apiKey: String(req.headers['x-api-key']), body });
      if (req.method !== 'POST' || req.url !== '/v1/traces') {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  const url = await listen(server);
  const receiver: Receiver = {
    url,
    requests,
    spans: () =>
      requests
        .filter((r) => r.path === '/v1/traces')
        .flatMap((r) => (JSON.parse(r.body) as OtlpRequest).resourceSpans.flatMap((rs) => rs.scopeSpans.flatMap((ss) => ss.spans))),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  cleanups.push(() => receiver.close());
  return receiver;
}

function attr(span: OtlpSpan, key: string): string | number | boolean | undefined {
  const v = span.attributes?.find((a) => a.key === key)?.value;
  return v?.stringValue ?? v?.intValue ?? v?.boolValue ?? v?.doubleValue;
}

async function runLoop(env: Record<string, string>, ticket: string) {
  const repo = loopRepo();
  cleanups.push(repo.cleanup);
  const { io, out, err } = captureIo();
  const code = await cli(['run', '--platform', 'local', '--repo', repo.dir, '--ticket', ticket, '--prompt', 'make add() add', '--json'], io, runEnv(env));
  return { code, result: JSON.parse(out()) as { conclusion: string }, err: err() };
}

/** the telemetry backend's own credential, sent as a header */
const OTEL_KEY = 'otel-backend-key-93a1b2c3d4e5f6';

describe('OpenTelemetry spans of a local run', () => {
  it('sends one trace: droid.run, its stages as children, each event under its stage, no secret in any attribute', async () => {
    const receiver = await startReceiver();
    const { code, result, err } = await runLoop(
      { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_SERVICE_NAME: 'droid-test', OTEL_EXPORTER_OTLP_HEADERS: `x-api-key=${OTEL_KEY}` },
      'OTL-1',
    );
    expect(err).not.toContain('error:');
    expect(code).toBe(0);
    expect(result.conclusion).toBe('pr-opened');

    // the exporter's wire format: JSON on /v1/traces, flushed before cli() returned
    expect(receiver.requests.length).toBeGreaterThan(0);
    expect(receiver.requests.every((r) => r.path === '/v1/traces' && r.contentType.startsWith('application/json'))).toBe(true);
    expect(receiver.requests.every((r) => r.apiKey === OTEL_KEY)).toBe(true);
    const resource = (JSON.parse(receiver.requests[0]!.body) as OtlpRequest).resourceSpans[0]!.resource!;
    expect(resource.attributes?.find((a) => a.key === 'service.name')?.value.stringValue).toBe('droid-test');

    const spans = receiver.spans();
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(1);
    const roots = spans.filter((s) => !s.parentSpanId);
    expect(roots.map((s) => s.name)).toEqual(['droid.run']);
    const root = roots[0]!;
    expect(String(attr(root, 'droid.run_id'))).toMatch(/^local-/);
    expect(attr(root, 'droid.ticket')).toBe('OTL-1');
    expect(attr(root, 'droid.platform')).toBe('local');

    const stages = spans.filter((s) => s.parentSpanId === root.spanId && s.name.startsWith('droid.'));
    const stageNames = stages.map((s) => s.name);
    expect(stageNames).toEqual(expect.arrayContaining(['droid.config', 'droid.gate', 'droid.workspace', 'droid.edit', 'droid.test', 'droid.commit']));
    const byId = new Map(spans.map((s) => [s.spanId, s]));

    // each event span hangs under a span of its own stage
    const events = spans.filter((s) => !s.name.startsWith('droid.'));
    for (const name of ['config.read', 'engine.run', 'file.changed', 'command.run', 'git.commit']) {
      const event = events.find((s) => s.name === name);
      expect(event, name).toBeDefined();
      const parent = byId.get(event!.parentSpanId ?? '');
      expect(parent?.name, `parent of ${name}`).toBe(`droid.${String(attr(event!, 'droid.stage'))}`);
      expect(parent?.parentSpanId).toBe(root.spanId);
    }
    const commandRun = events.find((s) => s.name === 'command.run')!;
    expect(attr(commandRun, 'droid.profile')).toBe('unit');
    expect(attr(commandRun, 'droid.actor')).toBe('alice');
    expect(events.find((s) => s.name === 'file.changed') && attr(events.find((s) => s.name === 'file.changed')!, 'droid.path')).toBe('src/add.js');
    // every event span either sits under a stage or (trigger/report lines) directly under the root
    for (const e of events) expect(e.parentSpanId === root.spanId || byId.get(e.parentSpanId ?? '')?.parentSpanId === root.spanId).toBe(true);

    // no secret anywhere in what left the machine
    const sent = receiver.requests.map((r) => r.body).join('\n');
    expect(leaks(sent)).toEqual([]);
    expect(sent).not.toContain(OTEL_KEY);
  });

  it('keeps the telemetry backend credentials from test commands and engines', () => {
    const env = scrubEnv({ OTEL_EXPORTER_OTLP_HEADERS: `x-api-key=${OTEL_KEY}`, OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'a=b', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }, {});
    expect(env.OTEL_EXPORTER_OTLP_HEADERS).toBeUndefined();
    expect(env.OTEL_EXPORTER_OTLP_TRACES_HEADERS).toBeUndefined();
    expect(env.OTEL_EXPORTER_OTLP_ENDPOINT).toBe('http://127.0.0.1:4318');
  });

  it('neither fails nor hangs when the endpoint refuses connections', async () => {
    const closed = createServer();
    const url = await listen(closed);
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { code, result } = await runLoop({ OTEL_EXPORTER_OTLP_ENDPOINT: url }, 'OTL-2');
    expect(code).toBe(0);
    expect(result.conclusion).toBe('pr-opened');
  });

  it('neither fails nor hangs when the endpoint accepts but never answers (bounded by OTEL_EXPORTER_OTLP_TIMEOUT)', async () => {
    const sockets = new Set<Socket>();
    let posts = 0;
    const silent = createServer(() => {
      posts++; // never answers
    });
    silent.on('connection', (s) => sockets.add(s));
    const url = await listen(silent);
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          for (const s of sockets) s.destroy();
          silent.close(() => resolve());
        }),
    );
    const { code, result } = await runLoop({ OTEL_EXPORTER_OTLP_ENDPOINT: url, OTEL_EXPORTER_OTLP_TIMEOUT: '300' }, 'OTL-3');
    expect(code).toBe(0);
    expect(result.conclusion).toBe('pr-opened');
    expect(posts).toBeGreaterThan(0);
  });

  it('sends nothing without an endpoint, and honours OTEL_SDK_DISABLED', () => {
    expect(exporterConfig({})).toBeUndefined();
    expect(exporterConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:1', OTEL_SDK_DISABLED: 'true' })).toBeUndefined();
  });

  it('reads the endpoint, headers and timeout from the run environment', () => {
    expect(exporterConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'https://otel.example.com:4318/' })).toEqual({
      url: 'https://otel.example.com:4318/v1/traces',
      headers: {},
      timeoutMillis: 5000,
    });
    expect(
      exporterConfig({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'https://a.example.com',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://b.example.com/custom/traces',
        OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=abc%3D%3D, x-team = t1',
        OTEL_EXPORTER_OTLP_TIMEOUT: 'nonsense',
      }),
    ).toEqual({ url: 'https://b.example.com/custom/traces', headers: { 'x-api-key': 'abc==', 'x-team': 't1' }, timeoutMillis: 5000 });
  });
});
