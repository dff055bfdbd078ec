/**
 * The `codex` engine: Codex CLI in exec mode.
 *
 *   codex exec --json --sandbox workspace-write [-m model] [engine_args] -
 *
 * with the prompt on stdin, in the work tree, with a private HOME and CODEX_HOME. CODEX_HOME holds
 * a config.toml that defines one model provider (`droid`): the team's `engine.base_url` or
 * OpenAI's, Responses wire API, key from OPENAI_API_KEY, two retries, no update checks, analytics,
 * plugins or apps.
 *
 * Outcomes (events are JSON lines):
 * - `turn.failed` or an `error` event/item → ok:false with its message. This includes an unknown
 *   model name, which Codex reports as an error item and then carries on degraded with exit 0.
 * - HTTP 401/403 from the model API → ok:false naming the key variable.
 * - patches refused by the sandbox (Codex logs `patch rejected: …` and exits 0) → `refusedEdits`;
 *   if no file change went through at all, ok:false with that list.
 * - the last `agent_message` is the summary; `file_change` items are the touched files.
 * - `/droid plan`: `--sandbox read-only`, the last message is the plan.
 * - `/droid review`: `--sandbox read-only` and `--output-schema` (the findings JSON Schema); the last
 *   message is the findings JSON.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DroidConfig } from '../config/types.js';
import { DroidError, describeError } from '../util/errors.js';
import { agentEnv, describeExit, runEngineCli, stderrGist } from './agent-process.js';
import { locateCli, type CliSpec } from './cli-path.js';
import { withRefusals } from './output.js';
import { keyVariable as sharedKeyVariable, parseBaseUrl, readKey as sharedReadKey } from './settings.js';
import type { Engine, EngineInput, EngineResult } from './types.js';
import { addUsage, openAiUsage, type Usage } from './usage.js';
import { isRecord, relativeInside } from '../util/validate.js';

const TRIPLES: Record<string, string> = {
  'linux-x64': 'x86_64-unknown-linux-musl',
  'linux-arm64': 'aarch64-unknown-linux-musl',
  'darwin-x64': 'x86_64-apple-darwin',
  'darwin-arm64': 'aarch64-apple-darwin',
};

/** How to find Codex: the native binary of the platform package, then the npm launcher. */
export function codexCli(): CliSpec {
  const key = `${process.platform}-${process.arch}`;
  const triple = TRIPLES[key];
  const native = triple ? [`@openai/codex-${key}/vendor/${triple}/bin/codex`, `@openai/codex/vendor/${triple}/bin/codex`] : [];
  return {
    label: 'Codex',
    command: 'codex',
    overrideEnv: 'CODEX_CLI_PATH',
    packagePaths: [...native, '@openai/codex/bin/codex.js'],
    installHint: 'install it with `npm i -g @openai/codex`',
  };
}

const DEFAULT_KEY_VAR = 'OPENAI_API_KEY';
const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
/** features that phone home or add tools a CI run has no use for */
const DISABLED_FEATURES = [
  'plugins',
  'remote_plugin',
  'apps',
  'image_generation',
  'computer_use',
  'browser_use',
  'in_app_updates',
  'daemon_auto_start',
  'unbounded_connection_retries',
];

function keyVariable(config: DroidConfig): string {
  return sharedKeyVariable(config, DEFAULT_KEY_VAR);
}

function readKey(env: NodeJS.ProcessEnv, config: DroidConfig): string {
  return sharedReadKey(env, config, DEFAULT_KEY_VAR, 'the codex engine needs a model API key');
}

function baseUrl(config: DroidConfig): string {
  const { base_url: configured, provider } = config.engine;
  if (provider === 'anthropic') {
    throw new DroidError('config', 'engine.provider "anthropic" cannot be used with engine "codex": Codex speaks the OpenAI Responses API', {
      hint: 'use engine "claude" for an Anthropic endpoint, or point engine.base_url at an OpenAI-compatible Responses API',
    });
  }
  if (configured === '') return DEFAULT_BASE_URL;
  parseBaseUrl(configured, 'https://llm.example.com/v1');
  return configured.replace(/\/+$/, '');
}

/** TOML basic strings accept JSON's escapes. */
const tomlString = (value: string): string => JSON.stringify(value);

