/**
 * Running an agent CLI for one round: private HOME, a minimal environment, the prompt fed on
 * stdin from a file (prompts can exceed the 128 KiB limit of one argv string), stderr kept
 * apart from the structured stdout, and stdout handed over line by line.
 */
import { mkdirSync, openSync, readSync, closeSync, fstatSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runProcess, type RunResult } from '../util/exec.js';
import { WholeLineSplitter } from '../util/text.js';
import type { Sandbox } from '../sandbox/index.js';
import type { EngineInput } from './types.js';

/** Non-secret variables an agent CLI needs to work behind a corporate proxy or CA. */
const PASS_THROUGH = [
  'PATH',
  'LANG',
  'LC_ALL',
  'LC_CTYPE',
  'TZ',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'NODE_EXTRA_CA_CERTS',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
];

/** A fresh environment: pass-through basics, HOME/TMPDIR in the scratch dir, plus `extra`. */
export function agentEnv(source: NodeJS.ProcessEnv, home: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of PASS_THROUGH) {
    const value = source[name];
    if (value !== undefined && value !== '') env[name] = value;
  }
  env.PATH ??= '/usr/local/bin:/usr/bin:/bin';
  env.HOME = home;
  return { ...env, ...extra };
}

export interface AgentRun {
  result: RunResult;
  /** the last few KiB of stderr (warnings, crash messages) */
  stderrTail: string;
}

export interface AgentRunOptions {
  bin: string;
  args: string[];
  workdir: string;
  env: NodeJS.ProcessEnv;
  scratchDir: string;
  /** the prompt, fed on stdin; stdin is /dev/null otherwise */
  prompt?: string | undefined;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  onLine(line: string): void;
  /** run the CLI as the sandbox account; its scratch folder (prompt, settings HOME) is handed to it */
  sandbox?: Sandbox | undefined;
}

function readTail(file: string, bytes: number): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    const length = Math.min(size, bytes);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    return buffer.toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * `/bin/sh` only redirects stdin and stderr and then `exec`s the CLI, so the CLI leads the
 * process group that runProcess kills on timeout. No user text is part of the script: the
 * file names and the CLI's argv are positional parameters.
 */
const REDIRECT = 'in=$1; err=$2; shift 2; exec "$@" <"$in" 2>"$err"';

/**
 * What the sandbox must be able to read of the CLI: its package, up to the outermost `node_modules`
 * (a launcher finds its platform binary there), when that lies under a folder the sandbox cannot see.
 */
export function cliFolders(bin: string): string[] {
  let real = bin;
  try {
    real = realpathSync(bin);
  } catch {
    return [];
  }
  const parts = real.split(path.sep);
  const first = parts.indexOf('node_modules');
  return [first > 0 ? parts.slice(0, first + 1).join(path.sep) : path.dirname(real)];
}

export async function runAgentCli(options: AgentRunOptions): Promise<AgentRun> {
  mkdirSync(options.scratchDir, { recursive: true });
  let stdinFile = '/dev/null';
  if (options.prompt !== undefined) {
    stdinFile = path.join(options.scratchDir, 'prompt.md');
    writeFileSync(stdinFile, options.prompt, { mode: 0o600 });
  }
  const stderrFile = path.join(options.scratchDir, 'agent-stderr.log');
  const lines = new WholeLineSplitter(options.onLine);
  const result = await runProcess(
    '/bin/sh',
    ['-c', REDIRECT, 'droid-agent', stdinFile, stderrFile, options.bin, ...options.args],
    {
      cwd: options.workdir,
      env: options.env,
      timeoutMs: options.timeoutMs,
      signal: options.signal,
      keepBytes: 32 * 1024,
      onOutput: (chunk) => lines.write(chunk),
      jail: options.sandbox?.jail({ grants: [options.scratchDir], readOnly: cliFolders(options.bin) }),
    },
  );
  lines.end();
  return { result, stderrTail: readTail(stderrFile, 8 * 1024) };
}

/**
 * One engine round's CLI run: the work tree, scratch folder, sandbox, time budget (engine.timeout_minutes)
 * and cancel signal come from the round's input; the engine gives only what is its own.
 */
export function runEngineCli(
  input: EngineInput,
  cli: Pick<AgentRunOptions, 'bin' | 'args' | 'env' | 'prompt' | 'onLine'>,
): Promise<AgentRun> {
  return runAgentCli({
    ...cli,
    workdir: input.workdir,
    scratchDir: input.scratchDir,
    sandbox: input.sandbox,
    timeoutMs: input.config.engine.timeout_minutes * 60_000,
    signal: input.signal,
  });
}

/** stderr lines that never explain a failure */
const NOISE = ['WARNING: proceeding', 'Reading additional input from stdin', 'Reading prompt from stdin'];

/** The last meaningful stderr lines, for an error message (no stack frames). */
export function stderrGist(stderrTail: string, maxLines = 5): string {
  const lines = stderrTail
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^at\s/.test(l) && !NOISE.some((n) => l.startsWith(n)));
  return lines.slice(-maxLines).join('\n');
}

/** "did not finish within N minutes" / "was stopped" / exit description, for failures without a structured error. */
export function describeExit(label: string, result: RunResult, timeoutMinutes: number): string {
  if (result.spawnError) return `${label} could not be started: ${result.spawnError}`;
  if (result.timedOut) return `${label} did not finish within ${timeoutMinutes} minutes (engine.timeout_minutes); it was stopped`;
  if (result.aborted) return `${label} was stopped (run cancelled)`;
  if (result.signal) return `${label} was killed by ${result.signal}`;
  if (result.exitCode === 126 || result.exitCode === 127) return `${label} could not be started (exit code ${result.exitCode})`;
  return `${label} exited with code ${String(result.exitCode)}`;
}
