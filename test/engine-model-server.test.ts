/**
 * The scripted chat-completions server the engine tests drive agent CLIs with: it must speak the
 * protocol both ways (SSE and JSON) and replay the same step when a CLI retries a request.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startChatServer, type ChatServer } from './support/model-server/chat.js';

const tools = [{ type: 'function', function: { name: 'Read', parameters: { type: 'object' } } }];

async function post(server: ChatServer, body: Record<string, unknown>): Promise<Response> {
  return fetch(`${server.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
    body: JSON.stringify(body),
  });
}

describe('the scripted chat-completions server', () => {
  let server: ChatServer | undefined;
  afterEach(async () => {
    await server?.close();
  });

  it('answers with the step matching the tool rounds in the history, in JSON and as a stream', async () => {
    server = await startChatServer([{ toolCalls: [{ name: 'Read', arguments: { file_path: '/r/a.js' } }] }, { text: 'All done.' }]);
    const first = (await (await post(server, { model: 'm', messages: [{ role: 'user', content: 'go' }], tools })).json()) as {
      choices: { message: { tool_calls: { id: string; function: { name: string; arguments: string } }[] }; finish_reason: string }[];
    };
    const call = first.choices[0]?.message.tool_calls[0];
    expect(call?.function.name).toBe('Read');
    expect(JSON.parse(call?.function.arguments ?? '{}')).toEqual({ file_path: '/r/a.js' });
    expect(first.choices[0]?.finish_reason).toBe('tool_calls');

    const history = [
      { role: 'user', content: 'go' },
      { role: 'assistant', content: null, tool_calls: [{ id: call?.id, type: 'function', function: call?.function }] },
      { role: 'tool', tool_call_id: call?.id, content: 'file text' },
    ];
    const streamed = await (await post(server, { model: 'm', stream: true, messages: history, tools })).text();
    const chunks = streamed
      .split('\n\n')
      .filter((e) => e.startsWith('data: ') && !e.includes('[DONE]'))
      .map((e) => JSON.parse(e.slice(6)) as { choices: { delta: { content?: string }; finish_reason: string | null }[] });
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe('All done.');
    expect(chunks.some((c) => c.choices[0]?.finish_reason === 'stop')).toBe(true);
    expect(streamed.trim().endsWith('data: [DONE]')).toBe(true);

    // a retry of the same request replays the same step
    const retry = await (await post(server, { model: 'm', stream: true, messages: history, tools })).text();
    expect(retry).toContain('All done.');
    expect(server.requests.map((r) => r.step)).toEqual([0, 1, 1]);
    expect(server.toolResults()).toEqual(['file text']);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer k');
  });

  it('answers side requests without tools with text, and can fail every request', async () => {
    server = await startChatServer([{ text: 'step zero' }], { fallbackText: 'A title' });
    const side = (await (await post(server, { model: 'm', messages: [{ role: 'user', content: 'title?' }] })).json()) as {
      choices: { message: { content: string } }[];
    };
    expect(side.choices[0]?.message.content).toBe('A title');
    expect(server.requests[0]?.step).toBe(-1);
    await server.close();

    server = await startChatServer([], { failWith: { status: 401, body: '{"error":{"message":"bad key"}}' } });
    const denied = await post(server, { model: 'm', messages: [], tools });
    expect(denied.status).toBe(401);
  });
});
