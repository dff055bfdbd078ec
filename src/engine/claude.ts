/**
 * The `claude` engine: Claude Code in print mode.
 *
 *   claude -p --output-format stream-json --verbose --permission-mode acceptEdits [--model m] [engine_args]
 *
 * with the prompt on stdin, in the work tree, with a private HOME and only its own key.
 * stream-json (one JSON event per line) ends with the same `result` object as `--output-format json`
 * and also shows each tool call, so reads and edits reach the audit log.
 *
 * Outcomes:
 * - `result.is_error: true` (bad key, model API down, max turns) → ok:false with the message;
 *   an HTTP 401/403 from the model API says which variable holds the key.
 * - edits refused by the permission mode (exit 0, is_error false, `permission_denials`): listed in
 *   `refusedEdits`; if no edit went through at all, the round fails (ok:false) with that list, so a
 *   run never ends quietly as "no changes" because Claude Code was not allowed to write.
 * - `/droid plan`: `--permission-mode plan`, the final text is the plan.
 * - `/droid review`: `--permission-mode plan` and no edit tools; the final text (or `structured_output`, when
 *   engine_args add `--json-schema`) is the findings JSON.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DroidConfig } from '../config/types.js';
import { DroidError, describeError } from '../util/errors.js';
import { agentEnv, describeExit, runEngineCli, stderrGist } from './agent-process.js';
import { locateCli, type CliSpec } from './cli-path.js';
import { withRefusals } from './output.js';
import { keyVariable as sharedKeyVariable, parseBaseUrl, readKey as sharedReadKey } from './settings.js';
import type { Engine, EngineInput, EngineResult } from './types.js';
import { anthropicUsage } from './usage.js';
import { isRecord, relativeInside } from '../util/validate.js';

function isMusl(): boolean {
  if (process.platform !== 'linux') return false;
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined;
  return report?.header?.glibcVersionRuntime === undefined;
}

/** The native binary's package for this platform (musl first on Alpine), then the wrapper's copy. */
function claudeBinaryPaths(): string[] {
  const base = `@anthropic-ai/claude-code-${process.platform}-${process.arch}`;
  const variants = process.platform !== 'linux' ? [base] : isMusl() ? [`${base}-musl`, base] : [base, `${base}-musl`];
  const exe = process.platform === 'win32' ? 'claude.exe' : 'claude';
  return [...variants.map((pkg) => `${pkg}/${exe}`), '@anthropic-ai/claude-code/bin/claude.exe'];
}

/** How to find Claude Code; with install scripts off, the wrapper's bin/claude.exe is a small stub. */
export function claudeCli(): CliSpec {
  return {
    label: 'Claude Code',
    command: 'claude',
    overrideEnv: 'CLAUDE_CLI_PATH',
    packagePaths: claudeBinaryPaths(),
    minBytes: 1024 * 1024,
    installHint: 'install it with `npm i -g @anthropic-ai/claude-code`',
  };
}

const DEFAULT_KEY_VAR = 'ANTHROPIC_API_KEY';
/** engine.api_key_env values handed to Claude Code under their own name */
const BEARER_VARS = new Set(['CLAUDE_CODE_OAUTH_TOKEN', 'ANTHROPIC_AUTH_TOKEN']);
/** tuning knobs passed through from the job environment when set (none is secret) */
const TUNING_VARS = ['CLAUDE_CODE_MAX_RETRIES', 'API_TIMEOUT_MS', 'IS_SANDBOX', 'CLAUDE_CODE_MAX_OUTPUT_TOKENS'];
const EDIT_TOOLS = new Set(['Edit', 'MultiEdit', 'Write', 'NotebookEdit']);
const READ_TOOLS = new Set(['Read']);

function keyVariable(config: DroidConfig): string {
  return sharedKeyVariable(config, DEFAULT_KEY_VAR);
}

function readKey(env: NodeJS.ProcessEnv, config: DroidConfig): string {
  return sharedReadKey(env, config, DEFAULT_KEY_VAR, 'the claude engine needs an Anthropic API key');
}

function checkEndpoint(config: DroidConfig): void {
  const { base_url: baseUrl, provider } = config.engine;
  if (provider !== '' && provider !== 'anthropic') {
    throw new DroidError('config', `engine.provider "${provider}" cannot be used with engine "claude": Claude Code speaks the Anthropic API only`, {
      hint: 'set engine.provider to "anthropic" (or leave it empty), or use engine "droid" for other providers',
    });
  }
  if (baseUrl !== '') parseBaseUrl(baseUrl, 'https://llm.example.com');
}

// ---- stream-json events (only the fields we read) ----

interface ToolUseBlock {
  type: 'tool_use';
  id: string;
  name: string;
  input: Record<string, unknown>;
}

interface ResultEvent {
  type: 'result';
  subtype?: string;
  is_error?: boolean;
  result?: string;
  structured_output?: unknown;
  num_turns?: number;
  total_cost_usd?: number;
  usage?: Record<string, unknown>;
  api_error_status?: number | null;
  permission_denials?: { tool_name?: string; tool_use_id?: string; tool_input?: Record<string, unknown> }[];
  errors?: unknown[];
}