export function codexConfigToml(url: string, model: string): string {
  return [
    '# written by droid for one run',
    ...(model ? [`model = ${tomlString(model)}`] : []),
    'model_provider = "droid"',
    'check_for_update_on_startup = false',
    '',
    '[analytics]',
    'enabled = false',
    '',
    '[features]',
    ...DISABLED_FEATURES.map((f) => `${f} = false`),
    '',
    '[model_providers.droid]',
    'name = "droid"',
    `base_url = ${tomlString(url)}`,
    'wire_api = "responses"',
    'env_key = "OPENAI_API_KEY"',
    'request_max_retries = 2',
    'stream_max_retries = 2',
    '',
  ].join('\n');
}

const SANDBOX_OPTIONS = ['--sandbox', '-s', '--full-auto', '--dangerously-bypass-approvals-and-sandbox', '--yolo'];

/** Does argv set one of these options (`--opt value`, `--opt=value`)? */
export function hasOption(args: readonly string[], names: readonly string[]): boolean {
  return args.some((arg) => names.some((name) => arg === name || arg.startsWith(`${name}=`)));
}

/** engine_args without the options that loosen the sandbox (and their values). */
export function withoutSandboxOptions(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--sandbox' || arg === '-s') {
      i += 1;
      continue;
    }
    if (hasOption([arg], SANDBOX_OPTIONS)) continue;
    out.push(arg);
  }
  return out;
}

type Touched = NonNullable<EngineResult['touched']>;

/** Folds Codex's JSONL events into what the engine result needs. */
export class CodexStream {
  lastMessage = '';
  readonly errors: string[] = [];
  turnFailed: string | undefined;
  readonly touched: Touched = [];
  readonly failedChanges: string[] = [];
  completed = false;
  /** summed over the `turn.completed` events (one per exec turn) */
  usage: Usage | undefined;

  constructor(private readonly workdir: string) {}

  line(line: string): void {
    let event: unknown;
    try {
      event = JSON.parse(line);
    } catch {
      return;
    }
    if (!isRecord(event)) return;
    if (event.type === 'error' && typeof event.message === 'string') this.errors.push(event.message);
    if (event.type === 'turn.failed') {
      this.turnFailed = isRecord(event.error) && typeof event.error.message === 'string' ? event.error.message : 'turn failed';
    }
    if (event.type === 'turn.completed') {
      this.completed = true;
      this.usage = addUsage(this.usage, openAiUsage(event.usage, 0));
    }
    if (event.type === 'item.completed' && isRecord(event.item)) this.item(event.item);
  }

  private item(item: Record<string, unknown>): void {
    if (item.type === 'agent_message' && typeof item.text === 'string') this.lastMessage = item.text;
    if (item.type === 'error' && typeof item.message === 'string') this.errors.push(item.message);
    if (item.type === 'file_change' && Array.isArray(item.changes)) {
      for (const change of item.changes as unknown[]) {
        if (!isRecord(change) || typeof change.path !== 'string') continue;
        const file = this.relative(change.path);
        if (item.status !== 'completed') {
          this.failedChanges.push(`${file} (${String(change.kind ?? 'change')}): ${String(item.status ?? 'not applied')}`);
          continue;
        }
        this.touched.push({ path: file, action: change.kind === 'add' ? 'create' : 'edit' });
      }
    }
  }

  private relative(file: string): string {
    return relativeInside(this.workdir, file) ?? file;
  }
}

/** `patch rejected: writing is blocked by read-only sandbox; …` lines Codex logs to stderr. */
export function rejectedPatches(stderr: string): string[] {
  const found: string[] = [];
  for (const line of stderr.split('\n')) {
    const match = /patch rejected: (.*)$/.exec(line);
    if (match?.[1]) found.push(`patch rejected: ${match[1].trim()}`);
  }
  return [...new Set(found)];
}

const REFUSAL_HINT =
  'droid runs Codex with --sandbox workspace-write; an engine_args override (--sandbox read-only) or an approval policy blocks edits: remove it';

function failureMessage(message: string, keyVar: string, url: string, model: string): string {
  const status = /\bstatus (\d{3})\b/.exec(message)?.[1];
  if (status === '401' || status === '403') {
    return `Codex could not authenticate with the model API at ${url} (HTTP ${status}). Check that ${keyVar} holds a valid key for that endpoint. (${message})`;
  }
  if (/Model metadata for .* not found/.test(message)) {
    return `Codex does not know the model "${model}": ${message} Set engine.model to a model Codex supports.`;
  }
  if (/Missing environment variable/.test(message)) return `Codex: ${message} (set ${keyVar})`;
  return `Codex failed: ${message}`;
}

