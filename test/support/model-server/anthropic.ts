/**
 * A scripted Anthropic Messages API server on 127.0.0.1 for driving real agent CLIs offline
 * (Claude Code, droid BYOK with provider `anthropic`).
 *
 * The script is a list of steps. A step is picked by how many tool-result turns the request's
 * history already holds (user messages carrying `tool_result` blocks), so a retried request
 * replays the same step. Requests without `tools` (title generation, quota probes…) are side
 * calls and get a short text answer without consuming a step.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ToolUse {
  name: string;
  input: Record<string, unknown>;
}

export interface AnthropicStep {
  /** text the assistant says (before its tool calls, or as its final answer) */
  text?: string;
  /** tool calls of this turn; none = the final answer (stop_reason end_turn) */
  toolUses?: ToolUse[];
  /** the token counts this answer reports (default 100 in, 20 out, no cache) */
  usage?: Partial<AnthropicUsage> | undefined;
}

/** The Messages API's usage object, as sent in `message_start.message.usage` and `message_delta.usage`. */
export interface AnthropicUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

const DEFAULT_USAGE: AnthropicUsage = { input_tokens: 100, output_tokens: 20, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** parsed JSON body (undefined when the body was not JSON) */
  body: unknown;
  /** index of the step answered, or -1 for side calls and errors */
  step: number;
}

export interface AnthropicServerOptions {
  steps: AnthropicStep[];
  /** answer every /v1/messages request with this HTTP error (e.g. 401 for a bad key) */
  failWith?: { status: number; type?: string; message?: string } | undefined;
  /** never answer the request for this step (the connection stays open): for timeout tests */
  stallAtStep?: number | undefined;
  /** model name echoed when the request names none */
  model?: string | undefined;
}

export interface ScriptedServer {
  /** base URL without a trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  requests: RecordedRequest[];
  /** requests that consumed a scripted step (the agent's main loop) */
  agentRequests(): RecordedRequest[];
  close(): Promise<void>;
}

interface MessageBlock {
  type?: unknown;
}
interface Message {
  role?: unknown;
  content?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Number of user turns in the history that carry tool results = the step to answer now. */
export function toolResultTurns(body: unknown): number {
  if (!isRecord(body) || !Array.isArray(body.messages)) return 0;
  let turns = 0;
  for (const message of body.messages as Message[]) {
    if (message.role !== 'user' || !Array.isArray(message.content)) continue;
    if ((message.content as MessageBlock[]).some((block) => block.type === 'tool_result')) turns += 1;
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

interface ContentBlock {
  type: 'text' | 'tool_use';
  text?: string;
  id?: string;
  name?: string;
  input?: Record<string, unknown>;
}

function blocksFor(step: AnthropicStep, stepIndex: number): ContentBlock[] {
  const blocks: ContentBlock[] = [];
  if (step.text !== undefined && step.text !== '') blocks.push({ type: 'text', text: step.text });
  (step.toolUses ?? []).forEach((use, i) => {
    blocks.push({ type: 'tool_use', id: `toolu_s${stepIndex}_${i}`, name: use.name, input: use.input });
  });
  if (blocks.length === 0) blocks.push({ type: 'text', text: 'Done.' });
  return blocks;
}

function sse(res: ServerResponse, event: string, data: unknown): void {
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

function answer(res: ServerResponse, blocks: ContentBlock[], model: string, stream: boolean, id: string, stepUsage?: Partial<AnthropicUsage>): void {
  const stopReason = blocks.some((b) => b.type === 'tool_use') ? 'tool_use' : 'end_turn';
  const usage: AnthropicUsage = { ...DEFAULT_USAGE, ...stepUsage };
  if (!stream) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id,
        type: 'message',
        role: 'assistant',
        model,
        content: blocks,
        stop_reason: stopReason,
        stop_sequence: null,
        usage,
      }),
    );
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  sse(res, 'message_start', {
    type: 'message_start',
    message: {
      id,
      type: 'message',
      role: 'assistant',
      model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      // as the API streams it: the input side in message_start, output_tokens counted up to the final delta
      usage: { ...usage, output_tokens: 1 },
    },
  });
  blocks.forEach((block, index) => {
    if (block.type === 'text') {
      sse(res, 'content_block_start', { type: 'content_block_start', index, content_block: { type: 'text', text: '' } });
      sse(res, 'content_block_delta', {
        type: 'content_block_delta',
        index,
        delta: { type: 'text_delta', text: block.text ?? '' },
      });
    } else {
      sse(res, 'content_block_start', {
        type: 'content_block_start',
        index,
        content_block: { type: 'tool_use', id: block.id, name: block.name, input: {} },
      });
      sse(res, 'content_block_delta', {
        type: 'content_block_delta',
        index,
        delta: { type: 'input_json_delta', partial_json: JSON.stringify(block.input ?? {}) },
      });
    }
    sse(res, 'content_block_stop', { type: 'content_block_stop', index });
  });
  sse(res, 'message_delta', {
    type: 'message_delta',
    delta: { stop_reason: stopReason, stop_sequence: null },
    usage: {
      output_tokens: usage.output_tokens,
      input_tokens: usage.input_tokens,
      cache_creation_input_tokens: usage.cache_creation_input_tokens,
      cache_read_input_tokens: usage.cache_read_input_tokens,
    },
  });
  sse(res, 'message_stop', { type: 'message_stop' });
  res.end();
}

export async function startAnthropicServer(options: AnthropicServerOptions): Promise<ScriptedServer> {
  const requests: RecordedRequest[] = [];
  let counter = 0;
  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const body = parseJson(raw);
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const record: RecordedRequest = { method: req.method ?? '', path, headers: req.headers, body, step: -1 };
      requests.push(record);
      if (req.method !== 'POST' || !path.endsWith('/v1/messages')) {
        // count_tokens and anything else: a harmless, well-formed answer
        if (path.endsWith('/count_tokens')) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ input_tokens: 100 }));
          return;
        }
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ type: 'error', error: { type: 'not_found_error', message: `no route ${path}` } }));
        return;
      }
      if (options.failWith) {
        const { status, type = status === 401 ? 'authentication_error' : 'api_error' } = options.failWith;
        const message = options.failWith.message ?? (status === 401 ? 'invalid x-api-key' : 'scripted failure');
        res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${++counter}` });
        res.end(JSON.stringify({ type: 'error', error: { type, message } }));
        return;
      }
      const stream = isRecord(body) && body.stream === true;
      const model = isRecord(body) && typeof body.model === 'string' ? body.model : (options.model ?? 'claude-test');
      const id = `msg_${++counter}`;
      const hasTools = isRecord(body) && Array.isArray(body.tools) && body.tools.length > 0;
      if (!hasTools) {
        answer(res, [{ type: 'text', text: 'ok' }], model, stream, id);
        return;
      }
      const index = Math.min(toolResultTurns(body), options.steps.length - 1);
      const step = options.steps[index] ?? { text: 'Done.' };
      record.step = index;
      if (index === options.stallAtStep) return;
      answer(res, blocksFor(step, index), model, stream, id, step.usage);
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