/** Folds the event stream into what the engine result needs. */
export class ClaudeStream {
  result: ResultEvent | undefined;
  model: string | undefined;
  lastText = '';
  readonly toolUses = new Map<string, ToolUseBlock>();
  /** tool_use_id -> the CLI's denial message */
  readonly denied = new Map<string, string>();
  /** tool_use_ids whose tool ran without error, with the kind of write when known */
  readonly succeeded = new Map<string, string | undefined>();
  unparsed = 0;

  line(line: string): void {
    let event: unknown;
    try {
      event = JSON.parse(line);
    } catch {
      this.unparsed += 1;
      return;
    }
    if (!isRecord(event)) return;
    if (event.type === 'system' && event.subtype === 'init' && typeof event.model === 'string') this.model = event.model;
    if (event.type === 'system' && event.subtype === 'permission_denied' && typeof event.tool_use_id === 'string') {
      this.denied.set(event.tool_use_id, typeof event.message === 'string' ? event.message : 'permission denied');
    }
    if (event.type === 'assistant' && isRecord(event.message) && Array.isArray(event.message.content)) {
      for (const block of event.message.content as unknown[]) {
        if (!isRecord(block)) continue;
        if (block.type === 'text' && typeof block.text === 'string' && block.text.trim() !== '') this.lastText = block.text;
        if (block.type === 'tool_use' && typeof block.id === 'string' && typeof block.name === 'string') {
          this.toolUses.set(block.id, {
            type: 'tool_use',
            id: block.id,
            name: block.name,
            input: isRecord(block.input) ? block.input : {},
          });
        }
      }
    }
    if (event.type === 'user' && isRecord(event.message) && Array.isArray(event.message.content)) {
      const writeKind = isRecord(event.tool_use_result) && typeof event.tool_use_result.type === 'string' ? event.tool_use_result.type : undefined;
      for (const block of event.message.content as unknown[]) {
        if (isRecord(block) && block.type === 'tool_result' && typeof block.tool_use_id === 'string' && block.is_error !== true) {
          this.succeeded.set(block.tool_use_id, writeKind);
        }
      }
    }
    if (event.type === 'result') this.result = event as unknown as ResultEvent;
  }

  /** denials from the stream and from the result's permission_denials, by tool_use_id */
  denials(): { id: string; tool: string; file: string | undefined; message: string }[] {
    const byId = new Map<string, { id: string; tool: string; file: string | undefined; message: string }>();
    for (const d of this.result?.permission_denials ?? []) {
      const id = d.tool_use_id ?? `denial-${byId.size}`;
      const file = typeof d.tool_input?.file_path === 'string' ? d.tool_input.file_path : undefined;
      byId.set(id, { id, tool: d.tool_name ?? 'tool', file, message: this.denied.get(id) ?? 'permission denied' });
    }
    for (const [id, message] of this.denied) {
      if (byId.has(id)) continue;
      const use = this.toolUses.get(id);
      const file = typeof use?.input.file_path === 'string' ? use.input.file_path : undefined;
      byId.set(id, { id, tool: use?.name ?? 'tool', file, message });
    }
    return [...byId.values()];
  }
}

function relative(workdir: string, file: string): string {
  return relativeInside(workdir, file) ?? file;
}

function touchedFiles(stream: ClaudeStream, workdir: string): NonNullable<EngineResult['touched']> {
  const touched: NonNullable<EngineResult['touched']> = [];
  for (const [id, use] of stream.toolUses) {
    if (!stream.succeeded.has(id) || stream.denied.has(id)) continue;
    const file = use.input.file_path ?? use.input.notebook_path;
    if (typeof file !== 'string') continue;
    if (READ_TOOLS.has(use.name)) touched.push({ path: relative(workdir, file), action: 'read' });
    else if (EDIT_TOOLS.has(use.name)) {
      const created = use.name === 'Write' && stream.succeeded.get(id) === 'create';
      touched.push({ path: relative(workdir, file), action: created ? 'create' : 'edit' });
    }
  }
  return touched;
}

const REFUSAL_HINT =
  'droid runs Claude Code with --permission-mode acceptEdits; an engine_args override (--permission-mode, --disallowedTools) or a deny rule in the repo\'s .claude/settings.json blocks edits: remove it';

function authError(status: number, keyVar: string, config: DroidConfig, text: string): string {
  const endpoint = config.engine.base_url || 'api.anthropic.com';
  return `Claude Code could not authenticate with the model API at ${endpoint} (HTTP ${status}: ${text || 'unauthorized'}). Check that ${keyVar} holds a valid key for that endpoint.`;
}

function failureMessage(result: ResultEvent, keyVar: string, config: DroidConfig): string {
  const status = result.api_error_status ?? undefined;
  const text = (result.result ?? '').trim();
  if (status === 401 || status === 403) return authError(status, keyVar, config, text);
  const detail = text || (Array.isArray(result.errors) ? result.errors.map(String).join('; ') : '') || result.subtype || 'unknown error';
  return status ? `Claude Code failed (model API HTTP ${status}): ${detail}` : `Claude Code failed: ${detail}`;
}

