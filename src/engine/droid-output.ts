/**
 * Reading what Factory's droid CLI leaves behind:
 * - its `-o json` result line on stdout: `{type: "result", subtype, is_error, duration_ms, num_turns,
 *   result, session_id, usage}`;
 * - its session transcript in the per-run HOME (`.factory/sessions/<cwd>/<session_id>.jsonl`), where
 *   every tool call and tool result is recorded: the files it read and edited, and the tool calls that
 *   were refused for lack of autonomy (exit 0 and `is_error: false` notwithstanding);
 * - its log (`.factory/logs/droid-log-single.log`), which holds the model endpoint's error when the
 *   result only says "Exec failed".
 */
import { constants } from 'node:fs';
import { readdir, open } from 'node:fs/promises';
import { readRegularFile } from '../util/safe-fs.js';
import path from 'node:path';
import { isRecord, relativeInside } from '../util/validate.js';

export interface DroidResult {
  type: 'result';
  subtype?: string | undefined;
  is_error?: boolean | undefined;
  duration_ms?: number | undefined;
  num_turns?: number | undefined;
  result?: string | undefined;
  session_id?: string | undefined;
  usage?: Record<string, unknown> | undefined;
}

/** The result object from droid's stdout lines (the last line that parses as `{type: "result"}`). */
export function parseDroidResult(lines: readonly string[]): DroidResult | undefined {
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i]?.trim() ?? '';
    if (!line.startsWith('{')) continue;
    try {
      const value: unknown = JSON.parse(line);
      if (isRecord(value) && value.type === 'result') return value as unknown as DroidResult;
    } catch {
      /* not JSON: droid may print other lines */
    }
  }
  return undefined;
}

export interface ToolCall {
  id: string;
  name: string;
  input: Record<string, unknown>;
  /** undefined until a result was seen */
  isError?: boolean | undefined;
  resultText?: string | undefined;
}

const EDIT_TOOLS = new Set(['Edit', 'MultiEdit', 'ApplyPatch', 'Write']);
const CREATE_TOOLS = new Set(['Create']);
const READ_TOOLS = new Set(['Read']);
/** Tool results that mean "not allowed at this autonomy level". */
const REFUSAL = /not permitted|insufficient permission|requires? (?:a )?higher autonomy|--auto (?:low|medium|high)|read-only mode|permission denied by (?:autonomy|policy)/i;

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p) => (isRecord(p) && typeof p.text === 'string' ? p.text : '')).join('');
  return '';
}

/** Tool calls with their results, from a session transcript (JSON lines). */
export function parseSessionTranscript(text: string): ToolCall[] {
  const calls = new Map<string, ToolCall>();
  for (const line of text.split('\n')) {
    if (!line.trim().startsWith('{')) continue;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    if (!isRecord(entry) || entry.type !== 'message' || !isRecord(entry.message)) continue;
    const content = entry.message.content;
    if (!Array.isArray(content)) continue;
    for (const block of content as unknown[]) {
      if (!isRecord(block)) continue;
      if (block.type === 'tool_use' && typeof block.id === 'string' && typeof block.name === 'string') {
        calls.set(block.id, { id: block.id, name: block.name, input: isRecord(block.input) ? block.input : {} });
      }
      if (block.type === 'tool_result' && typeof block.tool_use_id === 'string') {
        const call = calls.get(block.tool_use_id);
        if (call) {
          call.isError = block.is_error === true;
          call.resultText = contentText(block.content);
        }
      }
    }
  }
  return [...calls.values()];
}

function relative(workdir: string, file: string): string {
  return relativeInside(workdir, file) ?? file;
}

/** Paths an ApplyPatch-style patch names. */
function patchFiles(patch: string): { path: string; action: 'edit' | 'create' }[] {
  const out: { path: string; action: 'edit' | 'create' }[] = [];
  for (const m of patch.matchAll(/^\*\*\* (Update|Add) File: (.+)$/gm)) {
    out.push({ path: (m[2] ?? '').trim(), action: m[1] === 'Add' ? 'create' : 'edit' });
  }
  return out;
}

