/**
 * The `droid` engine: Factory's CLI in exec mode.
 *
 *   droid exec --auto <engine.auto> -o json -f <prompt file> --cwd <work tree> [--model m] [engine_args]
 *
 * Key: `FACTORY_API_KEY` (the action's `factory_api_key` input), or the variable `engine.api_key_env`
 * names. BYOK: with `engine.base_url`, the team's own endpoint is written into a per-run
 * `$HOME/.factory/settings.json` as a custom model (`customModels`), the model is `custom:<model>`,
 * its key comes from `engine.api_key_env`, and without a Factory key droid runs air-gapped
 * (`FACTORY_AIRGAP_ENABLED=1`: no Factory login, no traffic to Factory).
 *
 * Every round: its own HOME (removed afterwards, it may hold the BYOK key), stdin closed, a minimal
 * environment with only its own key, `engine.timeout_minutes`.
 *
 * Outcomes:
 * - `is_error: true` is a failure whatever the exit code; "Authentication failed" and a 401 from the
 *   BYOK endpoint name the variable to fix; "insufficient permission … --auto" is a refusal: listed in
 *   `refusedEdits`, with the hint to raise `engine.auto`.
 * - without `--auto` droid is read-only, and a tool it may not use (e.g. Edit) fails inside the session
 *   while the run still ends with exit 0, `is_error: false`: these refusals are read from the session
 *   transcript and reported; if no edit went through at all, the round fails.
 * - `/droid plan` runs droid read-only (no `--auto`); the final text is the plan.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DroidConfig, ModelProvider } from '../config/types.js';
import { DroidError, describeError } from '../util/errors.js';
import { Redactor } from '../util/redact.js';
import { agentEnv, describeExit, runEngineCli, stderrGist } from './agent-process.js';
import { locateCli, type CliLocation, type CliSpec } from './cli-path.js';
import { parseBaseUrl } from './settings.js';
import {
  isRefusalText,
  lastEndpointFailure,
  parseDroidResult,
  parseSessionTranscript,
  readSessionTranscript,
  refusedCalls,
  touchedFiles,
  type DroidResult,
} from './droid-output.js';
import { createRunHome, removeRunHome, writeFactorySettings, writePrivateFile, type FactoryCustomModel } from './home.js';
import { lastLines, withRefusals } from './output.js';
import type { Engine, EngineInput, EngineResult } from './types.js';
import { anthropicUsage } from './usage.js';

export const FACTORY_KEY_VAR = 'FACTORY_API_KEY';
const DEFAULT_PROVIDER: ModelProvider = 'generic-chat-completion-api';
const MAX_OUTPUT_TOKENS = 16_384;
/** non-secret knobs passed through from the job environment when set */
const TUNING_VARS = ['FACTORY_AIRGAP_ENABLED', 'FACTORY_LOG_LEVEL'];

/** Factory ships a "baseline" build for x64 CPUs without AVX2; prefer the build this CPU runs. */
function hasAvx2(): boolean {
  if (process.platform !== 'linux' || process.arch !== 'x64') return true;
  try {
    return readFileSync('/proc/cpuinfo', 'utf8').toLowerCase().includes('avx2');
  } catch {
    return true;
  }
}

/** How to find droid: the platform package holds the native binary (the `droid` package's bin is a hard link to it after its install script, a JS launcher without). */
export function droidCli(): CliSpec {
  const base = `@factory/cli-${process.platform}-${process.arch}`;
  const exe = process.platform === 'win32' ? 'droid.exe' : 'droid';
  const variants = hasAvx2() ? [base, `${base}-baseline`] : [`${base}-baseline`, base];
  return {
    label: 'Factory droid',
    command: 'droid',
    overrideEnv: 'DROID_CLI_PATH',
    packagePaths: [...variants.map((pkg) => `${pkg}/bin/${exe}`), 'droid/bin/droid'],
    installHint: 'install it with `npm i -g droid` or Factory\'s installer (`curl -fsSL https://app.factory.ai/cli | sh`)',
  };
}

/**
 * Order (cli-path.ts): the factory option, `DROID_CLI_PATH`, `droid` on PATH (what the job image
 * installed), then the platform package in `node_modules` above this module and the working directory.
 */
export function locateDroid(env: NodeJS.ProcessEnv, binPath?: string): CliLocation {
  return locateCli(droidCli(), env, { binPath });
}

// ---- key and endpoint set-up ----

interface KeySetup {
  /** variables added to droid's environment */
  env: Record<string, string>;
  /** BYOK custom model, when engine.base_url is set */
  custom?: FactoryCustomModel | undefined;
  /** the variable users must fix when authentication fails ('' for a BYOK endpoint without a key variable) */
  keyVar: string;
  secrets: string[];
}

