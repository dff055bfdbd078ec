/**
 * `droid-ci summarize <log> [--junit <file>] [--exit-code <n>] [--json]`: the failure summary of a test
 * log (PRODUCT.md §3, §6). The log is streamed, so a log of any size can be summarised in little memory.
 * Exit codes: 0 summarised (whatever the tests did), 2 usage error or unreadable input.
 */
import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { summarizeFile } from '../profiles/summary/index.js';
import { MAX_JUNIT_BYTES } from '../profiles/summary/junit.js';
import { DroidError, describeError, exitCodeFor } from '../util/errors.js';

export interface SummarizeIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const SUMMARIZE_USAGE = `usage: droid-ci summarize <log> [--junit <file>] [--exit-code <n>] [--json]
  <log>            the test command's output (use - for standard input)
  --junit FILE     a JUnit XML report of the same run; its testcases take precedence over the log text
  --exit-code N    the command's exit code (127 = command not found; non-zero without results = crash)
  --json           print {kind, runner, failed, passed, failures, text} as JSON
exit codes: 0 summarised (the kind says what the tests did), 2 usage error or unreadable input`;

interface Args {
  log: string;
  junit: string | undefined;
  exitCode: number | undefined;
  json: boolean;
  help: boolean;
}

function parse(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        junit: { type: 'string' },
        'exit-code': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new DroidError('usage', (error as Error).message, { hint: SUMMARIZE_USAGE });
  }
  const { values, positionals } = parsed;
  const help = values.help ?? false;
  if (help) return { log: '', junit: undefined, exitCode: undefined, json: false, help };
  if (positionals.length !== 1) {
    throw new DroidError('usage', positionals.length === 0 ? 'missing the log file to summarise' : `expected one log file, got ${positionals.length}`, { hint: SUMMARIZE_USAGE });
  }
  let exitCode: number | undefined;
  const raw = values['exit-code'];
  if (raw !== undefined) {
    if (!/^-?\d{1,3}$/.test(raw.trim())) throw new DroidError('usage', `--exit-code must be a whole number, got "${raw}"`, { hint: SUMMARIZE_USAGE });
    exitCode = Number(raw);
  }
  return { log: positionals[0] ?? '', junit: values.junit, exitCode, json: values.json ?? false, help };
}

async function readable(path: string, what: string): Promise<void> {
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new DroidError('usage', `${what} ${path} is not a file`);
    await access(path, constants.R_OK);
  } catch (error) {
    if (error instanceof DroidError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? String(error)})`;
    throw new DroidError('usage', `${what} ${path} ${why}`, { hint: 'give the path of a file holding the test output' });
  }
}

async function readJunitFile(path: string): Promise<string> {
  await readable(path, 'JUnit report');
  const s = await stat(path);
  if (s.size > MAX_JUNIT_BYTES) {
    throw new DroidError('usage', `JUnit report ${path} is ${Math.round(s.size / 1024 / 1024)} MB, over the ${MAX_JUNIT_BYTES / 1024 / 1024} MB this reads`, {
      hint: 'summarise the log text without --junit',
    });
  }
  return readFile(path, 'utf8');
}

export async function summarizeCommand(argv: string[], io: SummarizeIo): Promise<number> {
  try {
    const args = parse(argv);
    if (args.help) {
      io.stdout(SUMMARIZE_USAGE);
      return 0;
    }
    const logPath = args.log === '-' ? '/dev/stdin' : args.log;
    if (args.log !== '-') await readable(logPath, 'log');
    const junitXml = args.junit === undefined ? undefined : await readJunitFile(args.junit);
    const summary = await summarizeFile(logPath, { exitCode: args.exitCode ?? null, ...(junitXml === undefined ? {} : { junitXml }) });
    if (args.json) {
      const { kind, runner, failed, passed, failures, text } = summary;
      io.stdout(JSON.stringify({ kind, runner, failed, passed, failures: failures.map((f) => ({ name: f.name, full_name: f.full_name, file: f.file ?? null, line: f.line ?? null, message: f.message })), text }, null, 2));
    } else {
      io.stdout(summary.text);
    }
    return 0;
  } catch (error) {
    io.stderr(`droid-ci summarize: ${describeError(error)}`);
    return error instanceof DroidError ? exitCodeFor(error) : 2;
  }
}