export function touchedFiles(calls: ToolCall[], workdir: string): { path: string; action: 'read' | 'edit' | 'create' }[] {
  const touched: { path: string; action: 'read' | 'edit' | 'create' }[] = [];
  for (const call of calls) {
    if (call.isError !== false) continue;
    const file = typeof call.input.file_path === 'string' ? call.input.file_path : undefined;
    if (READ_TOOLS.has(call.name) && file) touched.push({ path: relative(workdir, file), action: 'read' });
    else if (CREATE_TOOLS.has(call.name) && file) touched.push({ path: relative(workdir, file), action: 'create' });
    else if (EDIT_TOOLS.has(call.name)) {
      if (file) touched.push({ path: relative(workdir, file), action: 'edit' });
      const patch = typeof call.input.patch === 'string' ? call.input.patch : typeof call.input.input === 'string' ? call.input.input : '';
      for (const p of patchFiles(patch)) touched.push({ path: relative(workdir, p.path), action: p.action });
    }
  }
  return touched;
}

/** Tool calls droid refused for lack of autonomy: the tool, whether it writes files, and "target (Tool): message". */
export function refusedCalls(calls: ToolCall[], workdir: string): { tool: string; writes: boolean; text: string }[] {
  return calls
    .filter((c) => c.isError === true && REFUSAL.test(c.resultText ?? ''))
    .map((c) => {
      const file = typeof c.input.file_path === 'string' ? relative(workdir, c.input.file_path) : undefined;
      const command = typeof c.input.command === 'string' ? `\`${c.input.command.slice(0, 200)}\`` : undefined;
      const message = (c.resultText ?? '').replace(/^Error:\s*/, '').split('\n')[0]?.slice(0, 300) ?? '';
      const writes = EDIT_TOOLS.has(c.name) || CREATE_TOOLS.has(c.name);
      return { tool: c.name, writes, text: `${file ?? command ?? '(unknown target)'} (${c.name}): ${message}` };
    });
}

export function isRefusalText(text: string): boolean {
  return REFUSAL.test(text);
}

const MAX_TRANSCRIPT_BYTES = 32 * 1024 * 1024;

/** The transcript of `sessionId` under `<home>/.factory/sessions/*`, or '' when there is none. */
export async function readSessionTranscript(home: string, sessionId: string | undefined): Promise<string> {
  if (!sessionId || !/^[A-Za-z0-9-]+$/.test(sessionId)) return '';
  const root = path.join(home, '.factory', 'sessions');
  let dirs: string[];
  try {
    dirs = await readdir(root);
  } catch {
    return '';
  }
  for (const dir of dirs) {
    // the engine's home is the engine's: a link, FIFO or device there is never read through (util/safe-fs.ts)
    const read = await readRegularFile(path.join(root, dir, `${sessionId}.jsonl`), MAX_TRANSCRIPT_BYTES);
    if (read) return read.data.toString('utf8');
  }
  return '';
}

async function readTail(file: string, bytes: number): Promise<string> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile()) return '';
    const { size } = info;
    const length = Math.min(size, bytes);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    return buffer.toString('utf8');
  } catch {
    return '';
  } finally {
    await handle?.close();
  }
}

export interface EndpointFailure {
  /** droid's classification, e.g. "authError" */
  reason: string;
  /** the endpoint's error message, e.g. "401 bad key" */
  message: string;
}

/** The last "Chat route failure" droid logged (what the model endpoint answered), if any. */
export async function lastEndpointFailure(home: string): Promise<EndpointFailure | undefined> {
  const text = await readTail(path.join(home, '.factory', 'logs', 'droid-log-single.log'), 256 * 1024);
  let found: EndpointFailure | undefined;
  for (const line of text.split('\n')) {
    if (!line.includes('Chat route failure')) continue;
    const reason = /"reason":"([^"\\]{1,60})"/.exec(line)?.[1];
    const raw = /"error":\{[^{}]*?"message":"((?:[^"\\]|\\.){0,400})"/.exec(line)?.[1];
    let message = '';
    if (raw !== undefined) {
      try {
        message = JSON.parse(`"${raw}"`) as string;
      } catch {
        message = raw;
      }
    }
    found = { reason: reason ?? 'unknown', message: message.split('\n')[0] ?? '' };
  }
  return found;
}