async function runClaude(binPath: string | undefined, input: EngineInput): Promise<EngineResult> {
  const started = Date.now();
  const { config, log } = input;
  const keyVar = keyVariable(config);
  let bin: string;
  let key: string;
  try {
    checkEndpoint(config);
    key = readKey(input.env, config);
    bin = locateCli(claudeCli(), input.env, { binPath }).path;
  } catch (error) {
    return { ok: false, summary: '', error: describeError(error), durationMs: Date.now() - started };
  }
  const review = input.request.command === 'review';
  const planOnly = input.request.command === 'plan' || review;
  const args = ['-p', '--output-format', 'stream-json', '--verbose', '--permission-mode', 'acceptEdits'];
  if (config.engine.model) args.push('--model', config.engine.model);
  // the run's turn budget left for this round (engine.max_turns); engine_args may lower it, never lift the budget
  if (input.maxTurns !== undefined) args.push('--max-turns', String(input.maxTurns));
  args.push(...input.extraArgs);
  // the last --permission-mode wins: engine_args may loosen a fix round, never a plan
  if (planOnly) args.push('--permission-mode', 'plan');
  if (review) args.push('--disallowedTools', [...EDIT_TOOLS, 'Bash'].join(','));

  const home = path.join(input.scratchDir, 'claude-home');
  mkdirSync(home, { recursive: true });
  const extra: Record<string, string> = {
    // a Claude subscription token or a gateway's bearer token keeps its own variable; any other is the API key
    [BEARER_VARS.has(keyVar) ? keyVar : DEFAULT_KEY_VAR]: key,
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_AUTOUPDATER: '1',
  };
  if (config.engine.base_url) extra.ANTHROPIC_BASE_URL = config.engine.base_url.replace(/\/+$/, '');
  // Claude Code retries even a 401 for minutes by default; a few retries still ride out a 529
  extra.CLAUDE_CODE_MAX_RETRIES = '3';
  for (const name of TUNING_VARS) {
    const value = input.env[name];
    if (value !== undefined && value !== '') extra[name] = value;
  }
  const env = agentEnv(input.env, home, extra);

  log.info(`claude: running Claude Code (${planOnly ? 'plan' : 'acceptEdits'} mode${config.engine.model ? `, model ${config.engine.model}` : ''})`);
  log.debug(`claude: ${bin} ${args.join(' ')}`);
  const stream = new ClaudeStream();
  const { result: run, stderrTail } = await runEngineCli(input, {
    bin,
    args,
    env,
    prompt: input.prompt,
    onLine: (line) => stream.line(line),
  });
  const durationMs = Date.now() - started;
  const touched = touchedFiles(stream, input.workdir);
  const result = stream.result;
  const usage = anthropicUsage(result?.usage, { costUsd: result?.total_cost_usd, turns: result?.num_turns, durationMs });

  if (!result || run.timedOut || run.aborted) {
    const gist = stderrGist(stderrTail);
    const why = describeExit('Claude Code', run, config.engine.timeout_minutes);
    return { ok: false, summary: stream.lastText, error: gist && !run.timedOut ? `${why}: ${gist}` : why, touched, usage, durationMs };
  }
  if (result.is_error === true && result.subtype === 'error_max_turns' && input.maxTurns !== undefined) {
    // the turn budget, not a failure: the edits so far are tested and kept like after a last round
    const summary = stream.lastText.trim();
    return { ok: true, summary, touched, usage, durationMs, budgetReached: `Claude Code stopped at the turn budget (engine.max_turns: ${input.maxTurns} turn(s) left for this round)` };
  }
  if (result.is_error === true) {
    return { ok: false, summary: '', error: failureMessage(result, keyVar, config), touched, usage, durationMs };
  }
  const summary = (result.result ?? stream.lastText).trim();
  if (review) {
    const structured = result.structured_output;
    return { ok: true, summary, review: structured !== undefined && structured !== null ? JSON.stringify(structured) : summary, touched, usage, durationMs };
  }
  if (planOnly) return { ok: true, summary, plan: summary, touched, usage, durationMs };

  const denials = stream.denials();
  for (const other of denials.filter((d) => !EDIT_TOOLS.has(d.tool))) {
    log.info(`claude: Claude Code was not allowed to use ${other.tool}: ${other.message}`);
  }
  const refused = denials
    .filter((d) => EDIT_TOOLS.has(d.tool))
    .map((d) => `${d.file ? relative(input.workdir, d.file) : '(unknown file)'} (${d.tool}): ${d.message}`);
  const edited = touched.some((t) => t.action !== 'read');
  return withRefusals({ tag: 'claude', name: 'Claude Code', log }, { ok: true, summary, touched, usage, durationMs }, refused, edited, REFUSAL_HINT);
}

export function claudeEngine(options: { binPath?: string } = {}): Engine {
  return {
    name: 'claude',
    async preflight(env: NodeJS.ProcessEnv, config: DroidConfig): Promise<void> {
      checkEndpoint(config);
      readKey(env, config);
      locateCli(claudeCli(), env, { binPath: options.binPath });
    },
    run: (input) => runClaude(options.binPath, input),
  };
}
