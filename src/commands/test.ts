/**
 * `droid-ci test [--config <file>] [--profile NAME]... [--affected <git-rev>] [--json]`
 * Runs the repo's test profiles as the droid would (PRODUCT.md §3, §6) and prints a table, or JSON.
 * Exit codes: 0 all pass, 1 a profile failed, 2 usage or config error.
 */
import { randomUUID } from 'node:crypto';
import { readConfigFile } from '../config/load.js';
import type { TestProfile } from '../config/types.js';
import { Git } from '../git/git.js';
import { affectedProfiles, changedFilesSince, checkRevision } from '../profiles/affected.js';
import { runTestProfiles } from '../profiles/stage.js';
import { openSandbox } from '../sandbox/index.js';
import { profilePassed, type ProfileResult } from '../profiles/types.js';
import { DroidError, describeError, exitCodeFor } from '../util/errors.js';
import type { Logger } from '../util/log.js';
import { Redactor } from '../util/redact.js';
import { secretReason } from '../profiles/env.js';

export interface CommandIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export interface TestArgs {
  config?: string | undefined;
  profiles: string[];
  affected?: string | undefined;
  json: boolean;
  concurrency?: number | undefined;
  help?: boolean | undefined;
}

export const TEST_USAGE = `usage: droid-ci test [--config <file>] [--profile NAME]... [--affected <git-rev>] [--concurrency N] [--json]
  --config FILE      the config file (default .droid.yml at the repo root)
  --profile NAME     run only this profile (repeatable)
  --affected REV     run only the profiles affected by changes since REV (committed, staged, unstaged, untracked)
  --concurrency N    profiles run at the same time (default: tests_concurrency, else the number of CPUs)
  --json             print the results as JSON on stdout`;

/** Output kept per profile in --json (the end of the output, where the failures are). */
const JSON_OUTPUT_CHARS = 4000;

export function parseTestArgs(argv: readonly string[]): TestArgs {
  const args: TestArgs = { profiles: [], json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      const v = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '') throw new DroidError('usage', `${flag} needs a value`, { hint: TEST_USAGE });
      return v;
    };
    switch (flag) {
      case '--config':
      case '-c':
        args.config = value();
        break;
      case '--profile':
      case '-p':
        args.profiles.push(value());
        break;
      case '--affected':
        args.affected = checkRevision(value());
        break;
      case '--concurrency': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1 || n > 64) throw new DroidError('usage', '--concurrency must be a whole number from 1 to 64');
        args.concurrency = n;
        break;
      }
      case '--json':
        args.json = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        throw new DroidError('usage', `unknown argument ${JSON.stringify(arg)} for droid-ci test`, { hint: TEST_USAGE });
    }
  }
  return args;
}

/** The work tree's top folder, through the git wrapper like the affected selection; `cwd` outside a repository. */
async function repoRootOf(cwd: string): Promise<string> {
  const root = await new Git({ cwd, timeoutMs: 30_000 }).topLevel().catch(() => '');
  return root !== '' && !root.includes('\n') ? root : cwd;
}

function selectByName(all: readonly TestProfile[], names: readonly string[]): TestProfile[] {
  if (names.length === 0) return [...all];
  const known = all.map((p) => p.name);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) {
    throw new DroidError('usage', `unknown profile ${unknown.map((n) => JSON.stringify(n)).join(', ')}`, {
      hint: `known profiles: ${known.join(', ')}`,
    });
  }
  return all.filter((p) => names.includes(p.name));
}

