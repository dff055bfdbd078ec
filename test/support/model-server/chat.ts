/**
 * A scripted model server on 127.0.0.1 speaking the OpenAI chat-completions protocol
 * (`POST /v1/chat/completions`, streaming SSE and plain JSON). Agent CLIs pointed at it
 * (droid BYOK with provider `generic-chat-completion-api`) make real tool calls and real edits.
 *
 * The script is a list of steps: tool calls (name + arguments), then a final text.
 * The step for a request is chosen from how many tool rounds its history already holds
 * (assistant messages carrying tool_calls), so a retried request replays the same step.
 * Requests without `tools` (titles, summaries) get a short text answer and do not advance.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ToolCallStep {
  toolCalls: { name: string; arguments: Record<string, unknown> }[];
  /** optional text sent before the tool calls */
  text?: string;
}
export interface TextStep {
  text: string;
}
export type ChatStep = ToolCallStep | TextStep;

export interface ChatMessage {
  role: string;
  content?: unknown;
  tool_calls?: { id: string; type: string; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}

export interface RecordedChatRequest {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  model: string;
  stream: boolean;
  messages: ChatMessage[];
  toolNames: string[];
  /** the tool definitions as sent */
  tools: unknown[];
  /** the script step answered (-1 for side requests without tools) */
  step: number;
}

export interface ChatServer {
  /** base URL ending in /v1 */
  url: string;
  requests: RecordedChatRequest[];
  /** tool-result messages seen in the last request (what the CLI reported back) */
  toolResults(): string[];
  close(): Promise<void>;
}

export interface ChatServerOptions {
  /** answer with HTTP status (e.g. 401) to every request */
  failWith?: { status: number; body: string };
  /** the text used when the script has run out, and for side requests */
  fallbackText?: string;
}

interface ChatBody {
  model?: string;
  stream?: boolean;
  messages?: ChatMessage[];
  tools?: { function?: { name?: string } }[];
}


function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function toolRounds(messages: ChatMessage[]): number {
  return messages.filter((m) => m.role === 'assistant' && (m.tool_calls?.length ?? 0) > 0).length;
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((part: unknown) =>
        typeof part === 'object' && part !== null && 'text' in part ? String((part as { text: unknown }).text) : '',
      )
      .join('');
  }
  return '';
}

export async function startChatServer(script: ChatStep[], options: ChatServerOptions = {}): Promise<ChatServer> {
  const requests: RecordedChatRequest[] = [];
  const fallback = options.fallbackText ?? 'Done.';
  let callCounter = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = req.url ?? '/';
    if (req.method === 'GET' && url.endsWith('/models')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ object: 'list', data: [{ id: 'scripted', object: 'model', owned_by: 'test' }] }));
      return;
    }
    if (req.method !== 'POST' || !url.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `no route ${req.method} ${url}` } }));
      return;
    }
    const raw = await readBody(req);
    let body: ChatBody;
    try {
      body = JSON.parse(raw) as ChatBody;
    } catch {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'invalid JSON' } }));
      return;
    }
    const messages = body.messages ?? [];
    const toolNames = (body.tools ?? []).map((t) => t.function?.name ?? '').filter(Boolean);
    const hasTools = toolNames.length > 0;
    const stepIndex = hasTools ? toolRounds(messages) : -1;
    requests.push({
      path: url,
      headers: req.headers,
      model: body.model ?? '',
      stream: body.stream === true,
      messages,
      toolNames,
      tools: body.tools ?? [],
      step: stepIndex,
    });
    if (options.failWith) {
      res.writeHead(options.failWith.status, { 'content-type': 'application/json' });
      res.end(options.failWith.body);
      return;
    }
    const step: ChatStep = stepIndex >= 0 && stepIndex < script.length ? script[stepIndex]! : { text: fallback };
    const model = body.model ?? 'scripted';
    const calls =
      'toolCalls' in step
        ? step.toolCalls.map((c) => ({
            id: `call_${++callCounter}`,
            type: 'function' as const,
            function: { name: c.name, arguments: JSON.stringify(c.arguments) },
          }))
        : [];
    const text = step.text ?? '';
    const finish = calls.length > 0 ? 'tool_calls' : 'stop';
    const usage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };
    const id = `chatcmpl-${requests.length}`;
    const created = Math.floor(Date.now() / 1000);

    if (body.stream !== true) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id,
          object: 'chat.completion',
          created,
          model,
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: text || null, ...(calls.length ? { tool_calls: calls } : {}) },
              finish_reason: finish,
            },
          ],
          usage,
        }),
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const send = (delta: Record<string, unknown>, finishReason: string | null, extra: Record<string, unknown> = {}): void => {
      const chunk = {
        id,
        object: 'chat.completion.chunk',
        created,
        model,
        choices: [{ index: 0, delta, finish_reason: finishReason }],
        ...extra,
      };
      res.write(`data: ${JSON.stringify(chunk)}\n\n`);
    };
    send({ role: 'assistant', content: '' }, null);
    if (text) send({ content: text }, null);
    calls.forEach((c, index) => {
      send({ tool_calls: [{ index, id: c.id, type: 'function', function: { name: c.function.name, arguments: '' } }] }, null);
      send({ tool_calls: [{ index, function: { arguments: c.function.arguments } }] }, null);
    });
    send({}, finish);
    res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage })}\n\n`);
    res.write('data: [DONE]\n\n');
    res.end();
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: String(err) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    toolResults() {
      const last = requests.at(-1);
      return (last?.messages ?? []).filter((m) => m.role === 'tool').map((m) => contentText(m.content));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
