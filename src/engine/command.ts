/**
 * The `command` engine: any program the team chooses, run through `/bin/sh -c <engine.command>` in
 * the work tree. It finds the prompt in the file named by `$DROID_PROMPT_FILE` and the round in
 * `$DROID_ITERATION` (`$DROID_COMMAND` holds fix / plan / ci-fix / review). For `/droid review` it writes
 * the findings JSON (PRODUCT.md §13) to the file named by `$DROID_REVIEW_FILE`. It may write its usage as JSON to
 * the file named by `$DROID_USAGE_FILE` (`{"input_tokens": n, "output_tokens": n, "cost_usd": x, "turns": n}`,
 * engine/usage.ts), which counts toward engine.max_cost_usd and engine.max_turns. Its environment is scrubbed of
 * forge tokens and keys; the variable named by `engine.api_key_env` is passed back in, and nothing
 * else secret. stdin is closed and `engine.timeout_minutes` bounds it (the whole process tree is
 * killed at the limit).
 *
 * Outcomes: exit 0 → ok, the last lines of its stdout are the summary (and the plan for
 * `/droid plan`); any other exit, a timeout or a start failure → ok:false with the tail of its output.
 */
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DroidConfig } from '../config/types.js';
import { scrubEnv } from '../profiles/env.js';
import { DroidError, describeError } from '../util/errors.js';
import { BoundedBuffer, runProcess } from '../util/exec.js';
import { Redactor } from '../util/redact.js';
import { writePrivateFile } from './home.js';
import { lastLines } from './output.js';
import type { Engine, EngineInput, EngineResult } from './types.js';
import { commandUsage } from './usage.js';

function checkCommand(config: DroidConfig): string {
  const command = config.engine.command.trim();
  if (command === '') {
    throw new DroidError('config', 'engine.use is "command" but engine.command is empty', {
      hint: 'set engine.command in .droid.yml to the program to run; it reads the prompt from the file named by $DROID_PROMPT_FILE',
    });
  }
  return command;
}

/** The engine's own key: the variable engine.api_key_env names, when it names one. */
function readKey(env: NodeJS.ProcessEnv, config: DroidConfig): Record<string, string> {
  const name = config.engine.api_key_env.trim();
  if (name === '') return {};
  const value = env[name];
  if (value === undefined || value.trim() === '') {
    throw new DroidError('engine', `${name} is not set: engine.api_key_env names it as the key for engine.command`, {
      hint: `store the key as a CI secret and expose it to the job as ${name}, or clear engine.api_key_env`,
    });
  }
  return { [name]: value };
}

function failure(started: number, error: string, output = '', summary = ''): EngineResult {
  return { ok: false, summary, error: output ? `${error}\n${output}` : error, durationMs: Date.now() - started };
}

async function runCommand(input: EngineInput): Promise<EngineResult> {
  const started = Date.now();
  const { config, log } = input;
  let command: string;
  let key: Record<string, string>;
  try {
    command = checkCommand(config);
    key = readKey(input.env, config);
  } catch (error) {
    return failure(started, describeError(error));
  }
  const redactor = new Redactor();
  for (const value of Object.values(key)) redactor.add(value);

  const promptFile = path.join(input.scratchDir, 'prompt.md');
  await writePrivateFile(promptFile, input.prompt);
  const review = input.request.command === 'review';
  const reviewFile = path.join(input.scratchDir, 'review.json');
  const usageFile = path.join(input.scratchDir, 'usage.json');
  // only what this round writes counts
  await rm(usageFile, { force: true });
  const env = scrubEnv(
    input.env,
    {
      DROID_PROMPT_FILE: promptFile,
      DROID_ITERATION: String(input.iteration),
      DROID_COMMAND: input.request.command,
      ...(review ? { DROID_REVIEW_FILE: reviewFile } : {}),
      DROID_USAGE_FILE: usageFile,
      ...key,
    },
    { dropNames: config.engine.api_key_env ? [config.engine.api_key_env] : [] },
  );
  const stdout = new BoundedBuffer(16 * 1024);
  const timeoutMinutes = config.engine.timeout_minutes;
  log.info(`command: running engine.command (round ${input.iteration})`);
  const run = await runProcess('/bin/sh', ['-c', command, ...input.extraArgs.length ? ['droid-engine', ...input.extraArgs] : []], {
    cwd: input.workdir,
    env,
    timeoutMs: timeoutMinutes * 60_000,
    signal: input.signal,
    keepBytes: 16 * 1024,
    onStdout: (chunk) => stdout.write(chunk),
    jail: input.sandbox?.jail({ grants: [input.scratchDir] }),
  });
  const tail = redactor.redact(lastLines(run.output, 30));
  const summary = redactor.redact(lastLines(stdout.toString(), 20));
  if (run.spawnError) return failure(started, `engine.command could not be started: ${run.spawnError}`);
  if (run.timedOut) {
    return failure(started, `engine.command did not finish within ${timeoutMinutes} minutes (engine.timeout_minutes); it was stopped`, tail);
  }
  if (run.aborted) return failure(started, 'engine.command was stopped (run cancelled)', tail);
  if (run.exitCode !== 0) {
    const how = run.signal ? `was killed by ${run.signal}` : `exited with code ${String(run.exitCode)}`;
    const notFound = run.exitCode === 127 ? ' (command not found: check engine.command and that the program is installed in the job image)' : '';
    return failure(started, `engine.command ${how}${notFound}. Its last output:`, tail);
  }
  if (review) {
    const answer = await readReviewFile(reviewFile);
    if (answer.error) return failure(started, answer.error, tail);
    return { ok: true, summary, review: redactor.redact(answer.text ?? ''), durationMs: Date.now() - started };
  }
  const plan = input.request.command === 'plan' ? summary : undefined;
  const durationMs = Date.now() - started;
  const usageText = await readFile(usageFile, 'utf8').catch(() => undefined);
  const usage = commandUsage(usageText, durationMs);
  if (usage === undefined && (usageText ?? '').trim() !== '') {
    log.warn('command: $DROID_USAGE_FILE is not the documented JSON ({"input_tokens": n, "output_tokens": n, "cost_usd": x, "turns": n}); its usage is ignored');
  }
  return { ok: true, summary, plan, usage, durationMs };
}

const MAX_REVIEW_FILE = 512 * 1024;

async function readReviewFile(file: string): Promise<{ text?: string; error?: string }> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { error: 'engine.command wrote no review: $DROID_REVIEW_FILE is not a file' };
    if (info.size > MAX_REVIEW_FILE) return { error: `engine.command wrote a review of ${info.size} bytes to $DROID_REVIEW_FILE, more than the ${MAX_REVIEW_FILE} read` };
    return { text: await readFile(file, 'utf8') };
  } catch {
    return { error: 'engine.command wrote no review: for /droid review it must write the findings JSON to the file named by $DROID_REVIEW_FILE' };
  }
}

export function commandEngine(): Engine {
  return {
    name: 'command',
    async preflight(env: NodeJS.ProcessEnv, config: DroidConfig): Promise<void> {
      checkCommand(config);
      readKey(env, config);
    },
    run: runCommand,
  };
}