function checkEndpoint(config: DroidConfig): void {
  const { base_url: baseUrl, model, provider } = config.engine;
  if (baseUrl === '') return;
  parseBaseUrl(baseUrl, 'https://llm.example.com/v1');
  if (model.trim() === '') {
    throw new DroidError('config', 'engine.model is required with engine.base_url: droid needs the model name your endpoint serves', {
      hint: 'set engine.model, e.g. "qwen2.5-coder-32b"',
    });
  }
  if (provider !== '' && !['anthropic', 'openai', 'generic-chat-completion-api'].includes(provider)) {
    throw new DroidError('config', `engine.provider "${provider}" is not one droid supports`, { hint: 'use anthropic, openai or generic-chat-completion-api' });
  }
}

function readVar(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export function keySetup(env: NodeJS.ProcessEnv, config: DroidConfig): KeySetup {
  checkEndpoint(config);
  const { base_url: baseUrl, api_key_env: keyEnv, model, provider } = config.engine;
  const factoryKey = readVar(env, FACTORY_KEY_VAR);
  if (baseUrl !== '') {
    const name = keyEnv.trim();
    let apiKey = 'unused';
    if (name !== '') {
      const value = readVar(env, name);
      if (value === undefined) {
        throw new DroidError('engine', `${name} is not set: engine.api_key_env names it as the key for the model endpoint ${baseUrl}`, {
          hint: `store the key as a CI secret and expose it to the job as ${name} (or clear engine.api_key_env if the endpoint needs no key)`,
        });
      }
      apiKey = value;
    }
    const extra: Record<string, string> = factoryKey ? { [FACTORY_KEY_VAR]: factoryKey } : { FACTORY_AIRGAP_ENABLED: '1' };
    return {
      env: extra,
      custom: {
        model: model.trim(),
        displayName: `droid-ci ${model.trim()}`,
        provider: provider === '' ? DEFAULT_PROVIDER : provider,
        baseUrl: baseUrl.replace(/\/+$/, ''),
        apiKey,
        maxOutputTokens: MAX_OUTPUT_TOKENS,
      },
      keyVar: name,
      secrets: [apiKey, factoryKey ?? ''].filter((s) => s !== '' && s !== 'unused'),
    };
  }
  const name = keyEnv.trim() || FACTORY_KEY_VAR;
  const key = readVar(env, name);
  if (key === undefined) {
    throw new DroidError('engine', `${name} is not set: the droid engine needs a Factory API key`, {
      hint:
        name === FACTORY_KEY_VAR
          ? 'pass it as the factory_api_key input (GitHub Action) or as a masked CI/CD variable FACTORY_API_KEY (GitLab); or use your own model endpoint with engine.base_url and engine.api_key_env (BYOK)'
          : `store the Factory API key as a CI secret and expose it to the job as ${name} (engine.api_key_env names it)`,
    });
  }
  return { env: { [FACTORY_KEY_VAR]: key }, keyVar: name, secrets: [key] };
}

// ---- outcome ----

function modelArgs(config: DroidConfig, setup: KeySetup): string[] {
  if (setup.custom) return ['--model', `custom:${setup.custom.model}`];
  return config.engine.model.trim() ? ['--model', config.engine.model.trim()] : [];
}

const AUTH_FAILED = /authentication failed|invalid api key|unauthori[sz]ed|\b401\b/i;
const NEEDS_AUTONOMY = /insufficient permission|re-run with --auto|--auto (?:medium|high)/i;

async function failureFor(result: DroidResult, input: EngineInput, setup: KeySetup, home: string): Promise<EngineResult['error']> {
  const text = (result.result ?? '').trim() || result.subtype || 'unknown error';
  const endpoint = await lastEndpointFailure(home);
  const { config } = input;
  if (AUTH_FAILED.test(text) || endpoint?.reason === 'authError') {
    if (setup.custom) {
      const detail = endpoint?.message || text;
      const fix = setup.keyVar === '' ? 'Name the variable that holds its key in engine.api_key_env.' : `Check that ${setup.keyVar} holds a valid key for it.`;
      return `droid could not authenticate with the model endpoint ${setup.custom.baseUrl} (${detail}). ${fix}`;
    }
    return `droid could not authenticate with Factory: ${text} Check ${setup.keyVar} (the factory_api_key input on GitHub, a masked CI/CD variable on GitLab).`;
  }
  if (NEEDS_AUTONOMY.test(text)) {
    return `droid stopped: the task needs more autonomy than engine.auto "${config.engine.auto}" allows (${text}). If you accept that, raise engine.auto in .droid.yml (low → medium → high).`;
  }
  const detail = endpoint && endpoint.message ? ` (model endpoint: ${endpoint.reason}: ${endpoint.message})` : '';
  return `droid failed: ${text}${detail}`;
}

function refusalHint(config: DroidConfig): string {
  return `droid ran with --auto ${config.engine.auto}; too low an engine.auto (or an engine_args override) keeps it from editing: raise engine.auto in .droid.yml`;
}

async function runDroid(binPath: string | undefined, input: EngineInput): Promise<EngineResult> {
  const started = Date.now();
  const { config, log } = input;
  const elapsed = (): number => Date.now() - started;
  let setup: KeySetup;
  let bin: string;
  try {
    setup = keySetup(input.env, config);
    bin = locateDroid(input.env, binPath).path;
  } catch (error) {
    return { ok: false, summary: '', error: describeError(error), durationMs: elapsed() };
  }
  const redactor = new Redactor();
  for (const s of setup.secrets) redactor.add(s);
  const review = input.request.command === 'review';
  // a review round is read-only like a plan: no --auto, so droid may read but not write or execute
  const plan = input.request.command === 'plan' || review;

  const home = await createRunHome(input.scratchDir, 'droid-home');
  try {
    if (setup.custom) await writeFactorySettings(home, [setup.custom]);
    const promptFile = path.join(input.scratchDir, 'droid-prompt.md');
    await writePrivateFile(promptFile, input.prompt);
    const args = ['exec', ...(plan ? [] : ['--auto', config.engine.auto]), '-o', 'json', '-f', promptFile, '--cwd', input.workdir];
    args.push(...modelArgs(config, setup), ...input.extraArgs);
    const extra: Record<string, string> = { ...setup.env };
    for (const name of TUNING_VARS) {
      const value = readVar(input.env, name);
      if (value !== undefined && extra[name] === undefined) extra[name] = value;
    }
    const env = agentEnv(input.env, home, extra);

    log.info(`droid: running droid exec (${plan ? 'read-only, plan' : `--auto ${config.engine.auto}`}${setup.custom ? `, own endpoint ${setup.custom.baseUrl}` : ''})`);
    log.debug(`droid: ${bin} ${args.join(' ')}`);
    const lines: string[] = [];
    const { result: run, stderrTail } = await runEngineCli(input, {
      bin,
      args,
      env,
      onLine: (line) => {
        lines.push(line);
        if (lines.length > 200) lines.shift();
      },
    });
    const result = parseDroidResult(lines);
    const calls = parseSessionTranscript(await readSessionTranscript(home, result?.session_id));
    const touched = touchedFiles(calls, input.workdir);
    const usage = anthropicUsage(result?.usage, { turns: result?.num_turns, durationMs: elapsed() });

    if (!result || run.timedOut || run.aborted) {
      const why = describeExit('droid', run, config.engine.timeout_minutes);
      const gist = stderrGist(stderrTail) || lastLines(lines.join('\n'), 5, 1000);
      const error = gist && !run.timedOut && !run.aborted ? `${why}: ${gist}` : why;
      return { ok: false, summary: '', error: redactor.redact(error), touched, usage, durationMs: elapsed() };
    }
    if (result.is_error === true) {
      const error = (await failureFor(result, input, setup, home)) ?? 'droid failed';
      const refused = NEEDS_AUTONOMY.test(result.result ?? '') ? [redactor.redact((result.result ?? '').trim())] : undefined;
      return { ok: false, summary: '', error: redactor.redact(error), refusedEdits: refused, touched, usage, durationMs: elapsed() };
    }
    const summary = redactor.redact((result.result ?? '').trim());
    if (review) return { ok: true, summary, review: summary, touched, usage, durationMs: elapsed() };
    if (plan) return { ok: true, summary, plan: summary, touched, usage, durationMs: elapsed() };

    const refusals = refusedCalls(calls, input.workdir);
    for (const other of refusals.filter((r) => !r.writes)) log.info(`droid: droid was not allowed to use ${redactor.redact(other.text)}`);
    const refused = refusals.filter((r) => r.writes).map((r) => redactor.redact(r.text));
    const edited = touched.some((t) => t.action !== 'read');
    if (refused.length === 0 && !edited && calls.length === 0 && isRefusalText(summary)) {
      // no transcript to go by: droid's own words say it was not allowed to write
      refused.push(summary.split('\n')[0]?.slice(0, 300) ?? summary);
    }
    return withRefusals({ tag: 'droid', name: 'droid', log }, { ok: true, summary, touched, usage, durationMs: elapsed() }, refused, edited, refusalHint(config));
  } finally {
    await removeRunHome(home);
  }
}

export function droidEngine(options: { binPath?: string } = {}): Engine {
  return {
    name: 'droid',
    async preflight(env: NodeJS.ProcessEnv, config: DroidConfig): Promise<void> {
      keySetup(env, config);
      locateDroid(env, options.binPath);
    },
    run: (input) => runDroid(options.binPath, input),
  };
}