/** Workflow command files: their values are paths, not credentials (they are still kept from the tests). */
const FILE_COMMAND_NAMES = new Set(['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'SSH_AUTH_SOCK']);
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|PRIVATE_KEY|CREDENTIAL|(^|_)(KEY|JWT|AUTH)(_|$)/i;

/**
 * Every secret this process knows from its environment (forge tokens, model keys, the App key, the
 * variables named by `engine.api_key_env`): a test may still print one (read from a file, from
 * /proc, or pasted in a fixture), so whatever `droid-ci test` prints goes through this redactor.
 */
export function testRedactor(env: NodeJS.ProcessEnv, dropNames: readonly string[]): Redactor {
  const redactor = new Redactor();
  for (const [name, value] of Object.entries(env)) {
    if (!value || FILE_COMMAND_NAMES.has(name.toUpperCase())) continue;
    const reason = secretReason(name, value, { dropNames });
    if (reason === undefined) continue;
    // DROID_*, INPUT_* and ACTIONS_* are dropped by prefix: only the secret ones among them are masked
    if (reason.endsWith('*') && !SECRET_NAME.test(name)) continue;
    redactor.add(value);
  }
  return redactor;
}

function stderrLogger(io: CommandIO, redactor: Redactor): Logger {
  const line = (text: string): void => {
    io.stderr.write(`${redactor.redact(text)}\n`);
  };
  return {
    debug: () => {},
    info: line,
    warn: (m) => line(`warning: ${m}`),
    error: (m) => line(`error: ${m}`),
    group: (title) => {
      line(`── ${title}`);
      return () => {};
    },
  };
}

export async function testCommand(
  argv: readonly string[],
  io: CommandIO,
  cwd: string = process.cwd(),
  signal?: AbortSignal,
): Promise<number> {
  // without a caller's signal, Ctrl-C and SIGTERM still kill the profiles' process trees
  const own = signal ? undefined : new AbortController();
  const onSignal = (): void => own?.abort();
  if (own) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  // the CLI's process.env is the one the tests could reach (and print): mask its secrets everywhere
  const redactor = testRedactor(process.env, []);
  const out: CommandIO = {
    stdout: { write: (text: string) => io.stdout.write(redactor.redact(text)) },
    stderr: { write: (text: string) => io.stderr.write(redactor.redact(text)) },
  };
  try {
    return await runTests(argv, out, cwd, signal ?? own?.signal, redactor);
  } catch (error) {
    out.stderr.write(`droid-ci test: ${describeError(error)}\n`);
    return exitCodeFor(error);
  } finally {
    if (own) {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    }
  }
}

async function runTests(argv: readonly string[], io: CommandIO, cwd: string, signal: AbortSignal | undefined, redactor: Redactor): Promise<number> {
  const args = parseTestArgs(argv);
  if (args.help) {
    io.stdout.write(`${TEST_USAGE}\n`);
    return 0;
  }
  const repoRoot = await repoRootOf(cwd);
  const loaded = await readConfigFile(repoRoot, args.config);
  if (!loaded.found) {
    throw new DroidError('config', `no config file at ${loaded.path}`, { hint: 'run `droid-ci init` to write a starter .droid.yml, or pass --config' });
  }
  const all = loaded.config.tests;
  if (all.length === 0) {
    throw new DroidError('config', `${loaded.file} has no test profiles`, { hint: 'add a `tests:` list with at least one profile (name, path, command)' });
  }
  let selected = selectByName(all, args.profiles);
  let changed: string[] | undefined;
  if (args.affected !== undefined) {
    changed = await changedFilesSince(repoRoot, args.affected);
    selected = affectedProfiles(selected, changed);
  }
  const apiKeyEnv = loaded.config.engine.api_key_env;
  const keyValue = apiKeyEnv ? process.env[apiKeyEnv] : undefined;
  if (keyValue) redactor.add(keyValue);
  const log = stderrLogger(io, redactor);
  if (selected.length === 0) {
    log.info(`no profile is affected by the ${changed?.length ?? 0} file(s) changed since ${args.affected ?? ''}`);
  }
  // the profiles run as the sandbox account, like in a run (PRODUCT.md §10); `user` that cannot be set up stops here
  const sandbox = await openSandbox({ mode: loaded.config.sandbox.mode, user: loaded.config.sandbox.user, workdir: repoRoot, env: process.env, log });
  if (sandbox.warning) log.warn(sandbox.warning);
  let results: ProfileResult[];
  try {
    // the same runner as a run's: scrubbed of the engine key and the ticket token, as the sandbox account
    results = await runTestProfiles(selected, loaded.config, { repoRoot, env: process.env, secrets: [], log, sandbox, concurrency: args.concurrency, signal });
  } finally {
    await sandbox.close();
  }
  const passed = results.every(profilePassed);
  if (args.json) {
    const report = {
      profiles: results.map((r) => redactor.redactValue(shortenOutput(r))),
      passed,
      ...(args.affected !== undefined ? { affected: { base: args.affected, changedFiles: changed?.length ?? 0, skipped: all.filter((p) => !selected.includes(p)).map((p) => p.name) } } : {}),
    };
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else if (process.env.GITHUB_ACTIONS === 'true') {
    // test output must not be able to issue workflow commands (PRODUCT.md §8)
    const token = randomUUID();
    io.stdout.write(`::stop-commands::${token}\n${renderResults(results)}::${token}::\n`);
  } else {
    io.stdout.write(renderResults(results));
  }
  return passed ? 0 : 1;
}

function shortenOutput(result: ProfileResult): ProfileResult {
  const { output } = result;
  return output.length <= JSON_OUTPUT_CHARS ? result : { ...result, output: `…${output.slice(-JSON_OUTPUT_CHARS)}` };
}

function resultWord(result: ProfileResult): string {
  if (profilePassed(result)) return 'pass';
  if (result.timedOut) return 'timed out';
  return result.summary.kind === 'infra-error' ? 'error' : 'fail';
}

/** The table (profile, result, passed/failed, duration) and each failing profile's summary. */
export function renderResults(results: readonly ProfileResult[]): string {
  if (results.length === 0) return 'No profile to run.\n';
  const rows = [
    ['profile', 'result', 'passed/failed', 'duration'],
    ...results.map((r) => [r.name, resultWord(r), `${r.summary.passed}/${r.summary.failed}`, `${(r.durationMs / 1000).toFixed(1)} s`]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const lines = rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  let text = `${lines.join('\n')}\n`;
  for (const r of results.filter((x) => !profilePassed(x))) {
    text += `\n── ${r.name} (${r.command}, in ${r.path}) ──\n${r.summary.text.trimEnd()}\n`;
  }
  const failing = results.filter((x) => !profilePassed(x)).length;
  text += failing === 0 ? `\nAll ${results.length} profile(s) pass.\n` : `\n${failing} of ${results.length} profile(s) failing.\n`;
  return text;
}
