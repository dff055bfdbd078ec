/**
 * A scripted OpenAI Responses API server on 127.0.0.1 (streaming `POST /v1/responses`) for
 * driving real agent CLIs offline (Codex CLI, anything speaking `wire_api = "responses"`).
 *
 * The script is a list of steps. A step is picked by how many tool-output turns the request's
 * input already holds (runs of `*_call_output` items), so a retried request replays the same
 * step. Requests without `tools` are side calls (titles, summaries) and get a short text answer
 * without consuming a step.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ToolCall =
  /** a JSON function tool, e.g. `exec_command` with `{ cmd: "…" }` */
  | { kind: 'function'; name: string; arguments: Record<string, unknown> }
  /** a freeform (custom) tool, e.g. `apply_patch` with the patch text as input */
  | { kind: 'custom'; name: string; input: string };

export interface ResponsesStep {
  /** text the assistant says (its final answer when there are no calls) */
  text?: string;
  calls?: ToolCall[];
  /** token counts of this response (default 100 in, none cached, 20 out) */
  usage?: { input_tokens?: number; cached_tokens?: number; output_tokens?: number; reasoning_tokens?: number } | undefined;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  /** index of the step answered, or -1 for side calls and errors */
  step: number;
}

export interface ResponsesServerOptions {
  steps: ResponsesStep[];
  /** answer every /v1/responses request with this HTTP error (e.g. 401 for a bad key) */
  failWith?: { status: number; code?: string; message?: string } | undefined;
  /** never answer the request for this step (the connection stays open): for timeout tests */
  stallAtStep?: number | undefined;
}

export interface ScriptedServer {
  /** base URL without a trailing slash and without /v1, e.g. http://127.0.0.1:40123 */
  url: string;
  requests: RecordedRequest[];
  agentRequests(): RecordedRequest[];
  close(): Promise<void>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isToolOutput(item: unknown): boolean {
  return isRecord(item) && typeof item.type === 'string' && item.type.endsWith('_call_output');
}

/** Number of runs of tool-output items in the input = the step to answer now. */
export function toolOutputTurns(body: unknown): number {
  if (!isRecord(body) || !Array.isArray(body.input)) return 0;
  let turns = 0;
  let previous = false;
  for (const item of body.input as unknown[]) {
    const current = isToolOutput(item);
    if (current && !previous) turns += 1;
    previous = current;
  }
  return turns;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

type OutputItem = Record<string, unknown>;

function itemsFor(step: ResponsesStep, stepIndex: number): OutputItem[] {
  const items: OutputItem[] = [];
  if (step.text !== undefined && step.text !== '') {
    items.push({
      type: 'message',
      id: `msg_s${stepIndex}`,
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text: step.text, annotations: [] }],
    });
  }
  (step.calls ?? []).forEach((call, i) => {
    const callId = `call_s${stepIndex}_${i}`;
    if (call.kind === 'function') {
      items.push({
        type: 'function_call',
        id: `fc_s${stepIndex}_${i}`,
        call_id: callId,
        name: call.name,
        arguments: JSON.stringify(call.arguments),
        status: 'completed',
      });
    } else {
      items.push({
        type: 'custom_tool_call',
        id: `ctc_s${stepIndex}_${i}`,
        call_id: callId,
        name: call.name,
        input: call.input,
        status: 'completed',
      });
    }
  });
  if (items.length === 0) {
    items.push({
      type: 'message',
      id: `msg_s${stepIndex}`,
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text: 'Done.', annotations: [] }],
    });
  }
  return items;
}

function sse(res: ServerResponse, data: Record<string, unknown>): void {
  res.write(`event: ${String(data.type)}\ndata: ${JSON.stringify(data)}\n\n`);
}

function stream(res: ServerResponse, items: OutputItem[], id: string, model: string, stepUsage: ResponsesStep['usage'] = {}): void {
  const input = stepUsage.input_tokens ?? 100;
  const output = stepUsage.output_tokens ?? 20;
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const base = { id, object: 'response', created_at: Math.floor(Date.now() / 1000), model };
  let seq = 0;
  sse(res, { type: 'response.created', sequence_number: seq++, response: { ...base, status: 'in_progress', output: [] } });
  items.forEach((item, index) => {
    sse(res, { type: 'response.output_item.added', sequence_number: seq++, output_index: index, item });
    sse(res, { type: 'response.output_item.done', sequence_number: seq++, output_index: index, item });
  });
  sse(res, {
    type: 'response.completed',
    sequence_number: seq++,
    response: {
      ...base,
      status: 'completed',
      output: items,
      // response.completed.response.usage, as OpenAI sends it
      usage: {
        input_tokens: input,
        input_tokens_details: { cached_tokens: stepUsage.cached_tokens ?? 0 },
        output_tokens: output,
        output_tokens_details: { reasoning_tokens: stepUsage.reasoning_tokens ?? 0 },
        total_tokens: input + output,
      },
    },
  });
  res.end();
}

export async function startResponsesServer(options: ResponsesServerOptions): Promise<ScriptedServer> {
  const requests: RecordedRequest[] = [];
  let counter = 0;
  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const body = parseJson(raw);
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const record: RecordedRequest = { method: req.method ?? '', path, headers: req.headers, body, step: -1 };
      requests.push(record);
      if (req.method === 'GET' && path.endsWith('/models')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ object: 'list', data: [] }));
        return;
      }
      if (req.method !== 'POST' || !path.endsWith('/responses')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `no route ${path}`, type: 'invalid_request_error' } }));
        return;
      }
      if (options.failWith) {
        const { status } = options.failWith;
        const message = options.failWith.message ?? (status === 401 ? 'Incorrect API key provided.' : 'scripted failure');
        const code = options.failWith.code ?? (status === 401 ? 'invalid_api_key' : 'server_error');
        res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `req_${++counter}` });
        res.end(JSON.stringify({ error: { message, type: 'invalid_request_error', param: null, code } }));
        return;
      }
      const model = isRecord(body) && typeof body.model === 'string' ? body.model : 'gpt-test';
      const id = `resp_${++counter}`;
      const hasTools = isRecord(body) && Array.isArray(body.tools) && body.tools.length > 0;
      if (!hasTools) {
        stream(res, itemsFor({ text: 'ok' }, -1), id, model);
        return;
      }
      const index = Math.min(toolOutputTurns(body), options.steps.length - 1);
      record.step = index;
      if (index === options.stallAtStep) return;
      const step = options.steps[index] ?? { text: 'Done.' };
      stream(res, itemsFor(step, index), id, model, step.usage);
    })().catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    agentRequests: () => requests.filter((r) => r.step >= 0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