async function runCodex(binPath: string | undefined, input: EngineInput): Promise<EngineResult> {
  const started = Date.now();
  const { config, log } = input;
  const keyVar = keyVariable(config);
  let bin: string;
  let key: string;
  let url: string;
  try {
    url = baseUrl(config);
    key = readKey(input.env, config);
    bin = locateCli(codexCli(), input.env, { binPath }).path;
  } catch (error) {
    return { ok: false, summary: '', error: describeError(error), durationMs: Date.now() - started };
  }
  const review = input.request.command === 'review';
  const planOnly = input.request.command === 'plan' || review;
  const home = path.join(input.scratchDir, 'codex-home');
  const codexHome = path.join(input.scratchDir, 'codex-config');
  mkdirSync(home, { recursive: true });
  mkdirSync(codexHome, { recursive: true });
  writeFileSync(path.join(codexHome, 'config.toml'), codexConfigToml(url, config.engine.model), { mode: 0o600 });

  // Codex rejects an option given twice: engine_args that set the sandbox or model replace ours,
  // except in a plan round, which is always read-only
  const extraArgs = planOnly ? withoutSandboxOptions(input.extraArgs) : input.extraArgs;
  const args = ['exec', '--json'];
  if (!hasOption(extraArgs, SANDBOX_OPTIONS)) args.push('--sandbox', planOnly ? 'read-only' : 'workspace-write');
  if (config.engine.model && !hasOption(extraArgs, ['--model', '-m'])) args.push('--model', config.engine.model);
  if (review && input.reviewSchema && !hasOption(extraArgs, ['--output-schema'])) {
    const schemaFile = path.join(input.scratchDir, 'review-schema.json');
    writeFileSync(schemaFile, JSON.stringify(input.reviewSchema), { mode: 0o600 });
    args.push('--output-schema', schemaFile);
  }
  args.push(...extraArgs, '-');
  const env = agentEnv(input.env, home, { OPENAI_API_KEY: key, CODEX_HOME: codexHome, NO_COLOR: '1' });

  log.info(`codex: running Codex (${planOnly ? 'read-only' : 'workspace-write'} sandbox${config.engine.model ? `, model ${config.engine.model}` : ''})`);
  log.debug(`codex: ${bin} ${args.join(' ')}`);
  const stream = new CodexStream(input.workdir);
  const { result: run, stderrTail } = await runEngineCli(input, {
    bin,
    args,
    env,
    prompt: input.prompt,
    onLine: (line) => stream.line(line),
  });
  const durationMs = Date.now() - started;
  const touched = stream.touched;
  const summary = stream.lastMessage.trim();
  const usage = stream.usage ? { ...stream.usage, durationMs } : undefined;

  if (run.timedOut || run.aborted) {
    return { ok: false, summary, error: describeExit('Codex', run, config.engine.timeout_minutes), touched, usage, durationMs };
  }
  const failure = stream.turnFailed ?? stream.errors[0];
  if (failure !== undefined) {
    return { ok: false, summary, error: failureMessage(failure, keyVar, url, config.engine.model), touched, usage, durationMs };
  }
  if (run.exitCode !== 0 || !stream.completed) {
    const gist = stderrGist(stderrTail);
    if (gist.includes('Not inside a trusted directory')) {
      return { ok: false, summary, error: `Codex only runs inside a git repository, and ${input.workdir} is not one`, touched, usage, durationMs };
    }
    const why = describeExit('Codex', run, config.engine.timeout_minutes);
    return { ok: false, summary, error: gist ? `${why}: ${gist}` : why, touched, usage, durationMs };
  }
  if (review) return { ok: true, summary, review: summary, touched, usage, durationMs };
  if (planOnly) return { ok: true, summary, plan: summary, touched, usage, durationMs };

  const refused = [...stream.failedChanges, ...rejectedPatches(stderrTail)];
  return withRefusals({ tag: 'codex', name: 'Codex', log }, { ok: true, summary, touched, usage, durationMs }, refused, touched.length > 0, REFUSAL_HINT);
}

export function codexEngine(options: { binPath?: string } = {}): Engine {
  return {
    name: 'codex',
    async preflight(env: NodeJS.ProcessEnv, config: DroidConfig): Promise<void> {
      baseUrl(config);
      readKey(env, config);
      locateCli(codexCli(), env, { binPath: options.binPath });
    },
    run: (input) => runCodex(options.binPath, input),
  };
}
